// _asyncio: the native Future and Task of asyncio (CPython's Modules/_asynciomodule.c), and the
// running-loop and task-registry functions asyncio/events.py and tasks.py take from it.
//
// Behaviour follows asyncio/futures.py and tasks.py, except where CPython's C module differs
// observably (CPython runs the C classes, so they are what programs see): "invalid state" from
// set_result/set_exception on a done future, `_callbacks` as a new list (None when empty),
// "_step(): already done: <task> <exc>", cancel() passing msg positionally to the awaited
// future, callbacks scheduled with a context even when the future is already done.
//
// A Task's step is the hot path of asyncio: it resumes the coroutine natively (gen.ts), and for
// the futures of this module it reads and writes their fields directly instead of going through
// `_asyncio_future_blocking`, get_loop() and add_done_callback() as attributes.
//
// The Python helpers the C module imports at start (reprs from base_futures/base_tasks, the
// exceptions, the event loop policy, traceback.extract_stack) are imported on first use here:
// by then asyncio has finished importing.

import {
  call, callMethod, getAttr, getAttrOpt, isInstance, PyIter, repr, richEqBool, setAttr, str, truthy, typeName,
} from "../objects/abstract";
import * as E from "../objects/exceptions";
import { newException, PyBaseException, raiseError, toPyException, typeError } from "../objects/exceptions";
import { clinicArgs, defClassMethod, defGetSet, defMethods, defNew, noKwargs } from "../objects/native";
import { trackState } from "../objects/finalize";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { makeGenericAlias } from "../objects/genericalias";
import {
  coroutineType, False, None, PyBuiltinFunction, PyList, PyObject, PyTuple, PyType, PyValue, True,
} from "../objects/types";
import { PyTraceback } from "../vm/traceback";
import { genThrow, PyGenerator, sendTo, stopValue, stopIterationWith } from "../vm/gen";
import { perThread } from "../vm/threads";
import { importModuleLevel } from "../vm/import";
import { copyCurrentContext } from "./contextvars";
import { writeUnraisable } from "./gc";
import { defFunctions, defineModule, nativeType } from "./registry";

const enum State { PENDING, CANCELLED, FINISHED }
const STATE_NAMES = ["PENDING", "CANCELLED", "FINISHED"];

/** A future's callback: the function and the context it runs in. */
type Callback = [fn: PyValue, ctx: PyValue];

/**
 * A future's state. It lives apart from the Python-visible object (FutureObj.s) so that the
 * finalizer tracker can hold it while the object itself dies, and rebuild the object around it to
 * run __del__ (objects/finalize.ts). `loop` is null until __init__ ran (Future.__new__ alone, or a
 * subclass whose __init__ skipped super().__init__()): such a future is "not initialized".
 */
class FutureState {
  loop: PyValue | null = null;
  state: State = State.PENDING;
  result: PyValue | null = null;
  exception: PyValue | null = null;
  /** The exception's traceback when it was set, restored on it by result(). */
  exceptionTb: PyValue | null = null;
  callbacks: Callback[] | null = null;
  sourceTb: PyValue = None;
  cancelMsg: PyValue = None;
  /** The CancelledError a task's coroutine raised, re-raised by result() (not re-created). */
  cancelledExc: PyValue | null = null;
  blocking = false;
  logTb = false;
  /** Whether the finalizer tracker holds this state already. */
  tracked = false;
}

class TaskState extends FutureState {
  coro: PyValue | null = null;
  context: PyValue = None;
  futWaiter: PyValue | null = null;
  mustCancel = false;
  logDestroyPending = true;
  numCancelsRequested = 0;
  name: PyValue = None;
}

export class FutureObj extends PyObject {
  s: FutureState;
  constructor(cls: PyType, s: FutureState = new FutureState()) {
    super(cls);
    this.s = s;
  }
}

export class TaskObj extends FutureObj {
  declare s: TaskState;
  constructor(cls: PyType, s: TaskState = new TaskState()) {
    super(cls, s);
  }
}

/** What `Future.__await__()` returns: yields the future once, then returns its result. */
class FutureIter extends PyIter {
  stopValue: PyValue | undefined = undefined;
  constructor(cls: PyType, public future: FutureObj | null) {
    super(cls);
  }

  next(): PyValue | undefined {
    const fut = this.future;
    if (fut === null) {
      this.stopValue = None;
      return undefined;
    }
    if (fut.s.state === State.PENDING) {
      if (!fut.s.blocking) {
        fut.s.blocking = true;
        return fut;
      }
      raiseError(E.RuntimeError, "await wasn't used with future");
    }
    this.future = null;
    this.stopValue = futureResult(fut);
    return undefined;
  }
}

let futureType: PyType;
let taskType: PyType;
let futureIterType: PyType;
let stepWrapperType: PyType;

