// The bzip2 format (Julian Seward's bzip2 1.0), compression and decompression, for _bz2.
//
// A stream is "BZh" and the block size digit (1-9: blocks of 100k-900k bytes), the blocks, and an
// end marker with the combined CRC, padded to a byte. Each block starts with a 48-bit magic and
// the block's CRC (CRC-32, most significant bit first, of its original bytes), then:
//   1. the bytes after a first run-length step (runs of 4-255 equal bytes: four bytes and a count),
//   2. Burrows-Wheeler transformed (origPtr names the row of the unrotated block),
//   3. move-to-front coded over the byte values in use, runs of zeros written in bijective base
//      2 with the symbols RUNA and RUNB, and an end-of-block symbol,
//   4. Huffman coded with 2-6 tables; each group of 50 symbols names its table by a selector.
//
// The encoder writes valid streams (bzip2 and libbz2 read them) but not libbz2's exact bytes: its
// tables and selectors are chosen by its own heuristics. Block boundaries follow libbz2's
// (a block takes 100000 * level - 19 bytes after step 1), and so does the output timing: bytes
// come out when a block is complete.
//
// The decoder reads any stream libbz2 reads, except blocks in the "randomised" mode that only
// bzip2 0.9.0 wrote (they are refused as invalid data). It is incremental: input may arrive in
// pieces of any size and output is given out up to a limit, libbz2's way: a block's symbols are
// decoded as input comes, and its bytes handed out when the block is whole.

import { bwt } from "./bz2_sais";

// ---- CRC-32 as bzip2 computes it (polynomial 0x04c11db7, MSB first) -------------------------------

const CRC_TABLE = ((): Int32Array => {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    t[i] = c;
  }
  return t;
})();

function crcUpdate(crc: number, data: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ data[i]) & 0xff];
  return crc;
}

function crcRepeat(crc: number, byte: number, count: number): number {
  for (let i = 0; i < count; i++) crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff];
  return crc;
}

const BLOCK_MAGIC_HI = 0x314159, BLOCK_MAGIC_LO = 0x265359;
const END_MAGIC_HI = 0x177245, END_MAGIC_LO = 0x385090;
const RUNA = 0, RUNB = 1;
const GROUP_SIZE = 50;
const MAX_GROUPS = 6;
const MAX_SELECTORS = 18002;
const MAX_CODE_LEN = 20;
/** The encoder keeps its codes shorter than the format's limit (as libbz2 does). */
const ENCODE_MAX_LEN = 17;

// ---- encoding -------------------------------------------------------------------------------------

class BitWriter {
  buf = new Uint8Array(1024);
  len = 0;
  private acc = 0;
  private nacc = 0;

  private push(b: number): void {
    if (this.len === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.len++] = b;
  }

  /** Writes the low n bits of v, most significant first (n <= 24). */
  bits(n: number, v: number): void {
    this.acc = (this.acc << n) | v;
    this.nacc += n;
    while (this.nacc >= 8) {
      this.nacc -= 8;
      this.push((this.acc >>> this.nacc) & 0xff);
    }
    this.acc &= (1 << this.nacc) - 1;
  }

  u32(v: number): void {
    this.bits(16, (v >>> 16) & 0xffff);
    this.bits(16, v & 0xffff);
  }

  /** The whole bytes written since the last take (a partial byte stays behind). */
  take(): Uint8Array {
    const out = this.buf.slice(0, this.len);
    this.len = 0;
    return out;
  }

  /** Pads the last byte with zero bits. */
  pad(): void {
    if (this.nacc > 0) this.bits(8 - this.nacc, 0);
  }
}

/**
 * Huffman code lengths for freq[0..n), none longer than maxLen: a Huffman tree over the
 * frequencies (0 counts as 1, so every symbol gets a code), with the frequencies halved and
 * the tree built again while it is too deep.
 */
