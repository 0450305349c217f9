// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair (CPython's
// Modules/_io/bufferedio.c).
//
// One JS class serves the first three: a read buffer rbuf[rpos, rend) holding the raw bytes
// just before the raw stream's position, and a write buffer wbuf[0, wlen) of bytes not yet
// written at the raw position. At most one of the two is non-empty at a time: BufferedRandom
// flushes writes before reading and rewinds the raw stream over unread bytes before writing.
// The raw stream is called directly when it is an exact FileIO, through its Python methods
// otherwise.

import { call, callMethod, getAttr, getAttrOpt, intValue, repr, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { False, None, PyByteArray, PyBytes, PyType, PyValue, True } from "../objects/types";
import {
  attrOrNull, bufferArg, BufferedIOBaseType, bytesLike, closedError, concatBytes, DEFAULT_BUFFER_SIZE, forwardDeallocWarn, intArg, IOObj,
  sizeArg, unsupported, writableBuffer,
} from "./io_base";
import { fileRead, fileReadAll, fileSeek, fileTell, fileWrite, FileIOObj, FileIOType, fileCheckOpen } from "./io_fileio";
import { nativeType } from "./registry";

const FLAGS = TypeFlag.BASETYPE | TypeFlag.HAS_DICT;
export const BufferedReaderType = nativeType("_io", "BufferedReader", BufferedIOBaseType, FLAGS);
export const BufferedWriterType = nativeType("_io", "BufferedWriter", BufferedIOBaseType, FLAGS);
export const BufferedRandomType = nativeType("_io", "BufferedRandom", BufferedIOBaseType, FLAGS);
export const BufferedRWPairType = nativeType("_io", "BufferedRWPair", BufferedIOBaseType, FLAGS);

const EMPTY = new Uint8Array(0);

export class BufferedObj extends IOObj {
  raw: PyValue;
  /** The raw stream when it is an exact FileIO (direct calls), else null. */
  file: FileIOObj | null;
  canRead: boolean;
  canWrite: boolean;
  bufferSize: number;
  rbuf: Uint8Array;
  rpos: number;
  rend: number;
  wbuf: Uint8Array;
  wlen: number;
  ok: boolean;
  detached: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.raw = None;
    this.file = null;
    this.canRead = false;
    this.canWrite = false;
    this.bufferSize = DEFAULT_BUFFER_SIZE;
    this.rbuf = EMPTY;
    this.rpos = 0;
    this.rend = 0;
    this.wbuf = EMPTY;
    this.wlen = 0;
    this.ok = false;
    this.detached = false;
  }
  next(): PyValue | undefined {
    if (this.cls !== BufferedReaderType && this.cls !== BufferedRandomType) return super.next();
    checkReadable(this, "readline");
    const line = readline(this, -1);
    return line.length === 0 ? undefined : new PyBytes(line);
  }
}

/** Buffered writers with unwritten bytes (flushed before a file is opened and at exit). */
export const dirtyBuffers = new Set<BufferedObj>();

function self(v: PyValue): BufferedObj {
  if (!(v instanceof BufferedObj)) typeError(`descriptor requires a buffered object but received a '${typeName(v)}'`);
  if (!v.ok) {
    if (v.detached) raiseError(E.ValueError, "raw stream has been detached");
    raiseError(E.ValueError, "I/O operation on uninitialized object");
  }
  return v;
}

export function bufferedIsClosed(b: BufferedObj): boolean {
  if (b.file !== null) return b.file.fd < 0;
  return truthy(getAttr(b.raw, "closed"));
}

function checkClosed(b: BufferedObj, what: string): void {
  if (bufferedIsClosed(b)) {
    // Quirk copied from CPython: reading what is still buffered works on a closed reader only
    // through peek/read of the buffer; any operation here reports the closed file.
    closedError(`${what} of closed file`);
  }
}

function checkReadable(b: BufferedObj, what: string): void {
  if (!b.canRead) unsupported(what);
  checkClosed(b, what);
}

// ---- raw operations -----------------------------------------------------------------------------

