// dict: the PyDict object, a thin shell around DictStore (dictstore.ts), which holds the
// entries in insertion order with CPython 3.11's table sizes, and keeps dicts whose keys are
// all strs (globals, instance dicts, kwargs) on a JS Map with no hashing of our own.
//
// This file also installs the key hooks of both stores (hashing.ts `setKeyOps`): how a key
// that is not a str or an int hashes and compares. The hooks follow Python's rules exactly,
// calling __hash__ / __eq__ through the abstract protocol when a type defines its own, and
// otherwise answering directly for the builtin kinds whose equality crosses representations:
//   - numbers: 1, 1.0 and True are one key (int, bool, float and their subclasses that do not
//     override __eq__ / __hash__ compare by numeric value and hash as the number);
//   - strs: a str-subclass instance (PyStrObj) equals the primitive str with the same value,
//     and hashes as it (hashing.strHash), unless its class overrides __eq__ / __hash__;
//   - exact tuples: CPython's tuple hash over the items' hashes, item-wise ==;
//   - exact frozensets: their cached hash (frozenset.__hash__ in pyset.ts).
// Everything the direct answers cover gives the same result as the protocol would.

import * as I from "./intmath";
import { hashOf, richEqBool } from "./abstract";
import { DictStore } from "./dictstore";
import { eqIntFloat } from "./intfloat";
import { setKeyOps, strHash, tupleHash } from "./hashing";
import type { PySet } from "./pyset";
import {
  boolType, dictType, floatType, frozensetType, intType, PyFloat, PyIntObj, PyObject, PyStrObj, PyTuple, PyType, PyValue, strType,
  tupleType,
} from "./types";

export class PyDict extends PyObject {
  /** The entries. Positions (capacity(), keyAt(), valueAt()) are DictStore's. */
  readonly store: DictStore;

  constructor(cls: PyType = dictType, store: DictStore = new DictStore()) {
    super(cls);
    this.store = store;
  }

  /** len(d) */
  get size(): number {
    return this.store.size;
  }

  /** Changes on every mutation, and is unique across dicts (LOAD_GLOBAL caches on it). */
  get version(): number {
    return this.store.version;
  }

  /** d[key], or undefined when absent. Hashing may run Python code and throw. */
  get(key: PyValue): PyValue | undefined {
    return this.store.get(key) as PyValue | undefined;
  }

  /** d[key] for a str key: one Map lookup while every key is a str or an int. */
  getStr(key: string): PyValue | undefined {
    const s = this.store;
    const p = s.findPos(key);
    return p < 0 ? undefined : (s.values[p] as PyValue);
  }

  /** The entry position of a str key (for keys()/values() position caches), or -1. */
  strPos(key: string): number {
    return this.store.findPos(key);
  }

  has(key: PyValue): boolean {
    return this.store.has(key);
  }

  /** d[key] = value (an equal key already present keeps its identity). */
  set(key: PyValue, value: PyValue): void {
    this.store.set(key, value);
  }

  /** Removes `key`; returns its value, or undefined when absent (the KeyError is the caller's). */
  delete(key: PyValue): PyValue | undefined {
    return this.store.remove(key) as PyValue | undefined;
  }

  /** d.setdefault(key, dflt): the value present, or dflt after inserting it. */
  setDefault(key: PyValue, dflt: PyValue): PyValue {
    return this.store.setDefault(key, dflt) as PyValue;
  }

  /** Removes and returns the last entry (popitem, LIFO), or null when empty. */
  popLast(): [PyValue, PyValue] | null {
    if (this.store.size === 0) return null;
    return this.store.popitem() as [PyValue, PyValue];
  }

  clear(): void {
    this.store.clear();
  }

  /** Positions run 0..capacity(); keyAt() is undefined at a deleted entry's position. */
  capacity(): number {
    return this.store.end;
  }

  keyAt(pos: number): PyValue | undefined {
    const s = this.store;
    return s.isLive(pos) ? (s.keys[pos] as PyValue) : undefined;
  }

  valueAt(pos: number): PyValue {
    return this.store.values[pos] as PyValue;
  }

  setValueAt(pos: number, v: PyValue): void {
    this.store.setValueAt(pos, v);
  }

  /** The stored hash of the entry at a live position (no __hash__ call). */
  hashAt(pos: number): I.PyInt {
    return this.store.hashAt(pos);
  }

  /** The live entries in order; reads the dict as it is at each step. */
  *entries(): IterableIterator<[PyValue, PyValue]> {
    const s = this.store;
    for (let p = s.nextPos(0); p >= 0; p = s.nextPos(p + 1)) yield [s.keys[p] as PyValue, s.values[p] as PyValue];
  }

