// The methods of str (CPython 3.11 Objects/unicodeobject.c behaviour), on JS strings.
//
// Every function takes the receiver first and the arguments as the object layer passes them
// after parsing: str arguments as strings, ints as number | bigint, None or an omitted optional
// argument as null/undefined. Type checks ("must be str, not int") are the caller's; the
// ValueErrors and TypeErrors that depend on values are raised here, with CPython's messages.
//
// Positions are code points (see strcore.ts). The pattern throughout: narrow strings (no
// surrogate units) use JS built-ins directly; wide strings convert code point bounds to unit
// offsets through strcore's cached index and check that matches do not split a surrogate pair.
// Case mappings and character classes beyond ASCII come from src/unicode (Unicode 14.0).

import { raise } from "./errors";
import {
  adjustIndices,
  chr,
  codePointAtUnit,
  cpIndex,
  cpLength,
  IndexArg,
  isHighSurrogate,
  isLowSurrogate,
  isNarrow,
  toIndex,
  unitOffset,
  unitsAt,
} from "./strcore";
import { isAlpha, isDecimal, isIdentifier, isPrintable, isSpace } from "../unicode/properties";
import {
  isCased,
  isCaseIgnorable,
  isDigit,
  isLowercase,
  isNumeric,
  isTitlecase,
  isUppercase,
  toFoldedFull,
  toLowerFull,
  toTitleFull,
  toUpperFull,
} from "../unicode/casing";

const NON_ASCII = /[^\x00-\x7f]/;

// ---- matching without splitting surrogate pairs -------------------------------------------------

/** True when unit offset `u` of `s` does not fall between the two halves of a pair. */
function atBoundary(s: string, u: number): boolean {
  return u <= 0 || u >= s.length || !(isLowSurrogate(s.charCodeAt(u)) && isHighSurrogate(s.charCodeAt(u - 1)));
}

/** True when a JS match of `sub` could split a pair of the haystack (sub starts with a low or
 *  ends with a high surrogate); only then must matches be checked. */
function needsBoundaryCheck(sub: string): boolean {
  return sub.length > 0 && (isLowSurrogate(sub.charCodeAt(0)) || isHighSurrogate(sub.charCodeAt(sub.length - 1)));
}

/** First unit offset >= from where `sub` occurs in `s` as whole code points, ending by `to`; -1 if none. */
function findUnits(s: string, sub: string, from: number, to: number): number {
  const check = needsBoundaryCheck(sub);
  for (let u = s.indexOf(sub, from); u >= 0 && u + sub.length <= to; u = s.indexOf(sub, u + 1)) {
    if (!check || (atBoundary(s, u) && atBoundary(s, u + sub.length))) return u;
  }
  return -1;
}

/** Last unit offset >= from where `sub` occurs in `s` ending by `to`; -1 if none. */
function rfindUnits(s: string, sub: string, from: number, to: number): number {
  const check = needsBoundaryCheck(sub);
  for (let u = s.lastIndexOf(sub, to - sub.length); u >= from && u + sub.length <= to; u = s.lastIndexOf(sub, u - 1)) {
    if (!check || (atBoundary(s, u) && atBoundary(s, u + sub.length))) return u;
    if (u === 0) break;
  }
  return -1;
}

/** True when `sub` occurs at unit offset `u` of `s` as whole code points. */
function matchAt(s: string, sub: string, u: number): boolean {
  return s.startsWith(sub, u) && (!needsBoundaryCheck(sub) || (atBoundary(s, u) && atBoundary(s, u + sub.length)));
}

// ---- searching ----------------------------------------------------------------------------------

/** The unit range [lo, hi) of the code point range adjusted from start/end, or null when the
 *  range is shorter than `subLen` code points (CPython then answers "not found" at once). */
function searchRange(s: string, subLen: number, start: IndexArg, end: IndexArg): [number, number, number, number] | null {
  const len = cpLength(s);
  const [lo, hi] = adjustIndices(len, start, end);
  if (hi - lo < subLen) return null;
  return [lo, hi, unitOffset(s, lo), unitOffset(s, hi)];
}

