// The containers _lzma reads and writes: .xz (stream header, blocks with their filter chains and
// integrity checks, index, footer), .lzma ("alone": props, dictionary size, uncompressed size,
// then LZMA with or without an end marker) and raw filter chains; the delta filter and the x86
// branch converter (lzma_bcj.ts). The other branch converters (IA-64, ARM, ARM-Thumb, PowerPC,
// SPARC) are not implemented: chains with them are refused as unsupported options.

import type { Hash } from "crypto";
import { nodeCrypto } from "../vm/nodelib";
import { crc32 } from "./binascii";
import { X86Filter } from "./lzma_bcj";
import {
  decodePropsByte, Dictionary, Lzma2Decoder, lzma2DictByte, lzma2DictSize, Lzma2Encoder, LzmaDataError, LzmaDecoder,
  LzmaEncoder, NEED_INPUT,
} from "./lzma_codec";

export const FORMAT_AUTO = 0, FORMAT_XZ = 1, FORMAT_ALONE = 2, FORMAT_RAW = 3;
export const CHECK_NONE = 0, CHECK_CRC32 = 1, CHECK_CRC64 = 4, CHECK_SHA256 = 10, CHECK_UNKNOWN = 16;
export const FILTER_LZMA1 = 0x4000000000000001n, FILTER_LZMA2 = 0x21, FILTER_DELTA = 0x03;
export const FILTER_X86 = 0x04, FILTER_POWERPC = 0x05, FILTER_IA64 = 0x06, FILTER_ARM = 0x07, FILTER_ARMTHUMB = 0x08, FILTER_SPARC = 0x09;

/** liblzma's error codes that _lzma turns into exceptions. */
export const enum LzmaRet { FormatError = 7, OptionsError = 8, DataError = 9, MemlimitError = 6, UnsupportedCheck = 3 }

export class LzmaFailure extends Error {
  constructor(readonly ret: LzmaRet) {
    super(`lzma error ${ret}`);
  }
}

/** A filter of a chain, as parsed from a filter spec or a block header. */
export type Filter =
  | { id: "lzma1"; lc: number; lp: number; pb: number; dictSize: number; preset: number }
  | { id: "lzma2"; lc: number; lp: number; pb: number; dictSize: number; preset: number }
  | { id: "delta"; dist: number }
  | { id: "bcj"; code: number; startOffset: number };

// ---- checks ---------------------------------------------------------------------------------------

const CRC64_LO = new Uint32Array(256), CRC64_HI = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let lo = i, hi = 0;
  for (let k = 0; k < 8; k++) {
    const bit = lo & 1;
    lo = ((lo >>> 1) | (hi << 31)) >>> 0;
    hi >>>= 1;
    if (bit) {
      lo = (lo ^ 0xd7870f42) >>> 0;
      hi = (hi ^ 0xc96c5795) >>> 0;
    }
  }
  CRC64_LO[i] = lo;
  CRC64_HI[i] = hi;
}

/** An integrity check being computed (CRC32, CRC64 or SHA-256; the others are skipped as liblzma's build would). */
class Check {
  private lo = 0xffffffff;
  private hi = 0xffffffff;
  private crc = 0;
  private sha: Hash | null = null;
  constructor(readonly kind: number) {
    if (kind === CHECK_SHA256) this.sha = nodeCrypto().createHash("sha256");
  }

  update(d: Uint8Array): void {
    if (this.kind === CHECK_CRC32) this.crc = crc32(d, this.crc);
    else if (this.kind === CHECK_CRC64) {
      let lo = this.lo, hi = this.hi;
      for (let i = 0; i < d.length; i++) {
        const t = (lo ^ d[i]) & 0xff;
        lo = ((lo >>> 8) | (hi << 24)) ^ CRC64_LO[t];
        hi = (hi >>> 8) ^ CRC64_HI[t];
      }
      this.lo = lo >>> 0;
      this.hi = hi >>> 0;
    } else if (this.sha !== null) this.sha.update(d);
  }

  digest(): Uint8Array {
    if (this.kind === CHECK_CRC32) return le32(this.crc >>> 0);
    if (this.kind === CHECK_CRC64) {
      const out = new Uint8Array(8);
      out.set(le32(~this.lo >>> 0));
      out.set(le32(~this.hi >>> 0), 4);
      return out;
    }
    if (this.sha !== null) return new Uint8Array(this.sha.digest());
    return new Uint8Array(0);
  }
}

