// _io.TextIOWrapper (CPython's Modules/_io/textio.c): text over a buffered binary stream.
//
// Reading decodes chunks of _CHUNK_SIZE bytes into `decoded` (consumed up to `used`, in UTF-16
// units); `snapshot` remembers the decoder state and the bytes of the current chunk so that
// tell() can rebuild a position cookie the way CPython does: it re-decodes the chunk byte by
// byte from the snapshot until it reaches the characters consumed. Cookies pack
// (position, decoder flags, bytes to feed, characters to skip, need EOF) in one int, in
// CPython's layout.
//
// Writing keeps UTF-8 text as one pending JS string and encodes it once per flush (printing is
// hot); other encodings are encoded per write.

import { callMethod, getAttr, getAttrOpt, intValue, isInstance, repr, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { cpLength, unitOffset } from "../objects/strcore";
import { Ellipsis as ellipsis, False, None, PyBytes, PyType, PyValue, True, typeOf } from "../objects/types";
import { bytesLike, clinicTypeName, closedError, forwardDeallocWarn, intArg, IOObj, sysFlag, warnDefaultEncoding, sizeArg, TextIOBaseType, unsupported } from "./io_base";
import {
  bufferedFlush, bufferedIsClosed, BufferedObj, BufferedRandomType, BufferedReaderType, bufferedRead, bufferedTell,
  bufferedWrite, BufferedWriterType, flushWrites,
} from "./io_buffered";
import { IncDecoder, IncEncoder, textCodec } from "./io_codecs";
import { findLineEnd, NewlineState, newlinesValue } from "./io_stringio";
import { lookupHandler } from "../objects/strcodecs";
import { nativeType } from "./registry";

export const TextIOWrapperType = nativeType("_io", "TextIOWrapper", TextIOBaseType, TypeFlag.BASETYPE | TypeFlag.HAS_DICT);

const CHUNK_SIZE = 8192;

export class TextIOObj extends IOObj {
  buffer: PyValue;
  /** The buffer when it is an exact native buffered object (direct calls), else null. */
  buf: BufferedObj | null;
  ok: boolean;
  detached: boolean;
  encoding: string;
  errors: string;
  decoder: IncDecoder | null;
  nl: NewlineState | null;
  encoder: IncEncoder | null;
  readuniversal: boolean;
  readtranslate: boolean;
  readnl: string | null;
  writetranslate: boolean;
  writenl: string | null;
  lineBuffering: boolean;
  writeThrough: boolean;
  decoded: string;
  used: number;
  snapshot: [number, Uint8Array] | null;
  pending: string;
  /** Bytes per character of the last chunk read (tell's first guess at where to start decoding). */
  b2cratio = 0;
  /** Encoded output of other codecs, written before `pending` (which is UTF-8 text). */
  pendingBytes: Uint8Array[];
  pendingBytesLen: number;
  seekable: boolean;
  telling: boolean;
  chunkSize: number;
  hasRead1: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.buffer = None;
    this.buf = null;
    this.ok = false;
    this.detached = false;
    this.encoding = "utf-8";
    this.errors = "strict";
    this.decoder = null;
    this.nl = null;
    this.encoder = null;
    this.readuniversal = false;
    this.readtranslate = false;
    this.readnl = null;
    this.writetranslate = false;
    this.writenl = null;
    this.lineBuffering = false;
    this.writeThrough = false;
    this.decoded = "";
    this.used = 0;
    this.snapshot = null;
    this.pending = "";
    this.pendingBytes = [];
    this.pendingBytesLen = 0;
    this.seekable = false;
    this.telling = false;
    this.chunkSize = CHUNK_SIZE;
    this.hasRead1 = false;
  }
  next(): PyValue | undefined {
    const t = self(this);
    t.telling = false;
    const line = this.cls === TextIOWrapperType ? readline(t, -1) : callMethod(t, "readline", []);
    const s = strValue(line);
    if (s === undefined) typeError(`readline() should have returned a str object, not '${typeName(line)}'`);
    if (s.length === 0) {
      t.snapshot = null;
      t.telling = t.seekable;
      return undefined;
    }
    return line;
  }
  /** Writes what is pending and flushes the buffer (for sys.stdout at exit and before tracebacks). */
  flush(): void {
    if (!this.ok || isClosed(this)) return;
    textFlush(this);
  }
}

