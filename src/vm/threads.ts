// Green threads: Python threads that the interpreter switches between itself (docs/threads.md).
//
// Every thread has its own frames and thread state (VMState: the top frame, the recursion depth,
// the exception being handled; plus the per-thread values registered in `perThread`). Only one
// runs at a time. A thread switches out at a safe point of the eval loop (the eval breaker, once
// the switch interval has passed and another thread can run) and whenever it blocks (a lock,
// time.sleep).
//
// The JS stack decides how a thread can switch:
// - In place: when the thread's innermost `run` is its base run (the one the scheduler started),
//   and the blocking call was made directly by a CALL (or BEFORE_WITH) of that run, the thread
//   saves its state and throws THREAD_SWITCH, which the base run passes on to the scheduler. Its
//   frames stay linked on the heap; it resumes later from any scheduler, with the blocking
//   call's value pushed on its top frame's stack (or an exception thrown in).
// - Pinned: under native code (a sort key, a generator, __eq__ from a dict, a blocking method
//   called through a native function) the thread's frames are part of the JS stack. It runs the
//   scheduler nested on top of itself (`schedule`), which runs the other threads until its wait
//   is over, and then returns to it. A pinned thread continues only once every thread started
//   above it has switched out in place or ended; if one of those blocks for good on something
//   only a thread pinned below can do, it gets a RuntimeError instead of a silent hang.
//
// The main thread's base run is the __main__ module (runMainThread, used by runMain); other
// threads' base runs are their start functions. When no thread can run, the scheduler waits for
// the earliest deadline (a sleep, a lock timeout, an alarm) in wall time; without any, every
// thread is blocked for good, and the waiting thread gets a RuntimeError (CPython would hang).

import { Op } from "../bytecode/opcodes";
import { PyBaseException, raiseError, RuntimeError, toPyException } from "../objects/exceptions";
import { None, PyBuiltinFunction, PyMethod, PyMethodDescr, PyValue } from "../objects/types";
import { currentEntry, loadVMState, noteThreadStarted, run, saveVMState, setResumeFrame, topFrame, VMState } from "./eval";
import { Frame } from "./frame";
import { armBreaker, Breaker, disarmBreaker, evalBreaker, interruptFlag, runtime, takeInterrupt, THREAD_SWITCH } from "./runtime";

export const enum TState {
  /** Started, its base frame not made yet. */
  New,
  /** Switched out in place, can go on. */
  Ready,
  Running,
  /** Switched out in place, waiting for `wait`. */
  Blocked,
  /** Waiting (or yielding) in a nested scheduler: its frames are on the JS stack. */
  Pinned,
  Done,
}

/** What a blocked thread waits for. */
export interface Wait {
  /** Takes what the thread waits for (a lock) if it can; true when the thread may go on. */
  take(): boolean;
  /** performance.now() time at which the wait gives up; Infinity: never. */
  deadline: number;
  /** The blocking call's value: ok when take() succeeded, else it timed out. */
  result(ok: boolean): PyValue;
}

export class GreenThread {
  readonly vm = new VMState();
  state = TState.New;
  /** The entry frame of the thread's base run (null before it starts; for main, while runMainThread runs). */
  base: Frame | null = null;
  wait: Wait | null = null;
  /** A pinned thread's wait was taken for it by another thread's preemption check (schedule returns at once). */
  granted = false;
  /** Pushed on the top frame's stack when the thread resumes in place (the blocking call's value). */
  resumeValue: PyValue | undefined = undefined;
  /** Raised at the top frame when the thread resumes in place (a signal handler's exception). */
  throwIn: PyBaseException | null = null;
  /** The values of `perThread` while the thread is not running. */
  saved: unknown[] = [];
  /** How the main thread's base run ended when a nested scheduler ran its last slice (runMainThread returns it). */
  exitValue: PyValue = None;
  exitExc: PyBaseException | null = null;

  constructor(readonly ident: number, readonly nativeId: number,
              /** Makes the base frame (in the thread: its errors end the thread). */
              readonly makeBase: (() => Frame) | null,
              /** Called when the thread ends, with what it raised (null: it returned). */
              readonly onExit: ((exc: PyBaseException | null) => void) | null) {}
}

/** Per-thread values kept by other modules (the contextvars context): saved and restored on a switch. */
export const perThread: { get(): unknown; set(v: unknown): void; initial(): unknown }[] = [];

export const MAIN_IDENT = 140245980395328;
export const mainThread = new GreenThread(MAIN_IDENT, process.pid, null, null);
mainThread.state = TState.Running;

