// Fast first steps for the correctly rounded functions of mathcr.ts (Ziv's strategy, level 1).
//
// mathcr.ts computes exp, exp2, log, log2, sin, cos, tan, atan, atan2, asin and acos correctly
// rounded in BigInt fixed point: exact but 10-70 microseconds a call. Here each function is first
// evaluated in double-double arithmetic (a value h + l carried with about 106 bits), which gives
// an approximation A with a proven bound E on |f(x) - A|. When every real number in [A - E, A + E]
// rounds to the same double, that double is the correctly rounded f(x) and is returned; otherwise
// (about once in 10^7 calls, or for arguments outside the ranges handled here) the BigInt path of
// mathcr.ts decides. So the results are those of mathcr.ts, bit for bit; only the time changes.
// tools/mathfast_check.ts compares the two on random and special arguments and measures the
// actual error of every fast step against its claimed bound.
//
// Error bounds. Every double-double operation below (ddAdd, ddMul, ddMulD, ddDiv, the square
// root) has relative error below 2^-103 (Dekker's products, Knuth's TwoSum; the standard bounds
// are 2^-104 to 2^-105 for these "accurate" variants). Tables and constants are double-double
// roundings of values computed in BigInt at 200 bits (error 2^-107 relative). Polynomial tails
// whose terms are below 2^-35 of the result are summed in plain doubles (error 2^-52 of the
// tail, so below 2^-87 of the result); the truncation of every series is below 2^-96 of the
// result. Adding these for each function gives actual errors of 2^-85 to 2^-95 relative (the
// check tool measures them); the bounds claimed below are 2^-78 relative (2^-76 for tan), a margin
// of at least 2^6 over the analysis, plus an absolute term where an argument reduction may
// cancel (trigonometric functions). A claimed bound of 2^-78 leaves an undecided rounding for
// about 2^-24 of random arguments, and those go to the BigInt path.
//
// Ranges handled here (others go straight to mathcr.ts): exp for -707 < x < 709.7 (normal
// results), exp2 for -1021 < x < 1024, log and log2 for all positive finite x, sin/cos/tan for
// |x| < 2^19 (argument reduction by a four-part pi/2), atan/atan2/asin/acos for arguments whose
// ratio and magnitudes stay within 2^+-900 (no underflow in the double-double steps).

import * as CR from "./mathcr";
import { fix, piFixed, ln2Fixed, expFixed, lnFixed, sinCosSmall, atanFixed } from "./mathcr";

export * from "./mathcr";

// ---- double-double primitives ------------------------------------------------------------------
// Results go to the module variables H and Lo (no allocation); callers copy them out at once.

let H = 0;
let Lo = 0;
const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter (exact for |a| < 2^995)

/** H + Lo = a * b exactly (Dekker). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  H = p;
  Lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** H + Lo = a + b exactly (Knuth). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  Lo = (a - (s - bb)) + (b - bb);
  H = s;
}

/** (ah + al) + (bh + bl), accurate even under cancellation. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let v = s - ah;
  let e = (ah - (s - v)) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = (al - (t - v)) + (bl - v);
  e += t;
  let h = s + e;
  e = e - (h - s);
  e += f;
  s = h + e;
  Lo = e - (s - h);
  H = s;
}

/** (ah + al) * (bh + bl). */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLIT * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLIT * bh;
  const bhh = t - (t - bh);
  const bhl = bh - bhh;
  let e = ((ahh * bhh - p) + ahh * bhl + ahl * bhh) + ahl * bhl;
  e += ah * bl + al * bh;
  const s = p + e;
  Lo = e - (s - p);
  H = s;
}

/** (ah + al) * b. */
function ddMulD(ah: number, al: number, b: number): void {
  const p = ah * b;
  let t = SPLIT * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  let e = ((ahh * bh - p) + ahh * bl + ahl * bh) + ahl * bl;
  e += al * b;
  const s = p + e;
  Lo = e - (s - p);
  H = s;
}

/** (ah + al) / (bh + bl): three quotient digits from double-double remainders. */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -H, -Lo);
  const rh = H;
  const rl = Lo;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -H, -Lo);
  const q3 = H / bh;
  twoSum(q1, q2);
  const s = H;
  const e = Lo + q3;
  H = s + e;
  Lo = e - (H - s);
}

