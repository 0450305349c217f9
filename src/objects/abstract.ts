// The abstract object protocol (CPython's Objects/abstract.c and the generic parts of
// typeobject.c/object.c): attribute access, calls, operators, comparison, truth, hashing,
// iteration, items, repr/str. The interpreter, the builtins and the native types all go
// through these functions, which take fast paths for the common builtin types and otherwise
// look the dunder methods up on the type (cached by version tag, object.ts).

import { cpLength } from "./strcore";
import * as I from "./intmath";
import { compareIntFloat, eqIntFloat, hashFloat, toFloat, truediv as intTrueDiv } from "./intfloat";
import { toString as intToString } from "./intstr";
import {
  RecursionError, ValueError, AttributeError, newException, PyBaseException, raiseError, StopIteration, typeError, TypeError as TypeErrorT,
  ZeroDivisionError, IndexError as IndexErrorT, OverflowError,
} from "./exceptions";
import {
  boolType, bool, complexType, False, None, NotImplemented, PyBuiltinFunction, PyClassMethod, PyComplex, PyFloat, PyFunction,
  PyGetSetDescr, PyIntObj, PyList, PyMemberDescr, PyMethod, PyMethodDescr, PyObject, PyProperty,
  PyStaticMethod, PyStrObj, PyTuple, PyType, PyValue, True, typeOf, typeType, objectType, intType, floatType,
  strType, PySingleton, PyInstance, PyModule, listType, tupleType, dictType, propertyType, wrapperDescrType, methodWrapperType,
  PyRange, rangeType, generatorType,
} from "./types";
import { TypeFlag } from "./object";
import { hasFinalizer, trackFinalizer } from "./finalize";
import { runtime } from "../vm/runtime";
import { reprStr } from "../parser/constrepr";

// ---- hooks the VM fills in (objects/ does not import vm/) --------------------------------------

export interface VmHooks {
  callFunction(f: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue;
  /** Py_EnterRecursiveCall: counts one level of native recursion against the recursion limit. */
  enterRecursiveCall(where: string): void;
  leaveRecursiveCall(): void;
  /** Repr of objects whose type has no __repr__ of its own yet (debug aid). */
}

export const hooks: VmHooks = {
  callFunction() {
    throw new Error("VM not initialized");
  },
  enterRecursiveCall() {},
  leaveRecursiveCall() {},
};

// ---- identity ---------------------------------------------------------------------------------

// An object's id is kept on the object (PyObject.pyId) as a small counter, so that it stays a
// small integer field; id() is ID_BASE + 16 * (counter - 1), small enough to be a V8 small
// integer for the first 67 million objects. (A WeakMap from objects to ids made every object
// that id() or hash() saw an ephemeron the GC had to visit: deepcopy's and pickle's memos,
// sets of instances; and ids above 2**31 were heap numbers.)
const ID_BASE = 0x10000;
let nextIdIndex = 1;
/** Ids of the rare JS objects that are not PyObjects. */
const otherIds = new WeakMap<object, number>();

/** id(v): stable for the object's lifetime; ints and strs get an id per value. */
export function idOf(v: PyValue): PyValue {
  if (typeof v !== "object") return hashPrimitiveId(v);
  let k = v.pyId;
  if (k === 0) v.pyId = k = nextIdIndex++;
  else if (k === undefined) return otherId(v);
  return ID_BASE + (k - 1) * 16;
}

/** A new id (for a value that is not a PyObject). */
function newId(): number {
  return ID_BASE + (nextIdIndex++ - 1) * 16;
}

function otherId(v: object): number {
  let id = otherIds.get(v);
  if (id === undefined) otherIds.set(v, id = newId());
  return id;
}

const primitiveIds = new Map<unknown, number>();
function hashPrimitiveId(v: number | bigint | string): number {
  let id = primitiveIds.get(v);
  if (id === undefined) {
    id = newId();
    if (primitiveIds.size < 100000) primitiveIds.set(v, id);
  }
  return id;
}

// ---- type names and checks -----------------------------------------------------------------

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/**
 * CPython's tp_name, which its messages print: "module.name" for a static type defined in a
 * module other than builtins (`collections.deque`, `datetime.date`), the bare name for builtins
 * and for classes made by class statements.
 */
export function tpName(t: PyType): string {
  if (t.flags & TypeFlag.HEAPTYPE) return t.name;
  const mod = t.ns.get("__module__");
  return typeof mod === "string" && mod !== "builtins" ? `${mod}.${t.name}` : t.name;
}

export function isInt(v: PyValue): boolean {
  return typeof v === "number" || typeof v === "bigint" || (v instanceof PyIntObj);
}

/** The int value of an int (or bool, or int subclass instance); undefined otherwise. */
export function intValue(v: PyValue): I.PyInt | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (v instanceof PyIntObj) return v.value;
  return undefined;
}

export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStrObj) return v.value;
  return undefined;
}

export function isInstance(v: PyValue, t: PyType): boolean {
  const vt = typeOf(v);
  return vt === t || vt.isSubtypeOf(t);
}

// ---- calls ----------------------------------------------------------------------------------

/** Calls `f` with positional args followed by keyword values named by `kwnames`. */
export function call(f: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (f instanceof PyFunction) return hooks.callFunction(f, args, kwnames);
  if (f instanceof PyBuiltinFunction) {
    if (f.self === null) return f.fn(args, kwnames);
    return f.fn([f.self, ...args], kwnames);
  }
  if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kwnames);
  if (f instanceof PyType) return callType(f, args, kwnames);
  if (f instanceof PyMethodDescr) return callMethodDescr(f, args, kwnames);
  const c = typeOf(f).lookup("__call__");
  if (c === undefined) typeError(`'${typeName(f)}' object is not callable`);
  return callDescr(c, f, args, kwnames);
}

/** Calls an unbound native method (`list.append(l, x)`): args[0] must be an instance of its owner. */
export function callMethodDescr(f: PyMethodDescr, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length === 0) {
    if (f.cls === wrapperDescrType) typeError(`descriptor '${f.name}' of '${tpName(f.owner)}' object needs an argument`);
    typeError(`unbound method ${f.owner.name}.${f.name}() needs an argument`);
  }
  checkDescrSelf(f, args[0]);
  return f.fn(args, kwnames);
}

export function checkDescrSelf(f: PyMethodDescr, self: PyValue): void {
  if (!isInstance(self, f.owner)) {
    if (f.cls === wrapperDescrType) {
      typeError(`descriptor '${f.name}' requires a '${tpName(f.owner)}' object but received a '${tpName(typeOf(self))}'`);
    }
    typeError(`descriptor '${f.name}' for '${tpName(f.owner)}' objects doesn't apply to a '${tpName(typeOf(self))}' object`);
  }
}

/** Calls a descriptor found on a type as a method of `self` (a dunder from lookup()). */
export function callDescr(d: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (d instanceof PyFunction) return hooks.callFunction(d, [self, ...args], kwnames);
  if (d instanceof PyMethodDescr) {
    // A native method stored in a foreign class (`__eq__ = str.__eq__`) checks its self (bpo-37619).
    if (d.owner !== objectType) checkDescrSelf(d, self);
    return d.fn([self, ...args], kwnames);
  }
  return call(bindDescr(d, self, typeOf(self)), args, kwnames);
}

