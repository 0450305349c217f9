// slice objects (CPython's Objects/sliceobject.c): the type's methods, and the index
// arithmetic every sequence uses to apply a slice (`sliceIndices`, PySlice_Unpack followed by
// PySlice_AdjustIndices) or to apply it exactly on big ints (`sliceIndicesBig`, as
// slice.indices() and range slicing do).

import { Cmp, compareItems, index, intValue, repr } from "./abstract";
import { typeError, valueError } from "./exceptions";
import * as I from "./intmath";
import { checkArgs, defGetSet, defMethods, defNew, noKwargs } from "./native";
import { newTuple } from "./pytuple";
import { None, NotImplemented, PySlice, PyValue, sliceType, typeOf } from "./types";

const MAX = Number.MAX_SAFE_INTEGER;

/**
 * A slice bound as a JS number: None gives `dflt`, an int or an object with __index__ its
 * value clamped to +-(2^53 - 1). CPython clamps to Py_ssize_t instead; no JS sequence is long
 * enough for the difference to show.
 */
function boundNumber(v: PyValue, dflt: number): number {
  if (typeof v === "number") return v;
  if (v === None) return dflt;
  let i = intValue(v);
  if (i === undefined) {
    if (typeOf(v).lookup("__index__") === undefined) {
      typeError("slice indices must be integers or None or have an __index__ method");
    }
    i = index(v);
  }
  if (typeof i === "number") return i;
  return i > 0n ? MAX : -MAX;
}

/**
 * The slice applied to a sequence of `length` items: [start, stop, step, count], with start and
 * stop adjusted into the sequence (PySlice_Unpack + PySlice_AdjustIndices).
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = boundNumber(s.step, 1);
    if (step === 0) valueError("slice step cannot be zero");
  }
  const neg = step < 0;
  let start = boundNumber(s.start, neg ? MAX : 0);
  let stop = boundNumber(s.stop, neg ? -MAX : MAX);
  if (start < 0) {
    start += length;
    if (start < 0) start = neg ? -1 : 0;
  } else if (start >= length) start = neg ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = neg ? -1 : 0;
  } else if (stop >= length) stop = neg ? length - 1 : length;
  let count = 0;
  if (neg) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/** A slice bound for the exact computation: None stays undefined, anything else goes through __index__. */
function boundBig(v: PyValue): I.PyInt | undefined {
  if (v === None) return undefined;
  const i = intValue(v);
  if (i !== undefined) return i;
  if (typeOf(v).lookup("__index__") === undefined) {
    typeError("slice indices must be integers or None or have an __index__ method");
  }
  return index(v);
}

/**
 * The slice applied exactly to a sequence of `length` items (`length` >= 0): [start, stop,
 * step] as slice.indices() returns them (_PySlice_GetLongIndices).
 */
export function sliceIndicesBig(s: PySlice, length: I.PyInt): [I.PyInt, I.PyInt, I.PyInt] {
  let step: I.PyInt = 1;
  const st = boundBig(s.step);
  if (st !== undefined) {
    if (st === 0) valueError("slice step cannot be zero");
    step = st;
  }
  const neg = I.isNegative(step);
  const lower: I.PyInt = neg ? -1 : 0;
  const upper: I.PyInt = neg ? I.sub(length, 1) : length;
  const adjust = (v: I.PyInt | undefined, dflt: I.PyInt): I.PyInt => {
    if (v === undefined) return dflt;
    if (I.isNegative(v)) {
      v = I.add(v, length);
      return I.compare(v, lower) < 0 ? lower : v;
    }
    return I.compare(v, upper) > 0 ? upper : v;
  };
  const start = adjust(boundBig(s.start), neg ? upper : lower);
  const stop = adjust(boundBig(s.stop), neg ? lower : upper);
  return [start, stop, step];
}

export function initSlice(): void {
  sliceType.ns.set("__hash__", None); // 3.11: slices are unhashable (3.12 made them hashable)
  defNew(sliceType, (args, kwnames) => {
    noKwargs("slice", kwnames);
    checkArgs("slice", args, null, 1, 3);
    if (args.length === 2) return new PySlice(None, args[1], None);
    return new PySlice(args[1], args[2], args.length > 3 ? args[3] : None);
  });
  defGetSet(sliceType, "start", (s) => (s as PySlice).start);
  defGetSet(sliceType, "stop", (s) => (s as PySlice).stop);
  defGetSet(sliceType, "step", (s) => (s as PySlice).step);
  defMethods(sliceType, {
    indices(args) {
      checkArgs("slice.indices", args, null, 1, 1);
      const length = index(args[1]);
      if (I.isNegative(length)) valueError("length should not be negative");
      return newTuple(sliceIndicesBig(args[0] as PySlice, length));
    },
    __repr__(args) {
      const s = args[0] as PySlice;
      return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
    },
    __reduce__(args) {
      const s = args[0] as PySlice;
      return newTuple([sliceType, newTuple([s.start, s.stop, s.step])]);
    },
    // Slices compare as the tuples (start, stop, step), ordering included.
    __eq__: (args) => sliceCompare(args, Cmp.EQ),
    __ne__: (args) => sliceCompare(args, Cmp.NE),
    __lt__: (args) => sliceCompare(args, Cmp.LT),
    __le__: (args) => sliceCompare(args, Cmp.LE),
    __gt__: (args) => sliceCompare(args, Cmp.GT),
    __ge__: (args) => sliceCompare(args, Cmp.GE),
  });
}

function sliceCompare(args: PyValue[], op: Cmp): PyValue {
  const a = args[0];
  const b = args[1];
  if (!(a instanceof PySlice) || !(b instanceof PySlice)) return NotImplemented;
  return compareItems([a.start, a.stop, a.step], [b.start, b.stop, b.step], op);
}
