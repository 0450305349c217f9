// The symbol table's acceptance test: for every .py file of CPython 3.11's standard library
// (and its test suite), Typhon's symbol table must print the same canonical text as CPython's
// `symtable.symtable(source, path, "exec")` (tests/compiler/symtable_oracle.py), or raise the
// same SyntaxError with the same message and position. Files that do not parse are not counted.
//
//   node tests/compiler/symtable_parity.mjs [--root DIR] [--diff FILE] [--limit N] [--quiet]
//
// CPython (python3) is the oracle; its answers are cached in build/symtable-oracle.json by file
// size and mtime (and the oracle script's own hash). Typhon's side runs in-process on the built
// library (dist/typhon-lib.js).

import { createHash } from "crypto";
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import { createRequire } from "module";
import { dirname, join } from "path";
import { fileURLToPath } from "url";
import { loadTyphonLib, parityOptions, walkPy } from "../lib/stdlib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const require = createRequire(import.meta.url);

const { root, diffFile, limit, quiet, python } = parityOptions(process.argv.slice(2));
const oracleScript = join(here, "symtable_oracle.py");



const sha1 = (text) => createHash("sha1").update(Buffer.from(text, "utf-8")).digest("hex");

/** Typhon's canonical text for a file: { parseError } or { text }. */
function typhonResult(T, path) {
  const bytes = readFileSync(path);
  let tree, source;
  try {
    tree = T.parser.parseBytes(bytes, { filename: path });
    source = T.parser.normalizeNewlines(T.parser.decodeSource(bytes, path));
  } catch (e) {
    return { parseError: String(e && e.message || e) };
  }
  try {
    const table = T.symtable.buildSymtable(tree, path, { source });
    return { text: T.symtable.dumpSymtable(table) };
  } catch (e) {
    if (e instanceof T.parser.PySyntaxError) {
      const end = e.endOffset < 0 ? "None" : String(e.endOffset);
      return { text: `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.endLineno}, ${end})\n` };
    }
    if (e instanceof T.PyOpError) return { text: `${e.type}: ${e.msg}\n` };
    return { text: `InternalError: ${e && e.stack || e}\n` };
  }
}

function oracle(files) {
  const cacheFile = join(repo, "build", "symtable-oracle.json");
  const version = sha1(readFileSync(oracleScript, "utf-8"));
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, "utf-8"));
  } catch {}
  if (cache.__version !== version) cache = { __version: version };
  const key = (p) => {
    const st = statSync(p);
    return `${st.size}:${st.mtimeMs}`;
  };
  const missing = files.filter((p) => !cache[p] || cache[p].key !== key(p));
  if (missing.length) {
    // Two CPython workers, one per core.
    const halves = [missing.filter((_, i) => i % 2 === 0), missing.filter((_, i) => i % 2 === 1)];
    const outs = halves.map((list) =>
      list.length ? spawnSync(python, [oracleScript], { input: list.join("\n") + "\n", maxBuffer: 1 << 28, encoding: "utf-8" }) : null);
    for (const r of outs) {
      if (!r) continue;
      if (r.status !== 0) throw new Error(`oracle failed: ${r.stderr}`);
      for (const line of r.stdout.split("\n")) {
        if (!line) continue;
        const o = JSON.parse(line);
        cache[o.path] = { key: key(o.path), result: o };
      }
    }
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return Object.fromEntries(files.map((p) => [p, cache[p].result]));
}

const T = loadTyphonLib();

if (diffFile) {
  const ours = typhonResult(T, diffFile);
  const theirs = spawnSync(python, [oracleScript, "--text", diffFile], { encoding: "utf-8", maxBuffer: 1 << 28 });
  if (ours.parseError) {
    console.log("typhon: parse error:", ours.parseError);
    process.exit(0);
  }
  writeFileSync("/tmp/typhon.symtable", ours.text);
  writeFileSync("/tmp/cpython.symtable", theirs.stdout);
  const d = spawnSync("diff", ["-u", "/tmp/cpython.symtable", "/tmp/typhon.symtable"], { encoding: "utf-8" });
  console.log(d.stdout.split("\n").slice(0, 120).join("\n") || "same");
  process.exit(0);
}

if (!existsSync(root)) {
  console.error(`stdlib not found at ${root} (install libpython3.11-stdlib or set TYPHON_STDLIB)`);
  process.exit(1);
}
let files = walkPy(root, []);
if (limit) files = files.slice(0, limit);
const expected = oracle(files);
let match = 0;
let unparsable = 0;
const failures = [];
const t0 = process.hrtime.bigint();
for (const p of files) {
  const theirs = expected[p];
  const ours = typhonResult(T, p);
  if (theirs.parse_error) {
    // Not counted: the parser's parity test covers these files.
    unparsable++;
    continue;
  }
  if (ours.parseError) {
    failures.push({ path: p, ours: `parse error: ${ours.parseError}`, theirs: "parses" });
    continue;
  }
  if (sha1(ours.text) === theirs.sha1) match++;
  else failures.push({ path: p, ours: ours.text.length < 300 ? ours.text.trim() : "table differs", theirs: "(see --diff)" });
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
if (!quiet) {
  for (const f of failures.slice(0, 40)) console.log(`MISMATCH ${f.path}\n  typhon:  ${f.ours}\n  cpython: ${f.theirs}`);
  if (failures.length > 40) console.log(`... and ${failures.length - 40} more`);
}
const counted = files.length - unparsable;
console.log(`stdlib symtable parity: ${match} of ${counted} files match CPython (${unparsable} files that do not parse not counted); ${secs.toFixed(1)} s for Typhon's parse+symtable+dump`);
// The plain closing line CI reads.
console.log(`parity: ${match} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
