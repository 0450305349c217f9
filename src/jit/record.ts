// The recorder (DESIGN.md section 7; LuaJIT's lj_record.c in spirit): when a loop is hot, it
// runs one iteration of it itself, instruction by instruction, on the real frame, and appends to
// the trace the IR for what each instruction did, with a guard for every fact it relied on (the
// kind of a value, the class of an object, a type's version, a branch direction, no overflow).
//
// Each recorded instruction first decides, from the concrete values, which IR to emit, then
// executes itself on the frame (writing real values into frame.fast / frame.stack), so the
// frame is always consistent at an instruction boundary: an instruction the recorder does not
// handle aborts the trace *before* it runs, and the interpreter simply continues there.
// Residual operations call the same helpers (helpers.ts) that the compiled trace will call.
//
// Values: `fastVals[k]` / `stackVals[i]` hold the IR value of each frame slot. A slot read
// before the iteration writes it is loaded once in the preamble (getlocal/getstack, unboxed
// there when it holds an int or a float). Every slot the iteration writes is loop-carried: it
// becomes a label operand and the jump passes its new value. A slot written before it is ever
// read starts as an undef_* placeholder (the backend writes it back only after the first
// iteration).
//
// Inlining: a CALL of a plain Python function (no closure, no *args, no loop, same globals) is
// recorded into the trace: the recorder makes the callee's frame as the interpreter would, runs
// its instructions on it, and keeps the caller's state on a stack of levels until RETURN_VALUE.
// A guard inside the callee has a snapshot with the inlined frames, which the backend rebuilds
// when it fails. A callee that needs a residual call (which could run Python code that looks at
// the frame stack) or an instruction the recorder does not handle is not inlined: the trace is
// aborted and the function marked, and the next recording calls it residually.

import { PyGenerator } from "../vm/gen";
import { CodeFlag, CodeObject } from "../bytecode/code";
import { backJumpTarget, loopEnd, Op as Bc, OPCODES } from "../bytecode/opcodes";
import { maskedMul, maskedMulAt } from "../bytecode/masked";
import { AttrCache, AttrKind, codeCache } from "../vm/icache";
import { Frame, FrameState, StackValue } from "../vm/frame";
import { Bin, Cmp, CMP_NAMES, DUNDER, PyIter, typeName } from "../objects/abstract";
import {
  complexType, dictType, False, floatType, intType, PyComplex, iteratorTypes, listType, None, NotImplemented, PyFloat, PyInstance, PyList, PyMethodDescr, PyObject, PyTuple, PyType, PyValue, rangeType, strType, True, tupleType, typeOf,
} from "../objects/types";
import { RangeIter } from "../objects/pyiters";
import { PyDict } from "../objects/pydict";
import type { Shape } from "../objects/dictstore";
import { Const, F, Kind, Op, Opc, OPS, Trace, Value } from "./ir";
import { BinopCall, CMP_OP, InlinedFrame, Snapshot } from "./snapshot";
import { bindArgs } from "../vm/call";
import { PyBaseException } from "../objects/exceptions";
import { attrCacheMiss, linkFrame, makeFrame, makeFunctionExtras, topFrame, unlinkFrames } from "../vm/eval";
import { functionType, objectType, PyCell, PyFunction, typeType } from "../objects/types";
import { TypeFlag } from "../objects/object";
import { HELPERS } from "./helpers";
import { params } from "./params";

/** How the recorder finds and runs the compiled trace of an inner loop (driver.ts). */
export interface InnerLoops {
  /** The handle of the compiled loop at this header of the frame's code, or null. */
  find(frame: Frame, header: number): object | null;
  /** Runs it on the frame (as the compiled outer loop will, through H.runLoop): its exit, -1 when it did not run, -2 when it left inside a call it had inlined. */
  run(frame: Frame, handle: object): number;
}

export class TraceAbort {
  /** `completed`: the instruction ran to its end (pc and sp already moved on). */
  constructor(readonly reason: string, readonly completed = false) {}
}

/** What a finished recording hands to the optimizer and the backend. */
export interface Recording {
  trace: Trace;
  code: CodeObject;
  header: number;
  /** The fast slot of each label operand. */
  carriedSlots: number[];
  /**
   * The preamble's value of each slot read before the iteration writes it (or never writes): fast
   * slots, and the header's stack slots (stackKey).
   */
  entryFast: Map<number, Value>;
}

/**
 * The key of stack slot i, below the loop header's depth, in entryFast and in snapshots' `fast`
 * (whose other keys are fast slots): a bridge around the outer loop replaces such slots (it pops
 * an inner `for` loop's iterator and pushes a new one), and its exits write them back
 * (ExitDesc, Emitter.writeback).
 */
export function stackKey(i: number): number {
  return -1 - i;
}

/**
 * Where a bridge starts (DESIGN.md section 7): a guard of a compiled loop that keeps failing.
 * The bridge is recorded from the state the guard's snapshot describes, on the frame the exit
 * just wrote it to, up to the loop's header, and is compiled into the loop's function: the guard
 * then goes on in the bridge, which jumps back to the loop's label.
 */
export interface BridgeStart {
  snap: Snapshot;
  /** The loop's carried slots, in label order, and its label operands. */
  carriedSlots: readonly number[];
  labelArgs: readonly Value[];
  /** The loop's preamble values of slots it only reads (carried ones are in every snapshot). */
  entryFast: ReadonlyMap<number, Value>;
  /** The frames the exit made for the snapshot's inlined calls, outermost first. */
  frames: readonly Frame[];
  /** The loop around the loop that the bridge may go on around (Recorder.outer), or null. */
  outer: readonly [number, number] | null;
}

/** A recorded bridge, for the backend (compiled where its guard fails) and the driver. */
export interface Bridge {
  /** Its operations, in order (they may use the loop's values that its start snapshot names). */
  ops: Op[];
  /** The new value of each label operand of the loop, in order. */
  jumpArgs: Value[];
  /** Slots the loop only read (or never touched) that the bridge writes: they become carried. */
  promote: [number, Value][];
  /** Its start snapshot has placeholders (undef_*): it can run only after the first iteration. */
  notFirst: boolean;
  /**
   * A bridge around the outer loop: instead of jumping to the label, it writes this state at
   * the loop's header to the frame and enters the loop again through the preamble (jumpArgs and
   * promote are empty). Null for the others.
   */
  reentry: Snapshot | null;
}

/**
 * Whether a value POP_TOP drops, seen as `v` while recording, may be a generator a for loop owns
 * when the trace runs: a for loop's iterator that is a generator or an iterator whose class the
 * trace does not guard (an exact list, tuple or range iterator is guarded at FOR_ITER).
 */
function mayBeLoopOwned(v: PyValue): boolean {
  if (v instanceof PyGenerator) return true;
  if (typeof v !== "object" || v === null) return false;
  const t = v.cls;
  if ((t.flags & TypeFlag.HEAPTYPE) !== 0) return true;
  return v instanceof PyIter && t !== iteratorTypes.list && t !== iteratorTypes.tuple && t !== iteratorTypes.range;
}

function isExactFloat(v: unknown): v is PyFloat {
  return v instanceof PyFloat && v.cls === floatType;
}

/** Whether `it` is a range, list or tuple iterator with no items left. */
function exhaustedSeqIter(it: PyValue): boolean {
  if (it instanceof RangeIter && it.cls === iteratorTypes.range) return it.index >= it.len;
  if (typeof it !== "object" || (it.cls !== iteratorTypes.list && it.cls !== iteratorTypes.tuple)) return false;
  const { seq, index } = it as unknown as { seq: PyList | PyTuple | null; index: number };
  return seq === null || index >= seq.items.length;
}

/** Code objects the recorder no longer inlines (their inlining aborted a trace). */
const noInline = new WeakSet<CodeObject>();
/** The most iterations of one `for` loop of an inlined call recorded into a trace (unrolled). */
const MAX_UNROLLED_ITERATIONS = 8;

/** Records calls of `code` residually from now on (the driver: guards inside it fail too often). */
export function stopInlining(code: CodeObject): void {
  noInline.add(code);
}
/** How deep calls are inlined. */
const MAX_INLINE_DEPTH = 4;
const NOT_INLINED = CodeFlag.VARARGS | CodeFlag.VARKEYWORDS | CodeFlag.GENERATOR | CodeFlag.COROUTINE |
  CodeFlag.ITERABLE_COROUTINE | CodeFlag.ASYNC_GENERATOR;

/** Where a parameter's value comes from in an inlined call: the call's value at this index, or a default. */
type ArgSource = number | { value: PyValue; kw: boolean };

/** A call's value as bindArgs places it: the index of the value in the call (argSources). */
class ArgMark {
  constructor(readonly index: number) {}
}

/**
 * Where each parameter of `f` (positional, then keyword-only: its slots) gets its value in a
 * call with `npos` positional values and keyword ones named by `kwnames` (values npos, npos + 1,
 * ...), as the interpreter's bindArgs binds them; null when the call would raise (the generic
 * call reports it). (Not for *args or **kwargs functions: inlinable keeps them out first.)
 */
function argSources(f: PyFunction, npos: number, kwnames: readonly string[] | null): ArgSource[] | null {
  const code = f.code;
  const marks = Array.from({ length: npos + (kwnames?.length ?? 0) }, (_, i) => new ArgMark(i) as unknown as PyValue);
  const slots: (PyValue | undefined)[] = new Array(code.argcount + code.kwonlyargcount);
  try {
    bindArgs(f, code, slots, marks, kwnames);
  } catch (e) {
    if (e instanceof PyBaseException) return null;
    throw e;
  }
  return slots.map((v, p) => (v instanceof ArgMark ? v.index : { value: v!, kw: p >= code.argcount }));
}

/** A caller's recording state while a call it makes is inlined. */
interface Level {
  frame: Frame;
  code: CodeObject;
  words: Int32Array;
  fastVals: (Value | undefined)[];
  stackVals: (Value | undefined)[];
  headerSp: number;
  loopHeaders: Set<number>;
  /** The CALL instruction. */
  callPc: number;
  /** The caller's stack depth once the callable and the arguments are popped. */
  base: number;
  /** For a class call: the IR value of the new instance (the call's value; __init__ is the callee). */
  initSelf: Value | null;
  /** For an operator's method: its operands and operator (see inlineBinaryDunder). */
  binop: BinopCall | null;
}

export class Recorder {
  private readonly trace = new Trace();
  private readonly pre: Op[] = [];
  private readonly body: Op[] = [];
  // The level being recorded (the loop's frame, or an inlined callee's).
  private frame: Frame;
  private code: CodeObject;
  private words: Int32Array;
  private fastVals: (Value | undefined)[];
  private stackVals: (Value | undefined)[];
  /** The callers of the level being recorded, outermost (the loop's frame) first. */
  private readonly callers: Level[] = [];
  /** Slots loaded in the preamble (read before written). */
  private readonly entryFast = new Map<number, Value>();
  private readonly written = new Set<number>();
  /**
   * Stack slots below the header's depth that a bridge around the outer loop wrote (popped the
   * inner loop's iterator, pushed the outer loop's next item or a new iterator there).
   */
  private readonly stackWritten = new Set<number>();
  /** Slots written before an inner loop ran (the frame has their values since). */
  private readonly syncedWrites: number[] = [];
  /** The level's stack depth that the recording may not go below (the loop header's; 0 in callees). */
  private headerSp: number;
  private readonly loopSp: number;
  /** Snapshot of the preamble's guards: nothing changed yet, resume at the header. */
  private readonly entrySnap: Snapshot;
  /** State at the start of the instruction being recorded. */
  private startSnap: Snapshot | null = null;
  private sp: number;
  private pc: number;
  private kwnames: readonly string[] | null = null;
  private checkedModuleFrame = false;
  /** An inner loop ran on the frame in this iteration: values not written since are in the frame. */
  private synced = false;
  /** An inner loop's trace just left the frame at its header (a FOR_ITER about to end the loop). */
  private landedAt = -1;
  /** Back jumps taken so far per loop header in each inlined call's frame (its `for` loops, unrolled). */
  private unrolled = new WeakMap<Frame, Map<number, number>>();
  /** The last instruction of the recorded loop (its backward jump). */
  private readonly headerLoopEnd: number;
  /** The targets of this code's backward jumps (loop headers). */
  private loopHeaders: Set<number>;
  /**
   * A bridge from where the loop ends (or from the rest of the loop around it) may go on around
   * that outer loop, [its header, its last instruction], and back into this loop from before its
   * header (the driver decides: BridgeStart.outer); null for other recordings.
   */
  private readonly outer: readonly [number, number] | null;
  /** The bridge has run instructions of the outer loop (arriving at the header closes it). */
  private outside = false;
  /** Such a bridge's state at the header, which it writes to the frame to enter the loop again (Bridge.reentry). */
  private closeSnap: Snapshot | null = null;
  /** The PyFloat behind each unboxed float constant (so that boxing it again allocates nothing). */
  private readonly floatConsts = new Map<Const, PyFloat>();

  /**
   * After a call out of inlined code: the inlining depth it was made at (-1: none). The next
   * instruction starts with guard_not_forced, in the same frame.
   */
  private forceDepth = -1;

  /** Recording a bridge: where it starts (the frame is at its snapshot's state). */
  private readonly bridge: BridgeStart | null;

