// Iterators: those of list, tuple, str and range (CPython's listobject.c, tupleobject.c,
// unicodeobject.c, rangeobject.c), the sequence and callable iterators of iter()
// (iterobject.c), and the iterator types of the builtins enumerate, zip, map, filter and
// reversed (enumobject.c, bltinmodule.c).
//
// All are PyIter subclasses: the VM and the protocol call `next()`, which returns undefined
// at the end instead of raising StopIteration; `__next__` wraps it for Python callers. Each
// class keeps its fields monomorphic (set in the constructor, in one order).

import * as I from "./intmath";
import {
  call, callDescr, getItem, getIter, index, intValue, isInstance, iterHooks, iterNext, len, PyIter, richEqBool, SeqIter,
  strValue, truthy, typeName,
} from "./abstract";
import {
  IndexError, OverflowError, PyBaseException, raiseError, StopIteration, typeError, ValueError,
} from "./exceptions";
import { builtinFunction, checkArgs, defMethods, defNew, noKwargs } from "./native";
import { cpLength } from "./strcore";
import { TypeFlag } from "./object";
import { newRange } from "./pyrange";
import { emptyTuple, newTuple } from "./pytuple";
import {
  boolType, enumerateType, filterType, iteratorTypes, mapType, None, NotImplemented, PyBuiltinFunction, PyFunction,
  PyList, PyMethod, PyMethodDescr, PyRange, PyTuple, PyType, PyValue, reversedType, strType, True, tupleType, typeOf, zipType,
} from "./types";

// ---- list, tuple ------------------------------------------------------------------------------

export class ListIter extends PyIter {
  seq: PyList | null;
  index: number;
  constructor(seq: PyList) {
    super(iteratorTypes.list);
    this.seq = seq;
    this.index = 0;
  }
  next(): PyValue | undefined {
    const seq = this.seq;
    if (seq === null) return undefined;
    const items = seq.items;
    if (this.index < items.length) return items[this.index++];
    this.seq = null;
    return undefined;
  }
}

