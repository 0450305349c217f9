// LZMA and LZMA2 (Igor Pavlov's LZMA SDK formats, as liblzma reads and writes them), for _lzma.
//
// LZMA is LZ77 over a sliding dictionary with every decision coded by an adaptive binary range
// coder: a literal (coded against the byte at the last match distance after a match), a match
// (length, then distance by slot, extra bits and 4 aligned bits), or a repeat of one of the
// last four distances (the "short rep" repeats one byte of the last). `state` (0-11) tells what
// the last few symbols were; lc/lp/pb split the literal and position contexts.
//
// LZMA2 wraps LZMA in chunks (control byte, sizes, optionally new lc/lp/pb): uncompressed chunks,
// and LZMA chunks of at most 2 MiB of output and 64 KiB of input, each with its own range coder.
//
// The decoder works on input it has whole (an LZMA2 chunk is buffered before decoding) or, for
// plain LZMA streams, symbol by symbol with a journal of the probabilities it changes, so a
// symbol cut off by the end of the input is undone and decoded again when more comes.
//
// The encoder is greedy: at each position it takes the longest match from a hash-chain match
// finder (or a repeat of the last distance when that is about as long), else a literal. It
// writes valid streams that liblzma reads; they are somewhat larger than liblzma's, whose
// encoder prices its choices.

/** Invalid data (liblzma's LZMA_DATA_ERROR). */
export class LzmaDataError extends Error {}
/** Thrown when a read passes the end of the input given so far. */
export const NEED_INPUT = { needInput: true };

const NUM_STATES = 12;
const POS_STATES_MAX = 16;
const MATCH_LEN_MIN = 2;
const MATCH_LEN_MAX = 273;
const END_POS_MODEL_INDEX = 14;
const NUM_FULL_DISTANCES = 128;
const PROB_INIT = 1024;

// Where each group of probabilities lives in the one probability array.
const IS_MATCH = 0;
const IS_REP = IS_MATCH + NUM_STATES * POS_STATES_MAX;
const IS_REP_G0 = IS_REP + NUM_STATES;
const IS_REP_G1 = IS_REP_G0 + NUM_STATES;
const IS_REP_G2 = IS_REP_G1 + NUM_STATES;
const IS_REP0_LONG = IS_REP_G2 + NUM_STATES;
const POS_SLOT = IS_REP0_LONG + NUM_STATES * POS_STATES_MAX;
const SPEC_POS = POS_SLOT + 4 * 64;
const ALIGN = SPEC_POS + NUM_FULL_DISTANCES;
const LEN_CODER = ALIGN + 16;
/** A length coder: choice, choice2, low[16][8], mid[16][8], high[256]. */
const LEN_SIZE = 2 + 128 + 128 + 256;
const REP_LEN_CODER = LEN_CODER + LEN_SIZE;
const LITERAL = REP_LEN_CODER + LEN_SIZE;

export interface LzmaProps { lc: number; lp: number; pb: number; dictSize: number }

/** The props byte: (pb * 5 + lp) * 9 + lc. */
export function decodePropsByte(b: number): { lc: number; lp: number; pb: number } | null {
  if (b >= 9 * 5 * 5) return null;
  return { lc: b % 9, lp: Math.floor(b / 9) % 5, pb: Math.floor(b / 45) };
}

function nextState(state: number, kind: "lit" | "match" | "rep" | "shortrep"): number {
  switch (kind) {
    case "lit": return state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
    case "match": return state < 7 ? 7 : 10;
    case "rep": return state < 7 ? 8 : 11;
    case "shortrep": return state < 7 ? 9 : 11;
  }
}

/**
 * The sliding dictionary: a buffer that grows up to dictSize and then wraps. `total` counts all
 * bytes ever written (for position contexts); take() hands out the bytes written since the last take.
 */
export class Dictionary {
  buf: Uint8Array;
  pos = 0;
  full = false;
  total = 0;
  /** Where the bytes not yet taken by take() start (an index into buf). */
  private start = 0;

  constructor(readonly size: number) {
    this.buf = new Uint8Array(Math.min(size, 1 << 16));
  }

  reset(): void {
    this.pos = 0;
    this.full = false;
    this.start = 0;
  }

  /** Bytes available as match sources. */
  get fill(): number {
    return this.full ? this.buf.length : this.pos;
  }

