// Python ints to and from text and bytes: str/repr and the digits behind bin/oct/hex/format,
// int(s, base) with all of CPython 3.11's rules, the int/str conversion digit limit
// (sys.set_int_max_str_digits), int.to_bytes and int.from_bytes.
// See intmath.ts for the int representation and its invariant.

import { raise } from "./errors";
import { bitLength, neg, normalize, type PyInt } from "./intmath";
import { decimal, isSpace } from "../unicode";
import { reprBytes, reprStr } from "../parser/constrepr";

// ---- the digit limit ------------------------------------------------------------------------

/** sys.int_info.default_max_str_digits */
export const DEFAULT_MAX_STR_DIGITS = 4300;
/** sys.int_info.str_digits_check_threshold: the smallest nonzero limit, and below it no check. */
export const MAX_STR_DIGITS_THRESHOLD = 640;

let maxStrDigits = DEFAULT_MAX_STR_DIGITS;

/** sys.get_int_max_str_digits(); 0 means no limit. */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n). */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < MAX_STR_DIGITS_THRESHOLD) {
    raise("ValueError", `maxdigits must be 0 or larger than ${MAX_STR_DIGITS_THRESHOLD}`);
  }
  maxStrDigits = n;
}

function strDigitsError(): never {
  raise(
    "ValueError",
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
      "use sys.set_int_max_str_digits() to increase the limit",
  );
}

// ---- int to str -----------------------------------------------------------------------------

// Strict lower bound for log10(2), so that floor((bits - 1) * LOG10_2_LOW) + 1 never exceeds
// the decimal digit count of an int of `bits` bits.
const LOG10_2_LOW = 0.30102999;

/**
 * The digits of x in `base` (2..36), lowercase, with a leading "-" when negative and no
 * prefix: str(x) and repr(x) for base 10, and the digits bin/oct/hex/format put after their
 * prefix. Base 10 enforces the digit limit as CPython's long_to_decimal_string does (other
 * bases CPython produces are powers of two, which are exempt).
 */
export function toString(x: PyInt, base = 10): string {
  if (typeof x === "number") return x.toString(base);
  if (base === 10 && maxStrDigits > 0 && !Number.isFinite(Number(x))) {
    // Below 2^1024 an int has at most 309 digits, under any nonzero limit; beyond, reject what
    // is certainly too long before paying for the conversion.
    if (Math.floor((bitLength(x) - 1) * LOG10_2_LOW) + 1 > maxStrDigits) strDigitsError();
    const s = x.toString();
    if (s.length - (x < 0n ? 1 : 0) > maxStrDigits) strDigitsError();
    return s;
  }
  return x.toString(base);
}

// ---- str to int -----------------------------------------------------------------------------

/** _PyLong_DigitValue: 0-9, a-z and A-Z give 0..35, anything else 37 (no base accepts it). */
const DIGIT_VALUE = new Uint8Array(128).fill(37);
for (let i = 0; i < 10; i++) DIGIT_VALUE[0x30 + i] = i;
for (let i = 0; i < 26; i++) DIGIT_VALUE[0x41 + i] = DIGIT_VALUE[0x61 + i] = 10 + i;

/** SAFE_DIGITS[base]: the most digits whose value is always below 2^53 (base^k <= 2^53). */
const SAFE_DIGITS = new Uint8Array(37);
for (let base = 2; base <= 36; base++) {
  let k = 0;
  for (let p = base; p <= 2 ** 53; p *= base) k++;
  SAFE_DIGITS[base] = k;
}

/** Py_ISSPACE: C's isspace in the "C" locale. Note \x1c-\x1f are not in it (str.isspace has them). */
function isCSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * int(s, base): CPython 3.11's PyLong_FromUnicodeObject. Non-ASCII whitespace and decimal
 * digits (Unicode category Nd, any script) are first turned into ASCII, then the text is parsed
 * by the rules of PyLong_FromString: surrounding whitespace, one sign, for base 0 a prefix
 * choosing the base (and no leading zeros in a nonzero decimal), an optional 0x/0o/0b prefix
 * matching the base, single underscores between digits and after a prefix. Errors:
 * ValueError "invalid literal for int() with base N: <repr(s), cut to 200 characters>", and the
 * digit limit for bases that are not powers of two.
 */
export function parse(s: string, base: PyInt = 10): PyInt {
  checkBase(base);
  const r = parseAscii(transformDecimalAndSpaceToAscii(s), base);
  if (r === null) invalidLiteral(base, reprStr(s));
  return r;
}

