// math: CPython 3.11's Modules/mathmodule.c, written from its documented behaviour.
//
// Error protocol (math_1 / math_2 in CPython): a NaN result from non-NaN arguments is
// ValueError("math domain error"); an infinite result from finite arguments is
// OverflowError("math range error") for the functions that can overflow, else the domain error;
// underflow to zero is silent. The libm functions come from mathfast.ts/mathcr.ts (correctly rounded, see
// there for how that relates to glibc's results), except where glibc's result follows a known
// formula built on those (sinh, cosh, tanh, asinh, acosh, log10: see mathlibm.ts).

import { binaryOp, Bin, callDescr, getIter, index, intValue, iterNext, typeName } from "../objects/abstract";
import { PyOpError } from "../objects/errors";
import { OverflowError, raiseError, typeError, valueError, ValueError } from "../objects/exceptions";
import { decompose, ilogb, nextDown, nextUp, pow2, roundToDouble, TWO53 } from "../objects/floatbits";
import { floatPow } from "../objects/floatpow";
import { ldexp as ldexpExact, toFloat } from "../objects/intfloat";
import * as I from "../objects/intmath";
import { parseArgs } from "../objects/native";
import { bool, floatType, NativeFn, None, PyFloat, PyTuple, PyValue, typeOf } from "../objects/types";
import { defFunctions, defineModule } from "./registry";
import * as CR from "./mathfast";
import * as L from "./mathlibm";

// ---- argument conversion ---------------------------------------------------------------------

/** PyFloat_AsDouble: a float, __float__, or an int (__index__); else "must be real number". */
export function asDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return toFloat(v);
  const i = intValue(v);
  if (i !== undefined) return toFloat(i);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = callDescr(f, v, []);
    if (!(r instanceof PyFloat)) typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (t.lookup("__index__") !== undefined) return toFloat(index(v));
  typeError(`must be real number, not ${typeName(v)}`);
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** Exactly n positional arguments (METH_O / Argument Clinic style messages). */
function nargs(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
    typeError(`${name} expected ${n} argument${plural(n)}, got ${args.length}`);
  }
}

const f = (x: number): PyFloat => new PyFloat(x);
const domainError = (): never => raiseError(ValueError, "math domain error");
const rangeError = (): never => raiseError(OverflowError, "math range error");

/** math_1: one float argument, the error protocol above. */
function math1(name: string, fn: (x: number) => number, canOverflow: boolean): NativeFn {
  return (args, kwnames) => {
    nargs(name, args, kwnames, 1);
    const x = asDouble(args[0]);
    const r = fn(x);
    if (r !== r && x === x) domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return f(r);
  };
}

/** math_2: two float arguments. */
function math2(name: string, fn: (x: number, y: number) => number): NativeFn {
  return (args, kwnames) => {
    nargs(name, args, kwnames, 2);
    const x = asDouble(args[0]);
    const y = asDouble(args[1]);
    const r = fn(x, y);
    if (r !== r) {
      if (x === x && y === y) domainError();
    } else if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    return f(r);
  };
}

// ---- CPython's own special functions ------------------------------------------------------------

