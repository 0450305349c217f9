// The backend (DESIGN.md section 7): one JS function per loop trace, compiled by V8.
//
//     function (frame, H, K) {
//       const fast = frame.fast, stack = frame.stack, G = frame.globals, B = frame.builtins;
//       let v0, v1, ...;                  one JS variable per IR value: ints, floats, bools unboxed
//       <preamble>                        loads and kind checks; a failure returns -1, frame untouched
//       for (;;) {                        the label
//         <body>                          a failing guard writes its snapshot back and returns its exit number
//         <jump>                          parallel assignment of the label variables
//         first = false;
//       }
//     }
//
// Residual calls may raise: the loop runs inside try/catch, `rp` names the snapshot of the call
// in progress, and the catch writes that snapshot back before rethrowing, so the interpreter
// sees the frame as at the start of the raising instruction (tracebacks and handlers work).
// H is helpers.ts; K holds the object constants.

import { CodeObject } from "../bytecode/code";
import { loopEnd, Op } from "../bytecode/opcodes";
import { complexType, floatType, intType, PyFunction, PyType, strType, tupleType } from "../objects/types";
import { hasFinalizer } from "../objects/finalize";
import { inheritedSlotCount } from "../objects/pytype";
import { CallSite, EXIT_BOOL, EXIT_FLOAT, EXIT_LATER, EXIT_REF, ExitDesc, ExitFrame } from "./helpers";
import { Const, F, isPlaceholder, Kind, Op as IrOp, Opc, OPS, Trace, Value } from "./ir";
import { Snapshot } from "./snapshot";
import type { Bridge } from "./record";
import { AttrCache } from "../vm/icache";
import type { Shape } from "../objects/dictstore";

/**
 * Residual calls of these helpers get an inline cache of their own (a constant): their ic*
 * variants (helpers.ts) take the baseline tier's cached paths.
 */
const IC_HELPERS: ReadonlyMap<string, string> = new Map([
  ["binaryOp", "icBinaryOp"], ["richCompare", "icRichCompare"], ["getAttr", "icGetAttr"], ["setAttr", "icSetAttr"],
  ["getItem", "icGetItem"], ["setItem", "icSetItem"], ["call1", "icCall1"], ["call2", "icCall2"], ["call3", "icCall3"],
  ["call4", "icCall4"], ["call5", "icCall5"],
]);

export type TraceFn = (frame: unknown, H: unknown, K: unknown[]) => number;

export interface CompiledLoop {
  fn: TraceFn;
  consts: unknown[];
  source: string;
  /** The snapshots, by exit number (for statistics and, later, bridges). */
  exits: Snapshot[];
  /** Guard failures per exit. */
  exitCounts: number[];
  /** Per exit: it leaves the loop the normal way (resumes at the header or outside the loop). */
  loopExits: boolean[];
  code: CodeObject;
  header: number;
  /**
   * A bridge around the outer loop wrote the state at the header to the frame and returned
   * REENTER: the loop is entered again, and a preamble guard failing then (-1) means exit
   * `reentryExit` (the frame at the header; -1 when no bridge does that). driver.ts runTrace.
   */
  reentryExit: number;
}

/** What a trace returns when a bridge around the outer loop has it entered again (CompiledLoop.reentryExit). */
export const REENTER = -3;

/**
 * What the trace function returns when a call from the loop's own frame raised by returning ERR
 * (the exception pending, the frame written as at that call): the loop hook hands the exception
 * to the code running the frame without a JS throw (HOOK_RAISED).
 */
export const RAISED = -4;

const IDENT = /^[A-Za-z_$][\w$]*$/;
const MAX_SAFE = "9007199254740991";

class Emitter {
  private readonly out: string[] = [];
  private readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly exits: Snapshot[] = [];
  /** Exits of residual calls (written back when the call raises). */
  private readonly callExits: Snapshot[] = [];
  private indent = "  ";
  /**
   * new_complex ops that only snapshots use: no allocation in the loop; an exit that needs one
   * makes it (once per exit, so that slots holding the same value hold the same object).
   */
  private readonly sunk = new Set<IrOp>();
  /**
   * Loop-carried complex numbers kept as two floats (`v<id>r`, `v<id>i`): label operands that the
   * loop only takes apart (complex_real, complex_imag, its guard_class), which the jump and every
   * bridge's jump give a new_complex. The new_complex is then only made at exits (sunk), the label
   * operand only at an exit that names it (the entry's own object in the first iteration).
   */
  private readonly split = new Set<IrOp>();

  /** The bridges, numbered in the order their code is emitted (the `br` dispatch). */
  private readonly bridgeNo = new Map<Snapshot, number>();
  private readonly bridgeList: Bridge[] = [];
  /** The label a guard with a bridge breaks out of to reach the bridge dispatch. */
  private breakTo = "body";
  /** The exit number of a preamble guard that fails when a bridge enters the loop again (-1: no such bridge). */
  reentryExit = -1;
  /** The bridge whose code is being emitted. */
  private inBridge: Bridge | null = null;

  /**
   * Instance dicts checked against a shared key layout (getdictattr) in the straight-line code
   * being emitted, by the IR value of their object: `s<id>` holds the store, `h<id>` whether its
   * keys were that layout. Cleared where that code is entered from elsewhere (the label, a
   * bridge) and after what may change a dict's keys.
   */
  private readonly dictsChecked = new Map<IrOp, Shape>();
  /** JS variables beyond the IR values' (declared with them). */
  private readonly extraVars = new Set<string>();

  /**
   * Allocation removal (findVirtuals): instances of __slots__ classes made in the loop body that
   * never escape, by their new_instance, with their class. No object is made in the loop: the
   * emitter keeps the values of their slots (vstate) as it goes along the body, and an exit that
   * names one makes it there, with the slot values of that point.
   */
  private readonly virtuals = new Map<IrOp, PyType>();
  /** The getfield_r ops of virtuals' `slots` and `dict` (nothing is loaded). */
  private readonly virtualFields = new Map<IrOp, IrOp>();
  /** The slot values of each virtual at the point of the body being emitted (undefined: not set). */
  private vstate = new Map<IrOp, (Value | undefined)[]>();
  /** The virtuals' slot values where each bridge (by number) is entered. */
  private readonly bridgeEntry = new Map<number, Map<IrOp, (Value | undefined)[]>>();
  /** box_float ops that only snapshots and virtuals' slots use: boxed where an exit needs them. */
  private readonly sunkFloats = new Set<IrOp>();
  /** Virtuals already made by the exit being emitted (an object named twice is one object). */
  private made = new Set<IrOp>();
  private readonly making = new Set<IrOp>();
  /** The write-back of each residual call's snapshot, made where the call is (virtuals' state). */
  private readonly callExitCode = new Map<Snapshot, string>();

