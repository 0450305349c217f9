// The trace life cycle (LuaJIT's lj_trace.c in spirit): counting, recording, optimizing,
// compiling, entering compiled loops, and statistics.
//
// Per loop header (a code object and the target of its backward jump):
//
//     warm ──(threshold back edges)──▶ record one iteration ──▶ optimize ──▶ compile ──▶ compiled
//       ▲                                    │ abort                                  │ entry guard
//       └──────────── retry later ◀──────────┘ (after `retrace_limit`+3 aborts: dead)  │ keeps failing:
//                                                                                     ▼ discarded, warm again
//
// The eval loop calls `onLoop` from JUMP_BACKWARD when the code's counter runs out (icache.ts).
// Once a code object has a compiled or warming loop, its counter is kept at 1 so that every back
// edge reaches the hook, which enters the compiled loop at once.

import { CodeObject } from "../bytecode/code";
import { enclosingLoop, loopEnd } from "../bytecode/opcodes";
import {
  codeCache, CodeCache, HOOK_NO, HOOK_RAISED, HOOK_RAN, LoopHook, setLoopEntryHook, setLoopHook, setLoopThreshold,
} from "../vm/icache";
import { Frame } from "../vm/frame";
import { raiseInTopFrame, takePending, topFrame } from "../vm/eval";
import { FRAME_PUSHED, THREAD_SWITCH } from "../vm/runtime";
import { HELPERS } from "./helpers";
import { jitEnabled, params } from "./params";
import { Bridge, InnerLoops, Recorder, Recording, stopInlining, TraceAbort } from "./record";
import { Kind, Op, Opc, Value } from "./ir";
import { Snapshot } from "./snapshot";
import { PyFunction } from "../objects/types";
import { compileTrace, CompiledLoop, RAISED, REENTER } from "./backend";
import { optimize, optimizeBridge } from "./opt/index";
import { bridgeKeepsLicm, Licm } from "./opt/licm";
import { printTrace } from "./irtext";
import { appendFileSync, writeFileSync } from "fs";

const enum State { Warm, Compiled, Dead }

/**
 * Bridges a loop may have (each one compiles the loop again; a call site that sees a new
 * closure each time would otherwise add bridges for good).
 */
const MAX_BRIDGES = 16;

/**
 * Short loops: a compiled loop whose entries ran fewer than SHORT_LOOP_ITERS iterations on
 * average (over SHORT_WINDOW entries; an entry left by an exception counts none) costs more to
 * enter and leave than it saves. It is parked: its back edges run in the baseline tier (or the
 * interpreter) for PARK_MIN back edges, then it is measured again; parking twice as long each
 * time, up to PARK_MAX, so that a loop that gets long later (mandelbrot's escape loop, short on
 * the first rows of points and long on the middle ones) goes back to its trace soon enough.
 */
const SHORT_LOOP_ITERS = 1;
const SHORT_WINDOW = 500;
const PARK_MIN = 5000;
const PARK_MAX = 40000;

/** Side exits from inlined calls after which a loop is recorded again without inlining. */
const INLINED_EXIT_LIMIT = 200;

class LoopState {
  state = State.Warm;
  counter = 0;
  aborts = 0;
  inlineAborts = 0;
  /** Recordings that ended because the loop did (a loop of few iterations). */
  exitAborts = 0;
  /** Side exits from inside inlined calls since the trace was compiled. */
  inlinedExits = 0;
  /** Record without inlining (its inlined calls kept leaving the trace: polymorphic call sites). */
  noInlining = false;
  /** What loop-invariant code motion may do in its next recording (lowered when bridges broke it). */
  licm = Licm.Heap;
  /** Times the loop was recorded again because of exits inside inlined calls. */
  inlineRetries = 0;
  entryFailures = 0;
  firstIterationExits = 0;
  /** Entries, and iterations run in them, since the loop's length was last measured (enter). */
  shortEntries = 0;
  shortIters = 0;
  /** Entries into the loop's traces, and iterations run in them (from the first trace on). */
  entries = 0;
  iters = 0;
  /** Back edges left to the other tiers before the trace is entered again (short loops), and the next parking's length. */
  parked = 0;
  parkFor = PARK_MIN;
  discards = 0;
  compiled: CompiledLoop | null = null;
  /** The loop's recording (optimized), which bridges extend; null when it cannot have any. */
  rec: Recording | null = null;
  /** Bridges by the snapshot of the exit they start at. */
  readonly bridges = new Map<Snapshot, Bridge>();
  /** Exits whose bridge could not be recorded. */
  readonly noBridge = new Set<Snapshot>();
  /** The loop's last instruction (its backward jump). */
  readonly end: number;
  /** The innermost loop around this one, [header, last instruction], or null. */
  readonly outer: readonly [number, number] | null;
  /** Recordings of such bridges that ended because the outer loop did, by exit. */
  readonly aroundTries = new Map<Snapshot, number>();
  constructor(readonly code: CodeObject, readonly header: number) {
    this.end = loopEnd(code.code, header);
    this.outer = enclosingLoop(code.code, header, this.end);
  }
}

