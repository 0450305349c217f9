// The Python-visible `float` type (CPython's Objects/floatobject.c): float(), the dunder
// methods with ints mixed in, and the float-specific methods. The numerics are float.ts
// (repr, parsing, %, //, divmod, round, hex), floatpow.ts (**) and intfloat.ts (int <-> float,
// exact comparison, hash); this file converts operands and boxes results.
//
// `floatBinary` is the one place float arithmetic is written: the interpreter reaches it
// through abstract.binaryOp's fast path (numberHooks.floatBinary) for exact floats and ints,
// and the dunder methods below call it after converting their operands.

import { Bin, callDescr, call, Cmp, idOf, index, intValue, numberHooks, repr, str, strValue, typeName } from "./abstract";
import { PyOpError } from "./errors";
import { raiseError, typeError, valueError, ValueError } from "./exceptions";
import {
  floatAsIntegerRatio, floatCeil, floatDivmod, floatFloor, floatFloorDiv, floatFromHex, floatFromString, floatHex,
  floatIsInteger, floatMod, floatPow, floatRepr, floatRound, floatRoundDigits, floatTrueDiv, floatTrunc,
} from "./float";
import { complexPow } from "./floatcomplex";
import { formatFloat } from "./format";
import { compareIntFloat, hashFloat, intPowToFloat, toFloat } from "./intfloat";
import type { PyInt } from "./intmath";
import { bufferData, checkArgsNoKw, CMP_DUNDERS, cmpOutcome, newCls, powArgs, slotArgs } from "./pyint";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew } from "./native";
import {
  bool, bytearrayType, bytesType, floatType, NativeFn, None, NotImplemented, objectType, PyByteArray, PyBytes, PyComplex,
  PyFloat, PyTuple, PyType, PyValue,
} from "./types";
import { reprBytes } from "../parser/constrepr";

// ---- arithmetic ----------------------------------------------------------------------------------

/**
 * x op y for two floats (or ints already converted): a new float, a complex for a negative
 * number to a fractional power, or NotImplemented for operators float does not have.
 */
export function floatBinary(x: number, y: number, op: Bin): PyValue {
  switch (op) {
    case Bin.ADD: return new PyFloat(x + y);
    case Bin.SUBTRACT: return new PyFloat(x - y);
    case Bin.MULTIPLY: return new PyFloat(x * y);
    case Bin.TRUE_DIVIDE: return new PyFloat(floatTrueDiv(x, y));
    case Bin.FLOOR_DIVIDE: return new PyFloat(floatFloorDiv(x, y));
    case Bin.REMAINDER: return new PyFloat(floatMod(x, y));
    case Bin.POWER: return floatPower(x, y);
    case Bin.AND: case Bin.OR: case Bin.XOR: case Bin.LSHIFT: case Bin.RSHIFT: case Bin.MATRIX_MULTIPLY:
      return NotImplemented;
  }
}

function floatPower(x: number, y: number): PyValue {
  const r = floatPow(x, y);
  if (r !== null) return new PyFloat(r);
  // A negative number to a non-integer power: float_pow hands over to complex_pow.
  const [re, im] = complexPow(x, 0, y, 0);
  return new PyComplex(re, im);
}

/** int ** negative int: float(a) ** float(b) (long_pow's hand-over to float_pow). */
function intPowNegative(a: PyInt, b: PyInt): PyValue {
  return new PyFloat(intPowToFloat(a, b));
}

/** The value of a float or int operand (CONVERT_TO_DOUBLE), or undefined for other types. */
function toDouble(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  return i === undefined ? undefined : toFloat(i);
}

function floatOp(name: string, op: Bin): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    const y = toDouble(args[1]);
    if (y === undefined) return NotImplemented;
    return floatBinary((args[0] as PyFloat).value, y, op);
  };
}

function floatROp(name: string, op: Bin): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    const x = toDouble(args[1]);
    if (x === undefined) return NotImplemented;
    return floatBinary(x, (args[0] as PyFloat).value, op);
  };
}

function divmodTuple(x: number, y: number): PyTuple {
  const [q, r] = floatDivmod(x, y);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
}

/** float.__pow__(self, other, mod=None) and __rpow__: a modulus is refused before anything else. */
function floatPowMethod(reflected: boolean): NativeFn {
  const name = reflected ? "__rpow__" : "__pow__";
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) powArgs(name, args, kwnames);
    if (args.length > 2 && args[2] !== None) typeError("pow() 3rd argument not allowed unless all arguments are integers");
    const o = toDouble(args[1]);
    if (o === undefined) return NotImplemented;
    const s = (args[0] as PyFloat).value;
    return reflected ? floatPower(o, s) : floatPower(s, o);
  };
}

