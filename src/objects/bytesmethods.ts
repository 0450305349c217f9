// The methods of bytes and bytearray (CPython 3.11 Objects/bytes_methods.c, bytesobject.c,
// bytearrayobject.c behaviour), on Uint8Array.
//
// Every function takes the receiver first and returns a new array (never a view of its input),
// so the object layer can wrap the result as bytes or bytearray. Arguments arrive converted:
// bytes-like arguments as Uint8Array, ints as number | bigint, None/absent as null/undefined.
// A "sub" argument of the search methods may also be an int (a single byte), as in CPython.
// Character classes are ASCII only (Py_ISSPACE, Py_ISALPHA, ...).

import { raise } from "./errors";
import { adjustIndices, IndexArg, sliceIndices, sliceLength, toIndex } from "./strcore";

/** A search argument: a bytes-like object, or an int standing for one byte. */
export type ByteSub = Uint8Array | number | bigint;

const EMPTY = new Uint8Array(0);

function view(b: Uint8Array): Buffer {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** The needle of a search: an int must be a byte value (ValueError otherwise). */
function needleOf(sub: ByteSub): Uint8Array {
  if (typeof sub === "number" || typeof sub === "bigint") {
    if (sub < 0 || sub > 255) raise("ValueError", "byte must be in range(0, 256)");
    return Uint8Array.of(Number(sub));
  }
  return sub;
}

function concat(parts: readonly Uint8Array[], total?: number): Uint8Array {
  let n = total ?? 0;
  if (total === undefined) for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---- ASCII classes ------------------------------------------------------------------------------

function isSpaceByte(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isLowerByte(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isUpperByte(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isAlphaByte(c: number): boolean {
  return isLowerByte(c) || isUpperByte(c);
}
function isDigitByte(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

// ---- items --------------------------------------------------------------------------------------

/** b[i]: IndexError "index out of range" ("bytearray index out of range" for bytearray). */
export function bytesGetItem(b: Uint8Array, index: number | bigint, bytearray = false): number {
  let i = toIndex(index);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) raise("IndexError", bytearray ? "bytearray index out of range" : "index out of range");
  return b[i];
}

/** b[start:stop:step] */
export function bytesSlice(b: Uint8Array, start: IndexArg, stop: IndexArg, step: IndexArg): Uint8Array {
  const [lo, hi, st] = sliceIndices(b.length, start, stop, step);
  if (st === 1) return b.slice(lo, Math.max(lo, hi));
  const n = sliceLength(lo, hi, st);
  const out = new Uint8Array(n);
  for (let k = 0, i = lo; k < n; k++, i += st) out[k] = b[i];
  return out;
}

/** `sub in b` (an int sub is a byte value). */
export function bytesContains(b: Uint8Array, sub: ByteSub): boolean {
  return view(b).indexOf(needleOf(sub)) >= 0;
}

/** b * n */
export function bytesRepeat(b: Uint8Array, n: number | bigint): Uint8Array {
  const k = toIndex(n);
  if (k <= 0 || b.length === 0) return new Uint8Array(0);
  if (b.length * k > 0x7fffffff) raise("MemoryError", "");
  const out = new Uint8Array(b.length * k);
  if (b.length === 1) return out.fill(b[0]);
  out.set(b);
  // Doubling copies: log2(k) set() calls.
  for (let have = b.length; have < out.length; have *= 2) out.copyWithin(have, 0, Math.min(have, out.length - have));
  return out;
}

// ---- searching ----------------------------------------------------------------------------------

/** First offset in [lo, hi) where `needle` occurs entirely inside [lo, hi); -1 if none. */
function indexIn(b: Uint8Array, needle: Uint8Array, lo: number, hi: number): number {
  if (needle.length === 0) return lo;
  if (needle.length === 1) {
    const i = b.indexOf(needle[0], lo);
    return i >= 0 && i < hi ? i : -1;
  }
  return view(b.subarray(0, hi)).indexOf(needle, lo);
}

function lastIndexIn(b: Uint8Array, needle: Uint8Array, lo: number, hi: number): number {
  if (needle.length === 0) return hi;
  const i = view(b.subarray(0, hi)).lastIndexOf(needle, hi - needle.length);
  return i >= lo ? i : -1;
}

/** bytes.find */
export function bytesFind(b: Uint8Array, sub: ByteSub, start?: IndexArg, end?: IndexArg): number {
  const needle = needleOf(sub);
  const [lo, hi] = adjustIndices(b.length, start, end);
  if (hi - lo < needle.length) return -1;
  return indexIn(b, needle, lo, hi);
}

/** bytes.rfind */
export function bytesRfind(b: Uint8Array, sub: ByteSub, start?: IndexArg, end?: IndexArg): number {
  const needle = needleOf(sub);
  const [lo, hi] = adjustIndices(b.length, start, end);
  if (hi - lo < needle.length) return -1;
  return lastIndexIn(b, needle, lo, hi);
}

/** bytes.index: ValueError "subsection not found". */
export function bytesIndex(b: Uint8Array, sub: ByteSub, start?: IndexArg, end?: IndexArg): number {
  const i = bytesFind(b, sub, start, end);
  if (i < 0) raise("ValueError", "subsection not found");
  return i;
}

/** bytes.rindex */
export function bytesRindex(b: Uint8Array, sub: ByteSub, start?: IndexArg, end?: IndexArg): number {
  const i = bytesRfind(b, sub, start, end);
  if (i < 0) raise("ValueError", "subsection not found");
  return i;
}

/** bytes.count: non-overlapping occurrences. */
export function bytesCount(b: Uint8Array, sub: ByteSub, start?: IndexArg, end?: IndexArg): number {
  const needle = needleOf(sub);
  const [lo, hi] = adjustIndices(b.length, start, end);
  if (hi - lo < needle.length) return 0;
  if (needle.length === 0) return hi - lo + 1;
  let n = 0;
  if (needle.length === 1) {
    const c = needle[0];
    for (let i = lo; i < hi; i++) if (b[i] === c) n++;
    return n;
  }
  for (let i = indexIn(b, needle, lo, hi); i >= 0; i = indexIn(b, needle, i + needle.length, hi)) n++;
  return n;
}

function matchAt(b: Uint8Array, needle: Uint8Array, at: number): boolean {
  if (at < 0 || at + needle.length > b.length) return false;
  for (let k = 0; k < needle.length; k++) if (b[at + k] !== needle[k]) return false;
  return true;
}

/** bytes.startswith for one prefix (the caller loops over a tuple). */
export function bytesStartswith(b: Uint8Array, prefix: Uint8Array, start?: IndexArg, end?: IndexArg): boolean {
  const [lo, hi] = adjustIndices(b.length, start, end);
  if (hi - prefix.length < lo) return false;
  return matchAt(b, prefix, lo);
}

/** bytes.endswith for one suffix (the caller loops over a tuple). */
export function bytesEndswith(b: Uint8Array, suffix: Uint8Array, start?: IndexArg, end?: IndexArg): boolean {
  const [lo, hi] = adjustIndices(b.length, start, end);
  if (hi - suffix.length < lo) return false;
  return matchAt(b, suffix, hi - suffix.length);
}

/** bytes.removeprefix */
export function bytesRemoveprefix(b: Uint8Array, prefix: Uint8Array): Uint8Array {
  return b.slice(prefix.length > 0 && matchAt(b, prefix, 0) ? prefix.length : 0);
}

/** bytes.removesuffix */
export function bytesRemovesuffix(b: Uint8Array, suffix: Uint8Array): Uint8Array {
  const at = b.length - suffix.length;
  return b.slice(0, suffix.length > 0 && matchAt(b, suffix, at) ? at : b.length);
}

// ---- splitting ----------------------------------------------------------------------------------

function splitLimit(maxsplit: IndexArg): number {
  if (maxsplit == null) return Infinity;
  const m = toIndex(maxsplit);
  return m < 0 ? Infinity : m;
}

/** bytes.split(sep=None, maxsplit=-1) */
export function bytesSplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit?: IndexArg): Uint8Array[] {
  let limit = splitLimit(maxsplit);
  const out: Uint8Array[] = [];
  const n = b.length;
  if (sep == null) {
    let i = 0;
    while (limit-- > 0) {
      while (i < n && isSpaceByte(b[i])) i++;
      if (i === n) return out;
      const j = i++;
      while (i < n && !isSpaceByte(b[i])) i++;
      out.push(b.slice(j, i));
    }
    while (i < n && isSpaceByte(b[i])) i++;
    if (i < n) out.push(b.slice(i));
    return out;
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  let from = 0;
  while (limit-- > 0) {
    const i = indexIn(b, sep, from, n);
    if (i < 0) break;
    out.push(b.slice(from, i));
    from = i + sep.length;
  }
  out.push(b.slice(from));
  return out;
}

/** bytes.rsplit(sep=None, maxsplit=-1) */
export function bytesRsplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit?: IndexArg): Uint8Array[] {
  let limit = splitLimit(maxsplit);
  const out: Uint8Array[] = [];
  if (sep == null) {
    let i = b.length - 1;
    while (limit-- > 0) {
      while (i >= 0 && isSpaceByte(b[i])) i--;
      if (i < 0) return out.reverse();
      const j = i--;
      while (i >= 0 && !isSpaceByte(b[i])) i--;
      out.push(b.slice(i + 1, j + 1));
    }
    while (i >= 0 && isSpaceByte(b[i])) i--;
    if (i >= 0) out.push(b.slice(0, i + 1));
    return out.reverse();
  }
  if (sep.length === 0) raise("ValueError", "empty separator");
  let to = b.length;
  while (limit-- > 0) {
    const i = to >= sep.length ? lastIndexIn(b, sep, 0, to) : -1;
    if (i < 0) break;
    out.push(b.slice(i + sep.length, to));
    to = i;
  }
  out.push(b.slice(0, to));
  return out.reverse();
}

/** bytes.splitlines(keepends=False): lines end at \n, \r or \r\n only. */
export function bytesSplitlines(b: Uint8Array, keepends = false): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      i += b[i] === 0x0d && i + 1 < n && b[i + 1] === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(b.slice(j, eol));
  }
  return out;
}

/** bytes.partition: ValueError "empty separator". */
export function bytesPartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const i = indexIn(b, sep, 0, b.length);
  if (i < 0) return [b.slice(), new Uint8Array(0), new Uint8Array(0)];
  return [b.slice(0, i), sep.slice(), b.slice(i + sep.length)];
}

/** bytes.rpartition */
export function bytesRpartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const i = b.length >= sep.length ? lastIndexIn(b, sep, 0, b.length) : -1;
  if (i < 0) return [new Uint8Array(0), new Uint8Array(0), b.slice()];
  return [b.slice(0, i), sep.slice(), b.slice(i + sep.length)];
}

