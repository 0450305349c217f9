// Native operations that call Python code as frames of the eval loop instead of nested `run`s.
//
// An import (IMPORT_NAME, __import__) runs importlib's Python functions, and exec/eval run a
// code object. Made from native code with call() or run(), those frames would sit on the JS
// stack under a nested `run`, and a green thread blocked in them (a module lock held by another
// thread importing the same module, a lock taken by exec'd code) would be pinned: it could not
// switch out in place, and threads pinned on top of each other deadlock (docs/threads.md).
//
// So such an operation is written as a JS generator of *steps*: it yields each Python call it
// needs (a PyCall, or a Frame already made) and gets the call's value back (or its exception
// thrown in). `drive` runs the steps:
// - with a caller frame (the operation was started by that frame's instruction, directly from
//   the eval loop): a step that is a Python frame is linked above the caller and FRAME_PUSHED is
//   thrown; the eval loop runs the frame like any call, and when it returns (RETURN_VALUE) or
//   an exception leaves it (the unwinder), the frame's continuation (`cont`) hands the value or
//   the exception back to the steps, which go on, push the next frame, or finish with the value
//   that lands on the caller's stack;
// - without one (called from native code, or while tracing): each step is run at once, nested.
//
// A native function may only push a frame when the eval loop called it directly: `directCaller`
// checks that the running frame's current instruction is a CALL or CALL_FUNCTION_EX of that very
// function with these arguments, so that nothing native sits between them (the same check as
// threads.ts's for switching in place). JIT traces call natives with the frame's last
// instruction left at a loop's backward jump, and its recorder with pc on the CALL being recorded,
// so they never match.

import { CodeFlag } from "../bytecode/code";
import { Op } from "../bytecode/opcodes";
import { call } from "../objects/abstract";
import { PyBaseException, toPyException } from "../objects/exceptions";
import { PyFunction, PyTuple, PyValue } from "../objects/types";
import { makeFrame, pushFrame, run, topFrame } from "./eval";
import { Frame, FrameContinuation } from "./frame";
import { FRAME_PUSHED, THREAD_SWITCH } from "./runtime";
import { useTracing } from "./trace";

/** A Python-level call `fn(*args)` that an operation's steps ask for. */
export class PyCall {
  constructor(readonly fn: PyValue, readonly args: PyValue[]) {}
}

/** An operation's steps: yields the calls (or frames to run) it needs, returns its value. */
export type Steps = Generator<PyCall | Frame, PyValue, PyValue>;

const GEN_FLAGS = CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR;

/** Errors that are the interpreter's own control flow, never passed into steps. */
function isControl(e: unknown): boolean {
  return e === FRAME_PUSHED || e === THREAD_SWITCH;
}

/** The continuation of steps waiting for a frame they pushed above `caller`. */
class StepsContinuation implements FrameContinuation {
  constructor(readonly steps: Steps, readonly caller: Frame) {}

  resume(v: PyValue): PyValue {
    return advance(this, this.steps.next(v));
  }

  unwind(e: PyBaseException): PyBaseException {
    try {
      this.steps.throw(e);
    } catch (x) {
      return toPyException(x);
    }
    // Steps give their errors back (they may edit them): going on after one is not supported.
    return e;
  }
}

/**
 * Runs steps from `r` on: native calls at once, until a Python frame is needed (pushed above
 * the caller: throws FRAME_PUSHED) or the steps finish (their value).
 */
function advance(c: StepsContinuation, r: IteratorResult<PyCall | Frame, PyValue>): PyValue {
  for (;;) {
    if (r.done) return r.value;
    const req = r.value;
    let frame: Frame | null = null;
    let v: PyValue;
    try {
      if (req instanceof Frame) frame = req;
      else if (req.fn instanceof PyFunction && (req.fn.code.flags & GEN_FLAGS) === 0) frame = makeFrame(req.fn, req.args, null);
      else v = call(req.fn, req.args);
      if (frame !== null) pushFrame(c.caller, frame);
    } catch (e) {
      if (isControl(e)) throw e;
      r = c.steps.throw(toPyException(e));
      continue;
    }
    if (frame !== null) {
      frame.cont = c;
      throw FRAME_PUSHED;
    }
    r = c.steps.next(v!);
  }
}

/**
 * Runs an operation's steps. With `caller` (the running frame, whose instruction started the
 * operation from the eval loop itself) their Python frames are pushed on the loop, and this
 * throws FRAME_PUSHED unless the steps finish without one; with null, everything runs nested.
 */
export function drive(steps: Steps, caller: Frame | null): PyValue {
  if (caller !== null) return advance(new StepsContinuation(steps, caller), steps.next(undefined as unknown as PyValue));
  let r = steps.next(undefined as unknown as PyValue);
  for (;;) {
    if (r.done) return r.value;
    const req = r.value;
    let v: PyValue;
    try {
      v = req instanceof Frame ? run(req) : call(req.fn, req.args);
    } catch (e) {
      if (isControl(e)) throw e;
      r = steps.throw(toPyException(e));
      continue;
    }
    r = steps.next(v);
  }
}

/**
 * The running frame when its current instruction is a CALL or CALL_FUNCTION_EX calling the
 * native function `fn` with `args` (as the function received them), so that `fn` may push
 * frames on the loop (see drive); else null. Not while tracing: the profiler's c_call/c_return
 * events wrap such calls in native code.
 */
export function directCaller(fn: PyValue, args: readonly PyValue[]): Frame | null {
  const f = topFrame;
  // The eval loop stores pc past the calling instruction (the JIT's recorder leaves it on it).
  // (Compiled code keeps no value stack, and its frame is on the JS stack: never from there.)
  if (f === null || useTracing || f.compiled || f.pc !== f.lasti + 1) return null;
  const word = f.code.code[f.lasti];
  const stack = f.stack;
  // Both instructions leave sp at the callable's slot, with their operands still above it.
  const base = f.sp;
  switch (word & 0xff) {
    case Op.CALL: {
      const end = base + (word >>> 8) + 2;
      let start = base + 1;
      let callable = stack[base];
      if (callable === null) {
        callable = stack[base + 1];
        start = base + 2;
      }
      if (callable !== fn || end - start !== args.length) return null;
      for (let i = 0; i < args.length; i++) if (args[i] !== stack[start + i]) return null;
      return f;
    }
    case Op.CALL_FUNCTION_EX: {
      // NULL, the callable, the positional tuple (keyword values follow it in args).
      const pos = stack[base + 2];
      if (stack[base + 1] !== fn || !(pos instanceof PyTuple) || pos.items.length > args.length) return null;
      for (let i = 0; i < pos.items.length; i++) if (args[i] !== pos.items[i]) return null;
      return f;
    }
    default:
      return null;
  }
}
