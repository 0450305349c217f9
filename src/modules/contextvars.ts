// _contextvars: ContextVar, Token, Context, copy_context (PEP 567).
//
// A Context maps variables to values; contexts are immutable snapshots underneath (each set
// copies the JS Map), which keeps copy_context() O(1)-shared and simple. The current context is
// module state: Typhon runs one thread of Python at a time.

import { addressOf, call, getIter, hashOf, repr, richEqBool, strValue } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { makeGenericAlias } from "../objects/genericalias";
import { False, None, NotImplemented, PyList, PyObject, PyTuple, PyType, PyValue, True } from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";
import { perThread } from "../vm/threads";

class ContextVar extends PyObject {
  constructor(cls: PyType, readonly name: string, readonly dflt: PyValue | undefined) {
    super(cls);
  }
}

class Context extends PyObject {
  vars: Map<ContextVar, PyValue> = new Map();
  entered = false;
  prev: Context | null = null;
}

class Token extends PyObject {
  used = false;
  constructor(cls: PyType, readonly ctx: Context, readonly v: ContextVar, readonly old: PyValue | undefined) {
    super(cls);
  }
}

let contextType: PyType;
let varType: PyType;
let tokenType: PyType;
let missing: PyObject;
let current: Context | null = null;
// Each green thread has its own current context; a new thread starts with an empty one.
perThread.push({ get: () => current, set: (c) => { current = c as Context | null; }, initial: () => null });

function cur(): Context {
  if (current === null) current = new Context(contextType);
  return current;
}

function newContext(vars: Map<ContextVar, PyValue>): Context {
  const c = new Context(contextType);
  c.vars = new Map(vars);
  return c;
}

/** PyContext_CopyCurrent: a new context with the current context's variables. */
export function copyCurrentContext(): PyObject {
  return newContext(cur().vars);
}

function varArg(v: PyValue): ContextVar {
  if (!(v instanceof ContextVar)) typeError(`a ContextVar key was expected, got ${repr(v)}`);
  return v;
}


