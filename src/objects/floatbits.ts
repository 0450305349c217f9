// The binary64 layout and exact conversions between doubles and big integers, shared by the
// float helpers (float.ts, floatdigits.ts, floatpow.ts). Everything here is exact: a double is
// a dyadic rational m * 2^e, and rounding back to a double is done once, half to even.

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian on every platform Node runs on

/** 2^52 and 2^53 */
export const TWO52 = 4503599627370496;
export const TWO53 = 9007199254740992;
export const DBL_MAX = 1.7976931348623157e308;
export const DBL_MIN = 2.2250738585072014e-308; // smallest normal
export const DBL_TRUE_MIN = 5e-324;

/** Powers of two as doubles, 2^-1074 .. 2^1023, filled once (exact). */
const POW2 = new Float64Array(2098);
{
  let p = 1;
  for (let i = 0; i <= 1023; i++, p *= 2) POW2[1074 + i] = p;
  p = 1;
  for (let i = 0; i <= 1074; i++, p /= 2) POW2[1074 - i] = p;
}

/** 2^e for -1074 <= e <= 1023 (exact); 0 below, Infinity above. */
export function pow2(e: number): number {
  if (e < -1074) return 0;
  if (e > 1023) return Infinity;
  return POW2[e + 1074];
}

/**
 * A positive finite double as m * 2^e with m an odd integer (so the pair is unique).
 * Zero is not accepted.
 */
export function decompose(x: number): { m: number; e: number } {
  f64[0] = x;
  const hi = u32[1];
  const lo = u32[0];
  const field = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (field === 0) e = -1074;
  else {
    m += TWO52;
    e = field - 1075;
  }
  // Strip trailing zero bits, 16 at a time while possible (m < 2^53, so divisions are exact).
  while (m % 65536 === 0) {
    m /= 65536;
    e += 16;
  }
  while (m % 2 === 0) {
    m /= 2;
    e += 1;
  }
  return { m, e };
}

/** The unbiased binary exponent of a positive finite double: floor(log2(x)), exact. */
export function ilogb(x: number): number {
  f64[0] = x;
  const field = (u32[1] >>> 20) & 0x7ff;
  if (field !== 0) return field - 1023;
  // Subnormal: scale into the normal range first.
  f64[0] = x * TWO53 * 2; // 2^54
  return ((u32[1] >>> 20) & 0x7ff) - 1023 - 54;
}

/** The next double above x (x finite, not the largest). */
export function nextUp(x: number): number {
  if (x === 0) return DBL_TRUE_MIN;
  f64[0] = x;
  if (x > 0) {
    if (u32[0] === 0xffffffff) {
      u32[0] = 0;
      u32[1] += 1;
    } else u32[0] += 1;
  } else {
    if (u32[0] === 0) {
      u32[0] = 0xffffffff;
      u32[1] -= 1;
    } else u32[0] -= 1;
  }
  return f64[0];
}

export function nextDown(x: number): number {
  return -nextUp(-x);
}

export function bitLengthBig(x: bigint): number {
  // x > 0. toString(16) is linear and exact; the top digit gives the last few bits.
  const h = x.toString(16);
  const top = parseInt(h[0], 16);
  return (h.length - 1) * 4 + (32 - Math.clz32(top));
}

/**
 * The double nearest to M * 2^E (M >= 0), ties to even, with gradual underflow; Infinity when
 * the rounded value is 2^1024 or more. The single rounding step behind fromhex, exact integer
 * powers and the slow path of pow. (An inexact quotient is passed with a "sticky" low bit set
 * below the rounding position, which makes it round as the true value would.)
 */
export function roundToDouble(M: bigint, E: number): number {
  if (M === 0n) return 0;
  const bits = bitLengthBig(M);
  const top = E + bits - 1; // exponent of the leading bit
  if (top > 1023) return Infinity;
  // The exponent of the last bit kept: 53 bits, or fewer once below the normal range.
  const lsb = Math.max(top - 52, -1074);
  const shift = lsb - E;
  if (shift <= 0) {
    // Exact: M has at most 53 significant bits and E >= lsb >= -1074.
    return Number(M) * pow2(E);
  }
  const s = BigInt(shift);
  let q = M >> s;
  const rem = M - (q << s);
  const half = 1n << (s - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  // q <= 2^53, exact as a double; the product with a power of two is exact or overflows.
  return Number(q) * pow2(lsb);
}

/** The exact value of a finite double as a fraction num / den with den a power of two. */
export function toExactRatio(x: number): { num: bigint; den: bigint } {
  if (x === 0) return { num: 0n, den: 1n };
  const neg = x < 0;
  const { m, e } = decompose(neg ? -x : x);
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  return { num: neg ? -num : num, den };
}

// ---- IEEE 754 binary16 (struct's and memoryview's 'e' format) ---------------------------------

/** The binary16 bits of x, rounded to nearest-even; undefined when it rounds past 65504. */
export function halfBits(x: number): number | undefined {
  const sign = signBit(x) ? 0x8000 : 0;
  if (Number.isNaN(x)) return sign | 0x7e00;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  // log2 can be off by one near powers of two; settle e so that 2^e <= a < 2^(e+1).
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  if (e < -14) {
    // Subnormal: a multiple of 2^-24 (a rounding up to 2^-14 lands on the smallest normal).
    return sign | roundHalfEven(a * 2 ** 24);
  }
  let m = roundHalfEven(a * 2 ** (10 - e)); // in [1024, 2048]
  if (m === 2048) { m = 1024; e++; }
  if (e > 15) return undefined;
  return sign | ((e + 15) << 10) | (m - 1024);
}

/** The double a binary16 bit pattern stands for. */
export function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0x1f) return m === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1024 + m) * 2 ** (e - 25);
}

/** The sign bit of a double (set for -0.0 and for a NaN with its sign bit set). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[1] & 0x80000000) !== 0;
}

/** x rounded to an integer, ties to even (x is exact: a power-of-two scaling of a double). */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
