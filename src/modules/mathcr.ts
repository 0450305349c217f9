// Correctly rounded elementary functions for the math and cmath modules.
//
// CPython calls the platform libm. On this platform that is glibc, whose exp, log, log2, exp2,
// sin, cos, tan, atan, asin, acos, ... are correctly rounded in practice (errors just over half
// an ulp, so they disagree with the correctly rounded result only in rare near-halfway cases),
// whereas V8's Math.* (fdlibm ports) are one ulp off for a few percent of arguments. So every
// function here returns the correctly rounded result, computed by Ziv's strategy: evaluate in
// BigInt fixed point with P extra bits, giving a value V * 2^S whose relative error is below
// 2^-(P + 16); when both ends of that interval round to the same double, that is the answer;
// otherwise retry with twice the precision. The JS estimate only chooses the working scale.
//
// Inputs are finite doubles with the special cases (NaN, infinities, zeros, poles) handled by
// the caller or at the top of each function.

import { decompose, ilogb, roundToDouble } from "../objects/floatbits";

// ---- fixed-point primitives ----------------------------------------------------------------------
// A fixed-point number at scale G is a bigint X standing for X / 2^G.

/** floor(x * 2^G) for a finite double x. */
export function fix(x: number, G: number): bigint {
  if (x === 0) return 0n;
  const neg = x < 0;
  const { m, e } = decompose(neg ? -x : x);
  const sh = e + G;
  let v = sh >= 0 ? BigInt(m) << BigInt(sh) : BigInt(m) >> BigInt(-sh);
  if (neg) {
    v = -v;
    if (sh < 0 && (BigInt(m) & ((1n << BigInt(-sh)) - 1n)) !== 0n) v -= 1n; // floor
  }
  return v;
}

