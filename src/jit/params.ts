// The JIT's parameters, with PyPy's names and defaults (rpython/rlib/jit.py PARAMETERS), set
// with `typhon --jit name=value,...` or `typhonjit.set_param(...)`; `--jit off` disables the JIT.

export interface JitParams {
  /** Back edges of a loop before it is traced. */
  threshold: number;
  /** Calls of a function before it is traced from its start (not used yet: functions are inlined). */
  function_threshold: number;
  /** Failures of a guard before a bridge is traced from it. */
  trace_eagerness: number;
  /** Amount to decay all counters by every loop_longevity generation (kept for compatibility). */
  decay: number;
  /** Maximal length of a trace, in IR operations. */
  trace_limit: number;
  /** Inline calls to Python functions (0/1). */
  inlining: number;
  /**
   * Typhon's own: inlined code may call out (builtins, functions not inlined), with the inlined
   * frames made for the call (0/1; off by default until it pays: docs/jit.md).
   */
  calls_out: number;
  /** Kept for compatibility with pypyjit. */
  loop_longevity: number;
  /** How many times a loop may be retraced after an abort before it is left to the interpreter. */
  retrace_limit: number;
  max_retrace_guards: number;
  max_unroll_loops: number;
  max_unroll_recursion: number;
  disable_unrolling: number;
  /** Optimizer passes to run, separated by ':' ("all" or a list of pass names). */
  enable_opts: string;
}

export const DEFAULTS: Readonly<JitParams> = {
  threshold: 1039,
  function_threshold: 1619,
  trace_eagerness: 200,
  decay: 40,
  trace_limit: 6000,
  inlining: 1,
  calls_out: 0,
  loop_longevity: 1000,
  retrace_limit: 0,
  max_retrace_guards: 15,
  max_unroll_loops: 0,
  max_unroll_recursion: 7,
  disable_unrolling: 200,
  enable_opts: "all",
};

export const params: JitParams = { ...DEFAULTS };

/** False after `--jit off` / set_param("off"). */
export let jitEnabled = true;

export class JitParamError extends Error {}

/**
 * Applies a parameter string as PyPy's pypyjit.set_param does: "off", "default", or
 * "name=value,name=value".
 */
export function setParams(spec: string): void {
  spec = spec.trim();
  if (spec === "off") {
    jitEnabled = false;
    return;
  }
  if (spec === "default") {
    Object.assign(params, DEFAULTS);
    jitEnabled = true;
    return;
  }
  for (const part of spec.split(",")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0) throw new JitParamError(`no value given for param ${part}`);
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    setParam(name, value);
  }
  jitEnabled = true;
}

export function setParam(name: string, value: string | number): void {
  if (!Object.prototype.hasOwnProperty.call(DEFAULTS, name)) throw new JitParamError(`no such jit parameter: ${name}`);
  const key = name as keyof JitParams;
  if (key === "enable_opts") {
    params.enable_opts = String(value);
    return;
  }
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(n)) throw new JitParamError(`jit parameter ${name} needs an integer, got ${String(value)}`);
  (params as unknown as Record<string, number>)[key] = n;
}

export function setEnabled(on: boolean): void {
  jitEnabled = on;
}