/** The size of the check field for a check id (the format fixes it even for unknown ids). */
export function checkSize(id: number): number {
  if (id === 0) return 0;
  return [4, 8, 16, 32, 64][Math.floor((id - 1) / 3)];
}

export function isCheckSupported(id: number): boolean {
  return id === CHECK_NONE || id === CHECK_CRC32 || id === CHECK_CRC64 || id === CHECK_SHA256;
}

function le32(v: number): Uint8Array {
  return Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
}

function readLe32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

function crc32Of(b: Uint8Array, from: number, to: number): number {
  return crc32(b.subarray(from, to), 0) >>> 0;
}

function varint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

// ---- the delta filter -----------------------------------------------------------------------------

/** A filter before LZMA in the chain: converts data as it passes, may hold some back until flush(). */
interface Stage {
  update(d: Uint8Array): Uint8Array;
  flush(): Uint8Array;
}

class Delta implements Stage {
  private hist = new Uint8Array(256);
  private i = 0;
  constructor(readonly dist: number, private readonly encoder: boolean) {}

  update(d: Uint8Array): Uint8Array {
    if (this.encoder) return this.encode(d);
    this.decode(d);
    return d;
  }

  flush(): Uint8Array {
    return new Uint8Array(0);
  }

  decode(d: Uint8Array): void {
    const h = this.hist, dist = this.dist;
    for (let k = 0; k < d.length; k++) {
      const b = (d[k] + h[(this.i - dist) & 0xff]) & 0xff;
      d[k] = b;
      h[this.i++ & 0xff] = b;
    }
  }

  encode(d: Uint8Array): Uint8Array {
    const out = new Uint8Array(d.length), h = this.hist, dist = this.dist;
    for (let k = 0; k < d.length; k++) {
      out[k] = (d[k] - h[(this.i - dist) & 0xff]) & 0xff;
      h[this.i++ & 0xff] = d[k];
    }
    return out;
  }
}

/** The stages for the filters before the last (LZMA) one; a filter not implemented is refused. */
function stagesFor(filters: Filter[], encoder: boolean): Stage[] {
  const stages = filters.slice(0, -1).map((f): Stage => {
    if (f.id === "delta") return new Delta(f.dist, encoder);
    if (f.id === "bcj" && f.code === FILTER_X86) return new X86Filter(encoder, f.startOffset);
    throw new LzmaFailure(LzmaRet.OptionsError);
  });
  return encoder ? stages : stages.reverse();
}

/** Runs data through the stages in order. */
function through(stages: Stage[], d: Uint8Array): Uint8Array {
  for (const s of stages) d = s.update(d);
  return d;
}

/** What the stages still hold, passed on through the later stages (the end of the data). */
function flushStages(stages: Stage[]): Uint8Array {
  let carry = new Uint8Array(0);
  for (const s of stages) {
    const a = s.update(carry), b = s.flush();
    carry = new Uint8Array(a.length + b.length);
    carry.set(a);
    carry.set(b, a.length);
  }
  return carry;
}

// ---- decoding -------------------------------------------------------------------------------------

const XZ_MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];

const enum Ph { Detect, StreamHeader, BlockOrIndex, BlockData, BlockEnd, Index, Footer, AloneHeader, Lzma1, Raw2, Done }

export interface DecoderOptions { format: number; memlimit: number; filters: Filter[] | null }

/** Memory liblzma would need for an LZMA decoder with this dictionary (roughly). */
function decoderMemory(dictSize: number, lc = 3, lp = 0): number {
  return dictSize + (0x300 << (lc + lp)) * 2 + 30000;
}

/**
 * A streaming decoder for one .xz stream, one .lzma file or one raw chain (lzma_stream_decoder,
 * lzma_alone_decoder, lzma_raw_decoder). push() input, run(room) output; errors are LzmaFailure.
 */
export class XzDecoder {
  private buf = new Uint8Array(0);
  private bufLen = 0;
  private pos = 0;
  private phase: Ph;
  private starved = false;
  check = CHECK_UNKNOWN;
  private flags = 0;
  private lz2: Lzma2Decoder | null = null;
  private lz1: LzmaDecoder | null = null;
  private aloneLeft = -1;
  private stages: Stage[] = [];
  private hash: Check | null = null;
  // The block being read and the records for the index.
  private blockStart = 0;
  private headerSize = 0;
  private dataStart = 0;
  private blockPacked = 0;
  private blockUnpacked = 0;
  private wantPacked = -1;
  private wantUnpacked = -1;
  private records: [number, number][] = [];