/** sep.join(items): the caller has checked that every item is bytes-like. */
export function bytesJoin(sep: Uint8Array, items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return new Uint8Array(0);
  let total = sep.length * (items.length - 1);
  for (const p of items) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (let k = 0; k < items.length; k++) {
    if (k > 0) {
      out.set(sep, at);
      at += sep.length;
    }
    out.set(items[k], at);
    at += items[k].length;
  }
  return out;
}

// ---- stripping ----------------------------------------------------------------------------------

/** The byte set of stripWith's `chars`: marked on entry and cleared on exit, so all zeros between calls. */
const stripSet = new Uint8Array(256);

function stripWith(b: Uint8Array, chars: Uint8Array | null | undefined, left: boolean, right: boolean): Uint8Array {
  let i = 0;
  let j = b.length;
  if (chars == null) {
    if (left) while (i < j && isSpaceByte(b[i])) i++;
    if (right) while (j > i && isSpaceByte(b[j - 1])) j--;
  } else {
    const set = stripSet;
    for (let k = 0; k < chars.length; k++) set[chars[k]] = 1;
    if (left) while (i < j && set[b[i]]) i++;
    if (right) while (j > i && set[b[j - 1]]) j--;
    for (let k = 0; k < chars.length; k++) set[chars[k]] = 0;
  }
  return b.slice(i, j);
}

