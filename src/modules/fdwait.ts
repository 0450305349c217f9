// Blocking reads and writes on pipes while other green threads exist (docs/threads.md).
//
// A read from an empty pipe (or a write to a full one) would block the whole process, and with
// it the green thread that was going to write (or read) the other end, or the alarm whose signal
// handler was going to. So with more than one thread or a pending alarm, a pipe read or write first tries a non-blocking copy of the descriptor (a reopening of
// /proc/self/fd/N with O_NONBLOCK: the same pipe); when that would block, the thread waits as on a
// lock, and the other threads run while the attempt is made again each time they switch.
//
// Bytes that a read attempt got ahead of its caller are kept here and handed to the next read
// of that descriptor (os.read and FileIO both read through `pipeRead`).

import * as fs from "fs";
import { PyValue } from "../objects/types";
import { block, outside, threads, timers } from "../vm/threads";

/**
 * Positions of descriptors read and written at explicit offsets (Node has no lseek): os.lseek and
 * FileIO (opened by name, or seeked) set them, and os.read/os.write and FileIO on the descriptor
 * use and advance them, so that a position is the descriptor's, whoever moved it. A descriptor
 * without one reads and writes at the OS's own offset.
 */
export const filePositions = new Map<number, number>();

/** Bytes read from a pipe by a wait's attempt that no read has taken yet, by descriptor. */
const readAhead = new Map<number, Uint8Array>();

/** Arguments that never match the eval loop's CALL slots: the waiting thread stays on the JS stack. */
const NOT_DIRECT: PyValue[] = [readAhead as unknown as PyValue, readAhead as unknown as PyValue, readAhead as unknown as PyValue];

/**
 * Whether a pipe read or write should wait as a thread does: when other threads could change
 * the pipe, or an alarm's signal handler could (or could interrupt the call, as EINTR does).
 */
function mayWait(): boolean {
  return threads.length > 1 || timers.next < Infinity;
}

/** The descriptor is being closed: bytes read ahead of it go with it; bytes held back for it are written first. */
export function forgetFd(fd: number): void {
  socketFds.forget(fd);
  readAhead.delete(fd);
  nonBlockingPipes.delete(fd);
  inheritable.delete(fd);
  const held = heldWrites.get(fd);
  if (held !== undefined) {
    heldWrites.delete(fd);
    try {
      let done = 0;
      while (done < held.length) done += fs.writeSync(fd, held, done, held.length - done);
    } catch {
      // The reader is gone: the bytes are lost, as they would be in the pipe.
    }
  }
}

function isFifo(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isFIFO();
  } catch {
    return false;
  }
}

/** Whether `fd` was opened write-only (O_WRONLY in /proc/self/fdinfo). */
function isWriteOnly(fd: number): boolean {
  try {
    const m = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, "latin1"));
    return m !== null && (parseInt(m[1], 8) & 3) === 1;
  } catch {
    return false;
  }
}

/** Runs `f` on a non-blocking descriptor of the same pipe as `fd`. */
function nonBlocking<T>(fd: number, write: boolean, f: (nb: number) => T): T {
  const flags = (write ? fs.constants.O_WRONLY : fs.constants.O_RDONLY) | fs.constants.O_NONBLOCK;
  const nb = fs.openSync(`/proc/self/fd/${fd}`, flags);
  try {
    return f(nb);
  } finally {
    fs.closeSync(nb);
  }
}

function isAgain(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === "EAGAIN" || code === "EWOULDBLOCK";
}

/** Takes up to `n` read-ahead bytes of `fd`; undefined when there are none. */
function takeAhead(fd: number, n: number): Uint8Array | undefined {
  const have = readAhead.get(fd);
  if (have === undefined) return undefined;
  if (n >= have.length) {
    readAhead.delete(fd);
    return have;
  }
  readAhead.set(fd, have.subarray(n));
  return have.subarray(0, n);
}

const EMPTY = new Uint8Array(0);

/**
 * Reads up to `n` bytes of pipe `fd` when other threads (or an alarm) could fill it, letting them
 * run while it is empty; the call's value is `finish(bytes)`, and `fail` raises Node's error as
 * the caller's Python exception. Undefined when the caller should read as usual (one thread, not
 * a pipe). `args` are the native function's arguments when Python called it (the thread may then
 * switch out in place and resume with the value), else null.
 */
