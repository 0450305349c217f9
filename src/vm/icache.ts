// Per-code-object caches of the eval loop (DESIGN.md sections 4-5): inline caches per
// instruction for LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD, and the loop-header
// counter the JIT will hook into. They live in `CodeObject.vmData`, made on the code's first run.
//
// Attribute caches are keyed on the exact type and its version tag (object.ts: the version
// changes whenever the type or a base is mutated), so a hit skips the MRO lookups of
// __getattribute__/__setattr__ and of the name. An instance attribute is then found with a
// position hint into the instance dict's entry arrays (dictstore.ts): `keys[pos] === name`
// identifies the live entry, since a dict holds a key at most once and a deleted entry's key
// is a hole marker. Global loads use the same position guard on the globals (or builtins)
// dict, so rebinding a global's value keeps the cache valid.

import type { CodeObject } from "../bytecode/code";
import type { Shape } from "../objects/dictstore";
import type { PyDict } from "../objects/pydict";
import type { PyType, PyValue } from "../objects/types";
import type { Frame } from "./frame";

/** What an attribute cache entry found on the type. */
export const enum AttrKind {
  /** Not cacheable (custom __getattribute__/__setattr__, unusual descriptor): take the generic path. */
  SLOW,
  /** Look in the instance dict first (pos hint), else the type attribute `value` (may be undefined). */
  DICT,
  /** A data descriptor of a known native kind (getset, plain property) in `value`. */
  DATA,
  /** A __slots__ member: index `pos` in the instance's slots. */
  MEMBER,
}

export class AttrCache {
  type: PyType | null;
  version: number;
  kind: AttrKind;
  /** Position hint in the instance dict's entries. */
  pos: number;
  /** The attribute found on the type (descriptor or class attribute), or undefined. */
  value: PyValue | undefined;
  /** For LOAD_METHOD: `value` is a plain function/method descriptor to call with self. */
  method: boolean;
  /**
   * Shaped instance dicts (dictstore.ts): for LOAD_METHOD, a shape known not to hold the name
   * (no instance attribute shadows the method); for STORE_ATTR, the shape that adding the name
   * leaves (to `shapeTo`). Shapes never change, so these stay true whatever the type does.
   */
  shape: Shape | null;
  shapeTo: Shape | null;
  /** The next entry of a polymorphic instruction (up to a few types). */
  next: AttrCache | null;
  constructor() {
    this.shape = null;
    this.shapeTo = null;
    this.type = null;
    this.version = -1;
    this.kind = AttrKind.SLOW;
    this.pos = 0;
    this.value = undefined;
    this.method = false;
    this.next = null;
  }
}

export class GlobalCache {
  /** True: the name is in builtins (and was absent from globals at `gversion`). */
  builtin: boolean;
  pos: number;
  gversion: number;
  constructor() {
    this.builtin = false;
    this.pos = -1;
    this.gversion = -1;
  }
}

/** Backward jumps a code object may take before the JIT hook is told (the JIT sets it). */
export let loopThreshold = 1000;

export function setLoopThreshold(n: number): void {
  loopThreshold = Math.max(1, n);
}

export class CodeCache {
  /** One slot per instruction: an AttrCache or GlobalCache for the instructions that use one. */
  readonly ic: (AttrCache | GlobalCache | undefined)[];
  /** Counts down on every backward jump of this code; the hook runs when it reaches 0. */
  loopCounter: number;
  /** The JIT's per-loop state for this code (src/jit/driver.ts), or null. */
  jit: unknown;
  /**
   * Set with jit: by loop header, 1 when compiled code arriving at the loop from before it
   * should run the loop's trace (the JIT's entry hook); 0 when the loop has none or it is
   * parked, so that such code does not call the hook for nothing.
   */
  entry: Uint8Array | null;
  constructor(n: number) {
    this.ic = new Array(n);
    this.loopCounter = loopThreshold;
    this.jit = null;
    this.entry = null;
  }
}

export function codeCache(code: CodeObject): CodeCache {
  let c = code.vmData as CodeCache | null;
  if (c === null) {
    c = code.vmData = new CodeCache(code.code.length);
    internNames(code.names);
  }
  return c;
}

/** One string object per distinct name, so that the caches' `keys[pos] === name` compare pointers. */
const interned = new Map<string, string>();

function internNames(names: readonly string[]): void {
  const a = names as string[];
  for (let i = 0; i < a.length; i++) {
    const s = a[i];
    const t = interned.get(s);
    if (t === undefined) interned.set(s, s);
    else a[i] = t;
  }
}

/**
 * The JIT's entry point: called by JUMP_BACKWARD when the code's counter reaches 0, with the
 * frame (its pc already the loop header, sp stored) and the code's cache. The hook sets the
 * next counter value; it returns HOOK_RAN when it ran the loop (compiled or recording) and so
 * changed the frame's state, which the eval loop must then reload, and HOOK_RAISED when it ran
 * the loop and an exception came out of it, pending (takePending): the frame is at the
 * instruction that raised. Without a JIT it only resets the counter.
 */
export type LoopHook = (frame: Frame, cache: CodeCache, target: number) => number;

/** The loop hooks' results (LoopHook). */
export const HOOK_NO = 0, HOOK_RAN = 1, HOOK_RAISED = 2;

export let loopHook: LoopHook = (_frame, cache) => {
  cache.loopCounter = loopThreshold;
  return HOOK_NO;
};

export function setLoopHook(h: LoopHook): void {
  loopHook = h;
}

/**
 * The JIT's other entry point: compiled code arriving at a loop header from before the loop
 * (not by its back edge) in code the JIT has seen hot (`cache.jit` set). Runs the loop's trace
 * when there is one; same contract as LoopHook, but never records and never counts.
 */
export let loopEntryHook: LoopHook = () => HOOK_NO;

export function setLoopEntryHook(h: LoopHook): void {
  loopEntryHook = h;
}

/**
 * STORE_ATTR into an instance dict whose entry at the cached position is not `name` (cache `c`
 * of kind DICT; typically a new instance getting its attributes): the cached shape transition
 * when the dict is at its start, else a plain set that remembers the transition and position.
 */
export function storeDictMiss(c: AttrCache, dict: PyDict, name: string, v: PyValue): void {
  const st = dict.store;
  const from = st.shape;
  if (from !== null && from === c.shape) {
    st.appendShaped(c.shapeTo!, v);
    return;
  }
  dict.set(name, v);
  const to = st.shape;
  if (from !== null && to !== null && to !== from) {
    c.shape = from;
    c.shapeTo = to;
  }
  c.pos = dict.strPos(name);
}

/** LOAD_METHOD: whether the instance dict has no entry `name` (remembering a shape that has none). */
export function noShadow(c: AttrCache, dict: PyDict, name: string): boolean {
  const sh = dict.store.shape;
  if (sh !== null && sh === c.shape) return true;
  if (dict.getStr(name) !== undefined) return false;
  if (sh !== null) c.shape = sh;
  return true;
}
