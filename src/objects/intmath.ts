// Python int semantics on Typhon's int representation (DESIGN.md section 3): arithmetic,
// bitwise operations, shifts, powers, comparison, hashing and the small math helpers
// (isqrt, gcd, lcm, round). Conversions live beside this file: intfloat.ts (int <-> float,
// true division, int/float comparison, float hashing) and intstr.ts (str, int(s, base), bytes).
//
// Representation. A Python int is a JS `number` when it is a safe integer (|v| <= 2^53-1) and
// a JS `bigint` otherwise. INVARIANT: an int in the safe range is never a bigint, and a
// number int is never -0. Every function here returns values that keep the invariant, which
// buys three things:
//   - `typeof v === "number"` is the fast path, taken without looking at the value;
//   - equality is `a === b` (a number and a bigint are never the same int);
//   - a bigint's sign alone orders it against any number int.
//
// Fast paths on two numbers do no allocation: they compute in doubles, check the result with
// Number.isSafeInteger (a double result that is a safe integer is exact, because every
// intermediate was exact or the exact value would have rounded outside the safe range), and
// only then fall back to bigint. JS bitwise operators are 32-bit, so they are only used on
// operands that fit in int32 (or on 32-bit halves, see splitBitwise).
//
// Errors are PyOpError (errors.ts) with CPython 3.11's type and message.

import { raise } from "./errors";

export type PyInt = number | bigint;

export const MAX_SAFE = Number.MAX_SAFE_INTEGER; // 2^53 - 1
const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;
const TWO32 = 4294967296;

/**
 * Longest bigint V8 can make (BigInt::kMaxLengthBits). Beyond it CPython would go on (or run
 * out of memory), Typhon raises MemoryError.
 */
export const MAX_BIGINT_BITS = 2 ** 30;

/** The int a bigint stands for, in canonical form (a number when it is a safe integer). */
export function normalize(x: bigint): PyInt {
  return x >= MIN_SAFE_BIG && x <= MAX_SAFE_BIG ? Number(x) : x;
}

/** True when `x` is a well-formed int: a safe integer number other than -0, or a bigint outside the safe range. */
export function isCanonical(x: unknown): x is PyInt {
  if (typeof x === "number") return Number.isSafeInteger(x) && !Object.is(x, -0);
  if (typeof x === "bigint") return x > MAX_SAFE_BIG || x < MIN_SAFE_BIG;
  return false;
}

export function toBigInt(x: PyInt): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

/** -1, 0 or 1. */
export function sign(x: PyInt): number {
  if (typeof x === "number") return x > 0 ? 1 : x < 0 ? -1 : 0;
  return x > 0n ? 1 : -1; // a bigint is never 0
}

export function isNegative(x: PyInt): boolean {
  return x < 0;
}

export function isZero(x: PyInt): boolean {
  return x === 0;
}

/** Runs a bigint computation that may exceed V8's size limit; CPython would run out of memory. */
function bigOrMemoryError(f: () => bigint): bigint {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) raise("MemoryError", "");
    throw e;
  }
}

// ---- add, sub, mul, unary ------------------------------------------------------------------

export function add(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normalize(toBigInt(a) + toBigInt(b));
}

export function sub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normalize(toBigInt(a) - toBigInt(b));
}

export function mul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r + 0; // + 0 turns 0 * -5 === -0 into 0
  }
  return mulBig(toBigInt(a), toBigInt(b));
}

function mulBig(a: bigint, b: bigint): PyInt {
  return normalize(bigOrMemoryError(() => a * b));
}

export function neg(a: PyInt): PyInt {
  if (typeof a === "number") return 0 - a; // not -a: -0 is not an int
  return -a; // the safe range is symmetric, so -a stays outside it
}

export function pos(a: PyInt): PyInt {
  return a;
}

export function abs(a: PyInt): PyInt {
  if (typeof a === "number") return Math.abs(a);
  return a < 0n ? -a : a;
}

/** ~a == -a - 1. */
export function invert(a: PyInt): PyInt {
  if (typeof a === "number") {
    const r = -a - 1;
    if (Number.isSafeInteger(r)) return r;
    return BigInt(a) ^ -1n; // only a == 2^53 - 1 gets here
  }
  return normalize(~a);
}

// ---- division -------------------------------------------------------------------------------

