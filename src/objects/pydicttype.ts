// dict's methods (CPython's Objects/dictobject.c), its views dict_keys / dict_values /
// dict_items with their set operations, and the dict iterators.
//
// The storage is PyDict (pydict.ts); this file uses only its public methods. Iterators walk
// positions 0..capacity() (keyAt() is undefined for a deleted entry) and detect mutation the
// way CPython does: a size change raises "dictionary changed size during iteration"; an entry
// found after as many entries as the dict had raises "dictionary keys changed during
// iteration" (a delete followed by an insert).

import {
  call, callDescr, callMethod, Cmp, contains, dictsEqual, getItem, getIter, hasAttr, isInstance, iterNext, len, PyIter, repr,
  iterHooks, richEqBool, setItem, typeName,
} from "./abstract";
import {
  KeyError, PyBaseException, raiseError, RuntimeError, StopIteration, typeError, TypeError as TypeErrorT, valueError,
} from "./exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew, noKwargs } from "./native";
import { PyDict } from "./pydict";
import { builtinIter } from "./pyiters";
import { PyMappingProxy, setKeyErrorHook } from "./pytype";
import { newTuple, reprEnter, reprLeave } from "./pytuple";
import {
  bool, dictItemsType, dictKeysType, dictType, dictValuesType, frozensetType, iteratorTypes, listType, None,
  NotImplemented, PyList, PyObject, PyTuple, PyType, PyValue, setType, tupleType, typeOf,
} from "./types";

/** What an iterator or view yields. */
export const enum DictKind { KEYS, VALUES, ITEMS }

// ---- errors ---------------------------------------------------------------------------------

/** KeyError(key): the key itself is the exception's argument (so str(e) is its repr). */
export function newKeyError(key: PyValue): PyBaseException {
  return new PyBaseException(KeyError, new PyTuple([key]));
}

export function raiseKeyError(key: PyValue): never {
  throw newKeyError(key);
}

// ---- iterators ------------------------------------------------------------------------------

export class DictIter extends PyIter {
  dict: PyDict | null;
  /** Next position to look at (forward), or the next one down (reverse). */
  pos: number;
  /** The dict's size when the iterator was made; -1 once a size change was seen. */
  used: number;
  /** Entries left to yield, if the dict is not mutated. */
  remaining: number;
  kind: DictKind;
  reverse: boolean;
  constructor(cls: PyType, d: PyDict, kind: DictKind, reverse: boolean) {
    super(cls);
    this.dict = d;
    this.pos = reverse ? d.capacity() - 1 : 0;
    this.used = d.size;
    this.remaining = d.size;
    this.kind = kind;
    this.reverse = reverse;
  }

  next(): PyValue | undefined {
    const d = this.dict;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      raiseError(RuntimeError, "dictionary changed size during iteration");
    }
    let i = this.pos;
    let k: PyValue | undefined;
    if (this.reverse) {
      while (i >= 0 && (k = d.keyAt(i)) === undefined) i--;
      if (i < 0) {
        this.dict = null;
        return undefined;
      }
      this.pos = i - 1;
    } else {
      const n = d.capacity();
      while (i < n && (k = d.keyAt(i)) === undefined) i++;
      if (i >= n) {
        this.dict = null;
        return undefined;
      }
      if (this.remaining === 0) {
        this.dict = null;
        raiseError(RuntimeError, "dictionary keys changed during iteration");
      }
      this.pos = i + 1;
    }
    this.remaining--;
    switch (this.kind) {
      case DictKind.KEYS: return k;
      case DictKind.VALUES: return d.valueAt(i);
      case DictKind.ITEMS: return new PyTuple([k!, d.valueAt(i)]);
    }
  }
}

const forwardIterTypes = [iteratorTypes.dictKeys, iteratorTypes.dictValues, iteratorTypes.dictItems];
const reverseIterTypes = [iteratorTypes.dictReverseKeys, iteratorTypes.dictReverseValues, iteratorTypes.dictReverseItems];

