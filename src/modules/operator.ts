// _operator: the operators as functions, and attrgetter/itemgetter/methodcaller (CPython's
// Modules/_operator.c, 3.11). operator.py does `from _operator import *`, so these replace its
// pure-Python definitions. Every operator goes through the same abstract.ts function the VM
// uses for the corresponding instruction, so the semantics (and error messages) are the VM's.

import * as I from "../objects/intmath";
import {
  binaryOp, Bin, call, callDescr, Cmp, contains, delItem, getAttr, getItem, getIter, index, inplaceOp, intValue,
  isInstance, iterNext, len, repr, richCompare, richEqBool, setItem, strValue, truthy, typeName, unaryOp,
} from "../objects/abstract";
import { lengthHint as abstractLengthHint } from "../objects/abstract";
import {
  PyBaseException, raiseError, TypeError, typeError, ValueError,
} from "../objects/exceptions";
import { defMethods, defNew, noKwargs } from "../objects/native";
import { emptyTuple } from "../objects/pytuple";
import {
  bool, bytearrayType, bytesType, None, NotImplemented, objectType, PyByteArray, PyBytes,
  PyObject, PyTuple, PyValue, typeOf,
} from "../objects/types";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { partialType, PyPartial } from "./functools";
import { defFunctions, defineModule, nativeType } from "./registry";

type Args = PyValue[];
type Kw = readonly string[] | null;
type Fn = (args: Args, kwnames: Kw) => PyValue;

/** `name expected N arguments, got M` (_PyArg_CheckPositional); keywords refused with the qualified name. */
function positional(name: string, args: Args, kwnames: Kw, min: number, max: number): void {
  noKwargs(`_operator.${name}`, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  const pl = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  if (min === max) typeError(`${name} expected ${pl(min)}, got ${n}`);
  if (n < min) typeError(`${name} expected at least ${pl(min)}, got ${n}`);
  typeError(`${name} expected at most ${pl(max)}, got ${n}`);
}

/** A METH_O function: exactly one argument. */
function unary(name: string, f: (v: PyValue) => PyValue): Fn {
  return (args, kwnames) => {
    noKwargs(`_operator.${name}`, kwnames);
    if (args.length !== 1) typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
    return f(args[0]);
  };
}

function binary(name: string, f: (a: PyValue, b: PyValue) => PyValue): Fn {
  return (args, kwnames) => {
    positional(name, args, kwnames, 2, 2);
    return f(args[0], args[1]);
  };
}

/** PySequence_Check: a __getitem__, and not a dict. */
function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.flags & TypeFlag.DICT_SUBCLASS) return false;
  return t.lookup("__getitem__") !== undefined;
}

/** Types with a native sq_concat (their own concatenation rules and messages). */
function hasSqConcat(v: PyValue): boolean {
  const t = typeOf(v);
  return (t.flags & (TypeFlag.STR_SUBCLASS | TypeFlag.LIST_SUBCLASS | TypeFlag.TUPLE_SUBCLASS)) !== 0 ||
    t.isSubtypeOf(bytesType) || t.isSubtypeOf(bytearrayType);
}