// CPython 3.11 words the % error differently from // and divmod (l_mod vs l_divmod).
export const DIV_BY_ZERO = "integer division or modulo by zero";
export const MOD_BY_ZERO = "integer modulo by zero";

// On two numbers, JS `%` is exact (it is fmod, which never rounds) and has the sign of the
// dividend; (a - r) / b is then an exact integer division. Python floors, so when the remainder
// is nonzero and its sign differs from the divisor's, the quotient moves down by one and the
// remainder by one divisor, as in CPython's l_divmod. The `+ 0`s turn -0 into 0.

export function floordiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", DIV_BY_ZERO);
    const r = a % b;
    const q = (a - r) / b + 0;
    return r !== 0 && r < 0 !== b < 0 ? q - 1 : q; // |q| <= |a|: always safe
  }
  return floordivBig(toBigInt(a), toBigInt(b));
}

function floordivBig(a: bigint, b: bigint): PyInt {
  if (b === 0n) raise("ZeroDivisionError", DIV_BY_ZERO);
  const q = quotient(a, b);
  // Truncated toward zero; floor differs only when the signs differ and the division is inexact
  // (checked with a multiplication: a second BigInt division costs as much as the first).
  if (a < 0n !== b < 0n && q * b !== a) return normalize(q - 1n);
  return normalize(q);
}

// V8 divides a long bigint by another long one in time that grows with both lengths even when the
// quotient is a single digit (a 330,000-bit number by a 329,997-bit one: ~300 us, where
// subtracting them takes 8 us). For a divisor of LONG_DIVISOR or more and a quotient below 2^50,
// the quotient is estimated in floating point from the top 64 bits of the divisor and the same
// bits of the dividend, then corrected: the estimate is within one of the true quotient, because
// both doubles are within 2^-53 of the shifted values, which are within 2^-63 of a and b up to
// the same power of two. The correction costs one multiplication by a small number and one
// subtraction: linear in the length. (pidigits and Euclid's algorithm divide such numbers.)
const LONG_DIVISOR = 1n << 4000n;

/** a / b truncated toward zero (JS's bigint division), b nonzero. */
function quotient(a: bigint, b: bigint): bigint {
  return signedShortQuotient(a, b) ?? a / b;
}

/** a % b with the sign of a (JS's bigint remainder), b nonzero. */
function remainder(a: bigint, b: bigint): bigint {
  const q = signedShortQuotient(a, b);
  return q === null ? a % b : a - q * b;
}

/** a / b truncated toward zero when b is long and the quotient short (below 2^50); else null. */
function signedShortQuotient(a: bigint, b: bigint): bigint | null {
  if (b < LONG_DIVISOR && b > -LONG_DIVISOR) return null;
  const q = shortQuotient(a < 0n ? -a : a, b < 0n ? -b : b);
  return q === null || a < 0n === b < 0n ? q : -q;
}

/** floor(a / b) for a >= 0 and b >= LONG_DIVISOR when it is below 2^50; else null. */
function shortQuotient(a: bigint, b: bigint): bigint | null {
  const lb = positiveBitLength(b);
  if (a >> BigInt(lb + 50) !== 0n) return null;
  const s = BigInt(lb - 64);
  let q = BigInt(Math.floor(Number(a >> s) / Number(b >> s)));
  let r = a - q * b;
  while (r < 0n) {
    q -= 1n;
    r += b;
  }
  while (r >= b) {
    q += 1n;
    r -= b;
  }
  return q;
}

export function mod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", MOD_BY_ZERO);
    const r = (a % b) + 0;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r;
  }
  return modBig(toBigInt(a), toBigInt(b));
}

function modBig(a: bigint, b: bigint): PyInt {
  if (b === 0n) raise("ZeroDivisionError", MOD_BY_ZERO);
  let r = remainder(a, b);
  if (r !== 0n && r < 0n !== b < 0n) r += b;
  return normalize(r);
}

/** divmod(a, b) as [a // b, a % b]. */
export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raise("ZeroDivisionError", DIV_BY_ZERO);
    const r = (a % b) + 0;
    const q = (a - r) / b + 0;
    return r !== 0 && r < 0 !== b < 0 ? [q - 1, r + b] : [q, r];
  }
  const x = toBigInt(a);
  const y = toBigInt(b);
  if (y === 0n) raise("ZeroDivisionError", DIV_BY_ZERO);
  let q = quotient(x, y);
  let r = x - q * y; // a second division would cost as much as the first
  if (r !== 0n && r < 0n !== y < 0n) {
    q -= 1n;
    r += y;
  }
  return [normalize(q), normalize(r)];
}

