// The on-disk cache of compiled code (Typhon's __pycache__): compiling a module's source is
// skipped when the same source, file name and flags were compiled before by the same build.
// Entries live in $TYPHON_CACHE_DIR, else $XDG_CACHE_HOME/typhon, else ~/.cache/typhon; the key
// is a SHA-1 of the inputs and of the running bundle's identity (so a rebuild starts afresh).
// TYPHON_CACHE=0 turns the cache off. Any problem with the cache just means compiling again.
//
// The sources compiled at every start-up (importlib's bootstrap files, the Python parts of sys)
// are named by an identity instead of their text: a file's path, size and modification time (as
// CPython's .pyc files), or a source built into the bundle. Their key is a cheap hash of that
// identity, which the entry repeats on its first line and which is checked when it is read; so
// start-up neither hashes 100 KB of source nor loads Node's crypto module (docs/startup.md).

import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { codeConfig, CodeObject } from "../bytecode/code";
import { deserializeCode, serializeCode } from "../bytecode/serialize";
import { nodeCrypto, nodeOs } from "./nodelib";

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
      join(process.env.XDG_CACHE_HOME || join(nodeOs().homedir(), ".cache"), "typhon");
    dir = join(base, "code");
    mkdirSync(dir, { recursive: true });
  } catch {
    dir = null;
  }
  return dir;
}

function keyOf(source: string, filename: string, mode: string, flags: number): string {
  return nodeCrypto().createHash("sha1").update(buildId).update("\0").update(filename).update("\0").update(mode)
    .update("\0").update(String(flags)).update(codeConfig.debugRanges ? "" : "noranges").update("\0").update(source).digest("hex");
}

/** The inputs besides the source that a compilation depends on, as one line. */
function settingsOf(filename: string, mode: string, flags: number): string {
  return `${buildId}\0${filename}\0${mode}\0${flags}${codeConfig.debugRanges ? "" : "\0noranges"}`;
}

/**
 * A 64-bit FNV-1a hash of a short string, as 16 hex digits (two 32-bit lanes with different
 * offsets). Only for identity keys, whose entries say whom they belong to.
 */
function identityHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** The identity of a source file for cachedCompile (its path, size and modification time), or undefined. */
export function fileIdentity(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `file:${path}:${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * The cached code for these inputs, or `compile()`'s result (then stored). With `identity` (see
 * the top of this file), the source is known by it rather than hashed, and cached whatever its size.
 */
export function cachedCompile(source: string, filename: string, mode: string, flags: number,
                              compile: () => CodeObject, identity?: string): CodeObject {
  if (identity === undefined && source.length < MIN_SOURCE) return compile();
  const d = cacheDir();
  if (d === null) return compile();
  // An identity entry starts with its identity line; a content-keyed one is the code alone.
  const header = identity === undefined ? "" : `${identity}\0${settingsOf(filename, mode, flags)}\n`;
  const key = identity === undefined ? keyOf(source, filename, mode, flags) : "i" + identityHash(header);
  const file = join(d, key + ".json");
  try {
    const text = readFileSync(file, "utf8");
    if (text.startsWith(header)) return deserializeCode(header === "" ? text : text.slice(header.length));
  } catch {
    // not cached (or unreadable): compile
  }
  const code = compile();
  try {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, header + serializeCode(code));
    renameSync(tmp, file);
  } catch {
    // a read-only cache is fine
  }
  return code;
}