  /** The byte `dist` + 1 back (dist 0: the last byte). */
  get(dist: number): number {
    let i = this.pos - dist - 1;
    if (i < 0) i += this.buf.length;
    return this.buf[i];
  }

  put(b: number): void {
    if (this.pos === this.buf.length) this.wrap();
    this.buf[this.pos++] = b;
    this.total++;
  }

  private wrap(): void {
    if (this.buf.length < this.size) {
      const bigger = new Uint8Array(Math.min(this.size, this.buf.length * 2));
      bigger.set(this.buf);
      this.buf = bigger;
      return;
    }
    // Not reached when the output is taken before the room runs out (see take()).
    this.pos = 0;
    this.full = true;
    this.start = 0;
  }

  /** Room before the buffer must wrap (the output must be taken before then). */
  get roomBeforeWrap(): number {
    return this.buf.length < this.size ? Infinity : this.buf.length - this.pos;
  }

  /** The bytes written since the last take. */
  take(): Uint8Array {
    const out = this.buf.slice(this.start, this.pos);
    if (this.pos === this.buf.length && this.buf.length >= this.size) {
      this.pos = 0;
      this.full = true;
    }
    this.start = this.pos;
    return out;
  }
}

/** An LZMA decoder over a Dictionary; input is given as a buffer with bounds. */
export class LzmaDecoder {
  lc = 3;
  lp = 0;
  pb = 2;
  probs = new Uint16Array(LITERAL + 0x300);
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  /** Bytes of the current match still to copy (when the output room ran out mid-match). */
  pendingLen = 0;
  range = 0;
  code = 0;
  in: Uint8Array = new Uint8Array(0);
  inPos = 0;
  inEnd = 0;
  /** Whether the input ends at inEnd (reading past it is invalid data, not a wait). */
  inFinal = true;
  journal: number[] | null = null;
  /** Set when the end-of-payload marker was read. */
  sawEndMarker = false;
  /** Set when the last decode() stopped at the end of the input given so far. */
  starved = false;

  constructor(readonly dict: Dictionary) {}

  setProps(lc: number, lp: number, pb: number): void {
    this.lc = lc;
    this.lp = lp;
    this.pb = pb;
    const size = LITERAL + (0x300 << (lc + lp));
    if (this.probs.length !== size) this.probs = new Uint16Array(size);
  }

  resetState(): void {
    this.probs.fill(PROB_INIT);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    this.pendingLen = 0;
  }

  private byte(): number {
    if (this.inPos >= this.inEnd) {
      if (this.inFinal) throw new LzmaDataError("input ended");
      throw NEED_INPUT;
    }
    return this.in[this.inPos++];
  }

  /** The range coder's first five bytes (the first is always 0). */
  initRange(): void {
    if (this.byte() !== 0) throw new LzmaDataError("range coder start");
    let code = 0;
    for (let i = 0; i < 4; i++) code = ((code << 8) | this.byte()) >>> 0;
    this.code = code;
    this.range = 0xffffffff;
    if (this.code === this.range) throw new LzmaDataError("range coder start");
  }

  private bit(i: number): number {
    const probs = this.probs;
    const p = probs[i];
    const bound = (this.range >>> 11) * p;
    let bit: number;
    if (this.journal !== null) this.journal.push(i, p);
    if (this.code < bound) {
      this.range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      bit = 0;
    } else {
      this.range -= bound;
      this.code -= bound;
      probs[i] = p - (p >>> 5);
      bit = 1;
    }
    if (this.range < 0x1000000) {
      this.range = (this.range * 256) >>> 0;
      this.code = ((this.code * 256) + this.byte()) >>> 0;
    }
    return bit;
  }

