// The eval loop: runs frames of bytecode (bytecode/opcodes.ts, docs/bytecode.md).
//
// One JS call of `run` executes an entry frame and every Python frame it calls: a CALL of a
// Python function (or of a plain class, whose __init__ runs as a frame) pushes a new frame and
// `execute` switches its locals to it, RETURN_VALUE pops back to the caller.
//
// Speed (DESIGN.md section 5): `execute` holds only the frequent instructions (the others are
// in `executeOther`) and no try/finally, so that V8 optimizes and inlines it well; instructions
// keep inline caches in the code object's vmData (icache.ts): LOAD_GLOBAL position hints,
// LOAD_ATTR/STORE_ATTR/LOAD_METHOD entries keyed on type version tags, and the loop-header
// counter for the JIT. Exact ints and floats have fast paths in BINARY_OP/COMPARE_OP. Native code calling Python (a sort key, __eq__ from a dict lookup, list(gen))
// re-enters `run` with a new entry frame; that nesting is bounded by the recursion limit. Imports,
// exec/eval and class bodies instead push their frames on this loop (vm/steps.ts): such a frame's
// `cont` gets its return value (RETURN_VALUE) or exception (the unwinder), and a native that
// pushed a frame throws FRAME_PUSHED, which `run` catches to go on in it.
// Generators and coroutines keep their frame and are resumed by a nested `run` (gen.ts).
//
// Exceptions are thrown JS values (PyBaseException); the loop catches them, adds a traceback
// entry for the frame, and looks up the frame's exception table: a handler pops the value
// stack to its depth, pushes the exception and continues there; otherwise the frame is popped
// and the exception continues in the caller.

import { newTuple } from "../objects/pytuple";
import { CodeFlag, CodeObject, ConstFrozenset, ConstTuple, internName } from "../bytecode/code";
import { Op } from "../bytecode/opcodes";
import * as A from "../parser/ast";
import {
  Bin, binaryOp, call, callMethodDescr, Cmp, contains, delAttr, delItem, getAttr, getItem, getIter, inplaceOp, isinstance,
  iterNext, PyIter, richCompare, setAttr, setItem, truthy, unaryOp, typeName, callDescr, typeHooks, genericGetAttr,
  toArray, len as pyLen, str as pyStr, repr as pyRepr, richEqBool, isInstance, strValue, getAttrOpt, noAttrError,
} from "../objects/abstract";
import {
  AssertionError, excTypes, newException, PyBaseException, raiseError, toPyException, typeError, NameError,
  UnboundLocalError, KeyError, SystemError, StopIteration, BaseException, RecursionError, BaseExceptionGroup, ValueError,
} from "../objects/exceptions";
import { PyDict } from "../objects/pydict";
import { DictStore } from "../objects/dictstore";
import { strGetItem } from "../objects/strcore";
import { raiseKeyError } from "../objects/pydicttype";
import * as I from "../objects/intmath";
import {
  bool, Ellipsis, False, None, PyBytes, PyCell, PyCode, PyComplex, PyFloat, PyFunction, PyList, PyMethodDescr,
  PyObject, PySlice, PyTuple, PyType, PyValue, True, typeOf, PyMethod, PyStrObj, dictType, memoryviewType, PyModule,
} from "../objects/types";
import { hasNativeGet, NativeGet, TypeFlag } from "../objects/object";
import { bindArgs, kwKeyName } from "./call";
import { Frame, frameEpoch, frameEscapes, FrameState, pooledFrame, releaseFrame, StackValue } from "./frame";
import { PyTraceback } from "./traceback";
import { evalBreaker, FRAME_PUSHED, runtime, THREAD_SWITCH } from "./runtime";
import { codeObjectOf } from "../objects/pyfunction";
import {
  clearExitUnwind, exceptionEvent, exitUnwind, functionEntry, functionExit, TRACE_WORD, traceStep, tracedCode, unwindEvent, useTracing,
} from "./trace";
import { AttrCache, AttrKind, CodeCache, codeCache, GlobalCache, HOOK_NO, HOOK_RAISED, loopHook, noShadow, storeDictMiss } from "./icache";
import {
  PyGetSetDescr, PyMemberDescr, PyProperty, PyInstance, floatType, propertyType, NotImplemented, functionType, methodType, typeType,
  objectType, listType, tupleType,
} from "../objects/types";
import { bindDescr, intBinary, isDataDescr, newInstanceDict, numberHooks, throwNoAttr } from "../objects/abstract";
import { dropIter, ownIter, PyGenerator } from "./gen";

/** Thread state: the exception being handled (sys.exc_info()), as a stack of per-generator items. */
export const excStack: PyValue[] = [None];

export function currentHandled(): PyValue {
  for (let i = excStack.length - 1; i >= 0; i--) if (excStack[i] !== None) return excStack[i];
  return None;
}

export let recursionLimit = 1000;
export function setRecursionLimit(n: number): void {
  recursionLimit = n;
}
/** Python frames currently executing (all entry frames' chains). */
export let depth = 0;
export function adjustDepth(d: number): void {
  depth += d;
}

/** The innermost executing frame (sys._getframe()). */
export let topFrame: Frame | null = null;

/** The entry frame of the innermost `run` (a green thread can switch in place only in its base run). */
export let currentEntry: Frame | null = null;

/** What the loop keeps per green thread (vm/threads.ts saves and restores it on a switch). */
export class VMState {
  top: Frame | null = null;
  depth = 0;
  exc: PyValue[] = [None];
}

export function saveVMState(s: VMState): void {
  s.top = topFrame;
  s.depth = depth;
  s.exc = excStack.slice();
}

export function loadVMState(s: VMState): void {
  topFrame = s.top;
  depth = s.depth;
  excStack.length = 0;
  for (const e of s.exc) excStack.push(e);
}

// ---- constants --------------------------------------------------------------------------------

export function runtimeConsts(code: CodeObject): PyValue[] {
  let rc = code.runtimeConsts as PyValue[] | null;
  if (rc === null) rc = code.runtimeConsts = code.consts.map(constValue);
  return rc;
}

export function constValue(c: unknown): PyValue {
  if (c === null) return None;
  if (c === true) return True;
  if (c === false) return False;
  if (typeof c === "bigint") return I.normalize(c);
  if (typeof c === "string") return c.length <= 40 ? internName(c) : c;
  if (typeof c === "number") return c;
  if (c instanceof A.FloatConst) return new PyFloat(c.value);
  if (c instanceof A.ComplexConst) return new PyComplex(0, c.imag);
  if (c instanceof A.BytesConst) return new PyBytes(c.value);
  if (c === A.EllipsisConst) return Ellipsis;
  if (c instanceof ConstTuple) return newTuple(c.items.map(constValue));
  if (c instanceof ConstFrozenset) return runtime.makeFrozenset(c.items.map(constValue));
  if (c instanceof CodeObject) return pyCodeOf(c);
  throw new Error(`unknown constant ${String(c)}`);
}

/** The one code object (`PyCode`) for a compiled `CodeObject`, so that `is` compares them. */
export function pyCodeOf(c: CodeObject): PyCode {
  return codeObjectOf(c);
}

// ---- frames for calls ---------------------------------------------------------------------------

const GEN_FLAGS = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR;

/**
 * stack[start:end] as a new array. (Array.prototype.slice takes a slow path on a value stack, a
 * holey array of mixed values; this is about twice as fast for the few items of a call.)
 */
export function stackSlice(stack: StackValue[], start: number, end: number): PyValue[] {
  const n = end - start;
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) out[i] = stack[start + i] as PyValue;
  return out;
}

// ---- instructions the baseline tier's code also calls (baseline/rt.ts) ------------------------------

/** BUILD_MAP: a dict of the pairs in kv (key, value, key, value...), set in order. */
export function buildMap(kv: PyValue[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < kv.length; i += 2) d.set(kv[i], kv[i + 1]);
  return d;
}

/** BUILD_CONST_KEY_MAP: a dict of the keys (a constant tuple) and their values. */
export function buildConstKeyMap(keys: PyTuple, values: PyValue[]): PyDict {
  const ks = keys.items;
  // Distinct str and int keys (nearly always): the dict made at once, the values array its own.
  const st = DictStore.fromPrim(ks.slice(), values, true);
  if (st !== null) return new PyDict(dictType, st);
  const d = new PyDict();
  for (let i = 0; i < values.length; i++) d.set(ks[i], values[i]);
  return d;
}

/**
 * BUILD_STRING: one flat string (join): `+=` would leave a tree of V8 cons strings, which the
 * garbage collector copies piece by piece when the result is kept.
 */
export function buildString(parts: PyValue[]): string {
  return parts.join("");
}

/** FORMAT_VALUE: v converted (conv: 0 none, 1 str, 2 repr, 3 ascii) and formatted with spec. */
export function formatValue(v: PyValue, conv: number, spec: PyValue): PyValue {
  switch (conv) {
    case 1: v = pyStr(v); break;
    case 2: v = pyRepr(v); break;
    case 3: v = runtime.ascii(v); break;
  }
  return typeof v === "string" && spec === "" ? v : runtime.format(v, spec);
}

/** A frame for calling `f` with these arguments (not yet linked to a caller). */
export function makeFrame(f: PyFunction, args: readonly PyValue[], kwnames: readonly string[] | null): Frame {
  const code = f.code;
  return bindFrame(new Frame(code, f, f.globals, f.builtins, null, runtimeConsts(code)), f, args, kwnames);
}