/** sin(pi x), accurate near the integers (CPython's m_sinpi, same steps). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y); // 2y >= 0, so JS rounding (half up) is C's round here
  let r: number;
  switch (n) {
    case 0: r = CR.crSin(Math.PI * y); break;
    case 1: r = CR.crCos(Math.PI * (y - 0.5)); break;
    case 2: r = CR.crSin(Math.PI * (1 - y)); break;
    case 3: r = -CR.crCos(Math.PI * (y - 1.5)); break;
    default: r = CR.crSin(Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

// Lanczos approximation with CPython's parameters (N = 13, g = 6.024680040776729583740234375):
// numbers are facts, so the results agree to the bit when evaluated in the same order.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = [];
for (let i = 0, p = 1; i < 23; i++) {
  GAMMA_INTEGRAL.push(p);
  p *= i + 1;
}

/** The rational function of the Lanczos sum, evaluated as CPython does (x >= 0). */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  const n = LANCZOS_NUM.length;
  if (x < 5) {
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** Result of gamma/lgamma: value, or a flag for CPython's errno (1 = EDOM, 2 = ERANGE). */
let specialErr = 0;

function tgamma(x: number): number {
  specialErr = 0;
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) { specialErr = 1; return NaN; }
  if (x === 0) { specialErr = 1; return Object.is(x, -0) ? -Infinity : Infinity; }
  if (x === Math.floor(x)) {
    if (x < 0) { specialErr = 1; return NaN; }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (r === Infinity || r === -Infinity) specialErr = 2;
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    specialErr = 2;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * CR.crExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= crPow(y, absx - 0.5);
    else {
      const sqrtpow = crPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / CR.crExp(y);
    r += z * r;
    if (absx < 140) r *= crPow(y, absx - 0.5);
    else {
      const sqrtpow = crPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) specialErr = 2;
  return r;
}

function lgamma(x: number): number {
  specialErr = 0;
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) { specialErr = 1; return Infinity; }
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -CR.crLog(absx);
  let r = CR.crLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (CR.crLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = logPi() - CR.crLog(Math.abs(sinpi(absx))) - CR.crLog(absx) - r;
  if (r === Infinity || r === -Infinity) specialErr = 2;
  return r;
}

/** log(pi), correctly rounded: computed on first use (it takes a millisecond, too long for start-up). */
let logPiValue: number | undefined;
const logPi = (): number => (logPiValue ??= CR.crLog(Math.PI));

/** pow for positive finite arguments (glibc's pow is correctly rounded in practice; so is floatPow). */
function crPow(x: number, y: number): number {
  try {
    return floatPow(x, y) as number;
  } catch (e) {
    if (e instanceof PyOpError && e.type === "OverflowError") return Infinity;
    throw e;
  }
}

/** math_1a: the function reports its own errors through specialErr. */
function math1a(name: string, fn: (x: number) => number): NativeFn {
  return (args, kwnames) => {
    nargs(name, args, kwnames, 1);
    const r = fn(asDouble(args[0]));
    if (specialErr === 1) domainError();
    if (specialErr === 2 && Math.abs(r) >= 1.5) rangeError();
    return f(r);
  };
}

// ---- log of ints and with a base ----------------------------------------------------------------

/**
 * loghelper: an int argument too big for a float is split as m * 2^e (m in [0.5, 1)), and the
 * result is func(m) + func(2) * e, as CPython computes it.
 */
function logHelper(v: PyValue, fn: (x: number) => number, name: string): number {
  const i = intValue(v);
  if (i !== undefined) {
    if (I.sign(i) <= 0) domainError();
    if (typeof i === "bigint") {
      const x = Number(i);
      if (x === Infinity) {
        const [m, e] = frexpBig(i);
        return fn(m) + fn(2) * e;
      }
      return logValue(x, fn);
    }
    return logValue(i, fn);
  }
  void name;
  return logValue(asDouble(v), fn);
}

function logValue(x: number, fn: (x: number) => number): number {
  // m_log: 0 and negatives are domain errors; inf and nan pass through.
  if (x !== x || x === Infinity) return x;
  if (x <= 0) domainError();
  return fn(x);
}

/** An int too large for a float as m * 2^e with m in [0.5, 1), m rounded (_PyLong_Frexp). */
function frexpBig(i: bigint): [number, number] {
  const n = i < 0n ? -i : i;
  const bits = I.bitLength(n);
  // Keep 55 bits (53 + guard + sticky), round once to 53 (CPython rounds half to even too).
  const shift = bits - 55;
  let top = n >> BigInt(shift);
  if ((n & ((1n << BigInt(shift)) - 1n)) !== 0n) top |= 1n;
  let m = roundToDouble(top, -55);
  let e = bits;
  if (m === 1) { m = 0.5; e += 1; }
  return [i < 0n ? -m : m, e];
}

function mathLog(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError("log() takes no keyword arguments");
  if (args.length < 1 || args.length > 2) typeError("math.log requires 1 to 2 arguments");
  const num = logHelper(args[0], CR.crLog, "log");
  if (args.length === 1) return f(num);
  const den = logHelper(args[1], CR.crLog, "log");
  if (den === 0) raiseError(excZeroDivision(), "float division by zero");
  return f(num / den);
}

import { ZeroDivisionError } from "../objects/exceptions";
const excZeroDivision = () => ZeroDivisionError;

function logN(name: string, fn: (x: number) => number): NativeFn {
  return (args, kwnames) => {
    nargs(name, args, kwnames, 1);
    return f(logHelper(args[0], fn, name));
  };
}

// ---- rounding to integers ---------------------------------------------------------------------

function viaDunder(name: string, dunder: string, onFloat: (x: number) => PyValue): NativeFn {
  return (args, kwnames) => {
    nargs(name, args, kwnames, 1);
    const v = args[0];
    if (v instanceof PyFloat && v.cls === floatType) return onFloat(v.value);
    if (typeof v === "number" || typeof v === "bigint") return v;
    const m = typeOf(v).lookup(dunder);
    if (m !== undefined) return callDescr(m, v, []);
    if (name === "trunc") typeError(`type ${typeName(v)} doesn't define __trunc__ method`);
    return onFloat(asDouble(v));
  };
}

function floatToInt(x: number): PyValue {
  if (x !== x) valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) raiseError(OverflowError, "cannot convert float infinity to integer");
  if (Number.isSafeInteger(x)) return x + 0;
  return I.normalize(BigInt(x));
}

// ---- fsum, prod, hypot, dist ------------------------------------------------------------------

/** Shewchuk's exact summation with CPython's handling of infinities, NaNs and the final rounding. */
function fsum(it: PyValue): number {
  const iter = getIter(it);
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (;;) {
    const item = iterNext(iter);
    if (item === undefined) break;
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // An infinity or NaN among the inputs, or an overflow of finite ones.
        if (Number.isFinite(xsave)) raiseError(OverflowError, "intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) valueError("-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half to even across the remaining partials: correct hi when lo is exactly half an ulp.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** sqrt(sum of squares), correctly rounded, computed exactly with integers. */
function vectorNorm(xs: number[]): number {
  let max = 0;
  let foundNan = false;
  for (const x of xs) {
    const a = Math.abs(x);
    if (a !== a) foundNan = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (foundNan) return NaN;
  if (max === 0 || xs.length <= 1) return max;
  const fast = CR.hypotFast(xs, max);
  if (fast === fast) return fast;
  // Every x is m * 2^e with e >= emin: the sum of squares is S * 2^(2 emin), S an integer.
  let emin = Infinity;
  const parts: { m: bigint; e: number }[] = [];
  for (const x of xs) {
    if (x === 0) continue;
    const d = decompose(Math.abs(x));
    parts.push({ m: BigInt(d.m), e: d.e });
    if (d.e < emin) emin = d.e;
  }
  let S = 0n;
  for (const p of parts) S += (p.m * p.m) << BigInt(2 * (p.e - emin));
  // sqrt(S) to 55+ bits with a sticky bit: scale S by 4^k first.
  const bits = I.bitLength(S);
  const k = Math.max(0, Math.ceil((120 - bits) / 2));
  const Ss = S << BigInt(2 * k);
  const r = CR.isqrtBig(Ss);
  const sticky = r * r === Ss ? 0n : 1n;
  return roundToDouble((r << 1n) | sticky, emin - k - 1);
}

function hypot(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError("hypot() takes no keyword arguments");
  return f(vectorNorm(args.map(asDouble)));
}

function seqItems(v: PyValue, fname: string, argn: number): number[] {
  const items = (v as { items?: readonly PyValue[] }).items;
  if (!(v instanceof PyTuple) || items === undefined) {
    typeError(`${fname}() argument ${argn} must be tuple, not ${typeName(v)}`);
  }
  return items.map(asDouble);
}

function dist(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  nargs("dist", args, kwnames, 2);
  const p = toSeq(args[0]);
  const q = toSeq(args[1]);
  if (p.length !== q.length) valueError("both points must have the same number of dimensions");
  const diffs = p.map((x, i) => Math.abs(x - q[i]));
  return f(vectorNorm(diffs));
}

function toSeq(v: PyValue): number[] {
  // CPython 3.11 accepts any sequence here, converting non-tuples with tuple().
  if (v instanceof PyTuple) return v.items.map(asDouble);
  const it = getIter(v);
  const out: number[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(asDouble(x));
  return out;
}
void seqItems;

// ---- integer functions ------------------------------------------------------------------------

const LONG_MAX = 9223372036854775807n;
const DBL_MIN_NORMAL = 2.2250738585072014e-308;

/** The product of the integers lo..hi (lo <= hi + 1), by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  const n = hi - lo;
  if (n < 16n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function factorial(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  nargs("factorial", args, kwnames, 1);
  const n = index(args[0]);
  if (I.sign(n) < 0) valueError("factorial() not defined for negative values");
  if (BigInt(n) > LONG_MAX) raiseError(OverflowError, "factorial() argument should not exceed 9223372036854775807");
  if (typeof n === "number" && n <= 18) return GAMMA_INTEGRAL[n] ?? Number(rangeProduct(1n, BigInt(n)));
  return I.normalize(rangeProduct(1n, BigInt(n)));
}

function comb(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  nargs("comb", args, kwnames, 2);
  const n = BigInt(index(args[0]));
  const k0 = BigInt(index(args[1]));
  if (n < 0n) valueError("n must be a non-negative integer");
  if (k0 < 0n) valueError("k must be a non-negative integer");
  if (k0 > n) return 0;
  const k = k0 < n - k0 ? k0 : n - k0;
  if (k > LONG_MAX) raiseError(OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  return I.normalize(rangeProduct(n - k + 1n, n) / rangeProduct(1n, k));
}

function perm(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError("perm() takes no keyword arguments");
  if (args.length < 1 || args.length > 2) {
    typeError(args.length < 1 ? `perm expected at least 1 argument, got ${args.length}` : `perm expected at most 2 arguments, got ${args.length}`);
  }
  if (args.length === 1 || args[1] === None) return factorial([args[0]], null);
  const n = BigInt(index(args[0]));
  const k = BigInt(index(args[1]));
  if (n < 0n) valueError("n must be a non-negative integer");
  if (k < 0n) valueError("k must be a non-negative integer");
  if (k > n) return 0;
  if (k > LONG_MAX) raiseError(OverflowError, "k must not exceed 9223372036854775807");
  return I.normalize(rangeProduct(n - k + 1n, n));
}

function gcd(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError("gcd() takes no keyword arguments");
  let g: I.PyInt = 0;
  for (const a of args) g = I.gcd(g, index(a));
  return g;
}

function lcm(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError("lcm() takes no keyword arguments");
  let l: I.PyInt = 1;
  for (const a of args) {
    const v = index(a);
    l = l === 0 ? 0 : I.lcm(l, v);
  }
  return args.length === 1 ? I.abs(index(args[0])) : l;
}

// ---- float manipulation -----------------------------------------------------------------------

function frexp(x: number): [number, number] {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return [x, 0];
  const e = ilogb(Math.abs(x)) + 1;
  return [ldexpExact(x, -e), e];
}

function ldexp(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  nargs("ldexp", args, kwnames, 2);
  const x = asDouble(args[0]);
  const i = intValue(args[1]);
  if (i === undefined) typeError("Expected an int as second argument to ldexp.");
  if (x === 0 || !Number.isFinite(x)) return f(x);
  if (i > 2147483647) rangeError();
  if (i < -2147483648) return f(x < 0 ? -0 : 0);
  const r = ldexpExactRounded(x, Number(i));
  if (r === Infinity || r === -Infinity) rangeError();
  return f(r);
}

/** x * 2^e with one rounding (subnormal results rounded half to even, as C's ldexp). */
function ldexpExactRounded(x: number, e: number): number {
  if (e >= -1022 && e <= 1023) {
    const r = x * pow2(e); // exact when the result is normal
    if (Math.abs(r) >= DBL_MIN_NORMAL) return r;
  }
  if (e > 2200) return x * Infinity;
  if (e < -2200) return x * 0;
  const neg = x < 0;
  const { m, e: ex } = decompose(Math.abs(x));
  const r = roundToDouble(BigInt(m), ex + e);
  return neg ? -r : r;
}

function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x < 0 ? -0 : 0, x];
  if (x !== x) return [x, x];
  const i = Math.trunc(x);
  let fr = x - i;
  if (fr === 0) fr = x < 0 || Object.is(x, -0) ? -0 : 0;
  return [fr, i];
}

function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  return x % y;
}

function remainder(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  if (y === Infinity || y === -Infinity) return x;
  if (y === 0) return NaN;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay;
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (ax - m)) % ay); // a tie: the even multiple wins
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && signBitNaN(y));
  const a = Math.abs(x);
  return neg ? -a : a;
}