function bitLen(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

/** floor(sqrt(n)) for n >= 0. */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  const b = bitLen(n);
  // Start above the root, Newton's iteration decreases monotonically to it.
  let x = 1n << BigInt((b >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** atan(1 / n) * 2^G for an integer n >= 2 (Machin-style series). */
function atanInv(n: bigint, G: number): bigint {
  const n2 = n * n;
  let term = (1n << BigInt(G)) / n;
  let sum = term;
  for (let k = 3n, sign = -1n; term !== 0n; k += 2n, sign = -sign) {
    term /= n2;
    sum += (sign * term) / k;
  }
  return sum;
}

/** atanh(1 / n) * 2^G for an integer n >= 2. */
function atanhInv(n: bigint, G: number): bigint {
  const n2 = n * n;
  let term = (1n << BigInt(G)) / n;
  let sum = term;
  for (let k = 3n; term !== 0n; k += 2n) {
    term /= n2;
    sum += term / k;
  }
  return sum;
}

let piCache: { G: number; v: bigint } = { G: 0, v: 0n };
/** pi * 2^G (error below 2 units). */
export function piFixed(G: number): bigint {
  if (piCache.G < G) {
    const H = Math.max(G, 2 * piCache.G, 256) + 16;
    piCache = { G: H, v: 16n * atanInv(5n, H) - 4n * atanInv(239n, H) };
  }
  return piCache.v >> BigInt(piCache.G - G);
}

let ln2Cache: { G: number; v: bigint } = { G: 0, v: 0n };
/** ln 2 * 2^G (error below 2 units). */
export function ln2Fixed(G: number): bigint {
  if (ln2Cache.G < G) {
    const H = Math.max(G, 2 * ln2Cache.G, 256) + 16;
    ln2Cache = { G: H, v: 2n * atanhInv(3n, H) };
  }
  return ln2Cache.v >> BigInt(ln2Cache.G - G);
}

/** ln 10 * 2^G: 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9). */
export function ln10Fixed(G: number): bigint {
  return ((3n * ln2Fixed(G + 8)) >> 8n) + ((2n * atanhInv(9n, G + 8)) >> 8n);
}

/** e^(R / 2^G) * 2^G for |R / 2^G| <= 1: the series of e^(r / 2^8), squared 8 times. */
function expSmall(R: bigint, G: number): bigint {
  const H = 8;
  const W = G + 24;
  const one = 1n << BigInt(W);
  const r = (R << 24n) >> BigInt(H);
  let term = one;
  let sum = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (one * n);
    sum += term;
  }
  for (let i = 0; i < H; i++) sum = (sum * sum) >> BigInt(W);
  return sum >> 24n;
}

/**
 * e^(X / 2^G) as [M, k]: the value is M * 2^(k - G), relative error about 2^-(G - 12).
 * X = k ln 2 + r with |r| <= ln 2 / 2.
 */
function expParts(X: bigint, G: number): [bigint, number] {
  const W = G + 16;
  const Xw = X << 16n;
  const l2 = ln2Fixed(W);
  let k = Math.round(Number(X >> BigInt(Math.max(0, G - 40))) / 2 ** Math.min(G, 40) / Math.LN2);
  let r = Xw - BigInt(k) * l2;
  // Keep |r| at most about ln 2: k comes from a double estimate.
  while (r > l2) { r -= l2; k++; }
  while (r < -l2) { r += l2; k--; }
  return [expSmall(r, W) >> 16n, k];
}

/** e^(X / 2^G) * 2^G (floor-ish; relative error about 2^-(G - 12), plus a unit). */
export function expFixed(X: bigint, G: number): bigint {
  const [M, k] = expParts(X, G);
  return k >= 0 ? M << BigInt(k) : M >> BigInt(-k);
}

/** ln(Y / 2^ys) * 2^G for Y > 0 (absolute error a few units); ys defaults to G. */
export function lnFixed(Y: bigint, G: number, ys: number = G): bigint {
  const W = G + 16;
  // Y / 2^ys = f * 2^k with f in [1/sqrt 2, sqrt 2).
  let k = bitLen(Y) - 1 - ys;
  const sh = W - ys - k; // F = Y 2^sh = f 2^W
  let F = sh >= 0 ? Y << BigInt(sh) : Y >> BigInt(-sh);
  const one = 1n << BigInt(W);
  // sqrt(2) * 2^W compared without a constant: F^2 > 2 * one^2.
  if (F * F > 2n * one * one) {
    F >>= 1n;
    k++;
  }
  // ln f = 2 atanh(s), s = (f - 1) / (f + 1), |s| < 0.172.
  const s = ((F - one) << BigInt(W)) / (F + one);
  const s2 = (s * s) >> BigInt(W);
  let term = s;
  let sum = s;
  for (let n = 3n; term !== 0n; n += 2n) {
    term = (term * s2) / one; // truncates toward zero, so a negative s also ends
    sum += term / n;
  }
  return (2n * sum + BigInt(k) * ln2Fixed(W)) >> 16n;
}

/** atan(T / 2^G) * 2^G for |T| <= 2^G. */
export function atanFixed(T: bigint, G: number): bigint {
  const W = G + 16;
  const one = 1n << BigInt(W);
  let t = T << 16n;
  // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2))), twice: |t| <= tan(pi / 16) < 0.2.
  for (let i = 0; i < 2; i++) {
    const root = isqrtBig(one * one + t * t);
    t = (t << BigInt(W)) / (one + root);
  }
  const t2 = (t * t) >> BigInt(W);
  let term = t;
  let sum = t;
  for (let n = 3n, sign = -1n; term !== 0n; n += 2n, sign = -sign) {
    term = (term * t2) / one;
    sum += (sign * term) / n;
  }
  return (sum * 4n) >> 16n;
}

/** The angle of the point (X, Y) in (-pi, pi], both at the same scale, result at scale G. */
export function atan2Fixed(Y: bigint, X: bigint, G: number): bigint {
  const ay = Y < 0n ? -Y : Y;
  const ax = X < 0n ? -X : X;
  let a: bigint;
  if (ay <= ax) a = atanFixed((ay << BigInt(G)) / ax, G);
  else a = (piFixed(G) >> 1n) - atanFixed((ax << BigInt(G)) / ay, G);
  if (X < 0n) a = piFixed(G) - a;
  return Y < 0n ? -a : a;
}

/** sin and cos of R / 2^G for |R / 2^G| <= 1, each at scale G. */
export function sinCosSmall(R: bigint, G: number): [bigint, bigint] {
  const W = G + 16;
  const one = 1n << BigInt(W);
  const r = R << 16n;
  const r2 = (r * r) >> BigInt(W);
  let s = r;
  let term = r;
  for (let n = 2n; term !== 0n; n += 2n) {
    term = -(term * r2) / (one * n * (n + 1n));
    s += term;
  }
  let c = one;
  term = one;
  for (let n = 1n; term !== 0n; n += 2n) {
    term = -(term * r2) / (one * n * (n + 1n));
    c += term;
  }
  return [s >> 16n, c >> 16n];
}

/**
 * x reduced modulo pi/2 for a finite double x: [R, q] with x = q pi/2 + R / 2^G, |R / 2^G| <= pi/4
 * (a little more at worst), absolute error a few units.
 */
export function reduceHalfPi(x: number, G: number): [bigint, number] {
  const ex = Math.max(0, ilogb(Math.abs(x)) + 2);
  const W = G + ex + 16;
  const X = fix(x, W); // exact: W covers the bits of x
  const halfPi = piFixed(W) >> 1n;
  const quarter = halfPi >> 1n;
  let Q: bigint;
  const qd = Math.round(x / (Math.PI / 2));
  if (Number.isSafeInteger(qd)) Q = BigInt(qd);
  else Q = X / halfPi;
  let R = X - Q * halfPi;
  while (R > quarter) { R -= halfPi; Q++; }
  while (R < -quarter) { R += halfPi; Q--; }
  const q = Number(((Q % 4n) + 4n) % 4n);
  return [R >> BigInt(W - G), q];
}

// ---- the rounding loop ------------------------------------------------------------------------

type Approx = { v: bigint; s: number };

/**
 * The correctly rounded value of a function whose approximation at precision P is
 * compute(P) = V * 2^S with |true - V 2^S| <= |V| 2^-(P + 16) + 64 * 2^S.
 */
function ziv(compute: (P: number) => Approx): number {
  for (let P = 64; ; P *= 2) {
    const { v, s } = compute(P);
    const av = v < 0n ? -v : v;
    const err = (av >> BigInt(P + 16)) + 64n;
    if (av > err) {
      const lo = roundToDouble(av - err, s);
      const hi = roundToDouble(av + err, s);
      if (lo === hi) return v < 0n ? -lo : lo;
    }
    if (P > 1 << 16) throw new Error("mathcr: precision escalation did not converge");
  }
}

/** Working scale for a result near `est`: P + 32 bits below its leading bit (and at least P + 32). */
function scaleFor(P: number, est: number): number {
  const a = Math.abs(est);
  const lead = a > 0 && a !== Infinity ? ilogb(a) : 0;
  return P + 32 + Math.max(0, -lead);
}

// ---- the functions ----------------------------------------------------------------------------

export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  return ziv((P) => {
    const G = P + 32;
    const [M, k] = expParts(fix(x, G + 12), G + 12);
    return { v: M, s: k - G - 12 };
  });
}

export function crExp2(x: number): number {
  if (x !== x) return x;
  if (x >= 1024) return Infinity;
  if (x < -1080) return 0;
  if (Number.isInteger(x)) return 2 ** x;
  return ziv((P) => {
    const G = P + 48;
    // 2^x = 2^n * e^(f ln 2), n = floor(x).
    const n = Math.floor(x);
    const F = ((fix(x, G) - (BigInt(n) << BigInt(G))) * ln2Fixed(G)) >> BigInt(G);
    return { v: expFixed(F, G), s: n - G };
  });
}

export function crExpm1(x: number): number {
  if (x !== x || x === 0) return x;
  if (x > 709.8) return Infinity;
  if (x < -40) return -1;
  return ziv((P) => {
    const G = scaleFor(P, x);
    const X = fix(x, G + 8);
    const E = expFixed(X, G + 8);
    return { v: E - (1n << BigInt(G + 8)), s: -G - 8 };
  });
}

/** ln x (x a positive finite double), divided by factor(G) / 2^G when given, rounded. */
function lnRounded(x: number, est: number, factor: ((G: number) => bigint) | null = null): number {
  const { m, e } = decompose(x);
  return ziv((P) => {
    const G = scaleFor(P, est) + 16;
    let L = lnFixed(BigInt(m), G, -e);
    if (factor !== null) L = (L << BigInt(G)) / factor(G); // divide by ln 2 or ln 10
    return { v: L, s: -G };
  });
}

export function crLog(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 1) return 0;
  return lnRounded(x, Math.log(x));
}

