// tuple (CPython's Objects/tupleobject.c), and the helpers that list, tuple, range, slice and
// dict share: lexicographic comparison of two item arrays, the repr of a sequence with its
// recursion guard, item lookup by index or slice, and list.index/tuple.index's bounds.

import {
  Cmp, compareItems, getIter, hashOf, index, iterNext, lengthHint, intValue, repr, richEqBool, seqIndex, toArray,
} from "./abstract";
import { IndexError, MemoryError, OverflowError, raiseError, typeError, valueError } from "./exceptions";
import { tupleHash } from "./hashing";
import type { PyInt } from "./intmath";
import { checkArgs, defClassMethod, defMethods, defNew, noKwargs } from "./native";
import { sliceIndices } from "./pyslice";
import { TupleIter } from "./pyiters";
import { bool, listType, NotImplemented, objectType, PyList, PyObject, PySlice, PyTuple, PyType, PyValue, tupleType, typeOf } from "./types";
import { TypeFlag } from "./object";

/** The empty tuple: `()` is a singleton, as in CPython. */
export const emptyTuple = new PyTuple([]);
export const TUPLE_INDEX_RANGE = "tuple index out of range";

/** A tuple of exactly these items (the array is kept, not copied). */
export function newTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}

/** Most items a sequence made by + or * may have (beyond it CPython would exhaust memory). */
export const MAX_SEQUENCE_LENGTH = 2 ** 31;

// ---- repr and its recursion guard ---------------------------------------------------------

/** The containers whose repr is being computed (CPython's Py_ReprEnter list). */
const reprActive = new Set<object>();

/** Enters the repr of `obj`: false when it is already being repr'd (the caller prints "..."). */
export function reprEnter(obj: object): boolean {
  if (reprActive.has(obj)) return false;
  reprActive.add(obj);
  return true;
}

export function reprLeave(obj: object): void {
  reprActive.delete(obj);
}

/**
 * `open item, item close` for a list-like or tuple-like object; "[...]" or "(...)" when the
 * object is already being repr'd. A one-item tuple gets its comma (`oneComma`).
 */
export function reprSequence(obj: PyObject & { readonly items: readonly PyValue[] }, open: string, close: string,
                             oneComma = false): string {
  if (obj.items.length === 0) return open + close;
  if (!reprEnter(obj)) return `${open}...${close}`;
  try {
    let s = open;
    // The items may change while their reprs run (a __repr__ can mutate the list).
    for (let i = 0; i < obj.items.length; i++) {
      if (i > 0) s += ", ";
      s += repr(obj.items[i]);
    }
    if (oneComma && obj.items.length === 1) s += ",";
    return s + close;
  } finally {
    reprLeave(obj);
  }
}

// ---- items ----------------------------------------------------------------------------------

