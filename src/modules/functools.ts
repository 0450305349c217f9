// _functools: reduce, cmp_to_key, partial and the C lru_cache wrapper (CPython's
// Modules/_functoolsmodule.c, 3.11). functools.py imports these and builds lru_cache,
// cache_parameters, update_wrapper etc. on top of them in Python.

import { madeForNative } from "../vm/gen";
import {
  call, Cmp, genericAliasHooks, getAttr, getIter, intValue, isInstance, iterNext, repr, richCompare,
  strValue, truthy, typeName,
} from "../objects/abstract";
import { attributeError, PyBaseException, TypeError, typeError } from "../objects/exceptions";
import { clinicArgs, defClassMethod, defGetSet, defMethods, defNew, noKwargs } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { reprEnter, reprLeave } from "../objects/pytuple";
import {
  dictType, intType, None, objectType, PyFunction, PyBuiltinFunction, PyMethod, PyMethodDescr, PyObject, PyTuple, PyType,
  PyValue, strType, typeOf,
} from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";

type Args = PyValue[];
type Kw = readonly string[] | null;

function isCallable(v: PyValue): boolean {
  if (typeof v !== "object") return false;
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod || v instanceof PyType ||
      v instanceof PyMethodDescr) return true;
  return v.cls.lookup("__call__") !== undefined;
}

function nkwOf(kwnames: Kw): number {
  return kwnames === null ? 0 : kwnames.length;
}


// ---- reduce -------------------------------------------------------------------------------------

function reduce(args: Args, kwnames: Kw): PyValue {
  noKwargs("reduce", kwnames);
  const n = args.length;
  if (n < 2) typeError(`reduce expected at least 2 arguments, got ${n}`);
  if (n > 3) typeError(`reduce expected at most 3 arguments, got ${n}`);
  const [func, seq] = args;
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, TypeError)) typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let result: PyValue | undefined = n === 3 ? args[2] : undefined;
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) break;
    result = result === undefined ? x : call(func, [result, x]);
  }
  if (result === undefined) typeError("reduce() of empty iterable with no initial value");
  return result;
}

// ---- cmp_to_key ----------------------------------------------------------------------------------

class PyKeyWrapper extends PyObject {
  constructor(public cmp: PyValue, public obj: PyValue | undefined) {
    super(keyWrapperType);
  }
}

const keyWrapperType = nativeType("functools", "KeyWrapper", objectType, 0);

const CMP_OPS: [string, Cmp][] = [
  ["__lt__", Cmp.LT], ["__le__", Cmp.LE], ["__eq__", Cmp.EQ], ["__ne__", Cmp.NE], ["__gt__", Cmp.GT], ["__ge__", Cmp.GE],
];

function initKeyWrapper(): void {
  const t = keyWrapperType;
  defMethods(t, {
    __call__(args, kwnames) {
      const k = args[0] as PyKeyWrapper;
      const [obj] = clinicArgs("K", args.slice(1), kwnames, ["obj"], 1);
      return new PyKeyWrapper(k.cmp, obj);
    },
    __hash__() {
      // CPython's KeyWrapper has no hash (tp_hash is PyObject_HashNotImplemented).
      typeError("unhashable type: 'functools.KeyWrapper'");
    },
  });
  for (const [name, op] of CMP_OPS) {
    defMethods(t, {
      [name](args: Args) {
        const a = args[0] as PyKeyWrapper;
        const b = args[1];
        if (!(b instanceof PyKeyWrapper)) typeError("other argument must be K instance");
        const r = call(a.cmp, [a.obj ?? None, b.obj ?? None]);
        return richCompare(r, 0, op);
      },
    });
  }
  defGetSet(t, "obj", (self) => (self as PyKeyWrapper).obj ?? None, (self, v) => {
    (self as PyKeyWrapper).obj = v;
  });
}

function cmpToKey(args: Args, kwnames: Kw): PyValue {
  const [mycmp] = clinicArgs("cmp_to_key", args, kwnames, ["mycmp"], 1);
  return new PyKeyWrapper(mycmp!, undefined);
}

// ---- partial ------------------------------------------------------------------------------------

export class PyPartial extends PyObject {
  constructor(cls: PyType, public fn: PyValue, public args: PyValue[], public kw: PyDict) {
    super(cls);
  }
}

export const partialType = nativeType("functools", "partial");
partialType.flags |= TypeFlag.HAS_DICT;

function partialNew(args: Args, kwnames: Kw): PyValue {
  const cls = args[0] as PyType;
  const nkw = nkwOf(kwnames);
  const pos = args.slice(1, args.length - nkw);
  if (pos.length < 1) typeError("type 'partial' takes at least one argument");
  let func = pos[0];
  let pargs: readonly PyValue[] = [];
  let pkw: PyDict | null = null;
  // A partial of a plain partial (same call slot, no instance __dict__) is flattened.
  if (func instanceof PyPartial && func.dict === null && typeOf(func).lookup("__call__") === partialType.ns.get("__call__")) {
    pargs = func.args;
    pkw = func.kw;
    func = func.fn;
  }
  if (!isCallable(func)) typeError("the first argument must be callable");
  const kw = pkw === null ? new PyDict() : pkw.copy();
  for (let k = 0; k < nkw; k++) kw.set(kwnames![k], args[args.length - nkw + k]);
  return new PyPartial(cls, func, [...pargs, ...pos.slice(1)], kw);
}