/** Calls the dunder `name` of `self`'s type; undefined when the type has none. */
export function callMethodOpt(self: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const d = typeOf(self).lookup(name);
  if (d === undefined) return undefined;
  return callDescr(d, self, args);
}

export function callMethod(self: PyValue, name: string, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  return call(getAttr(self, name), args, kwnames);
}

/** `type.__call__`: __new__ then __init__. */
export function callType(t: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (t === typeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
  const exact = t.exactCall;
  if (exact !== null && (kwnames === null || kwnames.length === 0)) {
    const v = exact(args);
    if (v !== undefined) return v;
  }
  const meta = t.cls;
  if (meta !== typeType) {
    const mc = meta.lookup("__call__");
    if (mc !== undefined && mc !== typeType.ns.get("__call__")) return callDescr(mc, t, args, kwnames);
  }
  return typeCallDefault(t, args, kwnames);
}

export function typeCallDefault(t: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (t === typeType) {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos !== 1 && npos !== 3) typeError("type() takes 1 or 3 arguments");
  }
  if (t.ctorVersion !== t.version) cacheCtor(t);
  const newf = t.ctorNew;
  let obj: PyValue;
  if (newf instanceof PyStaticMethod) obj = call(newf.func, [t, ...args], kwnames);
  // CPython's slot_tp_new gets type.__new__ as an attribute: a classmethod is bound first.
  else if (newf instanceof PyClassMethod) obj = call(bindClassMethod(newf, t), [t, ...args], kwnames);
  else obj = call(newf, [t, ...args], kwnames);
  const ot = typeOf(obj);
  // Instances of Python classes are tracked by object.__new__; here the Python subclasses of
  // native types (`class F(io.FileIO)` with a __del__ of its own or inherited).
  if (ot.flags & TypeFlag.HEAPTYPE && !(obj instanceof PyInstance) && !(obj instanceof PyType) && hasFinalizer(ot)) {
    trackFinalizer(obj as PyObject);
  }
  if (ot === t) {
    const init = t.ctorInit;
    if (init !== null) {
      const r = callDescr(init, obj, args, kwnames);
      if (r !== None) typeError(`__init__() should return None, not '${typeName(r)}'`);
    }
  } else if (ot.isSubtypeOf(t)) {
    const init = ot.lookup("__init__");
    if (init !== undefined) {
      const r = callDescr(init, obj, args, kwnames);
      if (r !== None) typeError(`__init__() should return None, not '${typeName(r)}'`);
    }
  }
  return obj;
}

/** Fills t's ctorNew/ctorInit for its current version (see PyType.ctorNew). */
function cacheCtor(t: PyType): void {
  const newf = t.lookup("__new__");
  if (newf === undefined) typeError(`cannot create '${t.name}' instances`);
  let init = t.lookup("__init__") ?? null;
  // object.__init__ ignores the arguments when the type has a __new__ of its own (object_init's
  // rule): calling it does nothing.
  if (init !== null && init === objectType.ns.get("__init__") && newf !== objectType.ns.get("__new__")) init = null;
  t.ctorNew = newf;
  t.ctorInit = init;
  t.ctorVersion = t.version;
}

// ---- attributes -------------------------------------------------------------------------------

/** The value a descriptor `d` found on type `t` gives for instance `obj` (non-data path). */
export function bindDescr(d: PyValue, obj: PyValue, t: PyType): PyValue {
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyMethodDescr) {
    const b = new PyBuiltinFunction(d.name, d.fn, obj, `${d.owner.name}.${d.name}`, d.doc);
    b.objclass = d.owner;
    if (d.cls === wrapperDescrType) b.cls = methodWrapperType;
    return b;
  }
  if (d instanceof PyClassMethod) return bindClassMethod(d, t);
  if (d instanceof PyStaticMethod) return d.func;
  if (typeof d !== "object") return d;
  if (d instanceof PyGetSetDescr) return d.get(obj);
  if (d instanceof PyProperty && d.cls === propertyType) return callProperty(d, obj);
  const get = d.cls.lookup("__get__");
  if (get === undefined) return d;
  return callDescr(get, d, [obj, t]);
}

function bindClassMethod(d: PyClassMethod, t: PyType): PyValue {
  const f = d.func;
  if (f instanceof PyBuiltinFunction && f.self === null) {
    const b = new PyBuiltinFunction(f.name, f.fn, t, f.qualname, f.doc);
    b.objclass = f.objclass;
    return b;
  }
  if (typeof f === "object" && !(f instanceof PyFunction) && !(f instanceof PyBuiltinFunction)) {
    const get = f.cls.lookup("__get__");
    if (get !== undefined) return callDescr(get, f, [t, t]);
  }
  return new PyMethod(f, t);
}

function callProperty(p: PyProperty, obj: PyValue): PyValue {
  if (p.fget === None) attributeErrorNamed(`property ${propName(p)}of '${typeOf(obj).qualname}' object has no getter`);
  return call(p.fget, [obj]);
}

function propName(p: PyProperty): string {
  return p.name === null ? "" : `${repr(p.name)} `;
}

function attributeErrorNamed(msg: string): never {
  throw newException(AttributeError, msg);
}

/** True when `d` (found on a type) is a data descriptor: it defines __set__ or __delete__. */
export function isDataDescr(d: PyValue): boolean {
  if (typeof d !== "object") return false;
  if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyClassMethod || d instanceof PyStaticMethod) return false;
  if (d instanceof PyGetSetDescr || d instanceof PyProperty || d instanceof PyMemberDescr) return true;
  const dt = d.cls;
  return dt.lookup("__set__") !== undefined || dt.lookup("__delete__") !== undefined;
}

/** object.__getattribute__ (PyObject_GenericGetAttr); undefined when not found. */
export function genericGetAttr(obj: PyValue, name: string, t: PyType): PyValue | undefined {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object") {
    if (d instanceof PyGetSetDescr) return d.get(obj);
    if (d instanceof PyMemberDescr) return memberGet(d, obj);
    if (d instanceof PyProperty && d.cls === propertyType) return callProperty(d, obj);
    if (!(d instanceof PyFunction || d instanceof PyMethodDescr) && isDataDescr(d)) {
      const get = d.cls.lookup("__get__");
      if (get !== undefined) return callDescr(get, d, [obj, t]);
    }
  }
  if (typeof obj === "object" && obj.dict !== null) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  if (d !== undefined) return bindDescr(d, obj, t);
  return undefined;
}

export function memberGet(d: PyMemberDescr, obj: PyValue): PyValue {
  // Slot storage is the `slots` array of any object (subclasses of native types store it too).
  const slots = typeof obj === "object" ? (obj as PyInstance).slots : undefined;
  const v = slots != null ? slots[d.index] : undefined;
  if (v === undefined) attributeErrorNamed(`'${typeName(obj)}' object has no attribute '${d.name}'`);
  return v;
}

