// Code-point positions in str values (DESIGN.md section 3).
//
// A Python str is a JS string. Python counts code points, JS counts UTF-16 units; they differ
// only where the string holds surrogate units. A pair (high then low) is one code point, a lone
// surrogate is one code point by itself (Python strs can hold lone surrogates; two lone ones that
// would pair are the representation gap noted in docs/parser.md).
//
// Most strings have no surrogate units ("narrow"): code point i is unit i and JS built-ins give
// Python's answers directly. Every position-dependent helper first asks whether the string is
// narrow. That test scans the string, so for long strings the answer is cached together with,
// for wide strings, a checkpoint table (the unit offset of every CHECKPOINT-th code point) that
// makes a position lookup O(CHECKPOINT). Indexing one long string in a loop is thus O(1)
// amortized per access, whatever its contents.

import { raise } from "./errors";

/** An int argument as the object layer passes it: number, bigint, or null/undefined for None/absent. */
export type IndexArg = number | bigint | null | undefined;

const SURROGATE = /[\ud800-\udfff]/;
/** Strings shorter than this are scanned on every call instead of being cached. */
const SHORT = 64;
/** Distance in code points between two checkpoints of a wide string. */
const CHECKPOINT = 32;
const CACHE_SIZE = 4;

export function isHighSurrogate(u: number): boolean {
  return (u & 0xfc00) === 0xd800;
}

export function isLowSurrogate(u: number): boolean {
  return (u & 0xfc00) === 0xdc00;
}

/** A wide string's code point count and checkpoints: marks[k] = unit offset of code point k*CHECKPOINT. */
class WideIndex {
  /** The last position looked up (code point, unit offset): sequential access walks from it. */
  lastCp = 0;
  lastUnit = 0;
  constructor(
    readonly cpLen: number,
    readonly marks: Int32Array,
  ) {}
}

function buildWideIndex(s: string): WideIndex {
  const marks: number[] = [];
  let cp = 0;
  const n = s.length;
  for (let u = 0; u < n; cp++) {
    if (cp % CHECKPOINT === 0) marks.push(u);
    const c = s.charCodeAt(u);
    u += isHighSurrogate(c) && u + 1 < n && isLowSurrogate(s.charCodeAt(u + 1)) ? 2 : 1;
  }
  return new WideIndex(cp, Int32Array.from(marks));
}

// Round-robin cache of the long strings asked about last. `null` records a narrow string.
const cacheKeys: (string | undefined)[] = new Array(CACHE_SIZE).fill(undefined);
const cacheValues: (WideIndex | null)[] = new Array(CACHE_SIZE).fill(null);
let cacheNext = 0;

/** null when `s` is narrow (no surrogate units), else its index. Long strings are cached. */
function wideIndex(s: string): WideIndex | null {
  if (s.length < SHORT) return SURROGATE.test(s) ? buildWideIndex(s) : null;
  for (let i = 0; i < CACHE_SIZE; i++) if (cacheKeys[i] === s) return cacheValues[i];
  const value = SURROGATE.test(s) ? buildWideIndex(s) : null;
  cacheKeys[cacheNext] = s;
  cacheValues[cacheNext] = value;
  cacheNext = (cacheNext + 1) % CACHE_SIZE;
  return value;
}

/** True when `s` has no surrogate units, so that code point positions are unit positions. */
export function isNarrow(s: string): boolean {
  if (s.length < SHORT) return !SURROGATE.test(s);
  return wideIndex(s) === null;
}