function partialCall(args: Args, kwnames: Kw): PyValue {
  const p = args[0] as PyPartial;
  const nkw = nkwOf(kwnames);
  const callPos = args.slice(1, args.length - nkw);
  const allArgs = p.args.length ? [...p.args, ...callPos] : callPos;
  if (p.kw.size === 0) {
    if (nkw === 0) return call(p.fn, allArgs);
    return call(p.fn, [...allArgs, ...args.slice(args.length - nkw)], kwnames);
  }
  // The partial's keywords, overridden by the call's.
  const merged = p.kw.copy();
  for (let k = 0; k < nkw; k++) merged.set(kwnames![k], args[args.length - nkw + k]);
  const names: string[] = [];
  const values: PyValue[] = [];
  for (const [k, v] of merged.entries()) {
    const ks = strValue(k);
    if (ks === undefined) typeError("keywords must be strings");
    names.push(ks);
    values.push(v);
  }
  return call(p.fn, [...allArgs, ...values], names);
}

function partialRepr(args: Args): PyValue {
  const p = args[0] as PyPartial;
  const t = p.cls;
  const mod = t.ns.get("__module__");
  const name = (t.flags & TypeFlag.HEAPTYPE) || typeof mod !== "string" ? t.name : `${mod}.${t.name}`;
  if (!reprEnter(p)) return "...";
  try {
    const parts = [repr(p.fn), ...p.args.map(repr)];
    for (const [k, v] of p.kw.entries()) parts.push(`${strValue(k) ?? repr(k)}=${repr(v)}`);
    return `${name}(${parts.join(", ")})`;
  } finally {
    reprLeave(p);
  }
}

function initPartial(): void {
  const t = partialType;
  defNew(t, partialNew);
  defMethods(t, {
    __call__: partialCall,
    __repr__: partialRepr,
    __reduce__(args) {
      const p = args[0] as PyPartial;
      const d = p.dict !== null ? p.dict : None;
      return new PyTuple([p.cls, new PyTuple([p.fn]), new PyTuple([p.fn, new PyTuple(p.args), p.kw, d])]);
    },
    __setstate__(args, kwnames) {
      noKwargs("__setstate__", kwnames);
      const p = args[0] as PyPartial;
      const st = args[1];
      if (!(st instanceof PyTuple) || st.items.length !== 4) typeError("invalid partial state");
      const [fn, fnargs, kw, dict] = st.items;
      if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) {
        typeError("invalid partial state");
      }
      if (dict !== None && !(dict instanceof PyDict)) typeError("invalid partial state");
      p.fn = fn;
      p.args = fnargs.items.slice();
      p.kw = kw === None ? new PyDict() : (kw as PyDict).cls === dictType ? kw as PyDict : (kw as PyDict).copy();
      p.dict = dict === None ? null : dict as PyDict;
      return None;
    },
  });
  defClassMethod(t, "__class_getitem__", (args) => genericAliasHooks.make(args[0], args[1]));
  const readonly = (name: string, get: (p: PyPartial) => PyValue) => {
    // Read-only members (T_OBJECT, READONLY): CPython's message for setting one.
    defGetSet(t, name, (self) => get(self as PyPartial), () => attributeError("readonly attribute"));
  };
  readonly("func", (p) => p.fn);
  readonly("args", (p) => new PyTuple(p.args));
  readonly("keywords", (p) => p.kw);
  defDictGetSet(t);
}

/** `__dict__` of a native type whose instances may carry one (made on first use). */
function defDictGetSet(t: PyType): void {
  defGetSet(t, "__dict__", (self) => {
    const o = self as PyObject;
    if (o.dict === null) o.dict = new PyDict();
    return o.dict;
  }, (self, v) => {
    if (v === undefined) typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    (self as PyObject).dict = v;
  });
}

// ---- _lru_cache_wrapper -----------------------------------------------------------------------------

/** A cache entry, linked in recency order (least recent at root.next). */
class LruNode extends PyObject {
  prev: LruNode;
  next: LruNode;
  constructor(public key: PyValue, public result: PyValue) {
    super(objectType);
    this.prev = this;
    this.next = this;
  }
}

class PyLruWrapper extends PyObject {
  cache: PyDict;
  root: LruNode;
  hits: number;
  misses: number;
  constructor(cls: PyType, public func: PyValue, public maxsize: number | null, public typed: boolean,
              public cacheInfoType: PyValue) {
    super(cls);
    this.cache = new PyDict();
    this.root = new LruNode(None, None);
    this.hits = 0;
    this.misses = 0;
  }
}