// ---- the Python helpers, imported on first use ------------------------------------------------

interface Helpers {
  CancelledError: PyType;
  InvalidStateError: PyType;
  futureRepr: PyValue;
  taskRepr: PyValue;
  taskGetStack: PyValue;
  taskPrintStack: PyValue;
  getEventLoopPolicy: PyValue;
  iscoroutine: PyValue;
  isgenerator: PyValue;
  extractStack: PyValue;
}
let helpers: Helpers | null = null;

function importSubmodule(name: string): PyValue {
  return importModuleLevel(name, None, new PyTuple(["__name__"]), 0);
}

function py(): Helpers {
  if (helpers !== null) return helpers;
  const exceptions = importSubmodule("asyncio.exceptions");
  const baseFutures = importSubmodule("asyncio.base_futures");
  const baseTasks = importSubmodule("asyncio.base_tasks");
  const events = importSubmodule("asyncio.events");
  const coroutines = importSubmodule("asyncio.coroutines");
  helpers = {
    CancelledError: getAttr(exceptions, "CancelledError") as PyType,
    InvalidStateError: getAttr(exceptions, "InvalidStateError") as PyType,
    futureRepr: getAttr(baseFutures, "_future_repr"),
    taskRepr: getAttr(baseTasks, "_task_repr"),
    taskGetStack: getAttr(baseTasks, "_task_get_stack"),
    taskPrintStack: getAttr(baseTasks, "_task_print_stack"),
    getEventLoopPolicy: getAttr(events, "get_event_loop_policy"),
    iscoroutine: getAttr(coroutines, "iscoroutine"),
    isgenerator: getAttr(importSubmodule("inspect"), "isgenerator"),
    extractStack: getAttr(importSubmodule("traceback"), "extract_stack"),
  };
  return helpers;
}

function invalidState(msg: string): never {
  raiseError(py().InvalidStateError, msg);
}

// ---- the running loop and the task registry --------------------------------------------------

let runningLoop: PyValue = None;
// Each green thread has its own running loop (CPython keeps it in the thread state).
perThread.push({ get: () => runningLoop, set: (v) => { runningLoop = v as PyValue; }, initial: () => None });

/** get_event_loop(): the running loop, else the policy's loop. */
function getEventLoop(): PyValue {
  if (runningLoop !== None) return runningLoop;
  const policy = call(py().getEventLoopPolicy, []);
  return callMethod(policy, "get_event_loop", []);
}

/** `_all_tasks` (a weakref.WeakSet) and `_current_tasks` ({loop: task}). */
let allTasks: PyValue;
const currentTasks = new PyDict();

function registerTask(task: PyValue): void {
  callMethod(allTasks, "add", [task]);
}

function enterTask(loop: PyValue, task: PyValue): void {
  const cur = currentTasks.get(loop);
  if (cur !== undefined) {
    raiseError(E.RuntimeError, `Cannot enter into task ${repr(task)} while another task ${repr(cur)} is being executed.`);
  }
  currentTasks.set(loop, task);
}

function leaveTask(loop: PyValue, task: PyValue): void {
  const cur = currentTasks.get(loop);
  if (cur !== task) {
    raiseError(E.RuntimeError, `Leaving task ${repr(task)} does not match the current task ${repr(cur ?? None)}.`);
  }
  currentTasks.delete(loop);
}

// ---- Future ----------------------------------------------------------------------------------

function asFuture(v: PyValue): FutureObj {
  if (!(v instanceof FutureObj)) typeError(`descriptor requires a '_asyncio.Future' object but received a '${typeName(v)}'`);
  return v;
}

/** ENSURE_FUTURE_ALIVE: most operations need __init__ to have run. */
function alive(v: PyValue): FutureObj {
  const fut = asFuture(v);
  if (fut.s.loop === null) raiseError(E.RuntimeError, "Future object is not initialized.");
  return fut;
}

/** result() and exception() report an uninitialized future as InvalidStateError. */
function initialized(v: PyValue): FutureObj {
  const fut = asFuture(v);
  if (fut.s.loop === null) invalidState("Future object is not initialized.");
  return fut;
}

function futureInit(fut: FutureObj, loop: PyValue): void {
  // A second __init__ starts the future over (its instance dict stays).
  fut.s.loop = null;
  fut.s.callbacks = null;
  fut.s.result = null;
  fut.s.exception = null;
  fut.s.exceptionTb = null;
  fut.s.sourceTb = None;
  fut.s.cancelMsg = None;
  fut.s.cancelledExc = null;
  fut.s.state = State.PENDING;
  fut.s.logTb = false;
  fut.s.blocking = false;
  fut.s.loop = loop === None ? getEventLoop() : loop;
  if (truthy(callMethod(fut.s.loop, "get_debug", []))) fut.s.sourceTb = call(py().extractStack, []);
}