function rawRead(b: BufferedObj, dst: Uint8Array, off: number, n: number): number | null {
  if (b.file !== null) {
    fileCheckOpen(b.file);
    return fileRead(b.file, dst, off, n);
  }
  const ba = new PyByteArray(new Uint8Array(n), n);
  const r = callMethod(b.raw, "readinto", [ba]);
  if (r === None) return null;
  const k = intValue(r);
  if (k === undefined) {
    // CPython's _PyErr_FormatFromCause: an OSError whose __cause__ is the TypeError.
    const cause = E.newException(E.TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
    const err = E.newException(E.OSError, "raw readinto() failed");
    err.cause = cause;
    err.context = cause;
    err.suppressContext = true;
    throw err;
  }
  const got = Number(k);
  if (got < 0 || got > n) {
    raiseError(E.OSError, `raw readinto() returned invalid length ${got} (should have been between 0 and ${n})`);
  }
  dst.set(ba.data.subarray(0, got), off);
  return got;
}

function rawWrite(b: BufferedObj, data: Uint8Array): number | null {
  if (b.file !== null) {
    fileCheckOpen(b.file);
    return fileWrite(b.file, data);
  }
  const r = callMethod(b.raw, "write", [new PyBytes(data.slice())]);
  if (r === None) return null;
  const n = intArg(r);
  if (n < 0 || n > data.length) {
    raiseError(E.OSError, `raw write() returned invalid length ${n} (should have been between 0 and ${data.length})`);
  }
  return n;
}

function rawTell(b: BufferedObj): number {
  const n = b.file !== null ? fileTell(b.file) : intArg(callMethod(b.raw, "tell", []));
  if (n < 0) raiseError(E.OSError, `Raw stream returned invalid position ${n}`);
  return n;
}

function rawSeek(b: BufferedObj, pos: number, whence: number): number {
  const n = b.file !== null ? fileSeek(b.file, pos, whence) : intArg(callMethod(b.raw, "seek", [pos, whence]));
  if (n < 0) raiseError(E.OSError, `Raw stream returned invalid position ${n}`);
  return n;
}

// ---- writing ------------------------------------------------------------------------------------

/** Writes out the write buffer. */
export function flushWrites(b: BufferedObj): void {
  let off = 0;
  while (off < b.wlen) {
    const n = rawWrite(b, b.wbuf.subarray(off, b.wlen));
    if (n === null) {
      b.wbuf.copyWithin(0, off, b.wlen);
      b.wlen -= off;
      raiseError(E.BlockingIOError, "write could not complete without blocking");
    }
    off += n;
  }
  b.wlen = 0;
  dirtyBuffers.delete(b);
}

/** Drops the read buffer, moving the raw stream back over the bytes not consumed. */
function rewindReads(b: BufferedObj): void {
  const unread = b.rend - b.rpos;
  if (unread > 0) rawSeek(b, -unread, 1);
  b.rpos = b.rend = 0;
}

export function bufferedWrite(b: BufferedObj, data: Uint8Array): number {
  if (b.rend > 0) rewindReads(b);
  const n = data.length;
  if (b.wlen + n <= b.bufferSize) {
    if (b.wbuf.length < b.bufferSize) {
      const nb = new Uint8Array(b.bufferSize);
      nb.set(b.wbuf.subarray(0, b.wlen));
      b.wbuf = nb;
    }
    b.wbuf.set(data, b.wlen);
    b.wlen += n;
    if (b.wlen > 0 && b.file !== null) dirtyBuffers.add(b);
    return n;
  }
  flushWrites(b);
  if (n >= b.bufferSize) {
    let off = 0;
    while (off < n) {
      const k = rawWrite(b, data.subarray(off));
      if (k === null) raiseError(E.BlockingIOError, "write could not complete without blocking");
      off += k;
    }
    return n;
  }
  return bufferedWrite(b, data);
}

/** flush(): writes, then (for a reader too) puts the raw position where the reader is. */
export function bufferedFlush(b: BufferedObj): void {
  flushWrites(b);
  if (b.canRead && b.rend > 0 && b.canWrite) rewindReads(b);
}

// ---- reading ------------------------------------------------------------------------------------

/** Refills the read buffer with one raw read; returns the count read (0 at EOF) or null. */
function fill(b: BufferedObj): number | null {
  if (b.wlen > 0) flushWrites(b);
  if (b.rbuf.length < b.bufferSize) b.rbuf = new Uint8Array(b.bufferSize);
  b.rpos = b.rend = 0;
  const n = rawRead(b, b.rbuf, 0, b.bufferSize);
  if (n !== null) b.rend = n;
  return n;
}

function readAll(b: BufferedObj): Uint8Array | null {
  if (b.wlen > 0) flushWrites(b);
  const head = b.rbuf.slice(b.rpos, b.rend);
  b.rpos = b.rend = 0;
  if (b.file !== null) {
    fileCheckOpen(b.file);
    const rest = fileReadAll(b.file);
    if (rest === null) return head.length > 0 ? head : null;
    return head.length === 0 ? rest.slice() : concatBytes([head, rest], head.length + rest.length);
  }
  const readall = getAttrOpt(b.raw, "readall");
  if (readall !== undefined) {
    const r = call(readall, []);
    if (r === None) return head.length > 0 ? head : null;
    const d = bytesLike(r);
    if (d === null) typeError("readall() should return bytes");
    return concatBytes([head, d], head.length + d.length);
  }
  const parts: Uint8Array[] = [head];
  let total = head.length;
  for (;;) {
    const r = callMethod(b.raw, "read", []);
    if (r === None) {
      if (total === 0) return null;
      break;
    }
    const d = bytesLike(r);
    if (d === null) typeError("read() should return bytes");
    if (d.length === 0) break;
    parts.push(d);
    total += d.length;
  }
  return concatBytes(parts, total);
}

export function bufferedRead(b: BufferedObj, n: number): Uint8Array | null {
  if (n < 0) return readAll(b);
  const avail = b.rend - b.rpos;
  if (n <= avail) {
    const out = b.rbuf.slice(b.rpos, b.rpos + n);
    b.rpos += n;
    return out;
  }
  if (b.wlen > 0) flushWrites(b);
  const out = new Uint8Array(n);
  out.set(b.rbuf.subarray(b.rpos, b.rend));
  let got = avail;
  b.rpos = b.rend = 0;
  // Whole blocks straight into the result, then the rest through the buffer (as CPython).
  for (;;) {
    const want = n - got;
    const direct = want - (want % b.bufferSize);
    if (direct === 0) break;
    const k = rawRead(b, out, got, direct);
    if (k === null) return got === 0 ? null : out.slice(0, got);
    if (k === 0) return out.slice(0, got);
    got += k;
  }
  if (b.rbuf.length < b.bufferSize) b.rbuf = new Uint8Array(b.bufferSize);
  while (got < n && b.rend < b.bufferSize) {
    const k = rawRead(b, b.rbuf, b.rend, b.bufferSize - b.rend);
    if (k === null) return got === 0 ? null : out.slice(0, got);
    if (k === 0) break;
    b.rend += k;
    const take = Math.min(k, n - got);
    out.set(b.rbuf.subarray(b.rpos, b.rpos + take), got);
    b.rpos += take;
    got += take;
  }
  return got === n ? out : out.slice(0, got);
}

function read1(b: BufferedObj, n: number): Uint8Array {
  if (n < 0) n = b.bufferSize;
  if (n === 0) return EMPTY;
  let avail = b.rend - b.rpos;
  if (avail === 0) {
    if (n > b.bufferSize) {
      if (b.wlen > 0) flushWrites(b);
      const out = new Uint8Array(n);
      const k = rawRead(b, out, 0, n);
      return k === null ? EMPTY : out.slice(0, k);
    }
    fill(b);
    avail = b.rend - b.rpos;
  }
  const take = Math.min(n, avail);
  const out = b.rbuf.slice(b.rpos, b.rpos + take);
  b.rpos += take;
  return out;
}

/**
 * readinto1 (CPython's _buffered_readinto_generic with readinto1): what is buffered, then at most
 * one raw read, straight into `dst` when the room left exceeds the buffer size, else through the
 * buffer (only when nothing was copied yet). null: a non-blocking raw stream had nothing.
 */
function readinto1(b: BufferedObj, dst: Uint8Array): number | null {
  let written = Math.min(b.rend - b.rpos, dst.length);
  if (written > 0) {
    dst.set(b.rbuf.subarray(b.rpos, b.rpos + written));
    b.rpos += written;
  }
  const remaining = dst.length - written;
  if (remaining === 0) return written;
  if (b.wlen > 0) flushWrites(b);
  b.rpos = b.rend = 0;
  if (remaining > b.bufferSize) {
    const k = rawRead(b, dst, written, remaining);
    if (k === null) return written > 0 ? written : null;
    return written + k;
  }
  if (written > 0) return written;
  const k = fill(b);
  if (k === null) return null;
  const take = Math.min(k, remaining);
  dst.set(b.rbuf.subarray(0, take));
  b.rpos = take;
  return take;
}

function peek(b: BufferedObj): Uint8Array {
  if (b.rend - b.rpos === 0) fill(b);
  return b.rbuf.slice(b.rpos, b.rend);
}

export function readline(b: BufferedObj, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (b.rend - b.rpos === 0) {
      const k = fill(b);
      if (k === null || k === 0) break;
    }
    let end = b.rbuf.subarray(b.rpos, b.rend).indexOf(10);
    let found = end >= 0;
    end = found ? b.rpos + end + 1 : b.rend;
    if (limit >= 0 && total + (end - b.rpos) > limit) {
      end = b.rpos + (limit - total);
      found = true;
    }
    parts.push(b.rbuf.slice(b.rpos, end));
    total += end - b.rpos;
    b.rpos = end;
    if (found) break;
  }
  return concatBytes(parts, total);
}

