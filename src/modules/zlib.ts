// zlib: compression compatible with gzip (CPython's Modules/zlibmodule.c), on the zlib that Node
// bundles. Node's handle-level binding (the object behind zlib.Deflate) is one z_stream:
// writeSync(flush, in, inOff, inLen, out, outOff, outLen) is one deflate()/inflate() call, and
// writeState reports avail_out and avail_in afterwards; errors arrive through handle.onerror.
//
// Compression goes straight through that binding (modes DEFLATE, DEFLATERAW, GZIP), so every
// flush mode behaves as zlib's. Node's zlib is Chromium's fork, whose match finder differs from
// stock zlib's: compressed bytes are valid and decode the same, but for larger inputs they need
// not equal CPython's byte for byte.
//
// Decompression runs a raw inflate stream and reads the zlib and gzip wrappers here (Inflater):
// Node's GUNZIP mode goes on into a following gzip member, where CPython's decompressor stops and
// leaves it in unused_data, and Node reports neither Z_STREAM_END nor Z_NEED_DICT. The end of
// the deflate data is found by a probe: a Z_FINISH call with no input fails ("unexpected end of
// file") unless the stream has ended.
//
// copy(): Node cannot copy a z_stream, so each stream logs the calls made on it and a copy
// replays them on a fresh handle (zlib is deterministic, so the state comes out the same).

import { index, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError, valueError } from "../objects/exceptions";
import { checkArgs, clinicArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyObject, PyType } from "../objects/object";
import { bytesData, cintArg } from "../objects/pystr";
import { False, None, PyBytes, PyValue, True } from "../objects/types";
import { crc32 as crc32Table } from "./binascii";
import { defFunctions, defineModule, nativeType } from "./registry";
import { nodeZlib } from "../vm/nodelib";

// ---- zlib's constants -----------------------------------------------------------------------------

const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5, Z_TREES = 6;
const Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_BUF_ERROR = -5;
const DEFLATED = 8, MAX_WBITS = 15, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384;

/** Node's binding modes (zlib.constants). */
const MODE_DEFLATE = 1, MODE_GZIP = 3, MODE_DEFLATERAW = 5, MODE_INFLATERAW = 6;

/** "1.3.1-e00f703" (Chromium's fork) reads as "1.3.1", the release it follows. */
const ZLIB_VERSION = (process.versions.zlib ?? "1.3.1").replace(/-.*$/, "");

/** How many input bytes a stream logs for copy() before it gives up copying. */
const LOG_LIMIT = 64 << 20;

let ZlibError: PyType;

// ---- checksums ------------------------------------------------------------------------------------

type Crc32 = (data: Uint8Array, value: number) => number;
/** Node's crc32 (Node 20.15+), looked up on first use; null when this Node has none. */
let nodeCrc32: Crc32 | null | undefined;

function crc32(data: Uint8Array, value: number): number {
  // Node's crc32 answers 0 for some empty views; an empty input leaves the value as it is.
  if (data.length === 0) return value;
  if (nodeCrc32 === undefined) nodeCrc32 = (nodeZlib() as { crc32?: Crc32 }).crc32 ?? null;
  return nodeCrc32 !== null ? nodeCrc32(data, value) >>> 0 : crc32Table(data, value);
}

