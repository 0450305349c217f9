// The code generator's acceptance test: every .py file of CPython 3.11's standard library (and
// its test suite) must compile without an internal error (the assembler verifies stack depths),
// and every code object must agree with CPython's `compile(source, path, "exec")` on co_name,
// co_qualname, co_firstlineno, the argument counts, co_flags, co_varnames, co_cellvars,
// co_freevars and co_names (as a set); or the file must raise the same SyntaxError (message,
// line, offset). Files that do not parse are not counted (the parser's test covers them).
//
//   node tests/compiler/codegen_parity.mjs [--root DIR] [--diff FILE] [--limit N] [--quiet]
//
// CPython (python3) is the oracle (tests/compiler/codegen_oracle.py); its answers are cached in
// build/codegen-oracle.json by file size and mtime (and the oracle script's own hash). Typhon's
// side runs in-process on the built library (dist/typhon-lib.js). Known differences, with their
// reasons, are listed in tests/compiler/codegen_known_differences.txt (one path per line).

import { createHash } from "crypto";
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";
import { cachedOracle, loadTyphonLib, parityOptions, showOracleDiff, walkPy } from "../lib/stdlib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const { root, diffFile, limit, quiet, python } = parityOptions(process.argv.slice(2));
const oracleScript = join(here, "codegen_oracle.py");
const knownFile = join(here, "codegen_known_differences.txt");

const sha1 = (text) => createHash("sha1").update(Buffer.from(text, "utf-8")).digest("hex");

/** The canonical text of a code object tree (the same as codegen_oracle.py's dump_code). */
function dumpCode(T, co, depth, out) {
  const pad = "  ".repeat(depth);
  out.push(`${pad}code ${co.qualname} name=${co.name} line=${co.firstlineno} `
    + `args=${co.argcount},${co.posonlyargcount},${co.kwonlyargcount} flags=0x${co.flags.toString(16)}`);
  out.push(`${pad}  varnames: ${co.varnames.join(" ")}`);
  out.push(`${pad}  cellvars: ${co.cellvars.join(" ")}`);
  out.push(`${pad}  freevars: ${co.freevars.join(" ")}`);
  const names = [...new Set(co.names)].sort((a, b) => T.symtable.compareCodePoints(a, b));
  out.push(`${pad}  names: ${names.join(" ")}`);
  for (const c of co.consts) if (c instanceof T.bytecode.CodeObject) dumpCode(T, c, depth + 1, out);
}

/** Typhon's canonical text for a file: { parseError } or { text }. */
function typhonResult(T, path) {
  const bytes = readFileSync(path);
  let tree, source;
  try {
    tree = T.parser.parseBytes(bytes, { filename: path });
    const decoded = T.parser.decodeSource(bytes, path);
    source = T.parser.normalizeNewlines(typeof decoded === "string" ? decoded : decoded.text);
  } catch (e) {
    return { parseError: String(e && e.message || e) };
  }
  try {
    const co = T.compiler.compile(tree, path, { mode: "exec", source });
    const out = [];
    dumpCode(T, co, 0, out);
    return { text: out.join("\n") + "\n" };
  } catch (e) {
    if (e instanceof T.parser.PySyntaxError) return { text: `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset})\n` };
    if (e instanceof T.PyOpError) return { text: `${e.type}: ${e.msg}\n` };
    return { text: `InternalError: ${e && e.stack || e}\n`, internal: true };
  }
}

function oracle(files) {
  return cachedOracle(python, oracleScript, join(repo, "build", "codegen-oracle.json"), files);
}

const T = loadTyphonLib();

if (diffFile) {
  showOracleDiff(python, oracleScript, diffFile, typhonResult(T, diffFile), "codegen");
  process.exit(0);
}

if (!existsSync(root)) {
  console.error(`stdlib not found at ${root} (install libpython3.11-stdlib or set TYPHON_STDLIB)`);
  process.exit(1);
}
const known = new Set();
if (existsSync(knownFile)) {
  for (const line of readFileSync(knownFile, "utf-8").split("\n")) {
    const p = line.replace(/#.*/, "").trim();
    if (p) known.add(join(root, p));
  }
}
let files = walkPy(root, []);
if (limit) files = files.slice(0, limit);
const expected = oracle(files);
let match = 0;
let unparsable = 0;
let knownCount = 0;
let internal = 0;
const failures = [];
const t0 = process.hrtime.bigint();
for (const p of files) {
  const theirs = expected[p];
  const ours = typhonResult(T, p);
  if (theirs.parse_error) {
    unparsable++;
    continue;
  }
  if (ours.parseError) {
    failures.push({ path: p, ours: `parse error: ${ours.parseError}`, theirs: "parses" });
    continue;
  }
  if (ours.internal) internal++;
  if (sha1(ours.text) === theirs.sha1) match++;
  else if (known.has(p) && !ours.internal) knownCount++;
  else failures.push({ path: p, ours: ours.text.length < 400 ? ours.text.trim() : "code objects differ", theirs: "(see --diff)" });
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
if (!quiet) {
  for (const f of failures.slice(0, 40)) console.log(`MISMATCH ${f.path}\n  typhon:  ${f.ours}\n  cpython: ${f.theirs}`);
  if (failures.length > 40) console.log(`... and ${failures.length - 40} more`);
}
const counted = files.length - unparsable;
console.log(`stdlib codegen parity: ${match} of ${counted} files match CPython, ${knownCount} known differences `
  + `(${unparsable} files that do not parse not counted; ${internal} internal errors); ${secs.toFixed(1)} s for Typhon's parse+compile`);
console.log(`parity: ${match + knownCount} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
