// float ** float, correctly rounded.
//
// CPython calls the C library's pow(), and glibc's is not correctly rounded: about 1 result in
// 1,250 differs from the exact one by one bit (docs/interpreter-plan.md). V8's Math.pow is
// further off (6.5% of random cases). This file returns the correctly rounded result, so it
// agrees with CPython except where glibc is wrong; tests/unit/float.test.ts measures the rate.
//
// How it works. For positive finite x and finite y:
//   0. Exponents that are multiples of 1/2 up to 16 (x ** 3, x ** -1.5) are computed by
//      squaring and a square root in double-double arithmetic, which decides the rounding
//      directly in all but rare near-halfway cases.
//   1. A candidate r = Math.pow(x, y), at most a few units in the last place off.
//   2. Verification in double-double arithmetic (~100-bit numbers as unevaluated sums hi + lo):
//      L = y * ln(x) and ln(r) to an absolute error far below 2^-70. x^y rounds to r exactly
//      when L - ln(r) lies between ln(1 - ulp_below/2r) and ln(1 + ulp_above/2r), the
//      logarithms of the two rounding boundaries around r. When it is clearly above (below),
//      step r up (down) and check again. Only when L - ln(r) is within 2^-70 of a boundary
//      (about one case in 10^5 random inputs) is the result in doubt.
//   3. Then the slow path: cases where x^y is exactly a double or exactly halfway between two
//      (x a power of two, y an integer, or x a perfect 2^k-th power and y a multiple of 2^-k)
//      are computed exactly with BigInt; every other x^y is irrational, so evaluating it with
//      BigInt fixed-point arithmetic at increasing precision (Ziv's strategy) must eventually
//      decide the rounding.

import { raise } from "./errors";
import { bitLengthBig, decompose, DBL_MAX, DBL_MIN, ilogb, nextDown, nextUp, pow2, roundToDouble } from "./floatbits";

/** floatPow's answer when a negative number is raised to a non-integer power: the caller goes complex. */
export const POW_NEEDS_COMPLEX = null;

function isOddInteger(y: number): boolean {
  return Math.abs(y % 2) === 1;
}

function overflow(): never {
  raise("OverflowError", "(34, 'Numerical result out of range')");
}

/**
 * x ** y for floats (float_pow): CPython's special cases (those of C99's pow, plus the errors),
 * then the correctly rounded power. Returns POW_NEEDS_COMPLEX (null) for a negative x and a
 * finite non-integer y: Python then computes complex(x) ** complex(y).
 */
export function floatPow(x: number, y: number): number | null {
  // The common exponents first, where IEEE arithmetic is already correctly rounded.
  if (y === 2) {
    const r = x * x;
    if (r === Infinity && x === x && Math.abs(x) !== Infinity) overflow();
    return r;
  }
  if (y === 0) return 1; // even nan ** 0
  if (x !== x) return x === 1 ? 1 : x;
  if (y !== y) return x === 1 ? 1 : y; // 1 ** nan is 1
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1; // (-1) ** inf too
    return y > 0 === ax > 1 ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0; // (-0.0) ** 3 is -0.0
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y)) return POW_NEEDS_COMPLEX;
    negate = isOddInteger(y);
    x = -x;
  }
  if (x === 1) return negate ? -1 : 1;
  let r: number;
  if (y === 0.5) r = Math.sqrt(x);
  else if (y === 1) r = x;
  else if (y === -1) r = 1 / x;
  else r = powPositive(x, y);
  if (r === Infinity) overflow();
  return negate ? -r : r;
}

// ---- double-double arithmetic ---------------------------------------------------------------
// Results come back in DD[0] (high part) and DD[1] (low part) rather than as allocated pairs;
// a typed array, because writing doubles to module-level variables would box them.

const DD = new Float64Array(2);

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's constant for splitting a double in halves