/** Installed by pytype.ts: type.__getattribute__ (metatype descriptors, then the MRO). */
export const typeHooks = {
  typeGetAttr: null as unknown as (t: PyType, name: string) => PyValue | undefined,
  objectGetattribute: null as unknown as PyValue,
  typeGetattribute: null as unknown as PyValue,
  objectSetattr: null as unknown as PyValue,
};

/** getattr(obj, name) without a default: raises AttributeError (the one __getattr__ raises, if any). */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  const ga = t.lookup("__getattribute__");
  let v: PyValue | undefined;
  let err: unknown = undefined;
  // An AttributeError from __getattribute__ (a property's getter included) falls back to
  // __getattr__, as slot_tp_getattr_hook does.
  try {
    if (ga === typeHooks.objectGetattribute) v = genericGetAttr(obj, name, t);
    else if (ga === typeHooks.typeGetattribute) v = typeHooks.typeGetAttr(obj as PyType, name);
    else v = callDescr(ga!, obj, [name]);
  } catch (e) {
    if (!(e instanceof PyBaseException && isInstance(e, AttributeError))) throw e;
    err = e;
    v = undefined;
  }
  if (v !== undefined) return v;
  const gattr = t.lookup("__getattr__");
  if (gattr !== undefined) {
    try {
      return callDescr(gattr, obj, [name]);
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, AttributeError)) addAttributeErrorContext(e, obj, name);
      throw e;
    }
  }
  if (err !== undefined) {
    addAttributeErrorContext(err as PyBaseException, obj, name);
    throw err;
  }
  if (obj instanceof PyModule) {
    const mg = obj.dict!.get("__getattr__");
    if (mg !== undefined) return call(mg, [name]);
  }
  throwNoAttr(obj, name);
}

/**
 * set_attribute_error_context: an AttributeError raised by a __getattribute__ or __getattr__
 * without its name and obj gets them (so the traceback can suggest a close name).
 */
function addAttributeErrorContext(e: PyBaseException, obj: PyValue, name: string): void {
  const f = (e.fields ??= {});
  if ((f.name === undefined || f.name === None) && (f.obj === undefined || f.obj === None)) {
    f.name = name;
    f.obj = obj;
  }
}

export function throwNoAttr(obj: PyValue, name: string): never {
  throw noAttrError(obj, name);
}

/** The AttributeError for obj having no attribute `name` (with its name and obj). */
export function noAttrError(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyType) {
    const e = newException(AttributeError, `type object '${obj.name}' has no attribute '${name}'`);
    e.fields = { name, obj };
    return e;
  }
  if (obj instanceof PyModule && obj.dict !== null) {
    const modName = obj.dict.get("__name__");
    if (typeof modName !== "string") {
      const e = newException(AttributeError, `module has no attribute '${name}'`);
      e.fields = { name, obj };
      return e;
    }
    const spec = obj.dict.get("__spec__");
    const init = spec === undefined || spec === None ? undefined : getAttrOpt(spec, "_initializing");
    let msg = `module '${modName}' has no attribute '${name}'`;
    if (init !== undefined && truthy(init)) {
      msg = `partially initialized module '${modName}' has no attribute '${name}' (most likely due to a circular import)`;
    } else if (spec !== undefined && spec !== None) {
      // importlib lists the submodules being imported on the parent's spec.
      const loading = getAttrOpt(spec, "_uninitialized_submodules");
      if (loading !== undefined && contains(loading, name)) {
        msg = `cannot access submodule '${name}' of module '${modName}' (most likely due to a circular import)`;
      }
    }
    const e = newException(AttributeError, msg);
    e.fields = { name, obj };
    return e;
  }
  const e = newException(AttributeError, `'${typeName(obj)}' object has no attribute '${name}'`);
  e.fields = { name, obj };
  return e;
}

/** getattr that returns undefined instead of raising AttributeError (other errors propagate). */
export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const ga = t.lookup("__getattribute__");
  let v: PyValue | undefined;
  try {
    if (ga === typeHooks.objectGetattribute) v = genericGetAttr(obj, name, t);
    else if (ga === typeHooks.typeGetattribute) v = typeHooks.typeGetAttr(obj as PyType, name);
    else v = callDescr(ga!, obj, [name]);
  } catch (e) {
    if (!(e instanceof PyBaseException && isInstance(e, AttributeError))) throw e;
    v = undefined;
  }
  if (v !== undefined) return v;
  let gattr = t.lookup("__getattr__");
  if (gattr === undefined) {
    if (!(obj instanceof PyModule)) return undefined;
    const mg = obj.dict!.get("__getattr__");
    if (mg === undefined) return undefined;
    try {
      return call(mg, [name]);
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, AttributeError)) return undefined;
      throw e;
    }
  }
  try {
    return callDescr(gattr, obj, [name]);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, AttributeError)) return undefined;
    throw e;
  }
}

/** Like getAttrOpt but lets the AttributeError of a failed lookup through with its message. */
export function hasAttr(obj: PyValue, name: string): boolean {
  return getAttrOpt(obj, name) !== undefined;
}

export function setAttr(obj: PyValue, name: string, v: PyValue): void {
  const t = typeOf(obj);
  const sa = t.lookup("__setattr__");
  if (sa === typeHooks.objectSetattr) genericSetAttr(obj, name, v, t);
  else callDescr(sa!, obj, [name, v]);
}

export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  const da = t.lookup("__delattr__");
  if (da === undefined || (da instanceof PyMethodDescr && da.owner === objectType)) genericSetAttr(obj, name, undefined, t);
  else callDescr(da, obj, [name]);
}

/** Stores (v undefined: deletes) a `__slots__` member of obj. */
export function memberSet(d: PyMemberDescr, obj: PyValue, v: PyValue | undefined): void {
  const inst = obj as PyInstance;
  if (v === undefined && (inst.slots === null || inst.slots[d.index] === undefined)) {
    attributeErrorNamed(d.name);
  }
  (inst.slots ??= [])[d.index] = v;
}

/** object.__setattr__ / __delattr__ (v undefined = delete). */
export function genericSetAttr(obj: PyValue, name: string, v: PyValue | undefined, t: PyType): void {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && !(d instanceof PyFunction || d instanceof PyMethodDescr)) {
    if (d instanceof PyGetSetDescr) {
      if (d.set === null) {
        attributeErrorNamed(`attribute '${name}' of '${t.name}' objects is not writable`);
      }
      d.set(obj, v);
      return;
    }
    if (d instanceof PyMemberDescr) {
      memberSet(d, obj, v);
      return;
    }
    if (d instanceof PyProperty && d.cls === propertyType) {
      const f = v === undefined ? d.fdel : d.fset;
      if (f === None) {
        attributeErrorNamed(`property ${propName(d)}of '${t.qualname}' object has no ${v === undefined ? "deleter" : "setter"}`);
      }
      if (v === undefined) call(f, [obj]);
      else call(f, [obj, v]);
      return;
    }
    const setter = d.cls.lookup(v === undefined ? "__delete__" : "__set__");
    if (setter !== undefined) {
      callDescr(setter, d, v === undefined ? [obj] : [obj, v]);
      return;
    }
    if (isDataDescr(d)) attributeErrorNamed(v === undefined ? "__delete__" : "__set__");
  }
  if (typeof obj === "object" && obj.dict !== null) {
    if (v === undefined) {
      if (obj.dict.delete(name) === undefined) throwNoAttr(obj, name);
    } else obj.dict.set(name, v);
    return;
  }
  if (typeof obj === "object" && (t.flags & TypeFlag.HAS_DICT) && v !== undefined) {
    obj.dict = newInstanceDict();
    obj.dict.set(name, v);
    return;
  }
  if (v === undefined || d === undefined) throwNoAttr(obj, name);
  attributeErrorNamed(`'${t.name}' object attribute '${name}' is read-only`);
}

