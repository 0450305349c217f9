// The Python-visible `complex` type (CPython's Objects/complexobject.c): complex(), arithmetic
// with ints and floats mixed in, == and != (complex numbers are unordered), abs, hash, repr
// and format. The numerics are floatcomplex.ts (division, power, repr, parsing).

import { Bin, callDescr, Cmp, idOf, intValue, numberHooks, richCompare, str, strValue, typeName } from "./abstract";
import { raiseError, typeError, valueError, OverflowError } from "./exceptions";
import { complexDiv, complexFromString, complexPow, complexRepr } from "./floatcomplex";
import { formatComplex } from "./format";
import { complexHash } from "./hashing";
import { toFloat } from "./intfloat";
import { checkArgs, defGetSet, defMember, defMethods, defNew } from "./native";
import { numberFloat } from "./pyfloat";
import { clinicArgs, CMP_DUNDERS, newCls, powArgs, slotArgs } from "./pyint";
import { bool, complexType, NativeFn, None, NotImplemented, PyComplex, PyFloat, PyTuple, PyValue } from "./types";

// ---- arithmetic ----------------------------------------------------------------------------------

// The parts of the other operand, set by loadOther (module scratch: no pair is allocated).
let oRe = 0;
let oIm = 0;

/** Loads an int, float or complex operand into oRe/oIm (TO_COMPLEX); false for other types. */
function loadOther(v: PyValue): boolean {
  if (v instanceof PyComplex) {
    oRe = v.real;
    oIm = v.imag;
    return true;
  }
  if (v instanceof PyFloat) {
    oRe = v.value;
    oIm = 0;
    return true;
  }
  const i = intValue(v);
  if (i === undefined) return false;
  oRe = toFloat(i);
  oIm = 0;
  return true;
}

/** (ar + ai j) op (br + bi j) for the operators complex has. */
function complexBinary(ar: number, ai: number, br: number, bi: number, op: Bin): PyComplex {
  switch (op) {
    case Bin.ADD: return new PyComplex(ar + br, ai + bi);
    case Bin.SUBTRACT: return new PyComplex(ar - br, ai - bi);
    case Bin.MULTIPLY: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case Bin.TRUE_DIVIDE: {
      const [re, im] = complexDiv(ar, ai, br, bi);
      return new PyComplex(re, im);
    }
    case Bin.POWER: {
      const [re, im] = complexPow(ar, ai, br, bi);
      return new PyComplex(re, im);
    }
    default:
      throw new Error(`complexBinary: operator ${op} is not defined for complex`);
  }
}

function complexOp(name: string, op: Bin): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    if (!loadOther(args[1])) return NotImplemented;
    const a = args[0] as PyComplex;
    return complexBinary(a.real, a.imag, oRe, oIm, op);
  };
}

function complexROp(name: string, op: Bin): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    if (!loadOther(args[1])) return NotImplemented;
    const b = args[0] as PyComplex;
    return complexBinary(oRe, oIm, b.real, b.imag, op);
  };
}

/** complex.__pow__(self, other, mod=None): the operands are converted before the modulus is refused. */
function complexPowMethod(reflected: boolean): NativeFn {
  const name = reflected ? "__rpow__" : "__pow__";
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) powArgs(name, args, kwnames);
    if (!loadOther(args[1])) return NotImplemented;
    if (args.length > 2 && args[2] !== None) valueError("complex modulo");
    const s = args[0] as PyComplex;
    return reflected ? complexBinary(oRe, oIm, s.real, s.imag, Bin.POWER) : complexBinary(s.real, s.imag, oRe, oIm, Bin.POWER);
  };
}

/** complex_richcompare: only == and !=; against an int, exactly (through float's comparison). */
function complexCompare(op: Cmp): NativeFn {
  const name = CMP_DUNDERS[op];
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    if (op !== Cmp.EQ && op !== Cmp.NE) return NotImplemented;
    const a = args[0] as PyComplex;
    const w = args[1];
    let equal: boolean;
    if (intValue(w) !== undefined) {
      if (a.imag === 0) return richCompare(new PyFloat(a.real), w, op);
      equal = false;
    } else if (w instanceof PyFloat) equal = a.real === w.value && a.imag === 0;
    else if (w instanceof PyComplex) equal = a.real === w.real && a.imag === w.imag;
    else return NotImplemented;
    return bool(op === Cmp.EQ ? equal : !equal);
  };
}