/** Text streams with pending output (flushed before a file is opened and at exit). */
export const dirtyTexts = new Set<TextIOObj>();

function self(v: PyValue): TextIOObj {
  if (!(v instanceof TextIOObj)) typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeName(v)}'`);
  if (!v.ok) {
    if (v.detached) raiseError(E.ValueError, "underlying buffer has been detached");
    raiseError(E.ValueError, "I/O operation on uninitialized object");
  }
  return v;
}

/** For the attributes that stay readable after detach(). */
function selfInit(v: PyValue): TextIOObj {
  if (!(v instanceof TextIOObj)) typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeName(v)}'`);
  if (!v.ok && !v.detached) raiseError(E.ValueError, "I/O operation on uninitialized object");
  return v;
}

function isClosed(t: TextIOObj): boolean {
  if (t.buf !== null) return bufferedIsClosed(t.buf);
  return truthy(getAttr(t.buffer, "closed"));
}

function checkClosed(t: TextIOObj): void {
  if (isClosed(t)) closedError();
}

// ---- writing ------------------------------------------------------------------------------------

function bufWrite(t: TextIOObj, data: Uint8Array): void {
  if (t.buf !== null) bufferedWrite(t.buf, data);
  else callMethod(t.buffer, "write", [new PyBytes(data)]);
}

function flushPending(t: TextIOObj): void {
  if (t.pending.length === 0 && t.pendingBytesLen === 0) return;
  const s = t.pending;
  const parts = t.pendingBytes;
  t.pending = "";
  t.pendingBytes = [];
  t.pendingBytesLen = 0;
  dirtyTexts.delete(t);
  if (parts.length === 0) bufWrite(t, Buffer.from(s, "utf8"));
  else {
    if (s.length > 0) parts.push(Buffer.from(s, "utf8"));
    bufWrite(t, parts.length === 1 ? parts[0] : Buffer.concat(parts));
  }
}

/** About how many bytes are pending (UTF-16 units for the text part). */
function pendingSize(t: TextIOObj): number {
  return t.pending.length + t.pendingBytesLen;
}

function textFlush(t: TextIOObj): void {
  flushPending(t);
  if (t.buf !== null) {
    if (bufferedIsClosed(t.buf)) closedError("flush of closed file");
    bufferedFlush(t.buf);
  } else callMethod(t.buffer, "flush", []);
}

const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** TextIOWrapper.write(text) after the argument check; returns nothing (callers count). */
export function textWrite(t: TextIOObj, text: string): void {
  if (isClosed(t)) closedError();
  const enc = t.encoder;
  if (enc === null) unsupported("not writable");
  // ('\n' needs looking for only when it is translated or flushes the line.)
  const translate = t.writetranslate && t.writenl !== null;
  const haslf = (translate || t.lineBuffering) && text.indexOf("\n") >= 0;
  if (haslf && translate) text = text.split("\n").join(t.writenl!);
  const needflush = t.lineBuffering && (haslf || text.indexOf("\r") >= 0);
  // Output is kept until there is more than a chunk (what was pending is written first when
  // this text would take it past one).
  const data = enc.utf8 && !(SURROGATE.test(text) && LONE_SURROGATE.test(text)) ? null : enc.encode(text);
  const size = data === null ? text.length : data.length;
  if (pendingSize(t) > 0 && pendingSize(t) + size > t.chunkSize) flushPending(t);
  if (pendingSize(t) === 0 && t.buf !== null && t.buf.file !== null) dirtyTexts.add(t);
  if (data === null) t.pending += text;
  else {
    if (t.pending.length > 0) {
      t.pendingBytes.push(Buffer.from(t.pending, "utf8"));
      t.pendingBytesLen += t.pending.length;
      t.pending = "";
    }
    t.pendingBytes.push(data);
    t.pendingBytesLen += data.length;
  }
  if (pendingSize(t) >= t.chunkSize || needflush || t.writeThrough) flushPending(t);
  if (needflush) {
    if (t.buf !== null) flushWrites(t.buf);
    else callMethod(t.buffer, "flush", []);
  }
  if (t.decoder !== null) {
    t.decoded = "";
    t.used = 0;
    t.snapshot = null;
    decoderReset(t);
  }
}