/** bytes.strip(chars=None) */
export function bytesStrip(b: Uint8Array, chars?: Uint8Array | null): Uint8Array {
  return stripWith(b, chars, true, true);
}

/** bytes.lstrip(chars=None) */
export function bytesLstrip(b: Uint8Array, chars?: Uint8Array | null): Uint8Array {
  return stripWith(b, chars, true, false);
}

/** bytes.rstrip(chars=None) */
export function bytesRstrip(b: Uint8Array, chars?: Uint8Array | null): Uint8Array {
  return stripWith(b, chars, false, true);
}

// ---- building -----------------------------------------------------------------------------------

/** bytes.replace(old, new, count=-1) */
export function bytesReplace(b: Uint8Array, old: Uint8Array, repl: Uint8Array, count?: IndexArg): Uint8Array {
  let limit = count == null ? Infinity : toIndex(count);
  if (limit < 0) limit = Infinity;
  const parts: Uint8Array[] = [];
  if (limit === 0) return b.slice();
  if (old.length === 0) {
    // repl before every byte and at the end, `limit` times at most.
    let i = 0;
    for (; i < b.length && limit > 0; limit--, i++) parts.push(repl, b.subarray(i, i + 1));
    if (limit > 0) parts.push(repl);
    parts.push(b.subarray(i));
    return concat(parts);
  }
  let from = 0;
  for (; limit > 0; limit--) {
    const i = indexIn(b, old, from, b.length);
    if (i < 0) break;
    parts.push(b.subarray(from, i), repl);
    from = i + old.length;
  }
  parts.push(b.subarray(from));
  return concat(parts);
}

