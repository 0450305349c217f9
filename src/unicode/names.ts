// Character names as CPython 3.11's unicodedata knows them (Unicode 14.0.0): unicodedata.name,
// unicodedata.lookup and the "\N{...}" string escape. The logic mirrors _getucname and _getcode
// in CPython's Modules/unicodedata.c, including its quirks (copied on purpose, noted below):
//
// - Names, name aliases and named sequences match case-insensitively, but only ASCII letters
//   fold: CPython upper-cases the UTF-8 bytes with Py_TOUPPER, so "latın" never matches "LATIN".
// - The computed names are matched case-sensitively: "HANGUL SYLLABLE GA" and
//   "CJK UNIFIED IDEOGRAPH-4E00" work, "hangul syllable GA" and "CJK UNIFIED IDEOGRAPH-4e00" don't.
//   CJK takes exactly 4 or 5 hex digits. Tangut ideographs have no name in 3.11.
// - Named sequences are found by unicodedata.lookup but not by "\N{...}".
//
// The names text (about 1 MB once inflated) is decoded on the first call that needs it; see
// data.ts for why that matters.

import { inflateText, loadNamesData, type NamesData } from "./data";

/** unicodedata.lookup raises KeyError("name too long") for names longer than this many UTF-8 bytes. */
export const NAME_MAXLEN = 256;