/** str.find */
export function strFind(s: string, sub: string, start?: IndexArg, end?: IndexArg): number {
  if (start == null && end == null && isNarrow(s)) {
    return needsBoundaryCheck(sub) ? findUnits(s, sub, 0, s.length) : s.indexOf(sub);
  }
  const r = searchRange(s, cpLength(sub), start, end);
  if (r === null) return -1;
  if (sub.length === 0) return r[0];
  const u = findUnits(s, sub, r[2], r[3]);
  return u < 0 ? -1 : cpIndex(s, u);
}

/** str.rfind */
export function strRfind(s: string, sub: string, start?: IndexArg, end?: IndexArg): number {
  const r = searchRange(s, cpLength(sub), start, end);
  if (r === null) return -1;
  if (sub.length === 0) return r[1];
  const u = rfindUnits(s, sub, r[2], r[3]);
  return u < 0 ? -1 : cpIndex(s, u);
}

/** str.index: ValueError "substring not found". */
export function strIndex(s: string, sub: string, start?: IndexArg, end?: IndexArg): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) raise("ValueError", "substring not found");
  return i;
}

/** str.rindex */
export function strRindex(s: string, sub: string, start?: IndexArg, end?: IndexArg): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) raise("ValueError", "substring not found");
  return i;
}

/** str.count: non-overlapping occurrences; the empty string occurs between all code points. */
export function strCount(s: string, sub: string, start?: IndexArg, end?: IndexArg): number {
  const r = searchRange(s, cpLength(sub), start, end);
  if (r === null) return 0;
  if (sub.length === 0) return r[1] - r[0] + 1;
  let n = 0;
  const to = r[3];
  for (let u = findUnits(s, sub, r[2], to); u >= 0; u = findUnits(s, sub, u + sub.length, to)) n++;
  return n;
}

/** `sub in s` */
export function strContains(s: string, sub: string): boolean {
  if (!needsBoundaryCheck(sub)) return s.includes(sub);
  return findUnits(s, sub, 0, s.length) >= 0;
}

/** str.startswith for one prefix (the caller loops over a tuple of prefixes). */
export function strStartswith(s: string, prefix: string, start?: IndexArg, end?: IndexArg): boolean {
  if (start == null && end == null) return matchAt(s, prefix, 0);
  const len = cpLength(s);
  const [lo, hi] = adjustIndices(len, start, end);
  const plen = cpLength(prefix);
  if (hi - plen < lo) return false;
  if (plen === 0) return true;
  return matchAt(s, prefix, unitOffset(s, lo));
}

/** str.endswith for one suffix (the caller loops over a tuple of suffixes). */
export function strEndswith(s: string, suffix: string, start?: IndexArg, end?: IndexArg): boolean {
  if (start == null && end == null) {
    const u = s.length - suffix.length;
    return u >= 0 && matchAt(s, suffix, u);
  }
  const len = cpLength(s);
  const [lo, hi] = adjustIndices(len, start, end);
  const slen = cpLength(suffix);
  if (hi - slen < lo) return false;
  if (slen === 0) return true;
  return matchAt(s, suffix, unitOffset(s, hi - slen));
}

/** str.removeprefix */
export function strRemoveprefix(s: string, prefix: string): string {
  return prefix.length > 0 && matchAt(s, prefix, 0) ? s.slice(prefix.length) : s;
}

/** str.removesuffix */
export function strRemovesuffix(s: string, suffix: string): string {
  const u = s.length - suffix.length;
  return suffix.length > 0 && u >= 0 && matchAt(s, suffix, u) ? s.slice(0, u) : s;
}

// ---- splitting ----------------------------------------------------------------------------------

/** Whitespace as str.split() and str.strip() see it (Py_UNICODE_ISSPACE). Surrogate units are
 *  never whitespace, so testing units is exact even in wide strings. */
function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return isSpace(c);
}

/** maxsplit as a count: negative means no limit. */
function splitLimit(maxsplit: IndexArg): number {
  if (maxsplit == null) return Infinity;
  const m = toIndex(maxsplit);
  return m < 0 ? Infinity : m;
}