  constructor(private readonly loopFrame: Frame, readonly header: number, private readonly innerLoop: InnerLoops,
              private readonly inlining = true, bridge: BridgeStart | null = null) {
    const frame = loopFrame;
    this.bridge = bridge;
    this.frame = frame;
    this.code = frame.code;
    this.words = frame.code.code;
    this.fastVals = new Array(frame.fast.length);
    this.stackVals = new Array(frame.stack.length);
    if (bridge === null) {
      this.headerSp = frame.sp;
      this.loopSp = frame.sp;
      this.sp = frame.sp;
      this.pc = header;
      this.entrySnap = new Snapshot(header, frame.sp, new Map(), [], frame.sp);
    } else {
      // A bridge: the slots have the values the guard's snapshot names (the loop's values);
      // those the loop only reads, its preamble's. Loads it needs besides go first, and exit
      // through the guard's own snapshot (the frame as the exit leaves it).
      const s = bridge.snap;
      this.headerSp = this.loopSp = s.stackBase;
      this.sp = s.sp;
      this.pc = s.pc;
      this.entrySnap = s;
      for (const [k, v] of bridge.entryFast) {
        if (k >= 0) this.fastVals[k] = v;
        else this.stackVals[-1 - k] = v;
      }
      for (const [k, v] of s.fast) {
        if (k >= 0) {
          this.fastVals[k] = v;
          this.written.add(k);
        } else {
          this.stackVals[-1 - k] = v;
          this.stackWritten.add(-1 - k);
        }
      }
      s.stack.forEach((v, i) => (this.stackVals[s.stackBase + i] = v));
    }
    this.headerLoopEnd = loopEnd(this.words, header);
    this.loopHeaders = new Set();
    const w = this.words;
    for (let i = 0; i < w.length; i++) {
      const t = backJumpTarget(w[i], i);
      if (t >= 0) this.loopHeaders.add(t);
    }
    this.outer = bridge?.outer ?? null;
    if (bridge !== null && bridge.snap.frames !== null) this.enterExitFrames(bridge.snap, bridge.frames);
  }

  /**
   * A bridge from a guard inside inlined calls starts in the innermost of the frames the exit
   * made: a level for each caller (the loop's frame during the outermost call, then each
   * inlined frame during the next call), as if the recording had inlined those calls itself.
   */
  private enterExitFrames(s: Snapshot, made: readonly Frame[]): void {
    const frames = s.frames!;
    if (made.length !== frames.length || made.some((f, d) => f.func !== frames[d].func)) {
      throw new TraceAbort("bridge: the exit's frames are not the running ones");
    }
    frames.forEach((f, d) => {
      this.callers.push({
        frame: this.frame, code: this.code, words: this.words, fastVals: this.fastVals, stackVals: this.stackVals,
        headerSp: this.headerSp, loopHeaders: this.loopHeaders, callPc: d === 0 ? s.lasti : frames[d - 1].lasti,
        base: this.sp, initSelf: f.initSelf, binop: f.binop,
      });
      const fr = made[d];
      this.frame = fr;
      this.code = fr.code;
      this.words = fr.code.code;
      this.fastVals = new Array(fr.fast.length);
      f.fast.forEach((v, k) => (this.fastVals[k] = v));
      this.stackVals = new Array(fr.stack.length);
      f.stack.forEach((v, i) => (this.stackVals[i] = v));
      this.headerSp = 0;
      this.loopHeaders = new Set();
      this.sp = f.sp;
      this.pc = f.pc;
    });
  }

  // ---- emitting ----------------------------------------------------------------------------

  private emit(opc: Opc, args: Value[], aux: unknown = null, snap: Snapshot | null = null, toPre = false, noFrames = false): Op {
    if (this.callers.length > 0 && (OPS[opc].flags & F.Call) !== 0 && !noFrames) {
      if (params.calls_out === 0) {
        throw new TraceAbort(`inline: residual ${OPS[opc].name} ${typeof aux === "string" ? aux : ""}`.trimEnd());
      }
      // A call out of inlined code: the trace makes the inlined frames for it (what it calls may
      // look at them), and the next instruction checks that none escaped (guard_not_forced).
      if (this.forceDepth >= 0) throw new TraceAbort("inline: two calls out in one instruction");
      this.forceDepth = this.callers.length;
    }
    const o = new Op(opc, args, aux, OPS[opc].result);
    o.pc = this.pc;
    o.noFrames = noFrames;
    if (OPS[opc].flags & (F.Guard | F.Call)) o.snapshot = toPre ? this.entrySnap : (snap ?? this.startSnap);
    (toPre ? this.pre : this.body).push(o);
    return o;
  }

  private snapAt(pc: number, sp: number): Snapshot {
    if (this.callers.length === 0) return this.loopSnap(this.fastVals, this.stackVals, pc, sp);
    // Inside inlined calls: the loop's frame during the outermost call, then every callee.
    const outer = this.callers[0];
    const snap = this.loopSnap(outer.fastVals, outer.stackVals, outer.callPc + 1, outer.base);
    snap.lasti = outer.callPc;
    const frames: InlinedFrame[] = [];
    for (let d = 1; d < this.callers.length; d++) {
      const c = this.callers[d];
      frames.push({
        func: c.frame.func!, pc: c.callPc + 1, sp: c.base, lasti: c.callPc,
        fast: c.fastVals.slice(), stack: c.stackVals.slice(0, c.base) as Value[], initSelf: this.callers[d - 1].initSelf,
        binop: this.callers[d - 1].binop,
      });
    }
    frames.push({
      func: this.frame.func!, pc, sp, lasti: pc, fast: this.fastVals.slice(), stack: this.stackVals.slice(0, sp) as Value[],
      initSelf: this.callers[this.callers.length - 1].initSelf,
      binop: this.callers[this.callers.length - 1].binop,
    });
    snap.frames = frames;
    return snap;
  }

  /** A snapshot of the loop's frame, whose slot values are `fastVals` and `stackVals`. */
  private loopSnap(fastVals: (Value | undefined)[], stackVals: (Value | undefined)[], pc: number, sp: number): Snapshot {
    const fast = new Map<number, Value>();
    for (const k of this.written) fast.set(k, fastVals[k]!);
    // After an inner loop, the slots not pushed since are still in the frame (a prefix).
    let base = this.loopSp;
    if (this.synced) while (base < sp && stackVals[base] === undefined) base++;
    const stack: Value[] = [];
    for (let i = base; i < sp; i++) stack.push(stackVals[i]!);
    // A bridge around the outer loop: the header's stack slots it replaced (those above sp are dead).
    for (const i of this.stackWritten) if (i < sp && i < base) fast.set(stackKey(i), stackVals[i]!);
    const snap = new Snapshot(pc, sp, fast, stack, base);
    snap.afterSync = this.synced;
    return snap;
  }

  // ---- values --------------------------------------------------------------------------------

  /** The IR value of a concrete value loaded from the frame at entry, unboxed by its kind. */
  private entryValue(load: Op, v: PyValue): Value {
    if (typeof v === "number") return this.emit(Opc.unbox_int, [load], null, null, true);
    if (isExactFloat(v)) return this.emit(Opc.unbox_float, [load], null, null, true);
    return load;
  }

  private getFast(k: number): Value {
    let val = this.fastVals[k];
    if (val !== undefined) return val;
    if (this.callers.length > 0) throw new TraceAbort("inline: unbound local");
    const v = this.frame.fast[k];
    if (v === undefined) throw new TraceAbort("unbound local");
    if (this.synced) {
      // After an inner loop: the frame has the value.
      val = this.unboxBody(this.emit(Opc.reload_local, [], k), v);
      this.fastVals[k] = val;
      return val;
    }
    const load = this.emit(Opc.getlocal, [], k, null, true);
    val = this.entryValue(load, v);
    this.entryFast.set(k, val);
    this.fastVals[k] = val;
    return val;
  }

  private setFast(k: number, val: Value, v: PyValue): void {
    this.fastVals[k] = val;
    if (this.callers.length === 0) this.written.add(k);
    this.frame.fast[k] = v;
  }

  /** A value reloaded in the body, unboxed by the kind of its concrete value. */
  private unboxBody(load: Op, v: PyValue): Value {
    if (typeof v === "number") return this.emit(Opc.unbox_int, [load]);
    if (isExactFloat(v)) return this.emit(Opc.unbox_float, [load]);
    return load;
  }

  private stackVal(i: number): Value {
    let val = this.stackVals[i];
    if (val !== undefined) return val;
    if (i >= this.headerSp) {
      if (!this.synced || this.callers.length > 0) throw new Error("jit: stack slot read before written");
      val = this.unboxBody(this.emit(Opc.reload_stack, [], i), this.frame.stack[i] as PyValue);
      this.stackVals[i] = val;
      return val;
    }
    const load = this.emit(Opc.getstack, [], i, null, true);
    val = this.entryValue(load, this.frame.stack[i] as PyValue);
    this.stackVals[i] = val;
    if (this.callers.length === 0) this.entryFast.set(stackKey(i), val);
    return val;
  }

  private push(val: Value, v: StackValue): void {
    if (this.sp < this.headerSp) {
      // Only a bridge around the outer loop goes below the loop's header (and comes back to it).
      if (this.outer === null || this.callers.length > 0) throw new TraceAbort("stack below the loop header's depth");
      this.stackWritten.add(this.sp);
    }
    this.stackVals[this.sp] = val;
    this.frame.stack[this.sp++] = v;
  }

  private top(n = 1): Value {
    return this.stackVal(this.sp - n);
  }

  private topV(n = 1): PyValue {
    return this.frame.stack[this.sp - n] as PyValue;
  }

  private constOf(v: PyValue | null): Value {
    if (typeof v === "number") return new Const(Kind.Int, v);
    if (isExactFloat(v)) {
      const c = new Const(Kind.Float, v.value);
      this.floatConsts.set(c, v);
      return c;
    }
    return new Const(Kind.Ref, v);
  }

  /** The value as a Python object (kind r). */
  private ref(val: Value): Value {
    switch (val.kind) {
      case Kind.Ref: return val;
      case Kind.Int: return val instanceof Const ? new Const(Kind.Ref, val.value) : this.emit(Opc.box_int, [val]);
      case Kind.Float:
        if (val instanceof Const) return new Const(Kind.Ref, this.floatConsts.get(val) ?? new PyFloat(val.value as number));
        return this.emit(Opc.box_float, [val]);
      case Kind.Bool:
        return val instanceof Const ? new Const(Kind.Ref, val.value ? True : False) : this.emit(Opc.box_bool, [val]);
      case Kind.Void: throw new Error("jit: void value");
    }
  }

  /** The value as an unboxed int; `v` (its concrete value) must be a number. */
  private int(val: Value, v: PyValue): Value {
    if (val.kind === Kind.Int) return val;
    if (val instanceof Const) return new Const(Kind.Int, v);
    if (val.kind !== Kind.Ref) throw new TraceAbort("int expected");
    return this.emit(Opc.unbox_int, [val]);
  }

  /** The value as an unboxed float; `v` must be an exact float or an int. */
  private float(val: Value, v: PyValue): Value {
    if (typeof v === "number") {
      const i = this.int(val, v);
      return i instanceof Const ? new Const(Kind.Float, i.value) : this.emit(Opc.int_to_float, [i]);
    }
    if (val.kind === Kind.Float) return val;
    if (val instanceof Const) return new Const(Kind.Float, (v as PyFloat).value);
    return this.emit(Opc.unbox_float, [val]);
  }

  /** Truthiness of a value as a JS boolean (may call __bool__/__len__: residual). */
  private truth(val: Value, v: PyValue): Value {
    if (val instanceof Const) return new Const(Kind.Bool, HELPERS.truthy(v));
    switch (val.kind) {
      case Kind.Bool: return val;
      case Kind.Int: return this.emit(Opc.int_is_true, [val]);
      case Kind.Float: return this.emit(Opc.float_is_true, [val]);
      default: break;
    }
    if (v === True || v === False) {
      this.emit(Opc.guard_class, [val], typeOf(v));
      return this.emit(Opc.ref_is, [val, new Const(Kind.Ref, True)]);
    }
    if (v === None) {
      this.emit(Opc.guard_value, [val], None);
      return new Const(Kind.Bool, false);
    }
    if (typeof v === "number") return this.emit(Opc.int_is_true, [this.emit(Opc.unbox_int, [val])]);
    return this.emit(Opc.call_b, [val], "truthy");
  }

  /** Guard on a JS boolean so that the trace follows the direction `taken` (exit: `snap`). */
  private guardBool(b: Value, taken: boolean, snap: Snapshot): void {
    if (b instanceof Const) return;
    this.emit(taken ? Opc.guard_true : Opc.guard_false, [b], null, snap);
  }

  // ---- the loop ----------------------------------------------------------------------------

  /** Records one iteration; returns the recording, or throws TraceAbort (the frame is consistent). */
  record(): Recording {
    this.run();
    return this.finish();
  }

  /** Records a bridge (the constructor's `bridge`) up to the loop's header, or throws TraceAbort. */
  recordBridge(): Bridge {
    if (this.pc !== this.header || this.callers.length > 0 || this.bridge!.snap.loopEnd) {
      this.run();
    } else {
      // From an exit at the header (a branch that goes back to it): the bridge only jumps back,
      // with the exit's values, after the back edge's check for interrupts.
      const snap = this.snapAt(this.header, this.sp);
      snap.bridgeable = false;
      this.emit(Opc.guard_no_interrupt, [], null, snap);
    }
    return this.finishBridge();
  }

