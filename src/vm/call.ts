// Binding call arguments to a Python function's parameters (CPython's
// _PyEval_MakeFrameVector / initialize_locals), with CPython's TypeError messages.

import { CodeFlag, CodeObject } from "../bytecode/code";
import { typeError } from "../objects/exceptions";
import { PyDict } from "../objects/pydict";
import { PyFunction, PyTuple, PyValue, PyStrObj } from "../objects/types";
import { repr } from "../objects/abstract";

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? "" : "s"}`;
}

/**
 * Fills `fast` (the new frame's localsplus) from positional args followed by keyword values
 * named by kwnames.
 */
export function bindArgs(f: PyFunction, code: CodeObject, fast: (PyValue | undefined)[], args: readonly PyValue[],
                         kwnames: readonly string[] | null): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const flags = code.flags;
  const names = code.localsplusnames;
  const total = argcount + kwonly;
  let varargsIdx = -1;
  let varkwIdx = -1;
  let next = total;
  if (flags & CodeFlag.VARARGS) varargsIdx = next++;
  if (flags & CodeFlag.VARKEYWORDS) varkwIdx = next++;
  const qn = f.qualname;

  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) fast[i] = args[i];
  if (varargsIdx >= 0) fast[varargsIdx] = new PyTuple(npos > argcount ? args.slice(argcount, npos) : []);
  else if (npos > argcount) tooManyPositional(f, code, npos, kwnames, args);

  let kwdict: PyDict | null = null;
  if (varkwIdx >= 0) fast[varkwIdx] = kwdict = new PyDict();
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = args[npos + k];
    let idx = -1;
    for (let j = code.posonlyargcount; j < total; j++) {
      if (names[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict === null) {
        const posOnly = names.slice(0, code.posonlyargcount).indexOf(name);
        if (posOnly >= 0) {
          typeError(`${qn}() got some positional-only arguments passed as keyword arguments: '${name}'`);
        }
        typeError(`${qn}() got an unexpected keyword argument '${name}'`);
      }
      kwdict.set(name, value);
      continue;
    }
    if (fast[idx] !== undefined) typeError(`${qn}() got multiple values for argument '${name}'`);
    fast[idx] = value;
  }

  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = f.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - ndef;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i >= firstDefault) fast[i] = defaults![i - firstDefault];
      else missing.push(names[i]);
    }
    if (missing.length) missingArgs(qn, missing, "positional");
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const d = f.kwdefaults === null ? undefined : f.kwdefaults.getStr(names[i]);
      if (d !== undefined) fast[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length) missingArgs(qn, missing, "keyword-only");
  }
}

function missingArgs(qn: string, missing: string[], kind: string): never {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  typeError(`${qn}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? "" : "s"}: ${list}`);
}

function tooManyPositional(f: PyFunction, code: CodeObject, npos: number, kwnames: readonly string[] | null,
                           args: readonly PyValue[]): never {
  const argcount = code.argcount;
  const ndef = f.defaults === null ? 0 : f.defaults.length;
  let kwGiven = 0;
  if (kwnames !== null) {
    for (const k of kwnames) {
      const i = code.localsplusnames.indexOf(k);
      if (i >= 0 && i < argcount + code.kwonlyargcount) kwGiven++;
    }
  }
  void args;
  const atLeast = argcount - ndef;
  const takes = ndef > 0 ? `from ${atLeast} to ${argcount} positional arguments` : plural(argcount, "positional argument");
  const given = kwGiven > 0
    ? `${npos} positional argument${npos === 1 ? "" : "s"} (and ${plural(kwGiven, "keyword-only argument")}) were given`
    : `${npos} ${npos === 1 ? "was" : "were"} given`;
  typeError(`${f.qualname}() takes ${takes} but ${given}`);
}

/** Keys of a ** mapping must be strings. */
export function kwKeyName(funcDesc: string, k: PyValue): string {
  if (typeof k === "string") return k;
  if (k instanceof PyStrObj) return k.value;
  void repr;
  typeError(`${funcDesc} keywords must be strings`);
}