  private direct(n: number): number {
    let v = 0;
    for (let k = 0; k < n; k++) {
      this.range >>>= 1;
      let b = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        b = 1;
      }
      v = ((v << 1) | b) >>> 0;
      if (this.range < 0x1000000) {
        this.range = (this.range * 256) >>> 0;
        this.code = ((this.code * 256) + this.byte()) >>> 0;
      }
    }
    return v;
  }

  private tree(base: number, bits: number): number {
    let m = 1;
    for (let k = 0; k < bits; k++) m = (m << 1) | this.bit(base + m);
    return m - (1 << bits);
  }

  private reverseTree(base: number, bits: number): number {
    let m = 1, v = 0;
    for (let k = 0; k < bits; k++) {
      const b = this.bit(base + m);
      m = (m << 1) | b;
      v |= b << k;
    }
    return v;
  }

  private length(base: number, posState: number): number {
    if (!this.bit(base)) return this.tree(base + 2 + posState * 8, 3);
    if (!this.bit(base + 1)) return 8 + this.tree(base + 2 + 128 + posState * 8, 3);
    return 16 + this.tree(base + 2 + 256, 8);
  }

  private distance(len: number): number {
    const lenState = len < 3 ? len : 3;
    const slot = this.tree(POS_SLOT + lenState * 64, 6);
    if (slot < 4) return slot;
    const nDirect = (slot >>> 1) - 1;
    let dist = ((2 | (slot & 1)) << nDirect) >>> 0;
    if (slot < END_POS_MODEL_INDEX) return dist + this.reverseTree(SPEC_POS + dist - slot - 1, nDirect);
    dist = (dist + ((this.direct(nDirect - 4) << 4) >>> 0)) >>> 0;
    return (dist + this.reverseTree(ALIGN, 4)) >>> 0;
  }

  private copyMatch(len: number, room: number): number {
    const dict = this.dict;
    const n = Math.min(len, room);
    for (let k = 0; k < n; k++) dict.put(dict.get(this.rep0));
    this.pendingLen = len - n;
    return n;
  }

  /**
   * Decodes symbols until `room` bytes are written, `limit` symbols' worth of output (a known
   * uncompressed size) is reached, the end marker, or the input ends (the cut-off symbol is then
   * undone and `starved` set). Returns the bytes written.
   */
  decode(room: number, allowEndMarker: boolean): number {
    const dict = this.dict;
    room = Math.min(room, dict.roomBeforeWrap);
    let written = 0;
    this.starved = false;
    if (this.pendingLen > 0) written += this.copyMatch(this.pendingLen, room);
    const pbMask = (1 << this.pb) - 1, lpMask = (1 << this.lp) - 1, lc = this.lc;
    while (written < room && !this.sawEndMarker) {
      const careful = !this.inFinal && this.inEnd - this.inPos < 64;
      const saved = careful ? [this.state, this.rep0, this.rep1, this.rep2, this.rep3, this.range, this.code, this.inPos] : null;
      if (careful) this.journal = [];
      try {
        written += this.symbol(room - written, pbMask, lpMask, lc, allowEndMarker);
      } catch (e) {
        if (e !== NEED_INPUT || saved === null) throw e;
        const j = this.journal!;
        for (let k = j.length - 2; k >= 0; k -= 2) this.probs[j[k]] = j[k + 1];
        [this.state, this.rep0, this.rep1, this.rep2, this.rep3, this.range, this.code, this.inPos] = saved;
        this.journal = null;
        this.starved = true;
        return written;
      } finally {
        this.journal = null;
      }
    }
    return written;
  }

  private symbol(room: number, pbMask: number, lpMask: number, lc: number, allowEndMarker: boolean): number {
    const dict = this.dict;
    const posState = dict.total & pbMask;
    let state = this.state;
    if (!this.bit(IS_MATCH + state * POS_STATES_MAX + posState)) {
      const prev = dict.total > 0 || dict.fill > 0 ? dict.get(0) : 0;
      const base = LITERAL + 0x300 * (((dict.total & lpMask) << lc) + (prev >>> (8 - lc)));
      let m = 1;
      if (state >= 7) {
        if (this.rep0 >= dict.fill) throw new LzmaDataError("distance");
        let match = dict.get(this.rep0);
        do {
          const mb = (match >>> 7) & 1;
          match <<= 1;
          const b = this.bit(base + ((1 + mb) << 8) + m);
          m = (m << 1) | b;
          if (mb !== b) break;
        } while (m < 0x100);
      }
      while (m < 0x100) m = (m << 1) | this.bit(base + m);
      this.state = nextState(state, "lit");
      dict.put(m & 0xff);
      return 1;
    }
    let len: number;
    if (!this.bit(IS_REP + state)) {
      len = this.length(LEN_CODER, posState);
      const dist = this.distance(len);
      if (dist === 0xffffffff) {
        if (!allowEndMarker) throw new LzmaDataError("end marker");
        this.sawEndMarker = true;
        return 0;
      }
      this.rep3 = this.rep2;
      this.rep2 = this.rep1;
      this.rep1 = this.rep0;
      this.rep0 = dist;
      state = nextState(state, "match");
    } else {
      if (!this.bit(IS_REP_G0 + state)) {
        if (!this.bit(IS_REP0_LONG + state * POS_STATES_MAX + posState)) {
          if (this.rep0 >= dict.fill) throw new LzmaDataError("distance");
          this.state = nextState(state, "shortrep");
          dict.put(dict.get(this.rep0));
          return 1;
        }
      } else {
        let dist: number;
        if (!this.bit(IS_REP_G1 + state)) dist = this.rep1;
        else {
          if (!this.bit(IS_REP_G2 + state)) dist = this.rep2;
          else {
            dist = this.rep3;
            this.rep3 = this.rep2;
          }
          this.rep2 = this.rep1;
        }
        this.rep1 = this.rep0;
        this.rep0 = dist;
      }
      len = this.length(REP_LEN_CODER, posState);
      state = nextState(state, "rep");
    }
    if (this.rep0 >= dict.fill) throw new LzmaDataError("distance");
    this.state = state;
    return this.copyMatch(len + MATCH_LEN_MIN, room);
  }

  /** Whether the range coder ended cleanly (liblzma requires code 0 at the end). */
  get rangeFinished(): boolean {
    return this.code === 0;
  }
}

