// object.__reduce_ex__, object.__reduce__ and object.__getstate__: how an object with no
// reduction of its own is taken apart for pickle and copy (CPython's Objects/typeobject.c,
// "reduce" section, and copyreg._reduce_ex for protocols 0 and 1).
//
// Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
// copyreg.__newobj_ex__ when __getnewargs_ex__ gives keyword arguments. The state is
// __getstate__()'s result; the default one is the instance __dict__ (None when empty) paired
// with a dict of the __slots__ values when there are any.
// Protocols 0 and 1: (copyreg._reconstructor, (cls, base, base(obj) or None)[, state]) where
// base is the nearest builtin class in the MRO.
//
// pytype.ts defines the three methods on object and calls here through reduceHooks, which this
// file fills when it is loaded (at start-up, with the other native modules).

import { call, callDescr, callMethod, getAttr, getIter, intValue, isInstance, truthy, typeName } from "../objects/abstract";
import { raiseError, typeError, ValueError } from "../objects/exceptions";
import { defMethod } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { nativeBase, reduceHooks } from "../objects/pytype";
import { builtinsDict } from "./builtins";
import {
  builtinFunctionType, methodDescrType, methodType, methodWrapperType, PyBuiltinFunction, PyMethod, PyMethodDescr,
  PyModule, wrapperDescrType,
  bytesType, dictType, ellipsisType, intType, notImplementedType, listType, None, objectType, PyList, PyTuple, PyType, PyValue, tupleType, typeOf,
  typeType,
} from "../objects/types";
import { importModuleLevel } from "../vm/import";
import { lookupAttr } from "./pickle_common";
import { sysModules } from "./sys";

/** The copyreg module: from sys.modules, imported only when missing there (import_copyreg). */
function copyreg(): PyValue {
  return sysModules.get("copyreg") ?? importModuleLevel("copyreg", None, None, 0);
}

/** The (args, kwargs) __getnewargs_ex__ or __getnewargs__ give, or nulls (_PyObject_GetNewArguments). */
function newArguments(obj: PyValue): [PyTuple | null, PyDict | null] {
  const t = typeOf(obj);
  const gex = t.lookup("__getnewargs_ex__");
  if (gex !== undefined) {
    const r = callDescr(gex, obj, []);
    if (!(r instanceof PyTuple)) typeError(`__getnewargs_ex__ should return a tuple, not '${typeName(r)}'`);
    if (r.items.length !== 2) raiseError(ValueError, `__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [a, k] = r.items;
    if (!(a instanceof PyTuple)) typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeName(a)}'`);
    if (!(k instanceof PyDict)) typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeName(k)}'`);
    return [a, k];
  }
  const g = t.lookup("__getnewargs__");
  if (g !== undefined) {
    const r = callDescr(g, obj, []);
    if (!(r instanceof PyTuple)) typeError(`__getnewargs__ should return a tuple, not '${typeName(r)}'`);
    return [r, null];
  }
  return [null, null];
}

/** copyreg._slotnames(cls), which caches the list in cls.__slotnames__ (_PyType_GetSlotNames). */
function slotNames(cls: PyType): PyValue {
  const cached = cls.ns.get("__slotnames__");
  if (cached !== undefined && (cached instanceof PyList || cached === None)) return cached;
  const r = callMethod(copyreg(), "_slotnames", [cls]);
  if (!(r instanceof PyList) && r !== None) typeError("copyreg._slotnames didn't return a list or None");
  return r;
}

/** Builtin types whose instances vary in size (CPython's tp_itemsize != 0). */
function isVarSized(t: PyType): boolean {
  const nb = nativeBase(t);
  return nb === intType || nb === tupleType || nb === bytesType || nb === typeType;
}

/**
 * object.__getstate__ without an override (object_getstate_default). `required`: the object
 * cannot be rebuilt from its class alone, so a native layout with hidden state is an error.
 */
export function defaultGetstate(obj: PyValue, required: boolean): PyValue {
  const t = typeOf(obj);
  if (required && isVarSized(t)) typeError(`cannot pickle ${t.name} objects`);
  const d = typeof obj === "object" ? obj.dict : null;
  let state: PyValue = d === null || d.size === 0 ? None : d;
  const names = slotNames(t);
  if (required && nativeBase(t) !== objectType) typeError(`cannot pickle '${t.name}' object`);
  if (names instanceof PyList && names.items.length > 0) {
    const slots = new PyDict();
    for (const name of names.items) {
      const v = lookupAttr(obj, name as string);
      if (v !== undefined) slots.set(name, v);
    }
    if (slots.size > 0) state = new PyTuple([state, slots]);
  }
  return state;
}

/** object_getstate: the default unless the class overrides __getstate__. */
function getState(obj: PyValue, required: boolean): PyValue {
  const gs = getAttr(obj, "__getstate__");
  const own = typeOf(obj).lookup("__getstate__");
  const isDefault = own === objectType.ns.get("__getstate__") && !(typeof obj === "object" && obj.dict?.has("__getstate__"));
  if (isDefault) return defaultGetstate(obj, required);
  return call(gs, []);
}