export function dictIter(d: PyDict, kind: DictKind = DictKind.KEYS): DictIter {
  return new DictIter(forwardIterTypes[kind], d, kind, false);
}

export function dictReverseIter(d: PyDict, kind: DictKind = DictKind.KEYS): DictIter {
  return new DictIter(reverseIterTypes[kind], d, kind, true);
}

// ---- views ----------------------------------------------------------------------------------

export class PyDictView extends PyObject {
  constructor(cls: PyType, public dict: PyDict, public kind: DictKind) {
    super(cls);
  }
}

const viewTypes = [dictKeysType, dictValuesType, dictItemsType];

export function dictView(d: PyDict, kind: DictKind): PyDictView {
  return new PyDictView(viewTypes[kind], d, kind);
}

/** A keys or items view (the set-like ones). */
function isSetView(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.kind !== DictKind.VALUES;
}

function isAnySet(v: PyValue): boolean {
  const t = typeOf(v);
  return t.isSubtypeOf(setType) || t.isSubtypeOf(frozensetType);
}

/** (key, value) in d.items() */
function itemsContains(d: PyDict, v: PyValue): boolean {
  if (!(v instanceof PyTuple) || v.items.length !== 2) return false;
  const found = d.get(v.items[0]);
  return found !== undefined && richEqBool(found, v.items[1]);
}

function viewContains(view: PyDictView, v: PyValue): boolean {
  return view.kind === DictKind.KEYS ? view.dict.has(v) : itemsContains(view.dict, v);
}

/** Every item of iterable `a` is in `b` (all_contained_in). */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}

function viewCompare(op: Cmp) {
  return (args: PyValue[]): PyValue => {
    const self = args[0];
    const other = args[1];
    if (!isSetView(other) && !isAnySet(other)) return NotImplemented;
    const ls = len(self);
    const lo = len(other);
    switch (op) {
      case Cmp.EQ: return bool(ls === lo && allContainedIn(self, other));
      case Cmp.NE: return bool(!(ls === lo && allContainedIn(self, other)));
      case Cmp.LT: return bool(ls < lo && allContainedIn(self, other));
      case Cmp.LE: return bool(ls <= lo && allContainedIn(self, other));
      case Cmp.GT: return bool(ls > lo && allContainedIn(other, self));
      case Cmp.GE: return bool(ls >= lo && allContainedIn(other, self));
    }
  };
}

/** set(x): a keys view becomes the set of its dict's keys. */
function toSet(x: PyValue): PyValue {
  return call(setType, [x instanceof PyDictView && x.kind === DictKind.KEYS ? x.dict : x]);
}

/** view & other, other & view (_PyDictView_Intersect). */
function viewAnd(self: PyValue, other: PyValue): PyValue {
  if (!isSetView(self)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = len(view);
  if (typeOf(other) === setType && lenSelf <= len(other)) return callMethod(other, "intersection", [view]);
  let probe: PyDictView = view;
  if (isSetView(other) && len(other) > lenSelf) {
    probe = other;
    other = view;
  }
  const result = call(setType, []);
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (viewContains(probe, x)) callMethod(result, "add", [x]);
  }
  return result;
}

/** a <op> b as set(a) updated in place with b (dictviews_or / _sub / _xor). */
function viewSetOp(a: PyValue, b: PyValue, method: string): PyValue {
  const result = toSet(a);
  callMethod(result, method, [b]);
  return result;
}

function viewRepr(view: PyDictView): string {
  if (!reprEnter(view)) return "...";
  try {
    const items: PyValue[] = [];
    const it = dictIter(view.dict, view.kind);
    for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
    return `${view.cls.name}(${repr(new PyList(items))})`;
  } finally {
    reprLeave(view);
  }
}