/** Stores the arguments of a call of `f` and its closure's cells in the frame's locals. */
function bindFrame(frame: Frame, f: PyFunction, args: readonly PyValue[], kwnames: readonly string[] | null): Frame {
  const code = f.code;
  const fast = frame.fast;
  if (kwnames === null && (code.flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 &&
      args.length === code.argcount && code.kwonlyargcount === 0) {
    for (let i = 0; i < args.length; i++) fast[i] = args[i];
  } else {
    bindArgs(f, code, fast, args, kwnames);
  }
  if (f.closure !== null) {
    const nfree = code.freevars.length;
    const base = fast.length - nfree;
    for (let i = 0; i < nfree; i++) fast[base + i] = f.closure[i];
  }
  return frame;
}

/**
 * A frame for calling `f` with the `n` arguments at stack[start..] (positional, then the
 * keyword values named by kwnames), without copying them into an array first.
 */
function makeFrameFromStack(f: PyFunction, stack: StackValue[], start: number, n: number,
                            kwnames: readonly string[] | null): Frame {
  const code = f.code;
  let consts = code.runtimeConsts as PyValue[] | null;
  if (consts === null) consts = runtimeConsts(code);
  const frame = new Frame(code, f, f.globals, f.builtins, null, consts);
  const fast = frame.fast;
  const argcount = code.argcount;
  if (kwnames === null && (code.flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 && code.kwonlyargcount === 0 &&
      n <= argcount) {
    for (let i = 0; i < n; i++) fast[i] = stack[start + i] as PyValue;
    if (n < argcount) {
      // Missing positional arguments come from the defaults (or bindArgs reports them).
      const defaults = f.defaults;
      const firstDefault = argcount - (defaults === null ? 0 : defaults.length);
      if (n < firstDefault) {
        bindArgs(f, code, fast, stackSlice(stack, start, start + n), null);
      } else {
        for (let i = n; i < argcount; i++) fast[i] = defaults![i - firstDefault];
      }
    }
  } else {
    bindArgs(f, code, fast, stackSlice(stack, start, start + n), kwnames);
  }
  if (f.closure !== null) {
    const nfree = code.freevars.length;
    const base = fast.length - nfree;
    for (let i = 0; i < nfree; i++) fast[base + i] = f.closure[i];
  }
  return frame;
}

/** How many values MAKE_FUNCTION with these flags takes below the code object. */
export function makeFunctionExtras(flags: number): number {
  return (flags & 1) + (flags >> 1 & 1) + (flags >> 2 & 1) + (flags >> 3 & 1);
}

/**
 * MAKE_FUNCTION: a function of `code` with what the flags say it has, in `extra` in their stack
 * order (defaults, keyword defaults, annotations, closure).
 */
export function makeFunction(code: PyCode, globals: PyDict, builtins: PyDict, flags: number, extra: PyValue[]): PyFunction {
  const codeObj = code.code;
  const f = new PyFunction(codeObj, globals, builtins);
  let i = 0;
  if (flags & 1) f.defaults = (extra[i++] as PyTuple).items as PyValue[];
  if (flags & 2) f.kwdefaults = extra[i++] as PyDict;
  if (flags & 4) f.annotations = extra[i++];
  if (flags & 8) f.closure = (extra[i++] as PyTuple).items as PyCell[];
  const c0 = codeObj.consts[0];
  if ((codeObj.flags & CodeFlag.OPTIMIZED) && typeof c0 === "string" && codeObj.name !== "<lambda>" && !codeObj.name.startsWith("<")) f.doc = c0;
  const mod = globals.getStr("__name__");
  f.module = mod === undefined ? None : mod;
  return f;
}

/** Calls a Python function from native code (re-enters the loop, or runs its compiled form). */
export function callFunction(f: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const fn = compiledOf(f.code);
  if (fn === null) {
    const frame = makeFrame(f, args, kwnames);
    if ((f.code.flags & GEN_FLAGS) !== 0 && !useTracing) {
      const g = startGenerator(frame);
      if (g !== null) return g;
    }
    return run(frame);
  }
  // A frame nothing refers to after the call is reused (vm/frame.ts: frameEpoch).
  const frame = bindFrame(pooledFrame(f), f, args, kwnames);
  const epoch = frameEpoch;
  const v = enterCompiled(fn, frame);
  if (epoch === frameEpoch) releaseFrame(frame);
  return v;
}

/**
 * The generator (or coroutine) a call of its function makes with `frame`: what the interpreter
 * does running the code's first instructions (MAKE_CELL, COPY_FREE_VARS, RETURN_GENERATOR),
 * done here without a nested run(). Null when the code starts otherwise.
 */
function startGenerator(frame: Frame): PyValue | null {
  const code = frame.code;
  let k = code.genStart;
  if (k === -2) k = code.genStart = findGenStart(code);
  if (k < 0) return null;
  if (depth >= recursionLimit) raiseError(RecursionError, "maximum recursion depth exceeded");
  const words = code.code;
  const fast = frame.fast;
  for (let i = 0; i < k; i++) {
    const w = words[i];
    if ((w & 0xff) === Op.MAKE_CELL) fast[w >>> 8] = new PyCell(fast[w >>> 8]);
  }
  frame.lasti = k;
  frame.pc = k + 1;
  frame.sp = 0;
  const g = runtime.makeGenerator(frame);
  frame.state = FrameState.Created;
  return g;
}

/** The index of RETURN_GENERATOR when only MAKE_CELL and COPY_FREE_VARS come before it, else -1. */
function findGenStart(code: CodeObject): number {
  const words = code.code;
  for (let i = 0; i < words.length; i++) {
    const op = (words[i] & 0xff) as Op;
    if (op === Op.RETURN_GENERATOR) return i;
    if (op !== Op.MAKE_CELL && op !== Op.COPY_FREE_VARS) return -1;
  }
  return -1;
}

// ---- the baseline tier (vm/baseline/) ----------------------------------------------------------------
//
// A code object called often enough is compiled to one JS function (vm/baseline/compile.ts) that
// runs its frame: the value stack in JS locals, the locals in frame.fast. Compiled frames run on
// the JS stack (a call is a JS call), so a thread running one cannot switch in place: the tier is
// used only while one thread exists and nothing is traced (sys.settrace needs the interpreter).

/** A compiled code object: runs the frame (linked by enterCompiled) and returns its value. */
export type CompiledFn = (frame: Frame) => PyValue;

let baselineCompiler: ((code: CodeObject) => CompiledFn | null) | null = null;
/** Calls before a code object is compiled. */
let baselineThreshold = 50;

/**
 * Set for good when a second thread starts: compiled frames pin their thread, and frames left
 * over from threads that ran compiled code keep threads alive longer than CPython (test_logging's
 * threading_cleanup waits for them); the tier steps aside for the rest of the process.
 */
let threadsStarted = false;

export function noteThreadStarted(): void {
  threadsStarted = true;
}

/** Whether compiled code may enter compiled callees directly (compiledOf's own condition). */
export function directCalls(): boolean {
  return !threadsStarted && !useTracing;
}

/** Installs the baseline compiler (null: --baseline off) and its threshold. */
export function setBaseline(compiler: ((code: CodeObject) => CompiledFn | null) | null, threshold: number): void {
  baselineCompiler = compiler;
  baselineThreshold = threshold;
}

/** The compiled form of `code` when the tier may run it now (counting the call towards compiling it). */
export function compiledOf(code: CodeObject): CompiledFn | null {
  const b = code.baseline;
  if (!directCalls()) return null;
  if (b !== null) return b === false ? null : b as CompiledFn;
  if (++code.calls < baselineThreshold || baselineCompiler === null) return null;
  // A generator function's call runs its first instructions in the interpreter, to
  // RETURN_GENERATOR; its compiled body runs the generator's resumptions (generatorCompiled).
  const fn = (code.flags & GEN_FLAGS) !== 0 ? null : baselineCompiler(code);
  code.baseline = fn === null ? false : fn;
  return fn;
}

/**
 * The compiled body of a generator's code for resuming its `frame`, when the tier may run it
 * now (counting the resumption towards compiling it): not while tracing (nor when the frame has
 * its own f_trace), nor once threads started.
 */
export function generatorCompiled(frame: Frame): CompiledFn | null {
  if (threadsStarted || useTracing || frame.trace !== null) return null;
  const code = frame.code;
  const b = code.genBaseline;
  if (b !== null) return b === false ? null : b as CompiledFn;
  if (++code.calls < baselineThreshold || baselineCompiler === null) return null;
  const fn = baselineCompiler(code);
  code.genBaseline = fn === null ? false : fn;
  return fn;
}

/**
 * The exception generator.throw() raises at the suspended frame's instruction: taken by the
 * compiled code where it goes on (R.thrown), inside its handlers' reach.
 */
export let generatorThrow: PyBaseException | null = null;
export function takeGeneratorThrow(): PyBaseException {
  const e = generatorThrow!;
  generatorThrow = null;
  return e;
}

/**
 * Resumes a generator's frame (pushed value already on its stack) in its compiled code (see
 * generatorCompiled), as run() would as the entry frame: returns the value it yields or returns
 * (frame.yielded tells which); its exception leaves it unwound.
 */
export function runGenerator(fn: CompiledFn, frame: Frame, throwIn: PyBaseException | null): PyValue {
  if (depth >= recursionLimit) raiseError(RecursionError, "maximum recursion depth exceeded");
  depth++;
  const back = topFrame;
  frame.back = back;
  frame.state = FrameState.Running;
  frame.yielded = false;
  frame.compiled = true;
  topFrame = frame;
  const outerEntry = currentEntry;
  currentEntry = frame;
  generatorThrow = throwIn;
  try {
    const v = fn(frame);
    // Unless the interpreter ran the frame's rest (which reported and set all of this):
    if ((frame.state as FrameState) === FrameState.Running) {
      if (useTracing) functionExit(frame, v, frame.yielded);
      frame.state = frame.yielded ? FrameState.Suspended : FrameState.Finished;
    }
    return v;
  } catch (err) {
    generatorThrow = null;
    frame.state = FrameState.Finished;
    throw compiledFrameError(frame, err);
  } finally {
    frame.compiled = false;
    depth--;
    topFrame = back;
    currentEntry = outerEntry;
  }
}

/**
 * The frame whose exception was already unwound (traceback entry, trace events) by the
 * interpreter running its rest (resumeInterpreter) or by its own handler search (compiledUnwind).
 */
let resumedFrame: Frame | null = null;

/**
 * A frame the eval loop hands over to its compiled code at a hot loop (on-stack replacement;
 * see osrReady), for run() to run.
 */
let osrFrame: Frame | null = null;

/**
 * At a back edge of a loop the JIT did not take: whether the interpreted frame can go on as
 * compiled code from its loop header (its code compiles; not a generator's, not a native
 * operation's, not traced, one thread). Then it is left in osrFrame.
 */
function osrReady(frame: Frame, atExit: boolean): boolean {
  const back = frame.osrBack;
  if (back !== null) {
    // The frame's own compiled code waits for the interpreter to finish the call
    // (resumeInterpreter): it goes on from here when it can, rather than the interpreter.
    if (threadsStarted || useTracing || frame.trace !== null || !resumableAt(frame, back)) return false;
    osrFrame = frame;
    return true;
  }
  if (baselineCompiler === null || threadsStarted || useTracing || frame.compiled || frame.cont !== null ||
      frame.gen !== null || frame.trace !== null || frame.locals !== null || frame.func === null) {
    return false;
  }
  const code = frame.code;
  let b = code.baseline;
  if (b === null) b = code.baseline = baselineCompiler(code) ?? false;
  if (b === false) return false;
  // After a trace's exit, only where the compiled code can go on (a place it compiled as one).
  if (atExit && !resumableAt(frame, code.resumeDepths)) return false;
  osrFrame = frame;
  return true;
}

/** What run() returns to resumeInterpreter when the frame goes on in its waiting compiled code (Frame.osrBack). */
export const OSR_BACK = { osrBack: true } as unknown as PyValue;

/**
 * Whether compiled code whose re-entry depths are `d` (the baseline tier's D table) can go on
 * with `frame` from its pc: a place it compiled as one, with the value stack as deep.
 */
export function resumableAt(frame: Frame, d: Int16Array | null): boolean {
  const pc = frame.pc;
  return d !== null && pc > 0 && pc < d.length && d[pc] === frame.sp;
}

/**
 * Runs `frame` (the top frame, linked and counted) as compiled code from its pc: a call
 * (enterCompiled), or the rest of an interpreted frame (on-stack replacement, from run(), which
 * pops the frame after). Returns its value; an exception leaves it unwound as run() would.
 */
function runCompiled(fn: CompiledFn, frame: Frame, errOk = false): PyValue {
  frame.compiled = true;
  const outerEntry = currentEntry;
  // Not the thread's base run: a blocking call under compiled code waits pinned (threads.ts).
  currentEntry = frame;
  let v: PyValue;
  try {
    v = fn(frame);
    // Tracing started while the frame ran (the frame itself gets no 'line' events, as a frame
    // without f_trace in CPython; a profile function sees its return).
    // (Unless the interpreter ran the frame's rest: it reported the return, and finished the frame.)
    if (useTracing && v !== ERR && (frame.state as FrameState) !== FrameState.Finished) functionExit(frame, v, false);
  } catch (err) {
    throw compiledFrameError(frame, err);
  } finally {
    frame.state = FrameState.Finished;
    currentEntry = outerEntry;
  }
  // The frame's exception, unwound (compiledEscape): passed on as ERR when the caller takes it so.
  if (v === ERR && !errOk) throw takePending();
  return v;
}

/**
 * Runs a compiled function on `frame` as a call from the running frame. With errOk (a call
 * made by compiled code, which tests for it), an exception the compiled code itself raised
 * comes back as ERR, the exception in pendingExc, rather than thrown.
 */
export function enterCompiled(fn: CompiledFn, frame: Frame, errOk = false): PyValue {
  if (depth >= recursionLimit) raiseError(RecursionError, "maximum recursion depth exceeded");
  depth++;
  const back = topFrame;
  frame.back = back;
  frame.state = FrameState.Running;
  topFrame = frame;
  // runCompiled's work, in the same try (one function and one handler per call: calls are the
  // commonest thing compiled code does).
  frame.compiled = true;
  const outerEntry = currentEntry;
  currentEntry = frame;
  let v: PyValue;
  try {
    v = fn(frame);
    if (useTracing && v !== ERR && (frame.state as FrameState) !== FrameState.Finished) functionExit(frame, v, false);
  } catch (err) {
    throw compiledFrameError(frame, err);
  } finally {
    frame.state = FrameState.Finished;
    currentEntry = outerEntry;
    depth--;
    topFrame = back;
  }
  if (v === ERR && !errOk) throw takePending();
  return v;
}

/** What leaves a compiled frame by an exception: run()'s unwinding of the frame, done here. */
function compiledFrameError(frame: Frame, err: unknown): unknown {
  if (err === THREAD_SWITCH) throw err;
  let exc = toPyException(err);
  if (resumedFrame === frame) {
    // The interpreter ran the frame's rest and did all of this.
    resumedFrame = null;
    return exc;
  }
  if (exitUnwind) {
    // The profile function failed on the frame's 'return' event: the frame is left at once.
    clearExitUnwind();
    return exc;
  }
  return leaving(frame, raisedIn(frame, exc));
}

/**
 * `exc` raised at frame.lasti of a compiled frame: its traceback entry (and __context__ when
 * it is new) and the 'exception' trace event; a reraise (RERAISE, bare `raise`) gets neither.
 */
function raisedIn(frame: Frame, exc: PyBaseException): PyBaseException {
  if (reraising) {
    reraising = false;
    return exc;
  }
  if (exc.traceback === None) chainContext(exc);
  exc.traceback = new PyTraceback(frame, frame.lasti, exc.traceback);
  return useTracing ? exceptionEvent(frame, exc) : exc;
}

/** `exc` leaves a compiled frame (no handler): the 'return' event of a profile function. */
function leaving(frame: Frame, exc: PyBaseException): PyBaseException {
  return useTracing ? unwindEvent(frame, exc) : exc;
}

/**
 * Runs the rest of a compiled frame in the interpreter, from frame.pc with the value stack
 * in frame.stack (the JIT took over a hot loop, or an instruction the compiled code leaves
 * to the interpreter). The frame stays linked as enterCompiled linked it.
 */
export function resumeInterpreter(frame: Frame, depths: Int16Array | null): PyValue {
  // The interpreter may keep the frame (a generator's, the JIT's): it is not reused.
  frameEscapes();
  // A trace that left inside a call it inlined linked that call's frames above this one
  // (inlinedFrame): the interpreter goes on in the innermost, as after its own loop hook.
  if (topFrame !== frame) resumeFrame = topFrame;
  depth--;
  topFrame = frame.back;
  // At a back edge to one of these places, run() gives the frame back to the compiled code:
  // returns OSR_BACK, and the compiled code goes on from frame.pc.
  frame.osrBack = depths;
  const thrown = jitRaise as PyBaseException | null;
  jitRaise = null;
  try {
    return run(frame, thrown);
  } catch (err) {
    resumedFrame = frame;
    throw err;
  } finally {
    frame.osrBack = null;
    depth++;
    topFrame = frame;
  }
}

/** CALL_FUNCTION_EX's names of the keyword arguments that callExArgs put last (null: none). */
let callExKwnames: string[] | null = null;

/** CALL_FUNCTION_EX's arguments: the positional ones, then the values of **kwargs (named in callExKwnames). */
function callExArgs(f: PyValue, posargs: PyValue, kwargs: PyValue | null): PyValue[] {
  const args = posargs instanceof PyTuple ? (posargs.items as PyValue[]).slice() : toArrayForCall(f, posargs);
  let kwnames: string[] | null = null;
  if (kwargs !== null) {
    const d = kwargs instanceof PyDict ? kwargs : toDictForCall(f, kwargs);
    kwnames = [];
    for (const [k, v] of d.entries()) {
      if (typeof k !== "string" && !(k instanceof PyStrObj)) typeError("keywords must be strings");
      kwnames.push(kwKeyName("", k));
      args.push(v);
    }
    if (kwnames.length === 0) kwnames = null;
  }
  callExKwnames = kwnames;
  return args;
}

/** CALL_FUNCTION_EX in compiled code: f(*posargs, **kwargs). */
export function callExForCompiled(f: PyValue, posargs: PyValue, kwargs: PyValue | null): PyValue {
  const args = callExArgs(f, posargs, kwargs);
  return call(f, args, callExKwnames);
}

/** What compiledUnwind found: the handler's instruction, and the values it pushes. */
export class CompiledHandler {
  target = 0;
  lasti = 0;
  exc: PyValue = None;
}
const compiledHandler = new CompiledHandler();

/**
 * An exception in compiled code with an exception table: what run()'s unwinder does for the
 * frame. Returns the handler, or throws the exception on when the frame has none (marked so
 * that enterCompiled does not unwind the frame again).
 */
export function compiledUnwind(frame: Frame, err: unknown): CompiledHandler {
  const h = compiledUnwindE(frame, err);
  if (h === null) {
    resumedFrame = frame;
    throw takePending();
  }
  return h;
}

function compiledLeave(frame: Frame, exc: PyBaseException): never {
  // Already unwound (the interpreter ran the frame's rest), or a profile function failed on the
  // frame's 'return' event: enterCompiled passes it on.
  if (resumedFrame !== frame) {
    clearExitUnwind();
    resumedFrame = frame;
  }
  throw exc;
}

// ---- exceptions without a JS throw --------------------------------------------------------------
//
// A JS throw costs about a microsecond in V8 (more than CPython's whole raise and catch), and a
// frame it leaves throws again (runCompiled's catch, enterCompiled's finally). So compiled code
// (not a generator's) raises where it can by a return value: its helpers return ERR with the
// exception in pendingExc (a KeyError of a dict subscript, `raise`, a compiled callee's
// exception); the code then jumps to its handler (compiledUnwindE) or leaves the frame by
// returning ERR (compiledEscape), which the compiled caller tests for, and anything else gets
// thrown (runCompiled). Everything native still throws, and compiled code catches that as before.

/** What a helper of compiled code returns for "the exception in pendingExc was raised". */
export const ERR = { err: true } as unknown as PyValue;
let pendingExc: PyBaseException | null = null;

/** Raises `exc` by return value: returns ERR. */
export function setPending(exc: PyBaseException): PyValue {
  pendingExc = exc;
  return ERR;
}

export function takePending(): PyBaseException {
  const e = pendingExc!;
  pendingExc = null;
  return e;
}

/**
 * compiledUnwind for code that returns its exceptions: null when the frame has no handler for
 * it, the exception (unwound for this frame) then in pendingExc for the code to return ERR.
 */
export function compiledUnwindE(frame: Frame, err: unknown): CompiledHandler | null {
  if (err === THREAD_SWITCH) throw err;
  let exc = toPyException(err);
  if (resumedFrame === frame || exitUnwind) return compiledLeave(frame, exc);
  const lookupPc = reraising ? reraisePc : frame.lasti;
  exc = raisedIn(frame, exc);
  const h = findHandler(frame.code, lookupPc);
  if (h === null) {
    pendingExc = leaving(frame, exc);
    return null;
  }
  const c = compiledHandler;
  c.target = h.target;
  c.lasti = frame.lasti;
  c.exc = exc;
  return c;
}

/**
 * The pending exception leaves the compiled frame (no handler covers the instruction): what
 * compiledFrameError does for a thrown one. Returns ERR for the code to return.
 */
export function compiledEscape(frame: Frame): PyValue {
  pendingExc = leaving(frame, raisedIn(frame, pendingExc!));
  return ERR;
}

/** RAISE_VARARGS in compiled code that returns its exceptions: ERR, the exception pending. */
export function compiledRaiseE(frame: Frame, arg: number, a: PyValue, b: PyValue): PyValue {
  if (arg === 0) {
    const h = currentHandled();
    if (h === None) raiseError(excTypes.RuntimeError, "No active exception to reraise");
    reraising = true;
    reraisePc = frame.lasti;
    return setPending(h as PyBaseException);
  }
  const exc = makeException(a);
  if (arg === 2) {
    exc.cause = b === None ? None : makeCause(b);
    exc.suppressContext = true;
  }
  chainContext(exc);
  return setPending(exc);
}

/** RERAISE in compiled code that returns its exceptions: ERR, the exception pending. */
export function compiledReraiseE(frame: Frame, pc: number, exc: PyValue, lasti: number): PyValue {
  if (lasti >= 0) frame.lasti = lasti;
  reraisePc = pc;
  reraising = true;
  return setPending(toPyException(exc));
}

/** RAISE_VARARGS in compiled code (the handler, if any, is found by compiledUnwind). */
export function compiledRaise(frame: Frame, arg: number, a: PyValue, b: PyValue): never {
  compiledRaiseE(frame, arg, a, b);
  throw takePending();
}

/** RERAISE at instruction `pc` in compiled code; lasti >= 0 restores frame.lasti (RERAISE 1). */
export function compiledReraise(frame: Frame, pc: number, exc: PyValue, lasti: number): never {
  compiledReraiseE(frame, pc, exc, lasti);
  throw takePending();
}

/** An instruction of executeOther for compiled code: frame.stack/sp/pc hold the frame's state. */
export function executeForCompiled(frame: Frame, word: number): void {
  executeOther(frame, frame, word);
}

// ---- the loop ---------------------------------------------------------------------------------------

function nameError(name: string): never {
  const e = newException(NameError, `name '${name}' is not defined`);
  e.fields = { name };
  throw e;
}

export function unboundLocal(frame: Frame, i: number): never {
  const name = frame.code.localsplusnames[i];
  // Only a NameError gets its name (format_exc_check_arg), so no "Did you mean" follows.
  throw newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function freeVarError(frame: Frame, i: number): never {
  const name = frame.code.localsplusnames[i];
  const code = frame.code;
  if (i < code.localsplusnames.length - code.freevars.length) unboundLocal(frame, i);
  const e = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  e.fields = { name };
  throw e;
}

/** LOAD_GLOBAL through its cache: a position hint into the globals or builtins entries. */
export function loadGlobalCached(c: GlobalCache, globals: PyDict, builtins: PyDict, name: string): PyValue {
  if (!c.builtin) {
    const st = globals.store;
    const p = c.pos;
    if (p >= 0 && st.keys[p] === name) return st.values[p] as PyValue;
  } else if (c.gversion === globals.store.version) {
    const st = builtins.store;
    const p = c.pos;
    if (st.keys[p] === name) return st.values[p] as PyValue;
  }
  return loadGlobalFill(c, globals, builtins, name) ?? nameError(name);
}

/** A global's (or builtin's) value looked up by name, filling cache c; undefined when the name is not bound. */
export function loadGlobalFill(c: GlobalCache, globals: PyDict, builtins: PyDict, name: string): PyValue | undefined {
  let p = globals.strPos(name);
  if (p >= 0) {
    c.builtin = false;
    c.pos = p;
    return globals.store.values[p] as PyValue;
  }
  p = builtins.strPos(name);
  if (p < 0) return undefined;
  c.builtin = true;
  c.pos = p;
  c.gversion = globals.store.version;
  return builtins.store.values[p] as PyValue;
}


function loadName(frame: Frame, name: string): PyValue {
  const locals = frame.locals;
  let v: PyValue | undefined;
  if (locals instanceof PyDict && locals.cls === dictType) v = locals.getStr(name) ?? locals.get(name);
  else if (locals !== null) v = mappingGet(locals, name);
  if (v !== undefined) return v;
  v = frame.globals.getStr(name);
  if (v !== undefined) return v;
  v = frame.builtins.getStr(name);
  if (v === undefined) nameError(name);
  return v;
}

function mappingGet(m: PyValue, key: PyValue): PyValue | undefined {
  if (m instanceof PyDict && m.cls === dictType) return m.get(key);
  try {
    return getItem(m, key);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, KeyError)) return undefined;
    throw e;
  }
}

function storeName(frame: Frame, name: string, v: PyValue): void {
  const locals = frame.locals;
  if (locals === null) raiseError(SystemError, `no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.cls === dictType) locals.set(name, v);
  else setItem(locals, name, v);
}

function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals!;
  if (locals instanceof PyDict && locals.cls === dictType) {
    if (locals.delete(name) === undefined) nameError(name);
  } else {
    try {
      delItem(locals, name);
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, KeyError)) nameError(name);
      throw e;
    }
  }
}

/** Finds the handler for an exception raised at instruction `pc`, or null. */
function findHandler(code: CodeObject, pc: number): { target: number; depth: number; lasti: boolean } | null {
  const table = code.exceptionTable;
  let lo = 0;
  let hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = table[mid];
    if (pc < e.start) hi = mid - 1;
    else if (pc >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}

/** Sets __context__ of a newly raised exception to the one being handled (no cycles). */
export function chainContext(exc: PyBaseException): void {
  const handled = currentHandled();
  if (handled === None || handled === exc) return;
  // Break cycles: if exc is already in handled's context chain, cut it there. The chain may
  // itself hold a cycle not through exc (user code can set __context__ freely): a second
  // pointer moving at half speed detects it, and the walk stops there as CPython's does.
  let o: PyValue = handled;
  let slow: PyValue = handled;
  let toggle = false;
  while (o instanceof PyBaseException) {
    const ctx: PyValue = o.context;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (toggle) slow = (slow as PyBaseException).context;
    toggle = !toggle;
  }
  exc.context = handled;
}

/**
 * The frame the next run() resumes at: a green thread that was switched out in place continues
 * there, its frames from the entry up to it still linked (vm/threads.ts). It is handed over in
 * this variable rather than as an argument so that no JS stack slot (an argument or a local of
 * the scheduler, which live as long as the run) keeps that old chain of frames, and every
 * object their locals held, alive after the frames have returned (weak references and
 * threading's dangling-thread count rely on them dying).
 */
let resumeFrame: Frame | null = null;
export function setResumeFrame(f: Frame | null): void {
  resumeFrame = f;
}

/**
 * Runs `entry` (and all the Python frames it calls) until it returns or yields; returns the
 * value. `throwIn` starts by raising that exception at the frame's current instruction
 * (generator.throw()). After setResumeFrame(f), it continues at f instead of entry.
 */
export function run(entry: Frame, throwIn: PyBaseException | null = null): PyValue {
  if (depth >= recursionLimit) {
    raiseError(RecursionError, "maximum recursion depth exceeded");
  }
  depth++;
  entry.back = topFrame;
  entry.state = FrameState.Running;
  entry.yielded = false;
  let frame = entry;
  if (resumeFrame !== null) {
    frame = resumeFrame;
    resumeFrame = null;
  }
  let pendingThrow = throwIn;
  /** Raises the exception of the top frame's running instruction (a frame run by runCompiled left it). */
  let pendingRaise: (() => never) | null = null;
  topFrame = frame;
  const outerEntry = currentEntry;
  currentEntry = entry;
  try {
    for (;;) {
      try {
        if (pendingThrow !== null) {
          const e = pendingThrow;
          pendingThrow = null;
          // generator.throw(): the frame's 'call' event, then the exception (TRACE_FUNCTION_THROW_ENTRY).
          if (useTracing) functionEntry(frame);
          throw e;
        }
        if (pendingRaise !== null) {
          const raise = pendingRaise;
          pendingRaise = null;
          raise();
        }
        // execute starts at topFrame (=== frame here) and may return from it and run its
        // callers: `frame` must not keep it (V8 keeps a dead local's value reachable, and with
        // it the frame's locals; see CALL).
        frame = null!;
        const r = execute(entry);
        // execute returns when the entry frame returns/yields or when the current frame changes.
        if (r !== undefined) return r;
        frame = topFrame!;
        if (osrFrame !== null) {
          // The frame goes on as compiled code (osrReady); then it returns to its caller as
          // RETURN_VALUE does, or its exception goes on in the caller (or leaves run).
          const f = osrFrame;
          osrFrame = null;
          // Back to the frame's compiled code, waiting in resumeInterpreter (f is the entry).
          if (f.osrBack !== null) return OSR_BACK;
          let v: PyValue;
          try {
            v = runCompiled(f.code.baseline as CompiledFn, f);
          } catch (e) {
            if (f === entry || e === THREAD_SWITCH) throw new OsrExit(e);
            depth--;
            topFrame = frame = f.back!;
            pendingRaise = () => {
              throw e;
            };
            continue;
          }
          if (f === entry) return v;
          depth--;
          topFrame = frame = f.back!;
          if (f.initSelf !== null) {
            if (v !== None) {
              const r = v;
              pendingRaise = () => typeError(`__init__() should return None, not '${typeName(r)}'`);
              continue;
            }
            v = f.initSelf;
          }
          frame.stack[frame.sp++] = v;
        }
      } catch (err) {
        if (err instanceof OsrExit) throw err.err;
        // A green thread switching out in place: its frames stay as they are (vm/threads.ts).
        if (err === THREAD_SWITCH) throw err;
        // A native operation pushed a frame for this loop to run (vm/steps.ts).
        if (err === FRAME_PUSHED) {
          frame = topFrame!;
          continue;
        }
        // Once handled, the exception must live on the handler's stack only: V8 keeps the value
        // of a dead local or of an argument register reachable until the register is reused,
        // which would keep the exception, its traceback and their frames alive for as long as
        // this loop runs. So the work is done in unwind(), which gets the exception through
        // `raised` (an argument would stay in this frame's registers), and `err` is dropped.
        raised = err;
        err = null;
        unwind(entry);
        frame = topFrame!;
      }
    }
  } finally {
    depth--;
    topFrame = entry.back;
    currentEntry = outerEntry;
  }
}

/**
 * An exception out of a JIT trace (or recording) that left frames of calls it inlined linked
 * above the loop's frame, for the interpreter to raise in the top frame (raiseInTopFrame).
 */
let jitRaise: unknown = null;

/**
 * Has the interpreter raise `e` in the top frame: the JIT's loop hook then returns true (the
 * frame was run on), and the interpreter goes on from the top frame, where the handler search
 * starts (backEdge throws it; the compiled code's resumeInterpreter hands it to run).
 */
export function raiseInTopFrame(e: unknown): void {
  jitRaise = e;
}

/** The exception for unwind() (see run's catch). */
let raised: unknown = null;

/**
 * The exception `raised` in the top frame: adds the traceback entries and pops the frames
 * up to the first with a handler for it, whose stack gets the exception and whose pc the
 * handler (that frame is topFrame then); past `entry` the exception is thrown to run's caller.
 */
function unwind(entry: Frame): void {
  let exc = toPyException(raised);
  raised = null;
  let frame = topFrame!;
  let addEntry = !reraising;
  // RERAISE restores f_lasti for the traceback, but the handler is looked up from the
  // RERAISE instruction itself (CPython's exception_unwind uses next_instr).
  let lookupPc = reraising ? reraisePc : -1;
  reraising = false;
  // A trace function's error on a 'call'/'return' event leaves the frame at once (trace.ts).
  let leaveFrame = exitUnwind;
  if (leaveFrame) clearExitUnwind();
  for (;;) {
    if (!leaveFrame) {
      if (addEntry) {
        if (exc.traceback === None) chainContext(exc);
        exc.traceback = new PyTraceback(frame, frame.lasti, exc.traceback);
        if (useTracing) exc = exceptionEvent(frame, exc);
      }
      const h = findHandler(frame.code, lookupPc >= 0 ? lookupPc : frame.lasti);
      lookupPc = -1;
      if (h !== null) {
        frame.sp = h.depth;
        if (h.lasti) frame.stack[frame.sp++] = frame.lasti;
        frame.stack[frame.sp++] = exc;
        frame.pc = h.target;
        return;
      }
      if (useTracing) exc = unwindEvent(frame, exc);
    }
    addEntry = true;
    leaveFrame = false;
    frame.state = FrameState.Finished;
    if (frame === entry) throw exc;
    if (frame.cont !== null) exc = frame.cont.unwind(exc);
    depth--;
    frame = frame.back!;
    topFrame = frame;
  }
}

/** An exception leaving run() from its entry frame, run by runCompiled and unwound already. */
class OsrExit {
  constructor(readonly err: unknown) {}
}

/** Set by RERAISE so that the unwinder does not add another traceback entry for the frame. */
let reraising = false;
let reraisePc = -1;

/**
 * A frame of a call the JIT inlined, made when a trace leaves in the middle of it: linked above
 * `caller` as CALL would have linked it (the caller of the JIT fills its slots, pc and sp; the
 * eval loop then resumes in the top frame). Only plain functions are inlined (no closure, no
 * cells, no *args), so nothing but the slots is needed.
 */
export function inlinedFrame(f: PyFunction, caller: Frame): Frame {
  const frame = new Frame(f.code, f, f.globals, f.builtins, null, runtimeConsts(f.code));
  linkFrame(caller, frame);
  return frame;
}

/** Links `callee` above `caller` as the running frame, as CALL does (for the JIT's inlined calls). */
export function linkFrame(caller: Frame, callee: Frame): void {
  depth++;
  callee.back = caller;
  callee.state = FrameState.Running;
  topFrame = callee;
}

/**
 * Unlinks the `n` frames linked above `frame` (a trace's inlined frames made for a call out of
 * inlined code, or the recorder's): `frame` runs again.
 */
export function unlinkFrames(frame: Frame, n: number): void {
  depth -= n;
  topFrame = frame;
}

/** Links `callee` above `caller` (the running frame) for the loop to run next; RecursionError past the limit. */
export function pushFrame(caller: Frame, callee: Frame): void {
  if (depth >= recursionLimit) raiseError(RecursionError, "maximum recursion depth exceeded");
  linkFrame(caller, callee);
}

/**
 * A backward jump to `target` about to be taken: counts down to the JIT's loop hook and services
 * the eval breaker (thread switches, signals). True when the JIT ran the frame on: the caller
 * must reload it (its pc is no longer `target`). Otherwise the frame's pc is `target`.
 */
function backEdge(frame: Frame, cache: CodeCache, sp: number, target: number): boolean {
  if (--cache.loopCounter <= 0) {
    frame.sp = sp;
    frame.pc = target;
    const ran = loopHook(frame, cache, target);
    if (ran !== HOOK_NO) {
      // An exception out of the loop's trace (the frame is at the instruction that raised).
      if (ran === HOOK_RAISED) throw takePending();
      if (jitRaise !== null) {
        const e = jitRaise;
        jitRaise = null;
        throw e;
      }
      // The JIT ran the loop and left the frame where its code can go on compiled (a trace's
      // exit): the rest of the call runs as compiled code, not here.
      if (topFrame === frame) osrReady(frame, true);
      return true;
    }
    // Not the JIT's: the rest of the call runs as compiled code (run() does it).
    if (osrReady(frame, false)) return true;
  }
  if (evalBreaker !== 0) {
    frame.pc = target;
    frame.sp = sp;
    runtime.serviceEvalBreaker();
  }
  return false;
}

/**
 * Executes instructions of `frame` until a frame change (returns undefined, topFrame is the
 * new frame) or until `entry` returns or yields (returns the value).
 */
function execute(entry: Frame): PyValue | undefined {
  let frame = topFrame!;
  // No try/finally here: after an exception the frame's sp and pc are not used (the handler
  // sets both; without one the frame is finished), and every exit below stores them.
  // The current frame's state in locals; a Python-to-Python call or return switches them
  // (CALL / RETURN_VALUE below) without leaving this function.
  let code = frame.code;
  let words = useTracing ? tracedCode(code) : code.code;
  let names = code.names;
  let consts = frame.consts;
  let fast = frame.fast;
  let stack = frame.stack;
  let cache = codeCache(code);
  let ic = cache.ic;
  let sp = frame.sp;
  let pc = frame.pc;
  for (;;) {
    const word = words[pc];
    frame.lasti = pc;
    pc++;
    const arg = word >>> 8;
    switch ((word & 0xff) as Op) {
      case Op.RESUME:
        if (evalBreaker !== 0) {
          frame.pc = pc;
          frame.sp = sp;
          runtime.serviceEvalBreaker();
        }
        break;
      case Op.NOP:
        break;
      case Op.POP_TOP:
        // (No local for the value: V8 would keep it alive, see gc_collect_frees_returned.py.)
        if (stack[--sp] instanceof PyGenerator && (stack[sp] as PyGenerator).loopOwned) {
          frame.sp = sp;
          dropIter(stack[sp]);
        }
        break;
      case Op.PUSH_NULL:
        stack[sp++] = null;
        break;
      case Op.COPY:
        stack[sp] = stack[sp - arg];
        sp++;
        break;
      case Op.SWAP: {
        const t = stack[sp - 1];
        stack[sp - 1] = stack[sp - arg];
        stack[sp - arg] = t;
        break;
      }
      case Op.LOAD_CONST:
        stack[sp++] = consts[arg];
        break;
      case Op.LOAD_FAST:
        if ((stack[sp++] = fast[arg] as PyValue) === undefined) unboundLocal(frame, arg);
        break;
      case Op.STORE_FAST:
        fast[arg] = stack[--sp] as PyValue;
        break;
      case Op.LOAD_DEREF: {
        const v = (fast[arg] as PyCell).value;
        if (v === undefined) freeVarError(frame, arg);
        stack[sp++] = v;
        break;
      }
      case Op.STORE_DEREF:
        (fast[arg] as PyCell).value = stack[--sp] as PyValue;
        break;
      case Op.LOAD_CLOSURE:
        stack[sp++] = fast[arg] as PyValue;
        break;
      case Op.LOAD_GLOBAL: {
        if (arg & 1) stack[sp++] = null;
        let c = ic[pc - 1] as GlobalCache | undefined;
        if (c === undefined) c = ic[pc - 1] = new GlobalCache();
        stack[sp++] = loadGlobalCached(c, frame.globals, frame.builtins, names[arg >> 1]);
        break;
      }
      case Op.LOAD_ATTR: {
        const obj = stack[sp - 1] as PyValue;
        if (typeof obj === "object") {
          const t = obj.cls;
          let c = ic[pc - 1] as AttrCache | undefined;
          if (c === undefined || c.type !== t || c.version !== t.version) c = attrCacheMiss(ic, pc - 1, t, names[arg], false);
          if (c.kind === AttrKind.MEMBER) {
            const slots = (obj as PyInstance).slots;
            const v = slots !== null && slots !== undefined ? slots[c.pos] : undefined;
            stack[sp - 1] = v !== undefined ? v : getAttr(obj, names[arg]);
          } else {
            stack[sp - 1] = c.kind === AttrKind.DICT ? loadAttrDict(c, obj, names[arg]) :
              c.kind === AttrKind.DATA ? loadAttrData(c, obj, names[arg]) : getAttr(obj, names[arg]);
          }
        } else {
          stack[sp - 1] = getAttr(obj, names[arg]);
        }
        break;
      }
      case Op.STORE_ATTR: {
        const obj = stack[sp - 1] as PyValue;
        const v = stack[sp - 2] as PyValue;
        sp -= 2;
        if (typeof obj === "object") {
          const t = obj.cls;
          let c = ic[pc - 1] as AttrCache | undefined;
          if (c === undefined || c.type !== t || c.version !== t.version) c = attrCacheMiss(ic, pc - 1, t, names[arg], true);
          let dict = obj.dict;
          if (dict === null && c.kind === AttrKind.DICT && (t.flags & TypeFlag.HAS_DICT)) dict = obj.dict = newInstanceDict();
          if (c.kind === AttrKind.DICT && dict !== null) {
            const st = dict.store;
            const p = c.pos;
            if (st.keys[p] === names[arg]) st.setValueAt(p, v);
            else storeDictMiss(c, dict, names[arg], v);
            break;
          }
          if (c.kind === AttrKind.MEMBER) {
            const slots = (obj as PyInstance).slots;
            if (slots !== null && slots !== undefined) {
              slots[c.pos] = v;
              break;
            }
          }
        }
        setAttr(obj, names[arg], v);
        break;
      }
      case Op.LOAD_METHOD: {
        const obj = stack[sp - 1] as PyValue;
        const name = names[arg];
        const t = typeOf(obj);
        let c = ic[pc - 1] as AttrCache | undefined;
        if (c === undefined || c.type !== t || c.version !== t.version) c = attrCacheMiss(ic, pc - 1, t, name, false);
        if (c.method) {
          if (typeof obj !== "object" || obj.dict === null || noShadow(c, obj.dict, name)) {
            stack[sp - 1] = c.value as PyValue;
            stack[sp++] = obj;
            break;
          }
        } else if (c.kind === AttrKind.DICT && typeof obj === "object") {
          stack[sp - 1] = null;
          stack[sp++] = loadAttrDict(c, obj, name);
          break;
        }
        if (c.kind !== AttrKind.SLOW) {
          // Cached, but not a plain method: the attribute protocol as LOAD_ATTR.
          stack[sp - 1] = null;
          stack[sp++] = getAttr(obj, name);
          break;
        }
        if (t.lookup("__getattribute__") === typeHooks.objectGetattribute) {
          const d = t.lookup(name);
          if ((d instanceof PyFunction || d instanceof PyMethodDescr) &&
              (typeof obj !== "object" || obj.dict === null || noShadow(c, obj.dict, name))) {
            stack[sp - 1] = d;
            stack[sp++] = obj;
            break;
          }
        }
        stack[sp - 1] = null;
        stack[sp++] = getAttr(obj, name);
        break;
      }
      case Op.BINARY_OP: {
        const b = stack[--sp] as PyValue;
        const a = stack[sp - 1] as PyValue;
        // Exact ints and floats: `a op= b` is `a op b` for them (no __iop__).
        const op = arg >= 13 ? arg - 13 : arg;
        let r: PyValue = NotImplemented;
        if (typeof a === "number") {
          if (typeof b === "number") {
            let n: number;
            switch (op) {
              case Bin.ADD: n = a + b; r = Number.isSafeInteger(n) ? n : intBinary(a, b, op); break;
              case Bin.SUBTRACT: n = a - b; r = Number.isSafeInteger(n) ? n : intBinary(a, b, op); break;
              case Bin.MULTIPLY: n = a * b; r = Number.isSafeInteger(n) ? n + 0 : intBinary(a, b, op); break;
              case Bin.TRUE_DIVIDE: r = b !== 0 ? new PyFloat(a / b) : NotImplemented; break;
              case Bin.MATRIX_MULTIPLY: break;
              default: r = intBinary(a, b, op); break;
            }
          } else if (b instanceof PyFloat && b.cls === floatType) {
            r = floatArith(a, b.value, op);
          }
        } else if (a instanceof PyFloat && a.cls === floatType) {
          if (b instanceof PyFloat && b.cls === floatType) r = floatArith(a.value, b.value, op);
          else if (typeof b === "number") r = floatArith(a.value, b, op);
        }
        if (r === NotImplemented) r = arg >= 13 ? inplaceOp(a, b, arg - 13) : binaryOp(a, b, arg);
        stack[sp - 1] = r;
        break;
      }
      case Op.UNARY_NOT:
        stack[sp - 1] = truthy(stack[sp - 1] as PyValue) ? False : True;
        break;
      case Op.COMPARE_OP: {
        const b = stack[--sp] as PyValue;
        const a = stack[sp - 1] as PyValue;
        // Exact ints (safe range) and floats compare as JS numbers: a safe int converts to a
        // double exactly, so mixed comparisons are exact too.
        let x: number;
        let y: number;
        if (typeof a === "number") x = a;
        else if (a instanceof PyFloat && a.cls === floatType) x = a.value;
        else {
          stack[sp - 1] = richCompare(a, b, arg as Cmp);
          break;
        }
        if (typeof b === "number") y = b;
        else if (b instanceof PyFloat && b.cls === floatType) y = b.value;
        else {
          stack[sp - 1] = richCompare(a, b, arg as Cmp);
          break;
        }
        let r: boolean;
        switch (arg as Cmp) {
          case Cmp.LT: r = x < y; break;
          case Cmp.LE: r = x <= y; break;
          case Cmp.EQ: r = x === y; break;
          case Cmp.NE: r = x !== y; break;
          case Cmp.GT: r = x > y; break;
          default: r = x >= y; break;
        }
        // COMPARE_OP + POP_JUMP_IF_FALSE/TRUE: jump directly on the JS boolean.
        const next = words[pc];
        const nop = next & 0xff;
        if (nop === Op.POP_JUMP_IF_FALSE || nop === Op.POP_JUMP_IF_TRUE) {
          sp--;
          if (r === (nop === Op.POP_JUMP_IF_TRUE)) {
            const target = next >>> 8;
            if (target < pc && backEdge(frame, cache, sp, target)) return undefined;
            pc = target;
          } else {
            pc++;
          }
        } else {
          stack[sp - 1] = r ? True : False;
        }
        break;
      }
      case Op.IS_OP: {
        // Equal ints and strs are primitives here, so `is` is True for them; in CPython that
        // holds for small ints and interned strings and is implementation-defined otherwise.
        const b = stack[--sp] as PyValue;
        const a = stack[sp - 1] as PyValue;
        stack[sp - 1] = bool((a === b) !== (arg === 1));
        break;
      }
      case Op.CONTAINS_OP: {
        const b = stack[--sp] as PyValue;
        const a = stack[sp - 1] as PyValue;
        stack[sp - 1] = bool(contains(b, a) !== (arg === 1));
        break;
      }
      case Op.BINARY_SUBSCR: {
        const key = stack[--sp] as PyValue;
        const obj = stack[sp - 1] as PyValue;
        if (typeof obj === "object") {
          const oc = obj.cls;
          if ((oc === listType || oc === tupleType) && typeof key === "number") {
            const items = (obj as PyList).items;
            const i = key < 0 ? key + items.length : key;
            if (i >= 0 && i < items.length) {
              stack[sp - 1] = items[i];
              break;
            }
          } else if (oc === dictType) {
            const v = (obj as PyDict).get(key);
            if (v === undefined) raiseKeyError(key);
            stack[sp - 1] = v;
            break;
          }
        } else if (typeof obj === "string" && typeof key === "number") {
          stack[sp - 1] = strGetItem(obj, key);
          break;
        }
        stack[sp - 1] = getItem(obj, key);
        break;
      }
      case Op.STORE_SUBSCR: {
        const key = stack[sp - 1] as PyValue;
        const obj = stack[sp - 2] as PyValue;
        const v = stack[sp - 3] as PyValue;
        sp -= 3;
        if (typeof obj === "object") {
          const oc = obj.cls;
          if (oc === listType && typeof key === "number") {
            const items = (obj as PyList).items;
            const i = key < 0 ? key + items.length : key;
            if (i >= 0 && i < items.length) {
              items[i] = v;
              break;
            }
          } else if (oc === dictType) {
            (obj as PyDict).set(key, v);
            break;
          }
        }
        setItem(obj, key, v);
        break;
      }
      case Op.BUILD_TUPLE: {
        const next = words[pc];
        if (next === (Op.UNPACK_SEQUENCE | arg << 8)) {
          // `a, b = b, a`: the tuple would only be unpacked again; reverse the items in place.
          pc++;
          for (let i = sp - arg, j = sp - 1; i < j; i++, j--) {
            const t = stack[i];
            stack[i] = stack[j];
            stack[j] = t;
          }
          break;
        }
        const items = stackSlice(stack, sp - arg, sp);
        sp -= arg;
        stack[sp++] = new PyTuple(items);
        break;
      }
      case Op.LIST_APPEND: {
        const v = stack[--sp] as PyValue;
        (stack[sp - arg] as PyList).items.push(v);
        break;
      }
      case Op.UNPACK_SEQUENCE: {
        const seq = stack[--sp] as PyValue;
        let items: readonly PyValue[];
        if (typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType)) items = (seq as PyTuple).items;
        else items = unpackIterable(seq, arg, -1);
        if (items.length !== arg) unpackError(items.length, arg);
        for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
        break;
      }
      case Op.GET_ITER:
        ownIter(stack[sp - 1] = getIter(stack[sp - 1] as PyValue), frame);
        break;
      case Op.FOR_ITER: {
        const it = stack[sp - 1] as PyValue;
        frame.sp = sp;
        frame.pc = pc;
        const v = it instanceof PyIter && !(it.cls.flags & TypeFlag.HEAPTYPE) ? it.next() : iterNext(it);
        if (v === undefined) {
          sp--;
          pc = arg;
        } else {
          stack[sp++] = v;
        }
        break;
      }
      case Op.JUMP_FORWARD:
        pc = arg;
        break;
      case Op.JUMP_BACKWARD:
        if (backEdge(frame, cache, sp, arg)) return undefined; // the JIT moved the frame on: reload it
        pc = arg;
        break;
      // The conditional jumps are 3.11's POP_JUMP_FORWARD_IF_* and POP_JUMP_BACKWARD_IF_* in one:
      // taken backwards they close a loop, like JUMP_BACKWARD.
      case Op.POP_JUMP_IF_FALSE: {
        const v = stack[--sp] as PyValue;
        if (v === False || (v !== True && !truthy(v))) {
          if (arg < pc && backEdge(frame, cache, sp, arg)) return undefined;
          pc = arg;
        }
        break;
      }
      case Op.POP_JUMP_IF_TRUE: {
        const v = stack[--sp] as PyValue;
        if (v === True || (v !== False && truthy(v))) {
          if (arg < pc && backEdge(frame, cache, sp, arg)) return undefined;
          pc = arg;
        }
        break;
      }
      case Op.POP_JUMP_IF_NONE:
        if (stack[--sp] === None) {
          if (arg < pc && backEdge(frame, cache, sp, arg)) return undefined;
          pc = arg;
        }
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
        if (stack[--sp] !== None) {
          if (arg < pc && backEdge(frame, cache, sp, arg)) return undefined;
          pc = arg;
        }
        break;
      case Op.JUMP_IF_FALSE_OR_POP:
        if (!truthy(stack[sp - 1] as PyValue)) pc = arg;
        else sp--;
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        if (truthy(stack[sp - 1] as PyValue)) pc = arg;
        else sp--;
        break;
      case Op.RETURN_VALUE: {
        let v = stack[--sp] as PyValue;
        frame.sp = sp;
        frame.pc = pc;
        frame.state = FrameState.Finished;
        if (frame === entry) return v;
        let initSelf = frame.initSelf;
        const cont = frame.cont;
        const back = frame.back!;
        depth--;
        topFrame = back;
        frame = back;
        code = frame.code;
        words = useTracing ? tracedCode(code) : code.code;
        names = code.names;
        consts = frame.consts;
        fast = frame.fast;
        stack = frame.stack;
        cache = codeCache(code);
        ic = cache.ic;
        sp = frame.sp;
        pc = frame.pc;
        if (initSelf !== null) {
          // An __init__ frame pushed by CALL on a class: the call's value is the instance
          // (the error belongs to the caller's CALL).
          if (v !== None) typeError(`__init__() should return None, not '${typeName(v)}'`);
          v = initSelf;
          initSelf = null;
        }
        // A native operation's frame: the operation goes on (it may push another frame).
        if (cont !== null) v = cont.resume(v);
        stack[sp++] = v;
        v = null!; // as for CALL's callee: the value must not outlive its stack slot
        break;
      }
      case Op.SEND: {
        const v = stack[sp - 1] as PyValue;
        const receiver = stack[sp - 2] as PyValue;
        frame.sp = sp;
        frame.pc = pc;
        const r = runtime.send(receiver, v);
        if (r.done) {
          sp--;
          stack[sp - 1] = r.value;
          pc = arg;
        } else {
          stack[sp - 1] = r.value;
        }
        break;
      }
      case Op.YIELD_VALUE: {
        const v = stack[--sp] as PyValue;
        frame.sp = sp;
        frame.pc = pc;
        frame.state = FrameState.Suspended;
        frame.yielded = true;
        // Generators always run as entry frames (gen.ts resumes them with run()).
        return v;
      }
      case Op.KW_NAMES:
        frame.kwnames = (consts[arg] as PyTuple).items as string[];
        break;
      case Op.CALL: {
        const kwnames = frame.kwnames;
        frame.kwnames = null;
        const base = sp - arg - 2;
        let f = stack[base];
        let start: number;
        let initSelf: PyValue | null = null;
        if (f === null) {
          f = stack[base + 1] as PyValue;
          start = base + 2;
          if (typeof f === "object") {
            const fc = f.cls;
            if (fc === methodType) {
              const m = f as PyMethod;
              if (m.func instanceof PyFunction) {
                // A bound Python method: call its function with self in the callable's slot.
                stack[base + 1] = m.self;
                f = m.func;
                start = base + 1;
              }
            } else if ((fc.flags & TypeFlag.HEAPTYPE) !== 0 && !(f instanceof PyType)) {
              // An instance of a class whose __call__ is a Python function: run it as a frame.
              const c = fc.lookup("__call__");
              if (c instanceof PyFunction) {
                f = c;
                start = base + 1;
              }
            } else if (fc === typeType) {
              // A plain class whose __init__ is a Python function: make the instance with
              // object.__new__ and run __init__ as a frame of this loop.
              const init = classInit(ic, pc - 1, f as PyType);
              if (init !== null) {
                initSelf = objectType.nativeNew!(f as PyType, [], null);
                stack[base + 1] = initSelf;
                f = init;
                start = base + 1;
              }
            }
          }
        } else {
          start = base + 1;
        }
        if (typeof f === "object" && f.cls === functionType) {
          let callee = makeFrameFromStack(f as PyFunction, stack, start, sp - start, kwnames);
          sp = base;
          frame.sp = sp;
          frame.pc = pc;
          const fn = compiledOf(callee.code);
          if (fn !== null) {
            let v = enterCompiled(fn, callee);
            if (initSelf !== null) {
              if (v !== None) typeError(`__init__() should return None, not '${typeName(v)}'`);
              v = initSelf;
            }
            stack[sp++] = v;
            break;
          }
          callee.initSelf = initSelf;
          pushFrame(frame, callee);
          frame = callee;
          // V8 keeps a dead local's value reachable until its register is reused: dropped here,
          // the finished frame and its locals (the new instance) can die once the call returns.
          callee = null!;
          initSelf = null;
          code = frame.code;
          words = useTracing ? tracedCode(code) : code.code;
          names = code.names;
          consts = frame.consts;
          fast = frame.fast;
          stack = frame.stack;
          cache = codeCache(code);
          ic = cache.ic;
          sp = frame.sp;
          pc = frame.pc;
          break;
        }
        const args = stackSlice(stack, start, sp);
        sp = base;
        frame.sp = sp;
        frame.pc = pc;
        stack[sp++] = f instanceof PyMethodDescr ? callMethodDescr(f, args, kwnames) : call(f, args, kwnames);
        // The callee may have been sys.settrace/setprofile: the next instruction is traced.
        if (useTracing) words = tracedCode(code);
        break;
      }
      default: {
        if (word === TRACE_WORD) {
          // Tracing (trace.ts): report the events; the real instruction is fetched next (or
          // was run by traceStep, or the trace function jumped).
          frame.sp = sp;
          frame.pc = pc - 1;
          traceStep(frame);
          sp = frame.sp;
          pc = frame.pc;
          words = useTracing ? tracedCode(code) : code.code;
          break;
        }
        frame.sp = sp;
        frame.pc = pc;
        const r = executeOther(frame, entry, word);
        sp = frame.sp;
        pc = frame.pc;
        if (r !== CONTINUE) return r as PyValue | undefined;
        if (useTracing) words = tracedCode(code);
        break;
      }
    }
  }
}


/** Returned by executeOther when the instruction completed and execution continues. */
const CONTINUE = { continue: true } as const;

/**
 * The less frequent instructions, out of `execute` so that the hot loop stays small for V8
 * (compile time, register allocation). Works on frame.sp / frame.pc; returns CONTINUE, or what
 * `execute` should return (undefined: the current frame changed).
 */
function executeOther(frame: Frame, entry: Frame, word: number): PyValue | undefined | typeof CONTINUE {
  const code = frame.code;
  const names = code.names;
  const consts = frame.consts;
  const fast = frame.fast;
  const stack = frame.stack;
  let sp = frame.sp;
  let pc = frame.pc;
  const arg = word >>> 8;
  try {
    switch ((word & 0xff) as Op) {
      case Op.DELETE_FAST:
        if (fast[arg] === undefined) unboundLocal(frame, arg);
        fast[arg] = undefined;
        break;
      case Op.MAKE_CELL:
        fast[arg] = new PyCell(fast[arg]);
        break;
      case Op.COPY_FREE_VARS:
        // Done when the frame is made (makeFrame copies the closure into the last slots).
        break;
      case Op.LOAD_CLASSDEREF: {
        const name = code.localsplusnames[arg];
        let v = frame.locals !== null ? mappingGet(frame.locals, name) : undefined;
        if (v === undefined) {
          v = (fast[arg] as PyCell).value;
          if (v === undefined) freeVarError(frame, arg);
        }
        stack[sp++] = v;
        break;
      }
      case Op.DELETE_DEREF: {
        const c = fast[arg] as PyCell;
        if (c.value === undefined) freeVarError(frame, arg);
        c.value = undefined;
        break;
      }
      case Op.LOAD_NAME:
        stack[sp++] = loadName(frame, names[arg]);
        break;
      case Op.STORE_NAME:
        storeName(frame, names[arg], stack[--sp] as PyValue);
        break;
      case Op.DELETE_NAME:
        deleteName(frame, names[arg]);
        break;
      case Op.STORE_GLOBAL:
        frame.globals.set(names[arg], stack[--sp] as PyValue);
        break;
      case Op.DELETE_GLOBAL:
        if (frame.globals.delete(names[arg]) === undefined) nameError(names[arg]);
        break;
      case Op.DELETE_ATTR:
        delAttr(stack[--sp] as PyValue, names[arg]);
        break;
      case Op.UNARY_POSITIVE:
        stack[sp - 1] = unaryOp(stack[sp - 1] as PyValue, "__pos__", "+");
        break;
      case Op.UNARY_NEGATIVE:
        stack[sp - 1] = unaryOp(stack[sp - 1] as PyValue, "__neg__", "-");
        break;
      case Op.UNARY_INVERT:
        stack[sp - 1] = unaryOp(stack[sp - 1] as PyValue, "__invert__", "~");
        break;
      case Op.DELETE_SUBSCR: {
        const key = stack[--sp] as PyValue;
        delItem(stack[--sp] as PyValue, key);
        break;
      }
      case Op.BUILD_SLICE: {
        const step = arg === 3 ? stack[--sp] as PyValue : None;
        const stop = stack[--sp] as PyValue;
        stack[sp - 1] = new PySlice(stack[sp - 1] as PyValue, stop, step);
        break;
      }
      case Op.BUILD_LIST: {
        const items = stackSlice(stack, sp - arg, sp);
        sp -= arg;
        stack[sp++] = new PyList(items);
        break;
      }
      case Op.BUILD_SET: {
        const items = stackSlice(stack, sp - arg, sp);
        sp -= arg;
        stack[sp++] = runtime.makeSet(items);
        break;
      }
      case Op.BUILD_MAP: {
        const base = sp - 2 * arg;
        const d = buildMap(stackSlice(stack, base, sp));
        sp = base;
        stack[sp++] = d;
        break;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        const keys = stack[--sp] as PyTuple;
        const base = sp - arg;
        const d = buildConstKeyMap(keys, stackSlice(stack, base, sp));
        sp = base;
        stack[sp++] = d;
        break;
      }
      case Op.BUILD_STRING: {
        const s = arg === 1 ? stack[sp - 1] as string : buildString(stackSlice(stack, sp - arg, sp));
        sp -= arg;
        stack[sp++] = s;
        break;
      }
      case Op.SET_ADD: {
        const v = stack[--sp] as PyValue;
        runtime.setAdd(stack[sp - arg] as PyValue, v);
        break;
      }
      case Op.MAP_ADD: {
        const v = stack[--sp] as PyValue;
        const k = stack[--sp] as PyValue;
        (stack[sp - arg] as PyDict).set(k, v);
        break;
      }
      case Op.LIST_EXTEND: {
        const v = stack[--sp] as PyValue;
        const list = stack[sp - arg] as PyList;
        listExtend(list, v);
        break;
      }
      case Op.SET_UPDATE: {
        const v = stack[--sp] as PyValue;
        runtime.setUpdate(stack[sp - arg] as PyValue, v);
        break;
      }
      case Op.DICT_UPDATE: {
        const v = stack[--sp] as PyValue;
        dictUpdate(stack[sp - arg] as PyDict, v, false, null);
        break;
      }
      case Op.DICT_MERGE: {
        const v = stack[--sp] as PyValue;
        const fn = stack[sp - arg - 2] as PyValue;
        dictUpdate(stack[sp - arg] as PyDict, v, true, fn);
        break;
      }
      case Op.LIST_TO_TUPLE:
        stack[sp - 1] = new PyTuple((stack[sp - 1] as PyList).items);
        break;
      case Op.UNPACK_EX: {
        const before = arg & 0xff;
        const after = arg >> 8;
        const seq = stack[--sp] as PyValue;
        const items = unpackIterable(seq, before, after);
        const n = items.length;
        if (n < before + after) {
          typeErrorOrValue(`not enough values to unpack (expected at least ${before + after}, got ${n})`);
        }
        for (let i = n - 1; i >= n - after; i--) stack[sp++] = items[i];
        stack[sp++] = new PyList(items.slice(before, n - after));
        for (let i = before - 1; i >= 0; i--) stack[sp++] = items[i];
        break;
      }
      case Op.FORMAT_VALUE: {
        const spec = (arg & 4) ? stack[--sp] as PyValue : "";
        stack[sp - 1] = formatValue(stack[sp - 1] as PyValue, arg & 3, spec);
        break;
      }
      case Op.GET_YIELD_FROM_ITER: {
        const v = stack[sp - 1] as PyValue;
        if (!runtime.isGenOrCoro(v)) stack[sp - 1] = getIter(v);
        break;
      }
      case Op.GET_AWAITABLE:
        stack[sp - 1] = runtime.getAwaitable(stack[sp - 1] as PyValue, arg);
        break;
      case Op.GET_AITER:
        stack[sp - 1] = runtime.getAiter(stack[sp - 1] as PyValue);
        break;
      case Op.GET_ANEXT:
        stack[sp] = runtime.getAnext(stack[sp - 1] as PyValue);
        sp++;
        break;
      case Op.END_ASYNC_FOR: {
        const exc = stack[--sp] as PyValue;
        sp--;
        if (!(exc instanceof PyBaseException && isInstance(exc, excTypes.StopAsyncIteration))) {
          reraising = true;
          reraisePc = pc - 1;
          throw exc;
        }
        break;
      }
      case Op.BEFORE_WITH: {
        const mgr = stack[sp - 1] as PyValue;
        const t = typeOf(mgr);
        const enter = t.lookup("__enter__");
        const exit = t.lookup("__exit__");
        if (enter === undefined) typeError(`'${t.name}' object does not support the context manager protocol`);
        if (exit === undefined) typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
        // Functions stay unbound (a PyMethod exit lets threads.ts see a blocking native __enter__
        // as called by this instruction); other descriptors are bound by their __get__, __enter__
        // first (_PyObject_LookupSpecial).
        const boundEnter = enter instanceof PyFunction || enter instanceof PyMethodDescr ? null : bindDescr(enter, mgr, t);
        stack[sp - 1] = boundExit(exit, mgr, t);
        frame.sp = sp;
        if (enter instanceof PyFunction) {
          // A Python __enter__ runs as a frame of this loop, like a CALL (no JS recursion).
          frame.pc = pc;
          pushFrame(frame, makeFrame(enter, [mgr], null));
          return undefined;
        }
        const entered = boundEnter === null ? callDescr(enter, mgr, []) : call(boundEnter, []);
        stack[sp++] = entered;
        break;
      }
      case Op.BEFORE_ASYNC_WITH: {
        const mgr = stack[sp - 1] as PyValue;
        const t = typeOf(mgr);
        const enter = t.lookup("__aenter__");
        const exit = t.lookup("__aexit__");
        if (enter === undefined) typeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
        if (exit === undefined) typeError(`'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
        stack[sp - 1] = boundExit(exit, mgr, t);
        const r = callDescr(enter, mgr, []);
        stack[sp++] = runtime.getAwaitable(r, 1);
        break;
      }
      case Op.WITH_EXCEPT_START: {
        // exit lasti prev exc -- exit lasti prev exc result
        stack[sp] = withExceptStart(stack[sp - 4] as PyValue, stack[sp - 1] as PyValue);
        sp++;
        break;
      }
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        pc = arg;
        break;
      case Op.RETURN_GENERATOR: {
        // The frame becomes the generator's; the call returns the generator. It resumes at the
        // next instruction (a POP_TOP of the value sent by the first send(None)).
        frame.sp = sp;
        frame.pc = pc;
        const g = runtime.makeGenerator(frame);
        frame.state = FrameState.Created;
        if (frame === entry) return g;
        const back = frame.back!;
        depth--;
        topFrame = back;
        back.stack[back.sp++] = g;
        frame.back = null;
        return undefined;
      }
      case Op.ASYNC_GEN_WRAP:
        stack[sp - 1] = runtime.asyncGenWrap(stack[sp - 1] as PyValue);
        break;
      case Op.CALL_FUNCTION_EX: {
        const kwargs = (arg & 1) ? stack[--sp] as PyValue : null;
        const posargs = stack[--sp] as PyValue;
        const f = stack[--sp] as PyValue;
        sp--; // NULL
        frame.sp = sp;
        frame.pc = pc;
        const args = callExArgs(f, posargs, kwargs);
        const kwnames = callExKwnames;
        if (f instanceof PyFunction || f instanceof PyMethod && f.func instanceof PyFunction) {
          const callee = f instanceof PyFunction ? makeFrame(f, args, kwnames) :
            makeFrame(f.func as PyFunction, [f.self, ...args], kwnames);
          pushFrame(frame, callee);
          return undefined;
        }
        // exec may push a frame (FRAME_PUSHED): sp must stay below the result's slot until it returns.
        const r = call(f, args, kwnames);
        stack[sp++] = r;
        break;
      }
      case Op.MAKE_FUNCTION: {
        const n = makeFunctionExtras(arg);
        const f = makeFunction(stack[sp - 1] as PyCode, frame.globals, frame.builtins, arg,
          stackSlice(stack, sp - 1 - n, sp - 1));
        sp -= n;
        stack[sp - 1] = f;
        break;
      }
      case Op.IMPORT_NAME: {
        const fromlist = stack[--sp] as PyValue;
        const level = stack[--sp] as PyValue;
        frame.sp = sp;
        // importlib's frames may be pushed (FRAME_PUSHED): the module is pushed when they return.
        const m = runtime.importName(frame, names[arg], fromlist, level);
        stack[sp++] = m;
        break;
      }
      case Op.IMPORT_FROM:
        stack[sp] = runtime.importFrom(stack[sp - 1] as PyValue, names[arg]);
        sp++;
        break;
      case Op.IMPORT_STAR:
        runtime.importStar(frame, stack[--sp] as PyValue);
        break;
      case Op.RAISE_VARARGS: {
        let cause: PyValue | undefined;
        if (arg === 2) cause = stack[--sp] as PyValue;
        if (arg === 0) {
          const h = currentHandled();
          if (h === None) raiseError(excTypes.RuntimeError, "No active exception to reraise");
          // A re-raise (CPython: straight to exception_unwind): no traceback entry, no
          // 'exception' trace event; the handler is looked up from this instruction.
          reraising = true;
          reraisePc = pc - 1;
          throw h;
        }
        const exc = makeException(stack[--sp] as PyValue);
        if (cause !== undefined) {
          if (cause === None) exc.cause = None;
          else {
            const c = makeCause(cause);
            exc.cause = c;
          }
          exc.suppressContext = true;
        }
        chainContext(exc);
        frame.sp = sp;
        // A handler in this frame: unwind to it here, as run() would, without a JS throw.
        const h = useTracing ? null : findHandler(code, frame.lasti);
        if (h !== null) {
          exc.traceback = new PyTraceback(frame, frame.lasti, exc.traceback);
          sp = h.depth;
          if (h.lasti) stack[sp++] = frame.lasti;
          stack[sp++] = exc;
          pc = h.target;
          break;
        }
        throw exc;
      }
      case Op.RERAISE: {
        const exc = stack[--sp] as PyValue;
        // RERAISE n (n > 0) restores f_lasti from the n-th item under the exception.
        if (arg) frame.lasti = stack[sp - arg] as number;
        frame.sp = sp;
        if (exc instanceof PyBaseException) {
          // As run() for a re-raise: no new traceback entry, the handler found from this instruction.
          const h = findHandler(code, pc - 1);
          if (h !== null) {
            sp = h.depth;
            if (h.lasti) stack[sp++] = frame.lasti;
            stack[sp++] = exc;
            pc = h.target;
            break;
          }
        }
        reraisePc = pc - 1;
        reraising = true;
        throw exc;
      }
      case Op.PUSH_EXC_INFO: {
        const exc = stack[sp - 1] as PyValue;
        const top = excStack.length - 1;
        stack[sp - 1] = excStack[top];
        excStack[top] = exc;
        stack[sp++] = exc;
        break;
      }
      case Op.POP_EXCEPT:
        excStack[excStack.length - 1] = stack[--sp] as PyValue;
        break;
      case Op.CHECK_EXC_MATCH: {
        stack[sp - 1] = bool(excMatch(stack[sp - 2] as PyValue, stack[sp - 1] as PyValue));
        break;
      }
      case Op.CHECK_EG_MATCH: {
        const t = stack[--sp] as PyValue;
        const eg = stack[sp - 1] as PyValue;
        checkExceptStarType(t);
        const [match, rest] = runtime.exceptionGroupMatch(eg, t);
        stack[sp - 1] = rest;
        stack[sp++] = match;
        break;
      }
      case Op.PREP_RERAISE_STAR: {
        const excs = stack[--sp] as PyList;
        const orig = stack[sp - 1] as PyValue;
        stack[sp - 1] = runtime.prepReraiseStar(orig, excs.items);
        break;
      }
      case Op.LOAD_ASSERTION_ERROR:
        stack[sp++] = AssertionError;
        break;
      case Op.LOAD_BUILD_CLASS: {
        const bc = frame.builtins.getStr("__build_class__");
        if (bc === undefined) raiseError(NameError, "__build_class__ not found");
        stack[sp++] = bc;
        break;
      }
      case Op.SETUP_ANNOTATIONS: {
        const locals = frame.locals!;
        if (mappingGet(locals, "__annotations__") === undefined) storeName(frame, "__annotations__", new PyDict());
        break;
      }
      case Op.PRINT_EXPR:
        runtime.displayHook(stack[--sp] as PyValue);
        break;
      case Op.MATCH_CLASS: {
        const kwnames = stack[--sp] as PyTuple;
        const cls = stack[--sp] as PyValue;
        const subject = stack[sp - 1] as PyValue;
        stack[sp - 1] = runtime.matchClass(subject, cls, arg, kwnames.items as string[]);
        break;
      }
      case Op.MATCH_MAPPING: {
        const t = typeOf(stack[sp - 1] as PyValue);
        stack[sp++] = bool((t.flags & TypeFlag.MAPPING) !== 0);
        break;
      }
      case Op.MATCH_SEQUENCE: {
        const t = typeOf(stack[sp - 1] as PyValue);
        // memoryview is a sequence for pattern matching (it cannot be subclassed).
        stack[sp++] = bool((t.flags & TypeFlag.SEQUENCE) !== 0 || t === memoryviewType);
        break;
      }
      case Op.MATCH_KEYS: {
        const keys = stack[sp - 1] as PyTuple;
        const subject = stack[sp - 2] as PyValue;
        stack[sp++] = runtime.matchKeys(subject, keys.items);
        break;
      }
      case Op.GET_LEN:
        stack[sp] = pyLen(stack[sp - 1] as PyValue);
        sp++;
        break;
      default:
        throw new Error(`unknown opcode ${word & 0xff}`);
    }
    return CONTINUE;
  } finally {
    frame.sp = sp;
    frame.pc = pc;
  }
}