export function pipeRead(fd: number, n: number, args: readonly PyValue[] | null,
                         finish: (data: Uint8Array) => PyValue, fail: (e: unknown) => never): PyValue | undefined {
  const ahead = n > 0 ? takeAhead(fd, n) : undefined;
  if (ahead !== undefined) return finish(ahead);
  if (n <= 0 || !mayWait() || !isFifo(fd)) return undefined;
  let error: unknown = null;
  let eof = false;
  const attempt = (): boolean => {
    try {
      const chunk = new Uint8Array(n);
      const got = nonBlocking(fd, false, (nb) => fs.readSync(nb, chunk, 0, n, null));
      if (got === 0) eof = true;
      else readAhead.set(fd, chunk.subarray(0, got));
      return true;
    } catch (e) {
      if (isAgain(e)) return false;
      error = e;
      return true;
    }
  };
  const result = (): PyValue => {
    if (error !== null) fail(error);
    return finish(eof ? EMPTY : takeAhead(fd, n) ?? EMPTY);
  };
  if (attempt()) return result();
  return block({ take: attempt, deadline: Infinity, result }, args ?? NOT_DIRECT);
}

/**
 * Writes all of `data` to pipe `fd` when other threads (or an alarm) could drain it, letting them
 * run while it is full; the call's value is `finish(count)`. As pipeRead otherwise.
 */
export function pipeWrite(fd: number, data: Uint8Array, args: readonly PyValue[] | null,
                          finish: (n: number) => PyValue, fail: (e: unknown) => never): PyValue | undefined {
  if (data.length === 0) return undefined;
  if (heldWrites.has(fd) || (outside.active() && isChildPipe(fd))) {
    const v = childPipeWrite(fd, data, args !== null, finish, fail);
    if (v !== undefined || !mayWait()) return v;
  }
  if (!mayWait() || !isFifo(fd)) return undefined;
  let done = 0;
  let error: unknown = null;
  const attempt = (): boolean => {
    try {
      nonBlocking(fd, true, (nb) => {
        while (done < data.length) done += fs.writeSync(nb, data, done, data.length - done);
      });
      return true;
    } catch (e) {
      if (isAgain(e)) return false;
      // Opening the write side without a reader fails with ENXIO: the real write gives EPIPE.
      if ((e as NodeJS.ErrnoException)?.code !== "ENXIO") error = e;
      else {
        try {
          done += fs.writeSync(fd, data, done, data.length - done);
        } catch (e2) {
          error = e2;
        }
      }
      return true;
    }
  };
  const result = (): PyValue => {
    if (error !== null && done === 0) fail(error);
    return finish(done);
  };
  if (attempt()) return result();
  return block({ take: attempt, deadline: Infinity, result }, args ?? NOT_DIRECT);
}

// ---- writes to child processes' pipes ------------------------------------------------------------
// While child processes run, select/poll must not call a pipe writable when a write would block
// (subprocess's communicate writes PIPE_BUF-sized chunks to the child's stdin whenever select
// says so, and reads its output otherwise: a blocking write there deadlocks with a child that is
// itself blocked writing its output). Nothing tells how full a pipe is without writing to it, so
// a small write (at most PIPE_BUF bytes) to a child's pipe that finds it full is held back here
// and reported written; the pipe is then not writable until the held bytes have gone in (select
// tries again each time it looks), and they are written before the next write to it, or when it
// is closed.

const PIPE_BUF = 4096;
/** Bytes reported written that a full pipe has not taken yet, by descriptor. */
const heldWrites = new Map<number, Uint8Array>();
/**
 * os.set_inheritable's choices by descriptor (Node cannot clear FD_CLOEXEC): a child started with
 * close_fds=False gets the descriptors marked true here (posixsubprocess.ts).
 */
export const inheritable = new Map<number, boolean>();

/** Inodes of the pipes whose other end a child process got (posixsubprocess.ts adds them). */
export const childPipeInodes = new Set<number>();

function isChildPipe(fd: number): boolean {
  if (childPipeInodes.size === 0) return false;
  try {
    const st = fs.fstatSync(fd);
    return st.isFIFO() && childPipeInodes.has(st.ino);
  } catch {
    return false;
  }
}

