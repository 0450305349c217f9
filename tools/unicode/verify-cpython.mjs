#!/usr/bin/env node
// Compares src/unicode with CPython 3.11's unicodedata and str methods for every code point
// U+0000..U+10FFFF: category, bidirectional, mirrored, decimal, name, str.isprintable, isspace,
// isalpha, isidentifier; and that every name (and its lower-case form, where CPython accepts it)
// looks up back to its code point. Needs python3 = CPython 3.11 and the generated tables.
//
//   node tools/unicode/generate.mjs && node tools/unicode/verify-cpython.mjs
//
// Not part of the test suite (it needs CPython); src/unicode/unicode.test.ts checks a sample.

import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

// One line per code point: category, bidi, flags, decimal, name, and "L" when
// unicodedata.lookup(name.lower()) finds the code point.
const PYTHON = String.raw`
import sys, unicodedata as u
assert sys.version_info[:2] == (3, 11), sys.version
out = []
for cp in range(0x110000):
    ch = chr(cp)
    flags = "".join(l for l, v in (
        ("P", ch.isprintable()), ("S", ch.isspace()), ("A", ch.isalpha()), ("M", u.mirrored(ch)),
        ("I", ch.isidentifier()), ("C", ("a" + ch).isidentifier())) if v)
    d = u.decimal(ch, None)
    name = u.name(ch, "")
    lower = ""
    if name:
        try:
            lower = "L" if u.lookup(name.lower()) == ch else ""
        except KeyError:
            pass
    out.append("\t".join((u.category(ch), u.bidirectional(ch), flags, "" if d is None else str(d), name, lower)))
sys.stdout.write("\n".join(out))
`;

function cpythonTable() {
  const result = spawnSync("python3", ["-c", PYTHON], { encoding: "latin1", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return result.stdout.split("\n");
}

async function bundleUnicode() {
  const esbuild = require("esbuild");
  const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "typhon-unicode-")), "unicode.js");
  await esbuild.build({
    entryPoints: [path.join(ROOT, "src/unicode/index.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile,
    logLevel: "warning",
  });
  return require(outfile);
}

function flagsOf(u, cp) {
  const ch = String.fromCodePoint(cp);
  return [
    ["P", u.isPrintable(cp)], ["S", u.isSpace(cp)], ["A", u.isAlpha(cp)], ["M", u.mirrored(cp) === 1],
    ["I", u.isIdentifier(ch)], ["C", u.isIdentifier("a" + ch)],
  ].map(([letter, value]) => (value ? letter : "")).join("");
}

async function main() {
  const [u, expected] = await Promise.all([bundleUnicode(), Promise.resolve().then(cpythonTable)]);
  if (expected.length !== 0x110000) throw new Error(`python gave ${expected.length} lines`);
  const mismatches = { category: 0, bidirectional: 0, flags: 0, decimal: 0, name: 0, lookup: 0, lowerLookup: 0 };
  const examples = [];
  const report = (kind, cp, got, want) => {
    mismatches[kind]++;
    if (examples.length < 30) examples.push(`U+${cp.toString(16).toUpperCase()} ${kind}: got ${got}, CPython ${want}`);
  };
  let named = 0;
  for (let cp = 0; cp < 0x110000; cp++) {
    const [cat, bidi, flags, dec, name, lower] = expected[cp].split("\t");
    const ch = String.fromCodePoint(cp);
    if (u.category(cp) !== cat) report("category", cp, u.category(cp), cat);
    if (u.bidirectional(cp) !== bidi) report("bidirectional", cp, u.bidirectional(cp), bidi);
    if (flagsOf(u, cp) !== flags) report("flags", cp, flagsOf(u, cp), flags);
    const d = u.decimal(cp);
    if ((d === undefined ? "" : String(d)) !== dec) report("decimal", cp, d, dec);
    if ((u.nameOf(cp) ?? "") !== name) report("name", cp, u.nameOf(cp), name);
    if (name === "") continue;
    named++;
    if (u.lookupName(name) !== cp || u.lookup(name) !== ch) report("lookup", cp, u.lookupName(name), name);
    const lowerFound = u.lookup(name.toLowerCase()) === ch;
    if (lowerFound !== (lower === "L")) report("lowerLookup", cp, lowerFound, lower === "L");
  }
  const total = Object.values(mismatches).reduce((a, b) => a + b, 0);
  console.log(`checked 0x110000 code points (${named} named): ${JSON.stringify(mismatches)}`);
  for (const line of examples) console.log("  " + line);
  process.exit(total === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err.stack ?? String(err));
  process.exit(1);
});