const f64 = new Float64Array(1);
const u8 = new Uint8Array(f64.buffer);
function signBitNaN(y: number): boolean {
  f64[0] = y;
  return (u8[7] & 0x80) !== 0;
}

function nextafter(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  if (x === Infinity || x === -Infinity) return x > y ? 1.7976931348623157e308 * (x > 0 ? 1 : -1) : x;
  if (y > x) return x === 1.7976931348623157e308 ? Infinity : nextUp(x);
  return x === -1.7976931348623157e308 ? -Infinity : nextDown(x);
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

function isclose(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 2) typeError(`isclose() takes exactly 2 positional arguments (${npos} given)`);
  const [av, bv, rv, tv] = parseArgs("isclose", args, kwnames, ["a", "b", "rel_tol", "abs_tol"], 2, 0, 2);
  const a = asDouble(av!);
  const b = asDouble(bv!);
  const relTol = rv === undefined ? 1e-9 : asDouble(rv);
  const absTol = tv === undefined ? 0 : asDouble(tv);
  if (relTol < 0 || absTol < 0) valueError("tolerances must be non-negative");
  if (a === b) return bool(true);
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return bool(false);
  const diff = Math.abs(b - a);
  return bool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    if (y > 0 && ax > 1) return y;
    if (y < 0 && ax < 1) return -y;
    return 0;
  }
  if (x === 0) {
    if (y < 0) domainError();
    if (y === 0) return 1;
    return Number.isInteger(y) && Math.abs(y) % 2 === 1 ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) domainError();
  const r = crPow(Math.abs(x), y);
  return x < 0 && Math.abs(y) % 2 === 1 ? -r : r;
}

