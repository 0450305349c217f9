// sys.settrace / sys.setprofile: the events of CPython 3.11's tracing (ceval.c's DO_TRACING,
// call_trace, trace_trampoline, profile_trampoline, C_TRACE).
//
// How it stays free when off: the eval loop (eval.ts) runs a code object's own instruction array
// unless `useTracing` is set; then it runs `tracedCode(code)`, a copy holding TRACE_WORD
// everywhere. That word is no opcode: it lands in the loop's `default` branch, which is taken by
// rare instructions only, so the common instructions pay nothing. There traceStep reports the
// events and then opens a "hole": it writes the real instruction into the traced copy at that
// one index, and the loop fetches and runs it; the next TRACE_WORD fetched (in any frame) closes
// the hole again. So exactly one real instruction is exposed at a time. Since fetching a
// TRACE_WORD overwrites frame.lasti, the index of the instruction a frame executed last (which
// decides 'line' events) is kept in its FrameTrace.prev.
// The loop re-reads `useTracing` only where it can have changed for the running frame: on calls
// and returns, after a native call and after the rarer instructions (executeOther).
// Exceptions (the 'exception' event, the 'return' event of a frame left by an exception) are
// reported from run()'s unwinder, which is not a hot path.
//
// Events: a trace function gets 'call' (the global one: its result becomes the frame's f_trace),
// then 'line', 'return', 'exception', 'opcode' through f_trace; a profile function gets 'call',
// 'return', and 'c_call'/'c_return'/'c_exception' around calls of builtin functions made by
// CALL / CALL_FUNCTION_EX. Nothing is reported while a trace or profile function runs.

import { CodeObject } from "../bytecode/code";
import { Op } from "../bytecode/opcodes";
import { bindDescr, call, callDescr, isInstance, PyIter } from "../objects/abstract";
import { newException, PyBaseException, StopIteration, toPyException } from "../objects/exceptions";
import { PyDict } from "../objects/pydict";
import { coroutineType, generatorType, methodDescrType, None, PyList, PyBuiltinFunction, PyMethodDescr, PyTuple, PyValue, typeOf } from "../objects/types";
import { TypeFlag } from "../objects/object";
import { localsStamp, localsToFast } from "../modules/builtins";
import { Frame, frameEscapes, FrameState, FrameTrace } from "./frame";
import { runtime } from "./runtime";
import { topFrame as currentTopFrame } from "./eval";

export const enum TraceEvent { CALL, EXCEPTION, LINE, RETURN, C_CALL, C_EXCEPTION, C_RETURN, OPCODE }

const EVENT_NAMES = ["call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"];

/** A profiler written natively (_lsprof): gets the profile events. */
export type ProfileHook = (frame: Frame, event: TraceEvent, arg: PyValue) => void;

/**
 * Per-thread tracing state (CPython's c_tracefunc, c_profilefunc, tracing and tracing_what in
 * PyThreadState). A thread switch installs the thread's own with setThreadTrace.
 */
export class ThreadTrace {
  /** sys.settrace's function; None: off. */
  traceFunc: PyValue = None;
  /** What sys.getprofile returns: the Python function, or a native profiler's object. */
  profileObj: PyValue = None;
  profileHook: ProfileHook | null = null;
  /** Set when profileHook calls the Python function profileObj (an error in it turns profiling off). */
  profilePython = false;
  /** > 0 while a trace or profile function runs: no events then. */
  tracing = 0;
  /**
   * The event being delivered (frame.f_lineno's setter checks it); outside trace functions
   * CPython's initial value, 'call'.
   */
  what: number = TraceEvent.CALL;
  /** The 'return' event being delivered is a generator's yield (a jump is allowed then). */
  whatYield = false;
}

export let tstate = new ThreadTrace();

/** True when the eval loop must report events: a trace or profile function is set and none runs. */
export let useTracing = false;

function updateTracing(): void {
  const t = tstate;
  useTracing = t.tracing === 0 && (t.traceFunc !== None || t.profileHook !== null);
  if (!useTracing) closeHole();
}

function isConfigured(t: ThreadTrace): boolean {
  return t.traceFunc !== None || t.profileHook !== null;
}

export function setThreadTrace(t: ThreadTrace): void {
  // The hole's instruction has always been fetched by the time another thread can run.
  closeHole();
  tstate = t;
  if (isConfigured(t)) rememberRunningFrames();
  updateTracing();
}