function exactLog2(x: number): number | null {
  const { m, e } = decompose(x);
  return m === 1 ? e : null;
}

export function crLog2(x: number): number {
  if (x !== x || x === Infinity) return x;
  const k = exactLog2(x);
  if (k !== null) return k;
  return lnRounded(x, Math.log2(x), ln2Fixed);
}

export function crLog10(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 1) return 0;
  // Powers of ten up to 10^22 are exact doubles and their logarithms exact integers.
  const n = Math.round(Math.log10(x));
  if (n >= 0 && n <= 22 && 10 ** n === x) return n;
  return lnRounded(x, Math.log10(x), ln10Fixed);
}

export function crLog1p(x: number): number {
  if (x !== x || x === Infinity || x === 0) return x;
  if (x === -1) return -Infinity;
  if (x < -1) return NaN;
  return ziv((P) => {
    const G = scaleFor(P, x) + 16;
    // 1 + x at scale G; x's bits below 2^-G only matter at the next precision.
    const Y = (1n << BigInt(G)) + fix(x, G);
    return { v: lnFixed(Y, G), s: -G };
  });
}

export function crSin(x: number): number {
  if (x !== x || x === 0) return x;
  if (x === Infinity || x === -Infinity) return NaN;
  return trig(x, 0);
}

export function crCos(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return NaN;
  if (x === 0) return 1;
  return trig(x, 1);
}