export function bufferedTell(b: BufferedObj): number {
  const pos = rawTell(b) - (b.rend - b.rpos) + b.wlen;
  if (pos < 0) raiseError(E.OSError, `Raw stream returned invalid position ${pos}`);
  return pos;
}

export function bufferedSeek(b: BufferedObj, target: number, whence: number): number {
  if (whence < 0 || whence > 4 || whence === 3 || whence === 4) raiseError(E.ValueError, `whence value ${whence} unsupported`);
  checkClosed(b, "seek");
  if (b.file === null && !truthy(callMethod(b.raw, "seekable", []))) unsupported("File or stream is not seekable.");
  flushWrites(b);
  if (whence !== 2 && b.rend > 0) {
    const rawPos = rawTell(b);
    const bufStart = rawPos - b.rend;
    const abs = whence === 0 ? target : rawPos - (b.rend - b.rpos) + target;
    if (abs >= bufStart && abs <= rawPos) {
      b.rpos = abs - bufStart;
      return abs;
    }
  }
  if (whence === 1) target -= b.rend - b.rpos;
  b.rpos = b.rend = 0;
  return rawSeek(b, target, whence);
}

export function bufferedClose(b: BufferedObj): void {
  if (bufferedIsClosed(b)) return;
  if (b.finalizing) forwardDeallocWarn(b.raw, b);
  let err: unknown = null;
  try {
    // Through the method: a subclass or the instance may replace flush.
    callMethod(b, "flush", []);
  } catch (e) {
    err = e;
  }
  dirtyBuffers.delete(b);
  b.rpos = b.rend = 0;
  try {
    callMethod(b.raw, "close", []);
  } catch (e) {
    if (err !== null && e instanceof PyBaseException) e.context = E.toPyException(err);
    throw e;
  }
  b.closedFlag = true;
  if (err !== null) throw err;
}