/** Calls loop.call_soon(fn, arg, context=ctx) (arg omitted when null). */
function callSoon(loop: PyValue, fn: PyValue, arg: PyValue | null, ctx: PyValue): void {
  const args = arg === null ? [fn, ctx] : [fn, arg, ctx];
  callMethod(loop, "call_soon", args, CONTEXT_KW);
}
const CONTEXT_KW = ["context"];

function scheduleCallbacks(fut: FutureObj): void {
  const cbs = fut.s.callbacks;
  if (cbs === null) return;
  fut.s.callbacks = null;
  for (const [fn, ctx] of cbs) callSoon(fut.s.loop!, fn, fut, ctx);
}

function futureSetResult(fut: FutureObj, v: PyValue): void {
  if (fut.s.state !== State.PENDING) invalidState("invalid state");
  fut.s.result = v;
  fut.s.state = State.FINISHED;
  scheduleCallbacks(fut);
}

function futureSetException(fut: FutureObj, exc: PyValue): void {
  if (fut.s.state !== State.PENDING) invalidState("invalid state");
  let val = exc;
  if (exc instanceof PyType && exc.isSubtypeOf(E.BaseException)) {
    val = call(exc, []);
    if (fut.s.state !== State.PENDING) invalidState("invalid state");
  }
  if (!(val instanceof PyBaseException)) typeError("invalid exception object");
  if (val.cls === E.StopIteration) {
    typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
  }
  fut.s.exception = val;
  fut.s.exceptionTb = val.traceback;
  fut.s.state = State.FINISHED;
  scheduleCallbacks(fut);
  fut.s.logTb = true;
  trackDestruction(fut);
}

function futureCancel(fut: FutureObj, msg: PyValue): boolean {
  fut.s.logTb = false;
  if (fut.s.state !== State.PENDING) return false;
  fut.s.state = State.CANCELLED;
  fut.s.cancelMsg = msg;
  scheduleCallbacks(fut);
  return true;
}

/** The CancelledError to raise for a cancelled future (the saved one, once). */
function makeCancelledError(fut: FutureObj): PyValue {
  const saved = fut.s.cancelledExc;
  if (saved !== null) {
    fut.s.cancelledExc = null;
    return saved;
  }
  const msg = fut.s.cancelMsg;
  return call(py().CancelledError, msg === None ? [] : [msg]);
}

/** result(): the value, or throws the future's exception (or CancelledError/InvalidStateError). */
function futureResult(fut: FutureObj): PyValue {
  const exc = futureOutcome(fut);
  if (exc !== null) throw exc;
  return fut.s.result!;
}

/**
 * The future's exception with its traceback restored, or null when it has a result (future_get_result).
 * Throws for a cancelled or pending future.
 */
function futureOutcome(fut: FutureObj): PyBaseException | null {
  if (fut.s.state === State.CANCELLED) throw toPyException(makeCancelledError(fut));
  if (fut.s.state !== State.FINISHED) invalidState("Result is not set.");
  fut.s.logTb = false;
  const exc = fut.s.exception;
  if (exc === null) return null;
  const e = exc as PyBaseException;
  e.traceback = fut.s.exceptionTb ?? None;
  fut.s.exceptionTb = null;
  return e;
}

function addDoneCallback(fut: FutureObj, fn: PyValue, ctx: PyValue): void {
  if (fut.s.loop === null) raiseError(E.RuntimeError, "uninitialized Future object");
  if (fut.s.state !== State.PENDING) callSoon(fut.s.loop, fn, fut, ctx);
  else (fut.s.callbacks ??= []).push([fn, ctx]);
}

function removeDoneCallback(fut: FutureObj, fn: PyValue): number {
  if (fut.s.callbacks === null) return 0;
  const len = fut.s.callbacks.length;
  const kept: Callback[] = [];
  // An __eq__ may change the callbacks while they are compared: the loop reads them afresh.
  for (let i = 0; fut.s.callbacks !== null && i < fut.s.callbacks.length; i++) {
    const cb = fut.s.callbacks[i];
    if (!richEqBool(cb[0], fn)) kept.push(cb);
  }
  fut.s.callbacks = fut.s.callbacks === null || kept.length === 0 ? null : kept;
  return len - kept.length;
}


function futureRepr(fut: PyValue): PyValue {
  return call(py().futureRepr, [fut]);
}

function stateName(fut: FutureObj): string {
  return STATE_NAMES[fut.s.state];
}

