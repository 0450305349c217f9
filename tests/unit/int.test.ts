// Python int semantics (src/objects/intmath.ts, intfloat.ts, intstr.ts) against answers
// recorded from CPython 3.11: tests/unit/fixtures/int_ops.json and int_conv.json, made by
// tests/unit/fixtures/make_int_fixtures.py (which documents the encoding). Every int result is
// also checked for the representation invariant: a safe integer is a number (never -0), any
// other int a bigint.
//
// Run from the repository root (the fixtures are found from the working directory):
//   node build.mjs && node --test build/tests/tests/unit/int.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { PyOpError } from "../../src/objects/errors";
import * as M from "../../src/objects/intmath";
import * as F from "../../src/objects/intfloat";
import * as S from "../../src/objects/intstr";
import type { PyInt } from "../../src/objects/intmath";

type Case = Array<string | number | boolean | string[]>;
type Fixture = Record<string, Case[]>;

function load(name: string): Fixture {
  return JSON.parse(readFileSync(join(process.cwd(), "tests", "unit", "fixtures", name), "utf-8"));
}
const OPS = load("int_ops.json");
const CONV = load("int_conv.json");

/** A decimal string as a canonical int (independent of the code under test). */
function int(s: unknown): PyInt {
  const b = BigInt(s as string);
  return b >= -BigInt(Number.MAX_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

function float(s: unknown): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan") return NaN;
  return Number(s);
}

function hexBytes(s: unknown): Uint8Array {
  const h = s as string;
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(2 * i, 2), 16);
  return out;
}

function toHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function canonical(v: unknown): boolean {
  if (typeof v === "number") return Number.isSafeInteger(v) && !Object.is(v, -0);
  if (typeof v === "bigint") return v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER);
  return false;
}

// Comparers: does the value the code gave match the recorded (non-error) expectation?
const asInt = (v: unknown, e: unknown) => canonical(v) && String(v) === e;
const asFloat = (v: unknown, e: unknown) => typeof v === "number" && Object.is(v, float(e));
const asNumber = (v: unknown, e: unknown) => v === e;
const asString = (v: unknown, e: unknown) => v === e;
const asIntPair = (v: unknown, e: unknown) =>
  Array.isArray(v) && v.length === 2 && asInt(v[0], (e as string[])[0]) && asInt(v[1], (e as string[])[1]);

function describe(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (v instanceof Uint8Array) return `bytes(${toHex(v)})`;
  if (Array.isArray(v)) return `[${v.map(describe).join(", ")}]`;
  return JSON.stringify(v);
}

/**
 * Runs every case of a section: `call` gets the case's operands (all but the last element),
 * the last element is the expectation, "!Type: message" for an exception.
 */