/** The thread running Python code now. */
export let current: GreenThread = mainThread;
/** All threads that have not ended, main first. */
export const threads: GreenThread[] = [mainThread];

/** Seconds between forced switches (sys.setswitchinterval). */
let switchInterval = 0.005;
/** Breaker visits between clock reads. */
const TICKS = 64;
let ticks = TICKS;
let sliceEnd = 0;
/** A thread that cannot switch in place is preempted nested only after this many intervals. */
const NESTED_PATIENCE = 20;

/** When the running thread's slice started, and how long the thread that ran before held on (ms). */
let sliceStart = 0;
let lastRan = 0;
/** The most intervals a slice gets to make up for the thread that ran before it. */
const MAX_MAKEUP = NESTED_PATIENCE;

/**
 * Starts the running thread's slice. Every thread that goes on (started, resumed in place or
 * returning from a nested scheduler) gets a new slice: a stale end left by the thread that ran
 * before would preempt it again at the next breaker check. The slice is the switch interval,
 * or as long as the thread before it held on when that was longer (a long native call such as
 * gc.collect(), which cannot be preempted): otherwise a thread calling gc.collect() in a loop
 * would leave the others one interval for each of its collections, and slow them down by the
 * ratio of the two (CPython's collections are short enough for this not to matter there).
 */
function newSlice(): void {
  const now = performance.now();
  const interval = switchInterval * 1000;
  sliceStart = now;
  sliceEnd = now + Math.max(interval, Math.min(lastRan, MAX_MAKEUP * interval));
  lastRan = 0;
}

/** The running thread stops: remembers how long it ran (see newSlice). */
function endSlice(): void {
  lastRan = performance.now() - sliceStart;
}

/** Gives the running thread a fresh interval without ending its slice (gc.collect() after the collection). */
export function renewSlice(): void {
  sliceEnd = performance.now() + switchInterval * 1000;
}

/** The frame a thread is running now (its saved top frame when it is not the running thread). */
export function topFrameOf(t: GreenThread): Frame | null {
  return t === current ? topFrame : t.vm.top;
}

export function getSwitchInterval(): number {
  return switchInterval;
}

export function setSwitchInterval(s: number): void {
  switchInterval = s;
}

export function startThread(t: GreenThread): void {
  noteThreadStarted();
  for (const p of perThread) t.saved.push(p.initial());
  threads.push(t);
  armBreaker(Breaker.Threads);
}

// ---- switching the thread state -----------------------------------------------------------------

function saveThread(t: GreenThread): void {
  saveVMState(t.vm);
  for (let i = 0; i < perThread.length; i++) t.saved[i] = perThread[i].get();
}

function loadExtras(t: GreenThread): void {
  for (let i = 0; i < perThread.length; i++) perThread[i].set(t.saved[i]);
}

function restoreThread(t: GreenThread): void {
  loadVMState(t.vm);
  // The running thread's state is in the loop's globals now: the saved copy would only keep
  // frames that return meanwhile (and everything their locals hold) alive.
  t.vm.top = null;
  t.vm.exc = [None];
  loadExtras(t);
  current = t;
}

/** Switches the running thread out in place (it must be in its base run). */
function switchOut(t: GreenThread, state: TState): never {
  t.state = state;
  saveThread(t);
  endSlice();
  throw THREAD_SWITCH;
}

function canSwitchInPlace(t: GreenThread): boolean {
  return t.base !== null && currentEntry === t.base;
}

/**
 * Whether a native function got `args` directly from the CALL (or BEFORE_WITH) instruction the
 * top frame is executing, so that no other native code is between it and the eval loop.
 */
function calledDirectly(args: readonly PyValue[]): boolean {
  const f = topFrame;
  if (f === null) return false;
  const word = f.code.code[f.lasti];
  const op = word & 0xff;
  const stack = f.stack;
  if (op === Op.BEFORE_WITH) {
    const exit = stack[f.sp - 1];
    return args.length === 1 && exit instanceof PyMethod && exit.self === args[0];
  }
  if (op !== Op.CALL) return false;
  // CALL left sp at the callable's slot; the arguments are still in the slots above it.
  const base = f.sp;
  const end = base + (word >>> 8) + 2;
  let callable = stack[base];
  let start = base + 1;
  if (callable === null) {
    callable = stack[base + 1];
    start = base + 2;
  }
  if (!(callable instanceof PyMethodDescr || callable instanceof PyBuiltinFunction || callable instanceof PyMethod)) {
    return false;
  }
  const n = end - start;
  const off = args.length - n;
  if (off !== 0 && off !== 1) return false;
  for (let i = 0; i < n; i++) if (args[off + i] !== stack[start + i]) return false;
  return true;
}