class CodeJit {
  readonly loops = new Map<number, LoopState>();
  /** Loops of this code that are warm or compiled (0: let the counter run at full threshold). */
  live = 0;
}

export const stats = {
  loops: 0,
  aborts: 0,
  abortReasons: new Map<string, number>(),
  entries: 0,
  entryFailures: 0,
  guardFailures: 0,
  discarded: 0,
  parked: 0,
  bridges: 0,
  bridgeAborts: 0,
  recordMs: 0,
  optimizeMs: 0,
  compileMs: 0,
};

/**
 * Inner loops as the recorder and compiled outer loops see them: a compiled inner loop is run
 * on the frame (HELPERS.runLoop); an outer trace goes on from where it left the frame.
 */
const INNER_LOOPS: InnerLoops = {
  find(frame: Frame, header: number): object | null {
    const cj = codeCache(frame.code).jit as CodeJit | null;
    const ls = cj?.loops.get(header);
    return ls !== undefined && ls.state === State.Compiled ? ls : null;
  },
  run(frame: Frame, handle: object): number {
    return runLoop(frame, handle as LoopState);
  },
};

/**
 * Runs a compiled loop on the frame: its exit (doubled, plus one in its first iteration) or -1
 * (an entry guard failed, the frame untouched). A bridge around the outer loop returns REENTER
 * with the state at the header written to the frame: the loop is entered again (a new call, so
 * that V8 optimizes the function as it does one called often, not by on-stack replacement),
 * and an entry guard failing then is the exit at the header that writes nothing.
 */
function runTrace(c: CompiledLoop, frame: Frame): number {
  let r = c.fn(frame, HELPERS, c.consts);
  if (r !== REENTER) return r;
  let iters = 0;
  do {
    iters += HELPERS.iters;
    r = c.fn(frame, HELPERS, c.consts);
  } while (r === REENTER);
  if (r === -1) {
    // An entry guard failed after the frame was written: the exit at the header, first iteration.
    r = c.reentryExit * 2 + 1;
    HELPERS.iters = iters;
  } else {
    HELPERS.iters += iters;
  }
  return r;
}

/** Runs a compiled inner loop for an outer trace: its exit code, -1 (frame untouched), or -2 (it left inside a call it had inlined, whose frame the interpreter goes on in). */
function runLoop(frame: Frame, ls: LoopState): number {
  const c = ls.compiled;
  if (c === null || HELPERS.interrupted()) return -1;
  stats.entries++;
  const r = runTrace(c, frame);
  // (Raised inside the outer trace's call_loop, whose catch writes its frame back.)
  if (r === RAISED) throw takePending();
  if (r >= 0) {
    c.exitCounts[r >> 1]++;
    stats.guardFailures++;
    // Left inside a call it had inlined (the interpreter goes on in that call's frame): the
    // outer trace's guard_loop_exit fails.
    if (topFrame !== frame) return -2;
  }
  return r;
}
HELPERS.runLoop = runLoop as (frame: unknown, ls: unknown) => number;

/** A trace entered by the hook returned RAISED: the hook returns HOOK_RAISED (raisingInTop). */
let raisedInTrace = false;

/** True while the recorder runs: nested loops (in code it calls) are not traced meanwhile. */
let recording = false;

let logOptFile: string | null = null;