function codeLengths(freq: Int32Array, n: number, maxLen: number, out: Uint8Array): void {
  const weight = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) weight[i] = Math.max(freq[i], 1);
  const parent = new Int32Array(2 * n);
  const heap = new Int32Array(n + 1);
  for (;;) {
    // A binary min-heap of node numbers by weight (ties by node number, for a fixed result).
    let size = 0;
    const less = (a: number, b: number): boolean => weight[a] < weight[b] || (weight[a] === weight[b] && a < b);
    const up = (i: number): void => {
      const v = heap[i];
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!less(v, heap[p])) break;
        heap[i] = heap[p];
        i = p;
      }
      heap[i] = v;
    };
    const down = (i: number): void => {
      const v = heap[i];
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && less(heap[c + 1], heap[c])) c++;
        if (!less(heap[c], v)) break;
        heap[i] = heap[c];
        i = c;
      }
      heap[i] = v;
    };
    for (let i = 0; i < n; i++) {
      heap[size++] = i;
      up(size - 1);
    }
    let next = n;
    while (size > 1) {
      const a = heap[0];
      heap[0] = heap[--size];
      down(0);
      const b = heap[0];
      heap[0] = heap[--size];
      down(0);
      weight[next] = weight[a] + weight[b];
      parent[a] = parent[b] = next;
      heap[size++] = next;
      up(size - 1);
      next++;
    }
    const root = next - 1;
    const depth = new Int32Array(next);
    let deepest = 0;
    for (let i = root - 1; i >= 0; i--) {
      depth[i] = depth[parent[i]] + 1;
      if (i < n && depth[i] > deepest) deepest = depth[i];
    }
    if (deepest <= maxLen) {
      for (let i = 0; i < n; i++) out[i] = depth[i];
      return;
    }
    for (let i = 0; i < n; i++) weight[i] = 1 + Math.floor(weight[i] / 2);
  }
}

/** Canonical codes for the lengths: by length, then by symbol (the order the decoder assumes). */
function assignCodes(len: Uint8Array, n: number, code: Int32Array): void {
  let next = 0;
  for (let l = 1; l <= MAX_CODE_LEN; l++) {
    for (let i = 0; i < n; i++) if (len[i] === l) code[i] = next++;
    next <<= 1;
  }
}