// ---- comparison -----------------------------------------------------------------------------

/** -1, 0 or 1 as a < b, a == b, a > b. (JS <, >, <= and >= are already exact across number and bigint.) */
export function compare(a: PyInt, b: PyInt): number {
  if (typeof a === "number") {
    if (typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
    return b > 0n ? -1 : 1; // a bigint lies outside the safe range
  }
  if (typeof b === "number") return a > 0n ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** a == b: identity of the canonical form. */
export function eq(a: PyInt, b: PyInt): boolean {
  return a === b;
}

// ---- bitwise --------------------------------------------------------------------------------

function isInt32(x: number): boolean {
  return (x | 0) === x;
}

// Two's complement on safe integers beyond 32 bits, without allocation: x = hi * 2^32 + lo with
// lo in [0, 2^32) and hi = floor(x / 2^32) in [-2^21, 2^21). hi fits in int32 and sign-extends
// like the infinite two's complement Python uses; lo goes through `>>> 0`. The result may be
// exactly -2^53 (e.g. (1 - 2^53) ^ 1), which is not a safe integer and becomes a bigint.
const OP_AND = 0;
const OP_OR = 1;
const OP_XOR = 2;

function splitBitwise(op: number, a: number, b: number): PyInt {
  const ah = Math.floor(a / TWO32);
  const al = a - ah * TWO32;
  const bh = Math.floor(b / TWO32);
  const bl = b - bh * TWO32;
  let h: number;
  let l: number;
  if (op === OP_AND) {
    h = ah & bh;
    l = (al & bl) >>> 0;
  } else if (op === OP_OR) {
    h = ah | bh;
    l = (al | bl) >>> 0;
  } else {
    h = ah ^ bh;
    l = (al ^ bl) >>> 0;
  }
  const r = h * TWO32 + l;
  return Number.isSafeInteger(r) ? r : BigInt(r);
}

export function and(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (isInt32(a) && isInt32(b)) return a & b;
    return splitBitwise(OP_AND, a, b);
  }
  return normalize(toBigInt(a) & toBigInt(b));
}

export function or(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (isInt32(a) && isInt32(b)) return a | b;
    return splitBitwise(OP_OR, a, b);
  }
  return normalize(toBigInt(a) | toBigInt(b));
}

export function xor(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (isInt32(a) && isInt32(b)) return a ^ b;
    return splitBitwise(OP_XOR, a, b);
  }
  return normalize(toBigInt(a) ^ toBigInt(b));
}

// ---- shifts ---------------------------------------------------------------------------------

let pow2Table: Float64Array | undefined;

/** 2^e as a double, exactly, for integer e in [-1074, 1023]. */
export function pow2(e: number): number {
  if (pow2Table === undefined) {
    const t = new Float64Array(1074 + 1024);
    let v = 1;
    for (let i = 0; i <= 1023; i++, v *= 2) t[1074 + i] = v;
    v = 1;
    for (let i = 0; i >= -1074; i--, v /= 2) t[1074 + i] = v;
    pow2Table = t;
  }
  return pow2Table[1074 + e];
}

/** CPython's digits are 30 bits; its size limits in _PyLong_New are counted in them. */
const PYLONG_SHIFT = 30n;
/** PY_SSIZE_T_MAX / sizeof(digit): divmod_shift clips a larger word shift to this. */
const WORDSHIFT_CLIP = 2n ** 61n - 1n;
/** MAX_LONG_DIGITS on 64-bit CPython: (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / 4. */
const MAX_LONG_DIGITS = (2n ** 63n - 1n - 24n) / 4n;

/**
 * a << n when the result is too long for V8. CPython raises OverflowError "too many digits in
 * integer" when the result's 30-bit digit count exceeds MAX_LONG_DIGITS (long_lshift1,
 * divmod_shift); below that it tries to allocate, and no machine has that memory.
 */
