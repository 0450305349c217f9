// The CJK codecs CPython implements in _codecs_jp, _codecs_cn, _codecs_kr, _codecs_tw and
// _codecs_hk (each module's getcodec(name) returns a _multibytecodec.MultibyteCodec), except
// the stateful ones (hz, ISO-2022), which live in codecs_cjk_iso2022.ts.
//
// The stateless codecs are one table-driven engine. Each codec's table is a file
// codecs_cjk_data/<codec>.json.br (brotli-compressed JSON written by tools/cjk/generate.py,
// which records what CPython's codecs do; its docstring describes the format), read the first
// time the codec encodes or decodes anything, so start-up and `import encodings.x` pay nothing.
// Decoding walks a trie of byte prefixes (each node: what every next byte makes of the prefix);
// encoding uses the inverse of the trie plus the encoder's recorded differences from it.

import { nodeZlib } from "../vm/nodelib";
import { readFileSync } from "fs";
import { join } from "path";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { strValue } from "../objects/abstract";
import { ByteWriter } from "../objects/strcodecs";
import { PyDict } from "../objects/pydict";
import { Cursor, DONE, makeCodecObject, MbCodec, TOOFEW } from "./multibytecodec";
import { defFunctions, defineModule } from "./registry";

// Trie entries besides a code point (>= 0): an error of 1..8 bytes is -size.
const SUB = -1000; // SUB - i: node i
const PAIR = -100000; // PAIR - i: pairs[i]
const FOUR = -50;
const MAKEUP = -51;

interface RawTable {
  codec: string;
  nodes: string[];
  pairs: string[];
  enc: string;
  hold: number[];
  four?: [number, number, number][];
  makeup?: { cho: number[]; jong: number[] };
}

/** A codec's table, parsed; the encoding side is built on first encode. */
export interface CjkTable {
  nodes: Int32Array[];
  pairs: string[];
  four: [number, number, number][] | null;
  /** four's runs sorted by first code point (for encoding). */
  fourByCp: [number, number, number][] | null;
  makeup: { cho: number[]; jong: number[] } | null;
  hold: Set<number>;
  raw: RawTable;
  enc: Map<number, Uint8Array | null> | null;
  pairEnc: Map<number, Map<number, Uint8Array>> | null;
}

const tables = new Map<string, CjkTable>();

function dataFile(name: string): string {
  return join(__dirname, "..", "src", "modules", "codecs_cjk_data", `${name}.json.br`);
}

/** Reads one of the data files (a RuntimeError if it is missing). */
export function readData<T>(name: string): T {
  try {
    return JSON.parse(nodeZlib().brotliDecompressSync(readFileSync(dataFile(name))).toString("utf8")) as T;
  } catch {
    return raiseError(E.RuntimeError, `cannot read the CJK codec table '${name}' (${dataFile(name)})`);
  }
}

/** A trie in the tables' format (the ISO-2022 character sets use it too). */
export function parseTrie(nodes: string[], pairs: string[]): CjkTable {
  return {
    nodes: nodes.map(parseRow), pairs, four: null, fourByCp: null, makeup: null, hold: new Set(),
    raw: { codec: "", nodes, pairs, enc: "", hold: [] }, enc: null, pairEnc: null,
  };
}
/** Reads and parses a codec's table (once). */
export function loadTable(name: string): CjkTable {
  const got = tables.get(name);
  if (got !== undefined) return got;
  const raw = readData<RawTable>(name);
  const t: CjkTable = {
    nodes: raw.nodes.map(parseRow),
    pairs: raw.pairs,
    four: raw.four ?? null,
    fourByCp: raw.four ? [...raw.four].sort((a, b) => a[1] - b[1]) : null,
    makeup: raw.makeup ?? null,
    hold: new Set(raw.hold),
    raw,
    enc: null,
    pairEnc: null,
  };
  tables.set(name, t);
  return t;
}

function parseRow(text: string): Int32Array {
  const row = new Int32Array(256);
  let j = 0;
  for (const tok of text.split(" ")) {
    const c = tok[0];
    if (c === "!") {
      const star = tok.indexOf("*");
      const size = parseInt(star < 0 ? tok.slice(1) : tok.slice(1, star), 10);
      const n = star < 0 ? 1 : parseInt(tok.slice(star + 1), 10);
      for (let k = 0; k < n; k++) row[j++] = -size;
    } else if (c === "@") row[j++] = SUB - parseInt(tok.slice(1), 10);
    else if (c === "&") row[j++] = PAIR - parseInt(tok.slice(1), 10);
    else if (c === "#") row[j++] = FOUR;
    else if (c === "%") row[j++] = MAKEUP;
    else {
      const plus = tok.indexOf("+");
      const cp = parseInt(plus < 0 ? tok : tok.slice(0, plus), 16);
      const n = plus < 0 ? 1 : parseInt(tok.slice(plus + 1), 10);
      for (let k = 0; k < n; k++) row[j++] = cp + k;
    }
  }
  if (j !== 256) throw new Error(`bad CJK table row (${j} entries)`);
  return row;
}