/** The rounding error of a * b (a * b = fl(a * b) + twoProdErr), exact barring over/underflow. */
function twoProdErr(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** (ah + al) + (bh + bl) into DD. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const v = s - ah;
  const e = ah - (s - v) + (bh - v) + al + bl;
  const hi = s + e;
  DD[0] = hi;
  DD[1] = e - (hi - s);
}

// Constants computed once with BigInt: ln 2 split so that k * LN2_HI is exact for |k| < 2^11,
// and ln(1 + j/128) for the table of ddLog, each as a double-double.
let LN2_HI = 0;
let LN2_LO = 0;
let LOGC_HI: Float64Array | null = null;
let LOGC_LO: Float64Array | null = null;
const TABLE_MIN = -40; // j range: m in [1/sqrt 2, sqrt 2] gives round(128 (m - 1)) in [-38, 53]
const TABLE_MAX = 54;

function initTables(): void {
  const P = 160;
  const ln2 = atanhFixed(1n, 3n, P) * 2n;
  const hiBits = ln2 >> BigInt(P - 42);
  LN2_HI = Number(hiBits) / 2 ** 42;
  LN2_LO = Number(ln2 - (hiBits << BigInt(P - 42))) / 2 ** P;
  LOGC_HI = new Float64Array(TABLE_MAX - TABLE_MIN + 1);
  LOGC_LO = new Float64Array(TABLE_MAX - TABLE_MIN + 1);
  for (let j = TABLE_MIN; j <= TABLE_MAX; j++) {
    // ln((128 + j) / 128) = 2 atanh(j / (256 + j))
    const v = j === 0 ? 0n : atanhFixed(BigInt(j), BigInt(256 + j), P) * 2n;
    const hi = Number(v);
    LOGC_HI[j - TABLE_MIN] = hi / 2 ** P;
    LOGC_LO[j - TABLE_MIN] = Number(v - BigInt(hi)) / 2 ** P;
  }
}

const SQRT2 = Math.SQRT2;

/**
 * ln(x) for a positive finite double, as DD[0] + DD[1] with a relative error below about 2^-90.
 * x = 2^k * m with m in [1/sqrt 2, sqrt 2]; m = c * (1 + t) for the table point c = 1 + j/128
 * nearest m; ln(m / c) = 2 atanh(s) with s = (m - c) / (m + c), |s| < 2^-8.5, summed as
 * 2s + 2s^3/3 (double-double) + the rest of the series (doubles).
 */
function ddLog(x: number): void {
  let k = ilogb(x);
  let m = k >= -1022 ? x / pow2(k) : (x * 2 ** 60) / pow2(k + 60);
  if (m > SQRT2) {
    m /= 2;
    k++;
  }
  const j = Math.round((m - 1) * 128);
  const c = 1 + j / 128;
  const num = m - c; // exact (Sterbenz)
  const dh = m + c;
  const dv = dh - m;
  const dl = m - (dh - dv) + (c - dv);
  const sh = num / dh;
  const p = sh * dh;
  const sl = (num - p - twoProdErr(sh, dh, p) - sh * dl) / dh;
  // s^3 as a double-double: sh^3 + 3 sh^2 sl.
  const q = sh * sh;
  const qe = twoProdErr(sh, sh, q);
  const c3 = q * sh;
  const c3e = twoProdErr(q, sh, c3) + qe * sh + 3 * q * sl;
  // 2 s^3 / 3
  const b = (2 * c3) / 3;
  const be = (2 * c3 - b * 3 - twoProdErr(b, 3, b * 3) + 2 * c3e) / 3;
  const u = q;
  const rest = sh * u * u * (2 / 5 + u * (2 / 7 + u * (2 / 9 + u * (2 / 11))));
  ddAdd(2 * sh, 2 * sl, b, be + rest);
  if (j !== 0) ddAdd(DD[0], DD[1], LOGC_HI![j - TABLE_MIN], LOGC_LO![j - TABLE_MIN]);
  if (k !== 0) ddAdd(DD[0], DD[1], k * LN2_HI, k * LN2_LO);
}