function lshiftTooBig(a: PyInt, n: PyInt): never {
  const nn = toBigInt(n);
  let wordshift = nn / PYLONG_SHIFT;
  let remshift = nn % PYLONG_SHIFT;
  if (wordshift >= WORDSHIFT_CLIP) {
    wordshift = WORDSHIFT_CLIP;
    remshift = 0n;
  }
  const oldsize = BigInt(Math.ceil(bitLength(a) / 30));
  const newsize = oldsize + wordshift + (remshift !== 0n ? 1n : 0n);
  if (newsize > MAX_LONG_DIGITS) raise("OverflowError", "too many digits in integer");
  raise("MemoryError", "");
}

export function lshift(a: PyInt, n: PyInt): PyInt {
  if (typeof a === "number" && typeof n === "number" && n >= 0 && n < 53) {
    const r = a * pow2(n);
    if (Number.isSafeInteger(r)) return r;
  }
  if (n < 0) raise("ValueError", "negative shift count");
  if (a === 0) return 0;
  if (typeof n === "bigint" || n >= MAX_BIGINT_BITS) lshiftTooBig(a, n);
  try {
    return normalize(toBigInt(a) << BigInt(n));
  } catch (e) {
    if (e instanceof RangeError) lshiftTooBig(a, n); // past V8's limit
    throw e;
  }
}

export function rshift(a: PyInt, n: PyInt): PyInt {
  if (typeof n === "number" && n >= 0) {
    if (typeof a === "number") {
      // a / 2^n is exact for n <= 52 (a normal double); beyond, every safe a gives 0 or -1.
      if (n >= 53) return a < 0 ? -1 : 0;
      return Math.floor(a / pow2(n));
    }
    return normalize(a >> BigInt(n)); // BigInt >> floors, as Python does
  }
  if (n < 0) raise("ValueError", "negative shift count");
  return a < 0 ? -1 : 0; // n is a bigint: at least 2^53 bits
}

// ---- bit_length, bit_count ------------------------------------------------------------------

/** Bit length of a bigint's magnitude. */
function bigBitLength(x: bigint): number {
  return positiveBitLength(x < 0n ? -x : x);
}

/**
 * Bit length of x > 0: from its double when that is finite, else by bisection on right shifts
 * (a shift that leaves nothing costs next to nothing; one that leaves bits costs their number,
 * and those halve as the bounds close in: linear in all, without making a string of the digits).
 */
function positiveBitLength(x: bigint): number {
  let lo = 0; // x >> lo is nonzero
  let hi = 2 ** 31; // x >> hi is zero (V8 bigints have at most 2^30 bits)
  const v = Number(x);
  if (v !== Infinity) {
    const e = Math.floor(Math.log2(v)); // the bit length is e + 1, give or take rounding
    lo = Math.max(0, e - 2);
    hi = e + 3;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (x >> BigInt(mid) === 0n) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** int.bit_length(). */
export function bitLength(x: PyInt): number {
  if (typeof x === "number") {
    const v = Math.abs(x);
    if (v < TWO32) return 32 - Math.clz32(v);
    return 64 - Math.clz32(Math.floor(v / TWO32));
  }
  return bigBitLength(x);
}

function popcount32(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const HEX_POPCOUNT = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** int.bit_count(): the number of ones in the binary representation of abs(x). */
export function bitCount(x: PyInt): number {
  if (typeof x === "number") {
    const v = Math.abs(x);
    const hi = Math.floor(v / TWO32);
    return popcount32(hi) + popcount32(v - hi * TWO32);
  }
  const s = (x < 0n ? -x : x).toString(16);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += HEX_POPCOUNT[c <= 0x39 ? c - 0x30 : c - 0x57];
  }
  return n;
}

// ---- powers ---------------------------------------------------------------------------------

/**
 * a ** b for b >= 0 (an int). For b < 0 Python's result is a float: call intPowToFloat
 * (intfloat.ts); passing a negative b here is a bug in the caller and throws a JS Error.
 */
export function pow(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 64) {
    // At most 6 squarings; every intermediate is checked, so a safe result is exact.
    let r = 1;
    let x = a;
    let e = b;
    for (;;) {
      if (e & 1) {
        r *= x;
        if (!Number.isSafeInteger(r)) break;
      }
      e >>= 1;
      if (e === 0) return r;
      x *= x;
      if (!Number.isSafeInteger(x)) break;
    }
  }
  return powSlow(a, b);
}

function powSlow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw new Error("intmath.pow: negative exponent (use intPowToFloat)");
  if (a === 0) return b === 0 ? 1 : 0;
  if (a === 1) return 1;
  if (a === -1) return isOdd(b) ? -1 : 1;
  // |a| >= 2: the result has at least (bitLength(a) - 1) * b + 1 bits.
  if (typeof b === "bigint" || (bitLength(a) - 1) * b >= MAX_BIGINT_BITS) raise("MemoryError", "");
  const x = toBigInt(a);
  const e = BigInt(b);
  return normalize(bigOrMemoryError(() => x ** e));
}

