// Python float semantics on plain JS numbers (the caller boxes them, DESIGN.md section 3):
// repr, float(str), the arithmetic operators whose rules differ from IEEE (%, //, divmod; pow
// is in floatpow.ts), round, float.hex/fromhex, as_integer_ratio and the int conversions.
// Errors are PyOpError (errors.ts) with CPython 3.11's type and message. Complex numbers are
// in floatcomplex.ts, decimal digit generation in floatdigits.ts, the format mini-language in
// format.ts.

import { raise } from "./errors";
import { normalize, type PyInt } from "./intmath";
import { decompose, ilogb, roundToDouble } from "./floatbits";
import { fixedDigits, formatAbs, Style } from "./floatdigits";
import { decimal, isSpace } from "../unicode";
import { reprStr } from "../parser/constrepr";

export { floatPow, POW_NEEDS_COMPLEX } from "./floatpow";

// ---- repr -----------------------------------------------------------------------------------

/**
 * repr(x) and str(x): the shortest digits that read back as x, in fixed notation when the
 * decimal exponent is in [-4, 16) (with ".0" for integral values), otherwise as 1e+16, 1.5e-05.
 */
export function floatRepr(x: number): string {
  // Fast path: V8's String() already gives these digits in fixed notation in this range.
  if (x >= 1e-4 ? x < 1e16 : x <= -1e-4 && x > -1e16) {
    const s = String(x);
    return s.indexOf(".") < 0 ? s + ".0" : s;
  }
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return 1 / x < 0 ? "-0.0" : "0.0";
  if (x < 0) return "-" + formatAbs(-x, Style.Repr, -1, false, true);
  return formatAbs(x, Style.Repr, -1, false, true);
}

/** str(x) is repr(x) since Python 3.2. */
export const floatStr = floatRepr;

// ---- float(str) -----------------------------------------------------------------------------

/** Py_ISSPACE: C's isspace in the "C" locale (float() strips these after mapping Unicode spaces). */
function isCSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const SIMPLE_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * float(s) for a str s: CPython 3.11's float_from_string. Non-ASCII whitespace and decimal
 * digits (any script) are mapped to ASCII first; then surrounding whitespace, a sign, and either
 * inf/infinity/nan (any case) or a decimal number, with single underscores allowed between
 * digits (PEP 515). ValueError "could not convert string to float: <repr(s)>".
 */
export function floatFromString(s: string): number {
  const r = parseFloatText(s);
  if (r === null) raise("ValueError", `could not convert string to float: ${reprStr(s)}`);
  return r;
}

/** The float a str spells, or null. Shared with complex(str) through parseFloatPrefix. */
function parseFloatText(s: string): number | null {
  let t = toAsciiNumberText(s);
  if (t === null) return null;
  let a = 0;
  let b = t.length;
  while (a < b && isCSpace(t.charCodeAt(a))) a++;
  while (b > a && isCSpace(t.charCodeAt(b - 1))) b--;
  if (a > 0 || b < t.length) t = t.slice(a, b);
  if (SIMPLE_DECIMAL.test(t)) return +t; // JS's decimal conversion is correctly rounded
  if (t.indexOf("_") >= 0) {
    t = removeUnderscores(t);
    if (t === null) return null;
    if (SIMPLE_DECIMAL.test(t)) return +t;
  }
  return parseSpecial(t, 0, t.length);
}

/** inf, infinity or nan with an optional sign, any case, filling t[i:end]; else null. */
function parseSpecial(t: string, i: number, end: number): number | null {
  let neg = false;
  const c = t.charCodeAt(i);
  if (c === 0x2b || c === 0x2d) {
    neg = c === 0x2d;
    i++;
  }
  const v = parseSpecialWord(t, i, end);
  return v !== null && neg ? -v : v;
}

