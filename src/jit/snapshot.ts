// Snapshots: what a guard (or a residual call that raises) must rebuild for the interpreter to
// carry on (LuaJIT's lj_snap.c in spirit). A snapshot names the instruction to resume at and
// the values of every frame slot that differs from what the frame held when the trace was
// entered: the fast locals written so far (or carried around the loop), and the value-stack
// slots above the loop header's stack depth. Slots a trace never writes are left in the frame,
// so entering and leaving a trace touches only what it changed.

import { Value } from "./ir";

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
  constructor(
    /** The instruction the interpreter resumes at (also f_lasti). */
    readonly pc: number,
    /** frame.sp at that instruction. */
    readonly sp: number,
    /** Fast-local slot → its value. */
    readonly fast: Map<number, Value>,
    /** Values of stack slots stackBase .. sp-1. */
    readonly stack: Value[],
    readonly stackBase: number,
  ) {}

  /** Every value the snapshot refers to. */
  values(): Value[] {
    return [...this.fast.values(), ...this.stack];
  }

  /** Replaces values (after an optimizer pass rewrote them). */
  map(f: (v: Value) => Value): void {
    for (const [k, v] of this.fast) this.fast.set(k, f(v));
    for (let i = 0; i < this.stack.length; i++) this.stack[i] = f(this.stack[i]);
  }
}