function prod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos !== 1) typeError(`prod() takes exactly 1 positional argument (${npos} given)`);
  const [it, start] = parseArgs("prod", args, kwnames, ["iterable", "start"], 1, 1, 1);
  let acc: PyValue = start === undefined ? 1 : start;
  const iter = getIter(it!);
  for (let x = iterNext(iter); x !== undefined; x = iterNext(iter)) acc = binaryOp(acc, x, Bin.MULTIPLY);
  return acc;
}

function isqrt(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  nargs("isqrt", args, kwnames, 1);
  return I.isqrt(index(args[0]));
}

function fl1(name: string, fn: (x: number) => PyValue): NativeFn {
  return (args, kwnames) => {
    nargs(name, args, kwnames, 1);
    return fn(asDouble(args[0]));
  };
}

function fl2(name: string, fn: (x: number, y: number) => PyValue): NativeFn {
  return (args, kwnames) => {
    nargs(name, args, kwnames, 2);
    return fn(asDouble(args[0]), asDouble(args[1]));
  };
}

/** atan2 with C99's special cases for infinities and zeros (CPython's m_atan2). */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) {
      const q = x > 0 ? Math.PI / 4 : (3 * Math.PI) / 4;
      return y > 0 ? q : -q;
    }
    return y > 0 ? Math.PI / 2 : -Math.PI / 2;
  }
  const yNeg = y < 0 || Object.is(y, -0);
  if (x === Infinity || x === -Infinity || y === 0) {
    if (x > 0 || (x === 0 && !Object.is(x, -0))) return yNeg ? -0 : 0;
    return yNeg ? -Math.PI : Math.PI;
  }
  return CR.crAtan2(y, x);
}