// ---- construction -------------------------------------------------------------------------------

function bufferedInit(b: BufferedObj, raw: PyValue, sizeArgV: PyValue | undefined, read: boolean, write: boolean): void {
  b.ok = false;
  if (read && write && !truthy(callMethod(raw, "seekable", []))) unsupported("File or stream is not seekable.");
  if (read && !truthy(callMethod(raw, "readable", []))) unsupported("File or stream is not readable.");
  if (write && !truthy(callMethod(raw, "writable", []))) unsupported("File or stream is not writable.");
  const size = sizeArgV === undefined ? DEFAULT_BUFFER_SIZE : intArg(sizeArgV);
  if (size <= 0) raiseError(E.ValueError, "buffer size must be strictly positive");
  b.raw = raw;
  b.file = raw instanceof FileIOObj && raw.cls === FileIOType ? raw : null;
  b.canRead = read;
  b.canWrite = write;
  b.bufferSize = size;
  b.rbuf = EMPTY;
  b.rpos = b.rend = 0;
  b.wbuf = EMPTY;
  b.wlen = 0;
  b.detached = false;
  b.closedFlag = false;
  b.ok = true;
}

function typeLabel(b: PyValue): string {
  const t = (b as BufferedObj).cls;
  return t === BufferedReaderType || t === BufferedWriterType || t === BufferedRandomType ? `_io.${t.name}` : t.name;
}

