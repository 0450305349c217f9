// _lsprof: the profiler behind cProfile. A Profiler installs itself as the thread's profile
// function (vm/trace.ts, natively: sys.getprofile() returns the Profiler) and keeps, per
// function (a code object, or a builtin named by its label), the call count, the recursive
// call count, the total and inline times, and per callee the same numbers (the "subcalls").
// Times come from a monotonic nanosecond clock, or from a user timer function.
//
// As CPython's Modules/_lsprof.c: a call pushes a context (start time, time spent in callees);
// its return pops it and charges the elapsed time to the function (total time only at the
// outermost level of recursion, as recursive calls are counted separately).

import { call, intValue, repr, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError } from "../objects/exceptions";
import { defMethods, defNew, parseArgs } from "../objects/native";
import { newStructSeqType, makeStructSeq } from "../objects/structseq";
import { None, PyBuiltinFunction, PyFloat, PyMethodDescr, PyList, PyModule, PyObject, PyType, PyValue } from "../objects/types";
import { pyCodeOf } from "../vm/eval";
import { Frame } from "../vm/frame";
import { setNativeProfile, TraceEvent, tstate } from "../vm/trace";
import { defineModule, nativeType } from "./registry";

const entryType = newStructSeqType({
  module: "_lsprof",
  name: "profiler_entry",
  doc: null,
  fields: [
    ["code", "code object or built-in function name"],
    ["callcount", "how many times this was called"],
    ["reccallcount", "how many times called recursively"],
    ["totaltime", "total time in this entry"],
    ["inlinetime", "inline time in this entry (not in subcalls)"],
    ["calls", "details of the calls"],
  ],
  nInSequence: 6,
});

const subentryType = newStructSeqType({
  module: "_lsprof",
  name: "profiler_subentry",
  doc: null,
  fields: [
    ["code", "called code object or built-in function name"],
    ["callcount", "how many times this is called"],
    ["reccallcount", "how many times this is called recursively"],
    ["totaltime", "total time spent in this call"],
    ["inlinetime", "inline time (not in further subcalls)"],
  ],
  nInSequence: 5,
});

/** Counters of one function, or of one caller-callee pair. */
class Counts {
  callcount = 0;
  reccallcount = 0;
  tt = 0;
  it = 0;
  recursionLevel = 0;
}

class Entry extends Counts {
  /** Callees of this function, by key. */
  calls = new Map<unknown, Counts>();
  constructor(readonly key: unknown, readonly label: PyValue) {
    super();
  }
}

interface Context {
  entry: Entry;
  t0: number;
  /** Time spent in callees. */
  subt: number;
  previous: Context | null;
}

const SUBCALLS = 1;
const BUILTINS = 2;

export class PyProfiler extends PyObject {
  entries = new Map<unknown, Entry>();
  current: Context | null = null;
  flags = SUBCALLS | BUILTINS;
  enabled = false;
  timer: PyValue = None;
  timeunit = 0;
  constructor(cls: PyType) {
    super(cls);
  }

  now(): number {
    if (this.timer === None) return Number(process.hrtime.bigint() - clockStart);
    let v: PyValue;
    try {
      v = call(this.timer, []);
    } catch {
      return 0;
    }
    if (this.timeunit > 0) return Number(intValue(v) ?? (v instanceof PyFloat ? Math.trunc(v.value) : 0));
    const s = v instanceof PyFloat ? v.value : Number(intValue(v) ?? 0);
    return Math.floor(s * 1e9);
  }

  enter(key: unknown, label: PyValue): void {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = new Entry(key, label);
      this.entries.set(key, entry);
    }
    const ctx: Context = { entry, t0: 0, subt: 0, previous: this.current };
    this.current = ctx;
    entry.recursionLevel++;
    if ((this.flags & SUBCALLS) && ctx.previous !== null) {
      const caller = ctx.previous.entry;
      let sub = caller.calls.get(key);
      if (sub === undefined) {
        sub = new Counts();
        caller.calls.set(key, sub);
      }
      sub.recursionLevel++;
    }
    ctx.t0 = this.now();
  }

  leave(key: unknown): void {
    const ctx = this.current;
    if (ctx === null) return;
    const entry = this.entries.get(key);
    if (entry !== undefined) this.stop(ctx, entry);
    else this.current = ctx.previous;
  }

  /** Ends a call: charges the time to the entry and to the caller's sub-entry. */
  stop(ctx: Context, entry: Entry): void {
    const tt = this.now() - ctx.t0;
    const it = tt - ctx.subt;
    if (ctx.previous !== null) ctx.previous.subt += tt;
    this.current = ctx.previous;
    if (--entry.recursionLevel === 0) entry.tt += tt;
    else entry.reccallcount++;
    entry.it += it;
    entry.callcount++;
    if ((this.flags & SUBCALLS) && ctx.previous !== null) {
      const sub = ctx.previous.entry.calls.get(entry.key);
      if (sub !== undefined) {
        if (--sub.recursionLevel === 0) sub.tt += tt;
        else sub.reccallcount++;
        sub.it += it;
        sub.callcount++;
      }
    }
  }

  /** Ends the calls still open (disable()). */
  flushUnmatched(): void {
    while (this.current !== null) {
      const ctx = this.current;
      this.stop(ctx, ctx.entry);
    }
  }

  hook = (frame: Frame, event: TraceEvent, arg: PyValue): void => {
    switch (event) {
      case TraceEvent.CALL: {
        const code = pyCodeOf(frame.code);
        this.enter(code, code);
        break;
      }
      case TraceEvent.RETURN:
        this.leave(pyCodeOf(frame.code));
        break;
      case TraceEvent.C_CALL:
        if ((this.flags & BUILTINS) && arg instanceof PyBuiltinFunction) {
          const label = builtinLabel(arg);
          this.enter(label, label);
        }
        break;
      case TraceEvent.C_RETURN:
      case TraceEvent.C_EXCEPTION:
        if ((this.flags & BUILTINS) && arg instanceof PyBuiltinFunction) this.leave(builtinLabel(arg));
        break;
      default:
        break;
    }
  };
}