/** Writes one block: `block` holds the bytes after the first run-length step. */
function writeBlock(w: BitWriter, block: Uint8Array, nblock: number, blockCrc: number): void {
  const { last, origPtr } = bwt(block, nblock);

  // Move-to-front over the byte values in use, zero runs as RUNA/RUNB.
  const inUse = new Uint8Array(256);
  for (let i = 0; i < nblock; i++) inUse[block[i]] = 1;
  const toSeq = new Uint8Array(256);
  let nInUse = 0;
  for (let c = 0; c < 256; c++) if (inUse[c]) toSeq[c] = nInUse++;
  const eob = nInUse + 1;
  const alphaSize = nInUse + 2;
  const mtf = new Uint16Array(nblock + 1);
  let nmtf = 0;
  const order = new Uint8Array(256);
  for (let i = 0; i < nInUse; i++) order[i] = i;
  let zeros = 0;
  const flushZeros = (): void => {
    let z = zeros - 1;
    for (;;) {
      mtf[nmtf++] = z & 1 ? RUNB : RUNA;
      if (z < 2) break;
      z = (z - 2) >> 1;
    }
    zeros = 0;
  };
  for (let i = 0; i < nblock; i++) {
    const c = toSeq[last[i]];
    if (order[0] === c) {
      zeros++;
      continue;
    }
    if (zeros > 0) flushZeros();
    let j = 1;
    while (order[j] !== c) j++;
    order.copyWithin(1, 0, j);
    order[0] = c;
    mtf[nmtf++] = j + 1;
  }
  if (zeros > 0) flushZeros();
  mtf[nmtf++] = eob;

  // Huffman tables: a first guess splits the alphabet into bands of about equal frequency, then
  // each group of 50 symbols picks its cheapest table and the tables are rebuilt from the groups
  // that picked them (four rounds).
  const nGroups = nmtf < 200 ? 2 : nmtf < 600 ? 3 : nmtf < 1200 ? 4 : nmtf < 2400 ? 5 : 6;
  const nSelectors = Math.ceil(nmtf / GROUP_SIZE);
  const freq = new Int32Array(alphaSize);
  for (let i = 0; i < nmtf; i++) freq[mtf[i]]++;
  const lens: Uint8Array[] = [];
  for (let t = 0; t < nGroups; t++) lens.push(new Uint8Array(alphaSize));
  {
    let remaining = nmtf, lo = 0;
    for (let t = nGroups; t > 0; t--) {
      const target = remaining / t;
      let hi = lo, sum = 0;
      while (hi < alphaSize && (hi === lo || sum < target || alphaSize - hi > t - 1 && t === 1)) sum += freq[hi++];
      if (t > 1) while (hi > lo + 1 && alphaSize - hi < t - 1) sum -= freq[--hi];
      const table = lens[nGroups - t];
      for (let i = 0; i < alphaSize; i++) table[i] = i >= lo && i < hi ? 0 : 15;
      remaining -= sum;
      lo = hi;
    }
  }
  const selectors = new Uint8Array(nSelectors);
  const tableFreq: Int32Array[] = [];
  for (let t = 0; t < nGroups; t++) tableFreq.push(new Int32Array(alphaSize));
  const cost = new Int32Array(MAX_GROUPS);
  for (let round = 0; round < 4; round++) {
    for (let t = 0; t < nGroups; t++) tableFreq[t].fill(0);
    for (let g = 0; g < nSelectors; g++) {
      const start = g * GROUP_SIZE, end = Math.min(start + GROUP_SIZE, nmtf);
      cost.fill(0);
      for (let i = start; i < end; i++) {
        const sym = mtf[i];
        for (let t = 0; t < nGroups; t++) cost[t] += lens[t][sym];
      }
      let best = 0;
      for (let t = 1; t < nGroups; t++) if (cost[t] < cost[best]) best = t;
      selectors[g] = best;
      const f = tableFreq[best];
      for (let i = start; i < end; i++) f[mtf[i]]++;
    }
    for (let t = 0; t < nGroups; t++) codeLengths(tableFreq[t], alphaSize, ENCODE_MAX_LEN, lens[t]);
  }
  const codes = lens.map((l) => {
    const c = new Int32Array(alphaSize);
    assignCodes(l, alphaSize, c);
    return c;
  });

  // The block header.
  w.bits(24, BLOCK_MAGIC_HI);
  w.bits(24, BLOCK_MAGIC_LO);
  w.u32(blockCrc >>> 0);
  w.bits(1, 0);
  w.bits(24, origPtr);
  let used16 = 0;
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) if (inUse[i * 16 + j]) used16 |= 0x8000 >> i;
  }
  w.bits(16, used16);
  for (let i = 0; i < 16; i++) {
    if (!(used16 & (0x8000 >> i))) continue;
    let bits = 0;
    for (let j = 0; j < 16; j++) if (inUse[i * 16 + j]) bits |= 0x8000 >> j;
    w.bits(16, bits);
  }
  w.bits(3, nGroups);
  w.bits(15, nSelectors);
  const selOrder = [0, 1, 2, 3, 4, 5];
  for (let g = 0; g < nSelectors; g++) {
    const s = selectors[g];
    const j = selOrder.indexOf(s);
    for (let k = 0; k < j; k++) w.bits(1, 1);
    w.bits(1, 0);
    selOrder.splice(j, 1);
    selOrder.unshift(s);
  }
  for (let t = 0; t < nGroups; t++) {
    const l = lens[t];
    let cur = l[0];
    w.bits(5, cur);
    for (let i = 0; i < alphaSize; i++) {
      while (cur < l[i]) {
        w.bits(2, 2);
        cur++;
      }
      while (cur > l[i]) {
        w.bits(2, 3);
        cur--;
      }
      w.bits(1, 0);
    }
  }
  for (let g = 0; g < nSelectors; g++) {
    const t = selectors[g];
    const l = lens[t], c = codes[t];
    const end = Math.min((g + 1) * GROUP_SIZE, nmtf);
    for (let i = g * GROUP_SIZE; i < end; i++) w.bits(l[mtf[i]], c[mtf[i]]);
  }
}

/**
 * A compression stream (BZ2_bzCompressInit's level 1-9): feed() takes input and returns the
 * bytes of the blocks it completed; finish() writes the rest and the end of the stream.
 */
export class Bz2Encoder {
  private readonly w = new BitWriter();
  private readonly blockMax: number;
  private readonly block: Uint8Array;
  private nblock = 0;
  private blockCrc = -1;
  private combinedCrc = 0;
  /** The run being gathered by the first run-length step (runChar -1: none). */
  private runChar = -1;
  private runLen = 0;
  private started = false;

