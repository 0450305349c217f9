// gc and atexit.
//
// gc: Typhon's memory is V8's, so there are no generations to tune; the module keeps CPython's
// interface and state (enable/disable, thresholds, callbacks, garbage) and collect() ends JS's
// keep-alive of weak targets, asks V8 for a collection when Node allows it, then runs weakref
// callbacks of dead referents.
// atexit: the exit functions, run by the interpreter after the main module (interp.ts).

import type { Context } from "vm";
import { nodeV8, nodeVm } from "../vm/nodelib";
import { call, intValue, richEqBool } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, toPyException } from "../objects/exceptions";
import { checkArgs, parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { False, None, PyList, PyTuple, PyValue, True, typeOf } from "../objects/types";
import { defFunctions, defineModule } from "./registry";
import { Op } from "../bytecode/opcodes";
import { Frame } from "../vm/frame";
import { renewSlice, threads, topFrameOf } from "../vm/threads";
import { runDeadCallbacks } from "./weakref";
import { finalizerHooks, runFinalizers } from "../objects/finalize";
import { callDescr, getAttr } from "../objects/abstract";
import { PyFunction, PyObject } from "../objects/types";
import { sysDict } from "./sys";
import { runtime } from "../vm/runtime";

let enabled = true;
let thresholds: [number, number, number] = [700, 10, 10];
let debugFlags = 0;
let frozen = 0;
let v8gc: ((opts?: { type: "major" | "minor" }) => void) | null | undefined;
// JS keeps the target of every WeakRef created or dereferenced during the current job alive
// until the job ends (KeepDuringJob), and a Python program runs as one long job: without help
// no weakly referenced object would ever die. A microtask checkpoint ends that keep-alive set;
// evaluating a script in a context whose microtasks run after each evaluation performs one
// synchronously (it clears the isolate-wide set, not only this context's).
let checkpointCtx: Context | null | undefined;

function endKeepAlive(): void {
  if (checkpointCtx === undefined) {
    try {
      checkpointCtx = nodeVm().createContext({}, { microtaskMode: "afterEvaluate" });
    } catch {
      checkpointCtx = null;
    }
  }
  if (checkpointCtx) nodeVm().runInContext("0", checkpointCtx);
}

/**
 * Clears the value-stack slots above the stack pointer of every frame waiting in a CALL, in
 * every thread. The eval loop does not clear the slots it pops (that would cost every
 * instruction), so a popped operand stays reachable from its frame until the slot is reused:
 * `o = C(); r = ref(o); del o; gc.collect()` would find `o` alive through the argument slot of
 * `ref(o)`, where CPython's refcount has already freed it. Only frames stopped at CALL are
 * touched: there sp is exact (the arguments were copied out before the call), while a frame
 * under another instruction's native call (an operator's dunder, a property) may still need
 * slots above its stored sp.
 */
function dropPoppedValues(): void {
  for (const t of threads) {
    for (let f: Frame | null = topFrameOf(t); f !== null; f = f.back) {
      if ((f.code.code[f.lasti] & 0xff) !== Op.CALL) continue;
      const stack = f.stack;
      for (let i = Math.max(f.sp, 0); i < stack.length; i++) stack[i] = null;
    }
  }
}

/**
 * Reports an exception nobody can catch (raised by a finalizer, a weakref callback...) through
 * sys.unraisablehook, as CPython's PyErr_WriteUnraisable: `obj` is what it was raised in.
 */
export function writeUnraisable(e: unknown, obj: PyValue, errMsg: PyValue = None): void {
  try {
    const exc = toPyException(e);
    const hook = sysDict.getStr("unraisablehook");
    const dflt = sysDict.getStr("__unraisablehook__");
    if (hook === undefined || hook === None || !(dflt instanceof PyFunction)) return;
    const argsType = dflt.globals.getStr("UnraisableHookArgs");
    if (argsType === undefined) return;
    const tb = getAttr(exc, "__traceback__");
    call(hook, [call(argsType, [new PyTuple([typeOf(exc), exc, tb, errMsg, obj])])]);
  } catch {
    // CPython prints a failing hook's own error to stderr; it is dropped here.
  }
}

finalizerHooks.endKeepAlive = endKeepAlive;
runtime.writeUnraisable = (e, obj) => writeUnraisable(e, obj);
finalizerHooks.finalize = (o: PyObject) => {
  const del = typeOf(o).lookup("__del__");
  if (del === undefined) return;
  try {
    callDescr(del, o, []);
  } catch (e) {
    // CPython's slot_tp_finalize reports the __del__ function; a native finalizer the object.
    writeUnraisable(e, del instanceof PyFunction ? del : o);
  }
};

/** A V8 collection: full for generation 2 (and 1), a scavenge of the young space for 0. */
export function forceCollection(generation: number): void {
  if (v8gc === undefined) {
    try {
      nodeV8().setFlagsFromString("--expose-gc");
      v8gc = nodeVm().runInNewContext("gc") as (opts?: { type: "major" | "minor" }) => void;
    } catch {
      v8gc = null;
    }
  }
  dropPoppedValues();
  endKeepAlive();
  if (v8gc) v8gc(generation === 0 ? { type: "minor" } : undefined);
}

defineModule("gc", (d: PyDict) => {
  const garbage = new PyList([]);
  const callbacks = new PyList([]);
  d.set("garbage", garbage);
  d.set("callbacks", callbacks);
  d.set("DEBUG_STATS", 1);
  d.set("DEBUG_COLLECTABLE", 2);
  d.set("DEBUG_UNCOLLECTABLE", 4);
  d.set("DEBUG_SAVEALL", 32);
  d.set("DEBUG_LEAK", 38);
  defFunctions(d, "gc", {
    enable: () => {
      enabled = true;
      return None;
    },
    disable: () => {
      enabled = false;
      return None;
    },
    isenabled: () => (enabled ? True : False),
    collect: (args, kw) => {
      const [gen] = parseArgs("collect", args, kw, ["generation"], 0);
      const g = gen === undefined ? 2 : Number(intValue(gen) ?? 2);
      if (g < 0 || g > 2) raiseError(E.ValueError, "invalid generation");
      const info = new PyDict();
      info.set("generation", g);
      for (const cb of callbacks.items) call(cb, ["start", info]);
      forceCollection(g);
      // The collection may outlast the slice: the weakref callbacks that follow get a fresh one,
      // so that they are not preempted under this native call (which would pin the thread).
      renewSlice();
      const n = runFinalizers() + runDeadCallbacks();
      const done = new PyDict();
      done.set("generation", g);
      done.set("collected", n);
      done.set("uncollectable", 0);
      for (const cb of callbacks.items) call(cb, ["stop", done]);
      return n;
    },
    get_count: () => new PyTuple([0, 0, 0]),
    get_threshold: () => new PyTuple(thresholds),
    set_threshold: (args, kw) => {
      checkArgs("set_threshold", args, kw, 1, 3, 0);
      const v = args.map((a) => Number(intValue(a) ?? 0));
      thresholds = [v[0], v[1] ?? thresholds[1], v[2] ?? thresholds[2]];
      return None;
    },
    get_debug: () => debugFlags,
    set_debug: (args) => {
      debugFlags = Number(intValue(args[0]) ?? 0);
      return None;
    },
    get_objects: () => new PyList([]),
    get_stats: () => new PyList([0, 1, 2].map(() => {
      const s = new PyDict();
      s.set("collections", 0);
      s.set("collected", 0);
      s.set("uncollectable", 0);
      return s;
    })),
    get_referrers: () => new PyList([]),
    get_referents: () => new PyList([]),
    is_tracked: (args) => (typeof args[0] === "object" && !(args[0] === None) ? True : False),
    is_finalized: () => False,
    freeze: () => {
      frozen++;
      return None;
    },
    unfreeze: () => {
      frozen = 0;
      return None;
    },
    get_freeze_count: () => frozen,
  });
}, "This module provides access to the garbage collector for reference cycles.");

// ---- atexit ----------------------------------------------------------------------------------------

const exitFuncs: { fn: PyValue; args: PyValue[]; kwnames: string[] }[] = [];

/**
 * Runs the registered functions, last registered first; an exception in one is reported
 * ("Exception ignored in atexit callback") and the others still run.
 */
export function runAtexit(report: (e: unknown, fn: PyValue) => void): void {
  while (exitFuncs.length > 0) {
    const f = exitFuncs.pop()!;
    try {
      call(f.fn, f.args, f.kwnames.length ? f.kwnames : null);
    } catch (e) {
      report(toPyException(e), f.fn);
    }
  }
}

defineModule("atexit", (d: PyDict) => {
  defFunctions(d, "atexit", {
    register: (args, kw) => {
      if (args.length - (kw?.length ?? 0) < 1) raiseError(E.TypeError, "register() takes at least 1 argument (0 given)");
      const fn = args[0];
      if (typeOf(fn).lookup("__call__") === undefined) {
        raiseError(E.TypeError, "the first argument must be callable");
      }
      exitFuncs.push({ fn, args: args.slice(1), kwnames: kw ? kw.slice() : [] });
      return fn;
    },
    unregister: (args, kw) => {
      checkArgs("unregister", args, kw, 1, 1, 0);
      for (let i = exitFuncs.length - 1; i >= 0; i--) {
        if (exitFuncs[i].fn === args[0] || richEqBool(exitFuncs[i].fn, args[0])) exitFuncs.splice(i, 1);
      }
      return None;
    },
    _run_exitfuncs: () => {
      runAtexit(() => undefined);
      return None;
    },
    _clear: () => {
      exitFuncs.length = 0;
      return None;
    },
    _ncallbacks: () => exitFuncs.length,
  });
}, "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