  /** Records and executes instructions until the loop's header is reached again. */
  private run(): void {
    try {
      for (;;) {
        const pc = this.pc;
        const word = this.words[pc];
        const frame = this.frame;
        frame.lasti = pc;
        frame.pc = pc;
        frame.sp = this.sp;
        this.startSnap = this.snapAt(pc, this.sp);
        // The header's own guards resume at the header: a bridge from there would be the
        // iteration over again (or, empty, jump back to the same guard).
        if (pc === this.header && this.callers.length === 0) this.startSnap.bridgeable = false;
        if (this.forceDepth >= 0) {
          if (this.forceDepth !== this.callers.length) throw new TraceAbort("inline: call out, then a call in one instruction");
          this.forceDepth = -1;
          // (No bridge from here: the frames the call had may be referred to; the exit keeps them.)
          this.startSnap.bridgeable = false;
          this.emit(Opc.guard_not_forced, [], null, this.startSnap);
        }
        if (this.pre.length + this.body.length > params.trace_limit) throw new TraceAbort("trace too long");
        const sp = this.sp;
        try {
          // Left the loop (a break, or an exception handler after it): the loop's last iteration;
          // unless a bridge goes on around the outer loop, back into this one at its header.
          if (this.callers.length === 0 && (pc < this.header || pc > this.headerLoopEnd)) {
            if (this.outer === null || pc < this.outer[0] || pc > this.outer[1]) throw new TraceAbort("loop exit");
            this.outside = true;
          } else if (pc === this.header && this.outside && this.callers.length === 0) {
            const snap = this.snapAt(pc, this.sp);
            snap.bridgeable = false;
            this.emit(Opc.guard_no_interrupt, [], null, snap);
            this.closeSnap = snap;
            break;
          }
          if (this.callers.length === 0 && pc !== this.header && pc !== this.landedAt && this.loopHeaders.has(pc) &&
              this.bridge === null && this.innerLoopAt(pc)) continue;
          const closed = this.step(word & 0xff, word >>> 8);
          this.landedAt = -1;
          if (closed) break;
        } catch (e) {
          // An abort leaves the frame at the start of the instruction (handlers decide to abort
          // before they change the frame's values), unless the instruction completed.
          if (e instanceof TraceAbort && !e.completed) {
            this.pc = pc;
            this.sp = sp;
          }
          throw e;
        }
      }
    } catch (e) {
      if (this.callers.length > 0 && e instanceof TraceAbort) {
        noInline.add(this.code);
        if (!e.reason.startsWith("inline: ")) throw new TraceAbort(`inline: ${e.reason}`, e.completed);
      }
      throw e;
    } finally {
      // Stopped inside inlined calls: their frames are linked (enterInlined), and the interpreter
      // goes on in the innermost (the callers' pc and sp were set when the calls were made).
      this.frame.pc = this.pc;
      this.frame.sp = this.sp;
    }
  }

  /** The bridge reached the loop's header: its jump back to the label. */
  private finishBridge(): Bridge {
    const b = this.bridge!;
    if (this.sp !== this.headerSp) throw new TraceAbort("stack depth changed around the loop");
    const jumpSnap = this.snapAt(this.header, this.sp);
    jumpSnap.bridgeable = false;
    const jumpArgs: Value[] = [];
    const convert = (cur: Value, want: Kind): Value => {
      if (cur.kind === want) return cur;
      if (want === Kind.Ref) return this.ref(cur);
      if (cur.kind !== Kind.Ref || (want !== Kind.Int && want !== Kind.Float)) throw new TraceAbort("bridge: type-unstable loop variable");
      return this.emit(want === Kind.Int ? Opc.unbox_int : Opc.unbox_float, [cur], null, jumpSnap);
    };
    if (this.closeSnap !== null) {
      // Around the outer loop: the frame gets the state at the header (closeSnap) and the loop is
      // entered again through its preamble, which loads the slots (a new iterator, locals whose
      // kind changed) and computes what code motion moved out of the loop again.
      return { ops: [...this.pre, ...this.body], jumpArgs: [], promote: [], notFirst: b.snap.hasPlaceholders(), reentry: this.closeSnap };
    }
    b.carriedSlots.forEach((k, j) => jumpArgs.push(convert(this.fastVals[k]!, b.labelArgs[j].kind)));
    // Slots the loop does not carry but the bridge wrote: carried from now on (the driver adds
    // them to the loop's label), with the loop's own value or a new load as their entry.
    const promote: [number, Value][] = [];
    for (const k of this.written) {
      if (b.carriedSlots.includes(k)) continue;
      const entry = b.entryFast.get(k);
      promote.push([k, convert(this.fastVals[k]!, entry === undefined ? Kind.Ref : entry.kind)]);
    }
    return { ops: [...this.pre, ...this.body], jumpArgs, promote, notFirst: b.snap.hasPlaceholders(), reentry: null };
  }

  /** Records and executes one instruction; true when the loop closed. */
  private step(opcode: number, arg: number): boolean {
    const pc = this.pc;
    const next = pc + 1;
    switch (opcode as Bc) {
      case Bc.NOP:
      case Bc.COPY_FREE_VARS: // an inlined closure's cells are in its slots already (enterInlined)
      case Bc.RESUME:
        break;
      case Bc.POP_TOP:
      {
        // Dropping a generator a for loop owns closes it (gen.ts dropIter; the loop left by a
        // break). (Only a for loop's iterator slot may hold one: see mayBeLoopOwned.)
        const v = this.topV(), val = this.top();
        if (mayBeLoopOwned(v)) {
          this.emit(Opc.call_v, [this.ref(val)], "dropIter");
          HELPERS.dropIter(v);
        }
        this.sp--;
        break;
      }
      case Bc.PUSH_NULL:
        this.push(new Const(Kind.Ref, null), null);
        break;
      case Bc.COPY:
        this.push(this.top(arg), this.topV(arg));
        break;
      case Bc.SWAP: {
        const a = this.top(), b = this.top(arg);
        const va = this.topV(), vb = this.topV(arg);
        if (this.sp - arg < this.headerSp) throw new TraceAbort("stack below the loop header's depth");
        const st = this.frame.stack;
        this.stackVals[this.sp - 1] = b;
        this.stackVals[this.sp - arg] = a;
        st[this.sp - 1] = vb;
        st[this.sp - arg] = va;
        break;
      }
      case Bc.LOAD_CONST: {
        const c = this.frame.consts[arg];
        this.push(this.constOf(c), c);
        break;
      }
      case Bc.LOAD_FAST:
        this.push(this.getFast(arg), this.frame.fast[arg] as PyValue);
        break;
      case Bc.STORE_FAST: {
        const val = this.top();
        const v = this.topV();
        this.sp--;
        this.setFast(arg, val, v);
        break;
      }
      case Bc.LOAD_CLOSURE:
        this.push(this.getFast(arg), this.frame.fast[arg] as PyValue);
        break;
      case Bc.LOAD_DEREF: {
        // The cell is a local of the frame; its value is read each time (a call may set it).
        const cell = this.getFast(arg);
        const v = (this.frame.fast[arg] as PyCell).value;
        if (v === undefined) throw new TraceAbort("unbound free variable");
        const r = this.emit(Opc.getfield_r, [cell], "value");
        // Unbound (`del`): the interpreter raises the error.
        this.emit(Opc.guard_nonnull, [r], null, this.startSnap!);
        this.push(r, v);
        break;
      }
      case Bc.STORE_DEREF: {
        const cell = this.getFast(arg);
        const val = this.ref(this.top());
        const v = this.topV();
        this.sp--;
        this.emit(Opc.setfield_r, [cell, val], "value");
        (this.frame.fast[arg] as PyCell).value = v;
        break;
      }
      case Bc.LOAD_GLOBAL:
        this.loadGlobal(this.code.names[arg >> 1], (arg & 1) !== 0);
        break;
      case Bc.LOAD_NAME:
        // At module level the names are the globals: LOAD_NAME is LOAD_GLOBAL.
        this.moduleFrame();
        this.loadGlobal(this.code.names[arg], false);
        break;
      case Bc.STORE_NAME:
        this.moduleFrame();
        this.storeGlobal(this.code.names[arg]);
        break;
      case Bc.STORE_GLOBAL:
        this.storeGlobal(this.code.names[arg]);
        break;
      case Bc.LOAD_ATTR:
        this.loadAttr(this.code.names[arg]);
        break;
      case Bc.STORE_ATTR:
        this.storeAttr(this.code.names[arg]);
        break;
      case Bc.LOAD_METHOD:
        this.loadMethod(this.code.names[arg]);
        break;
      case Bc.BINARY_OP:
        if (this.binaryOp(arg)) return false;
        break;
      case Bc.COMPARE_OP:
        if (this.compareOp(arg as Cmp)) return false;
        break;
      case Bc.IS_OP: {
        const a = this.top(2), b = this.top();
        if (a.kind === Kind.Float || b.kind === Kind.Float) throw new TraceAbort("'is' on an unboxed float");
        const va = this.topV(2), vb = this.topV();
        let r: Value = this.emit(Opc.ref_is, [this.ref(a), this.ref(b)]);
        if (arg === 1) r = this.emit(Opc.bool_not, [r]);
        this.sp -= 2;
        this.push(r, ((va === vb) !== (arg === 1)) ? True : False);
        break;
      }
      case Bc.CONTAINS_OP: {
        const a = this.top(2), b = this.top();
        const va = this.topV(2), vb = this.topV();
        let r: Value = this.emit(Opc.call_b, [this.ref(b), this.ref(a)], "contains");
        const res = HELPERS.contains(vb, va) !== (arg === 1);
        if (arg === 1) r = this.emit(Opc.bool_not, [r]);
        this.sp -= 2;
        this.push(r, res ? True : False);
        break;
      }
      case Bc.UNARY_NOT: {
        const val = this.top(), v = this.topV();
        const t = this.truth(val, v);
        const r = t instanceof Const ? new Const(Kind.Bool, !t.value) : this.emit(Opc.bool_not, [t]);
        this.sp--;
        this.push(r, HELPERS.truthy(v) ? False : True);
        break;
      }
      case Bc.UNARY_NEGATIVE: {
        const val = this.top(), v = this.topV();
        let r: Value;
        let res: PyValue;
        if (typeof v === "number") {
          r = this.emit(Opc.int_neg, [this.int(val, v)]);
          res = 0 - v;
        } else if (isExactFloat(v)) {
          r = this.emit(Opc.float_neg, [this.float(val, v)]);
          res = new PyFloat(-v.value);
        } else {
          r = this.emit(Opc.call_r, [this.ref(val)], "neg");
          res = HELPERS.neg(v);
        }
        this.sp--;
        this.push(r, res);
        break;
      }
      case Bc.UNARY_INVERT:
      case Bc.UNARY_POSITIVE: {
        const val = this.top(), v = this.topV();
        let r: Value;
        let res: PyValue;
        if (typeof v === "number" && opcode === Bc.UNARY_INVERT) {
          // ~x is -1 - x (which leaves the safe range only for x = 2**53 - 1).
          r = this.emit(Opc.int_sub_ovf, [new Const(Kind.Int, -1), this.int(val, v)]);
          res = HELPERS.invert(v);
        } else if ((typeof v === "number" || isExactFloat(v)) && opcode === Bc.UNARY_POSITIVE) {
          r = typeof v === "number" ? this.int(val, v) : this.float(val, v);
          res = v;
        } else {
          const name = opcode === Bc.UNARY_INVERT ? "invert" : "pos";
          r = this.emit(Opc.call_r, [this.ref(val)], name);
          res = HELPERS[name](v);
        }
        this.sp--;
        this.push(r, res);
        break;
      }
      case Bc.BINARY_SUBSCR:
        this.binarySubscr();
        break;
      case Bc.MAKE_FUNCTION: {
        const n = makeFunctionExtras(arg);
        const vals: Value[] = [this.ref(this.top())];
        const extra: PyValue[] = [];
        for (let i = n + 1; i >= 2; i--) {
          vals.push(this.ref(this.top(i)));
          extra.push(this.topV(i));
        }
        const f = HELPERS.makeFunction(this.topV(), this.frame.globals, this.frame.builtins, arg, ...extra);
        this.sp -= n + 1;
        this.push(this.emit(Opc.make_function, vals, arg), f);
        break;
      }
      case Bc.DELETE_SUBSCR: {
        const key = this.ref(this.top()), obj = this.ref(this.top(2));
        const vkey = this.topV(), vobj = this.topV(2);
        this.emit(Opc.call_v, [obj, key], "delItem");
        HELPERS.delItem(vobj, vkey);
        this.sp -= 2;
        break;
      }
      case Bc.BUILD_SLICE: {
        const n = arg === 3 ? 3 : 2;
        const vals: Value[] = [], concrete: PyValue[] = [];
        for (let i = n; i >= 1; i--) {
          vals.push(this.ref(this.top(i)));
          concrete.push(this.topV(i));
        }
        if (n === 2) {
          vals.push(new Const(Kind.Ref, None));
          concrete.push(None);
        }
        this.sp -= n;
        this.push(this.emit(Opc.call_r, vals, "newSlice"), HELPERS.newSlice(concrete[0], concrete[1], concrete[2]));
        break;
      }
      case Bc.MAP_ADD: {
        const val = this.ref(this.top()), key = this.ref(this.top(2));
        const v = this.topV(), k = this.topV(2);
        const d = this.top(arg + 2), vd = this.topV(arg + 2);
        this.emit(Opc.call_v, [d, key, val], "mapAdd");
        HELPERS.mapAdd(vd, k, v);
        this.sp -= 2;
        break;
      }
      case Bc.STORE_SUBSCR:
        this.storeSubscr();
        break;
      case Bc.BUILD_TUPLE: {
        if (this.words[next] === (Bc.UNPACK_SEQUENCE | arg << 8)) {
          // `a, b = b, a`: as the interpreter, reverse the items in place.
          for (let i = this.sp - arg, j = this.sp - 1; i < j; i++, j--) {
            const vi = this.stackVal(i), vj = this.stackVal(j);
            this.stackVals[i] = vj;
            this.stackVals[j] = vi;
            const st = this.frame.stack;
            const t = st[i];
            st[i] = st[j];
            st[j] = t;
          }
          this.pc = next + 1;
          return false;
        }
        const vals: Value[] = [];
        for (let i = arg; i >= 1; i--) vals.push(this.ref(this.top(i)));
        const items = this.frame.stack.slice(this.sp - arg, this.sp) as PyValue[];
        this.sp -= arg;
        this.push(this.emit(Opc.new_tuple, vals), new PyTuple(items));
        break;
      }
      case Bc.BUILD_LIST: {
        const vals: Value[] = [];
        for (let i = arg; i >= 1; i--) vals.push(this.ref(this.top(i)));
        const items = this.frame.stack.slice(this.sp - arg, this.sp) as PyValue[];
        this.sp -= arg;
        this.push(this.emit(Opc.call_r, vals, "buildList"), new PyList(items));
        break;
      }
      case Bc.BUILD_MAP:
      case Bc.BUILD_SET:
      case Bc.BUILD_STRING:
      case Bc.BUILD_CONST_KEY_MAP: {
        // Residual calls of the interpreter's own code for these (key order, duplicate keys and
        // hashing as it does them).
        const n = opcode === Bc.BUILD_MAP ? 2 * arg : opcode === Bc.BUILD_CONST_KEY_MAP ? arg + 1 : arg;
        const vals: Value[] = [];
        for (let i = n; i >= 1; i--) vals.push(this.ref(this.top(i)));
        const items = this.frame.stack.slice(this.sp - n, this.sp) as PyValue[];
        let r: Op, res: PyValue;
        if (opcode === Bc.BUILD_CONST_KEY_MAP) {
          // The keys tuple is on top: it goes first.
          vals.unshift(vals.pop()!);
          r = this.emit(Opc.call_r, vals, "buildConstKeyMap");
          const keys = items.pop()!;
          res = HELPERS.buildConstKeyMap(keys, ...items);
        } else {
          const name = opcode === Bc.BUILD_MAP ? "buildMap" : opcode === Bc.BUILD_SET ? "buildSet" : "buildString";
          r = this.emit(Opc.call_r, vals, name);
          res = HELPERS[name](...items);
        }
        this.sp -= n;
        this.push(r, res);
        break;
      }
      case Bc.FORMAT_VALUE: {
        const hasSpec = (arg & 4) !== 0;
        const spec = hasSpec ? this.ref(this.top()) : new Const(Kind.Ref, "");
        const vspec = hasSpec ? this.topV() : "";
        const k = hasSpec ? 2 : 1;
        const val = this.ref(this.top(k)), v = this.topV(k);
        const r = this.emit(Opc.call_r, [val, new Const(Kind.Int, arg & 3), spec], "formatValue");
        const res = HELPERS.formatValue(v, arg & 3, vspec);
        this.sp -= k;
        this.push(r, res);
        break;
      }
      case Bc.SET_ADD:
      case Bc.LIST_EXTEND:
      case Bc.SET_UPDATE:
      case Bc.DICT_UPDATE: {
        const v = this.topV();
        const val = this.ref(this.top());
        const target = this.top(arg + 1);
        const name = opcode === Bc.SET_ADD ? "setAdd" : opcode === Bc.LIST_EXTEND ? "listExtend"
          : opcode === Bc.SET_UPDATE ? "setUpdate" : "dictUpdate";
        this.emit(Opc.call_v, [target, val], name);
        HELPERS[name](this.topV(arg + 1), v);
        this.sp--;
        break;
      }
      case Bc.LIST_TO_TUPLE: {
        const r = this.emit(Opc.call_r, [this.ref(this.top())], "listToTuple");
        const res = HELPERS.listToTuple(this.topV());
        this.sp--;
        this.push(r, res);
        break;
      }
      case Bc.LIST_APPEND: {
        const v = this.topV();
        const val = this.ref(this.top());
        const list = this.top(arg + 1);
        this.emit(Opc.call_v, [list, val], "listAppend");
        this.sp--;
        HELPERS.listAppend(this.frame.stack[this.sp - arg] as PyValue, v);
        break;
      }
      case Bc.UNPACK_SEQUENCE:
        this.unpackSequence(arg);
        break;
      case Bc.UNPACK_EX:
        this.unpackEx(arg & 0xff, arg >> 8);
        break;
      case Bc.GET_ITER: {
        const val = this.ref(this.top()), v = this.topV();
        // The iterator of an exact list, tuple or range runs no Python code: no frames needed
        // inside inlined code.
        const plain = typeof v === "object" && (v.cls === listType || v.cls === tupleType || v.cls === rangeType) &&
          !(val instanceof Const);
        if (plain) this.emit(Opc.guard_class, [val], (v as PyObject).cls);
        const r = this.emit(Opc.call_r, [val], "getIter", null, false, plain);
        const res = HELPERS.getIter(v);
        this.sp--;
        this.push(r, res);
        break;
      }
      case Bc.FOR_ITER:
        if (this.forIter(arg)) return false;
        break;
      case Bc.JUMP_FORWARD:
        this.pc = arg;
        return false;
      case Bc.JUMP_BACKWARD:
        return this.backJump(arg);
      case Bc.POP_JUMP_IF_FALSE:
      case Bc.POP_JUMP_IF_TRUE: {
        const val = this.top(), v = this.topV();
        const t = this.truth(val, v);
        const truthy = HELPERS.truthy(v);
        this.sp--;
        const jump = truthy === (opcode === Bc.POP_JUMP_IF_TRUE);
        this.guardBool(t, truthy, this.snapAt(jump ? next : arg, this.sp));
        if (jump && arg < next) return this.backJump(arg);
        this.pc = jump ? arg : next;
        return false;
      }
      case Bc.POP_JUMP_IF_NONE:
      case Bc.POP_JUMP_IF_NOT_NONE: {
        const val = this.top(), v = this.topV();
        this.sp--;
        const isNone = v === None;
        const jump = isNone === (opcode === Bc.POP_JUMP_IF_NONE);
        if (val.kind === Kind.Ref && !(val instanceof Const)) {
          const b = this.emit(Opc.ref_is, [val, new Const(Kind.Ref, None)]);
          this.guardBool(b, isNone, this.snapAt(jump ? next : arg, this.sp));
        }
        if (jump && arg < next) return this.backJump(arg);
        this.pc = jump ? arg : next;
        return false;
      }
      case Bc.JUMP_IF_FALSE_OR_POP:
      case Bc.JUMP_IF_TRUE_OR_POP: {
        const val = this.top(), v = this.topV();
        const t = this.truth(val, v);
        const truthy = HELPERS.truthy(v);
        const jump = truthy === (opcode === Bc.JUMP_IF_TRUE_OR_POP);
        // The other direction: jumping keeps the value, falling through pops it.
        const other = jump ? this.snapAt(next, this.sp - 1) : this.snapAt(arg, this.sp);
        this.guardBool(t, truthy, other);
        if (jump) this.pc = arg;
        else {
          this.sp--;
          this.pc = next;
        }
        return false;
      }
      case Bc.KW_NAMES:
        // The frame keeps them too: an abort at the CALL resumes there in the interpreter.
        this.kwnames = this.frame.kwnames = (this.frame.consts[arg] as PyTuple).items as string[];
        break;
      case Bc.CALL:
        if (this.call(arg)) return false;
        break;
      case Bc.RETURN_VALUE:
        // The loop's last iteration (a return from inside the loop): try another one.
        if (this.callers.length === 0) throw new TraceAbort("loop exit");
        this.inlinedReturn();
        return false;
      default:
        throw new TraceAbort(`unsupported instruction ${OPCODES[opcode].name}`);
    }
    this.pc = next;
    return false;
  }

