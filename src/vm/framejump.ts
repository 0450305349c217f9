// Setting frame.f_lineno from a trace function: a jump, with CPython 3.11's restrictions
// (Objects/frameobject.c, frame_setlineno). The value stack at every instruction is described
// by the kinds of its items (mark_stacks); a jump is allowed to a line start whose stack is a
// prefix of the current one, item kinds agreeing (a plain Object slot accepts anything). The
// items above the target's depth are popped; an exception-state item restores sys.exc_info().

import type { CodeObject } from "../bytecode/code";
import { Op, OPCODES, OpFlag, stackEffect } from "../bytecode/opcodes";
import * as E from "../objects/exceptions";
import { raiseError } from "../objects/exceptions";
import { None, PyValue } from "../objects/types";
import { excStack } from "./eval";
import { Frame } from "./frame";
import { isYieldReturn, TraceEvent, tstate } from "./trace";

/** What a value-stack slot holds, as far as jumps care (CPython's numbering: it orders stacks). */
const enum Kind { Iterator = 1, Except, Object, Null, Lasti }

type Stack = readonly Kind[];

/** The stack of each instruction (null: unreachable), by data-flow over jumps and handlers. */
function markStacks(code: CodeObject): (Stack | null)[] {
  const words = code.code;
  const n = words.length;
  const stacks: (Stack | null)[] = new Array(n).fill(null);
  stacks[0] = [];
  const set = (i: number, s: Stack) => {
    if (i < n && stacks[i] === null) {
      stacks[i] = s;
      if (i < cur) todo = true;
    }
  };
  let todo = true;
  let cur = 0;
  while (todo) {
    todo = false;
    for (cur = 0; cur < n; cur++) {
      const s = stacks[cur];
      if (s === null) continue;
      const word = words[cur];
      const op = (word & 0xff) as Op;
      const arg = word >>> 8;
      const next = cur + 1;
      switch (op) {
        case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE: {
          const t = s.slice(0, -1);
          set(arg, t);
          set(next, t);
          break;
        }
        case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
          set(arg, s);
          set(next, s.slice(0, -1));
          break;
        case Op.SEND:
          set(arg, s.slice(0, -1));
          set(next, s);
          break;
        case Op.JUMP_FORWARD: case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
          set(arg, s);
          break;
        case Op.GET_ITER: case Op.GET_AITER:
          set(next, [...s.slice(0, -1), Kind.Iterator]);
          break;
        case Op.FOR_ITER:
          set(next, [...s, Kind.Object]);
          set(arg, s.slice(0, -1));
          break;
        case Op.END_ASYNC_FOR:
          set(next, s.slice(0, -2));
          break;
        case Op.PUSH_EXC_INFO:
          set(next, [...s, Kind.Except]);
          break;
        case Op.POP_EXCEPT:
          set(next, s.slice(0, -1));
          break;
        case Op.RETURN_VALUE: case Op.RAISE_VARARGS: case Op.RERAISE:
          break;
        case Op.PUSH_NULL:
          set(next, [...s, Kind.Null]);
          break;
        case Op.LOAD_GLOBAL:
          set(next, (arg & 1) ? [...s, Kind.Null, Kind.Object] : [...s, Kind.Object]);
          break;
        case Op.LOAD_METHOD:
          set(next, [...s.slice(0, -1), Kind.Null, Kind.Object]);
          break;
        case Op.CALL:
          set(next, [...s.slice(0, s.length - arg - 2), Kind.Object]);
          break;
        case Op.SWAP: {
          const t = s.slice();
          const a = t[t.length - 1];
          t[t.length - 1] = t[t.length - arg];
          t[t.length - arg] = a;
          set(next, t);
          break;
        }
        case Op.COPY:
          set(next, [...s, s[s.length - arg]]);
          break;
        default: {
          const [pops, pushes] = stackEffect(op, arg);
          let t = s.slice();
          for (let d = pushes - pops; d < 0; d++) t.pop();
          for (let d = pushes - pops; d > 0; d--) t.push(Kind.Object);
          if (!(OPCODES[op].flags & OpFlag.NoFallthrough)) set(next, t);
          if (OPCODES[op].flags & OpFlag.Jump) set(arg, t);
          t = [];
        }
      }
    }
    for (const h of code.exceptionTable) {
      const s = stacks[h.start];
      if (s === null || stacks[h.target] !== null) continue;
      const t = s.slice(0, h.depth);
      if (h.lasti) t.push(Kind.Lasti);
      t.push(Kind.Except);
      stacks[h.target] = t;
      todo = true;
    }
  }
  return stacks;
}

