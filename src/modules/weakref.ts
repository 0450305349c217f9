// _weakref: weak references (ref, proxy) on JS WeakRef.
//
// A referent is found with WeakRef.deref(). JS gives no synchronous notice of collection, so
// callbacks of dead references run when the program next asks the collector (gc.collect(),
// which forces a V8 collection, see gc.ts) — CPython runs them at once when the
// refcount drops; both are allowed by the language, and most programs only rely on the
// referent disappearing eventually.

import { addressOf, binaryOp, Bin, call, Cmp, contains, inplaceOp, iterNext, delAttr, getAttr, getAttrOpt, hashOf, len, repr, richCompare, setAttr, str, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { defClassMethod, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { makeGenericAlias } from "../objects/genericalias";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { False, None, NotImplemented, PyList, PyObject, PyType, PyValue, True, typeOf } from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";

/** Builtin types whose instances CPython cannot weakly reference. */
const NOT_WEAKREFABLE = new Set(["int", "bool", "str", "tuple", "list", "dict", "bytes", "bytearray", "float", "complex",
  "NoneType", "object", "range", "slice", "NotImplementedType", "ellipsis", "cell", "mappingproxy"]);

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

/**
 * The references of each referent (for reuse, getweakrefcount and getweakrefs), held weakly:
 * a reference the program dropped disappears from them at the next collection, as CPython's
 * refcount unlinks it at once. The basic ref and the basic proxy (no callback) come first, as
 * in CPython.
 */
const refsOf = new WeakMap<PyObject, WeakRef<WeakRefObj>[]>();
/** References with callbacks whose referents may die: checked by runDeadCallbacks(). */
let withCallbacks: WeakRef<WeakRefObj>[] = [];

let refType: PyType;
let proxyType: PyType;
let callableProxyType: PyType;

/** The references to `o` still alive, first to last (drops the dead ones from its list). */
function liveRefs(o: PyObject): WeakRefObj[] {
  const list = refsOf.get(o);
  if (list === undefined) return [];
  const out: WeakRefObj[] = [];
  let j = 0;
  for (const w of list) {
    const r = w.deref();
    if (r === undefined || r.target === null) continue;
    out.push(r);
    list[j++] = w;
  }
  list.length = j;
  return out;
}

function isProxy(t: PyType): boolean {
  return t === proxyType || t === callableProxyType;
}

function newRef(cls: PyType, obj: PyValue, callback: PyValue): WeakRefObj {
  if (!weakrefable(obj)) typeError(`cannot create weak reference to '${typeName(obj)}' object`);
  const live = liveRefs(obj);
  const cb = callback === undefined ? None : callback;
  // Exact refs and proxies without a callback are shared (the basic ref and the basic proxy).
  const basic = cb === None && (cls === refType || isProxy(cls));
  if (basic) {
    const found = live.find((r) => r.cls === cls && r.callback === None);
    if (found !== undefined) return found;
  }
  const r = new WeakRefObj(cls, obj, cb);
  const w = new WeakRef(r);
  let list = refsOf.get(obj);
  if (list === undefined) refsOf.set(obj, list = []);
  // CPython's order: the basic ref, the basic proxy, then the others newest first.
  const isBasic = (x: WeakRefObj) => x.callback === None && (x.cls === refType || isProxy(x.cls));
  let at = 0;
  if (cls !== refType || !basic) {
    while (at < live.length && isBasic(live[at]) && (!basic || live[at].cls === refType)) at++;
  }
  list.splice(at, 0, w);
  if (cb !== None) withCallbacks.push(w);
  return r;
}

function deadError(): never {
  raiseError(E.ReferenceError, "weakly-referenced object no longer exists");
}

/**
 * Runs the callbacks of references whose referents are gone, newest reference first (CPython's
 * order); returns how many died. A reference that died itself before its referent gets no call.
 */
export function runDeadCallbacks(): number {
  let n = 0;
  const still: WeakRef<WeakRefObj>[] = [];
  const dead: WeakRefObj[] = [];
  for (const w of withCallbacks) {
    const r = w.deref();
    if (r === undefined || r.target === null) continue;
    if (r.target.deref() === undefined) dead.push(r);
    else still.push(w);
  }
  withCallbacks = still;
  for (let i = dead.length - 1; i >= 0; i--) {
    const r = dead[i];
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
  if (v instanceof WeakRefObj && isProxy(v.cls)) {
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
    __next__: (args) => {
      const o = unwrap(args[0]);
      if (typeOf(o).lookup("__next__") === undefined) typeError(`Weakref proxy referenced a non-iterator '${typeName(o)}' object`);
      const v = iterNext(o);
      if (v === undefined) raiseError(E.StopIteration);
      return v;
    },
    __getitem__: fwd("__getitem__"),
    __setitem__: fwd("__setitem__"),
    __delitem__: fwd("__delitem__"),
    __contains__: (args) => (contains(unwrap(args[0]), unwrap(args[1])) ? True : False),
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
      [`__i${name}__`]: (args) => inplaceOp(unwrap(args[0]), unwrap(args[1]), op),
    });
  }
}

defineModule("_weakref", (d: PyDict) => {
  refType = nativeType("weakref", "ReferenceType");
  defNew(refType, refNew);
  defMethods(refType, {
    __init__: (args, kw) => {
      const n = args.length - 1 - (kw?.length ?? 0);
      if (n < 1) typeError(`__init__ expected at least 1 argument, got ${n}`);
      if (n > 2) typeError(`__init__ expected at most 2 arguments, got ${n}`);
      return None;
    },
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
    getweakrefcount: (args) => (typeof args[0] === "object" ? liveRefs(args[0]).length : 0),
    getweakrefs: (args) => new PyList(typeof args[0] === "object" ? liveRefs(args[0]) : []),
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
  if (!(b instanceof WeakRefObj) || isProxy(b.cls)) return NotImplemented;
  const x = a.get();
  const y = b.get();
  if (x === undefined || y === undefined) return (a === b) === eq ? True : False;
  return richCompare(x, y, eq ? Cmp.EQ : Cmp.NE);
}