/** Writes what a non-blocking write takes of `data` now: the count, and the error other than EAGAIN. */
function writeSome(fd: number, data: Uint8Array): [number, unknown] {
  let done = 0;
  try {
    nonBlocking(fd, true, (nb) => {
      while (done < data.length) done += fs.writeSync(nb, data, done, data.length - done);
    });
    return [done, null];
  } catch (e) {
    return [done, isAgain(e) ? null : e];
  }
}

/**
 * Whether pipe `fd` can take a write now (undefined when it is not a pipe with held bytes):
 * false while bytes held back for it do not go in.
 */
export function pipeWritable(fd: number): boolean | undefined {
  const held = heldWrites.get(fd);
  if (held === undefined) return undefined;
  const [done, error] = writeSome(fd, held);
  // An error (EPIPE): the held bytes are dropped and the next write reports it.
  if (error !== null || done === held.length) {
    heldWrites.delete(fd);
    return true;
  }
  heldWrites.set(fd, held.subarray(done));
  return false;
}

/**
 * A write to a child's pipe `fd` while children run: takes what fits now, holds back a small
 * write that finds the pipe full (see above); a partial count when `partialOk` (os.write), else
 * the rest is written as a blocking write would. Undefined: the caller writes as usual.
 */
function childPipeWrite(fd: number, data: Uint8Array, partialOk: boolean, finish: (n: number) => PyValue,
                        fail: (e: unknown) => never): PyValue | undefined {
  const held = heldWrites.get(fd);
  if (held !== undefined) {
    heldWrites.delete(fd);
    let k = 0;
    try {
      while (k < held.length) k += fs.writeSync(fd, held, k, held.length - k);
    } catch (e) {
      fail(e);
    }
  }
  let [done, error] = writeSome(fd, data);
  if (error !== null) {
    // No reader: the real write reports EPIPE.
    if ((error as NodeJS.ErrnoException)?.code === "ENXIO") return undefined;
    if (done === 0) fail(error);
    return finish(done);
  }
  if (done === 0 && data.length <= PIPE_BUF) {
    heldWrites.set(fd, new Uint8Array(data));
    return finish(data.length);
  }
  if (done === data.length || (done > 0 && partialOk)) return finish(done);
  try {
    while (done < data.length) done += fs.writeSync(fd, data, done, data.length - done);
  } catch (e) {
    if (done === 0) fail(e);
    error = e;
  }
  return finish(done);
}

// ---- pipes in non-blocking mode ------------------------------------------------------------------
// Node cannot set O_NONBLOCK on a descriptor, so os.set_blocking(fd, False) on a pipe is recorded
// here and os.read/os.write on it go through a non-blocking descriptor of the same pipe (EAGAIN
// when it would block), as asyncio's pipe transports expect.

export const nonBlockingPipes = new Set<number>();

/**
 * Reads and writes of the in-process sockets' descriptors (socket.ts sets these): the bytes or
 * count, null when a non-blocking one would block (EAGAIN); undefined when `fd` is no socket.
 * `blocking` reports a socket descriptor's blocking mode and sets it when asked (true/false);
 * `forget` is told when a descriptor is closed.
 */
export const socketFds = {
  read: (fd: number, n: number): Uint8Array | null | undefined => undefined,
  write: (fd: number, data: Uint8Array): number | null | undefined => undefined,
  blocking: (fd: number, set: boolean | null): boolean | undefined => undefined,
  forget: (fd: number): void => {},
  /** Whether the file (device, inode) is one an AF_UNIX socket was bound to (os.stat: S_IFSOCK). */
  isSocketFile: (dev: bigint, ino: bigint, ctimeNs: bigint): boolean => false,
};

/**
 * os.read/FileIO reads of a pipe made non-blocking: up to `n` bytes (empty at end of file), or
 * null (EAGAIN); undefined when `fd` is not such a pipe. Errors go through `rethrow`.
 */
export function readIfNonBlocking(fd: number, n: number, rethrow: (e: unknown) => never): Uint8Array | null | undefined {
  const fromSocket = socketFds.read(fd, n);
  if (fromSocket !== undefined) return fromSocket;
  if (!nonBlockingPipes.has(fd)) return undefined;
  try {
    return readNow(fd, n);
  } catch (e) {
    rethrow(e);
  }
}