function initFuture(d: PyDict): void {
  futureType = nativeType("_asyncio", "Future", undefined, TypeFlag.BASETYPE | TypeFlag.HAS_DICT);
  futureType.ns.set("__doc__", FUTURE_DOC);
  defNew(futureType, (args) => new FutureObj(args[0] as PyType));
  defMethods(futureType, {
    __init__(args, kw) {
      if (args.length - 1 > (kw === null ? 0 : kw.length)) typeError("Future() takes no positional arguments");
      const [loop] = clinicArgs("Future", args.slice(1), kw, ["loop"], 0, 0, 0);
      futureInit(asFuture(args[0]), loop ?? None);
      return None;
    },
    result(args, kw) {
      noArgs("Future.result", args, kw);
      return futureResult(initialized(args[0]));
    },
    exception(args, kw) {
      noArgs("Future.exception", args, kw);
      const fut = initialized(args[0]);
      if (fut.s.state === State.CANCELLED) throw toPyException(makeCancelledError(fut));
      if (fut.s.state !== State.FINISHED) invalidState("Exception is not set.");
      if (fut.s.exception === null) return None;
      fut.s.logTb = false;
      return fut.s.exception;
    },
    set_result(args, kw) {
      noKwargs("set_result", kw);
      if (args.length !== 2) typeError(`Future.set_result() takes exactly one argument (${args.length - 1} given)`);
      futureSetResult(alive(args[0]), args[1]);
      return None;
    },
    set_exception(args, kw) {
      noKwargs("set_exception", kw);
      if (args.length !== 2) typeError(`Future.set_exception() takes exactly one argument (${args.length - 1} given)`);
      futureSetException(alive(args[0]), args[1]);
      return None;
    },
    add_done_callback(args, kw) {
      const [fn, context] = clinicArgs("add_done_callback", args.slice(1), kw, ["fn", "context"], 1, 1, 1);
      const fut = asFuture(args[0]);
      addDoneCallback(fut, fn!, context === undefined || context === None ? copyCurrentContext() : context);
      return None;
    },
    remove_done_callback(args, kw) {
      noKwargs("remove_done_callback", kw);
      if (args.length !== 2) typeError(`Future.remove_done_callback() takes exactly one argument (${args.length - 1} given)`);
      return removeDoneCallback(alive(args[0]), args[1]);
    },
    cancel(args, kw) {
      const [msg] = clinicArgs("cancel", args.slice(1), kw, ["msg"], 0);
      return futureCancel(alive(args[0]), msg ?? None) ? True : False;
    },
    cancelled(args, kw) {
      noArgs("Future.cancelled", args, kw);
      const fut = asFuture(args[0]);
      return fut.s.loop !== null && fut.s.state === State.CANCELLED ? True : False;
    },
    done(args, kw) {
      noArgs("Future.done", args, kw);
      const fut = asFuture(args[0]);
      return fut.s.loop === null || fut.s.state === State.PENDING ? False : True;
    },
    get_loop(args, kw) {
      noArgs("Future.get_loop", args, kw);
      return alive(args[0]).s.loop!;
    },
    _make_cancelled_error(args, kw) {
      noArgs("Future._make_cancelled_error", args, kw);
      return makeCancelledError(asFuture(args[0]));
    },
    __iter__: (args) => new FutureIter(futureIterType, asFuture(args[0])),
    __await__: (args) => new FutureIter(futureIterType, asFuture(args[0])),
    __repr__: (args) => futureRepr(args[0]),
    __del__(args) {
      futureFinalize(asFuture(args[0]));
      return None;
    },
  });
  defClassMethod(futureType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

  defGetSet(futureType, "_state", (self) => stateName(alive(self)));
  defGetSet(futureType, "_result", (self) => alive(self).s.result ?? None);
  defGetSet(futureType, "_exception", (self) => alive(self).s.exception ?? None);
  defGetSet(futureType, "_loop", (self) => asFuture(self).s.loop ?? None);
  defGetSet(futureType, "_source_traceback", (self) => asFuture(self).s.sourceTb);
  defGetSet(futureType, "_callbacks", (self) => {
    const cbs = alive(self).s.callbacks;
    if (cbs === null) return None;
    return new PyList(cbs.map(([fn, ctx]) => new PyTuple([fn, ctx])));
  });
  defGetSet(futureType, "_asyncio_future_blocking", (self) => {
    const fut = asFuture(self);
    return fut.s.loop !== null && fut.s.blocking ? True : False;
  }, (self, v) => {
    const fut = alive(self);
    if (v === undefined) raiseError(E.AttributeError, "cannot delete attribute");
    fut.s.blocking = truthy(v);
  });
  defGetSet(futureType, "_log_traceback", (self) => (alive(self).s.logTb ? True : False), (self, v) => {
    const fut = asFuture(self);
    if (v === undefined) raiseError(E.AttributeError, "cannot delete attribute");
    if (truthy(v)) raiseError(E.ValueError, "_log_traceback can only be set to False");
    fut.s.logTb = false;
  });
  defGetSet(futureType, "_cancel_message", (self) => asFuture(self).s.cancelMsg, (self, v) => {
    if (v === undefined) raiseError(E.AttributeError, "cannot delete attribute");
    asFuture(self).s.cancelMsg = v;
  });
  d.set("Future", futureType);

  futureIterType = nativeType("_asyncio", "FutureIter", undefined, 0);
  defMethods(futureIterType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const it = args[0] as FutureIter;
      const v = it.next();
      if (v === undefined) throw stopIterationWith(it.stopValue ?? None);
      return v;
    },
    send(args) {
      // Future.__iter__ does not care what is sent in.
      const it = args[0] as FutureIter;
      const v = it.next();
      if (v === undefined) throw stopIterationWith(it.stopValue ?? None);
      return v;
    },
    throw(args, kw) {
      noKwargs("throw", kw);
      const n = args.length - 1;
      if (n < 1 || n > 3) typeError(n < 1 ? "throw expected at least 1 argument, got 0" : `throw expected at most 3 arguments, got ${n}`);
      const it = args[0] as FutureIter;
      throw futureIterThrown(args[1], args[2] ?? None, args[3] ?? None, it);
    },
    close(args) {
      (args[0] as FutureIter).future = null;
      return None;
    },
  });
}