/**
 * A stack as CPython encodes it (3 bits per item, the top in the lowest bits): the jump logic
 * compares stacks by this number, a quirk that decides which jumps are allowed.
 */
function encode(s: Stack): bigint {
  let v = 0n;
  for (const k of s) v = (v << 3n) | BigInt(k);
  return v;
}

function compatibleKind(from: Kind, to: Kind): boolean {
  if (to === Kind.Object) return from !== Kind.Null;
  if (to === Kind.Null) return true;
  return from === to;
}

function compatibleStack(from: Stack | null, to: Stack | null): boolean {
  if (from === null || to === null) return false;
  const t = encode(to);
  let f = from.slice();
  while (f.length > 0 && encode(f) > t) f = f.slice(0, -1);
  let g = to.slice();
  while (f.length > 0) {
    if (g.length === 0 || !compatibleKind(f[f.length - 1], g[g.length - 1])) return false;
    f = f.slice(0, -1);
    g = g.slice(0, -1);
  }
  return g.length === 0;
}

function explainIncompatible(to: Stack | null): string {
  if (to === null) return "can't jump into an exception handler, or code may be unreachable";
  switch (to[to.length - 1]) {
    case Kind.Except: return "can't jump into an 'except' block as there's no exception";
    case Kind.Lasti: return "can't jump into a re-raising block as there's no location";
    case Kind.Iterator: return "can't jump into the body of a for loop";
    default: return "incompatible stacks";
  }
}

/** The line of each instruction that starts a line (marklines), else -1. */
function lineStarts(code: CodeObject): number[] {
  const n = code.code.length;
  const out: number[] = new Array(n).fill(-1);
  let last = -1;
  for (let i = 0; i < n; i++) {
    const l = code.lineOf(i);
    if (l !== last && l !== -1) {
      out[i] = l;
      last = l;
    }
  }
  return out;
}

/** frame.f_lineno = value */
export function setFrameLineno(frame: Frame, value: PyValue | undefined): void {
  if (value === undefined) raiseError(E.AttributeError, "cannot delete attribute");
  if (typeof value !== "number" && typeof value !== "bigint") raiseError(E.ValueError, "lineno must be an integer");
  const yieldReturn = isYieldReturn(frame);
  switch (tstate.what) {
    case TraceEvent.EXCEPTION:
      raiseError(E.ValueError, "can only jump from a 'line' trace event");
    // eslint-disable-next-line no-fallthrough
    case TraceEvent.CALL:
      raiseError(E.ValueError, "can't jump from the 'call' trace event of a new frame");
    // eslint-disable-next-line no-fallthrough
    case TraceEvent.LINE:
      break;
    case TraceEvent.RETURN:
      if (yieldReturn) break;
      raiseError(E.ValueError, "can only jump from a 'line' trace event");
    // eslint-disable-next-line no-fallthrough
    default:
      raiseError(E.ValueError, "can only jump from a 'line' trace event");
  }
  if (frame.trace === null || frame.trace.func === None) {
    raiseError(E.ValueError, "f_lineno can only be set by a trace function");
  }
  if (typeof value === "bigint" || value > 0x7fffffff || value < -0x80000000) raiseError(E.ValueError, "lineno out of range");
  const code = frame.code;
  if (value < code.firstlineno) raiseError(E.ValueError, `line ${value} comes before the current code block`);
  const lines = lineStarts(code);
  let newLine = -1;
  for (const l of lines) if (l >= value && (newLine < 0 || l < newLine)) newLine = l;
  if (newLine < 0) raiseError(E.ValueError, `line ${value} comes after the current code block`);
  const stacks = markStacks(code);
  const start = stacks[frame.lasti];
  let best: Stack | null = null;
  let bestAddr = -1;
  let err = -1;
  let msg = "cannot find bytecode for specified line";
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== newLine) continue;
    const target = stacks[i];
    if (compatibleStack(start, target)) {
      err = 0;
      if (best === null || encode(target!) > encode(best)) {
        best = target;
        bestAddr = i;
      }
    } else if (err < 0) {
      if (start === null) msg = "can't jump from unreachable code";
      else {
        msg = explainIncompatible(target);
        err = 1;
      }
    }
  }
  if (err !== 0) raiseError(E.ValueError, msg);
  // Pop what the target does not have.
  const kinds = start!.slice();
  const bestCode = encode(best!);
  while (kinds.length > 0 && encode(kinds) > bestCode) {
    const k = kinds.pop();
    const v = frame.stack[--frame.sp];
    if (k === Kind.Except) excStack[excStack.length - 1] = v as PyValue;
  }
  frame.pc = bestAddr;
  frame.lasti = bestAddr;
}