/**
 * Blocks the current thread until `w` is satisfied or times out; returns the blocking call's
 * value. `args` are the native function's arguments (to see whether it was called directly by
 * the eval loop, so that the thread can switch out in place).
 */
export function block(w: Wait, args: readonly PyValue[]): PyValue {
  const t = current;
  if (threads.length > 1 && canSwitchInPlace(t) && calledDirectly(args)) {
    t.wait = w;
    switchOut(t, TState.Blocked);
  }
  return w.result(waitPinned(t, w));
}

/** Blocks until `w` is satisfied (true) or times out (false), with the thread's frames on the JS stack. */
function waitPinned(self: GreenThread, w: Wait | null): boolean {
  self.state = TState.Pinned;
  self.wait = w;
  saveThread(self);
  endSlice();
  let ok: boolean;
  try {
    ok = schedule(self);
  } finally {
    self.wait = null;
    self.granted = false;
    self.state = TState.Running;
    restoreThread(self);
    newSlice();
  }
  // A signal that arrived meanwhile is handled as the blocking call returns (CPython checks
  // the eval breaker after a CALL).
  if (self === mainThread && (evalBreaker & Breaker.Signals) !== 0) runtime.serviceSignals();
  return ok;
}

/**
 * Runs the other threads until `self` may go on: its wait is satisfied (true) or timed out
 * (false); without a wait (a preemption), after one round of the others. `self` is pinned
 * (below on the JS stack) or switched out in place (the main thread under runMainThread).
 */
function schedule(self: GreenThread): boolean {
  let round = self.wait === null ? threads.length - 1 : -1;
  for (;;) {
    // The main thread switched out in place may be run to its end by a nested scheduler.
    if (self.state === TState.Done) return true;
    const w = self.wait;
    if (w === null) {
      if (round-- <= 0) return true;
    } else if (self.granted || w.take()) {
      self.granted = false;
      return true;
    }
    if (self === mainThread && (evalBreaker & Breaker.Signals) !== 0) {
      if (self.state === TState.Pinned) {
        restoreThread(self);
        try {
          runtime.serviceSignals();
        } finally {
          // Also when a handler raises: waitPinned restores the saved state as it returns.
          saveThread(self);
        }
        continue;
      } else if (deliverToMainInPlace()) {
        return false;
      }
    }
    if (w !== null && performance.now() >= w.deadline) return false;
    if (!runOne(self)) {
      if (w === null) return true;
      idle(self);
    }
  }
}

/** Runs the signal handlers in the main thread switched out in place; true when one raised (main resumes with it). */
function deliverToMainInPlace(): boolean {
  const m = mainThread;
  restoreThread(m);
  try {
    runtime.serviceSignals();
    return false;
  } catch (e) {
    if (e === THREAD_SWITCH) throw e;
    m.throwIn = toPyException(e);
    m.wait = null;
    m.state = TState.Ready;
    return true;
  } finally {
    saveThread(m);
  }
}

let cursor = 0;

/** Runs the next thread that can go on (other than `self`) for a slice; false if there is none. */
function runOne(self: GreenThread): boolean {
  const n = threads.length;
  const now = performance.now();
  for (let k = 0; k < n; k++) {
    cursor = (cursor + 1) % n;
    const t = threads[cursor];
    if (t === self) continue;
    if (t.state === TState.Blocked) {
      const w = t.wait!;
      if (w.take()) settle(t, true);
      else if (now >= w.deadline) settle(t, false);
      else continue;
    }
    if (t.state === TState.Ready || t.state === TState.New) {
      runSlice(t, self);
      return true;
    }
  }
  return false;
}

/** Runs `t` (switched out in place, or new) until it switches out or ends; `owner` is the scheduler's thread. */
function runSlice(t: GreenThread, owner: GreenThread): void {
  const fresh = t.state === TState.New;
  t.state = TState.Running;
  if (!fresh) prepareResume(t);
  // run() adds the base entry to the depth and links it to topFrame again.
  t.vm.top = null;
  t.vm.depth = fresh ? 0 : t.vm.depth - 1;
  restoreThread(t);
  newSlice();
  try {
    let r: PyValue;
    if (fresh) {
      t.base = t.makeBase!();
      r = run(t.base);
    } else {
      const exc = t.throwIn;
      t.throwIn = null;
      r = run(t.base!, exc);
    }
    if (t === mainThread) mainEnded(r, null);
    else endThread(t, null);
  } catch (e) {
    if (e === THREAD_SWITCH) return;
    if (t === mainThread) mainEnded(None, toPyException(e));
    else endThread(t, toPyException(e));
  } finally {
    current = owner;
  }
}