/** float_richcompare: exact against ints of any size, NaN unordered. */
function floatCompare(op: Cmp): NativeFn {
  const name = CMP_DUNDERS[op];
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    const x = (args[0] as PyFloat).value;
    const w = args[1];
    if (w instanceof PyFloat) {
      const y = w.value;
      return bool(cmpOutcome(x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN, op));
    }
    const i = intValue(w);
    if (i === undefined) return NotImplemented;
    return bool(cmpOutcome(-compareIntFloat(i, x), op));
  };
}

// ---- float() -------------------------------------------------------------------------------------

/**
 * float(x) for x other than a str (PyNumber_Float, then PyFloat_FromString): __float__, then
 * __index__, then a float subclass's own value, then text from str, bytes or a buffer.
 */
export function numberFloat(x: PyValue): number {
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return toFloat(x);
  if (typeof x === "string") return floatFromString(x);
  if (x instanceof PyFloat && x.cls === floatType) return x.value;
  const t = x.cls;
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = callDescr(f, x, []);
    if (!(r instanceof PyFloat)) typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (t.lookup("__index__") !== undefined) return toFloat(index(x));
  if (x instanceof PyFloat) return x.value;
  const s = strValue(x);
  if (s !== undefined) return floatFromString(s);
  const data = bufferData(x);
  if (data !== null) return floatFromBytes(data, x);
  typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/** float(b'...'): the bytes as ASCII text (a non-ASCII byte is never valid); the error shows repr(obj). */
function floatFromBytes(data: Uint8Array, obj: PyValue): number {
  let t = "";
  for (let i = 0; i < data.length; i++) t += String.fromCharCode(data[i] < 0x80 ? data[i] : 0x3f);
  try {
    return floatFromString(t);
  } catch (e) {
    if (e instanceof PyOpError && e.type === "ValueError") {
      raiseError(ValueError, `could not convert string to float: ${reprBuffer(obj)}`);
    }
    throw e;
  }
}

/** repr(obj) for the message, without a call for the builtin buffer types. */
function reprBuffer(obj: PyValue): string {
  if (obj instanceof PyBytes && obj.cls === bytesType) return reprBytes(obj.data);
  if (obj instanceof PyByteArray && obj.cls === bytearrayType) return `bytearray(${reprBytes(obj.data.subarray(0, obj.length))})`;
  return repr(obj);
}

function floatNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newCls(floatType, args[0]);
  const nkw = kwnames === null ? 0 : kwnames.length;
  // Quirk copied from CPython: keywords are refused only when __init__ is not overridden.
  if (nkw > 0 && (cls === floatType || cls.lookup("__init__") === objectType.ns.get("__init__"))) {
    typeError("float() takes no keyword arguments");
  }
  const npos = args.length - 1 - nkw;
  if (npos > 1) typeError(`float expected at most 1 argument, got ${npos}`);
  const x = npos === 1 ? args[1] : undefined;
  if (cls === floatType) {
    if (x === undefined) return new PyFloat(0);
    if (x instanceof PyFloat && x.cls === floatType) return x;
    return new PyFloat(numberFloat(x));
  }
  return new PyFloat(x === undefined ? 0 : numberFloat(x), cls);
}

// ---- the methods ---------------------------------------------------------------------------------

function val(self: PyValue): number {
  return (self as PyFloat).value;
}

/** self as an exact float (the same object when it is one). */
function exactFloat(self: PyValue): PyFloat {
  const f = self as PyFloat;
  return f.cls === floatType ? f : new PyFloat(f.value);
}

function floatUnary(name: string, f: (self: PyValue) => PyValue): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) slotArgs(name, args, kwnames, 0);
    return f(args[0]);
  };
}

function floatNoArgs(name: string, f: (self: PyValue) => PyValue): NativeFn {
  const qual = `float.${name}`;
  return (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) checkArgs(qual, args, kwnames, 0, 0);
    return f(args[0]);
  };
}

/** hash(x): a NaN hashes by identity, as in CPython 3.11 (the same key abstract.hashOf uses). */
function floatHash(self: PyValue): PyInt {
  return hashFloat(val(self), idOf(self) as number >> 4);
}