function noArgs(name: string, args: PyValue[], kw: readonly string[] | null): void {
  noKwargs(name, kw);
  if (args.length > 1) typeError(`${name}() takes no arguments (${args.length - 1} given)`);
}

/** FutureIter.throw(type, value, tb): the exception to raise (the future is let go). */
function futureIterThrown(typ: PyValue, val: PyValue, tb: PyValue, it: FutureIter): PyBaseException {
  if (tb !== None && !(tb instanceof PyTraceback)) typeError("throw() third argument must be a traceback");
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtypeOf(E.BaseException)) {
    if (val instanceof PyBaseException && isInstance(val, typ)) exc = val;
    else exc = toPyException(call(typ, val === None ? [] : val instanceof PyTuple ? val.items.slice() : [val]));
    if (tb !== None) exc.traceback = tb;
  } else if (typ instanceof PyBaseException) {
    if (val !== None) typeError("instance exception may not have a separate value");
    exc = typ;
    if (tb !== None) exc.traceback = tb;
  } else {
    typeError("exceptions must be classes deriving BaseException or instances of such a class");
  }
  it.future = null;
  return exc;
}

// ---- Task ------------------------------------------------------------------------------------

function asTask(v: PyValue): TaskObj {
  if (!(v instanceof TaskObj)) typeError(`descriptor requires a '_asyncio.Task' object but received a '${typeName(v)}'`);
  return v;
}

let taskNameCounter = 0;

function isCoroutine(v: PyValue): boolean {
  if (v instanceof PyGenerator && v.cls === coroutineType) return true;
  return truthy(call(py().iscoroutine, [v]));
}

function taskInit(task: TaskObj, coro: PyValue, loop: PyValue, name: PyValue, context: PyValue): void {
  futureInit(task, loop);
  if (!isCoroutine(coro)) {
    task.s.logDestroyPending = false;
    typeError(`a coroutine was expected, got ${repr(coro)}`);
  }
  task.s.context = context === None ? copyCurrentContext() : context;
  task.s.futWaiter = null;
  task.s.mustCancel = false;
  task.s.logDestroyPending = true;
  task.s.numCancelsRequested = 0;
  task.s.coro = coro;
  task.s.name = name === None ? `Task-${++taskNameCounter}` : typeof name === "string" ? name : str(name);
  // Tracked first: a task whose first step could not be scheduled dies pending.
  trackDestruction(task);
  callSoonStep(task, null);
  registerTask(task);
}

/** Schedules the task's next step (with `exc` thrown into the coroutine if not null). */
function callSoonStep(task: TaskObj, exc: PyValue | null): void {
  callSoon(task.s.loop!, new StepWrapper(stepWrapperType, task, exc), null, task.s.context);
}

/** TaskStepMethWrapper: what the loop calls to run one step of a task. */
class StepWrapper extends PyObject {
  constructor(cls: PyType, readonly task: TaskObj, readonly exc: PyValue | null) {
    super(cls);
  }
}

function setErrorSoon(task: TaskObj, msg: string): void {
  callSoonStep(task, newException(E.RuntimeError, msg));
}

/** One step: enter the task, run its coroutine to its next suspension, leave the task. */
function taskStep(task: TaskObj, exc: PyValue | null): void {
  const loop = task.s.loop!;
  enterTask(loop, task);
  try {
    taskStepImpl(task, exc);
  } catch (e) {
    try {
      leaveTask(loop, task);
    } catch (e2) {
      const err = toPyException(e2);
      if (err.context === None) err.context = toPyException(e);
      throw err;
    }
    throw e;
  }
  leaveTask(loop, task);
}