// ---- attribute caches -------------------------------------------------------------------------------

/** Entries per instruction before a polymorphic site reuses its first entry. */
const MAX_ATTR_ENTRIES = 8;

/**
 * The cache entry for type `t` at instruction i when the first entry does not match: another
 * entry of the chain (polymorphic sites), a stale entry of `t` refilled, or a new one.
 */
export function attrCacheMiss(ic: (AttrCache | GlobalCache | undefined)[], i: number, t: PyType, name: string,
                       store: boolean): AttrCache {
  const first = ic[i] as AttrCache | undefined;
  let c: AttrCache;
  if (first === undefined) {
    c = ic[i] = new AttrCache();
  } else {
    let n = 1;
    let e = first;
    for (;;) {
      if (e.type === t || e.type === null) {
        if (e.version === t.version && e.type !== null) return e;
        c = e;
        break;
      }
      if (e.next === null) {
        if (n < MAX_ATTR_ENTRIES) {
          c = e.next = new AttrCache();
        } else {
          c = first;
        }
        break;
      }
      e = e.next;
      n++;
    }
  }
  if (store) fillStoreCache(c, t, name);
  else fillLoadCache(c, t, name);
  return c;
}

/** Fills a LOAD_ATTR / LOAD_METHOD cache for instances of `t` (see icache.ts). */
function fillLoadCache(c: AttrCache, t: PyType, name: string): void {
  c.type = t;
  c.version = t.version;
  c.kind = AttrKind.SLOW;
  c.value = undefined;
  c.method = false;
  if (t.lookup("__getattribute__") !== typeHooks.objectGetattribute) return;
  const d = t.lookup(name);
  c.value = d;
  if (d === undefined || typeof d !== "object") {
    c.kind = AttrKind.DICT;
  } else if (d instanceof PyFunction || d instanceof PyMethodDescr) {
    c.kind = AttrKind.DICT;
    c.method = true;
  } else if (t.lookup("__getattr__") !== undefined) {
    // A descriptor's AttributeError falls back to __getattr__: the generic path.
  } else if (d instanceof PyMemberDescr) {
    c.kind = AttrKind.MEMBER;
    c.pos = d.index;
  } else if (d instanceof PyGetSetDescr || (d instanceof PyProperty && d.cls === propertyType) || hasNativeGet(d)) {
    c.kind = AttrKind.DATA;
  } else if (!(d.cls.flags & TypeFlag.HEAPTYPE) && !isDataDescr(d)) {
    // A native type's instance (its type cannot change): never a data descriptor.
    c.kind = AttrKind.DICT;
  }
}