/** True when every unit of `s` is below 0x80. */
export function isAsciiStr(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** len(s). */
export function cpLength(s: string): number {
  const w = wideIndex(s);
  return w === null ? s.length : w.cpLen;
}

/** The unit offset of code point `i` of a wide string (0 <= i <= cpLen). */
function wideUnitOffset(s: string, w: WideIndex, i: number): number {
  if (i >= w.cpLen) return s.length;
  let u: number;
  let k: number;
  if (i >= w.lastCp && i - w.lastCp < i % CHECKPOINT) {
    u = w.lastUnit;
    k = i - w.lastCp;
  } else {
    u = w.marks[(i / CHECKPOINT) | 0];
    k = i % CHECKPOINT;
  }
  for (; k > 0; k--) u += isHighSurrogate(s.charCodeAt(u)) && isLowSurrogate(s.charCodeAt(u + 1)) ? 2 : 1;
  w.lastCp = i;
  w.lastUnit = u;
  return u;
}

/** The unit offset of code point i of a short string, by walking from the start. */
function walkUnitOffset(s: string, i: number): number {
  let u = 0;
  for (; i > 0 && u < s.length; i--) u += isHighSurrogate(s.charCodeAt(u)) && isLowSurrogate(s.charCodeAt(u + 1)) ? 2 : 1;
  return u;
}

/** Number of code points of a short string, by walking. */
function walkLength(s: string): number {
  let n = 0;
  for (let u = 0; u < s.length; n++) u += isHighSurrogate(s.charCodeAt(u)) && isLowSurrogate(s.charCodeAt(u + 1)) ? 2 : 1;
  return n;
}

/** The unit offset where code point `i` starts (0 <= i <= len(s)). */
export function unitOffset(s: string, i: number): number {
  const w = wideIndex(s);
  return w === null ? i : wideUnitOffset(s, w, i);
}

/** The code point index of unit offset `u`, which must be a code point boundary (or s.length). */
export function cpIndex(s: string, u: number): number {
  const w = wideIndex(s);
  if (w === null) return u;
  if (u >= s.length) return w.cpLen;
  // The last checkpoint at or before u, then walk.
  const marks = w.marks;
  let lo = 0;
  let hi = marks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (marks[mid] <= u) lo = mid;
    else hi = mid - 1;
  }
  let cp = lo * CHECKPOINT;
  for (let at = marks[lo]; at < u; cp++) {
    at += isHighSurrogate(s.charCodeAt(at)) && isLowSurrogate(s.charCodeAt(at + 1)) ? 2 : 1;
  }
  return cp;
}