export class ListRevIter extends PyIter {
  seq: PyList | null;
  index: number;
  constructor(seq: PyList) {
    super(iteratorTypes.listReverse);
    this.seq = seq;
    this.index = seq.items.length - 1;
  }
  next(): PyValue | undefined {
    const seq = this.seq;
    if (seq === null) return undefined;
    const i = this.index;
    if (i >= 0 && i < seq.items.length) {
      this.index = i - 1;
      return seq.items[i];
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
}

export class TupleIter extends PyIter {
  seq: PyTuple | null;
  index: number;
  constructor(seq: PyTuple) {
    super(iteratorTypes.tuple);
    this.seq = seq;
    this.index = 0;
  }
  next(): PyValue | undefined {
    const seq = this.seq;
    if (seq === null) return undefined;
    if (this.index < seq.items.length) return seq.items[this.index++];
    this.seq = null;
    return undefined;
  }
}

// ---- str ----------------------------------------------------------------------------------------

/** Iterates a str by code point; `index` counts code points (what __reduce__ reports), `pos` UTF-16 units. */
export class StrIter extends PyIter {
  s: string | null;
  pos: number;
  index: number;
  constructor(s: string) {
    super(iteratorTypes.str);
    this.s = s;
    this.pos = 0;
    this.index = 0;
  }
  next(): PyValue | undefined {
    const s = this.s;
    if (s === null) return undefined;
    const p = this.pos;
    if (p >= s.length) {
      this.s = null;
      return undefined;
    }
    this.index++;
    const c = s.charCodeAt(p);
    if (c >= 0xd800 && c <= 0xdbff && p + 1 < s.length) {
      const d = s.charCodeAt(p + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.pos = p + 2;
        return s.substring(p, p + 2);
      }
    }
    this.pos = p + 1;
    return s[p];
  }
  /** Moves to code point `n` (0 <= n <= number of code points). */
  seek(n: number): void {
    const s = this.s!;
    let p = 0;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(p);
      p += c >= 0xd800 && c <= 0xdbff && p + 1 < s.length && (s.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    this.pos = p;
    this.index = n;
  }
}

// ---- range --------------------------------------------------------------------------------------

/**
 * A range iterator over safe ints: value i is start + i*step for i < len. (CPython 3.11's
 * rangeiterobject keeps the same four fields.)
 */
export class RangeIter extends PyIter {
  start: number;
  step: number;
  len: number;
  index: number;
  constructor(cls: PyType, start: number, step: number, len: number) {
    super(cls);
    this.start = start;
    this.step = step;
    this.len = len;
    this.index = 0;
  }
  next(): PyValue | undefined {
    if (this.index < this.len) return this.start + this.step * this.index++;
    return undefined;
  }
}

/** A range iterator where some value is not a safe int (longrangeiterobject). */
export class LongRangeIter extends PyIter {
  start: I.PyInt;
  step: I.PyInt;
  len: I.PyInt;
  index: I.PyInt;
  constructor(cls: PyType, start: I.PyInt, step: I.PyInt, len: I.PyInt) {
    super(cls);
    this.start = start;
    this.step = step;
    this.len = len;
    this.index = 0;
  }
  next(): PyValue | undefined {
    if (I.compare(this.index, this.len) >= 0) return undefined;
    const v = I.add(this.start, I.mul(this.step, this.index));
    this.index = I.add(this.index, 1);
    return v;
  }
}

const INT64_MAX = 2n ** 63n - 1n;
function fitsInt64(v: I.PyInt): boolean {
  return typeof v === "number" || (v <= INT64_MAX && v >= -INT64_MAX - 1n);
}

/**
 * The iterator of a range with these fields. The type is range_iterator when CPython would use
 * C longs (every field fits in 64 bits), else longrange_iterator; the JS class is RangeIter
 * when every value is a safe int.
 */
export function newRangeIter(start: I.PyInt, stop: I.PyInt, step: I.PyInt, length: I.PyInt): PyIter {
  const cls = fitsInt64(start) && fitsInt64(stop) && fitsInt64(step) && fitsInt64(length)
    ? iteratorTypes.range : iteratorTypes.longRange;
  if (typeof start === "number" && typeof step === "number" && typeof length === "number") {
    const last = start + step * (length > 0 ? length - 1 : 0);
    if (Number.isSafeInteger(last) && Number.isSafeInteger(start + step * length)) {
      return new RangeIter(cls, start, step, length);
    }
  }
  return new LongRangeIter(cls, start, step, length);
}

export function rangeIter(r: PyRange): PyIter {
  return newRangeIter(r.start, r.stop, r.step, r.length);
}

/** reversed(range): start at the last value, step backwards. */
export function rangeReverseIter(r: PyRange): PyIter {
  const last = I.add(r.start, I.mul(I.sub(r.length, 1), r.step));
  const step = I.neg(r.step);
  return newRangeIter(last, I.add(last, I.mul(step, r.length)), step, r.length);
}

// ---- iter(callable, sentinel) ------------------------------------------------------------------

export class CallableIter extends PyIter {
  func: PyValue | null;
  sentinel: PyValue | null;
  constructor(func: PyValue, sentinel: PyValue) {
    super(iteratorTypes.callable);
    this.func = func;
    this.sentinel = sentinel;
  }
  next(): PyValue | undefined {
    const f = this.func;
    if (f === null) return undefined;
    let r: PyValue;
    try {
      r = call(f, []);
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, StopIteration)) {
        this.func = this.sentinel = null;
        return undefined;
      }
      throw e;
    }
    // CPython compares sentinel == result, in that order.
    if (richEqBool(this.sentinel!, r)) {
      this.func = this.sentinel = null;
      return undefined;
    }
    return r;
  }
}

// ---- enumerate, zip, map, filter, reversed -------------------------------------------------------

export class EnumerateIter extends PyIter {
  it: PyValue;
  count: I.PyInt;
  constructor(cls: PyType, it: PyValue, start: I.PyInt) {
    super(cls);
    this.it = it;
    this.count = start;
  }
  next(): PyValue | undefined {
    const x = iterNext(this.it);
    if (x === undefined) return undefined;
    const i = this.count;
    this.count = typeof i === "number" && i < I.MAX_SAFE ? i + 1 : I.add(i, 1);
    return new PyTuple([i, x]);
  }
}

export class ZipIter extends PyIter {
  iters: PyValue[];
  strict: boolean;
  constructor(cls: PyType, iters: PyValue[], strict: boolean) {
    super(cls);
    this.iters = iters;
    this.strict = strict;
  }
  next(): PyValue | undefined {
    const iters = this.iters;
    const n = iters.length;
    if (n === 0) return undefined;
    const out = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      const x = iterNext(iters[i]);
      if (x === undefined) {
        if (this.strict) this.checkStrict(i);
        return undefined;
      }
      out[i] = x;
    }
    return new PyTuple(out);
  }
  /** zip(strict=True) found iterator i exhausted: the others must be exhausted too. */
  private checkStrict(i: number): void {
    const plural = (k: number) => (k === 1 ? " " : "s 1-");
    if (i > 0) raiseError(ValueError, `zip() argument ${i + 1} is shorter than argument${plural(i)}${i}`);
    for (let k = 1; k < this.iters.length; k++) {
      if (iterNext(this.iters[k]) !== undefined) {
        raiseError(ValueError, `zip() argument ${k + 1} is longer than argument${plural(k)}${k}`);
      }
    }
  }
}

