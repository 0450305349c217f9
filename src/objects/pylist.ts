// list (CPython's Objects/listobject.c): the type's methods, slice assignment and deletion,
// and list.sort (the sorting itself is timsort.ts).
//
// A list is a PyList whose `items` array is its contents. Code that runs Python callbacks
// (comparisons, __eq__, __index__, iteration of an argument) re-reads `list.items` afterwards:
// the callback may have mutated the list, and sort() and clear() replace the array.

import {
  Cmp, compareItems, pureOrderItems, compareLists, compareStrings, getIter, index, intValue, isInstance, iterNext, repr, richCompareBool, call, truthy,
} from "./abstract";
import {
  IndexError, MemoryError, OverflowError, PyBaseException, raiseError, typeError, TypeError as TypeErrorT, valueError,
} from "./exceptions";
import { checkArgs, defClassMethod, defMethods, defNew, noKwargs } from "./native";
import { ListIter, ListRevIter } from "./pyiters";
import { LessThan, timsort } from "./timsort";
import { sliceIndices } from "./pyslice";
import {
  indexBound, itemIndex, MAX_SEQUENCE_LENGTH, repeatCount, repeatItems, reprSequence, seqCount, seqFind,
  sliceItems,
} from "./pytuple";
import { bool, listType, None, NotImplemented, PyList, PySlice, PyTuple, PyType, PyValue, tupleType, typeOf } from "./types";
import { TypeFlag } from "./object";
import { lengthHint } from "./abstract";

export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}

/**
 * The items of `v` as an array (PySequence_Fast): an exact list's or tuple's own array, else
 * a fresh one from iterating `v`. A `v` that is not iterable raises TypeError(`msg`).
 */
export function seqFast(v: PyValue, msg: string): readonly PyValue[] {
  if ((v instanceof PyList && v.cls === listType) || (v instanceof PyTuple && v.cls === tupleType)) return v.items;
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) typeError(msg);
    throw e;
  }
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** list.extend: appends every item of `v` (a list or tuple at once, anything else as it iterates). */
export function listExtend(list: PyList, v: PyValue): void {
  if ((v instanceof PyList && v.cls === listType) || (v instanceof PyTuple && v.cls === tupleType)) {
    const src = v.items;
    const n = src.length; // a.extend(a) appends a's items once
    const items = list.items;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const it = getIter(v);
  // CPython then sizes the list from the iterable's length hint (which can run Python code).
  lengthHint(v, 8);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) list.items.push(x);
}