  constructor(readonly opts: DecoderOptions) {
    this.phase = opts.format === FORMAT_ALONE ? Ph.AloneHeader : opts.format === FORMAT_XZ ? Ph.StreamHeader : Ph.Detect;
    if (opts.format === FORMAT_ALONE) this.check = CHECK_NONE;
    if (opts.format === FORMAT_RAW) {
      this.check = CHECK_NONE;
      this.startRaw(opts.filters!);
    }
  }

  get ended(): boolean {
    return this.phase === Ph.Done;
  }

  get availIn(): number {
    if (this.starved) return 0;
    if (this.phase === Ph.BlockData || this.phase === Ph.Raw2) return this.lz2!.availIn(this.bufLen);
    if (this.phase === Ph.Lzma1) return this.bufLen - this.lz1!.inPos;
    return this.bufLen - this.pos;
  }

  rest(): Uint8Array {
    return this.buf.slice(this.pos, this.bufLen);
  }

  push(data: Uint8Array): void {
    let from = this.pos;
    if (this.lz2 !== null && (this.phase === Ph.BlockData || this.phase === Ph.Raw2)) from = Math.min(from, this.lz2.firstNeeded);
    if (this.lz1 !== null && this.phase === Ph.Lzma1) from = Math.min(from, this.lz1.inPos);
    const live = this.bufLen - from;
    const nb = new Uint8Array(live + data.length);
    nb.set(this.buf.subarray(from, this.bufLen));
    nb.set(data, live);
    this.buf = nb;
    this.bufLen = nb.length;
    this.pos -= from;
    this.blockStart -= from;
    this.dataStart -= from;
    if (this.lz2 !== null) this.lz2.shift(from);
    if (this.lz1 !== null) {
      this.lz1.in = nb;
      this.lz1.inPos -= from;
      this.lz1.inEnd = this.bufLen;
    }
  }

  private startRaw(filters: Filter[]): void {
    const last = filters[filters.length - 1];
    this.stages = stagesFor(filters, false);
    if (last.id === "lzma2") {
      this.lz2 = new Lzma2Decoder(last.dictSize);
      this.phase = Ph.Raw2;
    } else if (last.id === "lzma1") {
      const dict = new Dictionary(Math.max(last.dictSize, 4096));
      this.lz1 = new LzmaDecoder(dict);
      this.lz1.setProps(last.lc, last.lp, last.pb);
      this.lz1.resetState();
      this.aloneLeft = -1;
      this.phase = Ph.Lzma1;
      this.lz1Started = false;
    } else throw new LzmaFailure(LzmaRet.OptionsError);
  }

  private lz1Started = false;

  /** Decodes until `room` output bytes, the end, or the input runs out. */
  run(room: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    this.starved = false;
    try {
      this.loop(room, out);
    } catch (e) {
      if (e instanceof LzmaDataError) throw new LzmaFailure(LzmaRet.DataError);
      throw e;
    }
    return out;
  }

  private starve(): boolean {
    this.starved = true;
    return false;
  }

  private emit(d: Uint8Array, out: Uint8Array[], end = false): void {
    d = through(this.stages, d);
    if (end) {
      const rest = flushStages(this.stages);
      if (rest.length > 0) {
        const all = new Uint8Array(d.length + rest.length);
        all.set(d);
        all.set(rest, d.length);
        d = all;
      }
    }
    if (d.length === 0) return;
    if (this.hash !== null) this.hash.update(d);
    this.blockUnpacked += d.length;
    out.push(d);
  }

