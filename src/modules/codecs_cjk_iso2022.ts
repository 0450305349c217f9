// The stateful CJK codecs: the ISO-2022 family (_codecs_iso2022: iso2022_kr, iso2022_jp and its
// variants -1, -2, -2004, -3, -ext) and hz (_codecs_cn). Their shift state lives in the 8-byte
// codec state as CPython keeps it, so getstate() values match: for ISO-2022, bytes 0..3 are the
// sets designated to G0..G3 (the final byte of the designation escape, 0x80 added for a two-byte
// set) and byte 4 the flags (1: shifted out to G1, 2: inside an escape sequence this codec does
// not know, passed through); for hz, byte 0 is 1 inside ~{ ... ~}.
//
// The character sets are tries in codecs_cjk_data/iso2022.json.br (tools/cjk/generate.py), as
// is each codec's choice of set and code for each character.

import * as E from "../objects/exceptions";
import { raiseError } from "../objects/exceptions";
import { ByteWriter } from "../objects/strcodecs";
import { CjkTable, decodeOneWith, encodeOne, ensureEncoder, loadTable, parseTrie, readData, statefulCodecs } from "./codecs_cjk";
import { Cursor, DONE, MbCodec, TOOFEW } from "./multibytecodec";

const ESC = 0x1b;
const SO = 0x0e;
const SI = 0x0f;
const LF = 0x0a;
const ASCII = 0x42; // 'B'
const ISO8859_1 = 0x41;
const ISO8859_7 = 0x46;
const DBCS = 0x80;
const F_SHIFTED = 1;
const F_ESCTHROUGHOUT = 2;

const NO_SHIFT = 1;
const USE_G2 = 2;
const USE_JISX0208_EXT = 4;

interface Designation {
  set: string;
  mark: number;
  plane: number;
  width: number;
}

interface IsoData {
  charsets: Record<string, { nodes: string[]; pairs: string[] }>;
  codecs: Record<string, { enc: string; pairs: [string, number, number][]; hold: number[] }>;
}

const d = (set: string, mark: number, plane = 0): Designation => ({
  set, mark, plane, width: set.startsWith("jisx0201") || set.startsWith("iso8859") ? 1 : 2,
});

/** Each codec's flags and designations (in the order its encoder tries them). */
const CONFIGS: Record<string, [number, Designation[]]> = {
  iso2022_kr: [0, [d("ksx1001", 0xc3, 1)]],
  iso2022_jp: [NO_SHIFT | USE_JISX0208_EXT, [d("jisx0208", 0xc2), d("jisx0201_r", 0x4a), d("jisx0208", 0xc0)]],
  iso2022_jp_1: [NO_SHIFT | USE_JISX0208_EXT,
    [d("jisx0208", 0xc2), d("jisx0212", 0xc4), d("jisx0201_r", 0x4a), d("jisx0208", 0xc0)]],
  iso2022_jp_2: [NO_SHIFT | USE_G2 | USE_JISX0208_EXT,
    [d("jisx0208", 0xc2), d("jisx0212", 0xc4), d("ksx1001", 0xc3), d("gb2312", 0xc1), d("jisx0201_r", 0x4a),
      d("jisx0208", 0xc0), d("iso8859_1", ISO8859_1, 2), d("iso8859_7", ISO8859_7, 2)]],
  iso2022_jp_2004: [NO_SHIFT | USE_JISX0208_EXT,
    [d("jisx0208", 0xc2), d("jisx0213_2004_1", 0xd1), d("jisx0213_2004_2", 0xd0)]],
  iso2022_jp_3: [NO_SHIFT | USE_JISX0208_EXT,
    [d("jisx0208", 0xc2), d("jisx0213_2000_1", 0xcf), d("jisx0213_2000_2", 0xd0)]],
  iso2022_jp_ext: [NO_SHIFT | USE_JISX0208_EXT,
    [d("jisx0208", 0xc2), d("jisx0212", 0xc4), d("jisx0201_r", 0x4a), d("jisx0201_k", 0x49), d("jisx0208", 0xc0)]],
};

let isoData: IsoData | null = null;
const charsetTables = new Map<string, CjkTable>();

function charset(name: string): CjkTable | null {
  if (name.startsWith("iso8859")) return null; // G2 sets: decoded by ESC N only, never encoded
  let t = charsetTables.get(name);
  if (t === undefined) {
    isoData ??= readData<IsoData>("iso2022");
    const raw = isoData.charsets[name];
    t = parseTrie(raw.nodes, raw.pairs);
    charsetTables.set(name, t);
  }
  return t;
}

/** What the encoder does with a character: the designation's mark and the code. */
interface Choice {
  mark: number;
  code: number;
}

