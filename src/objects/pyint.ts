// The Python-visible `int` and `bool` types (CPython's Objects/longobject.c and boolobject.c):
// int(), the dunder methods, bit_length/to_bytes/from_bytes and the numeric attributes, and
// bool's constructor, repr and bitwise operators. The arithmetic itself is intmath.ts (reached
// through abstract.intBinary, the same code the interpreter's fast paths use), text and bytes
// conversion intstr.ts, float conversion intfloat.ts, formatting format.ts.
//
// Values: an exact int is a JS number (safe integer) or bigint; bool and int-subclass instances
// are PyIntObj {cls, value}. Every method accepts all three as self, and every result of
// arithmetic is an exact int, as in CPython (`MyInt(1) + 1` is an int).
//
// Also here, because int, float and complex share them: argument parsing with the messages of
// CPython 3.11's Argument Clinic and slot wrappers, comparison outcomes, and divmod() and
// three-argument pow() for the builtins (installed on vm/runtime.ts's `runtime`).

import {
  Bin, binaryOp, call, callDescr, Cmp, getIter, index, intBinary, intValue, iterNext, str, strValue, truthy, typeName, warnIntSubclass,
} from "./abstract";
import { typeError, valueError } from "./exceptions";
import { formatInt } from "./format";
import { toFloat } from "./intfloat";
import * as I from "./intmath";
import { fromBytes, parse as parseInt, parseBytes, toBytes, toString as intToString } from "./intstr";
import { floatDivmod, floatTrunc } from "./float";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew } from "./native";
import {
  bool, boolType, False, floatType, intType, NativeFn, None, NotImplemented, PyByteArray, PyBytes, PyComplex, PyFloat,
  PyIntObj, PyMethodDescr, PyTuple, PyType, PyValue, True, typeOf,
} from "./types";
import { runtime } from "../vm/runtime";

// ---- shared by int, float and complex ------------------------------------------------------------

/** The outcome of comparison `op` given c < 0, c == 0, c > 0 (NaN: only != holds). */
export function cmpOutcome(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    case Cmp.GE: return c >= 0;
  }
}

/** The comparison dunders, in Cmp order. */
export const CMP_DUNDERS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const;

/**
 * Checks the arguments of a slot wrapper (`(1).__add__(x)`): `n` of them after self, no
 * keywords, with CPython's wrapper messages ("expected 1 argument, got 0").
 */
export function slotArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  const got = args.length - 1;
  if (got !== n) typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
}

/**
 * Argument Clinic's keyword parsing (CPython 3.11's _PyArg_UnpackKeywords) for `fname` after
 * skipping `skip` leading arguments (self or cls): binds positional arguments then keywords to
 * `params`, the first `posOnly` positional-only, at most `maxPos` positional. One entry per
 * parameter, undefined when not given; `required` leading ones must be given.
 */
export function clinicArgs(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null, skip: number,
                           params: readonly string[], required: number, posOnly: number,
                           maxPos: number = params.length): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const total = args.length - skip;
  const npos = total - nkw;
  if (total > params.length) {
    typeError(`${fname}() takes at most ${params.length} argument${params.length === 1 ? "" : "s"} (${total} given)`);
  }
  if (npos > maxPos) typeError(`${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? "" : "s"} (${npos} given)`);
  const out: (PyValue | undefined)[] = new Array(params.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[skip + i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const idx = params.indexOf(name);
    if (idx < posOnly) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[idx] !== undefined) typeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[skip + npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < posOnly) typeError(`${fname}() takes at least ${required} positional argument${required === 1 ? "" : "s"} (${npos} given)`);
      typeError(`${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** A METH_VARARGS method refusing keywords (`float.__round__`): the two messages name it differently. */
export function checkArgsNoKw(qual: string, name: string, args: PyValue[], kwnames: readonly string[] | null,
                              min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${qual}() takes no keyword arguments`);
  checkArgs(name, args, null, min, max);
}

/** The arguments of a ternary slot wrapper (`__pow__(other, mod=None)`). */
export function powArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  if (args.length < 2) typeError(" expected at least 1 argument, got 0"); // Quirk: CPython's message has the space
  if (args.length > 3) typeError(`expected at most 2 arguments, got ${args.length - 1}`);
}

