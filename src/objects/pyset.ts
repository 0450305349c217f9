// set and frozenset (CPython 3.11's Objects/setobject.c): the PySet object, the methods of
// both types, the set iterator, and the VM's BUILD_SET / SET_ADD / frozenset constants.
//
// Storage is SetStore (setstore.ts), which reproduces CPython's table so that sets iterate in
// CPython's order. That holds only if every operation drives the store the way CPython's
// function does (which argument is copied, which is iterated, with which hashes), so each
// function below names the setobject.c function it follows and keeps its branches:
// "any set" (set, frozenset, or a subclass: PyAnySet_Check) operands use the store's bulk
// operations; an exact dict uses the hashes it stored; any other iterable is iterated.
//
// One JS class serves set, frozenset and their subclasses; `cls` tells them apart. Results of
// operations have the "base type" of the left operand (make_new_set_basetype): set for set
// and its subclasses, frozenset for frozenset and its subclasses.

import { callDescr, getIter, iterNext, PyIter, repr, typeName } from "./abstract";
import {
  isInstanceOfExc, KeyError, PyBaseException, raiseError, RuntimeError, StopIteration, typeError,
  TypeError as TypeErrorT,
} from "./exceptions";
import type { PyInt } from "./intmath";
import { checkArgs, defClassMethod, defMethods, defNew, noKwargs } from "./native";
import { PyDict } from "./pydict";
import { builtinIter } from "./pyiters";
import { newTuple, reprEnter, reprLeave } from "./pytuple";
import { SetStore } from "./setstore";
import {
  bool, dictType, False, frozensetType, iteratorTypes, listType, None, NotImplemented, objectType, PyBuiltinFunction, PyList,
  PyObject, PyTuple, PyType, PyValue, setType, tupleType, typeOf, type NativeFn,
} from "./types";
import { runtime } from "../vm/runtime";

export class PySet extends PyObject {
  store: SetStore;
  /** hash(frozenset), once computed (CPython's so->hash; -1 there, null here). */
  hashCache: PyInt | null;

  constructor(cls: PyType, store: SetStore = new SetStore()) {
    super(cls);
    this.store = store;
    this.hashCache = null;
  }
}

/** PySet_Check: a set or an instance of a subclass of set (not frozenset). */
function isMutableSet(v: PyValue): v is PySet {
  return v instanceof PySet && (v.cls === setType || v.cls.isSubtypeOf(setType));
}

/** make_new_set_basetype: the type of results computed from `so`. */
function baseType(so: PySet): PyType {
  const t = so.cls;
  if (t === setType || t === frozensetType) return t;
  return t.isSubtypeOf(setType) ? setType : frozensetType;
}

// ---- iterating arguments -----------------------------------------------------------------------

/**
 * Calls fn on each item of an iterable until it returns false. Exact lists, tuples and strs
 * are walked directly (what their iterators would do: a list is read live, so a mutation by
 * an __eq__ or __hash__ is seen); anything else goes through the iterator protocol.
 */
function forEachItem(iterable: PyValue, fn: (x: PyValue) => boolean): void {
  if (typeof iterable === "string") {
    for (const ch of iterable) if (!fn(ch)) return; // by code point, as str iteration
    return;
  }
  if ((iterable instanceof PyList && iterable.cls === listType) || (iterable instanceof PyTuple && iterable.cls === tupleType)) {
    for (let i = 0; i < iterable.items.length; i++) if (!fn(iterable.items[i])) return;
    return;
  }
  const it = getIter(iterable);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined || !fn(x)) return;
  }
}

/** set_update_internal: adds the items of `other` to `store`. */
function updateInternal(store: SetStore, other: PyValue): void {
  if (other instanceof PySet) {
    store.merge(other.store);
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    store.mergeDict(other.store);
    return;
  }
  forEachItem(other, (x) => {
    store.add(x);
    return true;
  });
}

/** make_new_set: a new set or frozenset of type `cls` holding the items of `iterable`. */
function makeNewSet(cls: PyType, iterable: PyValue | undefined): PySet {
  const so = new PySet(cls);
  if (iterable !== undefined) updateInternal(so.store, iterable);
  return so;
}

/** set_copy: a new set of so's base type with so's items (set_merge into an empty table). */
function setCopy(so: PySet): PySet {
  return new PySet(baseType(so), so.store.copy());
}