/** abs(z) (_Py_c_abs): an infinite part wins over a NaN; overflow of finite parts is an error. */
function complexAbs(re: number, im: number): number {
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) return Infinity;
  if (re !== re || im !== im) return NaN;
  const r = hypot(re, im);
  if (r === Infinity) raiseError(OverflowError, "absolute value too large");
  return r;
}

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitting constant
const TWO_M27 = 2 ** -27;
const BIG = 2 ** 500;
const SMALL = 2 ** -500;
const DOWN = 2 ** -600;
const UP = 2 ** 600;

/**
 * sqrt(x*x + y*y) without undue overflow, correctly rounded but for rare near-halfway cases.
 * V8's Math.hypot is off by an ulp in about a third of random cases; CPython's complex abs
 * calls glibc's hypot, which is off in about 0.1% (this agrees with math.hypot there). How: the
 * operands are scaled by a power of two into a safe range, the squares and their sum are
 * computed exactly as double-double numbers (Dekker's product, Knuth's sum), and the square
 * root of the rounded sum gets one Newton correction from the exact residual.
 */
export function hypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  if (x < y) {
    const t = x;
    x = y;
    y = t;
  }
  // y/x <= 2^-27: (y/x)^2 / 2 is below a quarter ulp, so the result rounds to x.
  if (y <= x * TWO_M27) return x;
  let scale = 1;
  if (x > BIG) {
    x *= DOWN;
    y *= DOWN;
    scale = UP;
  } else if (x < SMALL) {
    x *= UP;
    y *= UP;
    scale = DOWN;
  }
  let c = SPLIT * x;
  const xh = c - (c - x);
  const xl = x - xh;
  const p = x * x;
  const ep = ((xh * xh - p) + 2 * xh * xl) + xl * xl; // x*x == p + ep exactly
  c = SPLIT * y;
  const yh = c - (c - y);
  const yl = y - yh;
  const q = y * y;
  const eq = ((yh * yh - q) + 2 * yh * yl) + yl * yl;
  const s = p + q;
  const bv = s - p;
  const es = ((p - (s - bv)) + (q - bv)) + ep + eq; // x*x + y*y ~= s + es
  let h = Math.sqrt(s + es);
  c = SPLIT * h;
  const hh = c - (c - h);
  const hl = h - hh;
  const h2 = h * h;
  const eh2 = ((hh * hh - h2) + 2 * hh * hl) + hl * hl;
  h += (((s - h2) + es) - eh2) / (2 * h);
  return h * scale;
}

// ---- complex() -----------------------------------------------------------------------------------

/** __complex__ of r, if its type has one (try_complex_special_method). */
function complexSpecial(r: PyValue): PyComplex | undefined {
  if (typeof r !== "object") return undefined;
  const f = r.cls.lookup("__complex__");
  if (f === undefined) return undefined;
  const c = callDescr(f, r, []);
  if (!(c instanceof PyComplex)) typeError(`__complex__ returned non-complex (type ${typeName(c)})`);
  return c;
}

/** True when x can be a part of complex(): a complex, or a type with __float__ or __index__. */
function isNumberPart(x: PyValue): boolean {
  if (typeof x === "number" || typeof x === "bigint" || x instanceof PyComplex) return true;
  const t = typeof x === "string" ? null : x.cls;
  return t !== null && (t.lookup("__float__") !== undefined || t.lookup("__index__") !== undefined);
}

const COMPLEX_PARAMS = ["real", "imag"];