function isOdd(x: PyInt): boolean {
  return typeof x === "number" ? x % 2 !== 0 : (x & 1n) === 1n;
}

/** Largest modulus whose products of residues stay exact in doubles: m^2 <= 2^53. */
const MODPOW_NUMBER_MAX = 94906265;

/** Modular inverse of a modulo m > 1, as CPython's long_invmod: ValueError when gcd(a, m) != 1. */
function invmod(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a mod m, m), keeping only the coefficient of a.
  let r0 = ((a % m) + m) % m;
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = quotient(r0, r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) raise("ValueError", "base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

/**
 * pow(a, b, m), following CPython's long_pow: m == 0 is an error; a negative m gives a result
 * in (m, 0]; m == +-1 gives 0 (before any inverse is looked for); a negative b raises the
 * modular inverse of a to -b.
 */
export function pow3(a: PyInt, b: PyInt, m: PyInt): PyInt {
  if (m === 0) raise("ValueError", "pow() 3rd argument cannot be 0");
  const negativeOutput = m < 0;
  const mm = abs(m);
  if (mm === 1) return 0;
  let base: PyInt = a;
  let e: PyInt = b;
  if (e < 0) {
    e = neg(e);
    base = normalize(invmod(toBigInt(a), toBigInt(mm)));
  }
  base = mod(base, mm);
  let z = modpow(base, e, mm);
  if (negativeOutput && z !== 0) z = sub(z, mm);
  return z;
}

/** base^e mod m for 0 <= base < m, e >= 0, m >= 2. */
function modpow(base: PyInt, e: PyInt, m: PyInt): PyInt {
  if (typeof base === "number" && typeof m === "number" && m <= MODPOW_NUMBER_MAX) {
    if (typeof e === "number") {
      let r = 1;
      let x = base;
      while (e > 0) {
        if (e % 2 === 1) r = (r * x) % m;
        e = Math.floor(e / 2);
        if (e > 0) x = (x * x) % m;
      }
      return r;
    }
  }
  // Left to right over the exponent's bits.
  const bits = e.toString(2);
  const x = toBigInt(base);
  const mb = toBigInt(m);
  let r = 1n;
  for (let i = 0; i < bits.length; i++) {
    r = (r * r) % mb;
    if (bits.charCodeAt(i) === 0x31) r = (r * x) % mb;
  }
  return normalize(r);
}

// ---- hash -----------------------------------------------------------------------------------

/** _PyHASH_MODULUS on 64-bit builds: the Mersenne prime 2^61 - 1. */
export const HASH_MODULUS = 2n ** 61n - 1n;

/**
 * hash(int) as CPython's long_hash on 64-bit builds: sign(x) * (|x| mod (2^61 - 1)), with -1
 * replaced by -2 (-1 is the C-level error value). The result can exceed 2^53, so it is a PyInt.
 */
export function hash(x: PyInt): PyInt {
  if (typeof x === "number") return x === -1 ? -2 : x; // |x| < 2^53 < 2^61 - 1
  const r = x < 0n ? -(-x % HASH_MODULUS) : x % HASH_MODULUS;
  return r === -1n ? -2 : normalize(r);
}

// ---- math helpers ---------------------------------------------------------------------------

/** math.isqrt(n): the floor of the square root of n >= 0. */
export function isqrt(n: PyInt): PyInt {
  if (n < 0) raise("ValueError", "isqrt() argument must be nonnegative");
  if (typeof n === "number") {
    // Math.sqrt is correctly rounded, so s is at most one off the answer.
    let s = Math.floor(Math.sqrt(n));
    if (s * s > n) s--;
    else if ((s + 1) * (s + 1) <= n) s++;
    return s;
  }
  // Newton's iteration from above, started from the float square root of the top ~100 bits
  // (rounded up past any error), so each step doubles the number of correct bits.
  const bits = bigBitLength(n);
  const k = (bits - 100) & ~1; // even, so that the shifted root scales by 2^(k/2)
  const top = Number(n >> BigInt(k));
  let x = (BigInt(Math.ceil(Math.sqrt(top))) + 2n) << BigInt(k / 2);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  return normalize(x);
}

/** math.gcd(a, b): nonnegative. */
export function gcd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = toBigInt(a);
  let y = toBigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x < y) [x, y] = [y, x];
  if (y >= LEHMER_MIN) [x, y] = lehmer(x, y);
  if (y === 0n) return normalize(x);
  // y is a safe int now, and so is everything after one more step.
  let u = Number(y);
  let v = Number(x % y);
  while (v !== 0) {
    const t = u % v;
    u = v;
    v = t;
  }
  return u;
}