function onLoop(frame: Frame, cache: CodeCache, target: number): boolean {
  if (!jitEnabled || recording || HELPERS.interrupted()) {
    cache.loopCounter = params.threshold;
    return false;
  }
  let cj = cache.jit as CodeJit | null;
  let firstHot = false;
  if (cj === null) {
    cj = cache.jit = new CodeJit();
    cache.entry = new Uint8Array(frame.code.code.length);
    firstHot = true;
  }
  let ls = cj.loops.get(target);
  if (ls === undefined) {
    ls = new LoopState(frame.code, target);
    cj.loops.set(target, ls);
    cj.live++;
    // The loop that made the code's counter run out is the hot one.
    if (firstHot) ls.counter = params.threshold;
  }
  cache.loopCounter = 1;
  switch (ls.state) {
    case State.Compiled:
      if (ls.parked > 0) {
        // The code's only live loop: its back edges need not reach the hook while it is parked
        // (the counter counts them; parked stays 1 so that forward entries keep out meanwhile).
        if (cj.live === 1 && ls.parked > 2) {
          cache.loopCounter = ls.parked - 1;
          ls.parked = 1;
          return false;
        }
        if (--ls.parked === 0) armEntry(ls, cache);
        return false;
      }
      return enter(ls, cj, frame);
    case State.Dead:
      if (cj.live === 0) cache.loopCounter = params.threshold;
      return false;
    case State.Warm:
      if (++ls.counter < params.threshold) return false;
      return recordLoop(ls, cj, frame);
  }
}

/**
 * Compiled code arriving at a loop header from before the loop: a loop with a trace runs it
 * from its first iteration (a function called in a loop runs its own loop compiled at once,
 * rather than an iteration in the baseline tier first).
 */
function onLoopEntry(frame: Frame, cache: CodeCache, target: number): boolean {
  if (!jitEnabled || recording) return false;
  const ls = (cache.jit as CodeJit).loops.get(target);
  if (ls === undefined || ls.state !== State.Compiled || ls.parked > 0 || HELPERS.interrupted()) return false;
  return enter(ls, cache.jit as CodeJit, frame, true);
}

/**
 * Runs the loop's trace on the frame (at its header); `forward`: arriving from before the loop.
 * False when an entry guard failed and the frame is untouched.
 */
function enter(ls: LoopState, cj: CodeJit, frame: Frame, forward = false): boolean {
  const c = ls.compiled!;
  if (++ls.shortEntries > SHORT_WINDOW) {
    const short = ls.shortIters < SHORT_LOOP_ITERS * SHORT_WINDOW;
    ls.shortEntries = 1;
    ls.shortIters = 0;
    if (short) {
      stats.parked++;
      if (debug) process.stderr.write(`[jit] short loop ${ls.code.name}:${ls.code.lineOf(ls.header)} parked for ${ls.parkFor} back edges\n`);
      ls.parked = ls.parkFor;
      armEntry(ls, codeCache(ls.code));
      ls.parkFor = Math.min(2 * ls.parkFor, PARK_MAX);
      return false;
    }
  }
  stats.entries++;
  const r = runTrace(c, frame);
  ls.entries++;
  if (r >= 0 || r === RAISED) {
    ls.shortIters += HELPERS.iters;
    ls.iters += HELPERS.iters;
  }
  if (r === RAISED) {
    // The exception goes to the code running the frame (the hook's HOOK_RAISED).
    raisedInTrace = true;
    return true;
  }
  if (r >= 0) {
    const idx = r >> 1, first = (r & 1) === 1;
    c.exitCounts[idx]++;
    stats.guardFailures++;
    // Leaving from inside an inlined call makes its frames: when that keeps happening (a call
    // site that sees several classes), calling is cheaper than inlining: record it again without.
    // Exits that may still get a bridge (recorded from inside the call) count a tenth as much.
    if (c.exits[idx].frames !== null && (ls.inlinedExits += canBridge(ls, c, idx, first) ? 1 : 10) > 10 * INLINED_EXIT_LIMIT) {
      // Guards inside inlined calls keep failing (a branch the recording did not take, another
      // class): the functions they are in are called residually in the next recording; if
      // that keeps happening, the loop inlines nothing.
      if (ls.inlineRetries++ < 2) {
        c.exits.forEach((s, i) => {
          if (s.frames !== null && c.exitCounts[i] > 0) stopInlining((s.frames[s.frames.length - 1].func as PyFunction).code);
        });
      } else {
        ls.noInlining = true;
      }
      discard(ls, cj);
      return true;
    }
    // The trace unrolled an inner loop that had no trace then (its exits inside the inner loop
    // are the other trip counts): once the inner loop has one, record the loop again to run it.
    // (Looked at every 256th time the exit is taken.)
    const n = c.exitCounts[idx];
    if (n > params.trace_eagerness && (n & 255) === 0 && innerLoopExit(ls, cj, c, idx)) {
      countReason("unrolled inner loop now compiled");
      discard(ls, cj);
      return true;
    }
    // A guard that keeps failing gets a bridge: recorded from here, compiled into the loop.
    if (n > params.trace_eagerness && canBridge(ls, c, idx, first)) return recordBridge(ls, cj, frame, c.exits[idx]);
    // A trace that keeps failing a guard in its first iteration no longer fits the loop (a
    // global rebound, a branch that now always goes the other way): record it again.
    // (Counted in a row: an entry that ran a whole iteration shows the trace still fits.)
    // (Not from a forward entry: a loop left in its first iteration is then just a short loop.)
    if (forward) return true;
    if (!first) ls.firstIterationExits = 0;
    else if (!c.loopExits[idx] && ++ls.firstIterationExits > params.trace_eagerness) discard(ls, cj);
    return true;
  }
  // An entry guard failed (a local's kind differs from the recording's): after a few times,
  // record the loop again for the new kinds. (Before the loop, a local may well have another
  // kind than at its back edge: `x = 0` before `x += 0.5`; those do not count.)
  if (forward) return false;
  stats.entryFailures++;
  if (++ls.entryFailures > 100) discard(ls, cj);
  return false;
}

