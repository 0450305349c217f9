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
// Results go to OUT[0] (hi) and OUT[1] (lo), with no allocation; callers copy them out at once.

// (A typed array, not two variables: module variables holding doubles are boxed, and every
// store would allocate.)
const OUT = new Float64Array(2);
const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter (exact for |a| < 2^995)

/** OUT[0] + OUT[1] = a * b exactly (Dekker). */
function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  OUT[0] = p;
  OUT[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** OUT[0] + OUT[1] = a + b exactly (Knuth). */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  OUT[1] = (a - (s - bb)) + (b - bb);
  OUT[0] = s;
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
  OUT[1] = e - (s - h);
  OUT[0] = s;
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
  OUT[1] = e - (s - p);
  OUT[0] = s;
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
  OUT[1] = e - (s - p);
  OUT[0] = s;
}

/** (ah + al) / (bh + bl): three quotient digits from double-double remainders. */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -OUT[0], -OUT[1]);
  const rh = OUT[0];
  const rl = OUT[1];
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -OUT[0], -OUT[1]);
  const q3 = OUT[0] / bh;
  twoSum(q1, q2);
  const s = OUT[0];
  const e = OUT[1] + q3;
  OUT[0] = s + e;
  OUT[1] = e - (OUT[0] - s);
}

/**
 * The double nearest to every real in [h + l - err, h + l + err] when they all round alike,
 * else NaN. fl(l +- e) is at least as far out as l +- err (e is inflated by more than the
 * rounding of that sum), and rounding to nearest is monotonic, so equal roundings of the two
 * ends decide every value between.
 */
function decide(): number {
  const h = APPROX[0];
  const l = APPROX[1];
  const err = APPROX[2];
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
function expKernel(N: number): number {
  const rh = OUT[0];
  const rl = OUT[1];
  const T = EXP_T ?? (EXP_T = expTable());
  const j = N & 63;
  const k = (N - j) / 64;
  const t = 1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320 + rh * (1 / 362880))));
  {
    // ddMulD(rh, rl, t)
    const ah_1 = rh;
    const al_1 = rl;
    const b_1 = t;
    const p_1 = ah_1 * b_1;
    let t_1 = SPLIT * ah_1;
    const ahh_1 = t_1 - (t_1 - ah_1);
    const ahl_1 = ah_1 - ahh_1;
    t_1 = SPLIT * b_1;
    const bh_1 = t_1 - (t_1 - b_1);
    const bl_1 = b_1 - bh_1;
    let e_1 = ((ahh_1 * bh_1 - p_1) + ahh_1 * bl_1 + ahl_1 * bh_1) + ahl_1 * bl_1;
    e_1 += al_1 * b_1;
    const s_1 = p_1 + e_1;
    OUT[1] = e_1 - (s_1 - p_1);
    OUT[0] = s_1;
  }
  {
    // ddAdd(R24_H, R24_L, OUT[0], OUT[1])
    const ah_2 = R24_H;
    const al_2 = R24_L;
    const bh_2 = OUT[0];
    const bl_2 = OUT[1];
    let s_2 = ah_2 + bh_2;
    let v_2 = s_2 - ah_2;
    let e_2 = (ah_2 - (s_2 - v_2)) + (bh_2 - v_2);
    const t_2 = al_2 + bl_2;
    v_2 = t_2 - al_2;
    const f_2 = (al_2 - (t_2 - v_2)) + (bl_2 - v_2);
    e_2 += t_2;
    let h_2 = s_2 + e_2;
    e_2 = e_2 - (h_2 - s_2);
    e_2 += f_2;
    s_2 = h_2 + e_2;
    OUT[1] = e_2 - (s_2 - h_2);
    OUT[0] = s_2;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_3 = rh;
    const al_3 = rl;
    const bh_3 = OUT[0];
    const bl_3 = OUT[1];
    const p_3 = ah_3 * bh_3;
    let t_3 = SPLIT * ah_3;
    const ahh_3 = t_3 - (t_3 - ah_3);
    const ahl_3 = ah_3 - ahh_3;
    t_3 = SPLIT * bh_3;
    const bhh_3 = t_3 - (t_3 - bh_3);
    const bhl_3 = bh_3 - bhh_3;
    let e_3 = ((ahh_3 * bhh_3 - p_3) + ahh_3 * bhl_3 + ahl_3 * bhh_3) + ahl_3 * bhl_3;
    e_3 += ah_3 * bl_3 + al_3 * bh_3;
    const s_3 = p_3 + e_3;
    OUT[1] = e_3 - (s_3 - p_3);
    OUT[0] = s_3;
  }
  {
    // ddAdd(R6_H, R6_L, OUT[0], OUT[1])
    const ah_4 = R6_H;
    const al_4 = R6_L;
    const bh_4 = OUT[0];
    const bl_4 = OUT[1];
    let s_4 = ah_4 + bh_4;
    let v_4 = s_4 - ah_4;
    let e_4 = (ah_4 - (s_4 - v_4)) + (bh_4 - v_4);
    const t_4 = al_4 + bl_4;
    v_4 = t_4 - al_4;
    const f_4 = (al_4 - (t_4 - v_4)) + (bl_4 - v_4);
    e_4 += t_4;
    let h_4 = s_4 + e_4;
    e_4 = e_4 - (h_4 - s_4);
    e_4 += f_4;
    s_4 = h_4 + e_4;
    OUT[1] = e_4 - (s_4 - h_4);
    OUT[0] = s_4;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_5 = rh;
    const al_5 = rl;
    const bh_5 = OUT[0];
    const bl_5 = OUT[1];
    const p_5 = ah_5 * bh_5;
    let t_5 = SPLIT * ah_5;
    const ahh_5 = t_5 - (t_5 - ah_5);
    const ahl_5 = ah_5 - ahh_5;
    t_5 = SPLIT * bh_5;
    const bhh_5 = t_5 - (t_5 - bh_5);
    const bhl_5 = bh_5 - bhh_5;
    let e_5 = ((ahh_5 * bhh_5 - p_5) + ahh_5 * bhl_5 + ahl_5 * bhh_5) + ahl_5 * bhl_5;
    e_5 += ah_5 * bl_5 + al_5 * bh_5;
    const s_5 = p_5 + e_5;
    OUT[1] = e_5 - (s_5 - p_5);
    OUT[0] = s_5;
  }
  {
    // ddAdd(0.5, 0, OUT[0], OUT[1])
    const ah_6 = 0.5;
    const al_6 = 0;
    const bh_6 = OUT[0];
    const bl_6 = OUT[1];
    let s_6 = ah_6 + bh_6;
    let v_6 = s_6 - ah_6;
    let e_6 = (ah_6 - (s_6 - v_6)) + (bh_6 - v_6);
    const t_6 = al_6 + bl_6;
    v_6 = t_6 - al_6;
    const f_6 = (al_6 - (t_6 - v_6)) + (bl_6 - v_6);
    e_6 += t_6;
    let h_6 = s_6 + e_6;
    e_6 = e_6 - (h_6 - s_6);
    e_6 += f_6;
    s_6 = h_6 + e_6;
    OUT[1] = e_6 - (s_6 - h_6);
    OUT[0] = s_6;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_7 = rh;
    const al_7 = rl;
    const bh_7 = OUT[0];
    const bl_7 = OUT[1];
    const p_7 = ah_7 * bh_7;
    let t_7 = SPLIT * ah_7;
    const ahh_7 = t_7 - (t_7 - ah_7);
    const ahl_7 = ah_7 - ahh_7;
    t_7 = SPLIT * bh_7;
    const bhh_7 = t_7 - (t_7 - bh_7);
    const bhl_7 = bh_7 - bhh_7;
    let e_7 = ((ahh_7 * bhh_7 - p_7) + ahh_7 * bhl_7 + ahl_7 * bhh_7) + ahl_7 * bhl_7;
    e_7 += ah_7 * bl_7 + al_7 * bh_7;
    const s_7 = p_7 + e_7;
    OUT[1] = e_7 - (s_7 - p_7);
    OUT[0] = s_7;
  }
  {
    // ddAdd(1, 0, OUT[0], OUT[1])
    const ah_8 = 1;
    const al_8 = 0;
    const bh_8 = OUT[0];
    const bl_8 = OUT[1];
    let s_8 = ah_8 + bh_8;
    let v_8 = s_8 - ah_8;
    let e_8 = (ah_8 - (s_8 - v_8)) + (bh_8 - v_8);
    const t_8 = al_8 + bl_8;
    v_8 = t_8 - al_8;
    const f_8 = (al_8 - (t_8 - v_8)) + (bl_8 - v_8);
    e_8 += t_8;
    let h_8 = s_8 + e_8;
    e_8 = e_8 - (h_8 - s_8);
    e_8 += f_8;
    s_8 = h_8 + e_8;
    OUT[1] = e_8 - (s_8 - h_8);
    OUT[0] = s_8;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_9 = rh;
    const al_9 = rl;
    const bh_9 = OUT[0];
    const bl_9 = OUT[1];
    const p_9 = ah_9 * bh_9;
    let t_9 = SPLIT * ah_9;
    const ahh_9 = t_9 - (t_9 - ah_9);
    const ahl_9 = ah_9 - ahh_9;
    t_9 = SPLIT * bh_9;
    const bhh_9 = t_9 - (t_9 - bh_9);
    const bhl_9 = bh_9 - bhh_9;
    let e_9 = ((ahh_9 * bhh_9 - p_9) + ahh_9 * bhl_9 + ahl_9 * bhh_9) + ahl_9 * bhl_9;
    e_9 += ah_9 * bl_9 + al_9 * bh_9;
    const s_9 = p_9 + e_9;
    OUT[1] = e_9 - (s_9 - p_9);
    OUT[0] = s_9;
  }
  {
    // ddAdd(1, 0, OUT[0], OUT[1])
    const ah_10 = 1;
    const al_10 = 0;
    const bh_10 = OUT[0];
    const bl_10 = OUT[1];
    let s_10 = ah_10 + bh_10;
    let v_10 = s_10 - ah_10;
    let e_10 = (ah_10 - (s_10 - v_10)) + (bh_10 - v_10);
    const t_10 = al_10 + bl_10;
    v_10 = t_10 - al_10;
    const f_10 = (al_10 - (t_10 - v_10)) + (bl_10 - v_10);
    e_10 += t_10;
    let h_10 = s_10 + e_10;
    e_10 = e_10 - (h_10 - s_10);
    e_10 += f_10;
    s_10 = h_10 + e_10;
    OUT[1] = e_10 - (s_10 - h_10);
    OUT[0] = s_10;
  }
  {
    // ddMul(T[2 * j], T[2 * j + 1], OUT[0], OUT[1])
    const ah_11 = T[2 * j];
    const al_11 = T[2 * j + 1];
    const bh_11 = OUT[0];
    const bl_11 = OUT[1];
    const p_11 = ah_11 * bh_11;
    let t_11 = SPLIT * ah_11;
    const ahh_11 = t_11 - (t_11 - ah_11);
    const ahl_11 = ah_11 - ahh_11;
    t_11 = SPLIT * bh_11;
    const bhh_11 = t_11 - (t_11 - bh_11);
    const bhl_11 = bh_11 - bhh_11;
    let e_11 = ((ahh_11 * bhh_11 - p_11) + ahh_11 * bhl_11 + ahl_11 * bhh_11) + ahl_11 * bhl_11;
    e_11 += ah_11 * bl_11 + al_11 * bh_11;
    const s_11 = p_11 + e_11;
    OUT[1] = e_11 - (s_11 - p_11);
    OUT[0] = s_11;
  }
  APPROX[0] = OUT[0];
  APPROX[1] = OUT[1];
  APPROX[2] = Math.abs(OUT[0]) * EPS;
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
    OUT[0] = x;
    OUT[1] = 0;
    return 0;
  }
  // x - N M1 is exact (Sterbenz: N M1 is within ln2/128 of x and at least ln2/64); the rest,
  // |e1 + p2 + e2 + N M3| < 2^-42, is summed in doubles with error < 2^-95.
  {
    // twoProd(N, M1)
    const a_12 = N;
    const b_12 = M1;
    const p_12 = a_12 * b_12;
    let t_12 = SPLIT * a_12;
    const ah_12 = t_12 - (t_12 - a_12);
    const al_12 = a_12 - ah_12;
    t_12 = SPLIT * b_12;
    const bh_12 = t_12 - (t_12 - b_12);
    const bl_12 = b_12 - bh_12;
    OUT[0] = p_12;
    OUT[1] = ((ah_12 * bh_12 - p_12) + ah_12 * bl_12 + al_12 * bh_12) + al_12 * bl_12;
  }
  const a = x - OUT[0];
  const e1 = OUT[1];
  {
    // twoProd(N, M2)
    const a_13 = N;
    const b_13 = M2;
    const p_13 = a_13 * b_13;
    let t_13 = SPLIT * a_13;
    const ah_13 = t_13 - (t_13 - a_13);
    const al_13 = a_13 - ah_13;
    t_13 = SPLIT * b_13;
    const bh_13 = t_13 - (t_13 - b_13);
    const bl_13 = b_13 - bh_13;
    OUT[0] = p_13;
    OUT[1] = ((ah_13 * bh_13 - p_13) + ah_13 * bl_13 + al_13 * bh_13) + al_13 * bl_13;
  }
  const c = e1 + OUT[0] + (OUT[1] + N * M3);
  {
    // twoSum(a, -c)
    const a_14 = a;
    const b_14 = -c;
    const s_14 = a_14 + b_14;
    const bb_14 = s_14 - a_14;
    OUT[1] = (a_14 - (s_14 - bb_14)) + (b_14 - bb_14);
    OUT[0] = s_14;
  }
  return N;
}

