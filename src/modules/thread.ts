// _thread: locks, thread identities, thread-local data and thread start-up.
//
// Threads are the interpreter's green threads (vm/threads.ts, docs/threads.md): start_new_thread
// makes one that the scheduler runs when the starting thread blocks or has had its switch
// interval; lock.acquire, RLock.acquire and time.sleep block through vm/threads.block, which lets
// the other threads run meanwhile (and waits in wall time when none can).

import { addressOf, call, callDescr, genericGetAttr, genericSetAttr, intValue, isInstance, repr, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { newException, PyBaseException, raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import {
  False, None, objectType, PyFloat, PyFunction, PyMethod, PyObject, PyTuple, PyType, PyValue, True, typeOf,
} from "../objects/types";
import { forceCollection } from "./gc";
import { defFunctions, defineModule, nativeType } from "./registry";
import { sysStreams, writeTo } from "./sysio";
import { formatException } from "../vm/traceback";
import { runDeadCallbacks } from "./weakref";
import { makeFrame } from "../vm/eval";
import { Frame } from "../vm/frame";
import { runtime } from "../vm/runtime";
import { block, current, GreenThread, MAIN_IDENT, mainThread, perThread, startThread, threads, Wait } from "../vm/threads";
import { interruptMain } from "./signal";
import { setThreadTrace, ThreadTrace, tstate } from "../vm/trace";

// sys.settrace/setprofile are per thread: a new thread starts with none (threading.settrace
// installs its function from inside the new thread).
perThread.push({ get: () => tstate, set: (v) => setThreadTrace(v as ThreadTrace), initial: () => new ThreadTrace() });

let nextIdent = MAIN_IDENT + 0x800000;
let nextNativeId = 1;

export function getIdent(): number {
  return current.ident;
}

const TIMEOUT_MAX = 9223372036.0;

let lockType: PyType;
let rlockType: PyType;
let localType: PyType;

export class Lock extends PyObject {
  locked = false;
}

class RLock extends PyObject {
  owner = 0;
  count = 0;
}

/** (blocking, timeout in seconds or -1) of acquire(blocking=True, timeout=-1). */
function parseTimeout(name: string, args: PyValue[], kw: readonly string[] | null): [boolean, number] {
  const [b, t] = parseArgs(name, args.slice(1), kw, ["blocking", "timeout"], 0);
  const blocking = b === undefined ? true : truthy(b);
  let timeout = -1;
  if (t !== undefined) {
    timeout = t instanceof PyFloat ? t.value : Number(intValue(t) ?? NaN);
    if (Number.isNaN(timeout)) typeError(`'${typeName(t)}' object cannot be interpreted as an integer or float`);
  }
  if (!blocking && timeout !== -1) raiseError(E.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raiseError(E.ValueError, "timeout value must be positive");
  if (timeout > TIMEOUT_MAX) raiseError(E.OverflowError, "timeout value is too large");
  return [blocking, timeout];
}

function deadlineOf(timeout: number): number {
  return timeout < 0 ? Infinity : performance.now() + timeout * 1000;
}

const acquired = (ok: boolean): PyValue => (ok ? True : False);

function lockAcquire(l: Lock, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [blocking, timeout] = parseTimeout("acquire", args, kw);
  if (!l.locked) {
    l.locked = true;
    return True;
  }
  if (!blocking) return False;
  const w: Wait = {
    take: () => !l.locked && (l.locked = true),
    deadline: deadlineOf(timeout),
    result: acquired,
  };
  return block(w, args);
}

function lockRelease(l: Lock): PyValue {
  if (!l.locked) raiseError(E.RuntimeError, "release unlocked lock");
  l.locked = false;
  return None;
}

export function newLock(): Lock {
  return new Lock(lockType);
}

function rlockAcquire(args: PyValue[], kw: readonly string[] | null): PyValue {
  const r = args[0] as RLock;
  const [blocking, timeout] = parseTimeout("acquire", args, kw);
  const me = current.ident;
  if (r.count > 0 && r.owner === me) {
    r.count++;
    return True;
  }
  if (r.count === 0) {
    r.owner = me;
    r.count = 1;
    return True;
  }
  if (!blocking) return False;
  const w: Wait = {
    take: () => {
      if (r.count !== 0) return false;
      r.owner = me;
      r.count = 1;
      return true;
    },
    deadline: deadlineOf(timeout),
    result: acquired,
  };
  return block(w, args);
}

function rlockRelease(r: RLock): PyValue {
  if (r.count === 0 || r.owner !== current.ident) raiseError(E.RuntimeError, "cannot release un-acquired lock");
  if (--r.count === 0) r.owner = 0;
  return None;
}

// ---- threads -----------------------------------------------------------------------------------

/** The sentinel locks (_set_sentinel) of each running thread, released when it ends. */
const sentinels = new Map<GreenThread, Lock[]>();
/** Threads started with start_new_thread that have not ended (_count()). */
let threadCount = 0;
/** A thread ended since _count() last collected. */
let endedSinceCollect = false;

let bootstrapFn: PyFunction | null = null;

/** The base frame of a thread running `fn(*args, **kwargs)`. */
function baseFrame(fn: PyValue, args: PyValue[], kwargs: PyDict | undefined): Frame {
  let f = fn;
  let a = args;
  const kwnames: string[] = [];
  if (kwargs !== undefined) {
    for (const [k, v] of kwargs.entries()) {
      if (typeof k !== "string") typeError("keywords must be strings");
      kwnames.push(k);
      a = [...a, v];
    }
  }
  if (f instanceof PyMethod && f.func instanceof PyFunction) {
    a = [f.self, ...a];
    f = f.func;
  }
  if (f instanceof PyFunction) return makeFrame(f, a, kwnames.length ? kwnames : null);
  // Any other callable is called by a small Python function, which is the base frame.
  if (bootstrapFn === null) {
    const g = new PyDict();
    runtime.execEval("exec", ["def _bootstrap(f, a, k):\n    f(*a, **k)\n", g], null);
    bootstrapFn = g.getStr("_bootstrap") as PyFunction;
  }
  return makeFrame(bootstrapFn, [fn, new PyTuple(args), kwargs ?? new PyDict()], null);
}

function startNewThread(fn: PyValue, args: PyValue[], kwargs: PyDict | undefined): number {
  const ident = nextIdent;
  nextIdent += 0x800000;
  const t: GreenThread = new GreenThread(ident, process.pid + nextNativeId++, () => baseFrame(fn, args, kwargs), (exc) => {
    threadCount--;
    endedSinceCollect = true;
    for (const l of sentinels.get(t) ?? []) l.locked = false;
    sentinels.delete(t);
    dropLocals(t);
    if (exc !== null && !isInstance(exc, E.SystemExit)) reportThreadException(exc, fn);
  });
  threadCount++;
  startThread(t);
  return ident;
}

/** What CPython prints for an exception that ends a thread started with _thread (not threading). */
function reportThreadException(exc: PyBaseException, fn: PyValue): void {
  const err = sysStreams.get("stderr");
  if (err === None) return;
  writeTo(err, `Exception ignored in thread started by: ${repr(fn)}\n${formatException(exc)}`);
}

// ---- _local: thread-local data -----------------------------------------------------------------

/** A _thread._local: one instance dict per thread, made (and __init__ run again) on first use in a thread. */
class Local extends PyObject {
  dicts = new Map<GreenThread, PyDict>();
  args: PyValue[] = [];
  kwnames: string[] | null = null;
}

/** The locals that have a dict for each thread (dropped when the thread ends). */
const localsOfThread = new Map<GreenThread, Set<WeakRef<Local>>>();

function dropLocals(t: GreenThread): void {
  for (const ref of localsOfThread.get(t) ?? []) ref.deref()?.dicts.delete(t);
  localsOfThread.delete(t);
}

/** The current thread's dict of `self` (installed as its instance dict). */
function localDict(self: Local): PyDict {
  let d = self.dicts.get(current);
  if (d === undefined) {
    d = new PyDict();
    self.dicts.set(current, d);
    let set = localsOfThread.get(current);
    if (set === undefined) localsOfThread.set(current, set = new Set());
    set.add(new WeakRef(self));
    self.dict = d;
    const init = typeOf(self).lookup("__init__");
    if (init !== undefined && init !== objectType.ns.get("__init__")) callDescr(init, self, self.args, self.kwnames);
  }
  self.dict = d;
  return d;
}

/** AttributeError naming the type as CPython's tp_name does ('_thread._local' for the base type). */
function noLocalAttr(self: Local, name: string): never {
  const t = typeOf(self);
  const e = newException(E.AttributeError, `'${t === localType ? "_thread._local" : t.name}' object has no attribute '${name}'`);
  e.fields = { name, obj: self };
  throw e;
}

function localNew(args: PyValue[], kw: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const init = cls.lookup("__init__");
  if ((args.length > 1 || (kw !== null && kw.length > 0)) && init === objectType.ns.get("__init__")) {
    typeError("Initialization arguments are not supported");
  }
  const l = new Local(cls);
  l.args = args.slice(1);
  l.kwnames = kw === null ? null : kw.slice();
  const d = new PyDict();
  l.dicts.set(current, d);
  let set = localsOfThread.get(current);
  if (set === undefined) localsOfThread.set(current, set = new Set());
  set.add(new WeakRef(l));
  l.dict = d;
  return l;
}

defineModule("_thread", (d: PyDict) => {
  lockType = nativeType("_thread", "lock", undefined, 0);
  defMethods(lockType, {
    acquire: (args, kw) => lockAcquire(args[0] as Lock, args, kw),
    acquire_lock: (args, kw) => lockAcquire(args[0] as Lock, args, kw),
    __enter__: (args) => lockAcquire(args[0] as Lock, args, null),
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
  defMethods(rlockType, {
    acquire: rlockAcquire,
    __enter__: (args) => rlockAcquire(args, null),
    release: (args) => rlockRelease(args[0] as RLock),
    __exit__: (args) => rlockRelease(args[0] as RLock),
    _is_owned: (args) => {
      const r = args[0] as RLock;
      return r.count > 0 && r.owner === current.ident ? True : False;
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
      const count = Number(intValue(st.items[0]) ?? 1);
      const owner = Number(intValue(st.items[1]) ?? current.ident);
      const take = (): boolean => {
        if (r.count !== 0) return false;
        r.count = count;
        r.owner = owner;
        return true;
      };
      if (take()) return None;
      return block({ take, deadline: Infinity, result: () => None }, args);
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

  localType = nativeType("_thread", "_local");
  defNew(localType, localNew);
  localType.nativeNew = (cls, args, kw) => localNew([cls, ...args], kw);
  defMethods(localType, {
    __getattribute__: (args) => {
      const self = args[0] as Local;
      const name = args[1];
      if (typeof name !== "string") typeError(`attribute name must be string, not '${typeName(name)}'`);
      const dict = localDict(self);
      if (name === "__dict__") return dict;
      const v = genericGetAttr(self, name, typeOf(self));
      if (v === undefined) noLocalAttr(self, name);
      return v;
    },
    __setattr__: (args) => {
      const self = args[0] as Local;
      const name = args[1];
      if (typeof name !== "string") typeError(`attribute name must be string, not '${typeName(name)}'`);
      if (name === "__dict__") raiseError(E.AttributeError, "'_thread._local' object attribute '__dict__' is read-only");
      localDict(self);
      genericSetAttr(self, name, args[2], typeOf(self));
      return None;
    },
    __delattr__: (args) => {
      const self = args[0] as Local;
      const name = args[1];
      if (typeof name !== "string") typeError(`attribute name must be string, not '${typeName(name)}'`);
      if (name === "__dict__") raiseError(E.AttributeError, "'_thread._local' object attribute '__dict__' is read-only");
      const dict = localDict(self);
      const t = typeOf(self);
      if (!dict.has(name) && t.lookup(name) === undefined) noLocalAttr(self, name);
      genericSetAttr(self, name, undefined, t);
      return None;
    },
  });
  defGetSet(localType, "__dict__", (self) => localDict(self as Local));

  d.set("LockType", lockType);
  d.set("lock", lockType);
  d.set("RLock", rlockType);
  d.set("_local", localType);
  d.set("error", E.RuntimeError);
  d.set("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
  defFunctions(d, "_thread", {
    allocate_lock: (args, kw) => {
      checkArgs("allocate_lock", args, kw, 0, 0, 0);
      return newLock();
    },
    allocate: () => newLock(),
    get_ident: () => current.ident,
    get_native_id: () => current.nativeId,
    _count: () => {
      // test.support compares _count() and threading._dangling (a WeakSet of Thread objects)
      // before and after each test: in CPython an ended thread's Thread object is freed by
      // reference counting once joined and dropped. Here only a collection finds it dead, so
      // the first _count() after a thread ended collects (at most once per ended thread).
      if (endedSinceCollect) {
        endedSinceCollect = false;
        forceCollection(2);
        runDeadCallbacks();
      }
      return threadCount;
    },
    _set_sentinel: () => {
      const l = newLock();
      let list = sentinels.get(current);
      if (list === undefined) sentinels.set(current, list = []);
      list.push(l);
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
    interrupt_main: (args, kw) => {
      const [n] = parseArgs("interrupt_main", args, kw, ["signum"], 0);
      interruptMain(n === undefined ? 2 : n);
      return None;
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
      if (typeOf(fn).lookup("__call__") === undefined) typeError("first arg must be callable");
      if (!(fargs instanceof PyTuple)) typeError("2nd arg must be a tuple");
      if (fkw !== undefined && !(fkw instanceof PyDict)) typeError("optional 3rd arg must be a dictionary");
      return startNewThread(fn, fargs.items.slice(), fkw as PyDict | undefined);
    },
    start_new: (args, kw) => {
      checkArgs("start_new", args, kw, 2, 3, 0);
      const [fn, fargs, fkw] = args;
      if (!(fargs instanceof PyTuple)) typeError("2nd arg must be a tuple");
      return startNewThread(fn, fargs.items.slice(), fkw as PyDict | undefined);
    },
  });
}, "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.");

/** Whether the running thread is the main thread (signal handlers run only there). */
export function inMainThread(): boolean {
  return current === mainThread;
}

export { threads };
