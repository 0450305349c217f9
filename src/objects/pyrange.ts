// range (CPython's Objects/rangeobject.c). Fields are ints of any size (PyInt); the length is
// computed once, at creation. Indexing, slicing and membership of ints are arithmetic, never
// iteration.

import { Cmp, hashOf, index, intValue, repr, richEqBool, typeName } from "./abstract";
import { IndexError, OverflowError, raiseError, typeError, valueError } from "./exceptions";
import { tupleHash } from "./hashing";
import * as I from "./intmath";
import { checkArgs, defGetSet, defMethods, defNew, noKwargs } from "./native";
import { rangeIter, rangeReverseIter } from "./pyiters";
import { sliceIndicesBig } from "./pyslice";
import { newTuple } from "./pytuple";
import { bool, boolType, None, NotImplemented, PyIntObj, PyRange, PySlice, PyValue, rangeType, typeOf } from "./types";

/** Number of values of range(start, stop, step), step != 0 (get_len_of_range). */
export function rangeLength(start: I.PyInt, stop: I.PyInt, step: I.PyInt): I.PyInt {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    const d = step > 0 ? stop - start : start - stop;
    if (d <= 0) return 0;
    if (Number.isSafeInteger(d)) return Math.floor((d - 1) / Math.abs(step)) + 1;
  }
  const pos = !I.isNegative(step);
  const lo = pos ? start : stop;
  const hi = pos ? stop : start;
  if (I.compare(lo, hi) >= 0) return 0;
  return I.add(I.floordiv(I.sub(I.sub(hi, lo), 1), I.abs(step)), 1);
}

export function newRange(start: I.PyInt, stop: I.PyInt, step: I.PyInt): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

/** r[i] without bounds checks (compute_item). */
function item(r: PyRange, i: I.PyInt): I.PyInt {
  if (typeof i === "number" && typeof r.start === "number" && typeof r.step === "number") {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return I.add(r.start, I.mul(i, r.step));
}

/** ob is an exact int or a bool: range answers membership for those by arithmetic. */
function exactInt(v: PyValue): I.PyInt | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (v instanceof PyIntObj && v.cls === boolType) return v.value;
  return undefined;
}

function containsInt(r: PyRange, v: I.PyInt): boolean {
  if (I.isNegative(r.step)) {
    if (!(I.compare(r.stop, v) < 0 && I.compare(v, r.start) <= 0)) return false;
  } else if (!(I.compare(r.start, v) <= 0 && I.compare(v, r.stop) < 0)) return false;
  return I.isZero(I.mod(I.sub(v, r.start), r.step));
}

/** Position of x in r by iterating with == (the generic sequence search), or -1. */
function searchByEq(r: PyRange, x: PyValue, countAll: boolean): I.PyInt {
  let found: I.PyInt = countAll ? 0 : -1;
  for (let i: I.PyInt = 0; I.compare(i, r.length) < 0; i = I.add(i, 1)) {
    if (richEqBool(item(r, i), x)) {
      if (!countAll) return i;
      found = I.add(found, 1);
    }
  }
  return found;
}

const SSIZE_MAX = 2n ** 63n - 1n;

function rangeGetItem(args: PyValue[]): PyValue {
  if (args.length !== 2) checkArgs("range.__getitem__", args, null, 1, 1);
  const r = args[0] as PyRange;
  const key = args[1];
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndicesBig(key, r.length);
    return newRange(item(r, start), item(r, stop), I.mul(step, r.step));
  }
  if (intValue(key) === undefined && typeOf(key).lookup("__index__") === undefined) {
    typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  }
  let i = index(key);
  if (I.isNegative(i)) i = I.add(i, r.length);
  if (I.isNegative(i) || I.compare(i, r.length) >= 0) raiseError(IndexError, "range object index out of range");
  return item(r, i);
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  if (a.length === 1) return true;
  return a.step === b.step;
}