/** The first argument of a native __new__, checked as tp_new's wrapper does (tp_new_wrapper). */
export function newCls(t: PyType, cls: PyValue): PyType {
  if (!(cls instanceof PyType)) typeError(`${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(t)) typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
  return cls;
}

/** The bytes of a bytes, bytearray or other buffer object, or null. */
export function bufferData(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  return typeof v === "object" ? runtime.bytesData(v) : null;
}

// ---- int() ---------------------------------------------------------------------------------------

/** The int value of self: an int, a bool or an int subclass instance. */
function iv(v: PyValue): I.PyInt {
  return typeof v === "object" ? (v as PyIntObj).value : (v as I.PyInt);
}

/**
 * int(x) (PyNumber_Long): __int__, then __index__, then __trunc__ (deprecated in 3.11), then
 * text: str, bytes, bytearray, other buffers.
 */
export function numberLong(x: PyValue): I.PyInt {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "string") return parseInt(x, 10);
  if (x instanceof PyFloat && x.cls === floatType) return floatTrunc(x.value);
  const t = x.cls;
  const f = t.lookup("__int__");
  if (f !== undefined) {
    const r = callDescr(f, x, []);
    const i = intValue(r);
    if (i === undefined) typeError(`__int__ returned non-int (type ${typeName(r)})`);
    if (typeof r === "object") warnIntSubclass("__int__", r);
    return i;
  }
  if (t.lookup("__index__") !== undefined) return index(x);
  const tr = t.lookup("__trunc__");
  if (tr !== undefined) {
    runtime.warn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.");
    const r = callDescr(tr, x, []);
    const i = intValue(r);
    if (i !== undefined) return i;
    if (typeOf(r).lookup("__index__") === undefined) typeError(`__trunc__ returned non-Integral (type ${typeName(r)})`);
    return index(r);
  }
  const s = strValue(x);
  if (s !== undefined) return parseInt(s, 10);
  const data = bufferData(x);
  if (data !== null) return parseBytes(data, 10);
  typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

/** int(x, base) (long_new_impl): the base is checked before the type of x. */
function intWithBase(x: PyValue, obase: PyValue): I.PyInt {
  const base = index(obase);
  if (typeof base === "bigint" || (base !== 0 && base < 2) || base > 36) {
    valueError("int() base must be >= 2 and <= 36, or 0");
  }
  const s = strValue(x);
  if (s !== undefined) return parseInt(s, base);
  if (x instanceof PyBytes) return parseBytes(x.data, base);
  if (x instanceof PyByteArray) return parseBytes(x.data.subarray(0, x.length), base);
  typeError("int() can't convert non-string with explicit base");
}

const INT_PARAMS = ["", "base"];

function intNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newCls(intType, args[0]);
  let v: I.PyInt;
  if (args.length === 2 && kwnames === null) v = numberLong(args[1]);
  else {
    const [x, base] = clinicArgs("int", args, kwnames, 1, INT_PARAMS, 0, 1);
    if (x === undefined) {
      if (base !== undefined) typeError("int() missing string argument");
      v = 0;
    } else v = base === undefined ? numberLong(x) : intWithBase(x, base);
  }
  if (cls === intType) return v;
  if (cls.isSubtypeOf(boolType)) typeError("int.__new__(bool) is not safe, use bool.__new__()");
  return new PyIntObj(cls, v);
}

// ---- the methods ----------------------------------------------------------------------------------

/** self op other, or NotImplemented when other is not an int. */
function intOp(name: string, op: Bin): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return intBinary(iv(args[0]), b, op);
  };
}

/** other op self (the __rop__ methods). */
function intROp(name: string, op: Bin): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    const a = intValue(args[1]);
    if (a === undefined) return NotImplemented;
    return intBinary(a, iv(args[0]), op);
  };
}

function intCompare(op: Cmp): NativeFn {
  const name = CMP_DUNDERS[op];
  return (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) slotArgs(name, args, kwnames, 1);
    const b = intValue(args[1]);
    if (b === undefined) return NotImplemented;
    return bool(cmpOutcome(I.compare(iv(args[0]), b), op));
  };
}

function intUnary(name: string, f: (x: I.PyInt) => PyValue): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) slotArgs(name, args, kwnames, 0);
    return f(iv(args[0]));
  };
}

/** A method taking no arguments (METH_NOARGS). */
function intNoArgs(name: string, f: (x: I.PyInt) => PyValue): NativeFn {
  const qual = `int.${name}`;
  return (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) checkArgs(qual, args, kwnames, 0, 0);
    return f(iv(args[0]));
  };
}

/**
 * int.__pow__(self, other, mod=None): with a modulus, pow(a, b, m) on ints (a negative b takes
 * the modular inverse); without, a negative exponent gives a float (abstract.intBinary).
 */
function intPow(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length !== 2 || kwnames !== null) powArgs("__pow__", args, kwnames);
  const b = intValue(args[1]);
  if (b === undefined) return NotImplemented;
  return intPowMod(iv(args[0]), b, args.length > 2 ? args[2] : undefined);
}

function intRPow(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length !== 2 || kwnames !== null) powArgs("__rpow__", args, kwnames);
  const a = intValue(args[1]);
  if (a === undefined) return NotImplemented;
  return intPowMod(a, iv(args[0]), args.length > 2 ? args[2] : undefined);
}

function intPowMod(a: I.PyInt, b: I.PyInt, mod: PyValue | undefined): PyValue {
  if (mod === undefined || mod === None) return intBinary(a, b, Bin.POWER);
  const m = intValue(mod);
  if (m === undefined) return NotImplemented;
  return I.pow3(a, b, m);
}

/** sys.getsizeof of an int: CPython 3.11's long_sizeof (30-bit digits, at least one). */
function intSizeof(x: I.PyInt): number {
  const digits = Math.max(1, Math.ceil(I.bitLength(x) / 30));
  return 24 + 4 * digits;
}

function exact(x: I.PyInt): PyValue {
  return x;
}

/** The bytes of `v` as bytes(v) would make them (PyObject_Bytes), for int.from_bytes. */
function bytesOf(v: PyValue): ArrayLike<number> {
  const data = bufferData(v);
  if (data !== null) return data;
  const t = typeOf(v);
  const b = t.lookup("__bytes__");
  if (b !== undefined) {
    const r = callDescr(b, v, []);
    if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return r.data;
  }
  if (typeof v === "string" || t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    typeError(`cannot convert '${typeName(v)}' object to bytes`);
  }
  const out: number[] = [];
  const it = getIter(v);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    const n = index(x);
    if (typeof n !== "number" || n < 0 || n > 255) valueError("bytes must be in range(0, 256)");
    out.push(n);
  }
}

function byteorderArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined) return "big";
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument 'byteorder' must be str, not ${typeName(v)}`);
  return s;
}