// ---- LZMA2 decoding -------------------------------------------------------------------------------

const enum L2 { Control, Lzma, Copy, Done }

/**
 * An LZMA2 decoder over its owner's input buffer: run() decodes into the dictionary (the owner
 * takes the output from there). Chunks are decoded once their compressed bytes are all here.
 */
export class Lzma2Decoder {
  readonly dict: Dictionary;
  readonly lzma: LzmaDecoder;
  private phase = L2.Control;
  private needDictReset = true;
  private needProps = true;
  /** The current chunk: uncompressed bytes left, and where its input ends. */
  private unpackLeft = 0;
  private copyLeft = 0;
  /** Where the next chunk header is read in the owner's input buffer (during an LZMA chunk: its end). */
  pos = 0;
  private chunkEnd = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private bufLen = 0;

  constructor(dictSize: number) {
    this.dict = new Dictionary(Math.max(dictSize, 4096));
    this.lzma = new LzmaDecoder(this.dict);
  }

  get ended(): boolean {
    return this.phase === L2.Done;
  }

  /** The first input byte still needed (positions before it may be dropped by the owner). */
  get firstNeeded(): number {
    return this.phase === L2.Lzma ? Math.min(this.pos, this.lzma.inPos) : this.pos;
  }

  /** Input bytes not yet read (by the chunk parser or the range decoder). */
  availIn(bufLen: number): number {
    return bufLen - (this.phase === L2.Lzma ? this.lzma.inPos : this.pos);
  }

  /** The owner dropped `n` bytes from the front of the input buffer. */
  shift(n: number): void {
    this.pos -= n;
    this.chunkEnd -= n;
    this.lzma.inPos -= n;
    this.lzma.inEnd -= n;
  }

