// _signal: Linux's signal numbers, the Python-level handler table, and delivery.
//
// A signal "arrives" when the process sends it to itself (os.kill(os.getpid(), n), raise_signal,
// pthread_kill, _thread.interrupt_main) or when an alarm/interval timer expires (polled by the eval
// breaker and by the green-thread scheduler while it waits). A signal with a Python handler is
// marked pending and the eval breaker runs the handler in the main thread at its next safe point
// (raise_signal and os.kill run it at once when called in the main thread, as CPython does). A
// signal whose handler is SIG_DFL is raised for real with process.kill, so SIGTERM ends the process
// as in CPython; SIG_IGN'd signals are dropped; blocked ones (pthread_sigmask) wait in sigpending().
// Signals sent from outside the process reach Node's event loop, which never runs while Python code
// does: they keep their default action (docs/threads.md).

import { fstatSync, writeSync } from "fs";
import { call, index, toArray } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { makeSet } from "../objects/pyset";
import { None, PyBuiltinFunction, PyTuple, PyValue, typeOf } from "../objects/types";
import { PyFloat } from "../objects/types";
import { topFrame } from "../vm/eval";
import { frameEscapes } from "../vm/frame";
import { armBreaker, Breaker, disarmBreaker, evalBreaker, runtime } from "../vm/runtime";
import { block, current, mainThread, threads, timers } from "../vm/threads";
import { exitHook } from "./childproc";
import { writeEndpoint } from "./socket";
import { flushStd } from "./sysio";
import { defFunctions, defineModule, moduleFunction, nativeType } from "./registry";

const SIGNALS: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9,
  SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16, SIGCHLD: 17,
  SIGCLD: 17, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
  SIGRTMIN: 34, SIGRTMAX: 64,
};
const NSIG = 65;

// glibc's strsignal texts.
const DESCRIPTIONS = [
  "", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
  "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
  "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
  "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
  "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed", "I/O possible",
  "Power failure", "Bad system call",
];

/** Node's name for a signal number (for process.kill). */
const NODE_NAMES = new Map<number, string>(Object.entries(SIGNALS).filter(([n]) => !["SIGIOT", "SIGCLD", "SIGPOLL",
  "SIGRTMIN", "SIGRTMAX", "SIGSTKFLT"].includes(n)).map(([n, v]) => [v, n]));

const SIG_DFL = 0;
const SIG_IGN = 1;

function signum(v: PyValue): number {
  const i = index(v);
  const n = typeof i === "bigint" ? -1 : i;
  if (n < 1 || n >= NSIG) raiseError(E.ValueError, "signal number out of range");
  return n;
}

function osError(errno: number, msg: string): never {
  throw call(E.OSError, [errno, msg]);
}

/** Signals the kernel lets no one catch, and the two glibc keeps for itself. */
function uncatchable(n: number): boolean {
  return n === 9 || n === 19 || n === 32 || n === 33;
}

/** Signals whose default action is to do nothing. */
function ignoredByDefault(n: number): boolean {
  return n === 17 || n === 18 || n === 23 || n === 28 || n >= 32;
}

// ---- delivery ---------------------------------------------------------------------------------------

/** The handler of each signal: SIG_DFL, SIG_IGN or a callable. */
const handlers = new Map<number, PyValue>();
/** Signals that arrived and whose handler has not run yet. */
const pending = new Set<number>();
/** Blocked signals (pthread_sigmask) and those of them that arrived (sigpending). */
const mask = new Set<number>();
const blockedPending = new Set<number>();
/** Handlers run so far (signal.pause waits for one more). */
let handled = 0;
let wakeupFd = -1;

/**
 * A signal arrives for the process: its handler is marked to run in the main thread, or the
 * default action is taken for real. Returns false when SIG_DFL would kill the process.
 */
function arrive(n: number): void {
  if (mask.has(n)) {
    blockedPending.add(n);
    return;
  }
  const h = handlers.get(n) ?? SIG_DFL;
  if (h === SIG_IGN) return;
  if (h === SIG_DFL) {
    if (ignoredByDefault(n)) return;
    const name = NODE_NAMES.get(n);
    if (name !== undefined) {
      flushStd();
      process.kill(process.pid, name as NodeJS.Signals);
      // The kernel delivers it before kill() returns; Node's own listeners may keep us alive.
    }
    return;
  }
  if (wakeupFd >= 0 && !writeEndpoint(wakeupFd, new Uint8Array([n]))) {
    try {
      writeSync(wakeupFd, Buffer.from([n]));
    } catch {
      // A full or closed wake-up pipe: CPython only warns.
    }
  }
  pending.add(n);
  armBreaker(Breaker.Signals);
}