defineModule("math", (dict) => {
  dict.set("pi", f(Math.PI));
  dict.set("e", f(Math.E));
  dict.set("tau", f(2 * Math.PI));
  dict.set("inf", f(Infinity));
  dict.set("nan", f(NaN));
  defFunctions(dict, "math", {
    acos: math1("acos", CR.crAcos, false),
    acosh: math1("acosh", L.acosh, false),
    asin: math1("asin", CR.crAsin, false),
    asinh: math1("asinh", L.asinh, false),
    atan: math1("atan", CR.crAtan, false),
    atan2: math2("atan2", atan2),
    atanh: math1("atanh", L.atanh, false),
    cbrt: math1("cbrt", L.cbrt, false),
    ceil: viaDunder("ceil", "__ceil__", (x) => floatToInt(Math.ceil(x))),
    comb,
    copysign: math2("copysign", copysign),
    cos: math1("cos", CR.crCos, false),
    cosh: math1("cosh", L.cosh, true),
    degrees: fl1("degrees", (x) => f(x * (180 / Math.PI))),
    dist,
    erf: math1("erf", L.erf, false),
    erfc: math1("erfc", L.erfc, false),
    exp: math1("exp", CR.crExp, true),
    exp2: math1("exp2", CR.crExp2, true),
    expm1: math1("expm1", L.expm1, true),
    fabs: math1("fabs", Math.abs, false),
    factorial,
    floor: viaDunder("floor", "__floor__", (x) => floatToInt(Math.floor(x))),
    fmod: math2("fmod", fmod),
    frexp: fl1("frexp", (x) => {
      const [m, e] = frexp(x);
      return new PyTuple([f(m), e]);
    }),
    fsum: (args, kwnames) => {
      nargs("fsum", args, kwnames, 1);
      return f(fsum(args[0]));
    },
    gamma: math1a("gamma", tgamma),
    gcd,
    hypot,
    isclose,
    isfinite: fl1("isfinite", (x) => bool(Number.isFinite(x))),
    isinf: fl1("isinf", (x) => bool(x === Infinity || x === -Infinity)),
    isnan: fl1("isnan", (x) => bool(x !== x)),
    isqrt,
    lcm,
    ldexp,
    lgamma: math1a("lgamma", lgamma),
    log: mathLog,
    log10: logN("log10", L.log10),
    log1p: math1("log1p", L.log1p, false),
    log2: logN("log2", CR.crLog2),
    modf: fl1("modf", (x) => {
      const [a, b] = modf(x);
      return new PyTuple([f(a), f(b)]);
    }),
    nextafter: fl2("nextafter", (x, y) => f(nextafter(x, y))),
    perm,
    pow: math2("pow", mathPow),
    prod,
    radians: fl1("radians", (x) => f(x * (Math.PI / 180))),
    remainder: math2("remainder", remainder),
    sin: math1("sin", CR.crSin, false),
    sinh: math1("sinh", L.sinh, true),
    sqrt: math1("sqrt", Math.sqrt, false),
    tan: math1("tan", CR.crTan, false),
    tanh: math1("tanh", L.tanh, false),
    trunc: viaDunder("trunc", "__trunc__", (x) => floatToInt(Math.trunc(x))),
    ulp: fl1("ulp", (x) => f(ulp(x))),
  });
}, "This module provides access to the mathematical functions\ndefined by the C standard.");

void TWO53;