function padBytes(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
  if (left + right > 0x7fffffff) raise("MemoryError", "");
  const out = new Uint8Array(left + b.length + right);
  out.fill(fill, 0, left);
  out.set(b, left);
  out.fill(fill, left + b.length);
  return out;
}

/**
 * The fill byte of center/ljust/rjust: the caller passes the bytes argument (length-checked
 * here with CPython's message, which names the method and the argument's type).
 */
function fillByte(method: string, fill: Uint8Array | undefined, typeName: string): number {
  if (fill === undefined) return 0x20;
  if (fill.length !== 1) raise("TypeError", `${method}() argument 2 must be a byte string of length 1, not ${typeName}`);
  return fill[0];
}

/** bytes.center(width, fillchar=b' '); `fillType` is the fill argument's type name for the error. */
export function bytesCenter(b: Uint8Array, width: number | bigint, fill?: Uint8Array, fillType = "bytes"): Uint8Array {
  const f = fillByte("center", fill, fillType);
  const w = toIndex(width);
  if (b.length >= w) return b.slice();
  const marg = w - b.length;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return padBytes(b, left, marg - left, f);
}

/** bytes.ljust(width, fillchar=b' ') */
export function bytesLjust(b: Uint8Array, width: number | bigint, fill?: Uint8Array, fillType = "bytes"): Uint8Array {
  const f = fillByte("ljust", fill, fillType);
  const w = toIndex(width);
  return b.length >= w ? b.slice() : padBytes(b, 0, w - b.length, f);
}

/** bytes.rjust(width, fillchar=b' ') */
export function bytesRjust(b: Uint8Array, width: number | bigint, fill?: Uint8Array, fillType = "bytes"): Uint8Array {
  const f = fillByte("rjust", fill, fillType);
  const w = toIndex(width);
  return b.length >= w ? b.slice() : padBytes(b, w - b.length, 0, f);
}

/** bytes.zfill(width) */
export function bytesZfill(b: Uint8Array, width: number | bigint): Uint8Array {
  const w = toIndex(width);
  if (b.length >= w) return b.slice();
  const out = padBytes(b, w - b.length, 0, 0x30);
  if (b.length > 0 && (b[0] === 0x2b || b[0] === 0x2d)) {
    out[0] = b[0];
    out[w - b.length] = 0x30;
  }
  return out;
}