function rangeCompare(op: Cmp) {
  return (args: PyValue[]): PyValue => {
    const a = args[0];
    const b = args[1];
    if (!(a instanceof PyRange) || !(b instanceof PyRange)) return NotImplemented;
    return bool(rangeEquals(a, b) === (op === Cmp.EQ));
  };
}

export function initRange(): void {
  defNew(rangeType, (args, kwnames) => {
    noKwargs("range", kwnames);
    checkArgs("range", args, null, 1, 3);
    if (args.length === 2) return newRange(0, index(args[1]), 1);
    const start = index(args[1]);
    const stop = index(args[2]);
    let step: I.PyInt = 1;
    if (args.length === 4) {
      step = index(args[3]);
      if (step === 0) valueError("range() arg 3 must not be zero");
    }
    return newRange(start, stop, step);
  });
  rangeType.exactCall = (args) => {
    const n = args.length;
    if (n === 1) return newRange(0, index(args[0]), 1);
    if (n === 2) return newRange(index(args[0]), index(args[1]), 1);
    if (n !== 3) return undefined;
    const start = index(args[0]);
    const stop = index(args[1]);
    const step = index(args[2]);
    if (step === 0) valueError("range() arg 3 must not be zero");
    return newRange(start, stop, step);
  };
  defGetSet(rangeType, "start", (r) => (r as PyRange).start);
  defGetSet(rangeType, "stop", (r) => (r as PyRange).stop);
  defGetSet(rangeType, "step", (r) => (r as PyRange).step);
  defMethods(rangeType, {
    __len__(args) {
      const n = (args[0] as PyRange).length;
      if (typeof n === "bigint" && n > SSIZE_MAX) raiseError(OverflowError, "Python int too large to convert to C ssize_t");
      return n;
    },
    __bool__: (args) => bool((args[0] as PyRange).length !== 0),
    __getitem__: rangeGetItem,
    __iter__: (args) => rangeIter(args[0] as PyRange),
    __reversed__(args, kwnames) {
      checkArgs("range.__reversed__", args, kwnames, 0, 0);
      return rangeReverseIter(args[0] as PyRange);
    },
    __contains__(args) {
      const r = args[0] as PyRange;
      const v = exactInt(args[1]);
      if (v !== undefined) return bool(containsInt(r, v));
      return bool(searchByEq(r, args[1], false) !== -1);
    },
    count(args, kwnames) {
      checkArgs("range.count", args, kwnames, 1, 1);
      const r = args[0] as PyRange;
      const v = exactInt(args[1]);
      if (v !== undefined) return containsInt(r, v) ? 1 : 0;
      return searchByEq(r, args[1], true);
    },
    index(args, kwnames) {
      checkArgs("range.index", args, kwnames, 1, 1);
      const r = args[0] as PyRange;
      const v = exactInt(args[1]);
      if (v !== undefined) {
        if (!containsInt(r, v)) valueError(`${repr(args[1])} is not in range`);
        return I.floordiv(I.sub(v, r.start), r.step);
      }
      const i = searchByEq(r, args[1], false);
      if (i === -1) valueError("sequence.index(x): x not in sequence");
      return i;
    },
    __eq__: rangeCompare(Cmp.EQ),
    __ne__: rangeCompare(Cmp.NE),
    __hash__(args) {
      // hash((len, start, step)), with None for what the equality above ignores.
      const r = args[0] as PyRange;
      const t = r.length === 0 ? [0, None, None] : r.length === 1 ? [1, r.start, None] : [r.length, r.start, r.step];
      return tupleHash(t, (x) => hashOf(x as PyValue));
    },
    __repr__(args) {
      const r = args[0] as PyRange;
      if (r.step === 1) return `range(${repr(r.start)}, ${repr(r.stop)})`;
      return `range(${repr(r.start)}, ${repr(r.stop)}, ${repr(r.step)})`;
    },
    __reduce__(args) {
      const r = args[0] as PyRange;
      return newTuple([rangeType, newTuple([r.start, r.stop, r.step])]);
    },
  });
}