/**
 * Whether exit `idx` left the loop's own frame inside an inner loop (after its header) that has
 * a trace now.
 */
function innerLoopExit(ls: LoopState, cj: CodeJit, c: CompiledLoop, idx: number): boolean {
  const s = c.exits[idx];
  if (s.frames !== null || s.synced || s.pc <= ls.header) return false;
  for (const inner of cj.loops.values()) {
    if (inner.state === State.Compiled && inner.header > ls.header && inner.header <= ls.end && s.pc >= inner.header &&
        s.pc <= inner.end) return true;
  }
  return false;
}

/** Whether exit `idx` of the loop's trace may get a bridge (now or once it failed often enough). */
function canBridge(ls: LoopState, c: CompiledLoop, idx: number, first: boolean): boolean {
  return ls.rec !== null && bridgesOn && bridgeable(ls, c, idx, first);
}

/** Whether the exit `idx` (taken in the loop's first iteration: `first`) may get a bridge now. */
function bridgeable(ls: LoopState, c: CompiledLoop, idx: number, first: boolean): boolean {
  const s = c.exits[idx];
  const around = s.loopEnd && outerFor(ls, s) !== null && ls.iters < AROUND_MAX_ITERS * ls.entries;
  if (s.synced || s.afterSync || !s.bridgeable && !around || c.loopExits[idx] && s.pc !== ls.header && !goesAround(ls, s) ||
      ls.bridges.has(s) || ls.noBridge.has(s) || ls.bridges.size + ls.noBridge.size >= MAX_BRIDGES) {
    return false;
  }
  return !first || !s.hasPlaceholders();
}

/**
 * The outer loop a bridge from exit `s` may go around, back to the loop's header: from the loop's
 * own frame; null when it may not. (Such a bridge enters the loop again through its preamble:
 * Bridge.reentry.)
 */
function outerFor(ls: LoopState, s: Snapshot): readonly [number, number] | null {
  return s.frames === null && (ls.compiled?.source.length ?? 0) < AROUND_MAX_SOURCE ? ls.outer : null;
}

/** Whether exit `s` leaves the loop to the rest of an outer loop a bridge may go around. */
function goesAround(ls: LoopState, s: Snapshot): boolean {
  const o = outerFor(ls, s);
  return o !== null && s.pc >= o[0] && s.pc <= o[1];
}

/**
 * A loop's end gets a bridge around the outer loop when the loop runs fewer iterations than this
 * per entry on average: then entering and leaving cost more than the iterations (constraint's
 * domains, dijkstra's neighbours). A long inner loop gains little, and the bridge makes its
 * function larger and compiled again by V8 (spectral_norm, sieve: slower).
 */
const AROUND_MAX_ITERS = 16;