  constructor(readonly level: number) {
    this.blockMax = 100000 * level - 19;
    this.block = new Uint8Array(this.blockMax + 8);
  }

  private header(): void {
    if (this.started) return;
    this.started = true;
    this.w.bits(24, 0x425a68); // "BZh"
    this.w.bits(8, 0x30 + this.level);
  }

  /** Moves the gathered run into the block: 1-3 bytes as they are, 4-255 as four bytes and a count. */
  private flushRun(): void {
    const c = this.runChar, n = this.runLen;
    if (c < 0) return;
    this.blockCrc = crcRepeat(this.blockCrc, c, n);
    const b = this.block;
    if (n < 4) {
      for (let i = 0; i < n; i++) b[this.nblock++] = c;
    } else {
      b[this.nblock++] = c;
      b[this.nblock++] = c;
      b[this.nblock++] = c;
      b[this.nblock++] = c;
      b[this.nblock++] = n - 4;
    }
    this.runChar = -1;
    this.runLen = 0;
  }

  private endBlock(): void {
    if (this.nblock === 0) return;
    this.header();
    const crc = ~this.blockCrc >>> 0;
    this.combinedCrc = ((this.combinedCrc << 1) | (this.combinedCrc >>> 31)) ^ crc;
    writeBlock(this.w, this.block, this.nblock, crc);
    this.nblock = 0;
    this.blockCrc = -1;
  }

  feed(data: Uint8Array): Uint8Array {
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (c === this.runChar && this.runLen < 255) {
        this.runLen++;
        continue;
      }
      this.flushRun();
      this.runChar = c;
      this.runLen = 1;
      // As libbz2, a block is closed once it holds blockMax bytes; the open run goes on into
      // the next block.
      if (this.nblock >= this.blockMax) this.endBlock();
    }
    return this.w.take();
  }

  finish(): Uint8Array {
    this.flushRun();
    this.endBlock();
    this.header();
    this.w.bits(24, END_MAGIC_HI);
    this.w.bits(24, END_MAGIC_LO);
    this.w.u32(this.combinedCrc >>> 0);
    this.w.pad();
    return this.w.take();
  }
}

// ---- decoding -------------------------------------------------------------------------------------

/** Invalid data (libbz2's BZ_DATA_ERROR and BZ_DATA_ERROR_MAGIC). */
export class Bz2DataError extends Error {}

/** Thrown inside an atomic read when the input ends first; the read is retried with more input. */
const NEED_INPUT = { needInput: true };

const enum Phase { StreamHeader, BlockHeader, Symbols, Output, Done }

/** One Huffman table as the decoder uses it: for each length, the last code and where its symbols start. */
interface DecodeTable {
  minLen: number;
  maxLen: number;
  /** limit[l]: the largest code of length l (-1 when none); base[l]: perm index of its first code minus that code. */
  limit: Int32Array;
  base: Int32Array;
  perm: Uint16Array;
}

function decodeTable(len: Uint8Array, alphaSize: number): DecodeTable {
  let minLen = 32, maxLen = 0;
  for (let i = 0; i < alphaSize; i++) {
    if (len[i] > maxLen) maxLen = len[i];
    if (len[i] < minLen) minLen = len[i];
  }
  const perm = new Uint16Array(alphaSize);
  const limit = new Int32Array(MAX_CODE_LEN + 2).fill(-1);
  const base = new Int32Array(MAX_CODE_LEN + 2);
  let p = 0, code = 0;
  for (let l = minLen; l <= maxLen; l++) {
    const first = p;
    for (let i = 0; i < alphaSize; i++) if (len[i] === l) perm[p++] = i;
    base[l] = first - code;
    code += p - first;
    limit[l] = code - 1;
    code <<= 1;
  }
  return { minLen, maxLen, limit, base, perm };
}

/**
 * An incremental decompressor for one stream (BZ2_bzDecompress). push() appends input; run()
 * decodes into at most `room` output bytes. Input is read bit by bit from `buf`; bytes before
 * the current position are dropped when more arrives.
 */
