// The root of the object model (DESIGN.md sections 3-4, docs/interpreter-plan.md).
//
// A Python value is a PyValue: a JS number (int in the safe range), a bigint (any other int), a
// JS string (str) or a PyObject, which carries a pointer to its Python type. Every type object
// is a PyType. This file holds the two classes, `typeOf`, and the attribute lookup along the
// MRO with its per-type cache; the behaviour of particular types lives in their own files and
// is attached to the bare type objects made in types.ts.

import type { PyDict } from "./pydict";

export type PyValue = number | bigint | string | PyObject;

export class PyObject {
  cls: PyType;
  /** The instance `__dict__`, for objects that have one (instances of Python classes). */
  dict: PyDict | null;
  /** id() of the object, given when first asked for (abstract.ts idOf): 0 until then. */
  pyId: number;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
    this.pyId = 0;
  }
}

/**
 * A data descriptor of a native type whose __get__ has a JS form that attribute caches call
 * directly (collections' _tuplegetter: namedtuple fields): nativeGet(obj) is __get__(obj, type).
 */
export interface NativeGet {
  nativeGet(obj: PyValue): PyValue;
}

/** Whether d is such a descriptor (an instance of a native type, whose methods cannot change). */
export function hasNativeGet(d: PyObject): boolean {
  return typeof (d as unknown as Partial<NativeGet>).nativeGet === "function" && !(d.cls.flags & TypeFlag.HEAPTYPE);
}

/** Type flags (a few of CPython's Py_TPFLAGS_*, plus Typhon's own). */
export const enum TypeFlag {
  /** A class statement made it (CPython's HEAPTYPE): its attributes can be set. */
  HEAPTYPE = 1 << 0,
  /** Can be subclassed. */
  BASETYPE = 1 << 1,
  /** Instances have a __dict__. */
  HAS_DICT = 1 << 2,
  IS_ABSTRACT = 1 << 3,
  /** For pattern matching (MATCH_SEQUENCE / MATCH_MAPPING), as CPython's flags. */
  SEQUENCE = 1 << 5,
  MAPPING = 1 << 6,
  /** Subclass of one of the builtin "fast subclass" types (for quick isinstance checks). */
  INT_SUBCLASS = 1 << 8,
  LIST_SUBCLASS = 1 << 9,
  TUPLE_SUBCLASS = 1 << 10,
  STR_SUBCLASS = 1 << 11,
  DICT_SUBCLASS = 1 << 12,
  EXC_SUBCLASS = 1 << 13,
  TYPE_SUBCLASS = 1 << 14,
}

/** What a native type's instances are made from (its `__new__` when subclassed by a class). */
export type NativeNew = (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

let nextVersion = 1;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[];
  /** The type's own namespace (its `__dict__` is a read-only view of it). */
  ns: Map<string, PyValue>;
  flags: number;
  /**
   * The version tag: changes when the type or any base is mutated, so a cache keyed on it
   * (attribute lookups per call site, the JIT's guards) stays valid while it is unchanged.
   */
  version: number;
  /** The nearest native base whose instance layout this type's instances have. */
  base: PyType | null;
  /** Subclasses, so that a change can bump their versions. */
  subclasses: PyType[];
  /** MRO lookup cache, valid for `cacheVersion`. */
  private cache: Map<string, PyValue | undefined>;
  private cacheVersion: number;
  /** Makes an instance (the native part of `__new__`). */
  nativeNew: NativeNew | null;
  /** `__slots__` names of this class (not its bases), or null. */
  slotNames: string[] | null;
  /** Typhon-side extra data a native type wants to keep. */
  extra: unknown;
  /** Whether the MRO has `__del__`, valid for `delVersion` (finalize.ts). */
  hasDel: boolean;
  delVersion: number;
  /**
   * What calling the type runs (abstract.ts typeCallDefault), valid for `ctorVersion`: its
   * __new__, and its __init__ (null when there is nothing to call: object's own, after a
   * __new__ of the type's own, which takes the arguments).
   */
  ctorNew: PyValue;
  ctorInit: PyValue | null;
  ctorVersion: number;
  /**
   * A builtin type's own shortcut for `T(*args)` (positional arguments only, the exact type):
   * what __new__ then __init__ would give, or undefined to take the general path (other
   * arities, argument kinds it leaves to the type's methods, errors). Builtin types cannot be
   * changed, so it stays valid; subclasses never have one.
   */
  exactCall: ((args: PyValue[]) => PyValue | undefined) | null;

  constructor(meta: PyType | null, name: string, bases: PyType[], flags: number) {
    // `type` is its own type: the bootstrap passes null and fixes `cls` afterwards.
    super(meta as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.mro = [];
    this.ns = new Map();
    this.flags = flags;
    this.version = nextVersion++;
    this.base = null;
    this.subclasses = [];
    this.cache = new Map();
    this.cacheVersion = -1;
    this.nativeNew = null;
    this.slotNames = null;
    this.extra = null;
    this.hasDel = false;
    this.delVersion = -1;
    this.ctorNew = null as unknown as PyValue;
    this.ctorInit = null;
    this.ctorVersion = -1;
    this.exactCall = null;
  }

  /** Looks `name` up along the MRO (`_PyType_Lookup`), with a cache on the version tag. */
  lookup(name: string): PyValue | undefined {
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    let v = this.cache.get(name);
    if (v !== undefined || this.cache.has(name)) return v;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i].ns.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v);
    return v;
  }

  /** Marks the type and its subclasses as changed (`PyType_Modified`). */
  modified(): void {
    this.version = nextVersion++;
    for (const s of this.subclasses) s.modified();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Sets an attribute in the type's namespace and invalidates what depends on it. */
  setAttr(name: string, v: PyValue): void {
    this.ns.set(name, v);
    this.modified();
  }

  toString(): string {
    return `<class '${this.name}'>`;
  }
}

/** C3 linearization (the MRO of a new class), with CPython's error message. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    let nonEmpty = false;
    let candidate: PyType | null = null;
    for (const s of seqs) {
      if (s.length === 0) continue;
      nonEmpty = true;
      const head = s[0];
      if (seqs.every((o) => o.indexOf(head) <= 0)) {
        candidate = head;
        break;
      }
    }
    if (!nonEmpty) return out;
    if (candidate === null) {
      const heads: string[] = [];
      for (const s of seqs) if (s.length && !heads.includes(s[0].name)) heads.push(s[0].name);
      throw new MroError(`Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(", ")}`);
    }
    out.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

export class MroError extends Error {}
