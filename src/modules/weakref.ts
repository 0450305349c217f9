// _weakref: weak references (ref, proxy) on JS WeakRef.
//
// A referent is found with WeakRef.deref(). JS gives no synchronous notice of collection, so
// callbacks of dead references run when the program next asks the collector (gc.collect(),
// which forces a V8 collection, see gc.ts) — CPython runs them at once when the
// refcount drops; both are allowed by the language, and most programs only rely on the
// referent disappearing eventually.

import { addressOf, binaryOp, Bin, call, Cmp, delAttr, getAttr, getAttrOpt, hashOf, len, repr, richCompare, setAttr, str, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { defClassMethod, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { makeGenericAlias } from "../objects/pytype";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { False, None, NotImplemented, PyList, PyObject, PyType, PyValue, True, typeOf } from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";

/** Builtin types whose instances CPython cannot weakly reference. */
const NOT_WEAKREFABLE = new Set(["int", "bool", "str", "tuple", "list", "dict", "bytes", "bytearray", "float", "complex",
  "NoneType", "object", "range", "slice", "NotImplementedType", "ellipsis", "memoryview", "cell", "code", "mappingproxy"]);

function weakrefable(v: PyValue): v is PyObject {
  if (typeof v !== "object") return false;
  const t = v.cls;
  if (!(t.flags & TypeFlag.HEAPTYPE)) return !NOT_WEAKREFABLE.has(t.name);
  // A Python class: weakrefable unless every class up to the native base has __slots__
  // without __weakref__, and the native base itself is not weakrefable.
  for (const c of t.mro) {
    if (!(c.flags & TypeFlag.HEAPTYPE)) return !NOT_WEAKREFABLE.has(c.name);
    if (c.slotNames === null || c.ns.has("__weakref__")) return true;
  }
  return false;
}

export class WeakRefObj extends PyObject {
  target: WeakRef<PyObject> | null;
  callback: PyValue;
  hash: PyValue | undefined;
  constructor(cls: PyType, target: PyObject, callback: PyValue) {
    super(cls);
    this.target = new WeakRef(target);
    this.callback = callback;
    this.hash = undefined;
  }
  get(): PyObject | undefined {
    return this.target?.deref();
  }
}

/** The live references of each referent (for reuse, getweakrefcount and getweakrefs). */
const refsOf = new WeakMap<PyObject, WeakRefObj[]>();
/** References with callbacks whose referents may die: checked by collectNow(). */
let withCallbacks: WeakRefObj[] = [];

let refType: PyType;
let proxyType: PyType;
let callableProxyType: PyType;

function liveRefs(o: PyObject): WeakRefObj[] {
  return refsOf.get(o) ?? [];
}

function newRef(cls: PyType, obj: PyValue, callback: PyValue): WeakRefObj {
  if (!weakrefable(obj)) typeError(`cannot create weak reference to '${typeName(obj)}' object`);
  const list = liveRefs(obj);
  const cb = callback === undefined ? None : callback;
  if (cb === None && cls === refType) {
    const basic = list.find((r) => r.cls === refType && r.callback === None);
    if (basic !== undefined) return basic;
  }
  const r = new WeakRefObj(cls, obj, cb);
  // CPython keeps the basic ref (no callback) first.
  if (cb === None && cls === refType) list.unshift(r);
  else list.push(r);
  refsOf.set(obj, list);
  if (cb !== None) withCallbacks.push(r);
  return r;
}

function deadError(): never {
  raiseError(E.ReferenceError, "weakly-referenced object no longer exists");
}

/** Runs the callbacks of references whose referents are gone; returns how many died. */
export function runDeadCallbacks(): number {
  let n = 0;
  const still: WeakRefObj[] = [];
  const dead: WeakRefObj[] = [];
  for (const r of withCallbacks) {
    if (r.target !== null && r.target.deref() === undefined) dead.push(r);
    else if (r.target !== null) still.push(r);
  }
  withCallbacks = still;
  for (const r of dead) {
    r.target = null;
    n++;
    const cb = r.callback;
    r.callback = None;
    if (cb !== None) {
      try {
        call(cb, [r]);
      } catch {
        // CPython reports an exception in a callback as unraisable and goes on.
      }
    }
  }
  return n;
}

function refNew(args: PyValue[], kw: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const rest = args.slice(1);
  const npos = rest.length - (kw?.length ?? 0);
  if (npos < 1) typeError(`__new__ expected at least 1 argument, got ${npos}`);
  if (cls === refType && (kw?.length ?? 0) > 0) typeError("ref() takes no keyword arguments");
  if (cls === refType && npos > 2) typeError(`__new__ expected at most 2 arguments, got ${npos}`);
  return newRef(cls, rest[0], npos > 1 ? rest[1] : None);
}

function unwrap(v: PyValue): PyValue {
  if (v instanceof WeakRefObj && (v.cls === proxyType || v.cls === callableProxyType)) {
    const o = v.get();
    if (o === undefined) deadError();
    return o;
  }
  return v;
}

function refereeName(o: PyObject): string {
  const n = getAttrOpt(o, "__name__");
  const s = n === undefined ? undefined : strValue(n);
  return s === undefined ? "" : ` (${s})`;
}

function initProxy(t: PyType): void {
  const fwd = (name: string) => (args: PyValue[], kw: readonly string[] | null) =>
    call(getAttr(unwrap(args[0]), name), args.slice(1).map(unwrap), kw);
  defMethods(t, {
    __getattribute__: (args) => getAttr(unwrap(args[0]), strValue(args[1]) ?? typeError("attribute name must be string")),
    __setattr__: (args) => {
      setAttr(unwrap(args[0]), strValue(args[1])!, args[2]);
      return None;
    },
    __delattr__: (args) => {
      delAttr(unwrap(args[0]), strValue(args[1])!);
      return None;
    },
    __repr__: (args) => {
      const p = args[0] as WeakRefObj;
      const o = p.get();
      if (o === undefined) return `<weakproxy at 0x${addressOf(p)}; dead>`;
      return `<weakproxy at 0x${addressOf(p)}; to '${typeName(o)}' at 0x${addressOf(o)}>`;
    },
    __str__: (args) => str(unwrap(args[0])),
    __bool__: (args) => (truthy(unwrap(args[0])) ? True : False),
    __len__: (args) => len(unwrap(args[0])),
    __hash__: () => typeError(`unhashable type: 'weakref.ProxyType'`),
    __iter__: fwd("__iter__"),
    __next__: fwd("__next__"),
    __getitem__: fwd("__getitem__"),
    __setitem__: fwd("__setitem__"),
    __delitem__: fwd("__delitem__"),
    __contains__: fwd("__contains__"),
    __bytes__: fwd("__bytes__"),
    __reversed__: fwd("__reversed__"),
    __index__: fwd("__index__"),
    __int__: fwd("__int__"),
    __float__: fwd("__float__"),
    __neg__: fwd("__neg__"),
    __pos__: fwd("__pos__"),
    __abs__: fwd("__abs__"),
    __invert__: fwd("__invert__"),
  });
  const cmps: [string, Cmp][] = [["__lt__", Cmp.LT], ["__le__", Cmp.LE], ["__eq__", Cmp.EQ], ["__ne__", Cmp.NE],
    ["__gt__", Cmp.GT], ["__ge__", Cmp.GE]];
  for (const [name, op] of cmps) defMethods(t, { [name]: (args) => richCompare(unwrap(args[0]), unwrap(args[1]), op) });
  const bins: [string, Bin][] = [["add", Bin.ADD], ["sub", Bin.SUBTRACT], ["mul", Bin.MULTIPLY], ["truediv", Bin.TRUE_DIVIDE],
    ["floordiv", Bin.FLOOR_DIVIDE], ["mod", Bin.REMAINDER], ["pow", Bin.POWER], ["lshift", Bin.LSHIFT],
    ["rshift", Bin.RSHIFT], ["and", Bin.AND], ["or", Bin.OR], ["xor", Bin.XOR], ["matmul", Bin.MATRIX_MULTIPLY]];
  for (const [name, op] of bins) {
    defMethods(t, {
      [`__${name}__`]: (args) => binaryOp(unwrap(args[0]), unwrap(args[1]), op),
      [`__r${name}__`]: (args) => binaryOp(unwrap(args[1]), unwrap(args[0]), op),
      [`__i${name}__`]: (args) => binaryOp(unwrap(args[0]), unwrap(args[1]), op, true),
    });
  }
}

defineModule("_weakref", (d: PyDict) => {
  refType = nativeType("weakref", "ReferenceType");
  defNew(refType, refNew);
  defMethods(refType, {
    __init__: () => None,
    __call__: (args, kw) => {
      parseArgs("weakref", args.slice(1), kw, [], 0);
      const o = (args[0] as WeakRefObj).get();
      return o ?? None;
    },
    __hash__: (args) => {
      const r = args[0] as WeakRefObj;
      if (r.hash !== undefined) return r.hash;
      const o = r.get();
      if (o === undefined) typeError("weak object has gone away");
      r.hash = hashOf(o);
      return r.hash;
    },
    __eq__: (args) => refCompare(args[0] as WeakRefObj, args[1], true),
    __ne__: (args) => refCompare(args[0] as WeakRefObj, args[1], false),
    __repr__: (args) => {
      const r = args[0] as WeakRefObj;
      const o = r.get();
      if (o === undefined) return `<weakref at 0x${addressOf(r)}; dead>`;
      return `<weakref at 0x${addressOf(r)}; to '${typeName(o)}' at 0x${addressOf(o)}${refereeName(o)}>`;
    },
  });
  defClassMethod(refType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
  defGetSet(refType, "__callback__", (r) => (r as WeakRefObj).callback);
  proxyType = nativeType("weakref", "ProxyType", undefined, 0);
  callableProxyType = nativeType("weakref", "CallableProxyType", undefined, 0);
  initProxy(proxyType);
  initProxy(callableProxyType);
  defMethods(callableProxyType, {
    __call__: (args, kw) => call(unwrap(args[0]), args.slice(1), kw),
  });
  d.set("ref", refType);
  d.set("ReferenceType", refType);
  d.set("ProxyType", proxyType);
  d.set("CallableProxyType", callableProxyType);
  defFunctions(d, "_weakref", {
    getweakrefcount: (args) => (typeof args[0] === "object" ? liveRefs(args[0]).filter((r) => r.get() !== undefined).length : 0),
    getweakrefs: (args) => new PyList(typeof args[0] === "object" ? liveRefs(args[0]).slice() : []),
    proxy: (args, kw) => {
      const [obj, cb] = parseArgs("proxy", args, kw, ["object", "callback"], 1, 2);
      if (!weakrefable(obj!)) typeError(`cannot create weak reference to '${typeName(obj!)}' object`);
      const callable = typeOf(obj!).lookup("__call__") !== undefined;
      return newRef(callable ? callableProxyType : proxyType, obj!, cb ?? None);
    },
    _remove_dead_weakref: (args) => {
      const [dict, key] = args;
      if (!(dict instanceof PyDict)) typeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeName(dict)}`);
      const v = dict.get(key);
      if (v instanceof WeakRefObj && v.get() === undefined) dict.delete(key);
      return None;
    },
  });
});

function refCompare(a: WeakRefObj, b: PyValue, eq: boolean): PyValue {
  if (!(b instanceof WeakRefObj) || b.cls === proxyType || b.cls === callableProxyType) return NotImplemented;
  const x = a.get();
  const y = b.get();
  if (x === undefined || y === undefined) return (a === b) === eq ? True : False;
  return richCompare(x, y, eq ? Cmp.EQ : Cmp.NE);
}

