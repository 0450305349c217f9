// select: select(), poll() and epoll() over what this process can observe without an OS poller.
//
// Node offers no synchronous readiness API, so readiness is decided here: an in-process socketpair
// endpoint (see socket.ts) is readable when it holds data or has reached end of file, and always
// writable; so is a pipe (os.pipe), looked at with a non-blocking read (fdwait.ts); any other
// descriptor (files, terminals) counts as always ready. When nothing
// is ready, a wait with a timeout sleeps it out (nothing can change meanwhile: Typhon runs one
// thread at a time), and a wait without one raises RuntimeError rather than hanging forever.

import * as fs from "node:fs";
import { call, callMethod, index, intValue, toArray, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { False, None, PyFloat, PyList, PyObject, PyTuple, PyType, PyValue, True } from "../objects/types";
import { outsideWaits, pidfdExited } from "./childproc";
import { pipeFedFromOutside, PipeState, pipeReaderGone, pipeState, pipeWritable } from "./fdwait";
import { osError } from "./posix";
import { defFunctions, defineModule, nativeType } from "./registry";
import { endpoints, socketEvents } from "./socket";
import { block, outside, threads, timers } from "../vm/threads";

const POLL: Record<string, number> = {
  POLLIN: 1, POLLPRI: 2, POLLOUT: 4, POLLERR: 8, POLLHUP: 16, POLLNVAL: 32, POLLRDNORM: 64, POLLRDBAND: 128,
  POLLWRNORM: 256, POLLWRBAND: 512, POLLMSG: 1024, POLLRDHUP: 8192,
};
const EPOLL: Record<string, number> = {
  EPOLLIN: 1, EPOLLPRI: 2, EPOLLOUT: 4, EPOLLERR: 8, EPOLLHUP: 16, EPOLLRDNORM: 64, EPOLLRDBAND: 128,
  EPOLLWRNORM: 256, EPOLLWRBAND: 512, EPOLLMSG: 1024, EPOLLRDHUP: 8192, EPOLLEXCLUSIVE: 268435456,
  EPOLLONESHOT: 1073741824, EPOLLET: 2147483648, EPOLL_CLOEXEC: 524288,
};
const IN = 1, PRI = 2, OUT = 4, ERR = 8, HUP = 16, NVAL = 32, RDNORM = 64, WRNORM = 256;
const EBADF = 9, ENOENT = 2, EEXIST = 17, EPERM = 1;

/** The events among `wanted` that fd has now (POLLERR/POLLHUP/POLLNVAL are always reported). */
function readyEvents(fd: number, wanted: number): number {
  const ep = endpoints.get(fd);
  if (ep === undefined) {
    // A process descriptor is readable once its process has ended.
    const exited = pidfdExited(fd);
    if (exited !== undefined) return exited ? wanted & (IN | RDNORM) : 0;
    // A listening socket is readable while a connection waits; an unconnected one reports
    // POLLOUT|POLLHUP as Linux does.
    const sev = socketEvents(fd);
    if (sev !== undefined) return sev & (wanted | ERR | HUP);
    let ev = wanted & (IN | OUT | RDNORM | WRNORM);
    // The write end of a pipe whose readers are gone: writable (the write fails) and in error.
    if (pipeReaderGone(fd) === true) return (ev & (OUT | WRNORM)) | ERR;
    // A pipe to a child is not writable while bytes held back for it do not go in (fdwait.ts).
    if ((ev & (OUT | WRNORM)) !== 0 && pipeWritable(fd) === false) ev &= ~(OUT | WRNORM);
    if ((ev & (IN | RDNORM)) === 0) return ev;
    // A pipe is readable when it holds bytes, and hung up when its writers are gone (fdwait.ts looks).
    const st = pipeState(fd);
    if (st === PipeState.Empty) return ev & ~(IN | RDNORM);
    if (st === PipeState.Eof) return (ev & ~(IN | RDNORM)) | HUP;
    return ev;
  }
  let ev = ep.writable() ? OUT | WRNORM : 0;
  if (ep.readable()) ev |= IN | RDNORM;
  if (ep.peer === null && ep.eof) ev |= HUP;
  return ev & (wanted | ERR | HUP);
}

/** An fd argument: an int, or an object whose fileno() gives one (CPython's PyObject_AsFileDescriptor). */
export function fdOf(v: PyValue): number {
  let n: PyValue = v;
  if (intValue(v) === undefined) {
    if (typeof v !== "object" || (v as PyObject).cls.lookup("fileno") === undefined) {
      typeError("argument must be an int, or have a fileno() method.");
    }
    n = callMethod(v, "fileno", []);
    if (intValue(n) === undefined) typeError("fileno() returned a non-integer");
  }
  const fd = Number(index(n));
  if (fd < 0) raiseError(E.ValueError, `file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

function fdIsOpen(fd: number): boolean {
  if (endpoints.has(fd)) return true;
  try {
    fs.fstatSync(fd);
    return true;
  } catch {
    return false;
  }
}

/** Seconds to wait (-1: no limit) from a timeout in `unit` seconds per unit; None means no limit. */
function timeoutSeconds(v: PyValue | undefined, unit: number, negativeIsInfinite: boolean, msg: string): number {
  if (v === undefined || v === None) return -1;
  let t: number;
  if (v instanceof PyFloat) t = v.value;
  else {
    const i = intValue(v);
    if (i === undefined) typeError(msg);
    t = Number(i);
  }
  if (Number.isNaN(t)) raiseError(E.ValueError, "Invalid value NaN (not a number)");
  if (t < 0) {
    if (negativeIsInfinite) return -1;
    raiseError(E.ValueError, "timeout must be non-negative");
  }
  return t * unit;
}

/**
 * Called when nothing is ready: sleeps out the timeout, or reports a wait that could never end.
 * With other green threads, they run meanwhile and `ready` is checked again as they switch
 * (one of them may write to an in-process socket); `args` are the caller's arguments. `reading`
 * are the descriptors waited on for reading: a pipe among them that only other processes write
 * can end the wait from outside.
 */
function waitIdle(seconds: number, ready: () => boolean, args: readonly PyValue[], finish: () => PyValue,
                  reading: Iterable<number>): PyValue {
  if (seconds === 0) return finish();
  let fedFromOutside = false;
  for (const fd of reading) {
    if (pipeFedFromOutside(fd)) {
      fedFromOutside = true;
      break;
    }
  }
  if (threads.length <= 1 && seconds < 0 && timers.next === Infinity && !fedFromOutside && !outside.active()) {
    raiseError(E.RuntimeError, "deadlock: waiting without a timeout for descriptors that nothing in this " +
      "process can make ready");
  }
  // The scheduler waits: other threads run, and a signal (an alarm) that arrives is handled,
  // its set_wakeup_fd byte making a socketpair end ready. The value comes from finish(), also
  // when the thread switched out in place and resumes later.
  if (fedFromOutside) outsideWaits.count++;
  let counted = fedFromOutside;
  const result = (): PyValue => {
    if (counted) {
      counted = false;
      outsideWaits.count--;
    }
    return finish();
  };
  return block({ take: ready, deadline: seconds < 0 ? Infinity : performance.now() + seconds * 1000, result }, args);
}

/** The descriptors of a poll/epoll set that are waited on for reading. */
function readingFds(fds: Map<number, number>): number[] {
  return [...fds].filter(([, mask]) => (mask & (IN | RDNORM)) !== 0).map(([fd]) => fd);
}

function selectFn(args: PyValue[], kw: readonly string[] | null): PyValue {
  checkArgs("select", args, kw, 3, 4, 0);
  const wait = timeoutSeconds(args[3], 1, false, "timeout must be a float or None");
  const lists = [0, 1, 2].map((i) => toArray(args[i]).map((o) => [o, fdOf(o)] as [PyValue, number]));
  const scan = (): PyValue[][] => [
    // As Linux's select: an error (a pipe's write end without readers) counts as both.
    lists[0].filter(([, fd]) => readyEvents(fd, IN) & (IN | HUP | ERR)).map(([o]) => o),
    lists[1].filter(([, fd]) => readyEvents(fd, OUT) & (OUT | ERR)).map(([o]) => o),
    [],
  ];
  const result = (found: PyValue[][]): PyValue => new PyTuple(found.map((l) => new PyList(l)));
  const found = scan();
  if (found[0].length + found[1].length > 0) return result(found);
  return waitIdle(wait, () => scan().some((l) => l.length > 0), args, () => result(scan()), lists[0].map(([, fd]) => fd));
}

// ---- poll ------------------------------------------------------------------------------------

let pollType: PyType;

class PyPoll extends PyObject {
  fds = new Map<number, number>();
}

function asPoll(v: PyValue): PyPoll {
  if (!(v instanceof PyPoll)) typeError(`descriptor requires a 'select.poll' object but received '${typeName(v)}'`);
  return v;
}

function maskArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(index(v));
  if (n < 0 || n > 0xffffffff) raiseError(E.OverflowError, "Python int too large to convert to C unsigned short");
  return n;
}

function pollResults(fds: Map<number, number>, nvalForClosed: boolean, max: number): PyValue[] {
  const out: PyValue[] = [];
  for (const [fd, mask] of fds) {
    if (out.length === max) break;
    let ev: number;
    if (!fdIsOpen(fd)) {
      if (!nvalForClosed) continue;
      ev = NVAL;
    } else ev = readyEvents(fd, mask);
    if (ev !== 0) out.push(new PyTuple([fd, ev]));
  }
  return out;
}

function initPoll(): void {
  pollType = nativeType("select", "poll", undefined, 0);
  defMethods(pollType, {
    register(args, kw) {
      checkArgs("register", args, kw, 1, 2);
      asPoll(args[0]).fds.set(fdOf(args[1]), maskArg(args[2], IN | PRI | OUT) & 0xffff);
      return None;
    },
    modify(args, kw) {
      checkArgs("modify", args, kw, 2, 2);
      const p = asPoll(args[0]);
      const fd = fdOf(args[1]);
      if (!p.fds.has(fd)) throw osError(ENOENT);
      p.fds.set(fd, maskArg(args[2], 0) & 0xffff);
      return None;
    },
    unregister(args, kw) {
      checkArgs("unregister", args, kw, 1, 1);
      const p = asPoll(args[0]);
      const fd = fdOf(args[1]);
      if (!p.fds.delete(fd)) throw call(E.KeyError, [args[1]]);
      return None;
    },
    poll(args, kw) {
      checkArgs("poll", args, kw, 0, 1);
      const p = asPoll(args[0]);
      const wait = timeoutSeconds(args[1], 1e-3, true, `'${typeName(args[1] ?? None)}' object cannot be interpreted as an integer`);
      const out = pollResults(p.fds, true, -1);
      if (out.length > 0) return new PyList(out);
      return waitIdle(wait, () => pollResults(p.fds, true, -1).length > 0, args, () => new PyList(pollResults(p.fds, true, -1)),
        readingFds(p.fds));
    },
  });
}

// ---- epoll -----------------------------------------------------------------------------------

let epollType: PyType;

class PyEpoll extends PyObject {
  /** Its own descriptor (a reserved real one, so its number is unique); -1 once closed. */
  fd = -1;
  fds = new Map<number, number>();
}

function asEpoll(v: PyValue): PyEpoll {
  if (!(v instanceof PyEpoll)) typeError(`descriptor requires a 'select.epoll' object but received '${typeName(v)}'`);
  return v;
}

function openEpoll(v: PyValue): PyEpoll {
  const e = asEpoll(v);
  if (e.fd < 0) raiseError(E.ValueError, "I/O operation on closed epoll object");
  return e;
}

function newEpoll(cls: PyType): PyEpoll {
  const e = new PyEpoll(cls);
  try {
    e.fd = fs.openSync("/dev/null", "r");
  } catch {
    throw osError(24);
  }
  return e;
}

/** Linux refuses regular files and directories in an epoll set (they are always ready). */
function epollTarget(fd: number): void {
  if (endpoints.has(fd)) return;
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
  } catch {
    throw osError(EBADF);
  }
  if (st.isFile() || st.isDirectory()) throw osError(EPERM);
}

function initEpoll(): void {
  epollType = nativeType("select", "epoll");
  epollType.ns.set("__doc__", "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\n" +
    "sizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize " +
    "internal data structures. It doesn't limit\nthe maximum number of monitored events.");
  defNew(epollType, (args, kw) => {
    const [sizehint, flags] = parseArgs("epoll", args.slice(1), kw, ["sizehint", "flags"], 0);
    const n = sizehint === undefined ? -1 : Number(index(sizehint));
    if (n === 0 || n < -1) raiseError(E.ValueError, "negative sizehint");
    if (flags !== undefined) index(flags);
    return newEpoll(args[0] as PyType);
  });
  defClassMethod(epollType, "fromfd", (args, kw) => {
    checkArgs("fromfd", args, kw, 1, 1);
    index(args[1]);
    return newEpoll(args[0] as PyType);
  });
  defGetSet(epollType, "closed", (self) => (asEpoll(self).fd < 0 ? True : False));
  defMethods(epollType, {
    close(args, kw) {
      checkArgs("close", args, kw, 0, 0);
      const e = asEpoll(args[0]);
      if (e.fd >= 0) {
        try {
          fs.closeSync(e.fd);
        } catch {
          // Closed behind our back (os.close): the object is closed all the same.
        }
        e.fd = -1;
        e.fds.clear();
      }
      return None;
    },
    fileno(args, kw) {
      checkArgs("fileno", args, kw, 0, 0);
      return openEpoll(args[0]).fd;
    },
    register(args, kw) {
      const [fdv, mask] = parseArgs("register", args.slice(1), kw, ["fd", "eventmask"], 1);
      const e = openEpoll(args[0]);
      const fd = fdOf(fdv!);
      epollTarget(fd);
      if (e.fds.has(fd)) throw osError(EEXIST);
      e.fds.set(fd, maskArg(mask, IN | PRI | OUT));
      return None;
    },
    modify(args, kw) {
      const [fdv, mask] = parseArgs("modify", args.slice(1), kw, ["fd", "eventmask"], 2);
      const e = openEpoll(args[0]);
      const fd = fdOf(fdv!);
      if (!fdIsOpen(fd)) throw osError(EBADF);
      if (!e.fds.has(fd)) throw osError(ENOENT);
      e.fds.set(fd, maskArg(mask, 0));
      return None;
    },
    unregister(args, kw) {
      const [fdv] = parseArgs("unregister", args.slice(1), kw, ["fd"], 1);
      const e = openEpoll(args[0]);
      const fd = fdOf(fdv!);
      if (!fdIsOpen(fd)) throw osError(EBADF);
      if (!e.fds.delete(fd)) throw osError(ENOENT);
      return None;
    },
    poll(args, kw) {
      const [t, maxev] = parseArgs("poll", args.slice(1), kw, ["timeout", "maxevents"], 0);
      const e = openEpoll(args[0]);
      // epoll_wait counts in milliseconds, rounding the timeout up.
      let wait = timeoutSeconds(t, 1, true, "timeout must be an integer or None");
      if (wait > 0) wait = Math.ceil(wait * 1000) / 1000;
      let max = maxev === undefined ? -1 : Number(index(maxev));
      if (max === -1) max = 0x7fffffff;
      else if (max <= 0) raiseError(E.ValueError, `maxevents must be greater than 0, got ${max}`);
      // A closed descriptor leaves the set, as the kernel drops it with its last reference.
      for (const fd of [...e.fds.keys()]) if (!fdIsOpen(fd)) e.fds.delete(fd);
      const out = pollResults(e.fds, false, max);
      if (out.length > 0) return new PyList(out);
      return waitIdle(wait, () => pollResults(e.fds, false, max).length > 0, args, () => new PyList(pollResults(e.fds, false, max)),
        readingFds(e.fds));
    },
    __enter__(args, kw) {
      checkArgs("__enter__", args, kw, 0, 0);
      openEpoll(args[0]);
      return args[0];
    },
    __exit__(args) {
      callMethod(args[0], "close", []);
      return None;
    },
  });
}

defineModule("select", (dict) => {
  initPoll();
  initEpoll();
  for (const [n, v] of Object.entries(POLL)) dict.set(n, v);
  for (const [n, v] of Object.entries(EPOLL)) dict.set(n, v);
  dict.set("PIPE_BUF", 4096);
  dict.set("error", E.OSError);
  dict.set("epoll", epollType);
  defFunctions(dict, "select", {
    select: selectFn,
    poll(args, kw) {
      checkArgs("poll", args, kw, 0, 0, 0);
      return new PyPoll(pollType);
    },
  });
}, "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\n" +
  "On Windows, only sockets are supported; on Unix, all file descriptors.");