/** int(b, base) for bytes: PyLong_FromString on the bytes as they are (no Unicode digits or spaces). */
export function parseBytes(b: Uint8Array, base: PyInt = 10): PyInt {
  checkBase(base);
  let t = "";
  for (let i = 0; i < b.length; i++) t += String.fromCharCode(b[i] < 0x80 ? b[i] : 0x3f); // '?' is never valid
  const r = parseAscii(t, base);
  if (r === null) invalidLiteral(base, reprBytes(b.length > 200 ? b.subarray(0, 200) : b));
  return r;
}

function checkBase(base: PyInt): asserts base is number {
  if (typeof base === "bigint" || (base !== 0 && base < 2) || base > 36) {
    raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
}

function invalidLiteral(base: number, repr: string): never {
  // "%.200R": at most 200 characters (code points) of the repr.
  if (repr.length > 200) repr = Array.from(repr).slice(0, 200).join("");
  raise("ValueError", `invalid literal for int() with base ${base}: ${repr}`);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: characters below 127 stay, other whitespace
 * becomes " ", other decimal digits become "0".."9", and the first other character becomes "?"
 * and ends the text (the parse then fails at it).
 */
function transformDecimalAndSpaceToAscii(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 127) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (const ch of s.slice(i)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isSpace(cp)) out += " ";
    else {
      const d = decimal(cp);
      if (d === undefined) return out + "?";
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

/**
 * PyLong_FromString on ASCII text, to the end of `t`: the int, or null for "invalid literal".
 * Raises only the digit-limit error, which CPython reports instead of the invalid literal.
 */
function parseAscii(t: string, base: number): PyInt | null {
  const n = t.length;
  let i = 0;
  while (i < n && isCSpace(t.charCodeAt(i))) i++;
  let negative = false;
  if (t.charCodeAt(i) === 0x2b /* + */) i++;
  else if (t.charCodeAt(i) === 0x2d /* - */) {
    negative = true;
    i++;
  }
  // (NaN | 0x20 is 0x20, so reading past the end needs no check below.)
  let errorIfNonzero = false;
  if (base === 0) {
    const p = t.charCodeAt(i + 1) | 0x20;
    if (t.charCodeAt(i) !== 0x30) base = 10;
    else if (p === 0x78 /* x */) base = 16;
    else if (p === 0x6f /* o */) base = 8;
    else if (p === 0x62 /* b */) base = 2;
    else {
      // An "old" C-style octal literal, now invalid; it might still be zero though.
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (t.charCodeAt(i) === 0x30) {
    const p = t.charCodeAt(i + 1) | 0x20;
    if ((base === 16 && p === 0x78) || (base === 8 && p === 0x6f) || (base === 2 && p === 0x62)) {
      i += 2;
      if (t.charCodeAt(i) === 0x5f /* _ */) i++; // one underscore allowed after the prefix
    }
  }
  if (t.charCodeAt(i) === 0x5f) return null; // may not start with an underscore
  const start = i;
  let digits = 0;
  let prev = 0;
  let underscores = false;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x5f) {
      if (prev === 0x5f) return null; // only one underscore in a row
      underscores = true;
    } else if (c < 128 && DIGIT_VALUE[c] < base) digits++;
    else break;
    prev = c;
  }
  if (prev === 0x5f) return null; // trailing underscore
  const end = i;
  if ((base & (base - 1)) !== 0 && digits > MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 && digits > maxStrDigits) {
    raise(
      "ValueError",
      `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; ` +
        "use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  if (end === start) return null;
  let text = t.slice(start, end);
  if (underscores) text = text.replaceAll("_", "");
  const value = digitsToInt(text, base);
  if (errorIfNonzero && value !== 0) return null;
  while (i < n && isCSpace(t.charCodeAt(i))) i++;
  if (i !== n) return null;
  return negative ? neg(value) : value;
}

/** The value of a nonempty run of valid digits. */
function digitsToInt(d: string, base: number): PyInt {
  // parseInt is exact while the value stays below 2^53.
  if (d.length <= SAFE_DIGITS[base]) return parseInt(d, base);
  let x: bigint;
  switch (base) {
    case 10:
      x = BigInt(d);
      break;
    case 16:
      x = BigInt("0x" + d);
      break;
    case 8:
      x = BigInt("0o" + d);
      break;
    case 2:
      x = BigInt("0b" + d);
      break;
    case 4:
    case 32:
      x = BigInt("0b" + toBinaryDigits(d, base === 4 ? 2 : 5));
      break;
    default:
      x = digitsToBigInt(d, base);
  }
  return normalize(x);
}

/** Digits in base 2^bits rewritten in base 2 (linear, for the bases without a BigInt prefix). */
function toBinaryDigits(d: string, bits: number): string {
  const parts = new Array<string>(d.length);
  for (let i = 0; i < d.length; i++) {
    parts[i] = DIGIT_VALUE[d.charCodeAt(i)].toString(2).padStart(bits, "0");
  }
  return parts.join("");
}

/**
 * Digits in any base, by divide and conquer: chunks that parseInt converts exactly, combined
 * pairwise with the powers base^(k * 2^level), so the big multiplications are balanced.
 */
function digitsToBigInt(d: string, base: number): bigint {
  const k = SAFE_DIGITS[base];
  let parts: bigint[] = [];
  // Chunks aligned from the right, so every chunk but the most significant has k digits.
  const first = d.length % k || k;
  parts.push(BigInt(parseInt(d.slice(0, first), base)));
  for (let i = first; i < d.length; i += k) parts.push(BigInt(parseInt(d.slice(i, i + k), base)));
  let power = BigInt(base) ** BigInt(k);
  while (parts.length > 1) {
    const next: bigint[] = [];
    let j = parts.length % 2; // an odd leftover is the most significant part
    if (j === 1) next.push(parts[0]);
    for (; j < parts.length; j += 2) next.push(parts[j] * power + parts[j + 1]);
    parts = next;
    power *= power;
  }
  return parts[0];
}

// ---- bytes ----------------------------------------------------------------------------------

function isLittleEndian(byteorder: string): boolean {
  if (byteorder === "little") return true;
  if (byteorder !== "big") raise("ValueError", "byteorder must be either 'little' or 'big'");
  return false;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/**
 * x.to_bytes(length, byteorder, signed=signed). Quirk copied from CPython's
 * _PyLong_AsByteArray: an int with no significant bits (0, and -1 when signed) fits in zero
 * bytes, so (-1).to_bytes(0, "big", signed=True) == b"".
 */
export function toBytes(x: PyInt, length: PyInt, byteorder: string, signed: boolean): Uint8Array {
  if (typeof length === "bigint" && (length > PY_SSIZE_T_MAX || length < -PY_SSIZE_T_MAX - 1n)) {
    raise("OverflowError", "Python int too large to convert to C ssize_t");
  }
  const little = isLittleEndian(byteorder);
  if (length < 0) raise("ValueError", "length argument must be non-negative");
  if (typeof length === "bigint" || length > 2 ** 32) raise("MemoryError", "");
  if (x < 0 && !signed) raise("OverflowError", "can't convert negative int to unsigned");
  // Significant bits: of x, or for a negative x of ~x (the rest are copies of the sign bit).
  const bits = x < 0 ? bitLength(typeof x === "number" ? -x - 1 : -x - 1n) : bitLength(x);
  if (bits > 0 && (signed ? bits + 1 : bits) > 8 * length) raise("OverflowError", "int too big to convert");
  const out = new Uint8Array(length);
  if (typeof x === "number") {
    let v = x;
    for (let i = length - 1; i >= 0 && v !== 0; i--) {
      const lo = v - Math.floor(v / 256) * 256; // floor modulo, so negatives sign-extend with 0xff
      out[i] = lo;
      v = Math.floor(v / 256);
      if (v === -1 && i > 0) {
        out.fill(0xff, 0, i);
        break;
      }
    }
  } else {
    const hex = BigInt.asUintN(8 * length, x).toString(16).padStart(2 * length, "0");
    for (let i = 0; i < length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  }
  if (little) out.reverse();
  return out;
}

/** int.from_bytes(bytes, byteorder, signed=signed). */
export function fromBytes(bytes: ArrayLike<number>, byteorder: string, signed: boolean): PyInt {
  const little = isLittleEndian(byteorder);
  const n = bytes.length;
  if (n === 0) return 0;
  const msb = bytes[little ? n - 1 : 0];
  if (n <= 6) {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 256 + bytes[little ? n - 1 - i : i];
    return signed && msb >= 0x80 ? v - 2 ** (8 * n) : v;
  }
  const hex = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const b = bytes[little ? n - 1 - i : i];
    hex[i] = (b < 16 ? "0" : "") + b.toString(16);
  }
  let x = BigInt("0x" + hex.join(""));
  if (signed && msb >= 0x80) x -= 1n << BigInt(8 * n);
  return normalize(x);
}