const clockStart = process.hrtime.bigint();

/**
 * How a builtin is named in the stats (normalizeUserObj): the repr of the method found on its
 * self's type ("<method 'append' of 'list' objects>"), else "<built-in method module.name>".
 */
function builtinLabel(f: PyBuiltinFunction): string {
  const self = f.self;
  if (self !== null && !(self instanceof PyModule)) {
    const t = typeof self === "object" ? (self as PyObject).cls : null;
    try {
      const m = t !== null ? t.lookup(f.name) : undefined;
      if (m instanceof PyMethodDescr) {
        // The repr of the method descriptor, with the owner's tp_name (module-qualified).
        const mod = m.owner.ns.get("__module__");
        const owner = typeof mod === "string" && mod !== "builtins" ? `${mod}.${m.owner.name}` : m.owner.name;
        return `<method '${m.name}' of '${owner}' objects>`;
      }
      if (m !== undefined) return repr(m);
    } catch {
      // fall through to the plain name
    }
    return `<built-in method ${f.name}>`;
  }
  const mod = self instanceof PyModule ? self.name : f.module;
  if (mod !== null && mod !== undefined && mod !== "") return `<built-in method ${mod}.${f.name}>`;
  return `<built-in method ${f.name}>`;
}

function asProfiler(v: PyValue): PyProfiler {
  if (!(v instanceof PyProfiler)) {
    raiseError(E.TypeError, `descriptor requires a '_lsprof.Profiler' object but received a '${typeName(v)}'`);
  }
  return v;
}

function flagArg(v: PyValue | undefined, old: boolean): boolean {
  if (v === undefined) return old;
  const n = intValue(v);
  if (n === undefined) raiseError(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(n) < 0 ? old : Number(n) !== 0;
}

function disable(p: PyProfiler): void {
  if (p.enabled && tstate.profileObj === p) setNativeProfile(None, null);
  p.enabled = false;
  p.flushUnmatched();
}

defineModule("_lsprof", (d) => {
  const t = nativeType("_lsprof", "Profiler");
  t.ns.set("__doc__", "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n" +
    "    Builds a profiler object using the specified timer function.\n" +
    "    The default timer is a fast built-in one based on real time.\n" +
    "    For custom timer functions returning integers, timeunit can\n" +
    "    be a float specifying a scale (i.e. how long each integer unit\n" +
    "    is, in seconds).\n");
  defNew(t, (args) => new PyProfiler(args[0] as PyType));
  t.nativeNew = (cls) => new PyProfiler(cls);
  defMethods(t, {
    __init__(args, kw) {
      const p = asProfiler(args[0]);
      const [timer, timeunit, subcalls, builtins] = parseArgs("Profiler", args.slice(1), kw,
        ["timer", "timeunit", "subcalls", "builtins"], 0);
      disable(p);
      p.entries.clear();
      p.current = null;
      p.timer = timer ?? None;
      p.timeunit = timeunit === undefined || timeunit === None ? 0
        : timeunit instanceof PyFloat ? timeunit.value : Number(intValue(timeunit) ?? 0);
      p.flags = (flagArg(subcalls, true) ? SUBCALLS : 0) | (flagArg(builtins, true) ? BUILTINS : 0);
      return None;
    },
    enable(args, kw) {
      const p = asProfiler(args[0]);
      const [subcalls, builtins] = parseArgs("enable", args.slice(1), kw, ["subcalls", "builtins"], 0);
      p.flags = (flagArg(subcalls, (p.flags & SUBCALLS) !== 0) ? SUBCALLS : 0) |
        (flagArg(builtins, (p.flags & BUILTINS) !== 0) ? BUILTINS : 0);
      setNativeProfile(p, p.hook);
      p.enabled = true;
      return None;
    },
    disable(args, kw) {
      parseArgs("disable", args.slice(1), kw, [], 0);
      disable(asProfiler(args[0]));
      return None;
    },
    clear(args, kw) {
      parseArgs("clear", args.slice(1), kw, [], 0);
      const p = asProfiler(args[0]);
      p.entries.clear();
      p.current = null;
      return None;
    },
    getstats(args, kw) {
      parseArgs("getstats", args.slice(1), kw, [], 0);
      const p = asProfiler(args[0]);
      const factor = p.timer !== None && p.timeunit > 0 ? p.timeunit : 1e-9;
      const out: PyValue[] = [];
      for (const e of p.entries.values()) {
        let calls: PyValue = None;
        if (e.calls.size > 0) {
          const subs: PyValue[] = [];
          for (const [key, s] of e.calls) {
            const callee = p.entries.get(key);
            subs.push(makeStructSeq(subentryType, [callee === undefined ? None : callee.label, s.callcount,
              s.reccallcount, new PyFloat(s.tt * factor), new PyFloat(s.it * factor)]));
          }
          calls = new PyList(subs);
        }
        out.push(makeStructSeq(entryType, [e.label, e.callcount, e.reccallcount, new PyFloat(e.tt * factor),
          new PyFloat(e.it * factor), calls]));
      }
      return new PyList(out);
    },
  });
  d.set("Profiler", t);
  d.set("profiler_entry", entryType);
  d.set("profiler_subentry", subentryType);
});