function initViews(): void {
  for (const t of viewTypes) {
    defMethods(t, {
      __len__: (args) => (args[0] as PyDictView).dict.size,
      __iter__(args) {
        const v = args[0] as PyDictView;
        return dictIter(v.dict, v.kind);
      },
      __reversed__(args, kwnames) {
        checkArgs(`${t.name}.__reversed__`, args, kwnames, 0, 0);
        const v = args[0] as PyDictView;
        return dictReverseIter(v.dict, v.kind);
      },
      __repr__: (args) => viewRepr(args[0] as PyDictView),
    });
    // d.keys().mapping: a read-only proxy of d.
    defGetSet(t, "mapping", (self) => new PyMappingProxy(null, (self as PyDictView).dict));
  }
  for (const t of [dictKeysType, dictItemsType]) {
    t.ns.set("__hash__", None);
    defMethods(t, {
      __contains__: (args) => bool(viewContains(args[0] as PyDictView, args[1])),
      __eq__: viewCompare(Cmp.EQ),
      __ne__: viewCompare(Cmp.NE),
      __lt__: viewCompare(Cmp.LT),
      __le__: viewCompare(Cmp.LE),
      __gt__: viewCompare(Cmp.GT),
      __ge__: viewCompare(Cmp.GE),
      __and__: (args) => viewAnd(args[0], args[1]),
      __rand__: (args) => viewAnd(args[0], args[1]),
      __or__: (args) => viewSetOp(args[0], args[1], "update"),
      __ror__: (args) => viewSetOp(args[1], args[0], "update"),
      __sub__: (args) => viewSetOp(args[0], args[1], "difference_update"),
      __rsub__: (args) => viewSetOp(args[1], args[0], "difference_update"),
      __xor__: (args) => viewSetOp(args[0], args[1], "symmetric_difference_update"),
      __rxor__: (args) => viewSetOp(args[1], args[0], "symmetric_difference_update"),
      isdisjoint(args, kwnames) {
        checkArgs("isdisjoint", args, kwnames, 1, 1);
        let self: PyValue = args[0];
        let other = args[1];
        if (self === other) return bool(len(self) === 0);
        if ((isAnySet(other) || isSetView(other)) && len(other) > len(self)) [self, other] = [other, self];
        const it = getIter(other);
        for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (contains(self, x)) return bool(false);
        return bool(true);
      },
    });
  }
}

// ---- dict operations used by the methods and exported for the VM and builtins ------------

/** A new dict from keyword arguments: names[i] = values[start + i]. */
export function dictFromKwargs(values: readonly PyValue[], kwnames: readonly string[] | null, start = 0): PyDict {
  const d = new PyDict();
  if (kwnames !== null) for (let i = 0; i < kwnames.length; i++) d.set(kwnames[i], values[start + i]);
  return d;
}

/** A copy of `src` as an exact dict (PyDict_Copy). */
export function dictCopy(src: PyDict): PyDict {
  const d = new PyDict();
  mergeDict(d, src);
  return d;
}

/**
 * Copies every entry of dict `src` into `d` (the fast path of dict_merge: the stored hashes are
 * reused, and a comparison that changes `src` raises "dict mutated during update").
 */
function mergeDict(d: PyDict, src: PyDict): void {
  src.copyInto(d);
}

let dictIterDescr: PyValue | undefined;

/**
 * d.update(arg) (dict_update_arg): a dict (whose __iter__ is dict's) by its entries, any
 * object with keys() by keys() and [], anything else as an iterable of pairs.
 */
export function dictUpdate(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && (arg.cls === dictType || arg.cls.lookup("__iter__") === dictIterDescr)) {
    mergeDict(d, arg);
    return;
  }
  if (hasAttr(arg, "keys")) {
    const keys = callMethod(arg, "keys", []);
    const it = getIter(keys);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, getItem(arg, k));
    return;
  }
  mergeFromSeq2(d, arg);
}