/** The items `s` selects from `items` (a fresh array). */
export function sliceItems(items: readonly PyValue[], s: PySlice): PyValue[] {
  const [start, stop, step, count] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, stop);
  const out = new Array<PyValue>(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

/** An index argument as a number, for `<label> indices must be integers or slices, not X`. */
export function itemIndex(key: PyValue, label: string): number {
  return typeof key === "number" ? key : seqIndex(key, label);
}

/**
 * The start or stop argument of list.index/tuple.index (_PyEval_SliceIndexNotNone), adjusted
 * into 0..length like a slice bound.
 */
export function indexBound(v: PyValue, length: number): number {
  let i: PyInt | undefined = intValue(v);
  if (i === undefined) {
    if (typeOf(v).lookup("__index__") === undefined) typeError("slice indices must be integers or have an __index__ method");
    i = index(v);
  }
  let n = typeof i === "number" ? i : i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (n < 0) {
    n += length;
    if (n < 0) n = 0;
  }
  return n;
}

/** Position of `x` in seq.items[start:stop] by ==, or -1 (the items are read live). */
export function seqFind(seq: { readonly items: readonly PyValue[] }, x: PyValue, start: number, stop: number): number {
  for (let i = start; i < stop && i < seq.items.length; i++) {
    if (richEqBool(seq.items[i], x)) return i;
  }
  return -1;
}

export function seqCount(seq: { readonly items: readonly PyValue[] }, x: PyValue): number {
  let n = 0;
  for (let i = 0; i < seq.items.length; i++) if (richEqBool(seq.items[i], x)) n++;
  return n;
}

/** The repeat count of `seq * n`, or undefined when `n` has no __index__ (the operator then tries n's side). */
export function repeatCount(n: PyValue, length: number): number | undefined {
  let i = intValue(n);
  if (i === undefined) {
    if (typeOf(n).lookup("__index__") === undefined) return undefined;
    i = index(n);
  }
  if (typeof i === "bigint") {
    if (i < 0n) return 0;
    // Counts that fit a C ssize_t are too big to allocate; bigger ones do not convert.
    if (i >= 2n ** 63n) raiseError(OverflowError, "cannot fit 'int' into an index-sized integer");
    if (length > 0) raiseError(MemoryError, null);
    return 0;
  }
  if (i <= 0) return 0;
  if (length > 0 && i * length > MAX_SEQUENCE_LENGTH) raiseError(MemoryError, null);
  return i;
}

/** items repeated n times. */
export function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  const len = items.length;
  const out = new Array<PyValue>(len * n);
  for (let r = 0, o = 0; r < n; r++) for (let i = 0; i < len; i++) out[o++] = items[i];
  return out;
}

// ---- tuple's methods ------------------------------------------------------------------------

export function tupleGetItem(args: PyValue[]): PyValue {
  if (args.length !== 2) checkArgs("tuple.__getitem__", args, null, 1, 1);
  const t = args[0] as PyTuple;
  const key = args[1];
  const items = t.items;
  if (typeof key !== "number" && key instanceof PySlice) {
    const out = sliceItems(items, key);
    if (out.length === items.length && t.cls === tupleType && out.every((x, i) => x === items[i])) return t;
    return newTuple(out);
  }
  let i = itemIndex(key, "tuple");
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseError(IndexError, TUPLE_INDEX_RANGE);
  return items[i];
}

/** Set when an element hash may have run Python code (see tupleHashOf). */
let hashCallsPython = false;

/** The hash of one element (how hashing.ts's tupleHash asks for elements that are not str or safe ints). */
function hashItem(x: unknown): PyInt {
  if (x instanceof PyTuple && x.cls === tupleType) return tupleHashOf(x);
  hashCallsPython = true;
  return hashOf(x as PyValue);
}

/** hash(tuple): CPython 3.11's xxHash-based tuplehash (hashing.ts). */
export function tupleHashOf(t: PyTuple): PyInt {
  if (t.hashCache !== null) return t.hashCache;
  const outer = hashCallsPython;
  hashCallsPython = false;
  let h: PyInt;
  try {
    h = tupleHash(t.items, hashItem);
    // CPython 3.11 does not cache tuple hashes; a cache is invisible only when no element hash
    // ran Python code (or could fail): when every item is a str, an int or such a tuple.
    if (!hashCallsPython) t.hashCache = h;
  } finally {
    hashCallsPython ||= outer;
  }
  return h;
}

function tupleCompare(op: Cmp) {
  return (args: PyValue[]): PyValue => {
    const a = args[0];
    const b = args[1];
    if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) return NotImplemented;
    return compareItems(a.items, b.items, op);
  };
}

function tupleRepeat(args: PyValue[]): PyValue {
  const t = args[0] as PyTuple;
  const n = repeatCount(args[1], t.items.length);
  if (n === undefined) return NotImplemented;
  if (n === 0 || t.items.length === 0) return emptyTuple;
  if (n === 1 && t.cls === tupleType) return t;
  return new PyTuple(repeatItems(t.items, n));
}

