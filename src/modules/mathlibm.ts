// The math functions whose glibc versions are not correctly rounded but follow a published
// method built on other functions (the fdlibm formulas: sinh from expm1 and exp, asinh from
// log1p and log, ...). Following the same formula with glibc-equivalent building blocks gives
// glibc's result far more often than a correctly rounded value would. The building blocks:
// exp and log correctly rounded (mathcr.ts, as glibc's are in practice), expm1 and log1p from
// V8, whose fdlibm versions are the ones glibc uses too.

import { decompose, ilogb, roundToDouble } from "../objects/floatbits";
import { crExp, crLog, fix } from "./mathfast";

const LN2 = 6.93147180559945286227e-01;

export const expm1 = Math.expm1;
export const log1p = Math.log1p;
export const atanh = Math.atanh;

/** sinh: expm1 for |x| < 22, then exp, then exp(x/2)^2 near overflow (fdlibm's steps). */
export function sinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const a = Math.abs(x);
  if (a < 22) {
    if (a < 2 ** -28) return x;
    const t = expm1(a);
    if (a < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (a < 709.782712893384) return h * crExp(a);
  if (a <= 710.4758600739439) {
    const w = crExp(0.5 * a);
    const t = h * w;
    return t * w;
  }
  return x * 1e307 * 1e307;
}

/** cosh: 1 + t^2 / 2(1 + t) with t = expm1 near 0, then (e^x + 1/e^x) / 2, then exp. */
export function cosh(x: number): number {
  if (x !== x) return x;
  const a = Math.abs(x);
  if (a === Infinity) return Infinity;
  if (a < 0.5 * LN2) {
    const t = expm1(a);
    const w = 1 + t;
    if (a < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (a < 22) {
    const t = crExp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < 709.782712893384) return 0.5 * crExp(a);
  if (a <= 710.4758600739439) {
    const w = crExp(0.5 * a);
    const t = 0.5 * w;
    return t * w;
  }
  return Infinity;
}

/** tanh from expm1: 1 - 2/(expm1(2|x|) + 2) for |x| >= 1, -t/(t + 2) with t = expm1(-2|x|) below. */
export function tanh(x: number): number {
  if (x !== x || x === 0) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const a = Math.abs(x);
  let z: number;
  if (a < 22) {
    if (a < 2 ** -55) return x * (1 + x);
    if (a >= 1) {
      const t = expm1(2 * a);
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * a);
      z = -t / (t + 2);
    }
  } else z = 1;
  return x < 0 ? -z : z;
}

/** asinh: log(2|x|) for huge, log(2|x| + 1/(sqrt(x^2+1)+|x|)) above 2, log1p form below. */
export function asinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  let w: number;
  if (a < 2 ** -28) return x;
  if (a > 2 ** 28) w = crLog(a) + LN2;
  else if (a > 2) w = crLog(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else {
    const t = x * x;
    w = log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** acosh: log(x) + ln 2 for huge, log(2x - 1/(x + sqrt(x^2 - 1))) above 2, log1p form below. */
export function acosh(x: number): number {
  if (x !== x) return x;
  if (x < 1) return NaN;
  if (x === Infinity) return x;
  if (x >= 2 ** 28) return crLog(x) + LN2;
  if (x === 1) return 0;
  if (x > 2) {
    const t = x * x;
    return crLog(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

/**
 * log10 as glibc computes it: x = 2^n * m with m in [1, 2) (or [1/2, 1) for negative n, so the
 * sum cancels less), then n log10(2) in two parts plus log(m) / ln 10.
 */
export function log10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  let k = ilogb(x);
  let m = x / 2 ** k;
  if (k < -1022) m = roundToDouble(BigInt(decompose(x).m), decompose(x).e - k);
  const i = k < 0 ? 1 : 0;
  if (i) m /= 2;
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * crLog(m);
  return z + y * LOG10_2HI;
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** cbrt as glibc computes it: a polynomial guess for the mantissa, one Halley step, the exponent split by 3. */
export function cbrt(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const a = Math.abs(x);
  const xe = ilogb(a) + 1;
  const xm = a >= 2.2250738585072014e-308 ? a / 2 ** xe : (a * 2 ** 64) / 2 ** (xe + 64);
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
    ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

function ldexp(x: number, e: number): number {
  if (e >= -1022 && e <= 1023) {
    const r = x * 2 ** e; // exact when the result is normal
    if (Math.abs(r) >= 2.2250738585072014e-308 && r !== Infinity && r !== -Infinity) return r;
  }
  const neg = x < 0;
  const d = decompose(Math.abs(x));
  const r = roundToDouble(BigInt(d.m), d.e + e);
  return neg ? -r : r;
}

// ---- erf and erfc, correctly rounded ---------------------------------------------------------
// glibc's erf and erfc are fdlibm's rational approximations (errors below 1 ulp); these are the
// correctly rounded values, from the Taylor series of erf in fixed point.

/** erf(x) * 2^G (|x| <= 27), series sum x^(2n+1) (-1)^n / (n! (2n+1)), times 2/sqrt(pi). */
function erfFixed(x: number, G: number): bigint {
  // Terms grow to about e^(x^2) before they shrink: carry that many extra bits.
  const extra = Math.ceil(x * x * 1.4427) + 16;
  const W = G + extra;
  const one = 1n << BigInt(W);
  const X = fix(x, W);
  const X2 = (X * X) >> BigInt(W);
  let term = X;
  let sum = X;
  for (let n = 1n; term !== 0n; n++) {
    term = -(term * X2) / (one * n);
    sum += term / (2n * n + 1n);
  }
  // 2/sqrt(pi) = 2 / sqrt(pi 2^W) * 2^(W/2)...: compute sqrt(pi) at scale W.
  const { piFixed, isqrtBig } = CRX;
  const sqrtPi = isqrtBig(piFixed(W) << BigInt(W));
  return ((2n * sum) << BigInt(W)) / sqrtPi >> BigInt(extra);
}

import * as CRX from "./mathcr";

function zivRound(compute: (P: number) => { v: bigint; s: number }): number {
  for (let P = 64; ; P *= 2) {
    const { v, s } = compute(P);
    const av = v < 0n ? -v : v;
    const err = (av >> BigInt(P + 16)) + 64n;
    if (av > err) {
      const lo = roundToDouble(av - err, s);
      const hi = roundToDouble(av + err, s);
      if (lo === hi) return v < 0n ? -lo : lo;
    }
    if (P > 1 << 14) return NaN;
  }
}

export function erf(x: number): number {
  if (x !== x || x === 0) return x;
  if (x >= 6) return 1;
  if (x <= -6) return -1;
  const a = Math.abs(x);
  const lead = a < 1 ? -ilogb(a) : 0;
  const r = zivRound((P) => {
    const G = P + 32 + lead;
    return { v: erfFixed(a, G), s: -G };
  });
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  if (x >= 27.3) return 0;
  if (x <= -6) return 2;
  // erfc(x) = 1 - erf(x); for large x it is about e^(-x^2) / (x sqrt(pi)): carry those bits.
  const small = x > 0 ? Math.ceil(x * x * 1.4427) + 8 : 0;
  return zivRound((P) => {
    const G = P + 32 + small;
    return { v: (1n << BigInt(G)) - erfFixed(x < 0 ? x : x, G), s: -G };
  });
}
