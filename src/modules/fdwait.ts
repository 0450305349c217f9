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
import { block, threads, timers } from "../vm/threads";

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

/** The descriptor is being closed: bytes read ahead of it go with it. */
export function forgetFd(fd: number): void {
  readAhead.delete(fd);
}

function isFifo(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isFIFO();
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
  if (data.length === 0 || !mayWait() || !isFifo(fd)) return undefined;
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

/** What a pipe read would find now: bytes, end of file (no writers left), or nothing yet. */
export const enum PipeState { Empty, Data, Eof }

/**
 * What a read of `fd` would find, when it is a pipe (undefined otherwise): bytes the look reads
 * are kept for the next read.
 */
export function pipeState(fd: number): PipeState | undefined {
  if (readAhead.has(fd)) return PipeState.Data;
  if (!isFifo(fd)) return undefined;
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