function commonMethods(t: PyType, read: boolean, write: boolean): void {
  defNew(t, (args) => new BufferedObj(args[0] as PyType));
  const name = t.name;
  defMethods(t, {
    __init__(args, kw) {
      const [raw, size] = parseArgs(name, args.slice(1), kw, ["raw", "buffer_size"], 1);
      const b = args[0];
      if (!(b instanceof BufferedObj)) typeError(`descriptor '__init__' requires a '_io.${name}' object`);
      bufferedInit(b, raw!, size, read, write);
      return None;
    },
    detach(args, kw) {
      checkArgs("detach", args, kw, 0, 0);
      const b = self(args[0]);
      bufferedFlush(b);
      const raw = b.raw;
      b.raw = None;
      b.file = null;
      b.ok = false;
      b.detached = true;
      dirtyBuffers.delete(b);
      return raw;
    },
    flush(args, kw) {
      checkArgs("flush", args, kw, 0, 0);
      const b = self(args[0]);
      if (!b.canWrite && bufferedIsClosed(b)) closedError();
      checkClosed(b, "flush");
      bufferedFlush(b);
      return None;
    },
    close(args, kw) {
      checkArgs("close", args, kw, 0, 0);
      bufferedClose(self(args[0]));
      return None;
    },
    seekable: (args) => (b => b.file !== null ? callMethod(b.file, "seekable", []) : callMethod(b.raw, "seekable", []))(self(args[0])),
    fileno: (args) => callMethod(self(args[0]).raw, "fileno", []),
    isatty: (args) => callMethod(self(args[0]).raw, "isatty", []),
    tell(args, kw) {
      checkArgs("tell", args, kw, 0, 0);
      return bufferedTell(self(args[0]));
    },
    seek(args, kw) {
      checkArgs("seek", args, kw, 1, 2);
      const b = self(args[0]);
      const target = args[1];
      if (intValue(target) === undefined && !(typeof target === "object" && target.cls.lookup("__index__") !== undefined)) {
        typeError(`'${typeName(target)}' object cannot be interpreted as an integer`);
      }
      return bufferedSeek(b, intArg(target), args.length > 2 ? intArg(args[2]) : 0);
    },
    truncate(args, kw) {
      checkArgs("truncate", args, kw, 0, 1);
      const b = self(args[0]);
      checkClosed(b, "truncate");
      if (!b.canWrite) unsupported("truncate");
      bufferedFlush(b);
      const pos = args.length > 1 && args[1] !== None ? args[1] : bufferedTell(b);
      if (b.rend > 0) rewindReads(b);
      return callMethod(b.raw, "truncate", [pos]);
    },
    __repr__(args) {
      const b = args[0] as BufferedObj;
      const label = typeLabel(b);
      if (!b.ok) return `<${label}>`;
      const nm = attrOrNull(b.raw, "name");
      return nm === null ? `<${label}>` : `<${label} name=${repr(nm)}>`;
    },
    __getstate__(args) {
      typeError(`cannot pickle '${typeName(args[0])}' object`);
    },
    _dealloc_warn(args) {
      const b = args[0];
      if (b instanceof BufferedObj && b.ok && b.raw !== None) forwardDeallocWarn(b.raw, args[1] ?? None);
      return None;
    },
  });
  defGetSet(t, "raw", (v) => (v instanceof BufferedObj && v.detached ? None : self(v).raw));
  defGetSet(t, "closed", (v) => (bufferedIsClosed(self(v)) ? True : False));
  defGetSet(t, "_finalizing", (v) => (self(v).finalizing ? True : False));
  defGetSet(t, "name", (v) => getAttr(self(v).raw, "name"));
  defGetSet(t, "mode", (v) => getAttr(self(v).raw, "mode"));
  if (read) defMethods(t, { readable: (args) => callMethod(self(args[0]).raw, "readable", []) });
  if (write) defMethods(t, { writable: (args) => callMethod(self(args[0]).raw, "writable", []) });
  if (read) {
    defMethods(t, {
      read(args, kw) {
        checkArgs("read", args, kw, 0, 1);
        const b = self(args[0]);
        const n = sizeArg(args[1]);
        if (n < -1) raiseError(E.ValueError, "read length must be non-negative or -1");
        checkReadable(b, "read");
        const r = bufferedRead(b, n);
        return r === null ? None : new PyBytes(r);
      },
      read1(args, kw) {
        checkArgs("read1", args, kw, 0, 1);
        const b = self(args[0]);
        const n = sizeArg(args[1]);
        checkReadable(b, "read");
        return new PyBytes(read1(b, n));
      },
      peek(args, kw) {
        checkArgs("peek", args, kw, 0, 1);
        const b = self(args[0]);
        checkReadable(b, "peek");
        return new PyBytes(peek(b));
      },
      readline(args, kw) {
        checkArgs("readline", args, kw, 0, 1);
        const b = self(args[0]);
        const n = sizeArg(args[1]);
        checkReadable(b, "readline");
        return new PyBytes(readline(b, n));
      },
      readinto(args, kw) {
        checkArgs("readinto", args, kw, 1, 1);
        const b = self(args[0]);
        const dst = writableBuffer(args[1]);
        checkReadable(b, "readinto");
        const r = bufferedRead(b, dst.length);
        if (r === null) return None;
        dst.set(r);
        return r.length;
      },
      readinto1(args, kw) {
        checkArgs("readinto1", args, kw, 1, 1);
        const b = self(args[0]);
        const dst = writableBuffer(args[1]);
        checkReadable(b, "readinto1");
        const r = readinto1(b, dst);
        return r === null ? None : r;
      },
      __next__(args) {
        const b = self(args[0]);
        const v = b.next();
        if (v === undefined) raiseError(E.StopIteration);
        return v;
      },
    });
  }
  if (write) {
    defMethods(t, {
      write(args, kw) {
        checkArgs("write", args, kw, 1, 1);
        const b = self(args[0]);
        const data = bufferArg(args[1]);
        if (bufferedIsClosed(b)) closedError("write to closed file");
        return bufferedWrite(b, data);
      },
    });
  }
}