function runSection(
  fixture: Fixture,
  section: string,
  call: (...args: Case[number][]) => unknown,
  same: (v: unknown, e: unknown) => boolean,
): void {
  const cases = fixture[section];
  assert.ok(cases && cases.length > 0, `fixture section ${section} is missing`);
  const failures: string[] = [];
  for (const c of cases) {
    const args = c.slice(0, -1);
    const expected = c[c.length - 1];
    let got: string;
    let ok: boolean;
    try {
      const v = call(...args);
      ok = typeof expected === "string" && expected.startsWith("!") ? false : same(v, expected);
      got = describe(v);
    } catch (e) {
      if (!(e instanceof PyOpError)) throw e;
      got = `!${e.type}: ${e.msg}`;
      ok = got === expected;
    }
    if (!ok) failures.push(`${section}(${args.map((a) => JSON.stringify(a).slice(0, 80)).join(", ")}): got ${got.slice(0, 200)}, expected ${JSON.stringify(expected).slice(0, 200)}`);
  }
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${cases.length} cases failed`);
}

// ---- int_ops.json ---------------------------------------------------------------------------

const BINARY: Record<string, (a: PyInt, b: PyInt) => unknown> = {
  add: M.add, sub: M.sub, mul: M.mul, floordiv: M.floordiv, mod: M.mod, and: M.and, or: M.or, xor: M.xor,
  gcd: M.gcd, lcm: M.lcm, lshift: M.lshift, rshift: M.rshift, pow: M.pow,
};
for (const [name, f] of Object.entries(BINARY)) {
  test(`int ${name}`, () => runSection(OPS, name, (a, b) => f(int(a), int(b)), asInt));
}

test("int divmod", () => runSection(OPS, "divmod", (a, b) => M.divmod(int(a), int(b)), asIntPair));
test("int compare", () => runSection(OPS, "compare", (a, b) => M.compare(int(a), int(b)), asNumber));
test("int compare agrees with eq and JS relational operators", () => {
  for (const [a, b, e] of OPS.compare) {
    const x = int(a);
    const y = int(b);
    assert.equal(M.eq(x, y), e === 0);
    assert.equal(x < y, e === -1);
    assert.equal(x > y, e === 1);
  }
});

test("int pow with a negative exponent (float result)", () =>
  runSection(OPS, "powneg", (a, b) => F.intPowToFloat(int(a), int(b)), (v, e) => asFloat(v, (e as string).slice(2))));

test("int pow3", () => runSection(OPS, "pow3", (a, b, m) => M.pow3(int(a), int(b), int(m)), asInt));

const UNARY: Record<string, [(a: PyInt) => unknown, (v: unknown, e: unknown) => boolean]> = {
  neg: [M.neg, asInt],
  abs: [M.abs, asInt],
  invert: [M.invert, asInt],
  bit_length: [M.bitLength, asNumber],
  bit_count: [M.bitCount, asNumber],
  hash: [M.hash, asInt],
  isqrt: [M.isqrt, asInt],
};
for (const [name, [f, same]] of Object.entries(UNARY)) {
  test(`int ${name}`, () => runSection(OPS, name, (a) => f(int(a)), same));
}

test("int round", () => runSection(OPS, "round", (a, n) => M.round(int(a), int(n)), asInt));

// ---- int_conv.json --------------------------------------------------------------------------

test("int toFloat", () => runSection(CONV, "toFloat", (a) => F.toFloat(int(a)), asFloat));
test("int fromFloat", () => runSection(CONV, "fromFloat", (x) => F.fromFloat(float(x)), asInt));
test("int hashFloat", () => runSection(CONV, "hashFloat", (x) => F.hashFloat(float(x)), asInt));
test("int compareIntFloat", () =>
  runSection(CONV, "compareFloat", (a, x) => F.compareIntFloat(int(a), float(x)), (v, e) =>
    e === "nan" ? Number.isNaN(v) : v === e));
test("int truediv", () => runSection(CONV, "truediv", (a, b) => F.truediv(int(a), int(b)), asFloat));
test("int toString", () => runSection(CONV, "toString", (a, base) => S.toString(int(a), base as number), asString));
test("int toString digit limit", () =>
  runSection(CONV, "toStringLimit", (a) => S.toString(int(a)).length, asNumber));
test("int parse", () => runSection(CONV, "parse", (s, base) => S.parse(s as string, int(base)), asInt));
test("int parseBytes", () => runSection(CONV, "parseBytes", (h, base) => S.parseBytes(hexBytes(h), int(base)), asInt));
test("int toBytes", () =>
  runSection(CONV, "toBytes", (a, n, order, signed) => S.toBytes(int(a), int(n), order as string, signed as boolean),
    (v, e) => v instanceof Uint8Array && toHex(v) === e));
test("int fromBytes", () =>
  runSection(CONV, "fromBytes", (h, order, signed) => S.fromBytes(hexBytes(h), order as string, signed as boolean), asInt));

// ---- hand-written checks --------------------------------------------------------------------

function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyOpError) return `${e.type}: ${e.msg}`;
    throw e;
  }
  return "no error";
}

test("int results in the safe range are numbers, and never -0", () => {
  const zeroes: Array<[string, unknown]> = [
    ["0 * -5", M.mul(0, -5)],
    ["-5 * 0", M.mul(-5, 0)],
    ["0 // -5", M.floordiv(0, -5)],
    ["-5 % 5", M.mod(-5, 5)],
    ["5 % -5", M.mod(5, -5)],
    ["divmod(0, -3)", M.divmod(0, -3)[0]],
    ["divmod(-6, 3)[1]", M.divmod(-6, 3)[1]],
    ["-0", M.neg(0)],
    ["int(-0.5)", F.fromFloat(-0.5)],
    ["int(-0.0)", F.fromFloat(-0)],
    ["int('-0')", S.parse("-0")],
    ["int('-0', 16)", S.parse("-0", 16)],
    ["hash(-0.0)", F.hashFloat(-0)],
    ["round(-4, -1)", M.round(-4, -1)],
    ["0 << 5", M.lshift(0, 5)],
    ["0 >> 5", M.rshift(0, 5)],
    ["-2**60 + 2**60", M.add(-(2n ** 60n), 2n ** 60n)],
    ["isqrt(0)", M.isqrt(0)],
    ["from_bytes(b'')", S.fromBytes([], "big", true)],
  ];
  for (const [what, v] of zeroes) assert.ok(Object.is(v, 0), `${what} gave ${describe(v)}`);
  // Results that cross back into the safe range from bigint operands.
  assert.equal(M.sub(2n ** 53n, 1), 2 ** 53 - 1);
  assert.equal(M.invert(-(2n ** 53n)), 2 ** 53 - 1);
  assert.equal(M.floordiv(2n ** 80n, 2n ** 30n), 2 ** 50);
  assert.equal(M.rshift(2n ** 80n, 30), 2 ** 50);
  assert.equal(M.and(2n ** 80n + 5n, 7), 5);
  assert.equal(M.normalize(5n), 5);
  assert.equal(M.normalize(2n ** 53n), 2n ** 53n);
  assert.equal(M.normalize(-(2n ** 53n) + 1n), -(2 ** 53) + 1);
  // And out of it from numbers.
  assert.equal(M.add(2 ** 53 - 1, 1), 2n ** 53n);
  assert.equal(M.mul(-(2 ** 30), 2 ** 23), -(2n ** 53n));
  assert.equal(M.lshift(1, 53), 2n ** 53n);
  assert.equal(M.invert(2 ** 53 - 1), -(2n ** 53n));
  assert.equal(M.xor(-(2 ** 53) + 1, 1), -(2n ** 53n));
  assert.equal(M.and(-(2 ** 53) + 1, -(2 ** 53) + 2), -(2n ** 53n));
  assert.equal(M.neg(-(2n ** 53n)), 2n ** 53n);
  assert.equal(M.pow(3, 34), 3n ** 34n);
  assert.equal(M.pow(-3, 33), -(3 ** 33));
  assert.equal(M.pow(-3, 35), -(3n ** 35n));
  assert.ok(M.isCanonical(5) && M.isCanonical(2n ** 53n) && !M.isCanonical(5n) && !M.isCanonical(-0) && !M.isCanonical(0.5));
});

test("int messages for the errors of the brief", () => {
  assert.equal(pyError(() => M.floordiv(1, 0)), "ZeroDivisionError: integer division or modulo by zero");
  assert.equal(pyError(() => M.mod(2n ** 70n, 0)), "ZeroDivisionError: integer modulo by zero");
  assert.equal(pyError(() => M.mod(5, 0)), "ZeroDivisionError: integer modulo by zero");
  assert.equal(pyError(() => M.divmod(5, 0)), "ZeroDivisionError: integer division or modulo by zero");
  assert.equal(pyError(() => F.truediv(1, 0)), "ZeroDivisionError: division by zero");
  assert.equal(pyError(() => F.truediv(10n ** 400n, 1)), "OverflowError: integer division result too large for a float");
  assert.equal(F.truediv(10n ** 400n, 10n ** 399n), 10);
  assert.equal(pyError(() => F.intPowToFloat(0, -1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  assert.equal(pyError(() => M.pow3(2, -1, 4)), "ValueError: base is not invertible for the given modulus");
  assert.equal(pyError(() => M.pow3(2, 1, 0)), "ValueError: pow() 3rd argument cannot be 0");
  assert.equal(pyError(() => M.lshift(1, -1)), "ValueError: negative shift count");
  assert.equal(pyError(() => M.rshift(1, -(2n ** 70n))), "ValueError: negative shift count");
  assert.equal(pyError(() => M.lshift(1, 2n ** 70n)), "OverflowError: too many digits in integer");
  assert.equal(pyError(() => F.toFloat(10n ** 400n)), "OverflowError: int too large to convert to float");
  assert.equal(pyError(() => F.fromFloat(NaN)), "ValueError: cannot convert float NaN to integer");
  assert.equal(pyError(() => F.fromFloat(-Infinity)), "OverflowError: cannot convert float infinity to integer");
  assert.equal(pyError(() => M.isqrt(-1)), "ValueError: isqrt() argument must be nonnegative");
  assert.equal(pyError(() => S.parse("abc")), "ValueError: invalid literal for int() with base 10: 'abc'");
  assert.equal(pyError(() => S.parse("1", 37)), "ValueError: int() base must be >= 2 and <= 36, or 0");
  assert.equal(pyError(() => S.parse("010", 0)), "ValueError: invalid literal for int() with base 0: '010'");
  assert.equal(pyError(() => S.toBytes(-1, 1, "big", false)), "OverflowError: can't convert negative int to unsigned");
  assert.equal(pyError(() => S.toBytes(256, 1, "big", false)), "OverflowError: int too big to convert");
  assert.equal(S.parse("\u0663"), 3);
  assert.equal(M.round(1234, -2), 1200);
  assert.equal(M.round(1250, -2), 1200);
  assert.equal(M.round(1350, -2), 1400);
  assert.ok(F.compareIntFloat(2n ** 53n + 1n, 2 ** 53) > 0);
  assert.ok(F.compareIntFloat(10n ** 400n, 1e308) > 0);
  assert.equal(M.hash(-1), -2);
  assert.equal(F.hashFloat(Infinity), 314159);
  assert.equal(F.hashFloat(-Infinity), -314159);
  assert.deepEqual(M.asIntegerRatio(2n ** 70n), [2n ** 70n, 1]);
});

test("int compareIntFloat with NaN is unordered", () => {
  for (const i of [0, 5, -(2 ** 53) + 1, 2n ** 80n, -(2n ** 80n)]) {
    const c = F.compareIntFloat(i, NaN);
    assert.ok(!(c < 0) && !(c <= 0) && !(c === 0) && !(c >= 0) && !(c > 0) && c !== 0);
    assert.equal(F.eqIntFloat(i, NaN), false);
  }
  assert.equal(F.eqIntFloat(2n ** 60n, 2 ** 60), true);
  assert.equal(F.eqIntFloat(2n ** 60n + 1n, 2 ** 60), false);
});

test("int hashFloat of NaN is the identity hash the caller passes", () => {
  assert.equal(F.hashFloat(NaN, 123456789), 123456789);
  assert.equal(F.hashFloat(NaN), 0);
});

test("int digit limit is settable (sys.set_int_max_str_digits)", () => {
  const big = "7".repeat(5000);
  const toStrMsg = (n: number) =>
    `ValueError: Exceeds the limit (${n} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
  const parseMsg = (n: number, d: number) =>
    `ValueError: Exceeds the limit (${n} digits) for integer string conversion: value has ${d} digits; use sys.set_int_max_str_digits() to increase the limit`;
  assert.equal(S.getIntMaxStrDigits(), 4300);
  assert.equal(pyError(() => S.parse(big)), parseMsg(4300, 5000));
  assert.equal(pyError(() => S.toString(10n ** 5000n)), toStrMsg(4300));
  assert.equal(S.toString(-(10n ** 4299n)).length, 4301); // the sign does not count
  assert.equal(pyError(() => S.setIntMaxStrDigits(5)), "ValueError: maxdigits must be 0 or larger than 640");
  try {
    S.setIntMaxStrDigits(0);
    const x = S.parse(big);
    assert.equal(S.toString(x), big);
    S.setIntMaxStrDigits(640);
    assert.equal(S.toString(10n ** 639n).length, 640);
    assert.equal(pyError(() => S.toString(10n ** 640n)), toStrMsg(640));
    assert.equal(pyError(() => S.parse("1".repeat(641))), parseMsg(640, 641));
    assert.equal(pyError(() => S.parse("1".repeat(641), 7)), parseMsg(640, 641));
    assert.equal(S.parse("1".repeat(641), 32) > 0, true); // powers of two are exempt
    assert.equal(S.toString(2n ** 5000n, 16).length, 1251);
  } finally {
    S.setIntMaxStrDigits(4300);
  }
});