/** bytes.expandtabs(tabsize=8) */
export function bytesExpandtabs(b: Uint8Array, tabsize: number | bigint = 8): Uint8Array {
  const size = toIndex(tabsize);
  let total = 0;
  let col = 0;
  for (const c of b) {
    if (c === 0x09) {
      if (size > 0) {
        const incr = size - (col % size);
        col += incr;
        total += incr;
      }
    } else {
      total++;
      col = c === 0x0a || c === 0x0d ? 0 : col + 1;
    }
  }
  if (total > 0x7fffffff) raise("OverflowError", "result too long");
  const out = new Uint8Array(total);
  let at = 0;
  col = 0;
  for (const c of b) {
    if (c === 0x09) {
      if (size > 0) {
        const incr = size - (col % size);
        out.fill(0x20, at, at + incr);
        at += incr;
        col += incr;
      }
    } else {
      out[at++] = c;
      col = c === 0x0a || c === 0x0d ? 0 : col + 1;
    }
  }
  return out;
}

// ---- case ---------------------------------------------------------------------------------------

/** bytes.upper */
export function bytesUpper(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = isLowerByte(b[i]) ? b[i] - 32 : b[i];
  return out;
}

/** bytes.lower */
export function bytesLower(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = isUpperByte(b[i]) ? b[i] + 32 : b[i];
  return out;
}

/** bytes.swapcase */
export function bytesSwapcase(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = isAlphaByte(b[i]) ? b[i] ^ 0x20 : b[i];
  return out;
}

/** bytes.title: uppercase after a non-letter, lowercase after a letter. */
export function bytesTitle(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let previousCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isLowerByte(c)) out[i] = previousCased ? c : c - 32;
    else if (isUpperByte(c)) out[i] = previousCased ? c + 32 : c;
    else out[i] = c;
    previousCased = isAlphaByte(c);
  }
  return out;
}

/** bytes.capitalize */
export function bytesCapitalize(b: Uint8Array): Uint8Array {
  const out = bytesLower(b);
  if (out.length > 0 && isLowerByte(out[0])) out[0] -= 32;
  return out;
}

// ---- predicates ---------------------------------------------------------------------------------

function allBytes(b: Uint8Array, pred: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (let i = 0; i < b.length; i++) if (!pred(b[i])) return false;
  return true;
}

/** bytes.isascii (True when empty) */
export function bytesIsascii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** bytes.isspace */
export function bytesIsspace(b: Uint8Array): boolean {
  return allBytes(b, isSpaceByte);
}

/** bytes.isalpha */
export function bytesIsalpha(b: Uint8Array): boolean {
  return allBytes(b, isAlphaByte);
}

/** bytes.isdigit */
export function bytesIsdigit(b: Uint8Array): boolean {
  return allBytes(b, isDigitByte);
}

/** bytes.isalnum */
export function bytesIsalnum(b: Uint8Array): boolean {
  return allBytes(b, (c) => isAlphaByte(c) || isDigitByte(c));
}

/** bytes.islower: some lowercase letter and no uppercase one. */
export function bytesIslower(b: Uint8Array): boolean {
  let cased = false;
  for (let i = 0; i < b.length; i++) {
    if (isUpperByte(b[i])) return false;
    if (isLowerByte(b[i])) cased = true;
  }
  return cased;
}

/** bytes.isupper */
export function bytesIsupper(b: Uint8Array): boolean {
  let cased = false;
  for (let i = 0; i < b.length; i++) {
    if (isLowerByte(b[i])) return false;
    if (isUpperByte(b[i])) cased = true;
  }
  return cased;
}