function taskStepImpl(task: TaskObj, excIn: PyValue | null): void {
  const h = py();
  let exc = excIn;
  if (task.s.state !== State.PENDING) {
    invalidState(`_step(): already done: ${repr(task)} ${repr(exc ?? None)}`);
  }
  if (task.s.mustCancel) {
    if (exc === null || !isInstance(exc, h.CancelledError)) exc = makeCancelledError(task);
    task.s.mustCancel = false;
  }
  task.s.futWaiter = null;
  const coro = task.s.coro;
  if (coro === null) raiseError(E.RuntimeError, "uninitialized Task object");

  let result: PyValue;
  try {
    if (exc === null) {
      const r = sendTo(coro, None);
      if (r.done) {
        taskReturned(task, r.value);
        return;
      }
      result = r.value;
    } else if (coro instanceof PyGenerator) {
      const r = genThrow(coro, toPyException(exc));
      if (r.done) {
        taskReturned(task, r.value);
        return;
      }
      result = r.value;
    } else {
      result = callMethod(coro, "throw", [exc]);
    }
  } catch (e) {
    const err = toPyException(e);
    if (err.cls === E.StopIteration || isInstance(err, E.StopIteration)) {
      taskReturned(task, stopValue(err));
      return;
    }
    if (isInstance(err, h.CancelledError)) {
      task.s.cancelledExc = err;
      futureCancel(task, None);
      return;
    }
    futureSetException(task, err);
    if (isInstance(err, E.KeyboardInterrupt) || isInstance(err, E.SystemExit)) throw err;
    return;
  }
  taskYielded(task, result);
}

/** The coroutine returned: the task's result (or its cancellation, if one came at the end). */
function taskReturned(task: TaskObj, value: PyValue): void {
  if (task.s.mustCancel) {
    task.s.mustCancel = false;
    futureCancel(task, task.s.cancelMsg);
  } else {
    futureSetResult(task, value);
  }
}

/** The coroutine yielded `result`: wait on it if it is a future, else decide what went wrong. */
function taskYielded(task: TaskObj, result: PyValue): void {
  if (result === task) {
    setErrorSoon(task, `Task cannot await on itself: ${repr(task)}`);
    return;
  }
  if (result instanceof FutureObj && (result.cls === futureType || result.cls === taskType)) {
    if (result.s.loop !== task.s.loop) {
      setErrorSoon(task, `Task ${repr(task)} got Future ${repr(result)} attached to a different loop`);
      return;
    }
    if (!result.s.blocking) {
      setErrorSoon(task, `yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`);
      return;
    }
    result.s.blocking = false;
    addDoneCallback(result, wakeupOf(task), task.s.context);
    task.s.futWaiter = result;
    if (task.s.mustCancel) {
      // A task is cancelled by its own cancel() (which cancels what it awaits in turn).
      const done = result instanceof TaskObj ? truthy(callMethod(result, "cancel", [task.s.cancelMsg]))
        : futureCancel(result, task.s.cancelMsg);
      if (done) task.s.mustCancel = false;
    }
    return;
  }
  if (result === None) {
    // A bare yield gives up control for one iteration of the loop.
    callSoonStep(task, null);
    return;
  }
  const blockingAttr = getAttrOpt(result, "_asyncio_future_blocking");
  if (blockingAttr !== undefined && blockingAttr !== None) {
    const blocking = truthy(blockingAttr);
    if (futureLoopOf(result) !== task.s.loop) {
      setErrorSoon(task, `Task ${repr(task)} got Future ${repr(result)} attached to a different loop`);
      return;
    }
    if (!blocking) {
      setErrorSoon(task, `yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`);
      return;
    }
    setAttr(result, "_asyncio_future_blocking", False);
    callMethod(result, "add_done_callback", [wakeupOf(task), task.s.context], CONTEXT_KW);
    task.s.futWaiter = result;
    if (task.s.mustCancel && truthy(callMethod(result, "cancel", [task.s.cancelMsg]))) task.s.mustCancel = false;
    return;
  }
  if (truthy(call(py().isgenerator, [result]))) {
    setErrorSoon(task, `yield was used instead of yield from for generator in task ${repr(task)} with ${repr(result)}`);
    return;
  }
  setErrorSoon(task, `Task got bad yield: ${repr(result)}`);
}

/** asyncio.futures._get_loop: get_loop() if the future has it, else its `_loop`. */
function futureLoopOf(fut: PyValue): PyValue {
  if (fut instanceof FutureObj && (fut.cls === futureType || fut.cls === taskType)) return fut.s.loop ?? None;
  const getLoop = getAttrOpt(fut, "get_loop");
  if (getLoop !== undefined) return call(getLoop, []);
  return getAttr(fut, "_loop");
}