/** The same for writes: the count written, or null (EAGAIN: nothing fits). */
export function writeIfNonBlocking(fd: number, data: Uint8Array, rethrow: (e: unknown) => never): number | null | undefined {
  const toSocket = socketFds.write(fd, data);
  if (toSocket !== undefined) return toSocket;
  if (!nonBlockingPipes.has(fd)) return undefined;
  try {
    return writeNow(fd, data);
  } catch (e) {
    rethrow(e);
  }
}

/** A non-blocking read of up to `n` bytes: the bytes (empty at end of file), or null (EAGAIN). */
function readNow(fd: number, n: number): Uint8Array | null {
  const ahead = takeAhead(fd, n);
  if (ahead !== undefined) return ahead;
  const chunk = new Uint8Array(n);
  try {
    const got = nonBlocking(fd, false, (nb) => fs.readSync(nb, chunk, 0, n, null));
    return chunk.subarray(0, got);
  } catch (e) {
    if (isAgain(e)) return null;
    throw e;
  }
}

/** A non-blocking write: the count written, or null (EAGAIN: nothing fits). */
function writeNow(fd: number, data: Uint8Array): number | null {
  const held = heldWrites.get(fd);
  if (held !== undefined && pipeWritable(fd) === false) return null;
  const [done, error] = writeSome(fd, data);
  if (error !== null && done === 0) {
    // No reader (the non-blocking open failed with ENXIO): the real write fails at once with EPIPE.
    if ((error as NodeJS.ErrnoException)?.code === "ENXIO") return fs.writeSync(fd, data);
    throw error;
  }
  return done === 0 && data.length > 0 ? null : done;
}

/**
 * For the write end of a pipe: whether its readers are all gone (poll reports POLLERR then, and
 * asyncio's write-pipe transports watch for it); undefined for other descriptors. Opening the
 * pipe for writing without blocking fails with ENXIO exactly when it has no reader.
 */
export function pipeReaderGone(fd: number): boolean | undefined {
  if (!isFifo(fd) || !isWriteOnly(fd)) return undefined;
  try {
    fs.closeSync(fs.openSync(`/proc/self/fd/${fd}`, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException)?.code === "ENXIO";
  }
}

/**
 * Whether reading pipe `fd` waits for another process: the pipe has writers (it is not at end of
 * file) and none of this process's descriptors is one (a grandchild that inherited a child's
 * output pipe, say). Such a wait can end without anything in this process happening.
 */
export function pipeFedFromOutside(fd: number): boolean {
  let ino: number;
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFIFO()) return false;
    ino = st.ino;
  } catch {
    return false;
  }
  if (isWriteOnly(fd) || pipeState(fd) !== PipeState.Empty) return false;
  let names: string[];
  try {
    names = fs.readdirSync("/proc/self/fd");
  } catch {
    return false;
  }
  for (const name of names) {
    const other = Number(name);
    if (other === fd) continue;
    try {
      const st = fs.fstatSync(other);
      if (st.isFIFO() && st.ino === ino && !isReadOnly(other)) return false;
    } catch {
      // Closed meanwhile (readdir's own descriptor, say).
    }
  }
  return true;
}

/** Whether `fd` was opened read-only (O_RDONLY in /proc/self/fdinfo). */
function isReadOnly(fd: number): boolean {
  try {
    const m = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, "latin1"));
    return m !== null && (parseInt(m[1], 8) & 3) === 0;
  } catch {
    return false;
  }
}

/** What a pipe read would find now: bytes, end of file (no writers left), or nothing yet. */
export const enum PipeState { Empty, Data, Eof }

/**
 * What a read of `fd` would find, when it is a pipe (undefined otherwise): bytes the look reads
 * are kept for the next read.
 */
export function pipeState(fd: number): PipeState | undefined {
  if (readAhead.has(fd)) return PipeState.Data;
  if (!isFifo(fd)) return undefined;
  // The write end (asyncio watches it for reading, to learn when the reader goes): a read
  // through /proc would open the read side and take the pipe's bytes.
  if (isWriteOnly(fd)) return PipeState.Empty;
  try {
    const chunk = new Uint8Array(65536);
    const got = nonBlocking(fd, false, (nb) => fs.readSync(nb, chunk, 0, chunk.length, null));
    if (got === 0) return PipeState.Eof;
    readAhead.set(fd, chunk.slice(0, got));
    return PipeState.Data;
  } catch (e) {
    return isAgain(e) ? PipeState.Empty : PipeState.Data;
  }
}
