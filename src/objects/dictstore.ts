// Storage for dict: an insertion-ordered hash map with Python's key semantics. Keys are equal
// when identical, or when their hashes are equal and == says so (1, 1.0 and True are one key).
//
// Layout. Entries live in insertion order in `keys`/`values` (a deleted entry leaves a hole,
// key HOLE, until the next rebuild), so iteration order is insertion order and positions are
// stable between rebuilds, which is what iterators and views index by. Two ways to find an
// entry's position, chosen per dict:
//   - "prim" mode (the start): a JS Map from key to position, used while every key is a JS
//     string or a number int. For those, hash and == need no object-layer call, and two keys
//     are equal exactly when the Map says so (a str never equals an int). This is the mode of
//     globals, instance dicts, kwargs and most int-keyed dicts: one Map lookup plus one array
//     load, no allocation. A small prim dict (at most SCAN_MAX entry positions) has no Map of
//     its own: its `map` is the shared empty SCAN, and its keys are found by scanning `keys`
//     (a JS Map costs a few hundred bytes; JSON documents and dict displays are mostly small
//     dicts, kept alive by the thousand).
//     A prim dict whose keys are all ints goes to general mode once it has INT_TABLE_AT of them.
//   - "general" mode: a CPython-style index table (Int32Array of positions; -1 empty, -2
//     deleted) probed with the key's 64-bit hash (halves stored per entry), comparing with
//     keyOps.eq (hashing.ts) when hashes match. The first key that is neither a str nor a
//     number (a PyFloat, True, a tuple, a bigint, an instance...) converts the dict, once and
//     for good (clear() returns it to prim mode).
//
// Sizes follow CPython 3.11 so that mutation during iteration is detected in the same cases:
// a table of size 2^k has room for 2^k*2/3 entries (`usable` counts what is left; deleting
// does not give room back); inserting a new key with no room left rebuilds the table, dropping
// holes, with the size CPython computes for 3 * len (see tableSizeFor); popitem() also drops
// the popped entry's trailing holes. Positions therefore move exactly when CPython's do, so an iterator sees the
// same "dictionary keys changed during iteration" cases.
//
// Every mutation gives the dict a new `version` from one global counter, so (dict, version)
// never repeats: the VM caches LOAD_GLOBAL results on it.
//
// Shared shapes (instance dicts). An instance's __dict__ starts in "shaped" prim mode: its key
// Map and `keys` array are those of a Shape shared by every dict that got the same str keys in
// the same order (PyPy's maps, CPython's split-keys dicts), so a new instance allocates no Map
// and adding `self.x` follows a cached transition. Readers do not know the difference: `map`
// and `keys` are as in prim mode. Every mutation that would change them (a deletion, a non-str
// key, popitem, a key past the shapes' depth limit) first gives the dict its own copies
// (`unshare`). A shaped dict never has holes.

import { raise } from "./errors";
import { halvesToInt, hashKeyToReg, hashReg, keyOps } from "./hashing";
import type { PyInt } from "./intmath";

/** Key of a deleted entry (its value is undefined). */
const HOLE: unknown = Object.freeze({ hole: true });

const EMPTY = -1;
const DUMMY = -2;
const PERTURB_SHIFT = 5;
/** PyDict_MINSIZE */
const DICT_MINSIZE = 8;
/** The most _PyDict_NewPresized will reserve. */
const MAX_PRESIZE = 128 * 1024;

let lastVersion = 0;

/** USABLE_FRACTION: how many entries a table of this size holds. */
function usableFraction(size: number): number {
  return Math.floor((size * 2) / 3);
}

/**
 * The table size CPython 3.11 picks for "at least n" (calculate_log2_keysize on 64-bit Linux):
 * 2 ** bit_length(((n | 8) - 1) | 7). Quirk copied from CPython: because of the `| 8`, this is
 * not always the smallest power of two >= n (n = 1..7 gives 16, n = 16 gives 32).
 */
function tableSizeFor(n: number): number {
  const x = ((n | DICT_MINSIZE) - 1) | (DICT_MINSIZE - 1);
  const bits = 32 - Math.clz32(x);
  return bits < 31 ? 1 << bits : 2 ** bits; // V8's ** is a call to pow (~90 ns)
}