/** Adler-32: two sums mod 65521, folded every 3800 bytes (well before a 32-bit overflow). */
function adler32(data: Uint8Array, value: number): number {
  let a = value & 0xffff, b = (value >>> 16) & 0xffff;
  for (let i = 0; i < data.length;) {
    const end = Math.min(i + 3800, data.length);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---- one z_stream (a Node binding handle) ---------------------------------------------------------

interface NodeHandle {
  init(windowBits: number, level: number, memLevel: number, strategy: number, writeState: Uint32Array,
       processCallback: () => void, dictionary: Uint8Array | undefined): void;
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  close(): void;
  onerror: (message: string, errno: number) => void;
}
type HandleClass = new (mode: number) => NodeHandle;

let handleClass: HandleClass | null = null;

function newHandle(mode: number): NodeHandle {
  if (handleClass === null) {
    handleClass = (new (nodeZlib().Inflate)() as unknown as { _handle: { constructor: HandleClass } })._handle.constructor;
  }
  return new handleClass(mode);
}

/** What a stream needs to be made again (for copy()). */
interface StreamParams { mode: number; windowBits: number; level: number; memLevel: number; strategy: number; dict: Uint8Array | undefined }

/** One logged call: the flush mode, the input given and the output room given. */
interface LoggedCall { flush: number; input: Uint8Array; outLen: number }

/** The outcome of one call: output bytes, input bytes consumed, and the error, if zlib gave one. */
interface CallResult { out: Uint8Array; consumed: number; errno: number; msg: string | null }

class ZStream {
  private handle: NodeHandle;
  private readonly state = new Uint32Array(2);
  private errno = 0;
  private errmsg: string | null = null;
  /** Calls made so far (null once the log grew past LOG_LIMIT: copy() is then refused). */
  private log: LoggedCall[] | null = [];
  private logged = 0;

  constructor(readonly params: StreamParams) {
    this.handle = this.open();
  }

  private open(): NodeHandle {
    const p = this.params;
    const h = newHandle(p.mode);
    h.onerror = (message, errno) => {
      this.errno = errno;
      // Node words the errors zlib gives no message for itself; CPython then names the code.
      this.errmsg = message === "Zlib error" || message === "unexpected end of file" ? null : message;
    };
    h.init(p.windowBits, p.level, p.memLevel, p.strategy, this.state, () => {}, p.dict);
    return h;
  }

  /** One deflate()/inflate() call on input[off, off+len) with outLen bytes of room. */
  call(flush: number, input: Uint8Array, off: number, len: number, outLen: number): CallResult {
    if (this.log !== null) {
      this.logged += len;
      if (this.logged > LOG_LIMIT) this.log = null;
      else this.log.push({ flush, input: input.slice(off, off + len), outLen });
    }
    return this.run(this.handle, flush, input, off, len, outLen);
  }

  private run(h: NodeHandle, flush: number, input: Uint8Array, off: number, len: number, outLen: number): CallResult {
    const out = new Uint8Array(outLen);
    this.errno = 0;
    this.errmsg = null;
    this.state[0] = outLen;
    this.state[1] = len;
    h.writeSync(flush, input, off, len, out, 0, outLen);
    if (this.errno !== 0) return { out: out.subarray(0, 0), consumed: len, errno: this.errno, msg: this.errmsg };
    return { out: out.subarray(0, outLen - this.state[0]), consumed: len - this.state[1], errno: 0, msg: null };
  }

  /** A stream in the same state (null when the log was given up). */
  copy(): ZStream | null {
    if (this.log === null) return null;
    const c = new ZStream(this.params);
    for (const e of this.log) c.call(e.flush, e.input, 0, e.input.length, e.outLen);
    return c;
  }

  close(): void {
    this.handle.close();
    this.log = null;
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

// ---- compression ----------------------------------------------------------------------------------

/** deflateInit2's parameter checks; null when it would refuse them (Z_STREAM_ERROR). */
function deflateParams(level: number, method: number, wbits: number, memLevel: number, strategy: number,
                       dict: Uint8Array | undefined): StreamParams | null {
  if (level === -1) level = 6;
  let mode = MODE_DEFLATE, bits = wbits;
  if (wbits < 0) {
    mode = MODE_DEFLATERAW;
    bits = -wbits;
  } else if (wbits > 15) {
    mode = MODE_GZIP;
    bits = wbits - 16;
  }
  if (memLevel < 1 || memLevel > 9 || method !== DEFLATED || bits < 8 || bits > 15 || level < 0 || level > 9 ||
      strategy < 0 || strategy > 4 || (bits === 8 && mode !== MODE_DEFLATE)) return null;
  if (bits === 8) bits = 9;
  return { mode, windowBits: bits, level, memLevel, strategy, dict };
}

const OUT_CHUNK = 32768;

class Deflater {
  finished = false;
  constructor(readonly stream: ZStream) {}

  /** deflate() with `flush` over all of data, until zlib has room left over. */
  deflate(data: Uint8Array, flush: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let pos = 0;
    for (;;) {
      const r = this.stream.call(flush, data, pos, data.length - pos, OUT_CHUNK);
      if (r.errno !== 0) return chunks.length ? concat(chunks) : new Uint8Array(0);
      chunks.push(r.out);
      pos += r.consumed;
      if (r.out.length < OUT_CHUNK && pos >= data.length) break;
    }
    if (flush === Z_FINISH) {
      this.finished = true;
      this.stream.close();
    }
    return concat(chunks);
  }
}

// ---- decompression --------------------------------------------------------------------------------

const enum Phase { Head, Dict, Body, Trailer, Done, Bad }

/** Wrapper bits, as zlib's state->wrap: 1 zlib header allowed, 2 gzip header allowed. */
const WRAP_ZLIB = 1, WRAP_GZIP = 2;

interface InflateResult { out: Uint8Array; consumed: number; ret: number; msg: string | null }

/** inflateInit2's window bits check; null when it would refuse them. */
function inflateWrap(wbits: number): { wrap: number; bits: number } | null {
  let wrap: number, bits: number;
  if (wbits < 0) {
    if (wbits < -15) return null;
    wrap = 0;
    bits = -wbits;
  } else {
    wrap = (wbits >> 4) + 1;
    bits = wbits < 48 ? wbits & 15 : wbits;
    if (wrap > 3) return null;
  }
  if (bits !== 0 && (bits < 8 || bits > 15)) return null;
  if (wrap === 0 && bits === 0) return null;
  return { wrap, bits };
}

/** A byte source over the bytes held back from earlier calls followed by the current input. */
class HeadReader {
  pos = 0;
  constructor(readonly held: number[], readonly input: Uint8Array, readonly start: number) {}
  get available(): number {
    return this.held.length + this.input.length - this.start - this.pos;
  }
  byte(): number {
    const i = this.pos++;
    return i < this.held.length ? this.held[i] : this.input[this.start + i - this.held.length];
  }
}

/**
 * inflate() as zlib runs it, over a raw inflate stream: the zlib or gzip header and trailer are
 * read here, the deflate data by the raw stream. Each call is one inflate() call with the input
 * and output room given; the result says what it consumed and returned.
 */
class Inflater {
  phase: Phase;
  private wrap: number;
  private wbits: number;
  /** Header or trailer bytes read so far (zlib consumes them as they come). */
  private held: number[] = [];
  private gzip = false;
  raw: ZStream | null = null;
  private check = 0;
  private total = 0;
  private dictId = 0;
  /** An output byte a probe took from the raw stream, to hand out first next time. */
  private carry: Uint8Array | null = null;
  private errRet = 0;
  private errMsg: string | null = null;

  constructor(wrap: number, wbits: number, rawDict: Uint8Array | undefined) {
    this.wrap = wrap;
    this.wbits = wbits;
    this.phase = Phase.Head;
    if (wrap === 0) this.startBody(rawDict);
  }

  private startBody(dict: Uint8Array | undefined): void {
    this.raw = new ZStream({ mode: MODE_INFLATERAW, windowBits: this.wbits, level: 0, memLevel: 8, strategy: 0, dict });
    this.check = this.gzip ? 0 : 1;
    this.total = 0;
    this.phase = Phase.Body;
  }

  private fail(ret: number, msg: string | null): void {
    this.phase = Phase.Bad;
    this.errRet = ret;
    this.errMsg = msg;
  }

  /** inflateSetDictionary in the Dict phase: Z_OK, or Z_DATA_ERROR for the wrong dictionary. */
  setDictionary(dict: Uint8Array): number {
    if (this.phase !== Phase.Dict) return Z_STREAM_ERROR;
    if (adler32(dict, 1) !== this.dictId) return Z_DATA_ERROR;
    this.startBody(dict);
    return Z_OK;
  }

  inflate(input: Uint8Array, outRoom: number): InflateResult {
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let pos = 0;
    if (this.carry !== null && outRoom > 0) {
      chunks.push(this.carry);
      produced = 1;
      this.carry = null;
    }
    const result = (ret: number, msg: string | null = null): InflateResult =>
      ({ out: concat(chunks.length ? chunks : [new Uint8Array(0)]), consumed: pos, ret, msg });
    for (;;) {
      switch (this.phase) {
        case Phase.Bad:
          return result(this.errRet, this.errMsg);
        case Phase.Done:
          return result(Z_STREAM_END);
        case Phase.Dict:
          return result(Z_NEED_DICT);
        case Phase.Head: {
          const r = new HeadReader(this.held, input, pos);
          const outcome = this.readHeader(r);
          const fromInput = Math.max(0, r.pos - this.held.length);
          if (outcome === "more") {
            for (let i = pos; i < input.length; i++) this.held.push(input[i]);
            pos = input.length;
            return result(produced ? Z_OK : Z_BUF_ERROR);
          }
          pos += fromInput;
          this.held = [];
          if (outcome !== null) {
            this.fail(Z_DATA_ERROR, outcome);
            return result(Z_DATA_ERROR, outcome);
          }
          continue;
        }
        case Phase.Trailer: {
          const r = new HeadReader(this.held, input, pos);
          const outcome = this.readTrailer(r);
          if (outcome === "more") {
            for (let i = pos; i < input.length; i++) this.held.push(input[i]);
            pos = input.length;
            return result(produced ? Z_OK : Z_BUF_ERROR);
          }
          pos += Math.max(0, r.pos - this.held.length);
          this.held = [];
          if (outcome !== null) {
            this.fail(Z_DATA_ERROR, outcome);
            return result(Z_DATA_ERROR, outcome);
          }
          this.phase = Phase.Done;
          continue;
        }
        case Phase.Body: {
          const raw = this.raw!;
          const room = Math.min(outRoom - produced, OUT_CHUNK);
          if (room <= 0) return result(Z_OK);
          const r = raw.call(Z_SYNC_FLUSH, input, pos, input.length - pos, room);
          if (r.errno !== 0) {
            pos = input.length;
            this.fail(r.errno, r.msg);
            return result(r.errno, r.msg);
          }
          pos += r.consumed;
          this.account(r.out, chunks);
          produced += r.out.length;
          let ended: boolean;
          if (r.out.length === room) {
            if (produced < outRoom) continue;
            ended = this.probe();
            if (!ended) return result(Z_OK);
          } else if (pos < input.length) {
            ended = true;
          } else {
            ended = this.probe();
            if (!ended) return result(r.out.length || r.consumed ? Z_OK : Z_BUF_ERROR);
          }
          raw.close();
          this.phase = this.wrap === 0 ? Phase.Done : Phase.Trailer;
          continue;
        }
      }
    }
  }

  /** Adds output to the check value and length the trailer is compared with. */
  private account(out: Uint8Array, chunks: Uint8Array[]): void {
    if (out.length === 0) return;
    chunks.push(out);
    if (this.wrap === 0) return;
    this.check = this.gzip ? crc32(out, this.check) : adler32(out, this.check);
    this.total = (this.total + out.length) >>> 0;
  }

  /**
   * Whether the raw stream has ended: a Z_FINISH call with no input fails unless it has. A byte
   * the probe draws out (there was more output) is kept for the next call.
   */
  private probe(): boolean {
    const r = this.raw!.call(Z_FINISH, new Uint8Array(0), 0, 0, 1);
    if (r.errno !== 0) return false;
    if (r.out.length === 1) {
      this.carry = r.out;
      this.check = this.wrap === 0 ? 0 : this.gzip ? crc32(r.out, this.check) : adler32(r.out, this.check);
      this.total = (this.total + 1) >>> 0;
      return false;
    }
    return true;
  }

  /** Reads the zlib or gzip header: null when complete, "more" when it needs more bytes, else zlib's message. */
  private readHeader(r: HeadReader): string | null | "more" {
    if (r.available < 2) return "more";
    const b0 = r.byte(), b1 = r.byte();
    if ((this.wrap & WRAP_GZIP) && b0 === 0x1f && b1 === 0x8b) return this.readGzipHeader(r);
    if (!(this.wrap & WRAP_ZLIB) || ((b0 << 8) | b1) % 31 !== 0) return "incorrect header check";
    if ((b0 & 15) !== DEFLATED) return "unknown compression method";
    const len = (b0 >> 4) + 8;
    if (this.wbits === 0) this.wbits = len;
    if (len > 15 || len > this.wbits) return "invalid window size";
    if (b1 & 0x20) {
      if (r.available < 4) return "more";
      this.dictId = ((r.byte() << 24) | (r.byte() << 16) | (r.byte() << 8) | r.byte()) >>> 0;
      this.phase = Phase.Dict;
      return null;
    }
    this.startBody(undefined);
    return null;
  }

  private readGzipHeader(r: HeadReader): string | null | "more" {
    if (r.available < 1) return "more";
    const method = r.byte();
    if (method !== DEFLATED) return "unknown compression method";
    if (r.available < 1) return "more";
    const flags = r.byte();
    if (flags & 0xe0) return "unknown header flags set";
    if (r.available < 6) return "more";
    const header = [0x1f, 0x8b, method, flags];
    for (let i = 0; i < 6; i++) header.push(r.byte());
    if (flags & 4) {
      if (r.available < 2) return "more";
      const lo = r.byte(), hi = r.byte();
      header.push(lo, hi);
      const xlen = lo | (hi << 8);
      if (r.available < xlen) return "more";
      for (let i = 0; i < xlen; i++) header.push(r.byte());
    }
    for (const bit of [8, 16]) {
      if (!(flags & bit)) continue;
      for (;;) {
        if (r.available < 1) return "more";
        const c = r.byte();
        header.push(c);
        if (c === 0) break;
      }
    }
    if (flags & 2) {
      if (r.available < 2) return "more";
      const want = r.byte() | (r.byte() << 8);
      if (want !== (crc32(Uint8Array.from(header), 0) & 0xffff)) return "header crc mismatch";
    }
    this.gzip = true;
    if (this.wbits === 0) this.wbits = 15;
    this.startBody(undefined);
    return null;
  }

  private readTrailer(r: HeadReader): string | null | "more" {
    const le = (): number => (r.byte() | (r.byte() << 8) | (r.byte() << 16) | (r.byte() << 24)) >>> 0;
    if (!this.gzip) {
      if (r.available < 4) return "more";
      const want = ((r.byte() << 24) | (r.byte() << 16) | (r.byte() << 8) | r.byte()) >>> 0;
      return want === this.check ? null : "incorrect data check";
    }
    if (r.available < 4) return "more";
    if (le() !== this.check) return "incorrect data check";
    if (r.available < 4) return "more";
    return le() === this.total ? null : "incorrect length check";
  }

  /** A decompressor in the same state, or null when the raw stream's log was given up. */
  copy(): Inflater | null {
    const c = Object.create(Inflater.prototype) as Inflater;
    Object.assign(c, this);
    c.held = [...this.held];
    if (this.raw !== null && this.phase === Phase.Body) {
      const raw = this.raw.copy();
      if (raw === null) return null;
      c.raw = raw;
    }
    return c;
  }
}

// ---- errors and arguments -------------------------------------------------------------------------

/** CPython's zlib_error: "Error <code> <what>: <zlib's message or a default for the code>". */
function zlibError(code: number, msg: string | null, what: string): never {
  if (msg === null) {
    if (code === Z_BUF_ERROR) msg = "incomplete or truncated stream";
    else if (code === Z_STREAM_ERROR) msg = "inconsistent stream state";
    else if (code === Z_DATA_ERROR) msg = "invalid input data";
  }
  raiseError(ZlibError, msg === null ? `Error ${code} ${what}` : `Error ${code} ${what}: ${msg}`);
}

function bufferArg(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** A Py_ssize_t argument; values beyond a JS safe integer act as unlimited (they are still checked). */
function ssize(v: PyValue): number {
  const i = index(v);
  if (typeof i === "number") return i;
  if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) raiseError(E.OverflowError, "Python int too large to convert to C ssize_t");
  return i > 0n ? Infinity : -Infinity;
}

function optInt(v: PyValue | undefined, dflt: number): number {
  return v === undefined ? dflt : cintArg(v);
}

/** An unsigned int argument, converted with wraparound (PyLong_AsUnsignedLongMask). */
function uintMask(v: PyValue): number {
  const i = index(v);
  return typeof i === "bigint" ? Number(BigInt.asUintN(32, i)) : i >>> 0;
}

/** A method without arguments, in Argument Clinic's words. */
function noArgs(name: string, args: readonly PyValue[], kw: readonly string[] | null): void {
  if (args.length > 1 || (kw !== null && kw.length > 0)) typeError(`${name}() takes no arguments`);
}

function bytes(d: Uint8Array): PyBytes {
  return new PyBytes(d);
}

const EMPTY = new Uint8Array(0);

// ---- the Compress and Decompress objects ----------------------------------------------------------

class PyCompress extends PyObject {
  constructor(cls: PyType, public deflater: Deflater | null) {
    super(cls);
  }
}

class PyDecompress extends PyObject {
  unusedData: Uint8Array = EMPTY;
  unconsumedTail: Uint8Array = EMPTY;
  eof = false;
  /** False once flush() has seen the end (inflateEnd was called). */
  live = true;
  constructor(cls: PyType, public inflater: Inflater, public zdict: PyValue | null) {
    super(cls);
  }
}

let CompressType: PyType;
let DecompressType: PyType;

function compressSelf(v: PyValue, method: string): PyCompress {
  if (!(v instanceof PyCompress)) typeError(`descriptor '${method}' for 'zlib.Compress' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

function decompressSelf(v: PyValue, method: string): PyDecompress {
  if (!(v instanceof PyDecompress)) typeError(`descriptor '${method}' for 'zlib.Decompress' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

function copyCompress(self: PyCompress): PyValue {
  if (self.deflater === null || self.deflater.finished) valueError("Inconsistent stream state");
  const s = self.deflater.stream.copy();
  if (s === null) raiseError(E.MemoryError, "Can't allocate memory for compression object");
  return new PyCompress(CompressType, new Deflater(s));
}

function copyDecompress(self: PyDecompress): PyValue {
  if (!self.live) valueError("Inconsistent stream state");
  const inf = self.inflater.copy();
  if (inf === null) raiseError(E.MemoryError, "Can't allocate memory for decompression object");
  const c = new PyDecompress(DecompressType, inf, self.zdict);
  c.unusedData = self.unusedData;
  c.unconsumedTail = self.unconsumedTail;
  c.eof = self.eof;
  return c;
}

/** save_unconsumed_input: leftover input goes to unused_data at the end, else to unconsumed_tail. */
function saveUnconsumed(self: PyDecompress, data: Uint8Array, consumed: number, ret: number): void {
  let left = data.length - consumed;
  const rest = data.subarray(consumed);
  if (ret === Z_STREAM_END && left > 0) {
    self.unusedData = concat([self.unusedData, rest]).slice();
    left = 0;
  }
  // Quirk kept from CPython: a non-empty unconsumed_tail is replaced by the leftover input even
  // when that leftover just went to unused_data.
  if (left > 0 || self.unconsumedTail.length > 0) self.unconsumedTail = rest.slice();
}

/** Decompress.decompress: inflate until the input is used up, the end, or max_length. */
function objDecompress(self: PyDecompress, data: Uint8Array, maxLength: number): Uint8Array {
  if (!self.live) zlibError(Z_STREAM_ERROR, null, "while decompressing data");
  const inf = self.inflater;
  const chunks: Uint8Array[] = [];
  let consumed = 0;
  let produced = 0;
  let ret: number;
  for (;;) {
    const r = inf.inflate(data.subarray(consumed), maxLength - produced);
    consumed += r.consumed;
    produced += r.out.length;
    chunks.push(r.out);
    ret = r.ret;
    if (ret === Z_NEED_DICT && self.zdict !== null) {
      const dict = bufferArg(self.zdict);
      const err = inf.setDictionary(dict);
      if (err !== Z_OK) zlibError(err, null, "while setting zdict");
      continue;
    }
    if (ret !== Z_OK && ret !== Z_BUF_ERROR && ret !== Z_STREAM_END) {
      saveUnconsumed(self, data, consumed, ret);
      zlibError(ret, r.msg, "while decompressing data");
    }
    break;
  }
  saveUnconsumed(self, data, consumed, ret);
  if (ret === Z_STREAM_END) self.eof = true;
  return concat(chunks);
}

function defineTypes(): void {
  CompressType = nativeType("zlib", "Compress", undefined, 0);
  DecompressType = nativeType("zlib", "Decompress", undefined, 0);
  defNew(CompressType, () => typeError("cannot create 'zlib.Compress' instances"));
  defNew(DecompressType, () => typeError("cannot create 'zlib.Decompress' instances"));

  defMethods(CompressType, {
    compress(args, kw) {
      const self = compressSelf(args[0], "compress");
      const data = bufferArg(clinicArgs("compress", args.slice(1), kw, [""], 1, 1)[0]!);
      if (self.deflater === null || self.deflater.finished) zlibError(Z_STREAM_ERROR, null, "while compressing data");
      return bytes(self.deflater.deflate(data, Z_NO_FLUSH));
    },
    flush(args, kw) {
      const self = compressSelf(args[0], "flush");
      const [modeArg] = clinicArgs("flush", args.slice(1), kw, ["mode"], 0, 1);
      const mode = modeArg === undefined ? Z_FINISH : cintArg(modeArg);
      if (mode === Z_NO_FLUSH) return bytes(EMPTY);
      if (self.deflater === null || self.deflater.finished || mode < 0 || mode > Z_BLOCK) {
        zlibError(Z_STREAM_ERROR, null, "while flushing");
      }
      return bytes(self.deflater.deflate(EMPTY, mode));
    },
    copy(args, kw) {
      noArgs("copy", args, kw);
      return copyCompress(compressSelf(args[0], "copy"));
    },
    __copy__(args, kw) {
      noArgs("__copy__", args, kw);
      return copyCompress(compressSelf(args[0], "__copy__"));
    },
    __deepcopy__(args, kw) {
      clinicArgs("__deepcopy__", args.slice(1), kw, ["memo"], 1, 1);
      return copyCompress(compressSelf(args[0], "__deepcopy__"));
    },
  });

  defMethods(DecompressType, {
    decompress(args, kw) {
      const self = decompressSelf(args[0], "decompress");
      const [dataArg, maxArg] = clinicArgs("decompress", args.slice(1), kw, ["", "max_length"], 1, 1);
      const data = bufferArg(dataArg!);
      let maxLength = maxArg === undefined ? 0 : ssize(maxArg);
      if (maxLength < 0) valueError("max_length must be non-negative");
      if (maxLength === 0) maxLength = Infinity;
      return bytes(objDecompress(self, data, maxLength));
    },
    flush(args, kw) {
      const self = decompressSelf(args[0], "flush");
      const [lengthArg] = clinicArgs("flush", args.slice(1), kw, ["length"], 0, 1);
      const length = lengthArg === undefined ? DEF_BUF_SIZE : ssize(lengthArg);
      if (length <= 0) valueError("length must be greater than zero");
      if (!self.live) return bytes(EMPTY);
      const data = self.unconsumedTail;
      const r = self.inflater.inflate(data, Infinity);
      // flush() keeps what it decoded and drops errors (as CPython does).
      const ret = r.ret;
      saveUnconsumed(self, data, r.consumed, ret);
      if (ret === Z_STREAM_END) {
        self.eof = true;
        self.live = false;
      }
      return bytes(r.out);
    },
    copy(args, kw) {
      noArgs("copy", args, kw);
      return copyDecompress(decompressSelf(args[0], "copy"));
    },
    __copy__(args, kw) {
      noArgs("__copy__", args, kw);
      return copyDecompress(decompressSelf(args[0], "__copy__"));
    },
    __deepcopy__(args, kw) {
      clinicArgs("__deepcopy__", args.slice(1), kw, ["memo"], 1, 1);
      return copyDecompress(decompressSelf(args[0], "__deepcopy__"));
    },
  });
  defGetSet(DecompressType, "unused_data", (v) => bytes(decompressSelf(v, "unused_data").unusedData));
  defGetSet(DecompressType, "unconsumed_tail", (v) => bytes(decompressSelf(v, "unconsumed_tail").unconsumedTail));
  defGetSet(DecompressType, "eof", (v) => (decompressSelf(v, "eof").eof ? True : False));
}

// ---- module functions -----------------------------------------------------------------------------

function compress(data: Uint8Array, level: number, wbits: number): Uint8Array {
  const params = deflateParams(level, DEFLATED, wbits, DEF_MEM_LEVEL, 0, undefined);
  if (params === null) raiseError(ZlibError, "Bad compression level");
  return new Deflater(new ZStream(params)).deflate(data, Z_FINISH);
}

function decompress(data: Uint8Array, wbits: number): Uint8Array {
  const w = inflateWrap(wbits);
  if (w === null) zlibError(Z_STREAM_ERROR, null, "while preparing to decompress data");
  const inf = new Inflater(w.wrap, w.bits, undefined);
  const r = inf.inflate(data, Infinity);
  if (r.ret === Z_STREAM_END) return r.out;
  if (r.ret === Z_OK || r.ret === Z_BUF_ERROR) zlibError(Z_BUF_ERROR, null, "while decompressing data");
  zlibError(r.ret, r.msg, "while decompressing data");
}

const DOCS = {
  module: "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush().",
};

defineModule("zlib", (dict) => {
  ZlibError = nativeType("zlib", "error", E.Exception);
  defineTypes();
  dict.set("error", ZlibError);
  defFunctions(dict, "zlib", {
    adler32(args, kw) {
      if (kw !== null && kw.length > 0) typeError("zlib.adler32() takes no keyword arguments");
      checkArgs("adler32", args, kw, 1, 2, 0);
      return adler32(bufferArg(args[0]), args.length > 1 ? uintMask(args[1]) : 1);
    },
    crc32(args, kw) {
      if (kw !== null && kw.length > 0) typeError("zlib.crc32() takes no keyword arguments");
      checkArgs("crc32", args, kw, 1, 2, 0);
      return crc32(bufferArg(args[0]), args.length > 1 ? uintMask(args[1]) : 0);
    },
    compress(args, kw) {
      const [data, level, wbits] = clinicArgs("compress", args, kw, ["", "level", "wbits"], 1, 1);
      const d = bufferArg(data!);
      return bytes(compress(d, optInt(level, -1), optInt(wbits, MAX_WBITS)));
    },
    decompress(args, kw) {
      const [data, wbits, bufsize] = clinicArgs("decompress", args, kw, ["", "wbits", "bufsize"], 1, 1);
      const d = bufferArg(data!);
      const wb = optInt(wbits, MAX_WBITS);
      if (bufsize !== undefined && ssize(bufsize) < 0) valueError("bufsize must be non-negative");
      return bytes(decompress(d, wb));
    },
    compressobj(args, kw) {
      const [level, method, wbits, memLevel, strategy, zdict] = clinicArgs("compressobj", args, kw,
        ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0);
      const lv = optInt(level, -1), me = optInt(method, DEFLATED), wb = optInt(wbits, MAX_WBITS);
      const ml = optInt(memLevel, DEF_MEM_LEVEL), st = optInt(strategy, 0);
      const zd = zdict === undefined ? undefined : bufferArg(zdict).slice();
      const params = deflateParams(lv, me, wb, ml, st, zd);
      if (params === null) valueError("Invalid initialization option");
      if (zd !== undefined && params.mode === MODE_GZIP) valueError("Invalid dictionary");
      return new PyCompress(CompressType, new Deflater(new ZStream(params)));
    },
    decompressobj(args, kw) {
      const [wbits, zdict] = clinicArgs("decompressobj", args, kw, ["wbits", "zdict"], 0);
      if (zdict !== undefined && bytesData(zdict) === null) typeError("zdict argument must support the buffer protocol");
      const wb = optInt(wbits, MAX_WBITS);
      const w = inflateWrap(wb);
      if (w === null) valueError("Invalid initialization option");
      const rawDict = zdict !== undefined && w.wrap === 0 ? bufferArg(zdict).slice() : undefined;
      return new PyDecompress(DecompressType, new Inflater(w.wrap, w.bits, rawDict), zdict ?? null);
    },
  });
  for (const [name, value] of Object.entries({
    MAX_WBITS, DEFLATED, DEF_MEM_LEVEL, DEF_BUF_SIZE, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9,
    Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
    Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES,
  })) dict.set(name, value);
  dict.set("ZLIB_VERSION", ZLIB_VERSION);
  dict.set("ZLIB_RUNTIME_VERSION", ZLIB_VERSION);
  dict.set("__version__", "1.0");
}, DOCS.module);