/** The code point at unit offset `u` of `s` (a pair read as one). */
export function codePointAtUnit(s: string, u: number): number {
  const c = s.charCodeAt(u);
  if (isHighSurrogate(c) && u + 1 < s.length) {
    const d = s.charCodeAt(u + 1);
    if (isLowSurrogate(d)) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

/** Number of units of the code point starting at unit offset `u`. */
export function unitsAt(s: string, u: number): number {
  return isHighSurrogate(s.charCodeAt(u)) && u + 1 < s.length && isLowSurrogate(s.charCodeAt(u + 1)) ? 2 : 1;
}

/** A code point as a string (one or two units). */
export function chr(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** Clamps an index argument to a safe JS number (values beyond ±2^53 behave alike here). */
export function toIndex(v: number | bigint): number {
  if (typeof v === "number") return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : v < 0n ? -Number.MAX_SAFE_INTEGER : 0;
}

/** s[i]: IndexError "string index out of range". */
export function strGetItem(s: string, index: number | bigint): string {
  let i = toIndex(index);
  if (s.length < SHORT) {
    // Short strings are not cached; a walk costs no more than the test.
    if (!SURROGATE.test(s)) {
      if (i < 0) i += s.length;
      if (i < 0 || i >= s.length) raise("IndexError", "string index out of range");
      return s[i];
    }
    if (i < 0) i += walkLength(s);
    if (i < 0) raise("IndexError", "string index out of range");
    const u = walkUnitOffset(s, i);
    if (u >= s.length) raise("IndexError", "string index out of range");
    return s.substr(u, unitsAt(s, u));
  }
  const w = wideIndex(s);
  if (w === null) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise("IndexError", "string index out of range");
    return s[i];
  }
  if (i < 0) i += w.cpLen;
  if (i < 0 || i >= w.cpLen) raise("IndexError", "string index out of range");
  const u = wideUnitOffset(s, w, i);
  return s.substr(u, unitsAt(s, u));
}

/** slice.indices(length): [start, stop, step] with CPython's clamping; ValueError for step 0. */
export function sliceIndices(length: number, start: IndexArg, stop: IndexArg, step: IndexArg): [number, number, number] {
  let st = step === null || step === undefined ? 1 : toIndex(step);
  if (st === 0) raise("ValueError", "slice step cannot be zero");
  let lo: number;
  let hi: number;
  if (start === null || start === undefined) lo = st < 0 ? length - 1 : 0;
  else {
    lo = toIndex(start);
    if (lo < 0) {
      lo += length;
      if (lo < 0) lo = st < 0 ? -1 : 0;
    } else if (lo >= length) lo = st < 0 ? length - 1 : length;
  }
  if (stop === null || stop === undefined) hi = st < 0 ? -1 : length;
  else {
    hi = toIndex(stop);
    if (hi < 0) {
      hi += length;
      if (hi < 0) hi = st < 0 ? -1 : 0;
    } else if (hi >= length) hi = st < 0 ? length - 1 : length;
  }
  if (st < -Number.MAX_SAFE_INTEGER) st = -Number.MAX_SAFE_INTEGER;
  return [lo, hi, st];
}

/** The number of items a slice with these adjusted indices selects. */
export function sliceLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

/** s[start:stop:step] with Python's slice semantics over code points. */
export function strSlice(s: string, start: IndexArg, stop: IndexArg, step: IndexArg): string {
  const w = wideIndex(s);
  const len = w === null ? s.length : w.cpLen;
  const [lo, hi, st] = sliceIndices(len, start, stop, step);
  if (st === 1) {
    if (hi <= lo) return "";
    return w === null ? s.slice(lo, hi) : s.slice(wideUnitOffset(s, w, lo), wideUnitOffset(s, w, hi));
  }
  const n = sliceLength(lo, hi, st);
  if (n === 0) return "";
  if (w === null) {
    let out = "";
    for (let k = 0, i = lo; k < n; k++, i += st) out += s[i];
    return out;
  }
  const parts: string[] = cpArray(s);
  let out = "";
  for (let k = 0, i = lo; k < n; k++, i += st) out += parts[i];
  return out;
}

/** The code points of `s` as one-character strings. */
export function cpArray(s: string): string[] {
  if (isNarrow(s)) return s.split("");
  const out: string[] = [];
  for (let u = 0; u < s.length; ) {
    const k = unitsAt(s, u);
    out.push(k === 1 ? s[u] : s.substr(u, 2));
    u += k;
  }
  return out;
}

/**
 * CPython's ADJUST_INDICES for find/count/startswith: start and end as in a slice, but without
 * clamping start to the length. Returns [start, end] in code points.
 */
export function adjustIndices(len: number, start: IndexArg, end: IndexArg): [number, number] {
  let lo = start === null || start === undefined ? 0 : toIndex(start);
  let hi = end === null || end === undefined ? len : toIndex(end);
  if (hi > len) hi = len;
  else if (hi < 0) {
    hi += len;
    if (hi < 0) hi = 0;
  }
  if (lo < 0) {
    lo += len;
    if (lo < 0) lo = 0;
  }
  return [lo, hi];
}

/** Compares two strs by code point, as Python's < does: -1, 0 or 1. JS's own comparison orders
 *  UTF-16 units, which puts astral characters (surrogate pairs) before U+E000..U+FFFF. */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  // Both strings agree up to i; step back into a pair whose high halves matched.
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) && (isLowSurrogate(a.charCodeAt(i)) || isLowSurrogate(b.charCodeAt(i)))) i--;
  return codePointAtUnit(a, i) < codePointAtUnit(b, i) ? -1 : 1;
}

/** ord(c): TypeError unless `c` is exactly one code point. */
export function strOrd(c: string): number {
  const cp = c.length === 0 ? -1 : codePointAtUnit(c, 0);
  const units = cp > 0xffff ? 2 : 1;
  if (c.length !== units) {
    raise("TypeError", `ord() expected a character, but string of length ${cpLength(c)} found`);
  }
  return cp;
}

/** chr(i): ValueError outside range(0x110000). */
export function strChr(i: number | bigint): string {
  if (typeof i === "bigint" || i < 0 || i > 0x10ffff) raise("ValueError", "chr() arg not in range(0x110000)");
  return chr(i);
}

/** s * n */
export function strRepeat(s: string, n: number | bigint): string {
  const k = toIndex(n);
  if (k <= 0 || s.length === 0) return "";
  if (s.length * k > 0x1fffffe8) raise("MemoryError", "");
  return s.repeat(k);
}