export function initFloat(): void {
  numberHooks.floatBinary = floatBinary;
  numberHooks.intPowNegative = intPowNegative;
  defNew(floatType, floatNew);
  floatType.exactCall = (args) => {
    if (args.length !== 1) return args.length === 0 ? new PyFloat(0) : undefined;
    const x = args[0];
    return x instanceof PyFloat && x.cls === floatType ? x : new PyFloat(numberFloat(x));
  };
  const table: Record<string, NativeFn> = {};
  const ops: [string, Bin][] = [
    ["add", Bin.ADD], ["sub", Bin.SUBTRACT], ["mul", Bin.MULTIPLY], ["mod", Bin.REMAINDER],
    ["floordiv", Bin.FLOOR_DIVIDE], ["truediv", Bin.TRUE_DIVIDE],
  ];
  for (const [n, op] of ops) {
    table[`__${n}__`] = floatOp(`__${n}__`, op);
    table[`__r${n}__`] = floatROp(`__r${n}__`, op);
  }
  for (let op = Cmp.LT; op <= Cmp.GE; op++) table[CMP_DUNDERS[op]] = floatCompare(op);
  defMethods(floatType, {
    __repr__: floatUnary("__repr__", (s) => floatRepr(val(s))),
    __hash__: floatUnary("__hash__", floatHash),
    ...table,
    __divmod__(args, kwnames) {
      if (args.length !== 2 || kwnames !== null) slotArgs("__divmod__", args, kwnames, 1);
      const y = toDouble(args[1]);
      return y === undefined ? NotImplemented : divmodTuple(val(args[0]), y);
    },
    __rdivmod__(args, kwnames) {
      if (args.length !== 2 || kwnames !== null) slotArgs("__rdivmod__", args, kwnames, 1);
      const x = toDouble(args[1]);
      return x === undefined ? NotImplemented : divmodTuple(x, val(args[0]));
    },
    __pow__: floatPowMethod(false),
    __rpow__: floatPowMethod(true),
    __neg__: floatUnary("__neg__", (s) => new PyFloat(-val(s))),
    __pos__: floatUnary("__pos__", exactFloat),
    __abs__: floatUnary("__abs__", (s) => new PyFloat(Math.abs(val(s)))),
    __bool__: floatUnary("__bool__", (s) => bool(val(s) !== 0)),
    __int__: floatUnary("__int__", (s) => floatTrunc(val(s))),
    __float__: floatUnary("__float__", exactFloat),
    conjugate: floatNoArgs("conjugate", exactFloat),
    __trunc__: floatNoArgs("__trunc__", (s) => floatTrunc(val(s))),
    __floor__: floatNoArgs("__floor__", (s) => floatFloor(val(s))),
    __ceil__: floatNoArgs("__ceil__", (s) => floatCeil(val(s))),
    __round__(args, kwnames) {
      checkArgsNoKw("float.__round__", "__round__", args, kwnames, 0, 1);
      const x = val(args[0]);
      if (args.length === 1 || args[1] === None) return floatRound(x);
      return new PyFloat(floatRoundDigits(x, index(args[1])));
    },
    as_integer_ratio: floatNoArgs("as_integer_ratio", (s) => new PyTuple(floatAsIntegerRatio(val(s)))),
    hex: floatNoArgs("hex", (s) => floatHex(val(s))),
    is_integer: floatNoArgs("is_integer", (s) => bool(floatIsInteger(val(s)))),
    __getnewargs__: floatNoArgs("__getnewargs__", (s) => new PyTuple([exactFloat(s)])),
    __format__(args, kwnames) {
      checkArgs("float.__format__", args, kwnames, 1, 1);
      const spec = strValue(args[1]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
      if (spec === "") return str(args[0]);
      return formatFloat(val(args[0]), spec, typeName(args[0]));
    },
  });
  defClassMethod(floatType, "fromhex", (args, kwnames) => {
    checkArgs("fromhex", args, kwnames, 1, 1);
    const s = strValue(args[1]);
    if (s === undefined) typeError("bad argument type for built-in operation");
    const r = new PyFloat(floatFromHex(s));
    const cls = args[0] as PyType;
    return cls === floatType ? r : call(cls, [r]);
  });
  defClassMethod(floatType, "__getformat__", (args, kwnames) => {
    checkArgs("__getformat__", args, kwnames, 1, 1);
    const s = strValue(args[1]);
    if (s === undefined) typeError(`__getformat__() argument must be str, not ${typeName(args[1])}`);
    if (s !== "double" && s !== "float") valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return "IEEE, little-endian";
  });
  defGetSet(floatType, "real", exactFloat);
  defGetSet(floatType, "imag", () => new PyFloat(0));
}
