// Storage for set and frozenset: an open-addressing hash table that behaves like CPython 3.11's
// (Objects/setobject.c), so that iterating a set of ints, floats, tuples, None... gives the
// order CPython gives after the same operations. Python programs print sets; the order is part
// of the observable behaviour even though the language leaves it unspecified.
//
// How CPython's table works (what this file reproduces, from its behaviour and source notes):
//   - The table has a power-of-two size, 8 at first. A slot is empty, active (key and hash),
//     or a dummy (a deleted key; its hash is -1). `fill` counts active + dummy slots, `used`
//     active ones.
//   - Probing starts at hash & mask. From slot i it inspects i..i+LINEAR_PROBES (10 slots)
//     when they fit before the end of the table, else just i; then perturb >>= 5 (perturb
//     starts as the hash taken as unsigned 64-bit) and i = (5*i + 1 + perturb) & mask.
//   - Adding stops at the first empty slot, remembering the last dummy passed (which is reused
//     in preference to the empty slot). Filling an empty slot may grow the table: when
//     fill*5 >= mask*3 it is rebuilt for used*4 keys (used*2 past 50,000): the smallest power
//     of two above that number. Rebuilding walks the old table in slot order and puts each key
//     at the first empty slot of its probe sequence; dummies disappear.
//   - Removing turns the slot into a dummy; the table never shrinks on removal alone.
//   - pop() scans forward from a "finger" (where the last pop stopped, wrapping) for an active
//     slot.
//   - Bulk operations build their results in particular ways (see merge, intersection,
//     difference, symmetricDifferenceUpdate below); each is described where it is written.
//
// Keys are `unknown`. Strings and ints hash and compare here; other keys go through the hooks
// in hashing.ts (keyOps), which may throw (a Python exception, propagated as is) or mutate the
// set: a lookup whose comparison changed the table starts over, as in CPython.

import { raise } from "./errors";
import { frozensetHash, hashKeyToReg, hashReg, keyOps, loadHash } from "./hashing";
import type { PyInt } from "./intmath";
import type { DictStore } from "./dictstore";

/** Marks a deleted slot (its hash halves are -1, -1). An empty slot holds `undefined`. */
const DUMMY: unknown = Object.freeze({ dummy: true });

export const LINEAR_PROBES = 9;
export const PERTURB_SHIFT = 5;
/** PySet_MINSIZE */
export const SET_MINSIZE = 8;

// perturb is an unsigned 64-bit value kept as two uint32 halves; (5*i + 1 + perturb) & mask
// only needs the low half, since mask < 2^31.

function newKeys(size: number): unknown[] {
  return new Array<unknown>(size).fill(undefined);
}

/** True when the stored key and the probe are equal without asking the object layer. */
function bothNative(a: unknown, b: unknown): boolean {
  return typeof a !== "object" && typeof b !== "object";
}

export class SetStore {
  /** Slot keys: undefined (empty), DUMMY, or a key. */
  keys: unknown[];
  /** Low and high 32-bit halves of each slot's hash (0 for empty slots, -1 for dummies). */
  lo: Int32Array;
  hi: Int32Array;
  mask: number;
  /** Active + dummy slots. */
  fill: number;
  /** Active slots: len(set). */
  used: number;
  /** Where pop() starts looking. */
  finger: number;

  constructor() {
    this.keys = newKeys(SET_MINSIZE);
    this.lo = new Int32Array(SET_MINSIZE);
    this.hi = new Int32Array(SET_MINSIZE);
    this.mask = SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
  }

  get size(): number {
    return this.used;
  }

  // ---- probing ------------------------------------------------------------------------------

  /**
   * The slot holding a key equal to `key` (whose hash halves are hHi:hLo), or -1. Restarts when
   * a comparison changed the table, as CPython's set_lookkey does.
   */
  private lookup(key: unknown, hLo: number, hHi: number): number {
    for (;;) {
      const r = this.lookupOnce(key, hLo, hHi);
      if (r !== -2) return r;
    }
  }