/** Most keys a shaped dict has (a deeper one gets its own Map). */
const SHAPE_MAX_KEYS = 48;
/** Most transitions from one shape (instances given many different names get their own Maps). */
const SHAPE_MAX_TRANSITIONS = 24;

/** The key layout of shaped dicts: str keys in insertion order, shared and never mutated. */
export class Shape {
  readonly map: Map<string | number, number>;
  readonly keys: unknown[];
  private transitions: Map<string, Shape> | null = null;

  constructor(map: Map<string | number, number>, keys: unknown[]) {
    this.map = map;
    this.keys = keys;
  }

  /** The shape with `key` added at the end, or null when this shape may not grow that way. */
  next(key: string): Shape | null {
    let t = this.transitions;
    if (t !== null) {
      const s = t.get(key);
      if (s !== undefined) return s;
    } else {
      t = this.transitions = new Map();
    }
    if (this.keys.length >= SHAPE_MAX_KEYS || t.size >= SHAPE_MAX_TRANSITIONS) return null;
    const map = new Map(this.map);
    map.set(key, this.keys.length);
    const s = new Shape(map, [...this.keys, key]);
    t.set(key, s);
    return s;
  }
}

/** The empty shape: every instance dict starts from it. */
export const ROOT_SHAPE = new Shape(new Map(), []);

/**
 * The `map` of a prim-mode dict without a Map of its own (see the top): shared, always empty,
 * never written.
 */
const SCAN = new Map<string | number, number>();
/** Entry positions (holes included) a prim dict has before it gets its own Map. */
const SCAN_MAX = 8;

/** A key the Map of prim mode can hold. */
/**
 * A prim dict of only int keys that reaches this many goes to general mode: a JS Map scatters
 * int keys over memory (V8 scrambles their hashes), so a big one misses the cache on every
 * lookup (~160 ns for 640,000 keys read in order), while CPython's table puts consecutive ints
 * in consecutive slots (~5 ns). str keys stay in the Map, which caches their hashes.
 */
const INT_TABLE_AT = 2048;

function isPrim(key: unknown): key is string | number {
  return typeof key === "string" || typeof key === "number";
}

export class DictStore {
  /** Prim mode: key -> position. null in general mode. */
  map: Map<string | number, number> | null;
  /** General mode: index slot -> position, EMPTY or DUMMY. Length = table size (0 in prim). */
  index: Int32Array;
  /** Entries in insertion order; keys[p] === HOLE for a deleted entry. length = entries used. */
  keys: unknown[];
  values: unknown[];
  /** General mode: hash halves per position (capacity usableFraction(tableSize)). */
  hashLo: Int32Array;
  hashHi: Int32Array;
  /** The table size in CPython terms (0 before the first insertion). */
  tableSize: number;
  /** Entries that can still be appended before a rebuild. */
  usable: number;
  /** len(dict) */
  size: number;
  /** Changes on every mutation; unique across dicts. */
  version: number;
  /** Shaped mode: `map` and `keys` are this shape's (shared: never mutated through this dict). */
  shape: Shape | null;

  constructor(shape: Shape | null = null) {
    this.shape = shape;
    this.map = shape === null ? SCAN : shape.map;
    this.index = EMPTY_INDEX;
    this.keys = shape === null ? [] : shape.keys;
    this.values = [];
    this.hashLo = EMPTY_INDEX;
    this.hashHi = EMPTY_INDEX;
    this.tableSize = 0;
    this.usable = 0;
    this.size = this.keys.length;
    this.version = ++lastVersion;
  }

  /**
   * An empty instance dict (shaped), with the smallest table's room already (its first
   * attributes are added without a rebuild).
   */
  static forInstance(): DictStore {
    const d = new DictStore(ROOT_SHAPE);
    d.tableSize = DICT_MINSIZE;
    d.usable = usableFraction(DICT_MINSIZE);
    return d;
  }

  /** Leaves shaped mode: the dict gets its own Map and keys (same positions). */
  unshare(): void {
    const sh = this.shape;
    if (sh === null) return;
    this.shape = null;
    this.map = sh.keys.length <= SCAN_MAX ? SCAN : new Map(sh.map);
    this.keys = sh.keys.slice();
  }