export function setTrace(func: PyValue): void {
  const was = isConfigured(tstate);
  tstate.traceFunc = func;
  if (!was && isConfigured(tstate)) rememberRunningFrames();
  updateTracing();
}

export function setProfile(func: PyValue): void {
  const t = tstate;
  if (!isConfigured(t) && func !== None) rememberRunningFrames();
  if (func === None) {
    t.profileObj = None;
    t.profileHook = null;
    t.profilePython = false;
  } else {
    t.profileObj = func;
    t.profilePython = true;
    t.profileHook = (frame, event, arg) => {
      frameEscapes();
      call(func, [frame, EVENT_NAMES[event], arg]);
    };
  }
  updateTracing();
}

/** Installs a native profiler (obj is what sys.getprofile returns); null hook: off. */
export function setNativeProfile(obj: PyValue, hook: ProfileHook | null): void {
  const t = tstate;
  if (!isConfigured(t) && hook !== null) rememberRunningFrames();
  t.profileObj = hook === null ? None : obj;
  t.profileHook = hook;
  t.profilePython = false;
  updateTracing();
}

// ---- the traced instruction array ----------------------------------------------------------------

/** The instruction word that sends the eval loop to traceInstruction (CPython's DO_TRACING). */
export const TRACE_WORD = 255;

const tracedCopies = new WeakMap<CodeObject, Int32Array>();

/** What the eval loop runs instead of code.code while tracing: TRACE_WORD everywhere (but a hole). */
export function tracedCode(code: CodeObject): Int32Array {
  let t = tracedCopies.get(code);
  if (t === undefined) {
    t = new Int32Array(code.code.length).fill(TRACE_WORD);
    tracedCopies.set(code, t);
  }
  return t;
}

/** The one traced copy holding a real instruction, and where (-1: none). */
let holeWords: Int32Array | null = null;
let holeIndex = -1;

function closeHole(): void {
  if (holeWords !== null) {
    holeWords[holeIndex] = TRACE_WORD;
    holeWords = null;
    holeIndex = -1;
  }
}

/** Lets the eval loop fetch the real instruction at frame.pc next (see the top of the file). */
function openHole(frame: Frame): void {
  closeHole();
  const words = tracedCode(frame.code);
  const pc = frame.pc;
  words[pc] = frame.code.code[pc];
  holeWords = words;
  holeIndex = pc;
  frameTrace(frame).prev = pc;
}

/**
 * When tracing starts, the frames on the stack keep the index of the instruction they are in
 * (their frame.lasti, about to be overwritten by the traced fetches).
 */
function rememberRunningFrames(): void {
  for (let f: Frame | null = currentTopFrame; f !== null; f = f.back) frameTrace(f).prev = f.lasti;
}

/** Index of the first RESUME: the instructions before it (cell set-up, RETURN_GENERATOR) are not traced. */
const firstTraceableCache = new WeakMap<CodeObject, number>();

export function firstTraceable(code: CodeObject): number {
  let n = firstTraceableCache.get(code);
  if (n === undefined) {
    const w = code.code;
    n = 0;
    while (n < w.length && (w[n] & 0xff) !== Op.RESUME) n++;
    firstTraceableCache.set(code, n);
  }
  return n;
}

// ---- calling the trace and profile functions ------------------------------------------------------

function frameTrace(frame: Frame): FrameTrace {
  let ft = frame.trace;
  if (ft === null) ft = frame.trace = new FrameTrace();
  return ft;
}

/**
 * Calls the trace function for `event` (trace_trampoline): the global one for 'call', else the
 * frame's f_trace; a non-None result becomes f_trace. If it raises, tracing is turned off and
 * the error propagates. Changes it made to frame.f_locals are copied back to the frame.
 */
function callTrace(frame: Frame, event: TraceEvent, arg: PyValue): void {
  const t = tstate;
  if (t.tracing !== 0) return;
  const cb = event === TraceEvent.CALL ? t.traceFunc : (frame.trace === null ? None : frame.trace.func);
  if (cb === None) return;
  const oldWhat = t.what;
  t.what = event;
  t.tracing++;
  updateTracing();
  const stamp = localsStamp();
  let r: PyValue;
  try {
    frameEscapes();
    r = call(cb, [frame, EVENT_NAMES[event], arg]);
  } catch (e) {
    t.traceFunc = None;
    if (frame.trace !== null) frame.trace.func = None;
    throw e;
  } finally {
    t.tracing--;
    t.what = oldWhat;
    t.whatYield = false;
    updateTracing();
    localsToFast(frame, stamp);
  }
  if (r !== None) frameTrace(frame).func = r;
}