/** a.__add__(b), then b.__radd__(a); NotImplemented if neither applies. */
function addSlots(a: PyValue, b: PyValue): PyValue {
  const fa = typeOf(a).lookup("__add__");
  if (fa !== undefined) {
    const r = callDescr(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (typeOf(b) !== typeOf(a)) {
    const fb = typeOf(b).lookup("__radd__");
    if (fb !== undefined) {
      const r = callDescr(fb, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  return NotImplemented;
}

/** PySequence_Concat. */
function concat(a: PyValue, b: PyValue): PyValue {
  if (hasSqConcat(a)) return binaryOp(a, b, Bin.ADD);
  if (isSequence(a) && isSequence(b)) {
    const r = addSlots(a, b);
    if (r !== NotImplemented) return r;
  }
  typeError(`'${typeName(a)}' object can't be concatenated`);
}

/** PySequence_InPlaceConcat. */
function iconcat(a: PyValue, b: PyValue): PyValue {
  if (hasSqConcat(a)) return inplaceOp(a, b, Bin.ADD);
  if (isSequence(a) && isSequence(b)) {
    const fi = typeOf(a).lookup("__iadd__");
    if (fi !== undefined) {
      const r = callDescr(fi, a, [b]);
      if (r !== NotImplemented) return r;
    }
    const r = addSlots(a, b);
    if (r !== NotImplemented) return r;
  }
  typeError(`'${typeName(a)}' object can't be concatenated`);
}

/** _PySequence_IterSearch's iterator: a TypeError from iter() becomes "argument of type ...". */
function searchIter(seq: PyValue): PyValue {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, TypeError)) typeError(`argument of type '${typeName(seq)}' is not iterable`);
    throw e;
  }
}

function countOf(seq: PyValue, v: PyValue): PyValue {
  const it = searchIter(seq);
  let n = 0;
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return n;
    if (richEqBool(x, v)) n++;
  }
}

function indexOf(seq: PyValue, v: PyValue): PyValue {
  const it = searchIter(seq);
  for (let i = 0; ; i++) {
    const x = iterNext(it);
    if (x === undefined) raiseError(ValueError, "sequence.index(x): x not in sequence");
    if (richEqBool(x, v)) return i;
  }
}

/** PyObject_LengthHint. */
function lengthHint(args: Args, kwnames: Kw): PyValue {
  positional("length_hint", args, kwnames, 1, 2);
  const obj = args[0];
  let dflt: I.PyInt = 0;
  if (args.length > 1) {
    const d = args[1];
    if (typeof d !== "number" && typeof d !== "bigint") typeError(`'${typeName(d)}' object cannot be interpreted as an integer`);
    dflt = d;
  }
  return abstractLengthHint(obj, dflt);
}

function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  return undefined;
}

/** _compare_digest: the comparison takes time independent of where the inputs differ. */
function compareDigest(a: PyValue, b: PyValue): PyValue {
  const sa = strValue(a);
  const sb = strValue(b);
  if (sa !== undefined && sb !== undefined) {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb)) {
      typeError("comparing strings with non-ASCII characters is not supported");
    }
    return bool(constantTimeEq(Array.from(sa, (c) => c.charCodeAt(0)), Array.from(sb, (c) => c.charCodeAt(0))));
  }
  const ba = bytesOf(a);
  const bb = bytesOf(b);
  if (ba === undefined && bb === undefined) {
    typeError(`unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`);
  }
  if (ba === undefined) typeError(`a bytes-like object is required, not '${typeName(a)}'`);
  if (bb === undefined) typeError(`a bytes-like object is required, not '${typeName(b)}'`);
  return bool(constantTimeEq(ba, bb));
}

/** Compares every byte of b whatever the result (CPython's _tscmp). */
function constantTimeEq(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const left = a.length === b.length ? a : b;
  let result = a.length === b.length ? 0 : 1;
  for (let i = 0; i < b.length; i++) result |= left[i] ^ b[i];
  return result === 0;
}

// ---- attrgetter, itemgetter, methodcaller -------------------------------------------------------

export class PyAttrGetter extends PyObject {
  /** Each requested attribute as its dotted parts. */
  constructor(public attrs: string[][]) {
    super(attrgetterType);
  }
}

export class PyItemGetter extends PyObject {
  constructor(public items: PyValue[]) {
    super(itemgetterType);
  }
}

export class PyMethodCaller extends PyObject {
  constructor(public name: string, public args: PyValue[], public kwnames: string[], public kwvalues: PyValue[]) {
    super(methodcallerType);
  }
}

const attrgetterType = nativeType("operator", "attrgetter", objectType, 0);
const itemgetterType = nativeType("operator", "itemgetter", objectType, 0);
const methodcallerType = nativeType("operator", "methodcaller", objectType, 0);