/** The fast approximation of e^x (APPROX), or false outside its range. */
export function expApprox(x: number): number | null {
  if (!(x > -707 && x < 709.7)) return null;
  const N = expApproxReduce(x);
  return expKernel(N);
}

export function crExp(x: number): number {
  if (x > -707 && x < 709.7) {
    const N = expApproxReduce(x);
    const k = expKernel(N);
    const v = decide();
    if (v === v) return scale(v, k);
  }
  return CR.crExp(x);
}

/** 2^x: x = N/64 + f exactly (|f| <= 1/128), r = f ln 2 in double-double (error 2^-104). */
export function exp2Approx(x: number): number | null {
  if (!(x > -1021 && x < 1024)) return null;
  const N = Math.round(x * 64);
  const f = x - N / 64; // exact: Sterbenz for |x| >= 1/128, else N = 0
  {
    // ddMulD(LN2_H, LN2_L, f)
    const ah_15 = LN2_H;
    const al_15 = LN2_L;
    const b_15 = f;
    const p_15 = ah_15 * b_15;
    let t_15 = SPLIT * ah_15;
    const ahh_15 = t_15 - (t_15 - ah_15);
    const ahl_15 = ah_15 - ahh_15;
    t_15 = SPLIT * b_15;
    const bh_15 = t_15 - (t_15 - b_15);
    const bl_15 = b_15 - bh_15;
    let e_15 = ((ahh_15 * bh_15 - p_15) + ahh_15 * bl_15 + ahl_15 * bh_15) + ahl_15 * bl_15;
    e_15 += al_15 * b_15;
    const s_15 = p_15 + e_15;
    OUT[1] = e_15 - (s_15 - p_15);
    OUT[0] = s_15;
  }
  return expKernel(N);
}