/**
 * No more bridges around the outer loop once the loop's function is this long (JavaScript
 * characters): each bridge has V8 compile the whole function again, and a long function with
 * many paths (constraint's prune, whose inner loop calls a polymorphic method) costs more to
 * compile, over and over, than its exits cost.
 */
const AROUND_MAX_SOURCE = 8000;

/** Tries at a bridge around the outer loop that end because the outer loop did, before giving up. */
const AROUND_TRIES = 4;

/**
 * Records a bridge from the exit `s` (the frame is as the exit left it) to the loop's header, and
 * compiles the loop again with it; then goes on with the loop (or, when the recording stopped
 * short, the interpreter goes on where it did).
 */
function recordBridge(ls: LoopState, cj: CodeJit, frame: Frame, s: Snapshot): boolean {
  const rec = ls.rec!;
  const ops = rec.trace.ops;
  const label = ops[rec.trace.labelIndex()];
  const t0 = performance.now();
  recording = true;
  let b: Bridge;
  try {
    // From inside inlined calls: the exit made their frames (linked above the loop's frame), and
    // the recording goes on in the innermost.
    const made: Frame[] = [];
    for (let f = topFrame; f !== null && f !== frame; f = f.back) made.unshift(f);
    b = new Recorder(frame, ls.header, INNER_LOOPS, !ls.noInlining,
      { snap: s, carriedSlots: rec.carriedSlots, labelArgs: label.args, entryFast: rec.entryFast, frames: made, outer: outerFor(ls, s) }).recordBridge();
  } catch (e) {
    recording = false;
    stats.recordMs += performance.now() - t0;
    const reason = e instanceof TraceAbort ? e.reason : "exception while recording";
    // Around the outer loop, the recording may have met the outer loop's last iteration: the
    // next time the exit is taken may do better.
    const tries = ls.aroundTries.get(s) ?? 0;
    if (reason === "loop exit" && goesAround(ls, s) && tries < AROUND_TRIES) ls.aroundTries.set(s, tries + 1);
    else ls.noBridge.add(s);
    stats.bridgeAborts++;
    countReason(`bridge: ${reason}`);
    if (debug) process.stderr.write(`[jit] bridge abort ${ls.code.name}:${ls.code.lineOf(s.pc)} @${s.pc}: ${reason}\n`);
    if (!(e instanceof TraceAbort)) throw e;
    return true;
  }
  recording = false;
  const t1 = performance.now();
  stats.recordMs += t1 - t0;
  const nj = b.jumpArgs.length;
  const [bops, outs] = optimizeBridge(b.ops, [...b.jumpArgs, ...b.promote.map(([, v]) => v)]);
  b.ops = bops;
  b.jumpArgs = outs.slice(0, nj);
  b.promote.forEach((pr, i) => (pr[1] = outs[nj + i]));
  const t1b = performance.now();
  stats.optimizeMs += t1b - t1;
  // What the loop's code motion assumed must hold with the bridge in the loop: if not, record
  // the loop again with less motion (and the bridge then).
  // (A bridge that enters the loop again through its preamble computes what was moved again.)
  const kept = b.reentry !== null ? "ok"
    : bridgeKeepsLicm(rec.trace, b.ops, b.promote.map(([k]) => rec.entryFast.get(k)).filter((v): v is Value => v !== undefined));
  if (kept !== "ok") {
    ls.licm = kept === "values" ? Licm.Off : Math.min(ls.licm, Licm.Values);
    countReason(`bridge: breaks loop-invariant code motion (${kept})`);
    discard(ls, cj);
    return true;
  }
  ls.bridges.set(s, b);
  for (const [k, v] of b.promote) promote(ls, b, k, v);
  let compiled: CompiledLoop;
  try {
    compiled = compileTrace(rec.trace, rec.code, rec.header, ls.bridges);
  } catch (e) {
    // Without it, as before.
    ls.bridges.delete(s);
    ls.noBridge.add(s);
    countReason(`bridge: backend: ${(e as Error).message}`);
    return true;
  }
  stats.compileMs += performance.now() - t1b;
  stats.bridges++;
  ls.compiled = compiled;
  ls.firstIterationExits = 0;
  ls.shortEntries = ls.shortIters = 0;
  resumeAtExits(compiled);
  if (debug) compiledLoops.push(compiled);
  if (logOptFile !== null) logTrace(rec.trace, compiled);
  // The bridge's recording ran the rest of the iteration: the frame is at the loop's header.
  return enter(ls, cj, frame);
}