/** An index argument converted like PyNumber_AsSsize_t (insert, pop). */
function ssizeIndex(v: PyValue): number {
  const i = typeof v === "number" ? v : index(v);
  if (typeof i === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

/** Replaces items[lo:hi] with `src` (list_ass_slice with start/stop already adjusted). */
function replaceRange(list: PyList, lo: number, hi: number, src: readonly PyValue[]): void {
  const items = list.items;
  // The conversion of the value may have run Python code that shrank the list.
  if (lo > items.length) lo = items.length;
  if (hi > items.length) hi = items.length;
  if (hi < lo) hi = lo;
  if (src.length < 4096) {
    items.splice(lo, hi - lo, ...src);
  } else {
    list.items = items.slice(0, lo).concat(src as PyValue[], items.slice(hi));
  }
}

/** list[s] = value for a slice `s`. */
function assignSlice(list: PyList, s: PySlice, value: PyValue): void {
  const [start, stop, step, count] = sliceIndices(s, list.items.length);
  if (step === 1) {
    const src = value === list ? list.items.slice() : seqFast(value, "can only assign an iterable");
    replaceRange(list, start, stop, src);
    return;
  }
  const src = value === list ? list.items.slice() : seqFast(value, "must assign iterable to extended slice");
  if (src.length !== count) {
    valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${count}`);
  }
  const items = list.items;
  for (let i = 0, j = start; i < count; i++, j += step) {
    if (j >= 0 && j < items.length) items[j] = src[i];
  }
}

/** del list[s] for a slice `s`. */
function deleteSlice(list: PyList, s: PySlice): void {
  let [start, , step, count] = sliceIndices(s, list.items.length);
  if (count === 0) return;
  if (step < 0) {
    // The same positions, visited upwards.
    start += step * (count - 1);
    step = -step;
  }
  const items = list.items;
  if (step === 1) {
    items.splice(start, count);
    return;
  }
  // Compact in place, dropping positions start, start+step, ... (count of them).
  let w = start;
  let next = start;
  let dropped = 0;
  for (let r = start; r < items.length; r++) {
    if (r === next && dropped < count) {
      dropped++;
      next += step;
      continue;
    }
    items[w++] = items[r];
  }
  items.length = w;
}

export const LIST_INDEX_RANGE = "list index out of range";

export function listGetItem(args: PyValue[]): PyValue {
  if (args.length !== 2) checkArgs("list.__getitem__", args, null, 1, 1);
  const list = args[0] as PyList;
  const key = args[1];
  if (typeof key === "number") {
    const items = list.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    raiseError(IndexError, LIST_INDEX_RANGE);
  }
  if (key instanceof PySlice) return new PyList(sliceItems(list.items, key));
  let i = itemIndex(key, "list");
  const items = list.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseError(IndexError, LIST_INDEX_RANGE);
  return items[i];
}

export function listSetItem(args: PyValue[]): PyValue {
  const list = args[0] as PyList;
  const key = args[1];
  const value = args[2];
  if (key instanceof PySlice) {
    assignSlice(list, key, value);
    return None;
  }
  let i = itemIndex(key, "list");
  const items = list.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseError(IndexError, "list assignment index out of range");
  items[i] = value;
  return None;
}

function listDelItem(args: PyValue[]): PyValue {
  const list = args[0] as PyList;
  const key = args[1];
  if (key instanceof PySlice) {
    deleteSlice(list, key);
    return None;
  }
  let i = itemIndex(key, "list");
  const items = list.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseError(IndexError, "list assignment index out of range");
  items.splice(i, 1);
  return None;
}

function listCompare(op: Cmp) {
  return (args: PyValue[]): PyValue => {
    const a = args[0];
    const b = args[1];
    if (!(a instanceof PyList) || !(b instanceof PyList)) return NotImplemented;
    return compareLists(a, b, op);
  };
}

function listRepeat(args: PyValue[]): PyValue {
  const list = args[0] as PyList;
  const n = repeatCount(args[1], list.items.length);
  if (n === undefined) return NotImplemented;
  return new PyList(repeatItems(list.items, n));
}

// ---- sort -----------------------------------------------------------------------------------

function allNumbers(a: readonly PyValue[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== "number") return false;
  return true;
}

function allStrings(a: readonly PyValue[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== "string") return false;
  return true;
}

// The comparison the sort asks for: a < b, when Python code may run (a comparison method, or
// a tuple holding anything but ints, strs and such tuples): timsort.ts makes the comparisons
// CPython makes, in the same order.
const ltGeneric = (x: unknown, y: unknown): boolean => richCompareBool(x as PyValue, y as PyValue, Cmp.LT);
// Exact tuples are sorted by their item arrays (sortKeys), one memory indirection less per compare.
const ltItems = (x: unknown, y: unknown): boolean => truthy(compareItems(x as PyValue[], y as PyValue[], Cmp.LT));

function allTuples(a: readonly PyValue[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (!(x instanceof PyTuple && x.cls === tupleType)) return false;
  }
  return true;
}

/** Whether comparing v with a value of its kind runs no Python code and cannot fail (pureOrder). */
function isPure(v: PyValue): boolean {
  const t = typeof v;
  if (t === "number" || t === "string" || t === "bigint") return true;
  return v instanceof PyTuple && v.cls === tupleType && v.items.every(isPure);
}

/** Whether some string has a UTF-16 surrogate (then JS's < is not code-point order). */
function anySurrogate(a: readonly PyValue[]): boolean {
  for (let i = 0; i < a.length; i++) if (SURROGATE.test(a[i] as string)) return true;
  return false;
}
const SURROGATE = /[\ud800-\udfff]/;

const NOT_PURE = {};
const orderItems = (x: readonly PyValue[], y: readonly PyValue[]): number => {
  const c = pureOrderItems(x, y);
  if (c !== c) throw NOT_PURE;
  return c;
};
const orderNumbers = (x: number, y: number): number => x - y;
const orderUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Sorts pure keys (ints, strs, or tuples of those, all of one kind) with `order`, a total order
 * whose comparisons nobody can observe: then every stable sort gives CPython's result (reverse:
 * equal keys keep their order, as CPython's reverse-sort-reverse does), and V8's own, which runs
 * in machine code, is the fastest.
 */
function sortPure<K>(keys: K[], order: (x: K, y: K) => number, reverse: boolean, values: PyValue[] | null): void {
  if (values === null) {
    // (Equal ints, or equal strs, cannot be told apart: no order of them to keep.)
    keys.sort(reverse ? (x, y) => order(y, x) : order);
    return;
  }
  const n = keys.length;
  const perm = new Array<number>(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  perm.sort(reverse ? (i, j) => order(keys[j], keys[i]) : (i, j) => order(keys[i], keys[j]));
  const old = values.slice();
  for (let i = 0; i < n; i++) values[i] = old[perm[i]];
}

/**
 * Tuple keys of one shape (the same length, and at each place ints that are JS numbers, or strs,
 * or tuples of one shape again) compare as the rows of a table: the first column that differs
 * decides, as Python's tuple comparison does. Each column is one array, so that a comparison
 * is a few array reads instead of walking two tuples. Returns the order of row numbers, or null
 * when the keys have no common shape (then pureOrderItems compares them).
 */
type Column = { nums: Float64Array | null; strs: string[] | null; order: (x: string, y: string) => number };

function tupleRowOrder(keys: readonly PyValue[]): ((i: number, j: number) => number) | null {
  const n = keys.length;
  const cols: Column[] = [];
  // The columns, from the first key's leaves in order.
  const describe = (t: PyTuple): boolean => {
    for (const v of t.items) {
      if (typeof v === "number") cols.push({ nums: new Float64Array(n), strs: null, order: orderUnits });
      else if (typeof v === "string") cols.push({ nums: null, strs: new Array<string>(n), order: orderUnits });
      else if (!(v instanceof PyTuple && v.cls === tupleType && describe(v))) return false;
    }
    return true;
  };
  const shape = keys[0] as PyTuple;
  if (!describe(shape)) return null;
  // Row k's leaves, walked along the first key's shape: false where the shapes differ.
  let c = 0;
  const fill = (t: PyTuple, like: PyTuple, k: number): boolean => {
    const items = t.items;
    if (items.length !== like.items.length) return false;
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      const w = like.items[i];
      if (w instanceof PyTuple) {
        if (!(v instanceof PyTuple && v.cls === tupleType && fill(v, w, k))) return false;
        continue;
      }
      const col = cols[c++];
      if (col.nums !== null) {
        if (typeof v !== "number") return false;
        col.nums[k] = v;
      } else {
        if (typeof v !== "string") return false;
        col.strs![k] = v;
      }
    }
    return true;
  };
  for (let k = 0; k < n; k++) {
    c = 0;
    if (!fill(keys[k] as PyTuple, shape, k)) return null;
  }
  for (const col of cols) if (col.strs !== null && anySurrogate(col.strs)) col.order = compareStrings;
  const ncols = cols.length;
  return (i, j) => {
    for (let c = 0; c < ncols; c++) {
      const col = cols[c];
      const nums = col.nums;
      if (nums !== null) {
        const a = nums[i], b = nums[j];
        if (a !== b) return a < b ? -1 : 1;
      } else {
        const strs = col.strs!;
        const a = strs[i], b = strs[j];
        if (a !== b) return col.order(a, b);
      }
    }
    return 0;
  };
}

/** Sorts `keys` (with `values`, if not null, moved alongside) by a < b, with the fastest comparison that gives the same result. */
function sortKeys(keys: PyValue[], reverse: boolean, values: PyValue[] | null): void {
  if (allNumbers(keys)) sortPure(keys as number[], orderNumbers, reverse, values);
  else if (allStrings(keys)) sortPure(keys as string[], anySurrogate(keys) ? compareStrings : orderUnits, reverse, values);
  else if (allTuples(keys)) {
    const n = keys.length;
    const pure = keys.every(isPure);
    const rowOrder = pure ? tupleRowOrder(keys) : null;
    if (rowOrder !== null) {
      // The row numbers are sorted; the values (the tuples themselves without a key function) follow.
      const rows = new Array<number>(n);
      for (let i = 0; i < n; i++) rows[i] = i;
      sortPure(rows, rowOrder, reverse, values ?? keys);
      return;
    }
    const items = new Array<readonly PyValue[]>(n);
    for (let i = 0; i < n; i++) items[i] = (keys[i] as PyTuple).items;
    // Without a key function the tuples are the values: they move with their arrays.
    if (!pure) timsort(items, ltItems, reverse, values ?? keys);
    else {
      // Items of different kinds at the same place (an int and a str) have no pure order: the
      // sort stops at once, before anything moved, and timsort raises CPython's TypeError.
      try {
        sortPure(items, orderItems, reverse, values ?? keys);
      } catch (e) {
        if (e !== NOT_PURE) throw e;
        timsort(items, ltItems, reverse, values ?? keys);
      }
    }
  } else timsort(keys, ltGeneric, reverse, values);
}

/**
 * list.sort(key=key, reverse=reverse) (list_sort_impl), with timsort.ts doing the sorting.
 * While sorting, the list is empty (its array detached); if it is not the same empty array
 * afterwards, a key or a comparison mutated it: ValueError, and the sorted items replace
 * whatever was put there. When the key function or a comparison raises, the list gets back
 * its items, in whatever order the sort left them (as in CPython).
 */
export function listSort(list: PyList, key: PyValue | null, reverse: boolean): void {
  const saved = list.items;
  const n = saved.length;
  const marker: PyValue[] = [];
  list.items = marker;
  try {
    if (key === null || key === None) {
      if (n > 1) sortKeys(saved, reverse, null);
    } else {
      // CPython calls the key function even for a one-item list.
      const keys = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) keys[i] = call(key, [saved[i]]);
      if (n > 1) sortKeys(keys, reverse, saved);
    }
  } catch (e) {
    list.items = saved;
    throw e;
  }
  // (An append followed by a pop leaves the marker empty: CPython would see that mutation.)
  const modified = list.items !== marker || marker.length !== 0;
  list.items = saved;
  if (modified) valueError("list modified during sort");
}

function sortMethod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - 1 > nkw) typeError("sort() takes no positional arguments");
  if (nkw > 2) typeError(`sort() takes at most 2 keyword arguments (${nkw} given)`);
  let key: PyValue = None;
  let reverse = false;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[args.length - nkw + k];
    if (name === "key") key = v;
    else if (name === "reverse") reverse = !isZeroIndex(v);
    else typeError(`'${name}' is an invalid keyword argument for sort()`);
  }
  listSort(args[0] as PyList, key, reverse);
  return None;
}

/** `reverse` is converted as a C int (it must be an int or have __index__). */
function isZeroIndex(v: PyValue): boolean {
  const i = intValue(v) ?? index(v);
  return i === 0;
}

// ---- the type ---------------------------------------------------------------------------------

export function initList(): void {
  listType.ns.set("__hash__", None);
  // list() makes an empty list; __init__ fills it (list.__new__ ignores its arguments).
  defNew(listType, (args) => new PyList([], args[0] as PyType));
  listType.exactCall = (args) => {
    if (args.length === 0) return new PyList([]);
    if (args.length !== 1) return undefined;
    const v = args[0];
    if ((v instanceof PyList && v.cls === listType) || (v instanceof PyTuple && v.cls === tupleType)) return new PyList(v.items.slice());
    const list = new PyList([]);
    listExtend(list, v);
    return list;
  };
  defMethods(listType, {
    __init__(args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) {
        // Keywords are refused unless a subclass's own __new__ took them (list___init__).
        const t = (args[0] as PyList).cls;
        if (t === listType || t.lookup("__new__") === listType.ns.get("__new__")) typeError("list() takes no keyword arguments");
        args = args.slice(0, args.length - kwnames.length);
      }
      checkArgs("list", args, null, 0, 1);
      const list = args[0] as PyList;
      if (list.items.length !== 0) list.items = [];
      if (args.length > 1) listExtend(list, args[1]);
      return None;
    },
    append(args, kwnames) {
      if (args.length !== 2 || kwnames !== null) checkArgs("list.append", args, kwnames, 1, 1);
      (args[0] as PyList).items.push(args[1]);
      return None;
    },
    extend(args, kwnames) {
      if (args.length !== 2 || kwnames !== null) checkArgs("list.extend", args, kwnames, 1, 1);
      listExtend(args[0] as PyList, args[1]);
      return None;
    },
    insert(args, kwnames) {
      noKwargs("list.insert", kwnames);
      checkArgs("insert", args, null, 2, 2);
      const list = args[0] as PyList;
      let i = ssizeIndex(args[1]);
      const items = list.items;
      if (i < 0) {
        i += items.length;
        if (i < 0) i = 0;
      } else if (i > items.length) i = items.length;
      if (i === items.length) items.push(args[2]);
      else items.splice(i, 0, args[2]);
      return None;
    },
    pop(args, kwnames) {
      noKwargs("list.pop", kwnames);
      const list = args[0] as PyList;
      if (args.length === 1) {
        if (list.items.length === 0) raiseError(IndexError, "pop from empty list");
        return list.items.pop()!;
      }
      checkArgs("pop", args, null, 0, 1);
      let i = ssizeIndex(args[1]);
      const items = list.items;
      if (items.length === 0) raiseError(IndexError, "pop from empty list");
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) raiseError(IndexError, "pop index out of range");
      if (i === items.length - 1) return items.pop()!;
      return items.splice(i, 1)[0];
    },
    remove(args, kwnames) {
      checkArgs("list.remove", args, kwnames, 1, 1);
      const list = args[0] as PyList;
      const i = seqFind(list, args[1], 0, list.items.length);
      if (i < 0) valueError("list.remove(x): x not in list");
      list.items.splice(i, 1);
      return None;
    },
    index(args, kwnames) {
      noKwargs("list.index", kwnames);
      checkArgs("index", args, null, 1, 3);
      const list = args[0] as PyList;
      const start = args.length > 2 ? indexBound(args[2], list.items.length) : 0;
      const stop = args.length > 3 ? indexBound(args[3], list.items.length) : Number.MAX_SAFE_INTEGER;
      const i = seqFind(list, args[1], start, stop);
      if (i < 0) valueError(`${repr(args[1])} is not in list`);
      return i;
    },
    count(args, kwnames) {
      checkArgs("list.count", args, kwnames, 1, 1);
      return seqCount(args[0] as PyList, args[1]);
    },
    clear(args, kwnames) {
      checkArgs("list.clear", args, kwnames, 0, 0);
      (args[0] as PyList).items = [];
      return None;
    },
    copy(args, kwnames) {
      checkArgs("list.copy", args, kwnames, 0, 0);
      return new PyList((args[0] as PyList).items.slice());
    },
    reverse(args, kwnames) {
      checkArgs("list.reverse", args, kwnames, 0, 0);
      (args[0] as PyList).items.reverse();
      return None;
    },
    sort: sortMethod,
    __len__: (args) => (args[0] as PyList).items.length,
    __getitem__: listGetItem,
    __setitem__: listSetItem,
    __delitem__: listDelItem,
    __contains__: (args) => bool(seqFind(args[0] as PyList, args[1], 0, (args[0] as PyList).items.length) >= 0),
    __iter__: (args) => new ListIter(args[0] as PyList),
    __reversed__(args, kwnames) {
      checkArgs("list.__reversed__", args, kwnames, 0, 0);
      return new ListRevIter(args[0] as PyList);
    },
    __repr__: (args) => reprSequence(args[0] as PyList, "[", "]"),
    __add__(args) {
      const a = args[0] as PyList;
      const b = args[1];
      if (!(b instanceof PyList)) return NotImplemented;
      if (a.items.length + b.items.length > MAX_SEQUENCE_LENGTH) raiseError(MemoryError, null);
      return new PyList(a.items.concat(b.items));
    },
    __iadd__(args) {
      listExtend(args[0] as PyList, args[1]);
      return args[0];
    },
    __mul__: listRepeat,
    __rmul__: listRepeat,
    __imul__(args) {
      const list = args[0] as PyList;
      const n = repeatCount(args[1], list.items.length);
      if (n === undefined) return NotImplemented;
      if (n === 0) list.items = [];
      else if (n > 1) list.items = repeatItems(list.items, n);
      return list;
    },
    __eq__: listCompare(Cmp.EQ),
    __ne__: listCompare(Cmp.NE),
    __lt__: listCompare(Cmp.LT),
    __le__: listCompare(Cmp.LE),
    __gt__: listCompare(Cmp.GT),
    __ge__: listCompare(Cmp.GE),
  });
  // No types.GenericAlias yet: list[int] is list itself for now.
  defClassMethod(listType, "__class_getitem__", (args) => args[0]);
}