  /**
   * Appends the str key `key`, absent from this shaped dict, as the transition to `to` (which
   * must be `shape.next(key)`): the inline caches' way of adding an attribute.
   */
  appendShaped(to: Shape, value: unknown): void {
    if (this.usable <= 0) this.rebuild();
    this.shape = to;
    this.map = to.map;
    this.keys = to.keys;
    this.values.push(value);
    this.usable--;
    this.size++;
    this.version = ++lastVersion;
  }

  /**
   * A dict of these str and int keys, all different, and their values, as one filled in order
   * (with the table sizes of CPython's: `presized`, made with room for them as
   * _PyDict_NewPresized does for BUILD_CONST_KEY_MAP; else grown key by key, as a JSON object).
   * The arrays become the dict's. null when a key is not a str or an int, or appears twice.
   */
  static fromPrim(keys: unknown[], values: unknown[], presized: boolean): DictStore | null {
    const n = keys.length;
    let m: Map<string | number, number> = SCAN;
    if (n > SCAN_MAX) m = new Map();
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (!isPrim(k)) return null;
      if (m === SCAN) {
        for (let j = 0; j < i; j++) if (keys[j] === k) return null;
      } else {
        if (m.has(k)) return null;
        m.set(k, i);
      }
    }
    const d = presized ? DictStore.presized(n) : new DictStore();
    if (presized) {
      if (d.tableSize === 0) d.tableSize = DICT_MINSIZE;
      d.usable = usableFraction(d.tableSize) - n;
    } else {
      for (let i = 0; i < n; i++) {
        if (d.usable <= 0) {
          d.tableSize = tableSizeFor(i * 3);
          d.usable = usableFraction(d.tableSize) - i;
        }
        d.usable--;
      }
    }
    d.map = m;
    d.keys = keys;
    d.values = values;
    d.size = n;
    return d;
  }

  /** A dict with room for n entries (_PyDict_NewPresized: dict displays, dict(**kw)). */
  static presized(n: number): DictStore {
    const d = new DictStore();
    if (n > usableFraction(DICT_MINSIZE)) {
      d.tableSize = n > usableFraction(MAX_PRESIZE) ? MAX_PRESIZE : tableSizeFor(Math.floor((n * 3 + 1) / 2));
      d.usable = usableFraction(d.tableSize);
    }
    return d;
  }

  /** One past the last entry position (holes included). */
  get end(): number {
    return this.keys.length;
  }

  // ---- prim-mode fast paths -----------------------------------------------------------------

  /** Prim mode (`m` is this.map): the position of a str or int key, or -1. */
  private primPos(m: Map<string | number, number>, key: string | number): number {
    if (m !== SCAN) {
      const p = m.get(key);
      return p === undefined ? -1 : p;
    }
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
    return -1;
  }

  /** Prim mode: records that the str or int key is at position p (appended) in the Map, if any. */
  private primAdd(key: string | number, p: number): void {
    let m = this.map!;
    if (m === SCAN) {
      if (p < SCAN_MAX) return;
      // Too many to scan: the dict gets its own Map.
      m = this.map = new Map();
      const keys = this.keys;
      for (let i = 0; i < keys.length; i++) if (keys[i] !== HOLE) m.set(keys[i] as string | number, i);
    }
    m.set(key, p);
  }

  /** Prim mode, after adding an entry: a big enough dict of int keys goes to general mode. */
  private intTable(): void {
    const m = this.map!;
    if (m.size === INT_TABLE_AT && this.keys.every((k) => typeof k === "number" || k === HOLE)) this.toGeneral();
  }

  /** d[key] / d.get(key): the value, or undefined when absent. Hashing may throw. */
  get(key: unknown): unknown {
    const m = this.map;
    if (m !== null && isPrim(key)) {
      const p = this.primPos(m, key);
      return p < 0 ? undefined : this.values[p];
    }
    const p = this.findPos(key);
    return p < 0 ? undefined : this.values[p];
  }

  /** key in d */
  has(key: unknown): boolean {
    const m = this.map;
    if (m !== null && isPrim(key)) return this.primPos(m, key) >= 0;
    return this.findPos(key) >= 0;
  }

  /** d[key] = value. An existing equal key keeps its identity; only the value changes. */
  set(key: unknown, value: unknown): void {
    const m = this.map;
    if (m !== null && isPrim(key)) {
      const p = this.primPos(m, key);
      if (p >= 0) {
        this.values[p] = value;
      } else {
        const sh = this.shape;
        if (sh !== null) {
          const to = typeof key === "string" ? sh.next(key) : null;
          if (to !== null) {
            this.appendShaped(to, value);
            return;
          }
          this.unshare();
        }
        if (this.usable <= 0) this.rebuild();
        this.primAdd(key, this.keys.length);
        this.keys.push(key);
        this.values.push(value);
        this.usable--;
        this.size++;
        if (typeof key === "number") this.intTable();
      }
      this.version = ++lastVersion;
      return;
    }
    this.setGeneral(key, value);
  }

  /** del d[key] / d.pop(key): the removed value, or undefined when absent (KeyError is the caller's). */
  remove(key: unknown): unknown {
    const m = this.map;
    if (m !== null && isPrim(key)) {
      const p = this.primPos(m, key);
      if (p < 0) return undefined;
      this.unshare();
      if (this.map !== SCAN) this.map!.delete(key);
      return this.clearEntry(p);
    }
    return this.removeGeneral(key);
  }

  /** d.setdefault(key, dflt): the existing value, or dflt after inserting it. */
  setDefault(key: unknown, dflt: unknown): unknown {
    const m = this.map;
    if (m !== null && isPrim(key)) {
      const p = this.primPos(m, key);
      if (p >= 0) return this.values[p];
      this.set(key, dflt);
      return dflt;
    }
    hashKeyToReg(key);
    const hLo = hashReg[0];
    const hHi = hashReg[1];
    const p = this.findPosWithHash(key, hLo, hHi);
    if (p >= 0) return this.values[p];
    this.insertNew(key, hLo, hHi, dflt);
    return dflt;
  }

  private clearEntry(p: number): unknown {
    const v = this.values[p];
    this.keys[p] = HOLE;
    this.values[p] = undefined;
    this.size--;
    this.version = ++lastVersion;
    return v;
  }

  // ---- general mode -------------------------------------------------------------------------

  /** The position of the entry equal to `key`, or -1 (hashes the key; may throw). */
  findPos(key: unknown): number {
    if (typeof key === "string" && this.map !== null) return this.primPos(this.map, key);
    hashKeyToReg(key);
    return this.findPosWithHash(key, hashReg[0], hashReg[1]);
  }

  /** The position of the entry equal to `key`, whose hash halves are given, or -1. */
  findPosWithHash(key: unknown, hLo: number, hHi: number): number {
    const m = this.map;
    if (m !== null) {
      if (isPrim(key)) return this.primPos(m, key);
      if (typeof key === "bigint" || this.size === 0) return -1; // a bigint equals no str or number int
      this.toGeneral();
    }
    for (;;) {
      const slot = this.lookupSlot(key, hLo, hHi);
      if (slot !== -2) return slot < 0 ? -1 : this.index[slot];
    }
  }

  /** key in d, with known hash halves (for set operations on dicts). */
  hasWithHash(key: unknown, hLo: number, hHi: number): boolean {
    return this.findPosWithHash(key, hLo, hHi) >= 0;
  }

  /**
   * One probe pass in the index: the slot whose entry equals `key`, -1 when absent, -2 when a
   * comparison changed the dict (the caller starts over, as CPython's lookdict does).
   */
  private lookupSlot(key: unknown, hLo: number, hHi: number): number {
    const index = this.index;
    const keys = this.keys;
    const mask = index.length - 1;
    if (mask < 0) return -1;
    let i = hLo & mask;
    let pLo = hLo >>> 0;
    let pHi = hHi >>> 0;
    for (;;) {
      const p = index[i];
      if (p === EMPTY) return -1;
      if (p >= 0) {
        const k = keys[p];
        if (k === key) return i;
        if (this.hashLo[p] === hLo && this.hashHi[p] === hHi && (typeof k === "object" || typeof key === "object")) {
          const eq = keyOps.eq(k, key);
          if (this.index !== index || this.keys !== keys || keys[p] !== k) return -2;
          if (eq) return i;
        }
      }
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + pLo + 1) & mask;
    }
  }

  private setGeneral(key: unknown, value: unknown): void {
    hashKeyToReg(key);
    const hLo = hashReg[0];
    const hHi = hashReg[1];
    const p = this.findPosWithHash(key, hLo, hHi);
    if (p >= 0) {
      this.values[p] = value;
      this.version = ++lastVersion;
      return;
    }
    this.insertNew(key, hLo, hHi, value);
  }

  /** Appends an entry for a key known to be absent. */
  private insertNew(key: unknown, hLo: number, hHi: number, value: unknown): void {
    this.unshare();
    if (this.map !== null && !isPrim(key)) this.toGeneral();
    if (this.usable <= 0) this.rebuild();
    const p = this.keys.length;
    if (this.map !== null) this.primAdd(key as string | number, p);
    else {
      this.hashLo[p] = hLo;
      this.hashHi[p] = hHi;
      this.index[this.freeSlot(hLo, hHi)] = p;
    }
    this.keys.push(key);
    this.values.push(value);
    this.usable--;
    this.size++;
    if (this.map !== null && typeof key === "number") this.intTable();
    this.version = ++lastVersion;
  }

  /** The first empty or deleted index slot on the probe sequence of a hash. */
  private freeSlot(hLo: number, hHi: number): number {
    const index = this.index;
    const mask = index.length - 1;
    let i = hLo & mask;
    let pLo = hLo >>> 0;
    let pHi = hHi >>> 0;
    while (index[i] >= 0) {
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + pLo + 1) & mask;
    }
    return i;
  }

  /** The index slot that points at position p (its entry's hash is stored). */
  private slotOf(p: number): number {
    const index = this.index;
    const mask = index.length - 1;
    const hLo = this.hashLo[p];
    let i = hLo & mask;
    let pLo = hLo >>> 0;
    let pHi = this.hashHi[p] >>> 0;
    while (index[i] !== p) {
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + pLo + 1) & mask;
    }
    return i;
  }

  private removeGeneral(key: unknown): unknown {
    hashKeyToReg(key);
    const hLo = hashReg[0];
    const hHi = hashReg[1];
    const p = this.findPosWithHash(key, hLo, hHi);
    if (p < 0) return undefined;
    this.index[this.slotOf(p)] = DUMMY;
    return this.clearEntry(p);
  }

  /** Leaves prim mode: hashes every key (strs and ints: no hooks) and builds the index. */
  private toGeneral(): void {
    this.unshare();
    this.map = null;
    const cap = usableFraction(this.tableSize);
    this.index = new Int32Array(this.tableSize).fill(EMPTY);
    this.hashLo = new Int32Array(cap);
    this.hashHi = new Int32Array(cap);
    const keys = this.keys;
    for (let p = 0; p < keys.length; p++) {
      const k = keys[p];
      if (k === HOLE) continue;
      hashKeyToReg(k); // a str or a number: no hook is called
      this.hashLo[p] = hashReg[0];
      this.hashHi[p] = hashReg[1];
      this.index[this.freeSlot(hashReg[0], hashReg[1])] = p;
    }
  }

  /** insertion_resize: a new table for 3 * len entries, holes dropped (positions move). */
  private rebuild(): void {
    this.resizeTo(tableSizeFor(this.size * 3));
  }

  private resizeTo(size: number): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const oldLo = this.hashLo;
    const oldHi = this.hashHi;
    const m = this.map;
    // Without holes the entries stay where they are (a comparison in progress notices the
    // new index instead); with holes they move to new arrays.
    const compact = this.size !== oldKeys.length;
    const keys: unknown[] = compact ? [] : oldKeys;
    const values: unknown[] = compact ? [] : oldValues;
    if (compact) {
      for (let p = 0; p < oldKeys.length; p++) {
        const k = oldKeys[p];
        if (k === HOLE) continue;
        if (m !== null && m !== SCAN) m.set(k as string | number, keys.length);
        keys.push(k);
        values.push(oldValues[p]);
      }
    }
    this.keys = keys;
    this.values = values;
    this.tableSize = size;
    this.usable = usableFraction(size) - keys.length;
    if (m === null) {
      const cap = usableFraction(size);
      this.index = new Int32Array(size).fill(EMPTY);
      this.hashLo = new Int32Array(cap);
      this.hashHi = new Int32Array(cap);
      let q = 0;
      for (let p = 0; p < oldKeys.length; p++) {
        if (oldKeys[p] === HOLE) continue;
        this.hashLo[q] = oldLo[p];
        this.hashHi[q] = oldHi[p];
        this.index[this.freeSlot(oldLo[p], oldHi[p])] = q;
        q++;
      }
    }
  }

  // ---- whole-dict operations ----------------------------------------------------------------

  /** d.popitem(): the last entry [key, value], removed (LIFO). KeyError when empty. */
  popitem(): [unknown, unknown] {
    if (this.size === 0) raise("KeyError", "popitem(): dictionary is empty");
    this.unshare();
    const keys = this.keys;
    let p = keys.length - 1;
    while (keys[p] === HOLE) p--;
    const k = keys[p];
    const v = this.values[p];
    if (this.map === null) this.index[this.slotOf(p)] = DUMMY;
    else if (this.map !== SCAN) this.map.delete(k as string | number);
    // CPython drops the trailing holes with the entry (dk_nentries = p); room is not returned.
    keys.length = p;
    this.values.length = p;
    this.size--;
    this.version = ++lastVersion;
    return [k, v];
  }

  /** d.clear(): back to an empty dict in prim mode (new arrays: iterators see the change). */
  clear(): void {
    this.shape = null;
    this.map = SCAN;
    this.index = EMPTY_INDEX;
    this.keys = [];
    this.values = [];
    this.hashLo = EMPTY_INDEX;
    this.hashHi = EMPTY_INDEX;
    this.tableSize = 0;
    this.usable = 0;
    this.size = 0;
    this.version = ++lastVersion;
  }

  /**
   * d.copy() as CPython 3.11's PyDict_Copy: an exact clone (same positions, holes and room)
   * when at most a third of the entries are holes, else a compact dict sized for len(d).
   */
  copy(): DictStore {
    const d = new DictStore();
    if (this.size === 0) return d;
    if (this.size >= Math.floor((this.keys.length * 2) / 3)) {
      d.cloneFrom(this);
      return d;
    }
    d.tableSize = tableSizeFor(Math.floor((this.size * 3 + 1) / 2));
    d.usable = usableFraction(d.tableSize);
    d.mergeFrom(this);
    return d;
  }

  /** Becomes an exact copy of other's table (positions, holes, room). */
  private cloneFrom(other: DictStore): void {
    const sh = other.shape;
    this.shape = sh;
    this.map = sh !== null ? sh.map : other.map === null || other.map === SCAN ? other.map : new Map(other.map);
    this.index = other.index.slice();
    this.keys = sh !== null ? sh.keys : other.keys.slice();
    this.values = other.values.slice();
    this.hashLo = other.hashLo.slice();
    this.hashHi = other.hashHi.slice();
    this.tableSize = other.tableSize;
    this.usable = other.usable;
    this.size = other.size;
    this.version = ++lastVersion;
  }

  /**
   * d.update(other) for a dict `other` (dict_merge): reserve room once, then insert other's
   * entries in order with the hashes it stored (no __hash__ calls). RuntimeError "dict mutated
   * during update" when a comparison changes other's size or layout.
   */
  mergeFrom(other: DictStore): void {
    if (other === this || other.size === 0) return;
    if (this.size === 0 && other.size === other.keys.length &&
        (other.tableSize === DICT_MINSIZE || usableFraction(other.tableSize / 2) < other.size)) {
      this.cloneFrom(other); // CPython copies a compact table as it is
      return;
    }
    if (usableFraction(this.tableSize) < other.size) {
      // Keep what is there, in a table big enough for both.
      this.resizeTo(tableSizeFor(Math.floor(((this.size + other.size) * 3 + 1) / 2)));
    }
    const n = other.keys.length;
    const size = other.size;
    const okeys = other.keys;
    for (let p = 0; p < n; p++) {
      const k = okeys[p];
      if (k === HOLE) continue;
      const v = other.values[p];
      if (this.map !== null && isPrim(k)) {
        this.set(k, v);
      } else {
        other.loadHashAt(p);
        const hLo = hashReg[0];
        const hHi = hashReg[1];
        const q = this.findPosWithHash(k, hLo, hHi);
        if (q >= 0) {
          this.values[q] = v;
          this.version = ++lastVersion;
        } else this.insertNew(k, hLo, hHi, v);
      }
      if (other.keys !== okeys || other.keys.length !== n || other.size !== size) {
        raise("RuntimeError", "dict mutated during update");
      }
    }
  }

  // ---- positions (iteration, views) ---------------------------------------------------------

  /** The first live position at or after p, or -1. */
  nextPos(p: number): number {
    const keys = this.keys;
    for (; p < keys.length; p++) if (keys[p] !== HOLE) return p;
    return -1;
  }

  /** The last live position at or before p, or -1. */
  prevPos(p: number): number {
    const keys = this.keys;
    if (p >= keys.length) p = keys.length - 1;
    for (; p >= 0; p--) if (keys[p] !== HOLE) return p;
    return -1;
  }

  isLive(p: number): boolean {
    return p < this.keys.length && this.keys[p] !== HOLE;
  }

  keyAt(p: number): unknown {
    return this.keys[p];
  }

  valueAt(p: number): unknown {
    return this.values[p];
  }

  /** Replaces the value at a live position (no lookup). */
  setValueAt(p: number, value: unknown): void {
    this.values[p] = value;
    this.version = ++lastVersion;
  }

  /** Loads the hash of the entry at a live position into hashReg (stored, or computed for a str or int). */
  loadHashAt(p: number): void {
    if (this.map === null) {
      hashReg[0] = this.hashLo[p];
      hashReg[1] = this.hashHi[p];
    } else {
      hashKeyToReg(this.keys[p]); // prim mode: a str or a number, no hook
    }
  }

  /** The stored hash of the entry at a live position, as a PyInt. */
  hashAt(p: number): PyInt {
    this.loadHashAt(p);
    return halvesToInt(hashReg[1], hashReg[0]);
  }
}

