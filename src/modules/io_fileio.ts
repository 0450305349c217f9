// _io.FileIO (CPython's Modules/_io/fileio.c): raw, unbuffered I/O on a file descriptor, made
// of Node's synchronous fs calls.
//
// Node has no lseek(), so a FileIO keeps the file position itself and reads and writes with an
// explicit position (pread/pwrite) once it knows it. Descriptors handed in as numbers start in
// "kernel position" mode (position null: the OS's own offset, which a shell redirection such
// as `>>` or a parent process shares); a seek() switches them to explicit positions.

import * as fs from "fs";
import { call, callMethod, getAttrOpt, intValue, repr, setAttr, strValue, typeName, truthy } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { False, None, PyBytes, PyStrObj, PyType, PyValue, True, typeOf } from "../objects/types";
import {
  bufferArg, closedError, deallocWarn, DEFAULT_BUFFER_SIZE, fromNodeError, intArg, IOObj, osError, RawIOBaseType, sizeArg,
  unsupported, writableBuffer,
} from "./io_base";
import { filePositions, forgetFd, pipeRead, pipeWrite, readIfNonBlocking, writeIfNonBlocking } from "./fdwait";
import { nativeType } from "./registry";
import { fsEncode } from "./posix";
import { TypeFlag } from "../objects/object";
import { sleepCell } from "../vm/threads";
import { isatty } from "../vm/nodelib";

export const FileIOType = nativeType("_io", "FileIO", RawIOBaseType, TypeFlag.BASETYPE | TypeFlag.HAS_DICT);

export class FileIOObj extends IOObj {
  fd: number;
  readable: boolean;
  writable: boolean;
  appending: boolean;
  created: boolean;
  closefd: boolean;
  /** The position counted while reads and writes use the OS offset (see `pos`). */
  kernelPos: number;
  /** -1 unknown, 0 no, 1 yes. */
  seekableState: number;
  blksize: number;
  constructor(cls: PyType) {
    super(cls);
    this.fd = -1;
    this.readable = false;
    this.writable = false;
    this.appending = false;
    this.created = false;
    this.closefd = true;
    this.kernelPos = 0;
    this.seekableState = -1;
    this.blksize = DEFAULT_BUFFER_SIZE;
  }

  /**
   * Whether reads and writes pass the position explicitly (else the OS offset is used): the
   * descriptor has a position in `filePositions`, shared with os.lseek/os.read/os.write.
   */
  get usePos(): boolean {
    return filePositions.has(this.fd);
  }

  set usePos(on: boolean) {
    if (on) {
      if (!filePositions.has(this.fd)) filePositions.set(this.fd, this.kernelPos);
    } else if (filePositions.has(this.fd)) {
      this.kernelPos = filePositions.get(this.fd)!;
      filePositions.delete(this.fd);
    }
  }

  /** The file position (with the OS offset: the bytes read and written since it was known). */
  get pos(): number {
    return filePositions.get(this.fd) ?? this.kernelPos;
  }

  set pos(p: number) {
    if (filePositions.has(this.fd)) filePositions.set(this.fd, p);
    else this.kernelPos = p;
  }
}

/** Atomically sleeps (for retrying EAGAIN on a non-blocking descriptor). */
function napMs(ms: number): void {
  Atomics.wait(sleepCell(), 0, 0, ms);
}

function checkOpen(f: FileIOObj): void {
  if (f.fd < 0) closedError("I/O operation on closed file");
}

function checkReadable(f: FileIOObj): void {
  checkOpen(f);
  if (!f.readable) unsupported("File not open for reading");
}

function checkWritable(f: FileIOObj): void {
  checkOpen(f);
  if (!f.writable) unsupported("File not open for writing");
}

function modeString(f: FileIOObj): string {
  if (f.created) return f.readable ? "xb+" : "xb";
  if (f.appending) return f.readable ? "ab+" : "ab";
  if (f.readable) return f.writable ? "rb+" : "rb";
  return "wb";
}

/** os.fspath() of a file argument: str, bytes, or an os.PathLike's __fspath__(). */
export function fspath(v: PyValue): PyValue {
  if (typeof v === "string" || v instanceof PyStrObj || v instanceof PyBytes) return v;
  const f = typeOf(v).lookup("__fspath__");
  if (f === undefined) typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  const r = callMethod(v, "__fspath__", []);
  if (typeof r === "string" || r instanceof PyStrObj || r instanceof PyBytes) return r;
  typeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
}

