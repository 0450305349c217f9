// posix: the operating system interface that os.py re-exports (CPython's Modules/posixmodule.c),
// made of Node's synchronous fs, os and process APIs.
//
// Node lacks a few system calls; they are emulated with Linux's /proc:
//   - dir_fd=N: a relative path is resolved under /proc/self/fd/N (the directory's own path);
//   - listdir/scandir of an fd: /proc/self/fd/N;
//   - lseek: positions of seeked fds are kept here and reads/writes on them become pread/pwrite;
//     the starting position comes from /proc/self/fdinfo/N;
//   - dup/dup2: reopening /proc/self/fd/N (a new open file description: the offset is not shared);
//   - pipe: a FIFO made with mkfifo(1), opened at both ends and unlinked;
//   - get_blocking: the O_NONBLOCK bit of /proc/self/fdinfo/N; set_blocking(False) is recorded for
//     pipes (fdwait.ts: their reads and writes then do not wait), not supported otherwise.
// Errors are OSError subclasses with errno, strerror and filename(s), as CPython raises them.

import * as fs from "fs";
import * as os from "os";
import {
  call, callDescr, getAttr, index, intValue, isInstance, PyIter, strValue, truthy, typeName,
} from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { clinicArgs, defClassMethod, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { bufferData } from "../objects/pyint";
import { makeGenericAlias } from "../objects/genericalias";
import { PyDict } from "../objects/pydict";
import { makeStructSeq, newStructSeqType } from "../objects/structseq";
import {
  bool, False, floatType, None, PyByteArray, PyBytes, PyFloat, PyList, PyObject, PyTuple, PyValue, True, typeOf,
} from "../objects/types";
import { ERRNO_CODES, errnoOf, strerror } from "./errno";
import { closePidfd, isChild, openPidfd, takeExited, withStdFdsOpen } from "./childproc";
import { filePositions, forgetFd, inheritable, nonBlockingPipes, pipeRead, pipeWrite, readIfNonBlocking, socketFds, writeIfNonBlocking } from "./fdwait";
import { CONFSTR_NAMES, PATHCONF_NAMES, POSIX_CONSTANTS, SYSCONF_NAMES } from "./posixdata";
import { defFunctions, defineModule, nativeType } from "./registry";
import { killSelf } from "./signal";
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from "./stat";
import { block } from "../vm/threads";
import { isatty, nodeChildProcess, nodeCrypto, nodeTty } from "../vm/nodelib";
import { timeNs } from "./time";
import { warn } from "./warnings";
import { bytesDecode, strEncode } from "../objects/strcodecs";
import { writeUnraisable } from "./gc";
import { trackFinalizer } from "../objects/finalize";
import { spawnForOs } from "./posixsubprocess";

// ---- errors ----------------------------------------------------------------------------------------


/** The errno of an error thrown by Node's fs/process (EIO when it carries none). */
function nodeErrno(e: unknown): number {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.errno === "number" && err.errno < 0) return -err.errno;
  const code = err?.code;
  if (typeof code === "string") return errnoOf(code);
  return 5;
}

/** An OSError (the subclass for the errno) with optional filenames. */
export function osError(errno: number, filename?: PyValue, filename2?: PyValue): E.PyBaseException {
  const args: PyValue[] = [errno, strerror(errno)];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  return call(E.OSError, args) as E.PyBaseException;
}

/** Runs a Node call, turning what it throws into the OSError CPython would raise. */
function sys<T>(f: () => T, filename?: PyValue, filename2?: PyValue): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof E.PyBaseException) throw e;
    if (e instanceof RangeError && e.message.includes("call stack")) throw e;
    throw osError(nodeErrno(e), filename, filename2);
  }
}

// ---- arguments -------------------------------------------------------------------------------------

/** A path argument (CPython's path_t): its text for Node, and what error messages show. */
interface Path {
  /** What Node gets: a string, or a Buffer for bytes paths (names need not be UTF-8). */
  node: string | Buffer;
  isBytes: boolean;
  /** The fd, when an int was given and the function accepts one. */
  fd: number | null;
  /** The original argument, for OSError.filename. */
  obj: PyValue;
}

function bytesData(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  return undefined;
}

function newBytes(b: Uint8Array): PyBytes {
  return new PyBytes(new Uint8Array(b));
}

