// _signal: Linux's signal numbers and the Python-level handler table.
//
// Best effort: handlers are recorded and called synchronously by raise_signal (and by
// default_int_handler's KeyboardInterrupt); signals arriving from outside the process are not
// delivered to Python handlers (the interpreter runs synchronously in Node's event loop).
// A signal whose handler is SIG_DFL is raised for real with process.kill, so SIGTERM ends the
// process as in CPython; SIG_IGN'd signals are dropped. alarm/setitimer/pause are stubs.

import { call, index, toArray } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { makeSet } from "../objects/pyset";
import { None, PyBuiltinFunction, PyTuple, PyValue, typeOf } from "../objects/types";
import { PyFloat } from "../objects/types";
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
  const handlers = new Map<number, PyValue>();
  for (let n = 1; n < NSIG; n++) if (!(n === 32 || n === 33)) handlers.set(n, SIG_DFL);
  handlers.set(2, defaultIntHandler);
  handlers.set(13, SIG_IGN);
  handlers.set(25, SIG_IGN);

  const mask = new Set<number>();

  defFunctions(dict, "_signal", {
    signal(args, kwnames) {
      checkArgs("signal", args, kwnames, 2, 2, 0);
      const h = args[1];
      const n = signum(args[0]);
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
      if (mask.has(n)) return None;
      const h = handlers.get(n) ?? SIG_DFL;
      if (h === SIG_IGN) return None;
      if (h === SIG_DFL) {
        const name = NODE_NAMES.get(n);
        if (name !== undefined && n !== 17 && n !== 18 && n !== 23 && n !== 28) {
          process.stdout.write("");
          process.kill(process.pid, name as NodeJS.Signals);
        }
        return None;
      }
      call(h, [n, None]);
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
    set_wakeup_fd(args) {
      if (args.length < 1) typeError("set_wakeup_fd() missing required argument 'fd' (pos 1)");
      index(args[0]);
      return -1;
    },
    alarm(args, kwnames) {
      checkArgs("alarm", args, kwnames, 1, 1, 0);
      index(args[0]);
      return 0;
    },
    pause(args, kwnames) {
      checkArgs("pause", args, kwnames, 0, 0, 0);
      return None;
    },
    getitimer(args, kwnames) {
      checkArgs("getitimer", args, kwnames, 1, 1, 0);
      return new PyTuple([new PyFloat(0), new PyFloat(0)]);
    },
    setitimer(args, kwnames) {
      checkArgs("setitimer", args, kwnames, 2, 3, 0);
      return new PyTuple([new PyFloat(0), new PyFloat(0)]);
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
      return old;
    },
    sigpending(args, kwnames) {
      checkArgs("sigpending", args, kwnames, 0, 0, 0);
      return makeSet([]);
    },
    pthread_kill(args, kwnames) {
      checkArgs("pthread_kill", args, kwnames, 2, 2, 0);
      index(args[0]);
      signum(args[1]);
      return None;
    },
  });
  // Re-store default_int_handler so that the module attribute is the one in the handler table.
  dict.set("default_int_handler", defaultIntHandler);
}, "This module provides mechanisms to use signal handlers in Python.");
