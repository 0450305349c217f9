// The parts of CPython 3.11's Unicode database that the npm package lacks: decomposition
// mappings, canonical combining classes, digit and numeric values, East Asian widths, and the
// differences of the Unicode 3.2.0 database (unicodedata.ucd_3_2_0); and normalization
// (NFC, NFD, NFKC, NFKD) built on them.
//
// The data is tools/unicode/UCDExtra-14.0.0.txt and UCD32Changes.txt (see make_ucd_extra.py for
// their lines), carried deflated in build/unicode/extra.js and parsed on first use (a few ms).

import { ExtraData, inflateText, loadExtraData } from "./data";

const MAX_CODE_POINT = 0x10ffff;
const EAW_VALUES = ["N", "Na", "A", "W", "H", "F"];

/** One code point's answers in the 3.2.0 database (only where they differ from 14.0.0). */
export interface OldRecord {
  readonly category: string;
  readonly bidirectional: string;
  readonly mirrored: number;
  readonly decimal: number | undefined;
  readonly decomposition: string;
  readonly combining: number;
  readonly digit: number | undefined;
  readonly numeric: number | undefined;
  readonly eastAsianWidth: string;
}

class ExtraTables {
  readonly decomposition = new Map<number, string>();
  readonly combining = new Uint8Array(MAX_CODE_POINT + 1);
  readonly digit = new Map<number, number>();
  readonly numeric = new Map<number, number>();
  /** Index into EAW_VALUES. */
  readonly eastAsianWidth = new Uint8Array(MAX_CODE_POINT + 1);
  readonly old = new Map<number, OldRecord>();
  readonly exclusions = new Set<number>();

  constructor(data: ExtraData) {
    const text = inflateText(data.blob, data.textLength);
    const [current, changes] = text.split("\f");
    if (changes === undefined) throw new Error("unicode extra data is inconsistent");
    eachLine(current, (first, last, f) => {
      if (f.length !== 5) throw new Error("unicode extra data is inconsistent");
      const combining = f[1] === "" ? 0 : Number(f[1]);
      const eaw = f[4] === "" ? 0 : EAW_VALUES.indexOf(f[4]);
      for (let cp = first; cp <= last; cp++) {
        if (f[0] !== "") this.decomposition.set(cp, f[0]);
        this.combining[cp] = combining;
        if (f[2] !== "") this.digit.set(cp, Number(f[2]));
        if (f[3] !== "") this.numeric.set(cp, Number(f[3]));
        this.eastAsianWidth[cp] = eaw;
      }
    });
    eachLine(changes, (first, last, f) => {
      if (f.length !== 9) throw new Error("unicode extra data is inconsistent");
      const record: OldRecord = {
        category: f[0],
        bidirectional: f[1],
        mirrored: Number(f[2]),
        decimal: f[3] === "" ? undefined : Number(f[3]),
        decomposition: f[4],
        combining: f[5] === "" ? 0 : Number(f[5]),
        digit: f[6] === "" ? undefined : Number(f[6]),
        numeric: f[7] === "" ? undefined : Number(f[7]),
        eastAsianWidth: f[8] === "" ? "N" : f[8],
      };
      for (let cp = first; cp <= last; cp++) this.old.set(cp, record);
    });
    let next = 0;
    const runs = data.compositionExclusions;
    for (let i = 0; i < runs.length; i += 2) {
      const start = next + runs[i];
      for (let cp = start; cp < start + runs[i + 1]; cp++) this.exclusions.add(cp);
      next = start + runs[i + 1];
    }
  }
}

function eachLine(text: string, fn: (first: number, last: number, fields: string[]) => void): void {
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const fields = line.split(";");
    const span = fields.shift()!;
    const dots = span.indexOf("..");
    const first = parseInt(dots < 0 ? span : span.slice(0, dots), 16);
    const last = dots < 0 ? first : parseInt(span.slice(dots + 2), 16);
    fn(first, last, fields);
  }
}

let extraTables: ExtraTables | undefined;

function tables(): ExtraTables {
  return (extraTables ??= new ExtraTables(loadExtraData()));
}

/** unicodedata.decomposition: the UnicodeData mapping ("<compat> 0020 0308"), "" for none. */
export function decomposition(cp: number): string {
  return tables().decomposition.get(cp) ?? "";
}

/** unicodedata.combining: the canonical combining class, 0 for none. */
export function combining(cp: number): number {
  return tables().combining[cp];
}

/** unicodedata.digit without a default: the digit value, or undefined. */
export function digit(cp: number): number | undefined {
  return tables().digit.get(cp);
}

/** unicodedata.numeric without a default: the numeric value, or undefined. */
export function numeric(cp: number): number | undefined {
  return tables().numeric.get(cp);
}

/** unicodedata.east_asian_width: "N", "Na", "A", "W", "H" or "F". */
export function eastAsianWidth(cp: number): string {
  return EAW_VALUES[tables().eastAsianWidth[cp]];
}

/** The 3.2.0 database's record for `cp` where it differs from 14.0.0's, else undefined. */
export function oldRecord(cp: number): OldRecord | undefined {
  return tables().old.get(cp);
}

// ---- normalization (UAX #15) ----------------------------------------------------------------

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

// NormalizationCorrections.txt: decompositions corrected after Unicode 3.2.0; the 3.2.0
// normalization keeps the original (erroneous) mappings.
const OLD_MAPPINGS = new Map<number, number[]>([
  [0x2f868, [0x2136a]], [0x2f874, [0x5f33]], [0x2f91f, [0x43ab]], [0x2f95f, [0x7aae]], [0x2f9bf, [0x4d57]],
]);