  /** The loop's operations, then its bridges'. */
  private readonly all: IrOp[];

  constructor(private readonly trace: Trace, private readonly bridges: ReadonlyMap<Snapshot, Bridge>) {
    const used = new Set<IrOp>();
    const all = this.all = [...trace.ops];
    for (const b of bridges.values()) {
      all.push(...b.ops);
      for (const a of b.jumpArgs) if (a instanceof IrOp) used.add(a);
    }
    const li = trace.labelIndex();
    const jump = trace.ops[trace.ops.length - 1];
    const split = li >= 0 && jump.opc === Opc.jump ? splitComplex(trace, li, bridges) : new Set<number>();
    const label = li >= 0 ? trace.ops[li] : null;
    for (const o of all) {
      o.args.forEach((a, j) => {
        if (!(a instanceof IrOp)) return;
        // A split operand's jump value is taken apart by the jump, not used whole.
        if (o === jump && split.has(j)) return;
        used.add(a);
      });
    }
    for (const b of bridges.values()) b.jumpArgs.forEach((a, j) => { if (a instanceof IrOp && split.has(j)) used.delete(a); });
    for (const b of bridges.values()) for (const o of b.ops) for (const a of o.args) if (a instanceof IrOp) used.add(a);
    for (const o of all) if (o.opc === Opc.new_complex && !used.has(o)) this.sunk.add(o);
    if (label !== null && jump.opc === Opc.jump) this.findVirtuals(li);
    if (label !== null) for (const j of split) this.split.add(label.args[j] as IrOp);
  }

  /**
   * Finds the virtuals: new_instance ops of the body, of a class with __slots__ and no __del__,
   * whose object the body uses only through its `slots` array (constant-index stores: a store of
   * another candidate into one keeps that one virtual as long as the container is) and its `dict`
   * (null: guard_isnull), class guards and shadowing checks that hold for a new instance,
   * snapshots, and the jump to the next iteration (which makes it); in the body or a bridge, but
   * not in the frames a call out of inlined code gets. Then the box_float ops that only
   * snapshots and virtuals' slots use.
   */
  private findVirtuals(li: number): void {
    const ops = this.trace.ops;
    // The body and the bridges (the preamble cannot name their values).
    const body = ops.slice(li + 1, ops.length - 1);
    for (const b of this.bridges.values()) body.push(...b.ops);
    this.findVirtualTuples(body);
    const cand = new Map<IrOp, PyType>();
    for (const o of body) {
      if (o.opc !== Opc.new_instance) continue;
      const cls = o.aux as PyType;
      if (inheritedSlotCount(cls) > 0 && !hasFinalizer(cls)) cand.set(o, cls);
    }
    if (cand.size === 0) {
      this.findSunkFloats();
      return;
    }
    const fieldOf = new Map<IrOp, IrOp>();
    for (const o of body) {
      const x = o.args[0];
      if (o.opc === Opc.getfield_r && x instanceof IrOp && cand.has(x) && (o.aux === "slots" || o.aux === "dict")) fieldOf.set(o, x);
    }
    const escaped = new Set<IrOp>();
    const owner = (v: Value): IrOp | undefined => v instanceof IrOp ? (cand.has(v) ? v : fieldOf.get(v)) : undefined;
    const escape = (v: Value): void => {
      const c = owner(v);
      if (c !== undefined) escaped.add(c);
    };
    const inside: [IrOp, IrOp][] = [];
    const isSlots = (v: Value): v is IrOp => v instanceof IrOp && fieldOf.has(v) && v.aux === "slots";
    const isDict = (v: Value): v is IrOp => v instanceof IrOp && fieldOf.has(v) && v.aux === "dict";
    for (const o of body) {
      const [x, y, z] = o.args;
      const s = o.snapshot;
      // The frames made for a call out of inlined code hold real objects.
      if (makesFrames(o)) s!.values().forEach(escape);
      if (s !== null) for (const v of s.values()) if (v instanceof IrOp && fieldOf.has(v)) escape(v);
      switch (o.opc) {
        case Opc.new_instance:
          continue;
        case Opc.getfield_r:
          if (fieldOf.has(o)) continue;
          break;
        case Opc.guard_nonnull:
          if (isSlots(x)) continue;
          break;
        case Opc.guard_isnull:
          if (isDict(x)) continue;
          break;
        case Opc.guard_class:
          if (x instanceof IrOp && cand.get(x) === o.aux) continue;
          break;
        case Opc.guard_nodictattr:
          if (x instanceof IrOp && cand.has(x)) continue;
          break;
        case Opc.setarrayitem:
          if (isSlots(x)) {
            if (!(y instanceof Const)) escape(x);
            const w = owner(z);
            if (w !== undefined && cand.has(z as IrOp) && w !== fieldOf.get(x)) inside.push([fieldOf.get(x)!, w]);
            else escape(z);
            continue;
          }
          break;
      }
      o.args.forEach(escape);
    }
    // (A virtual that the jump carries to the next iteration is made there: jumpTo.)
    // Objects that may refer to each other in a cycle are real (an exit could not make them).
    const contents = new Map<IrOp, IrOp[]>();
    for (const [outer, v] of inside) contents.set(outer, [...(contents.get(outer) ?? []), v]);
    const reaches = (from: IrOp, to: IrOp, seen: Set<IrOp>): boolean => {
      for (const n of contents.get(from) ?? []) {
        if (n === to) return true;
        if (!seen.has(n)) {
          seen.add(n);
          if (reaches(n, to, seen)) return true;
        }
      }
      return false;
    };
    for (const v of contents.keys()) if (reaches(v, v, new Set())) escaped.add(v);
    // What an object that escapes holds escapes with it.
    for (let changed = true; changed;) {
      changed = false;
      for (const [outer, v] of inside) {
        if (escaped.has(outer) && !escaped.has(v)) {
          escaped.add(v);
          changed = true;
        }
      }
    }
    for (const [v, cls] of cand) if (!escaped.has(v)) this.virtuals.set(v, cls);
    for (const [f, v] of fieldOf) if (this.virtuals.has(v)) this.virtualFields.set(f, v);
    this.findSunkFloats();
  }

  /**
   * Tuples made in the body or a bridge that no operation uses (heap caching gave their items):
   * made only at the exits that name them and at the jump, as virtual instances are.
   */
  private findVirtualTuples(body: readonly IrOp[]): void {
    const cand = new Set<IrOp>();
    for (const o of body) if (o.opc === Opc.new_tuple) cand.add(o);
    if (cand.size === 0) return;
    const escape = (v: Value): void => {
      if (v instanceof IrOp) cand.delete(v);
    };
    const ops = this.trace.ops;
    for (const o of this.all) {
      if (o !== ops[ops.length - 1]) o.args.forEach(escape);
      if (makesFrames(o)) o.snapshot!.values().forEach(escape);
    }
    for (const t of cand) this.virtuals.set(t, tupleType);
  }