/**
 * Makes slot `k`, which the loop did not carry, a loop-carried value (bridge `b` writes it and
 * jumps back to the label with `v`): a label operand whose entry value is the loop's own load of
 * the slot (or a new one), named by every snapshot after the label. Other bridges pass it on
 * unchanged.
 */
function promote(ls: LoopState, b: Bridge, k: number, v: Value): void {
  const rec = ls.rec!;
  const ops = rec.trace.ops;
  const li = rec.trace.labelIndex();
  let entry = rec.entryFast.get(k);
  if (entry === undefined) {
    const load = new Op(Opc.getlocal, [], k, Kind.Ref);
    load.pc = ops[li].pc;
    ops.splice(li, 0, load);
    rec.entryFast.set(k, load);
    entry = load;
  }
  const label = rec.trace.labelIndex();
  ops[label].args.push(entry);
  ops[ops.length - 1].args.push(entry);
  rec.carriedSlots.push(k);
  for (const other of ls.bridges.values()) {
    other.jumpArgs.push(other === b ? v : entry);
    // A bridge's own load of the slot from the frame (the loop neither read nor wrote it when
    // the bridge was recorded) reads the label variable now: the frame's value may be stale.
    replaceLoads(other, k, entry);
  }
  const after = ops.slice(label + 1);
  for (const other of ls.bridges.values()) after.push(...other.ops);
  for (const o of after) {
    const s = o.snapshot;
    if (s !== null && !s.synced && !s.afterSync && !s.fast.has(k)) s.fast.set(k, entry);
  }
}

/** Replaces bridge `b`'s loads of slot `k` (getlocal) with `entry`, wherever they are used. */
function replaceLoads(b: Bridge, k: number, entry: Value): void {
  const loads = new Set(b.ops.filter((o) => o.opc === Opc.getlocal && o.aux === k));
  if (loads.size === 0) return;
  const f = (x: Value): Value => (x instanceof Op && loads.has(x) ? entry : x);
  b.ops = b.ops.filter((o) => !loads.has(o));
  const snaps = new Set<Snapshot>();
  for (const o of b.ops) {
    o.args = o.args.map(f);
    if (o.snapshot !== null) snaps.add(o.snapshot);
  }
  for (const sn of snaps) sn.map(f);
  b.jumpArgs = b.jumpArgs.map(f);
  for (const pr of b.promote) pr[1] = f(pr[1]);
}

/** Whether compiled code arriving at the loop from before it calls the entry hook (CodeCache.entry). */
function armEntry(ls: LoopState, cache: CodeCache): void {
  if (cache.entry !== null) cache.entry[ls.header] = ls.state === State.Compiled && ls.parked === 0 ? 1 : 0;
}

/** Drops a loop's trace so that it is recorded again; after too many times, leaves the loop alone. */
function discard(ls: LoopState, cj: CodeJit): void {
  ls.compiled = null;
  ls.rec = null;
  ls.bridges.clear();
  ls.noBridge.clear();
  ls.inlinedExits = 0;
  ls.state = State.Warm;
  armEntry(ls, codeCache(ls.code));
  ls.counter = 0;
  ls.entryFailures = 0;
  ls.firstIterationExits = 0;
  stats.discarded++;
  if (++ls.discards > params.retrace_limit + 3) {
    ls.state = State.Dead;
    cj.live--;
  }
}