// ln(2^1024 - 2^970): above it x^y rounds to infinity; ln(2^-1075): below it, to zero.
const LN_OVERFLOW = 709.782712893384;
const LN_UNDERFLOW = -745.1332191019412;
const EPS = 2 ** -70;

/**
 * x^y for y a multiple of 1/2 with |y| <= 16 (x ** 3, x ** -1.5, ...): binary powering and a
 * square root in double-double arithmetic, relative error below 2^-98, then the rounding is
 * read off the low part. NaN when that is too close to call or the range is unsafe for the
 * double-double steps (then the general path decides).
 */
function powHalfInteger(x: number, y: number): number {
  if (x > 1e150 || x < 1e-150) return NaN;
  let n = Math.abs(y);
  const half = n % 1 !== 0;
  n = Math.floor(n);
  // The power by squaring: result in (rh, rl), current square in (ph, pl).
  let rh = 1;
  let rl = 0;
  if (half) {
    rh = Math.sqrt(x);
    const p = rh * rh;
    rl = (x - p - twoProdErr(rh, rh, p)) / (2 * rh); // x - rh^2 exactly, over the derivative
  }
  let ph = x;
  let pl = 0;
  for (;;) {
    if (n & 1) {
      const p = rh * ph;
      const e = twoProdErr(rh, ph, p) + rh * pl + rl * ph;
      rh = p + e;
      rl = e - (rh - p);
    }
    n >>= 1;
    if (n === 0) break;
    const p = ph * ph;
    const e = twoProdErr(ph, ph, p) + 2 * ph * pl;
    ph = p + e;
    pl = e - (ph - p);
    if (ph > 1e280 || ph < 1e-280) return NaN;
  }
  if (rh > 1e280 || rh < 1e-280) return NaN;
  if (y < 0) {
    // 1 / (rh + rl) as a double-double.
    const q = 1 / rh;
    const p = q * rh;
    const ql = (1 - p - twoProdErr(q, rh, p) - q * rl) / rh;
    rh = q + ql;
    rl = ql - (rh - q);
  }
  // rh is the double nearest rh + rl; it is the correctly rounded result when rl is clearly
  // inside the rounding interval around rh (which is half as wide below a power of two).
  const ulp = pow2(ilogb(rh) - 52);
  const bound = rl < 0 && rh === pow2(ilogb(rh)) ? ulp / 4 : ulp / 2;
  if (Math.abs(rl) < bound - rh * 2 ** -96) return rh;
  return NaN;
}

function powPositive(x: number, y: number): number {
  if (Math.abs(y) <= 16 && (y * 2) % 1 === 0) {
    const r = powHalfInteger(x, y);
    if (r === r) return r;
  }
  if (LOGC_HI === null) initTables();
  ddLog(x);
  const lxh = DD[0];
  const lxl = DD[1];
  const approx = y * lxh;
  if (approx > LN_OVERFLOW + 1e-6) return Infinity;
  if (approx < LN_UNDERFLOW - 1e-6) return 0;
  // L = y * ln(x) as a double-double.
  const Lh = approx;
  const Ll = twoProdErr(y, lxh, approx) + y * lxl;
  let r = Math.pow(x, y);
  if (!(r >= DBL_MIN && r <= DBL_MAX)) return powSlow(x, y);
  for (let step = 0; step < 4; step++) {
    ddLog(r);
    const d = Lh - DD[0] + (Ll - DD[1]);
    const ulp = pow2(ilogb(r) - 52);
    const hu = ulp / (2 * r);
    const up = hu - (hu * hu) / 2;
    // Below a power of two the spacing halves (not below the smallest normal, though).
    const hd = (r === pow2(ilogb(r)) && r > DBL_MIN ? ulp / 2 : ulp) / (2 * r);
    const down = -hd - (hd * hd) / 2;
    if (d < up - EPS && d > down + EPS) return r;
    if (d > up + EPS) {
      if (r === DBL_MAX) break;
      r = nextUp(r);
    } else if (d < down - EPS) {
      r = nextDown(r);
      if (r < DBL_MIN) break;
    } else break; // too close to a rounding boundary to tell
  }
  return powSlow(x, y);
}