export function initTuple(): void {
  /** tuple(iterable)'s items: like CPython, the iterator first, then the iterable's length hint. */
  const itemsForTuple = (src: PyValue): PyValue[] => {
    if (src instanceof PyTuple || typeof src === "string") return toArray(src);
    if (src instanceof PyList && src.cls === listType) return src.items.slice();
    const it = getIter(src);
    lengthHint(src, 8);
    const out: PyValue[] = [];
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
    return out;
  };
  defNew(tupleType, (args, kwnames) => {
    const cls = args[0] as PyType;
    const nkw = kwnames === null ? 0 : kwnames.length;
    // Keywords are for a subclass's __init__; without one, tuple refuses them.
    if (nkw > 0 && (cls === tupleType || cls.lookup("__init__") === objectType.ns.get("__init__"))) {
      noKwargs("tuple", kwnames);
    }
    if (args.length - nkw > 2) typeError(`tuple expected at most 1 argument, got ${args.length - nkw - 1}`);
    if (args.length - nkw === 1) return cls === tupleType ? emptyTuple : new PyTuple([], cls);
    const src = args[1];
    if (cls === tupleType) {
      if (src instanceof PyTuple && src.cls === tupleType) return src;
      return newTuple(itemsForTuple(src));
    }
    return new PyTuple(itemsForTuple(src), cls);
  });
  tupleType.exactCall = (args) => {
    if (args.length === 0) return emptyTuple;
    if (args.length !== 1) return undefined;
    const src = args[0];
    if (src instanceof PyTuple && src.cls === tupleType) return src;
    return newTuple(itemsForTuple(src));
  };
  defMethods(tupleType, {
    __len__: (args) => (args[0] as PyTuple).items.length,
    __getitem__: tupleGetItem,
    __contains__: (args) => bool(seqFind(args[0] as PyTuple, args[1], 0, (args[0] as PyTuple).items.length) >= 0),
    __iter__: (args) => new TupleIter(args[0] as PyTuple),
    __hash__: (args) => tupleHashOf(args[0] as PyTuple),
    __repr__: (args) => reprSequence(args[0] as PyTuple, "(", ")", true),
    __add__(args) {
      const a = args[0] as PyTuple;
      const b = args[1];
      if (!(b instanceof PyTuple)) return NotImplemented;
      if (b.items.length === 0 && a.cls === tupleType) return a;
      if (a.items.length === 0 && b.cls === tupleType) return b;
      if (a.items.length + b.items.length > MAX_SEQUENCE_LENGTH) raiseError(MemoryError, null);
      return new PyTuple(a.items.concat(b.items));
    },
    __mul__: tupleRepeat,
    __rmul__: tupleRepeat,
    __eq__: tupleCompare(Cmp.EQ),
    __ne__: tupleCompare(Cmp.NE),
    __lt__: tupleCompare(Cmp.LT),
    __le__: tupleCompare(Cmp.LE),
    __gt__: tupleCompare(Cmp.GT),
    __ge__: tupleCompare(Cmp.GE),
    count(args) {
      checkArgs("tuple.count", args, null, 1, 1);
      return seqCount(args[0] as PyTuple, args[1]);
    },
    index(args, kwnames) {
      noKwargs("tuple.index", kwnames);
      checkArgs("index", args, null, 1, 3);
      const t = args[0] as PyTuple;
      const len = t.items.length;
      const start = args.length > 2 ? indexBound(args[2], len) : 0;
      const stop = args.length > 3 ? indexBound(args[3], len) : len;
      const i = seqFind(t, args[1], start, stop);
      if (i < 0) valueError("tuple.index(x): x not in tuple");
      return i;
    },
    __getnewargs__(args) {
      checkArgs("tuple.__getnewargs__", args, null, 0, 0);
      return newTuple([newTuple((args[0] as PyTuple).items)]);
    },
  });
  // No types.GenericAlias yet: tuple[int] is tuple itself for now.
  defClassMethod(tupleType, "__class_getitem__", (args) => args[0]);
}