export class MapIter extends PyIter {
  func: PyValue;
  iters: PyValue[];
  constructor(cls: PyType, func: PyValue, iters: PyValue[]) {
    super(cls);
    this.func = func;
    this.iters = iters;
  }
  next(): PyValue | undefined {
    const iters = this.iters;
    if (iters.length === 1) {
      const x = iterNext(iters[0]);
      return x === undefined ? undefined : call(this.func, [x]);
    }
    const args = new Array<PyValue>(iters.length);
    for (let i = 0; i < iters.length; i++) {
      const x = iterNext(iters[i]);
      if (x === undefined) return undefined;
      args[i] = x;
    }
    return call(this.func, args);
  }
}

export class FilterIter extends PyIter {
  func: PyValue;
  it: PyValue;
  constructor(cls: PyType, func: PyValue, it: PyValue) {
    super(cls);
    this.func = func;
    this.it = it;
  }
  next(): PyValue | undefined {
    const f = this.func;
    // filter(None, ...) and filter(bool, ...) test the items' truth directly, as CPython does.
    const plain = f === None || f === boolType;
    for (;;) {
      const x = iterNext(this.it);
      if (x === undefined) return undefined;
      if (plain ? truthy(x) : truthy(call(f, [x]))) return x;
    }
  }
}