  /** One probe pass: the slot, -1 if absent, -2 if a comparison mutated the table. */
  private lookupOnce(key: unknown, hLo: number, hHi: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = hLo & mask;
    let pLo = hLo >>> 0;
    let pHi = hHi >>> 0;
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (this.lo[j] === hLo && this.hi[j] === hHi) {
          if (k === key) return j;
          if (!bothNative(k, key)) {
            const eq = keyOps.eq(k, key);
            if (this.keys !== keys || keys[j] !== k) return -2;
            if (eq) return j;
          }
        }
      }
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /**
   * set_add_entry: adds `key` with hash hHi:hLo unless an equal key is present. Returns true
   * when the key was added.
   */
  addEntry(key: unknown, hLo: number, hHi: number): boolean {
    restart: for (;;) {
      const keys = this.keys;
      const mask = this.mask;
      let i = hLo & mask;
      let pLo = hLo >>> 0;
      let pHi = hHi >>> 0;
      let freeslot = -1;
      for (;;) {
        const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
        for (let j = i; j <= last; j++) {
          const k = keys[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              // Reuse the (last) dummy passed: fill is unchanged, so no resize.
              keys[freeslot] = key;
              this.lo[freeslot] = hLo;
              this.hi[freeslot] = hHi;
              this.used++;
              return true;
            }
            keys[j] = key;
            this.lo[j] = hLo;
            this.hi[j] = hHi;
            this.used++;
            this.fill++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          const sLo = this.lo[j];
          const sHi = this.hi[j];
          if (sLo === hLo && sHi === hHi) {
            if (k === key) return false;
            if (!bothNative(k, key)) {
              const eq = keyOps.eq(k, key);
              if (eq) return false;
              if (this.keys !== keys || keys[j] !== k) continue restart;
            }
          } else if (k === DUMMY) {
            freeslot = j;
          }
        }
        pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
        pHi = pHi >>> PERTURB_SHIFT;
        i = (i * 5 + 1 + pLo) & mask;
      }
    }
  }

  /** Puts a key known to be absent into a table without dummies (set_insert_clean). */
  private static insertClean(keys: unknown[], lo: Int32Array, hi: Int32Array, mask: number, key: unknown, hLo: number, hHi: number): void {
    let i = hLo & mask;
    let pLo = hLo >>> 0;
    let pHi = hHi >>> 0;
    for (;;) {
      const last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= last; j++) {
        if (keys[j] === undefined) {
          keys[j] = key;
          lo[j] = hLo;
          hi[j] = hHi;
          return;
        }
      }
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi = pHi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /** set_table_resize: rebuilds the table with the smallest power-of-two size above minused. */
  resize(minused: number): void {
    let size = SET_MINSIZE;
    while (size <= minused) size *= 2;
    // CPython keeps a minimum-size table in place when it has no dummies to purge.
    if (size === SET_MINSIZE && this.mask === SET_MINSIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldLo = this.lo;
    const oldHi = this.hi;
    const keys = newKeys(size);
    const lo = new Int32Array(size);
    const hi = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) SetStore.insertClean(keys, lo, hi, mask, k, oldLo[j], oldHi[j]);
    }
    this.keys = keys;
    this.lo = lo;
    this.hi = hi;
    this.mask = mask;
    this.fill = this.used;
  }

  // ---- single-key operations ----------------------------------------------------------------

  /** set.add(key) (set_add_key): hashes the key (hook for non-str, non-int keys), then adds. */
  add(key: unknown): boolean {
    hashKeyToReg(key);
    return this.addEntry(key, hashReg[0], hashReg[1]);
  }

  /** Adds with a hash the caller already has (a PyInt). */
  addWithHash(key: unknown, hash: PyInt): boolean {
    loadHash(hash);
    return this.addEntry(key, hashReg[0], hashReg[1]);
  }

  /** key in set */
  contains(key: unknown): boolean {
    hashKeyToReg(key);
    return this.lookup(key, hashReg[0], hashReg[1]) >= 0;
  }

  /** Membership with known hash halves (set_contains_entry). */
  containsEntry(key: unknown, hLo: number, hHi: number): boolean {
    return this.lookup(key, hLo, hHi) >= 0;
  }

  /** set.discard(key): true if it was present. (remove() raises KeyError on false.) */
  discard(key: unknown): boolean {
    hashKeyToReg(key);
    return this.discardEntry(key, hashReg[0], hashReg[1]);
  }