/** The task's wakeup callback for the future it awaits (a builtin method bound to the task). */
function wakeupOf(task: TaskObj): PyValue {
  return new PyBuiltinFunction("task_wakeup", taskWakeup, task, "Task.task_wakeup");
}

function taskWakeup(args: PyValue[], kw: readonly string[] | null): PyValue {
  noKwargs("task_wakeup", kw);
  if (args.length !== 2) typeError(`task_wakeup() takes exactly one argument (${args.length - 1} given)`);
  const task = args[0] as TaskObj;
  const fut = args[1];
  let exc: PyBaseException | null;
  try {
    if (fut instanceof FutureObj && (fut.cls === futureType || fut.cls === taskType)) exc = futureOutcome(fut);
    else {
      callMethod(fut, "result", []);
      exc = null;
    }
  } catch (e) {
    exc = toPyException(e);
  }
  taskStep(task, exc);
  return None;
}

function taskRepr(task: PyValue): PyValue {
  return call(py().taskRepr, [task]);
}

function initTask(d: PyDict): void {
  taskType = nativeType("_asyncio", "Task", futureType, TypeFlag.BASETYPE | TypeFlag.HAS_DICT);
  taskType.ns.set("__doc__", "A coroutine wrapped in a Future.");
  defNew(taskType, (args) => new TaskObj(args[0] as PyType));
  defMethods(taskType, {
    __init__(args, kw) {
      const [coro, loop, name, context] = clinicArgs("Task", args.slice(1), kw, ["coro", "loop", "name", "context"], 1, 0, 1);
      taskInit(asTask(args[0]), coro!, loop ?? None, name ?? None, context ?? None);
      return None;
    },
    cancel(args, kw) {
      const [m] = clinicArgs("cancel", args.slice(1), kw, ["msg"], 0);
      const msg = m ?? None;
      const task = asTask(args[0]);
      task.s.logTb = false;
      if (task.s.state !== State.PENDING) return False;
      task.s.numCancelsRequested++;
      if (task.s.futWaiter !== null && truthy(callMethod(task.s.futWaiter, "cancel", [msg]))) return True;
      task.s.mustCancel = true;
      task.s.cancelMsg = msg;
      return True;
    },
    cancelling(args, kw) {
      noArgs("Task.cancelling", args, kw);
      return asTask(args[0]).s.numCancelsRequested;
    },
    uncancel(args, kw) {
      noArgs("Task.uncancel", args, kw);
      const task = asTask(args[0]);
      if (task.s.numCancelsRequested > 0) task.s.numCancelsRequested--;
      return task.s.numCancelsRequested;
    },
    get_stack(args, kw) {
      const [limit] = clinicArgs("get_stack", args.slice(1), kw, ["limit"], 0, 0, 0);
      return call(py().taskGetStack, [asTask(args[0]), limit ?? None]);
    },
    print_stack(args, kw) {
      const [limit, file] = clinicArgs("print_stack", args.slice(1), kw, ["limit", "file"], 0, 0, 0);
      return call(py().taskPrintStack, [asTask(args[0]), limit ?? None, file ?? None]);
    },
    set_result(args) {
      asTask(args[0]);
      raiseError(E.RuntimeError, "Task does not support set_result operation");
    },
    set_exception(args) {
      asTask(args[0]);
      raiseError(E.RuntimeError, "Task does not support set_exception operation");
    },
    get_coro(args, kw) {
      noArgs("Task.get_coro", args, kw);
      return asTask(args[0]).s.coro ?? None;
    },
    get_name(args, kw) {
      noArgs("Task.get_name", args, kw);
      return asTask(args[0]).s.name;
    },
    set_name(args, kw) {
      noKwargs("set_name", kw);
      if (args.length !== 2) typeError(`Task.set_name() takes exactly one argument (${args.length - 1} given)`);
      const v = args[1];
      asTask(args[0]).s.name = typeof v === "string" ? v : str(v);
      return None;
    },
    __repr__: (args) => taskRepr(args[0]),
    __del__(args) {
      taskFinalize(asTask(args[0]));
      return None;
    },
  });
  defClassMethod(taskType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
  defGetSet(taskType, "_log_destroy_pending", (self) => (asTask(self).s.logDestroyPending ? True : False), (self, v) => {
    if (v === undefined) raiseError(E.AttributeError, "can't delete attribute");
    asTask(self).s.logDestroyPending = truthy(v);
  });
  defGetSet(taskType, "_must_cancel", (self) => (asTask(self).s.mustCancel ? True : False));
  defGetSet(taskType, "_coro", (self) => asTask(self).s.coro ?? None);
  defGetSet(taskType, "_fut_waiter", (self) => asTask(self).s.futWaiter ?? None);
  d.set("Task", taskType);

  // Its C type has no module in its name: `<TaskStepMethWrapper object at ...>`.
  stepWrapperType = nativeType("builtins", "TaskStepMethWrapper", undefined, 0);
  defMethods(stepWrapperType, {
    __call__(args, kw) {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length - 1 - nkw > 0) typeError("function takes no positional arguments");
      if (nkw > 0) typeError("function takes no keyword arguments");
      const w = args[0] as StepWrapper;
      taskStep(w.task, w.exc);
      return None;
    },
  });
  defGetSet(stepWrapperType, "__self__", (self) => (self as StepWrapper).task);
}