function isEscEnd(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x40;
}

/** ISO 8859-7 (1987) through the G2 single shift; -1 for bytes it does not have. */
function iso8859_7(c: number): number {
  if (c < 0xa0) return c;
  if (c < 0xc0 && (0x288f3bc9 >>> (c - 0xa0)) & 1) return c;
  if (c >= 0xb4 && c <= 0xfe && (c >= 0xd4 || (0xbffffd77 >>> (c - 0xb4)) & 1)) return 0x02d0 + c;
  if (c === 0xa1) return 0x2018;
  if (c === 0xa2) return 0x2019;
  if (c === 0xaf) return 0x2015;
  return -1;
}

class Iso2022Codec implements MbCodec {
  private readonly flags: number;
  private readonly desigs: Designation[];
  private enc: Map<number, Choice | null> | null = null;
  private pairs: Map<number, Map<number, Choice>> = new Map();
  private hold: Set<number> = new Set();

  constructor(readonly encoding: string) {
    [this.flags, this.desigs] = CONFIGS[encoding];
  }

  private designation(mark: number): Designation | undefined {
    return this.desigs.find((x) => x.mark === mark);
  }

  /** The encoder's choices: each designation's set inverted in order, then the recorded differences. */
  private encoder(): Map<number, Choice | null> {
    if (this.enc !== null) return this.enc;
    const enc = new Map<number, Choice | null>();
    for (const ds of this.desigs) {
      const t = charset(ds.set);
      if (t === null) continue;
      const take = (cp: number, code: number): void => {
        if (cp >= 0x80 && !enc.has(cp)) enc.set(cp, { mark: ds.mark, code });
      };
      const root = t.nodes[0];
      for (let c1 = 0; c1 < 256; c1++) {
        const v = root[c1];
        if (v >= 0) take(v, c1);
        else if (v <= -1000 && v > -100000) {
          const row = t.nodes[-1000 - v];
          for (let c2 = 0; c2 < 256; c2++) if (row[c2] >= 0) take(row[c2], (c1 << 8) | c2);
        }
      }
    }
    isoData ??= readData<IsoData>("iso2022");
    const info = isoData.codecs[this.encoding];
    if (info.enc !== "") {
      for (const item of info.enc.split(" ")) {
        const [cp, v] = item.split(":");
        const [mark, code] = v === "" ? [] : v.split(".");
        enc.set(parseInt(cp, 16), v === "" ? null : { mark: parseInt(mark, 16), code: parseInt(code, 16) });
      }
    }
    for (const [s, mark, code] of info.pairs) {
      const [a, b] = [...s].map((ch) => ch.codePointAt(0)!);
      let m = this.pairs.get(a);
      if (m === undefined) this.pairs.set(a, (m = new Map()));
      m.set(b, { mark, code });
    }
    this.hold = new Set(info.hold);
    this.enc = enc;
    return enc;
  }

  encInit(state: Uint8Array): void {
    state[4] = 0;
    state[0] = ASCII;
    state[1] = ASCII;
  }

  encReset(state: Uint8Array, out: ByteWriter): void {
    if (state[4] & F_SHIFTED) {
      out.byte(SI);
      state[4] &= ~F_SHIFTED;
    }
    if (state[0] !== ASCII) {
      out.bytes(Uint8Array.of(ESC, 0x28, ASCII));
      state[0] = ASCII;
    }
  }

  encode(state: Uint8Array, cps: number[], cur: Cursor, out: ByteWriter, flush: boolean): number {
    const enc = this.encoder();
    while (cur.pos < cps.length) {
      const c = cps[cur.pos];
      if (c < 0x80) {
        if (state[0] !== ASCII) {
          out.bytes(Uint8Array.of(ESC, 0x28, ASCII));
          state[0] = ASCII;
        }
        if (state[4] & F_SHIFTED) {
          out.byte(SI);
          state[4] &= ~F_SHIFTED;
        }
        out.byte(c);
        cur.pos++;
        continue;
      }
      let choice: Choice | null | undefined;
      let insize = 1;
      if (this.hold.has(c)) {
        if (cur.pos + 1 >= cps.length) {
          if (!flush) return TOOFEW;
        } else {
          choice = this.pairs.get(c)?.get(cps[cur.pos + 1]);
          if (choice !== undefined) insize = 2;
        }
      }
      choice ??= enc.get(c);
      if (choice === undefined || choice === null) return 1;
      const ds = this.designation(choice.mark)!;
      if (ds.plane === 0) {
        if (state[4] & F_SHIFTED) {
          out.byte(SI);
          state[4] &= ~F_SHIFTED;
        }
        if (state[0] !== ds.mark) {
          if (ds.width === 1) out.bytes(Uint8Array.of(ESC, 0x28, ds.mark));
          else if (ds.mark === 0xc2) out.bytes(Uint8Array.of(ESC, 0x24, 0x42));
          else out.bytes(Uint8Array.of(ESC, 0x24, 0x28, ds.mark & 0x7f));
          state[0] = ds.mark;
        }
      } else {
        if (state[1] !== ds.mark) {
          if (ds.width === 1) out.bytes(Uint8Array.of(ESC, 0x29, ds.mark));
          else out.bytes(Uint8Array.of(ESC, 0x24, 0x29, ds.mark & 0x7f));
          state[1] = ds.mark;
        }
        if (!(state[4] & F_SHIFTED)) {
          out.byte(SO);
          state[4] |= F_SHIFTED;
        }
      }
      if (ds.width === 1) out.byte(choice.code);
      else {
        out.byte(choice.code >> 8);
        out.byte(choice.code & 0xff);
      }
      cur.pos += insize;
    }
    return DONE;
  }