  keyList(): PyValue[] {
    const s = this.store;
    const out: PyValue[] = [];
    for (let p = s.nextPos(0); p >= 0; p = s.nextPos(p + 1)) out.push(s.keys[p] as PyValue);
    return out;
  }

  /**
   * target.update(self) (CPython's dict_merge for a dict source): the stored hashes are reused,
   * no __hash__ is called. RuntimeError "dict mutated during update" if an __eq__ changes self.
   */
  copyInto(target: PyDict): void {
    target.store.mergeFrom(this.store);
  }

  /** d.copy(): a new exact dict with the same entries, laid out as CPython's PyDict_Copy. */
  copy(): PyDict {
    return new PyDict(dictType, this.store.copy());
  }
}

// ---- key hooks ------------------------------------------------------------------------------

/** The method the native type defines, to tell whether a subclass overrides it. */
function overrides(t: PyType, base: PyType, name: string): boolean {
  return t.lookup(name) !== base.lookup(name);
}

/** How a key compares when its class keeps the builtin == : its kind and value. */
const enum KeyKind { OTHER, INT, FLOAT, STR }

// Results of classify (module scratch, so that classifying allocates nothing).
let kindValue: I.PyInt | number | string = 0;

function classify(v: unknown): KeyKind {
  switch (typeof v) {
    case "number":
    case "bigint":
      kindValue = v;
      return KeyKind.INT;
    case "string":
      kindValue = v;
      return KeyKind.STR;
  }
  const t = (v as PyObject).cls;
  if (v instanceof PyIntObj) {
    if (t !== boolType && overrides(t, intType, "__eq__")) return KeyKind.OTHER;
    kindValue = v.value;
    return KeyKind.INT;
  }
  if (v instanceof PyFloat) {
    if (t !== floatType && overrides(t, floatType, "__eq__")) return KeyKind.OTHER;
    kindValue = v.value;
    return KeyKind.FLOAT;
  }
  if (v instanceof PyStrObj) {
    if (overrides(t, strType, "__eq__")) return KeyKind.OTHER;
    kindValue = v.value;
    return KeyKind.STR;
  }
  return KeyKind.OTHER;
}

/** stored == probe, for keys whose hashes are equal and which are not identical. */
export function keyEq(stored: unknown, probe: unknown): boolean {
  if (stored === probe) return true;
  const ka = classify(stored);
  if (ka !== KeyKind.OTHER) {
    const va = kindValue;
    const kb = classify(probe);
    if (kb !== KeyKind.OTHER) {
      const vb = kindValue;
      if (ka === kb) return va === vb; // ints are canonical (bigint only outside the safe range)
      if (ka === KeyKind.INT && kb === KeyKind.FLOAT) return eqIntFloat(va as I.PyInt, vb as number);
      if (ka === KeyKind.FLOAT && kb === KeyKind.INT) return eqIntFloat(vb as I.PyInt, va as number);
      return false; // a str never equals a number
    }
  }
  if (stored instanceof PyTuple && probe instanceof PyTuple && stored.cls === tupleType && probe.cls === tupleType) {
    // tuplerichcompare: lengths, then item-wise == with the identity shortcut.
    const a = stored.items;
    const b = probe.items;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!keyEq(a[i], b[i])) return false;
    return true;
  }
  return richEqBool(stored as PyValue, probe as PyValue);
}

// Set while hashing a tuple's items when one of them was not a str or a safe int.
let tupleItemHooked = false;

function tupleItemHash(x: unknown): I.PyInt {
  tupleItemHooked = true;
  return keyHash(x);
}

/** hash(key) for a key that is not a str or a safe int (hashing.ts calls it for those only). */
export function keyHash(key: unknown): I.PyInt {
  if (typeof key === "bigint" || typeof key === "number") return I.hash(key);
  if (typeof key === "string") return strHash(key);
  const v = key as PyObject;
  const t = v.cls;
  if (v instanceof PyIntObj && (t === boolType || !overrides(t, intType, "__hash__"))) return I.hash(v.value);
  if (v instanceof PyStrObj && !overrides(t, strType, "__hash__")) return strHash(v.value);
  if (v instanceof PyTuple && t === tupleType) {
    if (v.hashCache !== null) return v.hashCache;
    const outer = tupleItemHooked; // this tuple may be an item of one being hashed
    tupleItemHooked = false;
    const h = tupleHash(v.items, tupleItemHash);
    // As pytuple.ts: cache only when no item hash could run Python code (all strs, safe ints).
    if (!tupleItemHooked) v.hashCache = h;
    tupleItemHooked = outer || tupleItemHooked;
    return h;
  }
  if (t === frozensetType) {
    const fs = v as PySet; // (a type import: pyset.ts imports this module)
    return fs.hashCache ?? (fs.hashCache = fs.store.frozensetHash());
  }
  return hashOf(v);
}

setKeyOps({ hash: keyHash, eq: keyEq });