// ---- finalization: "exception was never retrieved", "Task was destroyed but it is pending!" --

function callExceptionHandler(loop: PyValue, context: PyDict): void {
  let handler: PyValue | undefined;
  try {
    handler = getAttr(loop, "call_exception_handler");
    call(handler, [context]);
  } catch (e) {
    writeUnraisable(e, handler ?? loop);
  }
}

function futureFinalize(fut: FutureObj): void {
  if (!fut.s.logTb || fut.s.loop === null) return;
  fut.s.logTb = false;
  const context = new PyDict();
  context.set("message", `${str(getAttr(fut.cls, "__name__"))} exception was never retrieved`);
  context.set("exception", fut.s.exception ?? None);
  context.set("future", fut);
  if (fut.s.sourceTb !== None) context.set("source_traceback", fut.s.sourceTb);
  callExceptionHandler(fut.s.loop, context);
}

function taskFinalize(task: TaskObj): void {
  if (task.s.state === State.PENDING && task.s.logDestroyPending && task.s.loop !== null) {
    const context = new PyDict();
    context.set("message", "Task was destroyed but it is pending!");
    context.set("task", task);
    if (task.s.sourceTb !== None) context.set("source_traceback", task.s.sourceTb);
    callExceptionHandler(task.s.loop, context);
  }
  futureFinalize(task);
}

/**
 * Has the collector run __del__ once `fut` dies: a future once it holds an exception, a task
 * from its start. Instances of Python subclasses are tracked already (abstract.ts typeCallDefault).
 */
function trackDestruction(fut: FutureObj): void {
  if (fut.s.tracked || fut.cls.flags & TypeFlag.HEAPTYPE) return;
  fut.s.tracked = true;
  trackState(fut, fut.s, rebuildFuture);
}

function rebuildFuture(cls: PyType, s: object): PyObject {
  return s instanceof TaskState ? new TaskObj(cls, s) : new FutureObj(cls, s as FutureState);
}

// ---- the module ------------------------------------------------------------------------------

defineModule("_asyncio", (d) => {
  initFuture(d);
  initTask(d);
  allTasks = call(getAttr(importSubmodule("_weakrefset"), "WeakSet"), []);
  d.set("_all_tasks", allTasks);
  d.set("_current_tasks", currentTasks);
  defFunctions(d, "_asyncio", {
    get_event_loop(args, kw) {
      noArgs("get_event_loop", [None, ...args], kw);
      return getEventLoop();
    },
    _get_event_loop(args, kw) {
      clinicArgs("_get_event_loop", args, kw, ["stacklevel"], 0);
      return getEventLoop();
    },
    get_running_loop(args, kw) {
      noArgs("get_running_loop", [None, ...args], kw);
      if (runningLoop === None) raiseError(E.RuntimeError, "no running event loop");
      return runningLoop;
    },
    _get_running_loop(args, kw) {
      noArgs("_get_running_loop", [None, ...args], kw);
      return runningLoop;
    },
    _set_running_loop(args, kw) {
      noKwargs("_set_running_loop", kw);
      if (args.length !== 1) typeError(`_set_running_loop() takes exactly one argument (${args.length} given)`);
      runningLoop = args[0];
      return None;
    },
    _register_task(args, kw) {
      const [task] = clinicArgs("_register_task", args, kw, ["task"], 1);
      registerTask(task!);
      return None;
    },
    _unregister_task(args, kw) {
      const [task] = clinicArgs("_unregister_task", args, kw, ["task"], 1);
      callMethod(allTasks, "discard", [task!]);
      return None;
    },
    _enter_task(args, kw) {
      const [loop, task] = clinicArgs("_enter_task", args, kw, ["loop", "task"], 2);
      enterTask(loop!, task!);
      return None;
    },
    _leave_task(args, kw) {
      const [loop, task] = clinicArgs("_leave_task", args, kw, ["loop", "task"], 2);
      leaveTask(loop!, task!);
      return None;
    },
  });
}, "Accelerator module for asyncio");

const FUTURE_DOC = `This class is *almost* compatible with concurrent.futures.Future.

    Differences:

    - result() and exception() do not take a timeout argument and
      raise an exception when the future isn't done yet.

    - Callbacks registered with add_done_callback() are always called
      via the event loop's call_soon_threadsafe().

    - This class is not compatible with the wait() and as_completed()
      methods in the concurrent.futures package.`;