/** d.update(iterable of pairs) (PyDict_MergeFromSeq2). */
function mergeFromSeq2(d: PyDict, seq: PyValue): void {
  const it = getIter(seq);
  let i = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
    let pair: readonly PyValue[];
    if ((item instanceof PyTuple && item.cls === tupleType) || (item instanceof PyList && item.cls === listType)) {
      pair = item.items;
    } else {
      let sub: PyValue;
      try {
        sub = getIter(item);
      } catch (e) {
        if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) {
          typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
      const xs: PyValue[] = [];
      for (let x = iterNext(sub); x !== undefined; x = iterNext(sub)) xs.push(x);
      pair = xs;
    }
    if (pair.length !== 2) valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
}

/** update(d, arg?, **kw) as dict.__init__ and dict.update take it (`name` for the messages). */
function updateCommon(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  const d = args[0] as PyDict;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 1) typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdate(d, args[1]);
  for (let k = 0; k < nkw; k++) d.set(kwnames![k], args[1 + npos + k]);
}

/** a == b for two dicts (dict_equal). */
function dictRepr(d: PyDict): string {
  if (d.size === 0) return "{}";
  if (!reprEnter(d)) return "{...}";
  try {
    let s = "{";
    let first = true;
    // A key's or value's repr may mutate the dict: positions are re-checked each step.
    for (let i = 0; i < d.capacity(); i++) {
      const k = d.keyAt(i);
      if (k === undefined) continue;
      const v = d.valueAt(i);
      if (!first) s += ", ";
      first = false;
      s += repr(k);
      s += ": ";
      s += repr(v);
    }
    return s + "}";
  } finally {
    reprLeave(d);
  }
}

function dictGetItem(args: PyValue[]): PyValue {
  if (args.length !== 2) checkArgs("dict.__getitem__", args, null, 1, 1);
  const d = args[0] as PyDict;
  const key = args[1];
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup("__missing__");
    if (missing !== undefined) return callDescr(missing, d, [key]);
  }
  raiseKeyError(key);
}

// ---- the type ---------------------------------------------------------------------------------

