// Snapshots: what a guard (or a residual call that raises) must rebuild for the interpreter to
// carry on (LuaJIT's lj_snap.c in spirit). A snapshot names the instruction to resume at and
// the values of every frame slot that differs from what the frame held when the trace was
// entered: the fast locals written so far (or carried around the loop), and the value-stack
// slots above the loop header's stack depth (and those below it that a bridge around the outer
// loop replaced). Slots a trace never writes are left in the frame,
// so entering and leaving a trace touches only what it changed.

import { isPlaceholder, Value } from "./ir";

/**
 * A frame of an inlined call that a snapshot rebuilds (the frame does not exist while the trace
 * runs): its function, where it resumes, and the value of every fast local (undefined: unbound)
 * and stack slot.
 */
export interface InlinedFrame {
  func: object;
  pc: number;
  sp: number;
  /** f_lasti: pc, or for a caller of a deeper inlined frame, its CALL instruction. */
  lasti: number;
  fast: (Value | undefined)[];
  stack: Value[];
  /** For the __init__ of a class call: the new instance (what the call returns). */
  initSelf: Value | null;
  /**
   * For an operator's method (`a.__add__(b)` of a BINARY_OP or COMPARE_OP): the operands and the
   * operator, so that a NotImplemented it returns once rebuilt goes on with the rest of the protocol.
   */
  binop: BinopCall | null;
}

/** The `op` of a BinopCall for COMPARE_OP `cmp` is CMP_OP + cmp (BINARY_OP's are below it). */
export const CMP_OP = 100;

/** An inlined operator method's operands and operator (BINARY_OP's arg, or CMP_OP + cmp). */
export interface BinopCall {
  a: Value;
  b: Value;
  op: number;
}

export class Snapshot {
  /** Set by the backend: the snapshot's number in its trace (exit number). */
  index = -1;
  /**
   * The frame already holds the whole state (after an inner loop ran on it): exiting writes
   * nothing back, and the frame's own pc and sp stand.
   */
  synced = false;
  /** Taken after an inner loop ran in this iteration: loop-carried slots are not added to it. */
  afterSync = false;
  /**
   * Taken inside inlined calls: the frames to rebuild, outermost first (the interpreter resumes
   * in the last). pc and sp above are then the loop frame's state during the call: after its
   * CALL, with the callable and arguments popped; `lasti` is the CALL.
   */
  frames: InlinedFrame[] | null = null;
  lasti = -1;
  /**
   * Its exit may get a bridge (not: the interrupt check at the back edge, which must leave, and
   * the kind checks of the jump, which a bridge from the same state would only repeat).
   */
  bridgeable = true;
  /**
   * The guard at the loop's header that its range, list or tuple iterator has another item (not
   * bridgeable, except by a bridge that goes on around the outer loop: driver.ts bridgeable).
   */
  loopEnd = false;
  constructor(
    /** The instruction the interpreter resumes at (also f_lasti). */
    readonly pc: number,
    /** frame.sp at that instruction. */
    readonly sp: number,
    /**
     * Fast-local slot → its value; also stackKey(i) → the value of stack slot i below the loop
     * header's depth, which a bridge around the outer loop replaced (record.ts).
     */
    readonly fast: Map<number, Value>,
    /** Values of stack slots stackBase .. sp-1. */
    readonly stack: Value[],
    readonly stackBase: number,
  ) {}

  /** Every value the snapshot refers to. */
  values(): Value[] {
    const vs = [...this.fast.values(), ...this.stack];
    if (this.frames !== null) {
      for (const f of this.frames) {
        for (const v of f.fast) if (v !== undefined) vs.push(v);
        vs.push(...f.stack);
        if (f.initSelf !== null) vs.push(f.initSelf);
        if (f.binop !== null) vs.push(f.binop.a, f.binop.b);
      }
    }
    return vs;
  }

  /** Whether it names placeholders: then it describes the state only after the first iteration. */
  hasPlaceholders(): boolean {
    return this.values().some(isPlaceholder);
  }

  /** Replaces values (after an optimizer pass rewrote them). */
  map(f: (v: Value) => Value): void {
    for (const [k, v] of this.fast) this.fast.set(k, f(v));
    for (let i = 0; i < this.stack.length; i++) this.stack[i] = f(this.stack[i]);
    if (this.frames !== null) {
      for (const fr of this.frames) {
        for (let i = 0; i < fr.fast.length; i++) if (fr.fast[i] !== undefined) fr.fast[i] = f(fr.fast[i]!);
        for (let i = 0; i < fr.stack.length; i++) fr.stack[i] = f(fr.stack[i]);
        if (fr.initSelf !== null) fr.initSelf = f(fr.initSelf);
        if (fr.binop !== null) fr.binop = { a: f(fr.binop.a), b: f(fr.binop.b), op: fr.binop.op };
      }
    }
  }
}