  /** The box_float ops that only snapshots, virtual tuples and virtuals' slots use. */
  private findSunkFloats(): void {
    if (this.virtuals.size === 0) return;
    const ops = this.trace.ops;
    // Floats boxed only for snapshots and virtuals' slots.
    const boxes = new Set<IrOp>();
    for (const o of this.all) if (o.opc === Opc.box_float) boxes.add(o);
    const notSunk = (v: Value): void => {
      if (v instanceof IrOp) boxes.delete(v);
    };
    for (const o of this.all) {
      if (o.opc === Opc.setarrayitem && o.args[0] instanceof IrOp && this.virtualFields.has(o.args[0])) {
        notSunk(o.args[0]);
        notSunk(o.args[1]);
        continue;
      }
      if (o.opc === Opc.new_tuple && this.virtuals.has(o)) continue;
      o.args.forEach(notSunk);
    }
    ops[ops.length - 1].args.forEach(notSunk);
    for (const b of this.bridges.values()) b.jumpArgs.forEach(notSunk);
    for (const o of this.all) if (makesFrames(o)) o.snapshot!.values().forEach(notSunk);
    for (const b of boxes) this.sunkFloats.add(b);
  }

  /**
   * JS for the boxed value of `v` at an exit: a virtual is made there (once per exit: `made`),
   * with the slot values the emitter has reached; a sunk box_float is boxed there.
   */
  private exitValue(v: Value): string {
    if (v instanceof IrOp && this.sunkFloats.has(v)) return `new H.PyFloat(${this.val(v.args[0])})`;
    const cls = v instanceof IrOp ? this.virtuals.get(v) : undefined;
    if (cls === undefined) return this.boxed(v);
    const o = v as IrOp;
    const m = `m${o.id}`;
    if (this.making.has(o)) throw new Error("jit: virtuals in a cycle");
    if (this.made.has(o)) return m;
    this.made.add(o);
    this.extraVars.add(m);
    const slots = o.opc === Opc.new_tuple ? o.args : this.vstate.get(o);
    if (slots === undefined) throw new Error("jit: a virtual named before it is made");
    this.making.add(o);
    const items = slots.map((x) => x === undefined ? "undefined" : this.exitValue(x)).join(", ");
    this.making.delete(o);
    return o.opc === Opc.new_tuple ? `(${m} = new H.PyTuple([${items}]))` : `(${m} = H.virtualInstance(${this.k(cls)}, [${items}]))`;
  }


  line(s: string): void {
    this.out.push(this.indent + s);
  }