// ---- the slow path --------------------------------------------------------------------------

/** x^y exactly rounded, for positive finite x != 1 and finite y not 0: exact cases, else Ziv. */
export function powSlow(x: number, y: number): number {
  const { m: M, e: E } = decompose(x);
  if (M === 1) {
    // x = 2^E: the result is 2^(E y), a power of two when E y is an integer.
    const p = E * y;
    if (Math.abs(p) < 1e15 && twoProdErr(E, y, p) === 0 && Number.isInteger(p)) {
      if (p > 1023) return Infinity;
      return p < -1074 ? 0 : pow2(p); // 2^-1075 is a tie between 0 and 2^-1074: even is 0
    }
    return powZiv(x, y);
  }
  if (Number.isInteger(y)) return powInteger(M, E, y) ?? powZiv(x, y);
  // y = Y * 2^-q with Y odd: x^y is rational only when x is a perfect 2^q-th power.
  const { m: Y, e: F } = decompose(Math.abs(y));
  const q = -F;
  if (q <= 5 && E % 2 ** q === 0) {
    const g = Math.round(M ** (1 / 2 ** q));
    if (g ** (2 ** q) === M) {
      // g^(2^q) < 2^53 here, so the test is exact.
      const r = powInteger(g, E / 2 ** q, y < 0 ? -Y : Y);
      if (r !== null) return r;
    }
  }
  return powZiv(x, y);
}

/** (M * 2^E)^n for an integer n, exactly rounded, when the BigInt work stays small; else null. */
function powInteger(M: number, E: number, n: number): number | null {
  const bits = Math.log2(M) + 1;
  if (Math.abs(n) * bits > 20000) return null;
  const big = BigInt(M) ** BigInt(Math.abs(n));
  if (n > 0) return roundToDouble(big, E * n);
  // 2^(E n) / M^|n|: a quotient with at least 56 bits, plus a sticky bit for the remainder.
  const s = bitLengthBig(big) + 56;
  const num = 1n << BigInt(s);
  const Q = num / big;
  const sticky = Q * big === num ? 0n : 1n;
  return roundToDouble((Q << 1n) | sticky, E * n - s - 1);
}

/**
 * Ziv's strategy: x^y = exp(y ln x) in BigInt fixed point with P bits after the point, giving
 * an interval around the true value; when both ends round to the same double, that is the
 * answer. The true value is irrational here, so some precision always decides.
 */
function powZiv(x: number, y: number): number {
  for (let P = 120; ; P *= 2) {
    const { m: Y, e: F } = decompose(Math.abs(y));
    // ln x with enough bits that multiplying by |y| < 2^(yBits) leaves P good bits.
    const yBits = Math.max(0, ilogb(Math.abs(y)) + 1);
    const W = P + yBits + 16;
    const lnx = lnFixed(x, W);
    let L = lnx * BigInt(Y); // y ln x, scaled by 2^(W - F)
    if (y < 0) L = -L;
    const shift = W - F - (P + 16); // bring it to 2^(P + 16)
    L = shift >= 0 ? L >> BigInt(shift) : L << BigInt(-shift);
    const [Z, S] = expFixed(L, P + 16);
    const err = (Z >> BigInt(P)) + 1n; // relative error bound 2^-P, generous
    const lo = roundToDouble(Z - err, S);
    const hi = roundToDouble(Z + err, S);
    if (lo === hi) return lo;
    if (P > 10000) throw new Error("pow: precision escalation did not converge");
  }
}

/** atanh(a / b) * 2^P for 0 <= a / b < 1/2, by its series. */
function atanhFixed(a: bigint, b: bigint, P: number): bigint {
  let term = (a << BigInt(P)) / b;
  const a2 = a * a;
  const b2 = b * b;
  let sum = term;
  for (let i = 3n; term !== 0n; i += 2n) {
    term = (term * a2) / b2;
    sum += term / i;
  }
  return sum;
}

