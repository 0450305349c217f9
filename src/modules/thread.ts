// _thread: locks, thread identities and thread start-up.
//
// Typhon runs one thread of Python code at a time. Until the interpreter can switch between
// green threads, start_new_thread runs the new thread's function to completion at once, under
// its own identity (so threading's bookkeeping, RLock ownership and join() work); a lock that
// would have to wait for another thread can only time out or report the deadlock.

import { addressOf, call, intValue, isInstance, repr, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, toPyException, typeError } from "../objects/exceptions";
import { checkArgs, defMethods, defNew, parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { False, None, PyFloat, PyObject, PyTuple, PyType, PyValue, True } from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";
import { sysStreams, writeTo } from "./sysio";
import { formatException } from "../vm/traceback";
import { setThreadTrace, ThreadTrace, tstate } from "../vm/trace";

const MAIN_IDENT = 140245980395328;
let currentIdent = MAIN_IDENT;
let nextIdent = MAIN_IDENT + 0x800000;
let threadCount = 0;
/** The sentinel locks of the running threads, released when each ends. */
const sentinels: Lock[] = [];

export function getIdent(): number {
  return currentIdent;
}

const TIMEOUT_MAX = 9223372036.0;

let lockType: PyType;
let rlockType: PyType;

export class Lock extends PyObject {
  locked = false;
}

class RLock extends PyObject {
  owner = 0;
  count = 0;
}

function deadlock(): never {
  raiseError(E.RuntimeError, "deadlock: this lock is held and Typhon cannot yet switch to the thread that holds it");
}

function parseTimeout(name: string, args: PyValue[], kw: readonly string[] | null): [boolean, number] {
  const [b, t] = parseArgs(name, args.slice(1), kw, ["blocking", "timeout"], 0);
  const blocking = b === undefined ? true : truthy(b);
  let timeout = -1;
  if (t !== undefined) {
    timeout = t instanceof PyFloat ? t.value : Number(intValue(t) ?? NaN);
    if (Number.isNaN(timeout)) typeError(`'${typeName(t)}' object cannot be interpreted as an integer or float`);
  }
  if (!blocking && timeout !== -1) raiseError(E.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raiseError(E.ValueError, "timeout value must be a non-negative number");
  if (timeout > TIMEOUT_MAX) raiseError(E.OverflowError, "timeout value is too large");
  return [blocking, timeout];
}

function sleepSeconds(s: number): void {
  if (s <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, s * 1000);
}

function lockAcquire(l: Lock, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [blocking, timeout] = parseTimeout("acquire", args, kw);
  if (!l.locked) {
    l.locked = true;
    return True;
  }
  if (!blocking) return False;
  if (timeout >= 0) {
    sleepSeconds(timeout);
    return False;
  }
  deadlock();
}

function lockRelease(l: Lock): PyValue {
  if (!l.locked) raiseError(E.RuntimeError, "release unlocked lock");
  l.locked = false;
  return None;
}

export function newLock(): Lock {
  return new Lock(lockType);
}

defineModule("_thread", (d: PyDict) => {
  lockType = nativeType("_thread", "lock", undefined, 0);
  defMethods(lockType, {
    acquire: (args, kw) => lockAcquire(args[0] as Lock, args, kw),
    acquire_lock: (args, kw) => lockAcquire(args[0] as Lock, args, kw),
    __enter__: (args) => lockAcquire(args[0] as Lock, [args[0]], null),
    release: (args) => lockRelease(args[0] as Lock),
    release_lock: (args) => lockRelease(args[0] as Lock),
    __exit__: (args) => lockRelease(args[0] as Lock),
    locked: (args) => ((args[0] as Lock).locked ? True : False),
    locked_lock: (args) => ((args[0] as Lock).locked ? True : False),
    _at_fork_reinit: (args) => {
      (args[0] as Lock).locked = false;
      return None;
    },
    __repr__: (args) => {
      const l = args[0] as Lock;
      return `<${l.locked ? "locked" : "unlocked"} _thread.lock object at 0x${addressOf(l)}>`;
    },
  });

  rlockType = nativeType("_thread", "RLock");
  defNew(rlockType, (args) => new RLock(args[0] as PyType));
  const rAcquire = (args: PyValue[], kw: readonly string[] | null): PyValue => {
    const r = args[0] as RLock;
    const [blocking, timeout] = parseTimeout("acquire", args, kw);
    if (r.count > 0 && r.owner === currentIdent) {
      r.count++;
      return True;
    }
    if (r.count === 0) {
      r.owner = currentIdent;
      r.count = 1;
      return True;
    }
    if (!blocking) return False;
    if (timeout >= 0) {
      sleepSeconds(timeout);
      return False;
    }
    deadlock();
  };
  const rRelease = (args: PyValue[]): PyValue => {
    const r = args[0] as RLock;
    if (r.count === 0 || r.owner !== currentIdent) raiseError(E.RuntimeError, "cannot release un-acquired lock");
    if (--r.count === 0) r.owner = 0;
    return None;
  };
  defMethods(rlockType, {
    acquire: rAcquire,
    __enter__: (args) => rAcquire([args[0]], null),
    release: rRelease,
    __exit__: (args) => rRelease([args[0]]),
    _is_owned: (args) => {
      const r = args[0] as RLock;
      return r.count > 0 && r.owner === currentIdent ? True : False;
    },
    _release_save: (args) => {
      const r = args[0] as RLock;
      if (r.count === 0) raiseError(E.RuntimeError, "cannot release un-acquired lock");
      const state = new PyTuple([r.count, r.owner]);
      r.count = 0;
      r.owner = 0;
      return state;
    },
    _acquire_restore: (args) => {
      const r = args[0] as RLock;
      const st = args[1] as PyTuple;
      if (r.count > 0 && r.owner !== currentIdent) deadlock();
      r.count = Number(intValue(st.items[0]) ?? 1);
      r.owner = Number(intValue(st.items[1]) ?? currentIdent);
      return None;
    },
    _at_fork_reinit: (args) => {
      (args[0] as RLock).count = 0;
      (args[0] as RLock).owner = 0;
      return None;
    },
    __repr__: (args) => {
      const r = args[0] as RLock;
      const cls = (r.cls.ns.get("__module__") === "_thread" ? "_thread." : "") + r.cls.qualname;
      return `<${r.count > 0 ? "locked" : "unlocked"} ${cls} object owner=${r.owner} count=${r.count} at 0x${addressOf(r)}>`;
    },
  });

  d.set("LockType", lockType);
  d.set("lock", lockType);
  d.set("RLock", rlockType);
  d.set("error", E.RuntimeError);
  d.set("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
  defFunctions(d, "_thread", {
    allocate_lock: (args, kw) => {
      checkArgs("allocate_lock", args, kw, 0, 0, 0);
      return newLock();
    },
    allocate: () => newLock(),
    get_ident: () => currentIdent,
    get_native_id: () => (currentIdent === MAIN_IDENT ? process.pid : process.pid + (currentIdent - MAIN_IDENT) / 0x800000),
    _count: () => threadCount,
    _set_sentinel: () => {
      const l = newLock();
      sentinels.push(l);
      return l;
    },
    daemon_threads_allowed: () => True,
    stack_size: (args) => {
      if (args.length > 0 && intValue(args[0]) !== 0) {
        const n = Number(intValue(args[0]) ?? 0);
        if (n < 32768) raiseError(E.ValueError, "size not valid: " + n + " bytes");
      }
      return 0;
    },
    interrupt_main: () => {
      throw call(E.KeyboardInterrupt, []);
    },
    exit: () => {
      throw call(E.SystemExit, []);
    },
    exit_thread: () => {
      throw call(E.SystemExit, []);
    },
    start_new_thread: (args, kw) => {
      checkArgs("start_new_thread", args, kw, 2, 3, 0);
      const [fn, fargs, fkw] = args;
      if (!(fargs instanceof PyTuple)) typeError("2nd arg must be a tuple");
      if (fkw !== undefined && !(fkw instanceof PyDict)) typeError("optional 3rd arg must be a dictionary");
      const ident = nextIdent;
      nextIdent += 0x800000;
      runThread(ident, fn, fargs.items.slice(), fkw as PyDict | undefined);
      return ident;
    },
    start_new: (args) => {
      const ident = nextIdent;
      nextIdent += 0x800000;
      runThread(ident, args[0], (args[1] as PyTuple).items.slice(), args[2] as PyDict | undefined);
      return ident;
    },
  });
}, "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");

function runThread(ident: number, fn: PyValue, args: PyValue[], kwargs: PyDict | undefined): void {
  const savedIdent = currentIdent;
  const savedSentinels = sentinels.length;
  // A new thread starts with no trace or profile function (sys.settrace is per thread).
  const savedTrace = tstate;
  setThreadTrace(new ThreadTrace());
  currentIdent = ident;
  threadCount++;
  try {
    if (kwargs !== undefined && kwargs.size > 0) {
      const keys = kwargs.keyList();
      call(fn, [...args, ...keys.map((k) => kwargs.get(k)!)], keys.map((k) => k as string));
    } else call(fn, args);
  } catch (e) {
    const exc = toPyException(e);
    if (!isInstance(exc, E.SystemExit)) reportThreadException(exc, fn);
  } finally {
    threadCount--;
    setThreadTrace(savedTrace);
    currentIdent = savedIdent;
    for (const l of sentinels.splice(savedSentinels)) l.locked = false;
  }
}

/** What CPython prints for an exception that ends a thread started with _thread (not threading). */
function reportThreadException(exc: PyBaseException, fn: PyValue): void {
  const err = sysStreams.get("stderr");
  if (err === None) return;
  writeTo(err, `Exception ignored in thread started by: ${repr(fn)}\n${formatException(exc)}`);
}