/** complex(real=0, imag=0) (complex_new_impl): real + imag*1j, where either part may be complex. */
function complexNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newCls(complexType, args[0]);
  const [rIn, i] = clinicArgs("complex", args, kwnames, 1, COMPLEX_PARAMS, 0, 0);
  let r: PyValue = rIn === undefined ? 0 : rIn;
  if (r instanceof PyComplex && r.cls === complexType && i === undefined && cls === complexType) return r;
  const rs = strValue(r);
  if (rs !== undefined) {
    if (i !== undefined) typeError("complex() can't take second arg if first is a string");
    const [re, im] = complexFromString(rs);
    return new PyComplex(re, im, cls);
  }
  if (i !== undefined && strValue(i) !== undefined) typeError("complex() second arg can't be a string");
  const special = complexSpecial(r);
  if (special !== undefined) r = special;
  if (!isNumberPart(r)) typeError(`complex() first argument must be a string or a number, not '${typeName(r)}'`);
  if (i !== undefined && !isNumberPart(i)) typeError(`complex() second argument must be a number, not '${typeName(i)}'`);
  let crRe: number;
  let crIm = 0;
  const rIsComplex = r instanceof PyComplex;
  if (r instanceof PyComplex) {
    crRe = r.real;
    crIm = r.imag;
  } else crRe = numberFloat(r);
  let ciRe: number;
  let ciIm = 0;
  if (i === undefined) ciRe = crIm;
  else if (i instanceof PyComplex) {
    ciRe = i.real;
    ciIm = i.imag;
  } else ciRe = numberFloat(i);
  // The parts need not be real numbers: (a + bj) + (c + dj) * 1j.
  if (i instanceof PyComplex) crRe -= ciIm;
  if (rIsComplex && i !== undefined) ciRe += crIm;
  return new PyComplex(crRe, ciRe, cls);
}

// ---- the methods ---------------------------------------------------------------------------------

function exactComplex(self: PyValue): PyComplex {
  const c = self as PyComplex;
  return c.cls === complexType ? c : new PyComplex(c.real, c.imag);
}

function complexUnary(name: string, f: (c: PyComplex) => PyValue): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) slotArgs(name, args, kwnames, 0);
    return f(args[0] as PyComplex);
  };
}

function complexNoArgs(name: string, f: (c: PyComplex) => PyValue): NativeFn {
  const qual = `complex.${name}`;
  return (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) checkArgs(qual, args, kwnames, 0, 0);
    return f(args[0] as PyComplex);
  };
}

export function initComplex(): void {
  numberHooks.complexBinary = complexBinary;
  defNew(complexType, complexNew);
  const table: Record<string, NativeFn> = {};
  const ops: [string, Bin][] = [["add", Bin.ADD], ["sub", Bin.SUBTRACT], ["mul", Bin.MULTIPLY], ["truediv", Bin.TRUE_DIVIDE]];
  for (const [n, op] of ops) {
    table[`__${n}__`] = complexOp(`__${n}__`, op);
    table[`__r${n}__`] = complexROp(`__r${n}__`, op);
  }
  for (let op = Cmp.LT; op <= Cmp.GE; op++) table[CMP_DUNDERS[op]] = complexCompare(op);
  defMethods(complexType, {
    __repr__: complexUnary("__repr__", (c) => complexRepr(c.real, c.imag)),
    __hash__: complexUnary("__hash__", (c) => complexHash(c.real, c.imag, idOf(c) as number >> 4)),
    ...table,
    __pow__: complexPowMethod(false),
    __rpow__: complexPowMethod(true),
    __neg__: complexUnary("__neg__", (c) => new PyComplex(-c.real, -c.imag)),
    __pos__: complexUnary("__pos__", exactComplex),
    __abs__: complexUnary("__abs__", (c) => new PyFloat(complexAbs(c.real, c.imag))),
    __bool__: complexUnary("__bool__", (c) => bool(c.real !== 0 || c.imag !== 0)),
    conjugate: complexNoArgs("conjugate", (c) => new PyComplex(c.real, -c.imag)),
    __complex__: complexNoArgs("__complex__", exactComplex),
    __getnewargs__: complexNoArgs("__getnewargs__", (c) => new PyTuple([new PyFloat(c.real), new PyFloat(c.imag)])),
    __format__(args, kwnames) {
      checkArgs("complex.__format__", args, kwnames, 1, 1);
      const spec = strValue(args[1]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
      if (spec === "") return str(args[0]);
      const c = args[0] as PyComplex;
      return formatComplex(c.real, c.imag, spec, typeName(c));
    },
  });
  defMember(complexType, "real", (c) => new PyFloat((c as PyComplex).real), "the real part of a complex number");
  defMember(complexType, "imag", (c) => new PyFloat((c as PyComplex).imag), "the imaginary part of a complex number");
}