/** bytes.istitle */
export function bytesIstitle(b: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (isUpperByte(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLowerByte(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

// ---- translate ----------------------------------------------------------------------------------

/** bytes.maketrans(frm, to): a 256-byte table. */
export function bytesMaketrans(frm: Uint8Array, to: Uint8Array): Uint8Array {
  if (frm.length !== to.length) raise("ValueError", "maketrans arguments must have same length");
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < frm.length; i++) table[frm[i]] = to[i];
  return table;
}

/** bytes.translate(table, delete=b''): table may be None (null) for deletion only. */
export function bytesTranslate(b: Uint8Array, table: Uint8Array | null, del: Uint8Array = EMPTY): Uint8Array {
  if (table !== null && table.length !== 256) raise("ValueError", "translation table must be 256 characters long");
  const drop = new Uint8Array(256);
  for (const c of del) drop[c] = 1;
  const out = new Uint8Array(b.length);
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (!drop[c]) out[n++] = table === null ? c : table[c];
  }
  return n === out.length ? out : out.slice(0, n);
}

// ---- hex ----------------------------------------------------------------------------------------

const HEX_DIGITS = "0123456789abcdef";

/**
 * bytes.hex(sep=None, bytes_per_sep=1): `sep` is a str or bytes of length 1 (ASCII). A
 * positive bytes_per_sep counts groups from the right, a negative one from the left.
 */
export function bytesHex(b: Uint8Array, sep?: string | Uint8Array | null, bytesPerSep: number | bigint = 1): string {
  let sepChar = "";
  if (sep != null) {
    const len = typeof sep === "string" ? Array.from(sep).length : sep.length;
    if (len !== 1) raise("ValueError", "sep must be length 1.");
    const c = typeof sep === "string" ? sep.codePointAt(0)! : sep[0];
    if (c >= 0x80) raise("ValueError", "sep must be ASCII.");
    sepChar = String.fromCharCode(c);
  }
  if (b.length === 0) return "";
  if (sepChar === "" || bytesPerSep === 0 || bytesPerSep === 0n) {
    return view(b).toString("hex");
  }
  const group = Math.min(Math.abs(toIndex(bytesPerSep)), b.length);
  const fromLeft = bytesPerSep < 0;
  let out = "";
  // First group may be short: from the right, the leftmost group holds the remainder.
  const firstLen = fromLeft ? group : b.length % group || group;
  for (let i = 0; i < b.length; i++) {
    if (i > 0 && (i - firstLen) % group === 0) out += sepChar;
    out += HEX_DIGITS[b[i] >> 4] + HEX_DIGITS[b[i] & 15];
  }
  return out;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

/**
 * bytes.fromhex(string): pairs of hex digits, ASCII whitespace allowed between pairs.
 * Positions in the error are code points of the argument.
 */
export function bytesFromhex(s: string): Uint8Array {
  // CPython reports the first non-ASCII character before looking at anything else.
  const nonAscii = s.search(/[^\x00-\x7f]/);
  if (nonAscii >= 0) {
    const pos = Array.from(s.slice(0, nonAscii)).length;
    raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${pos}`);
  }
  const out = new Uint8Array(s.length >> 1);
  let n = 0;
  let pos = 0; // code point position, for the message
  for (let u = 0; u < s.length; ) {
    const c = s.charCodeAt(u);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      u++;
      pos++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${pos}`);
    const lo = u + 1 < s.length ? hexValue(s.charCodeAt(u + 1)) : -1;
    if (lo < 0) raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${pos + 1}`);
    out[n++] = (hi << 4) | lo;
    u += 2;
    pos += 2;
  }
  return out.slice(0, n);
}

// ---- repr ---------------------------------------------------------------------------------------

/**
 * repr(bytes) as b'...', or bytearray(b'...') when `bytearray`. Quotes as for str; a quirk of
 * CPython's bytearray repr: it escapes single quotes even inside double quotes.
 */
export function reprBytes(b: Uint8Array, bytearray = false): string {
  let single = false;
  let double = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) single = true;
    else if (b[i] === 0x22) double = true;
  }
  const quote = single && !double ? 0x22 : 0x27;
  let out = "";
  let from = 0;
  let plain = "";
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    let esc: string | null = null;
    if (c === quote || c === 0x5c || (bytearray && c === 0x27)) esc = "\\" + String.fromCharCode(c);
    else if (c === 9) esc = "\\t";
    else if (c === 10) esc = "\\n";
    else if (c === 13) esc = "\\r";
    else if (c < 0x20 || c >= 0x7f) esc = "\\x" + HEX_DIGITS[c >> 4] + HEX_DIGITS[c & 15];
    if (esc !== null) {
      if (i > from) out += view(b.subarray(from, i)).toString("latin1");
      out += esc;
      from = i + 1;
    }
  }
  plain = view(b.subarray(from)).toString("latin1");
  const q = String.fromCharCode(quote);
  const body = "b" + q + out + plain + q;
  return bytearray ? "bytearray(" + body + ")" : body;
}
