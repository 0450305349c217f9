// Declaring native functions and methods, and parsing their arguments (written once, so the
// TypeError messages come out of one place).

import { attributeError, typeError } from "./exceptions";
import {
  NativeFn, PyBuiltinFunction, PyGetSetDescr, PyMethodDescr, PyType, PyValue, classMethodDescrType, memberDescrType,
  PyClassMethod, PyStaticMethod, staticmethodType, wrapperDescrType,
} from "./types";

/** Special methods that CPython implements as type slots (their descriptors are slot wrappers). */
const SLOT_NAMES = new Set([
  "__init__", "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__getattr__", "__setattr__",
  "__delattr__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__iter__", "__next__", "__get__",
  "__set__", "__delete__", "__del__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
  "__await__", "__aiter__", "__anext__", "__bool__", "__index__", "__int__", "__float__", "__neg__", "__pos__",
  "__abs__", "__invert__",
  ...["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "or",
    "xor"].flatMap((n) => [`__${n}__`, `__r${n}__`, `__i${n}__`]),
]);
SLOT_NAMES.delete("__idivmod__");

/**
 * How many arguments (besides self) a slot wrapper takes, [min, max], for the slots whose
 * implementations read their arguments without checking: the wrapper checks them instead
 * (check_num_args, or PyArg_UnpackTuple with an empty name for the two-argument slots).
 */
const SLOT_ARITY = new Map<string, [number, number]>([
  ...["__contains__", "__delitem__", "__getitem__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__getattribute__", "__getattr__", "__delattr__", "__delete__"].map((n) => [n, [1, 1]] as [string, [number, number]]),
  ...["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "lshift", "rshift", "and", "or", "xor"]
    .flatMap((n) => [`__${n}__`, `__r${n}__`, `__i${n}__`]).map((n) => [n, [1, 1]] as [string, [number, number]]),
  ["__setitem__", [2, 2]], ["__setattr__", [2, 2]], ["__set__", [2, 2]], ["__get__", [1, 2]],
  ["__pow__", [1, 2]], ["__rpow__", [1, 2]], ["__ipow__", [1, 2]],
]);

function slotArgsChecked(t: PyType, name: string, fn: NativeFn): NativeFn {
  const arity = SLOT_ARITY.get(name);
  if (arity === undefined) return fn;
  const [min, max] = arity;
  return (args, kwnames) => {
    const n = args.length - 1;
    if (n < min || n > max) {
      // The sequence and mapping types define __getitem__ as a plain method (METH_O|METH_COEXIST).
      if (name === "__getitem__") typeError(`${t.name}.__getitem__() takes exactly one argument (${n} given)`);
      if (max === 1) typeError(`expected 1 argument, got ${n}`);
      if (min === max) typeError(` expected ${min} arguments, got ${n}`);
      typeError(n < min ? ` expected at least ${min} argument${min > 1 ? "s" : ""}, got ${n}` : ` expected at most ${max} arguments, got ${n}`);
    }
    return fn(args, kwnames);
  };
}

export function defMethod(t: PyType, name: string, fn: NativeFn, doc: string | null = null): void {
  t.ns.set(name, SLOT_NAMES.has(name)
    ? new PyMethodDescr(t, name, slotArgsChecked(t, name, fn), doc, wrapperDescrType)
    : new PyMethodDescr(t, name, fn, doc));
}

export function defMethods(t: PyType, table: Record<string, NativeFn>): void {
  for (const name of Object.keys(table)) defMethod(t, name, table[name]);
}

/** A class method implemented natively (`dict.fromkeys`): fn receives the class as args[0]. */
export function defClassMethod(t: PyType, name: string, fn: NativeFn): void {
  const f = new PyBuiltinFunction(name, fn, null, `${t.name}.${name}`);
  f.objclass = t;
  t.ns.set(name, new PyClassMethod(f, classMethodDescrType));
}

export function defStaticMethod(t: PyType, name: string, fn: NativeFn): void {
  const f = new PyBuiltinFunction(name, fn, null, `${t.name}.${name}`);
  f.owner = t;
  t.ns.set(name, new PyStaticMethod(f, staticmethodType));
}

export function defGetSet(t: PyType, name: string, get: (self: PyValue) => PyValue,
                          set: ((self: PyValue, v: PyValue | undefined) => void) | null = null): void {
  t.ns.set(name, new PyGetSetDescr(t, name, get, set));
}

/**
 * A native attribute that CPython defines as a member (PyMemberDef): it works as a getset, but its
 * type is member_descriptor and writing a read-only one says "readonly attribute".
 */
export function defMember(t: PyType, name: string, get: (self: PyValue) => PyValue, doc: string | null = null,
                          set: ((self: PyValue, v: PyValue | undefined) => void) | null = null): void {
  const d = new PyGetSetDescr(t, name, get, set ?? (() => attributeError("readonly attribute")), doc);
  d.cls = memberDescrType;
  t.ns.set(name, d);
}

/** Sets `__new__`: fn receives the class as args[0]. */
export function defNew(t: PyType, fn: NativeFn): void {
  // Not bound to t: `T.__new__(cls, ...)` passes the class explicitly (CPython's tp_new_wrapper).
  const f = new PyBuiltinFunction("__new__", fn, null, `${t.name}.__new__`);
  f.owner = t;
  t.ns.set("__new__", f);
  t.nativeNew = (cls, args, kw) => fn([cls, ...args], kw);
}

export function builtinFunction(name: string, fn: NativeFn, module: string | null = "builtins"): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, null, name, null, module);
}