// Hangul syllables (The Unicode Standard, section 3.12): the name is "HANGUL SYLLABLE " followed
// by the short names of the leading consonant, vowel and trailing consonant (Jamo.txt).
const S_BASE = 0xac00;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = 19 * N_COUNT;
const JAMO_L = [
  "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H",
];
const JAMO_V = [
  "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
  "YU", "EU", "YI", "I",
];
const JAMO_T = [
  "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
  "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];
const HANGUL_PREFIX = "HANGUL SYLLABLE ";
const CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

/** Characters that can occur in any name, alias or named sequence (checked by the generator). */
const NAME_CHARS = /^[A-Za-z0-9 -]+$/;

/** The decoded names data; see tools/unicode/generate.mjs for the text layout. */
class NameTables {
  /** "\nNAME\nNAME\n...\n", one name per explicitly named code point, in code point order. */
  private readonly names: string;
  /** Offset in `names` where line i starts; one extra entry past the end. */
  private readonly lineStarts: Int32Array;
  /** Runs of consecutive code points: the first code point and first line of run r. */
  private readonly runCodePoints: Int32Array;
  private readonly runLines: Int32Array;
  /** "HEX\tALIAS\n" lines. */
  private readonly aliases: string;
  /** "HEX HEX ...\tNAME\n" lines. */
  private readonly sequences: string;

  constructor(data: NamesData) {
    [this.names, this.aliases, this.sequences] = inflateText(data.blob, data.textLength).split("\f");
    const runCount = data.nameRuns.length / 2;
    this.runCodePoints = new Int32Array(runCount);
    this.runLines = new Int32Array(runCount + 1);
    let cp = 0;
    let line = 0;
    for (let r = 0; r < runCount; r++) {
      cp += data.nameRuns[2 * r];
      this.runCodePoints[r] = cp;
      this.runLines[r] = line;
      cp += data.nameRuns[2 * r + 1];
      line += data.nameRuns[2 * r + 1];
    }
    this.runLines[runCount] = line;
    this.lineStarts = lineStarts(this.names, line);
    if (this.lineStarts[line] !== this.names.length) throw new Error("unicode names data is inconsistent");
  }

  nameOf(cp: number): string | undefined {
    const r = lastAtMost(this.runCodePoints, cp);
    if (r < 0) return undefined;
    const line = this.runLines[r] + (cp - this.runCodePoints[r]);
    if (line >= this.runLines[r + 1]) return undefined;
    return this.names.slice(this.lineStarts[line], this.lineStarts[line + 1] - 1);
  }

  /** `key` is upper-case and made of NAME_CHARS, so it cannot match across lines. */
  codeOfName(key: string): number | undefined {
    const at = this.names.indexOf(`\n${key}\n`);
    if (at < 0) return undefined;
    const line = lastAtMost(this.lineStarts, at + 1);
    const r = lastAtMost(this.runLines, line);
    return this.runCodePoints[r] + (line - this.runLines[r]);
  }

  codeOfAlias(key: string): number | undefined {
    const codes = findKeyed(this.aliases, key);
    return codes === undefined ? undefined : parseInt(codes, 16);
  }

  sequenceOf(key: string): number[] | undefined {
    const codes = findKeyed(this.sequences, key);
    return codes === undefined ? undefined : codes.split(" ").map((h) => parseInt(h, 16));
  }
}

/** Start offsets of the `count` lines of "\nA\nB\n...\n", plus the offset one past the end. */
function lineStarts(text: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let at = 1;
  for (let line = 0; line < count; line++) {
    starts[line] = at;
    at = text.indexOf("\n", at) + 1;
    if (at === 0) throw new Error("unicode names data is inconsistent");
  }
  starts[count] = at;
  return starts;
}

/** Index of the last element <= value in the ascending `array`, or -1. */
function lastAtMost(array: Int32Array, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** In "KEY\tNAME\n" lines, the KEY of the line whose NAME is `name`. */
function findKeyed(lines: string, name: string): string | undefined {
  const at = lines.indexOf(`\t${name}\n`);
  if (at < 0) return undefined;
  return lines.slice(lines.lastIndexOf("\n", at) + 1, at);
}

let namesData: NamesData | undefined;
let nameTables: NameTables | undefined;

function data(): NamesData {
  return (namesData ??= loadNamesData());
}

function tables(): NameTables {
  return (nameTables ??= new NameTables(data()));
}

function isUnifiedIdeograph(cp: number): boolean {
  if (cp < 0x3400) return false;
  for (const [first, last] of data().cjkRanges) {
    if (first <= cp && cp <= last) return true;
  }
  return false;
}

/** unicodedata.name: the character's name, or undefined if it has none. */
export function nameOf(cp: number): string | undefined {
  if (S_BASE <= cp && cp < S_BASE + S_COUNT) return hangulName(cp - S_BASE);
  if (isUnifiedIdeograph(cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  return tables().nameOf(cp);
}

function hangulName(s: number): string {
  const l = Math.floor(s / N_COUNT);
  const v = Math.floor((s % N_COUNT) / T_COUNT);
  return HANGUL_PREFIX + JAMO_L[l] + JAMO_V[v] + JAMO_T[s % T_COUNT];
}

/**
 * The code point named by a "\N{name}" escape in a str literal: a character name, a name alias,
 * or a computed Hangul or CJK name; undefined if there is none (CPython then reports "unknown
 * Unicode character name"). Named sequences are not accepted here.
 */
export function lookupName(name: string): number | undefined {
  const code = getCode(name, false);
  return typeof code === "number" ? code : undefined;
}

/**
 * unicodedata.lookup: what lookupName accepts, plus named sequences, as a JS string; undefined
 * when CPython raises KeyError("undefined character name ..."). The caller first checks the
 * name's UTF-8 length against NAME_MAXLEN, as CPython does.
 */
export function lookup(name: string): string | undefined {
  const code = getCode(name, true);
  if (code === undefined) return undefined;
  return typeof code === "number" ? String.fromCodePoint(code) : String.fromCodePoint(...code);
}

/**
 * unicodedata.ucd_3_2_0.lookup: names only (no aliases, no named sequences), and only of
 * characters that `assigned` says the old database has; Hangul syllables and unified ideographs
 * are computed as for 14.0.0 (as CPython does).
 */
export function lookupOld(name: string, assigned: (cp: number) => boolean): string | undefined {
  if (name.startsWith(HANGUL_PREFIX) || name.startsWith(CJK_PREFIX)) {
    const code = getCode(name, false);
    return code === undefined ? undefined : String.fromCodePoint(code as number);
  }
  if (!NAME_CHARS.test(name)) return undefined;
  const code = tables().codeOfName(name.toUpperCase());
  return code === undefined || !assigned(code) ? undefined : String.fromCodePoint(code);
}

/** _getcode: the code point for `name`, or the code points of a named sequence if allowed. */
function getCode(name: string, withNamedSequences: boolean): number | number[] | undefined {
  // CPython tests these prefixes case-sensitively and never falls back to the other names.
  if (name.startsWith(HANGUL_PREFIX)) return hangulCode(name, HANGUL_PREFIX.length);
  if (name.startsWith(CJK_PREFIX)) return cjkCode(name.slice(CJK_PREFIX.length));
  if (!NAME_CHARS.test(name)) return undefined;
  const key = name.toUpperCase(); // ASCII-only, so this is Py_TOUPPER
  const t = tables();
  const code = t.codeOfName(key) ?? t.codeOfAlias(key);
  if (code !== undefined || !withNamedSequences) return code;
  return t.sequenceOf(key);
}

/** Parses the jamo after "HANGUL SYLLABLE " as CPython's find_syllable does: per column the
 *  longest (first on ties) case-sensitive match, no backtracking, and all of the name used. */
function hangulCode(name: string, at: number): number | undefined {
  const l = longestJamo(name, at, JAMO_L);
  if (l < 0) return undefined;
  at += JAMO_L[l].length;
  const v = longestJamo(name, at, JAMO_V);
  if (v < 0) return undefined;
  at += JAMO_V[v].length;
  const t = longestJamo(name, at, JAMO_T);
  if (t < 0) return undefined;
  at += JAMO_T[t].length;
  if (at !== name.length) return undefined;
  return S_BASE + l * N_COUNT + v * T_COUNT + t;
}

function longestJamo(name: string, at: number, jamo: readonly string[]): number {
  let best = -1;
  for (let i = 0; i < jamo.length; i++) {
    if ((best < 0 || jamo[i].length > jamo[best].length) && name.startsWith(jamo[i], at)) best = i;
  }
  return best;
}

/** After "CJK UNIFIED IDEOGRAPH-": exactly 4 or 5 upper-case hex digits naming a unified ideograph. */
function cjkCode(digits: string): number | undefined {
  if (!/^[0-9A-F]{4,5}$/.test(digits)) return undefined;
  const cp = parseInt(digits, 16);
  return isUnifiedIdeograph(cp) ? cp : undefined;
}