  /** set_discard_entry: the slot becomes a dummy. */
  discardEntry(key: unknown, hLo: number, hHi: number): boolean {
    const j = this.lookup(key, hLo, hHi);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.lo[j] = -1;
    this.hi[j] = -1;
    this.used--;
    return true;
  }

  /** set.pop(): the first active slot at or after the finger (wrapping). */
  pop(): unknown {
    if (this.used === 0) raise("KeyError", "pop from an empty set");
    const keys = this.keys;
    const mask = this.mask;
    let j = this.finger & mask;
    while (keys[j] === undefined || keys[j] === DUMMY) j = j < mask ? j + 1 : 0;
    const k = keys[j];
    keys[j] = DUMMY;
    this.lo[j] = -1;
    this.hi[j] = -1;
    this.used--;
    this.finger = j + 1;
    return k;
  }

  /** set.clear(): back to an empty minimum-size table (the pop finger is kept, as in CPython). */
  clear(): void {
    this.keys = newKeys(SET_MINSIZE);
    this.lo = new Int32Array(SET_MINSIZE);
    this.hi = new Int32Array(SET_MINSIZE);
    this.mask = SET_MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  // ---- iteration ----------------------------------------------------------------------------

  /** The first active slot at or after `pos`, or -1 (set_next). */
  nextSlot(pos: number): number {
    const keys = this.keys;
    const n = this.mask + 1;
    for (let j = pos; j < n; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) return j;
    }
    return -1;
  }

  keyAt(slot: number): unknown {
    return this.keys[slot];
  }