/** Reports a profile event (profile_trampoline); an error in a Python profile function turns profiling off. */
function callProfile(frame: Frame, event: TraceEvent, arg: PyValue): void {
  const t = tstate;
  const hook = t.profileHook;
  if (hook === null || t.tracing !== 0) return;
  const oldWhat = t.what;
  t.what = event;
  t.tracing++;
  updateTracing();
  try {
    hook(frame, event, arg);
  } catch (e) {
    if (t.profilePython) setProfile(None);
    throw e;
  } finally {
    t.tracing--;
    t.what = oldWhat;
    updateTracing();
  }
}

/** Like callProfile, but an error replaces `exc` (call_trace_protected). */
function callProfileProtected(frame: Frame, event: TraceEvent, arg: PyValue, exc: PyBaseException): PyBaseException {
  try {
    callProfile(frame, event, arg);
    return exc;
  } catch (e) {
    return toPyException(e);
  }
}

/**
 * Set when a trace or profile function raised on a frame's 'call' or 'return' event: the
 * frame is left at once (no traceback entry, no exception event, no handler), as CPython's
 * exit_unwind. run() reads and clears it.
 */
export let exitUnwind = false;

export function clearExitUnwind(): void {
  exitUnwind = false;
}

/** 'call' events when a frame starts or resumes (RESUME, or generator.throw()). */
export function functionEntry(frame: Frame): void {
  try {
    if (tstate.traceFunc !== None) callTrace(frame, TraceEvent.CALL, None);
    callProfile(frame, TraceEvent.CALL, None);
  } catch (e) {
    exitUnwind = true;
    throw e;
  }
}

export function functionExit(frame: Frame, value: PyValue, isYield: boolean): void {
  try {
    if (tstate.traceFunc !== None) {
      tstate.whatYield = isYield;
      callTrace(frame, TraceEvent.RETURN, value);
    }
    callProfile(frame, TraceEvent.RETURN, value);
  } catch (e) {
    exitUnwind = true;
    throw e;
  }
}

/**
 * The 'exception' event for an exception raised in (or propagated into) `frame`; an error in
 * the trace function replaces the exception.
 */
export function exceptionEvent(frame: Frame, exc: PyBaseException): PyBaseException {
  if (tstate.traceFunc === None || frame.trace === null || frame.trace.func === None) return exc;
  if (frame.lasti < firstTraceable(frame.code)) return exc;
  try {
    callTrace(frame, TraceEvent.EXCEPTION, new PyTuple([exc.cls, exc, exc.traceback]));
    return exc;
  } catch (e) {
    return toPyException(e);
  }
}

/** The 'return' events (value None) of a frame left by an exception; an error replaces it. */
export function unwindEvent(frame: Frame, exc: PyBaseException): PyBaseException {
  if (frame.lasti < firstTraceable(frame.code)) return exc;
  try {
    if (tstate.traceFunc !== None) callTrace(frame, TraceEvent.RETURN, None);
  } catch (e) {
    exc = toPyException(e);
  }
  return callProfileProtected(frame, TraceEvent.RETURN, None, exc);
}

// ---- the instruction hook -------------------------------------------------------------------------

/**
 * The eval loop's TRACE_WORD (frame.pc at the instruction about to run): reports the events of
 * that instruction, then opens the hole that lets the loop run it (or runs it itself), leaving
 * frame.pc/sp where the loop continues.
 */
export function traceStep(frame: Frame): void {
  closeHole();
  if (!useTracing) return;
  const pc = frame.pc;
  const ft = frame.trace;
  const prev = ft === null ? -1 : ft.prev;
  if (traceInstruction(frame, pc, prev)) {
    frameTrace(frame).prev = pc;
    return;
  }
  frame.lasti = frame.pc;
  if (useTracing) openHole(frame);
}