export class Bz2Decoder {
  private buf = new Uint8Array(4);
  private bufLen = 0;
  /** The read position, in bits from buf[0]. */
  private pos = 0;
  private phase = Phase.StreamHeader;
  /** Whether the last run() stopped for want of input (libbz2 has then taken all of it). */
  private starved = false;
  private level = 0;
  /** How many bytes of "BZh<level>" have been read. */
  private headerSeen = 0;
  private combinedCrc = 0;
  private storedCombinedCrc = 0;

  // The block being decoded.
  private storedBlockCrc = 0;
  private blockCrc = -1;
  private origPtr = 0;
  private seqToUnseq = new Uint8Array(256);
  private nInUse = 0;
  private selectors = new Uint8Array(MAX_SELECTORS);
  private nSelectors = 0;
  private tables: DecodeTable[] = [];
  private ll: Uint8Array = new Uint8Array(0);
  private tt: Int32Array = new Int32Array(0);
  private nblock = 0;
  private groupNo = -1;
  private groupLeft = 0;
  private mtfOrder = new Uint8Array(256);
  private runAcc = 0;
  private runShift = 0;
  private counts = new Int32Array(256);

  // The block's output: BWT positions left, and the last run-length step's state.
  private tPos = 0;
  private left = 0;
  private lastByte = -1;
  private sameCount = 0;
  private repeat = 0;

  get ended(): boolean {
    return this.phase === Phase.Done;
  }

  /** Input bytes not taken in yet (libbz2's avail_in after the call). */
  get availIn(): number {
    if (this.starved) return 0;
    return Math.max(0, this.bufLen - ((this.pos + 7) >> 3));
  }

  /** The input after the end of the stream (once ended). */
  rest(): Uint8Array {
    return this.buf.slice((this.pos + 7) >> 3, this.bufLen);
  }

  push(data: Uint8Array): void {
    if (data.length === 0) return;
    const keep = this.pos >> 3;
    const live = this.bufLen - keep;
    const need = live + data.length + 4;
    let target = this.buf;
    if (need > this.buf.length) target = new Uint8Array(Math.max(need, this.buf.length * 2));
    if (target === this.buf) this.buf.copyWithin(0, keep, this.bufLen);
    else target.set(this.buf.subarray(keep, this.bufLen));
    target.set(data, live);
    target.fill(0, live + data.length, live + data.length + 4);
    this.buf = target;
    this.bufLen = live + data.length;
    this.pos -= keep * 8;
  }

  private bitsLeft(): number {
    return this.bufLen * 8 - this.pos;
  }

  /** Reads n <= 24 bits or throws NEED_INPUT (the caller rolls the position back). */
  private bits(n: number): number {
    if (this.bitsLeft() < n) throw NEED_INPUT;
    const v = this.peek24() >>> (24 - n);
    this.pos += n;
    return v;
  }