export function crTan(x: number): number {
  if (x !== x || x === 0) return x;
  if (x === Infinity || x === -Infinity) return NaN;
  return trig(x, 2);
}

/** sin (which 0), cos (1) or tan (2) of a finite nonzero x. */
function trig(x: number, which: number): number {
  const est = which === 0 ? Math.sin(x) : which === 1 ? Math.cos(x) : Math.tan(x);
  return ziv((P) => {
    // tan near a pole divides by a small cosine: keep enough bits for it too.
    const extra = which === 2 ? Math.max(0, ilogb(Math.abs(est) || 1)) : 0;
    const G = scaleFor(P, est) + 2 * extra;
    const [R, q] = reduceHalfPi(x, G);
    const [s, c] = sinCosSmall(R, G);
    // sin(R + q pi/2) and cos(R + q pi/2) by quadrant.
    const S = q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c;
    const C = q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s;
    if (which === 0) return { v: S, s: -G };
    if (which === 1) return { v: C, s: -G };
    return { v: (S << BigInt(G)) / C, s: -G };
  });
}

export function crAtan(x: number): number {
  if (x !== x || x === 0) return x;
  if (x === Infinity) return Math.PI / 2;
  if (x === -Infinity) return -Math.PI / 2;
  return crAtan2(x, 1);
}

/** atan2 for finite y, x, not both zero. */
export function crAtan2(y: number, x: number): number {
  const est = Math.atan2(y, x);
  return ziv((P) => {
    const G = scaleFor(P, est);
    // Both coordinates at a common scale that keeps all their bits.
    const ey = y === 0 ? -1100 : decompose(Math.abs(y)).e;
    const ex = x === 0 ? -1100 : decompose(Math.abs(x)).e;
    const sh = -Math.min(ey, ex);
    return { v: atan2Fixed(fix(y, sh), fix(x, sh), G), s: -G };
  });
}

export function crAsin(x: number): number {
  if (x !== x || x === 0) return x;
  if (x > 1 || x < -1) return NaN;
  const est = Math.asin(x);
  return ziv((P) => {
    const G = scaleFor(P, est) + 64;
    const X = fix(x, G);
    const S = isqrtBig((1n << BigInt(2 * G)) - X * X);
    return { v: atan2Fixed(X, S, G), s: -G };
  });
}

export function crAcos(x: number): number {
  if (x !== x) return x;
  if (x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  const est = Math.acos(x);
  return ziv((P) => {
    const G = scaleFor(P, est) + 64;
    const X = fix(x, G);
    const S = isqrtBig((1n << BigInt(2 * G)) - X * X);
    return { v: atan2Fixed(S, X, G), s: -G };
  });
}

export function crSinh(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  if (Math.abs(x) > 710.5) return x > 0 ? Infinity : -Infinity;
  return hyperbolic(x, 0);
}

export function crCosh(x: number): number {
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x === 0) return 1;
  if (Math.abs(x) > 710.5) return Infinity;
  return hyperbolic(x, 1);
}

