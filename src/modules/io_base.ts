// _io's abstract bases (CPython's Modules/_io/iobase.c, bufferedio.c, textio.c bases): _IOBase,
// _RawIOBase, _BufferedIOBase and _TextIOBase, the UnsupportedOperation exception, and the
// helpers the concrete classes share (closed checks, argument conversion, OSError from Node's
// errors).
//
// Every _io object is an IOObj (a JS class per concrete type extends it). The generic methods
// of the bases call the Python-level methods of `self` (`self.read`, `self.closed`...) so that
// Python subclasses (io.py's IOBase, user classes) behave as in CPython; the concrete native
// types override them with direct implementations.

import { PyBaseException, newException, raiseError, typeError } from "../objects/exceptions";
import * as E from "../objects/exceptions";
import {
  call, callMethod, getAttr, getAttrOpt, repr, setAttr, index, intValue, isInstance, iterNext, getIter, PyIter, strValue, truthy, typeName,
} from "../objects/abstract";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import {
  False, None, PyByteArray, PyBytes, PyList, PyObject, PyTuple, PyType, PyValue, True, typeOf, typeType,
} from "../objects/types";
import { PyBufferExporter, PyMemoryView } from "../objects/pystr";
import { errnoOf, strerror } from "./errno";
import { nativeType } from "./registry";
import { writeUnraisable } from "./gc";
import { warn } from "./warnings";
import { sysDict } from "./sys";

export const DEFAULT_BUFFER_SIZE = 8192;

/** The root of every _io object's JS class. `closedFlag` is CPython's `__IOBase_closed`. */
export class IOObj extends PyIter {
  closedFlag: boolean;
  /** Set by the finalizer before it closes the object: close() then warns of the unclosed file. */
  finalizing: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.closedFlag = false;
    this.finalizing = false;
  }
  /** `next(f)`: a line, or undefined at the end. */
  next(): PyValue | undefined {
    const line = callMethod(this, "readline", []);
    if (lenOfLine(line) === 0) return undefined;
    return line;
  }
}

function lenOfLine(line: PyValue): number {
  if (typeof line === "string") return line.length;
  const d = bytesLike(line);
  if (d !== null) return d.length;
  typeError(`readline() should have returned a str object, not '${typeName(line)}'`);
}

const FLAGS = TypeFlag.BASETYPE | TypeFlag.HAS_DICT;

export const IOBaseType = nativeType("_io", "_IOBase", undefined, FLAGS);
export const RawIOBaseType = nativeType("_io", "_RawIOBase", IOBaseType, FLAGS);
export const BufferedIOBaseType = nativeType("_io", "_BufferedIOBase", IOBaseType, FLAGS);
export const TextIOBaseType = nativeType("_io", "_TextIOBase", IOBaseType, FLAGS);

// ---- UnsupportedOperation -----------------------------------------------------------------------

let unsupportedOp: PyType | null = null;

/** io.UnsupportedOperation: a class with bases (OSError, ValueError), made on first use. */
export function unsupportedOperationType(): PyType {
  if (unsupportedOp === null) {
    const ns = new PyDict();
    ns.set("__module__", "io");
    unsupportedOp = call(typeType, ["UnsupportedOperation", new PyTuple([E.OSError, E.ValueError]), ns]) as PyType;
  }
  return unsupportedOp;
}

export function unsupported(msg: string): never {
  throw call(unsupportedOperationType(), [msg]);
}

// ---- errors -------------------------------------------------------------------------------------

/** The OSError (subclass chosen by errno) for an errno name, with an optional filename. */
export function osError(code: string, filename?: PyValue): PyBaseException {
  const errno = errnoOf(code);
  const args: PyValue[] = [errno, strerror(errno)];
  if (filename !== undefined) args.push(filename);
  return call(E.OSError, args) as PyBaseException;
}

/** Turns an error thrown by Node's fs into the Python exception CPython raises. */
export function fromNodeError(e: unknown, filename?: PyValue): PyBaseException {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && code.startsWith("E")) return osError(code, filename);
  return E.toPyException(e);
}

export function closedError(msg = "I/O operation on closed file."): never {
  raiseError(E.ValueError, msg);
}