/**
 * The double nearest to every real in [h + l - err, h + l + err] when they all round alike,
 * else NaN. fl(l +- e) is at least as far out as l +- err (e is inflated by more than the
 * rounding of that sum), and rounding to nearest is monotonic, so equal roundings of the two
 * ends decide every value between.
 */
function decide(h: number, l: number, err: number): number {
  const e = err * (1 + 2 ** -20) + Math.abs(l) * 2 ** -30;
  const up = h + (l + e);
  const dn = h + (l - e);
  return up === dn ? up : NaN;
}

// ---- constants and tables ----------------------------------------------------------------------

const G = 200;
const SCALE = 2 ** -G;

/** V / 2^G as a double-double [hi, lo]. */
function ddOf(V: bigint): [number, number] {
  const hi = Number(V) * SCALE;
  const lo = Number(V - fix(hi, G)) * SCALE;
  return [hi, lo];
}
function ddRat(n: number, d: number): [number, number] {
  return ddOf((BigInt(n) << BigInt(G)) / BigInt(d));
}

const [PI_H, PI_L] = ddOf(piFixed(G));
const PIO2_H = PI_H / 2;
const PIO2_L = PI_L / 2;
const [LN2_H, LN2_L] = ddOf(ln2Fixed(G));
const [INVLN2_H, INVLN2_L] = ddOf((1n << BigInt(2 * G)) / ln2Fixed(G));

// pi/2 in four parts (each the nearest double to what remains): 212 bits.
const PIO2_PARTS: number[] = [];
{
  const W = 300;
  let R = piFixed(W + 8) >> 9n; // pi/2 at scale W
  for (let i = 0; i < 4; i++) {
    const p = Number(R) * 2 ** -W;
    PIO2_PARTS.push(p);
    R -= fix(p, W);
  }
}
const [C1, C2, C3, C4] = PIO2_PARTS;
const TWO_OVER_PI = 2 / Math.PI;

// ln2/64 in three parts.
const LN2_64: number[] = [];
{
  const W = 300;
  let R = ln2Fixed(W) >> 6n;
  for (let i = 0; i < 3; i++) {
    const p = Number(R) * 2 ** -W;
    LN2_64.push(p);
    R -= fix(p, W);
  }
}
const [M1, M2, M3] = LN2_64;
const INV_LN2_64 = 64 / Math.LN2;

const [R3_H, R3_L] = ddRat(1, 3);
const [R5_H, R5_L] = ddRat(1, 5);
const [R6_H, R6_L] = ddRat(1, 6);
const [R24_H, R24_L] = ddRat(1, 24);

// Tables, built on first use (BigInt at 200 bits: a few milliseconds each).

/** 2^(j/64), j = 0..63, hi and lo. */
let EXP_T: Float64Array | null = null;
function expTable(): Float64Array {
  const t = new Float64Array(128);
  const L2 = ln2Fixed(G);
  for (let j = 0; j < 64; j++) {
    const [h, l] = ddOf(expFixed((BigInt(j) * L2) / 64n, G));
    t[2 * j] = h;
    t[2 * j + 1] = l;
  }
  return t;
}

/**
 * log: z in [0.6875, 1.375) falls in one of 128 bins by the top 7 bits of its representation
 * above 0x3fe6000000000000 (width 2^-8 below 1, 2^-7 above). LOG_INV[i] is a double near 1 over
 * the bin's centre (exactly 1 for the two bins touching 1, so no cancellation there), LOG_C[i] is
 * -ln(LOG_INV[i]) as hi, lo.
 */
let LOG_INV: Float64Array | null = null;
let LOG_C: Float64Array | null = null;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function logTables(): void {
  const inv = new Float64Array(128);
  const c = new Float64Array(256);
  for (let i = 0; i < 128; i++) {
    u32[0] = 0;
    u32[1] = 0x3fe60000 + (i << 13);
    const zs = f64[0];
    u32[1] = 0x3fe60000 + ((i + 1) << 13);
    const ze = f64[0];
    const v = i === 79 || i === 80 ? 1 : 2 / (zs + ze);
    inv[i] = v;
    if (v !== 1) {
      const [h, l] = ddOf(-lnFixed(fix(v, 64), G, 64));
      c[2 * i] = h;
      c[2 * i + 1] = l;
    }
  }
  LOG_INV = inv;
  LOG_C = c;
}

