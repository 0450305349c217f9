// cmath: CPython 3.11's complex math functions. Finite arguments use the formulas of CPython's
// cmathmodule.c (Kahan's branch-cut-aware ones, with the same scaling thresholds); arguments
// with an infinity or NaN part take their result from the special-value tables (C99 Annex G),
// indexed by the class of the real and the imaginary part. Errors: EDOM is ValueError("math
// domain error"), ERANGE is OverflowError("math range error").

import { callDescr, intValue, typeName } from "../objects/abstract";
import { OverflowError, raiseError, typeError, ValueError } from "../objects/exceptions";
import { hypotNearest } from "../objects/floatpow";
import { toFloat } from "../objects/intfloat";
import { parseArgs } from "../objects/native";
import { bool, NativeFn, None, PyComplex, PyFloat, PyTuple, PyValue, typeOf } from "../objects/types";
import { asDouble, atan2 } from "./math";
import * as CR from "./mathfast";
import * as L from "./mathlibm";
import { defFunctions, defineModule } from "./registry";

type C = [number, number];
const INF = Infinity;
const N = NaN;
const P = Math.PI;
const P14 = 0.25 * Math.PI;
const P12 = 0.5 * Math.PI;
const P34 = 0.75 * Math.PI;
const U = NaN; // "unused" entries: finite cases never read them
const DBL_MAX = 1.7976931348623157e308;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(DBL_MAX) - Math.LN2; // 708.3964185322641
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;

let errno = 0; // 1 = EDOM, 2 = ERANGE

/** The class of a double for the tables: -inf, <0, -0, +0, >0, +inf, nan. */
function cls(x: number): number {
  if (x !== x) return 6;
  if (x === -INF) return 0;
  if (x === INF) return 5;
  if (x === 0) return Object.is(x, -0) ? 2 : 3;
  return x < 0 ? 1 : 4;
}

/** A table from its 49 entries, row = class of the real part. */
function table(...v: number[]): C[][] {
  const t: C[][] = [];
  for (let r = 0; r < 7; r++) {
    t.push([]);
    for (let c = 0; c < 7; c++) t[r].push([v[(r * 7 + c) * 2], v[(r * 7 + c) * 2 + 1]]);
  }
  return t;
}

const ACOS = table(
  P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N);
const ACOSH = table(
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
const ASINH = table(
  -INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N,
  -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N,
  INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N);
const ATANH = table(
  -0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N,
  -0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N,
  -0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N,
  0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N,
  0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N,
  0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N,
  0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N);
const COSH = table(
  INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0,
  N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N);
const EXP = table(
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N);
const LOG = table(
  INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
const SINH = table(
  INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N,
  0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N);
const SQRT = table(
  INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N);
const TANH = table(
  -1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, -0, -0, -0, 0, U, U, N, N, N, N,
  N, N, U, U, 0, -0, 0, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N);
const RECT = table(
  INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0,
  0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N);

function special(t: C[][], x: number, y: number): C | null {
  if (Number.isFinite(x) && Number.isFinite(y)) return null;
  errno = 0;
  const r = t[cls(x)][cls(y)];
  return [r[0], r[1]];
}

const copysign = (a: number, b: number): number => ((b < 0 || Object.is(b, -0)) ? -Math.abs(a) : Math.abs(a));
const ldexp = (x: number, e: number): number => x * 2 ** e; // exact for the small scalings used here

// ---- the functions on pairs ------------------------------------------------------------------

function cSqrt(x: number, y: number): C {
  const s0 = special(SQRT, x, y);
  if (s0) return s0;
  if (x === 0 && y === 0) return [0, y];
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, 53);
    s = ldexp(Math.sqrt(ax + hypotNearest(ax, ldexp(ay, 53))), -27);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypotNearest(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, copysign(d, y)] : [d, copysign(s, y)];
}

function cLog(x: number, y: number): C {
  const s0 = special(LOG, x, y);
  if (s0) return s0;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = CR.crLog(hypotNearest(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = CR.crLog(hypotNearest(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    else {
      re = -INF;
      errno = 1;
    }
  } else {
    const h = hypotNearest(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = L.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = CR.crLog(h);
  }
  return [re, atan2(y, x)];
}

function cExp(x: number, y: number): C {
  let r: C;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if ((x === INF || x === -INF) && Number.isFinite(y) && y !== 0) {
      const c = CR.crCos(y);
      const s = CR.crSin(y);
      r = x > 0 ? [copysign(INF, c), copysign(INF, s)] : [copysign(0, c), copysign(0, s)];
    } else r = special(EXP, x, y)!;
    errno = (y === INF || y === -INF) && (Number.isFinite(x) || x === INF) ? 1 : 0;
    return r;
  }
  if (x > LOG_LARGE) {
    const l = CR.crExp(x - 1);
    r = [l * CR.crCos(y) * Math.E, l * CR.crSin(y) * Math.E];
  } else {
    const l = CR.crExp(x);
    r = [l * CR.crCos(y), l * CR.crSin(y)];
  }
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) errno = 2;
  return r;
}

function cCosh(x: number, y: number): C {
  let r: C;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if ((x === INF || x === -INF) && Number.isFinite(y) && y !== 0) {
      const c = CR.crCos(y);
      const s = CR.crSin(y);
      r = x > 0 ? [copysign(INF, c), copysign(INF, s)] : [copysign(INF, c), -copysign(INF, s)];
    } else r = special(COSH, x, y)!;
    errno = (y === INF || y === -INF) && x === x ? 1 : 0;
    return r;
  }
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    r = [CR.crCos(y) * L.cosh(xm1) * Math.E, CR.crSin(y) * L.sinh(xm1) * Math.E];
  } else r = [CR.crCos(y) * L.cosh(x), CR.crSin(y) * L.sinh(x)];
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) errno = 2;
  return r;
}