/** Fills a STORE_ATTR cache for instances of `t`. */
function fillStoreCache(c: AttrCache, t: PyType, name: string): void {
  c.type = t;
  c.version = t.version;
  c.kind = AttrKind.SLOW;
  c.value = undefined;
  c.method = false;
  if (t.lookup("__setattr__") !== typeHooks.objectSetattr) return;
  const d = t.lookup(name);
  c.value = d;
  if (d === undefined || typeof d !== "object" || d instanceof PyFunction || d instanceof PyMethodDescr) {
    c.kind = AttrKind.DICT;
  } else if (d instanceof PyMemberDescr) {
    c.kind = AttrKind.MEMBER;
    c.pos = d.index;
  } else if (!(d.cls.flags & TypeFlag.HEAPTYPE) && !isDataDescr(d)) {
    c.kind = AttrKind.DICT;
  }
}

/**
 * The __init__ to run as a frame for `t(...)`, or null when the call must take the generic
 * path (metaclass, own __new__, native base, abstract class, __init__ not a plain function).
 * Cached per CALL instruction on the class and its version.
 */
export function classInit(ic: (AttrCache | GlobalCache | undefined)[], i: number, t: PyType): PyFunction | null {
  let c = ic[i] as AttrCache | undefined;
  if (c === undefined) c = ic[i] = new AttrCache();
  if (c.type !== t || c.version !== t.version) {
    c.type = t;
    c.version = t.version;
    c.value = undefined;
    const init = t.lookup("__init__");
    if (t.base === objectType && t.lookup("__new__") === objectType.ns.get("__new__") && init instanceof PyFunction &&
        (init.code.flags & GEN_FLAGS) === 0 && !(t.flags & TypeFlag.IS_ABSTRACT) && !t.ns.has("__abstractmethods__")) {
      c.value = init;
    }
  }
  return c.value === undefined ? null : c.value as PyFunction;
}

