// The Python-visible side of frames and tracebacks: f_back, f_code, f_locals, f_lineno, ...
// and tb_frame, tb_next, tb_lineno, tb_lasti, plus types.TracebackType(...).

import { addressOf, intValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { bool, False, frameType, None, PyList, PyValue, True, tracebackType } from "../objects/types";
import { localsOf } from "../modules/builtins";
import { pyCodeOf } from "./eval";
import { Frame, frameEscapes, FrameState, FrameTrace } from "./frame";
import { setFrameLineno } from "./framejump";
import { PyTraceback } from "./traceback";

function frameTraceOf(f: Frame): FrameTrace {
  let t = f.trace;
  if (t === null) t = f.trace = new FrameTrace();
  return t;
}

/** f_trace_lines / f_trace_opcodes take a bool (CPython's T_BOOL member). */
function traceFlag(v: PyValue | undefined): boolean {
  if (v === undefined) typeError("can't delete numeric/char attribute");
  if (v !== True && v !== False) typeError("attribute value type must be bool");
  return v === True;
}

export function frameLineno(f: Frame): number | null {
  const l = f.code.lineOf(f.lasti);
  return l >= 0 ? l : f.code.firstlineno;
}

export function initFrameObjects(): void {
  // A generator's frame has no caller while it is not running (its back is stale then).
  defGetSet(frameType, "f_back", (f) => {
    const fr = f as Frame;
    if (fr.back === null || fr.state === FrameState.Created || fr.state === FrameState.Suspended) return None;
    frameEscapes();
    return fr.back;
  });
  defGetSet(frameType, "f_code", (f) => pyCodeOf((f as Frame).code));
  defGetSet(frameType, "f_globals", (f) => (f as Frame).globals);
  defGetSet(frameType, "f_builtins", (f) => (f as Frame).builtins);
  defGetSet(frameType, "f_locals", (f) => localsOf(f as Frame));
  defGetSet(frameType, "f_lineno", (f) => frameLineno(f as Frame) ?? None, (f, v) => setFrameLineno(f as Frame, v));
  defGetSet(frameType, "f_lasti", (f) => Math.max(0, (f as Frame).lasti) * 2);
  defGetSet(frameType, "f_trace", (f) => (f as Frame).trace?.func ?? None, (f, v) => {
    frameTraceOf(f as Frame).func = v === undefined ? None : v;
  });
  defGetSet(frameType, "f_trace_lines", (f) => bool((f as Frame).trace?.lines ?? true), (f, v) => {
    frameTraceOf(f as Frame).lines = traceFlag(v);
  });
  defGetSet(frameType, "f_trace_opcodes", (f) => bool((f as Frame).trace?.opcodes ?? false), (f, v) => {
    frameTraceOf(f as Frame).opcodes = traceFlag(v);
  });
  defMethods(frameType, {
    clear: (args) => {
      const f = args[0] as Frame;
      if (f.state === FrameState.Running || f.state === FrameState.Suspended && f.gen !== null) {
        raiseError(E.RuntimeError, f.state === FrameState.Running ? "cannot clear an executing frame" : "cannot clear a suspended frame");
      }
      f.fast.fill(undefined);
      return None;
    },
    __repr__: (args) => {
      const f = args[0] as Frame;
      return `<frame at 0x${addressOf(f)}, file '${f.code.filename}', line ${frameLineno(f)}, code ${f.code.name}>`;
    },
  });

  // tb_dir: a traceback lists only its four attributes.
  defMethods(tracebackType, { __dir__: () => new PyList(["tb_frame", "tb_next", "tb_lasti", "tb_lineno"]) });
  defGetSet(tracebackType, "tb_frame", (t) => (t as PyTraceback).frame);
  defGetSet(tracebackType, "tb_lineno", (t) => (t as PyTraceback).lineno);
  defGetSet(tracebackType, "tb_lasti", (t) => Math.max(0, (t as PyTraceback).lasti) * 2);
  defGetSet(tracebackType, "tb_next", (t) => (t as PyTraceback).next, (t, v) => {
    if (v === undefined) typeError("can't delete tb_next attribute");
    if (v !== None && !(v instanceof PyTraceback)) typeError(`expected traceback object or None, got '${typeName(v)}'`);
    for (let x: PyValue = v; x instanceof PyTraceback; x = x.next) {
      if (x === t) raiseError(E.ValueError, "traceback loop detected");
    }
    (t as PyTraceback).next = v;
  });
  defNew(tracebackType, (args, kw) => {
    const [next, frame, lasti, lineno] = parseArgs("TracebackType", args.slice(1), kw, ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4);
    if (next !== None && !(next instanceof PyTraceback)) typeError(`expected traceback object or None, got '${typeName(next!)}'`);
    if (!(frame instanceof Frame)) typeError(`TracebackType() argument 'tb_frame' must be frame, not ${typeName(frame!)}`);
    const tb = new PyTraceback(frame, Math.floor(Number(intValue(lasti!) ?? 0) / 2), next!);
    void lineno;
    return tb;
  });
}

