// Checks src/unicode against answers recorded from CPython 3.11 (fixtures/, made by
// tools/unicode/make_fixtures.py). The exhaustive comparison over all code points is
// tools/unicode/verify-cpython.mjs, which needs python3 and is not part of the test suite.
//
// Bundle and run from the repository root (the fixtures are found from the working directory):
//   node tools/unicode/generate.mjs
//   npx esbuild src/unicode/unicode.test.ts --bundle --platform=node --outfile=/tmp/unicode.test.js
//   node --test /tmp/unicode.test.js

import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  bidirectional,
  category,
  decimal,
  isAlpha,
  isDecimal,
  isIdentifier,
  isPrintable,
  isSpace,
  isXidContinue,
  isXidStart,
  lookup,
  lookupName,
  mirrored,
  NAME_MAXLEN,
  nameOf,
  UNIDATA_VERSION,
} from "./index";

const STEP = 37; // must match tools/unicode/make_fixtures.py

function readFixture(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const file = path.join(dir, "src", "unicode", "fixtures", name);
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
    if (path.dirname(dir) === dir) throw new Error(`fixture ${name} not found above ${process.cwd()}`);
  }
}

/** Fails with the first few differences, so one run shows the shape of a problem. */
function assertNoMismatches(mismatches: string[]): void {
  assert.deepEqual(mismatches.slice(0, 20), [], `${mismatches.length} mismatches`);
}

function fromHex(hex: string | null): string | undefined {
  return hex === null ? undefined : String.fromCodePoint(...hex.split(" ").map((h) => parseInt(h, 16)));
}

interface CodePointRow {
  cp: number;
  fields: string[]; // category, bidirectional, flags, decimal
  name: string;
}

function* codePointRows(): Generator<CodePointRow> {
  for (const line of readFixture("codepoints.txt").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [where, cat, bidi, flags, dec, name] = line.split("\t");
    const [first, count = "1"] = where.split("*");
    for (let i = 0; i < Number(count); i++) {
      yield { cp: parseInt(first, 16) + i * STEP, fields: [cat, bidi, flags, dec], name };
    }
  }
}

function flagsOf(cp: number): string {
  const ch = String.fromCodePoint(cp);
  const tests: Array<[string, boolean]> = [
    ["P", isPrintable(cp)],
    ["S", isSpace(cp)],
    ["A", isAlpha(cp)],
    ["M", mirrored(cp) === 1],
    ["I", isIdentifier(ch)],
    ["C", isIdentifier("a" + ch)],
  ];
  return tests.map(([letter, value]) => (value ? letter : "")).join("");
}

test("version", () => {
  assert.equal(UNIDATA_VERSION, "14.0.0");
  assert.equal(NAME_MAXLEN, 256);
});

test("properties of sampled code points match CPython", () => {
  const mismatches: string[] = [];
  let count = 0;
  for (const { cp, fields } of codePointRows()) {
    const dec = decimal(cp);
    const actual = [category(cp), bidirectional(cp), flagsOf(cp), dec === undefined ? "" : String(dec)];
    if (actual.join("|") !== fields.join("|")) {
      mismatches.push(`U+${cp.toString(16)}: got ${actual.join("|")}, CPython ${fields.join("|")}`);
    }
    if (isDecimal(cp) !== (dec !== undefined)) mismatches.push(`U+${cp.toString(16)}: isDecimal`);
    count++;
  }
  assert.ok(count > 30000, `only ${count} code points in the fixture`);
  assertNoMismatches(mismatches);
});

test("names of sampled code points match CPython, and look up back", () => {
  const mismatches: string[] = [];
  for (const { cp, name } of codePointRows()) {
    const actual = nameOf(cp);
    if (actual !== (name === "" ? undefined : name)) mismatches.push(`nameOf(U+${cp.toString(16)}) = ${actual}`);
    if (name === "") continue;
    if (lookupName(name) !== cp) mismatches.push(`lookupName(${name}) = ${lookupName(name)}`);
    if (lookup(name) !== String.fromCodePoint(cp)) mismatches.push(`lookup(${name})`);
  }
  assertNoMismatches(mismatches);
});

test('"\\N{...}" and unicodedata.lookup answers match CPython', () => {
  const mismatches: string[] = [];
  const lines = readFixture("lookups.jsonl").split("\n").slice(1); // line 1 is a comment
  for (const line of lines) {
    if (line === "") continue;
    const [name, viaEscape, viaLookup] = JSON.parse(line) as [string, string | null, string | null];
    const escaped = lookupName(name);
    const expected = fromHex(viaEscape);
    if ((escaped === undefined ? undefined : String.fromCodePoint(escaped)) !== expected) {
      mismatches.push(`lookupName(${JSON.stringify(name)}) = ${escaped}, CPython ${viaEscape}`);
    }
    if (lookup(name) !== fromHex(viaLookup)) {
      mismatches.push(`lookup(${JSON.stringify(name)}) = ${lookup(name)}, CPython ${viaLookup}`);
    }
  }
  assert.ok(lines.length > 1000);
  assertNoMismatches(mismatches);
});

test("examples", () => {
  assert.equal(lookupName("LINE FEED"), 0x0a);
  assert.equal(lookupName("null"), 0x00);
  assert.equal(lookupName("LATIN CAPITAL LETTER GHA"), 0x1a2);
  assert.equal(lookupName("HANGUL SYLLABLE GAG"), 0xac01);
  assert.equal(lookupName("hangul syllable GAG"), undefined);
  assert.equal(lookupName("CJK UNIFIED IDEOGRAPH-20000"), 0x20000);
  assert.equal(lookupName("TANGUT IDEOGRAPH-17000"), undefined); // unnamed in CPython 3.11
  assert.equal(lookupName("KEYCAP DIGIT ZERO"), undefined); // named sequences: lookup() only
  assert.equal(lookup("keycap digit zero"), "0\ufe0f\u20e3");
  assert.equal(nameOf(0x41), "LATIN CAPITAL LETTER A");
  assert.equal(nameOf(0xd7a3), "HANGUL SYLLABLE HIH");
  assert.equal(nameOf(0x17000), undefined);
  assert.equal(nameOf(0x0a), undefined); // control characters have aliases, not names
  assert.equal(nameOf(0x10ffff), undefined);
  assert.equal(category(0x378), "Cn");
  assert.equal(category(0x110000), "Cn");
  assert.equal(category(-1), "Cn");
  assert.equal(bidirectional(0x378), "");
});

test("ASCII fast paths agree with the tables", () => {
  for (let cp = 0; cp < 0x80; cp++) {
    const c = category(cp);
    assert.equal(isPrintable(cp), cp === 0x20 || (c[0] !== "C" && c[0] !== "Z"), `isPrintable ${cp}`);
    assert.equal(isAlpha(cp), c[0] === "L", `isAlpha ${cp}`);
    assert.equal(isXidStart(cp), c[0] === "L", `isXidStart ${cp}`);
    assert.equal(isXidContinue(cp), c[0] === "L" || c === "Nd" || cp === 0x5f, `isXidContinue ${cp}`);
    assert.equal(decimal(cp), c === "Nd" ? cp - 0x30 : undefined, `decimal ${cp}`);
  }
});