  private loop(room: number, out: Uint8Array[]): void {
    for (;;) {
      const avail = this.bufLen - this.pos;
      const b = this.buf, p = this.pos;
      switch (this.phase) {
        case Ph.Done:
          return;
        case Ph.Detect:
          if (avail < 1) return void this.starve();
          this.phase = b[p] === 0xfd ? Ph.StreamHeader : Ph.AloneHeader;
          if (this.phase === Ph.AloneHeader) this.check = CHECK_NONE;
          this.picky = true;
          break;
        case Ph.StreamHeader: {
          for (let i = 0; i < Math.min(avail, 6); i++) if (b[p + i] !== XZ_MAGIC[i]) throw new LzmaFailure(LzmaRet.FormatError);
          if (avail < 12) return void this.starve();
          if (crc32Of(b, p + 6, p + 8) !== readLe32(b, p + 8)) throw new LzmaFailure(LzmaRet.DataError);
          if (b[p + 6] !== 0 || b[p + 7] > 15) throw new LzmaFailure(LzmaRet.OptionsError);
          this.flags = b[p + 7];
          this.check = this.flags;
          this.pos += 12;
          this.phase = Ph.BlockOrIndex;
          break;
        }
        case Ph.BlockOrIndex: {
          if (avail < 1) return void this.starve();
          if (b[p] === 0) {
            this.phase = Ph.Index;
            break;
          }
          const size = (b[p] + 1) * 4;
          if (avail < size) return void this.starve();
          this.blockHeader(b, p, size);
          break;
        }
        case Ph.BlockData:
        case Ph.Raw2: {
          const lz = this.lz2!;
          if (!lz.ended) {
            if (room <= 0) return;
            let n: number;
            do {
              n = lz.run(this.buf, this.bufLen, room);
              const d = lz.dict.take();
              room -= d.length;
              this.emit(d, out);
            } while (n > 0 && room > 0 && !lz.ended);
            if (!lz.ended) {
              if (room > 0) this.starve();
              return;
            }
          }
          this.emit(new Uint8Array(0), out, true);
          this.pos = lz.pos;
          if (this.phase === Ph.Raw2) {
            this.phase = Ph.Done;
            return;
          }
          this.blockPacked = this.pos - this.dataStart;
          this.phase = Ph.BlockEnd;
          break;
        }
        case Ph.BlockEnd: {
          const pad = (4 - (this.blockPacked & 3)) & 3;
          const cs = checkSize(this.check);
          if (avail < pad + cs) return void this.starve();
          for (let i = 0; i < pad; i++) if (b[p + i] !== 0) throw new LzmaFailure(LzmaRet.DataError);
          if ((this.wantPacked >= 0 && this.wantPacked !== this.blockPacked) ||
              (this.wantUnpacked >= 0 && this.wantUnpacked !== this.blockUnpacked)) throw new LzmaFailure(LzmaRet.DataError);
          if (isCheckSupported(this.check) && this.check !== CHECK_NONE) {
            const want = this.hash!.digest();
            for (let i = 0; i < cs; i++) if (b[p + pad + i] !== want[i]) throw new LzmaFailure(LzmaRet.DataError);
          }
          this.records.push([this.headerSize + this.blockPacked + cs, this.blockUnpacked]);
          this.pos += pad + cs;
          this.phase = Ph.BlockOrIndex;
          break;
        }
        case Ph.Index: {
          const size = this.index(b, p, avail);
          if (size < 0) return void this.starve();
          this.indexSize = size;
          this.pos += size;
          this.phase = Ph.Footer;
          break;
        }
        case Ph.Footer: {
          if (avail < 12) return void this.starve();
          if (b[p + 10] !== 0x59 || b[p + 11] !== 0x5a) throw new LzmaFailure(LzmaRet.DataError);
          if (crc32Of(b, p + 4, p + 10) !== readLe32(b, p)) throw new LzmaFailure(LzmaRet.DataError);
          if (b[p + 8] !== 0 || b[p + 9] !== this.flags) throw new LzmaFailure(LzmaRet.DataError);
          if ((readLe32(b, p + 4) + 1) * 4 !== this.indexSize) throw new LzmaFailure(LzmaRet.DataError);
          this.pos += 12;
          this.phase = Ph.Done;
          return;
        }
        case Ph.AloneHeader: {
          if (avail < 13) {
            const first = avail >= 1 ? decodePropsByte(b[p]) : undefined;
            if (first === null || (first !== undefined && first.lc + first.lp > 4)) throw new LzmaFailure(LzmaRet.FormatError);
            return void this.starve();
          }
          const props = decodePropsByte(b[p]);
          if (props === null || props.lc + props.lp > 4) throw new LzmaFailure(LzmaRet.FormatError);
          const dictSize = readLe32(b, p + 1);
          const lo = readLe32(b, p + 5), hi = readLe32(b, p + 9);
          const unknown = lo === 0xffffffff && hi === 0xffffffff;
          if (this.picky) {
            // lzma_auto_decoder's checks: a 2^n or 2^n + 2^(n-1) dictionary, a size below 2^38.
            const top = 2 ** (31 - Math.clz32(dictSize));
            if (dictSize !== 0xffffffff && dictSize !== top && dictSize !== top + top / 2) throw new LzmaFailure(LzmaRet.FormatError);
            if (!unknown && hi >= 64) throw new LzmaFailure(LzmaRet.FormatError);
          }
          if (decoderMemory(dictSize, props.lc, props.lp) > this.opts.memlimit) throw new LzmaFailure(LzmaRet.MemlimitError);
          this.aloneLeft = unknown ? -1 : hi * 2 ** 32 + lo;
          const dict = new Dictionary(Math.max(dictSize, 4096));
          this.lz1 = new LzmaDecoder(dict);
          this.lz1.setProps(props.lc, props.lp, props.pb);
          this.lz1.resetState();
          this.pos += 13;
          this.lz1.in = this.buf;
          this.lz1.inPos = this.pos;
          this.lz1.inEnd = this.bufLen;
          this.lz1Started = false;
          this.phase = Ph.Lzma1;
          break;
        }
        case Ph.Lzma1: {
          const lz = this.lz1!;
          lz.in = this.buf;
          lz.inEnd = this.bufLen;
          lz.inFinal = false;
          if (!this.lz1Started) {
            lz.inPos = Math.max(lz.inPos, this.pos);
            if (this.bufLen - lz.inPos < 5) return void this.starve();
            lz.initRange();
            this.lz1Started = true;
          }
          if (this.aloneLeft === 0) {
            this.pos = lz.inPos;
            this.phase = Ph.Done;
            return;
          }
          const limit = this.aloneLeft < 0 ? room : Math.min(room, this.aloneLeft);
          lz.decode(limit, this.aloneLeft < 0);
          const starved = lz.starved;
          const d = lz.dict.take();
          room -= d.length;
          if (this.aloneLeft > 0) this.aloneLeft -= d.length;
          const end = lz.sawEndMarker || this.aloneLeft === 0;
          this.emit(d, out, end);
          if (end) {
            if (lz.sawEndMarker && this.aloneLeft > 0) throw new LzmaFailure(LzmaRet.DataError);
            this.pos = lz.inPos;
            this.phase = Ph.Done;
            return;
          }
          if (starved) return void this.starve();
          if (room <= 0) return;
          if (d.length === 0) return void this.starve();
          break;
        }
      }
    }
  }