function decoderReset(t: TextIOObj): void {
  t.decoder!.reset();
  if (t.nl !== null) t.nl.reset();
}

// ---- reading ------------------------------------------------------------------------------------

function decoderState(t: TextIOObj): [Uint8Array, number] {
  const [buf, flags] = t.decoder!.getstate();
  if (t.nl === null) return [buf, flags];
  return [buf, flags * 2 + (t.nl.pendingCR ? 1 : 0)];
}

function setDecoderState(t: TextIOObj, buf: Uint8Array, flags: number): void {
  if (t.nl !== null) {
    t.nl.pendingCR = (flags & 1) !== 0;
    flags = Math.floor(flags / 2);
  }
  t.decoder!.setstate(buf, flags);
}

function decode(t: TextIOObj, input: Uint8Array, final: boolean): string {
  const s = t.decoder!.decode(input, final);
  return t.nl === null ? s : t.nl.feed(s, final);
}

function bufRead1(t: TextIOObj, n: number): Uint8Array {
  if (t.buf !== null && t.hasRead1) {
    // Native read1: at most one raw read.
    const r = callMethodFast(t.buf, n);
    return r;
  }
  const r = callMethod(t.buffer, t.hasRead1 ? "read1" : "read", [n]);
  const d = bytesLike(r);
  if (d === null) {
    typeError(`underlying ${t.hasRead1 ? "read1" : "read"}() should have returned a bytes-like object, not '${typeName(r)}'`);
  }
  return d;
}

function callMethodFast(b: BufferedObj, n: number): Uint8Array {
  const r = callMethod(b, "read1", [n]);
  return (r as PyBytes).data;
}

/** Reads and decodes one chunk; false at EOF. */
function readChunk(t: TextIOObj, sizeHint: number): boolean {
  if (t.decoder === null) unsupported("not readable");
  let decFlags = 0;
  let decBuf: Uint8Array | null = null;
  if (t.telling) [decBuf, decFlags] = decoderState(t);
  const input = bufRead1(t, Math.max(t.chunkSize, sizeHint));
  const eof = input.length === 0;
  t.decoded = decode(t, input, eof);
  t.used = 0;
  const chars = t.decoded.length;
  t.b2cratio = chars > 0 ? input.length / chars : 0;
  if (t.telling) {
    const next = new Uint8Array(decBuf!.length + input.length);
    next.set(decBuf!);
    next.set(input, decBuf!.length);
    t.snapshot = [decFlags, next];
  }
  return !eof;
}

function checkReadable(t: TextIOObj): void {
  checkClosed(t);
  if (t.decoder === null) unsupported("not readable");
}

function readAllText(t: TextIOObj): string {
  const r = t.buf !== null ? bufferedRead(t.buf, -1) : bytesOrNull(callMethod(t.buffer, "read", []));
  const rest = decode(t, r ?? new Uint8Array(0), true);
  const out = t.decoded.slice(t.used) + rest;
  t.decoded = "";
  t.used = 0;
  t.snapshot = null;
  return out;
}

function bytesOrNull(v: PyValue): Uint8Array | null {
  if (v === None) return null;
  const d = bytesLike(v);
  if (d === null) typeError(`underlying read() should have returned a bytes object, not '${typeName(v)}'`);
  return d;
}