function cSinh(x: number, y: number): C {
  let r: C;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if ((x === INF || x === -INF) && Number.isFinite(y) && y !== 0) {
      const c = CR.crCos(y);
      const s = CR.crSin(y);
      r = x > 0 ? [copysign(INF, c), copysign(INF, s)] : [-copysign(INF, c), copysign(INF, s)];
    } else r = special(SINH, x, y)!;
    errno = (y === INF || y === -INF) && x === x ? 1 : 0;
    return r;
  }
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    r = [CR.crCos(y) * L.sinh(xm1) * Math.E, CR.crSin(y) * L.cosh(xm1) * Math.E];
  } else r = [CR.crCos(y) * L.sinh(x), CR.crSin(y) * L.cosh(x)];
  if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) errno = 2;
  return r;
}

function cTanh(x: number, y: number): C {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    let r: C;
    if ((x === INF || x === -INF) && Number.isFinite(y)) {
      r = [copysign(1, x), copysign(0, 2 * CR.crSin(y) * CR.crCos(y))];
    } else r = special(TANH, x, y)!;
    errno = (y === INF || y === -INF) && Number.isFinite(x) ? 1 : 0;
    return r;
  }
  if (Math.abs(x) > LOG_LARGE) {
    return [copysign(1, x), 4 * CR.crSin(y) * CR.crCos(y) * CR.crExp(-2 * Math.abs(x))];
  }
  const tx = L.tanh(x);
  const ty = CR.crTan(y);
  const cx = 1 / L.cosh(x);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}

function cAcos(x: number, y: number): C {
  const s0 = special(ACOS, x, y);
  if (s0) return s0;
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const re = atan2(Math.abs(y), x);
    const t = CR.crLog(hypotNearest(x / 2, y / 2)) + LN2 * 2;
    return [re, x < 0 ? -copysign(t, y) : copysign(t, -y)];
  }
  const s1 = cSqrt(1 - x, -y);
  const s2 = cSqrt(1 + x, y);
  return [2 * atan2(s1[0], s2[0]), L.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh(x: number, y: number): C {
  const s0 = special(ACOSH, x, y);
  if (s0) return s0;
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    return [CR.crLog(hypotNearest(x / 2, y / 2)) + LN2 * 2, atan2(y, x)];
  }
  const s1 = cSqrt(x - 1, y);
  const s2 = cSqrt(x + 1, y);
  return [L.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * atan2(s1[1], s2[0])];
}

