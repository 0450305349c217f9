// Finalizers: `__del__` (CPython's tp_finalize) on a garbage-collected JS heap.
//
// JS gives no access to an object once it is unreachable, and no synchronous notice of its
// death. So an object whose class has `__del__` is tracked when it is made: the tracker keeps
// the object's state apart from the object itself and a WeakRef to the object. When the WeakRef
// is found cleared, the object is rebuilt from that state (a new JS object with the same class
// and the same state, which Python code cannot tell from the old one except by id()) and its
// `__del__` runs, once (PEP 442: a finalizer runs once per object).
//
// - Instances of Python classes (PyInstance): the state is the instance dict, the __slots__
//   array and the class, held by the tracker (the dict is made at tracking if the class has one).
// - Other objects (Python subclasses of native types, such as io.FileIO): every own field of
//   the JS object is moved into a state record and replaced by an accessor reading and writing
//   that record, so the record always holds the current values while the accessors keep no
//   reference to the object.
//
// Limits, by design: an object whose own state refers back to it (`self.me = self`, a cycle
// through its dict) stays reachable from the tracker and is neither finalized nor freed (CPython
// finalizes such cycles; a cap on tracked objects bounds that leak); `__dict__` or `__class__`
// reassigned after creation is not seen by the rebuilt instance. Finalizers run when the
// program asks the collector (gc.collect()) and, amortized, while new tracked objects are made
// (the tracker then checks for dead ones, after ending JS's keep-alive of WeakRef targets).

import { PyObject, PyType, PyValue, TypeFlag } from "./object";
import { PyDict } from "./pydict";
import { PyInstance } from "./types";

interface Tracked {
  ref: WeakRef<PyObject>;
  /** Rebuilds the object from its state once the original is gone. */
  cls: PyType;
  dict: PyDict | null;
  slots: (PyValue | undefined)[] | null;
  /** For objects other than PyInstance: the prototype and the moved fields. */
  proto: object | null;
  state: Record<string | symbol, unknown> | null;
}

/** What the runtime supplies (gc.ts): ending WeakRef keep-alive, running one finalizer. */
export const finalizerHooks: {
  endKeepAlive: () => void;
  /** Calls `__del__` on the rebuilt object, reporting an exception as unraisable. */
  finalize: (o: PyObject) => void;
} = {
  endKeepAlive: () => {},
  finalize: () => {},
};

/** At most this many live tracked objects: beyond it new objects are not tracked (see above). */
const MAX_TRACKED = 100_000;

let tracked: Tracked[] = [];
/** Check for dead objects when the list reaches this length (doubles the live count). */
let nextScan = 1024;
let running = false;
const seen = new WeakSet<PyObject>();

/** Whether instances of `t` need tracking: its MRO has `__del__` (cached per type version). */
export function hasFinalizer(t: PyType): boolean {
  if (t.delVersion !== t.version) {
    t.delVersion = t.version;
    t.hasDel = t.lookup("__del__") !== undefined;
  }
  return t.hasDel;
}

function accessor(state: Record<string | symbol, unknown>, key: string | symbol): PropertyDescriptor {
  return {
    get: () => state[key],
    set: (v: unknown) => {
      state[key] = v;
    },
    enumerable: true,
    configurable: true,
  };
}

/** Starts tracking `o` (made by a class with `__del__`); a second call does nothing. */
export function trackFinalizer(o: PyObject): void {
  // A fresh PyInstance (object.__new__) cannot be tracked yet; other objects can come twice
  // (a __new__ returning an existing object).
  const fresh = o instanceof PyInstance && Object.getPrototypeOf(o) === PyInstance.prototype;
  if (!fresh && seen.has(o)) return;
  if (tracked.length >= nextScan) runFinalizers();
  if (tracked.length >= MAX_TRACKED) return;
  const t: Tracked = { ref: new WeakRef(o), cls: o.cls, dict: null, slots: null, proto: null, state: null };
  if (fresh) {
    if (o.dict === null && o.cls.flags & TypeFlag.HAS_DICT) o.dict = new PyDict();
    t.dict = o.dict;
    t.slots = o.slots;
  } else {
    seen.add(o);
    // Accessors on the object itself make its accesses slower (a map of its own): only Python
    // subclasses of native types with __del__ come here, not the native types themselves.
    const state: Record<string | symbol, unknown> = Object.create(null);
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      if (!("value" in d) || !d.configurable) continue;
      state[key] = d.value;
      Object.defineProperty(o, key, accessor(state, key));
    }
    t.proto = Object.getPrototypeOf(o);
    t.state = state;
  }
  tracked.push(t);
}

function rebuild(t: Tracked): PyObject {
  if (t.state === null) {
    const o = new PyInstance(t.cls);
    o.dict = t.dict;
    o.slots = t.slots;
    return o;
  }
  const o = Object.create(t.proto) as PyObject;
  const st = t.state;
  for (const key of Reflect.ownKeys(st)) {
    Object.defineProperty(o, key, { value: st[key], writable: true, enumerable: true, configurable: true });
  }
  return o;
}

/**
 * Runs the finalizers of tracked objects found dead (oldest first); returns how many ran.
 * Call after a collection (gc.collect) or let trackFinalizer call it now and then.
 */
export function runFinalizers(): number {
  if (running || tracked.length === 0) return 0;
  running = true;
  let n = 0;
  try {
    finalizerHooks.endKeepAlive();
    const dead: Tracked[] = [];
    const live: Tracked[] = [];
    for (const t of tracked) (t.ref.deref() === undefined ? dead : live).push(t);
    tracked = live;
    nextScan = Math.max(1024, live.length * 2);
    for (const t of dead) {
      n++;
      finalizerHooks.finalize(rebuild(t));
    }
  } finally {
    running = false;
  }
  return n;
}

/**
 * At exit, after the atexit functions: finalizes every tracked object, alive or not, in the
 * order they were made (CPython finalizes what the modules still hold when it clears them).
 */
export function finalizeAll(): void {
  if (running) return;
  running = true;
  try {
    const all = tracked;
    tracked = [];
    nextScan = Infinity;
    for (const t of all) finalizerHooks.finalize(t.ref.deref() ?? rebuild(t));
  } finally {
    running = false;
  }
}

/** How many objects are tracked (for tests of the tracker itself). */
export function trackedCount(): number {
  return tracked.length;
}