function readText(t: TextIOObj, n: number): string {
  checkReadable(t);
  flushPending(t);
  if (t.buf !== null && t.buf.wlen > 0) flushWrites(t.buf);
  if (n < 0) return readAllText(t);
  let out = "";
  let need = n;
  for (;;) {
    const avail = t.decoded.slice(t.used);
    if (avail.length > 0) {
      const cps = cpLength(avail);
      if (cps >= need) {
        const u = unitOffset(avail, need);
        out += avail.slice(0, u);
        t.used += u;
        return out;
      }
      out += avail;
      need -= cps;
      t.used = t.decoded.length;
    }
    if (need === 0) return out;
    if (!readChunk(t, need)) {
      // End of file: the decoder's last output, of which `need` characters are taken.
      const last = t.decoded;
      const u = cpLength(last) > need ? unitOffset(last, need) : last.length;
      out += last.slice(0, u);
      t.used = u;
      return out;
    }
  }
}

export function readline(t: TextIOObj, limit: number): string {
  checkReadable(t);
  flushPending(t);
  let acc = "";
  let searchFrom = 0;
  let end = -1;
  for (;;) {
    const avail = t.decoded.slice(t.used);
    const before = acc.length;
    acc += avail;
    t.used = t.decoded.length;
    end = findLineEnd(acc, searchFrom, t.readuniversal ? null : t.readnl, t.readtranslate);
    if (limit >= 0) {
      const upto = end >= 0 ? end : acc.length;
      if (cpLength(acc.slice(0, upto)) >= limit) {
        end = unitOffset(acc, limit);
        if (end < before) end = before;
      }
    }
    if (end >= 0) break;
    searchFrom = acc.length > 0 ? acc.length - 1 : 0;
    if (!readChunk(t, 0)) {
      acc += t.decoded;
      t.used = t.decoded.length;
      end = acc.length;
      break;
    }
  }
  // The rest of the accumulated text lies within the current chunk: give it back.
  const restLen = acc.length - end;
  t.used = t.decoded.length - restLen;
  return acc.slice(0, end);
}

// ---- tell / seek --------------------------------------------------------------------------------

// CPython's C layout (little-endian bytes of a struct): start_pos 64 bits, then dec_flags,
// bytes_to_feed and chars_to_skip 32 bits each, then need_eof.
function packCookie(pos: number, decFlags: number, bytesToFeed: number, needEof: boolean, charsToSkip: number): PyValue {
  if (decFlags === 0 && bytesToFeed === 0 && !needEof && charsToSkip === 0) return pos;
  let c = BigInt(pos) | (BigInt(decFlags >>> 0) << 64n) | (BigInt(bytesToFeed) << 96n) | (BigInt(charsToSkip) << 128n);
  if (needEof) c |= 1n << 160n;
  return c;
}

function unpackCookie(c: bigint): [number, number, number, boolean, number] {
  const m64 = (1n << 64n) - 1n;
  const m32 = (1n << 32n) - 1n;
  return [Number(c & m64), Number((c >> 64n) & m32), Number((c >> 96n) & m32), ((c >> 160n) & 1n) === 1n,
    Number((c >> 128n) & m32)];
}

/** Puts the decoder in the state of a cookie's start: reset() at the start of the stream (which
 * also forgets the newlines seen, a quirk tell() shows in CPython), else setstate((b"", flags)). */
function cookieDecoderState(t: TextIOObj, startPos: number, decFlags: number): void {
  if (startPos === 0 && decFlags === 0) decoderReset(t);
  else setDecoderState(t, new Uint8Array(0), decFlags);
}