import { PyDict } from "./pydict";
import { DictStore } from "./dictstore";
export function newDict(): PyDict {
  return new PyDict();
}

/** An empty instance __dict__: a shaped dict (dictstore.ts), sharing its key layout. */
export function newInstanceDict(): PyDict {
  return new PyDict(dictType, DictStore.forInstance());
}

// ---- truth, hashing ----------------------------------------------------------------------------

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return true;
  }
  if (v === True) return true;
  if (v === False || v === None) return false;
  if (v instanceof PyFloat && v.cls === floatType) return v.value !== 0;
  if (v instanceof PyList && v.cls === listType) return v.items.length !== 0;
  return slowTruthy(v);
}

function slowTruthy(v: PyObject): boolean {
  const t = v.cls;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = callDescr(b, v, []);
    if (r === True) return true;
    if (r === False) return false;
    typeError(`__bool__ should return bool, returned ${typeName(r)}`);
  }
  const l = t.lookup("__len__");
  if (l !== undefined) return lenResult(callDescr(l, v, [])) !== 0;
  return true;
}

const MAX_SSIZE = 2n ** 63n - 1n;

/** A __len__ result as a Py_ssize_t: >= 0 and at most sys.maxsize (a bigint above 2^53). */
function lenResult(r: PyValue): I.PyInt {
  let n = intValue(r);
  if (n === undefined) {
    n = t_index(r);
    if (n === undefined) typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  }
  if (I.isNegative(n)) raiseError(ValueError, "__len__() should return >= 0");
  if (typeof n === "bigint" && n > MAX_SSIZE) raiseError(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}


/**
 * len(v) as a JS number, for callers that go on to index or allocate: a length above 2^53
 * (a range or __len__ up to sys.maxsize) is an OverflowError here. lenInt is builtins.len.
 */
export function len(v: PyValue): number {
  const n = lenInt(v);
  if (typeof n === "bigint") raiseError(OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** PyObject_Size: any length up to sys.maxsize (a bigint beyond 2^53). */
export function lenInt(v: PyValue): I.PyInt {
  if (typeof v === "string") return cpLength(v);
  // The exact types only: a subclass may override __len__.
  if (v instanceof PyList && v.cls === listType) return v.items.length;
  if (v instanceof PyTuple && v.cls === tupleType) return v.items.length;
  if (v instanceof PyDict && v.cls === dictType) return v.size;
  const l = typeOf(v).lookup("__len__");
  if (l === undefined) typeError(`object of type '${typeName(v)}' has no len()`);
  return lenResult(callDescr(l, v, []));
}

export { strHash } from "./hashing";
import { strHash } from "./hashing";

export function hashOf(v: PyValue): I.PyInt {
  switch (typeof v) {
    case "number":
    case "bigint":
      return I.hash(v);
    case "string":
      return strHash(v);
  }
  const t = v.cls;
  if (t === floatType) return hashFloat((v as PyFloat).value, idOf(v) as number >> 4);
  if (t === boolType) return (v as PyIntObj).value;
  const h = t.lookup("__hash__");
  if (h === undefined || h === None) typeError(`unhashable type: '${t.name}'`);
  const r = callDescr(h, v, []);
  const n = intValue(r);
  if (n === undefined) typeError("__hash__ method should return an integer");
  // CPython keeps a __hash__ result that fits in a C Py_hash_t and reduces a larger one.
  if (typeof n === "bigint") {
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return n;
    return I.hash(n);
  }
  return n === -1 ? -2 : n;
}

// ---- comparison ----------------------------------------------------------------------------------

export const enum Cmp { LT, LE, EQ, NE, GT, GE }
export const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAPPED = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
export const CMP_SYMBOLS = ["<", "<=", "==", "!=", ">", ">="];

function cmpResult(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    case Cmp.GE: return c >= 0;
  }
}

/** a op b as a Python value (rich comparison, PyObject_RichCompare). */
export function richCompare(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === "number" && tb === "number") return bool(cmpResult((a as number) - (b as number), op));
  if (ta === "string" && tb === "string") {
    if (op === Cmp.EQ) return bool(a === b);
    if (op === Cmp.NE) return bool(a !== b);
    return bool(cmpResult(compareStrings(a as string, b as string), op));
  }
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
    return bool(cmpResult(I.compare(a as I.PyInt, b as I.PyInt), op));
  }
  // Exact tuples and lists: their type's method, called without building its argument array (the
  // types are immutable and their comparison never returns NotImplemented for two of a kind).
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const c = pureOrderItems(a.items, b.items);
    return c === c ? bool(cmpResult(c, op)) : compareItems(a.items, b.items, op);
  }
  if (a instanceof PyList && b instanceof PyList && a.cls === listType && b.cls === listType) return compareLists(a, b, op);
  // Exact floats and dicts likewise (float's comparison of two floats; dict's == and !=).
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) return bool(compareNumbers(a.value, b.value, op));
  if (a instanceof PyDict && b instanceof PyDict && a.cls === dictType && b.cls === dictType && (op === Cmp.EQ || op === Cmp.NE)) {
    return bool(dictsEqual(a, b) === (op === Cmp.EQ));
  }
  return slowRichCompare(a, b, op);
}

/** Two JS numbers (float values, or ints that fit) compared (not by subtraction: inf - inf is NaN). */
export function compareNumbers(x: number, y: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return x < y;
    case Cmp.LE: return x <= y;
    case Cmp.EQ: return x === y;
    case Cmp.NE: return x !== y;
    case Cmp.GT: return x > y;
    case Cmp.GE: return x >= y;
  }
}

/** dict == dict: the same keys, with equal values (dict_equal). */
export function dictsEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.capacity(); i++) {
    const k = a.keyAt(i);
    if (k === undefined) continue;
    const av = a.valueAt(i);
    const bv = b.get(k);
    if (bv === undefined || !richEqBool(av, bv)) return false;
  }
  return true;
}

/**
 * Lexicographic comparison of two item arrays (tuplerichcompare): the first pair that is not ==
 * decides with `op`, else the lengths do. For arrays that cannot change meanwhile (a tuple's, a
 * sort key's); lists use compareLists.
 */
export function compareItems(v: readonly PyValue[], w: readonly PyValue[], op: Cmp): PyValue {
  // (No shortcut for == and != on different lengths, unlike lists: CPython compares the items.)
  let i = 0;
  while (i < v.length && i < w.length && richEqBool(v[i], w[i])) i++;
  return compareAt(v, w, i, op);
}

/**
 * The order of two values whose comparison runs no Python code and cannot fail: ints, strs, and
 * exact tuples of such values (negative, zero or positive); NaN when either is anything else.
 * Comparing such values the generic way gives the same answers with nothing observable on the
 * way, so a caller that gets NaN can start again the generic way.
 */