  private picky = false;
  private indexSize = 0;

  private blockHeader(b: Uint8Array, p: number, size: number): void {
    if (crc32Of(b, p, p + size - 4) !== readLe32(b, p + size - 4)) throw new LzmaFailure(LzmaRet.DataError);
    const flags = b[p + 1];
    if (flags & 0x3c) throw new LzmaFailure(LzmaRet.OptionsError);
    let q = p + 2;
    const end = p + size - 4;
    const readVarint = (): number => {
      let v = 0, mul = 1;
      for (let i = 0; i < 9; i++) {
        if (q >= end) throw new LzmaFailure(LzmaRet.DataError);
        const c = b[q++];
        v += (c & 0x7f) * mul;
        mul *= 128;
        if (!(c & 0x80)) return v;
      }
      throw new LzmaFailure(LzmaRet.DataError);
    };
    this.wantPacked = flags & 0x40 ? readVarint() : -1;
    this.wantUnpacked = flags & 0x80 ? readVarint() : -1;
    const filters: Filter[] = [];
    for (let i = 0; i <= (flags & 3); i++) {
      const id = readVarint();
      const plen = readVarint();
      if (q + plen > end) throw new LzmaFailure(LzmaRet.DataError);
      const props = b.subarray(q, q + plen);
      q += plen;
      filters.push(filterFromProps(id, props));
    }
    for (; q < end; q++) if (b[q] !== 0) throw new LzmaFailure(LzmaRet.OptionsError);
    const last = filters[filters.length - 1];
    if (last.id !== "lzma2") throw new LzmaFailure(LzmaRet.OptionsError);
    if (decoderMemory(last.dictSize) > this.opts.memlimit) throw new LzmaFailure(LzmaRet.MemlimitError);
    this.stages = stagesFor(filters, false);
    this.lz2 = new Lzma2Decoder(last.dictSize);
    this.headerSize = size;
    this.blockStart = p;
    this.pos = p + size;
    this.dataStart = this.pos;
    this.lz2.pos = this.pos;
    this.blockUnpacked = 0;
    this.hash = new Check(this.check);
    this.phase = Ph.BlockData;
  }