/** The one positional argument of a getter's call. */
function getterArg(name: string, args: Args, kwnames: Kw): PyValue {
  noKwargs(name, kwnames);
  const n = args.length - 1;
  if (n !== 1) typeError(`${name} expected 1 argument, got ${n}`);
  return args[1];
}

function dottedGet(obj: PyValue, parts: string[]): PyValue {
  let v = obj;
  for (const p of parts) v = getAttr(v, p);
  return v;
}

function initTypes(): void {
  defNew(attrgetterType, (args, kwnames) => {
    noKwargs("attrgetter", kwnames);
    const names = args.slice(1);
    if (names.length === 0) typeError("attrgetter expected 1 argument, got 0");
    const attrs = names.map((n) => {
      const s = strValue(n);
      if (s === undefined) typeError("attribute name must be a string");
      return s.split(".");
    });
    return new PyAttrGetter(attrs);
  });
  defMethods(attrgetterType, {
    __call__(args, kwnames) {
      const g = args[0] as PyAttrGetter;
      const obj = getterArg("attrgetter", args, kwnames);
      if (g.attrs.length === 1) return dottedGet(obj, g.attrs[0]);
      return new PyTuple(g.attrs.map((p) => dottedGet(obj, p)));
    },
    __repr__(args) {
      const g = args[0] as PyAttrGetter;
      return `operator.attrgetter(${g.attrs.map((p) => repr(p.join("."))).join(", ")})`;
    },
    __reduce__(args) {
      const g = args[0] as PyAttrGetter;
      return new PyTuple([attrgetterType, new PyTuple(g.attrs.map((p) => p.join(".")))]);
    },
  });

  defNew(itemgetterType, (args, kwnames) => {
    noKwargs("itemgetter", kwnames);
    const items = args.slice(1);
    if (items.length === 0) typeError("itemgetter expected 1 argument, got 0");
    return new PyItemGetter(items);
  });
  defMethods(itemgetterType, {
    __call__(args, kwnames) {
      const g = args[0] as PyItemGetter;
      const obj = getterArg("itemgetter", args, kwnames);
      if (g.items.length === 1) return getItem(obj, g.items[0]);
      return new PyTuple(g.items.map((k) => getItem(obj, k)));
    },
    __repr__(args) {
      const g = args[0] as PyItemGetter;
      return `operator.itemgetter(${g.items.map(repr).join(", ")})`;
    },
    __reduce__(args) {
      const g = args[0] as PyItemGetter;
      return new PyTuple([itemgetterType, new PyTuple(g.items)]);
    },
  });

  defNew(methodcallerType, (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.slice(1, args.length - nkw);
    if (pos.length === 0) typeError("methodcaller needs at least one argument, the method name");
    const name = strValue(pos[0]);
    if (name === undefined) typeError("method name must be a string");
    return new PyMethodCaller(name, pos.slice(1), kwnames === null ? [] : kwnames.slice(), args.slice(args.length - nkw));
  });
  defMethods(methodcallerType, {
    __call__(args, kwnames) {
      const m = args[0] as PyMethodCaller;
      const obj = getterArg("methodcaller", args, kwnames);
      const f = getAttr(obj, m.name);
      return call(f, [...m.args, ...m.kwvalues], m.kwnames.length ? m.kwnames : null);
    },
    __repr__(args) {
      const m = args[0] as PyMethodCaller;
      const parts = [repr(m.name), ...m.args.map(repr), ...m.kwnames.map((k, i) => `${k}=${repr(m.kwvalues[i])}`)];
      return `operator.methodcaller(${parts.join(", ")})`;
    },
    __reduce__(args) {
      const m = args[0] as PyMethodCaller;
      if (m.kwnames.length === 0) return new PyTuple([methodcallerType, new PyTuple([m.name, ...m.args])]);
      // Keywords cannot be passed through a plain (callable, args) pair: CPython reduces to
      // functools.partial(methodcaller, name, **kwargs) applied to the positional arguments.
      const kw = new PyDict();
      m.kwnames.forEach((k, i) => kw.set(k, m.kwvalues[i]));
      const p = new PyPartial(partialType, methodcallerType, [m.name], kw);
      return new PyTuple([p, m.args.length ? new PyTuple(m.args) : emptyTuple]);
    },
  });
}