  /** The next 24 bits (zeros past the end of the input). */
  private peek24(): number {
    const b = this.buf, i = this.pos >> 3;
    const word = (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
    return (word << (this.pos & 7)) >>> 8;
  }

  /**
   * Decodes until the output has `room` bytes, the stream ends or the input runs out; returns
   * the output. Throws Bz2DataError for invalid data.
   */
  run(room: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    this.starved = false;
    for (;;) {
      switch (this.phase) {
        case Phase.Done:
          return out;
        case Phase.StreamHeader:
          if (!this.streamHeader()) return this.starve(out);
          break;
        case Phase.BlockHeader: {
          const mark = this.pos;
          try {
            this.blockHeader();
          } catch (e) {
            if (e !== NEED_INPUT) throw e;
            this.pos = mark;
            return this.starve(out);
          }
          break;
        }
        case Phase.Symbols:
          if (!this.symbols()) return this.starve(out);
          this.startOutput();
          break;
        case Phase.Output: {
          while (room > 0 && (this.left > 0 || this.repeat > 0)) {
            const chunk = this.output(room);
            if (chunk.length === 0) break;
            out.push(chunk);
            room -= chunk.length;
          }
          if (this.left > 0 || this.repeat > 0) return out;
          if (~this.blockCrc >>> 0 !== this.storedBlockCrc) throw new Bz2DataError("block CRC");
          this.combinedCrc = (((this.combinedCrc << 1) | (this.combinedCrc >>> 31)) ^ this.storedBlockCrc) >>> 0;
          this.phase = Phase.BlockHeader;
          break;
        }
      }
    }
  }

  private starve(out: Uint8Array[]): Uint8Array[] {
    this.starved = true;
    return out;
  }

  /** "BZh1".."BZh9", checked byte by byte as it comes (a wrong byte is an error at once). */
  private streamHeader(): boolean {
    const want = [0x42, 0x5a, 0x68];
    while (this.headerSeen < 4) {
      if (this.bitsLeft() < 8) return false;
      const b = this.bits(8);
      if (this.headerSeen < 3 ? b !== want[this.headerSeen] : b < 0x31 || b > 0x39) throw new Bz2DataError("magic");
      this.headerSeen++;
      this.level = b - 0x30;
    }
    this.phase = Phase.BlockHeader;
    return true;
  }

  /** A block header and its tables, or the end of the stream; read whole or not at all. */
  private blockHeader(): void {
    // The magic byte by byte, so that a wrong byte is an error before the rest has come.
    const first = this.bits(8);
    let magic: number[];
    if (first === 0x31) magic = [0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
    else if (first === 0x17) magic = [0x17, 0x72, 0x45, 0x38, 0x50, 0x90];
    else throw new Bz2DataError("block magic");
    for (let i = 1; i < 6; i++) if (this.bits(8) !== magic[i]) throw new Bz2DataError("block magic");
    const crc = ((this.bits(16) << 16) | this.bits(16)) >>> 0;
    if (first === 0x17) {
      this.storedCombinedCrc = crc;
      if (this.storedCombinedCrc !== this.combinedCrc) throw new Bz2DataError("stream CRC");
      this.phase = Phase.Done;
      return;
    }
    this.storedBlockCrc = crc;
    if (this.bits(1)) throw new Bz2DataError("randomised blocks are not supported");
    this.origPtr = this.bits(24);
    if (this.origPtr >= 10 + 100000 * this.level) throw new Bz2DataError("origPtr");

    const used16 = this.bits(16);
    this.nInUse = 0;
    for (let i = 0; i < 16; i++) {
      if (!(used16 & (0x8000 >> i))) continue;
      const bits = this.bits(16);
      for (let j = 0; j < 16; j++) if (bits & (0x8000 >> j)) this.seqToUnseq[this.nInUse++] = i * 16 + j;
    }
    if (this.nInUse === 0) throw new Bz2DataError("no bytes in use");
    const alphaSize = this.nInUse + 2;

    const nGroups = this.bits(3);
    if (nGroups < 2 || nGroups > MAX_GROUPS) throw new Bz2DataError("nGroups");
    const nSelectors = this.bits(15);
    if (nSelectors < 1) throw new Bz2DataError("nSelectors");
    const order = [0, 1, 2, 3, 4, 5];
    for (let i = 0; i < nSelectors; i++) {
      let j = 0;
      while (this.bits(1)) {
        j++;
        if (j >= nGroups) throw new Bz2DataError("selector");
      }
      // As libbz2 1.0.8: selectors past the most a block can use are read and ignored.
      if (i < MAX_SELECTORS) {
        const s = order[j];
        order.splice(j, 1);
        order.unshift(s);
        this.selectors[i] = s;
      }
    }
    this.nSelectors = Math.min(nSelectors, MAX_SELECTORS);

    const len = new Uint8Array(alphaSize);
    this.tables = [];
    for (let t = 0; t < nGroups; t++) {
      let cur = this.bits(5);
      for (let i = 0; i < alphaSize; i++) {
        for (;;) {
          if (cur < 1 || cur > MAX_CODE_LEN) throw new Bz2DataError("code length");
          if (!this.bits(1)) break;
          cur += this.bits(1) ? -1 : 1;
        }
        len[i] = cur;
      }
      this.tables.push(decodeTable(len, alphaSize));
    }

    const size = 100000 * this.level;
    if (this.ll.length < size) {
      this.ll = new Uint8Array(size);
      this.tt = new Int32Array(size);
    }
    this.nblock = 0;
    this.groupNo = -1;
    this.groupLeft = 0;
    for (let i = 0; i < 256; i++) this.mtfOrder[i] = i;
    this.runAcc = 0;
    this.runShift = 0;
    this.counts.fill(0);
    this.phase = Phase.Symbols;
  }

  /** Decodes symbols until the end of the block (true) or of the input (false). */
  private symbols(): boolean {
    const eob = this.nInUse + 1;
    const ll = this.ll, counts = this.counts, order = this.mtfOrder, unseq = this.seqToUnseq;
    const blockMax = 100000 * this.level;
    let nblock = this.nblock;
    let table = this.groupNo >= 0 ? this.tables[this.selectors[this.groupNo]] : this.tables[0];
    try {
      for (;;) {
        if (this.groupLeft === 0) {
          if (++this.groupNo >= this.nSelectors) throw new Bz2DataError("too few selectors");
          this.groupLeft = GROUP_SIZE;
          table = this.tables[this.selectors[this.groupNo]];
        }
        const v = this.peek24();
        let l = table.minLen;
        let code = v >>> (24 - l);
        while (code > table.limit[l]) {
          if (++l > table.maxLen) break;
          code = v >>> (24 - l);
        }
        if (l > this.bitsLeft()) return false;
        if (l > table.maxLen) throw new Bz2DataError("bad code");
        const idx = code + table.base[l];
        if (idx < 0 || idx >= table.perm.length) throw new Bz2DataError("bad code");
        const sym = table.perm[idx];
        this.pos += l;
        this.groupLeft--;

        if (sym <= RUNB) {
          if (this.runShift > 21) throw new Bz2DataError("run too long");
          this.runAcc += (sym + 1) << this.runShift;
          this.runShift++;
          continue;
        }
        if (this.runShift > 0) {
          const n = this.runAcc, c = unseq[order[0]];
          if (nblock + n > blockMax) throw new Bz2DataError("block too long");
          ll.fill(c, nblock, nblock + n);
          counts[c] += n;
          nblock += n;
          this.runAcc = 0;
          this.runShift = 0;
        }
        if (sym === eob) break;
        if (nblock >= blockMax) throw new Bz2DataError("block too long");
        const j = sym - 1;
        const s = order[j];
        order.copyWithin(1, 0, j);
        order[0] = s;
        const c = unseq[s];
        ll[nblock++] = c;
        counts[c]++;
      }
    } finally {
      this.nblock = nblock;
    }
    return true;
  }

  /** The inverse BWT's links: tt[row] is the row of the next rotation. */
  private startOutput(): void {
    const n = this.nblock;
    if (this.origPtr >= n) throw new Bz2DataError("origPtr");
    const start = new Int32Array(256);
    for (let c = 0, sum = 0; c < 256; c++) {
      start[c] = sum;
      sum += this.counts[c];
    }
    const ll = this.ll, tt = this.tt;
    for (let i = 0; i < n; i++) tt[start[ll[i]]++] = i;
    this.tPos = tt[this.origPtr];
    this.left = n;
    this.lastByte = -1;
    this.sameCount = 0;
    this.repeat = 0;
    this.blockCrc = -1;
    this.phase = Phase.Output;
  }

  /** Up to `room` bytes of the block, undoing the first run-length step on the way. */
  private output(room: number): Uint8Array {
    const cap = Math.min(room, 1 << 20);
    const out = new Uint8Array(Math.max(0, Math.min(cap, this.left * 255 + this.repeat)));
    let o = 0;
    const ll = this.ll, tt = this.tt;
    let tPos = this.tPos, left = this.left, last = this.lastByte, same = this.sameCount, repeat = this.repeat;
    while (o < out.length) {
      if (repeat > 0) {
        const k = Math.min(repeat, out.length - o);
        out.fill(last, o, o + k);
        o += k;
        repeat -= k;
        continue;
      }
      if (left === 0) break;
      const b = ll[tPos];
      tPos = tt[tPos];
      left--;
      if (same === 4) {
        repeat = b;
        same = 0;
        continue;
      }
      if (b === last) same++;
      else {
        last = b;
        same = 1;
      }
      out[o++] = b;
    }
    this.tPos = tPos;
    this.left = left;
    this.lastByte = last;
    this.sameCount = same;
    this.repeat = repeat;
    this.blockCrc = crcUpdate(this.blockCrc, out, 0, o);
    return o === out.length ? out : out.subarray(0, o);
  }
}