/**
 * Before `t` (switched out in place) resumes: pushes its blocking call's value on its top frame
 * and hands that frame to the next run(), without keeping it in a local of the scheduler (a
 * JS stack slot that lives as long as the run would keep the old frames and their locals alive).
 */
function prepareResume(t: GreenThread): void {
  const top = t.vm.top!;
  if (t.resumeValue !== undefined && t.throwIn === null) top.stack[top.sp++] = t.resumeValue;
  t.resumeValue = undefined;
  setResumeFrame(top);
}

/** The __main__ module finished in a slice a nested scheduler ran: runMainThread takes it from here. */
function mainEnded(value: PyValue, exc: PyBaseException | null): void {
  const m = mainThread;
  m.state = TState.Done;
  m.wait = null;
  m.exitValue = value;
  m.exitExc = exc;
}

function endThread(t: GreenThread, exc: PyBaseException | null): void {
  t.state = TState.Done;
  t.wait = null;
  const i = threads.indexOf(t);
  if (i >= 0) threads.splice(i, 1);
  if (threads.length <= 1) disarmBreaker(Breaker.Threads);
  current = t;
  try {
    t.onExit?.(exc);
  } catch {
    // The report itself failed: nothing left to tell.
  }
}

// ---- waiting for wall time ----------------------------------------------------------------------

/** signal.alarm / setitimer deadlines (performance.now() times); signal.ts fires them. */
export const timers = {
  next: Infinity,
  fire: (): void => {},
};

let sleepCellMade: Int32Array | null = null;
/**
 * A cell nobody notifies, to sleep on with Atomics.wait. Made on first use, as every
 * SharedArrayBuffer here: a V8 start-up snapshot (docs/startup.md) cannot hold one.
 */
export function sleepCell(): Int32Array {
  return (sleepCellMade ??= new Int32Array(new SharedArrayBuffer(4)));
}

/**
 * Activity outside this process that can end a wait: child processes (modules/childproc.ts) exit
 * and write to pipes. While `active()`, a scheduler with nothing to run looks again after at most
 * OUTSIDE_POLL_MS, or as soon as `wake` is notified, instead of reporting a deadlock.
 */
export const outside = {
  active: (): boolean => false,
  wakeCell: null as Int32Array | null,
  /** The cell notified when something outside happened (made on first use). */
  get wake(): Int32Array {
    return (this.wakeCell ??= new Int32Array(new SharedArrayBuffer(4)));
  },
};
const OUTSIDE_POLL_MS = 5;

/** Waits in wall time until `until` (performance.now() ms), or until Ctrl-C at the interactive prompt. */
export function sleepUntil(until: number): void {
  for (;;) {
    const ms = until - performance.now();
    if (ms <= 0) return;
    if (interruptFlag !== null) {
      if (Atomics.wait(interruptFlag, 0, 0, Math.min(ms, 1e9)) !== "timed-out") return;
    } else {
      Atomics.wait(sleepCell(), 0, 0, Math.min(ms, 1e9));
    }
  }
}

/** Nothing can run: waits for the earliest deadline, or reports that every thread is blocked for good. */
function idle(self: GreenThread): void {
  let until = timers.next;
  if (self.wait !== null) until = Math.min(until, self.wait.deadline);
  for (const t of threads) if (t.state === TState.Blocked) until = Math.min(until, t.wait!.deadline);
  if (outside.active()) {
    const ms = Math.min(until - performance.now(), OUTSIDE_POLL_MS);
    if (ms > 0) Atomics.wait(outside.wake, 0, 0, ms);
    if (performance.now() >= timers.next) timers.fire();
    return;
  }
  if (until === Infinity) {
    if ((evalBreaker & Breaker.Interrupt) !== 0 && interruptFlag !== null) {
      // At the interactive prompt, Ctrl-C can still end the wait.
      Atomics.wait(interruptFlag, 0, 0);
      takeInterrupt();
      return;
    }
    const below = threads.some((t) => t !== self && t.state === TState.Pinned);
    raiseError(RuntimeError, below
      ? "deadlock: this thread waits for good while other threads wait beneath it in nested calls (see Typhon's docs/threads.md)"
      : "deadlock: every thread is blocked and none can wake the others up");
  }
  sleepUntil(until);
  if (performance.now() >= timers.next) timers.fire();
}

// ---- the eval breaker ---------------------------------------------------------------------------