  /** Reads the index (its size, or -1 when more input is needed) and compares it with the blocks read. */
  private index(b: Uint8Array, p: number, avail: number): number {
    let q = p + 1;
    const end = p + avail;
    const readVarint = (): number => {
      let v = 0, mul = 1;
      for (let i = 0; i < 9; i++) {
        if (q >= end) throw NEED_INPUT;
        const c = b[q++];
        v += (c & 0x7f) * mul;
        mul *= 128;
        if (!(c & 0x80)) return v;
      }
      throw new LzmaFailure(LzmaRet.DataError);
    };
    try {
      const n = readVarint();
      if (n !== this.records.length) throw new LzmaFailure(LzmaRet.DataError);
      for (let i = 0; i < n; i++) {
        const unpadded = readVarint(), unpacked = readVarint();
        if (unpadded !== this.records[i][0] || unpacked !== this.records[i][1]) throw new LzmaFailure(LzmaRet.DataError);
      }
      while ((q - p) & 3) {
        if (q >= end) return -1;
        if (b[q++] !== 0) throw new LzmaFailure(LzmaRet.DataError);
      }
      if (q + 4 > end) return -1;
      if (crc32Of(b, p, q) !== readLe32(b, q)) throw new LzmaFailure(LzmaRet.DataError);
      return q + 4 - p;
    } catch (e) {
      if (e === NEED_INPUT) return -1;
      throw e;
    }
  }
}

/** A filter from its id and encoded properties (lzma_properties_decode). */
export function filterFromProps(id: number | bigint, props: Uint8Array): Filter {
  if (id === FILTER_LZMA2 || id === BigInt(FILTER_LZMA2)) {
    if (props.length !== 1 || props[0] > 40) throw new LzmaFailure(LzmaRet.OptionsError);
    return { id: "lzma2", lc: 3, lp: 0, pb: 2, dictSize: lzma2DictSize(props[0]), preset: 6 };
  }
  if (id === FILTER_LZMA1) {
    if (props.length !== 5) throw new LzmaFailure(LzmaRet.OptionsError);
    const lclppb = decodePropsByte(props[0]);
    if (lclppb === null) throw new LzmaFailure(LzmaRet.OptionsError);
    return { id: "lzma1", ...lclppb, dictSize: readLe32(props, 1), preset: 6 };
  }
  if (id === FILTER_DELTA || id === BigInt(FILTER_DELTA)) {
    if (props.length !== 1) throw new LzmaFailure(LzmaRet.OptionsError);
    return { id: "delta", dist: props[0] + 1 };
  }
  const n = Number(id);
  if (n >= FILTER_X86 && n <= FILTER_SPARC) {
    if (props.length !== 0 && props.length !== 4) throw new LzmaFailure(LzmaRet.OptionsError);
    return { id: "bcj", code: n, startOffset: props.length === 4 ? readLe32(props, 0) : 0 };
  }
  throw new LzmaFailure(LzmaRet.OptionsError);
}

/** A filter's encoded properties (lzma_properties_encode). */
export function filterProps(f: Filter): Uint8Array {
  switch (f.id) {
    case "lzma2":
      return Uint8Array.of(lzma2DictByte(f.dictSize));
    case "lzma1": {
      const out = new Uint8Array(5);
      out[0] = (f.pb * 5 + f.lp) * 9 + f.lc;
      out.set(le32(f.dictSize >>> 0), 1);
      return out;
    }
    case "delta":
      return Uint8Array.of(f.dist - 1);
    case "bcj":
      return f.startOffset === 0 ? new Uint8Array(0) : le32(f.startOffset >>> 0);
  }
}

export function filterId(f: Filter): number | bigint {
  switch (f.id) {
    case "lzma1": return FILTER_LZMA1;
    case "lzma2": return FILTER_LZMA2;
    case "delta": return FILTER_DELTA;
    case "bcj": return f.code;
  }
}

// ---- encoding -------------------------------------------------------------------------------------

/** Match finder effort by preset level (hash chain depth, nice length). */
function effort(preset: number): [number, number] {
  const level = preset & 0x1f;
  const extreme = (preset & 0x80000000) !== 0;
  const depth = level <= 1 ? 4 : level <= 3 ? 12 : level <= 6 ? 32 : 64;
  return [extreme ? depth * 2 : depth, level <= 3 ? 32 : level <= 6 ? 64 : 128];
}