  // ---- instructions ----------------------------------------------------------------------------

  /** Checks (once, in the preamble) that the frame runs at module level: locals are globals. */
  private moduleFrame(): void {
    if (this.frame.locals !== this.frame.globals || this.frame.globals.cls !== dictType) {
      throw new TraceAbort("class body or exec with separate locals");
    }
    if (!this.checkedModuleFrame) {
      this.emit(Opc.guard_module_frame, [], null, null, true);
      this.checkedModuleFrame = true;
    }
  }

  private storeGlobal(name: string): void {
    const g = this.frame.globals;
    const pos = g.strPos(name);
    if (pos < 0 || g.cls !== dictType) throw new TraceAbort("new global");
    const val = this.ref(this.top()), v = this.topV();
    this.emit(Opc.setglobal, [val], { name, pos });
    g.store.setValueAt(pos, v);
    this.sp--;
  }

  /**
   * Where global (or builtin) `name` is now, as getglobal's aux, and its value; null when the
   * name is not bound.
   */
  private globalSlot(name: string): [{ name: string; pos: number; builtin: boolean; gversion: number }, PyValue] | null {
    const g = this.frame.globals, b = this.frame.builtins;
    let pos = g.strPos(name);
    if (pos >= 0) return [{ name, pos, builtin: false, gversion: 0 }, g.store.values[pos] as PyValue];
    pos = b.strPos(name);
    if (pos < 0) return null;
    return [{ name, pos, builtin: true, gversion: g.store.version }, b.store.values[pos] as PyValue];
  }

  private loadGlobal(name: string, pushNull: boolean): void {
    const slot = this.globalSlot(name);
    if (slot === null) throw new TraceAbort("name error");
    if (pushNull) this.push(new Const(Kind.Ref, null), null);
    this.push(this.emit(Opc.getglobal, [], slot[0]), slot[1]);
  }

  /** The interpreter's attribute cache for this instruction when it is valid for `t`. */
  private attrCache(t: PyType): AttrCache | null {
    const ic = codeCache(this.code).ic;
    let c = ic[this.pc] as AttrCache | undefined;
    while (c !== undefined && c !== null) {
      if (c instanceof AttrCache && c.type === t && c.version === t.version) return c;
      c = c.next ?? undefined;
    }
    // The other tiers have not met this type here (a bridge, another class at a polymorphic
    // site): fill the entry they would (from the type; the trace guards its version).
    const first = ic[this.pc];
    if (first === undefined || first instanceof AttrCache) {
      const word = this.words[this.pc];
      const op = word & 0xff;
      if (op === Bc.LOAD_ATTR || op === Bc.LOAD_METHOD || op === Bc.STORE_ATTR) {
        return attrCacheMiss(ic, this.pc, t, this.code.names[word >>> 8], op === Bc.STORE_ATTR);
      }
    }
    return null;
  }

  /**
   * Where `name` sits in the instance dict of `obj` when the interpreter's cache says the
   * attribute lives there (no data descriptor on the type); -1 otherwise.
   */
  private dictAttrPos(obj: PyValue, name: string): number {
    if (typeof obj !== "object" || obj === null) return -1;
    const c = this.attrCache(obj.cls);
    const dict = obj.dict;
    if (c === null || c.kind !== AttrKind.DICT || !(dict instanceof PyDict)) return -1;
    return dict.strPos(name);
  }

  /**
   * The aux of getdictattr/setdictattr: the name and its position, and the dict's key layout when
   * it is a shared one (a Shape): the backend checks that once per object where it can.
   */
  private dictAttrAux(obj: PyObject, name: string, pos: number): { name: string; pos: number; shape?: Shape } {
    const shape = obj.dict!.store.shape;
    return shape === null ? { name, pos } : { name, pos, shape };
  }

  /** Whether storing `name` on `obj` adds it to the instance dict (the cache says the dict holds it). */
  private newDictAttr(obj: PyValue, name: string): boolean {
    if (typeof obj !== "object" || obj === null || (obj.cls.flags & TypeFlag.HAS_DICT) === 0) return false;
    const c = this.attrCache(obj.cls);
    if (c === null || c.kind !== AttrKind.DICT) return false;
    const dict = obj.dict;
    return dict === null || (dict.cls === dictType && dict.getStr(name) === undefined);
  }

  /** The index of the __slots__ member the interpreter's cache found for this instruction, or -1. */
  private memberSlot(obj: PyValue): number {
    if (typeof obj !== "object" || obj === null) return -1;
    const c = this.attrCache(obj.cls);
    const slots = obj instanceof PyInstance ? obj.slots : null;
    if (c === null || c.kind !== AttrKind.MEMBER || slots === null || slots === undefined) return -1;
    return c.pos;
  }

  private guardType(val: Value, t: PyType): void {
    this.emit(Opc.guard_class, [val], t);
    this.emit(Opc.guard_version, [], { type: t, version: t.version });
  }

  private loadAttr(name: string): void {
    const obj = this.topV();
    if (obj instanceof PyComplex && obj.cls === complexType && (name === "real" || name === "imag") && !(this.top() instanceof Const)) {
      const ref = this.ref(this.top());
      this.emit(Opc.guard_class, [ref], complexType);
      const part = this.emit(name === "real" ? Opc.complex_real : Opc.complex_imag, [ref]);
      this.sp--;
      this.push(part, new PyFloat(name === "real" ? obj.real : obj.imag));
      return;
    }
    const val = this.ref(this.top());
    let r: Value | null = null;
    let res: PyValue | undefined;
    const pos = val instanceof Const ? -1 : this.dictAttrPos(obj, name);
    if (pos >= 0) {
      this.guardType(val, (obj as PyObject).cls);
      r = this.emit(Opc.getdictattr, [val], this.dictAttrAux(obj as PyObject, name, pos));
      res = (obj as PyObject).dict!.store.values[pos] as PyValue;
    } else {
      const slot = val instanceof Const ? -1 : this.memberSlot(obj);
      if (slot >= 0 && (obj as PyInstance).slots![slot] !== undefined) {
        // A __slots__ member that is set: the instance's slot array at the cached index.
        this.guardType(val, (obj as PyObject).cls);
        const slots = this.emit(Opc.getfield_r, [val], "slots");
        this.emit(Opc.guard_nonnull, [slots]);
        r = this.emit(Opc.getarrayitem, [slots, new Const(Kind.Int, slot)]);
        this.emit(Opc.guard_nonnull, [r]);
        res = (obj as PyInstance).slots![slot];
      }
    }
    if (r === null) {
      r = this.emit(Opc.call_r, [val, new Const(Kind.Ref, name)], "getAttr");
      res = HELPERS.getAttr(obj, name);
    }
    this.sp--;
    this.push(r, res!);
  }

