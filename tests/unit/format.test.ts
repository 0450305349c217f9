// The format mini-language and %-conversions (src/objects/format.ts) against answers recorded
// from CPython 3.11: tests/unit/fixtures/float_format.json, made by
// tests/unit/fixtures/make_float_fixtures.py (random specs over floats, ints, strs and complex
// numbers, fixed edge cases, and printf-style conversions; errors included).
//
// Run from the repository root (the fixtures are found from the working directory):
//   node build.mjs && node --test build/tests/tests/unit/format.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { PyOpError } from "../../src/objects/errors";
import * as FMT from "../../src/objects/format";
import type { PyInt } from "../../src/objects/intmath";

type Case = any[];
const CASES: Record<string, Case[]> = JSON.parse(
  readFileSync(join(process.cwd(), "tests", "unit", "fixtures", "float_format.json"), "utf-8"),
);

function fl(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  return Number(s);
}

function int(s: string): PyInt {
  const b = BigInt(s);
  return b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

function run(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyOpError) return "!" + e.message;
    throw e;
  }
}

function check(section: string, compute: (c: Case) => unknown): void {
  const cases = CASES[section];
  assert.ok(cases.length > 0);
  const bad: string[] = [];
  for (const c of cases) {
    const got = run(() => compute(c));
    const want = c[c.length - 1];
    if (got !== want) bad.push(`${JSON.stringify(c)} -> ${JSON.stringify(got)}`);
  }
  assert.equal(bad.length, 0, `${section}: ${bad.length} of ${cases.length} differ:\n${bad.slice(0, 30).join("\n")}`);
}

test("format(float, spec)", () => check("float", (c) => FMT.formatFloat(fl(c[0]), c[1])));

test("format(int, spec)", () => check("int", (c) => FMT.formatInt(int(c[0]), c[1])));

test("format(str, spec)", () => check("str", (c) => FMT.formatStr(c[0], c[1])));

test("format(complex, spec)", () => check("complex", (c) => FMT.formatComplex(fl(c[0][0]), fl(c[0][1]), c[1])));

const FLAG_BITS: Record<string, number> = { "-": FMT.PF_LJUST, "+": FMT.PF_SIGN, " ": FMT.PF_BLANK, "#": FMT.PF_ALT, "0": FMT.PF_ZERO };

test("%-conversions", () =>
  check("percent", (c) => {
    const [isInt, v, flagText, width, prec, conv] = c;
    let flags = 0;
    for (const ch of flagText as string) flags |= FLAG_BITS[ch];
    return isInt
      ? FMT.percentFormatInt(int(v), flags, width, prec, conv)
      : FMT.percentFormatFloat(fl(v), flags, width, prec, conv);
  }));

test("parseFormatSpec", () => {
  const s = FMT.parseFormatSpec("\u{1F600}^+z#012_.3f", "float");
  assert.equal(s.fill, "\u{1F600}");
  assert.equal(s.align, 0x5e);
  assert.equal(s.sign, 0x2b);
  assert.ok(s.z && s.alt && !s.zero); // a given fill makes the 0 part of the width
  assert.equal(s.width, 12);
  assert.equal(s.grouping, 0x5f);
  assert.equal(s.precision, 3);
  assert.equal(s.type, 0x66);
  assert.throws(() => FMT.parseFormatSpec("3.3.3", "float"), /Invalid format specifier '3.3.3' for object of type 'float'/);
});
