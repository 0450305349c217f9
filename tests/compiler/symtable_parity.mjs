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
import { cachedOracle, loadTyphonLib, parityOptions, showOracleDiff, walkPy } from "../lib/stdlib.mjs";

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
  return cachedOracle(python, oracleScript, join(repo, "build", "symtable-oracle.json"), files);
}

const T = loadTyphonLib();

if (diffFile) {
  showOracleDiff(python, oracleScript, diffFile, typhonResult(T, diffFile), "symtable");
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