/** A cached attribute load: the instance dict, then the type's non-data attribute. */
export function loadAttrDict(c: AttrCache, obj: PyObject, name: string, errOk = false): PyValue {
  const dict = obj.dict;
  if (dict !== null) {
    const st = dict.store;
    const p = c.pos;
    if (st.keys[p] === name) return st.values[p] as PyValue;
    const q = dict.strPos(name);
    if (q >= 0) {
      c.pos = q;
      return st.values[q] as PyValue;
    }
  }
  const d = c.value;
  if (d === undefined) {
    // errOk (compiled code): a plain miss on an instance of a Python class (no __getattr__;
    // not a module, which has its own in its dict) returns its AttributeError as ERR rather
    // than throwing it (`try: o.x except AttributeError`).
    const t = c.type!;
    if (errOk && (t.flags & TypeFlag.HEAPTYPE) !== 0 && !(obj instanceof PyModule) && t.lookup("__getattr__") === undefined) {
      return setPending(noAttrError(obj, name));
    }
    return getAttr(obj, name); // __getattr__, or the AttributeError
  }
  if (c.method && d instanceof PyFunction) return new PyMethod(d, obj);
  return bindDescr(d, obj, c.type!);
}

/** A cached data descriptor (getset, __slots__ member, plain property). */
export function loadAttrData(c: AttrCache, obj: PyObject, name: string): PyValue {
  const d = c.value;
  if (d instanceof PyGetSetDescr) return d.get(obj);
  if (!(d instanceof PyProperty)) return (d as unknown as NativeGet).nativeGet(obj);
  const p = d as PyProperty;
  if (p.fget === None) return getAttr(obj, name);
  return call(p.fget, [obj]);
}