export function crExp2(x: number): number {
  if (x > -1021 && x < 1024 && !Number.isInteger(x)) {
    const k = exp2Approx(x)!;
    const v = decide();
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
  {
    // twoProd(z, c)
    const a_16 = z;
    const b_16 = c;
    const p_16 = a_16 * b_16;
    let t_16 = SPLIT * a_16;
    const ah_16 = t_16 - (t_16 - a_16);
    const al_16 = a_16 - ah_16;
    t_16 = SPLIT * b_16;
    const bh_16 = t_16 - (t_16 - b_16);
    const bl_16 = b_16 - bh_16;
    OUT[0] = p_16;
    OUT[1] = ((ah_16 * bh_16 - p_16) + ah_16 * bl_16 + al_16 * bh_16) + al_16 * bl_16;
  }
  {
    // twoSum(OUT[0] - 1, OUT[1])
    const a_17 = OUT[0] - 1;
    const b_17 = OUT[1];
    const s_17 = a_17 + b_17;
    const bb_17 = s_17 - a_17;
    OUT[1] = (a_17 - (s_17 - bb_17)) + (b_17 - bb_17);
    OUT[0] = s_17;
  }
  const rh = OUT[0];
  const rl = OUT[1];
  const t = 1 / 7 + rh * (-1 / 8 + rh * (1 / 9 + rh * (-1 / 10 + rh * (1 / 11 + rh * (-1 / 12 +
    rh * (1 / 13 + rh * (-1 / 14 + rh * (1 / 15))))))));
  {
    // ddMulD(rh, rl, t)
    const ah_18 = rh;
    const al_18 = rl;
    const b_18 = t;
    const p_18 = ah_18 * b_18;
    let t_18 = SPLIT * ah_18;
    const ahh_18 = t_18 - (t_18 - ah_18);
    const ahl_18 = ah_18 - ahh_18;
    t_18 = SPLIT * b_18;
    const bh_18 = t_18 - (t_18 - b_18);
    const bl_18 = b_18 - bh_18;
    let e_18 = ((ahh_18 * bh_18 - p_18) + ahh_18 * bl_18 + ahl_18 * bh_18) + ahl_18 * bl_18;
    e_18 += al_18 * b_18;
    const s_18 = p_18 + e_18;
    OUT[1] = e_18 - (s_18 - p_18);
    OUT[0] = s_18;
  }
  {
    // ddAdd(-R6_H, -R6_L, OUT[0], OUT[1])
    const ah_19 = -R6_H;
    const al_19 = -R6_L;
    const bh_19 = OUT[0];
    const bl_19 = OUT[1];
    let s_19 = ah_19 + bh_19;
    let v_19 = s_19 - ah_19;
    let e_19 = (ah_19 - (s_19 - v_19)) + (bh_19 - v_19);
    const t_19 = al_19 + bl_19;
    v_19 = t_19 - al_19;
    const f_19 = (al_19 - (t_19 - v_19)) + (bl_19 - v_19);
    e_19 += t_19;
    let h_19 = s_19 + e_19;
    e_19 = e_19 - (h_19 - s_19);
    e_19 += f_19;
    s_19 = h_19 + e_19;
    OUT[1] = e_19 - (s_19 - h_19);
    OUT[0] = s_19;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_20 = rh;
    const al_20 = rl;
    const bh_20 = OUT[0];
    const bl_20 = OUT[1];
    const p_20 = ah_20 * bh_20;
    let t_20 = SPLIT * ah_20;
    const ahh_20 = t_20 - (t_20 - ah_20);
    const ahl_20 = ah_20 - ahh_20;
    t_20 = SPLIT * bh_20;
    const bhh_20 = t_20 - (t_20 - bh_20);
    const bhl_20 = bh_20 - bhh_20;
    let e_20 = ((ahh_20 * bhh_20 - p_20) + ahh_20 * bhl_20 + ahl_20 * bhh_20) + ahl_20 * bhl_20;
    e_20 += ah_20 * bl_20 + al_20 * bh_20;
    const s_20 = p_20 + e_20;
    OUT[1] = e_20 - (s_20 - p_20);
    OUT[0] = s_20;
  }
  {
    // ddAdd(R5_H, R5_L, OUT[0], OUT[1])
    const ah_21 = R5_H;
    const al_21 = R5_L;
    const bh_21 = OUT[0];
    const bl_21 = OUT[1];
    let s_21 = ah_21 + bh_21;
    let v_21 = s_21 - ah_21;
    let e_21 = (ah_21 - (s_21 - v_21)) + (bh_21 - v_21);
    const t_21 = al_21 + bl_21;
    v_21 = t_21 - al_21;
    const f_21 = (al_21 - (t_21 - v_21)) + (bl_21 - v_21);
    e_21 += t_21;
    let h_21 = s_21 + e_21;
    e_21 = e_21 - (h_21 - s_21);
    e_21 += f_21;
    s_21 = h_21 + e_21;
    OUT[1] = e_21 - (s_21 - h_21);
    OUT[0] = s_21;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_22 = rh;
    const al_22 = rl;
    const bh_22 = OUT[0];
    const bl_22 = OUT[1];
    const p_22 = ah_22 * bh_22;
    let t_22 = SPLIT * ah_22;
    const ahh_22 = t_22 - (t_22 - ah_22);
    const ahl_22 = ah_22 - ahh_22;
    t_22 = SPLIT * bh_22;
    const bhh_22 = t_22 - (t_22 - bh_22);
    const bhl_22 = bh_22 - bhh_22;
    let e_22 = ((ahh_22 * bhh_22 - p_22) + ahh_22 * bhl_22 + ahl_22 * bhh_22) + ahl_22 * bhl_22;
    e_22 += ah_22 * bl_22 + al_22 * bh_22;
    const s_22 = p_22 + e_22;
    OUT[1] = e_22 - (s_22 - p_22);
    OUT[0] = s_22;
  }
  {
    // ddAdd(-0.25, 0, OUT[0], OUT[1])
    const ah_23 = -0.25;
    const al_23 = 0;
    const bh_23 = OUT[0];
    const bl_23 = OUT[1];
    let s_23 = ah_23 + bh_23;
    let v_23 = s_23 - ah_23;
    let e_23 = (ah_23 - (s_23 - v_23)) + (bh_23 - v_23);
    const t_23 = al_23 + bl_23;
    v_23 = t_23 - al_23;
    const f_23 = (al_23 - (t_23 - v_23)) + (bl_23 - v_23);
    e_23 += t_23;
    let h_23 = s_23 + e_23;
    e_23 = e_23 - (h_23 - s_23);
    e_23 += f_23;
    s_23 = h_23 + e_23;
    OUT[1] = e_23 - (s_23 - h_23);
    OUT[0] = s_23;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_24 = rh;
    const al_24 = rl;
    const bh_24 = OUT[0];
    const bl_24 = OUT[1];
    const p_24 = ah_24 * bh_24;
    let t_24 = SPLIT * ah_24;
    const ahh_24 = t_24 - (t_24 - ah_24);
    const ahl_24 = ah_24 - ahh_24;
    t_24 = SPLIT * bh_24;
    const bhh_24 = t_24 - (t_24 - bh_24);
    const bhl_24 = bh_24 - bhh_24;
    let e_24 = ((ahh_24 * bhh_24 - p_24) + ahh_24 * bhl_24 + ahl_24 * bhh_24) + ahl_24 * bhl_24;
    e_24 += ah_24 * bl_24 + al_24 * bh_24;
    const s_24 = p_24 + e_24;
    OUT[1] = e_24 - (s_24 - p_24);
    OUT[0] = s_24;
  }
  {
    // ddAdd(R3_H, R3_L, OUT[0], OUT[1])
    const ah_25 = R3_H;
    const al_25 = R3_L;
    const bh_25 = OUT[0];
    const bl_25 = OUT[1];
    let s_25 = ah_25 + bh_25;
    let v_25 = s_25 - ah_25;
    let e_25 = (ah_25 - (s_25 - v_25)) + (bh_25 - v_25);
    const t_25 = al_25 + bl_25;
    v_25 = t_25 - al_25;
    const f_25 = (al_25 - (t_25 - v_25)) + (bl_25 - v_25);
    e_25 += t_25;
    let h_25 = s_25 + e_25;
    e_25 = e_25 - (h_25 - s_25);
    e_25 += f_25;
    s_25 = h_25 + e_25;
    OUT[1] = e_25 - (s_25 - h_25);
    OUT[0] = s_25;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_26 = rh;
    const al_26 = rl;
    const bh_26 = OUT[0];
    const bl_26 = OUT[1];
    const p_26 = ah_26 * bh_26;
    let t_26 = SPLIT * ah_26;
    const ahh_26 = t_26 - (t_26 - ah_26);
    const ahl_26 = ah_26 - ahh_26;
    t_26 = SPLIT * bh_26;
    const bhh_26 = t_26 - (t_26 - bh_26);
    const bhl_26 = bh_26 - bhh_26;
    let e_26 = ((ahh_26 * bhh_26 - p_26) + ahh_26 * bhl_26 + ahl_26 * bhh_26) + ahl_26 * bhl_26;
    e_26 += ah_26 * bl_26 + al_26 * bh_26;
    const s_26 = p_26 + e_26;
    OUT[1] = e_26 - (s_26 - p_26);
    OUT[0] = s_26;
  }
  {
    // ddAdd(-0.5, 0, OUT[0], OUT[1])
    const ah_27 = -0.5;
    const al_27 = 0;
    const bh_27 = OUT[0];
    const bl_27 = OUT[1];
    let s_27 = ah_27 + bh_27;
    let v_27 = s_27 - ah_27;
    let e_27 = (ah_27 - (s_27 - v_27)) + (bh_27 - v_27);
    const t_27 = al_27 + bl_27;
    v_27 = t_27 - al_27;
    const f_27 = (al_27 - (t_27 - v_27)) + (bl_27 - v_27);
    e_27 += t_27;
    let h_27 = s_27 + e_27;
    e_27 = e_27 - (h_27 - s_27);
    e_27 += f_27;
    s_27 = h_27 + e_27;
    OUT[1] = e_27 - (s_27 - h_27);
    OUT[0] = s_27;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_28 = rh;
    const al_28 = rl;
    const bh_28 = OUT[0];
    const bl_28 = OUT[1];
    const p_28 = ah_28 * bh_28;
    let t_28 = SPLIT * ah_28;
    const ahh_28 = t_28 - (t_28 - ah_28);
    const ahl_28 = ah_28 - ahh_28;
    t_28 = SPLIT * bh_28;
    const bhh_28 = t_28 - (t_28 - bh_28);
    const bhl_28 = bh_28 - bhh_28;
    let e_28 = ((ahh_28 * bhh_28 - p_28) + ahh_28 * bhl_28 + ahl_28 * bhh_28) + ahl_28 * bhl_28;
    e_28 += ah_28 * bl_28 + al_28 * bh_28;
    const s_28 = p_28 + e_28;
    OUT[1] = e_28 - (s_28 - p_28);
    OUT[0] = s_28;
  }
  {
    // ddAdd(1, 0, OUT[0], OUT[1])
    const ah_29 = 1;
    const al_29 = 0;
    const bh_29 = OUT[0];
    const bl_29 = OUT[1];
    let s_29 = ah_29 + bh_29;
    let v_29 = s_29 - ah_29;
    let e_29 = (ah_29 - (s_29 - v_29)) + (bh_29 - v_29);
    const t_29 = al_29 + bl_29;
    v_29 = t_29 - al_29;
    const f_29 = (al_29 - (t_29 - v_29)) + (bl_29 - v_29);
    e_29 += t_29;
    let h_29 = s_29 + e_29;
    e_29 = e_29 - (h_29 - s_29);
    e_29 += f_29;
    s_29 = h_29 + e_29;
    OUT[1] = e_29 - (s_29 - h_29);
    OUT[0] = s_29;
  }
  {
    // ddMul(rh, rl, OUT[0], OUT[1])
    const ah_30 = rh;
    const al_30 = rl;
    const bh_30 = OUT[0];
    const bl_30 = OUT[1];
    const p_30 = ah_30 * bh_30;
    let t_30 = SPLIT * ah_30;
    const ahh_30 = t_30 - (t_30 - ah_30);
    const ahl_30 = ah_30 - ahh_30;
    t_30 = SPLIT * bh_30;
    const bhh_30 = t_30 - (t_30 - bh_30);
    const bhl_30 = bh_30 - bhh_30;
    let e_30 = ((ahh_30 * bhh_30 - p_30) + ahh_30 * bhl_30 + ahl_30 * bhh_30) + ahl_30 * bhl_30;
    e_30 += ah_30 * bl_30 + al_30 * bh_30;
    const s_30 = p_30 + e_30;
    OUT[1] = e_30 - (s_30 - p_30);
    OUT[0] = s_30;
  }
  if (k !== 0 || c !== 1) {
    const ph = OUT[0];
    const pl = OUT[1];
    const C = LOG_C!;
    {
      // ddAdd(C[2 * i], C[2 * i + 1], ph, pl)
      const ah_31 = C[2 * i];
      const al_31 = C[2 * i + 1];
      const bh_31 = ph;
      const bl_31 = pl;
      let s_31 = ah_31 + bh_31;
      let v_31 = s_31 - ah_31;
      let e_31 = (ah_31 - (s_31 - v_31)) + (bh_31 - v_31);
      const t_31 = al_31 + bl_31;
      v_31 = t_31 - al_31;
      const f_31 = (al_31 - (t_31 - v_31)) + (bl_31 - v_31);
      e_31 += t_31;
      let h_31 = s_31 + e_31;
      e_31 = e_31 - (h_31 - s_31);
      e_31 += f_31;
      s_31 = h_31 + e_31;
      OUT[1] = e_31 - (s_31 - h_31);
      OUT[0] = s_31;
    }
    if (k !== 0) {
      const qh = OUT[0];
      const ql = OUT[1];
      {
        // ddMulD(LN2_H, LN2_L, k)
        const ah_32 = LN2_H;
        const al_32 = LN2_L;
        const b_32 = k;
        const p_32 = ah_32 * b_32;
        let t_32 = SPLIT * ah_32;
        const ahh_32 = t_32 - (t_32 - ah_32);
        const ahl_32 = ah_32 - ahh_32;
        t_32 = SPLIT * b_32;
        const bh_32 = t_32 - (t_32 - b_32);
        const bl_32 = b_32 - bh_32;
        let e_32 = ((ahh_32 * bh_32 - p_32) + ahh_32 * bl_32 + ahl_32 * bh_32) + ahl_32 * bl_32;
        e_32 += al_32 * b_32;
        const s_32 = p_32 + e_32;
        OUT[1] = e_32 - (s_32 - p_32);
        OUT[0] = s_32;
      }
      {
        // ddAdd(OUT[0], OUT[1], qh, ql)
        const ah_33 = OUT[0];
        const al_33 = OUT[1];
        const bh_33 = qh;
        const bl_33 = ql;
        let s_33 = ah_33 + bh_33;
        let v_33 = s_33 - ah_33;
        let e_33 = (ah_33 - (s_33 - v_33)) + (bh_33 - v_33);
        const t_33 = al_33 + bl_33;
        v_33 = t_33 - al_33;
        const f_33 = (al_33 - (t_33 - v_33)) + (bl_33 - v_33);
        e_33 += t_33;
        let h_33 = s_33 + e_33;
        e_33 = e_33 - (h_33 - s_33);
        e_33 += f_33;
        s_33 = h_33 + e_33;
        OUT[1] = e_33 - (s_33 - h_33);
        OUT[0] = s_33;
      }
    }
  }
  APPROX[0] = OUT[0];
  APPROX[1] = OUT[1];
  APPROX[2] = Math.abs(OUT[0]) * EPS;
}

export function crLog(x: number): number {
  if (x > 0 && x < Infinity && x !== 1) {
    logApprox(x);
    const v = decide();
    if (v === v) return v;
  }
  return CR.crLog(x);
}

/** log2 x = ln x * (1/ln 2): one more double-double product (2^-103). */
export function log2Approx(x: number): void {
  logApprox(x);
  {
    // ddMul(APPROX[0], APPROX[1], INVLN2_H, INVLN2_L)
    const ah_34 = APPROX[0];
    const al_34 = APPROX[1];
    const bh_34 = INVLN2_H;
    const bl_34 = INVLN2_L;
    const p_34 = ah_34 * bh_34;
    let t_34 = SPLIT * ah_34;
    const ahh_34 = t_34 - (t_34 - ah_34);
    const ahl_34 = ah_34 - ahh_34;
    t_34 = SPLIT * bh_34;
    const bhh_34 = t_34 - (t_34 - bh_34);
    const bhl_34 = bh_34 - bhh_34;
    let e_34 = ((ahh_34 * bhh_34 - p_34) + ahh_34 * bhl_34 + ahl_34 * bhh_34) + ahl_34 * bhl_34;
    e_34 += ah_34 * bl_34 + al_34 * bh_34;
    const s_34 = p_34 + e_34;
    OUT[1] = e_34 - (s_34 - p_34);
    OUT[0] = s_34;
  }
  APPROX[0] = OUT[0];
  APPROX[1] = OUT[1];
  APPROX[2] = Math.abs(OUT[0]) * EPS;
}

export function crLog2(x: number): number {
  if (x > 0 && x < Infinity) {
    f64[0] = x;
    // Powers of two (exact results) and subnormals go to mathcr.ts.
    if (u32[0] !== 0 || (u32[1] & 0xfffff) !== 0) {
      if (u32[1] >= 0x00100000) {
        log2Approx(x);
        const v = decide();
        if (v === v) return v;
      }
    }
  }
  return CR.crLog2(x);
}

// ---- sin, cos, tan --------------------------------------------------------------------------------

/**
 * sinCos's results: sin hi, lo, cos hi, lo, and a bound on the absolute error of the reduced
 * argument (which propagates to sin and cos unchanged).
 */
const SC = new Float64Array(5);

const TRIG_LIMIT = 524288; // 2^19

/**
 * sin and cos of x (|x| < 2^19) into SC[0]/SC[1], SC[2]/SC[3]; relative errors below 2^-88 each
 * plus the absolute error SC[4] of the reduction.
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
    SC[4] = 0;
  } else {
    {
      // twoProd(q, C1)
      const a_35 = q;
      const b_35 = C1;
      const p_35 = a_35 * b_35;
      let t_35 = SPLIT * a_35;
      const ah_35 = t_35 - (t_35 - a_35);
      const al_35 = a_35 - ah_35;
      t_35 = SPLIT * b_35;
      const bh_35 = t_35 - (t_35 - b_35);
      const bl_35 = b_35 - bh_35;
      OUT[0] = p_35;
      OUT[1] = ((ah_35 * bh_35 - p_35) + ah_35 * bl_35 + al_35 * bh_35) + al_35 * bl_35;
    }
    const a = x - OUT[0];
    const e1 = OUT[1];
    {
      // twoProd(q, C2)
      const a_36 = q;
      const b_36 = C2;
      const p_36 = a_36 * b_36;
      let t_36 = SPLIT * a_36;
      const ah_36 = t_36 - (t_36 - a_36);
      const al_36 = a_36 - ah_36;
      t_36 = SPLIT * b_36;
      const bh_36 = t_36 - (t_36 - b_36);
      const bl_36 = b_36 - bh_36;
      OUT[0] = p_36;
      OUT[1] = ((ah_36 * bh_36 - p_36) + ah_36 * bl_36 + al_36 * bh_36) + al_36 * bl_36;
    }
    const p2 = OUT[0];
    const e2 = OUT[1];
    {
      // twoProd(q, C3)
      const a_37 = q;
      const b_37 = C3;
      const p_37 = a_37 * b_37;
      let t_37 = SPLIT * a_37;
      const ah_37 = t_37 - (t_37 - a_37);
      const al_37 = a_37 - ah_37;
      t_37 = SPLIT * b_37;
      const bh_37 = t_37 - (t_37 - b_37);
      const bl_37 = b_37 - bh_37;
      OUT[0] = p_37;
      OUT[1] = ((ah_37 * bh_37 - p_37) + ah_37 * bl_37 + al_37 * bh_37) + al_37 * bl_37;
    }
    const p3 = OUT[0];
    const tail = -e2 - p3 - (OUT[1] + q * C4);
    {
      // twoSum(a, -e1)
      const a_38 = a;
      const b_38 = -e1;
      const s_38 = a_38 + b_38;
      const bb_38 = s_38 - a_38;
      OUT[1] = (a_38 - (s_38 - bb_38)) + (b_38 - bb_38);
      OUT[0] = s_38;
    }
    const s1 = OUT[0];
    const l1 = OUT[1];
    {
      // twoSum(s1, -p2)
      const a_39 = s1;
      const b_39 = -p2;
      const s_39 = a_39 + b_39;
      const bb_39 = s_39 - a_39;
      OUT[1] = (a_39 - (s_39 - bb_39)) + (b_39 - bb_39);
      OUT[0] = s_39;
    }
    const s2 = OUT[0];
    const l2 = OUT[1];
    {
      // twoSum(s2, l1 + l2 + tail)
      const a_40 = s2;
      const b_40 = l1 + l2 + tail;
      const s_40 = a_40 + b_40;
      const bb_40 = s_40 - a_40;
      OUT[1] = (a_40 - (s_40 - bb_40)) + (b_40 - bb_40);
      OUT[0] = s_40;
    }
    rh = OUT[0];
    rl = OUT[1];
    // The doubles summed in tail and lo were each rounded at most four times.
    SC[4] = (Math.abs(l1) + Math.abs(l2) + Math.abs(e2) + Math.abs(p3)) * 2 ** -50 + 2 ** -130;
  }
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 64);
  const bh0 = rh - j / 64; // exact (Sterbenz, or j = 0)
  {
    // twoSum(bh0, rl)
    const a_41 = bh0;
    const b_41 = rl;
    const s_41 = a_41 + b_41;
    const bb_41 = s_41 - a_41;
    OUT[1] = (a_41 - (s_41 - bb_41)) + (b_41 - bb_41);
    OUT[0] = s_41;
  }
  const bh = OUT[0];
  const bl = OUT[1];
  {
    // ddMul(bh, bl, bh, bl)
    const ah_42 = bh;
    const al_42 = bl;
    const bh_42 = bh;
    const bl_42 = bl;
    const p_42 = ah_42 * bh_42;
    let t_42 = SPLIT * ah_42;
    const ahh_42 = t_42 - (t_42 - ah_42);
    const ahl_42 = ah_42 - ahh_42;
    t_42 = SPLIT * bh_42;
    const bhh_42 = t_42 - (t_42 - bh_42);
    const bhl_42 = bh_42 - bhh_42;
    let e_42 = ((ahh_42 * bhh_42 - p_42) + ahh_42 * bhl_42 + ahl_42 * bhh_42) + ahl_42 * bhl_42;
    e_42 += ah_42 * bl_42 + al_42 * bh_42;
    const s_42 = p_42 + e_42;
    OUT[1] = e_42 - (s_42 - p_42);
    OUT[0] = s_42;
  }
  const zh = OUT[0];
  const zl = OUT[1];
  // sin b
  const s = 1 / 120 + zh * (-1 / 5040 + zh * (1 / 362880 - zh * (1 / 39916800)));
  {
    // ddMulD(zh, zl, s)
    const ah_43 = zh;
    const al_43 = zl;
    const b_43 = s;
    const p_43 = ah_43 * b_43;
    let t_43 = SPLIT * ah_43;
    const ahh_43 = t_43 - (t_43 - ah_43);
    const ahl_43 = ah_43 - ahh_43;
    t_43 = SPLIT * b_43;
    const bh_43 = t_43 - (t_43 - b_43);
    const bl_43 = b_43 - bh_43;
    let e_43 = ((ahh_43 * bh_43 - p_43) + ahh_43 * bl_43 + ahl_43 * bh_43) + ahl_43 * bl_43;
    e_43 += al_43 * b_43;
    const s_43 = p_43 + e_43;
    OUT[1] = e_43 - (s_43 - p_43);
    OUT[0] = s_43;
  }
  {
    // ddAdd(-R6_H, -R6_L, OUT[0], OUT[1])
    const ah_44 = -R6_H;
    const al_44 = -R6_L;
    const bh_44 = OUT[0];
    const bl_44 = OUT[1];
    let s_44 = ah_44 + bh_44;
    let v_44 = s_44 - ah_44;
    let e_44 = (ah_44 - (s_44 - v_44)) + (bh_44 - v_44);
    const t_44 = al_44 + bl_44;
    v_44 = t_44 - al_44;
    const f_44 = (al_44 - (t_44 - v_44)) + (bl_44 - v_44);
    e_44 += t_44;
    let h_44 = s_44 + e_44;
    e_44 = e_44 - (h_44 - s_44);
    e_44 += f_44;
    s_44 = h_44 + e_44;
    OUT[1] = e_44 - (s_44 - h_44);
    OUT[0] = s_44;
  }
  {
    // ddMul(zh, zl, OUT[0], OUT[1])
    const ah_45 = zh;
    const al_45 = zl;
    const bh_45 = OUT[0];
    const bl_45 = OUT[1];
    const p_45 = ah_45 * bh_45;
    let t_45 = SPLIT * ah_45;
    const ahh_45 = t_45 - (t_45 - ah_45);
    const ahl_45 = ah_45 - ahh_45;
    t_45 = SPLIT * bh_45;
    const bhh_45 = t_45 - (t_45 - bh_45);
    const bhl_45 = bh_45 - bhh_45;
    let e_45 = ((ahh_45 * bhh_45 - p_45) + ahh_45 * bhl_45 + ahl_45 * bhh_45) + ahl_45 * bhl_45;
    e_45 += ah_45 * bl_45 + al_45 * bh_45;
    const s_45 = p_45 + e_45;
    OUT[1] = e_45 - (s_45 - p_45);
    OUT[0] = s_45;
  }
  {
    // ddMul(bh, bl, OUT[0], OUT[1])
    const ah_46 = bh;
    const al_46 = bl;
    const bh_46 = OUT[0];
    const bl_46 = OUT[1];
    const p_46 = ah_46 * bh_46;
    let t_46 = SPLIT * ah_46;
    const ahh_46 = t_46 - (t_46 - ah_46);
    const ahl_46 = ah_46 - ahh_46;
    t_46 = SPLIT * bh_46;
    const bhh_46 = t_46 - (t_46 - bh_46);
    const bhl_46 = bh_46 - bhh_46;
    let e_46 = ((ahh_46 * bhh_46 - p_46) + ahh_46 * bhl_46 + ahl_46 * bhh_46) + ahl_46 * bhl_46;
    e_46 += ah_46 * bl_46 + al_46 * bh_46;
    const s_46 = p_46 + e_46;
    OUT[1] = e_46 - (s_46 - p_46);
    OUT[0] = s_46;
  }
  {
    // ddAdd(bh, bl, OUT[0], OUT[1])
    const ah_47 = bh;
    const al_47 = bl;
    const bh_47 = OUT[0];
    const bl_47 = OUT[1];
    let s_47 = ah_47 + bh_47;
    let v_47 = s_47 - ah_47;
    let e_47 = (ah_47 - (s_47 - v_47)) + (bh_47 - v_47);
    const t_47 = al_47 + bl_47;
    v_47 = t_47 - al_47;
    const f_47 = (al_47 - (t_47 - v_47)) + (bl_47 - v_47);
    e_47 += t_47;
    let h_47 = s_47 + e_47;
    e_47 = e_47 - (h_47 - s_47);
    e_47 += f_47;
    s_47 = h_47 + e_47;
    OUT[1] = e_47 - (s_47 - h_47);
    OUT[0] = s_47;
  }
  let sbh = OUT[0];
  let sbl = OUT[1];
  // cos b
  const u = -1 / 720 + zh * (1 / 40320 + zh * (-1 / 3628800 + zh * (1 / 479001600)));
  {
    // ddMulD(zh, zl, u)
    const ah_48 = zh;
    const al_48 = zl;
    const b_48 = u;
    const p_48 = ah_48 * b_48;
    let t_48 = SPLIT * ah_48;
    const ahh_48 = t_48 - (t_48 - ah_48);
    const ahl_48 = ah_48 - ahh_48;
    t_48 = SPLIT * b_48;
    const bh_48 = t_48 - (t_48 - b_48);
    const bl_48 = b_48 - bh_48;
    let e_48 = ((ahh_48 * bh_48 - p_48) + ahh_48 * bl_48 + ahl_48 * bh_48) + ahl_48 * bl_48;
    e_48 += al_48 * b_48;
    const s_48 = p_48 + e_48;
    OUT[1] = e_48 - (s_48 - p_48);
    OUT[0] = s_48;
  }
  {
    // ddAdd(R24_H, R24_L, OUT[0], OUT[1])
    const ah_49 = R24_H;
    const al_49 = R24_L;
    const bh_49 = OUT[0];
    const bl_49 = OUT[1];
    let s_49 = ah_49 + bh_49;
    let v_49 = s_49 - ah_49;
    let e_49 = (ah_49 - (s_49 - v_49)) + (bh_49 - v_49);
    const t_49 = al_49 + bl_49;
    v_49 = t_49 - al_49;
    const f_49 = (al_49 - (t_49 - v_49)) + (bl_49 - v_49);
    e_49 += t_49;
    let h_49 = s_49 + e_49;
    e_49 = e_49 - (h_49 - s_49);
    e_49 += f_49;
    s_49 = h_49 + e_49;
    OUT[1] = e_49 - (s_49 - h_49);
    OUT[0] = s_49;
  }
  {
    // ddMul(zh, zl, OUT[0], OUT[1])
    const ah_50 = zh;
    const al_50 = zl;
    const bh_50 = OUT[0];
    const bl_50 = OUT[1];
    const p_50 = ah_50 * bh_50;
    let t_50 = SPLIT * ah_50;
    const ahh_50 = t_50 - (t_50 - ah_50);
    const ahl_50 = ah_50 - ahh_50;
    t_50 = SPLIT * bh_50;
    const bhh_50 = t_50 - (t_50 - bh_50);
    const bhl_50 = bh_50 - bhh_50;
    let e_50 = ((ahh_50 * bhh_50 - p_50) + ahh_50 * bhl_50 + ahl_50 * bhh_50) + ahl_50 * bhl_50;
    e_50 += ah_50 * bl_50 + al_50 * bh_50;
    const s_50 = p_50 + e_50;
    OUT[1] = e_50 - (s_50 - p_50);
    OUT[0] = s_50;
  }
  {
    // ddAdd(-0.5, 0, OUT[0], OUT[1])
    const ah_51 = -0.5;
    const al_51 = 0;
    const bh_51 = OUT[0];
    const bl_51 = OUT[1];
    let s_51 = ah_51 + bh_51;
    let v_51 = s_51 - ah_51;
    let e_51 = (ah_51 - (s_51 - v_51)) + (bh_51 - v_51);
    const t_51 = al_51 + bl_51;
    v_51 = t_51 - al_51;
    const f_51 = (al_51 - (t_51 - v_51)) + (bl_51 - v_51);
    e_51 += t_51;
    let h_51 = s_51 + e_51;
    e_51 = e_51 - (h_51 - s_51);
    e_51 += f_51;
    s_51 = h_51 + e_51;
    OUT[1] = e_51 - (s_51 - h_51);
    OUT[0] = s_51;
  }
  {
    // ddMul(zh, zl, OUT[0], OUT[1])
    const ah_52 = zh;
    const al_52 = zl;
    const bh_52 = OUT[0];
    const bl_52 = OUT[1];
    const p_52 = ah_52 * bh_52;
    let t_52 = SPLIT * ah_52;
    const ahh_52 = t_52 - (t_52 - ah_52);
    const ahl_52 = ah_52 - ahh_52;
    t_52 = SPLIT * bh_52;
    const bhh_52 = t_52 - (t_52 - bh_52);
    const bhl_52 = bh_52 - bhh_52;
    let e_52 = ((ahh_52 * bhh_52 - p_52) + ahh_52 * bhl_52 + ahl_52 * bhh_52) + ahl_52 * bhl_52;
    e_52 += ah_52 * bl_52 + al_52 * bh_52;
    const s_52 = p_52 + e_52;
    OUT[1] = e_52 - (s_52 - p_52);
    OUT[0] = s_52;
  }
  {
    // ddAdd(1, 0, OUT[0], OUT[1])
    const ah_53 = 1;
    const al_53 = 0;
    const bh_53 = OUT[0];
    const bl_53 = OUT[1];
    let s_53 = ah_53 + bh_53;
    let v_53 = s_53 - ah_53;
    let e_53 = (ah_53 - (s_53 - v_53)) + (bh_53 - v_53);
    const t_53 = al_53 + bl_53;
    v_53 = t_53 - al_53;
    const f_53 = (al_53 - (t_53 - v_53)) + (bl_53 - v_53);
    e_53 += t_53;
    let h_53 = s_53 + e_53;
    e_53 = e_53 - (h_53 - s_53);
    e_53 += f_53;
    s_53 = h_53 + e_53;
    OUT[1] = e_53 - (s_53 - h_53);
    OUT[0] = s_53;
  }
  let cbh = OUT[0];
  let cbl = OUT[1];
  if (j !== 0) {
    const T = SC_T ?? (SC_T = sinCosTable());
    const sah = T[4 * j];
    const sal = T[4 * j + 1];
    const cah = T[4 * j + 2];
    const cal = T[4 * j + 3];
    {
      // ddMul(sah, sal, cbh, cbl)
      const ah_54 = sah;
      const al_54 = sal;
      const bh_54 = cbh;
      const bl_54 = cbl;
      const p_54 = ah_54 * bh_54;
      let t_54 = SPLIT * ah_54;
      const ahh_54 = t_54 - (t_54 - ah_54);
      const ahl_54 = ah_54 - ahh_54;
      t_54 = SPLIT * bh_54;
      const bhh_54 = t_54 - (t_54 - bh_54);
      const bhl_54 = bh_54 - bhh_54;
      let e_54 = ((ahh_54 * bhh_54 - p_54) + ahh_54 * bhl_54 + ahl_54 * bhh_54) + ahl_54 * bhl_54;
      e_54 += ah_54 * bl_54 + al_54 * bh_54;
      const s_54 = p_54 + e_54;
      OUT[1] = e_54 - (s_54 - p_54);
      OUT[0] = s_54;
    }
    const p1h = OUT[0];
    const p1l = OUT[1];
    {
      // ddMul(cah, cal, sbh, sbl)
      const ah_55 = cah;
      const al_55 = cal;
      const bh_55 = sbh;
      const bl_55 = sbl;
      const p_55 = ah_55 * bh_55;
      let t_55 = SPLIT * ah_55;
      const ahh_55 = t_55 - (t_55 - ah_55);
      const ahl_55 = ah_55 - ahh_55;
      t_55 = SPLIT * bh_55;
      const bhh_55 = t_55 - (t_55 - bh_55);
      const bhl_55 = bh_55 - bhh_55;
      let e_55 = ((ahh_55 * bhh_55 - p_55) + ahh_55 * bhl_55 + ahl_55 * bhh_55) + ahl_55 * bhl_55;
      e_55 += ah_55 * bl_55 + al_55 * bh_55;
      const s_55 = p_55 + e_55;
      OUT[1] = e_55 - (s_55 - p_55);
      OUT[0] = s_55;
    }
    const p2h = OUT[0];
    const p2l = OUT[1];
    {
      // ddMul(cah, cal, cbh, cbl)
      const ah_56 = cah;
      const al_56 = cal;
      const bh_56 = cbh;
      const bl_56 = cbl;
      const p_56 = ah_56 * bh_56;
      let t_56 = SPLIT * ah_56;
      const ahh_56 = t_56 - (t_56 - ah_56);
      const ahl_56 = ah_56 - ahh_56;
      t_56 = SPLIT * bh_56;
      const bhh_56 = t_56 - (t_56 - bh_56);
      const bhl_56 = bh_56 - bhh_56;
      let e_56 = ((ahh_56 * bhh_56 - p_56) + ahh_56 * bhl_56 + ahl_56 * bhh_56) + ahl_56 * bhl_56;
      e_56 += ah_56 * bl_56 + al_56 * bh_56;
      const s_56 = p_56 + e_56;
      OUT[1] = e_56 - (s_56 - p_56);
      OUT[0] = s_56;
    }
    const p3h = OUT[0];
    const p3l = OUT[1];
    {
      // ddMul(sah, sal, sbh, sbl)
      const ah_57 = sah;
      const al_57 = sal;
      const bh_57 = sbh;
      const bl_57 = sbl;
      const p_57 = ah_57 * bh_57;
      let t_57 = SPLIT * ah_57;
      const ahh_57 = t_57 - (t_57 - ah_57);
      const ahl_57 = ah_57 - ahh_57;
      t_57 = SPLIT * bh_57;
      const bhh_57 = t_57 - (t_57 - bh_57);
      const bhl_57 = bh_57 - bhh_57;
      let e_57 = ((ahh_57 * bhh_57 - p_57) + ahh_57 * bhl_57 + ahl_57 * bhh_57) + ahl_57 * bhl_57;
      e_57 += ah_57 * bl_57 + al_57 * bh_57;
      const s_57 = p_57 + e_57;
      OUT[1] = e_57 - (s_57 - p_57);
      OUT[0] = s_57;
    }
    {
      // ddAdd(p3h, p3l, -OUT[0], -OUT[1])
      const ah_58 = p3h;
      const al_58 = p3l;
      const bh_58 = -OUT[0];
      const bl_58 = -OUT[1];
      let s_58 = ah_58 + bh_58;
      let v_58 = s_58 - ah_58;
      let e_58 = (ah_58 - (s_58 - v_58)) + (bh_58 - v_58);
      const t_58 = al_58 + bl_58;
      v_58 = t_58 - al_58;
      const f_58 = (al_58 - (t_58 - v_58)) + (bl_58 - v_58);
      e_58 += t_58;
      let h_58 = s_58 + e_58;
      e_58 = e_58 - (h_58 - s_58);
      e_58 += f_58;
      s_58 = h_58 + e_58;
      OUT[1] = e_58 - (s_58 - h_58);
      OUT[0] = s_58;
    }
    cbh = OUT[0];
    cbl = OUT[1];
    {
      // ddAdd(p1h, p1l, p2h, p2l)
      const ah_59 = p1h;
      const al_59 = p1l;
      const bh_59 = p2h;
      const bl_59 = p2l;
      let s_59 = ah_59 + bh_59;
      let v_59 = s_59 - ah_59;
      let e_59 = (ah_59 - (s_59 - v_59)) + (bh_59 - v_59);
      const t_59 = al_59 + bl_59;
      v_59 = t_59 - al_59;
      const f_59 = (al_59 - (t_59 - v_59)) + (bl_59 - v_59);
      e_59 += t_59;
      let h_59 = s_59 + e_59;
      e_59 = e_59 - (h_59 - s_59);
      e_59 += f_59;
      s_59 = h_59 + e_59;
      OUT[1] = e_59 - (s_59 - h_59);
      OUT[0] = s_59;
    }
    sbh = OUT[0];
    sbl = OUT[1];
  }
  if (neg) {
    sbh = -sbh;
    sbl = -sbl;
  }
  // Quadrant.
  const qm = q & 3;
  if (qm === 0) {
    SC[0] = sbh; SC[1] = sbl; SC[2] = cbh; SC[3] = cbl;
  } else if (qm === 1) {
    SC[0] = cbh; SC[1] = cbl; SC[2] = -sbh; SC[3] = -sbl;
  } else if (qm === 2) {
    SC[0] = -sbh; SC[1] = -sbl; SC[2] = -cbh; SC[3] = -cbl;
  } else {
    SC[0] = -cbh; SC[1] = -cbl; SC[2] = sbh; SC[3] = sbl;
  }
}

/** Approximations of sin (which 0), cos (1), tan (2) into APPROX, |x| < 2^19, x finite. */
export function trigApprox(x: number, which: number): void {
  sinCos(x);
  if (which === 0) {
    APPROX[0] = SC[0];
    APPROX[1] = SC[1];
    APPROX[2] = Math.abs(SC[0]) * EPS + SC[4];
  } else if (which === 1) {
    APPROX[0] = SC[2];
    APPROX[1] = SC[3];
    APPROX[2] = Math.abs(SC[2]) * EPS + SC[4];
  } else {
    // tan = S / C: relative error at most that of S plus that of C plus the division's.
    {
      // ddDiv(SC[0], SC[1], SC[2], SC[3])
      const ah_60 = SC[0];
      const al_60 = SC[1];
      const bh_60 = SC[2];
      const bl_60 = SC[3];
      const q1_60 = ah_60 / bh_60;
      // ddMulD(bh_60, bl_60, q1_60)
      const ah_61 = bh_60;
      const al_61 = bl_60;
      const b_61 = q1_60;
      const p_61 = ah_61 * b_61;
      let t_61 = SPLIT * ah_61;
      const ahh_61 = t_61 - (t_61 - ah_61);
      const ahl_61 = ah_61 - ahh_61;
      t_61 = SPLIT * b_61;
      const bh_61 = t_61 - (t_61 - b_61);
      const bl_61 = b_61 - bh_61;
      let e_61 = ((ahh_61 * bh_61 - p_61) + ahh_61 * bl_61 + ahl_61 * bh_61) + ahl_61 * bl_61;
      e_61 += al_61 * b_61;
      const s_61 = p_61 + e_61;
      OUT[1] = e_61 - (s_61 - p_61);
      OUT[0] = s_61;
      // ddAdd(ah_60, al_60, -OUT[0], -OUT[1])
      const ah_62 = ah_60;
      const al_62 = al_60;
      const bh_62 = -OUT[0];
      const bl_62 = -OUT[1];
      let s_62 = ah_62 + bh_62;
      let v_62 = s_62 - ah_62;
      let e_62 = (ah_62 - (s_62 - v_62)) + (bh_62 - v_62);
      const t_62 = al_62 + bl_62;
      v_62 = t_62 - al_62;
      const f_62 = (al_62 - (t_62 - v_62)) + (bl_62 - v_62);
      e_62 += t_62;
      let h_62 = s_62 + e_62;
      e_62 = e_62 - (h_62 - s_62);
      e_62 += f_62;
      s_62 = h_62 + e_62;
      OUT[1] = e_62 - (s_62 - h_62);
      OUT[0] = s_62;
      const rh_60 = OUT[0];
      const rl_60 = OUT[1];
      const q2_60 = rh_60 / bh_60;
      // ddMulD(bh_60, bl_60, q2_60)
      const ah_63 = bh_60;
      const al_63 = bl_60;
      const b_63 = q2_60;
      const p_63 = ah_63 * b_63;
      let t_63 = SPLIT * ah_63;
      const ahh_63 = t_63 - (t_63 - ah_63);
      const ahl_63 = ah_63 - ahh_63;
      t_63 = SPLIT * b_63;
      const bh_63 = t_63 - (t_63 - b_63);
      const bl_63 = b_63 - bh_63;
      let e_63 = ((ahh_63 * bh_63 - p_63) + ahh_63 * bl_63 + ahl_63 * bh_63) + ahl_63 * bl_63;
      e_63 += al_63 * b_63;
      const s_63 = p_63 + e_63;
      OUT[1] = e_63 - (s_63 - p_63);
      OUT[0] = s_63;
      // ddAdd(rh_60, rl_60, -OUT[0], -OUT[1])
      const ah_64 = rh_60;
      const al_64 = rl_60;
      const bh_64 = -OUT[0];
      const bl_64 = -OUT[1];
      let s_64 = ah_64 + bh_64;
      let v_64 = s_64 - ah_64;
      let e_64 = (ah_64 - (s_64 - v_64)) + (bh_64 - v_64);
      const t_64 = al_64 + bl_64;
      v_64 = t_64 - al_64;
      const f_64 = (al_64 - (t_64 - v_64)) + (bl_64 - v_64);
      e_64 += t_64;
      let h_64 = s_64 + e_64;
      e_64 = e_64 - (h_64 - s_64);
      e_64 += f_64;
      s_64 = h_64 + e_64;
      OUT[1] = e_64 - (s_64 - h_64);
      OUT[0] = s_64;
      const q3_60 = OUT[0] / bh_60;
      // twoSum(q1_60, q2_60)
      const a_65 = q1_60;
      const b_65 = q2_60;
      const s_65 = a_65 + b_65;
      const bb_65 = s_65 - a_65;
      OUT[1] = (a_65 - (s_65 - bb_65)) + (b_65 - bb_65);
      OUT[0] = s_65;
      const s_60 = OUT[0];
      const e_60 = OUT[1] + q3_60;
      OUT[0] = s_60 + e_60;
      OUT[1] = e_60 - (OUT[0] - s_60);
    }
    APPROX[0] = OUT[0];
    APPROX[1] = OUT[1];
    APPROX[2] = Math.abs(OUT[0]) * (EPS_TAN + SC[4] / Math.abs(SC[0]) + SC[4] / Math.abs(SC[2])) * (1 + 2 ** -40);
  }
}

function trig(x: number, which: number): number {
  if (x > -TRIG_LIMIT && x < TRIG_LIMIT && x !== 0) {
    trigApprox(x, which);
    const v = decide();
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
 * OUT[0], OUT[1]; returns false when the ratio would leave the safe range.
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
  if (swap) {
    // ddDiv(xh, xl, yh, yl)
    const ah_66 = xh;
    const al_66 = xl;
    const bh_66 = yh;
    const bl_66 = yl;
    const q1_66 = ah_66 / bh_66;
    // ddMulD(bh_66, bl_66, q1_66)
    const ah_67 = bh_66;
    const al_67 = bl_66;
    const b_67 = q1_66;
    const p_67 = ah_67 * b_67;
    let t_67 = SPLIT * ah_67;
    const ahh_67 = t_67 - (t_67 - ah_67);
    const ahl_67 = ah_67 - ahh_67;
    t_67 = SPLIT * b_67;
    const bh_67 = t_67 - (t_67 - b_67);
    const bl_67 = b_67 - bh_67;
    let e_67 = ((ahh_67 * bh_67 - p_67) + ahh_67 * bl_67 + ahl_67 * bh_67) + ahl_67 * bl_67;
    e_67 += al_67 * b_67;
    const s_67 = p_67 + e_67;
    OUT[1] = e_67 - (s_67 - p_67);
    OUT[0] = s_67;
    // ddAdd(ah_66, al_66, -OUT[0], -OUT[1])
    const ah_68 = ah_66;
    const al_68 = al_66;
    const bh_68 = -OUT[0];
    const bl_68 = -OUT[1];
    let s_68 = ah_68 + bh_68;
    let v_68 = s_68 - ah_68;
    let e_68 = (ah_68 - (s_68 - v_68)) + (bh_68 - v_68);
    const t_68 = al_68 + bl_68;
    v_68 = t_68 - al_68;
    const f_68 = (al_68 - (t_68 - v_68)) + (bl_68 - v_68);
    e_68 += t_68;
    let h_68 = s_68 + e_68;
    e_68 = e_68 - (h_68 - s_68);
    e_68 += f_68;
    s_68 = h_68 + e_68;
    OUT[1] = e_68 - (s_68 - h_68);
    OUT[0] = s_68;
    const rh_66 = OUT[0];
    const rl_66 = OUT[1];
    const q2_66 = rh_66 / bh_66;
    // ddMulD(bh_66, bl_66, q2_66)
    const ah_69 = bh_66;
    const al_69 = bl_66;
    const b_69 = q2_66;
    const p_69 = ah_69 * b_69;
    let t_69 = SPLIT * ah_69;
    const ahh_69 = t_69 - (t_69 - ah_69);
    const ahl_69 = ah_69 - ahh_69;
    t_69 = SPLIT * b_69;
    const bh_69 = t_69 - (t_69 - b_69);
    const bl_69 = b_69 - bh_69;
    let e_69 = ((ahh_69 * bh_69 - p_69) + ahh_69 * bl_69 + ahl_69 * bh_69) + ahl_69 * bl_69;
    e_69 += al_69 * b_69;
    const s_69 = p_69 + e_69;
    OUT[1] = e_69 - (s_69 - p_69);
    OUT[0] = s_69;
    // ddAdd(rh_66, rl_66, -OUT[0], -OUT[1])
    const ah_70 = rh_66;
    const al_70 = rl_66;
    const bh_70 = -OUT[0];
    const bl_70 = -OUT[1];
    let s_70 = ah_70 + bh_70;
    let v_70 = s_70 - ah_70;
    let e_70 = (ah_70 - (s_70 - v_70)) + (bh_70 - v_70);
    const t_70 = al_70 + bl_70;
    v_70 = t_70 - al_70;
    const f_70 = (al_70 - (t_70 - v_70)) + (bl_70 - v_70);
    e_70 += t_70;
    let h_70 = s_70 + e_70;
    e_70 = e_70 - (h_70 - s_70);
    e_70 += f_70;
    s_70 = h_70 + e_70;
    OUT[1] = e_70 - (s_70 - h_70);
    OUT[0] = s_70;
    const q3_66 = OUT[0] / bh_66;
    // twoSum(q1_66, q2_66)
    const a_71 = q1_66;
    const b_71 = q2_66;
    const s_71 = a_71 + b_71;
    const bb_71 = s_71 - a_71;
    OUT[1] = (a_71 - (s_71 - bb_71)) + (b_71 - bb_71);
    OUT[0] = s_71;
    const s_66 = OUT[0];
    const e_66 = OUT[1] + q3_66;
    OUT[0] = s_66 + e_66;
    OUT[1] = e_66 - (OUT[0] - s_66);
  }
  else {
    // ddDiv(yh, yl, xh, xl)
    const ah_72 = yh;
    const al_72 = yl;
    const bh_72 = xh;
    const bl_72 = xl;
    const q1_72 = ah_72 / bh_72;
    // ddMulD(bh_72, bl_72, q1_72)
    const ah_73 = bh_72;
    const al_73 = bl_72;
    const b_73 = q1_72;
    const p_73 = ah_73 * b_73;
    let t_73 = SPLIT * ah_73;
    const ahh_73 = t_73 - (t_73 - ah_73);
    const ahl_73 = ah_73 - ahh_73;
    t_73 = SPLIT * b_73;
    const bh_73 = t_73 - (t_73 - b_73);
    const bl_73 = b_73 - bh_73;
    let e_73 = ((ahh_73 * bh_73 - p_73) + ahh_73 * bl_73 + ahl_73 * bh_73) + ahl_73 * bl_73;
    e_73 += al_73 * b_73;
    const s_73 = p_73 + e_73;
    OUT[1] = e_73 - (s_73 - p_73);
    OUT[0] = s_73;
    // ddAdd(ah_72, al_72, -OUT[0], -OUT[1])
    const ah_74 = ah_72;
    const al_74 = al_72;
    const bh_74 = -OUT[0];
    const bl_74 = -OUT[1];
    let s_74 = ah_74 + bh_74;
    let v_74 = s_74 - ah_74;
    let e_74 = (ah_74 - (s_74 - v_74)) + (bh_74 - v_74);
    const t_74 = al_74 + bl_74;
    v_74 = t_74 - al_74;
    const f_74 = (al_74 - (t_74 - v_74)) + (bl_74 - v_74);
    e_74 += t_74;
    let h_74 = s_74 + e_74;
    e_74 = e_74 - (h_74 - s_74);
    e_74 += f_74;
    s_74 = h_74 + e_74;
    OUT[1] = e_74 - (s_74 - h_74);
    OUT[0] = s_74;
    const rh_72 = OUT[0];
    const rl_72 = OUT[1];
    const q2_72 = rh_72 / bh_72;
    // ddMulD(bh_72, bl_72, q2_72)
    const ah_75 = bh_72;
    const al_75 = bl_72;
    const b_75 = q2_72;
    const p_75 = ah_75 * b_75;
    let t_75 = SPLIT * ah_75;
    const ahh_75 = t_75 - (t_75 - ah_75);
    const ahl_75 = ah_75 - ahh_75;
    t_75 = SPLIT * b_75;
    const bh_75 = t_75 - (t_75 - b_75);
    const bl_75 = b_75 - bh_75;
    let e_75 = ((ahh_75 * bh_75 - p_75) + ahh_75 * bl_75 + ahl_75 * bh_75) + ahl_75 * bl_75;
    e_75 += al_75 * b_75;
    const s_75 = p_75 + e_75;
    OUT[1] = e_75 - (s_75 - p_75);
    OUT[0] = s_75;
    // ddAdd(rh_72, rl_72, -OUT[0], -OUT[1])
    const ah_76 = rh_72;
    const al_76 = rl_72;
    const bh_76 = -OUT[0];
    const bl_76 = -OUT[1];
    let s_76 = ah_76 + bh_76;
    let v_76 = s_76 - ah_76;
    let e_76 = (ah_76 - (s_76 - v_76)) + (bh_76 - v_76);
    const t_76 = al_76 + bl_76;
    v_76 = t_76 - al_76;
    const f_76 = (al_76 - (t_76 - v_76)) + (bl_76 - v_76);
    e_76 += t_76;
    let h_76 = s_76 + e_76;
    e_76 = e_76 - (h_76 - s_76);
    e_76 += f_76;
    s_76 = h_76 + e_76;
    OUT[1] = e_76 - (s_76 - h_76);
    OUT[0] = s_76;
    const q3_72 = OUT[0] / bh_72;
    // twoSum(q1_72, q2_72)
    const a_77 = q1_72;
    const b_77 = q2_72;
    const s_77 = a_77 + b_77;
    const bb_77 = s_77 - a_77;
    OUT[1] = (a_77 - (s_77 - bb_77)) + (b_77 - bb_77);
    OUT[0] = s_77;
    const s_72 = OUT[0];
    const e_72 = OUT[1] + q3_72;
    OUT[0] = s_72 + e_72;
    OUT[1] = e_72 - (OUT[0] - s_72);
  }
  const th = OUT[0];
  const tl = OUT[1];
  // A zero ratio only from a zero coordinate; a tiny one (underflow ahead) goes to BigInt.
  if (mn !== 0 && !(th > TINY && mn > TINY)) return false;
  const j = Math.round(th * 64);
  let uh: number;
  let ul: number;
  if (j === 0) {
    uh = th;
    ul = tl;
  } else {
    const c = j / 64;
    twoSum(th - c, tl); // th - c exact (Sterbenz)
    const nh = OUT[0];
    const nl = OUT[1];
    {
      // twoProd(th, c)
      const a_78 = th;
      const b_78 = c;
      const p_78 = a_78 * b_78;
      let t_78 = SPLIT * a_78;
      const ah_78 = t_78 - (t_78 - a_78);
      const al_78 = a_78 - ah_78;
      t_78 = SPLIT * b_78;
      const bh_78 = t_78 - (t_78 - b_78);
      const bl_78 = b_78 - bh_78;
      OUT[0] = p_78;
      OUT[1] = ((ah_78 * bh_78 - p_78) + ah_78 * bl_78 + al_78 * bh_78) + al_78 * bl_78;
    }
    const ph = OUT[0];
    const pl = OUT[1] + tl * c;
    {
      // ddAdd(1, 0, ph, pl)
      const ah_79 = 1;
      const al_79 = 0;
      const bh_79 = ph;
      const bl_79 = pl;
      let s_79 = ah_79 + bh_79;
      let v_79 = s_79 - ah_79;
      let e_79 = (ah_79 - (s_79 - v_79)) + (bh_79 - v_79);
      const t_79 = al_79 + bl_79;
      v_79 = t_79 - al_79;
      const f_79 = (al_79 - (t_79 - v_79)) + (bl_79 - v_79);
      e_79 += t_79;
      let h_79 = s_79 + e_79;
      e_79 = e_79 - (h_79 - s_79);
      e_79 += f_79;
      s_79 = h_79 + e_79;
      OUT[1] = e_79 - (s_79 - h_79);
      OUT[0] = s_79;
    }
    {
      // ddDiv(nh, nl, OUT[0], OUT[1])
      const ah_80 = nh;
      const al_80 = nl;
      const bh_80 = OUT[0];
      const bl_80 = OUT[1];
      const q1_80 = ah_80 / bh_80;
      // ddMulD(bh_80, bl_80, q1_80)
      const ah_81 = bh_80;
      const al_81 = bl_80;
      const b_81 = q1_80;
      const p_81 = ah_81 * b_81;
      let t_81 = SPLIT * ah_81;
      const ahh_81 = t_81 - (t_81 - ah_81);
      const ahl_81 = ah_81 - ahh_81;
      t_81 = SPLIT * b_81;
      const bh_81 = t_81 - (t_81 - b_81);
      const bl_81 = b_81 - bh_81;
      let e_81 = ((ahh_81 * bh_81 - p_81) + ahh_81 * bl_81 + ahl_81 * bh_81) + ahl_81 * bl_81;
      e_81 += al_81 * b_81;
      const s_81 = p_81 + e_81;
      OUT[1] = e_81 - (s_81 - p_81);
      OUT[0] = s_81;
      // ddAdd(ah_80, al_80, -OUT[0], -OUT[1])
      const ah_82 = ah_80;
      const al_82 = al_80;
      const bh_82 = -OUT[0];
      const bl_82 = -OUT[1];
      let s_82 = ah_82 + bh_82;
      let v_82 = s_82 - ah_82;
      let e_82 = (ah_82 - (s_82 - v_82)) + (bh_82 - v_82);
      const t_82 = al_82 + bl_82;
      v_82 = t_82 - al_82;
      const f_82 = (al_82 - (t_82 - v_82)) + (bl_82 - v_82);
      e_82 += t_82;
      let h_82 = s_82 + e_82;
      e_82 = e_82 - (h_82 - s_82);
      e_82 += f_82;
      s_82 = h_82 + e_82;
      OUT[1] = e_82 - (s_82 - h_82);
      OUT[0] = s_82;
      const rh_80 = OUT[0];
      const rl_80 = OUT[1];
      const q2_80 = rh_80 / bh_80;
      // ddMulD(bh_80, bl_80, q2_80)
      const ah_83 = bh_80;
      const al_83 = bl_80;
      const b_83 = q2_80;
      const p_83 = ah_83 * b_83;
      let t_83 = SPLIT * ah_83;
      const ahh_83 = t_83 - (t_83 - ah_83);
      const ahl_83 = ah_83 - ahh_83;
      t_83 = SPLIT * b_83;
      const bh_83 = t_83 - (t_83 - b_83);
      const bl_83 = b_83 - bh_83;
      let e_83 = ((ahh_83 * bh_83 - p_83) + ahh_83 * bl_83 + ahl_83 * bh_83) + ahl_83 * bl_83;
      e_83 += al_83 * b_83;
      const s_83 = p_83 + e_83;
      OUT[1] = e_83 - (s_83 - p_83);
      OUT[0] = s_83;
      // ddAdd(rh_80, rl_80, -OUT[0], -OUT[1])
      const ah_84 = rh_80;
      const al_84 = rl_80;
      const bh_84 = -OUT[0];
      const bl_84 = -OUT[1];
      let s_84 = ah_84 + bh_84;
      let v_84 = s_84 - ah_84;
      let e_84 = (ah_84 - (s_84 - v_84)) + (bh_84 - v_84);
      const t_84 = al_84 + bl_84;
      v_84 = t_84 - al_84;
      const f_84 = (al_84 - (t_84 - v_84)) + (bl_84 - v_84);
      e_84 += t_84;
      let h_84 = s_84 + e_84;
      e_84 = e_84 - (h_84 - s_84);
      e_84 += f_84;
      s_84 = h_84 + e_84;
      OUT[1] = e_84 - (s_84 - h_84);
      OUT[0] = s_84;
      const q3_80 = OUT[0] / bh_80;
      // twoSum(q1_80, q2_80)
      const a_85 = q1_80;
      const b_85 = q2_80;
      const s_85 = a_85 + b_85;
      const bb_85 = s_85 - a_85;
      OUT[1] = (a_85 - (s_85 - bb_85)) + (b_85 - bb_85);
      OUT[0] = s_85;
      const s_80 = OUT[0];
      const e_80 = OUT[1] + q3_80;
      OUT[0] = s_80 + e_80;
      OUT[1] = e_80 - (OUT[0] - s_80);
    }
    uh = OUT[0];
    ul = OUT[1];
  }
  {
    // ddMul(uh, ul, uh, ul)
    const ah_86 = uh;
    const al_86 = ul;
    const bh_86 = uh;
    const bl_86 = ul;
    const p_86 = ah_86 * bh_86;
    let t_86 = SPLIT * ah_86;
    const ahh_86 = t_86 - (t_86 - ah_86);
    const ahl_86 = ah_86 - ahh_86;
    t_86 = SPLIT * bh_86;
    const bhh_86 = t_86 - (t_86 - bh_86);
    const bhl_86 = bh_86 - bhh_86;
    let e_86 = ((ahh_86 * bhh_86 - p_86) + ahh_86 * bhl_86 + ahl_86 * bhh_86) + ahl_86 * bhl_86;
    e_86 += ah_86 * bl_86 + al_86 * bh_86;
    const s_86 = p_86 + e_86;
    OUT[1] = e_86 - (s_86 - p_86);
    OUT[0] = s_86;
  }
  const zh = OUT[0];
  const zl = OUT[1];
  const v = -1 / 7 + zh * (1 / 9 + zh * (-1 / 11 + zh * (1 / 13 - zh * (1 / 15))));
  {
    // ddMulD(zh, zl, v)
    const ah_87 = zh;
    const al_87 = zl;
    const b_87 = v;
    const p_87 = ah_87 * b_87;
    let t_87 = SPLIT * ah_87;
    const ahh_87 = t_87 - (t_87 - ah_87);
    const ahl_87 = ah_87 - ahh_87;
    t_87 = SPLIT * b_87;
    const bh_87 = t_87 - (t_87 - b_87);
    const bl_87 = b_87 - bh_87;
    let e_87 = ((ahh_87 * bh_87 - p_87) + ahh_87 * bl_87 + ahl_87 * bh_87) + ahl_87 * bl_87;
    e_87 += al_87 * b_87;
    const s_87 = p_87 + e_87;
    OUT[1] = e_87 - (s_87 - p_87);
    OUT[0] = s_87;
  }
  {
    // ddAdd(R5_H, R5_L, OUT[0], OUT[1])
    const ah_88 = R5_H;
    const al_88 = R5_L;
    const bh_88 = OUT[0];
    const bl_88 = OUT[1];
    let s_88 = ah_88 + bh_88;
    let v_88 = s_88 - ah_88;
    let e_88 = (ah_88 - (s_88 - v_88)) + (bh_88 - v_88);
    const t_88 = al_88 + bl_88;
    v_88 = t_88 - al_88;
    const f_88 = (al_88 - (t_88 - v_88)) + (bl_88 - v_88);
    e_88 += t_88;
    let h_88 = s_88 + e_88;
    e_88 = e_88 - (h_88 - s_88);
    e_88 += f_88;
    s_88 = h_88 + e_88;
    OUT[1] = e_88 - (s_88 - h_88);
    OUT[0] = s_88;
  }
  {
    // ddMul(zh, zl, OUT[0], OUT[1])
    const ah_89 = zh;
    const al_89 = zl;
    const bh_89 = OUT[0];
    const bl_89 = OUT[1];
    const p_89 = ah_89 * bh_89;
    let t_89 = SPLIT * ah_89;
    const ahh_89 = t_89 - (t_89 - ah_89);
    const ahl_89 = ah_89 - ahh_89;
    t_89 = SPLIT * bh_89;
    const bhh_89 = t_89 - (t_89 - bh_89);
    const bhl_89 = bh_89 - bhh_89;
    let e_89 = ((ahh_89 * bhh_89 - p_89) + ahh_89 * bhl_89 + ahl_89 * bhh_89) + ahl_89 * bhl_89;
    e_89 += ah_89 * bl_89 + al_89 * bh_89;
    const s_89 = p_89 + e_89;
    OUT[1] = e_89 - (s_89 - p_89);
    OUT[0] = s_89;
  }
  {
    // ddAdd(-R3_H, -R3_L, OUT[0], OUT[1])
    const ah_90 = -R3_H;
    const al_90 = -R3_L;
    const bh_90 = OUT[0];
    const bl_90 = OUT[1];
    let s_90 = ah_90 + bh_90;
    let v_90 = s_90 - ah_90;
    let e_90 = (ah_90 - (s_90 - v_90)) + (bh_90 - v_90);
    const t_90 = al_90 + bl_90;
    v_90 = t_90 - al_90;
    const f_90 = (al_90 - (t_90 - v_90)) + (bl_90 - v_90);
    e_90 += t_90;
    let h_90 = s_90 + e_90;
    e_90 = e_90 - (h_90 - s_90);
    e_90 += f_90;
    s_90 = h_90 + e_90;
    OUT[1] = e_90 - (s_90 - h_90);
    OUT[0] = s_90;
  }
  {
    // ddMul(zh, zl, OUT[0], OUT[1])
    const ah_91 = zh;
    const al_91 = zl;
    const bh_91 = OUT[0];
    const bl_91 = OUT[1];
    const p_91 = ah_91 * bh_91;
    let t_91 = SPLIT * ah_91;
    const ahh_91 = t_91 - (t_91 - ah_91);
    const ahl_91 = ah_91 - ahh_91;
    t_91 = SPLIT * bh_91;
    const bhh_91 = t_91 - (t_91 - bh_91);
    const bhl_91 = bh_91 - bhh_91;
    let e_91 = ((ahh_91 * bhh_91 - p_91) + ahh_91 * bhl_91 + ahl_91 * bhh_91) + ahl_91 * bhl_91;
    e_91 += ah_91 * bl_91 + al_91 * bh_91;
    const s_91 = p_91 + e_91;
    OUT[1] = e_91 - (s_91 - p_91);
    OUT[0] = s_91;
  }
  {
    // ddMul(uh, ul, OUT[0], OUT[1])
    const ah_92 = uh;
    const al_92 = ul;
    const bh_92 = OUT[0];
    const bl_92 = OUT[1];
    const p_92 = ah_92 * bh_92;
    let t_92 = SPLIT * ah_92;
    const ahh_92 = t_92 - (t_92 - ah_92);
    const ahl_92 = ah_92 - ahh_92;
    t_92 = SPLIT * bh_92;
    const bhh_92 = t_92 - (t_92 - bh_92);
    const bhl_92 = bh_92 - bhh_92;
    let e_92 = ((ahh_92 * bhh_92 - p_92) + ahh_92 * bhl_92 + ahl_92 * bhh_92) + ahl_92 * bhl_92;
    e_92 += ah_92 * bl_92 + al_92 * bh_92;
    const s_92 = p_92 + e_92;
    OUT[1] = e_92 - (s_92 - p_92);
    OUT[0] = s_92;
  }
  {
    // ddAdd(uh, ul, OUT[0], OUT[1])
    const ah_93 = uh;
    const al_93 = ul;
    const bh_93 = OUT[0];
    const bl_93 = OUT[1];
    let s_93 = ah_93 + bh_93;
    let v_93 = s_93 - ah_93;
    let e_93 = (ah_93 - (s_93 - v_93)) + (bh_93 - v_93);
    const t_93 = al_93 + bl_93;
    v_93 = t_93 - al_93;
    const f_93 = (al_93 - (t_93 - v_93)) + (bl_93 - v_93);
    e_93 += t_93;
    let h_93 = s_93 + e_93;
    e_93 = e_93 - (h_93 - s_93);
    e_93 += f_93;
    s_93 = h_93 + e_93;
    OUT[1] = e_93 - (s_93 - h_93);
    OUT[0] = s_93;
  }
  if (j !== 0) {
    const T = ATAN_T ?? (ATAN_T = atanTable());
    {
      // ddAdd(T[2 * j], T[2 * j + 1], OUT[0], OUT[1])
      const ah_94 = T[2 * j];
      const al_94 = T[2 * j + 1];
      const bh_94 = OUT[0];
      const bl_94 = OUT[1];
      let s_94 = ah_94 + bh_94;
      let v_94 = s_94 - ah_94;
      let e_94 = (ah_94 - (s_94 - v_94)) + (bh_94 - v_94);
      const t_94 = al_94 + bl_94;
      v_94 = t_94 - al_94;
      const f_94 = (al_94 - (t_94 - v_94)) + (bl_94 - v_94);
      e_94 += t_94;
      let h_94 = s_94 + e_94;
      e_94 = e_94 - (h_94 - s_94);
      e_94 += f_94;
      s_94 = h_94 + e_94;
      OUT[1] = e_94 - (s_94 - h_94);
      OUT[0] = s_94;
    }
  }
  if (swap) {
    // ddAdd(PIO2_H, PIO2_L, -OUT[0], -OUT[1])
    const ah_95 = PIO2_H;
    const al_95 = PIO2_L;
    const bh_95 = -OUT[0];
    const bl_95 = -OUT[1];
    let s_95 = ah_95 + bh_95;
    let v_95 = s_95 - ah_95;
    let e_95 = (ah_95 - (s_95 - v_95)) + (bh_95 - v_95);
    const t_95 = al_95 + bl_95;
    v_95 = t_95 - al_95;
    const f_95 = (al_95 - (t_95 - v_95)) + (bl_95 - v_95);
    e_95 += t_95;
    let h_95 = s_95 + e_95;
    e_95 = e_95 - (h_95 - s_95);
    e_95 += f_95;
    s_95 = h_95 + e_95;
    OUT[1] = e_95 - (s_95 - h_95);
    OUT[0] = s_95;
  }
  if (neg) {
    // ddAdd(PI_H, PI_L, -OUT[0], -OUT[1])
    const ah_96 = PI_H;
    const al_96 = PI_L;
    const bh_96 = -OUT[0];
    const bl_96 = -OUT[1];
    let s_96 = ah_96 + bh_96;
    let v_96 = s_96 - ah_96;
    let e_96 = (ah_96 - (s_96 - v_96)) + (bh_96 - v_96);
    const t_96 = al_96 + bl_96;
    v_96 = t_96 - al_96;
    const f_96 = (al_96 - (t_96 - v_96)) + (bl_96 - v_96);
    e_96 += t_96;
    let h_96 = s_96 + e_96;
    e_96 = e_96 - (h_96 - s_96);
    e_96 += f_96;
    s_96 = h_96 + e_96;
    OUT[1] = e_96 - (s_96 - h_96);
    OUT[0] = s_96;
  }
  return true;
}

/** atan2 for finite y, x, not both zero, into APPROX; false when outside the fast range. */
export function atan2Approx(y: number, x: number): boolean {
  const ay = Math.abs(y);
  if (!angle(x, 0, ay, 0)) return false;
  const s = y < 0 ? -1 : 1;
  APPROX[0] = s * OUT[0];
  APPROX[1] = s * OUT[1];
  APPROX[2] = Math.abs(OUT[0]) * EPS;
  return true;
}

/** atan2 for finite y, x, not both zero (mathcr's contract). */
export function crAtan2(y: number, x: number): number {
  if (y !== 0 && atan2Approx(y, x)) {
    const v = decide();
    if (v === v) return v;
  }
  return CR.crAtan2(y, x);
}

export function crAtan(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return CR.crAtan(x);
  if (atan2Approx(x, 1)) {
    const v = decide();
    if (v === v) return v;
  }
  return CR.crAtan(x);
}

/**
 * sqrt(1 - x^2) for |x| <= 1 into OUT[0], OUT[1]: 1 - x^2 exactly as a double-double (x^2 by Dekker, 1 - p
 * by TwoSum, minus the product's low part: exact or 2^-106), then a square root with one Newton
 * correction (2^-104).
 */
function cosOfSin(x: number): void {
  {
    // twoProd(x, x)
    const a_97 = x;
    const b_97 = x;
    const p_97 = a_97 * b_97;
    let t_97 = SPLIT * a_97;
    const ah_97 = t_97 - (t_97 - a_97);
    const al_97 = a_97 - ah_97;
    t_97 = SPLIT * b_97;
    const bh_97 = t_97 - (t_97 - b_97);
    const bl_97 = b_97 - bh_97;
    OUT[0] = p_97;
    OUT[1] = ((ah_97 * bh_97 - p_97) + ah_97 * bl_97 + al_97 * bh_97) + al_97 * bl_97;
  }
  const pe = OUT[1];
  {
    // twoSum(1, -OUT[0])
    const a_98 = 1;
    const b_98 = -OUT[0];
    const s_98 = a_98 + b_98;
    const bb_98 = s_98 - a_98;
    OUT[1] = (a_98 - (s_98 - bb_98)) + (b_98 - bb_98);
    OUT[0] = s_98;
  }
  const dh0 = OUT[0];
  const dl0 = OUT[1] - pe;
  const dh = dh0 + dl0;
  const dl = dl0 - (dh - dh0);
  if (dh === 0) {
    OUT[0] = 0;
    OUT[1] = 0;
    return;
  }
  const sh = Math.sqrt(dh);
  {
    // twoProd(sh, sh)
    const a_99 = sh;
    const b_99 = sh;
    const p_99 = a_99 * b_99;
    let t_99 = SPLIT * a_99;
    const ah_99 = t_99 - (t_99 - a_99);
    const al_99 = a_99 - ah_99;
    t_99 = SPLIT * b_99;
    const bh_99 = t_99 - (t_99 - b_99);
    const bl_99 = b_99 - bh_99;
    OUT[0] = p_99;
    OUT[1] = ((ah_99 * bh_99 - p_99) + ah_99 * bl_99 + al_99 * bh_99) + al_99 * bl_99;
  }
  const corr = ((dh - OUT[0]) - OUT[1] + dl) / (2 * sh);
  OUT[0] = sh + corr;
  OUT[1] = corr - (OUT[0] - sh);
}

/** asin (which 0) or acos (1) for 0 < |x| <= 1 into APPROX; false outside the fast range. */
export function asinAcosApprox(x: number, which: number): boolean {
  const ax = Math.abs(x);
  if (ax < TINY) return false;
  cosOfSin(ax);
  const ch = OUT[0];
  const cl = OUT[1];
  if (which === 0) {
    if (!angle(ch, cl, ax, 0)) return false;
    const s = x < 0 ? -1 : 1;
    APPROX[0] = s * OUT[0];
    APPROX[1] = s * OUT[1];
  } else {
    if (!angle(x, 0, ch, cl)) return false;
    APPROX[0] = OUT[0];
    APPROX[1] = OUT[1];
  }
  APPROX[2] = Math.abs(OUT[0]) * EPS;
  return true;
}

export function crAsin(x: number): number {
  if (x >= -1 && x <= 1 && x !== 0 && asinAcosApprox(x, 0)) {
    const v = decide();
    if (v === v) return v;
  }
  return CR.crAsin(x);
}

export function crAcos(x: number): number {
  if (x === 0) return PIO2_H; // the double nearest pi/2
  if (x >= -1 && x <= 1 && x !== 1 && x !== 0 && asinAcosApprox(x, 1)) {
    const v = decide();
    if (v === v) return v;
  }
  return CR.crAcos(x);
}

// ---- hypot and dist ----------------------------------------------------------------------------------

/**
 * sqrt(sum of xs[i]^2), correctly rounded, when the double-double estimate decides it; else NaN
 * (the caller computes it exactly). Needs the largest |x| in [2^-450, 2^450] (no overflow of
 * the squares, and a square too small to be exact is below 2^-1074, i.e. 2^-170 of the sum).
 * Each square is exact (Dekker), the sum of n positive double-doubles has relative error below
 * n 2^-104, the square root with one Newton correction adds 2^-104 and halves the rest: the
 * claimed bound (n + 4) 2^-96 keeps a margin of 2^7.
 */
export function hypotFast(xs: number[], max: number): number {
  if (!(max > 2 ** -450 && max < 2 ** 450)) return NaN;
  let sh = 0;
  let sl = 0;
  for (let i = 0; i < xs.length; i++) {
    const a = xs[i];
    // twoProd(a, a)
    const p = a * a;
    const t = SPLIT * a;
    const ah = t - (t - a);
    const al = a - ah;
    const pe = ((ah * ah - p) + 2 * ah * al) + al * al;
    // (sh, sl) += (p, pe), all terms positive
    const s = sh + p;
    const v = s - sh;
    let e = (sh - (s - v)) + (p - v);
    e += sl + pe;
    sh = s + e;
    sl = e - (sh - s);
  }
  const r = Math.sqrt(sh);
  // r^2 exactly
  const t = SPLIT * r;
  const rh = t - (t - r);
  const rl = r - rh;
  const q = r * r;
  const qe = ((rh * rh - q) + 2 * rh * rl) + rl * rl;
  const corr = ((sh - q) - qe + sl) / (2 * r);
  const h = r + corr;
  APPROX[0] = h;
  APPROX[1] = corr - (h - r);
  APPROX[2] = h * (xs.length + 4) * 2 ** -96;
  return decide();
}