test("int parse of 4300 digits and str of big ints are fast", () => {
  const digits = "9876543210".repeat(430);
  let t = performance.now();
  let x: PyInt = 0;
  for (let i = 0; i < 200; i++) x = S.parse(digits);
  const parseMs = (performance.now() - t) / 200;
  assert.equal(S.toString(x), digits);
  t = performance.now();
  for (let i = 0; i < 20; i++) S.parse("z".repeat(4300), 36);
  const parse36Ms = (performance.now() - t) / 20;
  t = performance.now();
  try {
    S.setIntMaxStrDigits(0);
    assert.equal(S.toString(10n ** 200000n).length, 200001);
    assert.equal(S.parse("1" + "0".repeat(200000)), 10n ** 200000n);
  } finally {
    S.setIntMaxStrDigits(4300);
  }
  const hugeMs = performance.now() - t;
  assert.ok(parseMs < 5, `parse of 4300 digits took ${parseMs.toFixed(3)} ms`);
  assert.ok(parse36Ms < 20, `parse of 4300 base-36 digits took ${parse36Ms.toFixed(3)} ms`);
  assert.ok(hugeMs < 5000, `200000-digit str and parse took ${hugeMs.toFixed(0)} ms`);
});

test("int sizes beyond V8's BigInt limit raise MemoryError (CPython would allocate or run out)", () => {
  assert.equal(pyError(() => M.lshift(1, 2 ** 31)), "MemoryError: ");
  assert.equal(pyError(() => M.pow(3, 2 ** 31)), "MemoryError: ");
  assert.equal(pyError(() => M.pow(2, 2n ** 80n)), "MemoryError: ");
  assert.equal(M.pow(-1, 2n ** 80n + 1n), -1);
  assert.equal(M.pow(0, 2n ** 80n), 0);
  assert.equal(M.pow(1, 2n ** 80n), 1);
});