/** reversed() over a sequence without __reversed__: seq[len-1], ..., seq[0]. */
export class ReversedIter extends PyIter {
  seq: PyValue | null;
  index: number;
  constructor(cls: PyType, seq: PyValue, index: number) {
    super(cls);
    this.seq = seq;
    this.index = index;
  }
  next(): PyValue | undefined {
    const seq = this.seq;
    if (seq !== null && this.index >= 0) {
      // An exact tuple's item directly (its __getitem__ runs no Python code).
      if (seq instanceof PyTuple && seq.cls === tupleType && this.index < seq.items.length) return seq.items[this.index--];
      try {
        const x = getItem(seq, this.index);
        this.index--;
        return x;
      } catch (e) {
        if (!(e instanceof PyBaseException && (isInstance(e, IndexError) || isInstance(e, StopIteration)))) throw e;
      }
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
}

// ---- shared method implementations ---------------------------------------------------------------

function iterNextMethod(args: PyValue[]): PyValue {
  const v = (args[0] as PyIter).next();
  if (v === undefined) raiseError(StopIteration);
  return v;
}

function iterSelf(args: PyValue[]): PyValue {
  return args[0];
}

/** The argument of __setstate__ (PyLong_AsSsize_t: an int, no __index__). */
export function stateIndex(v: PyValue): number {
  const i = intValue(v);
  if (i === undefined) typeError("an integer is required");
  if (typeof i === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

function clamp(i: number, lo: number, hi: number): number {
  return i < lo ? lo : i > hi ? hi : i;
}

/** builtins.iter, which the iterators' __reduce__ return (`iter(x)`, `iter(callable, sentinel)`). */
export const builtinIter: PyBuiltinFunction = builtinFunction("iter", (args, kwnames) => {
  noKwargs("iter", kwnames);
  checkArgs("iter", args, null, 1, 2, 0);
  if (args.length === 1) return getIter(args[0]);
  if (!isCallable(args[0])) typeError("iter(v, w): v must be callable");
  return new CallableIter(args[0], args[1]);
});

function isCallable(v: PyValue): boolean {
  if (typeof v !== "object") return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyType ||
      v instanceof PyMethodDescr) return true;
  return v.cls.lookup("__call__") !== undefined;
}

/** `(iter, (empty,))`, what an exhausted iterator pickles as. */
export function reduceExhausted(empty: PyValue): PyValue {
  return newTuple([builtinIter, newTuple([empty])]);
}

export function reduceAt(seq: PyValue, index: I.PyInt): PyValue {
  return newTuple([builtinIter, newTuple([seq]), index]);
}

/** Installs __iter__, __next__ and the given extra methods on an iterator type. */
function defIterator(t: PyType, extra: Record<string, (args: PyValue[], kwnames: readonly string[] | null) => PyValue>): void {
  defMethods(t, { __iter__: iterSelf, __next__: iterNextMethod, ...extra });
}

function noArgs(name: string) {
  return (args: PyValue[], kwnames: readonly string[] | null) => checkArgs(name, args, kwnames, 0, 0);
}

function oneArg(name: string) {
  return (args: PyValue[], kwnames: readonly string[] | null) => checkArgs(name, args, kwnames, 1, 1);
}

// ---- constructors of the builtin iterator types -----------------------------------------------

function enumerateNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 2) typeError(`enumerate() takes at most 2 arguments (${npos} given)`);
  let iterable: PyValue | undefined = npos > 0 ? args[1] : undefined;
  let start: PyValue | undefined = npos > 1 ? args[2] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[1 + npos + k];
    if (name === "iterable" && iterable === undefined) iterable = v;
    else if (name === "start" && start === undefined) start = v;
    else typeError(`'${name}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) typeError("enumerate() missing required argument 'iterable'");
  const it = getIter(iterable);
  return new EnumerateIter(cls, it, start === undefined ? 0 : index(start));
}

function zipNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  let strict = false;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] !== "strict") typeError(`'${kwnames![k]}' is an invalid keyword argument for zip()`);
    strict = truthy(args[1 + npos + k]);
  }
  const iters = new Array<PyValue>(npos);
  for (let i = 0; i < npos; i++) iters[i] = getIter(args[1 + i]);
  return new ZipIter(cls, iters, strict);
}

function mapNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  // Keywords are refused unless a subclass's own __init__ takes them (map_new).
  if (cls === mapType || cls.lookup("__init__") === mapType.lookup("__init__")) noKwargs("map", kwnames);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos < 2) typeError("map() must have at least two arguments.");
  const iters = new Array<PyValue>(npos - 1);
  for (let i = 0; i < npos - 1; i++) iters[i] = getIter(args[2 + i]);
  return new MapIter(cls, args[1], iters);
}

function filterNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  if (cls === filterType || cls.lookup("__init__") === filterType.lookup("__init__")) noKwargs("filter", kwnames);
  const nkw = kwnames === null ? 0 : kwnames.length;
  checkArgs("filter", args.slice(0, args.length - nkw), null, 2, 2);
  return new FilterIter(cls, args[1], getIter(args[2]));
}

/** True for what PySequence_Check accepts: a __getitem__, and not a dict. */
function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.flags & TypeFlag.DICT_SUBCLASS) return false;
  return t.lookup("__getitem__") !== undefined;
}

function reversedNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  if (cls === reversedType) noKwargs("reversed", kwnames);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos !== 1) typeError(`reversed expected 1 argument, got ${npos}`);
  const seq = args[1];
  const rm = typeOf(seq).lookup("__reversed__");
  if (rm === None) typeError(`'${typeName(seq)}' object is not reversible`);
  if (rm !== undefined) return callDescr(rm, seq, []);
  if (!isSequence(seq)) typeError(`'${typeName(seq)}' object is not reversible`);
  return new ReversedIter(cls, seq, len(seq) - 1);
}

export function initIters(): void {
  iterHooks.seqIterType = iteratorTypes.seq;
  iterHooks.listIter = (v) => new ListIter(v);
  iterHooks.tupleIter = (v) => new TupleIter(v);
  iterHooks.rangeIter = rangeIter;
  // str's own file may define __iter__ as well; this one is the iterator of this file.
  if (!strType.ns.has("__iter__")) {
    defMethods(strType, { __iter__: (args) => new StrIter(strValue(args[0])!) });
  }

  defIterator(iteratorTypes.list, {
    __length_hint__(args, kw) {
      noArgs("list_iterator.__length_hint__")(args, kw);
      const it = args[0] as ListIter;
      return it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.index);
    },
    __reduce__(args) {
      const it = args[0] as ListIter;
      return it.seq === null ? reduceExhausted(new PyList([])) : reduceAt(it.seq, it.index);
    },
    __setstate__(args, kw) {
      oneArg("list_iterator.__setstate__")(args, kw);
      const it = args[0] as ListIter;
      const i = stateIndex(args[1]);
      if (it.seq !== null) it.index = clamp(i, 0, it.seq.items.length);
      return None;
    },
  });
  defIterator(iteratorTypes.listReverse, {
    __length_hint__(args, kw) {
      noArgs("list_reverseiterator.__length_hint__")(args, kw);
      const it = args[0] as ListRevIter;
      const n = it.index + 1;
      return it.seq === null || it.seq.items.length < n ? 0 : n;
    },
    __reduce__(args) {
      const it = args[0] as ListRevIter;
      return it.seq === null ? reduceExhausted(new PyList([])) : newTuple([reversedType, newTuple([it.seq]), it.index]);
    },
    __setstate__(args, kw) {
      oneArg("list_reverseiterator.__setstate__")(args, kw);
      const it = args[0] as ListRevIter;
      const i = stateIndex(args[1]);
      if (it.seq !== null) it.index = clamp(i, -1, it.seq.items.length - 1);
      return None;
    },
  });
  defIterator(iteratorTypes.tuple, {
    __length_hint__(args, kw) {
      noArgs("tuple_iterator.__length_hint__")(args, kw);
      const it = args[0] as TupleIter;
      return it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.index);
    },
    __reduce__(args) {
      const it = args[0] as TupleIter;
      return it.seq === null ? reduceExhausted(emptyTuple) : reduceAt(it.seq, it.index);
    },
    __setstate__(args, kw) {
      oneArg("tuple_iterator.__setstate__")(args, kw);
      const it = args[0] as TupleIter;
      const i = stateIndex(args[1]);
      if (it.seq !== null) it.index = clamp(i, 0, it.seq.items.length);
      return None;
    },
  });
  defIterator(iteratorTypes.str, {
    __length_hint__(args, kw) {
      noArgs("str_ascii_iterator.__length_hint__")(args, kw);
      const it = args[0] as StrIter;
      return it.s === null ? 0 : cpLength(it.s.substring(it.pos));
    },
    __reduce__(args) {
      const it = args[0] as StrIter;
      return it.s === null ? reduceExhausted("") : reduceAt(it.s, it.index);
    },
    __setstate__(args, kw) {
      oneArg("str_ascii_iterator.__setstate__")(args, kw);
      const it = args[0] as StrIter;
      const i = stateIndex(args[1]);
      if (it.s !== null) it.seek(clamp(i, 0, cpLength(it.s)));
      return None;
    },
  });
  for (const t of [iteratorTypes.range, iteratorTypes.longRange]) {
    defIterator(t, {
      __length_hint__(args, kw) {
        noArgs(`${t.name}.__length_hint__`)(args, kw);
        const it = args[0] as RangeIter | LongRangeIter;
        return I.sub(it.len, it.index);
      },
      __reduce__(args) {
        const it = args[0] as RangeIter | LongRangeIter;
        const stop = I.add(it.start, I.mul(it.len, it.step));
        return reduceAt(newRange(it.start, stop, it.step), it.index);
      },
      __setstate__(args, kw) {
        oneArg(`${t.name}.__setstate__`)(args, kw);
        const it = args[0] as RangeIter | LongRangeIter;
        let i: I.PyInt = it instanceof RangeIter ? stateIndex(args[1]) : index(args[1]);
        if (I.isNegative(i)) i = 0;
        else if (I.compare(i, it.len) > 0) i = it.len;
        if (it instanceof RangeIter) it.index = i as number;
        else it.index = i;
        return None;
      },
    });
  }
  defIterator(iteratorTypes.seq, {
    __length_hint__(args, kw) {
      noArgs("iterator.__length_hint__")(args, kw);
      const it = args[0] as SeqIter;
      if (it.done) return 0;
      if (typeOf(it.seq).lookup("__len__") === undefined) return NotImplemented;
      return Math.max(0, len(it.seq) - it.i);
    },
    __reduce__(args) {
      const it = args[0] as SeqIter;
      return it.done ? reduceExhausted(emptyTuple) : reduceAt(it.seq, it.i);
    },
    __setstate__(args, kw) {
      oneArg("iterator.__setstate__")(args, kw);
      const it = args[0] as SeqIter;
      const i = stateIndex(args[1]);
      if (!it.done) it.i = i < 0 ? 0 : i;
      return None;
    },
  });
  defIterator(iteratorTypes.callable, {
    __reduce__(args) {
      const it = args[0] as CallableIter;
      return it.func === null ? reduceExhausted(emptyTuple) : newTuple([builtinIter, newTuple([it.func, it.sentinel!])]);
    },
  });

  // ---- the builtin iterator types ----
  defNew(enumerateType, enumerateNew);
  enumerateType.exactCall = (args) => enumerateType.nativeNew!(enumerateType, args, null);
  defIterator(enumerateType, {
    __reduce__(args) {
      const e = args[0] as EnumerateIter;
      return newTuple([e.cls, newTuple([e.it, e.count])]);
    },
  });
  defNew(zipType, zipNew);
  zipType.exactCall = (args) => zipType.nativeNew!(zipType, args, null);
  defIterator(zipType, {
    __reduce__(args) {
      const z = args[0] as ZipIter;
      const its = newTuple(z.iters);
      return z.strict ? newTuple([z.cls, its, True]) : newTuple([z.cls, its]);
    },
    __setstate__(args, kw) {
      oneArg("zip.__setstate__")(args, kw);
      (args[0] as ZipIter).strict = truthy(args[1]);
      return None;
    },
  });
  defNew(mapType, mapNew);
  defIterator(mapType, {
    __reduce__(args) {
      const m = args[0] as MapIter;
      return newTuple([m.cls, newTuple([m.func, ...m.iters])]);
    },
  });
  defNew(filterType, filterNew);
  defIterator(filterType, {
    __reduce__(args) {
      const f = args[0] as FilterIter;
      return newTuple([f.cls, newTuple([f.func, f.it])]);
    },
  });
  defNew(reversedType, reversedNew);
  reversedType.exactCall = (args) => reversedType.nativeNew!(reversedType, args, null);
  defIterator(reversedType, {
    __length_hint__(args, kw) {
      noArgs("reversed.__length_hint__")(args, kw);
      const r = args[0] as ReversedIter;
      if (r.seq === null) return 0;
      const n = len(r.seq);
      return n < r.index + 1 ? 0 : r.index + 1;
    },
    __reduce__(args) {
      const r = args[0] as ReversedIter;
      return r.seq === null ? newTuple([r.cls, newTuple([emptyTuple])]) : newTuple([r.cls, newTuple([r.seq]), r.index]);
    },
    __setstate__(args, kw) {
      oneArg("reversed.__setstate__")(args, kw);
      const r = args[0] as ReversedIter;
      let i = stateIndex(args[1]);
      if (r.seq !== null) {
        const n = len(r.seq);
        i = clamp(i, -1, n - 1);
        r.index = i;
      }
      return None;
    },
  });
}