defineModule("_contextvars", (d) => {
  contextType = nativeType("_contextvars", "Context", undefined, 0);
  varType = nativeType("_contextvars", "ContextVar", undefined, 0);
  tokenType = nativeType("_contextvars", "Token", undefined, 0);
  const missingType = nativeType("_contextvars", "Token.MISSING", undefined, 0);
  missing = new PyObject(missingType);
  defMethods(missingType, { __repr__: () => "<Token.MISSING>" });

  defNew(contextType, (args, kw) => {
    if (args.length > 1 || kw !== null && kw.length > 0) typeError("Context() does not accept any arguments");
    return new Context(contextType);
  });
  defMethods(contextType, {
    run: (args, kw) => {
      const c = args[0] as Context;
      if (args.length < 2) typeError("run() missing 1 required positional argument");
      if (c.entered) raiseError(E.RuntimeError, `cannot enter context: ${repr(c)} is already entered`);
      c.entered = true;
      c.prev = current;
      current = c;
      try {
        return call(args[1], args.slice(2), kw);
      } finally {
        current = c.prev;
        c.prev = null;
        c.entered = false;
      }
    },
    copy: (args) => newContext((args[0] as Context).vars),
    get: (args, kw) => {
      checkArgs("get", args, kw, 1, 2);
      const v = (args[0] as Context).vars.get(varArg(args[1]));
      return v ?? (args.length > 2 ? args[2] : None);
    },
    __getitem__: (args) => {
      const v = (args[0] as Context).vars.get(varArg(args[1]));
      if (v === undefined) throw call(E.KeyError, [args[1]]);
      return v;
    },
    __contains__: (args) => {
      if (!(args[1] instanceof ContextVar)) typeError(`a ContextVar key was expected, got ${repr(args[1])}`);
      return (args[0] as Context).vars.has(args[1]) ? True : False;
    },
    __len__: (args) => (args[0] as Context).vars.size,
    __iter__: (args) => getIter(new PyList([...(args[0] as Context).vars.keys()])),
    keys: (args) => new PyList([...(args[0] as Context).vars.keys()]),
    values: (args) => new PyList([...(args[0] as Context).vars.values()]),
    items: (args) => new PyList([...(args[0] as Context).vars].map(([k, v]) => new PyTuple([k, v]))),
    __eq__: (args) => {
      const a = args[0] as Context;
      const b = args[1];
      if (!(b instanceof Context)) return NotImplemented;
      if (a.vars.size !== b.vars.size) return False;
      for (const [k, v] of a.vars) {
        const w = b.vars.get(k);
        if (w === undefined || !richEqBool(v, w)) return False;
      }
      return True;
    },
  });
  contextType.ns.set("__hash__", None);

  defNew(varType, (args, kw) => {
    // The name is positional-only.
    if (args.length - 1 - (kw === null ? 0 : kw.length) === 0) typeError("ContextVar() takes exactly 1 positional argument (0 given)");
    const [name, dflt] = parseArgs("ContextVar", args.slice(1), kw, ["name", "default"], 1, 1);
    const n = strValue(name!);
    if (n === undefined || typeof name !== "string") typeError("context variable name must be a str");
    return new ContextVar(varType, n, dflt);
  });
  defGetSet(varType, "name", (v) => (v as ContextVar).name);
  defMethods(varType, {
    get: (args, kw) => {
      checkArgs("get", args, kw, 0, 1);
      const v = args[0] as ContextVar;
      const x = cur().vars.get(v);
      if (x !== undefined) return x;
      if (args.length > 1) return args[1];
      if (v.dflt !== undefined) return v.dflt;
      throw call(E.LookupError, [v]);
    },
    set: (args, kw) => {
      checkArgs("set", args, kw, 1, 1);
      const v = args[0] as ContextVar;
      const c = cur();
      const old = c.vars.get(v);
      c.vars = new Map(c.vars);
      c.vars.set(v, args[1]);
      return new Token(tokenType, c, v, old);
    },
    reset: (args, kw) => {
      checkArgs("reset", args, kw, 1, 1);
      const v = args[0] as ContextVar;
      const t = args[1];
      if (!(t instanceof Token)) typeError(`expected an instance of Token, got ${repr(t)}`);
      if (t.used) raiseError(E.RuntimeError, `${repr(t)} has already been used once`);
      if (t.v !== v) raiseError(E.ValueError, `${repr(t)} was created by a different ContextVar`);
      const c = cur();
      if (t.ctx !== c) raiseError(E.ValueError, `${repr(t)} was created in a different Context`);
      t.used = true;
      c.vars = new Map(c.vars);
      if (t.old === undefined) c.vars.delete(v);
      else c.vars.set(v, t.old);
      return None;
    },
    __repr__: (args) => {
      const v = args[0] as ContextVar;
      const dflt = v.dflt === undefined ? "" : ` default=${repr(v.dflt)}`;
      return `<ContextVar name=${repr(v.name)}${dflt} at 0x${addressOf(v)}>`;
    },
    __hash__: (args) => hashOf(addressOf(args[0])),
  });
  defClassMethod(varType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

  defGetSet(tokenType, "var", (t) => (t as Token).v);
  defGetSet(tokenType, "old_value", (t) => (t as Token).old ?? missing);
  tokenType.ns.set("MISSING", missing);
  defMethods(tokenType, {
    __repr__: (args) => {
      const t = args[0] as Token;
      return `<Token${t.used ? " used" : ""} var=${repr(t.v)} at 0x${addressOf(t)}>`;
    },
  });
  defClassMethod(tokenType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));

  d.set("Context", contextType);
  d.set("ContextVar", varType);
  d.set("Token", tokenType);
  defFunctions(d, "_contextvars", {
    copy_context: (args, kw) => {
      checkArgs("copy_context", args, kw, 0, 0, 0);
      return newContext(cur().vars);
    },
  });
}, "Context Variables");