  k(obj: unknown): string {
    let i = this.constIndex.get(obj);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(obj);
      this.constIndex.set(obj, i);
    }
    return `K[${i}]`;
  }

  val(v: Value): string {
    if (v instanceof IrOp) return `v${v.id}`;
    switch (v.kind) {
      case Kind.Int:
      case Kind.Float: {
        const n = v.value as number;
        if (Object.is(n, -0)) return "-0";
        if (Number.isNaN(n)) return "NaN";
        if (n === Infinity) return "Infinity";
        if (n === -Infinity) return "-Infinity";
        return n < 0 ? `(${n})` : String(n);
      }
      case Kind.Bool: return v.value ? "true" : "false";
      default: return v.value === null ? "null" : this.k(v.value);
    }
  }

  /** JS for a value boxed as a Python object. */
  boxed(v: Value): string {
    if (v instanceof IrOp && (this.sunk.has(v) || this.split.has(v))) return `c${v.id}`;
    if (v instanceof IrOp && (this.virtuals.has(v) || this.sunkFloats.has(v))) return this.exitValue(v);
    const s = this.val(v);
    switch (v.kind) {
      case Kind.Float: return `new H.PyFloat(${s})`;
      case Kind.Bool: return `(${s} ? H.True : H.False)`;
      default: return s;
    }
  }

  exitNo(s: Snapshot): number {
    if (s.index < 0) {
      s.index = this.exits.length;
      this.exits.push(s);
    }
    return s.index;
  }

  /**
   * Statements that write the snapshot back to the frame, and its inlined frames (if any) as
   * inlinedFrames makes them; "skip" when they are made and linked already (a call out of
   * inlined code raised).
   */
  writeback(s: Snapshot, frames: "new" | "relink" | "skip" = "new"): string {
    this.made = new Set();
    const parts = this.unsunk(s);
    for (const [slot, v] of s.fast) {
      const store = `${slot >= 0 ? `fast[${slot}]` : `stack[${-1 - slot}]`} = ${this.boxed(v)};`;
      // A loop-carried value that starts as a placeholder is real only after the first iteration.
      const undef = isPlaceholder(v);
      parts.push(undef ? `if (!first) ${store}` : store);
    }
    for (let i = 0; i < s.stack.length; i++) parts.push(`stack[${s.stackBase + i}] = ${this.boxed(s.stack[i])};`);
    parts.push(`frame.sp = ${s.sp}; frame.pc = ${s.pc}; frame.lasti = ${s.lasti >= 0 ? s.lasti : s.pc};`);
    if (s.frames !== null && frames !== "skip") parts.push(this.inlinedFrames(s, frames));
    return parts.join(" ");
  }

  /**
   * An exit as one call of H.leave with the snapshot's values (an ExitDesc says where each goes
   * and how it is boxed, and which inlined frames to make), or null for a snapshot with sunk or
   * split complex numbers (written back statement by statement). Inline statements would make the function
   * grow with exits times live values: raytrace's `for light in self.lights` trace was 183 KB of
   * JS, too large for V8 to optimize, and every entry paid for its frame.
   */
  compactExit(s: Snapshot): string | null {
    const slots: number[] = [];
    const how: number[] = [];
    const vals: string[] = [];
    let ok = true;
    this.made = new Set();
    const add = (slot: number, v: Value): number => {
      if (v instanceof IrOp && (this.sunk.has(v) || this.split.has(v))) ok = false;
      // A sunk box: its float; a virtual: made here.
      if (v instanceof IrOp && this.sunkFloats.has(v)) v = v.args[0];
      slots.push(slot);
      how.push((v.kind === Kind.Float ? EXIT_FLOAT : v.kind === Kind.Bool ? EXIT_BOOL : EXIT_REF) |
        (isPlaceholder(v) ? EXIT_LATER : 0));
      vals.push(v instanceof IrOp && this.virtuals.has(v) ? this.exitValue(v) : this.val(v));
      return vals.length - 1;
    };
    for (const [slot, v] of s.fast) add(slot, v);
    for (let i = 0; i < s.stack.length; i++) add(-1 - (s.stackBase + i), s.stack[i]);
    const end = vals.length;
    const frames: ExitFrame[] = [];
    for (const f of s.frames ?? []) {
      const start = vals.length;
      f.fast.forEach((v, k) => { if (v !== undefined) add(k, v); });
      f.stack.forEach((v, i) => add(-1 - i, v));
      const fend = vals.length;
      const initSelf = f.initSelf !== null ? add(0, f.initSelf) : -1;
      const a = f.binop !== null ? add(0, f.binop.a) : -1;
      const b = f.binop !== null ? add(0, f.binop.b) : -1;
      frames.push(new ExitFrame(f.func as PyFunction, start, fend, f.sp, f.pc, f.lasti, initSelf, a, b, f.binop?.op ?? 0));
    }
    if (!ok) return null;
    const d = new ExitDesc(slots, how, end, s.sp, s.pc, s.lasti >= 0 ? s.lasti : s.pc, frames, this.exitNo(s));
    return `H.leave(frame, ${this.k(d)}, first, it, [${vals.join(", ")}])`;
  }

  /** Declarations of the boxed values of the snapshot's sunk and split complex numbers (c<id>). */
  unsunk(s: Snapshot): string[] {
    const parts: string[] = [];
    for (const v of new Set(s.values())) {
      if (!(v instanceof IrOp)) continue;
      if (this.sunk.has(v)) parts.push(`const c${v.id} = new H.PyComplex(${this.val(v.args[0])}, ${this.val(v.args[1])});`);
      else if (this.split.has(v)) parts.push(`const c${v.id} = first ? v${v.id} : new H.PyComplex(v${v.id}r, v${v.id}i);`);
    }
    return parts;
  }

  /**
   * Statements that give the snapshot's inlined frames their values: "new" frames, linked above
   * the loop's frame (the interpreter resumes in the innermost one; the hook reloads the top
   * frame); "relink": the frames in vfr, linked again; "fill": those in vfr, linked already.
   * Frame d is f<d>_.
   */
  inlinedFrames(s: Snapshot, mode: "new" | "relink" | "fill"): string {
    const parts: string[] = [];
    let caller = "frame";
    s.frames!.forEach((f, d) => {
      const fr = `f${d}_`;
      parts.push(mode === "relink" ? `const ${fr} = vfr[${d}]; H.linkFrame(${caller}, ${fr});`
        : mode === "fill" ? `const ${fr} = vfr[${d}];` : `const ${fr} = H.inlinedFrame(${this.k(f.func)}, ${caller});`);
      f.fast.forEach((v, k) => {
        if (v !== undefined) parts.push(`${fr}.fast[${k}] = ${this.boxed(v)};`);
      });
      f.stack.forEach((v, i) => parts.push(`${fr}.stack[${i}] = ${this.boxed(v)};`));
      parts.push(`${fr}.sp = ${f.sp}; ${fr}.pc = ${f.pc}; ${fr}.lasti = ${f.lasti};`);
      if (f.initSelf !== null) parts.push(`${fr}.initSelf = ${this.boxed(f.initSelf)};`);
      if (f.binop !== null) parts.push(`${fr}.cont = H.binopRest(${this.boxed(f.binop.a)}, ${this.boxed(f.binop.b)}, ${f.binop.op});`);
      caller = fr;
    });
    return parts.join(" ");
  }

  exit(o: IrOp, inPreamble: boolean): string {
    if (inPreamble) return "return -1;";
    const s = o.snapshot!;
    // (H.iters: the iterations the entry ran, for the driver's measure of short loops.)
    if (s.synced) return `return (H.iters = it, ${this.exitNo(s) * 2} + (first ? 1 : 0));`;
    // The exit number, doubled, plus one when the exit came in the loop's first iteration.
    const compact = this.compactExit(s);
    const leave = compact !== null ? `return ${compact};`
      : `{ ${this.writeback(s)} H.iters = it; return ${this.exitNo(s) * 2} + (first ? 1 : 0); }`;
    const b = this.bridges.get(s);
    // (A bridge's own loads exit through its start snapshot: the plain exit.)
    if (b === undefined || b === this.inBridge) return leave;
    // A bridge: go on in its code (after the loop body, see emit).
    let n = this.bridgeNo.get(s);
    if (n === undefined) {
      n = this.bridgeList.length;
      this.bridgeNo.set(s, n);
      this.bridgeList.push(b);
    }
    // The bridge starts with the virtuals as they are here.
    const state = new Map([...this.vstate].map(([v, slots]) => [v, [...slots]]));
    const before = this.bridgeEntry.get(n);
    if (before === undefined) this.bridgeEntry.set(n, state);
    else if (!sameState(before, state)) throw new Error("jit: a bridge entered with two states of virtuals");
    const go = `{ br = ${n}; break ${this.breakTo}; }`;
    return b.notFirst ? `{ if (first) ${leave} ${go} }` : go;
  }

  /** The jump back to the label: the new values of the label variables, assigned in parallel. */
  private jumpTo(label: IrOp, args: readonly Value[]): void {
    this.made = new Set();
    const temps: string[] = [];
    const sets: string[] = [];
    args.forEach((v, j) => {
      const l = label.args[j];
      if (l instanceof IrOp && this.split.has(l)) {
        // A new_complex (splitComplex checked): its two parts.
        const parts = (v as IrOp).args;
        temps.push(`t${j}r = ${this.val(parts[0])}`, `t${j}i = ${this.val(parts[1])}`);
        sets.push(`v${l.id}r = t${j}r; v${l.id}i = t${j}i;`);
      } else {
        // A virtual goes on as a real object.
        temps.push(`t${j} = ${v instanceof IrOp && this.virtuals.has(v) ? this.exitValue(v) : this.val(v)}`);
        sets.push(`${this.val(l)} = t${j};`);
      }
    });
    if (temps.length) {
      this.line(`const ${temps.join(", ")};`);
      this.line(sets.join(" "));
    }
    this.line("first = false; it++;");
  }

  guardClass(x: string, t: PyType): string {
    if (t === strType) return `typeof ${x} !== "string"`; // an exact str is a JS string (subclasses' are objects)
    if (t === intType) return `H.typeOf(${x}) !== ${this.k(t)}`;
    return `${x} === null || typeof ${x} !== "object" || ${x}.cls !== ${this.k(t)}`;
  }

  private isSplit(v: Value): boolean {
    return v instanceof IrOp && this.split.has(v);
  }

  field(name: unknown): string {
    const s = String(name);
    if (!IDENT.test(s)) throw new Error(`jit: bad field name ${s}`);
    return s;
  }

  op(o: IrOp, pre: boolean): void {
    this.emitOp(o, pre);
    // What may replace an instance dict's store or change its keys ends the stretch of code in
    // which dicts already checked need no check.
    if ((OPS[o.opc].flags & F.Call) !== 0 || o.opc === Opc.adddictattr || o.opc === Opc.setfield_r) this.dictsChecked.clear();
  }

  /** Emits a virtual's op (nothing, or the slot store it tracks); false for any other op. */
  private virtualOp(o: IrOp): boolean {
    const x = o.args[0];
    switch (o.opc) {
      case Opc.new_tuple:
        return this.virtuals.has(o);
      case Opc.new_instance: {
        if (!this.virtuals.has(o)) return false;
        this.vstate.set(o, new Array<Value | undefined>(inheritedSlotCount(this.virtuals.get(o)!)).fill(undefined));
        return true;
      }
      case Opc.box_float:
        return this.sunkFloats.has(o);
      case Opc.getfield_r:
        return this.virtualFields.has(o);
      case Opc.guard_nonnull:
      case Opc.guard_isnull:
        return x instanceof IrOp && this.virtualFields.has(x);
      case Opc.guard_class:
      case Opc.guard_nodictattr:
        return x instanceof IrOp && this.virtuals.has(x);
      case Opc.setarrayitem: {
        const v = x instanceof IrOp ? this.virtualFields.get(x) : undefined;
        if (v === undefined) return false;
        this.vstate.get(v)![(o.args[1] as Const).value as number] = o.args[2];
        return true;
      }
      default:
        return false;
    }
  }

  private emitOp(o: IrOp, pre: boolean): void {
    if (this.virtuals.size > 0 && this.virtualOp(o)) return;
    const a = o.args.map((x) => this.val(x));
    const r = `v${o.id}`;
    const fail = () => this.exit(o, pre);
    const aux = o.aux as Record<string, unknown>;
    switch (o.opc) {
      case Opc.getlocal: this.line(`${r} = fast[${o.aux as number}];`); break;
      case Opc.getstack: this.line(`${r} = stack[${o.aux as number}];`); break;
      case Opc.label:
      case Opc.jump:
        throw new Error("jit: control op in a block");
      case Opc.guard_true: this.line(`if (!${a[0]}) ${fail()}`); break;
      case Opc.guard_false: this.line(`if (${a[0]}) ${fail()}`); break;
      case Opc.unbox_int: this.line(`if (typeof ${a[0]} !== "number") ${fail()}`); this.line(`${r} = ${a[0]};`); break;
      case Opc.unbox_float:
        this.line(`if (${this.guardClass(a[0], floatType)}) ${fail()}`);
        this.line(`${r} = ${a[0]}.value;`);
        break;
      case Opc.guard_class:
        if (!pre && this.isSplit(o.args[0])) break; // checked at entry, a new_complex since
        this.line(`if (${this.guardClass(a[0], o.aux as PyType)}) ${fail()}`);
        break;
      case Opc.guard_value: this.line(`if (${a[0]} !== ${this.val(new Const(Kind.Ref, o.aux))}) ${fail()}`); break;
      case Opc.guard_nonnull: this.line(`if (${a[0]} === null || ${a[0]} === undefined) ${fail()}`); break;
      case Opc.guard_isnull: this.line(`if (${a[0]} !== null && ${a[0]} !== undefined) ${fail()}`); break;
      case Opc.guard_jsclass: this.line(`if (!(${a[0]} instanceof H.${this.field(o.aux)})) ${fail()}`); break;
      case Opc.guard_nodictattr:
        this.line(`if (${a[0]}.dict !== null && !H.noShadow(${this.k(new AttrCache())}, ${a[0]}.dict, ${JSON.stringify(o.aux)})) ${fail()}`);
        break;
      case Opc.guard_version: this.line(`if (${this.k(aux.type)}.version !== ${aux.version as number}) ${fail()}`); break;
      case Opc.guard_nonzero:
      case Opc.guard_nonzero_f:
        this.line(`if (${a[0]} === 0) ${fail()}`);
        break;
      case Opc.guard_no_interrupt: this.line(`if (H.interrupted()) ${fail()}`); break;
      case Opc.guard_not_forced: {
        // A frame the last call out of inlined code had may be referred to: leave with those
        // frames, at the state of this instruction's start.
        const s = o.snapshot!;
        if (pre || s.frames === null) throw new Error("jit: guard_not_forced outside inlined code");
        this.line(`if (H.epoch() !== ep) { ${this.writeback(s, "relink")} H.iters = it; return ${this.exitNo(s) * 2} + (first ? 1 : 0); }`);
        break;
      }
      case Opc.int_add_ovf:
      case Opc.int_sub_ovf:
      case Opc.int_mul_ovf: {
        const e = o.opc === Opc.int_add_ovf ? `${a[0]} + ${a[1]}` : o.opc === Opc.int_sub_ovf ? `${a[0]} - ${a[1]}`
          : `${a[0]} * ${a[1]} + 0`;
        this.line(`${r} = ${e};`);
        this.line(`if (${r} > ${MAX_SAFE} || ${r} < -${MAX_SAFE}) ${fail()}`);
        break;
      }
      case Opc.int_add: this.line(`${r} = ${a[0]} + ${a[1]};`); break;
      case Opc.int_sub: this.line(`${r} = ${a[0]} - ${a[1]};`); break;
      case Opc.int_mul: this.line(`${r} = ${a[0]} * ${a[1]} + 0;`); break;
      case Opc.int_floordiv: this.line(`${r} = H.intFloorDiv(${a[0]}, ${a[1]});`); break;
      case Opc.int_mod: this.line(`${r} = H.intMod(${a[0]}, ${a[1]});`); break;
      case Opc.int_neg: this.line(`${r} = 0 - ${a[0]};`); break;
      case Opc.int_truediv: this.line(`${r} = ${a[0]} / ${a[1]};`); break;
      case Opc.int_and:
      case Opc.int_or:
      case Opc.int_xor: {
        // Two ints of 32 bits or fewer (not negative): JS's own operator; else the helper.
        const [x, y] = a;
        const sym = o.opc === Opc.int_and ? "&" : o.opc === Opc.int_or ? "|" : "^";
        const slow = o.opc === Opc.int_and ? "intAnd" : o.opc === Opc.int_or ? "intOr" : "intXor";
        this.line(`${r} = (${x} >>> 0) === ${x} && (${y} >>> 0) === ${y} ? (${x} ${sym} ${y}) >>> 0 : H.${slow}(${x}, ${y});`);
        this.line(`if (${r} !== ${r}) ${fail()}`);
        break;
      }
      case Opc.int_rshift:
        this.line(`${r} = (${a[0]} >>> 0) === ${a[0]} ? (${a[1]} < 32 ? ${a[0]} >>> ${a[1]} : 0) : H.intRshift(${a[0]}, ${a[1]});`);
        break;
      case Opc.int_lshift_ovf:
        this.line(`${r} = H.intLshift(${a[0]}, ${a[1]});`);
        this.line(`if (${r} !== ${r}) ${fail()}`);
        break;
      case Opc.int_lt: case Opc.float_lt: this.line(`${r} = ${a[0]} < ${a[1]};`); break;
      case Opc.int_le: case Opc.float_le: this.line(`${r} = ${a[0]} <= ${a[1]};`); break;
      case Opc.int_eq: case Opc.float_eq: this.line(`${r} = ${a[0]} === ${a[1]};`); break;
      case Opc.int_ne: case Opc.float_ne: this.line(`${r} = ${a[0]} !== ${a[1]};`); break;
      case Opc.int_gt: case Opc.float_gt: this.line(`${r} = ${a[0]} > ${a[1]};`); break;
      case Opc.int_ge: case Opc.float_ge: this.line(`${r} = ${a[0]} >= ${a[1]};`); break;
      case Opc.int_is_true: case Opc.float_is_true: this.line(`${r} = ${a[0]} !== 0;`); break;
      case Opc.int_to_float: this.line(`${r} = ${a[0]};`); break;
      case Opc.float_to_int_ovf:
        // (+ 0: Math.trunc(-0.5) is -0, the int is 0.)
        this.line(`${r} = Math.trunc(${a[0]}) + 0;`);
        this.line(`if (!(${r} <= ${MAX_SAFE} && ${r} >= -${MAX_SAFE})) ${fail()}`);
        break;
      case Opc.float_add: this.line(`${r} = ${a[0]} + ${a[1]};`); break;
      case Opc.float_sub: this.line(`${r} = ${a[0]} - ${a[1]};`); break;
      case Opc.float_mul: this.line(`${r} = ${a[0]} * ${a[1]};`); break;
      case Opc.float_truediv: this.line(`${r} = ${a[0]} / ${a[1]};`); break;
      case Opc.float_neg: this.line(`${r} = -${a[0]};`); break;
      case Opc.bool_not: this.line(`${r} = !${a[0]};`); break;
      case Opc.box_int: this.line(`${r} = ${a[0]};`); break;
      case Opc.box_float: this.line(`${r} = new H.PyFloat(${a[0]});`); break;
      case Opc.new_complex:
        if (!this.sunk.has(o)) this.line(`${r} = new H.PyComplex(${a[0]}, ${a[1]});`);
        break;
      case Opc.complex_real: this.line(`${r} = ${!pre && this.isSplit(o.args[0]) ? `${a[0]}r` : `${a[0]}.real`};`); break;
      case Opc.complex_imag: this.line(`${r} = ${!pre && this.isSplit(o.args[0]) ? `${a[0]}i` : `${a[0]}.imag`};`); break;
      case Opc.box_bool: this.line(`${r} = ${a[0]} ? H.True : H.False;`); break;
      case Opc.ref_is: this.line(`${r} = ${a[0]} === ${a[1]};`); break;
      case Opc.getfield_i:
      case Opc.getfield_r:
        this.line(`${r} = ${a[0]}.${this.field(o.aux)};`);
        break;
      case Opc.setfield_i:
      case Opc.setfield_r:
        this.line(`${a[0]}.${this.field(o.aux)} = ${a[1]};`);
        break;
      case Opc.arraylen: this.line(`${r} = ${a[0]}.length;`); break;
      case Opc.getarrayitem: this.line(`${r} = ${a[0]}[${a[1]}];`); break;
      case Opc.setarrayitem: this.line(`${a[0]}[${a[1]}] = ${a[2]};`); break;
      case Opc.getdictattr:
      case Opc.setdictattr: {
        // The instance dict's entry at the cached position holds the name (icache.ts).
        const pos = aux.pos as number;
        const name = JSON.stringify(aux.name);
        const obj = o.args[0];
        const shape = aux.shape as Shape | undefined;
        let st = "st";
        if (shape === undefined || !(obj instanceof IrOp)) {
          this.line(`st = ${a[0]}.dict === null ? null : ${a[0]}.dict.store;`);
          this.line(`if (st === null || st.keys[${pos}] !== ${name}) ${fail()}`);
        } else {
          // The object's dict had a shared key layout when recorded: the first access in this
          // stretch of code loads the store and compares its keys with that layout (h: they are
          // the same), later ones then only check the name where the layout differs.
          st = `s${obj.id}`;
          const h = `h${obj.id}`;
          if (this.dictsChecked.get(obj) !== shape) {
            this.extraVars.add(st).add(h);
            this.line(`${st} = ${a[0]}.dict === null ? null : ${a[0]}.dict.store;`);
            this.line(`${h} = ${st} !== null && ${st}.keys === ${this.k(shape.keys)};`);
            this.line(`if (!${h} && (${st} === null || ${st}.keys[${pos}] !== ${name})) ${fail()}`);
            this.dictsChecked.set(obj, shape);
          } else {
            this.line(`if (!${h} && ${st}.keys[${pos}] !== ${name}) ${fail()}`);
          }
        }
        this.line(o.opc === Opc.getdictattr ? `${r} = ${st}.values[${pos}];` : `${st}.setValueAt(${pos}, ${a[1]});`);
        break;
      }
      case Opc.getglobal: {
        const name = JSON.stringify(aux.name);
        const pos = aux.pos as number;
        if (aux.builtin) {
          this.line(`if (G.store.version !== ${aux.gversion as number} && G.strPos(${name}) >= 0) ${fail()}`);
          this.line(`st = B.store;`);
        } else {
          this.line(`st = G.store;`);
        }
        this.line(`if (st.keys[${pos}] !== ${name}) ${fail()}`);
        this.line(`${r} = st.values[${pos}];`);
        break;
      }
      case Opc.setglobal: {
        const name = JSON.stringify(aux.name);
        this.line(`st = G.store;`);
        this.line(`if (st.keys[${aux.pos as number}] !== ${name}) ${fail()}`);
        this.line(`st.setValueAt(${aux.pos as number}, ${a[0]});`);
        break;
      }
      case Opc.call_loop: {
        // The frame gets the whole state; the inner loop's trace runs on it (and writes back
        // itself if it raises, so the catch below has nothing to do: rp = -1).
        const c = this.compactExit(o.snapshot!);
        this.line(c !== null ? `${c};` : `{ ${this.writeback(o.snapshot!)} }`);
        this.line(`rp = -1;`);
        this.line(`${r} = H.runLoop(frame, ${this.k(o.aux)});`);
        break;
      }
      case Opc.guard_loop_exit:
        this.line(`if (${a[0]} < 0 || frame.pc !== ${aux.pc as number} || frame.sp !== ${aux.sp as number}) ${fail()}`);
        break;
      case Opc.reload_local: this.line(`${r} = fast[${o.aux as number}];`); break;
      case Opc.reload_stack: this.line(`${r} = stack[${o.aux as number}];`); break;
      case Opc.guard_module_frame: this.line(`if (frame.locals !== G) ${fail()}`); break;
      case Opc.undef_i: case Opc.undef_f: this.line(`${r} = 0;`); break;
      case Opc.undef_b: this.line(`${r} = false;`); break;
      case Opc.undef_r: this.line(`${r} = undefined;`); break;
      case Opc.new_tuple: this.line(`${r} = new H.PyTuple([${a.join(", ")}]);`); break;
      case Opc.call_r:
      case Opc.call_b:
      case Opc.call_v: {
        const s = o.snapshot!;
        if (!this.callExits.includes(s)) this.callExits.push(s);
        this.line(`rp = ${this.exitNo(s)}; frame.lasti = ${s.lasti >= 0 ? s.lasti : s.pc};`);
        // What the catch writes back if it raises (virtuals as they are here).
        // (lk: a call out of inlined code raised with their frames linked; a frameless one did not.)
        const c = this.compactExit(s);
        const made = c !== null ? `${c};` : this.writeback(s);
        const wb = s.frames !== null ? `if (lk) { ${this.writeback(s, "skip")} } else { ${made} }` : made;
        const before = this.callExitCode.get(s);
        if (before !== undefined && before !== wb) throw new Error("jit: one call snapshot, two states of virtuals");
        this.callExitCode.set(s, wb);
        const ic = IC_HELPERS.get(o.aux as string);
        const call = ic !== undefined ? `H.${ic}(${this.k([])}, ${a.join(", ")})` : `H.${this.field(o.aux)}(${a.join(", ")})`;
        // The ic helpers that return a value return ERR for an exception (see helpers.ts).
        const err = ic !== undefined && o.opc === Opc.call_r;
        if (s.frames !== null && !o.noFrames) {
          // Out of inlined code: their frames are made for the call (what it calls may look at
          // them: sys._getframe, super(), a traceback), and kept in vfr for guard_not_forced.
          // The call site keeps its frames for the next call when none escaped (H.siteFrames).
          const site = this.k(new CallSite(s.frames.map((f) => f.func as PyFunction)));
          this.line(`vfr = H.siteFrames(${site}, frame);`);
          this.line(`{ ${this.unsunk(s).join(" ")} ${this.inlinedFrames(s, "fill")} }`);
          this.line(`ep = H.epoch(); lk = true;`);
          this.line(o.opc === Opc.call_v ? `${call};` : `${r} = ${call};`);
          if (err) this.line(`if (${r} === H.ERR) throw H.takePending();`);
          this.line(`lk = false; H.siteDone(${site}, vfr, frame, ep);`);
        } else {
          this.line(o.opc === Opc.call_v ? `${call};` : `${r} = ${call};`);
          // From the loop's own frame, an exception leaves as the catch would, by a return
          // (RAISED: no JS throw); with inlined frames to make, by the catch (the interpreter
          // raises it in the innermost: driver raisingInTop).
          if (err) this.line(s.frames === null ? `if (${r} === H.ERR) { ${made} return ${RAISED}; }` : `if (${r} === H.ERR) throw H.takePending();`);
        }
        break;
      }
      case Opc.new_instance: this.line(`${r} = H.newInstance(${this.k(o.aux)});`); break;
      case Opc.make_function: this.line(`${r} = H.makeFunction(${a[0]}, G, B, ${o.aux as number}${a.slice(1).map((x) => ", " + x).join("")});`); break;
      case Opc.adddictattr: this.line(`H.addDictAttr(${this.k(new AttrCache())}, ${a[0]}, ${JSON.stringify(o.aux)}, ${a[1]});`); break;
      case Opc.float_pow: {
        // The exponents floatPow (floatpow.ts) answers with one IEEE operation: that operation
        // here, the helper for the other bases (0, negative, nan) and for an overflow.
        const y = o.args[1] instanceof Const ? o.args[1].value : undefined;
        if (y === 0.5) {
          this.line(`${r} = ${a[0]} > 0 ? Math.sqrt(${a[0]}) : H.floatPowOrExit(${a[0]}, 0.5);`);
        } else if (y === 2) {
          this.line(`${r} = ${a[0]} * ${a[0]};`);
          this.line(`if (${r} === Infinity) ${r} = H.floatPowOrExit(${a[0]}, 2);`);
        } else {
          this.line(`${r} = H.floatPowOrExit(${a[0]}, ${a[1]});`);
        }
        this.line(`if (${r} === undefined) ${fail()}`);
        break;
      }
      case Opc.call_pure_i:
      case Opc.call_pure_f:
      case Opc.call_pure_r:
        this.line(`${r} = H.${this.field(o.aux)}(${a.join(", ")});`);
        break;
      default: {
        const never: never = o.opc;
        throw new Error(`jit: no code for ${OPS[never as number]?.name}`);
      }
    }
  }

  emit(): { source: string; consts: unknown[] } {
    const ops = this.trace.ops;
    const li = this.trace.labelIndex();
    const label = ops[li];
    const jump = ops[ops.length - 1];
    if (li < 0 || jump.opc !== Opc.jump) throw new Error("jit: not a loop trace");
    // Ids for the bridges' operations too (they are variables of the same function).
    const all = this.all;
    all.forEach((o, i) => (o.id = i));
    for (const o of all) if (o.snapshot !== null) o.snapshot.index = -1;
    const vars = all.filter((o) => o.kind !== Kind.Void).map((o) => `v${o.id}`);
    for (const l of this.split) vars.push(`v${l.id}r`, `v${l.id}i`);
    const hasCalls = all.some((o) => (OPS[o.opc].flags & F.Call) !== 0);
    const head: string[] = [
      `"use strict";`,
      `const fast = frame.fast, stack = frame.stack, G = frame.globals, B = frame.builtins;`,
      `let first = true, it = 0, rp = -1, st = null, br = -1, vfr = null, ep = 0, lk = false;`,
    ];
    // Bridges around an outer loop enter the loop again (Bridge.reentry): a preamble guard that
    // fails then is an exit at the header that writes nothing back (the frame has the state).
    const again = [...this.bridges.values()].find((b) => b.reentry !== null)?.reentry;
    if (again !== undefined && again !== null) {
      const s = new Snapshot(again.pc, again.sp, new Map(), [], again.sp);
      s.synced = true;
      s.bridgeable = false;
      this.reentryExit = this.exitNo(s);
    }
    for (let i = 0; i < li; i++) this.op(ops[i], true);
    this.dictsChecked.clear();
    for (const l of this.split) {
      const x = `v${l.id}`;
      this.line(`if (${this.guardClass(x, complexType)}) return -1;`);
      this.line(`${x}r = ${x}.real; ${x}i = ${x}.imag;`);
    }
    this.line(hasCalls ? "try {" : "{");
    this.indent = "    ";
    this.line("loop: for (;;) {");
    this.indent = "      ";
    this.line("body: {");
    for (let i = li + 1; i < ops.length - 1; i++) this.op(ops[i], false);
    this.jumpTo(label, jump.args);
    this.line("continue loop;");
    this.line("}");
    // A guard with a bridge broke out of the body (or of a bridge, for a bridge of its own):
    // the bridge's code, which ends with the jump back to the label.
    if (this.bridges.size > 0) {
      this.line("for (;;) {");
      this.line("bridge: switch (br) {");
      this.breakTo = "bridge";
      for (let n = 0; n < this.bridgeList.length; n++) {
        const b = this.bridgeList[n];
        this.line(`case ${n}: {`);
        this.inBridge = b;
        this.dictsChecked.clear();
        this.vstate = new Map([...(this.bridgeEntry.get(n) ?? [])].map(([v, slots]) => [v, [...slots]]));
        for (const o of b.ops) this.op(o, false);
        this.inBridge = null;
        if (b.reentry !== null) {
          this.line(this.writeback(b.reentry));
          this.line(`H.iters = it; return ${REENTER};`);
        } else {
          this.jumpTo(label, b.jumpArgs);
          this.line("continue loop;");
        }
        this.line("}");
      }
      this.line("}");
      this.line("}");
    }
    this.indent = "    ";
    this.line("}");
    this.indent = "  ";
    if (hasCalls) {
      this.line("} catch (e) {");
      this.line("  switch (rp) {");
      for (const s of this.callExits) this.line(`    case ${s.index}: { ${this.callExitCode.get(s)!} break; }`);
      this.line("  }");
      this.line("  throw e;");
    }
    this.line("}");
    vars.push(...this.extraVars);
    if (vars.length) head.push(`let ${vars.join(", ")};`);
    return { source: head.map((s) => "  " + s).join("\n") + "\n" + this.out.join("\n"), consts: this.consts };
  }
}