  decInit(state: Uint8Array): void {
    state[4] = 0;
    state[0] = ASCII;
    state[1] = ASCII;
    state[2] = ASCII;
  }

  decReset(state: Uint8Array): void {
    state[0] = ASCII;
    state[4] &= ~F_SHIFTED;
  }

  /** An escape sequence at cur.pos: DONE after designating, TOOFEW, or an error size. */
  private escape(state: Uint8Array, b: Uint8Array, cur: Cursor, end: number): number {
    const s = cur.pos;
    const left = end - s;
    let i = 1;
    let esclen = 0;
    for (; i < 16; i++) {
      if (i >= left) return TOOFEW;
      if (isEscEnd(b[s + i])) {
        esclen = i + 1;
        break;
      }
      if (this.flags & USE_JISX0208_EXT && i + 1 < left && b[s + i] === 0x26 && b[s + i + 1] === 0x40) i += 2;
    }
    if (i >= 16) return 1;
    let set: number;
    let g: number;
    const in2 = b[s + 1];
    const in3 = b[s + 2];
    switch (esclen) {
      case 3:
        if (in2 === 0x24) {
          set = in3 | DBCS;
          g = 0;
        } else {
          set = in3;
          if (in2 === 0x28) g = 0;
          else if (in2 === 0x29) g = 1;
          else if (this.flags & USE_G2 && in2 === 0x2e) g = 2;
          else return 3;
        }
        break;
      case 4:
        if (in2 !== 0x24) return 4;
        set = b[s + 3] | DBCS;
        if (in3 === 0x28) g = 0;
        else if (in3 === 0x29) g = 1;
        else return 4;
        break;
      case 6:
        if (this.flags & USE_JISX0208_EXT && b[s + 3] === ESC && b[s + 4] === 0x24 && b[s + 5] === 0x42) {
          set = 0x42 | DBCS;
          g = 0;
        } else return 6;
        break;
      default:
        return esclen;
    }
    if (set !== ASCII && this.designation(set) === undefined) return esclen;
    state[g] = set;
    cur.pos += esclen;
    return DONE;
  }

  /** ESC N c: one character of the set designated to G2. */
  private singleShift2(state: Uint8Array, b: Uint8Array, cur: Cursor, out: string[]): number {
    const c = b[cur.pos + 2];
    let cp: number;
    if (state[2] === ISO8859_1) {
      if (c >= 0x80) return 3;
      cp = c + 0x80;
    } else if (state[2] === ISO8859_7) {
      cp = iso8859_7(c ^ 0x80);
      if (cp < 0) return 3;
    } else if (state[2] === ASCII) {
      if (c & 0x80) return 3;
      cp = c;
    } else return raiseError(E.RuntimeError, "internal codec error");
    out.push(String.fromCharCode(cp));
    cur.pos += 3;
    return DONE;
  }

