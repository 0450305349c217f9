// Case mappings and the case/number properties behind str's methods (upper, lower, casefold,
// title, swapcase, capitalize, islower, isupper, istitle, isdigit, isnumeric), Unicode 14.0.0 as
// CPython 3.11 has them. The data is src/unicode/strdata.ts (tools/unicode/make_strdata.py).
//
// Why not JS's toUpperCase/toLowerCase: Node's ICU follows a newer Unicode (17 on Node 20.20),
// which adds case pairs that 14.0 lacks (e.g. U+A7CB..U+A7CD, U+1C89, the Garay script), and JS has
// no casefold or titlecase. ASCII never reaches these tables; the callers handle it inline.
//
// Layout of the generated strings:
// - a set is base-36 numbers "gap,length,gap,length,...": runs of member code points, each gap
//   counted from the end of the previous run. Decoded into sorted run boundaries; membership is a
//   binary search (the parity of the number of boundaries <= cp).
// - a mapping is runs "gap,delta,count,stride;..." of code points cp, cp+stride, ... each mapped
//   to cp + delta (gap counted from the last code point of the previous run), plus
//   "gap:cp.cp...;..." for the characters that map to several code points.

import * as D from "./strdata";

function parseB36List(s: string, sep: string): number[] {
  return s.length === 0 ? [] : s.split(sep).map((t) => parseInt(t, 36));
}

class CodePointSet {
  private bounds: Int32Array | undefined;
  constructor(private readonly encoded: string) {}

  has(cp: number): boolean {
    const b = (this.bounds ??= this.decode());
    // Number of boundaries <= cp; odd means inside a run.
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid] <= cp) lo = mid + 1;
      else hi = mid;
    }
    return (lo & 1) === 1;
  }

  private decode(): Int32Array {
    const v = parseB36List(this.encoded, ",");
    const b = new Int32Array(v.length);
    let at = 0;
    for (let i = 0; i < v.length; i += 2) {
      b[i] = at + v[i];
      b[i + 1] = b[i] + v[i + 1];
      at = b[i + 1];
    }
    return b;
  }
}

/** A full case mapping: code point -> a code point (number) or a string of several. */
class CaseMapping {
  private map: Map<number, number | string> | undefined;
  constructor(
    private readonly runs: string,
    private readonly multi: string,
  ) {}

  /** The mapping of `cp`, or undefined when it maps to itself. */
  get(cp: number): number | string | undefined {
    return (this.map ??= this.decode()).get(cp);
  }

  private decode(): Map<number, number | string> {
    const m = new Map<number, number | string>();
    let last = 0;
    for (const run of this.runs.split(";")) {
      const [gap, delta, count, stride] = parseB36List(run, ",");
      const start = last + gap;
      for (let k = 0; k < count; k++) m.set(start + k * stride, start + k * stride + delta);
      last = start + (count - 1) * stride;
    }
    last = 0;
    if (this.multi.length > 0) {
      for (const entry of this.multi.split(";")) {
        const colon = entry.indexOf(":");
        const cp = last + parseInt(entry.slice(0, colon), 36);
        m.set(cp, String.fromCodePoint(...parseB36List(entry.slice(colon + 1), ".")));
        last = cp;
      }
    }
    return m;
  }
}

const LOWERCASE = new CodePointSet(D.LOWERCASE);
const UPPERCASE = new CodePointSet(D.UPPERCASE);
const TITLECASE = new CodePointSet(D.TITLECASE);
const CASED = new CodePointSet(D.CASED);
const CASE_IGNORABLE = new CodePointSet(D.CASE_IGNORABLE);
const DIGIT = new CodePointSet(D.DIGIT);
const NUMERIC = new CodePointSet(D.NUMERIC);

const LOWER = new CaseMapping(D.LOWER_RUNS, D.LOWER_MULTI);
const UPPER = new CaseMapping(D.UPPER_RUNS, D.UPPER_MULTI);
const TITLE = new CaseMapping(D.TITLE_RUNS, D.TITLE_MULTI);
const FOLD = new CaseMapping(D.FOLD_RUNS, D.FOLD_MULTI);

/** Unicode Lowercase (CPython's _PyUnicode_IsLowercase). */
export function isLowercase(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return LOWERCASE.has(cp);
}

/** Unicode Uppercase (CPython's _PyUnicode_IsUppercase). */
export function isUppercase(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return UPPERCASE.has(cp);
}

/** General category Lt (CPython's _PyUnicode_IsTitlecase). */
export function isTitlecase(cp: number): boolean {
  return cp >= 0x80 && TITLECASE.has(cp);
}

/** Unicode Cased. */
export function isCased(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return CASED.has(cp);
}

/** Unicode Case_Ignorable. */
export function isCaseIgnorable(cp: number): boolean {
  if (cp < 0x80) return cp === 0x27 || cp === 0x2e || cp === 0x3a || cp === 0x5e || cp === 0x60;
  return CASE_IGNORABLE.has(cp);
}

/** str.isdigit for one character (Numeric_Type Digit or Decimal). */
export function isDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DIGIT.has(cp);
}

/** str.isnumeric for one character (any Numeric_Type). */
export function isNumeric(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return NUMERIC.has(cp);
}

// The full mappings below return the code point itself when it is unchanged, so that callers
// can test `typeof m === "number"` without a separate lookup. U+03A3's lowercase is given
// without context (σ); str.lower applies the final-sigma rule itself.

/** Full lowercase mapping (SpecialCasing's unconditional entries included). */
export function toLowerFull(cp: number): number | string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  return LOWER.get(cp) ?? cp;
}

/** Full uppercase mapping. */
export function toUpperFull(cp: number): number | string {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  return UPPER.get(cp) ?? cp;
}

/** Full titlecase mapping. */
export function toTitleFull(cp: number): number | string {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  return TITLE.get(cp) ?? cp;
}

/** Full case folding (CaseFolding.txt statuses C and F). */
export function toFoldedFull(cp: number): number | string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  return FOLD.get(cp) ?? cp;
}