/** inf, infinity or nan, any case, filling t[i:end]; else null. */
function parseSpecialWord(t: string, i: number, end: number): number | null {
  const n = end - i;
  if (n !== 3 && n !== 8) return null;
  const w = t.slice(i, end).toLowerCase();
  if (w === "inf" || w === "infinity") return Infinity;
  if (w === "nan") return NaN;
  return null;
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: other whitespace becomes " ", other decimal
 * digits their ASCII digit; any other non-ASCII character makes the text invalid (null).
 */
function toAsciiNumberText(s: string): string | null {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 128) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (const ch of s.slice(i)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isSpace(cp)) out += " ";
    else {
      const d = decimal(cp);
      if (d === undefined) return null;
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** PEP 515: an underscore is allowed only between two digits. The text without them, or null. */
function removeUnderscores(t: string): string | null {
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) === 0x5f && !(i > 0 && isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1)))) {
      return null;
    }
  }
  return t.replaceAll("_", "");
}

/**
 * The longest float literal (strtod's grammar: sign, digits with an optional point, optional
 * exponent; or inf/infinity/nan) starting at t[i], for complex(str): [value, end] or null.
 * `t` is ASCII and has no underscores.
 */
export function parseFloatPrefix(t: string, i: number, allowSign: boolean): [number, number] | null {
  const start = i;
  const c = t.charCodeAt(i);
  if (allowSign && (c === 0x2b || c === 0x2d)) i++;
  let j = i;
  while (isDigit(t.charCodeAt(j))) j++;
  let digits = j - i;
  if (t.charCodeAt(j) === 0x2e) {
    j++;
    const f = j;
    while (isDigit(t.charCodeAt(j))) j++;
    digits += j - f;
  }
  if (digits === 0) {
    // inf, infinity, nan
    const w = t.slice(i, i + 8).toLowerCase();
    let n = 0;
    if (w.startsWith("infinity")) n = 8;
    else if (w.startsWith("inf") || w.startsWith("nan")) n = 3;
    if (n === 0) return null;
    const v = w[0] === "n" ? NaN : t.charCodeAt(start) === 0x2d ? -Infinity : Infinity;
    return [v, i + n];
  }
  const cE = t.charCodeAt(j) | 0x20;
  if (cE === 0x65) {
    let k = j + 1;
    const s = t.charCodeAt(k);
    if (s === 0x2b || s === 0x2d) k++;
    if (isDigit(t.charCodeAt(k))) {
      while (isDigit(t.charCodeAt(k))) k++;
      j = k;
    }
  }
  return [+t.slice(start, j), j];
}

/** What complex(str) needs from float's text handling: ASCII mapping and underscore rules. */
export function prepareNumberText(s: string): { text: string | null; underscoreError: boolean } {
  const t = toAsciiNumberText(s);
  if (t === null || t.indexOf("_") < 0) return { text: t, underscoreError: false };
  const u = removeUnderscores(t);
  return { text: u, underscoreError: u === null };
}

// ---- arithmetic -----------------------------------------------------------------------------

/** x / y */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) raise("ZeroDivisionError", "float division by zero");
  return x / y;
}

/**
 * x % y: the result has the sign of y (or is a zero with y's sign). JS's % is C's fmod (exact),
 * which has the sign of x; when the signs disagree, adding y moves it into y's range.
 */
export function floatMod(x: number, y: number): number {
  if (y === 0) raise("ZeroDivisionError", "float modulo");
  let r = x % y;
  if (r !== 0) {
    if (r < 0 !== y < 0) r += y;
  } else r = y < 0 ? -0 : 0;
  return r;
}

/** x // y */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) raise("ZeroDivisionError", "float floor division by zero");
  return divmodCore(x, y)[0];
}

/** divmod(x, y) */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) raise("ZeroDivisionError", "float divmod()");
  return divmodCore(x, y);
}