export function initDict(): void {
  setKeyErrorHook(newKeyError);
  dictType.ns.set("__hash__", None);
  // dict() makes an empty dict; __init__ fills it (dict.__new__ ignores its arguments).
  defNew(dictType, (args) => new PyDict(args[0] as PyType));
  dictType.exactCall = (args) => (args.length === 0 ? new PyDict() : undefined);
  defMethods(dictType, {
    __init__(args, kwnames) {
      updateCommon("dict", args, kwnames);
      return None;
    },
    __getitem__: dictGetItem,
    __setitem__(args) {
      (args[0] as PyDict).set(args[1], args[2]);
      return None;
    },
    __delitem__(args) {
      if ((args[0] as PyDict).delete(args[1]) === undefined) raiseKeyError(args[1]);
      return None;
    },
    __contains__(args, kwnames) {
      if (args.length !== 2 || kwnames !== null) checkArgs("dict.__contains__", args, kwnames, 1, 1);
      return bool((args[0] as PyDict).has(args[1]));
    },
    __len__: (args) => (args[0] as PyDict).size,
    __iter__: (args) => dictIter(args[0] as PyDict),
    __reversed__(args, kwnames) {
      checkArgs("dict.__reversed__", args, kwnames, 0, 0);
      return dictReverseIter(args[0] as PyDict);
    },
    __repr__: (args) => dictRepr(args[0] as PyDict),
    __eq__(args) {
      const a = args[0];
      const b = args[1];
      if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
      return bool(dictsEqual(a, b));
    },
    __ne__(args) {
      const a = args[0];
      const b = args[1];
      if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
      return bool(!dictsEqual(a, b));
    },
    __or__(args) {
      const a = args[0];
      const b = args[1];
      if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
      const d = dictCopy(a);
      dictUpdate(d, b);
      return d;
    },
    __ror__(args) {
      const a = args[0];
      const b = args[1];
      if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
      const d = dictCopy(b);
      dictUpdate(d, a);
      return d;
    },
    __ior__(args) {
      dictUpdate(args[0] as PyDict, args[1]);
      return args[0];
    },
    get(args, kwnames) {
      if (kwnames !== null) noKwargs("dict.get", kwnames);
      if (args.length !== 2 && args.length !== 3) checkArgs("get", args, null, 1, 2);
      const v = (args[0] as PyDict).get(args[1]);
      return v !== undefined ? v : args.length === 3 ? args[2] : None;
    },
    setdefault(args, kwnames) {
      noKwargs("dict.setdefault", kwnames);
      checkArgs("setdefault", args, null, 1, 2);
      // One hash and one lookup (setdefault is atomic, issue #13521).
      return (args[0] as PyDict).setDefault(args[1], args.length === 3 ? args[2] : None);
    },
    pop(args, kwnames) {
      noKwargs("dict.pop", kwnames);
      checkArgs("pop", args, null, 1, 2);
      const v = (args[0] as PyDict).delete(args[1]);
      if (v !== undefined) return v;
      if (args.length === 3) return args[2];
      raiseKeyError(args[1]);
    },
    popitem(args, kwnames) {
      checkArgs("dict.popitem", args, kwnames, 0, 0);
      const kv = (args[0] as PyDict).popLast();
      if (kv === null) raiseError(KeyError, "popitem(): dictionary is empty");
      return new PyTuple(kv);
    },
    keys(args, kwnames) {
      checkArgs("dict.keys", args, kwnames, 0, 0);
      return dictView(args[0] as PyDict, DictKind.KEYS);
    },
    values(args, kwnames) {
      checkArgs("dict.values", args, kwnames, 0, 0);
      return dictView(args[0] as PyDict, DictKind.VALUES);
    },
    items(args, kwnames) {
      checkArgs("dict.items", args, kwnames, 0, 0);
      return dictView(args[0] as PyDict, DictKind.ITEMS);
    },
    update(args, kwnames) {
      updateCommon("update", args, kwnames);
      return None;
    },
    clear(args, kwnames) {
      checkArgs("dict.clear", args, kwnames, 0, 0);
      (args[0] as PyDict).clear();
      return None;
    },
    copy(args, kwnames) {
      checkArgs("dict.copy", args, kwnames, 0, 0);
      return dictCopy(args[0] as PyDict);
    },
  });
  dictIterDescr = dictType.ns.get("__iter__");
  iterHooks.dictIter = (v) => dictIter(v);
  defClassMethod(dictType, "fromkeys", (args, kwnames) => {
    noKwargs("dict.fromkeys", kwnames);
    checkArgs("fromkeys", args, null, 1, 2);
    const cls = args[0];
    const value = args.length === 3 ? args[2] : None;
    const d = call(cls, []);
    const it = getIter(args[1]);
    if (d instanceof PyDict && d.cls === dictType) {
      for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, value);
    } else {
      for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItem(d, k, value);
    }
    return d;
  });
  // No types.GenericAlias yet: dict[str, int] is dict itself for now.
  defClassMethod(dictType, "__class_getitem__", (args) => args[0]);

  initViews();
  const reduceIter = (args: PyValue[]): PyValue => {
    // (iter, (list of what is left,)), without disturbing the iterator.
    const it = args[0] as DictIter;
    const copy = new DictIter(it.cls, it.dict ?? new PyDict(), it.kind, it.reverse);
    copy.dict = it.dict;
    copy.pos = it.pos;
    copy.used = it.used;
    copy.remaining = it.remaining;
    const rest: PyValue[] = [];
    for (let x = copy.next(); x !== undefined; x = copy.next()) rest.push(x);
    return newTuple([builtinIter, newTuple([new PyList(rest)])]);
  };
  const iterMethods = {
    __iter__: (args: PyValue[]) => args[0],
    __next__(args: PyValue[]): PyValue {
      const v = (args[0] as DictIter).next();
      if (v === undefined) raiseError(StopIteration);
      return v;
    },
    __length_hint__(args: PyValue[], kwnames: readonly string[] | null): PyValue {
      checkArgs(`${typeName(args[0])}.__length_hint__`, args, kwnames, 0, 0);
      const it = args[0] as DictIter;
      return it.dict !== null && it.used === it.dict.size ? it.remaining : 0;
    },
    __reduce__: reduceIter,
  };
  for (const t of [...forwardIterTypes, ...reverseIterTypes]) defMethods(t, iterMethods);
}