/** sin(j/64) and cos(j/64), j = 0..52: [sh, sl, ch, cl] per j. */
let SC_T: Float64Array | null = null;
function sinCosTable(): Float64Array {
  const t = new Float64Array(4 * 53);
  for (let j = 0; j <= 52; j++) {
    const [s, c] = sinCosSmall(BigInt(j) << BigInt(G - 6), G);
    const [sh, sl] = ddOf(s);
    const [ch, cl] = ddOf(c);
    t.set([sh, sl, ch, cl], 4 * j);
  }
  return t;
}

/** atan(j/64), j = 0..64. */
let ATAN_T: Float64Array | null = null;
function atanTable(): Float64Array {
  const t = new Float64Array(2 * 65);
  for (let j = 0; j <= 64; j++) {
    const [h, l] = ddOf(atanFixed(BigInt(j) << BigInt(G - 6), G));
    t[2 * j] = h;
    t[2 * j + 1] = l;
  }
  return t;
}

// ---- exp and exp2 ------------------------------------------------------------------------------

/** Claimed relative error bounds (see the header). */
const EPS = 2 ** -78;
const EPS_TAN = 2 ** -76;

/** Where the kernels leave an approximation: value hi, lo and a bound on its absolute error. */
export const APPROX = new Float64Array(3);

/**
 * e^(r) * 2^(N/64) for |r| <= ln2/128 (r = rh + rl) into APPROX, scaled to [0.7, 1.5) with the
 * power of two returned: the value is (APPROX[0] + APPROX[1]) * 2^k.
 *
 * e^r = 1 + r(1 + r(1/2 + r(1/6 + r(1/24 + r t)))), t = 1/120 + r/720 + ... + r^5/9! in doubles:
 * |r t| <= 2^-7.5 * 2^-6.9, so the doubles' error is 2^-52 * 2^-7 of r^4 t, below 2^-94 of the
 * result; the series truncation is r^10 / 10! < 2^-97. The reduction error (below 2^-95, see
 * the callers), five double-double steps and the table entry (2^-103 each) make it 2^-92.
 */