/** x op y for two floats (or a float and an exact int); NotImplemented sends it the generic way. */
export function floatArith(x: number, y: number, op: Bin): PyValue {
  switch (op) {
    case Bin.ADD: return new PyFloat(x + y);
    case Bin.SUBTRACT: return new PyFloat(x - y);
    case Bin.MULTIPLY: return new PyFloat(x * y);
    case Bin.TRUE_DIVIDE: return y !== 0 ? new PyFloat(x / y) : NotImplemented;
    default: return numberHooks.floatBinary(x, y, op);
  }
}

export function listExtend(list: PyList, v: PyValue): void {
  if (v instanceof PyList || v instanceof PyTuple) {
    for (const x of v.items) list.items.push(x);
    return;
  }
  const t = typeOf(v);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    typeError(`Value after * must be an iterable, not ${t.name}`);
  }
  for (const x of toArray(v)) list.items.push(x);
}

/** How call errors name the callable: `module.qualname()`, or str(f) without a __qualname__. */
function funcDesc(f: PyValue): string {
  let qual: PyValue | undefined;
  try {
    qual = getAttrOpt(f, "__qualname__");
  } catch {
    qual = undefined;
  }
  if (qual === undefined) return pyStr(f);
  let mod: PyValue | undefined;
  try {
    mod = getAttrOpt(f, "__module__");
  } catch {
    mod = undefined;
  }
  const q = pyStr(qual);
  if (mod === undefined || mod === None) return `${q}()`;
  const m = pyStr(mod);
  return m === "builtins" ? `${q}()` : `${m}.${q}()`;
}