function hexBytes(h: string): Uint8Array {
  const b = new Uint8Array(h.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return b;
}

export function ensureEncoder(t: CjkTable): void {
  if (t.enc === null) buildEncoder(t);
}

/** The encoding maps: the trie inverted (first sequence in trie order wins), then the differences. */
function buildEncoder(t: CjkTable): void {
  const enc = new Map<number, Uint8Array | null>();
  const pairEnc = new Map<number, Map<number, Uint8Array>>();
  const walk = (i: number, prefix: number[]): void => {
    const row = t.nodes[i];
    for (let b = 0; b < 256; b++) {
      const v = row[b];
      if (v >= 0 && !enc.has(v)) enc.set(v, Uint8Array.from([...prefix, b]));
      else if (v <= PAIR) {
        const [first, second] = [...t.pairs[PAIR - v]].map((ch) => ch.codePointAt(0)!);
        let m = pairEnc.get(first);
        if (m === undefined) pairEnc.set(first, (m = new Map()));
        if (!m.has(second)) m.set(second, Uint8Array.from([...prefix, b]));
      }
    }
    for (let b = 0; b < 256; b++) {
      const v = row[b];
      if (v <= SUB && v > PAIR) walk(SUB - v, [...prefix, b]);
    }
  };
  walk(0, []);
  if (t.raw.enc !== "") {
    for (const item of t.raw.enc.split(" ")) {
      const colon = item.indexOf(":");
      const cp = parseInt(item.slice(0, colon), 16);
      const h = item.slice(colon + 1);
      enc.set(cp, h === "" ? null : hexBytes(h));
    }
  }
  t.enc = enc;
  t.pairEnc = pairEnc;
}

function fourBytes(idx: number): Uint8Array {
  const c4 = idx % 10;
  idx = Math.floor(idx / 10);
  const c3 = idx % 126;
  idx = Math.floor(idx / 126);
  const c2 = idx % 10;
  idx = Math.floor(idx / 10);
  return Uint8Array.of(0x81 + idx, 0x30 + c2, 0x81 + c3, 0x30 + c4);
}

/** The bytes of one code point, or null when it does not encode. */
export function encodeOne(t: CjkTable, cp: number): Uint8Array | null {
  const e = t.enc!.get(cp);
  if (e !== undefined) return e;
  if (t.fourByCp !== null) {
    const run = findRun(t.fourByCp, cp, 1);
    if (run !== null) return fourBytes(run[0] + cp - run[1]);
  }
  if (t.makeup !== null && cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    const cho = t.makeup.cho.indexOf(Math.floor(s / 588));
    const jung = Math.floor((s % 588) / 28);
    const jongV = s % 28;
    const jong = jongV === 0 ? -2 : t.makeup.jong.indexOf(jongV);
    if (cho >= 0 && jong !== -1) {
      return Uint8Array.of(0xa4, 0xd4, 0xa4, 0xa1 + cho, 0xa4, 0xbf + jung, 0xa4, jong === -2 ? 0xd4 : 0xa1 + jong);
    }
  }
  return null;
}

/**
 * The run [index, code point, length] whose range of field `at` (0: four-byte index, 1: code
 * point) holds `key`, by binary search over runs sorted on that field; null if none does.
 */
function findRun(runs: readonly (readonly [number, number, number])[], key: number, at: 0 | 1): readonly [number, number, number] | null {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid];
    if (key < r[at]) hi = mid - 1;
    else if (key >= r[at] + r[2]) lo = mid + 1;
    else return r;
  }
  return null;
}

function fourLookup(t: CjkTable, idx: number): number {
  const run = findRun(t.four!, idx, 0);
  return run === null ? -1 : run[1] + idx - run[0];
}