export type NormalizationForm = "NFC" | "NFD" | "NFKC" | "NFKD";

/** A view of the database for normalization: 14.0.0, or 3.2.0 (`old`). */
class Normalizer {
  private readonly canonical = new Map<number, number[] | null>();
  private readonly compat = new Map<number, number[] | null>();
  private compositions: Map<number, number> | undefined;

  constructor(readonly t: ExtraTables, readonly old: boolean) {}

  /** True if the character is unassigned in this database version (left alone). */
  private unassignedHere(cp: number): boolean {
    return this.old && this.t.old.get(cp)?.category === "Cn";
  }

  /** The combining class normalization uses: 14.0.0's even for 3.2.0 (as CPython). */
  ccc(cp: number): number {
    return this.t.combining[cp];
  }

  /** The one-level mapping of cp, or undefined; compatibility mappings only if `compat`. */
  private mapping(cp: number, compat: boolean): number[] | undefined {
    if (this.unassignedHere(cp)) return undefined;
    if (this.old && OLD_MAPPINGS.has(cp)) return OLD_MAPPINGS.get(cp);
    const raw = this.t.decomposition.get(cp);
    if (raw === undefined) return undefined;
    const parts = raw.split(" ");
    if (parts[0].startsWith("<")) {
      if (!compat) return undefined;
      parts.shift();
    }
    return parts.map((h) => parseInt(h, 16));
  }

  /** The full (recursive) decomposition of cp, or null if it has none. */
  decompose(cp: number, compat: boolean): number[] | null {
    const cache = compat ? this.compat : this.canonical;
    let result = cache.get(cp);
    if (result !== undefined) return result;
    const one = this.mapping(cp, compat);
    if (one === undefined) {
      result = null;
    } else {
      result = [];
      for (const c of one) {
        const sub = this.decompose(c, compat);
        if (sub === null) result.push(c);
        else result.push(...sub);
      }
    }
    cache.set(cp, result);
    return result;
  }

  /** Primary composite of (first, second), or undefined. */
  compose(first: number, second: number): number | undefined {
    if (L_BASE <= first && first < L_BASE + L_COUNT && V_BASE <= second && second < V_BASE + V_COUNT) {
      return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
    }
    if (S_BASE <= first && first < S_BASE + S_COUNT && (first - S_BASE) % T_COUNT === 0 &&
        T_BASE < second && second < T_BASE + T_COUNT) {
      return first + (second - T_BASE);
    }
    if (this.compositions === undefined) {
      this.compositions = new Map();
      for (const [cp, raw] of this.t.decomposition) {
        if (raw.startsWith("<") || this.t.exclusions.has(cp)) continue;
        const parts = raw.split(" ");
        if (parts.length !== 2) continue;
        this.compositions.set(parseInt(parts[0], 16) * 0x110000 + parseInt(parts[1], 16), cp);
      }
    }
    return this.compositions.get(first * 0x110000 + second);
  }

  normalize(form: NormalizationForm, s: string): string {
    const compat = form === "NFKC" || form === "NFKD";
    const cps = this.decomposeString(s, compat);
    if (form === "NFC" || form === "NFKC") this.composeInPlace(cps);
    return String.fromCodePoint(...cps);
  }

  private decomposeString(s: string, compat: boolean): number[] {
    const out: number[] = [];
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (S_BASE <= cp && cp < S_BASE + S_COUNT) {
        const index = cp - S_BASE;
        out.push(L_BASE + Math.floor(index / N_COUNT), V_BASE + Math.floor((index % N_COUNT) / T_COUNT));
        if (index % T_COUNT !== 0) out.push(T_BASE + (index % T_COUNT));
        continue;
      }
      const d = this.decompose(cp, compat);
      if (d === null) out.push(cp);
      else for (const c of d) out.push(c);
    }
    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    for (let i = 1; i < out.length; i++) {
      const cc = this.ccc(out[i]);
      if (cc === 0) continue;
      let j = i;
      const cp = out[i];
      while (j > 0 && this.ccc(out[j - 1]) > cc) {
        out[j] = out[j - 1];
        j--;
      }
      out[j] = cp;
    }
    return out;
  }

  /** The canonical composition algorithm over a decomposed, canonically ordered sequence. */
  private composeInPlace(cps: number[]): void {
    let starter = -1; // index in the output of the last starter
    let lastClass = 0; // class of the last character output
    let write = 0;
    for (let read = 0; read < cps.length; read++) {
      const cp = cps[read];
      const cc = this.ccc(cp);
      // The characters output since the starter are non-starters in canonical order, so cp is
      // blocked exactly when there are some and the last has a class 0 or >= cp's.
      if (starter >= 0 && (write === starter + 1 || (lastClass !== 0 && lastClass < cc))) {
        const composite = this.compose(cps[starter], cp);
        if (composite !== undefined) {
          cps[starter] = composite;
          continue;
        }
      }
      if (cc === 0) starter = write;
      lastClass = cc;
      cps[write++] = cp;
    }
    cps.length = write;
  }
}

let current: Normalizer | undefined;
let old: Normalizer | undefined;

/** unicodedata.normalize (`old` for ucd_3_2_0). */
export function normalize(form: NormalizationForm, s: string, useOld = false): string {
  if (isAsciiOnly(s)) return s;
  const n = useOld ? (old ??= new Normalizer(tables(), true)) : (current ??= new Normalizer(tables(), false));
  return n.normalize(form, s);
}

function isAsciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}