const LEHMER_BITS = 50;
const LEHMER_MIN = 1n << 53n;

/**
 * Lehmer's gcd (Knuth's Algorithm L) for x >= y >= 2^53, until y is below 2^53: Euclid's steps
 * run on the leading LEHMER_BITS bits of x and y as doubles (exact: every value stays below
 * 2^53), with cosequences A, B, C, D, for as long as the quotients are provably those of the
 * full numbers; then x and y take all those steps at once (A*x + B*y, C*x + D*y). A bigint
 * Euclid step costs a division; this costs four multiplications by small numbers for ~25 bits.
 */
function lehmer(x: bigint, y: bigint): [bigint, bigint] {
  let n = positiveBitLength(x);
  while (y >= LEHMER_MIN) {
    const s = BigInt(n - LEHMER_BITS);
    let xh = Number(x >> s);
    let yh = Number(y >> s);
    let a = 1;
    let b = 0;
    let c = 0;
    let d = 1;
    for (;;) {
      const d1 = yh + c;
      const d2 = yh + d;
      if (d1 <= 0 || d2 <= 0) break;
      const q = floorQuotient(xh + a, d1);
      if (q !== floorQuotient(xh + b, d2)) break;
      let t = a - q * c;
      a = c;
      c = t;
      t = b - q * d;
      b = d;
      d = t;
      t = xh - q * yh;
      xh = yh;
      yh = t;
    }
    if (b === 0) {
      const t = remainder(x, y);
      x = y;
      y = t;
    } else {
      const nx = BigInt(a) * x + BigInt(b) * y;
      y = BigInt(c) * x + BigInt(d) * y;
      x = nx;
    }
    // x only shrinks, by ~25 bits a round: its new length from its 32 bits below the old one.
    const top = Number(x >> BigInt(n - 32));
    n = top !== 0 ? n - Math.clz32(top) : positiveBitLength(x);
  }
  return [x, y];
}

/** floor(p / q) for nonnegative safe ints p and positive q below 2^52, exactly. */
function floorQuotient(p: number, q: number): number {
  let r = Math.floor(p / q);
  if (r * q > p) r--;
  else if ((r + 1) * q <= p) r++;
  return r;
}

/** math.lcm(a, b): nonnegative, 0 if either is 0. */
export function lcm(a: PyInt, b: PyInt): PyInt {
  if (a === 0 || b === 0) return 0;
  return abs(mul(floordiv(a, gcd(a, b)), b));
}

/** x.as_integer_ratio(). */
export function asIntegerRatio(x: PyInt): [PyInt, PyInt] {
  return [x, 1];
}

/**
 * round(x, ndigits) for an int x (int.__round__): x itself when ndigits >= 0, else x rounded to
 * a multiple of 10^-ndigits, halfway cases to the even multiple (CPython's long_round with
 * divmod_near). One shortcut: when 10^-ndigits exceeds 2|x| the answer is 0 without computing
 * the power (CPython computes it, so round(1, -10**9) is slow there and instant here).
 */
export function round(x: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return x;
  if (x === 0) return 0;
  // 10^k > 10 * 2^bitLength(x) > 2|x| once k > bitLength(x) * log10(2) + 1.
  if (typeof ndigits === "bigint" || -ndigits > bitLength(x) * 0.30103 + 1) return 0;
  const p = pow(10, -ndigits);
  const [q, r] = divmod(x, p);
  const c = compare(mul(r, 2), p);
  return c > 0 || (c === 0 && isOdd(q)) ? add(x, sub(p, r)) : sub(x, r);
}