function cAsinh(x: number, y: number): C {
  const s0 = special(ASINH, x, y);
  if (s0) return s0;
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const t = CR.crLog(hypotNearest(x / 2, y / 2)) + LN2 * 2;
    return [y >= 0 ? copysign(t, x) : -copysign(t, -x), atan2(y, Math.abs(x))];
  }
  const s1 = cSqrt(1 + y, -x);
  const s2 = cSqrt(1 - y, x);
  return [L.asinh(s1[0] * s2[1] - s2[0] * s1[1]), atan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAsin(x: number, y: number): C {
  const s = cAsinh(-y, x);
  return [s[1], -s[0]];
}

function cAtanh(x: number, y: number): C {
  const s0 = special(ATANH, x, y);
  if (s0) return s0;
  if (x < 0 || (x === 0 && Object.is(x, -0))) {
    const r = cAtanh(-x, -y);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypotNearest(x / 2, y / 2);
    return [x / 4 / h / h, -copysign(P12, -y)];
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = 1;
      return [INF, y];
    }
    return [-CR.crLog(Math.sqrt(ay) / Math.sqrt(hypotNearest(ay, 2))), copysign(atan2(2, -ay) / 2, y)];
  }
  return [L.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4, -atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2];
}

function cAtan(x: number, y: number): C {
  const s = cAtanh(-y, x);
  return [s[1], -s[0]];
}

function cCos(x: number, y: number): C {
  return cCosh(-y, x);
}

function cSin(x: number, y: number): C {
  const s = cSinh(-y, x);
  return [s[1], -s[0]];
}

function cTan(x: number, y: number): C {
  const s = cTanh(-y, x);
  return [s[1], -s[0]];
}

// ---- arguments and errors ---------------------------------------------------------------------

/** The "D" converter: complex, __complex__, or a real number. */
function asComplex(v: PyValue): C {
  if (v instanceof PyComplex) {
    const t = typeOf(v);
    const m = t.lookup("__complex__");
    if (m === undefined || t.name === "complex") return [v.real, v.imag];
  }
  if (v instanceof PyFloat) return [v.value, 0];
  const i = intValue(v);
  if (i !== undefined) return [toFloat(i), 0];
  const t = typeOf(v);
  const m = t.lookup("__complex__");
  if (m !== undefined) {
    const r = callDescr(m, v, []);
    if (!(r instanceof PyComplex)) typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
    return [r.real, r.imag];
  }
  return [asDouble(v), 0];
}

function check(r: C): PyComplex {
  if (errno === 1) {
    errno = 0;
    raiseError(ValueError, "math domain error");
  }
  if (errno === 2) {
    errno = 0;
    raiseError(OverflowError, "math range error");
  }
  return new PyComplex(r[0], r[1]);
}

function one(name: string, fn: (x: number, y: number) => C): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`cmath.${name}() takes exactly one argument (${args.length} given)`);
    const [x, y] = asComplex(args[0]);
    errno = 0;
    return check(fn(x, y));
  };
}

function two(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
}

function cAbs(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === INF || x === -INF || y === INF || y === -INF) return INF;
    return NaN;
  }
  const r = hypotNearest(x, y);
  if (r === INF) errno = 2;
  return r;
}

function rect(r: number, phi: number): C {
  let z: C;
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    if ((r === INF || r === -INF) && Number.isFinite(phi) && phi !== 0) {
      const c = CR.crCos(phi);
      const s = CR.crSin(phi);
      z = r > 0 ? [copysign(INF, c), copysign(INF, s)] : [-copysign(INF, c), -copysign(INF, s)];
    } else z = special(RECT, r, phi)!;
    errno = r !== 0 && r === r && (phi === INF || phi === -INF) ? 1 : 0;
    return z;
  }
  if (phi === 0) return [r, r * phi];
  return [r * CR.crCos(phi), r * CR.crSin(phi)];
}