  private storeAttr(name: string): void {
    const objVal = this.ref(this.top()), obj = this.topV();
    const val = this.ref(this.top(2)), v = this.topV(2);
    const pos = objVal instanceof Const ? -1 : this.dictAttrPos(obj, name);
    if (pos >= 0) {
      this.guardType(objVal, (obj as PyObject).cls);
      this.emit(Opc.setdictattr, [objVal, val], this.dictAttrAux(obj as PyObject, name, pos));
      (obj as PyObject).dict!.store.setValueAt(pos, v);
      this.sp -= 2;
      return;
    }
    if (!(objVal instanceof Const) && this.newDictAttr(obj, name)) {
      // A name the instance dict does not have yet (an __init__ setting up a new object).
      this.guardType(objVal, (obj as PyObject).cls);
      this.emit(Opc.adddictattr, [objVal, val], name);
      HELPERS.addDictAttr(new AttrCache(), obj as PyObject, name, v);
      this.sp -= 2;
      return;
    }
    const slot = objVal instanceof Const ? -1 : this.memberSlot(obj);
    if (slot >= 0) {
      this.guardType(objVal, (obj as PyObject).cls);
      const slots = this.emit(Opc.getfield_r, [objVal], "slots");
      this.emit(Opc.guard_nonnull, [slots]);
      this.emit(Opc.setarrayitem, [slots, new Const(Kind.Int, slot), val]);
      (obj as PyInstance).slots![slot] = v;
      this.sp -= 2;
      return;
    }
    this.emit(Opc.call_v, [objVal, new Const(Kind.Ref, name), val], "setAttr");
    HELPERS.setAttr(obj, name, v);
    this.sp -= 2;
  }

  private loadMethod(name: string): void {
    const val = this.ref(this.top()), obj = this.topV();
    const t = typeOf(obj);
    const c = this.attrCache(t);
    if (c !== null && c.method && !(val instanceof Const)) {
      const dict = typeof obj === "object" ? obj.dict : null;
      if (dict === null || dict === undefined || dict.getStr(name) === undefined) {
        // A plain method found on the type: push it and self, as the interpreter does.
        this.guardType(val, t);
        if (typeof obj === "object" && dict !== null && dict !== undefined) this.emit(Opc.guard_nodictattr, [val], name);
        else if (typeof obj === "object") this.emit(Opc.guard_isnull, [this.emit(Opc.getfield_r, [val], "dict")]);
        this.sp--;
        this.push(new Const(Kind.Ref, c.value), c.value as PyValue);
        this.push(val, obj);
        return;
      }
    }
    const r = this.emit(Opc.call_r, [val, new Const(Kind.Ref, name)], "getAttr");
    const res = HELPERS.getAttr(obj, name);
    this.sp--;
    this.push(new Const(Kind.Ref, null), null);
    this.push(r, res);
  }

  /**
   * An inner loop's header: run the inner loop's compiled trace on the frame (the compiled outer
   * loop will do the same through call_loop) and go on from where it left the frame. Returns
   * false when there is no compiled trace (the instruction is then recorded as usual, which
   * aborts at the inner back edge).
   */
  private innerLoopAt(pc: number): boolean {
    const handle = this.innerLoop.find(this.frame, pc);
    if (handle === null) return false;
    const call = this.emit(Opc.call_loop, [], handle);
    const frame = this.frame;
    frame.pc = pc;
    frame.sp = this.sp;
    const r = this.innerLoop.run(frame, handle);
    if (topFrame !== frame) {
      // It left inside a call it had inlined: the interpreter goes on in that call's frame.
      this.pc = frame.pc;
      this.sp = frame.sp;
      throw new TraceAbort("inner loop left inside an inlined call", true);
    }
    if (r < 0) throw new TraceAbort("inner loop not entered");
    // Where the inner loop left the frame: after the loop, at its FOR_ITER about to find the
    // iterator exhausted, or at a side exit in its body (a guard of a `break` or of a branch the
    // inner trace did not record): the recording goes on from there (a way back to the inner
    // header runs the inner loop again).
    const land = frame.pc;
    const exitSnap = new Snapshot(0, 0, new Map(), [], 0);
    exitSnap.synced = true;
    this.emit(Opc.guard_loop_exit, [call], { pc: land, sp: frame.sp }, exitSnap);
    // Everything is in the frame now: forget the values (they are reloaded when read) and what
    // this iteration wrote (the frame has it).
    this.synced = true;
    this.fastVals.fill(undefined);
    for (let i = this.headerSp; i < this.stackVals.length; i++) this.stackVals[i] = undefined;
    this.syncedWrites.push(...this.written);
    this.written.clear();
    this.sp = frame.sp;
    this.pc = land;
    this.landedAt = land;
    return true;
  }

  /**
   * A backward jump taken (JUMP_BACKWARD, or a conditional jump backwards): it closes the loop at
   * its header; any other loop (one in an inlined callee included) ends the recording.
   */
  private backJump(target: number): boolean {
    if (this.callers.length > 0) {
      // A `for` loop of an inlined callee (inlinable() let in no other loop): its iterations are
      // recorded one after the other, a few at most, and FOR_ITER guards that the iterator ends
      // where it ended while recording.
      let counts = this.unrolled.get(this.frame);
      if (counts === undefined) this.unrolled.set(this.frame, counts = new Map());
      const n = (counts.get(target) ?? 0) + 1;
      if (n > MAX_UNROLLED_ITERATIONS) throw new TraceAbort("inline: loop too long to unroll");
      counts.set(target, n);
      this.pc = target;
      return false;
    }
    if (target < this.header) {
      // The outer loop's back edge, in a bridge that goes around it: on at its header.
      if (this.outer !== null && target === this.outer[0]) {
        this.pc = target;
        return false;
      }
      throw new TraceAbort("inner loop");
    }
    if (target !== this.header) {
      // (Not in a bridge: each count of iterations would want a bridge of its own.)
      if (this.bridge !== null) throw new TraceAbort("inner loop");
      // An inner loop without a trace of its own (not hot yet, or too short to be worth one):
      // its iterations are recorded one after the other (unrolled; trace_limit bounds them).
      this.pc = target;
      return false;
    }
    const snap = this.snapAt(target, this.sp);
    snap.bridgeable = false;
    this.emit(Opc.guard_no_interrupt, [], null, snap);
    this.pc = target;
    return true;
  }


  /** BINARY_OP: true when it inlined an operator method (recording goes on in its frame). */
  private binaryOp(arg: number): boolean {
    const a = this.topV(2), b = this.topV();
    const va = this.top(2), vb = this.top();
    const op = arg >= 13 ? arg - 13 : arg;
    let r: Value | null = null;
    let res: PyValue | null = null;
    if (typeof a === "number" && typeof b === "number") {
      // `(a * b + c) & m`: the low 32 bits, all of its instructions at once (bytecode/masked.ts).
      const mm = arg === Bin.MULTIPLY ? maskedMulAt(this.code, this.pc) : null;
      const gm = mm !== null && mm.maskGlobal >= 0 ? this.globalSlot(this.code.names[mm.maskGlobal])?.[1] : mm?.mask;
      if (mm !== null && typeof gm === "number" && gm >= 0 && gm <= 0xffffffff) {
        const ia = this.int(va, a), ib = this.int(vb, b);
        let im: Value = new Const(Kind.Int, gm);
        if (mm.maskGlobal >= 0) {
          // The global, loaded before the product (nothing runs in between), so that its guards
          // exit before the `*`; then checked to be a mask.
          this.loadGlobal(this.code.names[mm.maskGlobal], false);
          im = this.int(this.top(), gm);
          this.sp--;
          this.guardBool(this.emit(Opc.int_ge, [im, new Const(Kind.Int, 0)]), true, this.startSnap!);
          this.guardBool(this.emit(Opc.int_le, [im, new Const(Kind.Int, 0xffffffff)]), true, this.startSnap!);
        }
        const v = this.emit(Opc.call_pure_i, [ia, ib, new Const(Kind.Int, mm.addend), im], "maskedMul");
        this.sp -= 2;
        this.push(v, maskedMul(a, b, mm.addend, gm));
        this.pc += mm.length;
        return true;
      }
      let n = 0;
      switch (op) {
        case Bin.ADD: n = a + b; break;
        case Bin.SUBTRACT: n = a - b; break;
        case Bin.MULTIPLY: n = a * b + 0; break;
        case Bin.FLOOR_DIVIDE: n = b === 0 ? NaN : HELPERS.intFloorDiv(a, b); break;
        case Bin.REMAINDER: n = b === 0 ? NaN : HELPERS.intMod(a, b); break;
        case Bin.TRUE_DIVIDE: n = b === 0 ? NaN : 0; break;
        case Bin.AND: n = HELPERS.intAnd(a, b); break;
        case Bin.OR: n = HELPERS.intOr(a, b); break;
        case Bin.XOR: n = HELPERS.intXor(a, b); break;
        case Bin.RSHIFT: n = b < 0 ? NaN : HELPERS.intRshift(a, b); break;
        case Bin.LSHIFT: n = b < 0 ? NaN : HELPERS.intLshift(a, b); break;
        default: n = NaN; break;
      }
      if (Number.isSafeInteger(n)) {
        const ia = this.int(va, a), ib = this.int(vb, b);
        switch (op) {
          case Bin.ADD: r = this.emit(Opc.int_add_ovf, [ia, ib]); res = n; break;
          case Bin.SUBTRACT: r = this.emit(Opc.int_sub_ovf, [ia, ib]); res = n; break;
          case Bin.MULTIPLY: r = this.emit(Opc.int_mul_ovf, [ia, ib]); res = n; break;
          case Bin.FLOOR_DIVIDE: this.emit(Opc.guard_nonzero, [ib]); r = this.emit(Opc.int_floordiv, [ia, ib]); res = n; break;
          case Bin.REMAINDER: this.emit(Opc.guard_nonzero, [ib]); r = this.emit(Opc.int_mod, [ia, ib]); res = n; break;
          case Bin.TRUE_DIVIDE:
            this.emit(Opc.guard_nonzero, [ib]);
            r = this.emit(Opc.int_truediv, [ia, ib]);
            res = new PyFloat(a / b);
            break;
          case Bin.AND: r = this.emit(Opc.int_and, [ia, ib]); res = n; break;
          case Bin.OR: r = this.emit(Opc.int_or, [ia, ib]); res = n; break;
          case Bin.XOR: r = this.emit(Opc.int_xor, [ia, ib]); res = n; break;
          case Bin.RSHIFT:
          case Bin.LSHIFT:
            // A negative count raises ValueError: the interpreter's.
            this.guardBool(this.emit(Opc.int_ge, [ib, new Const(Kind.Int, 0)]), true, this.startSnap!);
            r = this.emit(op === Bin.RSHIFT ? Opc.int_rshift : Opc.int_lshift_ovf, [ia, ib]);
            res = n;
            break;
          default: break;
        }
      }
    } else if ((isExactFloat(a) || typeof a === "number") && (isExactFloat(b) || typeof b === "number")) {
      const x = typeof a === "number" ? a : a.value;
      const y = typeof b === "number" ? b : b.value;
      const simple = op === Bin.ADD || op === Bin.SUBTRACT || op === Bin.MULTIPLY;
      const div = op === Bin.TRUE_DIVIDE || op === Bin.FLOOR_DIVIDE || op === Bin.REMAINDER;
      const pow = op === Bin.POWER && (isExactFloat(a) || isExactFloat(b)) ? HELPERS.floatPowOrExit(x, y) : undefined;
      if (pow !== undefined) {
        // float ** float (or with an int on one side): float_pow, which exits for the rest.
        r = this.emit(Opc.float_pow, [this.float(va, a), this.float(vb, b)]);
        res = new PyFloat(pow);
      } else if (simple || (div && y !== 0)) {
        const fa = this.float(va, a), fb = this.float(vb, b);
        if (div) this.emit(Opc.guard_nonzero_f, [fb]);
        switch (op) {
          case Bin.ADD: r = this.emit(Opc.float_add, [fa, fb]); res = new PyFloat(x + y); break;
          case Bin.SUBTRACT: r = this.emit(Opc.float_sub, [fa, fb]); res = new PyFloat(x - y); break;
          case Bin.MULTIPLY: r = this.emit(Opc.float_mul, [fa, fb]); res = new PyFloat(x * y); break;
          case Bin.TRUE_DIVIDE: r = this.emit(Opc.float_truediv, [fa, fb]); res = new PyFloat(x / y); break;
          case Bin.FLOOR_DIVIDE:
            r = this.emit(Opc.call_pure_f, [fa, fb], "floatFloorDiv");
            res = new PyFloat(HELPERS.floatFloorDiv(x, y));
            break;
          default:
            r = this.emit(Opc.call_pure_f, [fa, fb], "floatMod");
            res = new PyFloat(HELPERS.floatMod(x, y));
            break;
        }
      }
    }
    if (r === null && (a instanceof PyComplex || b instanceof PyComplex)) {
      const c = this.complexBinary(op, va, a, vb, b);
      if (c !== null) [r, res] = c;
    }
    if (r === null && arg < 13 && this.inlineBinaryDunder(arg)) return true;
    if (r === null) {
      const plain = this.plainOperands([va, vb], [a, b]);
      r = this.emit(Opc.call_r, [...(plain ?? [this.ref(va), this.ref(vb)]), new Const(Kind.Int, arg)], "binaryOp", null, false, plain !== null);
      res = HELPERS.binaryOp(a, b, arg);
    }
    this.sp -= 2;
    this.push(r, res);
    return false;
  }