// ---- the operations ----------------------------------------------------------------------------

/** set_intersection */
function intersection(so: PySet, other: PyValue): PySet {
  if (other === so) return setCopy(so);
  const cls = baseType(so);
  if (other instanceof PySet) return new PySet(cls, SetStore.intersection(so.store, other.store));
  const result = new SetStore();
  const a = so.store;
  forEachItem(other, (x) => SetStore.intersectionStep(a, result, x));
  return new PySet(cls, result);
}

/** set_intersection_multi: so & others[0] & others[1] ...; a copy when there are none. */
function intersectionMulti(so: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result = so;
  for (const other of others) result = intersection(result, other);
  return result;
}

/** set_difference_update_internal: discards the items of `other` from `store`. */
function differenceUpdateInternal(store: SetStore, other: PyValue): void {
  if (other instanceof PySet) {
    store.differenceUpdate(other.store); // clears when other is the same set
    return;
  }
  forEachItem(other, (x) => {
    store.discard(x);
    return true;
  });
  store.finishDifferenceUpdate();
}

/** set_copy_and_difference */
function copyAndDifference(so: PySet, other: PyValue): PySet {
  const result = setCopy(so);
  differenceUpdateInternal(result.store, other);
  return result;
}

/** set_difference: so - other. */
function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.store.used;
  else if (other instanceof PyDict && other.cls === dictType) otherSize = other.size;
  else return copyAndDifference(so, other);
  // When so is much larger, copying it and discarding other's items is cheaper.
  if (so.store.used >>> 2 > otherSize) return copyAndDifference(so, other);
  const cls = baseType(so);
  if (other instanceof PySet) return new PySet(cls, SetStore.difference(so.store, other.store));
  return new PySet(cls, SetStore.differenceDict(so.store, (other as PyDict).store)!);
}

/** set_difference_multi */
function differenceMulti(so: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setCopy(so);
  const result = difference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdateInternal(result.store, others[i]);
  return result;
}

/** set_symmetric_difference_update: toggles the items of `other` in `store`. */
function symmetricDifferenceUpdate(store: SetStore, other: PyValue): void {
  if (other instanceof PySet) {
    store.symmetricDifferenceUpdate(other.store); // clears when other is the same set
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    store.symmetricDifferenceUpdateDict(other.store);
    return;
  }
  const tmp = new SetStore();
  updateInternal(tmp, other);
  store.symmetricDifferenceUpdate(tmp);
}

/**
 * set_symmetric_difference. Quirk copied from CPython: the result starts as a set made from
 * `other`, and so's items are toggled in it (so the order follows other's table).
 */
function symmetricDifference(so: PySet, other: PyValue): PySet {
  const result = makeNewSet(baseType(so), other);
  result.store.symmetricDifferenceUpdate(so.store);
  return result;
}

/** set_union */
function union(so: PySet, others: readonly PyValue[]): PySet {
  const result = setCopy(so);
  for (const other of others) if (other !== so) updateInternal(result.store, other);
  return result;
}

/** set_issubset: a non-set argument is made into a set first. */
function isSubset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return so.store.isSubsetOf(other.store);
  return so.store.isSubsetOf(makeNewSet(setType, other).store);
}

/** set_issuperset: a non-set argument is made into a set first. */
function isSuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return other.store.isSubsetOf(so.store);
  return makeNewSet(setType, other).store.isSubsetOf(so.store);
}

/** set_isdisjoint: exact sets use the store; anything else (subclasses too) is iterated. */
function isDisjoint(so: PySet, other: PyValue): boolean {
  if (other === so) return so.store.used === 0;
  if (other instanceof PySet && (other.cls === setType || other.cls === frozensetType)) {
    return so.store.isDisjoint(other.store);
  }
  let disjoint = true;
  const s = so.store;
  forEachItem(other, (x) => {
    if (s.contains(x)) disjoint = false;
    return disjoint;
  });
  return disjoint;
}

const enum SetCmp { LT, LE, EQ, NE, GT, GE }