const lruType = nativeType("functools", "_lru_cache_wrapper");
lruType.flags |= TypeFlag.HAS_DICT;

/** The separator between positional and keyword arguments in a cache key (functools' kwd_mark). */
const kwdMark = new PyObject(objectType);

/**
 * The cache key of a call, as functools._make_key builds it: the positional arguments, then the
 * mark and the keyword names and values, then (typed) the argument types. A lone int or str
 * argument is its own key.
 */
function makeKey(w: PyLruWrapper, args: Args, kwnames: Kw): PyValue {
  const nkw = nkwOf(kwnames);
  const npos = args.length - nkw;
  if (nkw === 0 && !w.typed && npos === 1) {
    const t = typeOf(args[0]);
    if (t === intType || t === strType) return args[0];
  }
  const key: PyValue[] = args.slice(0, npos);
  if (nkw > 0) {
    key.push(kwdMark);
    for (let k = 0; k < nkw; k++) key.push(kwnames![k], args[npos + k]);
  }
  if (w.typed) {
    for (let i = 0; i < npos; i++) key.push(typeOf(args[i]));
    for (let k = 0; k < nkw; k++) key.push(typeOf(args[npos + k]));
  }
  return new PyTuple(key);
}

function unlink(n: LruNode): void {
  n.prev.next = n.next;
  n.next.prev = n.prev;
}

function linkLast(root: LruNode, n: LruNode): void {
  const last = root.prev;
  last.next = n;
  n.prev = last;
  n.next = root;
  root.prev = n;
}

function lruCall(args: Args, kwnames: Kw): PyValue {
  const w = args[0] as PyLruWrapper;
  const cargs = args.slice(1);
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, cargs, kwnames);
  }
  const key = makeKey(w, cargs, kwnames);
  const found = w.cache.get(key);
  if (found !== undefined) {
    w.hits++;
    if (found instanceof LruNode) {
      unlink(found);
      linkLast(w.root, found);
      return found.result;
    }
    return found;
  }
  w.misses++;
  const result = call(w.func, cargs, kwnames);
  // The cache keeps it: a generator it is is no for loop's own (vm/gen.ts).
  madeForNative(result);
  if (w.maxsize === null) {
    w.cache.set(key, result);
    return result;
  }
  // The call may have filled this entry itself (recursion): keep the one already there.
  if (w.cache.has(key)) return result;
  if (w.cache.size >= w.maxsize) {
    const oldest = w.root.next;
    if (oldest !== w.root) {
      unlink(oldest);
      w.cache.delete(oldest.key);
    }
  }
  const node = new LruNode(key, result);
  linkLast(w.root, node);
  w.cache.set(key, node);
  return result;
}

function lruNew(args: Args, kwnames: Kw): PyValue {
  const cls = args[0] as PyType;
  const [func, maxsizeArg, typed, infoType] = clinicArgs("lru_cache", args.slice(1), kwnames,
    ["user_function", "maxsize", "typed", "cache_info_type"], 4);
  if (!isCallable(func!)) typeError("the first argument must be callable");
  let maxsize: number | null;
  if (maxsizeArg === None) maxsize = null;
  else {
    const m = intValue(maxsizeArg!);
    if (m === undefined) typeError("maxsize should be integer or None");
    maxsize = typeof m === "bigint" ? (m < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(0, m);
  }
  return new PyLruWrapper(cls, func!, maxsize, truthy(typed!), infoType!);
}

function initLru(): void {
  const t = lruType;
  defNew(t, lruNew);
  defMethods(t, {
    __call__: lruCall,
    __get__(args) {
      const w = args[0];
      const obj = args[1];
      if (obj === None || obj === undefined) return w;
      return new PyMethod(w, obj);
    },
    cache_info(args, kwnames) {
      noKwargs("cache_info", kwnames);
      const w = args[0] as PyLruWrapper;
      const currsize = w.maxsize === 0 ? 0 : w.cache.size;
      return call(w.cacheInfoType, [w.hits, w.misses, w.maxsize === null ? None : w.maxsize, currsize]);
    },
    cache_clear(args, kwnames) {
      noKwargs("cache_clear", kwnames);
      const w = args[0] as PyLruWrapper;
      w.hits = 0;
      w.misses = 0;
      w.cache.clear();
      w.root.next = w.root.prev = w.root;
      return None;
    },
    __reduce__(args) {
      return getAttr(args[0], "__qualname__");
    },
    __copy__(args) {
      return args[0];
    },
    __deepcopy__(args) {
      return args[0];
    },
  });
  defDictGetSet(t);
}

initKeyWrapper();
initPartial();
initLru();

defineModule("_functools", (dict) => {
  defFunctions(dict, "_functools", { reduce, cmp_to_key: cmpToKey });
  dict.set("partial", partialType);
  dict.set("_lru_cache_wrapper", lruType);
}, "Tools that operate on functions.");