function rethrow(e: unknown): never {
  throw fromNodeError(e);
}

/** Reads up to `n` bytes at the file's position; null when a non-blocking descriptor has none. */
export function fileRead(f: FileIOObj, buf: Uint8Array, off: number, n: number): number | null {
  if (!f.usePos) {
    // os.set_blocking(fd, False): what is there now, or null (EAGAIN).
    const now = readIfNonBlocking(f.fd, n, rethrow);
    if (now === null) return null;
    if (now !== undefined) {
      buf.set(now, off);
      return now.length;
    }
    const got = pipeRead(f.fd, n, null, (d) => {
      buf.set(d, off);
      return d.length;
    }, rethrow);
    if (got !== undefined) return got as number;
  }
  for (;;) {
    try {
      const got = fs.readSync(f.fd, buf, off, n, f.usePos ? f.pos : null);
      f.pos += got;
      return got;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        napMs(5);
        continue;
      }
      if (code === "EOF") return 0;
      throw fromNodeError(e);
    }
  }
}

/** Writes all of `data` (retrying partial writes and EAGAIN); returns the count written. */
export function fileWrite(f: FileIOObj, data: Uint8Array): number | null {
  if (!f.usePos) {
    // Non-blocking: what fits now, or null when nothing does (EAGAIN).
    const now = writeIfNonBlocking(f.fd, data, rethrow);
    if (now !== undefined) return now;
    const done = pipeWrite(f.fd, data, null, (k) => k, rethrow);
    if (done !== undefined) return done as number;
  }
  let off = 0;
  while (off < data.length) {
    try {
      const n = fs.writeSync(f.fd, data, off, data.length - off, f.usePos && !f.appending ? f.pos : null);
      off += n;
      f.pos += n;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        napMs(1);
        continue;
      }
      throw fromNodeError(e);
    }
  }
  return off;
}

export function fileReadAll(f: FileIOObj): Uint8Array | null {
  let size = DEFAULT_BUFFER_SIZE;
  try {
    const st = fs.fstatSync(f.fd);
    if (st.isFile() && st.size >= f.pos) size = st.size - f.pos + 1;
  } catch {
    // fall back to growing reads
  }
  let buf = new Uint8Array(Math.max(size, 1));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      const nb = new Uint8Array(buf.length * 2 + DEFAULT_BUFFER_SIZE);
      nb.set(buf);
      buf = nb;
    }
    const n = fileRead(f, buf, len, buf.length - len);
    if (n === null) {
      if (len === 0) return null;
      break;
    }
    if (n === 0) break;
    len += n;
  }
  return buf.subarray(0, len);
}

function isSeekable(f: FileIOObj): boolean {
  if (f.seekableState < 0) {
    try {
      const st = fs.fstatSync(f.fd);
      f.seekableState = st.isFile() || st.isBlockDevice() || (st.isCharacterDevice() && !isatty(f.fd)) ? 1 : 0;
    } catch {
      f.seekableState = 0;
    }
  }
  return f.seekableState === 1;
}

function fileSize(f: FileIOObj): number {
  try {
    return fs.fstatSync(f.fd).size;
  } catch (e) {
    throw fromNodeError(e);
  }
}

/**
 * Positions are kept here (see `pos`), so seek and tell make no system call; they check the
 * descriptor as lseek would (EBADF once it was closed behind the file object's back).
 */
function checkDescriptor(f: FileIOObj): void {
  try {
    fs.fstatSync(f.fd);
  } catch (e) {
    throw fromNodeError(e);
  }
}

export function fileSeek(f: FileIOObj, pos: number, whence: number): number {
  checkOpen(f);
  checkDescriptor(f);
  if (!isSeekable(f)) throw osError("ESPIPE");
  let target: number;
  switch (whence) {
    case 0: target = pos; break;
    case 1: target = f.pos + pos; break;
    case 2: target = fileSize(f) + pos; break;
    default: throw osError("EINVAL");
  }
  if (target < 0) throw osError("EINVAL");
  f.pos = target;
  f.usePos = true;
  return target;
}