/**
 * `unclosed file <repr>` as a ResourceWarning with `source` (CPython's PyErr_ResourceWarning in
 * fileio_dealloc_warn); a warning turned into an error is unraisable.
 */
export function deallocWarn(source: PyValue): void {
  try {
    warn(`unclosed file ${repr(source)}`, E.excTypes["ResourceWarning"], 1, source);
  } catch (e) {
    writeUnraisable(e, source);
  }
}

/** `obj._dealloc_warn(source)` when obj has it (buffered and text objects pass it down). */
export function forwardDeallocWarn(obj: PyValue, source: PyValue): void {
  try {
    const m = getAttrOpt(obj, "_dealloc_warn");
    if (m !== undefined) call(m, [source]);
  } catch {
    // as CPython: PyErr_Clear
  }
}

/** A field of sys.flags (0 when it cannot be read). */
export function sysFlag(name: string): PyValue {
  const flags = sysDict.getStr("flags");
  return (flags !== undefined ? getAttrOpt(flags, name) : undefined) ?? 0;
}

/** PEP 597: with -X warn_default_encoding, an EncodingWarning where no encoding was given. */
export function warnDefaultEncoding(stacklevel: number): void {
  if (truthy(sysFlag("warn_default_encoding"))) {
    warn("'encoding' argument not specified", E.excTypes["EncodingWarning"], stacklevel);
  }
}

// ---- argument helpers ---------------------------------------------------------------------------

/** An optional size argument (`read(size=-1)`): None or missing is -1. */
export function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = intValue(v);
  if (n === undefined) {
    if (typeOf(v).lookup("__index__") === undefined) typeError(`argument should be integer or None, not '${typeName(v)}'`);
    return clampSize(index(v));
  }
  return clampSize(n);
}

function clampSize(n: number | bigint): number {
  if (typeof n === "bigint") {
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) {
      raiseError(E.OverflowError, "Python int too large to convert to C ssize_t");
    }
    return Number(n);
  }
  return n;
}

/** A required integer argument (`seek(pos)`), through __index__. */
export function intArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeOf(v).lookup("__index__") === undefined && intValue(v) === undefined) {
    typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return clampSize(index(v));
}

/** The bytes of a bytes-like object, or null. */
export function bytesLike(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  if (v instanceof PyMemoryView) return v.bytes();
  if (v instanceof PyBufferExporter) return v.bufferBytes();
  return null;
}