export function pureOrder(a: PyValue, b: PyValue): number {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === "number" && tb === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (ta === "string" && tb === "string") return a === b ? 0 : compareStrings(a as string, b as string);
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) return pureOrderItems(a.items, b.items);
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) return I.compare(a as I.PyInt, b as I.PyInt);
  return NaN;
}

/** pureOrder of two tuples' items: lexicographic, as tuplerichcompare decides (NaN: not pure). */
export function pureOrderItems(v: readonly PyValue[], w: readonly PyValue[]): number {
  const n = v.length < w.length ? v.length : w.length;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    const y = w[i];
    if (x === y) continue;
    const c = pureOrder(x, y);
    if (c !== 0) return c;
  }
  return v.length - w.length;
}

/** list_richcompare: compareItems, but with `items` read afresh on every step (an __eq__ may replace a list's array). */
export function compareLists(v: PyList, w: PyList, op: Cmp): PyValue {
  if (v.items.length !== w.items.length && (op === Cmp.EQ || op === Cmp.NE)) return bool(op === Cmp.NE);
  let i = 0;
  while (i < v.items.length && i < w.items.length && richEqBool(v.items[i], w.items[i])) i++;
  return compareAt(v.items, w.items, i, op);
}

/** The end of a sequence comparison, i being the first index where the items are not ==. */
function compareAt(v: readonly PyValue[], w: readonly PyValue[], i: number, op: Cmp): PyValue {
  if (i >= v.length || i >= w.length) return bool(cmpResult(v.length - w.length, op));
  if (op === Cmp.EQ) return False;
  if (op === Cmp.NE) return True;
  return richCompare(v[i], w[i], op);
}

/** Compares by code point (UTF-16 order differs for astral vs U+E000..U+FFFF). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? (y >= 0xe000 ? 1 : 1) : (x >= 0xe000 ? -1 : -1);
      return x - y;
    }
  }
  return a.length - b.length;
}

/** object.__eq__ (looked up once object's namespace is filled). */
let objectEq: PyValue | undefined;