/** Runs the handlers of the pending signals (main thread; from the eval breaker and the scheduler). */
function serviceSignals(): void {
  disarmBreaker(Breaker.Signals);
  for (let n = 1; n < NSIG; n++) {
    if (!pending.has(n)) continue;
    pending.delete(n);
    const h = handlers.get(n) ?? SIG_DFL;
    if (h === SIG_DFL || h === SIG_IGN) continue;
    handled++;
    try {
      frameEscapes();
      call(h, [n, topFrame ?? None]);
    } catch (e) {
      // The others still run, at the next safe point.
      if (pending.size > 0) armBreaker(Breaker.Signals);
      throw e;
    }
  }
}

// A child process's exit is learnt when the scheduler or waitpid looks (childproc.ts): SIGCHLD
// arrives then, as the kernel sends it when the child ends.
exitHook.childExited = () => arrive(17);

/** After a signal arrived from this thread: the main thread runs its handler at once. */
function checkSignals(): void {
  if ((evalBreaker & Breaker.Signals) !== 0 && current === mainThread) serviceSignals();
}

/** _thread.interrupt_main: a signal arrives, unless its handler is SIG_DFL or SIG_IGN. */
export function interruptMain(v: PyValue): void {
  const n = signum(v);
  const h = handlers.get(n) ?? SIG_DFL;
  if (h === SIG_DFL || h === SIG_IGN) return;
  pending.add(n);
  armBreaker(Breaker.Signals);
  // CPython's CALL checks the eval breaker when the function returns: the main thread's handler runs now.
  checkSignals();
}

/** os.kill(os.getpid(), n): true when the signal was delivered here (else the caller sends it for real). */
export function killSelf(n: number): boolean {
  if (n <= 0 || n >= NSIG || uncatchable(n)) return false;
  arrive(n);
  checkSignals();
  return true;
}

// ---- timers: alarm, setitimer -----------------------------------------------------------------------

/** ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF: the time left (ms of their clock) and the interval. */
class ITimer {
  /** When it expires on its clock (0: disarmed). */
  due = 0;
  interval = 0;
  constructor(readonly signal: number, readonly clock: () => number) {}
}

const cpuMs = (user: boolean): number => {
  const u = process.cpuUsage();
  return (user ? u.user : u.user + u.system) / 1000;
};
const itimers = [
  new ITimer(14, () => performance.now()),
  new ITimer(26, () => cpuMs(true)),
  new ITimer(27, () => cpuMs(false)),
];

/** When the scheduler must next look at the timers (wall ms); CPU timers are polled every ms. */
function rescheduleTimers(): void {
  let next = Infinity;
  const real = itimers[0];
  if (real.due !== 0) next = real.due;
  if (itimers[1].due !== 0 || itimers[2].due !== 0) next = Math.min(next, performance.now() + 1);
  timers.next = next;
  if (next === Infinity) disarmBreaker(Breaker.Timers);
  else armBreaker(Breaker.Timers);
}

function fireTimers(): void {
  for (const t of itimers) {
    if (t.due === 0) continue;
    const now = t.clock();
    if (now < t.due) continue;
    // An interval timer that fell behind (a long native call) fires once, not once per missed interval.
    t.due = t.interval > 0 ? (t.due + t.interval > now ? t.due + t.interval : now + t.interval) : 0;
    arrive(t.signal);
  }
  rescheduleTimers();
}
timers.fire = fireTimers;

function itimerValue(t: ITimer): PyTuple {
  const left = t.due === 0 ? 0 : Math.max(t.due - t.clock(), 0.001);
  return new PyTuple([new PyFloat(left / 1000), new PyFloat(t.interval / 1000)]);
}

function secondsArg(v: PyValue): number {
  const x = v instanceof PyFloat ? v.value : Number(index(v));
  return x;
}