/**
 * The events before instruction `pc` of `frame`, whose previous instruction was `prev` (-1:
 * none): 'call' at RESUME, 'line' when a new line starts or a backward jump lands
 * (maybe_call_line_trace), 'opcode', 'return' before RETURN_VALUE / YIELD_VALUE, and the c_*
 * events of builtin calls, which it then makes itself. Returns true when it executed the
 * instruction (frame.pc/sp are past it); a jump set by the trace function (f_lineno) shows as
 * a changed frame.pc.
 */
function traceInstruction(frame: Frame, pc: number, prev: number): boolean {
  frame.lasti = pc;
  const code = frame.code;
  const entry = firstTraceable(code);
  if (pc < entry) return false;
  const word = code.code[pc];
  const op = (word & 0xff) as Op;
  if (op === Op.RESUME) {
    functionEntry(frame);
    return false;
  }
  const t = tstate;
  if (t.traceFunc !== None) {
    const ft = frame.trace;
    if (ft !== null && ft.func !== None) {
      const line = code.lineOf(pc);
      if (line >= 0 && ft.lines) {
        const lastLine = prev <= entry ? -1 : code.lineOf(prev);
        if (line !== lastLine || (pc < prev && op !== Op.SEND)) {
          callTrace(frame, TraceEvent.LINE, None);
          if (frame.pc !== pc) return false;
        }
      }
      if (ft.opcodes && frame.trace !== null && frame.trace.opcodes) {
        callTrace(frame, TraceEvent.OPCODE, None);
        if (frame.pc !== pc) return false;
      }
    }
  }
  switch (op) {
    case Op.RETURN_VALUE:
      functionExit(frame, frame.stack[frame.sp - 1] as PyValue, false);
      return false;
    case Op.YIELD_VALUE:
      functionExit(frame, frame.stack[frame.sp - 1] as PyValue, true);
      // A jump set on this event would need the resumption point moved: not supported.
      frame.pc = pc;
      frame.lasti = pc;
      return false;
    case Op.CALL:
      return t.profileHook !== null && useTracing ? profiledCall(frame, word >>> 8) : false;
    case Op.CALL_FUNCTION_EX:
      return t.profileHook !== null && useTracing ? profiledCallEx(frame, word >>> 8) : false;
    case Op.FOR_ITER:
      return t.traceFunc !== None ? tracedForIter(frame, word >>> 8) : false;
    case Op.SEND:
      return t.traceFunc !== None ? tracedSend(frame, word >>> 8) : false;
    default:
      return false;
  }
}

/**
 * The object a profile function sees for a call of `f` with `args`, when the call is one of a
 * builtin function (CPython: PyCFunction, or a method descriptor bound to its first argument);
 * else null.
 */
function builtinCallee(f: PyValue, args: readonly PyValue[]): PyValue | null {
  if (f instanceof PyBuiltinFunction) return f;
  if (f instanceof PyMethodDescr && f.cls === methodDescrType && args.length > 0) {
    try {
      return bindDescr(f, args[0], typeOf(args[0]));
    } catch {
      return null;
    }
  }
  return null;
}

/** A call of a builtin with the c_call / c_return / c_exception events around it (C_TRACE). */
function profiledNativeCall(frame: Frame, f: PyValue, shown: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  callProfile(frame, TraceEvent.C_CALL, shown);
  let r: PyValue;
  try {
    r = call(f, args, kwnames);
  } catch (e) {
    let exc = toPyException(e);
    if (tstate.profileHook !== null) exc = callProfileProtected(frame, TraceEvent.C_EXCEPTION, shown, exc);
    throw exc;
  }
  if (tstate.profileHook !== null) callProfile(frame, TraceEvent.C_RETURN, shown);
  return r;
}

/** CALL (stack: NULL callable args... | method self args...) of a builtin, with profile events. */
function profiledCall(frame: Frame, argc: number): boolean {
  const stack = frame.stack;
  const sp = frame.sp;
  const base = sp - argc - 2;
  const first = stack[base];
  const f = (first === null ? stack[base + 1] : first) as PyValue;
  const args = stack.slice(first === null ? base + 2 : base + 1, sp) as PyValue[];
  const shown = builtinCallee(f, args);
  if (shown === null) return false;
  const kwnames = frame.kwnames;
  frame.kwnames = null;
  const r = profiledNativeCall(frame, f, shown, args, kwnames);
  stack[base] = r;
  frame.sp = base + 1;
  frame.pc++;
  return true;
}