/** A bytes-like argument of write(): TypeError like CPython's buffer protocol otherwise. */
export function bufferArg(v: PyValue): Uint8Array {
  const d = bytesLike(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** A writable buffer (readinto's argument): the bytes to fill and how to commit them. */
export function writableBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  if (v instanceof PyBufferExporter) return v.bufferBytes();
  if (v instanceof PyMemoryView && !v.readonly && v.step === 1) {
    return v.base().subarray(v.start, v.start + v.length);
  }
  if (v instanceof PyBytes || v instanceof PyMemoryView) typeError("readinto() argument must be read-write bytes-like object, not " + typeName(v));
  typeError(`readinto() argument must be read-write bytes-like object, not ${typeName(v)}`);
}

/** The type name in Argument Clinic's messages ("must be str, not None"). */
export function clinicTypeName(v: PyValue): string {
  return v === None ? "None" : typeName(v);
}

export function newBytes(d: Uint8Array): PyBytes {
  return new PyBytes(d);
}

// ---- generic checks through Python attributes (for subclasses) ------------------------------------

/** `self._checkClosed()`: looks at the `closed` attribute, as subclasses may override it. */
export function checkClosedAttr(self: PyValue): void {
  if (truthy(getAttr(self, "closed"))) closedError();
}

function isClosedInternal(self: PyValue): boolean {
  return self instanceof IOObj ? self.closedFlag : false;
}

// ---- _IOBase --------------------------------------------------------------------------------------

function ioBaseNew(args: PyValue[]): PyValue {
  return new IOObj(args[0] as PyType);
}

function readlineGeneric(self: PyValue, limit: number): PyValue {
  const peek = getAttrOpt(self, "peek");
  const chunks: number[] = [];
  while (limit < 0 || chunks.length < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = call(peek, [1]);
      const d = bytesLike(ahead);
      if (d === null) E.raiseError(E.OSError, `peek() should have returned a bytes object, not '${typeName(ahead)}'`);
      if (d.length > 0) {
        let n = 0;
        while (n < d.length && (limit < 0 || n < limit - chunks.length)) {
          if (d[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const b = callMethod(self, "read", [nreadahead]);
    if (b === None) break;
    const d = bytesLike(b);
    if (d === null) E.raiseError(E.OSError, `read() should have returned a bytes object, not '${typeName(b)}'`);
    if (d.length === 0) break;
    for (let i = 0; i < d.length; i++) chunks.push(d[i]);
    if (chunks[chunks.length - 1] === 10) break;
  }
  return new PyBytes(Uint8Array.from(chunks));
}

/** readlines(hint=-1) in terms of iteration (CPython's _io__IOBase_readlines_impl). */
export function readlinesGeneric(self: PyValue, hintArg: PyValue | undefined): PyList {
  const hint = sizeArg(hintArg);
  const out: PyValue[] = [];
  const it = getIter(self);
  let total = 0;
  for (;;) {
    const line = iterNext(it);
    if (line === undefined) break;
    out.push(line);
    if (hint > 0) {
      // Stops once the total exceeds the hint (BytesIO stops when it reaches it).
      const n = lenOfLine(line);
      if (n > hint - total) break;
      total += n;
    }
  }
  return new PyList(out);
}

export function closedGetter(self: PyValue): PyValue {
  return isClosedInternal(self) ? True : False;
}

function initIOBase(): void {
  defNew(IOBaseType, ioBaseNew);
  defMethods(IOBaseType, {
    seek: () => unsupported("seek"),
    tell: (args) => callMethod(args[0], "seek", [0, 1]),
    truncate: () => unsupported("truncate"),
    flush(args) {
      if (isClosedInternal(args[0])) closedError();
      return None;
    },
    close(args) {
      const self = args[0];
      if (isClosedInternal(self)) return None;
      let err: unknown = null;
      try {
        callMethod(self, "flush", []);
      } catch (e) {
        err = e;
      }
      if (self instanceof IOObj) self.closedFlag = true;
      if (err !== null) throw err;
      return None;
    },
    seekable: () => False,
    readable: () => False,
    writable: () => False,
    _checkClosed(args) {
      checkClosedAttr(args[0]);
      return None;
    },
    _checkSeekable(args) {
      if (!truthy(callMethod(args[0], "seekable", []))) unsupported("File or stream is not seekable.");
      return True;
    },
    _checkReadable(args) {
      if (!truthy(callMethod(args[0], "readable", []))) unsupported("File or stream is not readable.");
      return True;
    },
    _checkWritable(args) {
      if (!truthy(callMethod(args[0], "writable", []))) unsupported("File or stream is not writable.");
      return True;
    },
    __enter__(args) {
      checkClosedAttr(args[0]);
      return args[0];
    },
    __exit__: (args) => callMethod(args[0], "close", []),
    fileno: () => unsupported("fileno"),
    isatty(args) {
      checkClosedAttr(args[0]);
      return False;
    },
    readline(args, kw) {
      const [size] = parseArgs("readline", args.slice(1), kw, ["size"], 0, 1);
      return readlineGeneric(args[0], sizeArg(size));
    },
    readlines(args, kw) {
      checkArgs("readlines", args, kw, 0, 1);
      return readlinesGeneric(args[0], args[1]);
    },
    writelines(args, kw) {
      checkArgs("writelines", args, kw, 1, 1);
      const self = args[0];
      checkClosedAttr(self);
      const it = getIter(args[1]);
      const write = getAttr(self, "write");
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) break;
        call(write, [x]);
      }
      return None;
    },
    __iter__(args) {
      checkClosedAttr(args[0]);
      return args[0];
    },
    __next__(args) {
      const v = (args[0] as IOObj).next();
      if (v === undefined) raiseError(E.StopIteration);
      return v;
    },
    __del__(args) {
      // CPython's iobase_finalize: close an open object, marking it as finalizing first (the
      // concrete types' close() then warns of the unclosed file).
      const self = args[0];
      let closed: boolean;
      try {
        closed = truthy(getAttr(self, "closed"));
      } catch {
        return None;
      }
      if (closed) return None;
      if (self instanceof IOObj && self.cls.lookup("_finalizing") !== undefined) self.finalizing = true;
      else {
        try {
          setAttr(self, "_finalizing", True);
        } catch {
          // as CPython: the attribute is only a hint
        }
      }
      try {
        callMethod(self, "close", []);
      } catch (e) {
        // As CPython (release build): reported only in dev mode, else silenced.
        if (truthy(sysFlag("dev_mode"))) writeUnraisable(e, self);
      }
      return None;
    },
  });
  defGetSet(IOBaseType, "closed", closedGetter);
  defGetSet(IOBaseType, "__dict__", (self) => ((self as PyObject).dict ??= new PyDict()));
}

// ---- _RawIOBase ---------------------------------------------------------------------------------

function initRawIOBase(): void {
  defMethods(RawIOBaseType, {
    read(args, kw) {
      checkArgs("read", args, kw, 0, 1);
      const self = args[0];
      const n = sizeArg(args[1]);
      if (n < 0) return callMethod(self, "readall", []);
      const b = new PyByteArray(new Uint8Array(n), n);
      const got = callMethod(self, "readinto", [b]);
      if (got === None) return None;
      const k = intArg(got);
      if (k < 0 || k > n) raiseError(E.ValueError, `readinto returned ${k} outside buffer size ${n}`);
      return new PyBytes(b.data.slice(0, k));
    },
    readall(args) {
      const parts: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const data = callMethod(args[0], "read", [DEFAULT_BUFFER_SIZE]);
        if (data === None) {
          if (parts.length === 0) return None;
          break;
        }
        const d = bytesLike(data);
        if (d === null) typeError("read() should return bytes");
        if (d.length === 0) break;
        parts.push(d.slice());
        total += d.length;
      }
      return new PyBytes(concatBytes(parts, total));
    },
  });
}

export function concatBytes(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

// ---- _BufferedIOBase ----------------------------------------------------------------------------

function bufferedReadinto(args: PyValue[], name: "read" | "read1"): PyValue {
  const buf = writableBuffer(args[1]);
  const data = callMethod(args[0], name, [buf.length]);
  const d = bytesLike(data);
  if (d === null) typeError("read() should return bytes");
  if (d.length > buf.length) {
    raiseError(E.ValueError, `read() returned too much data: ${buf.length} bytes requested, ${d.length} returned`);
  }
  buf.set(d);
  return d.length;
}

function initBufferedIOBase(): void {
  defMethods(BufferedIOBaseType, {
    detach: () => unsupported("detach"),
    read: () => unsupported("read"),
    read1: () => unsupported("read1"),
    write: () => unsupported("write"),
    readinto(args, kw) {
      checkArgs("readinto", args, kw, 1, 1);
      return bufferedReadinto(args, "read");
    },
    readinto1(args, kw) {
      checkArgs("readinto1", args, kw, 1, 1);
      return bufferedReadinto(args, "read1");
    },
  });
}

// ---- _TextIOBase --------------------------------------------------------------------------------

function initTextIOBase(): void {
  defMethods(TextIOBaseType, {
    detach: () => unsupported("detach"),
    read: () => unsupported("read"),
    readline: () => unsupported("readline"),
    write: () => unsupported("write"),
  });
  defGetSet(TextIOBaseType, "encoding", () => None);
  defGetSet(TextIOBaseType, "newlines", () => None);
  defGetSet(TextIOBaseType, "errors", () => None);
}

export function initIOBases(): void {
  initIOBase();
  initRawIOBase();
  initBufferedIOBase();
  initTextIOBase();
}

/** Checks that `self` is an instance of the native JS class a method needs. */
export function selfAs<T>(self: PyValue, ctor: abstract new (...a: never[]) => T, what: string): T {
  if (!(self instanceof ctor)) typeError(`descriptor requires a '_io.${what}' object but received a '${typeName(self)}'`);
  return self as T;
}

/** repr() of an attribute for the reprs of file objects, or null when the attribute is missing. */
export function attrOrNull(obj: PyValue, name: string): PyValue | null {
  try {
    const v = getAttrOpt(obj, name);
    return v === undefined ? null : v;
  } catch (e) {
    if (e instanceof PyBaseException && (isInstance(e, E.ValueError) || isInstance(e, E.AttributeError))) return null;
    throw e;
  }
}

export { strValue, newException };
