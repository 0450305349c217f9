// Where Python ints meet floats: float(int), int(float), int / int, int ** negative int,
// exact int-vs-float comparison, and hash(float). Floats are plain JS numbers here; the caller
// boxes them (DESIGN.md section 3). See intmath.ts for the int representation and invariant.

import { raise } from "./errors";
import { bitLength, hash, HASH_MODULUS, normalize, pow, pow2, toBigInt, type PyInt } from "./intmath";

// IEEE 754 binary64 parameters, with C's <float.h> names.
const DBL_MANT_DIG = 53;
const DBL_MAX_EXP = 1024;
const DBL_MIN_EXP = -1021;

const TWO53 = 9007199254740992;

/** float(x): correctly rounded (round-half-even), OverflowError past the largest float. */
export function toFloat(x: PyInt): number {
  if (typeof x === "number") return x;
  // ECMAScript's Number(bigint) rounds to nearest, ties to even, and gives +-Infinity exactly
  // where CPython's PyLong_AsDouble overflows (at or above 2^1024 - 2^970).
  const r = Number(x);
  if (r === Infinity || r === -Infinity) raise("OverflowError", "int too large to convert to float");
  return r;
}

/** int(x) for a float x: truncates toward zero. */
export function fromFloat(x: number): PyInt {
  if (x !== x) raise("ValueError", "cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) raise("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t + 0; // + 0: int(-0.5) is 0, not -0
  return BigInt(t); // |t| >= 2^53, so it stays a bigint
}

/** ldexp(x, e) = x * 2^e, exact whenever the result is representable (no intermediate rounds). */
export function ldexp(x: number, e: number): number {
  // Intermediates lie between x and the result, so they are representable when both are.
  while (e > 1023) {
    x *= pow2(1023);
    e -= 1023;
  }
  while (e < -1022) {
    x *= pow2(-1022);
    e += 1022;
  }
  return x * pow2(e);
}

/**
 * a / b for ints: the correctly rounded quotient, as CPython's long_true_divide. Two numbers
 * are exact doubles, so IEEE division already rounds correctly. Otherwise CPython's algorithm:
 * shift a so that the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for subnormal
 * results), divide, fold the remainder into a sticky bit, round half-even by hand, scale back.
 */
/** int / int's ZeroDivisionError message. */
export const TRUEDIV_BY_ZERO = "division by zero";

export function truediv(a: PyInt, b: PyInt): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", TRUEDIV_BY_ZERO);
    return a / b; // 0 / -5 is -0.0, as in CPython
  }
  return truedivBig(toBigInt(a), toBigInt(b));
}