const ln2Cache = new Map<number, bigint>();
function ln2Fixed(P: number): bigint {
  let v = ln2Cache.get(P);
  if (v === undefined) {
    v = (atanhFixed(1n, 3n, P + 8) * 2n) >> 8n;
    ln2Cache.set(P, v);
  }
  return v;
}

/** ln(x) * 2^P (error a few units) for a positive finite double. */
function lnFixed(x: number, P: number): bigint {
  const G = P + 16;
  const { m, e } = decompose(x);
  // x = f * 2^k with f = m / 2^(bits - 1) in [1, 2), moved to [1/sqrt 2, sqrt 2].
  const bits = Math.floor(Math.log2(m)) + 1;
  let k = e + bits - 1;
  const one = 1n << BigInt(G);
  let f = (BigInt(m) << BigInt(G)) >> BigInt(bits - 1);
  if (m / 2 ** (bits - 1) > SQRT2) {
    f >>= 1n;
    k++;
  }
  const lnf = atanhFixed(f - one, f + one, G) * 2n;
  return (lnf + BigInt(k) * ln2Fixed(G)) >> 16n;
}

/** exp(L / 2^P) as [Z, S] with exp ~= Z * 2^S and Z about P bits, relative error ~2^-(P-8). */
function expFixed(L: bigint, P: number): [bigint, number] {
  const G = P + 24;
  const Lg = L << 24n;
  const ln2 = ln2Fixed(G);
  // L = k ln 2 + r with |r| <= ln2 / 2 (k from a double estimate; the residue is exact).
  const k = Math.round(Number(Lg >> BigInt(Math.max(0, G - 60))) / 2 ** Math.min(60, G) / Math.LN2);
  const r = Lg - BigInt(k) * ln2;
  // exp(r) = exp(r / 2^10)^(2^10): the series converges ten bits faster per term.
  const H = 10;
  const one = 1n << BigInt(G);
  const rr = r >> BigInt(H);
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * rr) / (one * n);
    sum += term;
  }
  for (let i = 0; i < H; i++) sum = (sum * sum) >> BigInt(G);
  return [sum, k - G];
}

// ---- helpers for complex pow --------------------------------------------------------------

/**
 * ln(x) rounded to nearest from the double-double logarithm: correctly rounded except when
 * ln(x) is within about 2^-90 relative of a rounding boundary. (glibc's log is correctly
 * rounded in practice; V8's Math.log is not always.)
 */
export function logNearest(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (LOGC_HI === null) initTables();
  ddLog(x);
  return DD[0];
}

/**
 * hypot(a, b) from the exact sum of squares (double-double) and one corrected square root:
 * nearly always correctly rounded, as glibc's hypot is (V8's Math.hypot can be one ulp off).
 */
export function hypotNearest(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  if (a === Infinity || b === Infinity) return Infinity;
  if (a !== a || b !== b) return NaN;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  if (b === 0) return a;
  if (a < 2 ** -900) return hypotNearest(a * 2 ** 600, b * 2 ** 600) / 2 ** 600; // exact scalings
  // Scale into a range where squares neither overflow nor lose bits to underflow.
  const k = ilogb(a);
  const scale = pow2(-k);
  const as = a * scale;
  const bs = b * scale; // may underflow to a subnormal when b is negligible: harmless
  const p = as * as;
  const pe = twoProdErr(as, as, p);
  const q = bs * bs;
  const qe = bs > 1e-140 ? twoProdErr(bs, bs, q) : 0;
  const s = p + q;
  const v = s - p;
  const se = p - (s - v) + (q - v) + pe + qe;
  let r = Math.sqrt(s + se);
  // One Newton correction from the residual s + se - r^2, computed exactly.
  const rr = r * r;
  const res = s - rr - twoProdErr(r, r, rr) + se;
  r += res / (2 * r);
  return r / scale;
}
