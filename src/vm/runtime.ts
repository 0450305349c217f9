// Services the eval loop needs from the object layer and the native modules, gathered in one
// object so that eval.ts has one import for them and the providers (sets, formatting, imports,
// generators, pattern matching) fill them in at start-up (vm/interp.ts).

import type { PyValue } from "../objects/types";
import type { Frame } from "./frame";

function missing(name: string): never {
  throw new Error(`runtime service '${name}' is not installed`);
}

export interface SendResult {
  done: boolean;
  value: PyValue;
}

export const runtime = {
  makeSet: (_items: PyValue[]): PyValue => missing("makeSet"),
  makeFrozenset: (_items: PyValue[]): PyValue => missing("makeFrozenset"),
  setAdd: (_set: PyValue, _v: PyValue): void => missing("setAdd"),
  setUpdate: (_set: PyValue, _iterable: PyValue): void => missing("setUpdate"),
  format: (_v: PyValue, _spec: PyValue): string => missing("format"),
  ascii: (_v: PyValue): string => missing("ascii"),
  isGenOrCoro: (_v: PyValue): boolean => false,
  /** Reports an exception nothing can raise (a finalizer's) through sys.unraisablehook (gc.ts). */
  writeUnraisable: (_e: unknown, _obj: PyValue): void => {},
  getAwaitable: (_v: PyValue, _where: number): PyValue => missing("getAwaitable"),
  getAiter: (_v: PyValue): PyValue => missing("getAiter"),
  getAnext: (_v: PyValue): PyValue => missing("getAnext"),
  makeGenerator: (_f: Frame): PyValue => missing("makeGenerator"),
  send: (_receiver: PyValue, _v: PyValue): SendResult => missing("send"),
  asyncGenWrap: (_v: PyValue): PyValue => missing("asyncGenWrap"),
  importName: (_frame: Frame, _name: string, _fromlist: PyValue, _level: PyValue): PyValue => missing("importName"),
  importFrom: (_module: PyValue, _name: string): PyValue => missing("importFrom"),
  importStar: (_frame: Frame, _module: PyValue): void => missing("importStar"),
  exceptionGroupMatch: (_eg: PyValue, _t: PyValue): [PyValue, PyValue] => missing("exceptionGroupMatch"),
  prepReraiseStar: (_orig: PyValue, _excs: PyValue[]): PyValue => missing("prepReraiseStar"),
  displayHook: (_v: PyValue): void => missing("displayHook"),
  matchClass: (_subject: PyValue, _cls: PyValue, _nargs: number, _kwnames: string[]): PyValue => missing("matchClass"),
  matchKeys: (_subject: PyValue, _keys: readonly PyValue[]): PyValue => missing("matchKeys"),
  callableName: (_f: PyValue): string | null => null,
  /** The builtin `next` (compiled code calls it without a throw at the end: vm/baseline/rt.ts). */
  nextBuiltin: null as PyValue | null,
  /** The bytes of a bytes-like object, or null. */
  bytesData: (_v: PyValue): Uint8Array | null => null,
  divmod: (_a: PyValue, _b: PyValue): PyValue => missing("divmod"),
  pow3: (_a: PyValue, _b: PyValue, _m: PyValue): PyValue => missing("pow3"),
  execEval: (_mode: "exec" | "eval", _args: PyValue[], _kw: readonly string[] | null): PyValue => missing("exec/eval"),
  compileBuiltin: (_args: PyValue[], _kw: readonly string[] | null): PyValue => missing("compile"),
  input: (_args: PyValue[], _kw: readonly string[] | null): PyValue => missing("input"),
  open: (_args: PyValue[], _kw: readonly string[] | null): PyValue => missing("open"),
  raiseInterrupt: (): void => missing("raiseInterrupt"),
  /** PyErr_WarnEx(category, message, 1) for the object layer (modules/warnings.ts installs it). */
  warn: (_category: "DeprecationWarning" | "RuntimeWarning", _message: string): void => {},
  /** Called at a safe point when evalBreaker is set (vm/threads.ts installs the full one). */
  serviceEvalBreaker: (): void => takeInterrupt(),
  /** Runs the Python handlers of the signals that arrived (in the main thread; signal.ts installs it). */
  serviceSignals: (): void => {},
};

/**
 * The eval breaker (CPython's eval_breaker): nonzero when the loop must call
 * runtime.serviceEvalBreaker at its next safe point (RESUME, JUMP_BACKWARD), with the frame's
 * pc and sp stored. One bit per reason; zero in a plain single-threaded run, so the check costs
 * one load and compare.
 */
export let evalBreaker = 0;

export const enum Breaker {
  /** The interactive prompt's Ctrl-C flag is installed (polled). */
  Interrupt = 1,
  /** A signal handler is waiting to run in the main thread. */
  Signals = 2,
  /** More than one green thread: count ticks towards the switch interval. */
  Threads = 4,
  /** signal.alarm / setitimer deadlines to poll. */
  Timers = 8,
}

export function armBreaker(bit: Breaker): void {
  evalBreaker |= bit;
}

export function disarmBreaker(bit: Breaker): void {
  evalBreaker &= ~bit;
}

/**
 * Thrown (never caught as a Python exception) when a green thread switches out in place: from
 * the eval breaker or from a blocking call made directly by a CALL of the thread's base `run`,
 * which passes it on to the scheduler (vm/threads.ts) with the thread's frames left as they are.
 */
export const THREAD_SWITCH: { readonly threadSwitch: true } = { threadSwitch: true };

/**
 * Thrown (never caught as a Python exception) by a native operation that linked a Python frame
 * above the running frame for the eval loop to run next, instead of running it in a nested
 * `run` (vm/steps.ts): the `run` executing that frame catches it and goes on in the new frame.
 * Only thrown when nothing native stands between the operation and that `run`.
 */
export const FRAME_PUSHED: { readonly framePushed: true } = { framePushed: true };

/**
 * Ctrl-C for code running in a worker thread (the interactive prompt, cli/repl.ts): another
 * thread sets slot 0 of this shared array; the eval breaker polls it and then calls
 * takeInterrupt(). Null when nobody can interrupt.
 */
export let interruptFlag: Int32Array | null = null;

export function setInterruptFlag(flag: Int32Array | null): void {
  interruptFlag = flag;
  if (flag !== null) armBreaker(Breaker.Interrupt);
  else disarmBreaker(Breaker.Interrupt);
}

/** Clears the request and raises KeyboardInterrupt (runtime.raiseInterrupt, set by the REPL). */
export function takeInterrupt(): void {
  if (interruptFlag === null || Atomics.exchange(interruptFlag, 0, 0) === 0) return;
  runtime.raiseInterrupt();
}