  /** Decodes into the dictionary until `room` bytes, the end, or the input runs out. Returns bytes written. */
  run(buf: Uint8Array, bufLen: number, room: number): number {
    this.buf = buf;
    this.bufLen = bufLen;
    if (this.phase === L2.Lzma) this.lzma.in = buf;
    let written = 0;
    for (;;) {
      switch (this.phase) {
        case L2.Done:
          return written;
        case L2.Control: {
          const avail = this.bufLen - this.pos;
          if (avail < 1) return written;
          const c = this.buf[this.pos];
          if (c === 0) {
            this.pos++;
            this.phase = L2.Done;
            return written;
          }
          if (c >= 0xe0 || c === 1) {
            this.needProps = c < 0x80 ? this.needProps : true;
            this.needDictReset = false;
            this.dict.reset();
          } else if (this.needDictReset) throw new LzmaDataError("no dictionary reset");
          if (c >= 0x80) {
            const hasProps = c >= 0xc0;
            const headLen = hasProps ? 6 : 5;
            // The header and the range coder's first five bytes, then the chunk as it comes.
            if (avail < headLen + 5) return written;
            const b = this.buf, p = this.pos;
            this.unpackLeft = ((c & 0x1f) << 16) + (b[p + 1] << 8) + b[p + 2] + 1;
            const packSize = (b[p + 3] << 8) + b[p + 4] + 1;
            if (hasProps) {
              const props = decodePropsByte(b[p + 5]);
              if (props === null || props.lc + props.lp > 4) throw new LzmaDataError("props");
              this.lzma.setProps(props.lc, props.lp, props.pb);
              this.needProps = false;
            } else if (this.needProps) throw new LzmaDataError("no props");
            if (c >= 0xa0) this.lzma.resetState();
            const lz = this.lzma;
            this.chunkEnd = p + headLen + packSize;
            lz.in = this.buf;
            lz.inPos = p + headLen;
            lz.inEnd = Math.min(this.chunkEnd, this.bufLen);
            lz.inFinal = this.chunkEnd <= this.bufLen;
            lz.initRange();
            this.pos = this.chunkEnd;
            this.phase = L2.Lzma;
          } else {
            if (c > 2) throw new LzmaDataError("control byte");
            if (avail < 3) return written;
            this.copyLeft = (this.buf[this.pos + 1] << 8) + this.buf[this.pos + 2] + 1;
            this.pos += 3;
            this.phase = L2.Copy;
          }
          break;
        }
        case L2.Lzma: {
          if (written >= room) return written;
          const lz = this.lzma;
          lz.inEnd = Math.min(this.chunkEnd, this.bufLen);
          lz.inFinal = this.chunkEnd <= this.bufLen;
          const n = lz.decode(Math.min(room - written, this.unpackLeft), false);
          written += n;
          this.unpackLeft -= n;
          if (lz.starved) return written;
          if (this.unpackLeft > 0 || lz.pendingLen > 0) {
            if (n === 0 && lz.inFinal && lz.inPos >= lz.inEnd) throw new LzmaDataError("chunk ended early");
            if (written >= room || n === 0) return written;
            continue;
          }
          if (lz.inPos !== this.chunkEnd || !lz.rangeFinished) throw new LzmaDataError("chunk size");
          this.phase = L2.Control;
          break;
        }
        case L2.Copy: {
          if (written >= room) return written;
          const avail = this.bufLen - this.pos;
          if (avail === 0) return written;
          const n = Math.min(avail, this.copyLeft, room - written, this.dict.roomBeforeWrap);
          for (let k = 0; k < n; k++) this.dict.put(this.buf[this.pos + k]);
          this.pos += n;
          this.copyLeft -= n;
          written += n;
          if (this.copyLeft === 0) this.phase = L2.Control;
          else if (written < room && n === 0) return written;
          break;
        }
      }
    }
  }
}

// ---- encoding -------------------------------------------------------------------------------------

class RangeEncoder {
  low = 0; // up to 2^32 + carry: kept as a float (exact below 2^53)
  range = 0xffffffff;
  cache = 0;
  cacheSize = 1;
  out: number[] = [];

  private shiftLow(): void {
    if (this.low < 0xff000000 || this.low >= 0x100000000) {
      const carry = this.low >= 0x100000000 ? 1 : 0;
      let temp = this.cache;
      do {
        this.out.push((temp + carry) & 0xff);
        temp = 0xff;
      } while (--this.cacheSize !== 0);
      this.cache = Math.floor(this.low / 0x1000000) & 0xff;
    }
    this.cacheSize++;
    this.low = (this.low % 0x1000000) * 256;
  }

  bit(probs: Uint16Array, i: number, b: number): void {
    const p = probs[i];
    const bound = (this.range >>> 11) * p;
    if (b === 0) {
      this.range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
    } else {
      this.low += bound;
      this.range = (this.range - bound) >>> 0;
      probs[i] = p - (p >>> 5);
    }
    while (this.range < 0x1000000) {
      this.range = (this.range * 256) >>> 0;
      this.shiftLow();
    }
  }

  direct(v: number, n: number): void {
    for (let k = n - 1; k >= 0; k--) {
      this.range >>>= 1;
      if ((v >>> k) & 1) this.low += this.range;
      while (this.range < 0x1000000) {
        this.range = (this.range * 256) >>> 0;
        this.shiftLow();
      }
    }
  }

  finish(): number[] {
    for (let i = 0; i < 5; i++) this.shiftLow();
    return this.out;
  }
}

/** The match finder hashes four bytes (random data then gives short chains; matches of three are left to literals). */
const HASH_BITS = 20;

