// The on-disk cache of compiled code (Typhon's __pycache__): compiling a module's source is
// skipped when the same source, file name and flags were compiled before by the same build.
// Entries live in $TYPHON_CACHE_DIR, else $XDG_CACHE_HOME/typhon, else ~/.cache/typhon; the key
// is a SHA-1 of the inputs and of the running bundle's identity (so a rebuild starts afresh).
// TYPHON_CACHE=0 turns the cache off. Any problem with the cache just means compiling again.

import { createHash } from "crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "fs";
import { homedir } from "os";
import { join } from "path";
import { codeConfig, CodeObject } from "../bytecode/code";
import { deserializeCode, serializeCode } from "../bytecode/serialize";

/** Sources shorter than this compile faster than the cache can be read. */
const MIN_SOURCE = 2000;

let dir: string | null | undefined;
let buildId = "";

/**
 * The running bundle's identity (its size and modification time): compiled code is only ever
 * read back by the build that wrote it (the code cache here, marshal's code objects and the
 * magic number of Typhon's .pyc files).
 */
export function buildIdentity(): string {
  if (buildId === "") {
    try {
      const st = statSync(__filename);
      buildId = `${st.size}:${st.mtimeMs}`;
    } catch {
      buildId = "unknown";
    }
  }
  return buildId;
}

function cacheDir(): string | null {
  if (dir !== undefined) return dir;
  dir = null;
  if (process.env.TYPHON_CACHE === "0") return dir;
  try {
    buildIdentity();
    const base = process.env.TYPHON_CACHE_DIR ||
      join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "typhon");
    dir = join(base, "code");
    mkdirSync(dir, { recursive: true });
  } catch {
    dir = null;
  }
  return dir;
}

function keyOf(source: string, filename: string, mode: string, flags: number): string {
  return createHash("sha1").update(buildId).update("\0").update(filename).update("\0").update(mode)
    .update("\0").update(String(flags)).update(codeConfig.debugRanges ? "" : "noranges").update("\0").update(source).digest("hex");
}

/** The cached code for these inputs, or `compile()`'s result (then stored). */
export function cachedCompile(source: string, filename: string, mode: string, flags: number,
                              compile: () => CodeObject): CodeObject {
  if (source.length < MIN_SOURCE) return compile();
  const d = cacheDir();
  if (d === null) return compile();
  const file = join(d, keyOf(source, filename, mode, flags) + ".json");
  try {
    return deserializeCode(readFileSync(file, "utf8"));
  } catch {
    // not cached (or unreadable): compile
  }
  const code = compile();
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serializeCode(code));
    renameSync(tmp, file);
  } catch {
    // a read-only cache is fine
  }
  return code;
}