/** CALL_FUNCTION_EX of a builtin with profile events (do_call_core). */
function profiledCallEx(frame: Frame, flags: number): boolean {
  const stack = frame.stack;
  const sp = frame.sp;
  const kwargs = (flags & 1) ? stack[sp - 1] as PyValue : null;
  const posargs = stack[sp - 1 - (flags & 1)] as PyValue;
  const f = stack[sp - 2 - (flags & 1)] as PyValue;
  if (!(posargs instanceof PyTuple || posargs instanceof PyList) || (kwargs !== null && !(kwargs instanceof PyDict))) return false;
  const args = posargs.items.slice() as PyValue[];
  const shown = builtinCallee(f, args);
  if (shown === null) return false;
  let kwnames: string[] | null = null;
  if (kwargs !== null && kwargs.size > 0) {
    kwnames = [];
    for (const [k, v] of kwargs.entries()) {
      if (typeof k !== "string") return false;
      kwnames.push(k);
      args.push(v);
    }
  }
  const base = sp - 3 - (flags & 1);
  const r = profiledNativeCall(frame, f, shown, args, kwnames);
  stack[base] = r;
  frame.sp = base + 1;
  frame.pc++;
  return true;
}

/**
 * FOR_ITER over an iterator written in Python: its StopIteration is reported to the trace
 * function as an 'exception' event of this frame (as CPython's FOR_ITER does).
 */
function tracedForIter(frame: Frame, target: number): boolean {
  const it = frame.stack[frame.sp - 1] as PyValue;
  if (typeof it === "object" && it.cls === generatorType) {
    // A generator that returns a value other than None ends with a StopIteration (gen_iternext).
    const g = it as PyIter & { stopValue?: PyValue };
    g.stopValue = undefined;
    const v = g.next();
    if (v !== undefined) {
      frame.stack[frame.sp++] = v;
      frame.pc++;
      return true;
    }
    if (g.stopValue !== undefined && g.stopValue !== None) {
      const exc = newException(StopIteration, null);
      exc.args = new PyTuple([g.stopValue]);
      exc.fields = { value: g.stopValue };
      const r = exceptionEvent(frame, exc);
      if (r !== exc) throw r;
    }
    frame.sp--;
    frame.pc = target;
    return true;
  }
  if (!(typeof it === "object" && (it.cls.flags & TypeFlag.HEAPTYPE) && !(it instanceof PyIter))) return false;
  const next = typeOf(it).lookup("__next__");
  if (next === undefined) return false;
  let v: PyValue;
  try {
    v = callDescr(next, it, []);
  } catch (e) {
    const exc = toPyException(e);
    if (!isInstance(exc, StopIteration)) throw exc;
    const r = exceptionEvent(frame, exc);
    if (r !== exc) throw r;
    frame.sp--;
    frame.pc = target;
    return true;
  }
  frame.stack[frame.sp++] = v;
  frame.pc++;
  return true;
}

/**
 * SEND while tracing: when the receiver finishes by raising StopIteration (a coroutine, a
 * send() of a value, a generator returning a value, an iterator written in Python), that is
 * an 'exception' event of this frame, as in CPython's traced SEND.
 */
function tracedSend(frame: Frame, target: number): boolean {
  const stack = frame.stack;
  const v = stack[frame.sp - 1] as PyValue;
  const receiver = stack[frame.sp - 2] as PyValue;
  const r = runtime.send(receiver, v);
  if (!r.done) {
    stack[frame.sp - 1] = r.value;
    frame.pc++;
    return true;
  }
  const cls = typeof receiver === "object" ? receiver.cls : null;
  const raised = cls === coroutineType || v !== None ||
    (cls === generatorType ? r.value !== None : cls !== null && (cls.flags & TypeFlag.HEAPTYPE) !== 0);
  if (raised) {
    const exc = newException(StopIteration, null);
    exc.args = new PyTuple(r.value === None ? [] : [r.value]);
    exc.fields = { value: r.value };
    const e = exceptionEvent(frame, exc);
    if (e !== exc) throw e;
  }
  frame.sp--;
  stack[frame.sp - 1] = r.value;
  frame.pc = target;
  return true;
}

/** The frame state f_lineno's setter needs: is the frame a generator's, stopped at a yield? */
export function isYieldReturn(frame: Frame): boolean {
  return tstate.what === TraceEvent.RETURN && tstate.whatYield && frame.state !== FrameState.Finished;
}