function toArrayForCall(f: PyValue, v: PyValue): PyValue[] {
  const t = typeOf(v);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    typeError(`${funcDesc(f)} argument after * must be an iterable, not ${t.name}`);
  }
  if (!(t.flags & TypeFlag.HEAPTYPE)) return toArray(v);
  // Like tuple(v): get the iterator, then ask for a length hint (observable on Python classes).
  const it = getIter(v);
  lengthHint(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** operator.length_hint's calls (the result is not needed: arrays grow as they go). */
function lengthHint(v: PyValue): void {
  const t = typeOf(v);
  if (t.lookup("__len__") !== undefined) {
    try {
      pyLen(v);
      return;
    } catch (e) {
      if (!(e instanceof PyBaseException && isInstance(e, excTypes.TypeError))) throw e;
    }
  }
  const h = t.lookup("__length_hint__");
  if (h !== undefined) callDescr(h, v, []);
}

function toDictForCall(f: PyValue, v: PyValue): PyDict {
  const d = new PyDict();
  dictUpdate(d, v, true, f);
  return d;
}

/** DICT_UPDATE (`{**a}`) and DICT_MERGE (`f(**a)`: duplicate keys are errors). */
export function dictUpdate(d: PyDict, v: PyValue, merge: boolean, fn: PyValue | null): void {
  // A dict (subclass) whose iteration is dict's own is copied directly, as CPython's dict_merge.
  if (v instanceof PyDict && (v.cls.ns.size === 0 || v.cls.lookup("__iter__") === dictType.lookup("__iter__"))) {
    for (const [k, x] of v.entries()) {
      if (merge) {
        if (typeof k !== "string" && !(k instanceof PyStrObj)) typeError("keywords must be strings");
        if (d.has(k)) typeError(`${funcDesc(fn!)} got multiple values for keyword argument '${strValue(k)}'`);
      }
      d.set(k, x);
    }
    return;
  }
  const keysF = typeOf(v).lookup("keys");
  if (keysF === undefined) {
    if (merge) typeError(`${funcDesc(fn!)} argument after ** must be a mapping, not ${typeName(v)}`);
    typeError(`'${typeName(v)}' object is not a mapping`);
  }
  const keys = toArray(callDescr(keysF, v, []));
  for (const k of keys) {
    if (merge) {
      if (typeof k !== "string" && !(k instanceof PyStrObj)) typeError("keywords must be strings");
      if (d.has(k)) typeError(`${funcDesc(fn!)} got multiple values for keyword argument '${strValue(k)}'`);
    }
    d.set(k, getItem(v, k));
  }
}

export function unpackIterable(seq: PyValue, before: number, after: number): PyValue[] {
  const t = typeOf(seq);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    typeError(`cannot unpack non-iterable ${t.name} object`);
  }
  if (after >= 0) return toArray(seq);
  // Exact count: stop after one extra element, as CPython does.
  const it = getIter(seq);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
    if (out.length > before) {
      // count the rest only when it's a sized container? CPython reports "(expected n)" only.
      raiseError(ValueError, `too many values to unpack (expected ${before})`);
    }
  }
}

