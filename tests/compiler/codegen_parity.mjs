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
import { cpus } from "os";
import { loadTyphonLib, parityOptions, walkPy } from "../lib/stdlib.mjs";

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
  const cacheFile = join(repo, "build", "codegen-oracle.json");
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
    const workers = Math.max(1, Math.min(4, cpus().length));
    const parts = Array.from({ length: workers }, (_, w) => missing.filter((_, i) => i % workers === w));
    // spawnSync runs them one after another; good enough, and cached afterwards.
    for (const list of parts) {
      if (!list.length) continue;
      const r = spawnSync(python, [oracleScript], { input: list.join("\n") + "\n", maxBuffer: 1 << 28, encoding: "utf-8" });
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
  writeFileSync("/tmp/typhon.codegen", ours.text);
  writeFileSync("/tmp/cpython.codegen", theirs.stdout);
  const d = spawnSync("diff", ["-u", "/tmp/cpython.codegen", "/tmp/typhon.codegen"], { encoding: "utf-8" });
  console.log(d.stdout.split("\n").slice(0, 120).join("\n") || "same");
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