/** os.fspath: str and bytes pass, others go through __fspath__. */
export function fspath(v: PyValue): PyValue {
  if (strValue(v) !== undefined || v instanceof PyBytes) return v;
  const f = typeOf(v).lookup("__fspath__");
  if (f === undefined || f === None) typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  const r = callDescr(f, v, []);
  if (strValue(r) === undefined && !(r instanceof PyBytes)) {
    typeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  return r;
}

function pathArg(fname: string, argname: string, v: PyValue, allowFd = false, allowNone = false): Path {
  if (allowNone && v === None) return { node: ".", isBytes: false, fd: null, obj: v };
  if (allowFd && intValue(v) !== undefined) {
    const fd = Number(intValue(v));
    return { node: `/proc/self/fd/${fd}`, isBytes: false, fd, obj: v };
  }
  let p: PyValue = v;
  if (strValue(v) === undefined && !(v instanceof PyBytes)) {
    const f = typeOf(v).lookup("__fspath__");
    if (f === undefined || f === None) {
      const kinds = allowFd ? (allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer")
        : (allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
      const msg = `${fname}: ${argname} should be ${kinds}, not ${typeName(v)}`;
      // Other bytes-like objects (bytearray, memoryview...) still work in 3.11, deprecated.
      const buf = typeof v === "object" ? bufferData(v) : null;
      if (buf === null) typeError(msg);
      warn(msg, E.excTypes["DeprecationWarning"], 1);
      if (buf.includes(0)) raiseError(E.ValueError, "embedded null byte");
      return { node: Buffer.from(buf), isBytes: true, fd: null, obj: v };
    }
    p = callDescr(f, v, []);
    if (strValue(p) === undefined && !(p instanceof PyBytes)) {
      typeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(p)}`);
    }
  }
  const s = strValue(p);
  if (s !== undefined) {
    if (s.includes("\0")) raiseError(E.ValueError, "embedded null byte");
    return { node: fsEncode(s), isBytes: false, fd: null, obj: v };
  }
  const data = (p as PyBytes).data;
  if (data.includes(0)) raiseError(E.ValueError, "embedded null byte");
  return { node: Buffer.from(data), isBytes: true, fd: null, obj: v };
}

/** The path Node should use, resolving a relative path under dir_fd. */
function atPath(p: Path, dirFd: number | null): string | Buffer {
  if (dirFd === null || p.fd !== null) return p.node;
  const text = typeof p.node === "string" ? p.node : p.node.toString("latin1");
  if (text.startsWith("/")) return p.node;
  const prefix = `/proc/self/fd/${dirFd}/`;
  return typeof p.node === "string" ? prefix + p.node : Buffer.concat([Buffer.from(prefix), p.node]);
}

function dirFdArg(v: PyValue | undefined): number | null {
  if (v === undefined || v === None) return null;
  const i = intValue(v);
  if (i === undefined) typeError(`argument should be integer or None, not ${typeName(v)}`);
  return Number(i);
}

function fdArg(v: PyValue): number {
  const i = index(v);
  if (i > 2 ** 31 - 1) raiseError(E.OverflowError, "fd is greater than maximum");
  if (i < -(2 ** 31)) raiseError(E.OverflowError, "fd is less than minimum");
  return Number(i);
}

function intArg(v: PyValue): number {
  const i = index(v);
  if (i > 2 ** 31 - 1) raiseError(E.OverflowError, "signed integer is greater than maximum");
  if (i < -(2 ** 31)) raiseError(E.OverflowError, "signed integer is less than minimum");
  return Number(i);
}

function boolArg(v: PyValue | undefined, dflt: boolean): boolean {
  return v === undefined ? dflt : truthy(v);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A file name from the OS as str: UTF-8, undecodable bytes as lone surrogates (os.fsdecode). */
export function fsDecode(b: Uint8Array): string {
  try {
    return strictUtf8.decode(b);
  } catch {
    return bytesDecode(b, "utf-8", "surrogateescape");
  }
}

function strictUtf8Ok(b: Uint8Array): boolean {
  try {
    strictUtf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

/** The working directory's bytes (process.cwd() would decode a name that is not UTF-8 lossily). */
function currentDir(): Buffer {
  try {
    return fs.readlinkSync("/proc/self/cwd", { encoding: "buffer" });
  } catch {
    return Buffer.from(sys(() => process.cwd()));
  }
}

/** A str path for Node: UTF-8, lone surrogates U+DC80..U+DCFF back to their bytes (os.fsencode). */
export function fsEncode(s: string): string | Buffer {
  if (!/[\ud800-\udfff]/.test(s)) return s;
  return Buffer.from(strEncode(s, "utf-8", "surrogateescape"));
}

function toName(s: string | Buffer, asBytes: boolean): PyValue {
  if (asBytes) return newBytes(typeof s === "string" ? Buffer.from(s) : s);
  return typeof s === "string" ? s : fsDecode(s);
}

// ---- result types ----------------------------------------------------------------------------------

export const statResultType = newStructSeqType({
  module: "os",
  name: "stat_result",
  doc: "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.",
  fields: [
    ["st_mode", "protection bits"], ["st_ino", "inode"], ["st_dev", "device"], ["st_nlink", "number of hard links"],
    ["st_uid", "user ID of owner"], ["st_gid", "group ID of owner"], ["st_size", "total size, in bytes"],
    [null, "integer time of last access"], [null, "integer time of last modification"],
    [null, "integer time of last change"],
    ["st_atime", "time of last access"], ["st_mtime", "time of last modification"],
    ["st_ctime", "time of last change"], ["st_atime_ns", "time of last access in nanoseconds"],
    ["st_mtime_ns", "time of last modification in nanoseconds"], ["st_ctime_ns", "time of last change in nanoseconds"],
    ["st_blksize", "blocksize for filesystem I/O"], ["st_blocks", "number of blocks allocated"],
    ["st_rdev", "device type (if inode device)"],
  ],
  nInSequence: 10,
  // Made from a 10-tuple, the float times default to the integer ones (CPython's statresult_new).
  fixup: (values) => {
    for (let i = 7; i < 10; i++) if (values[i + 3] === None) values[i + 3] = values[i];
  },
});

const terminalSizeType = newStructSeqType({
  module: "os", name: "terminal_size", doc: "A tuple of (columns, lines) for holding terminal window size",
  fields: [["columns", "width of the terminal window in characters"], ["lines", "height of the terminal window in characters"]],
  nInSequence: 2,
});

const unameResultType = newStructSeqType({
  module: "posix", name: "uname_result",
  doc: "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.",
  fields: [["sysname", "operating system name"], ["nodename", "name of machine on network (implementation-defined)"],
    ["release", "operating system release"], ["version", "operating system version"], ["machine", "hardware identifier"]],
  nInSequence: 5,
});

const timesResultType = newStructSeqType({
  module: "posix", name: "times_result",
  doc: "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
  fields: [["user", "user time"], ["system", "system time"], ["children_user", "user time of children"],
    ["children_system", "system time of children"], ["elapsed", "elapsed time since an arbitrary point in the past"]],
  nInSequence: 5,
});

export const statvfsResultType = newStructSeqType({
  module: "os",
  name: "statvfs_result",
  doc: "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
  fields: [
    ["f_bsize", ""], ["f_frsize", ""], ["f_blocks", ""], ["f_bfree", ""], ["f_bavail", ""], ["f_files", ""],
    ["f_ffree", ""], ["f_favail", ""], ["f_flag", ""], ["f_namemax", ""], ["f_fsid", ""],
  ],
  nInSequence: 10,
});

/** statvfs's mount flags (ST_*) from the mount options of /proc/self/mountinfo. */
const MOUNT_FLAGS: Record<string, number> = {
  ro: 1, nosuid: 2, nodev: 4, noexec: 8, sync: 16, mand: 64, noatime: 1024, nodiratime: 2048, relatime: 4096,
};

function mountFlags(dev: bigint): number {
  const major = (dev >> 8n) & 0xfffn;
  const minor = (dev & 0xffn) | ((dev >> 12n) & 0xfff00n);
  let text: string;
  try {
    text = fs.readFileSync("/proc/self/mountinfo", "utf8");
  } catch {
    return 0;
  }
  // The last mount of the device is the one in effect.
  let flags = 0;
  for (const line of text.split("\n")) {
    const f = line.split(" ");
    if (f.length < 6 || f[2] !== `${major}:${minor}`) continue;
    flags = 0;
    for (const o of f[5].split(",")) flags |= MOUNT_FLAGS[o] ?? 0;
  }
  return flags;
}

/**
 * statvfs from Node's statfs and stat: Linux's fragment size is the block size and the inodes
 * free to unprivileged users are all free ones (as glibc reports); the name limit is 255 and the
 * filesystem id, which Node does not give, 0.
 */
function statvfsOf(target: string | Buffer, obj: PyValue | undefined): PyValue {
  const sf = sys(() => fs.statfsSync(target, { bigint: true }), obj);
  const st = sys(() => fs.statSync(target, { bigint: true }), obj);
  return makeStructSeq(statvfsResultType, [pyInt(sf.bsize), pyInt(sf.bsize), pyInt(sf.blocks), pyInt(sf.bfree),
    pyInt(sf.bavail), pyInt(sf.files), pyInt(sf.ffree), pyInt(sf.ffree), mountFlags(st.dev), 255, 0]);
}

function pyInt(b: bigint): PyValue {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

function floatTime(ns: bigint): PyFloat {
  const sec = ns / 1000000000n - (ns % 1000000000n < 0n ? 1n : 0n);
  const nsec = ns - sec * 1000000000n;
  return new PyFloat(Number(sec) + Number(nsec) * 1e-9);
}

export function makeStatResult(s: fs.BigIntStats): PyValue {
  const secs = (ns: bigint) => pyInt(ns / 1000000000n - (ns % 1000000000n < 0n ? 1n : 0n));
  // The file an AF_UNIX socket was bound to (a regular empty file stands in for it) is a socket.
  const mode = s.isFile() && s.size === 0n && socketFds.isSocketFile(s.dev, s.ino, s.ctimeNs) ? (s.mode & ~0o170000n) | 0o140000n : s.mode;
  return makeStructSeq(statResultType, [
    pyInt(mode), pyInt(s.ino), pyInt(s.dev), pyInt(s.nlink), pyInt(s.uid), pyInt(s.gid), pyInt(s.size),
    secs(s.atimeNs), secs(s.mtimeNs), secs(s.ctimeNs),
    floatTime(s.atimeNs), floatTime(s.mtimeNs), floatTime(s.ctimeNs),
    pyInt(s.atimeNs), pyInt(s.mtimeNs), pyInt(s.ctimeNs),
    pyInt(s.blksize), pyInt(s.blocks), pyInt(s.rdev),
  ]);
}

function doStat(p: Path, dirFd: number | null, follow: boolean): fs.BigIntStats {
  if (p.fd !== null) return sys(() => fs.fstatSync(p.fd!, { bigint: true }), p.obj);
  const target = atPath(p, dirFd);
  return sys(() => (follow ? fs.statSync(target, { bigint: true }) : fs.lstatSync(target, { bigint: true })), p.obj);
}

// ---- file positions (Node has no lseek) -----------------------------------------------------------------

/** Positions of the fds that lseek (or FileIO) has moved; reads and writes on them use explicit offsets. */
const filePos = filePositions;

function fdinfo(fd: number): { pos: number; flags: number } | null {
  try {
    const text = fs.readFileSync(`/proc/self/fdinfo/${fd}`, "latin1");
    const pos = /^pos:\s*(\d+)/m.exec(text);
    const flags = /^flags:\s*([0-7]+)/m.exec(text);
    return { pos: pos ? Number(pos[1]) : 0, flags: flags ? parseInt(flags[1], 8) : 0 };
  } catch {
    return null;
  }
}

function lseek(fd: number, pos: number, how: number): number {
  const st = sys(() => fs.fstatSync(fd));
  if (st.isFIFO() || st.isSocket()) throw osError(29);
  let base: number;
  if (how === 0) base = 0;
  else if (how === 1) base = filePos.get(fd) ?? fdinfo(fd)?.pos ?? 0;
  else if (how === 2) base = st.size;
  else throw osError(22);
  const to = base + pos;
  if (to < 0) throw osError(22);
  filePos.set(fd, to);
  return to;
}

function rethrowAsOSError(e: unknown): never {
  return sys(() => {
    throw e;
  });
}

function readFd(fd: number, n: number): Uint8Array {
  const buf = Buffer.alloc(n);
  const pos = filePos.get(fd);
  const got = sys(() => fs.readSync(fd, buf, 0, n, pos === undefined ? null : pos));
  if (pos !== undefined) filePos.set(fd, pos + got);
  return buf.subarray(0, got);
}

function writeFd(fd: number, data: Uint8Array): number {
  const pos = filePos.get(fd);
  const n = sys(() => fs.writeSync(fd, data, 0, data.length, pos === undefined ? null : pos));
  if (pos !== undefined) {
    const info = fdinfo(fd);
    // O_APPEND writes land at the end whatever the offset says.
    filePos.set(fd, info !== null && info.flags & 0o2000 ? fs.fstatSync(fd).size : pos + n);
  }
  return n;
}

/** Opens /proc/self/fd/N again: a new descriptor for the same file (dup without a shared offset). */
/**
 * The descriptor a child process should get for `fd`: itself, unless Typhon keeps a position for
 * it (the lseek emulation) that differs from the kernel's offset; then a new descriptor of the
 * same file whose offset is that position (listed in `opened`, for closing after the spawn).
 */
export function descriptorForChild(fd: number, opened: number[]): number {
  const pos = filePos.get(fd);
  if (pos === undefined) return fd;
  const info = fdinfo(fd);
  if (info === null || info.pos === pos) return fd;
  const access = info.flags & 0o3;
  let nfd: number;
  try {
    // Read access is needed to move the new offset forward (by reading up to it).
    nfd = fs.openSync(`/proc/self/fd/${fd}`, (pos > 0 && access === 1 ? 2 : access) | (info.flags & 0o2000));
  } catch {
    return fd;
  }
  opened.push(nfd);
  try {
    const buf = Buffer.alloc(Math.min(pos, 1 << 20));
    for (let left = pos; left > 0;) {
      const n = fs.readSync(nfd, buf, 0, Math.min(left, buf.length), null);
      if (n === 0) break;
      left -= n;
    }
  } catch {
    // Not readable: the child starts at the beginning.
  }
  return nfd;
}

function reopen(fd: number): number {
  const info = fdinfo(fd);
  if (info === null) throw osError(9);
  const flags = info.flags & (0o3 | 0o2000 | 0o4000);
  const st = sys(() => fs.fstatSync(fd));
  const nfd = sys(() => fs.openSync(`/proc/self/fd/${fd}`, flags));
  const pos = filePos.get(fd) ?? info.pos;
  if (st.isFile() && pos !== 0) filePos.set(nfd, pos);
  return nfd;
}

function dup2(fd: number, fd2: number): number {
  if (fd === fd2) {
    sys(() => fs.fstatSync(fd));
    return fd2;
  }
  sys(() => fs.fstatSync(fd));
  try {
    fs.closeSync(fd2);
  } catch {
    // fd2 was not open.
  }
  filePos.delete(fd2);
  // Linux hands out the lowest free descriptor: open until fd2 comes, closing the others.
  const extra: number[] = [];
  try {
    for (;;) {
      const n = reopen(fd);
      if (n === fd2) return fd2;
      if (n > fd2) {
        fs.closeSync(n);
        filePos.delete(n);
        throw osError(24);
      }
      extra.push(n);
    }
  } finally {
    for (const n of extra) {
      fs.closeSync(n);
      filePos.delete(n);
    }
  }
}

/**
 * mkfifo(path, mode): Node has no mkfifo(2), so mkfifo(1) makes it, with the mode the process
 * umask leaves; its error message gives the errno (reported without the file name, as CPython).
 */
function makeFifo(target: string | Buffer, mode: number): void {
  const mask = process.umask(0);
  process.umask(mask);
  // A dir_fd path (/proc/self/fd/N/...) must name this process's descriptor, not the child's.
  let arg = target.toString();
  if (arg.startsWith("/proc/self/")) arg = `/proc/${process.pid}/${arg.slice(11)}`;
  const r = withStdFdsOpen(() => nodeChildProcess().spawnSync("mkfifo", ["-m", (mode & ~mask & 0o7777).toString(8), "--", arg],
    { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" }));
  if (r.status === 0) return;
  const msg = typeof r.stderr === "string" ? r.stderr : "";
  for (let errno = 1; errno < 134; errno++) {
    if (msg.includes(`: ${strerror(errno)}`)) throw osError(errno);
  }
  throw osError(5);
}

let fifoCounter = 0;

/** FIFOs made ahead (running mkfifo costs tens of milliseconds: it makes several at once). */
const fifoPool: string[] = [];
const FIFO_BATCH = 8;

function freshFifo(): string {
  if (fifoPool.length === 0) {
    const paths: string[] = [];
    for (let k = 0; k < FIFO_BATCH; k++) paths.push(`${os.tmpdir()}/.typhon-pipe-${process.pid}-${fifoCounter++}`);
    const r = withStdFdsOpen(() => nodeChildProcess().spawnSync("mkfifo", ["-m", "600", ...paths], { stdio: "ignore" }));
    if (r.status !== 0) {
      for (const p of paths) fs.rmSync(p, { force: true });
      throw osError(24);
    }
    if (fifoCounter === FIFO_BATCH) {
      // The ones left at exit are removed.
      process.on("exit", () => {
        for (const p of fifoPool) fs.rmSync(p, { force: true });
      });
    }
    fifoPool.push(...paths.reverse());
  }
  return fifoPool.pop()!;
}

function pipe(): [number, number] {
  const path = freshFifo();
  try {
    const rnb = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const w = fs.openSync(path, fs.constants.O_WRONLY);
    // A blocking read end: reopening it finds the writer, so the open does not wait.
    const rd = fs.openSync(`/proc/self/fd/${rnb}`, fs.constants.O_RDONLY);
    fs.closeSync(rnb);
    return [rd, w];
  } catch (e) {
    throw osError(nodeErrno(e));
  } finally {
    fs.rmSync(path, { force: true });
  }
}

// ---- scandir ---------------------------------------------------------------------------------------------

const dirEntryType = nativeType("posix", "DirEntry", undefined, 0);
const scandirIterType = nativeType("posix", "ScandirIterator", undefined, 0);

class DirEntry extends PyObject {
  statCache: PyValue | null = null;
  lstatCache: PyValue | null = null;
  constructor(public name: PyValue, public path: PyValue, public fullPath: string | Buffer, public kind: number,
              public ino: bigint) {
    super(dirEntryType);
  }
}

class ScandirIter extends PyIter {
  i = 0;
  closed = false;
  constructor(public entries: DirEntry[]) {
    super(scandirIterType);
  }
  next(): PyValue | undefined {
    if (this.closed || this.i >= this.entries.length) {
      this.closed = true;
      return undefined;
    }
    return this.entries[this.i++];
  }
}

function direntKind(d: { isDirectory(): boolean; isSymbolicLink(): boolean; isFile(): boolean }): number {
  if (d.isDirectory()) return S_IFDIR;
  if (d.isSymbolicLink()) return S_IFLNK;
  if (d.isFile()) return S_IFREG;
  return 0;
}

function scandir(p: Path): ScandirIter {
  const dir = p.fd !== null ? `/proc/self/fd/${p.fd}` : p.node;
  const list = sys(() => fs.readdirSync(dir, { withFileTypes: true, encoding: "buffer" }), p.obj);
  const sep = Buffer.from("/");
  const base = typeof p.node === "string" ? Buffer.from(p.node) : p.node;
  const entries = list.map((d) => {
    const nameBuf = d.name as unknown as Buffer;
    const full = Buffer.concat(base.length === 0 || base[base.length - 1] === 0x2f ? [base, nameBuf] : [base, sep, nameBuf]);
    const nodePath = p.fd !== null ? Buffer.concat([Buffer.from(`/proc/self/fd/${p.fd}/`), nameBuf]) : full;
    let ino = 0n;
    try {
      ino = fs.lstatSync(nodePath, { bigint: true }).ino;
    } catch {
      // Vanished since the listing: inode() reports 0.
    }
    const name = toName(nameBuf, p.isBytes);
    const path = p.fd !== null ? name : toName(full, p.isBytes);
    return new DirEntry(name, path, nodePath, direntKind(d), ino);
  });
  const it = new ScandirIter(entries);
  // Left open, its finalizer warns (CPython's ScandirIterator_finalize).
  trackFinalizer(it);
  return it;
}

function entryStat(e: DirEntry, follow: boolean): PyValue {
  if (follow && e.kind === S_IFLNK) {
    e.statCache ??= makeStatResult(sys(() => fs.statSync(e.fullPath, { bigint: true }), e.path));
    return e.statCache;
  }
  e.lstatCache ??= makeStatResult(sys(() => fs.lstatSync(e.fullPath, { bigint: true }), e.path));
  if (!follow || e.kind !== S_IFLNK) e.statCache ??= e.lstatCache;
  return e.lstatCache;
}

function entryIs(e: DirEntry, type: number, follow: boolean): boolean {
  if (e.kind === S_IFLNK && follow) {
    try {
      return (fs.statSync(e.fullPath).mode & S_IFMT) === type;
    } catch (err) {
      if (nodeErrno(err) === 2) return false;
      throw osError(nodeErrno(err), e.path);
    }
  }
  return e.kind === type;
}

function initScandirTypes(): void {
  defNew(dirEntryType, () => typeError("cannot create 'posix.DirEntry' instances"));
  defNew(scandirIterType, () => typeError("cannot create 'posix.ScandirIterator' instances"));
  defMethods(dirEntryType, {
    __repr__: (args) => `<DirEntry ${reprOf((args[0] as DirEntry).name)}>`,
    __fspath__: (args) => (args[0] as DirEntry).path,
    is_dir(args, kw) {
      const [follow] = parseArgs("is_dir", args.slice(1), kw, ["follow_symlinks"], 0, 0, 0);
      return bool(entryIs(args[0] as DirEntry, S_IFDIR, boolArg(follow, true)));
    },
    is_file(args, kw) {
      const [follow] = parseArgs("is_file", args.slice(1), kw, ["follow_symlinks"], 0, 0, 0);
      return bool(entryIs(args[0] as DirEntry, S_IFREG, boolArg(follow, true)));
    },
    is_symlink: (args) => bool((args[0] as DirEntry).kind === S_IFLNK),
    stat(args, kw) {
      const [follow] = parseArgs("stat", args.slice(1), kw, ["follow_symlinks"], 0, 0, 0);
      return entryStat(args[0] as DirEntry, boolArg(follow, true));
    },
    inode: (args) => pyInt((args[0] as DirEntry).ino),
    is_junction: () => False,
  });
  defGetSet(dirEntryType, "name", (e) => (e as DirEntry).name);
  defClassMethod(dirEntryType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
  defGetSet(dirEntryType, "path", (e) => (e as DirEntry).path);
  defMethods(scandirIterType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as ScandirIter).next();
      if (v === undefined) throw E.newException(E.StopIteration, null);
      return v;
    },
    close(args) {
      (args[0] as ScandirIter).closed = true;
      return None;
    },
    __enter__: (args) => args[0],
    __exit__(args) {
      (args[0] as ScandirIter).closed = true;
      return False;
    },
    __del__(args) {
      const it = args[0] as ScandirIter;
      if (it.closed) return None;
      it.closed = true;
      try {
        warn(`unclosed scandir iterator ${reprOf(it)}`, E.excTypes["ResourceWarning"], 1, it);
      } catch (e) {
        writeUnraisable(e, it);
      }
      return None;
    },
  });
}

function reprOf(v: PyValue): string {
  return strValue(call(getAttr(v, "__repr__"), [])) ?? "";
}

// ---- wait status macros ---------------------------------------------------------------------------------

const WAIT_MACROS: Record<string, (s: number) => PyValue> = {
  WIFEXITED: (s) => bool((s & 0x7f) === 0),
  WEXITSTATUS: (s) => (s >> 8) & 0xff,
  WIFSIGNALED: (s) => bool(((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) !== 0x7f && (s & 0x7f) !== 0),
  WTERMSIG: (s) => s & 0x7f,
  WIFSTOPPED: (s) => bool((s & 0xff) === 0x7f),
  WSTOPSIG: (s) => (s >> 8) & 0xff,
  WIFCONTINUED: (s) => bool(s === 0xffff),
  WCOREDUMP: (s) => bool((s & 0x80) !== 0),
};

// ---- child processes (childproc.ts) ---------------------------------------------------------------------

const WNOHANG = 1;

/**
 * waitpid(pid, options): (pid, wait status) of a child that has exited; (0, 0) with WNOHANG while
 * it runs. Without WNOHANG the thread blocks (other green threads run) until the child exits.
 */
/**
 * Regular files, directories and block devices set non-blocking (no effect on their I/O), with
 * the file they were (a descriptor number reused for another file is not marked).
 */
const nonBlockingFiles = new Map<number, string>();

function fileIdentity(fd: number): string {
  try {
    const st = fs.fstatSync(fd, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return "";
  }
}

/** os.spawnv, spawnve, spawnvp, spawnvpe (see spawnForOs); mode P_NOWAIT gives the pid, else the exit code. */
function spawnFunction(name: string, withEnv: boolean, search: boolean): Fns[string] {
  return (args, kw) => {
    checkPos(name, args, kw, withEnv ? 4 : 3);
    const mode = intArg(args[0]);
    const argv = args[2];
    if (!(argv instanceof PyTuple || argv instanceof PyList)) typeError("argv must be a tuple or a list");
    const items = argv.items;
    if (items.length === 0 || !truthy(items[0])) raiseError(E.ValueError, "argv first element cannot be empty");
    const pid = spawnForOs(args[1], items, withEnv ? args[3] : null, search);
    if (mode === 1) return pid; // P_NOWAIT
    let got: [number, number] | null = null;
    return block({
      take: () => (got = takeExited(pid)) !== null || !isChild(pid),
      deadline: Infinity,
      result: () => {
        if (got === null) throw osError(10);
        const s = got[1];
        return (s & 0x7f) === 0 ? (s >> 8) & 0xff : -(s & 0x7f);
      },
    }, args);
  };
}

function waitChild(pid: number, options: number, args: readonly PyValue[]): PyValue {
  if (!isChild(pid)) throw osError(10);
  const now = takeExited(pid);
  if (now !== null) return new PyTuple(now);
  if ((options & WNOHANG) !== 0) return new PyTuple([0, 0]);
  let got: [number, number] | null = null;
  return block({
    // Another thread may take the child's status first: then this wait fails as waitpid would.
    take: () => (got = takeExited(pid)) !== null || !isChild(pid),
    deadline: Infinity,
    result: () => {
      if (got === null) throw osError(10);
      return new PyTuple(got);
    },
  }, args);
}

/** [process group, session] of a process, from /proc/<pid>/stat (ESRCH when there is none). */
function procStat(pid: number): [number, number] {
  let line: string;
  try {
    line = fs.readFileSync(`/proc/${pid}/stat`, "latin1");
  } catch {
    throw osError(3);
  }
  // pid (comm) state ppid pgrp session ...: comm may hold spaces and parentheses.
  const fields = line.slice(line.lastIndexOf(")") + 2).split(" ");
  return [Number(fields[2]), Number(fields[3])];
}

// ---- environment -----------------------------------------------------------------------------------------

function envKey(v: PyValue): string {
  const p = fspath(v);
  const s = strValue(p) ?? Buffer.from((p as PyBytes).data).toString("utf8");
  if (s.includes("\0")) raiseError(E.ValueError, "embedded null byte");
  return s;
}

// ---- the module ------------------------------------------------------------------------------------------

type Fns = Record<string, (args: PyValue[], kw: readonly string[] | null) => PyValue>;

/** Supported `HAVE_*` features: os.py builds supports_fd, supports_dir_fd, ... from these. */
const HAVE_FUNCTIONS = ["HAVE_FACCESSAT", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
  "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT",
  "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
  "HAVE_UTIMENSAT"];

function bytesLike(v: PyValue): Uint8Array {
  // Any buffer (a memoryview: subprocess's communicate writes slices of one).
  const d = bytesData(v) ?? bufferData(v) ?? undefined;
  if (d === undefined) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/**
 * A time for Node's utimes: libuv truncates it to whole microseconds, and a double near today's
 * times is only good to ~0.24 µs, so 4.005006 would become 4.005005. The nearest microsecond,
 * plus half a microsecond, truncates to that microsecond (CPython sets nanoseconds; Node cannot).
 */
function forLibuv(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) return seconds;
  const us = Math.round(seconds * 1e6);
  return us / 1e6 + 5e-7;
}

function utimeTimes(v: PyValue): [number, number] | null {
  if (!(v instanceof PyTuple) || v.items.length !== 2) return null;
  return v.items.map((x) => {
    if (x instanceof PyFloat || isInstance(x, floatType)) return (x as PyFloat).value;
    const i = intValue(x);
    if (i === undefined) typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    return Number(i);
  }) as [number, number];
}

function posixFunctions(): Fns {
  const statFn = (name: string, followDefault: boolean, allowFd: boolean): Fns[string] => (args, kw) => {
    const [path, dirFd, follow] = parseArgs(name, args, kw, ["path", "dir_fd", "follow_symlinks"], 1, 0, 1);
    const p = pathArg(name, "path", path!, allowFd);
    return makeStatResult(doStat(p, dirFdArg(dirFd), followDefault && boolArg(follow, true)));
  };
  return {
    stat: statFn("stat", true, true),
    lstat: statFn("lstat", false, false),
    fstat(args, kw) {
      const [fd] = parseArgs("fstat", args, kw, ["fd"], 1);
      const n = fdArg(fd!);
      const st = sys(() => fs.fstatSync(n, { bigint: true }));
      // A socket's descriptor (it holds /dev/null: socket.ts) is a socket.
      if (socketFds.blocking(n, null) !== undefined) st.mode = 0o140777n;
      return makeStatResult(st);
    },
    getcwd: () => fsDecode(currentDir()),
    getcwdb: () => newBytes(currentDir()),
    chdir(args, kw) {
      const [path] = parseArgs("chdir", args, kw, ["path"], 1);
      const p = pathArg("chdir", "path", path!, true);
      if (p.fd === null) {
        // process.chdir reports errors without errno: check the target first.
        const st = sys(() => fs.statSync(p.node), p.obj);
        if (!st.isDirectory()) throw osError(20, p.obj);
      }
      const target = p.fd !== null ? `/proc/self/fd/${p.fd}` : p.node;
      if (typeof target === "string" || strictUtf8Ok(target)) {
        const text = typeof target === "string" ? target : target.toString("utf8");
        sys(() => process.chdir(p.fd !== null ? fs.realpathSync(text) : text), p.obj);
      } else {
        // process.chdir takes text: a name that is not UTF-8 is reached through a symlink with a
        // UTF-8 name (the kernel resolves it; the working directory is the target itself).
        const link = `${os.tmpdir()}/.typhon-cwd-${process.pid}`;
        sys(() => {
          fs.rmSync(link, { force: true });
          const abs = target[0] === 0x2f ? target : Buffer.concat([currentDir(), Buffer.from("/"), target]);
          fs.symlinkSync(abs, link);
          try {
            process.chdir(link);
          } finally {
            fs.unlinkSync(link);
          }
        }, p.obj);
      }
      return None;
    },
    listdir(args, kw) {
      const [path] = parseArgs("listdir", args, kw, ["path"], 0);
      const p = pathArg("listdir", "path", path ?? None, true, true);
      const dir = p.fd !== null ? `/proc/self/fd/${p.fd}` : p.node;
      const names = sys(() => fs.readdirSync(dir, { encoding: "buffer" }), p.obj);
      return new PyList(names.map((n) => toName(n, p.isBytes)));
    },
    scandir(args, kw) {
      const [path] = parseArgs("scandir", args, kw, ["path"], 0);
      return scandir(pathArg("scandir", "path", path ?? None, true, true));
    },
    statvfs(args, kw) {
      const [path] = parseArgs("statvfs", args, kw, ["path"], 1);
      const p = pathArg("statvfs", "path", path!, true);
      return statvfsOf(p.node, p.fd !== null ? undefined : p.obj);
    },
    fstatvfs(args, kw) {
      checkPos("fstatvfs", args, kw, 1);
      const fd = fdArg(args[0]);
      sys(() => fs.fstatSync(fd));
      return statvfsOf(`/proc/self/fd/${fd}`, undefined);
    },
    mkfifo(args, kw) {
      const [path, mode, dirFd] = parseArgs("mkfifo", args, kw, ["path", "mode", "dir_fd"], 1, 0, 2);
      const p = pathArg("mkfifo", "path", path!);
      const m = mode === undefined ? 0o666 : intArg(mode);
      makeFifo(atPath(p, dirFdArg(dirFd)), m);
      return None;
    },
    mkdir(args, kw) {
      const [path, mode, dirFd] = parseArgs("mkdir", args, kw, ["path", "mode", "dir_fd"], 1, 0, 2);
      const p = pathArg("mkdir", "path", path!);
      const m = mode === undefined ? 0o777 : intArg(mode);
      sys(() => fs.mkdirSync(atPath(p, dirFdArg(dirFd)), { mode: m }), p.obj);
      return None;
    },
    rmdir(args, kw) {
      const [path, dirFd] = parseArgs("rmdir", args, kw, ["path", "dir_fd"], 1, 0, 1);
      const p = pathArg("rmdir", "path", path!);
      sys(() => fs.rmdirSync(atPath(p, dirFdArg(dirFd))), p.obj);
      return None;
    },
    unlink: unlinkFn("unlink"),
    remove: unlinkFn("remove"),
    rename: renameFn("rename"),
    replace: renameFn("replace"),
    open(args, kw) {
      const [path, flags, mode, dirFd] = parseArgs("open", args, kw, ["path", "flags", "mode", "dir_fd"], 2, 0, 3);
      const p = pathArg("open", "path", path!);
      const fl = intArg(flags!) | 0o2000000; // O_CLOEXEC, as CPython adds
      const m = mode === undefined ? 0o777 : intArg(mode);
      const fd = sys(() => fs.openSync(atPath(p, dirFdArg(dirFd)), fl, m), p.obj);
      filePos.delete(fd);
      return fd;
    },
    read(args, kw) {
      checkPos("read", args, kw, 2);
      const fd = fdArg(args[0]);
      const n = Number(index(args[1]));
      if (n < 0) throw osError(22);
      const now = readIfNonBlocking(fd, n, rethrowAsOSError);
      if (now !== undefined) {
        if (now === null) throw osError(11);
        return newBytes(now);
      }
      if (!filePos.has(fd)) {
        const v = pipeRead(fd, n, args, newBytes, rethrowAsOSError);
        if (v !== undefined) return v;
      }
      return newBytes(readFd(fd, n));
    },
    write(args, kw) {
      checkPos("write", args, kw, 2);
      const fd = fdArg(args[0]);
      const data = bytesLike(args[1]);
      const now = writeIfNonBlocking(fd, data, rethrowAsOSError);
      if (now !== undefined) {
        if (now === null) throw osError(11);
        return now;
      }
      if (!filePos.has(fd)) {
        const v = pipeWrite(fd, data, args, (n) => n, rethrowAsOSError);
        if (v !== undefined) return v;
      }
      return writeFd(fd, data);
    },
    close(args, kw) {
      const [fd] = parseArgs("close", args, kw, ["fd"], 1);
      const n = fdArg(fd!);
      forgetFd(n);
      closePidfd(n);
      sys(() => fs.closeSync(n));
      filePos.delete(n);
      return None;
    },
    closerange(args, kw) {
      checkPos("closerange", args, kw, 2);
      const lo = fdArg(args[0]);
      const hi = fdArg(args[1]);
      for (let fd = Math.max(lo, 0); fd < hi; fd++) {
        try {
          fs.closeSync(fd);
          closePidfd(fd);
          filePos.delete(fd);
        } catch {
          // Not open.
        }
      }
      return None;
    },
    lseek(args, kw) {
      checkPos("lseek", args, kw, 3);
      return lseek(fdArg(args[0]), Number(index(args[1])), intArg(args[2]));
    },
    fsync(args, kw) {
      const [fd] = parseArgs("fsync", args, kw, ["fd"], 1);
      const n = fileno(fd!);
      sys(() => fs.fsyncSync(n));
      return None;
    },
    fdatasync(args, kw) {
      const [fd] = parseArgs("fdatasync", args, kw, ["fd"], 1);
      const n = fileno(fd!);
      sys(() => fs.fdatasyncSync(n));
      return None;
    },
    ftruncate(args, kw) {
      checkPos("ftruncate", args, kw, 2);
      const fd = fdArg(args[0]);
      const len = Number(index(args[1]));
      sys(() => fs.ftruncateSync(fd, len));
      return None;
    },
    truncate(args, kw) {
      const [path, length] = parseArgs("truncate", args, kw, ["path", "length"], 2);
      const p = pathArg("truncate", "path", path!, true);
      const len = Number(index(length!));
      if (p.fd !== null) sys(() => fs.ftruncateSync(p.fd!, len));
      else sys(() => fs.truncateSync(p.node, len), p.obj);
      return None;
    },
    isatty(args, kw) {
      checkPos("isatty", args, kw, 1);
      return bool(isatty(fdArg(args[0])));
    },
    dup(args, kw) {
      checkPos("dup", args, kw, 1);
      const fd = reopen(fdArg(args[0]));
      inheritable.delete(fd as number);
      return fd;
    },
    dup2(args, kw) {
      const [fd, fd2, inh] = parseArgs("dup2", args, kw, ["fd", "fd2", "inheritable"], 2);
      const r = dup2(fdArg(fd!), fdArg(fd2!));
      inheritable.set(fdArg(fd2!), inh === undefined || truthy(inh));
      return r;
    },
    get_inheritable(args, kw) {
      checkPos("get_inheritable", args, kw, 1);
      const fd = fdArg(args[0]);
      sys(() => fs.fstatSync(fd));
      const chosen = inheritable.get(fd);
      if (chosen !== undefined) return bool(chosen);
      // O_CLOEXEC in the descriptor's flags.
      return bool(((fdinfo(fd)?.flags ?? 0) & 0o2000000) === 0);
    },
    set_inheritable(args, kw) {
      checkPos("set_inheritable", args, kw, 2);
      const fd = fdArg(args[0]);
      sys(() => fs.fstatSync(fd));
      inheritable.set(fd, truthy(args[1]));
      return None;
    },
    pipe(args, kw) {
      checkPos("pipe", args, kw, 0);
      return new PyTuple(pipe());
    },
    access(args, kw) {
      const [path, mode, dirFd] = parseArgs("access", args, kw,
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 0, 2);
      const p = pathArg("access", "path", path!);
      const m = intArg(mode!);
      try {
        fs.accessSync(atPath(p, dirFdArg(dirFd)), m);
        return True;
      } catch {
        return False;
      }
    },
    chmod(args, kw) {
      const [path, mode, dirFd, follow] = parseArgs("chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, 0, 2);
      const p = pathArg("chmod", "path", path!, true);
      const m = intArg(mode!);
      if (!boolArg(follow, true)) raiseError(E.NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
      if (p.fd !== null) sys(() => fs.fchmodSync(p.fd!, m));
      else sys(() => fs.chmodSync(atPath(p, dirFdArg(dirFd)), m), p.obj);
      return None;
    },
    fchmod(args, kw) {
      const [fd, mode] = parseArgs("fchmod", args, kw, ["fd", "mode"], 2);
      const n = fdArg(fd!);
      const m = intArg(mode!);
      sys(() => fs.fchmodSync(n, m));
      return None;
    },
    chown(args, kw) {
      const [path, uid, gid, dirFd, follow] = parseArgs("chown", args, kw, ["path", "uid", "gid", "dir_fd", "follow_symlinks"], 3, 0, 3);
      const p = pathArg("chown", "path", path!, true);
      const u = intArg(uid!);
      const g = intArg(gid!);
      if (p.fd !== null) sys(() => fs.fchownSync(p.fd!, u, g));
      else if (!boolArg(follow, true)) sys(() => fs.lchownSync(atPath(p, dirFdArg(dirFd)), u, g), p.obj);
      else sys(() => fs.chownSync(atPath(p, dirFdArg(dirFd)), u, g), p.obj);
      return None;
    },
    utime(args, kw) {
      const [path, times, ns, dirFd, follow] = parseArgs("utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 0, 2);
      const p = pathArg("utime", "path", path!, true);
      let at: number;
      let mt: number;
      if (times !== undefined && times !== None && ns !== undefined) {
        raiseError(E.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
      }
      if (times !== undefined && times !== None) {
        const t = utimeTimes(times);
        if (t === null) typeError("utime: 'times' must be either a tuple of two ints or None");
        [at, mt] = t;
      } else if (ns !== undefined) {
        if (!(ns instanceof PyTuple) || ns.items.length !== 2) typeError("utime: 'ns' must be a tuple of two ints");
        const [a, m] = ns.items.map((x) => {
          const i = intValue(x);
          if (i === undefined) typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
          return Number(i) / 1e9;
        });
        at = a;
        mt = m;
      } else {
        // Now, to the microsecond (as CPython's utimensat(UTIME_NOW) sets it, it is not before
        // the file's last write).
        at = mt = Number(timeNs()) / 1e9;
      }
      at = forLibuv(at);
      mt = forLibuv(mt);
      // CPython 3.11's utime reports errors without the filename.
      if (p.fd !== null) sys(() => fs.futimesSync(p.fd!, at, mt));
      else if (!boolArg(follow, true)) sys(() => fs.lutimesSync(atPath(p, dirFdArg(dirFd)), at, mt));
      else sys(() => fs.utimesSync(atPath(p, dirFdArg(dirFd)), at, mt));
      return None;
    },
    symlink(args, kw) {
      const [src, dst, , dirFd] = parseArgs("symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2, 0, 3);
      const s = pathArg("symlink", "src", src!);
      const d = pathArg("symlink", "dst", dst!);
      sys(() => fs.symlinkSync(s.node, atPath(d, dirFdArg(dirFd))), s.obj, d.obj);
      return None;
    },
    readlink(args, kw) {
      const [path, dirFd] = parseArgs("readlink", args, kw, ["path", "dir_fd"], 1, 0, 1);
      const p = pathArg("readlink", "path", path!);
      const r = sys(() => fs.readlinkSync(atPath(p, dirFdArg(dirFd)), { encoding: "buffer" }), p.obj);
      return toName(r, p.isBytes);
    },
    link(args, kw) {
      const [src, dst, srcDirFd, dstDirFd] = parseArgs("link", args, kw,
        ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 0, 2);
      const s = pathArg("link", "src", src!);
      const d = pathArg("link", "dst", dst!);
      sys(() => fs.linkSync(atPath(s, dirFdArg(srcDirFd)), atPath(d, dirFdArg(dstDirFd))), s.obj, d.obj);
      return None;
    },
    getpid: () => process.pid,
    getppid: () => process.ppid,
    getuid: () => process.getuid?.() ?? 0,
    geteuid: () => process.geteuid?.() ?? 0,
    getgid: () => process.getgid?.() ?? 0,
    getegid: () => process.getegid?.() ?? 0,
    getgroups: () => new PyList((process.getgroups?.() ?? []).map((g) => g)),
    getlogin: () => sys(() => os.userInfo().username),
    kill(args, kw) {
      checkPos("kill", args, kw, 2);
      const pid = Number(index(args[0]));
      const sig = intArg(args[1]);
      // To this process: delivered to the Python handler (signal.ts) rather than to Node.
      if (pid === process.pid && killSelf(sig)) return None;
      sys(() => process.kill(pid, sig));
      return None;
    },
    killpg(args, kw) {
      checkPos("killpg", args, kw, 2);
      const pgid = Number(index(args[0]));
      const sig = intArg(args[1]);
      if (pgid <= 0) throw osError(22);
      sys(() => process.kill(-pgid, sig));
      return None;
    },
    getpgrp: () => procStat(process.pid)[0],
    getpgid(args, kw) {
      checkPos("getpgid", args, kw, 1);
      const pid = Number(index(args[0]));
      return procStat(pid === 0 ? process.pid : pid)[0];
    },
    getsid(args, kw) {
      checkPos("getsid", args, kw, 1);
      const pid = Number(index(args[0]));
      return procStat(pid === 0 ? process.pid : pid)[1];
    },
    umask(args, kw) {
      checkPos("umask", args, kw, 1);
      return process.umask(intArg(args[0]));
    },
    uname: () => makeStructSeq(unameResultType, [os.type(), os.hostname(), os.release(), os.version(), os.machine()]),
    urandom(args, kw) {
      checkPos("urandom", args, kw, 1);
      const n = Number(index(args[0]));
      if (n < 0) raiseError(E.ValueError, "negative argument not allowed");
      return newBytes(nodeCrypto().randomBytes(n));
    },
    strerror(args, kw) {
      checkPos("strerror", args, kw, 1);
      return strerror(intArg(args[0]));
    },
    cpu_count: () => os.cpus().length || None,
    get_terminal_size(args, kw) {
      const fd = args.length > 0 ? fdArg(args[0]) : 1;
      void kw;
      sys(() => fs.fstatSync(fd));
      if (!isatty(fd)) throw osError(25);
      const size = new (nodeTty().WriteStream)(fd).getWindowSize();
      return makeStructSeq(terminalSizeType, [size[0], size[1]]);
    },
    times() {
      const u = process.cpuUsage();
      return makeStructSeq(timesResultType, [new PyFloat(u.user / 1e6), new PyFloat(u.system / 1e6),
        new PyFloat(0), new PyFloat(0), new PyFloat(Math.round(os.uptime() * 100) / 100)]);
    },
    fspath(args, kw) {
      const [path] = parseArgs("fspath", args, kw, ["path"], 1);
      return fspath(path!);
    },
    device_encoding(args, kw) {
      const [fd] = parseArgs("device_encoding", args, kw, ["fd"], 1);
      return isatty(fdArg(fd!)) ? "utf-8" : None;
    },
    sendfile(args, kw) {
      const [o, i, off, cnt] = clinicArgs("sendfile", args, kw, ["out_fd", "in_fd", "offset", "count"], 4);
      const outFd = fdArg(o!);
      const inFd = fdArg(i!);
      const count = Number(index(cnt!));
      if (count < 0) throw osError(22);
      // offset None: from in_fd's position, which moves; else from `offset`, and it does not.
      // (A regular file read at the OS offset is switched to an explicit position, so that bytes
      // read and not sent are not lost.)
      const inStat = sys(() => fs.fstatSync(inFd));
      const at = off !== None ? Number(index(off!))
        : filePos.get(inFd) ?? (inStat.isFile() ? fdinfo(inFd)?.pos ?? 0 : null);
      if (at !== null && at < 0) throw osError(22);
      const buf = Buffer.alloc(Math.min(count, 1 << 20));
      const got = sys(() => fs.readSync(inFd, buf, 0, buf.length, at));
      const data = buf.subarray(0, got);
      let sent: number;
      const toSocket = got === 0 ? 0 : socketFds.write(outFd, data);
      if (toSocket === null) throw osError(11);
      sent = toSocket !== undefined ? toSocket : writeFd(outFd, data);
      if (off === None && at !== null) filePos.set(inFd, at + sent);
      return sent;
    },
    pidfd_open(args, kw) {
      const [pidv, flagsv] = parseArgs("pidfd_open", args, kw, ["pid", "flags"], 1);
      const pid = Number(index(pidv!));
      const flags = flagsv === undefined ? 0 : Number(index(flagsv));
      if (pid <= 0 || flags !== 0) throw osError(22);
      return sys(() => openPidfd(pid));
    },
    get_blocking(args, kw) {
      checkPos("get_blocking", args, kw, 1);
      const fd = fdArg(args[0]);
      sys(() => fs.fstatSync(fd));
      const ofSocket = socketFds.blocking(fd, null);
      if (ofSocket !== undefined) return bool(ofSocket);
      const info = fdinfo(fd);
      if (nonBlockingPipes.has(fd)) return False;
      const marked = nonBlockingFiles.get(fd);
      if (marked !== undefined) {
        if (marked === fileIdentity(fd)) return False;
        nonBlockingFiles.delete(fd);
      }
      return bool(info === null || (info.flags & 0o4000) === 0);
    },
    set_blocking(args, kw) {
      checkPos("set_blocking", args, kw, 2);
      const fd = fdArg(args[0]);
      sys(() => fs.fstatSync(fd));
      const info = fdinfo(fd);
      const blocking = truthy(args[1]);
      if (socketFds.blocking(fd, blocking) !== undefined) return None;
      if (fs.fstatSync(fd).isFIFO() && info !== null && (info.flags & 0o4000) === 0) {
        // Recorded: reads and writes of the pipe then do not wait (fdwait.ts).
        if (blocking) nonBlockingPipes.delete(fd);
        else nonBlockingPipes.add(fd);
        return None;
      }
      const st = fs.fstatSync(fd);
      if (info !== null && (info.flags & 0o4000) === 0 && (st.isFile() || st.isDirectory() || st.isBlockDevice())) {
        // O_NONBLOCK changes nothing for these on Linux: recorded for get_blocking only.
        if (blocking) nonBlockingFiles.delete(fd);
        else nonBlockingFiles.set(fd, fileIdentity(fd));
        return None;
      }
      if (info !== null && ((info.flags & 0o4000) === 0) !== blocking) {
        raiseError(E.NotImplementedError, "set_blocking: changing the blocking mode is not supported by Typhon");
      }
      return None;
    },
    spawnv: spawnFunction("spawnv", false, false),
    spawnve: spawnFunction("spawnve", true, false),
    spawnvp: spawnFunction("spawnvp", false, true),
    spawnvpe: spawnFunction("spawnvpe", true, true),
    waitpid(args, kw) {
      checkPos("waitpid", args, kw, 2);
      return waitChild(intArg(args[0]), intArg(args[1]), args);
    },
    wait(args, kw) {
      checkPos("wait", args, kw, 0);
      return waitChild(-1, 0, args);
    },
    waitstatus_to_exitcode(args, kw) {
      const [status] = parseArgs("waitstatus_to_exitcode", args, kw, ["status"], 1);
      const s = intArg(status!);
      if ((s & 0x7f) === 0) return (s >> 8) & 0xff;
      if ((s & 0xff) !== 0x7f && (s & 0x7f) !== 0) return -(s & 0x7f);
      if ((s & 0xff) === 0x7f) raiseError(E.ValueError, `process stopped by delivery of signal ${(s >> 8) & 0xff}`);
      raiseError(E.ValueError, `invalid wait status: ${s}`);
    },
    system(args, kw) {
      const [command] = parseArgs("system", args, kw, ["command"], 1);
      const c = fspath(command!);
      const text = strValue(c) ?? Buffer.from((c as PyBytes).data).toString("utf8");
      const r = withStdFdsOpen(() => nodeChildProcess().spawnSync("/bin/sh", ["-c", text], { stdio: "inherit" }));
      if (r.error) return -1;
      if (r.signal) return os.constants.signals[r.signal] ?? 0;
      return ((r.status ?? 0) & 0xff) << 8;
    },
    putenv(args, kw) {
      checkPos("putenv", args, kw, 2);
      const name = envKey(args[0]);
      const value = envKey(args[1]);
      if (name === "") throw osError(22);
      if (name.includes("=")) raiseError(E.ValueError, "illegal environment variable name");
      process.env[name] = value;
      return None;
    },
    unsetenv(args, kw) {
      checkPos("unsetenv", args, kw, 1);
      const name = envKey(args[0]);
      if (name === "" || name.includes("=")) throw osError(22);
      delete process.env[name];
      return None;
    },
    sysconf(args, kw) {
      checkPos("sysconf", args, kw, 1);
      const id = confName(args[0], SYSCONF_NAMES);
      return sysconfValue(id);
    },
    confstr(args, kw) {
      checkPos("confstr", args, kw, 1);
      const id = confName(args[0], CONFSTR_NAMES);
      const glibc = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } })?.header?.glibcVersionRuntime ?? "2.36";
      switch (id) {
        case CONFSTR_NAMES.CS_PATH: return "/bin:/usr/bin";
        case CONFSTR_NAMES.CS_GNU_LIBC_VERSION: return `glibc ${glibc}`;
        case CONFSTR_NAMES.CS_GNU_LIBPTHREAD_VERSION: return `NPTL ${glibc}`;
        default:
          if (Object.values(CONFSTR_NAMES).includes(id)) return None;
          throw osError(22);
      }
    },
    register_at_fork(args, kw) {
      const [before, child, parent] = parseArgs("register_at_fork", args, kw, ["before", "after_in_child", "after_in_parent"], 0, 0, 0);
      if (before === undefined && child === undefined && parent === undefined) typeError("At least one argument is required.");
      for (const [n, v] of [["before", before], ["after_in_child", child], ["after_in_parent", parent]] as const) {
        if (v !== undefined && typeOf(v).lookup("__call__") === undefined) typeError(`'${n}' must be callable, not ${typeName(v)}`);
      }
      return None;
    },
    _exit(args, kw) {
      checkPos("_exit", args, kw, 1);
      const n = intArg(args[0]);
      const p = process as unknown as { reallyExit?: (n: number) => never };
      if (p.reallyExit) p.reallyExit(n);
      process.exit(n);
    },
    abort: () => process.abort(),
    _path_normpath(args, kw) {
      const [path] = parseArgs("_path_normpath", args, kw, ["path"], 1);
      const s = strValue(path!);
      if (s === undefined) typeError(`expected 'str', not '${typeName(path!)}'`);
      return s === "" ? "" : normpath(s);
    },
    ...Object.fromEntries(Object.entries(WAIT_MACROS).map(([name, f]) => [name, (args: PyValue[], kw: readonly string[] | null) => {
      const [status] = parseArgs(name, args, kw, ["status"], 1);
      return f(intArg(status!));
    }])),
  };

  function unlinkFn(name: string): Fns[string] {
    return (args, kw) => {
      const [path, dirFd] = parseArgs(name, args, kw, ["path", "dir_fd"], 1, 0, 1);
      const p = pathArg(name, "path", path!);
      sys(() => fs.unlinkSync(atPath(p, dirFdArg(dirFd))), p.obj);
      return None;
    };
  }

  function renameFn(name: string): Fns[string] {
    return (args, kw) => {
      const [src, dst, srcDirFd, dstDirFd] = parseArgs(name, args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 0, 2);
      const s = pathArg(name, "src", src!);
      const d = pathArg(name, "dst", dst!);
      sys(() => fs.renameSync(atPath(s, dirFdArg(srcDirFd)), atPath(d, dirFdArg(dstDirFd))), s.obj, d.obj);
      return None;
    };
  }
}

/** Exactly `n` positional arguments (Argument Clinic's messages). */
function checkPos(name: string, args: PyValue[], kw: readonly string[] | null, n: number): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 0) typeError(`${name}() takes no arguments (${args.length} given)`);
    if (n === 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
    typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}

/** An fd, or an object with fileno() (fsync accepts files). */
function fileno(v: PyValue): number {
  if (intValue(v) !== undefined) return fdArg(v);
  const f = typeOf(v).lookup("fileno");
  if (f === undefined) typeError(`argument must be an int, or have a fileno() method, not ${typeName(v)}`);
  return fdArg(callDescr(f, v, []));
}

function confName(v: PyValue, table: Record<string, number>): number {
  const i = intValue(v);
  if (i !== undefined) return Number(i);
  const s = strValue(v);
  if (s === undefined) typeError("configuration names must be strings or integers");
  const n = table[s];
  if (n === undefined) raiseError(E.ValueError, "unrecognized configuration name");
  return n;
}

function sysconfValue(id: number): PyValue {
  const S = SYSCONF_NAMES;
  switch (id) {
    case S.SC_PAGE_SIZE: case S.SC_PAGESIZE: return 4096;
    case S.SC_CLK_TCK: return 100;
    case S.SC_NPROCESSORS_ONLN: case S.SC_NPROCESSORS_CONF: return os.cpus().length;
    case S.SC_ARG_MAX: return 2097152;
    case S.SC_OPEN_MAX: return 1024;
    case S.SC_CHILD_MAX: return -1;
    case S.SC_NGROUPS_MAX: return 65536;
    case S.SC_LINE_MAX: return 2048;
    case S.SC_HOST_NAME_MAX: return 64;
    case S.SC_LOGIN_NAME_MAX: return 256;
    case S.SC_PHYS_PAGES: return Math.floor(os.totalmem() / 4096);
    case S.SC_IOV_MAX: return 1024;
    default:
      if (Object.values(S).includes(id)) return -1;
      throw osError(22);
  }
}

/** posixpath.normpath on a str (CPython 3.11's C helper behind posix._path_normpath). */
function normpath(path: string): string {
  if (path === "") return ".";
  const initial = path.startsWith("/") ? (path.startsWith("//") && !path.startsWith("///") ? 2 : 1) : 0;
  const out: string[] = [];
  for (const comp of path.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (initial === 0 && out.length === 0) || (out.length > 0 && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length > 0) out.pop();
  }
  const s = "/".repeat(initial) + out.join("/");
  return s || ".";
}

defineModule("posix", (dict) => {
  initScandirTypes();
  for (const [name, v] of Object.entries(POSIX_CONSTANTS)) dict.set(name, v);
  defFunctions(dict, "posix", posixFunctions());
  dict.set("error", E.OSError);
  dict.set("stat_result", statResultType);
  dict.set("statvfs_result", statvfsResultType);
  dict.set("P_WAIT", 0);
  dict.set("P_NOWAIT", 1);
  dict.set("P_NOWAITO", 1);
  dict.set("terminal_size", terminalSizeType);
  dict.set("uname_result", unameResultType);
  dict.set("times_result", timesResultType);
  dict.set("DirEntry", dirEntryType);
  dict.set("_have_functions", new PyList(HAVE_FUNCTIONS.slice()));
  dict.set("sysconf_names", namesDict(SYSCONF_NAMES));
  dict.set("confstr_names", namesDict(CONFSTR_NAMES));
  dict.set("pathconf_names", namesDict(PATHCONF_NAMES));
  const environ = new PyDict();
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined) environ.set(newBytes(Buffer.from(k)), newBytes(Buffer.from(v)));
  }
  dict.set("environ", environ);
}, "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.");

function namesDict(table: Record<string, number>): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(table)) d.set(k, v);
  return d;
}