export function unpackError(got: number, expected: number): never {
  if (got > expected) raiseError(ValueError, `too many values to unpack (expected ${expected})`);
  raiseError(ValueError, `not enough values to unpack (expected ${expected}, got ${got})`);
}

/**
 * A context manager's __exit__/__aexit__ found on its type, bound to it as CPython's special
 * lookup binds it: functions cheaply, other descriptors (staticmethod, objects with __get__,
 * such as unittest.mock's MagicProxy) through their __get__.
 */
export function boundExit(exit: PyValue, mgr: PyValue, t: PyType): PyValue {
  if (exit instanceof PyFunction || exit instanceof PyMethodDescr) return new PyMethod(exit, mgr);
  return bindDescr(exit, mgr, t);
}

function typeErrorOrValue(msg: string): never {
  raiseError(ValueError, msg);
}

/** The exception object for `raise X`: a class is instantiated, an instance used as is. */
function makeException(v: PyValue): PyBaseException {
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) {
    const e = call(v, []);
    if (!(e instanceof PyBaseException)) {
      typeError(`calling ${pyRepr(v)} should have returned an instance of BaseException, not ${pyRepr(typeOf(e))}`);
    }
    return e;
  }
  if (v instanceof PyBaseException) return v;
  typeError("exceptions must derive from BaseException");
}

function makeCause(v: PyValue): PyValue {
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) return call(v, []);
  if (v instanceof PyBaseException) return v;
  typeError("exception causes must derive from BaseException");
}

/** CHECK_EXC_MATCH in compiled code: whether `exc` matches the except clause's `t`. */
export function excMatch(exc: PyValue, t: PyValue): boolean {
  checkExceptType(t);
  return isinstance(exc, t);
}

/** WITH_EXCEPT_START in compiled code: `exit(type, exc, tb)`. */
export function withExceptStart(exit: PyValue, exc: PyValue): PyValue {
  const e = exc as PyBaseException;
  return call(exit, [e.cls, e, e.traceback]);
}

function checkExceptType(t: PyValue): void {
  if (t instanceof PyType) {
    if (!t.isSubtypeOf(BaseException)) typeError("catching classes that do not inherit from BaseException is not allowed");
    return;
  }
  if (t instanceof PyTuple) {
    for (const x of t.items) {
      if (!(x instanceof PyType && x.isSubtypeOf(BaseException))) {
        typeError("catching classes that do not inherit from BaseException is not allowed");
      }
    }
    return;
  }
  typeError("catching classes that do not inherit from BaseException is not allowed");
}

function checkExceptStarType(t: PyValue): void {
  checkExceptType(t);
  const items = t instanceof PyTuple ? t.items : [t];
  for (const x of items) {
    if (x instanceof PyType && x.isSubtypeOf(BaseExceptionGroup)) {
      typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }
}

export { richEqBool, genericGetAttr, StopIteration, PyStrObj as _PyStrObj };