function expKernel(rh: number, rl: number, N: number): number {
  const T = EXP_T ?? (EXP_T = expTable());
  const j = N & 63;
  const k = (N - j) / 64;
  const t = 1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320 + rh * (1 / 362880))));
  ddMulD(rh, rl, t);
  ddAdd(R24_H, R24_L, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(R6_H, R6_L, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(0.5, 0, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(1, 0, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(1, 0, H, Lo);
  ddMul(T[2 * j], T[2 * j + 1], H, Lo);
  APPROX[0] = H;
  APPROX[1] = Lo;
  APPROX[2] = Math.abs(H) * EPS;
  return k;
}

/** 2^k as a double for -1022 <= k <= 1023. */
function pow2i(k: number): number {
  u32[0] = 0;
  u32[1] = (k + 1023) << 20;
  return f64[0];
}

/** Scale a decided value v in [0.5, 2) by 2^k (exact: the callers keep the result normal). */
function scale(v: number, k: number): number {
  if (k > 1000) return v * pow2i(k - 100) * 1.2676506002282294e30; // 2^100
  return v * pow2i(k);
}

/** The reduction for exp: x = N ln2/64 + r into (rh, rl) of expKernel; returns N. */
function expApproxReduce(x: number): number {
  const N = Math.round(x * INV_LN2_64);
  if (N === 0) {
    H = x;
    Lo = 0;
    return 0;
  }
  // x - N M1 is exact (Sterbenz: N M1 is within ln2/128 of x and at least ln2/64); the rest,
  // |e1 + p2 + e2 + N M3| < 2^-42, is summed in doubles with error < 2^-95.
  twoProd(N, M1);
  const a = x - H;
  const e1 = Lo;
  twoProd(N, M2);
  const c = e1 + H + (Lo + N * M3);
  twoSum(a, -c);
  return N;
}

/** The fast approximation of e^x (APPROX), or false outside its range. */
export function expApprox(x: number): number | null {
  if (!(x > -707 && x < 709.7)) return null;
  const N = expApproxReduce(x);
  return expKernel(H, Lo, N);
}

export function crExp(x: number): number {
  if (x > -707 && x < 709.7) {
    const N = expApproxReduce(x);
    const k = expKernel(H, Lo, N);
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return scale(v, k);
  }
  return CR.crExp(x);
}

/** 2^x: x = N/64 + f exactly (|f| <= 1/128), r = f ln 2 in double-double (error 2^-104). */
export function exp2Approx(x: number): number | null {
  if (!(x > -1021 && x < 1024)) return null;
  const N = Math.round(x * 64);
  const f = x - N / 64; // exact: Sterbenz for |x| >= 1/128, else N = 0
  ddMulD(LN2_H, LN2_L, f);
  return expKernel(H, Lo, N);
}

export function crExp2(x: number): number {
  if (x > -1021 && x < 1024 && !Number.isInteger(x)) {
    const k = exp2Approx(x)!;
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return scale(v, k);
  }
  return CR.crExp2(x);
}

// ---- log and log2 --------------------------------------------------------------------------------

/**
 * ln x for a positive finite x into APPROX.
 *
 * x = 2^k z, z in [0.6875, 1.375); r = z / c - 1 computed exactly (z * (1/c) by Dekker, minus 1
 * exactly by Sterbenz), |r| <= 2^-7. ln x = k ln2 + ln c + ln(1 + r), with
 * ln(1 + r) = r(1 + r(-1/2 + r(1/3 + r(-1/4 + r(1/5 + r(-1/6 + r t)))))), t = 1/7 - r/8 + ...
 * - r^8/15 in doubles: its error is 2^-52 * 2^-42 of r, the truncation r^15/16 is 2^-102 of r.
 * Six double-double steps: 2^-100 of ln(1 + r). When k = 0 and c = 1 that is the result; else
 * |ln x| >= 2^-8.5 while the three terms are each below |k| ln2 + 0.4, so the absolute error
 * 2^-102 (|k| ln2 + 1) is below 2^-92 of the result.
 */
export function logApprox(x: number): void {
  let kadj = 0;
  f64[0] = x;
  let hi = u32[1];
  if (hi < 0x00100000) {
    f64[0] = x * 18014398509481984; // 2^54: subnormal to normal
    hi = u32[1];
    kadj = -54;
  }
  const tmp = hi - 0x3fe60000;
  const i = (tmp >> 13) & 127;
  const k0 = tmp >> 20;
  u32[1] = hi - (k0 << 20);
  const z = f64[0];
  const k = k0 + kadj;
  if (LOG_INV === null) logTables();
  const c = LOG_INV![i];
  twoProd(z, c);
  twoSum(H - 1, Lo);
  const rh = H;
  const rl = Lo;
  const t = 1 / 7 + rh * (-1 / 8 + rh * (1 / 9 + rh * (-1 / 10 + rh * (1 / 11 + rh * (-1 / 12 +
    rh * (1 / 13 + rh * (-1 / 14 + rh * (1 / 15))))))));
  ddMulD(rh, rl, t);
  ddAdd(-R6_H, -R6_L, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(R5_H, R5_L, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(-0.25, 0, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(R3_H, R3_L, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(-0.5, 0, H, Lo);
  ddMul(rh, rl, H, Lo);
  ddAdd(1, 0, H, Lo);
  ddMul(rh, rl, H, Lo);
  if (k !== 0 || c !== 1) {
    const ph = H;
    const pl = Lo;
    const C = LOG_C!;
    ddAdd(C[2 * i], C[2 * i + 1], ph, pl);
    if (k !== 0) {
      const qh = H;
      const ql = Lo;
      ddMulD(LN2_H, LN2_L, k);
      ddAdd(H, Lo, qh, ql);
    }
  }
  APPROX[0] = H;
  APPROX[1] = Lo;
  APPROX[2] = Math.abs(H) * EPS;
}

export function crLog(x: number): number {
  if (x > 0 && x < Infinity && x !== 1) {
    logApprox(x);
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return v;
  }
  return CR.crLog(x);
}

/** log2 x = ln x * (1/ln 2): one more double-double product (2^-103). */
export function log2Approx(x: number): void {
  logApprox(x);
  ddMul(APPROX[0], APPROX[1], INVLN2_H, INVLN2_L);
  APPROX[0] = H;
  APPROX[1] = Lo;
  APPROX[2] = Math.abs(H) * EPS;
}

export function crLog2(x: number): number {
  if (x > 0 && x < Infinity) {
    f64[0] = x;
    // Powers of two (exact results) and subnormals go to mathcr.ts.
    if (u32[0] !== 0 || (u32[1] & 0xfffff) !== 0) {
      if (u32[1] >= 0x00100000) {
        log2Approx(x);
        const v = decide(APPROX[0], APPROX[1], APPROX[2]);
        if (v === v) return v;
      }
    }
  }
  return CR.crLog2(x);
}

// ---- sin, cos, tan --------------------------------------------------------------------------------

let sinH = 0;
let sinL = 0;
let cosH = 0;
let cosL = 0;
/** Bound on the absolute error of the reduced argument (propagates to sin and cos unchanged). */
let redErr = 0;

const TRIG_LIMIT = 524288; // 2^19

/**
 * sin and cos of x (|x| < 2^19) into sinH/sinL, cosH/cosL; relative errors below 2^-88 each
 * plus the absolute error redErr of the reduction.
 *
 * Reduction: q = round(x 2/pi), r = x - q (C1 + C2 + C3 + C4) where the parts carry pi/2 to
 * 212 bits (|q| < 2^19, so their own error times q is below 2^-190). Each q Ci is split exactly
 * by Dekker; x - q C1 is exact (Sterbenz), two TwoSums add e1 and q C2 exactly and the remaining
 * terms (below 2^-85) are summed in doubles: absolute error below 2^-50 of that tail plus 2^-130.
 *
 * Evaluation: r = a + b, a = j/64 (table of sin a, cos a), |b| <= 1/128; with z = b^2,
 * sin b = b + b z (-1/6 + z s), s = 1/120 - z/5040 + z^2/9! - z^3/11! in doubles (error
 * 2^-52 of b z^2/120 < 2^-87 of b), cos b = 1 + z(-1/2 + z(1/24 + z u)), u in doubles, and
 * sin(a + b), cos(a + b) by the addition formulas. For j != 0, |r| >= 1/128 and the terms of the
 * formulas are at most 1, so their double-double errors are below 2^-95 of the result.
 */
function sinCos(x: number): void {
  const q = Math.round(x * TWO_OVER_PI);
  let rh: number;
  let rl: number;
  if (q === 0) {
    rh = x;
    rl = 0;
    redErr = 0;
  } else {
    twoProd(q, C1);
    const a = x - H;
    const e1 = Lo;
    twoProd(q, C2);
    const p2 = H;
    const e2 = Lo;
    twoProd(q, C3);
    const p3 = H;
    const tail = -e2 - p3 - (Lo + q * C4);
    twoSum(a, -e1);
    const s1 = H;
    const l1 = Lo;
    twoSum(s1, -p2);
    const s2 = H;
    const l2 = Lo;
    twoSum(s2, l1 + l2 + tail);
    rh = H;
    rl = Lo;
    // The doubles summed in tail and lo were each rounded at most four times.
    redErr = (Math.abs(l1) + Math.abs(l2) + Math.abs(e2) + Math.abs(p3)) * 2 ** -50 + 2 ** -130;
  }
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 64);
  const bh0 = rh - j / 64; // exact (Sterbenz, or j = 0)
  twoSum(bh0, rl);
  const bh = H;
  const bl = Lo;
  ddMul(bh, bl, bh, bl);
  const zh = H;
  const zl = Lo;
  // sin b
  const s = 1 / 120 + zh * (-1 / 5040 + zh * (1 / 362880 - zh * (1 / 39916800)));
  ddMulD(zh, zl, s);
  ddAdd(-R6_H, -R6_L, H, Lo);
  ddMul(zh, zl, H, Lo);
  ddMul(bh, bl, H, Lo);
  ddAdd(bh, bl, H, Lo);
  let sbh = H;
  let sbl = Lo;
  // cos b
  const u = -1 / 720 + zh * (1 / 40320 + zh * (-1 / 3628800 + zh * (1 / 479001600)));
  ddMulD(zh, zl, u);
  ddAdd(R24_H, R24_L, H, Lo);
  ddMul(zh, zl, H, Lo);
  ddAdd(-0.5, 0, H, Lo);
  ddMul(zh, zl, H, Lo);
  ddAdd(1, 0, H, Lo);
  let cbh = H;
  let cbl = Lo;
  if (j !== 0) {
    const T = SC_T ?? (SC_T = sinCosTable());
    const sah = T[4 * j];
    const sal = T[4 * j + 1];
    const cah = T[4 * j + 2];
    const cal = T[4 * j + 3];
    ddMul(sah, sal, cbh, cbl);
    const p1h = H;
    const p1l = Lo;
    ddMul(cah, cal, sbh, sbl);
    const p2h = H;
    const p2l = Lo;
    ddMul(cah, cal, cbh, cbl);
    const p3h = H;
    const p3l = Lo;
    ddMul(sah, sal, sbh, sbl);
    ddAdd(p3h, p3l, -H, -Lo);
    cbh = H;
    cbl = Lo;
    ddAdd(p1h, p1l, p2h, p2l);
    sbh = H;
    sbl = Lo;
  }
  if (neg) {
    sbh = -sbh;
    sbl = -sbl;
  }
  // Quadrant.
  const qm = q & 3;
  if (qm === 0) {
    sinH = sbh; sinL = sbl; cosH = cbh; cosL = cbl;
  } else if (qm === 1) {
    sinH = cbh; sinL = cbl; cosH = -sbh; cosL = -sbl;
  } else if (qm === 2) {
    sinH = -sbh; sinL = -sbl; cosH = -cbh; cosL = -cbl;
  } else {
    sinH = -cbh; sinL = -cbl; cosH = sbh; cosL = sbl;
  }
}

/** Approximations of sin (which 0), cos (1), tan (2) into APPROX, |x| < 2^19, x finite. */
export function trigApprox(x: number, which: number): void {
  sinCos(x);
  if (which === 0) {
    APPROX[0] = sinH;
    APPROX[1] = sinL;
    APPROX[2] = Math.abs(sinH) * EPS + redErr;
  } else if (which === 1) {
    APPROX[0] = cosH;
    APPROX[1] = cosL;
    APPROX[2] = Math.abs(cosH) * EPS + redErr;
  } else {
    // tan = S / C: relative error at most that of S plus that of C plus the division's.
    ddDiv(sinH, sinL, cosH, cosL);
    APPROX[0] = H;
    APPROX[1] = Lo;
    APPROX[2] = Math.abs(H) * (EPS_TAN + redErr / Math.abs(sinH) + redErr / Math.abs(cosH)) * (1 + 2 ** -40);
  }
}

function trig(x: number, which: number): number {
  if (x > -TRIG_LIMIT && x < TRIG_LIMIT && x !== 0) {
    trigApprox(x, which);
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return v;
  }
  return which === 0 ? CR.crSin(x) : which === 1 ? CR.crCos(x) : CR.crTan(x);
}

export function crSin(x: number): number {
  return trig(x, 0);
}
export function crCos(x: number): number {
  return trig(x, 1);
}
export function crTan(x: number): number {
  return trig(x, 2);
}

// ---- atan, atan2, asin, acos ----------------------------------------------------------------------

const TINY = 2 ** -900;
const HUGE = 2 ** 900;

/**
 * The angle of the point (x, y) (double-doubles, x any sign, y >= 0 and not both zero) into
 * H, Lo; returns false when the ratio would leave the safe range.
 *
 * t = min/max of |x|, y in [0, 1] (double-double division); atan t = atan c + atan u with
 * c = j/64 nearest to t and u = (t - c)/(1 + t c), |u| <= 1/128; atan u = u + u z(-1/3 +
 * z(1/5 + z v)), z = u^2, v = -1/7 + z/9 - ... + z^4/15 in doubles (error 2^-52 * 2^-42 of u;
 * truncation u^17/17, 2^-116). Then pi/2 - atan t when y > |x|, pi - that when x < 0: the
 * results are at least atan t - 2^-7.5 or pi/4, so none of the additions cancels much; the
 * total error is below 2^-92 relative.
 */
function angle(xh: number, xl: number, yh: number, yl: number): boolean {
  const neg = xh < 0;
  if (neg) {
    xh = -xh;
    xl = -xl;
  }
  const swap = yh > xh;
  const mx = swap ? yh : xh;
  if (!(mx > TINY && mx < HUGE)) return false;
  const mn = swap ? xh : yh;
  if (swap) ddDiv(xh, xl, yh, yl);
  else ddDiv(yh, yl, xh, xl);
  const th = H;
  const tl = Lo;
  // A zero ratio only from a zero coordinate; a tiny one (underflow ahead) goes to BigInt.
  if (mn !== 0 && !(th > TINY)) return false;
  const j = Math.round(th * 64);
  let uh: number;
  let ul: number;
  if (j === 0) {
    uh = th;
    ul = tl;
  } else {
    const c = j / 64;
    twoSum(th - c, tl); // th - c exact (Sterbenz)
    const nh = H;
    const nl = Lo;
    twoProd(th, c);
    const ph = H;
    const pl = Lo + tl * c;
    ddAdd(1, 0, ph, pl);
    ddDiv(nh, nl, H, Lo);
    uh = H;
    ul = Lo;
  }
  ddMul(uh, ul, uh, ul);
  const zh = H;
  const zl = Lo;
  const v = -1 / 7 + zh * (1 / 9 + zh * (-1 / 11 + zh * (1 / 13 - zh * (1 / 15))));
  ddMulD(zh, zl, v);
  ddAdd(R5_H, R5_L, H, Lo);
  ddMul(zh, zl, H, Lo);
  ddAdd(-R3_H, -R3_L, H, Lo);
  ddMul(zh, zl, H, Lo);
  ddMul(uh, ul, H, Lo);
  ddAdd(uh, ul, H, Lo);
  if (j !== 0) {
    const T = ATAN_T ?? (ATAN_T = atanTable());
    ddAdd(T[2 * j], T[2 * j + 1], H, Lo);
  }
  if (swap) ddAdd(PIO2_H, PIO2_L, -H, -Lo);
  if (neg) ddAdd(PI_H, PI_L, -H, -Lo);
  return true;
}

/** atan2 for finite y, x, not both zero, into APPROX; false when outside the fast range. */
export function atan2Approx(y: number, x: number): boolean {
  const ay = Math.abs(y);
  if (!angle(x, 0, ay, 0)) return false;
  const s = y < 0 ? -1 : 1;
  APPROX[0] = s * H;
  APPROX[1] = s * Lo;
  APPROX[2] = Math.abs(H) * EPS;
  return true;
}

/** atan2 for finite y, x, not both zero (mathcr's contract). */
export function crAtan2(y: number, x: number): number {
  if (y !== 0 && atan2Approx(y, x)) {
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return v;
  }
  return CR.crAtan2(y, x);
}

export function crAtan(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return CR.crAtan(x);
  if (atan2Approx(x, 1)) {
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return v;
  }
  return CR.crAtan(x);
}

/**
 * sqrt(1 - x^2) for |x| <= 1 into H, Lo: 1 - x^2 exactly as a double-double (x^2 by Dekker, 1 - p
 * by TwoSum, minus the product's low part: exact or 2^-106), then a square root with one Newton
 * correction (2^-104).
 */
function cosOfSin(x: number): void {
  twoProd(x, x);
  const pe = Lo;
  twoSum(1, -H);
  const dh0 = H;
  const dl0 = Lo - pe;
  const dh = dh0 + dl0;
  const dl = dl0 - (dh - dh0);
  if (dh === 0) {
    H = 0;
    Lo = 0;
    return;
  }
  const sh = Math.sqrt(dh);
  twoProd(sh, sh);
  const corr = ((dh - H) - Lo + dl) / (2 * sh);
  H = sh + corr;
  Lo = corr - (H - sh);
}

/** asin (which 0) or acos (1) for 0 < |x| <= 1 into APPROX; false outside the fast range. */
export function asinAcosApprox(x: number, which: number): boolean {
  const ax = Math.abs(x);
  if (ax < TINY) return false;
  cosOfSin(ax);
  const ch = H;
  const cl = Lo;
  if (which === 0) {
    if (!angle(ch, cl, ax, 0)) return false;
    const s = x < 0 ? -1 : 1;
    APPROX[0] = s * H;
    APPROX[1] = s * Lo;
  } else {
    if (!angle(x, 0, ch, cl)) return false;
    APPROX[0] = H;
    APPROX[1] = Lo;
  }
  APPROX[2] = Math.abs(H) * EPS;
  return true;
}

export function crAsin(x: number): number {
  if (x >= -1 && x <= 1 && x !== 0 && asinAcosApprox(x, 0)) {
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return v;
  }
  return CR.crAsin(x);
}

export function crAcos(x: number): number {
  if (x === 0) return PIO2_H; // the double nearest pi/2
  if (x >= -1 && x <= 1 && x !== 1 && x !== 0 && asinAcosApprox(x, 1)) {
    const v = decide(APPROX[0], APPROX[1], APPROX[2]);
    if (v === v) return v;
  }
  return CR.crAcos(x);
}