const EMPTY_INDEX = new Int32Array(0);

/**
 * A dict iterator (dictiter_iternext*, dictreviter_iternext): yields entry positions.
 * RuntimeError "dictionary changed size during iteration" when len(d) changed since the
 * iterator was made (sticky: every later call raises too). Forward iteration also counts what
 * it has yielded: finding more live entries than len(d) had (a key deleted and another added)
 * raises "dictionary keys changed during iteration" and ends the iterator. Reversed iteration
 * only checks the size, as CPython's.
 */
export class DictIterator {
  private dict: DictStore | null;
  private expected: number;
  private pos: number;
  /** Items left to yield (__length_hint__). */
  remaining: number;
  readonly reversed: boolean;

  constructor(dict: DictStore, reversed = false) {
    this.dict = dict;
    this.expected = dict.size;
    this.remaining = dict.size;
    this.reversed = reversed;
    this.pos = reversed ? dict.end - 1 : 0;
  }

  /** The next entry position, or -1 at the end. */
  next(): number {
    const d = this.dict;
    if (d === null) return -1;
    if (this.expected !== d.size) {
      this.expected = -1;
      raise("RuntimeError", "dictionary changed size during iteration");
    }
    if (this.reversed) {
      const p = this.pos < 0 ? -1 : d.prevPos(this.pos);
      if (p < 0) {
        this.dict = null;
        return -1;
      }
      this.pos = p - 1;
      this.remaining--;
      return p;
    }
    const p = d.nextPos(this.pos);
    if (p < 0) {
      this.dict = null;
      return -1;
    }
    if (this.remaining === 0) {
      this.dict = null;
      raise("RuntimeError", "dictionary keys changed during iteration");
    }
    this.pos = p + 1;
    this.remaining--;
    return p;
  }

  lengthHint(): number {
    return this.dict !== null && this.expected === this.dict.size ? this.remaining : 0;
  }
}