function slowRichCompare(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  // (Looked up first: lookups have no side effects, and == needs it below.)
  const f = ta.lookup(CMP_NAMES[op]);
  if (op === Cmp.EQ) {
    // Neither type has an __eq__ but object's: the answer is identity (object.__eq__ returns
    // NotImplemented both ways for different objects), without the calls. (iter(f, None) compares
    // every value with its sentinel.)
    if (objectEq === undefined) objectEq = objectType.ns.get("__eq__");
    if (f !== undefined && f === objectEq && (tb === ta || tb.lookup("__eq__") === f)) return a === b ? True : False;
  }
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const g = tb.lookup(CMP_NAMES[CMP_SWAPPED[op]]);
    if (g !== undefined) {
      checkedReverse = true;
      const r = callDescr(g, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (f !== undefined) {
    const r = callDescr(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  return checkedReverse ? compareFallback(a, b, op) : compareRest(a, b, op);
}

/**
 * `a op b` after a's method returned NotImplemented (or a's type has none), where b's reflected
 * method was not tried first (b's type is a's, or not a subclass of it): b's reflected method,
 * then identity for == and !=, or the TypeError. (The baseline tier calls a's method itself.)
 */
export function compareRest(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const g = typeOf(b).lookup(CMP_NAMES[CMP_SWAPPED[op]]);
  if (g !== undefined) {
    const r = callDescr(g, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return compareFallback(a, b, op);
}

function compareFallback(a: PyValue, b: PyValue, op: Cmp): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (op === Cmp.EQ) return bool(a === b);
  if (op === Cmp.NE) return bool(a !== b);
  typeError(`'${CMP_SYMBOLS[op]}' not supported between instances of '${tpName(ta)}' and '${tpName(tb)}'`);
}

export function richCompareBool(a: PyValue, b: PyValue, op: Cmp): boolean {
  const r = richCompare(a, b, op);
  if (r === True) return true;
  if (r === False) return false;
  return truthy(r);
}

/** a == b with identity shortcut (PyObject_RichCompareBool(a, b, Py_EQ)), as containers use it. */
export function richEqBool(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === "string" && typeof b === "string") return false;
  if (typeof a === "number" && typeof b === "number") return false;
  return richCompareBool(a, b, Cmp.EQ);
}

// ---- numbers -------------------------------------------------------------------------------------

export const enum Bin {
  ADD, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT,
  SUBTRACT, TRUE_DIVIDE, XOR,
}
const BIN_NAMES = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
export const BIN_SYMBOLS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];
export const DUNDER = BIN_NAMES.map((n) => `__${n}__`);
const RDUNDER = BIN_NAMES.map((n) => `__r${n}__`);
const IDUNDER = BIN_NAMES.map((n) => `__i${n}__`);

/** Binary operator on two ints (PyInt); used by the fast paths and by int's own methods. */
export function intBinary(a: I.PyInt, b: I.PyInt, op: Bin): PyValue {
  switch (op) {
    case Bin.ADD: return I.add(a, b);
    case Bin.SUBTRACT: return I.sub(a, b);
    case Bin.MULTIPLY: return I.mul(a, b);
    case Bin.FLOOR_DIVIDE: return I.floordiv(a, b);
    case Bin.REMAINDER: return I.mod(a, b);
    case Bin.TRUE_DIVIDE: return new PyFloat(intTrueDiv(a, b));
    case Bin.POWER: return intPow(a, b);
    case Bin.LSHIFT: return I.lshift(a, b);
    case Bin.RSHIFT: return I.rshift(a, b);
    case Bin.AND: return I.and(a, b);
    case Bin.OR: return I.or(a, b);
    case Bin.XOR: return I.xor(a, b);
    case Bin.MATRIX_MULTIPLY: return NotImplemented;
  }
}

/** Set by pyfloat.ts: int ** negative int is a float. */
export const numberHooks = {
  intPowNegative: null as unknown as (a: I.PyInt, b: I.PyInt) => PyValue,
  floatBinary: null as unknown as (a: number, b: number, op: Bin) => PyValue,
  /** complex's own arithmetic on (ar + ai j) and (br + bi j) (pycomplex.ts). */
  complexBinary: null as unknown as (ar: number, ai: number, br: number, bi: number, op: Bin) => PyValue,
  /** str % args (strformat.ts, set by pystr.ts). */
  strPercent: null as unknown as (fmt: string, args: PyValue) => string,
};

function intPow(a: I.PyInt, b: I.PyInt): PyValue {
  if (I.isNegative(b)) return numberHooks.intPowNegative(a, b);
  return I.pow(a, b);
}

/** The float value of an int or float operand for mixed arithmetic; undefined if neither. */
function floatOperand(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  return i === undefined ? undefined : toFloat(i);
}

/** a op b (PyNumber_Add etc.): fast paths, then __op__/__rop__ with the subclass-first rule. */
export function binaryOp(a: PyValue, b: PyValue, op: Bin, inplace = false): PyValue {
  const ta = typeof a;
  const tb = typeof b;
  let fast: PyValue = NotImplemented;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint")) {
    fast = intBinary(a as I.PyInt, b as I.PyInt, op);
  } else if (a instanceof PyFloat && a.cls === floatType) {
    const y = b instanceof PyFloat && b.cls === floatType ? b.value : (tb === "number" || tb === "bigint") ? toFloat(b as I.PyInt) : undefined;
    if (y !== undefined) fast = numberHooks.floatBinary(a.value, y, op);
  } else if (b instanceof PyFloat && b.cls === floatType && (ta === "number" || ta === "bigint")) {
    fast = numberHooks.floatBinary(toFloat(a as I.PyInt), b.value, op);
  }
  if (fast !== NotImplemented) return fast;
  if (ta === "string" && tb === "string" && op === Bin.ADD) return (a as string) + (b as string);
  // str % args: str's own __mod__, unless args is an instance of a Python class (a str
  // subclass's __rmod__ would come first; a native type is never a str subclass).
  if (ta === "string" && op === Bin.REMAINDER && (tb !== "object" || !((b as PyObject).cls.flags & TypeFlag.HEAPTYPE))) {
    return numberHooks.strPercent(a as string, b);
  }
  if (a instanceof PyComplex && a.cls === complexType && (op === Bin.ADD || op === Bin.SUBTRACT || op === Bin.MULTIPLY)) {
    // complex + - * complex or float, as complex's own slots compute it (a float's imaginary part is +0.0).
    if (b instanceof PyComplex && b.cls === complexType) return numberHooks.complexBinary(a.real, a.imag, b.real, b.imag, op);
    if (b instanceof PyFloat && b.cls === floatType) return numberHooks.complexBinary(a.real, a.imag, b.value, 0, op);
  }
  const r = binaryDispatch(a, b, op);
  if (r !== NotImplemented) return r;
  return binaryError(a, b, op, inplace);
}

function binaryDispatch(a: PyValue, b: PyValue, op: Bin): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(DUNDER[op]);
  let fb = ta === tb ? undefined : tb.lookup(RDUNDER[op]);
  let overrides = true;
  if (fb !== undefined && fb === ta.lookup(RDUNDER[op])) {
    // Same native slot on both sides: CPython calls it once. A Python-level __rop__ inherited
    // unchanged is still tried after __op__, but not before it.
    if (fa !== undefined && fb instanceof PyMethodDescr) fb = undefined;
    overrides = false;
  }
  if (fb !== undefined && overrides && tb.isSubtypeOf(ta)) {
    const r = callDescr(fb, b, [a]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callDescr(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callDescr(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/**
 * `a op b` after a.__op__(b) returned NotImplemented, where binaryDispatch would not have tried
 * b's reflected method first (b's type is a's, or not a subclass of it): b.__rop__(a), or the
 * TypeError. (The baseline tier calls a's method itself.)
 */
export function binaryRest(a: PyValue, b: PyValue, op: Bin): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fb = ta === tb ? undefined : tb.lookup(RDUNDER[op]);
  if (fb !== undefined && fb === ta.lookup(RDUNDER[op]) && fb instanceof PyMethodDescr) fb = undefined;
  if (fb !== undefined) {
    const r = callDescr(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  return binaryError(a, b, op);
}

function binaryError(a: PyValue, b: PyValue, op: Bin, inplace = false): never {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (op === Bin.ADD && (ta.flags & (TypeFlag.STR_SUBCLASS | TypeFlag.LIST_SUBCLASS | TypeFlag.TUPLE_SUBCLASS) ||
      ta.name === "bytes" || ta.name === "bytearray")) {
    const base = ta.flags & TypeFlag.STR_SUBCLASS ? "str" : ta.flags & TypeFlag.LIST_SUBCLASS ? "list" :
      ta.flags & TypeFlag.TUPLE_SUBCLASS ? "tuple" : null;
    if (base === "str") typeError(`can only concatenate str (not "${tb.name}") to str`);
    if (base) typeError(`can only concatenate ${base} (not "${tb.name}") to ${base}`);
    typeError(`can't concat ${tb.name} to ${ta.name}`);
  }
  if (op === Bin.MULTIPLY && (isSequenceForRepeat(ta) || isSequenceForRepeat(tb))) {
    const other = isSequenceForRepeat(ta) ? tb : ta;
    typeError(`can't multiply sequence by non-int of type '${other.name}'`);
  }
  const sym = BIN_SYMBOLS[op] + (inplace ? "=" : "");
  if (op === Bin.POWER && !inplace) typeError(`unsupported operand type(s) for ** or pow(): '${tpName(ta)}' and '${tpName(tb)}'`);
  if (op === Bin.RSHIFT && !inplace && a instanceof PyObject && a.cls.name === "builtin_function_or_method" &&
      (a as PyBuiltinFunction).name === "print") {
    typeError(`unsupported operand type(s) for >>: '${ta.name}' and '${tb.name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  typeError(`unsupported operand type(s) for ${sym}: '${tpName(ta)}' and '${tpName(tb)}'`);
}

function isSequenceForRepeat(t: PyType): boolean {
  return (t.flags & (TypeFlag.STR_SUBCLASS | TypeFlag.LIST_SUBCLASS | TypeFlag.TUPLE_SUBCLASS)) !== 0 ||
    t.name === "bytes" || t.name === "bytearray" || t.name === "range";
}

/** a op= b: __iop__ first, then as binaryOp. */
export function inplaceOp(a: PyValue, b: PyValue, op: Bin): PyValue {
  if (typeof a !== "object") return binaryOp(a, b, op, true);
  if (a instanceof PyFloat && a.cls === floatType) return binaryOp(a, b, op, true);
  const f = a.cls.lookup(IDUNDER[op]);
  if (f !== undefined) {
    const r = callDescr(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  const r = binaryDispatch(a, b, op);
  if (r !== NotImplemented) return r;
  return binaryError(a, b, op, true);
}

export function unaryOp(v: PyValue, name: "__neg__" | "__pos__" | "__invert__", sym: string): PyValue {
  if (typeof v === "number" || typeof v === "bigint") {
    return name === "__neg__" ? I.neg(v) : name === "__pos__" ? v : I.invert(v);
  }
  if (v instanceof PyFloat && v.cls === floatType) {
    if (name === "__neg__") return new PyFloat(-v.value);
    if (name === "__pos__") return v;
  }
  const f = typeOf(v).lookup(name);
  if (f === undefined) typeError(`bad operand type for unary ${sym}: '${typeName(v)}'`);
  return callDescr(f, v, []);
}

/** operator.index (PyNumber_Index): ints, or __index__. */
export function index(v: PyValue): I.PyInt {
  const i = intValue(v);
  if (i !== undefined) return i;
  const r = t_index(v);
  if (r === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return r;
}

function t_index(v: PyValue): I.PyInt | undefined {
  const f = typeOf(v).lookup("__index__");
  if (f === undefined) return undefined;
  const r = callDescr(f, v, []);
  const i = intValue(r);
  if (i === undefined) typeError(`__index__ returned non-int (type ${typeName(r)})`);
  if (typeof r === "object") warnIntSubclass("__index__", r);
  return i;
}

/** The 3.11 DeprecationWarning for __int__/__index__ returning a strict int subclass (a bool). */
export function warnIntSubclass(method: string, r: PyValue): void {
  runtime.warn("DeprecationWarning", `${method} returned non-int (type ${typeName(r)}).  The ability to return an instance ` +
    "of a strict subclass of int is deprecated, and may be removed in a future version of Python.");
}

/** An index as a JS number, clamped like PyNumber_AsSsize_t with OverflowError (`errMsg` names the use). */
export function indexNumber(v: PyValue, what = "index"): number {
  const i = index(v);
  if (typeof i === "bigint") raiseError(IndexErrorT, `cannot fit 'int' into an ${what}-sized integer`);
  return i;
}

/** Like indexNumber, but TypeError with "<what> indices must be integers or slices, not X". */
export function seqIndex(v: PyValue, typeLabel: string): number {
  if (typeof v === "number") return v;
  const i = intValue(v);
  if (i !== undefined) {
    if (typeof i === "bigint") raiseError(IndexErrorT, `cannot fit 'int' into an index-sized integer`);
    return i;
  }
  const f = typeOf(v).lookup("__index__");
  if (f === undefined) typeError(`${typeLabel} indices must be integers or slices, not ${typeName(v)}`);
  const r = index(v);
  if (typeof r === "bigint") raiseError(IndexErrorT, `cannot fit 'int' into an index-sized integer`);
  return r;
}

export { ZeroDivisionError, TypeErrorT, StopIteration };

// ---- items -------------------------------------------------------------------------------------

/** Installed by pytype.ts: makes `origin[key]` as a types.GenericAlias. */
export const genericAliasHooks = {
  make: (origin: PyValue, key: PyValue): PyValue => {
    void key;
    return origin;
  },
};

export function getItem(obj: PyValue, key: PyValue): PyValue {
  const t = typeOf(obj);
  const f = t.lookup("__getitem__");
  if (f !== undefined) return callDescr(f, obj, [key]);
  if (obj instanceof PyType) {
    if (obj === typeType) return genericAliasHooks.make(obj, key);
    const cg = obj.lookup("__class_getitem__");
    if (cg instanceof PyClassMethod && cg.func instanceof PyBuiltinFunction) {
      // The builtin generic classes (list, dict, ...): list[int] is a types.GenericAlias.
      return genericAliasHooks.make(obj, key);
    }
    if (cg !== undefined) return callClassGetItem(obj, key);
    typeError(`type '${obj.name}' is not subscriptable`);
  }
  typeError(`'${t.name}' object is not subscriptable`);
}

function callClassGetItem(t: PyType, key: PyValue): PyValue {
  const cg = t.lookup("__class_getitem__");
  if (cg === undefined) typeError(`type '${t.name}' is not subscriptable`);
  return call(bindDescr(cg instanceof PyFunction ? new PyClassMethod(cg) : cg, t, t), [key]);
}

export function setItem(obj: PyValue, key: PyValue, v: PyValue): void {
  const f = typeOf(obj).lookup("__setitem__");
  if (f === undefined) typeError(`'${typeName(obj)}' object does not support item assignment`);
  callDescr(f, obj, [key, v]);
}

export function delItem(obj: PyValue, key: PyValue): void {
  const f = typeOf(obj).lookup("__delitem__");
  if (f === undefined) {
    const t = typeOf(obj);
    const hasMapping = (t.flags & TypeFlag.HEAPTYPE) !== 0 || t.lookup("__getitem__") !== undefined;
    typeError(`'${t.name}' object ${hasMapping ? "doesn't" : "does not"} support item deletion`);
  }
  callDescr(f, obj, [key]);
}

// ---- iteration ------------------------------------------------------------------------------------

/**
 * Native iterators: objects whose next value comes from a JS method, with no StopIteration
 * allocated at the end (`undefined` means exhausted).
 */
export abstract class PyIter extends PyObject {
  abstract next(): PyValue | undefined;
}

/** Iterator over an object with only __getitem__ (the old sequence protocol). */
export class SeqIter extends PyIter {
  i = 0;
  done = false;
  constructor(cls: PyType, public seq: PyValue) {
    super(cls);
  }
  next(): PyValue | undefined {
    if (this.done) return undefined;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (e instanceof PyBaseException && (isInstance(e, IndexErrorT) || isInstance(e, StopIteration))) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
  }
}

export const iterHooks = {
  seqIterType: null as unknown as PyType,
  /** The iterators of the exact list, tuple, range and dict (set where those are defined). */
  listIter: null as unknown as (v: PyList) => PyValue,
  tupleIter: null as unknown as (v: PyTuple) => PyValue,
  rangeIter: null as unknown as (v: PyRange) => PyValue,
  dictIter: null as unknown as (v: PyDict) => PyValue,
};

export function getIter(v: PyValue): PyValue {
  // The exact built-in containers (whose __iter__ cannot be replaced): no lookup, no call.
  if (typeof v === "object") {
    const c = v.cls;
    if (c === listType) return iterHooks.listIter(v as PyList);
    if (c === tupleType) return iterHooks.tupleIter(v as PyTuple);
    if (c === dictType) return iterHooks.dictIter(v as PyDict);
    if (c === rangeType) return iterHooks.rangeIter(v as PyRange);
    // A generator is its own iterator (generator.__iter__, which cannot be replaced either).
    if (c === generatorType) return v;
  }
  const t = typeOf(v);
  const f = t.lookup("__iter__");
  if (f !== undefined && f !== None) {
    const it = callDescr(f, v, []);
    if (!(it instanceof PyIter) && typeOf(it).lookup("__next__") === undefined) {
      typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (f === undefined && t.lookup("__getitem__") !== undefined) return new SeqIter(iterHooks.seqIterType, v);
  typeError(`'${t.name}' object is not iterable`);
}

/** next(it): the next value, or undefined when exhausted (StopIteration swallowed). */
export function iterNext(it: PyValue): PyValue | undefined {
  // Native iterators answer directly, unless a Python subclass may override __next__.
  if (it instanceof PyIter && !(it.cls.flags & TypeFlag.HEAPTYPE)) return it.next();
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return callDescr(f, it, []);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, StopIteration)) return undefined;
    throw e;
  }
}

/** Collects an iterable into a JS array (list(x) without the list). */
export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList && v.cls === listType) return v.items.slice();
  if (v instanceof PyTuple && v.cls === tupleType) return v.items.slice();
  const it = getIter(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** The items of a list or tuple without copying, else a fresh array. */
export function asArray(v: PyValue): readonly PyValue[] {
  if ((v instanceof PyList && v.cls === listType) || (v instanceof PyTuple && v.cls === tupleType)) return v.items;
  return toArray(v);
}

export function contains(container: PyValue, v: PyValue): boolean {
  if (typeof container === "string" && typeof v === "string") return container.includes(v);
  if (container instanceof PyDict && container.cls === dictType) return container.has(v);
  if ((container instanceof PyTuple || container instanceof PyList) && (container.cls === tupleType || container.cls === listType)) {
    // An exact tuple or list: its __contains__ (list_contains), without looking it up. (An __eq__
    // may change the list: its items are read again at each step.)
    for (let i = 0; i < container.items.length; i++) if (richEqBool(container.items[i], v)) return true;
    return false;
  }
  const f = typeOf(container).lookup("__contains__");
  if (f === None) typeError(`'${typeName(container)}' object is not a container`);
  if (f !== undefined) return truthy(callDescr(f, container, [v]));
  const t = typeOf(container);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    typeError(`argument of type '${t.name}' is not iterable`);
  }
  const it = getIter(container);
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return false;
    if (richEqBool(x, v)) return true;
  }
}

// ---- repr / str -----------------------------------------------------------------------------------

let reprDepth = 0;
export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return intToString(v);
    case "string":
      return reprStr(v);
  }
  if (v instanceof PySingleton) return v.repr;
  return strValue(reprObject(v))!;
}

/**
 * repr(v) as the builtin returns it: what __repr__ returned, which must be a str (an instance of
 * a str subclass stays itself).
 */
export function reprObject(v: PyValue): PyValue {
  if (typeof v !== "object" || v instanceof PySingleton) return repr(v);
  const f = v.cls.lookup("__repr__");
  if (++reprDepth > 900) {
    reprDepth = 0;
    raiseError(RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  }
  try {
    const r = callDescr(f!, v, []);
    if (strValue(r) === undefined) typeError(`__repr__ returned non-string (type ${typeName(r)})`);
    return r;
  } finally {
    reprDepth--;
  }
}


export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "bigint") return intToString(v);
  const f = v.cls.lookup("__str__");
  const r = callDescr(f!, v, []);
  const s = strValue(r);
  if (s === undefined) typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return s;
}

/**
 * PyObject_LengthHint: len(obj) if it has __len__, else its __length_hint__() (NotImplemented or
 * a TypeError from either gives `dflt`); the hint must be a non-negative int.
 */
export function lengthHint(obj: PyValue, dflt: I.PyInt): I.PyInt {
  const t = typeOf(obj);
  if (t.lookup("__len__") !== undefined) {
    try {
      return len(obj);
    } catch (e) {
      if (!(e instanceof PyBaseException && isInstance(e, TypeErrorT))) throw e;
    }
  }
  const h = t.lookup("__length_hint__");
  if (h === undefined) return dflt;
  let r: PyValue;
  try {
    r = callDescr(h, obj, []);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  const n = intValue(r);
  if (n === undefined) typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  if (I.isNegative(n)) raiseError(ValueError, "__length_hint__() should return >= 0");
  return n;
}

/** The hex digits CPython shows after "at 0x" for an object: its id, as `"%x" % id(v)`. */
export function addressOf(v: PyValue): string {
  return (idOf(v) as number).toString(16);
}

/** Default repr of an object: `<module.Class object at 0x...>`. */
export function defaultRepr(v: PyValue): string {
  const t = typeOf(v);
  const mod = t.ns.get("__module__");
  const prefix = typeof mod === "string" && mod !== "builtins" ? `${mod}.` : "";
  return `<${prefix}${t.qualname} object at 0x${addressOf(v)}>`;
}

// ---- isinstance / issubclass ---------------------------------------------------------------------
//
// CPython's protocol (Objects/abstract.c): an exact type answers directly; a union stands for the
// tuple of its members; a tuple is searched (one recursion level per nesting); otherwise the class's
// __instancecheck__/__subclasscheck__ decides; without one, "abstract" classes (any object with a
// __bases__ tuple) are walked by their __bases__, and an instance's class is its __class__.

/** Py_EnterRecursiveCall/Py_LeaveRecursiveCall: native recursion counted with Python frames. */
function guarded<T>(where: string, f: () => T): T {
  hooks.enterRecursiveCall(where);
  try {
    return f();
  } finally {
    hooks.leaveRecursiveCall();
  }
}

/** abstract_get_bases: cls.__bases__ when it is a tuple (a missing attribute gives undefined). */
function abstractBases(cls: PyValue): PyTuple | undefined {
  const b = getAttrOpt(cls, "__bases__");
  return b instanceof PyTuple ? b : undefined;
}

/** check_class: cls must have a __bases__ tuple to stand for a class. */
function checkClass(cls: PyValue, msg: string): void {
  if (abstractBases(cls) === undefined) typeError(msg);
}

/** abstract_issubclass: is `cls` reachable from `derived` through __bases__? */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === undefined || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      // Single inheritance is walked in a loop, without recursion.
      derived = bases.items[0];
      continue;
    }
    return guarded(" in __issubclass__", () => bases.items.some((b) => abstractIsSubclass(b, cls)));
  }
}

/** object_isinstance (type.__instancecheck__'s behaviour). */
export function realIsInstance(v: PyValue, cls: PyValue): boolean {
  const vt = typeOf(v);
  if (cls instanceof PyType) {
    if (vt === cls || vt.isSubtypeOf(cls)) return true;
    // __class__ may be overridden (proxies); check it as CPython does.
    const c = getAttrOpt(v, "__class__");
    return c instanceof PyType && c !== vt && c.isSubtypeOf(cls);
  }
  checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  const c = getAttrOpt(v, "__class__");
  return c !== undefined && abstractIsSubclass(c, cls);
}

/** recursive_issubclass (type.__subclasscheck__'s behaviour). */
export function realIsSubclass(c: PyValue, cls: PyValue): boolean {
  if (c instanceof PyType && cls instanceof PyType) return c.isSubtypeOf(cls);
  checkClass(c, "issubclass() arg 1 must be a class");
  if (unionArgs.of(cls) === undefined) {
    checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return abstractIsSubclass(c, cls);
}

/** The members of a types.UnionType (set by pytype.ts), else undefined. */
export const unionArgs: { of: (v: PyValue) => PyValue[] | undefined } = { of: () => undefined };

/** PyObject_IsInstance. */
export function isinstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    const vt = typeOf(v);
    if (vt === cls) return true;
    if (cls.cls === typeType) return realIsInstance(v, cls);
  }
  const members = unionArgs.of(cls);
  if (members !== undefined) cls = new PyTuple(members);
  if (cls instanceof PyTuple) {
    const items = cls.items;
    return guarded(" in __instancecheck__", () => items.some((c) => isinstance(v, c)));
  }
  const chk = typeOf(cls).lookup("__instancecheck__");
  if (chk !== undefined) return guarded(" in __instancecheck__", () => truthy(callDescr(chk, cls, [v])));
  return realIsInstance(v, cls);
}

/** PyObject_IsSubclass. */
export function issubclass(c: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.cls === typeType) {
    if (c === cls) return true;
    return realIsSubclass(c, cls);
  }
  const members = unionArgs.of(cls);
  if (members !== undefined) cls = new PyTuple(members);
  if (cls instanceof PyTuple) {
    const items = cls.items;
    return guarded(" in __subclasscheck__", () => items.some((x) => issubclass(c, x)));
  }
  const chk = typeOf(cls).lookup("__subclasscheck__");
  if (chk !== undefined) return guarded(" in __subclasscheck__", () => truthy(callDescr(chk, cls, [c])));
  return realIsSubclass(c, cls);
}

export { intType, strType, objectType, compareIntFloat, eqIntFloat, ZeroDivisionError as ZDE };