/**
 * Whether the op's snapshot names frames that exist while it runs (a call out of inlined code
 * makes them; guard_not_forced leaves with them): what they hold is real.
 */
function makesFrames(o: IrOp): boolean {
  return o.snapshot !== null && o.snapshot.frames !== null &&
    ((OPS[o.opc].flags & F.Call) !== 0 && !o.noFrames || o.opc === Opc.guard_not_forced);
}

/** Whether two states of the virtuals have the same slot values. */
function sameState(a: Map<IrOp, (Value | undefined)[]>, b: Map<IrOp, (Value | undefined)[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [v, slots] of a) {
    const other = b.get(v);
    if (other === undefined || other.some((x, i) => x !== slots[i])) return false;
  }
  return true;
}

/**
 * The label operands (by index) to keep as two floats (Emitter.split): a Ref the loop body and
 * the bridges use only through complex_real, complex_imag and guard_class(complex), and that the
 * jump and every bridge's jump give as a new_complex.
 */
function splitComplex(trace: Trace, li: number, bridges: ReadonlyMap<Snapshot, Bridge>): Set<number> {
  const ops = trace.ops;
  const label = ops[li];
  const jump = ops[ops.length - 1];
  const out = new Set<number>();
  const isNew = (v: Value | undefined): boolean => v instanceof IrOp && v.opc === Opc.new_complex;
  label.args.forEach((l, j) => {
    if (!(l instanceof IrOp) || l.kind !== Kind.Ref || label.args.indexOf(l) !== j || !isNew(jump.args[j])) return;
    for (const b of bridges.values()) if (!isNew(b.jumpArgs[j])) return;
    const ok = (o: IrOp): boolean => !o.args.includes(l) || o.args.length === 1 &&
      (o.opc === Opc.complex_real || o.opc === Opc.complex_imag || o.opc === Opc.guard_class && o.aux === complexType);
    for (let i = li + 1; i < ops.length - 1; i++) if (!ok(ops[i])) return;
    if (jump.args.some((a, k) => a === l && k !== j)) return;
    for (const b of bridges.values()) {
      if (!b.ops.every(ok) || b.jumpArgs.includes(l)) return;
    }
    out.add(j);
  });
  return out;
}