/** str.split(sep=None, maxsplit=-1) */
export function strSplit(s: string, sep?: string | null, maxsplit?: IndexArg): string[] {
  let limit = splitLimit(maxsplit);
  if (sep == null) return splitWhitespace(s, limit);
  if (sep.length === 0) raise("ValueError", "empty separator");
  if (limit === Infinity && !needsBoundaryCheck(sep)) return s.split(sep);
  const out: string[] = [];
  let from = 0;
  while (limit-- > 0) {
    const u = findUnits(s, sep, from, s.length);
    if (u < 0) break;
    out.push(s.slice(from, u));
    from = u + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

function splitWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (limit-- > 0) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i++;
    while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1) */
export function strRsplit(s: string, sep?: string | null, maxsplit?: IndexArg): string[] {
  let limit = splitLimit(maxsplit);
  if (sep == null) return rsplitWhitespace(s, limit);
  if (sep.length === 0) raise("ValueError", "empty separator");
  const out: string[] = [];
  let to = s.length;
  while (limit-- > 0) {
    const u = rfindUnits(s, sep, 0, to);
    if (u < 0) break;
    out.push(s.slice(u + sep.length, to));
    to = u;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

function rsplitWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (limit-- > 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i < 0) return out.reverse();
    const j = i--;
    while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

/** Line boundaries of str.splitlines: \n \v \f \r \x1c \x1d \x1e \x85 \u2028 \u2029 (and \r\n). */
function isLineBreak(c: number): boolean {
  if (c < 0x80) return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e);
  return c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** str.splitlines(keepends=False) */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** str.partition: [head, sep, tail]; ValueError "empty separator". */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const u = findUnits(s, sep, 0, s.length);
  if (u < 0) return [s, "", ""];
  return [s.slice(0, u), sep, s.slice(u + sep.length)];
}

/** str.rpartition */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise("ValueError", "empty separator");
  const u = rfindUnits(s, sep, 0, s.length);
  if (u < 0) return ["", "", s];
  return [s.slice(0, u), sep, s.slice(u + sep.length)];
}

/** sep.join(items): the caller has checked that every item is a str. */
export function strJoin(sep: string, items: readonly string[]): string {
  return items.join(sep);
}

// ---- stripping ----------------------------------------------------------------------------------

const enum Strip {
  Left = 1,
  Right = 2,
  Both = 3,
}

function stripWith(s: string, chars: string | null | undefined, side: Strip): string {
  let i = 0;
  let j = s.length;
  if (chars == null) {
    if (side & Strip.Left) while (i < j && isSpaceUnit(s.charCodeAt(i))) i++;
    if (side & Strip.Right) while (j > i && isSpaceUnit(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  if (isNarrow(chars)) {
    // No surrogates in the set: a surrogate unit of s is never in it, so units suffice.
    if (side & Strip.Left) while (i < j && chars.includes(s[i])) i++;
    if (side & Strip.Right) while (j > i && chars.includes(s[j - 1])) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.codePointAt(0)!);
  if (side & Strip.Left) while (i < j && set.has(codePointAtUnit(s, i))) i += unitsAt(s, i);
  if (side & Strip.Right) {
    while (j > i) {
      const k = j - 1 > i && isLowSurrogate(s.charCodeAt(j - 1)) && isHighSurrogate(s.charCodeAt(j - 2)) ? 2 : 1;
      if (!set.has(codePointAtUnit(s, j - k))) break;
      j -= k;
    }
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** str.strip(chars=None) */
export function strStrip(s: string, chars?: string | null): string {
  return stripWith(s, chars, Strip.Both);
}

/** str.lstrip(chars=None) */
export function strLstrip(s: string, chars?: string | null): string {
  return stripWith(s, chars, Strip.Left);
}

/** str.rstrip(chars=None) */
export function strRstrip(s: string, chars?: string | null): string {
  return stripWith(s, chars, Strip.Right);
}

// ---- building -----------------------------------------------------------------------------------

/** str.replace(old, new, count=-1) */
export function strReplace(s: string, old: string, repl: string, count?: IndexArg): string {
  let limit = count == null ? Infinity : toIndex(count);
  if (limit < 0) limit = Infinity;
  if (limit === 0) return s;
  if (old.length === 0) {
    // CPython inserts `repl` before every code point and at the end, `limit` times at most.
    let out = "";
    let u = 0;
    for (; u < s.length && limit > 0; limit--) {
      const k = unitsAt(s, u);
      out += repl + s.substr(u, k);
      u += k;
    }
    if (limit > 0) return out + repl;
    return out + s.slice(u);
  }
  if (limit === Infinity && !needsBoundaryCheck(old)) return s.split(old).join(repl);
  let out = "";
  let from = 0;
  for (; limit > 0; limit--) {
    const u = findUnits(s, old, from, s.length);
    if (u < 0) break;
    out += s.slice(from, u) + repl;
    from = u + old.length;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Checks the fill character of center/ljust/rjust. */
function fillChar(fill: string | undefined): string {
  if (fill === undefined) return " ";
  if (fill.length === 0 || fill.length > 2 || cpLength(fill) !== 1) {
    raise("TypeError", "The fill character must be exactly one character long");
  }
  return fill;
}

/** A width argument as a JS number; widths beyond what a string can hold raise MemoryError later. */
function widthOf(width: number | bigint): number {
  return toIndex(width);
}

function pad(s: string, left: number, right: number, fill: string): string {
  if (left + right > 0x1fffffe8 / fill.length) raise("MemoryError", "");
  return (left > 0 ? fill.repeat(left) : "") + s + (right > 0 ? fill.repeat(right) : "");
}

/** str.center(width, fillchar=' ') */
export function strCenter(s: string, width: number | bigint, fill?: string): string {
  const f = fillChar(fill);
  const w = widthOf(width);
  const len = cpLength(s);
  if (len >= w) return s;
  const marg = w - len;
  // CPython's pad split: the odd column goes left when both marg and width are odd.
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return pad(s, left, marg - left, f);
}

/** str.ljust(width, fillchar=' ') */
export function strLjust(s: string, width: number | bigint, fill?: string): string {
  const f = fillChar(fill);
  const w = widthOf(width);
  const len = cpLength(s);
  return len >= w ? s : pad(s, 0, w - len, f);
}

/** str.rjust(width, fillchar=' ') */
export function strRjust(s: string, width: number | bigint, fill?: string): string {
  const f = fillChar(fill);
  const w = widthOf(width);
  const len = cpLength(s);
  return len >= w ? s : pad(s, w - len, 0, f);
}

/** str.zfill(width): zeros after a leading sign. */
export function strZfill(s: string, width: number | bigint): string {
  const w = widthOf(width);
  const len = cpLength(s);
  if (len >= w) return s;
  const fill = w - len;
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return s[0] + pad(s.slice(1), fill, 0, "0");
  return pad(s, fill, 0, "0");
}

/** str.expandtabs(tabsize=8): the column restarts after \n and \r; tabsize <= 0 removes tabs. */
export function strExpandtabs(s: string, tabsize: number | bigint = 8): string {
  if (!s.includes("\t")) return s;
  const size = toIndex(tabsize);
  let out = "";
  let col = 0;
  let from = 0;
  for (let u = 0; u < s.length; u++) {
    const c = s.charCodeAt(u);
    if (c === 0x09) {
      out += s.slice(from, u);
      from = u + 1;
      if (size > 0) {
        const incr = size - (col % size);
        if (col + incr > 0x1fffffe8) raise("OverflowError", "new string is too long");
        out += " ".repeat(incr);
        col += incr;
      }
    } else if (c === 0x0a || c === 0x0d) col = 0;
    else if (!isLowSurrogate(c) || u === 0 || !isHighSurrogate(s.charCodeAt(u - 1))) col++;
  }
  return out + s.slice(from);
}

// ---- case mapping -------------------------------------------------------------------------------

function appendMapped(out: string, m: number | string): string {
  return out + (typeof m === "number" ? chr(m) : m);
}

/** The code point ending just before unit offset `u` (a pair read as one); its units are 1 or 2. */
function codePointBefore(s: string, u: number): number {
  const c = s.charCodeAt(u - 1);
  if (isLowSurrogate(c) && u >= 2) {
    const h = s.charCodeAt(u - 2);
    if (isHighSurrogate(h)) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}

/**
 * Unicode's Final_Sigma condition for the U+03A3 at unit offset `u`: a cased letter before it
 * and none after it, skipping case-ignorable characters both ways. CPython 3.11 applies it in
 * lower(), and wherever it lowercases (capitalize, title, swapcase).
 */
function isFinalSigma(s: string, u: number): boolean {
  let j = u;
  let c = -1;
  while (j > 0) {
    c = codePointBefore(s, j);
    j -= c > 0xffff ? 2 : 1;
    if (!isCaseIgnorable(c)) break;
    c = -1;
  }
  if (c < 0 || !isCased(c)) return false;
  for (j = u + 1; j < s.length; ) {
    c = codePointAtUnit(s, j);
    if (!isCaseIgnorable(c)) return !isCased(c);
    j += c > 0xffff ? 2 : 1;
  }
  return true;
}

/** The full lowercase of the code point `cp` at unit offset `u` of `s`, final sigma included. */
function lowerAt(s: string, u: number, cp: number): number | string {
  if (cp === 0x3a3) return isFinalSigma(s, u) ? 0x3c2 : 0x3c3;
  return toLowerFull(cp);
}

/**
 * Maps every code point of a string that has non-ASCII characters through `f` (given the unit
 * offset, for context), copying runs of unchanged characters as single slices.
 */
function mapCodePoints(s: string, f: (s: string, u: number, cp: number) => number | string): string {
  let out = "";
  let from = 0; // start of the pending run of unchanged input
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    const k = cp > 0xffff ? 2 : 1;
    const m = f(s, u, cp);
    if (m !== cp) {
      out += s.slice(from, u) + (typeof m === "number" ? chr(m) : m);
      from = u + k;
    }
    u += k;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** str.upper */
export function strUpper(s: string): string {
  if (!NON_ASCII.test(s)) return s.toUpperCase();
  return mapCodePoints(s, (_s, _u, cp) => toUpperFull(cp));
}

/** str.lower (with the final-sigma rule) */
export function strLower(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return mapCodePoints(s, lowerAt);
}

/** str.casefold */
export function strCasefold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return mapCodePoints(s, (_s, _u, cp) => toFoldedFull(cp));
}

/** str.swapcase: Uppercase characters are lowercased (final sigma included), Lowercase ones uppercased. */
export function strSwapcase(s: string): string {
  let out = "";
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    if (isUppercase(cp)) out = appendMapped(out, lowerAt(s, u, cp));
    else if (isLowercase(cp)) out = appendMapped(out, toUpperFull(cp));
    else out += chr(cp);
    u += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** str.title: titlecase after an uncased character, lowercase after a cased one. */
export function strTitle(s: string): string {
  let out = "";
  let previousCased = false;
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    out = appendMapped(out, previousCased ? lowerAt(s, u, cp) : toTitleFull(cp));
    previousCased = isCased(cp);
    u += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** str.capitalize: the first character titlecased (since 3.8), the rest lowercased. */
export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const first = codePointAtUnit(s, 0);
  let out = appendMapped("", toTitleFull(first));
  for (let u = first > 0xffff ? 2 : 1; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    out = appendMapped(out, lowerAt(s, u, cp));
    u += cp > 0xffff ? 2 : 1;
  }
  return out;
}

// ---- predicates ---------------------------------------------------------------------------------

/** True when `pred` holds for every code point of the non-empty string `s`. */
function allCodePoints(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    if (!pred(cp)) return false;
    u += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** str.isascii (True for the empty string) */
export function strIsascii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** str.isspace */
export function strIsspace(s: string): boolean {
  if (s.length === 0) return false;
  for (let u = 0; u < s.length; u++) if (!isSpaceUnit(s.charCodeAt(u))) return false;
  return true;
}

/** str.isalpha */
export function strIsalpha(s: string): boolean {
  return allCodePoints(s, isAlpha);
}

/** str.isdecimal */
export function strIsdecimal(s: string): boolean {
  return allCodePoints(s, isDecimal);
}

/** str.isdigit */
export function strIsdigit(s: string): boolean {
  return allCodePoints(s, isDigit);
}

/** str.isnumeric */
export function strIsnumeric(s: string): boolean {
  return allCodePoints(s, isNumeric);
}

function isAlnumChar(cp: number): boolean {
  return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
}

/** str.isalnum */
export function strIsalnum(s: string): boolean {
  return allCodePoints(s, isAlnumChar);
}

/** str.isidentifier */
export function strIsidentifier(s: string): boolean {
  return isIdentifier(s);
}

/** str.isprintable (True for the empty string) */
export function strIsprintable(s: string): boolean {
  return s.length === 0 || allCodePoints(s, isPrintable);
}

/** str.islower: some cased character, and no Uppercase or titlecase one. */
export function strIslower(s: string): boolean {
  let cased = false;
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    if (isUppercase(cp) || isTitlecase(cp)) return false;
    if (!cased && isLowercase(cp)) cased = true;
    u += cp > 0xffff ? 2 : 1;
  }
  return cased;
}

/** str.isupper: some cased character, and no Lowercase or titlecase one. */
export function strIsupper(s: string): boolean {
  let cased = false;
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    if (isLowercase(cp) || isTitlecase(cp)) return false;
    if (!cased && isUppercase(cp)) cased = true;
    u += cp > 0xffff ? 2 : 1;
  }
  return cased;
}

/** str.istitle: uppercase/titlecase characters only after uncased ones, lowercase only after cased. */
export function strIstitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    if (isUppercase(cp) || isTitlecase(cp)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLowercase(cp)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
    u += cp > 0xffff ? 2 : 1;
  }
  return cased;
}

// ---- translate ----------------------------------------------------------------------------------

/**
 * What a translate table gives for a code point: undefined when the table has no entry (a
 * LookupError from __getitem__; the character is kept), null for None (deleted), an int (a
 * code point) or a str (a replacement). The caller raises "character mapping must return
 * integer, None or str" for other values.
 */
export type TranslateEntry = number | bigint | string | null | undefined;

/** str.translate(table): `lookup` does the table's __getitem__ for a code point. */
export function strTranslate(s: string, lookup: (cp: number) => TranslateEntry): string {
  let out = "";
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    const k = cp > 0xffff ? 2 : 1;
    const m = lookup(cp);
    if (m === undefined) out += k === 1 ? s[u] : s.substr(u, 2);
    else if (typeof m === "string") out += m;
    else if (m !== null) {
      if (m < 0 || m > 0x10ffff) raise("ValueError", "character mapping must be in range(0x110000)");
      out += chr(Number(m));
    }
    u += k;
  }
  return out;
}

/**
 * str.maketrans(x, y[, z]) with strings: the map from code point to code point (or null for the
 * characters of z) that the caller turns into a dict.
 */
export function strMaketrans(x: string, y: string, z?: string | null): Map<number, number | null> {
  const xs = Array.from(x);
  const ys = Array.from(y);
  if (xs.length !== ys.length) raise("ValueError", "the first two maketrans arguments must have equal length");
  const m = new Map<number, number | null>();
  for (let i = 0; i < xs.length; i++) m.set(xs[i].codePointAt(0)!, ys[i].codePointAt(0)!);
  if (z != null) for (const ch of z) m.set(ch.codePointAt(0)!, null);
  return m;
}

/**
 * A key of the one-argument str.maketrans(dict): an int is kept, a str of length 1 becomes its
 * code point. The caller raises "keys in translate table must be strings or integers" for
 * other types and "if you give only one argument to maketrans it must be a dict".
 */
export function strMaketransKey(key: string | number | bigint): number | bigint {
  if (typeof key !== "string") return key;
  if (cpLength(key) !== 1) raise("ValueError", "string keys in translate table must be of length 1");
  return key.codePointAt(0)!;
}
