// Character properties from CPython 3.11's Unicode database (Unicode 14.0.0): the values of
// unicodedata.category, bidirectional, mirrored and decimal, and the per-character tests behind
// str.isprintable, str.isspace, str.isalpha, str.isdecimal and str.isidentifier.
//
// Every code point maps to a small record (category, bidi class, flags, decimal value); the
// generator stores that map as runs, which this file expands on first use into one byte per code
// point (1.1 MB, filled in about a millisecond) so that a lookup is a single array read.
// ASCII answers that repr() and the tokenizer ask for constantly are computed without the table.

import { decodeBase64, loadPropertiesData } from "./data";

const MAX_CODE_POINT = 0x10ffff;

// Record flags. The first three come from the generator (tools/unicode/generate.mjs FLAGS); the
// others are derived here from category and bidi class exactly as CPython's makeunicodedata.py
// derives its ctype flags.
const MIRRORED = 1;
const XID_START = 2;
const XID_CONTINUE = 4;
const PRINTABLE = 8;
const SPACE = 16;
const ALPHA = 32;

class PropertyTables {
  /** The record of each code point; record 0 is the unassigned one. */
  readonly recordOf: Uint8Array;
  readonly categoryOf: string[] = [];
  readonly bidiClassOf: string[] = [];
  readonly flagsOf: Uint8Array;
  /** Decimal value + 1; 0 for none. */
  readonly decimalOf: Uint8Array;

  constructor() {
    const data = loadPropertiesData();
    const records = decodeBase64(data.records);
    const count = records.length / 4;
    if (count > 0x100) throw new Error("unicode properties: more records than a byte can index");
    this.flagsOf = new Uint8Array(count);
    this.decimalOf = new Uint8Array(count);
    for (let r = 0; r < count; r++) {
      const category = data.categories[records[4 * r]];
      const bidiClass = data.bidiClasses[records[4 * r + 1]];
      this.categoryOf.push(category);
      this.bidiClassOf.push(bidiClass);
      this.flagsOf[r] = records[4 * r + 2] | derivedFlags(category, bidiClass);
      this.decimalOf[r] = records[4 * r + 3];
    }
    this.recordOf = expandRuns(decodeBase64(data.runs));
  }
}

// makeunicodedata.py: PRINTABLE unless the category is Cc Cf Cs Co Cn Zl Zp Zs (U+0020 is
// special-cased in isPrintable); SPACE for Zs or bidi WS/B/S; ALPHA for the letter categories.
function derivedFlags(category: string, bidiClass: string): number {
  let flags = 0;
  if (category[0] !== "C" && category[0] !== "Z") flags |= PRINTABLE;
  if (category === "Zs" || bidiClass === "WS" || bidiClass === "B" || bidiClass === "S") flags |= SPACE;
  if (category === "Lu" || category === "Ll" || category === "Lt" || category === "Lm" || category === "Lo") {
    flags |= ALPHA;
  }
  return flags;
}

/** Expands LEB128 (length, record) pairs into one record byte per code point. Runs of record 0
 *  (unassigned) are skipped: the array starts zeroed, and pages never written cost nothing. */
function expandRuns(runs: Uint8Array): Uint8Array {
  const recordOf = new Uint8Array(MAX_CODE_POINT + 1);
  let at = 0;
  let cp = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = runs[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < runs.length) {
    const length = varint();
    const record = varint();
    if (record !== 0) recordOf.fill(record, cp, cp + length);
    cp += length;
  }
  if (cp !== MAX_CODE_POINT + 1) throw new Error("unicode properties data is inconsistent");
  return recordOf;
}

let tables: PropertyTables | undefined;

function propertyTables(): PropertyTables {
  return (tables ??= new PropertyTables());
}

/** The record index of `cp`; out-of-range input is treated as unassigned. */
function recordOf(t: PropertyTables, cp: number): number {
  return cp >= 0 && cp <= MAX_CODE_POINT ? t.recordOf[cp] : 0;
}

function hasFlag(cp: number, flag: number): boolean {
  const t = propertyTables();
  return (t.flagsOf[recordOf(t, cp)] & flag) !== 0;
}

/** unicodedata.category: the two-letter general category, "Cn" for unassigned code points. */
export function category(cp: number): string {
  const t = propertyTables();
  return t.categoryOf[recordOf(t, cp)];
}

/** unicodedata.bidirectional: the bidi class, "" for unassigned code points (as CPython). */
export function bidirectional(cp: number): string {
  const t = propertyTables();
  return t.bidiClassOf[recordOf(t, cp)];
}

/** unicodedata.mirrored: 1 if the character is mirrored in bidi text, else 0. */
export function mirrored(cp: number): number {
  return hasFlag(cp, MIRRORED) ? 1 : 0;
}

/** unicodedata.decimal without a default: the decimal digit value, or undefined. */
export function decimal(cp: number): number | undefined {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39 ? cp - 0x30 : undefined;
  const t = propertyTables();
  const value = t.decimalOf[recordOf(t, cp)];
  return value === 0 ? undefined : value - 1;
}

/** str.isprintable for one character: false for categories Cc Cf Cs Co Cn Zl Zp Zs, except U+0020. */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return hasFlag(cp, PRINTABLE);
}

/** str.isspace for one character: category Zs or bidi class WS, B or S. */
export function isSpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return hasFlag(cp, SPACE);
}

/** str.isalpha for one character: category Lu, Ll, Lt, Lm or Lo. */
export function isAlpha(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return hasFlag(cp, ALPHA);
}

/** str.isdecimal for one character. */
export function isDecimal(cp: number): boolean {
  return decimal(cp) !== undefined;
}

/** Unicode XID_Start: may begin an identifier (the underscore is added by isIdentifier). */
export function isXidStart(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return hasFlag(cp, XID_START);
}

/** Unicode XID_Continue: may continue an identifier (includes the underscore and digits). */
export function isXidContinue(cp: number): boolean {
  if (cp < 0x80) return isXidStart(cp) || (cp >= 0x30 && cp <= 0x39) || cp === 0x5f;
  return hasFlag(cp, XID_CONTINUE);
}

/**
 * str.isidentifier (CPython's _PyUnicode_ScanIdentifier covering the whole string): the first
 * character XID_Start or "_", the rest XID_Continue. Like CPython's tokenizer, this checks the
 * characters as written; the parser NFKC-normalizes identifiers afterwards.
 */
export function isIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (first ? !(isXidStart(cp) || cp === 0x5f) : !isXidContinue(cp)) return false;
    first = false;
  }
  return true;
}