/**
 * Whether resuming at `pc` leaves the loop [header, end] at once: `pc` is outside it, or a few
 * loads lead to a return or to a jump out of it (`return n`, `break` inside the loop body).
 */
function leavesLoop(code: CodeObject, pc: number, header: number, end: number): boolean {
  for (let steps = 0; steps < 8; steps++) {
    if (pc < header || pc > end) return true;
    const w = code.code[pc];
    switch (w & 0xff) {
      case Op.RETURN_VALUE: return true;
      case Op.JUMP_FORWARD: pc = w >>> 8; break;
      case Op.LOAD_FAST: case Op.LOAD_CONST: case Op.LOAD_GLOBAL: case Op.LOAD_DEREF: case Op.NOP: pc++; break;
      default: return false;
    }
  }
  return false;
}

export function compileTrace(trace: Trace, code: CodeObject, header: number,
                             bridges: ReadonlyMap<Snapshot, Bridge> = new Map()): CompiledLoop {
  const e = new Emitter(trace, bridges);
  const { source, consts } = e.emit();
  // Named after the loop, so that profiles (node --cpu-prof) tell the traces apart.
  const name = `jit_${code.name.replace(/\W/g, "_")}_${code.lineOf(header)}`;
  const fn = new Function(`return function ${name}(frame, H, K) {\n${source}\n};`)() as TraceFn;
  // The loop's extent: from the header to its backward jump.
  const end = loopEnd(code.code, header);
  // (An exit inside inlined calls made from a bridge's part around the outer loop is outside
  // the loop too: its loop frame's pc is past the loop's end.)
  const loopExits = e.exits.map((s) => s.synced || s.pc === header || s.pc < header || s.pc > end ||
    s.frames === null && leavesLoop(code, s.pc, header, end));
  return { fn, consts, source, exits: e.exits, exitCounts: e.exits.map(() => 0), loopExits, code, header, reentryExit: e.reentryExit };
}