  /** The real and imaginary parts of an exact complex, float or int operand; null for others. */
  private complexParts(val: Value, v: PyValue): [Value, Value] {
    const zero = new Const(Kind.Float, 0);
    if (v instanceof PyComplex) {
      // A constant (a literal such as 1e-3j): its parts are constants.
      if (val instanceof Const) return [new Const(Kind.Float, v.real), new Const(Kind.Float, v.imag)];
      const ref = this.ref(val);
      this.emit(Opc.guard_class, [ref], complexType);
      return [this.emit(Opc.complex_real, [ref]), this.emit(Opc.complex_imag, [ref])];
    }
    if (isExactFloat(v)) return [this.float(val, v), zero];
    return [this.emit(Opc.int_to_float, [this.int(val, v as number)]), zero];
  }

  /** Whether complexParts takes this operand: an exact complex, float or int. */
  private static complexOperand(val: Value, v: PyValue, complexOk: boolean): boolean {
    if (v instanceof PyComplex) return complexOk && v.cls === complexType;
    return isExactFloat(v) || typeof v === "number";
  }

  /**
   * `a op b` for +, - and * with a complex operand and the other complex, float or int: the
   * arithmetic of CPython's _Py_c_sum/_Py_c_diff/_Py_c_prod on the parts (a real operand has
   * imaginary part +0.0, as complex's methods convert it), and new_complex.
   */
  private complexBinary(op: number, va: Value, a: PyValue, vb: Value, b: PyValue): [Value, PyValue] | null {
    if (op !== Bin.ADD && op !== Bin.SUBTRACT && op !== Bin.MULTIPLY) return null;
    if (!Recorder.complexOperand(va, a, true) || !Recorder.complexOperand(vb, b, true)) return null;
    const [ar, ai] = this.complexParts(va, a);
    const [br, bi] = this.complexParts(vb, b);
    let re: Value, im: Value;
    if (op === Bin.ADD) {
      re = this.emit(Opc.float_add, [ar, br]);
      im = this.emit(Opc.float_add, [ai, bi]);
    } else if (op === Bin.SUBTRACT) {
      re = this.emit(Opc.float_sub, [ar, br]);
      im = this.emit(Opc.float_sub, [ai, bi]);
    } else {
      re = this.emit(Opc.float_sub, [this.emit(Opc.float_mul, [ar, br]), this.emit(Opc.float_mul, [ai, bi])]);
      im = this.emit(Opc.float_add, [this.emit(Opc.float_mul, [ar, bi]), this.emit(Opc.float_mul, [ai, br])]);
    }
    return [this.emit(Opc.new_complex, [re, im]), HELPERS.binaryOp(a, b, op)];
  }

  /** COMPARE_OP: true when it inlined a comparison method (recording goes on in its frame). */
  private compareOp(cmp: Cmp): boolean {
    const a = this.topV(2), b = this.topV();
    const va = this.top(2), vb = this.top();
    let r: Value;
    let res: PyValue;
    const num = (v: PyValue) => typeof v === "number" || isExactFloat(v);
    if (num(a) && num(b)) {
      const x = typeof a === "number" ? a : (a as PyFloat).value;
      const y = typeof b === "number" ? b : (b as PyFloat).value;
      const ints = typeof a === "number" && typeof b === "number";
      const base = ints ? Opc.int_lt : Opc.float_lt;
      r = ints ? this.emit((base + cmp) as Opc, [this.int(va, a), this.int(vb, b)])
              : this.emit((base + cmp) as Opc, [this.float(va, a), this.float(vb, b)]);
      let t: boolean;
      switch (cmp) {
        case Cmp.LT: t = x < y; break;
        case Cmp.LE: t = x <= y; break;
        case Cmp.EQ: t = x === y; break;
        case Cmp.NE: t = x !== y; break;
        case Cmp.GT: t = x > y; break;
        default: t = x >= y; break;
      }
      res = t ? True : False;
    } else if ((cmp === Cmp.EQ || cmp === Cmp.NE) && typeof a === "string" && typeof b === "string") {
      // Two exact strs: equal when the JS strings are (no Python code runs).
      const ra = this.strRef(va), rb = this.strRef(vb);
      r = this.emit(Opc.ref_is, [ra, rb]);
      if (cmp === Cmp.NE) r = this.emit(Opc.bool_not, [r]);
      res = (a === b) === (cmp === Cmp.EQ) ? True : False;
    } else {
      if (this.inlineBinaryDunder(CMP_OP + cmp)) return true;
      const plain = this.plainOperands([va, vb], [a, b]);
      r = this.emit(Opc.call_r, [...(plain ?? [this.ref(va), this.ref(vb)]), new Const(Kind.Int, cmp)], "richCompare", null, false,
        plain !== null);
      res = HELPERS.richCompare(a, b, cmp);
    }
    this.sp -= 2;
    this.push(r, res);
    return false;
  }

  /** An exact str operand as a ref, with a guard on its class unless it is a constant. */
  private strRef(v: Value): Value {
    const r = this.ref(v);
    if (!(v instanceof Const)) this.emit(Opc.guard_class, [r], strType);
    return r;
  }

  /**
   * A list or tuple of class `cls` indexed by an int in range: guards the class and the bounds
   * (a failure re-runs the instruction in the interpreter); the items array and the index.
   */
  private itemsAt(vo: Value, cls: PyType, vk: Value, key: number): [Value, Value] {
    this.emit(Opc.guard_class, [vo], cls);
    const ik = this.int(vk, key);
    const items = this.emit(Opc.getfield_r, [vo], "items");
    const n = this.emit(Opc.arraylen, [items]);
    this.guardBool(this.emit(Opc.int_ge, [ik, new Const(Kind.Int, 0)]), true, this.startSnap!);
    this.guardBool(this.emit(Opc.int_lt, [ik, n]), true, this.startSnap!);
    return [items, ik];
  }

  private binarySubscr(): void {
    const obj = this.topV(2), key = this.topV();
    const vo = this.top(2), vk = this.top();
    let r: Value | null = null;
    let res: PyValue | undefined;
    if (typeof obj === "object" && (obj.cls === listType || obj.cls === tupleType) && typeof key === "number" &&
        key >= 0 && key < (obj as PyList).items.length && !(vo instanceof Const)) {
      const [items, ik] = this.itemsAt(vo, obj.cls, vk, key);
      r = this.emit(Opc.getarrayitem, [items, ik]);
      res = (obj as PyList).items[key];
    }
    const ch = typeof obj === "string" && typeof key === "number" ? HELPERS.strItem(obj, key) : null;
    if (r === null && ch !== null) {
      // A str indexed by an int: the item, or an exit (out of range) that re-runs the subscript.
      r = this.emit(Opc.call_pure_r, [this.strRef(vo), this.int(vk, key as number)], "strItem");
      this.emit(Opc.guard_nonnull, [r], null, this.startSnap!);
      res = ch;
    }
    if (r === null) {
      r = this.emit(Opc.call_r, [this.ref(vo), this.ref(vk)], "getItem");
      res = HELPERS.getItem(obj, key);
    }
    this.sp -= 2;
    this.push(r, res!);
  }

  private storeSubscr(): void {
    const obj = this.topV(2), key = this.topV(), v = this.topV(3);
    const vo = this.top(2), vk = this.top(), vv = this.ref(this.top(3));
    if (typeof obj === "object" && obj.cls === listType && typeof key === "number" &&
        key >= 0 && key < (obj as PyList).items.length && !(vo instanceof Const)) {
      const [items, ik] = this.itemsAt(vo, listType, vk, key);
      this.emit(Opc.setarrayitem, [items, ik, vv]);
      (obj as PyList).items[key] = v;
    } else {
      this.emit(Opc.call_v, [this.ref(vo), this.ref(vk), vv], "setItem");
      HELPERS.setItem(obj, key, v);
    }
    this.sp -= 3;
  }