export function noKwargs(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Checks a positional-only call: `name` gets between min and max arguments (self excluded:
 * `offset` arguments are skipped, 1 for methods). Messages follow CPython's Argument Clinic
 * (`pop expected at most 1 argument, got 2`).
 */
export function checkArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number,
                          offset = 1): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
  const n = args.length - offset;
  if (n < min || n > max) {
    if (min === max) {
      if (min === 0) typeError(`${name}() takes no arguments (${n} given)`);
      if (min === 1) typeError(`${name}() takes exactly one argument (${n} given)`);
      typeError(`${name} expected ${plural(min, "argument")}, got ${n}`);
    }
    if (n < min) typeError(`${name} expected at least ${plural(min, "argument")}, got ${n}`);
    typeError(`${name} expected at most ${plural(max, "argument")}, got ${n}`);
  }
}

/**
 * Binds positional and keyword arguments to `params` (the names; positional-only ones
 * first, `posOnly` of them). Returns one entry per parameter, undefined when not given.
 * `required` leading parameters must be given. Self is not part of `args` here.
 */
export function parseArgs(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null,
                          params: readonly string[], required: number, posOnly = 0, maxPositional = params.length): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > maxPositional) {
    typeError(`${fname}() takes at most ${plural(maxPositional, "argument")} (${npos} given)`);
  }
  const out: (PyValue | undefined)[] = new Array(params.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const idx = params.indexOf(name);
    if (idx < 0 || idx < posOnly) {
      if (idx >= 0) typeError(`${fname}() got some positional-only arguments passed as keyword arguments: '${name}'`);
      typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    }
    if (out[idx] !== undefined) typeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < posOnly || nkw === 0) typeError(`${fname}() takes at least ${plural(required, "argument")} (${npos} given)`);
      typeError(`${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/**
 * Binds arguments as Argument Clinic's generated parsers do (3.11 messages): `params` named,
 * the first `posOnly` positional-only, the ones from `kwOnly` on keyword-only, the first
 * `required` required; a missing argument is reported before an unknown keyword, as
 * _PyArg_UnpackKeywords does. Self is not part of `args`.
 */
export function clinicArgs(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null,
                           params: readonly string[], required: number, posOnly = 0,
                           kwOnly = params.length): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > params.length) {
    typeError(`${fname}() takes at most ${params.length} ${npos === 0 ? "keyword " : ""}argument${params.length === 1 ? "" : "s"} (${args.length} given)`);
  }
  if (npos > kwOnly) {
    if (kwOnly === params.length) {
      typeError(`${fname}() takes at most ${kwOnly} argument${kwOnly === 1 ? "" : "s"} (${npos} given)`);
    }
    typeError(`${fname}() takes ${required === kwOnly ? "exactly" : "at most"} ${kwOnly} positional argument${kwOnly === 1 ? "" : "s"} (${npos} given)`);
  }
  const out: (PyValue | undefined)[] = params.map((_, i) => (i < npos ? args[i] : undefined));
  let bad: string | null = null;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = params.indexOf(name);
    if (i < posOnly) { bad ??= name; continue; }
    if (out[i] !== undefined) typeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] !== undefined) continue;
    if (i < posOnly) typeError(`${fname}() takes ${required === kwOnly ? "exactly" : "at least"} ${required} positional argument${required === 1 ? "" : "s"} (${npos} given)`);
    typeError(`${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  if (bad !== null) typeError(`'${bad}' is an invalid keyword argument for ${fname}()`);
  return out;
}