  /** The keys in iteration order (a snapshot; for repr, list(s), tests). */
  toArray(): unknown[] {
    const out: unknown[] = [];
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** hash(frozenset): from the stored hashes of the active slots. Cache it in the object. */
  frozensetHash(): PyInt {
    const n = this.used;
    const lo = new Int32Array(n);
    const hi = new Int32Array(n);
    let m = 0;
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) {
        lo[m] = this.lo[j];
        hi[m] = this.hi[j];
        m++;
      }
    }
    return frozensetHash(m, lo, hi);
  }

  // ---- bulk operations ----------------------------------------------------------------------

  /**
   * Prepares for adding about n keys at once (CPython does this before updating from a set or
   * a dict): one resize instead of several when fill + n would pass 3/5 of the table.
   */
  presize(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  /**
   * set_merge: s.update(other) / s |= other for a set or frozenset `other`. After the presize,
   * an empty target of the same size without dummies in `other` takes other's slots as they
   * are; an empty target otherwise re-inserts other's keys in slot order without comparisons;
   * a non-empty one adds them one by one.
   */
  merge(other: SetStore): void {
    if (other === this || other.used === 0) return;
    this.presize(other.used);
    const oKeys = other.keys;
    const oLo = other.lo;
    const oHi = other.hi;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = oKeys.slice();
      this.lo = oLo.slice();
      this.hi = oHi.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      const keys = this.keys;
      for (let j = 0; j < oKeys.length; j++) {
        const k = oKeys[j];
        if (k !== undefined && k !== DUMMY) SetStore.insertClean(keys, this.lo, this.hi, this.mask, k, oLo[j], oHi[j]);
      }
      this.fill = other.used;
      this.used = other.used;
      return;
    }
    // Normal insertions; a comparison may mutate either set, so re-read other's table.
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j];
      if (k !== undefined && k !== DUMMY) this.addEntry(k, other.lo[j], other.hi[j]);
    }
  }

  /**
   * s.update(d) for an exact dict: presize for len(d), then add the keys in dict order with
   * the hashes the dict stored (no __hash__ calls, as in CPython).
   */
  mergeDict(d: DictStore): void {
    this.presize(d.size);
    for (let p = d.nextPos(0); p >= 0; p = d.nextPos(p + 1)) {
      d.loadHashAt(p);
      this.addEntry(d.keyAt(p), hashReg[0], hashReg[1]);
    }
  }

  /** set(other) / other.copy() for a set or frozenset: a new set merged from `other`. */
  copy(): SetStore {
    const s = new SetStore();
    s.merge(this);
    return s;
  }

  /**
   * a & b for two sets (set_intersection): a copy when they are the same set; otherwise iterate
   * the smaller (b when the sizes are equal) in slot order and add each key found in the
   * other to a new set, with its stored hash.
   */
  static intersection(a: SetStore, b: SetStore): SetStore {
    if (a === b) return a.copy();
    const result = new SetStore();
    let big = a;
    let small = b;
    if (small.used > big.used) {
      big = b;
      small = a;
    }
    for (let j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
      const k = small.keys[j];
      const hLo = small.lo[j];
      const hHi = small.hi[j];
      if (big.containsEntry(k, hLo, hHi)) result.addEntry(k, hLo, hHi);
    }
    return result;
  }

  /**
   * One step of a.intersection(iterable) for a non-set iterable: the object layer iterates,
   * and for each item calls this with a fresh `result`. Returns false when the loop should
   * stop (result already as large as a, as CPython's early exit).
   */
  static intersectionStep(a: SetStore, result: SetStore, key: unknown): boolean {
    hashKeyToReg(key);
    const hLo = hashReg[0];
    const hHi = hashReg[1];
    if (a.containsEntry(key, hLo, hHi)) {
      result.addEntry(key, hLo, hHi);
      if (result.used >= a.used) return false;
    }
    return true;
  }

  /** a &= b / a.intersection_update(b): compute the intersection, then take its table. */
  intersectionUpdate(other: SetStore): void {
    this.swapBodies(SetStore.intersection(this, other));
  }

  /** set_swap_bodies: exchanges the tables (not the pop fingers) of two sets. */
  swapBodies(other: SetStore): void {
    const keys = this.keys;
    const lo = this.lo;
    const hi = this.hi;
    const mask = this.mask;
    const fill = this.fill;
    const used = this.used;
    this.keys = other.keys;
    this.lo = other.lo;
    this.hi = other.hi;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    other.keys = keys;
    other.lo = lo;
    other.hi = hi;
    other.mask = mask;
    other.fill = fill;
    other.used = used;
  }

  /**
   * a -= b / a.difference_update(b) for a set b (set_difference_update_internal): discard b's
   * keys from a, iterating b in slot order, or, when b is more than 8 times larger than a,
   * iterating the intersection instead. Then purge dummies if they are over a quarter of the
   * table (finishDifferenceUpdate).
   */
  differenceUpdate(other: SetStore): void {
    if (other === this) {
      this.clear();
      return;
    }
    const src = other.used >>> 3 > this.used ? SetStore.intersection(this, other) : other;
    for (let j = 0; j <= src.mask; j++) {
      const k = src.keys[j];
      if (k !== undefined && k !== DUMMY) this.discardEntry(k, src.lo[j], src.hi[j]);
    }
    this.finishDifferenceUpdate();
  }

  /**
   * The end of every difference_update (also after the object layer discarded the items of a
   * non-set iterable one by one): rebuild when more than a quarter of the slots are dummies.
   */
  finishDifferenceUpdate(): void {
    if (this.fill - this.used <= this.mask >>> 2) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /**
   * a - b for sets (set_difference). When a is more than 4 times larger than b: copy a and
   * discard b's keys. Otherwise: a new set with a's keys (slot order) that are not in b.
   * (For a dict b see differenceDict; for other iterables CPython copies a, then discards.)
   */
  static difference(a: SetStore, b: SetStore): SetStore {
    if (a.used >>> 2 > b.used) {
      const r = a.copy();
      r.differenceUpdate(b);
      return r;
    }
    const result = new SetStore();
    for (let j = a.nextSlot(0); j >= 0; j = a.nextSlot(j + 1)) {
      const k = a.keys[j];
      const hLo = a.lo[j];
      const hHi = a.hi[j];
      if (!b.containsEntry(k, hLo, hHi)) result.addEntry(k, hLo, hHi);
    }
    return result;
  }

  /**
   * a.difference(d) for an exact dict d. When a is more than 4 times larger than d, CPython
   * copies a and discards d's keys (iterating d: the object layer should then do
   * `r = a.copy(); for k in d: r.discard(k); r.finishDifferenceUpdate()`, and this returns
   * null). Otherwise a new set of a's keys not in d, probed with a's stored hashes.
   */
  static differenceDict(a: SetStore, d: DictStore): SetStore | null {
    if (a.used >>> 2 > d.size) return null;
    const result = new SetStore();
    for (let j = a.nextSlot(0); j >= 0; j = a.nextSlot(j + 1)) {
      const k = a.keys[j];
      const hLo = a.lo[j];
      const hHi = a.hi[j];
      if (!d.hasWithHash(k, hLo, hHi)) result.addEntry(k, hLo, hHi);
    }
    return result;
  }

  /**
   * a ^= b for a set b (set_symmetric_difference_update): for each key of b in slot order,
   * discard it from a, or add it when it was absent. For a non-set iterable, CPython first
   * builds a set from it (the object layer does that, then calls this).
   */
  symmetricDifferenceUpdate(other: SetStore): void {
    if (other === this) {
      this.clear();
      return;
    }
    for (let j = other.nextSlot(0); j >= 0; j = other.nextSlot(j + 1)) {
      const k = other.keys[j];
      const hLo = other.lo[j];
      const hHi = other.hi[j];
      if (!this.discardEntry(k, hLo, hHi)) this.addEntry(k, hLo, hHi);
    }
  }

  /** a ^= d for an exact dict d: the same, over d's keys in dict order with d's hashes. */
  symmetricDifferenceUpdateDict(d: DictStore): void {
    for (let p = d.nextPos(0); p >= 0; p = d.nextPos(p + 1)) {
      d.loadHashAt(p);
      const hLo = hashReg[0];
      const hHi = hashReg[1];
      const k = d.keyAt(p);
      if (!this.discardEntry(k, hLo, hHi)) this.addEntry(k, hLo, hHi);
    }
  }

  /**
   * a ^ b for sets (set_symmetric_difference): note the asymmetry, the result starts as a copy
   * of b and then a's keys are toggled in it.
   */
  static symmetricDifference(a: SetStore, b: SetStore): SetStore {
    const r = b.copy();
    r.symmetricDifferenceUpdate(a);
    return r;
  }

  /** a | b for sets (set_or): a copy of a, updated from b. */
  static union(a: SetStore, b: SetStore): SetStore {
    const r = a.copy();
    if (a !== b) r.merge(b);
    return r;
  }

  /** a <= b (set_issubset, for a set b): every key of a, in slot order, is in b. */
  isSubsetOf(other: SetStore): boolean {
    if (this.used > other.used) return false;
    for (let j = this.nextSlot(0); j >= 0; j = this.nextSlot(j + 1)) {
      if (!other.containsEntry(this.keys[j], this.lo[j], this.hi[j])) return false;
    }
    return true;
  }

  /** a.isdisjoint(b) for a set b: probes the larger with the smaller's keys (b when equal). */
  isDisjoint(other: SetStore): boolean {
    if (other === this) return this.used === 0;
    let big: SetStore = this;
    let small = other;
    if (small.used > big.used) {
      big = other;
      small = this;
    }
    for (let j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
      if (big.containsEntry(small.keys[j], small.lo[j], small.hi[j])) return false;
    }
    return true;
  }
}

/**
 * A set iterator (setiter_iternext): yields slots in table order; raises RuntimeError when
 * the set's size changed since the iterator was made (sticky), as CPython does. A change that
 * keeps the size (discard one, add another) is not detected, as in CPython.
 */
export class SetIterator {
  private set: SetStore | null;
  private expected: number;
  private pos: number;
  /** __length_hint__ */
  remaining: number;

  constructor(set: SetStore) {
    this.set = set;
    this.expected = set.used;
    this.pos = 0;
    this.remaining = set.used;
  }

  /** The next key, or undefined at the end. */
  next(): unknown {
    const s = this.set;
    if (s === null) return undefined;
    if (this.expected !== s.used) {
      this.expected = -1;
      raise("RuntimeError", "Set changed size during iteration");
    }
    const j = s.nextSlot(this.pos);
    if (j < 0) {
      this.set = null;
      return undefined;
    }
    this.pos = j + 1;
    this.remaining--;
    return s.keys[j];
  }

  lengthHint(): number {
    return this.set !== null && this.expected === this.set.used ? this.remaining : 0;
  }
}