function charOf(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/**
 * Decodes one character (or pair) at cur.pos with a table: DONE after advancing cur.pos, an
 * error size, or TOOFEW. Shared with the ISO-2022 codecs for their character sets.
 */
export function decodeOneWith(t: CjkTable, b: Uint8Array, cur: Cursor, end: number, out: string[]): number {
  let node = 0;
  let p = cur.pos;
  for (;;) {
    const v = t.nodes[node][b[p]];
    if (v >= 0) {
      out.push(charOf(v));
      cur.pos = p + 1;
      return DONE;
    }
    if (v >= -8) return -v;
    if (v <= PAIR) {
      out.push(t.pairs[PAIR - v]);
      cur.pos = p + 1;
      return DONE;
    }
    if (v <= SUB) {
      node = SUB - v;
      if (++p >= end) return TOOFEW;
      continue;
    }
    const s = cur.pos;
    if (v === FOUR) {
      if (end - s < 4) return TOOFEW;
      const c3 = b[s + 2];
      const c4 = b[s + 3];
      if (c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) return 1;
      const cp = fourLookup(t, (((b[s] - 0x81) * 10 + (b[s + 1] - 0x30)) * 126 + (c3 - 0x81)) * 10 + (c4 - 0x30));
      if (cp < 0) return 1;
      out.push(charOf(cp));
      cur.pos = s + 4;
      return DONE;
    }
    // MAKEUP: A4 D4 A4 x A4 y A4 z
    if (end - s < 8) return TOOFEW;
    if (b[s + 2] !== 0xa4 || b[s + 4] !== 0xa4 || b[s + 6] !== 0xa4) return 1;
    const m = t.makeup!;
    const x = b[s + 3];
    const y = b[s + 5];
    const z = b[s + 7];
    const cho = x >= 0xa1 && x <= 0xbe ? m.cho[x - 0xa1] : -1;
    const jung = y >= 0xbf && y <= 0xd3 ? y - 0xbf : -1;
    const jong = z === 0xd4 ? 0 : z >= 0xa1 && z <= 0xbe ? m.jong[z - 0xa1] : -1;
    if (cho < 0 || jung < 0 || jong < 0) return 1;
    out.push(String.fromCharCode(0xac00 + cho * 588 + jung * 28 + jong));
    cur.pos = s + 8;
    return DONE;
  }
}

/** A stateless table-driven codec. */
class TableCodec implements MbCodec {
  private t: CjkTable | null = null;
  constructor(readonly encoding: string) {}

  private table(): CjkTable {
    return (this.t ??= loadTable(this.encoding));
  }

  encode(_state: Uint8Array, cps: number[], cur: Cursor, out: ByteWriter, flush: boolean): number {
    const t = this.table();
    if (t.enc === null) buildEncoder(t);
    while (cur.pos < cps.length) {
      const cp = cps[cur.pos];
      if (t.hold.has(cp)) {
        if (cur.pos + 1 < cps.length) {
          const pb = t.pairEnc!.get(cp)?.get(cps[cur.pos + 1]);
          if (pb !== undefined) {
            out.bytes(pb);
            cur.pos += 2;
            continue;
          }
        } else if (!flush) return TOOFEW;
      }
      const b = encodeOne(t, cp);
      if (b === null) return 1;
      if (b.length === 1) out.byte(b[0]);
      else out.bytes(b);
      cur.pos++;
    }
    return DONE;
  }

  decode(_state: Uint8Array, b: Uint8Array, cur: Cursor, end: number, out: string[]): number {
    const t = this.table();
    while (cur.pos < end) {
      const r = decodeOneWith(t, b, cur, end, out);
      if (r !== DONE) return r;
    }
    return DONE;
  }
}

const MODULES: Record<string, string[]> = {
  _codecs_jp: ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213"],
  _codecs_cn: ["gb2312", "gbk", "gb18030", "hz"],
  _codecs_kr: ["euc_kr", "cp949", "johab"],
  _codecs_tw: ["big5", "cp950"],
  _codecs_hk: ["big5hkscs"],
  _codecs_iso2022: ["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
    "iso2022_jp_ext"],
};

const codecs = new Map<string, MbCodec>();

/** The stateful codecs (codecs_cjk_iso2022.ts registers them). */
export const statefulCodecs = new Map<string, () => MbCodec>();

function codecFor(name: string): MbCodec {
  let c = codecs.get(name);
  if (c === undefined) {
    c = statefulCodecs.get(name)?.() ?? new TableCodec(name);
    codecs.set(name, c);
  }
  return c;
}

for (const [mod, names] of Object.entries(MODULES)) {
  defineModule(mod, (d: PyDict) => {
    defFunctions(d, mod, {
      getcodec(args) {
        checkArgs("getcodec", args, null, 1, 1, 0);
        const name = strValue(args[0]);
        if (name === undefined) typeError("encoding name must be a string.");
        if (!names.includes(name)) raiseError(E.LookupError, "no such codec is supported.");
        return makeCodecObject(codecFor(name));
      },
    });
  });
}