  decode(state: Uint8Array, b: Uint8Array, cur: Cursor, end: number, out: string[]): number {
    while (cur.pos < end) {
      const c = b[cur.pos];
      if (state[4] & F_ESCTHROUGHOUT) {
        out.push(String.fromCharCode(c));
        cur.pos++;
        if (isEscEnd(c)) state[4] &= ~F_ESCTHROUGHOUT;
        continue;
      }
      if (c === ESC) {
        if (end - cur.pos < 2) return TOOFEW;
        const c2 = b[cur.pos + 1];
        if (c2 === 0x28 || c2 === 0x29 || c2 === 0x24 || c2 === 0x2e || c2 === 0x26) {
          const r = this.escape(state, b, cur, end);
          if (r !== DONE) return r;
        } else if (this.flags & USE_G2 && c2 === 0x4e) {
          if (end - cur.pos < 3) return TOOFEW;
          const r = this.singleShift2(state, b, cur, out);
          if (r !== DONE) return r;
        } else {
          out.push("\x1b");
          state[4] |= F_ESCTHROUGHOUT;
          cur.pos++;
        }
        continue;
      }
      if ((c === SI || c === SO) && !(this.flags & NO_SHIFT)) {
        if (c === SI) state[4] &= ~F_SHIFTED;
        else state[4] |= F_SHIFTED;
        cur.pos++;
        continue;
      }
      if (c === LF) {
        state[4] &= ~F_SHIFTED;
        out.push("\n");
        cur.pos++;
        continue;
      }
      if (c < 0x20) {
        out.push(String.fromCharCode(c));
        cur.pos++;
        continue;
      }
      if (c >= 0x80) return 1;
      const set = state[4] & F_SHIFTED ? state[1] : state[0];
      if (set === ASCII) {
        out.push(String.fromCharCode(c));
        cur.pos++;
        continue;
      }
      const ds = this.designation(set);
      if (ds === undefined) return raiseError(E.RuntimeError, "internal codec error");
      const t = charset(ds.set);
      if (t === null) return 1;
      const r = decodeOneWith(t, b, cur, end, out);
      if (r !== DONE) return r;
    }
    return DONE;
  }
}

/** hz: ASCII, with GB 2312 between ~{ and ~} (7-bit bytes), ~~ for '~' and ~\n a line continuation. */
class HzCodec implements MbCodec {
  readonly encoding = "hz";
  private gb: CjkTable | null = null;

  private table(): CjkTable {
    return (this.gb ??= loadTable("gb2312"));
  }

  encInit(state: Uint8Array): void {
    state.fill(0, 0, 4);
  }

  encReset(state: Uint8Array, out: ByteWriter): void {
    if (state[0] !== 0) {
      out.bytes(Uint8Array.of(0x7e, 0x7d));
      state.fill(0, 0, 4);
    }
  }

  encode(state: Uint8Array, cps: number[], cur: Cursor, out: ByteWriter): number {
    const t = this.table();
    ensureEncoder(t);
    while (cur.pos < cps.length) {
      const c = cps[cur.pos];
      if (c < 0x80) {
        if (state[0] !== 0) {
          out.bytes(Uint8Array.of(0x7e, 0x7d));
          state.fill(0, 0, 4);
        }
        out.byte(c);
        if (c === 0x7e) out.byte(0x7e);
        cur.pos++;
        continue;
      }
      const bytes = c > 0xffff ? null : encodeOne(t, c);
      if (bytes === null || bytes.length !== 2 || bytes[0] < 0xa1 || bytes[1] < 0xa1) return 1;
      if (state[0] === 0) {
        out.bytes(Uint8Array.of(0x7e, 0x7b));
        state[0] = 1;
      }
      out.byte(bytes[0] & 0x7f);
      out.byte(bytes[1] & 0x7f);
      cur.pos++;
    }
    return DONE;
  }

  decInit(state: Uint8Array): void {
    state.fill(0, 0, 4);
  }

  decReset(state: Uint8Array): void {
    state.fill(0, 0, 4);
  }

  decode(state: Uint8Array, b: Uint8Array, cur: Cursor, end: number, out: string[]): number {
    const t = this.table();
    while (cur.pos < end) {
      const c = b[cur.pos];
      if (c === 0x7e) {
        if (end - cur.pos < 2) return TOOFEW;
        const c2 = b[cur.pos + 1];
        if (c2 === 0x7e && state[0] === 0) out.push("~");
        else if (c2 === 0x7b && state[0] === 0) state[0] = 1;
        else if (c2 === 0x0a && state[0] === 0) {
          // a line continuation
        } else if (c2 === 0x7d && state[0] === 1) state[0] = 0;
        else return 1;
        cur.pos += 2;
        continue;
      }
      if (c & 0x80) return 1;
      if (state[0] === 0) {
        out.push(String.fromCharCode(c));
        cur.pos++;
        continue;
      }
      if (end - cur.pos < 2) return TOOFEW;
      const sub = t.nodes[0][c | 0x80];
      const cp = sub <= -1000 && sub > -100000 ? t.nodes[-1000 - sub][b[cur.pos + 1] | 0x80] : -1;
      if (cp < 0) return 1;
      out.push(String.fromCharCode(cp));
      cur.pos += 2;
    }
    return DONE;
  }
}

for (const name of Object.keys(CONFIGS)) statefulCodecs.set(name, () => new Iso2022Codec(name));
statefulCodecs.set("hz", () => new HzCodec());