// ---- the module -----------------------------------------------------------------------------------

const BINARY: [string, Bin][] = [
  ["add", Bin.ADD], ["sub", Bin.SUBTRACT], ["mul", Bin.MULTIPLY], ["matmul", Bin.MATRIX_MULTIPLY],
  ["truediv", Bin.TRUE_DIVIDE], ["floordiv", Bin.FLOOR_DIVIDE], ["mod", Bin.REMAINDER], ["pow", Bin.POWER],
  ["lshift", Bin.LSHIFT], ["rshift", Bin.RSHIFT], ["and_", Bin.AND], ["or_", Bin.OR], ["xor", Bin.XOR],
];
const COMPARE: [string, Cmp][] = [["lt", Cmp.LT], ["le", Cmp.LE], ["eq", Cmp.EQ], ["ne", Cmp.NE], ["gt", Cmp.GT], ["ge", Cmp.GE]];

function absValue(v: PyValue): PyValue {
  if (typeof v === "number" || typeof v === "bigint") return I.abs(v);
  const f = typeOf(v).lookup("__abs__");
  if (f === undefined) typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return callDescr(f, v, []);
}

function functions(): Record<string, Fn> {
  const fns: Record<string, Fn> = {};
  for (const [name, op] of BINARY) {
    fns[name] = binary(name, (a, b) => binaryOp(a, b, op));
    const iname = `i${name.replace(/_$/, "")}`;
    fns[iname] = binary(iname, (a, b) => inplaceOp(a, b, op));
  }
  for (const [name, op] of COMPARE) fns[name] = binary(name, (a, b) => richCompare(a, b, op));
  Object.assign(fns, {
    truth: unary("truth", (v) => bool(truthy(v))),
    not_: unary("not_", (v) => bool(!truthy(v))),
    index: unary("index", (v) => index(v)),
    neg: unary("neg", (v) => unaryOp(v, "__neg__", "-")),
    pos: unary("pos", (v) => unaryOp(v, "__pos__", "+")),
    abs: unary("abs", absValue),
    inv: unary("inv", (v) => unaryOp(v, "__invert__", "~")),
    invert: unary("invert", (v) => unaryOp(v, "__invert__", "~")),
    is_: binary("is_", (a, b) => bool(a === b)),
    is_not: binary("is_not", (a, b) => bool(a !== b)),
    concat: binary("concat", concat),
    iconcat: binary("iconcat", iconcat),
    contains: binary("contains", (a, b) => bool(contains(a, b))),
    countOf: binary("countOf", countOf),
    indexOf: binary("indexOf", indexOf),
    getitem: binary("getitem", getItem),
    setitem(args: Args, kwnames: Kw) {
      positional("setitem", args, kwnames, 3, 3);
      setItem(args[0], args[1], args[2]);
      return None;
    },
    delitem: binary("delitem", (a, b) => {
      delItem(a, b);
      return None;
    }),
    length_hint: lengthHint,
    call(args: Args, kwnames: Kw) {
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (args.length - nkw < 1) typeError(`call expected at least 1 argument, got ${args.length - nkw}`);
      return call(args[0], args.slice(1), kwnames);
    },
    _compare_digest: binary("_compare_digest", compareDigest),
  });
  return fns;
}

initTypes();

defineModule("_operator", (dict) => {
  defFunctions(dict, "_operator", functions());
  dict.set("attrgetter", attrgetterType);
  dict.set("itemgetter", itemgetterType);
  dict.set("methodcaller", methodcallerType);
}, "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