export function crTanh(x: number): number {
  if (x !== x || x === 0) return x;
  if (x > 22) return 1;
  if (x < -22) return -1;
  return hyperbolic(x, 2);
}

/** sinh (0), cosh (1), tanh (2) of a finite nonzero x with |x| <= 710.5. */
function hyperbolic(x: number, which: number): number {
  const est = which === 0 ? Math.sinh(x) : which === 1 ? Math.cosh(x) : Math.tanh(x);
  return ziv((P) => {
    const G = scaleFor(P, x) + 16;
    const a = Math.abs(x);
    const [M, k] = expParts(fix(a, G + 16), G + 16);
    // e^a = M 2^(k - G - 16); e^-a at the same scale is 2^(2(G + 16) - k) / M ... keep both at 2^-(G+16).
    const W = G + 16;
    const Ep = k >= 0 ? M << BigInt(k) : M >> BigInt(-k);
    const Em = (1n << BigInt(2 * W)) / (Ep === 0n ? 1n : Ep);
    if (which === 1) return { v: (Ep + Em) >> 1n, s: -W };
    if (which === 0) {
      const v = (Ep - Em) >> 1n;
      return { v: x < 0 ? -v : v, s: -W };
    }
    void est;
    const v = ((Ep - Em) << BigInt(W)) / (Ep + Em);
    return { v: x < 0 ? -v : v, s: -W };
  });
}

export function crAsinh(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const a = Math.abs(x);
  const r = ziv((P) => {
    const G = scaleFor(P, a) + 16;
    const big = Math.max(0, ilogb(a));
    const W = G + big; // x^2 + 1 keeps its low bits
    const X = fix(a, W);
    const root = isqrtBig(X * X + (1n << BigInt(2 * W)));
    return { v: lnFixed((X + root) >> BigInt(big), G), s: -G };
  });
  return x < 0 ? -r : r;
}

export function crAcosh(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x < 1) return NaN;
  if (x === 1) return 0;
  const est = Math.acosh(x);
  return ziv((P) => {
    const G = scaleFor(P, est) + 16;
    const big = Math.max(0, ilogb(x));
    const W = 2 * G + big;
    const X = fix(x, W);
    const root = isqrtBig(X * X - (1n << BigInt(2 * W)));
    return { v: lnFixed((X + root) >> BigInt(W - G), G), s: -G };
  });
}

export function crAtanh(x: number): number {
  if (x !== x || x === 0) return x;
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  if (x > 1 || x < -1) return NaN;
  return ziv((P) => {
    const G = scaleFor(P, x) + 16;
    const W = G + 60;
    const X = fix(x, W);
    const one = 1n << BigInt(W);
    const Q = ((one + X) << BigInt(G)) / (one - X);
    return { v: lnFixed(Q, G) >> 1n, s: -G };
  });
}

/** cbrt, correctly rounded: an exact integer cube root with a sticky bit. */
export function crCbrt(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const neg = x < 0;
  const { m, e } = decompose(neg ? -x : x);
  // x = m 2^e. Choose q with e - 3q a shift that leaves N = m 2^(e - 3q) about 2^171.
  const mb = bitLen(BigInt(m));
  let q = Math.floor((e + mb - 171) / 3);
  let sh = e - 3 * q;
  if (sh < 0) { q -= 1; sh += 3; } // keep N an integer (m is odd, so shift left only)
  const N = BigInt(m) << BigInt(sh);
  // Integer cube root by Newton from above.
  let r = 1n << BigInt(Math.ceil(bitLen(N) / 3) + 1);
  for (;;) {
    const y = (2n * r + N / (r * r)) / 3n;
    if (y >= r) break;
    r = y;
  }
  while (r * r * r > N) r -= 1n;
  while ((r + 1n) * (r + 1n) * (r + 1n) <= N) r += 1n;
  const sticky = r * r * r === N ? 0n : 1n;
  const v = roundToDouble((r << 1n) | sticky, q - 1);
  return neg ? -v : v;
}