function truedivBig(a: bigint, b: bigint): number {
  if (b === 0n) raise("ZeroDivisionError", TRUEDIV_BY_ZERO);
  const negate = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negate ? -0 : 0;
  const diff = bitLength(a) - bitLength(b);
  if (diff > DBL_MAX_EXP) raise("OverflowError", "integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0 : 0;
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  let inexact = false;
  let x: bigint;
  if (shift <= 0) x = a << BigInt(-shift);
  else {
    const s = BigInt(shift);
    x = a >> s;
    inexact = (a & ((1n << s) - 1n)) !== 0n;
  }
  const rem = x % b;
  x = x / b;
  if (rem !== 0n) inexact = true;
  const xBits = bitLength(x); // bitLength accepts any bigint
  // The number of low bits to round away: 2 or 3, more for subnormal results.
  const extraBits = Math.max(xBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const mask = 1n << BigInt(extraBits - 1);
  const low = inexact ? x | 1n : x;
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) x += mask;
  x &= ~(2n * mask - 1n);
  const dx = Number(x); // exact: at most DBL_MANT_DIG significant bits remain
  if (shift + xBits >= DBL_MAX_EXP && (shift + xBits > DBL_MAX_EXP || dx === ldexp(1, xBits))) {
    raise("OverflowError", "integer division result too large for a float");
  }
  const result = ldexp(dx, shift);
  return negate ? -result : result;
}

/**
 * a ** b for ints with b < 0, which Python computes in floats: float_pow(float(a), float(b)).
 * So both operands are converted first (OverflowError for huge ones), the sign comes from the
 * parity of float(b) (so (-1) ** -(2**53 + 1) is 1.0, as in CPython), and the magnitude is
 * 1 / |float(a)| ** -float(b). CPython gets that from libm's pow(); here it is computed exactly
 * and correctly rounded. glibc's pow is not correctly rounded (error < 0.52 ulp), so the last bit
 * differs from CPython's in near-halfway cases: 19 of 30,000 random cases (V8's Math.pow: 2,144).
 * Once Typhon has its own float pow (written from the behaviour, not transcribed from glibc:
 * see docs/interpreter-plan.md), both should agree.
 */
export function intPowToFloat(a: PyInt, b: PyInt): number {
  if (!(b < 0)) throw new Error("intPowToFloat: exponent must be negative (use intmath.pow)");
  let iv = toFloat(a);
  const iw = toFloat(b);
  if (iv === 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
  const negate = iv < 0 && Math.abs(iw % 2) === 1; // DOUBLE_IS_ODD_INTEGER: never past 2^53
  iv = Math.abs(iv);
  let r: number;
  if (iv === 1) r = 1;
  else {
    const base = normalize(BigInt(iv)); // iv is a whole number >= 2
    const n = -iw;
    // |base| ** n >= 2^((bitLength - 1) * n); at 2^1075 or more, the reciprocal rounds to 0.
    if ((bitLength(base) - 1) * n >= 1075) r = 0;
    else r = truediv(1, pow(base, n));
  }
  return negate ? -r : r;
}

/**
 * Compares an int with a float exactly: -1, 0 or 1, or NaN when f is NaN. NaN makes every
 * derived test come out as Python's does: c < 0, c <= 0, c === 0 are false, c !== 0 is true.
 */
export function compareIntFloat(i: PyInt, f: number): number {
  if (typeof i === "number") return i < f ? -1 : i > f ? 1 : i === f ? 0 : NaN; // both exact doubles
  if (f !== f) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  // |i| >= 2^53. A float that small is outside i's range; a larger one is a whole number.
  if (Math.abs(f) < TWO53) return i > 0n ? 1 : -1;
  const fi = BigInt(f);
  return i < fi ? -1 : i > fi ? 1 : 0;
}

/** int == float, exactly. */
export function eqIntFloat(i: PyInt, f: number): boolean {
  return compareIntFloat(i, f) === 0;
}

/** _PyHASH_INF */
export const HASH_INF = 314159;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian on every platform Node runs on

/**
 * hash(float) as CPython's _Py_HashDouble on 64-bit builds. For a finite v = m * 2^e (m an
 * integer) that is sign(v) * (|m| * 2^(e mod 61)) mod (2^61 - 1), since 2^61 = 1 modulo the
 * Mersenne prime; -1 becomes -2. So a whole-number float hashes like the equal int. Infinities
 * give +-314159. NaN: CPython 3.11 hashes a NaN by the identity of the float object
 * (_Py_HashPointer), which only the caller knows, so it passes `nanHash` in.
 */
export function hashFloat(v: number, nanHash: PyInt = 0): PyInt {
  if (Number.isSafeInteger(v)) return hash(v + 0);
  if (v !== v) return nanHash;
  if (v === Infinity) return HASH_INF;
  if (v === -Infinity) return -HASH_INF;
  f64[0] = v;
  const hi = u32[1];
  const lo = u32[0];
  const expField = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (expField === 0) e = -1074; // subnormal
  else {
    m += 4503599627370496; // the implicit leading 1 (2^52)
    e = expField - 1075;
  }
  const shift = ((e % 61) + 61) % 61;
  let x = (BigInt(m) << BigInt(shift)) % HASH_MODULUS;
  if (v < 0) x = -x;
  return x === -1n ? -2 : normalize(x);
}