/** Called by the eval loop at a safe point when evalBreaker is set (the frame's pc and sp are stored). */
function serviceEvalBreaker(): void {
  const b = evalBreaker;
  if ((b & Breaker.Interrupt) !== 0) takeInterrupt();
  if ((b & Breaker.Timers) !== 0 && performance.now() >= timers.next) timers.fire();
  if ((evalBreaker & Breaker.Signals) !== 0 && current === mainThread) runtime.serviceSignals();
  if ((b & Breaker.Threads) !== 0 && --ticks <= 0) {
    ticks = TICKS;
    const now = performance.now();
    if (now >= sliceEnd) preempt(now);
  }
}

/** The running thread has had its slice: lets another thread run. */
function preempt(now: number): void {
  const t = current;
  if (!threads.some((o) => o !== t && canGoOn(o, now))) {
    sliceEnd = now + switchInterval * 1000;
    return;
  }
  if (canSwitchInPlace(t)) switchOut(t, TState.Ready);
  // Nested under native code: switching here pins the thread under the others, so wait longer.
  if (now < sliceEnd + NESTED_PATIENCE * switchInterval * 1000) return;
  waitPinned(t, null);
}

/**
 * Whether `o` (not running) could go on now. A pinned thread counts too: its scheduler runs
 * beneath the running thread on the JS stack, which must switch out for it to return.
 */
function canGoOn(o: GreenThread, now: number): boolean {
  switch (o.state) {
    case TState.Ready:
    case TState.New:
      return true;
    case TState.Blocked:
      return o.wait!.deadline <= now || o.wait!.take() && unTake(o);
    case TState.Pinned: {
      const w = o.wait;
      if (w === null || o.granted || w.deadline <= now) return true;
      return o.granted = w.take();
    }
    default:
      return false;
  }
}

/** A blocked thread whose wait could be taken now: marks it ready (take() has taken it). */
function unTake(t: GreenThread): boolean {
  settle(t, true);
  return true;
}

/** A thread blocked in place is done waiting: its blocking call's value (or exception) for when it resumes. */
function settle(t: GreenThread, ok: boolean): void {
  try {
    t.resumeValue = t.wait!.result(ok);
  } catch (e) {
    t.resumeValue = undefined;
    t.throwIn = toPyException(e);
  }
  t.wait = null;
  t.state = TState.Ready;
}

/** sleep(0) and friends: lets the other threads that can run have a turn. */
export function yieldThread(args: readonly PyValue[]): void {
  if (threads.length <= 1) return;
  block({ take: () => true, deadline: Infinity, result: () => None }, args);
}

// ---- the main thread --------------------------------------------------------------------------

/** Runs the __main__ module's frame as the main thread's base run, so that main switches out in place too. */
export function runMainThread(frame: Frame): PyValue {
  const m = mainThread;
  const outer = m.base;
  m.base = frame;
  try {
    let resuming = false;
    for (;;) {
      try {
        if (!resuming) return run(frame);
        const exc = m.throwIn;
        m.throwIn = null;
        return run(frame, exc);
      } catch (e) {
        if (e !== THREAD_SWITCH) throw e;
      }
      untilMainCanGo();
      if (m.state === TState.Done) {
        // Its last slice ran in a nested scheduler: main goes on with a fresh state (atexit, shutdown).
        m.state = TState.Running;
        m.vm.top = null;
        m.vm.depth = 0;
        m.vm.exc = [None];
        restoreThread(m);
        const exc = m.exitExc;
        m.exitExc = null;
        if (exc !== null) throw exc;
        return m.exitValue;
      }
      prepareResume(m);
      resuming = true;
      m.vm.top = null;
      m.vm.depth--;
      m.state = TState.Running;
      restoreThread(m);
      newSlice();
    }
  } finally {
    m.base = outer;
  }
}

/** Main switched out in place: runs the others until it can go on. */
function untilMainCanGo(): void {
  const m = mainThread;
  try {
    const blocked = m.state !== TState.Ready;
    const ok = schedule(m);
    if (m.state === TState.Done) return;
    // Main may have run meanwhile in a nested scheduler (it is switched out in place, so any
    // scheduler can run it) and blocked again: its wait is then the one that just ended.
    if (m.wait !== null) m.resumeValue = m.wait.result(ok);
    m.wait = null;
    // As in waitPinned: signals that arrived meanwhile are handled as the blocking call returns.
    if (blocked && (evalBreaker & Breaker.Signals) !== 0 && m.throwIn === null) deliverToMainInPlace();
  } catch (e) {
    if (e === THREAD_SWITCH) throw e;
    m.resumeValue = undefined;
    m.throwIn = toPyException(e);
  }
  m.wait = null;
}

runtime.serviceEvalBreaker = serviceEvalBreaker;
