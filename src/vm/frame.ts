// Frames: plain data (DESIGN.md section 5), so that the eval loop can push and pop them without
// recursing on the JS stack, generators can keep theirs, and the JIT can rebuild one on a
// side exit.

import type { CodeObject } from "../bytecode/code";
import type { PyBaseException } from "../objects/exceptions";
import type { PyDict } from "../objects/pydict";
import { PyFunction, PyObject, PyValue, frameType, None } from "../objects/types";

/** A value-stack slot: a Python value, or NULL (CPython's NULL pushed by PUSH_NULL/LOAD_METHOD). */
export type StackValue = PyValue | null;

export const enum FrameState {
  /** Created, not started (generators before the first send). */
  Created,
  Running,
  /** Suspended at a yield. */
  Suspended,
  Finished,
}

/** A frame's tracing settings (vm/trace.ts). */
export class FrameTrace {
  /** f_trace: the local trace function (None: no line/return/exception events). */
  func: PyValue = None;
  /** f_trace_lines / f_trace_opcodes */
  lines = true;
  opcodes = false;
  /** While tracing: the instruction the frame executed last (frame.lasti is overwritten by traced fetches). */
  prev = -1;
}

/**
 * The value stack of a frame run by compiled code (vm/baseline/), which keeps its values in JS
 * locals: shared and empty, replaced by a real one (stackOf) before anything stores to it.
 */
export const NO_STACK: StackValue[] = [];

/** The frame's value stack, made now if the frame had none. */
export function stackOf(frame: Frame): StackValue[] {
  let st = frame.stack;
  if (st === NO_STACK) st = frame.stack = new Array(frame.code.stacksize + 1);
  return st;
}

/**
 * A native operation (an import, exec) that had the eval loop push a frame instead of running
 * it in a nested `run` (vm/steps.ts): the frame's return value or exception goes back to it.
 * Whatever pops a frame (RETURN_VALUE, the unwinder in `run`) must hand it over.
 */
export interface FrameContinuation {
  /**
   * The frame returned `v`, and the caller is the running frame again: the operation's value
   * for the caller's stack. It may instead push another frame (throwing FRAME_PUSHED), or raise
   * (the error of the caller's instruction).
   */
  resume(v: PyValue): PyValue;
  /** An exception leaves the frame for its caller: the exception the caller gets (its traceback edited, say). */
  unwind(e: PyBaseException): PyBaseException;
}

/**
 * Counts the times a frame became reachable from Python or from a structure that outlives the
 * call (a traceback, sys._getframe, f_back, a trace function's argument, the interpreter
 * taking over a compiled frame). A call during which it did not change made a frame nothing
 * else can refer to once it returns: the baseline tier then reuses it (releaseFrame).
 */
export let frameEpoch = 0;

/** A frame may be referred to from now on (see frameEpoch). */
export function frameEscapes(): void {
  frameEpoch++;
}

/** At most this many free frames are kept per code object. */
const POOL_SIZE = 8;

/**
 * Keeps a finished frame, which nothing refers to (frameEpoch did not change while it ran),
 * for its code's next call: its locals and stack are cleared so that it keeps no value alive.
 */
export function releaseFrame(frame: Frame): void {
  const code = frame.code;
  let pool = code.framePool as Frame[] | null;
  if (pool === null) pool = code.framePool = [];
  if (pool.length >= POOL_SIZE) return;
  const fast = frame.fast;
  for (let i = 0; i < fast.length; i++) fast[i] = undefined;
  frame.stack = NO_STACK;
  frame.back = null;
  frame.func = null;
  frame.initSelf = null;
  pool.push(frame);
}

/** A frame for calling the plain function f from compiled code: a released one, or a new one. */
export function pooledFrame(f: PyFunction): Frame {
  const code = f.code;
  const pool = code.framePool as Frame[] | null;
  if (pool !== null && pool.length > 0) {
    const frame = pool.pop()!;
    frame.func = f;
    frame.globals = f.globals;
    frame.builtins = f.builtins;
    frame.sp = 0;
    frame.pc = 0;
    frame.lasti = 0;
    frame.state = FrameState.Created;
    frame.kwnames = null;
    frame.yielded = false;
    frame.compiled = false;
    frame.cont = null;
    return frame;
  }
  return new Frame(code, f, f.globals, f.builtins, null, code.runtimeConsts as PyValue[], true);
}

export class Frame extends PyObject {
  code: CodeObject;
  func: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The namespace for LOAD_NAME/STORE_NAME (module: globals; class body: the class namespace). */
  locals: PyValue | null;
  /** Fast locals in localsplus order; cells live in their slots as PyCell. undefined = unbound. */
  fast: (PyValue | undefined)[];
  stack: StackValue[];
  sp: number;
  /** Index of the next instruction to execute. */
  pc: number;
  /** Index of the instruction executing (or last executed): tracebacks and f_lasti. */
  lasti: number;
  /** The calling frame while this one runs (f_back). */
  back: Frame | null;
  consts: PyValue[];
  state: FrameState;
  /** Set when the frame's code is a generator/coroutine: the object owning the frame. */
  gen: PyObject | null;
  /** KW_NAMES for the next CALL. */
  kwnames: readonly string[] | null;
  /** Set by the eval loop when a frame it ran as entry frame stopped by yielding. */
  yielded: boolean;
  /** For an __init__ run by a class call: the new instance, which the call returns. */
  initSelf: PyValue | null;
  /** f_trace, f_trace_lines, f_trace_opcodes (vm/trace.ts); null until one is set. */
  trace: FrameTrace | null;
  /**
   * Run by compiled code (vm/baseline/): the frame is on the JS stack, and a native it calls
   * must not push frames on the eval loop (it runs them nested).
   */
  compiled: boolean;
  /**
   * While the interpreter runs the rest of a compiled frame (resumeInterpreter): the stack depths
   * at the places its compiled code, waiting on the JS stack, can go on from (its D table). At a
   * back edge to one of them the interpreter hands the frame back (run() returns OSR_BACK).
   */
  osrBack: Int16Array | null;
  /** The native operation waiting for this frame to finish (see FrameContinuation), or null. */
  cont: FrameContinuation | null;
  constructor(code: CodeObject, func: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyValue | null,
              consts: PyValue[], stackless = false) {
    super(frameType);
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.fast = new Array(code.localsplusnames.length);
    this.stack = stackless ? NO_STACK : new Array(code.stacksize + 1);
    this.sp = 0;
    this.pc = 0;
    this.lasti = 0;
    this.back = null;
    this.consts = consts;
    this.state = FrameState.Created;
    this.gen = null;
    this.kwnames = null;
    this.yielded = false;
    this.initSelf = null;
    this.trace = null;
    this.compiled = false;
    this.osrBack = null;
    this.cont = null;
  }

  lineno(): number {
    const l = this.code.lineOf(this.lasti);
    return l >= 0 ? l : this.code.firstlineno;
  }
}

export { None };