/**
 * A greedy LZMA encoder over a whole input kept in memory (`data` grows as input comes): it
 * encodes data[pos, end) as symbols into a RangeEncoder.
 */
export class LzmaEncoder {
  readonly probs: Uint16Array;
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  rc = new RangeEncoder();
  data = new Uint8Array(1 << 16);
  len = 0;
  pos = 0;
  /** Where `data` starts in the whole stream (old bytes beyond the window are dropped). */
  private base = 0;
  private head = new Int32Array(1 << HASH_BITS).fill(-1);
  /** Literals in a row (see encode). */
  private misses = 0;
  private chain: Int32Array;
  private readonly window: number;

  constructor(readonly lc: number, readonly lp: number, readonly pb: number, readonly dictSize: number,
              private readonly depth: number, private readonly niceLen: number) {
    this.probs = new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(PROB_INIT);
    this.window = Math.min(dictSize, 1 << 21);
    this.chain = new Int32Array(this.window);
  }

  append(input: Uint8Array): void {
    if (this.len + input.length > this.data.length) {
      // Drop what the window no longer reaches (head and chain hold absolute positions).
      const drop = Math.max(0, this.pos - this.window - MATCH_LEN_MAX);
      if (drop > (1 << 20)) {
        this.data.copyWithin(0, drop, this.len);
        this.len -= drop;
        this.pos -= drop;
        this.base += drop;
      }
      if (this.len + input.length > this.data.length) {
        const bigger = new Uint8Array(Math.max(this.data.length * 2, this.len + input.length));
        bigger.set(this.data.subarray(0, this.len));
        this.data = bigger;
      }
    }
    this.data.set(input, this.len);
    this.len += input.length;
  }