function recordLoop(ls: LoopState, cj: CodeJit, frame: Frame): boolean {
  const t0 = performance.now();
  recording = true;
  let rec;
  try {
    rec = new Recorder(frame, ls.header, INNER_LOOPS, !ls.noInlining).record();
  } catch (e) {
    recording = false;
    stats.recordMs += performance.now() - t0;
    if (!(e instanceof TraceAbort)) {
      noteAbort(ls, cj, "exception while recording");
      throw e;
    }
    noteAbort(ls, cj, e.reason);
    return true;
  }
  recording = false;
  const t1 = performance.now();
  stats.recordMs += t1 - t0;
  rec.trace.licm = ls.licm;
  optimize(rec.trace);
  const t2 = performance.now();
  stats.optimizeMs += t2 - t1;
  if (onlyCalls(rec.trace)) {
    // The baseline tier runs those calls as fast, without the cost of entering and leaving.
    if (debug) process.stderr.write(`[jit] ${ls.code.name}:${ls.code.lineOf(ls.header)}: only calls, left to the baseline tier\n`);
    stats.aborts++;
    countReason("only calls: left to the baseline tier");
    ls.state = State.Dead;
    cj.live--;
    // The recording ran the iteration: the frame is at the loop's header.
    return true;
  }
  let compiled: CompiledLoop;
  try {
    compiled = compileTrace(rec.trace, rec.code, rec.header);
  } catch (e) {
    noteAbort(ls, cj, `backend: ${(e as Error).message}`);
    return true;
  }
  stats.compileMs += performance.now() - t2;
  stats.loops++;
  resumeAtExits(compiled);
  // Bridges extend the loop's own trace (not one that runs inner loops' traces on the frame).
  ls.rec = rec.trace.ops.some((o) => o.opc === Opc.call_loop) ? null : rec;
  ls.compiled = compiled;
  ls.state = State.Compiled;
  armEntry(ls, codeCache(ls.code));
  ls.shortEntries = ls.shortIters = 0;
  if (debug) compiledLoops.push(compiled);
  if (logOptFile !== null) logTrace(rec.trace, compiled);
  // The recorder ran one iteration: the frame is at the loop header again; go on compiled.
  enter(ls, cj, frame);
  return true;
}

/** Ops a loop body may have and still do nothing but what the baseline tier would do. */
const CALLS_ONLY = new Set([Opc.call_r, Opc.call_b, Opc.call_v, Opc.guard_true, Opc.guard_false, Opc.guard_nonnull,
  Opc.guard_isnull, Opc.guard_no_interrupt, Opc.guard_not_forced, Opc.jump]);

/**
 * Whether the optimized loop body is nothing but residual calls and guards on their results
 * (values the recorder could not specialize: big ints, objects of many classes): the trace would
 * make the same calls as the baseline tier, and cost an entry and an exit more each time.
 */
function onlyCalls(trace: import("./ir").Trace): boolean {
  const ops = trace.ops;
  for (let i = trace.labelIndex() + 1; i < ops.length; i++) if (!CALLS_ONLY.has(ops[i].opc)) return false;
  return true;
}

/**
 * Asks the baseline tier to compile the places where the trace leaves the loop's frame as places
 * its code can go on from (CodeObject.resumeAt), so that after an exit the rest of the call runs
 * compiled rather than in the interpreter. Code already compiled without them is compiled again
 * at its next call.
 */
function resumeAtExits(c: CompiledLoop): void {
  const code = c.code;
  const at = code.resumeAt ?? (code.resumeAt = []);
  let added = false;
  for (const s of c.exits) {
    if (s.frames !== null || s.synced || at.includes(s.pc)) continue;
    at.push(s.pc);
    const d = code.resumeDepths;
    if (d === null || s.pc >= d.length || d[s.pc] < 0) added = true;
  }
  if (added && typeof code.baseline === "function") code.baseline = null;
  if (added && typeof code.genBaseline === "function") code.genBaseline = null;
}

const debug = process.env.TYPHON_JIT_DEBUG === "1";
/** TYPHON_JIT_BRIDGES=0 turns bridges off (for measuring what they bring). */
const bridgesOn = process.env.TYPHON_JIT_BRIDGES !== "0";
/** With TYPHON_JIT_DEBUG=1: every trace compiled, for the exit counts in the summary. */
const compiledLoops: CompiledLoop[] = [];

/** The exits each trace took most (TYPHON_JIT_DEBUG=1 with jit-summary). */
function exitReport(): string[] {
  const lines: string[] = [];
  for (const c of compiledLoops) {
    const hot = c.exitCounts.map((n, i) => [n, i]).filter(([n]) => n > 0).sort((a, b) => b[0] - a[0]).slice(0, 6);
    lines.push(`  ${where(c)}: ${c.exitCounts.reduce((a, b) => a + b, 0)} exits`);
    for (const [n, i] of hot) {
      const s = c.exits[i];
      const inner = s.frames === null ? "" : ` in ${s.frames.map((f) => `${(f.func as PyFunction).code.name}@${f.pc}`).join(" > ")}`;
      lines.push(`    ${String(n).padStart(8)}  exit ${i} at pc ${s.pc}${inner}`);
    }
  }
  return lines;
}