  private unpackSequence(n: number): void {
    const seq = this.topV(), vs = this.top();
    if (!(typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType) &&
          (seq as PyTuple).items.length === n) || vs instanceof Const) {
      throw new TraceAbort("unpacking a non-sequence");
    }
    this.emit(Opc.guard_class, [vs], seq.cls);
    const items = this.emit(Opc.getfield_r, [vs], "items");
    this.guardBool(this.emit(Opc.int_eq, [this.emit(Opc.arraylen, [items]), new Const(Kind.Int, n)]), true, this.startSnap!);
    const concrete = (seq as PyTuple).items;
    this.sp--;
    for (let i = n - 1; i >= 0; i--) this.push(this.emit(Opc.getarrayitem, [items, new Const(Kind.Int, i)]), concrete[i]);
  }

  /**
   * UNPACK_EX (`a, *b, c = seq`) of a tuple or list, guarded on its class and its length as
   * recorded: the items after the star, the list of the middle ones, then the items before it,
   * pushed as the interpreter pushes them.
   */
  private unpackEx(before: number, after: number): void {
    const seq = this.topV(), vs = this.top();
    if (!(typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType)) || vs instanceof Const) {
      throw new TraceAbort("unpacking a non-sequence");
    }
    const concrete = (seq as PyTuple).items;
    const n = concrete.length;
    if (n < before + after || n > 16) throw new TraceAbort("starred unpacking of this length");
    this.emit(Opc.guard_class, [vs], seq.cls);
    const items = this.emit(Opc.getfield_r, [vs], "items");
    this.guardBool(this.emit(Opc.int_eq, [this.emit(Opc.arraylen, [items]), new Const(Kind.Int, n)]), true, this.startSnap!);
    const item = (i: number): Value => this.emit(Opc.getarrayitem, [items, new Const(Kind.Int, i)]);
    this.sp--;
    for (let i = n - 1; i >= n - after; i--) this.push(item(i), concrete[i]);
    const middle: Value[] = [];
    for (let i = before; i < n - after; i++) middle.push(item(i));
    this.push(this.emit(Opc.call_r, middle, "buildList"), new PyList(concrete.slice(before, n - after)));
    for (let i = before - 1; i >= 0; i--) this.push(item(i), concrete[i]);
  }

  /**
   * The snapshot of the guard that a range, list or tuple iterator has another item: at the
   * loop's own header, marked as the loop's end (a bridge may go on from there around the outer
   * loop: the driver decides).
   */
  private endSnap(): Snapshot {
    if (this.pc !== this.header || this.callers.length > 0) return this.startSnap!;
    const snap = this.snapAt(this.pc, this.sp);
    snap.bridgeable = false;
    snap.loopEnd = true;
    return snap;
  }

  /** FOR_ITER; true when it jumped (the loop ended). */
  private forIter(target: number): boolean {
    const it = this.topV(), vit = this.top();
    if (vit instanceof Const) throw new TraceAbort("constant iterator");
    // A bridge from the loop's end (its iterator exhausted) that goes on around the outer loop.
    const ends = this.pc === this.header && this.callers.length === 0 && !this.outside && this.outer !== null &&
      this.bridge !== null && this.bridge.snap.loopEnd;
    if (this.pc !== this.header && this.landedAt === this.pc || this.callers.length > 0 && exhaustedSeqIter(it) || ends) {
      // An inner loop's trace left the frame here: its iterator should be exhausted (its trace
      // also exits here on an interrupt, with items left: then the guards below exit). Or an
      // unrolled `for` loop of an inlined callee ends here (backJump). Check without calling
      // next(), do what next() does at the end, and leave the loop.
      if (it instanceof RangeIter && it.cls === iteratorTypes.range && it.index >= it.len) {
        this.emit(Opc.guard_jsclass, [vit], "RangeIter");
        const idx = this.emit(Opc.getfield_i, [vit], "index");
        const len = this.emit(Opc.getfield_i, [vit], "len");
        this.guardBool(this.emit(Opc.int_ge, [idx, len]), true, this.startSnap!);
      } else if (typeof it === "object" && (it.cls === iteratorTypes.list || it.cls === iteratorTypes.tuple)) {
        const seq = (it as unknown as { seq: PyList | PyTuple | null }).seq;
        const index = (it as unknown as { index: number }).index;
        this.emit(Opc.guard_class, [vit], it.cls);
        const sv = this.emit(Opc.getfield_r, [vit], "seq");
        if (seq === null) {
          this.emit(Opc.guard_isnull, [sv]);
        } else {
          if (index < seq.items.length) throw new TraceAbort("inner loop left early");
          this.emit(Opc.guard_nonnull, [sv]);
          const items = this.emit(Opc.getfield_r, [sv], "items");
          this.guardBool(this.emit(Opc.int_ge, [this.emit(Opc.getfield_i, [vit], "index"), this.emit(Opc.arraylen, [items])]),
            true, this.startSnap!);
          this.emit(Opc.setfield_r, [vit, new Const(Kind.Ref, null)], "seq");
        }
      } else {
        throw new TraceAbort("inner loop left early");
      }
      if (HELPERS.iterNext(it) !== null) throw new Error("jit: inner loop exhausted check");
      this.sp--;
      this.pc = target;
      return true;
    }
    if (it instanceof RangeIter && it.cls === iteratorTypes.range) {
      if (it.index >= it.len) throw new TraceAbort("loop exit");
      this.emit(Opc.guard_jsclass, [vit], "RangeIter");
      const idx = this.emit(Opc.getfield_i, [vit], "index");
      const len = this.emit(Opc.getfield_i, [vit], "len");
      this.guardBool(this.emit(Opc.int_lt, [idx, len]), true, this.endSnap());
      const start = this.emit(Opc.getfield_i, [vit], "start");
      const step = this.emit(Opc.getfield_i, [vit], "step");
      const value = this.emit(Opc.int_add, [start, this.emit(Opc.int_mul, [step, idx])]);
      this.emit(Opc.setfield_i, [vit, this.emit(Opc.int_add, [idx, new Const(Kind.Int, 1)])], "index");
      this.push(value, it.next()!);
      return false;
    }
    if (typeof it === "object" && (it.cls === iteratorTypes.list || it.cls === iteratorTypes.tuple)) {
      const seq = (it as unknown as { seq: PyList | PyTuple | null }).seq;
      const index = (it as unknown as { index: number }).index;
      if (seq === null || index >= seq.items.length) throw new TraceAbort("loop exit");
      this.emit(Opc.guard_class, [vit], it.cls);
      const s = this.emit(Opc.getfield_r, [vit], "seq");
      this.emit(Opc.guard_nonnull, [s]);
      const items = this.emit(Opc.getfield_r, [s], "items");
      const idx = this.emit(Opc.getfield_i, [vit], "index");
      this.guardBool(this.emit(Opc.int_lt, [idx, this.emit(Opc.arraylen, [items])]), true, this.endSnap());
      const value = this.emit(Opc.getarrayitem, [items, idx]);
      this.emit(Opc.setfield_i, [vit, this.emit(Opc.int_add, [idx, new Const(Kind.Int, 1)])], "index");
      this.push(value, HELPERS.iterNext(it)!);
      return false;
    }
    const r = this.emit(Opc.call_r, [vit], "iterNext");
    const v = HELPERS.iterNext(it);
    if (v === null) {
      if (this.pc === this.header && this.callers.length === 0) {
        // The loop ended while recording: finish the instruction (next() ran; it must not run
        // again), then give up the trace.
        this.sp--;
        this.pc = target;
        throw new TraceAbort("loop exit", true);
      }
      // An inner loop (over a generator, or an iterator of a Python class) ended: the trace goes
      // on after it; another item goes on in the loop's body, in the interpreter.
      this.push(r, None);
      const more = this.snapAt(this.pc + 1, this.sp);
      this.sp--;
      this.emit(Opc.guard_isnull, [r], null, more);
      this.sp--;
      this.pc = target;
      return true;
    }
    // Exhausted: the interpreter continues after the loop with the iterator popped.
    this.emit(Opc.guard_nonnull, [r], null, this.snapAt(target, this.sp - 1));
    this.push(r, v);
    return false;
  }

  /**
   * The operands as refs, with guards that they are ints (small or big), exact floats or strs,
   * whose operators run no Python code; null when one is something else.
   */
  private plainOperands(vals: Value[], vs: PyValue[]): Value[] | null {
    // (Only for calls out of inlined code: at the loop's level the call takes anything.)
    if (this.callers.length === 0 || params.calls_out === 0) return null;
    const t = vs.map((v) => typeof v === "number" || typeof v === "bigint" ? intType : isExactFloat(v) ? floatType
      : typeof v === "string" ? strType : null);
    if (t.includes(null)) return null;
    return vals.map((val, i) => {
      const r = this.ref(val);
      if (val.kind === Kind.Ref && !(val instanceof Const)) this.emit(Opc.guard_class, [r], t[i]);
      return r;
    });
  }

  /** Records a CALL; true when the call is inlined (the recording goes on in the callee). */
  private call(n: number): boolean {
    const kwnames = this.kwnames;
    const base = this.sp - n - 2;
    const fVal = this.stackVal(base);
    // A callable slot that is not a constant holds a callable computed in the trace (3.11 calls a
    // comprehension's function that way, with the iterator as its "self").
    const known = fVal instanceof Const;
    if (!known && this.frame.stack[base] === null) throw new TraceAbort("unknown callable slot");
    if (known && kwnames === null && fVal.value === null && this.builtinCall(base, n)) return false;
    if (known && kwnames === null && fVal.value !== null && this.methodIntrinsic(base, n, fVal.value)) return false;
    if (known && this.inlineCall(base, fVal, kwnames)) return true;
    const args: Value[] = [];
    const argv: PyValue[] = [];
    for (let i = base + 1; i < this.sp; i++) {
      args.push(this.ref(this.stackVal(i)));
      argv.push(this.frame.stack[i] as PyValue);
    }
    // f(*pos): after a NULL the callable is the first of the values; else it is the slot
    // (LOAD_METHOD's function, self first in the values).
    const plain = known && fVal.value === null;
    const callee = plain ? args[0] : this.ref(fVal);
    const pos = plain ? args.slice(1) : args;
    const f = (plain ? argv[0] : this.frame.stack[base]) as PyValue;
    const posv = plain ? argv.slice(1) : argv;
    // The call's keyword names stay in the frame until the call runs (an abort resumes at CALL).
    const r = kwnames === null && pos.length >= 1 && pos.length <= 5
      ? this.emit(Opc.call_r, [callee, ...pos], `call${pos.length}`)
      : this.emit(Opc.call_r, [callee, new Const(Kind.Ref, kwnames), ...pos], "call");
    this.kwnames = this.frame.kwnames = null;
    const res = HELPERS.call(f, kwnames, ...posv);
    this.sp = base;
    this.push(r, res);
    return false;
  }

  /**
   * Builtins recorded without a call: `complex(x, y)` of numbers (complexCall), and `type(x)` and
   * `isinstance(x, T)` (T a class whose metaclass is type), whose answer is a constant once x's
   * class is guarded (so they work inside inlined code, where `isinstance(o, Vec)` starts many
   * operator methods). True when done.
   */
  private builtinCall(base: number, n: number): boolean {
    const st = this.frame.stack;
    const f = st[base + 1] as PyValue;
    const b = this.frame.builtins;
    const isInst = n === 2 && f === b.getStr("isinstance");
    if (n === 2 && f === complexType) return this.complexCall(base);
    if (n === 1 && f === b.getStr("len")) return this.lenCall(base);
    if (n === 1 && f === b.getStr("abs")) return this.absCall(base);
    if (n === 1 && (f === intType || f === floatType)) return this.numberCall(base, f as PyType);
    if (!isInst && !(n === 1 && f === b.getStr("type"))) return false;
    const x = st[base + 2] as PyValue;
    let res: PyValue;
    const c = typeOf(x);
    if (isInst) {
      const t = st[base + 3] as PyValue;
      if (!(t instanceof PyType) || t.cls !== typeType) return false;
      if (c.isSubtypeOf(t)) {
        res = True;
      } else {
        // isinstance then asks x.__class__: the type itself unless a class overrides it.
        if (c.lookup("__class__") !== objectType.lookup("__class__") ||
            c.lookup("__getattribute__") !== objectType.lookup("__getattribute__")) return false;
        res = False;
      }
    } else {
      res = c;
    }
    const vx = this.stackVal(base + 2);
    if (typeof x === "number") this.int(vx, x);
    else if (isExactFloat(x)) this.float(vx, x);
    else if (x instanceof PyObject && !(vx instanceof Const)) this.guardType(this.ref(vx), c);
    else return false;
    const vf = this.stackVal(base + 1);
    if (!(vf instanceof Const)) this.emit(Opc.guard_value, [vf], f);
    if (isInst) {
      const vt = this.stackVal(base + 3);
      if (!(vt instanceof Const)) this.emit(Opc.guard_value, [vt], st[base + 3] as PyValue);
    }
    this.sp = base;
    this.push(this.constOf(res), res);
    return true;
  }

  /**
   * A builtin type's method found by LOAD_METHOD (self's class guarded there) recorded without a
   * call of the method descriptor with an argument array: an argument-less method with a unary
   * entry (str.isdigit()...) is descrUnary, `list.append(x)` is listAppend. True when done.
   */
  private methodIntrinsic(base: number, n: number, method: unknown): boolean {
    if (n === 0 && method instanceof PyMethodDescr && method.fn.unary !== undefined &&
        typeOf(this.frame.stack[base + 1] as PyValue).isSubtypeOf(method.owner)) {
      // A native method without arguments (str.isdigit, str.lower...) on a receiver whose type
      // LOAD_METHOD guarded: called without an argument array.
      const self = this.ref(this.stackVal(base + 1));
      const r = this.emit(Opc.call_r, [new Const(Kind.Ref, method), self], "descrUnary");
      const res = HELPERS.descrUnary(method, this.frame.stack[base + 1] as PyValue);
      this.sp = base;
      this.push(r, res);
      return true;
    }
    if (n !== 1 || !(this.frame.stack[base + 1] instanceof PyList) || method !== listType.lookup("append")) return false;
    const list = this.ref(this.stackVal(base + 1));
    const x = this.ref(this.stackVal(base + 2));
    // (No Python code runs: no frames needed inside inlined code.)
    this.emit(Opc.call_v, [list, x], "listAppend", null, false, true);
    HELPERS.listAppend(this.frame.stack[base + 1] as PyValue, this.frame.stack[base + 2] as PyValue);
    this.sp = base;
    this.push(this.constOf(None), None);
    return true;
  }

  /** len(x) of an exact list or tuple (the length of its items) or str (its code points). True when done. */
  private lenCall(base: number): boolean {
    const x = this.frame.stack[base + 2] as PyValue;
    const vx = this.stackVal(base + 2);
    let r: Value;
    if (typeof x === "string") {
      r = this.emit(Opc.call_pure_i, [this.strRef(vx)], "strLen");
    } else if ((x instanceof PyList && x.cls === listType || x instanceof PyTuple && x.cls === tupleType) && !(vx instanceof Const)) {
      this.emit(Opc.guard_class, [vx], x.cls);
      r = this.emit(Opc.arraylen, [this.emit(Opc.getfield_r, [vx], "items")]);
    } else {
      return false;
    }
    return this.builtinResult(base, r);
  }

  /** abs(x) of an exact int (a safe int's absolute value is safe) or float. True when done. */
  private absCall(base: number): boolean {
    const x = this.frame.stack[base + 2] as PyValue;
    const vx = this.stackVal(base + 2);
    let r: Value;
    if (typeof x === "number") r = this.emit(Opc.call_pure_i, [this.int(vx, x)], "abs");
    else if (isExactFloat(x)) r = this.emit(Opc.call_pure_f, [this.float(vx, x)], "abs");
    else return false;
    return this.builtinResult(base, r);
  }

  /**
   * int(x) and float(x) of an exact int or float: the value itself, int_to_float, or
   * float_to_int_ovf (which exits for what the call raises on or makes a big int of). True when done.
   */
  private numberCall(base: number, f: PyType): boolean {
    const st = this.frame.stack;
    const x = st[base + 2] as PyValue;
    const vx = this.stackVal(base + 2);
    let r: Value;
    if (typeof x === "number") {
      const i = this.int(vx, x);
      r = f === intType ? i : this.emit(Opc.int_to_float, [i]);
    } else if (isExactFloat(x)) {
      const fl = this.float(vx, x);
      if (f === intType) {
        if (!(Math.abs(x.value) < 2 ** 53)) return false;
        r = this.emit(Opc.float_to_int_ovf, [fl]);
      } else {
        r = fl;
      }
    } else {
      return false;
    }
    return this.builtinResult(base, r);
  }

  /** complex(x, y) with x and y exact floats or ints: new_complex (CPython takes them as they are). */
  private complexCall(base: number): boolean {
    const st = this.frame.stack;
    const x = st[base + 2] as PyValue, y = st[base + 3] as PyValue;
    const vx = this.stackVal(base + 2), vy = this.stackVal(base + 3);
    if (!Recorder.complexOperand(vx, x, false) || !Recorder.complexOperand(vy, y, false)) return false;
    const [xr] = this.complexParts(vx, x);
    const [yr] = this.complexParts(vy, y);
    return this.builtinResult(base, this.emit(Opc.new_complex, [xr, yr]));
  }

  /**
   * The end of a builtin call recorded as `r` (lenCall, numberCall, complexCall): the callable
   * slot guarded when it is not a constant, the call run, its result pushed as `r`.
   */
  private builtinResult(base: number, r: Value): true {
    const st = this.frame.stack;
    const f = st[base + 1] as PyValue;
    const vf = this.stackVal(base + 1);
    if (!(vf instanceof Const)) this.emit(Opc.guard_value, [vf], f);
    const res = HELPERS.call(f, null, ...(st.slice(base + 2, this.sp) as PyValue[]));
    this.sp = base;
    this.push(r, res);
    return true;
  }

  /**
   * Inlines the CALL whose callable slot is at `base` (with keyword arguments: the last values,
   * named by `kwnames`) if its callee can be; true when it did.
   */
  private inlineCall(base: number, fVal: Const, kwnames: readonly string[] | null): boolean {
    if (!this.canInline()) return false;
    const st = this.frame.stack;
    // CALL's slots: [method, self, args...] after LOAD_METHOD, or [NULL, callable, args...].
    const first = fVal.value === null ? base + 2 : base + 1;
    let f = (fVal.value === null ? st[base + 1] : st[base]) as PyValue;
    // A plain class whose __init__ is a Python function (the interpreter's CALL cache says so):
    // make the instance, then inline __init__ with it as self.
    let cls: PyType | null = null;
    if (fVal.value === null && f instanceof PyType && f.cls === typeType) {
      const c = codeCache(this.code).ic[this.pc] as AttrCache | undefined;
      if (!(c instanceof AttrCache) || c.type !== f || c.version !== f.version || !(c.value instanceof PyFunction)) return false;
      cls = f;
      f = c.value;
    }
    const npos = this.sp - first - (kwnames?.length ?? 0) + (cls !== null ? 1 : 0);
    if (!(f instanceof PyFunction)) return false;
    const sources = this.inlinable(f, npos, kwnames);
    if (sources === null) return false;
    let cells: Value[] | null = null;
    const fv = fVal.value === null ? this.stackVal(base + 1) : fVal;
    if (cls !== null && !(fv instanceof Const)) {
      this.emit(Opc.guard_value, [fv], cls);
    } else if (!(fv instanceof Const)) {
      // A function computed in the loop (a lambda or nested def made each time round, a
      // callback passed in): any function with this code, globals and builtins is the same
      // callee here (it is called with exactly its parameters, so its defaults do not matter),
      // so the guard is on those, not on the function object; a closure's cells are read from
      // the function called (the code fixes how many).
      const fr = this.ref(fv);
      this.emit(Opc.guard_class, [fr], functionType);
      this.emit(Opc.guard_value, [this.emit(Opc.getfield_r, [fr], "code")], f.code);
      this.emit(Opc.guard_value, [this.emit(Opc.getfield_r, [fr], "globals")], f.globals);
      this.emit(Opc.guard_value, [this.emit(Opc.getfield_r, [fr], "builtins")], f.builtins);
      if (f.closure !== null) {
        const clo = this.emit(Opc.getfield_r, [fr], "closure");
        cells = f.closure.map((_, i) => this.emit(Opc.getarrayitem, [clo, new Const(Kind.Int, i)]));
      }
    }
    // The call's values: self for a class call, the positional arguments, the keyword ones.
    const vals: Value[] = [];
    const vs: PyValue[] = [];
    let initSelf: PyValue | null = null;
    if (cls !== null) {
      this.emit(Opc.guard_version, [], { type: cls, version: cls.version });
      vals.push(this.emit(Opc.new_instance, [], cls));
      initSelf = HELPERS.newInstance(cls);
      vs.push(initSelf);
    }
    for (let i = first; i < this.sp; i++) {
      vals.push(this.stackVal(i));
      vs.push(st[i] as PyValue);
    }
    // The parameters, in slot order: from the call, or from the defaults (constants, with a guard
    // that the function still has that array: assigning __defaults__ makes a new one) or the
    // keyword-only defaults (with a guard that the function has that dict, at that version).
    const argVals: Value[] = [];
    const argv: PyValue[] = [];
    const fref = cls !== null || fv instanceof Const ? new Const(Kind.Ref, f) : this.ref(fv);
    let guarded = false, kwGuarded = false;
    for (const src of sources) {
      if (typeof src === "number") {
        argVals.push(vals[src]);
        argv.push(vs[src]);
        continue;
      }
      if (!src.kw && !guarded) {
        this.emit(Opc.guard_value, [this.emit(Opc.getfield_r, [fref], "defaults")], f.defaults!);
        guarded = true;
      } else if (src.kw && !kwGuarded) {
        const kwd = f.kwdefaults!;
        this.emit(Opc.guard_value, [this.emit(Opc.getfield_r, [fref], "kwdefaults")], kwd);
        const version = this.emit(Opc.getfield_i, [new Const(Kind.Ref, kwd)], "version");
        this.guardBool(this.emit(Opc.int_eq, [version, new Const(Kind.Int, kwd.version)]), true, this.startSnap!);
        kwGuarded = true;
      }
      argVals.push(this.constOf(src.value));
      argv.push(src.value);
    }
    // (The caller's CALL is done with its keyword names.)
    this.kwnames = this.frame.kwnames = null;
    this.enterInlined(f, argVals, argv, base, cls !== null ? argVals[0] : null, initSelf, null, cells);
    return true;
  }

  private canInline(): boolean {
    return this.inlining && params.inlining !== 0 && this.callers.length < MAX_INLINE_DEPTH;
  }

  /**
   * Whether a call of `f` with `nargs` positional arguments (and keyword ones named by `kwnames`)
   * can be recorded into the trace: where its parameters get their values (argSources), or null.
   */
  private inlinable(f: PyFunction, nargs: number, kwnames: readonly string[] | null = null): ArgSource[] | null {
    if (f.cls !== functionType) return null;
    const code = f.code;
    // Free variables are read through the closure's cells; cells of its own (MAKE_CELL) are not made.
    if ((code.flags & NOT_INLINED) !== 0 || code.cellvars.length !== 0 ||
        (f.closure?.length ?? 0) !== code.freevars.length || noInline.has(code)) return null;
    // Globals are read through the loop frame's dicts.
    if (f.globals !== this.loopFrame.globals || f.builtins !== this.loopFrame.builtins) return null;
    if (code === this.loopFrame.code || this.callers.some((c) => c.code === code)) return null;
    // Its `for` loops are unrolled (backJump); a `while` loop keeps the function out.
    const w = code.code;
    for (let i = 0; i < w.length; i++) {
      const t = backJumpTarget(w[i], i);
      if (t >= 0 && (w[t] & 0xff) !== Bc.FOR_ITER) return null;
    }
    // Missing arguments come from the defaults (inlineCall guards them).
    return argSources(f, nargs, kwnames);
  }

  /**
   * Goes on recording in a new frame of `f` called with `argv` (IR values `argVals`) by the
   * instruction at this.pc, whose value lands at stack slot `base` of the caller.
   */
  private enterInlined(f: PyFunction, argVals: Value[], argv: PyValue[], base: number, initSelfVal: Value | null,
                       initSelf: PyValue | null, binop: BinopCall | null, cells: Value[] | null = null): void {
    const code = f.code;
    // (argv has a value for every parameter, in slot order: the keyword-only ones by name.)
    const kwonly = code.kwonlyargcount === 0 ? null : code.localsplusnames.slice(code.argcount, code.argcount + code.kwonlyargcount);
    const callee = makeFrame(f, argv, kwonly);
    callee.initSelf = initSelf;
    // Should the recording stop inside the method, the interpreter goes on in this frame.
    if (binop !== null) callee.cont = HELPERS.binopRest(argv[0], argv[1], binop.op);
    // The caller during the call, as the interpreter leaves it.
    const caller = this.frame;
    caller.pc = this.pc + 1;
    caller.sp = base;
    caller.lasti = this.pc;
    this.callers.push({
      frame: caller, code: this.code, words: this.words, fastVals: this.fastVals, stackVals: this.stackVals,
      headerSp: this.headerSp, loopHeaders: this.loopHeaders, callPc: this.pc, base,
      initSelf: initSelfVal, binop,
    });
    this.frame = callee;
    this.code = code;
    this.words = code.code;
    this.fastVals = new Array(callee.fast.length);
    for (let i = 0; i < argVals.length; i++) this.fastVals[i] = argVals[i];
    // A closure's cells go in its last slots, as makeFrame puts them (constants for a known function).
    if (f.closure !== null) {
      const at = callee.fast.length - f.closure.length;
      for (let i = 0; i < f.closure.length; i++) {
        this.fastVals[at + i] = cells !== null ? cells[i] : new Const(Kind.Ref, f.closure[i]);
      }
    }
    this.stackVals = new Array(callee.stack.length);
    this.headerSp = 0;
    this.loopHeaders = new Set();
    this.sp = 0;
    this.pc = 0;
    // The callee runs as a real frame while recording: what the recording calls out to sees it.
    linkFrame(caller, callee);
  }

  /**
   * BINARY_OP `op` (not in place; COMPARE_OP `cmp` as CMP_OP + cmp) on an instance of a Python
   * class whose method for it is a plain Python function: inlines that method, with guards on
   * both operands' types. CPython would call b's reflected method first when b's type is a proper subclass of a's: not inlined then.
   * A NotImplemented the method returns aborts the recording; one returned after a guard failed
   * goes on with the rest of the protocol (the rebuilt frame's continuation, H.binopRest).
   */
  private inlineBinaryDunder(op: number): boolean {
    if (!this.canInline()) return false;
    const a = this.topV(2), b = this.topV();
    if (!(a instanceof PyObject) || (a.cls.flags & TypeFlag.HEAPTYPE) === 0) return false;
    const va = this.top(2), vb = this.top();
    if (va instanceof Const) return false;
    const ta = a.cls, tb = typeOf(b);
    const f = ta.lookup(op >= CMP_OP ? CMP_NAMES[op - CMP_OP] : DUNDER[op]);
    if (!(f instanceof PyFunction) || (ta !== tb && tb.isSubtypeOf(ta)) || f.code.argcount !== 2 || f.code.kwonlyargcount !== 0 || this.inlinable(f, 2) === null) return false;
    let bArg: Value;
    if (typeof b === "number") bArg = this.int(vb, b);
    else if (isExactFloat(b)) bArg = this.float(vb, b);
    else if (b instanceof PyObject && (tb.flags & TypeFlag.HEAPTYPE) !== 0 && !(vb instanceof Const)) {
      bArg = this.ref(vb);
      if (tb !== ta) this.guardType(bArg, tb);
    } else return false;
    const aArg = this.ref(va);
    this.guardType(aArg, ta);
    if (tb === ta && bArg !== aArg) this.emit(Opc.guard_class, [bArg], tb);
    const base = this.sp - 2;
    this.enterInlined(f, [aArg, bArg], [a, b], base, null, null, { a: aArg, b: bArg, op });
    return true;
  }

  /** RETURN_VALUE of an inlined callee: back to the caller's level, with the value pushed. */
  private inlinedReturn(): void {
    let val = this.top(), v = this.topV();
    const c = this.callers[this.callers.length - 1];
    if (c.binop !== null && v === NotImplemented) throw new TraceAbort("operator method returned NotImplemented");
    if (c.initSelf !== null) {
      // __init__ returned: the call's value is the instance (a non-None return is the
      // interpreter's TypeError: leave it to the interpreter).
      if (v !== None) throw new TraceAbort("__init__ returned a value");
      if (!(val instanceof Const)) this.emit(Opc.guard_value, [this.ref(val)], None);
      val = c.initSelf;
      v = this.frame.initSelf as PyValue;
    }
    // (Checked before the frames change: an abort leaves the interpreter in the callee.)
    if (c.base < c.headerSp && (this.outer === null || this.callers.length > 1)) {
      throw new TraceAbort("stack below the loop header's depth");
    }
    this.callers.pop();
    this.frame.state = FrameState.Finished;
    unlinkFrames(c.frame, 1);
    this.frame = c.frame;
    this.code = c.code;
    this.words = c.words;
    this.fastVals = c.fastVals;
    this.stackVals = c.stackVals;
    this.headerSp = c.headerSp;
    this.loopHeaders = c.loopHeaders;
    this.sp = c.base;
    this.pc = c.callPc + 1;
    this.push(val, v);
  }

  // ---- closing the loop ------------------------------------------------------------------------

  private finish(): Recording {
    if (this.sp !== this.headerSp) throw new TraceAbort("stack depth changed around the loop");
    const labelArgs: Value[] = [];
    const jumpArgs: Value[] = [];
    const carriedSlots: number[] = [];
    const tail: Op[] = [];
    const jumpSnap = this.snapAt(this.header, this.sp);
    jumpSnap.bridgeable = false;
    // After an inner loop, any slot read at entry may have changed (in the frame): carry those too.
    const carried = new Set(this.written);
    if (this.synced) for (const k of this.entryFast.keys()) if (k >= 0) carried.add(k);
    const slots = [...carried].sort((a, b) => a - b);
    for (const k of slots) {
      let cur = this.fastVals[k];
      let entry = this.entryFast.get(k);
      if (cur === undefined) {
        // Not touched since the inner loop: its value is in the frame.
        const v = this.frame.fast[k];
        if (v === undefined) throw new TraceAbort("unbound local after an inner loop");
        const saved = this.body.length;
        cur = this.unboxBody(this.emit(Opc.reload_local, [], k), v);
        for (const o of this.body.splice(saved)) {
          if (o.snapshot !== null) o.snapshot = jumpSnap;
          tail.push(o);
        }
      }
      if (entry === undefined && cur.kind !== Kind.Float) {
        // Written before read: the frame's value at entry (whatever it is: the loop never reads
        // it), boxed; the iteration's new value is boxed for the jump (free for an int), so that
        // every snapshot names a real value (a bridge may start in the first iteration).
        entry = new Op(Opc.getlocal, [], k, Kind.Ref);
        this.pre.push(entry);
        const saved = this.body.length;
        cur = this.ref(cur);
        tail.push(...this.body.splice(saved));
      } else if (entry === undefined) {
        // A float written before read: a placeholder (boxing it for the jump would allocate).
        entry = new Op(Opc.undef_f, [], null, Kind.Float);
        this.pre.push(entry);
      } else if (cur.kind !== entry.kind) {
        if (entry.kind !== Kind.Ref) {
          // An int or float at entry must be one again at the end of the iteration.
          if (cur.kind !== Kind.Ref) throw new TraceAbort("type-unstable loop variable");
          const o = new Op(entry.kind === Kind.Int ? Opc.unbox_int : Opc.unbox_float, [cur], null, entry.kind);
          o.snapshot = jumpSnap;
          tail.push(o);
          cur = o;
        } else {
          const saved = this.body.length;
          cur = this.ref(cur);
          tail.push(...this.body.splice(saved));
        }
      }
      labelArgs.push(entry);
      jumpArgs.push(cur);
      carriedSlots.push(k);
    }
    // Every snapshot names the loop-carried slots it does not mention: their value then is the
    // label operand (this iteration's value before it was written).
    const all = [...this.pre, ...this.body, ...tail];
    for (const o of all) {
      const s = o.snapshot;
      if (s === null || s === this.entrySnap || s.synced || s.afterSync) continue;
      for (let j = 0; j < carriedSlots.length; j++) if (!s.fast.has(carriedSlots[j])) s.fast.set(carriedSlots[j], labelArgs[j]);
    }
    const label = new Op(Opc.label, labelArgs, null, Kind.Void);
    const jump = new Op(Opc.jump, jumpArgs, null, Kind.Void);
    label.pc = jump.pc = this.header;
    this.trace.ops = [...this.pre, label, ...this.body, ...tail, jump];
    this.trace.renumber();
    return { trace: this.trace, code: this.code, header: this.header, carriedSlots, entryFast: this.entryFast };
  }
}