/** set_richcompare: subset relations; NotImplemented for anything that is not a set. */
function richCompare(v: PySet, w: PyValue, op: SetCmp): PyValue {
  if (!(w instanceof PySet)) return NotImplemented;
  const nv = v.store.used;
  const nw = w.store.used;
  switch (op) {
    case SetCmp.EQ:
      return bool(setEq(v, w));
    case SetCmp.NE:
      return bool(!setEq(v, w));
    case SetCmp.LE:
      return bool(isSubset(v, w));
    case SetCmp.GE:
      return bool(isSuperset(v, w));
    case SetCmp.LT:
      return nv >= nw ? False : bool(isSubset(v, w));
    case SetCmp.GT:
      return nv <= nw ? False : bool(isSuperset(v, w));
    default:
      return op satisfies never;
  }
}

function setEq(v: PySet, w: PySet): boolean {
  if (v.store.used !== w.store.used) return false;
  // Two frozensets whose hashes are known and differ are unequal without comparing items.
  if (v.hashCache !== null && w.hashCache !== null && v.hashCache !== w.hashCache) return false;
  return isSubset(v, w);
}

/**
 * Runs `op` with `key`; when hashing the key fails with TypeError because it is a set, runs it
 * again with a frozenset of the same items (set_contains, set_discard, set_remove do this, so
 * that `{1} in s` works).
 */
function withFrozenKey<T>(key: PyValue, op: (k: PyValue) => T): T {
  try {
    return op(key);
  } catch (e) {
    if (!isMutableSet(key) || !(e instanceof PyBaseException) || !isInstanceOfExc(e, TypeErrorT)) throw e;
    return op(new PySet(frozensetType, key.store.copy()));
  }
}

function setContains(so: PySet, key: PyValue): boolean {
  const s = so.store;
  if (typeof key !== "object") return s.contains(key);
  return withFrozenKey(key, (k) => s.contains(k));
}

// ---- repr, reduce ------------------------------------------------------------------------------

/** set_repr: `{1, 2}`, `set()`, `frozenset({1})`, `MySet({1})`; `set(...)` when recursive. */
function setRepr(so: PySet): string {
  const name = so.cls.name;
  if (!reprEnter(so)) return `${name}(...)`;
  try {
    if (so.store.used === 0) return `${name}()`;
    const keys = so.store.toArray();
    let body = "";
    for (let i = 0; i < keys.length; i++) body += (i > 0 ? ", " : "") + repr(keys[i] as PyValue);
    return so.cls === setType ? `{${body}}` : `${name}({${body}})`;
  } finally {
    reprLeave(so);
  }
}

/**
 * The state __reduce__ returns (_PyObject_GetState): what __getstate__ gives when the class
 * defines one, else the instance __dict__, or None when there is none or it is empty.
 */
function reduceState(so: PySet): PyValue {
  const gs = typeOf(so).lookup("__getstate__");
  if (gs !== undefined) return callDescr(gs, so, []);
  return so.dict === null || so.dict.size === 0 ? None : so.dict;
}

// ---- the iterator ------------------------------------------------------------------------------

/** setiterobject: walks the table's slots; RuntimeError (sticky) once the size changed. */
export class PySetIter extends PyIter {
  set: PySet | null;
  /** The set's size when the iterator was made; -1 after a size change was seen. */
  used: number;
  pos: number;
  /** Items left, if the set is not changed (__length_hint__). */
  remaining: number;

  constructor(so: PySet) {
    super(iteratorTypes.set);
    this.set = so;
    this.used = so.store.used;
    this.pos = 0;
    this.remaining = so.store.used;
  }

  next(): PyValue | undefined {
    const so = this.set;
    if (so === null) return undefined;
    const s = so.store;
    if (this.used !== s.used) {
      this.used = -1;
      raiseError(RuntimeError, "Set changed size during iteration");
    }
    const j = s.nextSlot(this.pos);
    if (j < 0) {
      this.set = null;
      return undefined;
    }
    this.pos = j + 1;
    this.remaining--;
    return s.keyAt(j) as PyValue;
  }
}

// ---- method tables -----------------------------------------------------------------------------

function self(args: PyValue[]): PySet {
  return args[0] as PySet;
}