function countReason(reason: string): void {
  stats.abortReasons.set(reason, (stats.abortReasons.get(reason) ?? 0) + 1);
}

function noteAbort(ls: LoopState, cj: CodeJit, reason: string): void {
  if (debug) process.stderr.write(`[jit] abort ${ls.code.name}:${ls.code.lineOf(ls.header)} @${ls.header}: ${reason}\n`);
  stats.aborts++;
  countReason(reason);
  if (reason === "loop exit" && ++ls.exitAborts <= 50 || reason.startsWith("inline: ") && ++ls.inlineAborts <= 50) {
    // Or a callee could not be inlined: it is marked, and the next recording calls it instead.
    // The loop ended during the recorded iteration (a short loop): try again at its next back edge.
    ls.counter = params.threshold - 1;
    return;
  }
  ls.counter = 0;
  if (++ls.aborts > params.retrace_limit + 3) {
    ls.state = State.Dead;
    cj.live--;
  }
}

function where(c: CompiledLoop): string {
  return `${c.code.name} ${c.code.filename}:${c.code.lineOf(c.header)}`;
}

function logTrace(trace: import("./ir").Trace, c: CompiledLoop): void {
  appendFileSync(logOptFile!, `# loop at ${where(c)} (instruction ${c.header})\n${printTrace(trace)}\n` +
    `# JavaScript\n${c.source}\n\n`);
}

function summary(): string {
  const lines = [
    "[jit-summary]",
    `loops compiled:     ${stats.loops}`,
    `traces aborted:     ${stats.aborts}`,
  ];
  for (const [r, n] of [...stats.abortReasons].sort((a, b) => b[1] - a[1])) lines.push(`  ${n.toString().padStart(6)}  ${r}`);
  lines.push(
    `loop entries:       ${stats.entries}`,
    `entry guard fails:  ${stats.entryFailures}`,
    `guard failures:     ${stats.guardFailures}`,
    `traces discarded:   ${stats.discarded}`,
    `short loops parked: ${stats.parked}`,
    `bridges compiled:   ${stats.bridges}`,
    `bridges aborted:    ${stats.bridgeAborts}`,
    `recording time:     ${stats.recordMs.toFixed(1)} ms`,
    `optimizing time:    ${stats.optimizeMs.toFixed(1)} ms`,
    `compiling time:     ${stats.compileMs.toFixed(1)} ms`,
  );
  if (debug) lines.push("exits taken (TYPHON_JIT_DEBUG=1):", ...exitReport());
  return lines.join("\n") + "\n";
}

/**
 * The hook `h`, for an exception out of it with frames of inlined calls linked above the loop's
 * frame (a call out of inlined code raised, in a trace or while recording): the interpreter
 * raises it in the innermost of those frames, where its handler search starts.
 */
function raisingInTop(h: (frame: Frame, cache: CodeCache, target: number) => boolean): LoopHook {
  return (frame, cache, target) => {
    try {
      const ran = h(frame, cache, target);
      if (raisedInTrace) {
        raisedInTrace = false;
        return HOOK_RAISED;
      }
      return ran ? HOOK_RAN : HOOK_NO;
    } catch (e) {
      if (topFrame === frame || e === THREAD_SWITCH || e === FRAME_PUSHED) throw e;
      raiseInTopFrame(e);
      return HOOK_RAN;
    }
  };
}

/** Installs the JIT: the loop hook, and TYPHONLOG's outputs. */
export function installJit(): void {
  setLoopThreshold(params.threshold);
  setLoopHook(raisingInTop(onLoop));
  setLoopEntryHook(raisingInTop(onLoopEntry));
  const log = process.env.TYPHONLOG;
  if (log) {
    for (const part of log.split(",")) {
      if (part === "jit-summary") process.on("exit", () => process.stderr.write(summary()));
      else if (part.startsWith("jit-log-opt:")) {
        logOptFile = part.slice("jit-log-opt:".length);
        writeFileSync(logOptFile, "");
      }
    }
  }
}

export function statsSnapshot(): Record<string, number> {
  return {
    loops: stats.loops, aborts: stats.aborts, entries: stats.entries, entry_failures: stats.entryFailures,
    guard_failures: stats.guardFailures, discarded: stats.discarded,
  };
}

/** After set_param: new counters start from the new threshold. */
export function paramsChanged(): void {
  setLoopThreshold(params.threshold);
}