/**
 * The quotient is computed from the exact remainder rather than as floor(x / y), so that
 * q * y + r stays as close to x as floats allow: (x - fmod(x, y)) / y is nearly an integer, and
 * floor() plus a correction when it rounded just below a whole number fixes it.
 */
function divmodCore(x: number, y: number): [number, number] {
  let r = x % y;
  let q = (x - r) / y;
  if (r !== 0) {
    if (r < 0 !== y < 0) {
      r += y;
      q -= 1;
    }
  } else r = y < 0 ? -0 : 0;
  let fq: number;
  if (q !== 0) {
    fq = Math.floor(q);
    if (q - fq > 0.5) fq += 1;
  } else {
    const t = x / y; // a zero quotient takes the sign of the true quotient
    fq = t < 0 || (t === 0 && 1 / t < 0) ? -0 : 0;
  }
  return [fq, r];
}

// ---- integer conversions --------------------------------------------------------------------

function checkFinite(x: number): void {
  if (x !== x) raise("ValueError", "cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) raise("OverflowError", "cannot convert float infinity to integer");
}

/** A whole-number double as an int. */
function wholeToInt(t: number): PyInt {
  if (Number.isSafeInteger(t)) return t + 0; // + 0 turns -0 into 0
  return BigInt(t);
}

/** int(x), math.trunc(x) */
export function floatTrunc(x: number): PyInt {
  checkFinite(x);
  return wholeToInt(Math.trunc(x));
}

/** math.floor(x) */
export function floatFloor(x: number): PyInt {
  checkFinite(x);
  return wholeToInt(Math.floor(x));
}

/** math.ceil(x) */
export function floatCeil(x: number): PyInt {
  checkFinite(x);
  return wholeToInt(Math.ceil(x));
}

/** x.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x;
}

/** x.as_integer_ratio(): the exact value as a fraction in lowest terms with a positive denominator. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) raise("ValueError", "cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) raise("OverflowError", "cannot convert Infinity to integer ratio");
  if (x === 0) return [0, 1];
  const neg = x < 0;
  const { m, e } = decompose(neg ? -x : x); // m odd, so the fraction is already in lowest terms
  const sm = neg ? -m : m;
  if (e >= 0) return [e <= 0 ? sm : normalize(BigInt(sm) << BigInt(e)), 1];
  return [sm, normalize(1n << BigInt(-e))];
}

// ---- round ----------------------------------------------------------------------------------

/** round(x): the nearest int, halfway cases to the even one. */
export function floatRound(x: number): PyInt {
  checkFinite(x);
  let r = Math.round(x); // halfway cases go up here
  if (r - x === 0.5 && r % 2 !== 0) r -= 1;
  return wholeToInt(r);
}

/**
 * round(x, ndigits): x rounded to a multiple of 10^-ndigits, as CPython's double_round: the
 * exact value of x is rounded correctly to that many decimal places (ties to even, so
 * round(2.675, 2) is 2.67 because 2.675 is really 2.67499999...), and that decimal is read
 * back as the nearest double. Quirks copied from CPython: non-finite x comes back as is, then
 * ndigits > 323 returns x unchanged and ndigits < -308 a zero with x's sign.
 */
export function floatRoundDigits(x: number, ndigits: PyInt): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const n = Number(ndigits);
  const neg = x < 0;
  const ax = neg ? -x : x;
  let text: string;
  if (n >= 0) {
    const [ip, fp] = fixedDigits(ax, n);
    text = fp.length ? ip + "." + fp : ip;
  } else {
    const { m, e } = decompose(ax);
    // round(ax / 10^-n) * 10^-n: the digits, then an exponent.
    const [ip] = fixedDigitsScaled(m, e, n);
    text = ip + "e" + -n;
  }
  const r = +text; // correctly rounded, like CPython's strtod of the rounded digits
  if (r === Infinity) raise("OverflowError", "rounded value too large to represent");
  return neg ? -r : r;
}