// ---- BufferedRWPair ------------------------------------------------------------------------------

export class RWPairObj extends IOObj {
  reader: BufferedObj | null;
  writer: BufferedObj | null;
  constructor(cls: PyType) {
    super(cls);
    this.reader = null;
    this.writer = null;
  }
}

function pair(v: PyValue): [BufferedObj, BufferedObj] {
  if (!(v instanceof RWPairObj)) typeError(`descriptor requires a '_io.BufferedRWPair' object but received a '${typeName(v)}'`);
  if (v.reader === null || v.writer === null) raiseError(E.ValueError, "I/O operation on uninitialized object");
  return [v.reader, v.writer];
}

function initRWPair(): void {
  const t = BufferedRWPairType;
  defNew(t, (args) => new RWPairObj(args[0] as PyType));
  const viaReader = (name: string) => (args: PyValue[], kw: readonly string[] | null) =>
    callMethod(pair(args[0])[0], name, args.slice(1), kw);
  const viaWriter = (name: string) => (args: PyValue[], kw: readonly string[] | null) =>
    callMethod(pair(args[0])[1], name, args.slice(1), kw);
  defMethods(t, {
    __init__(args, kw) {
      const [reader, writer, size] = parseArgs("BufferedRWPair", args.slice(1), kw, ["reader", "writer", "buffer_size"], 2, 3);
      const p = args[0] as RWPairObj;
      const r = new BufferedObj(BufferedReaderType);
      bufferedInit(r, reader!, size, true, false);
      const w = new BufferedObj(BufferedWriterType);
      bufferedInit(w, writer!, size, false, true);
      p.reader = r;
      p.writer = w;
      return None;
    },
    read: viaReader("read"),
    peek: viaReader("peek"),
    read1: viaReader("read1"),
    readinto: viaReader("readinto"),
    readinto1: viaReader("readinto1"),
    write: viaWriter("write"),
    flush: viaWriter("flush"),
    readable: viaReader("readable"),
    writable: viaWriter("writable"),
    isatty(args) {
      const [r, w] = pair(args[0]);
      const x = callMethod(w, "isatty", []);
      return truthy(x) ? x : callMethod(r, "isatty", []);
    },
    close(args) {
      const [r, w] = pair(args[0]);
      let err: unknown = null;
      try {
        callMethod(w, "close", []);
      } catch (e) {
        err = e;
      }
      try {
        callMethod(r, "close", []);
      } catch (e) {
        // The writer's error becomes the context of the reader's (CPython's _PyErr_ChainExceptions).
        if (err !== null && e instanceof PyBaseException && e.context === None) e.context = E.toPyException(err);
        throw e;
      }
      if (err !== null) throw err;
      return None;
    },
  });
  defGetSet(t, "closed", (v) => getAttr(pair(v)[1], "closed"));
}

export function initBuffered(): void {
  commonMethods(BufferedReaderType, true, false);
  commonMethods(BufferedWriterType, false, true);
  commonMethods(BufferedRandomType, true, true);
  initRWPair();
}