export function fileTell(f: FileIOObj): number {
  checkOpen(f);
  checkDescriptor(f);
  if (!isSeekable(f)) throw osError("ESPIPE");
  return f.pos;
}

export function fileClose(f: FileIOObj): void {
  if (f.fd < 0) return;
  const fd = f.fd;
  f.kernelPos = f.pos;
  f.fd = -1;
  f.closedFlag = true;
  if (f.closefd) {
    forgetFd(fd);
    filePositions.delete(fd);
    try {
      fs.closeSync(fd);
    } catch (e) {
      throw fromNodeError(e);
    }
  }
}

const O = fs.constants;

/**
 * Whether `path` names a pipe through a descriptor link of /proc (as /dev/stdin does when
 * standard input is a pipe). Linux's open() of one for reading waits until the pipe has a
 * writer, which for a pipe whose writers have all closed (a parent that already wrote its input
 * and closed it) is forever; such a path is opened non-blocking instead (reads of it still wait:
 * fileRead retries EAGAIN), so it reads the bytes left in the pipe and then end of file.
 */
function isPipeByDescriptor(path: string | Buffer): boolean {
  let p = path.toString();
  for (let hops = 0; hops < 8; hops++) {
    if (/^\/proc\/(self|\d+)\/fd\/\d+$/.test(p)) {
      try {
        return fs.statSync(p).isFIFO();
      } catch {
        return false;
      }
    }
    let target: string;
    try {
      target = fs.readlinkSync(p);
    } catch {
      return false;
    }
    p = target.startsWith("/") ? target : p.slice(0, p.lastIndexOf("/") + 1) + target;
  }
  return false;
}