function textTell(t: TextIOObj): PyValue {
  checkClosed(t);
  if (!t.seekable) unsupported("underlying stream is not seekable");
  if (!t.telling) raiseError(E.OSError, "telling position disabled by next() call");
  textFlush(t);
  let position = t.buf !== null ? bufferedTell(t.buf) : intArg(callMethod(t.buffer, "tell", []));
  if (t.decoder === null || t.snapshot === null) return position;
  const [decFlags, nextInput] = t.snapshot;
  position -= nextInput.length;
  const skip = t.used === 0 ? 0 : cpLength(t.decoded.slice(0, t.used));
  if (skip === 0) return packCookie(position, decFlags, 0, false, 0);
  const [savedBuf, savedFlags] = decoderState(t);
  try {
    // A first guess at a start point near the current position, from the bytes-per-character
    // ratio: a point before it where the decoder holds nothing (one decode call for most codecs).
    let charsToSkip = skip;
    let flags = decFlags;
    let skipBytes = Math.min(Math.floor(t.b2cratio * charsToSkip), nextInput.length);
    let skipBack = 1;
    while (skipBytes > 0) {
      cookieDecoderState(t, position, decFlags);
      const n = cpLength(decode(t, nextInput.subarray(0, skipBytes), false));
      if (n <= charsToSkip) {
        const [b, d] = decoderState(t);
        if (b.length === 0) {
          flags = d;
          charsToSkip -= n;
          break;
        }
        skipBytes -= b.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (skipBytes <= 0) {
      skipBytes = 0;
      cookieDecoderState(t, position, decFlags);
    }
    let startPos = position + skipBytes;
    let startFlags = flags;
    if (charsToSkip === 0) return packCookie(startPos, startFlags, 0, false, 0);
    let bytesFed = 0;
    let charsDecoded = 0;
    let needEof = false;
    let i = skipBytes;
    for (; i < nextInput.length; i++) {
      bytesFed++;
      charsDecoded += cpLength(decode(t, nextInput.subarray(i, i + 1), false));
      const [decBuf, fl] = decoderState(t);
      if (decBuf.length === 0 && charsDecoded <= charsToSkip) {
        startPos += bytesFed;
        charsToSkip -= charsDecoded;
        startFlags = fl;
        bytesFed = 0;
        charsDecoded = 0;
      }
      if (charsDecoded >= charsToSkip) break;
    }
    if (i >= nextInput.length) {
      charsDecoded += cpLength(decode(t, new Uint8Array(0), true));
      needEof = true;
      if (charsDecoded < charsToSkip) raiseError(E.OSError, "can't reconstruct logical file position");
    }
    return packCookie(startPos, startFlags, bytesFed, needEof, charsToSkip);
  } finally {
    setDecoderState(t, savedBuf, savedFlags);
  }
}

function bufSeek(t: TextIOObj, pos: number, whence: number): PyValue {
  return callMethod(t.buffer, "seek", [pos, whence]);
}

function resetEncoder(t: TextIOObj, atStart: boolean): void {
  if (t.encoder === null) return;
  if (atStart) t.encoder.reset();
  else t.encoder.setstate(0);
}

function textSeek(t: TextIOObj, cookieArg: PyValue, whence: number): PyValue {
  checkClosed(t);
  if (!t.seekable) unsupported("underlying stream is not seekable");
  let cookie = cookieArg;
  if (whence === 1) {
    if (intValue(cookie) === undefined || intValue(cookie) != 0) unsupported("can't do nonzero cur-relative seeks");
    cookie = textTell(t);
  } else if (whence === 2) {
    if (intValue(cookie) === undefined || intValue(cookie) != 0) unsupported("can't do nonzero end-relative seeks");
    textFlush(t);
    t.decoded = "";
    t.used = 0;
    t.snapshot = null;
    if (t.decoder !== null) decoderReset(t);
    const res = bufSeek(t, 0, 2);
    resetEncoder(t, intValue(res) == 0);
    return res;
  } else if (whence !== 0) {
    raiseError(E.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  const cv = intValue(cookie);
  if (cv === undefined) typeError(`an integer is required`);
  if (cv < 0) raiseError(E.ValueError, `negative seek position ${repr(cookie)}`);
  textFlush(t);
  const [startPos, decFlags, bytesToFeed, needEof, charsToSkip] = unpackCookie(BigInt(cv));
  bufSeek(t, startPos, 0);
  t.decoded = "";
  t.used = 0;
  t.snapshot = null;
  if (t.decoder !== null) {
    cookieDecoderState(t, startPos, decFlags);
    t.snapshot = [decFlags, new Uint8Array(0)];
  }
  if (charsToSkip > 0) {
    const r = callMethod(t.buffer, "read", [bytesToFeed]);
    const input = bytesLike(r) ?? new Uint8Array(0);
    t.snapshot = [decFlags, input.slice()];
    t.decoded = decode(t, input, needEof);
    if (cpLength(t.decoded) < charsToSkip) raiseError(E.OSError, "can't restore logical file position");
    t.used = unitOffset(t.decoded, charsToSkip);
  }
  resetEncoder(t, cv == 0);
  return cookie;
}

// ---- construction -------------------------------------------------------------------------------

/** The locale's encoding (what encoding=None and encoding="locale" mean). */
export const LOCALE_ENCODING = "UTF-8";

function setupNewline(t: TextIOObj, newline: string | null): void {
  t.readuniversal = newline === null || newline === "";
  t.readtranslate = newline === null;
  t.readnl = newline;
  t.writetranslate = newline !== "";
  t.writenl = null;
  if (!t.readuniversal && newline !== null && newline !== "\n") t.writenl = newline;
}

function setupCodec(t: TextIOObj, readable: boolean, writable: boolean): void {
  const codec = textCodec(t.encoding, t.errors);
  t.decoder = null;
  t.nl = null;
  t.encoder = null;
  if (readable) {
    t.decoder = codec.decoder();
    if (t.readuniversal) t.nl = new NewlineState(t.readtranslate);
  }
  if (writable) t.encoder = codec.encoder();
}

function newlineArg(v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) typeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typeName(v)}`);
  if (s !== "" && s !== "\n" && s !== "\r" && s !== "\r\n") raiseError(E.ValueError, `illegal newline value: ${s}`);
  return s;
}

function strArg(v: PyValue | undefined, fname: string, what: string): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument '${what}' must be str or None, not ${typeName(v)}`);
  return s;
}

export function textInit(t: TextIOObj, buffer: PyValue, encodingV: PyValue | undefined, errorsV: PyValue | undefined,
                         newlineV: PyValue | undefined, lineBuffering: boolean, writeThrough: boolean): void {
  t.ok = false;
  t.detached = false;
  let encoding = strArg(encodingV, "TextIOWrapper", "encoding");
  const errors = strArg(errorsV, "TextIOWrapper", "errors");
  if (encoding !== null && encoding.includes("\0")) raiseError(E.ValueError, "embedded null character");
  if (errors !== null && errors.includes("\0")) raiseError(E.ValueError, "embedded null character");
  const newline = newlineArg(newlineV);
  if (encoding === null) {
    warnDefaultEncoding(1);
    if (truthy(sysFlag("utf8_mode"))) encoding = "utf-8";
  }
  if (encoding === null || encoding === "locale") encoding = LOCALE_ENCODING;
  // Quirk copied from CPython (bpo-37388): the error handler is only looked up now in dev mode;
  // otherwise an unknown one fails at the first encode or decode that needs it.
  if (errors !== null && errors !== "strict" && truthy(sysFlag("dev_mode"))) lookupHandler(errors);
  t.buffer = buffer;
  t.buf = buffer instanceof BufferedObj &&
    (buffer.cls === BufferedWriterType || buffer.cls === BufferedReaderType || buffer.cls === BufferedRandomType) ? buffer : null;
  t.encoding = encoding;
  t.errors = errors ?? "strict";
  t.lineBuffering = lineBuffering;
  t.writeThrough = writeThrough;
  t.chunkSize = CHUNK_SIZE;
  t.decoded = "";
  t.used = 0;
  t.snapshot = null;
  t.pending = "";
  t.pendingBytes = [];
  t.pendingBytesLen = 0;
  setupNewline(t, newline);
  const readable = truthy(callMethod(buffer, "readable", []));
  const writable = truthy(callMethod(buffer, "writable", []));
  setupCodec(t, readable, writable);
  t.seekable = t.telling = truthy(callMethod(buffer, "seekable", []));
  t.hasRead1 = getAttrOpt(buffer, "read1") !== undefined;
  t.closedFlag = false;
  t.ok = true;
  if (t.seekable && t.encoder !== null) {
    const pos = callMethod(buffer, "tell", []);
    if (intValue(pos) != 0) t.encoder.setstate(0);
  }
}

function attrForRepr(t: PyValue, name: string): PyValue | null {
  try {
    const v = getAttrOpt(t, name);
    return v === undefined ? null : v;
  } catch (e) {
    if (e instanceof PyBaseException && (isInstance(e, E.ValueError) || isInstance(e, E.AttributeError))) return null;
    throw e;
  }
}

export function textClose(t: TextIOObj): void {
  if (isClosed(t)) return;
  if (t.finalizing) forwardDeallocWarn(t.buffer, t);
  let err: unknown = null;
  try {
    // Through the method: a subclass or the instance may replace flush.
    callMethod(t, "flush", []);
  } catch (e) {
    err = e;
  }
  dirtyTexts.delete(t);
  try {
    callMethod(t.buffer, "close", []);
  } catch (e) {
    if (err !== null && e instanceof PyBaseException) e.context = E.toPyException(err);
    throw e;
  }
  if (err !== null) throw err;
}

export function initTextIO(): void {
  const T = TextIOWrapperType;
  defNew(T, (args) => new TextIOObj(args[0] as PyType));
  defMethods(T, {
    __init__(args, kw) {
      if (args.length === 1) typeError("TextIOWrapper() missing required argument 'buffer' (pos 1)");
      const [buffer, encoding, errors, newline, lb, wt] = parseArgs("TextIOWrapper", args.slice(1), kw,
        ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
      const t = args[0];
      if (!(t instanceof TextIOObj)) typeError("descriptor '__init__' requires a '_io.TextIOWrapper' object");
      textInit(t, buffer!, encoding, errors, newline, lb !== undefined && truthy(lb), wt !== undefined && truthy(wt));
      return None;
    },
    write(args, kw) {
      checkArgs("write", args, kw, 1, 1);
      const s = strValue(args[1]);
      if (s === undefined) typeError(`write() argument must be str, not ${clinicTypeName(args[1])}`);
      textWrite(self(args[0]), s);
      return cpLength(s);
    },
    read(args, kw) {
      checkArgs("read", args, kw, 0, 1);
      const t = self(args[0]);
      return readText(t, sizeArg(args[1]));
    },
    readline(args, kw) {
      checkArgs("readline", args, kw, 0, 1);
      const t = self(args[0]);
      const v = args[1];
      if (v !== undefined && v !== None && intValue(v) === undefined && typeOf(v).lookup("__index__") === undefined) {
        typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
      }
      return readline(t, sizeArg(v));
    },
    flush(args, kw) {
      checkArgs("flush", args, kw, 0, 0);
      const t = self(args[0]);
      checkClosed(t);
      t.telling = t.seekable;
      textFlush(t);
      return None;
    },
    close(args, kw) {
      checkArgs("close", args, kw, 0, 0);
      textClose(self(args[0]));
      return None;
    },
    detach(args, kw) {
      checkArgs("detach", args, kw, 0, 0);
      const t = self(args[0]);
      textFlush(t);
      const b = t.buffer;
      t.buffer = None;
      t.buf = null;
      t.ok = false;
      t.detached = true;
      dirtyTexts.delete(t);
      return b;
    },
    fileno: (args) => callMethod(self(args[0]).buffer, "fileno", []),
    isatty: (args) => callMethod(self(args[0]).buffer, "isatty", []),
    seekable(args) {
      const t = self(args[0]);
      checkClosed(t);
      return t.seekable ? True : False;
    },
    readable: (args) => callMethod(self(args[0]).buffer, "readable", []),
    writable: (args) => callMethod(self(args[0]).buffer, "writable", []),
    tell(args, kw) {
      checkArgs("tell", args, kw, 0, 0);
      return textTell(self(args[0]));
    },
    seek(args, kw) {
      checkArgs("seek", args, kw, 1, 2);
      const t = self(args[0]);
      return textSeek(t, args[1], args.length > 2 ? intArg(args[2]) : 0);
    },
    truncate(args, kw) {
      checkArgs("truncate", args, kw, 0, 1);
      const t = self(args[0]);
      textFlush(t);
      const pos = args.length > 1 && args[1] !== None ? args[1] : textTell(t);
      return callMethod(t.buffer, "truncate", [pos]);
    },
    reconfigure(args, kw) {
      if (args.length - (kw === null ? 0 : kw.length) > 1) typeError("reconfigure() takes no positional arguments");
      const [encoding, errors, newline, lb, wt] = parseArgs("reconfigure", args.slice(1), kw,
        ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0, 0);
      const t = self(args[0]);
      const newEnc = strArg(encoding, "reconfigure", "encoding");
      let newErr = strArg(errors, "reconfigure", "errors");
      const nlGiven = newline !== undefined && newline !== ellipsis;
      const nl = nlGiven ? newlineArg(newline) : t.readnl;
      if (t.decoder !== null && (newEnc !== null || newErr !== null || nlGiven) && t.decoded.length > 0) {
        unsupported("It is not possible to set the encoding or newline of stream after the first read");
      }
      textFlush(t);
      if (newEnc !== null || newErr !== null || nlGiven) {
        if (newEnc !== null && newErr === null) newErr = "strict";
        if (newEnc !== null) t.encoding = newEnc === "locale" ? LOCALE_ENCODING : newEnc;
        if (newErr !== null) t.errors = newErr;
        setupNewline(t, nl);
        setupCodec(t, t.decoder !== null, t.encoder !== null);
        // A new encoder in the middle of a file writes no BOM.
        if (t.seekable && t.encoder !== null && intValue(callMethod(t.buffer, "tell", [])) != 0) t.encoder.setstate(0);
      }
      if (lb !== undefined && lb !== None) t.lineBuffering = truthy(lb);
      if (wt !== undefined && wt !== None) t.writeThrough = truthy(wt);
      return None;
    },
    __next__(args) {
      const v = (args[0] as TextIOObj).next();
      if (v === undefined) raiseError(E.StopIteration);
      return v;
    },
    __repr__(args) {
      const t = args[0];
      if (!(t instanceof TextIOObj)) typeError("bad self");
      const label = "_io.TextIOWrapper";
      if (!t.ok && !t.detached) raiseError(E.ValueError, "I/O operation on uninitialized object");
      let out = `<${label}`;
      const name = attrForRepr(t, "name");
      if (name !== null) out += ` name=${repr(name)}`;
      const mode = attrForRepr(t, "mode");
      if (mode !== null) out += ` mode=${repr(mode)}`;
      out += ` encoding=${repr(t.encoding)}>`;
      return out;
    },
    __getstate__(args) {
      typeError(`cannot pickle '${typeName(args[0])}' object`);
    },
  });
  defGetSet(T, "name", (v) => getAttr(self(v).buffer, "name"));
  defGetSet(T, "closed", (v) => (isClosed(self(v)) ? True : False));
  defGetSet(T, "encoding", (v) => selfInit(v).encoding);
  defGetSet(T, "errors", (v) => selfInit(v).errors);
  defGetSet(T, "buffer", (v) => selfInit(v).buffer);
  defGetSet(T, "line_buffering", (v) => (selfInit(v).lineBuffering ? True : False));
  defGetSet(T, "write_through", (v) => (selfInit(v).writeThrough ? True : False));
  defGetSet(T, "newlines", (v) => {
    const t = self(v);
    return t.nl === null ? None : newlinesValue(t.nl.seen);
  });
  defGetSet(T, "_CHUNK_SIZE", (v) => self(v).chunkSize, (v, n) => {
    const t = self(v);
    if (n === undefined) raiseError(E.AttributeError, "cannot delete attribute");
    const k = intArg(n);
    if (k <= 0) raiseError(E.ValueError, "a strictly positive integer is required");
    t.chunkSize = k;
  });
  defGetSet(T, "_finalizing", (v) => (v instanceof TextIOObj && v.finalizing ? True : False));
}