/** reduce_newobj: the protocol 2+ reduction. */
function reduceNewobj(obj: PyValue): PyValue {
  const t = typeOf(obj);
  if (nativeBase(t).nativeNew === null) typeError(`cannot pickle '${t.name}' object`);
  const [args, kwargs] = newArguments(obj);
  const cr = copyreg();
  let newobj: PyValue;
  let newargs: PyTuple;
  if (kwargs === null || kwargs.size === 0) {
    newobj = getAttr(cr, "__newobj__");
    newargs = new PyTuple([t, ...(args === null ? [] : args.items)]);
  } else {
    newobj = getAttr(cr, "__newobj_ex__");
    newargs = new PyTuple([t, args!, kwargs]);
  }
  const state = getState(obj, !(args !== null || isInstance(obj, listType) || isInstance(obj, dictType)));
  const listitems = isInstance(obj, listType) ? getIter(obj) : None;
  const dictitems = isInstance(obj, dictType) ? getIter(callMethod(obj, "items", [])) : None;
  return new PyTuple([newobj, newargs, state, listitems, dictitems]);
}

/** copyreg._reduce_ex(obj, proto) for protocols 0 and 1. */
function reduceOld(obj: PyValue, proto: number): PyValue {
  const cls = getAttr(obj, "__class__") as PyType;
  let base: PyType = objectType;
  for (const b of cls.mro) {
    if (!(b.flags & TypeFlag.HEAPTYPE)) {
      base = b;
      break;
    }
  }
  let state: PyValue = None;
  if (base !== objectType) {
    if (base === cls) typeError(`cannot pickle '${cls.name}' object`);
    state = call(base, [obj]);
  }
  const args = new PyTuple([cls, base, state]);
  const hasSlots = () => {
    const s = lookupAttr(obj, "__slots__");
    return s !== undefined && truthy(s);
  };
  const gs = lookupAttr(obj, "__getstate__");
  let dict: PyValue;
  if (gs === undefined) {
    if (hasSlots()) {
      typeError(`cannot pickle '${cls.name}' object: a class that defines __slots__ without defining __getstate__ cannot be pickled with protocol ${proto}`);
    }
    dict = lookupAttr(obj, "__dict__") ?? None;
  } else {
    if (typeOf(obj).lookup("__getstate__") === objectType.ns.get("__getstate__") && hasSlots()) {
      typeError("a class that defines __slots__ without defining __getstate__ cannot be pickled");
    }
    dict = call(gs, []);
  }
  const rec = getAttr(copyreg(), "_reconstructor");
  return truthy(dict) ? new PyTuple([rec, args, dict]) : new PyTuple([rec, args]);
}

/** _common_reduce: object.__reduce_ex__(proto) once no __reduce__ override applies. */
function commonReduce(obj: PyValue, proto: PyValue): PyValue {
  const p = intValue(proto);
  if (p === undefined) typeError(`'${typeName(proto)}' object cannot be interpreted as an integer`);
  return p >= 2 ? reduceNewobj(obj) : reduceOld(obj, Number(p));
}

reduceHooks.reduceEx = commonReduce;
defMethod(objectType, "__getstate__", (args) => {
  if (args.length !== 1) typeError(`object.__getstate__() takes no arguments (${args.length - 1} given)`);
  return defaultGetstate(args[0], false);
});
// Ellipsis and NotImplemented reduce to their names (pickled as globals of builtins).
defMethod(ellipsisType, "__reduce__", () => "Ellipsis");
defMethod(notImplementedType, "__reduce__", () => "NotImplemented");

// Methods reduce to getattr(owner, name) (CPython's meth_reduce and descr_reduce): a bound method
// to its object and function name, a builtin bound to an object likewise (one bound to a module,
// or unbound, to its name: a global), a method descriptor or slot wrapper to its class and name.
const getattrFn = (): PyValue => builtinsDict.getStr("getattr")!;
defMethod(methodType, "__reduce__", (args) => {
  const m = args[0] as PyMethod;
  return new PyTuple([getattrFn(), new PyTuple([m.self, getAttr(m.func, "__name__")])]);
});
defMethod(builtinFunctionType, "__reduce__", (args) => {
  const f = args[0] as PyBuiltinFunction;
  const self = f.self ?? f.owner;
  if (self === null || self instanceof PyModule) return f.name;
  return new PyTuple([getattrFn(), new PyTuple([self, f.name])]);
});
defMethod(methodWrapperType, "__reduce__", (args) => {
  const f = args[0] as PyBuiltinFunction;
  return new PyTuple([getattrFn(), new PyTuple([f.self ?? None, f.name])]);
});
for (const t of [methodDescrType, wrapperDescrType]) {
  defMethod(t, "__reduce__", (args) => {
    const d = args[0] as PyMethodDescr;
    return new PyTuple([getattrFn(), new PyTuple([d.owner, d.name])]);
  });
}