  private hash(p: number): number {
    const d = this.data;
    return Math.imul(d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24), 0x9e3779b1) >>> (32 - HASH_BITS);
  }

  private insert(p: number): void {
    if (p + 3 >= this.len) return;
    const h = this.hash(p);
    const abs = this.base + p;
    this.chain[abs % this.window] = this.head[h];
    this.head[h] = abs;
  }

  /** The longest match at p (length, distance - 1), or length 0. */
  private findMatch(p: number, maxLen: number): [number, number] {
    if (p + 3 >= this.len || maxLen < 4) return [0, 0];
    const d = this.data;
    const abs = this.base + p;
    let cand = this.head[this.hash(p)];
    let bestLen = 0, bestDist = 0;
    for (let depth = this.depth; cand >= 0 && depth > 0; depth--) {
      const dist = abs - cand;
      const c = cand - this.base;
      if (dist > this.window || dist <= 0 || c < 0) break;
      if (d[c + bestLen] === d[p + bestLen]) {
        let l = 0;
        while (l < maxLen && d[c + l] === d[p + l]) l++;
        if (l > bestLen) {
          bestLen = l;
          bestDist = dist - 1;
          if (l >= this.niceLen || l === maxLen) break;
        }
      }
      const next = this.chain[cand % this.window];
      if (next >= cand) break;
      cand = next;
    }
    return bestLen >= 3 ? [bestLen, bestDist] : [0, 0];
  }

  private encodeLength(base: number, len: number, posState: number): void {
    const probs = this.probs, rc = this.rc;
    if (len < 8) {
      rc.bit(probs, base, 0);
      this.tree(base + 2 + posState * 8, 3, len);
    } else if (len < 16) {
      rc.bit(probs, base, 1);
      rc.bit(probs, base + 1, 0);
      this.tree(base + 2 + 128 + posState * 8, 3, len - 8);
    } else {
      rc.bit(probs, base, 1);
      rc.bit(probs, base + 1, 1);
      this.tree(base + 2 + 256, 8, len - 16);
    }
  }

  private tree(base: number, bits: number, v: number): void {
    let m = 1;
    for (let k = bits - 1; k >= 0; k--) {
      const b = (v >>> k) & 1;
      this.rc.bit(this.probs, base + m, b);
      m = (m << 1) | b;
    }
  }

  private reverseTree(base: number, bits: number, v: number): void {
    let m = 1;
    for (let k = 0; k < bits; k++) {
      const b = (v >>> k) & 1;
      this.rc.bit(this.probs, base + m, b);
      m = (m << 1) | b;
    }
  }

  private encodeDistance(dist: number, len: number): void {
    const lenState = len < 3 ? len : 3;
    let slot: number;
    if (dist < 4) slot = dist;
    else {
      const nbits = 31 - Math.clz32(dist);
      slot = (nbits << 1) | ((dist >>> (nbits - 1)) & 1);
    }
    this.tree(POS_SLOT + lenState * 64, 6, slot);
    if (slot < 4) return;
    const nDirect = (slot >>> 1) - 1;
    const base = ((2 | (slot & 1)) << nDirect) >>> 0;
    const extra = dist - base;
    if (slot < END_POS_MODEL_INDEX) {
      this.reverseTree(SPEC_POS + base - slot - 1, nDirect, extra);
    } else {
      this.rc.direct(extra >>> 4, nDirect - 4);
      this.reverseTree(ALIGN, 4, extra & 15);
    }
  }

  private literal(p: number): void {
    const d = this.data, probs = this.probs, rc = this.rc;
    const abs = this.base + p;
    const posState = abs & ((1 << this.pb) - 1);
    rc.bit(probs, IS_MATCH + this.state * POS_STATES_MAX + posState, 0);
    const prev = abs > 0 ? d[p - 1] : 0;
    const base = LITERAL + 0x300 * (((abs & ((1 << this.lp) - 1)) << this.lc) + (prev >>> (8 - this.lc)));
    const sym = d[p];
    let m = 1;
    let k = 7;
    if (this.state >= 7) {
      let match = d[p - this.rep0 - 1];
      for (; k >= 0; k--) {
        const mb = (match >>> 7) & 1;
        match <<= 1;
        const b = (sym >>> k) & 1;
        rc.bit(probs, base + ((1 + mb) << 8) + m, b);
        m = (m << 1) | b;
        if (mb !== b) {
          k--;
          break;
        }
      }
    }
    for (; k >= 0; k--) {
      const b = (sym >>> k) & 1;
      rc.bit(probs, base + m, b);
      m = (m << 1) | b;
    }
    this.state = nextState(this.state, "lit");
  }

  /** Encodes data[pos, end) (end <= len; the match finder may look ahead to len). */
  encode(end: number): void {
    const d = this.data, probs = this.probs, rc = this.rc;
    const pbMask = (1 << this.pb) - 1;
    let p = this.pos;
    while (p < end) {
      const maxLen = Math.min(MATCH_LEN_MAX, end - p);
      const abs = this.base + p;
      const posState = abs & pbMask;
      // A repeat of the last distance when it is about as long as the best new match.
      let repLen = 0;
      if (abs > this.rep0 && p - this.rep0 - 1 >= 0) {
        const s = p - this.rep0 - 1;
        while (repLen < maxLen && d[s + repLen] === d[p + repLen]) repLen++;
      }
      // After a long run without matches (incompressible data) only every eighth position is
      // searched and hashed: most of the cost here is cache misses in the hash tables.
      const search = this.misses < 256 || (this.misses & 7) === 0;
      const [mLen, mDist] = search ? this.findMatch(p, maxLen) : [0, 0];
      let step: number;
      if (repLen >= 2 && repLen + 1 >= mLen) {
        rc.bit(probs, IS_MATCH + this.state * POS_STATES_MAX + posState, 1);
        rc.bit(probs, IS_REP + this.state, 1);
        rc.bit(probs, IS_REP_G0 + this.state, 0);
        rc.bit(probs, IS_REP0_LONG + this.state * POS_STATES_MAX + posState, 1);
        this.encodeLength(REP_LEN_CODER, repLen - MATCH_LEN_MIN, posState);
        this.state = nextState(this.state, "rep");
        step = repLen;
      } else if (mLen >= 3 && !(mLen === 3 && mDist >= 0x8000)) {
        rc.bit(probs, IS_MATCH + this.state * POS_STATES_MAX + posState, 1);
        rc.bit(probs, IS_REP + this.state, 0);
        this.encodeLength(LEN_CODER, mLen - MATCH_LEN_MIN, posState);
        this.encodeDistance(mDist, mLen - MATCH_LEN_MIN);
        this.rep3 = this.rep2;
        this.rep2 = this.rep1;
        this.rep1 = this.rep0;
        this.rep0 = mDist;
        this.state = nextState(this.state, "match");
        step = mLen;
      } else {
        this.literal(p);
        step = 1;
      }
      if (step === 1) this.misses++;
      else this.misses = 0;
      if (search) for (let k = 0; k < step; k++) this.insert(p + k);
      p += step;
    }
    this.pos = p;
  }

  /** Probabilities, state and distances as at the start (an LZMA2 state reset). */
  resetState(): void {
    this.probs.fill(PROB_INIT);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
  }

  /** The end-of-payload marker (a match with distance 0xFFFFFFFF). */
  endMarker(): void {
    const posState = (this.base + this.pos) & ((1 << this.pb) - 1);
    const probs = this.probs, rc = this.rc;
    rc.bit(probs, IS_MATCH + this.state * POS_STATES_MAX + posState, 1);
    rc.bit(probs, IS_REP + this.state, 0);
    this.encodeLength(LEN_CODER, 0, posState);
    this.tree(POS_SLOT, 6, 63);
    rc.direct(0x3ffffff, 26);
    this.reverseTree(ALIGN, 4, 15);
  }

  /** Ends the range coder's output and starts a new one (for the next LZMA2 chunk). */
  flushRange(): number[] {
    const out = this.rc.finish();
    this.rc = new RangeEncoder();
    return out;
  }
}