/** round-half-even(m * 2^e * 10^n) for n < 0, as decimal digits. */
function fixedDigitsScaled(m: number, e: number, n: number): [string] {
  let num = BigInt(m);
  let den = 10n ** BigInt(-n);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  let q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) q += 1n;
  return [q.toString()];
}

// ---- hex ------------------------------------------------------------------------------------

/**
 * x.hex(): "0x1.<13 hex digits>p<exponent>" for normal numbers, "0x0.<13 digits>p-1022" for
 * subnormals, "0x0.0p+0" for zero, and inf/-inf/nan.
 */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? "-" : "";
  const ax = Math.abs(x);
  if (ax === 0) return sign + "0x0.0p+0";
  let lead: string;
  let exp: number;
  let frac: number; // the 52 bits after the point, as an integer
  if (ax < 2.2250738585072014e-308) {
    lead = "0";
    exp = -1022;
    frac = ax / 5e-324; // exact: a subnormal is k * 2^-1074
  } else {
    lead = "1";
    exp = ilogb(ax);
    frac = (ax / 2 ** exp - 1) * 4503599627370496; // exact
  }
  // 13 hex digits: the 52 bits split in two so each half is exact below 2^32.
  const hi = Math.floor(frac / 2 ** 24);
  const lo = frac - hi * 2 ** 24;
  const digits = hi.toString(16).padStart(7, "0") + lo.toString(16).padStart(6, "0");
  return `${sign}0x${lead}.${digits}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

/**
 * float.fromhex(s): surrounding ASCII whitespace, a sign, inf/infinity/nan or a hexadecimal
 * significand (optional 0x, digits with an optional point, at least one digit) with an
 * optional binary exponent p[+-]digits. The exact value is rounded half to even.
 */
export function floatFromHex(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isCSpace(s.charCodeAt(end - 1))) end--;
  let neg = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 0x2b || c0 === 0x2d) {
    neg = c0 === 0x2d;
    i++;
  }
  const special = parseSpecialWord(s, i, end);
  if (special !== null) return neg ? -special : special;
  if (s.charCodeAt(i) === 0x30 && (s.charCodeAt(i + 1) | 0x20) === 0x78) i += 2;
  let digits = "";
  let fracDigits = 0;
  while (i < end && hexValue(s.charCodeAt(i)) >= 0) digits += s[i++];
  if (s.charCodeAt(i) === 0x2e) {
    i++;
    while (i < end && hexValue(s.charCodeAt(i)) >= 0) {
      digits += s[i++];
      fracDigits++;
    }
  }
  if (digits.length === 0) invalidHex();
  let exp = 0;
  if (i < end && (s.charCodeAt(i) | 0x20) === 0x70) {
    i++;
    let eneg = false;
    const c = s.charCodeAt(i);
    if (c === 0x2b || c === 0x2d) {
      eneg = c === 0x2d;
      i++;
    }
    const start = i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    if (i === start) invalidHex();
    // Saturate: beyond 1e9 the result is 0 or an overflow whatever the digits.
    exp = Math.min(+s.slice(start, i), 1e10);
    if (eneg) exp = -exp;
  }
  if (i !== end) invalidHex();
  // Strip leading zeros so a long zero prefix does not cost a big conversion.
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 0x30) k++;
  const mant = BigInt("0x" + digits.slice(k));
  let r: number;
  if (mant === 0n) r = 0;
  else {
    const e2 = exp - 4 * fracDigits;
    // The value's top bit is near e2 + 4 * digits; far outside the double range, decide early.
    const top = e2 + 4 * (digits.length - k);
    if (top > 1100) r = Infinity;
    else if (top < -1200) r = 0;
    else r = roundToDouble(mant, e2);
  }
  if (r === Infinity) raise("OverflowError", "hexadecimal value too large to represent as a float");
  return neg ? -r : r;
}

function invalidHex(): never {
  raise("ValueError", "invalid hexadecimal floating-point string");
}
