// A differential fuzzer for the symbol table: random small modules full of scoping constructs
// (nested defs, classes, lambdas, comprehensions, global/nonlocal, walrus, super, mangled names)
// go through CPython's symtable (tests/compiler/symtable_oracle.py) and Typhon's; the canonical
// texts (or errors) must be equal. Not part of `npm test`; run it after changing the symtable.
//
//   node tests/compiler/symtable_fuzz.mjs [--count N] [--seed S]
//
// Prints each differing program (at most 10) and a closing "N passed, N failed" line.

import { spawnSync } from "child_process";
import { loadTyphonLib } from "../lib/stdlib.mjs";
import { createRequire } from "module";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const count = Number(opt("--count", "3000"));
let seed = Number(opt("--seed", String(Date.now() % 100000)));

// mulberry32: a small seeded generator, so that a failing run can be repeated with --seed.
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const chance = (p) => rand() < p;

const NAMES = ["a", "b", "x", "y", "__p", "super", "__class__", "self", "f", "C"];
const name = () => pick(NAMES);

function expr(depth) {
  if (depth <= 0 || chance(0.35)) return pick([name(), name(), "1", "super()"]);
  switch (Math.floor(rand() * 8)) {
    case 0: return `${expr(depth - 1)} + ${expr(depth - 1)}`;
    case 1: return `(lambda ${params()}: ${expr(depth - 1)})`;
    case 2: return comprehension(depth - 1);
    case 3: return `(${name()} := ${expr(depth - 1)})`;
    case 4: return `${expr(depth - 1)}(${expr(depth - 1)})`;
    case 5: return `(yield ${expr(depth - 1)})`;
    case 6: return `[${expr(depth - 1)}, ${expr(depth - 1)}]`;
    default: return `${expr(depth - 1)}.attr`;
  }
}

function comprehension(depth) {
  const clauses = [];
  const n = chance(0.3) ? 2 : 1;
  for (let i = 0; i < n; i++) {
    clauses.push(`for ${chance(0.2) ? `(${name()}, ${name()})` : name()} in ${expr(depth - 1)}`);
    if (chance(0.4)) clauses.push(`if ${expr(depth - 1)}`);
  }
  const body = clauses.join(" ");
  switch (Math.floor(rand() * 4)) {
    case 0: return `[${expr(depth - 1)} ${body}]`;
    case 1: return `{${expr(depth - 1)} ${body}}`;
    case 2: return `{${expr(depth - 1)}: ${expr(depth - 1)} ${body}}`;
    default: return `(${expr(depth - 1)} ${body})`;
  }
}

function params() {
  const ps = [];
  const used = new Set();
  for (let i = Math.floor(rand() * 3); i > 0; i--) {
    let p = pick(["a", "b", "x", "self", "__p"]);
    if (used.has(p) && chance(0.9)) continue;
    used.add(p);
    ps.push(chance(0.2) ? `${p}=${pick(NAMES)}` : p);
  }
  // Keep defaults after plain parameters so that the parser accepts the list.
  ps.sort((l, r) => Number(l.includes("=")) - Number(r.includes("=")));
  return ps.join(", ");
}

function stmt(depth, indent) {
  const pad = "    ".repeat(indent);
  const r = Math.floor(rand() * 16);
  if (depth > 0 && r < 3) {
    const head = chance(0.3) ? `${pad}@${name()}\n` : "";
    const ann = chance(0.2) ? ` -> ${name()}` : "";
    return `${head}${pad}${chance(0.15) ? "async " : ""}def ${pick(["f", "g", "__m", "top"])}(${params()})${ann}:\n${block(depth - 1, indent + 1)}`;
  }
  if (depth > 0 && r < 5) return `${pad}class ${pick(["C", "D", "_", "__K"])}(${chance(0.3) ? name() : ""}):\n${block(depth - 1, indent + 1)}`;
  switch (r) {
    case 5: return `${pad}global ${name()}\n`;
    case 6: return `${pad}nonlocal ${name()}\n`;
    case 7: return `${pad}${name()} = ${expr(2)}\n`;
    case 8: return `${pad}${name()}: ${name()}${chance(0.5) ? ` = ${expr(1)}` : ""}\n`;
    case 9: return `${pad}del ${name()}\n`;
    case 10: return `${pad}import ${pick(["os", "os.path", "a.b as __q"])}\n`;
    case 11: return `${pad}for ${name()} in ${expr(1)}:\n${pad}    ${name()} += 1\n`;
    case 12: return `${pad}try:\n${pad}    pass\n${pad}except E as ${name()}:\n${pad}    return ${expr(1)}\n`;
    case 13: return `${pad}with ${expr(1)} as ${name()}:\n${pad}    pass\n`;
    default: return `${pad}${expr(3)}\n`;
  }
}

function block(depth, indent) {
  let out = "";
  for (let i = 1 + Math.floor(rand() * 4); i > 0; i--) out += stmt(depth, indent);
  return out;
}

function program() {
  const future = chance(0.1) ? "from __future__ import annotations\n" : "";
  return future + block(3, 0);
}


function typhonText(T, src) {
  let tree;
  try {
    tree = T.parser.parse(src, { filename: "<case>" });
  } catch {
    return null;
  }
  try {
    return T.symtable.dumpSymtable(T.symtable.buildSymtable(tree, "<case>", { source: src }));
  } catch (e) {
    if (!(e instanceof T.parser.PySyntaxError)) return `InternalError: ${e && e.stack}\n`;
    const end = e.endOffset < 0 ? "None" : String(e.endOffset);
    return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.endLineno}, ${end})\n`;
  }
}

const startSeed = seed;
const programs = Array.from({ length: count }, program);
const py = `
import json, sys
sys.path.insert(0, ${JSON.stringify(here)})
from symtable_oracle import canonical, error_text
import ast
for line in sys.stdin:
    src = json.loads(line)
    try:
        ast.parse(src, "<case>")
    except SyntaxError:
        print(json.dumps(None)); continue
    try:
        out = canonical(src, "<case>")
    except SyntaxError as e:
        out = error_text(e)
    print(json.dumps(out))
`;
const r = spawnSync(process.env.PYTHON || "python3", ["-c", py], {
  input: programs.map((p) => JSON.stringify(p)).join("\n") + "\n", encoding: "utf-8", maxBuffer: 1 << 28,
});
if (r.status !== 0) throw new Error(r.stderr);
const expected = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
const T = loadTyphonLib();
let passed = 0;
let failed = 0;
let skipped = 0;
for (let i = 0; i < programs.length; i++) {
  if (expected[i] === null) {
    skipped++;
    continue;
  }
  const ours = typhonText(T, programs[i]);
  if (ours === expected[i]) passed++;
  else {
    failed++;
    if (failed <= 10) console.log(`--- program\n${programs[i]}--- cpython\n${expected[i]}--- typhon\n${ours}`);
  }
}
const errors = expected.filter((t) => t && t.startsWith("SyntaxError")).length;
console.log(`symtable fuzz (seed ${startSeed}): ${programs.length} programs, ${skipped} rejected by the parser, ${errors} SyntaxErrors from the symtable`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