/** LZMA2 data from an LzmaEncoder: chunks of at most 32 KiB of input (so at most 64 KiB out). */
export class Lzma2Encoder {
  /** What the next LZMA chunk must announce: a dictionary reset (the first chunk), props, a state reset. */
  private dictReset = true;
  private propsSent = false;
  private stateReset = true;
  readonly chunks: Uint8Array[] = [];
  static readonly CHUNK = 1 << 15;

  constructor(readonly enc: LzmaEncoder, readonly dictByte: number) {}

  /** Takes input; encodes whole chunks once enough is buffered (one chunk of look-ahead). */
  feed(data: Uint8Array): void {
    this.enc.append(data);
    while (this.enc.len - this.enc.pos >= 2 * Lzma2Encoder.CHUNK) this.chunk(Lzma2Encoder.CHUNK);
  }

  /**
   * Encodes one chunk. Data that LZMA does not shrink goes out as an uncompressed chunk (as
   * liblzma does), and the LZMA state starts afresh after it (the next chunk says so).
   */
  private chunk(size: number): void {
    const e = this.enc;
    const start = e.pos;
    e.encode(start + size);
    const packed = e.flushRange();
    if (packed.length >= size) {
      const head = Uint8Array.of(this.dictReset ? 1 : 2, (size - 1) >>> 8, (size - 1) & 0xff);
      this.dictReset = false;
      this.chunks.push(head, e.data.slice(start, start + size));
      e.resetState();
      this.stateReset = true;
      return;
    }
    const unpack = size - 1, pack = packed.length - 1;
    const props = (e.pb * 5 + e.lp) * 9 + e.lc;
    const control = this.dictReset ? 0xe0 : this.propsSent ? (this.stateReset ? 0xa0 : 0x80) : 0xc0;
    const head = [control | (unpack >>> 16), (unpack >>> 8) & 0xff, unpack & 0xff, pack >>> 8, pack & 0xff];
    if (control >= 0xc0) head.push(props);
    this.dictReset = false;
    this.propsSent = true;
    this.stateReset = false;
    const out = new Uint8Array(head.length + packed.length);
    out.set(head);
    out.set(packed, head.length);
    this.chunks.push(out);
  }

  /** Encodes the rest and the end byte. */
  finish(): void {
    const e = this.enc;
    while (e.len - e.pos > 0) this.chunk(Math.min(Lzma2Encoder.CHUNK, e.len - e.pos));
    this.chunks.push(Uint8Array.of(0));
  }

  take(): Uint8Array[] {
    return this.chunks.splice(0);
  }
}

/** The one-byte LZMA2 dictionary size code: 2 or 3 times a power of two, rounded up. */
export function lzma2DictByte(dictSize: number): number {
  for (let b = 0; b < 40; b++) {
    const size = (2 | (b & 1)) * 2 ** (Math.floor(b / 2) + 11);
    if (size >= dictSize) return b;
  }
  return 40;
}

export function lzma2DictSize(b: number): number {
  if (b === 40) return 0xffffffff;
  return (2 | (b & 1)) * 2 ** (Math.floor(b / 2) + 11);
}