test("int round with a huge negative ndigits is 0 without computing 10**n", () => {
  assert.equal(M.round(5, -(10n ** 20n)), 0);
  assert.equal(M.round(-(10n ** 50n), -1000000), 0);
  assert.equal(M.round(5n * 10n ** 49n, -50), 0); // exactly half: to the even multiple, 0
  assert.equal(M.round(6n * 10n ** 49n, -50), 10n ** 50n);
});

test("int pow with a negative exponent is a caller bug for pow and intPowToFloat's job", () => {
  assert.throws(() => M.pow(2, -1), (e: unknown) => e instanceof Error && !(e instanceof PyOpError));
  assert.throws(() => F.intPowToFloat(2, 1), (e: unknown) => e instanceof Error && !(e instanceof PyOpError));
  assert.equal(F.intPowToFloat(-1, -(2n ** 53n) - 1n), 1); // float(b) rounds to an even number, as in CPython
  assert.equal(F.intPowToFloat(-2, -1), -0.5);
});

test("int bitwise on safe numbers beyond 32 bits matches bigint", () => {
  const vals = [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 32 - 1, -(2 ** 32), 2 ** 52 + 12345, -(2 ** 53) + 1, 2 ** 53 - 1, 123456789012345, -98765432109876];
  for (const a of vals) {
    for (const b of vals) {
      for (const [f, g] of [[M.and, (x: bigint, y: bigint) => x & y], [M.or, (x: bigint, y: bigint) => x | y], [M.xor, (x: bigint, y: bigint) => x ^ y]] as const) {
        const r = f(a, b);
        assert.ok(canonical(r));
        assert.equal(BigInt(r), g(BigInt(a), BigInt(b)));
      }
    }
  }
});