defineModule("_signal", (dict) => {
  for (const [n, v] of Object.entries(SIGNALS)) dict.set(n, v);
  dict.set("NSIG", NSIG);
  dict.set("SIG_DFL", SIG_DFL);
  dict.set("SIG_IGN", SIG_IGN);
  dict.set("SIG_BLOCK", 0);
  dict.set("SIG_UNBLOCK", 1);
  dict.set("SIG_SETMASK", 2);
  dict.set("ITIMER_REAL", 0);
  dict.set("ITIMER_VIRTUAL", 1);
  dict.set("ITIMER_PROF", 2);
  const itimerError = nativeType("signal", "itimer_error", E.OSError);
  dict.set("ItimerError", itimerError);

  const defaultIntHandler: PyBuiltinFunction = moduleFunction("_signal", "default_int_handler", () => {
    raiseError(E.KeyboardInterrupt);
  });
  dict.set("default_int_handler", defaultIntHandler);

  // What CPython installs at startup: SIGINT raises KeyboardInterrupt, SIGPIPE (and SIGXFSZ) are ignored.
  for (let n = 1; n < NSIG; n++) if (!(n === 32 || n === 33)) handlers.set(n, SIG_DFL);
  handlers.set(2, defaultIntHandler);
  handlers.set(13, SIG_IGN);
  handlers.set(25, SIG_IGN);
  runtime.serviceSignals = serviceSignals;

  const mainOnly = (what: string): void => {
    if (current !== mainThread) raiseError(E.ValueError, `${what} only works in main thread of the main interpreter`);
  };
  const whichTimer = (v: PyValue): ITimer => {
    const i = index(v);
    if (i !== 0 && i !== 1 && i !== 2) throw call(itimerError, [22, "Invalid argument"]);
    return itimers[i as number];
  };
  const setTimer = (t: ITimer, seconds: number, interval: number): void => {
    t.due = seconds > 0 ? t.clock() + seconds * 1000 : 0;
    t.interval = seconds > 0 && interval > 0 ? interval * 1000 : 0;
    rescheduleTimers();
  };

  defFunctions(dict, "_signal", {
    signal(args, kwnames) {
      checkArgs("signal", args, kwnames, 2, 2, 0);
      const h = args[1];
      const n = signum(args[0]);
      mainOnly("signal");
      const isConst = (h === SIG_DFL || h === SIG_IGN);
      if (!isConst && typeOf(h).lookup("__call__") === undefined) {
        typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
      }
      if (uncatchable(n)) osError(22, "Invalid argument");
      const old = handlers.get(n) ?? None;
      handlers.set(n, h);
      return old;
    },
    getsignal(args, kwnames) {
      checkArgs("getsignal", args, kwnames, 1, 1, 0);
      return handlers.get(signum(args[0])) ?? None;
    },
    raise_signal(args, kwnames) {
      checkArgs("raise_signal", args, kwnames, 1, 1, 0);
      const i = index(args[0]);
      const n = typeof i === "bigint" ? -1 : i;
      if (n === 0) return None;
      if (n < 0 || n >= NSIG) osError(22, "Invalid argument");
      arrive(n);
      checkSignals();
      return None;
    },
    strsignal(args, kwnames) {
      checkArgs("strsignal", args, kwnames, 1, 1, 0);
      const n = signum(args[0]);
      if (n < DESCRIPTIONS.length) return DESCRIPTIONS[n];
      if (n >= 34) return `Real-time signal ${n - 34}`;
      return None;
    },
    valid_signals(args, kwnames) {
      checkArgs("valid_signals", args, kwnames, 0, 0, 0);
      const sigs: number[] = [];
      for (let n = 1; n < NSIG; n++) if (n !== 32 && n !== 33) sigs.push(n);
      return makeSet(sigs);
    },
    default_int_handler: defaultIntHandler.fn,
    siginterrupt(args, kwnames) {
      checkArgs("siginterrupt", args, kwnames, 2, 2, 0);
      signum(args[0]);
      return None;
    },
    set_wakeup_fd(args, kwnames) {
      // set_wakeup_fd(fd, /, *, warn_on_full_buffer=True)
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos !== 1) typeError(npos === 0 ? "set_wakeup_fd() missing required argument 'fd' (pos 1)"
        : `set_wakeup_fd() takes exactly 1 positional argument (${npos} given)`);
      if (kwnames !== null && kwnames.some((k) => k !== "warn_on_full_buffer")) {
        typeError(`set_wakeup_fd() got an unexpected keyword argument '${kwnames.find((k) => k !== "warn_on_full_buffer")}'`);
      }
      const fdv = args[0];
      const fd = Number(index(fdv!));
      mainOnly("set_wakeup_fd");
      if (fd !== -1) {
        try {
          fstatSync(fd);
        } catch {
          raiseError(E.ValueError, `the fd ${fd} must be in non-blocking mode`);
        }
      }
      const old = wakeupFd;
      wakeupFd = fd;
      return old;
    },
    alarm(args, kwnames) {
      checkArgs("alarm", args, kwnames, 1, 1, 0);
      const secs = Number(index(args[0]));
      const t = itimers[0];
      let old = 0;
      if (t.due !== 0) {
        // glibc's alarm() rounds the time left to the nearest second, and up from below one.
        const left = (t.due - t.clock()) / 1000;
        old = Math.max(Math.round(left), left > 0 ? 1 : 0);
      }
      setTimer(t, secs, 0);
      return old;
    },
    pause(args, kwnames) {
      checkArgs("pause", args, kwnames, 0, 0, 0);
      const seen = handled;
      // The value is the call's, also when the thread switches out in place (vm/threads.ts).
      return block({ take: () => handled !== seen, deadline: Infinity, result: () => None }, args);
    },
    getitimer(args, kwnames) {
      checkArgs("getitimer", args, kwnames, 1, 1, 0);
      return itimerValue(whichTimer(args[0]));
    },
    setitimer(args, kwnames) {
      checkArgs("setitimer", args, kwnames, 2, 3, 0);
      const t = whichTimer(args[0]);
      const secs = secondsArg(args[1]);
      const interval = args.length > 2 ? secondsArg(args[2]) : 0;
      if (secs < 0 || interval < 0) throw call(itimerError, [22, "Invalid argument"]);
      const old = itimerValue(t);
      setTimer(t, secs, interval);
      return old;
    },
    pthread_sigmask(args, kwnames) {
      checkArgs("pthread_sigmask", args, kwnames, 2, 2, 0);
      const how = index(args[0]);
      const sigs = toArray(args[1]).map(signum);
      const old = makeSet([...mask].sort((a, b) => a - b));
      if (how === 0) sigs.forEach((n) => mask.add(n));
      else if (how === 1) sigs.forEach((n) => mask.delete(n));
      else if (how === 2) {
        mask.clear();
        sigs.forEach((n) => mask.add(n));
      } else osError(22, "Invalid argument");
      // Unblocked signals that arrived meanwhile are delivered now.
      for (const n of [...blockedPending]) {
        if (!mask.has(n)) {
          blockedPending.delete(n);
          arrive(n);
        }
      }
      checkSignals();
      return old;
    },
    sigpending(args, kwnames) {
      checkArgs("sigpending", args, kwnames, 0, 0, 0);
      return makeSet([...blockedPending].sort((a, b) => a - b));
    },
    sigwait(args, kwnames) {
      checkArgs("sigwait", args, kwnames, 1, 1, 0);
      const sigs = toArray(args[0]).map(signum);
      let got = 0;
      const take = (): boolean => {
        const n = sigs.find((s) => blockedPending.has(s));
        if (n === undefined) return false;
        blockedPending.delete(n);
        got = n;
        return true;
      };
      if (take()) return got;
      return block({ take, deadline: Infinity, result: () => got }, args);
    },
    pthread_kill(args, kwnames) {
      checkArgs("pthread_kill", args, kwnames, 2, 2, 0);
      const tid = Number(index(args[0]));
      const i = index(args[1]);
      const n = typeof i === "bigint" ? -1 : i;
      if (n < 0 || n >= NSIG) osError(22, "Invalid argument");
      if (!threads.some((t) => t.ident === tid)) osError(3, "No such process");
      if (n === 0) return None;
      arrive(n);
      checkSignals();
      return None;
    },
  });
  // Re-store default_int_handler so that the module attribute is the one in the handler table.
  dict.set("default_int_handler", defaultIntHandler);
}, "This module provides mechanisms to use signal handlers in Python.");