/** A streaming encoder for .xz (one block), .lzma or a raw chain. */
export class XzEncoder {
  private out: Uint8Array[] = [];
  private lz2: Lzma2Encoder | null = null;
  private lz1: LzmaEncoder | null = null;
  private stages: Stage[];
  private hash: Check;
  private unpacked = 0;
  private packed = 0;
  private headerSize = 0;
  private started = false;

  constructor(readonly format: number, readonly check: number, readonly filters: Filter[]) {
    this.hash = new Check(check);
    const last = filters[filters.length - 1];
    this.stages = stagesFor(filters, true);
    if (last.id !== "lzma1" && last.id !== "lzma2") throw new LzmaFailure(LzmaRet.OptionsError);
    const [depth, nice] = effort(last.preset);
    const enc = new LzmaEncoder(last.lc, last.lp, last.pb, last.dictSize, depth, nice);
    if (last.id === "lzma2") this.lz2 = new Lzma2Encoder(enc, lzma2DictByte(last.dictSize));
    else this.lz1 = enc;
    if (format === FORMAT_ALONE) {
      const head = new Uint8Array(13).fill(0xff);
      head.set(filterProps(last));
      this.out.push(head);
    }
  }

  private streamHeader(): void {
    if (this.format !== FORMAT_XZ || this.started) return;
    this.started = true;
    const flags = Uint8Array.of(0, this.check);
    this.out.push(Uint8Array.of(...XZ_MAGIC, 0, this.check, ...le32(crc32Of(flags, 0, 2))));
    // The block header: no sizes, the filter chain, padding to a multiple of four, CRC32.
    const h: number[] = [0, this.filters.length - 1];
    for (const f of this.filters) {
      const id = filterId(f);
      varint(h, Number(id));
      const props = filterProps(f);
      varint(h, props.length);
      h.push(...props);
    }
    while ((h.length + 4) & 3) h.push(0);
    h[0] = (h.length + 4) / 4 - 1;
    const hb = Uint8Array.from(h);
    this.headerSize = hb.length + 4;
    this.out.push(hb, le32(crc32Of(hb, 0, hb.length)));
  }

  feed(data: Uint8Array): Uint8Array[] {
    if (data.length > 0) {
      this.streamHeader();
      this.hash.update(data);
      this.unpacked += data.length;
      this.toLzma(through(this.stages, data));
    }
    return this.out.splice(0);
  }

  private toLzma(d: Uint8Array): void {
    if (this.lz2 !== null) {
      this.lz2.feed(d);
      for (const c of this.lz2.take()) {
        this.packed += c.length;
        this.out.push(c);
      }
    } else this.lz1!.append(d);
  }

  finish(): Uint8Array[] {
    this.toLzma(flushStages(this.stages));
    if (this.lz1 !== null) {
      const e = this.lz1;
      e.encode(e.len);
      e.endMarker();
      this.out.push(Uint8Array.from(e.flushRange()));
      return this.out.splice(0);
    }
    if (this.format === FORMAT_RAW) {
      this.lz2!.finish();
      this.out.push(...this.lz2!.take());
      return this.out.splice(0);
    }
    // .xz: an empty stream has no block at all.
    if (this.started) {
      this.lz2!.finish();
      for (const c of this.lz2!.take()) {
        this.packed += c.length;
        this.out.push(c);
      }
      const pad = (4 - (this.packed & 3)) & 3;
      this.out.push(new Uint8Array(pad), this.hash.digest());
    } else {
      this.started = true;
      const flags = Uint8Array.of(0, this.check);
      this.out.push(Uint8Array.of(...XZ_MAGIC, 0, this.check, ...le32(crc32Of(flags, 0, 2))));
    }
    const index: number[] = [0];
    if (this.unpacked > 0 || this.packed > 0) {
      varint(index, 1);
      varint(index, this.headerSize + this.packed + checkSize(this.check));
      varint(index, this.unpacked);
    } else varint(index, 0);
    while (index.length & 3) index.push(0);
    const ib = Uint8Array.from(index);
    this.out.push(ib, le32(crc32Of(ib, 0, ib.length)));
    const foot = new Uint8Array(6);
    foot.set(le32((ib.length + 4) / 4 - 1));
    foot[5] = this.check;
    this.out.push(le32(crc32Of(foot, 0, 6)), foot, Uint8Array.of(0x59, 0x5a));
    return this.out.splice(0);
  }
}