/** FileIO.__init__(file, mode='r', closefd=True, opener=None) */
export function fileInit(f: FileIOObj, file: PyValue, modeArg: PyValue, closefdArg: PyValue, opener: PyValue): void {
  if (f.fd >= 0) {
    if (f.closefd) fileClose(f);
    else f.fd = -1;
  }
  let fd = -1;
  if (typeof file === "number" || typeof file === "bigint" || (typeof file === "object" && !(file instanceof PyBytes) &&
      typeOf(file).name !== "float" && intValue(file) !== undefined)) {
    fd = Number(intValue(file));
    if (fd < 0) raiseError(E.ValueError, "negative file descriptor");
  }
  let path: PyValue | null = null;
  if (fd < 0) path = fspath(file);
  const mode = strValue(modeArg);
  if (mode === undefined) typeError(`FileIO() argument 'mode' must be str, not ${typeName(modeArg)}`);
  let rwa = false;
  let plus = false;
  let readable = false;
  let writable = false;
  let created = false;
  let appending = false;
  let flags = 0;
  const badMode = (): never => raiseError(E.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  for (const c of mode) {
    switch (c) {
      case "x":
        if (rwa) badMode();
        rwa = true;
        created = writable = true;
        flags |= O.O_EXCL | O.O_CREAT;
        break;
      case "r":
        if (rwa) badMode();
        rwa = true;
        readable = true;
        break;
      case "w":
        if (rwa) badMode();
        rwa = true;
        writable = true;
        flags |= O.O_CREAT | O.O_TRUNC;
        break;
      case "a":
        if (rwa) badMode();
        rwa = true;
        writable = appending = true;
        flags |= O.O_APPEND | O.O_CREAT;
        break;
      case "b":
        break;
      case "+":
        if (plus) badMode();
        readable = writable = plus = true;
        break;
      default:
        raiseError(E.ValueError, `invalid mode: ${mode}`);
    }
  }
  if (!rwa) badMode();
  if (readable && writable) flags |= O.O_RDWR;
  else if (readable) flags |= O.O_RDONLY;
  else flags |= O.O_WRONLY;
  flags |= (O as unknown as Record<string, number>).O_CLOEXEC ?? 0;
  f.readable = readable;
  f.writable = writable;
  f.created = created;
  f.appending = appending;
  f.seekableState = -1;
  f.pos = 0;
  const closefd = truthy(closefdArg);
  if (fd >= 0) {
    f.fd = fd;
    f.closefd = closefd;
    // Descriptors other than the standard ones were most likely just opened (os.open): at 0,
    // or where os.lseek put them.
  } else {
    f.closefd = true;
    if (!closefd) raiseError(E.ValueError, "Cannot use closefd=False with file name");
    const p = path!;
    const pathStr = p instanceof PyBytes ? Buffer.from(p.data) : fsEncode(typeof p === "string" ? p : (p as PyStrObj).value);
    if (typeof pathStr === "string" ? pathStr.includes("\0") : pathStr.includes(0)) raiseError(E.ValueError, "embedded null byte");
    if (opener === None) {
      try {
        fd = fs.openSync(pathStr, readable && !writable && isPipeByDescriptor(pathStr) ? flags | O.O_NONBLOCK : flags, 0o666);
      } catch (e) {
        throw fromNodeError(e, p);
      }
    } else {
      const r = call(opener, [p, flags]);
      const n = intValue(r);
      if (n === undefined) typeError("expected integer from opener");
      fd = Number(n);
      if (fd < 0) raiseError(E.ValueError, `opener returned ${fd}`);
    }
    f.fd = fd;
    // A new descriptor starts at 0 (whatever an earlier one of that number left behind).
    filePositions.set(fd, 0);
  }
  try {
    const st = fs.fstatSync(f.fd);
    if (st.isDirectory()) {
      const err = osError("EISDIR", path ?? file);
      if (path !== null) fileClose(f);
      f.fd = -1;
      throw err;
    }
    if (st.blksize > 1) f.blksize = st.blksize;
    // A pipe, socket or terminal opened by name has no position to read or write at.
    if (!st.isFile() && !st.isBlockDevice()) f.usePos = false;
    if (appending) {
      f.pos = st.size;
      f.usePos = true;
    }
  } catch (e) {
    if (e instanceof E.PyBaseException) throw e;
    const err = fromNodeError(e);
    if ((e as NodeJS.ErrnoException).code === "EBADF") {
      f.fd = -1;
      throw err;
    }
  }
  f.closedFlag = false;
  if (!(f.cls.flags & TypeFlag.HEAPTYPE)) {
    (f.dict ??= new PyDict()).set("name", file);
    return;
  }
  // Through the attribute protocol, as CPython: a subclass's __setattr__ may refuse. The
  // descriptor is then closed if this call opened it, else only forgotten.
  try {
    setAttr(f, "name", file);
  } catch (e) {
    if (path === null) f.fd = -1;
    else fileClose(f);
    throw e;
  }
}

function self(v: PyValue): FileIOObj {
  if (!(v instanceof FileIOObj)) typeError(`descriptor requires a '_io.FileIO' object but received a '${typeName(v)}'`);
  return v;
}

export function initFileIO(): void {
  defNew(FileIOType, (args) => new FileIOObj(args[0] as PyType));
  defMethods(FileIOType, {
    __init__(args, kw) {
      const [file, mode, closefd, opener] = parseArgs("FileIO", args.slice(1), kw, ["file", "mode", "closefd", "opener"], 1);
      fileInit(self(args[0]), file!, mode ?? "r", closefd ?? True, opener ?? None);
      return None;
    },
    read(args, kw) {
      checkArgs("read", args, kw, 0, 1);
      const f = self(args[0]);
      checkReadable(f);
      const n = sizeArg(args[1]);
      if (n < 0) {
        const all = fileReadAll(f);
        return all === null ? None : new PyBytes(all.slice());
      }
      const buf = new Uint8Array(n);
      const got = n === 0 ? 0 : fileRead(f, buf, 0, n);
      if (got === null) return None;
      return new PyBytes(got === n ? buf : buf.slice(0, got));
    },
    readall(args, kw) {
      checkArgs("readall", args, kw, 0, 0);
      const f = self(args[0]);
      checkOpen(f);
      const all = fileReadAll(f);
      return all === null ? None : new PyBytes(all.slice());
    },
    readinto(args, kw) {
      checkArgs("readinto", args, kw, 1, 1);
      const f = self(args[0]);
      checkReadable(f);
      const buf = writableBuffer(args[1]);
      return buf.length === 0 ? 0 : fileRead(f, buf, 0, buf.length) ?? None;
    },
    write(args, kw) {
      checkArgs("write", args, kw, 1, 1);
      const f = self(args[0]);
      checkWritable(f);
      const data = bufferArg(args[1]);
      return fileWrite(f, data) ?? None;
    },
    seek(args, kw) {
      checkArgs("seek", args, kw, 1, 2);
      const f = self(args[0]);
      checkOpen(f);
      const pos = args[1];
      if (typeof pos === "object" && typeOf(pos).name === "float") typeError("an integer is required");
      return fileSeek(f, intArg(pos), args.length > 2 ? intArg(args[2]) : 0);
    },
    tell(args, kw) {
      checkArgs("tell", args, kw, 0, 0);
      return fileTell(self(args[0]));
    },
    truncate(args, kw) {
      checkArgs("truncate", args, kw, 0, 1);
      const f = self(args[0]);
      checkWritable(f);
      const size = args.length > 1 && args[1] !== None ? intArg(args[1]) : fileTell(f);
      if (size < 0) throw osError("EINVAL");
      try {
        fs.ftruncateSync(f.fd, size);
      } catch (e) {
        throw fromNodeError(e);
      }
      return size;
    },
    close(args, kw) {
      checkArgs("close", args, kw, 0, 0);
      const f = self(args[0]);
      // _RawIOBase.close() (flush through the Python method, for subclasses) then the descriptor.
      let err: unknown = null;
      if (f.fd >= 0) {
        try {
          callMethod(f, "flush", []);
        } catch (e) {
          err = e;
        }
      }
      if (f.finalizing && f.closefd && f.fd >= 0) deallocWarn(f);
      fileClose(f);
      if (err !== null) throw err;
      return None;
    },
    _dealloc_warn(args) {
      const f = self(args[0]);
      if (f.fd >= 0 && f.closefd) deallocWarn(args[1] ?? None);
      return None;
    },
    seekable(args, kw) {
      checkArgs("seekable", args, kw, 0, 0);
      const f = self(args[0]);
      checkOpen(f);
      return isSeekable(f) ? True : False;
    },
    readable(args, kw) {
      checkArgs("readable", args, kw, 0, 0);
      const f = self(args[0]);
      checkOpen(f);
      return f.readable ? True : False;
    },
    writable(args, kw) {
      checkArgs("writable", args, kw, 0, 0);
      const f = self(args[0]);
      checkOpen(f);
      return f.writable ? True : False;
    },
    fileno(args, kw) {
      checkArgs("fileno", args, kw, 0, 0);
      const f = self(args[0]);
      checkOpen(f);
      return f.fd;
    },
    isatty(args, kw) {
      checkArgs("isatty", args, kw, 0, 0);
      const f = self(args[0]);
      checkOpen(f);
      return isatty(f.fd) ? True : False;
    },
    flush(args) {
      const f = self(args[0]);
      checkOpen(f);
      return None;
    },
    __repr__(args) {
      const f = self(args[0]);
      const tn = "_io.FileIO";
      if (f.fd < 0) return `<${tn} [closed]>`;
      const name = f.dict?.getStr("name") ?? getAttrOpt(f, "name");
      const cf = f.closefd ? "True" : "False";
      if (name === undefined) return `<${tn} fd=${f.fd} mode='${modeString(f)}' closefd=${cf}>`;
      return `<${tn} name=${repr(name)} mode='${modeString(f)}' closefd=${cf}>`;
    },
    __getstate__(args) {
      typeError(`cannot pickle '${typeName(args[0])}' object`);
    },
  });
  defGetSet(FileIOType, "closed", (v) => (self(v).fd < 0 ? True : False));
  defGetSet(FileIOType, "closefd", (v) => (self(v).closefd ? True : False));
  defGetSet(FileIOType, "mode", (v) => modeString(self(v)));
  defGetSet(FileIOType, "_blksize", (v) => self(v).blksize);
  defGetSet(FileIOType, "_finalizing", (v) => (self(v).finalizing ? True : False));
}

export function fileMode(f: FileIOObj): string {
  return modeString(f);
}

export function fileIsatty(f: FileIOObj): boolean {
  return f.fd >= 0 && isatty(f.fd);
}

export { isSeekable as fileSeekable, checkOpen as fileCheckOpen };