function isclose(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 2) typeError(`isclose() takes exactly 2 positional arguments (${npos} given)`);
  const [av, bv, rv, tv] = parseArgs("isclose", args, kwnames, ["a", "b", "rel_tol", "abs_tol"], 2, 0, 2);
  const a = asComplex(av!);
  const b = asComplex(bv!);
  const relTol = rv === undefined ? 1e-9 : asDouble(rv);
  const absTol = tv === undefined ? 0 : asDouble(tv);
  if (relTol < 0 || absTol < 0) raiseError(ValueError, "tolerances must be non-negative");
  if (a[0] === b[0] && a[1] === b[1]) return bool(true);
  if ([a[0], a[1], b[0], b[1]].some((v) => v === INF || v === -INF)) return bool(false);
  errno = 0;
  const diff = cAbs(a[0] - b[0], a[1] - b[1]);
  errno = 0;
  return bool(diff <= relTol * cAbs(b[0], b[1]) || diff <= relTol * cAbs(a[0], a[1]) || diff <= absTol);
}

function quot(a: C, b: C): C {
  // _Py_c_quot: Smith's method; division by zero sets EDOM here.
  const absR = Math.abs(b[0]);
  const absI = Math.abs(b[1]);
  if (absR >= absI) {
    if (absR === 0) {
      errno = 1;
      return [0, 0];
    }
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absI >= absR) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

defineModule("cmath", (dict) => {
  dict.set("pi", new PyFloat(Math.PI));
  dict.set("e", new PyFloat(Math.E));
  dict.set("tau", new PyFloat(2 * Math.PI));
  dict.set("inf", new PyFloat(INF));
  dict.set("infj", new PyComplex(0, INF));
  dict.set("nan", new PyFloat(NaN));
  dict.set("nanj", new PyComplex(0, NaN));
  defFunctions(dict, "cmath", {
    acos: one("acos", cAcos),
    acosh: one("acosh", cAcosh),
    asin: one("asin", cAsin),
    asinh: one("asinh", cAsinh),
    atan: one("atan", cAtan),
    atanh: one("atanh", cAtanh),
    cos: one("cos", cCos),
    cosh: one("cosh", cCosh),
    exp: one("exp", cExp),
    log(args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) typeError("log() takes no keyword arguments");
      if (args.length < 1 || args.length > 2) {
        typeError(args.length < 1 ? `log expected at least 1 argument, got 0` : `log expected at most 2 arguments, got ${args.length}`);
      }
      const [x, y] = asComplex(args[0]);
      errno = 0;
      let r = cLog(x, y);
      if (args.length === 2 && args[1] !== None) {
        const [bx, by] = asComplex(args[1]);
        const e0 = errno;
        const b = cLog(bx, by);
        r = quot(r, b);
        if (e0 === 1) errno = 1;
      }
      return check(r);
    },
    log10: one("log10", (x, y) => {
      const r = cLog(x, y);
      return [r[0] / LN10, r[1] / LN10];
    }),
    sin: one("sin", cSin),
    sinh: one("sinh", cSinh),
    sqrt: one("sqrt", cSqrt),
    tan: one("tan", cTan),
    tanh: one("tanh", cTanh),
    phase(args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) typeError("phase() takes no keyword arguments");
      if (args.length !== 1) typeError(`cmath.phase() takes exactly one argument (${args.length} given)`);
      const [x, y] = asComplex(args[0]);
      return new PyFloat(atan2(y, x));
    },
    polar(args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) typeError("polar() takes no keyword arguments");
      if (args.length !== 1) typeError(`cmath.polar() takes exactly one argument (${args.length} given)`);
      const [x, y] = asComplex(args[0]);
      errno = 0;
      const phi = atan2(y, x);
      const r = cAbs(x, y);
      if (errno === 2) {
        errno = 0;
        raiseError(OverflowError, "math range error");
      }
      return new PyTuple([new PyFloat(r), new PyFloat(phi)]);
    },
    rect(args, kwnames) {
      two("rect", args, kwnames);
      const r = asDouble(args[0]);
      const phi = asDouble(args[1]);
      errno = 0;
      return check(rect(r, phi));
    },
    isfinite: one1("isfinite", (x, y) => Number.isFinite(x) && Number.isFinite(y)),
    isinf: one1("isinf", (x, y) => x === INF || x === -INF || y === INF || y === -INF),
    isnan: one1("isnan", (x, y) => x !== x || y !== y),
    isclose,
  });
}, "This module provides access to mathematical functions for complex\nnumbers.");

function one1(name: string, fn: (x: number, y: number) => boolean): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`cmath.${name}() takes exactly one argument (${args.length} given)`);
    const [x, y] = asComplex(args[0]);
    return bool(fn(x, y));
  };
}
