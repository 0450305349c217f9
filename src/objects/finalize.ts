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
// through its dict) would stay reachable from the tracker for good: once it has survived two
// scans it is checked for such a cycle (untrackCycles) and, if it has one, no longer tracked, so
// that it can be freed; its __del__ then never runs (CPython finalizes such cycles), nor for an
// object whose cycle the program breaks later; `__dict__` or `__class__`
// reassigned after creation is not seen by the rebuilt instance. Finalizers run when the
// program asks the collector (gc.collect()) and, amortized, while new tracked objects are made
// (the tracker then checks for dead ones, after ending JS's keep-alive of WeakRef targets).

import { PyObject, PyType, PyValue, TypeFlag } from "./object";
import { PyDict } from "./pydict";
import { PyFunction, PyInstance, PyModule } from "./types";

interface Tracked {
  ref: WeakRef<PyObject>;
  /** Rebuilds the object from its state once the original is gone. */
  cls: PyType;
  dict: PyDict | null;
  slots: (PyValue | undefined)[] | null;
  /** For objects other than PyInstance: the prototype and the moved fields. */
  proto: object | null;
  state: Record<string | symbol, unknown> | null;
  /** Collector scans the object has survived (see untrackCycles). */
  scans: number;
  /** For objects tracked by trackState: their state record, and how to make the object again. */
  native: object | null;
  rebuildNative: ((cls: PyType, state: object) => PyObject) | null;
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
  const t: Tracked = {
    ref: new WeakRef(o), cls: o.cls, dict: null, slots: null, proto: null, state: null, scans: 0, native: null, rebuildNative: null,
  };
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

/**
 * Tracks a native object that keeps all its state in one JS record (asyncio's Future and Task,
 * on hot paths, where trackFinalizer's accessors would slow every access). The tracker holds the
 * record; once the object is dead, `rebuild(cls, state)` makes it again around the same record
 * for its __del__. The caller tracks an object once; its instance dict, if any, is not kept.
 */
export function trackState(o: PyObject, state: object, rebuild: (cls: PyType, state: object) => PyObject): void {
  if (tracked.length >= nextScan) runFinalizers();
  if (tracked.length >= MAX_TRACKED) return;
  tracked.push({
    ref: new WeakRef(o), cls: o.cls, dict: null, slots: null, proto: null, state: null, scans: 0, native: state, rebuildNative: rebuild,
  });
}

function rebuild(t: Tracked): PyObject {
  if (t.rebuildNative !== null) return t.rebuildNative(t.cls, t.native!);
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
    tracked = untrackCycles(live);
    nextScan = Math.max(1024, tracked.length * 2);
    for (const t of dead) {
      n++;
      finalizerHooks.finalize(rebuild(t));
    }
  } finally {
    running = false;
  }
  return n;
}

/** Scans after which a live tracked object is checked for a cycle through its own state. */
const CYCLE_CHECK_SCANS = 2;
/** At most this many objects are checked per scan, each walking at most CYCLE_WALK_NODES values. */
const CYCLE_CHECKS_PER_SCAN = 200;
const CYCLE_WALK_NODES = 5000;

/**
 * The live entries less those whose object is reachable from its own state (an event loop whose
 * ready queue holds its bound methods, `self.me = self`). The tracker holds that state, so such
 * an object could never be found dead: it and everything it refers to (an executor's threads,
 * sockets) would live for good. It is no longer tracked: it dies when the program lets go of
 * it, without its `__del__` (CPython finalizes such cycles; here the choice is between a leak
 * and a finalizer that does not run). Checked once, after the object survived a few scans.
 */
function untrackCycles(live: Tracked[]): Tracked[] {
  const kept: Tracked[] = [];
  let checks = 0;
  for (const t of live) {
    if (t.scans < CYCLE_CHECK_SCANS) {
      t.scans++;
    } else if (t.scans === CYCLE_CHECK_SCANS && checks < CYCLE_CHECKS_PER_SCAN) {
      // (Over the budget, the check waits for the next scan.)
      checks++;
      t.scans++;
      const o = t.ref.deref();
      if (o !== undefined && reachesItself(o, [t.dict, t.slots, t.state, t.native])) continue;
    }
    kept.push(t);
  }
  return kept;
}

/**
 * Whether `target` can be reached from `roots` through the fields of JS objects and arrays
 * (a bounded breadth-first walk). Classes, modules, functions and code are not entered, nor a
 * frame's globals and builtins: what an object's state leads back to it through is its own data.
 */
function reachesItself(target: object, roots: unknown[]): boolean {
  const seenNodes = new Set<object>();
  const queue: unknown[] = roots.slice();
  for (let head = 0; head < queue.length && seenNodes.size < CYCLE_WALK_NODES; head++) {
    const v = queue[head];
    if (v === null || typeof v !== "object") continue;
    if (v === target) return true;
    if (seenNodes.has(v) || v instanceof PyType || v instanceof PyModule || v instanceof PyFunction || v instanceof WeakRef) continue;
    seenNodes.add(v);
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") queue.push(x);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (key === "globals" || key === "builtins" || key === "code") continue;
      const x = (v as Record<string, unknown>)[key];
      if (x !== null && typeof x === "object") queue.push(x);
    }
  }
  return false;
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