/** The argument check of a slot wrapper (`s.__len__(1)`): "expected 0 arguments, got 1". */
function slotArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
  const got = args.length - 1;
  if (got !== n) typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${got}`);
}

/** A binary operator's method: NotImplemented unless both operands are sets. */
function binary(name: string, op: (a: PySet, b: PySet) => PyValue, reflected: boolean): NativeFn {
  return (args, kwnames) => {
    slotArgs(name, args, kwnames, 1);
    const a = reflected ? args[1] : args[0];
    const b = reflected ? args[0] : args[1];
    if (!(a instanceof PySet) || !(b instanceof PySet)) return NotImplemented;
    return op(a, b);
  };
}

/** An in-place operator's method (set only): NotImplemented unless the operand is a set. */
function inplace(name: string, op: (so: PySet, other: PySet) => void): NativeFn {
  return (args, kwnames) => {
    slotArgs(name, args, kwnames, 1);
    const other = args[1];
    if (!(other instanceof PySet)) return NotImplemented;
    op(self(args), other);
    return args[0];
  };
}

function compare(name: string, op: SetCmp): NativeFn {
  return (args, kwnames) => {
    slotArgs(name, args, kwnames, 1);
    return richCompare(self(args), args[1], op);
  };
}

/** Positional arguments of a METH_VARARGS method (`set.union(*others)`). */
function varargs(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  noKwargs(name, kwnames);
  return args.slice(1);
}

/** The methods set and frozenset share; `tn` names the owner in messages. */
function sharedMethods(tn: string): Record<string, NativeFn> {
  return {
    __len__(args, kw) {
      slotArgs("__len__", args, kw, 0);
      return self(args).store.used;
    },
    __contains__(args, kw) {
      checkArgs(`${tn}.__contains__`, args, kw, 1, 1);
      return bool(setContains(self(args), args[1]));
    },
    __iter__(args, kw) {
      slotArgs("__iter__", args, kw, 0);
      return new PySetIter(self(args));
    },
    __repr__(args, kw) {
      slotArgs("__repr__", args, kw, 0);
      return setRepr(self(args));
    },
    __eq__: compare("__eq__", SetCmp.EQ),
    __ne__: compare("__ne__", SetCmp.NE),
    __lt__: compare("__lt__", SetCmp.LT),
    __le__: compare("__le__", SetCmp.LE),
    __gt__: compare("__gt__", SetCmp.GT),
    __ge__: compare("__ge__", SetCmp.GE),
    __or__: binary("__or__", (a, b) => union(a, [b]), false),
    __ror__: binary("__ror__", (a, b) => union(a, [b]), true),
    __and__: binary("__and__", intersection, false),
    __rand__: binary("__rand__", intersection, true),
    __sub__: binary("__sub__", difference, false),
    __rsub__: binary("__rsub__", difference, true),
    __xor__: binary("__xor__", symmetricDifference, false),
    __rxor__: binary("__rxor__", symmetricDifference, true),
    union: (args, kw) => union(self(args), varargs(`${tn}.union`, args, kw)),
    intersection: (args, kw) => intersectionMulti(self(args), varargs(`${tn}.intersection`, args, kw)),
    difference: (args, kw) => differenceMulti(self(args), varargs(`${tn}.difference`, args, kw)),
    symmetric_difference(args, kw) {
      checkArgs(`${tn}.symmetric_difference`, args, kw, 1, 1);
      return symmetricDifference(self(args), args[1]);
    },
    issubset(args, kw) {
      checkArgs(`${tn}.issubset`, args, kw, 1, 1);
      return bool(isSubset(self(args), args[1]));
    },
    issuperset(args, kw) {
      checkArgs(`${tn}.issuperset`, args, kw, 1, 1);
      return bool(isSuperset(self(args), args[1]));
    },
    isdisjoint(args, kw) {
      checkArgs(`${tn}.isdisjoint`, args, kw, 1, 1);
      return bool(isDisjoint(self(args), args[1]));
    },
    __reduce__(args, kw) {
      checkArgs(`${tn}.__reduce__`, args, kw, 0, 0);
      const so = self(args);
      return newTuple([so.cls, newTuple([new PyList(so.store.toArray() as PyValue[])]), reduceState(so)]);
    },
    __sizeof__(args, kw) {
      checkArgs(`${tn}.__sizeof__`, args, kw, 0, 0);
      // CPython 3.11 on 64-bit: the object (200 bytes, with an 8-slot table inside), plus a
      // separate table of 16-byte entries once it has grown.
      const size = self(args).store.mask + 1;
      return size === 8 ? 200 : 200 + size * 16;
    },
  };
}

/** The methods only set has (mutation). */
const setOnlyMethods: Record<string, NativeFn> = {
  __init__(args, kwnames) {
    const so = self(args);
    if (kwnames !== null && kwnames.length > 0) typeError("set() takes no keyword arguments");
    const n = args.length - 1;
    if (n > 1) typeError(`${so.cls.name} expected at most 1 argument, got ${n}`);
    if (so.store.fill > 0) so.store.clear();
    so.hashCache = null;
    if (n === 1) updateInternal(so.store, args[1]);
    return None;
  },
  add(args, kw) {
    checkArgs("set.add", args, kw, 1, 1);
    self(args).store.add(args[1]);
    return None;
  },
  discard(args, kw) {
    checkArgs("set.discard", args, kw, 1, 1);
    const s = self(args).store;
    withFrozenKey(args[1], (k) => s.discard(k));
    return None;
  },
  remove(args, kw) {
    checkArgs("set.remove", args, kw, 1, 1);
    const s = self(args).store;
    const key = args[1];
    // KeyError carries the key as given (a set, even when a frozenset was looked up).
    if (!withFrozenKey(key, (k) => s.discard(k))) throw new PyBaseException(KeyError, newTuple([key]));
    return None;
  },
  pop(args, kw) {
    checkArgs("set.pop", args, kw, 0, 0);
    const s = self(args).store;
    if (s.used === 0) raiseError(KeyError, "pop from an empty set");
    return s.pop() as PyValue;
  },
  clear(args, kw) {
    checkArgs("set.clear", args, kw, 0, 0);
    self(args).store.clear();
    return None;
  },
  copy(args, kw) {
    checkArgs("set.copy", args, kw, 0, 0);
    return setCopy(self(args));
  },
  update(args, kw) {
    const s = self(args).store;
    for (const other of varargs("set.update", args, kw)) updateInternal(s, other);
    return None;
  },
  intersection_update(args, kw) {
    const so = self(args);
    so.store.swapBodies(intersectionMulti(so, varargs("set.intersection_update", args, kw)).store);
    return None;
  },
  difference_update(args, kw) {
    const s = self(args).store;
    for (const other of varargs("set.difference_update", args, kw)) differenceUpdateInternal(s, other);
    return None;
  },
  symmetric_difference_update(args, kw) {
    checkArgs("set.symmetric_difference_update", args, kw, 1, 1);
    symmetricDifferenceUpdate(self(args).store, args[1]);
    return None;
  },
  __ior__: inplace("__ior__", (so, other) => updateInternal(so.store, other)),
  __iand__: inplace("__iand__", (so, other) => so.store.swapBodies(intersection(so, other).store)),
  __isub__: inplace("__isub__", (so, other) => differenceUpdateInternal(so.store, other)),
  __ixor__: inplace("__ixor__", (so, other) => symmetricDifferenceUpdate(so.store, other)),
};

/** Checks the class argument of __new__ (tp_new_wrapper's checks). */
function newClassArg(owner: PyType, cls: PyValue): PyType {
  if (!(cls instanceof PyType)) typeError(`${owner.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(owner)) typeError(`${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  return cls;
}

/** set_new: an empty set; __init__ fills it. Keywords are refused unless a subclass has its own __init__. */
function setNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newClassArg(setType, args[0]);
  if ((cls === setType || cls.lookup("__init__") === setType.ns.get("__init__")) && kwnames !== null && kwnames.length > 0) {
    typeError("set() takes no keyword arguments");
  }
  return new PySet(cls);
}

/** frozenset_new / make_new_frozenset: frozenset(f) of an exact frozenset is f itself. */
function frozensetNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newClassArg(frozensetType, args[0]);
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw > 0 && (cls === frozensetType || cls.lookup("__init__") === objectType.ns.get("__init__"))) {
    typeError("frozenset() takes no keyword arguments");
  }
  const n = args.length - 1 - nkw;
  if (n > 1) typeError(`${cls.name} expected at most 1 argument, got ${n}`);
  const iterable = n === 1 ? args[1] : undefined;
  if (cls === frozensetType && iterable instanceof PySet && iterable.cls === frozensetType) return iterable;
  return makeNewSet(cls, iterable);
}

// ---- the VM's services -------------------------------------------------------------------------

/** BUILD_SET: a set of the items, added in order (PySet_Add each). */
export function makeSet(items: readonly PyValue[]): PySet {
  const so = new PySet(setType);
  for (let i = 0; i < items.length; i++) so.store.add(items[i]);
  return so;
}

/**
 * A frozenset constant (`x in {1, 2}`, and `{1, 2, 3}`, compiled as an update from one), from
 * its items in source order. Quirk copied from CPython: the compiler builds the frozenset, then
 * merge_consts_recursive rebuilds it from the first one's iteration order, which is the layout
 * (and so the order) programs see: `{-1, -2, 7, -9}` prints as {7, -2, -1, -9}, while
 * set([-1, -2, 7, -9]) prints as {-9, 7, -1, -2}.
 */
export function makeFrozenset(items: readonly PyValue[]): PySet {
  const first = new SetStore();
  for (let i = 0; i < items.length; i++) first.add(items[i]);
  const so = new PySet(frozensetType);
  const keys = first.toArray();
  for (let i = 0; i < keys.length; i++) so.store.add(keys[i]);
  return so;
}

/** SET_ADD (set comprehensions): PySet_Add. */
export function setAdd(so: PyValue, v: PyValue): void {
  (so as PySet).store.add(v);
}

/**
 * SET_UPDATE (`{*a, *b}`, and `{1, 2, 3}`, which CPython compiles to an update from a frozenset
 * constant): _PySet_Update, i.e. set_update_internal. This differs in order from adding the
 * items one by one when `iterable` is a set or a dict, so the VM should call it.
 */
export function setUpdate(so: PyValue, iterable: PyValue): void {
  updateInternal((so as PySet).store, iterable);
}

// ---- installation ------------------------------------------------------------------------------

export function initSets(): void {
  defNew(setType, setNew);
  setType.exactCall = (args) => {
    if (args.length > 1) return undefined;
    const so = new PySet(setType);
    if (args.length === 1) updateInternal(so.store, args[0]);
    return so;
  };
  defMethods(setType, sharedMethods("set"));
  defMethods(setType, setOnlyMethods);
  setType.ns.set("__hash__", None); // sets are unhashable (PyObject_HashNotImplemented)

  defNew(frozensetType, frozensetNew);
  frozensetType.exactCall = (args) => (args.length <= 1 ? frozensetType.nativeNew!(frozensetType, args, null) : undefined);
  defMethods(frozensetType, sharedMethods("frozenset"));
  defMethods(frozensetType, {
    copy(args, kw) {
      checkArgs("frozenset.copy", args, kw, 0, 0);
      const so = self(args);
      return so.cls === frozensetType ? so : setCopy(so); // frozenset_copy
    },
    __hash__(args, kw) {
      slotArgs("__hash__", args, kw, 0);
      const so = self(args);
      if (so.hashCache === null) so.hashCache = so.store.frozensetHash();
      return so.hashCache;
    },
  });
  // No types.GenericAlias yet: set[int] is set itself (CPython returns a GenericAlias).
  defClassMethod(setType, "__class_getitem__", (args) => args[0]);
  defClassMethod(frozensetType, "__class_getitem__", (args) => args[0]);

  defMethods(iteratorTypes.set, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as PySetIter).next();
      if (v === undefined) raiseError(StopIteration);
      return v;
    },
    __length_hint__(args, kw) {
      checkArgs("set_iterator.__length_hint__", args, kw, 0, 0);
      const it = args[0] as PySetIter;
      return it.set !== null && it.used === it.set.store.used ? it.remaining : 0;
    },
    __reduce__(args, kw) {
      // setiter_reduce: iter(list of what a copy of the iterator would still yield).
      checkArgs("set_iterator.__reduce__", args, kw, 0, 0);
      const it = args[0] as PySetIter;
      const items: PyValue[] = [];
      if (it.set !== null) {
        const copy = new PySetIter(it.set);
        copy.used = it.used;
        copy.pos = it.pos;
        copy.remaining = it.remaining;
        for (let x = copy.next(); x !== undefined; x = copy.next()) items.push(x);
      }
      return newTuple([builtinIter, newTuple([new PyList(items)])]);
    },
  });

  runtime.makeSet = makeSet;
  runtime.makeFrozenset = makeFrozenset;
  runtime.setAdd = setAdd;
  runtime.setUpdate = (set, it) => {
    setUpdate(set, it);
  };
}