const TO_BYTES_PARAMS = ["length", "byteorder", "signed"];
const FROM_BYTES_PARAMS = ["bytes", "byteorder", "signed"];

function bitwiseOfBools(op: Bin, a: PyValue, b: PyValue): PyValue {
  const x = (a as PyIntObj).value as number;
  const y = (b as PyIntObj).value as number;
  return bool((op === Bin.AND ? x & y : op === Bin.OR ? x | y : x ^ y) !== 0);
}

/** bool's & | ^: a bool for two bools, else int's operator. */
function boolBitwise(op: Bin, intFn: NativeFn): NativeFn {
  return (args, kwnames) => {
    const a = args[0];
    const b = args[1];
    if (args.length === 2 && (a === True || a === False) && (b === True || b === False)) return bitwiseOfBools(op, a, b);
    return intFn(args, kwnames);
  };
}

export function initInt(): void {
  defNew(intType, intNew);
  intType.exactCall = (args) => (args.length === 1 ? numberLong(args[0]) : args.length === 0 ? 0 : undefined);
  const ops: [string, Bin][] = [
    ["add", Bin.ADD], ["sub", Bin.SUBTRACT], ["mul", Bin.MULTIPLY], ["mod", Bin.REMAINDER],
    ["floordiv", Bin.FLOOR_DIVIDE], ["truediv", Bin.TRUE_DIVIDE], ["lshift", Bin.LSHIFT], ["rshift", Bin.RSHIFT],
    ["and", Bin.AND], ["or", Bin.OR], ["xor", Bin.XOR],
  ];
  const table: Record<string, NativeFn> = {};
  for (const [n, op] of ops) {
    table[`__${n}__`] = intOp(`__${n}__`, op);
    table[`__r${n}__`] = intROp(`__r${n}__`, op);
  }
  for (let op = Cmp.LT; op <= Cmp.GE; op++) table[CMP_DUNDERS[op]] = intCompare(op);
  defMethods(intType, {
    __repr__: intUnary("__repr__", (x) => intToString(x)),
    __hash__: intUnary("__hash__", I.hash),
    ...table,
    __divmod__(args, kwnames) {
      if (args.length !== 2 || kwnames !== null) slotArgs("__divmod__", args, kwnames, 1);
      const b = intValue(args[1]);
      if (b === undefined) return NotImplemented;
      return new PyTuple(I.divmod(iv(args[0]), b));
    },
    __rdivmod__(args, kwnames) {
      if (args.length !== 2 || kwnames !== null) slotArgs("__rdivmod__", args, kwnames, 1);
      const a = intValue(args[1]);
      if (a === undefined) return NotImplemented;
      return new PyTuple(I.divmod(a, iv(args[0])));
    },
    __pow__: intPow,
    __rpow__: intRPow,
    __neg__: intUnary("__neg__", I.neg),
    __pos__: intUnary("__pos__", exact),
    __abs__: intUnary("__abs__", I.abs),
    __invert__: intUnary("__invert__", I.invert),
    __bool__: intUnary("__bool__", (x) => bool(!I.isZero(x))),
    __int__: intUnary("__int__", exact),
    __index__: intUnary("__index__", exact),
    __float__: intUnary("__float__", (x) => new PyFloat(toFloat(x))),
    conjugate: intNoArgs("conjugate", exact),
    bit_length: intNoArgs("bit_length", I.bitLength),
    bit_count: intNoArgs("bit_count", I.bitCount),
    as_integer_ratio: intNoArgs("as_integer_ratio", (x) => new PyTuple([x, 1])),
    __trunc__: intNoArgs("__trunc__", exact),
    __floor__: intNoArgs("__floor__", exact),
    __ceil__: intNoArgs("__ceil__", exact),
    __getnewargs__: intNoArgs("__getnewargs__", (x) => new PyTuple([x])),
    __sizeof__: intNoArgs("__sizeof__", intSizeof),
    __round__(args, kwnames) {
      // int.__round__(None) is a TypeError: round(x, None) calls __round__() without it.
      checkArgsNoKw("int.__round__", "__round__", args, kwnames, 0, 1);
      const x = iv(args[0]);
      return args.length === 1 ? x : I.round(x, index(args[1]));
    },
    __format__(args, kwnames) {
      checkArgs("int.__format__", args, kwnames, 1, 1);
      const spec = strValue(args[1]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
      if (spec === "") return str(args[0]);
      return formatInt(iv(args[0]), spec, typeName(args[0]));
    },
    to_bytes(args, kwnames) {
      const [length, order, signed] = clinicArgs("to_bytes", args, kwnames, 1, TO_BYTES_PARAMS, 0, 0, 2);
      const n = length === undefined ? 1 : index(length);
      const bo = byteorderArg("to_bytes", order);
      return new PyBytes(toBytes(iv(args[0]), n, bo, signed !== undefined && truthy(signed)));
    },
  });
  defClassMethod(intType, "from_bytes", (args, kwnames) => {
    const cls = args[0] as PyType;
    const [bytes, order, signed] = clinicArgs("from_bytes", args, kwnames, 1, FROM_BYTES_PARAMS, 1, 0, 2);
    const data = bytesOf(bytes!);
    const bo = byteorderArg("from_bytes", order);
    const v = fromBytes(data, bo, signed !== undefined && truthy(signed));
    return cls === intType ? v : call(cls, [v]);
  });
  defGetSet(intType, "real", (self) => iv(self));
  defGetSet(intType, "imag", () => 0);
  defGetSet(intType, "numerator", (self) => iv(self));
  defGetSet(intType, "denominator", () => 1);

  // ---- bool ----
  defNew(boolType, (args, kwnames) => {
    newCls(boolType, args[0]);
    checkArgs("bool", args, kwnames, 0, 1);
    return args.length === 1 ? False : bool(truthy(args[1]));
  });
  boolType.exactCall = (args) => (args.length === 1 ? bool(truthy(args[0])) : args.length === 0 ? False : undefined);
  const boolTable: Record<string, NativeFn> = {
    __repr__(args, kwnames) {
      if (args.length !== 1 || kwnames !== null) slotArgs("__repr__", args, kwnames, 0);
      return args[0] === True ? "True" : "False";
    },
  };
  for (const [n, op] of [["and", Bin.AND], ["or", Bin.OR], ["xor", Bin.XOR]] as [string, Bin][]) {
    boolTable[`__${n}__`] = boolBitwise(op, table[`__${n}__`]);
    boolTable[`__r${n}__`] = boolBitwise(op, table[`__r${n}__`]);
  }
  defMethods(boolType, boolTable);
}

// ---- divmod() and pow() with a modulus -------------------------------------------------------------

/**
 * Calls a's `name` and b's reflected `rname` as binary operators do (b first when its type is
 * a proper subclass of a's; a slot shared by both types is called once). NotImplemented when
 * neither gives an answer.
 */
function dispatchBinary(a: PyValue, b: PyValue, name: string, rname: string, extra: PyValue | undefined): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(name);
  let fb = ta === tb ? undefined : tb.lookup(rname);
  // Three-argument pow never calls a Python-level __rpow__ (slot_nb_power_ternary).
  if (extra !== undefined && fb !== undefined && !(fb instanceof PyMethodDescr)) fb = undefined;
  if (fb !== undefined && fa !== undefined && fb === ta.lookup(rname)) fb = undefined;
  const restA = extra === undefined ? [b] : [b, extra];
  const restB = extra === undefined ? [a] : [a, extra];
  if (fb !== undefined && tb.isSubtypeOf(ta)) {
    const r = callDescr(fb, b, restB);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callDescr(fa, a, restA);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callDescr(fb, b, restB);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/** divmod(a, b) (PyNumber_Divmod). */
export function divmod(a: PyValue, b: PyValue): PyValue {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
    return new PyTuple(I.divmod(a as I.PyInt, b as I.PyInt));
  }
  if (a instanceof PyFloat && a.cls === floatType) {
    const y = b instanceof PyFloat && b.cls === floatType ? b.value : (tb === "number" || tb === "bigint") ? toFloat(b as I.PyInt) : undefined;
    if (y !== undefined) return floatDivmodTuple(a.value, y);
  } else if (b instanceof PyFloat && b.cls === floatType && (ta === "number" || ta === "bigint")) {
    return floatDivmodTuple(toFloat(a as I.PyInt), b.value);
  }
  const r = dispatchBinary(a, b, "__divmod__", "__rdivmod__", undefined);
  if (r !== NotImplemented) return r;
  typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
}

function floatDivmodTuple(x: number, y: number): PyTuple {
  const [q, r] = floatDivmod(x, y);
  return new PyTuple([new PyFloat(q), new PyFloat(r)]);
}

/**
 * pow(a, b, m) (PyNumber_Power with a modulus; m None is a ** b). Ints go straight to
 * intmath.pow3; otherwise a's __pow__ and b's native __rpow__ get the modulus. As in CPython, a
 * float or complex modulus is an error of its own when neither operand answers.
 */
export function pow3(a: PyValue, b: PyValue, m: PyValue): PyValue {
  if (m === None) return binaryOp(a, b, Bin.POWER);
  const ta = typeof a;
  const tb = typeof b;
  const tm = typeof m;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint") && (tm === "number" || tm === "bigint")) {
    return I.pow3(a as I.PyInt, b as I.PyInt, m as I.PyInt);
  }
  const r = dispatchBinary(a, b, "__pow__", "__rpow__", m);
  if (r !== NotImplemented) return r;
  // The modulus's own nb_power: float_pow refuses any modulus, complex_pow one with numeric operands.
  if (m instanceof PyFloat) typeError("pow() 3rd argument not allowed unless all arguments are integers");
  if (m instanceof PyComplex && isNumber(a) && isNumber(b)) valueError("complex modulo");
  typeError(`unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}

function isNumber(v: PyValue): boolean {
  return intValue(v) !== undefined || v instanceof PyFloat || v instanceof PyComplex;
}

/** Installs divmod and pow-with-modulus as services of the VM's runtime object. */
export function installNumberRuntime(): void {
  runtime.divmod = divmod;
  runtime.pow3 = pow3;
}
