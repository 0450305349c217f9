// `type` and `object`: class creation (type.__new__ with __slots__, __set_name__,
// __init_subclass__, __classcell__), attribute access on classes, object's default methods,
// and `super`.

import {
  bindDescr, call, callDescr, defaultRepr, genericGetAttr, genericSetAttr, getAttrOpt, hashOf, idOf, isDataDescr,
  repr, str, throwNoAttr, getIter, genericAliasHooks, setAttr as setAttrHook, unionArgs, truthy, typeHooks, typeName, richCompare, richCompareBool, Cmp, getAttr, toArray, isInstance, strValue,
  callMethod, binaryOp, Bin, getItem as getItemHook, contains as containsHook, len as lenHook, tpName, PyIter, index,
} from "./abstract";
import { attributeError, raiseError, typeError, StopIteration as StopIterationT, TypeError as TypeErrorT, RuntimeError, newException, toPyException, ValueError } from "./exceptions";
import { docFromInternalDoc, installTypeDocs, textSignatureFromInternalDoc, typeInternalDoc } from "./docstrings";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew, noKwargs, defStaticMethod } from "./native";
import { isIdentifier } from "../unicode/properties";
import { initGenericAlias, makeUnion } from "./genericalias";
import { runtime } from "../vm/runtime";
import { strEncode } from "./strcodecs";
import { computeMro, MroError, TypeFlag } from "./object";
import { PyDict } from "./pydict";
import { hasFinalizer, trackFinalizer } from "./finalize";
import {
  bool, False, None, NotImplemented, objectType, PyBuiltinFunction, PyCell, PyClassMethod, PyFunction, PyGetSetDescr,
  PyInstance, PyList, PyModule, PyMemberDescr, PyMethodDescr, PyObject, PyProperty, PyStaticMethod, PyTuple, PyType, PyValue,
  superType, True, typeOf, typeType, dictType, mappingproxyType, intType, tupleType, bytesType, propertyType, genericAliasType, moduleType, unionType, enumerateType, asyncGeneratorType, noneType, Ellipsis,
} from "./types";

// ---- attribute access on types (type.__getattribute__) -----------------------------------------

function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  const meta = t.cls;
  const metaAttr = meta.lookup(name);
  // A data descriptor of the metatype wins, unless it has no __get__ (only __set__).
  if (metaAttr !== undefined && isDataDescr(metaAttr) && typeOf(metaAttr).lookup("__get__") !== undefined) {
    return bindDescr(metaAttr, t, meta);
  }
  const attr = t.lookup(name);
  if (attr !== undefined) {
    if (typeof attr !== "object") return attr;
    if (attr instanceof PyFunction || attr instanceof PyMethodDescr || attr instanceof PyGetSetDescr ||
        attr instanceof PyMemberDescr || attr instanceof PyProperty && attr.cls === propertyType) return attr;
    if (attr instanceof PyClassMethod) return bindDescr(attr, t, t);
    if (attr instanceof PyStaticMethod) return attr.func;
    const get = attr.cls.lookup("__get__");
    if (get !== undefined) return callDescr(get, attr, [None, t]);
    return attr;
  }
  if (metaAttr !== undefined) return bindDescr(metaAttr, t, meta);
  return undefined;
}

function typeSetAttr(t: PyType, name: string, v: PyValue | undefined): void {
  if (!(t.flags & TypeFlag.HEAPTYPE)) {
    typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  const meta = t.cls;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && isDataDescr(metaAttr)) {
    genericSetAttr(t, name, v, meta);
    return;
  }
  if (v === undefined) {
    if (!t.ns.has(name)) attributeError(`type object '${t.name}' has no attribute '${name}'`, name, t);
    t.ns.delete(name);
    t.modified();
    return;
  }
  t.setAttr(name, v);
}

// ---- class creation ------------------------------------------------------------------------

/** The most derived metaclass of `meta` and the bases' metaclasses (_PyType_CalculateMetaclass). */
export function calculateMeta(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** The method resolution order of `t`: C3, or its metaclass's own mro() checked as CPython's mro_check does. */
function resolveMro(t: PyType): PyType[] {
  const meta = t.cls;
  if (meta !== typeType) {
    const customMro = meta.lookup("mro");
    if (customMro !== undefined && customMro !== typeType.ns.get("mro")) {
      const mro = toArray(callDescr(customMro, t, []));
      // Instances of t must fit every class of the custom order.
      const solid = layoutOf(t.base ?? objectType);
      for (const c of mro) {
        if (!(c instanceof PyType)) typeError(`mro() returned a non-class ('${typeName(c)}')`);
        if (!solid.isSubtypeOf(layoutOf(c))) typeError(`mro() returned base with unsuitable layout ('${tpName(c)}')`);
      }
      return mro as PyType[];
    }
  }
  return defaultMro(t);
}

/** type.mro(): the C3 linearization (mro_implementation). */
function defaultMro(t: PyType): PyType[] {
  for (const b of t.bases) {
    // A base whose metaclass's mro() is still computing its MRO.
    if (b.mro.length === 0) typeError(`Cannot extend an incomplete type '${tpName(b)}'`);
  }
  try {
    return computeMro(t);
  } catch (e) {
    if (e instanceof MroError) typeError(e.message);
    throw e;
  }
}

/** The base whose instance layout the new class extends (CPython's best_base). */
function bestBase(bases: PyType[]): PyType {
  let best: PyType | null = null;
  let bestLayout: PyType | null = null;
  for (const b of bases) {
    if (!(b.flags & TypeFlag.BASETYPE)) typeError(`type '${tpName(b)}' is not an acceptable base type`);
    const layout = layoutOf(b);
    // The first base wins a tie: a later one only if its layout extends the winner's.
    if (bestLayout === null || (layout !== bestLayout && layout.isSubtypeOf(bestLayout))) {
      best = b;
      bestLayout = layout;
    } else if (!bestLayout.isSubtypeOf(layout)) {
      typeError("multiple bases have instance lay-out conflict");
    }
  }
  return best!;
}

/** The nearest ancestor that is a native type with its own layout, or one with __slots__. */
function layoutOf(t: PyType): PyType {
  let x: PyType = t;
  for (;;) {
    if (x.base === null) return x;
    if (x.flags & TypeFlag.HEAPTYPE) {
      if (x.slotNames !== null && x.slotNames.length > 0) return x;
    } else if (!(x.flags & TypeFlag.EXC_SUBCLASS) || EXC_LAYOUTS.has(x.name)) {
      return x;
    }
    x = x.base;
  }
}

/** The builtin exception types whose instances carry fields of their own (the others share BaseException's). */
const EXC_LAYOUTS = new Set(["BaseException", "AttributeError", "NameError", "ImportError", "OSError", "SyntaxError",
  "StopIteration", "SystemExit", "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError",
  "BaseExceptionGroup"]);

/** Whether instances of `a` and `b` have the same layout (for __class__ assignment). */
function layoutsCompatible(a: PyType, b: PyType): boolean {
  // The dict and weakref slots are part of the layout (CPython's tp_dictoffset and
  // tp_weaklistoffset). Native bases other than object carry their own (a module's), which
  // Typhon's flags do not describe.
  if (nativeBase(a) === objectType && nativeBase(b) === objectType) {
    if ((a.lookup("__weakref__") === undefined) !== (b.lookup("__weakref__") === undefined)) return false;
    if ((a.flags & TypeFlag.HAS_DICT) !== (b.flags & TypeFlag.HAS_DICT)) return false;
  }
  const la = layoutOf(a);
  const lb = layoutOf(b);
  if (la === lb) return true;
  if (!(la.flags & TypeFlag.HEAPTYPE) || !(lb.flags & TypeFlag.HEAPTYPE) || la.base === null || lb.base === null) return false;
  const sa = la.slotNames ?? [];
  const sb = lb.slotNames ?? [];
  if (sa.length !== sb.length || sa.some((n, i) => n !== sb[i])) return false;
  return la.base === lb.base;
}

/** The builtin type whose instance layout `t`'s instances have (int for `class B(int)`). */
export function nativeBase(t: PyType): PyType {
  let x: PyType = t;
  while (x.flags & TypeFlag.HEAPTYPE && x.base !== null) x = x.base;
  return x;
}

const dictDescr = (owner: PyType) => new PyGetSetDescr(owner, "__dict__",
  (self) => {
    // A metaclass inheriting a class's __dict__ gives the builtin base's: type's mappingproxy.
    if (self instanceof PyType) return new PyMappingProxy(self);
    if (self instanceof PyModule) return self.dict!;
    const o = self as PyObject;
    if (o.dict === null) o.dict = newInstanceDict();
    return o.dict;
  },
  (self, v) => {
    // A class's namespace is not an instance dict (a metaclass inheriting a class's __dict__).
    // They delegate to the builtin base's descriptor, which is read-only.
    if (self instanceof PyType || self instanceof PyModule) {
      attributeError(`attribute '__dict__' of '${self instanceof PyType ? "type" : "module"}' objects is not writable`);
    }
    // A builtin base with a __dict__ of its own (BaseException) decides (CPython's get_builtin_base_with_dict).
    const own = nativeBase(typeOf(self)).lookup("__dict__");
    if (own instanceof PyGetSetDescr && own.set !== null && !(own.owner.flags & TypeFlag.HEAPTYPE)) {
      own.set(self, v);
      return;
    }
    // Deleting drops the dict; the next access makes an empty one (as CPython does).
    if (v !== undefined && !(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    (self as PyObject).dict = v === undefined ? null : v;
  });

/** CPython keeps a class's name as a C string in UTF-8 (tp_name). */
function checkTypeName(name: string): void {
  if (name.includes("\0")) raiseError(ValueError, "type name must not contain null characters");
  if (/[\ud800-\udfff]/.test(name)) strEncode(name);
}

/** type(name, bases, ns): makes a class. `kwds` go to __init_subclass__. */
export function newClass(meta: PyType, name: string, basesIn: readonly PyValue[], ns: PyValue, kwds: PyDict | null): PyType {
  checkTypeName(name);
  for (const b of basesIn) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
  }
  let bases = basesIn as PyType[];
  for (let i = 0; i < bases.length; i++) {
    if (bases.indexOf(bases[i]) !== i) typeError(`duplicate base class ${bases[i].name}`);
  }
  if (bases.length === 0) bases = [objectType];
  const base = bestBase(bases);
  const t = new PyType(meta, name, bases.slice(), TypeFlag.HEAPTYPE | TypeFlag.BASETYPE);
  t.base = base;
  for (const b of bases) t.flags |= b.flags & (TypeFlag.INT_SUBCLASS | TypeFlag.LIST_SUBCLASS | TypeFlag.TUPLE_SUBCLASS |
    TypeFlag.STR_SUBCLASS | TypeFlag.DICT_SUBCLASS | TypeFlag.EXC_SUBCLASS | TypeFlag.TYPE_SUBCLASS |
    TypeFlag.SEQUENCE | TypeFlag.MAPPING);
  // Copy the namespace.
  // A dict subclass with its own __iter__ (OrderedDict) is copied in its own order, as
  // CPython's dict_merge does.
  const plainDict = ns instanceof PyDict && (ns.cls === dictType || typeOf(ns).lookup("__iter__") === dictType.ns.get("__iter__"));
  const nsEntries: [PyValue, PyValue][] = plainDict ? [...(ns as PyDict).entries()] :
    toArray(callMethodSimple(ns, "keys")).map((k) => [k, callMethodSimple(ns, "__getitem__", [k])]);
  for (const [k, v] of nsEntries) {
    const ks = strValue(k);
    if (ks === undefined) continue;
    t.ns.set(ks, v);
  }
  t.mro = resolveMro(t);
  const qn = t.ns.get("__qualname__");
  if (qn !== undefined) {
    const q = strValue(qn);
    if (q === undefined) typeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    t.qualname = q;
    t.ns.delete("__qualname__");
  }
  // A class without a docstring gets __doc__ = None, unless __slots__ makes __doc__ a slot.
  // A str __doc__ is copied to tp_doc in UTF-8 by CPython.
  const nsDoc = t.ns.get("__doc__");
  if (typeof nsDoc === "string" && /[\ud800-\udfff]/.test(nsDoc)) strEncode(nsDoc);
  const docInserted = !t.ns.has("__doc__");
  if (docInserted) t.ns.set("__doc__", None);
  if (!t.ns.has("__module__")) {
    const modName = classHooks.callerModule();
    if (modName !== null) t.ns.set("__module__", modName);
  }
  // __slots__
  const slots = t.ns.get("__slots__");
  // Secondary bases provide a dict too (CPython's type_new_slots_impl).
  const hasDict = bases.some((b) => (b.flags & TypeFlag.HAS_DICT) !== 0);
  let addDict = false;
  let weakrefSlot = false;
  let cellSlot: PyMemberDescr | null = null;
  if (slots !== undefined) {
    const names = typeof slots === "string" ? [slots] : toArray(slots).map((s) => {
      const n = strValue(s);
      if (n === undefined) typeError(`__slots__ items must be strings, not '${typeName(s)}'`);
      return n;
    });
    const nbase = nativeBase(base);
    if ((nbase === intType || nbase === tupleType || nbase === bytesType) &&
        names.length > 0) {
      typeError(`nonempty __slots__ not supported for subtype of '${nbase.name}'`);
    }
    t.slotNames = [];
    let index = inheritedSlotCount(base);
    const mangledNames: string[] = [];
    for (const n of names) {
      if (n === "__dict__") {
        if (hasDict || addDict) typeError("__dict__ slot disallowed: we already got one");
        addDict = true;
        continue;
      }
      if (n === "__weakref__") {
        if (weakrefSlot || base.lookup("__weakref__") !== undefined) typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        weakrefSlot = true;
        continue;
      }
      if (!isIdentifier(n)) typeError("__slots__ must be identifiers");
      const mangled = n.startsWith("__") && !n.endsWith("__") ? `_${name.replace(/^_+/, "")}${n}` : n;
      if (mangledNames.includes(mangled)) continue;
      // __qualname__ and __classcell__ are taken out of the namespace, so they may be slots.
      if (t.ns.has(mangled) && !(mangled === "__doc__" && docInserted) && mangled !== "__classcell__") {
        raiseError(ValueError, `'${mangled}' in __slots__ conflicts with class variable`);
      }
      mangledNames.push(mangled);
    }
    // CPython sorts the slots: classes listing the same names in any order share a layout.
    mangledNames.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const mangled of mangledNames) {
      t.slotNames.push(mangled);
      // __classcell__'s descriptor waits until the cell has been taken out of the namespace.
      if (mangled === "__classcell__") cellSlot = new PyMemberDescr(t, mangled, index++);
      else t.ns.set(mangled, new PyMemberDescr(t, mangled, index++));
    }
    t.extra = { slotCount: index };
  } else {
    addDict = !hasDict;
    t.extra = { slotCount: inheritedSlotCount(base) };
  }
  if (addDict || hasDict && !(base.flags & TypeFlag.HAS_DICT)) {
    t.flags |= TypeFlag.HAS_DICT;
    if (addDict && !t.ns.has("__dict__") && base.lookup("__dict__") === undefined) t.ns.set("__dict__", dictDescr(t));
  } else if (hasDict) t.flags |= TypeFlag.HAS_DICT;
  if (addDict && !t.ns.has("__dict__") && !(base.lookup("__dict__") instanceof PyGetSetDescr)) t.ns.set("__dict__", dictDescr(t));
  if (t.flags & TypeFlag.HAS_DICT && slots === undefined && t.lookup("__dict__") === undefined) {
    t.ns.set("__dict__", dictDescr(t));
    t.modified();
  }
  // Special methods that are implicitly static or class methods.
  const nw = t.ns.get("__new__");
  if (nw instanceof PyFunction) t.ns.set("__new__", new PyStaticMethod(nw));
  for (const cm of ["__init_subclass__", "__class_getitem__"]) {
    const f = t.ns.get(cm);
    if (f instanceof PyFunction) t.ns.set(cm, new PyClassMethod(f));
  }
  // __eq__ without __hash__ makes instances unhashable.
  if (t.ns.has("__eq__") && !t.ns.has("__hash__")) t.ns.set("__hash__", None);
  t.nativeNew = base.nativeNew;
  // Instances can be weakly referenced unless __slots__ says otherwise.
  const nb = nativeBase(base);
  if ((slots === undefined || weakrefSlot) && base.lookup("__weakref__") === undefined && !t.ns.has("__weakref__") &&
      nb !== intType && nb !== tupleType && nb !== bytesType) {
    t.ns.set("__weakref__", new PyGetSetDescr(t, "__weakref__", () => None, null,
      "list of weak references to the object (if defined)"));
  }
  const cell = t.ns.get("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    cell.value = t;
    t.ns.delete("__classcell__");
  }
  if (cellSlot !== null) t.ns.set("__classcell__", cellSlot);
  for (const b of bases) b.subclasses.push(t);
  // __set_name__, then __init_subclass__ of the parent.
  for (const [k, v] of [...t.ns]) {
    const sn = typeOf(v).lookup("__set_name__");
    if (sn !== undefined) {
      try {
        callDescr(sn, v, [t, k]);
      } catch (e) {
        const cause = toPyException(e);
        const err = newException(RuntimeError, `Error calling __set_name__ on '${typeName(v)}' instance ${repr(k)} in '${t.name}'`);
        err.cause = cause;
        err.context = cause;
        err.suppressContext = true;
        throw err;
      }
    }
  }
  const sup = new PySuper(t, t, t);
  const isc = superGetAttr(sup, "__init_subclass__");
  if (isc !== undefined) {
    const args: PyValue[] = [];
    const kwnames: string[] = [];
    if (kwds !== null) {
      for (const [k, v] of kwds.entries()) {
        kwnames.push(k as string);
        args.push(v);
      }
    }
    call(isc, args, kwnames.length ? kwnames : null);
  }
  return t;
}

/** The number of __slots__ members instances of the class have (0: none). */
export function inheritedSlotCount(base: PyType): number {
  const ex = base.extra as { slotCount?: number } | null;
  return ex !== null && typeof ex === "object" && typeof ex.slotCount === "number" ? ex.slotCount : 0;
}

function callMethodSimple(obj: PyValue, name: string, args: PyValue[] = []): PyValue {
  return call(getAttr(obj, name), args);
}

// ---- super --------------------------------------------------------------------------------------

export class PySuper extends PyObject {
  constructor(public thisType: PyType, public obj: PyValue, public objType: PyType, cls: PyType = superType) {
    super(cls);
  }
}

export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  if (name !== "__class__") {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType);
    for (i++; i < mro.length; i++) {
      const v = mro[i].ns.get(name);
      if (v === undefined) continue;
      if (v instanceof PyFunction) return s.obj === s.objType && !(s.obj instanceof PyType && isInstanceSelf(s)) ? v : bindDescr(v, s.obj, s.objType);
      if (v instanceof PyClassMethod) return bindDescr(v, s.obj, s.objType);
      return bindForSuper(v, s);
    }
  }
  return genericGetAttr(s, name, s.cls);
}

function isInstanceSelf(s: PySuper): boolean {
  // super(C, C_instance) vs super(C, C): obj is the type itself when used in a classmethod.
  return typeOf(s.obj) === s.objType;
}

function bindForSuper(v: PyValue, s: PySuper): PyValue {
  if (typeof v !== "object") return v;
  const objIsType = s.obj === s.objType;
  if (v instanceof PyStaticMethod) return v.func;
  if (v instanceof PyMethodDescr) return objIsType ? v : bindDescr(v, s.obj, s.objType);
  const get = v.cls.lookup("__get__");
  if (get === undefined) return v;
  return callDescr(get, v, [objIsType ? None : s.obj, s.objType]);
}

/** super(type, obj) checks (supercheck). Returns the type of obj to search. */
function superCheck(t: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtypeOf(t)) return ot;
  const cls = getAttrOpt(obj, "__class__");
  if (cls instanceof PyType && cls !== ot && cls.isSubtypeOf(t)) return cls;
  typeError("super(type, obj): obj must be an instance or subtype of type");
}

/** Hook for zero-argument super(): the VM finds __class__ and the first argument. */
/**
 * CPython's hackcheck ("Carlo Verre's hack"): object.__setattr__/__delattr__ refuse an object
 * whose nearest native base overrides them (object.__setattr__(str, "x", 1) must not bypass
 * type.__setattr__). Python classes along the base chain are skipped.
 */
function hackCheck(self: PyValue, what: "__setattr__" | "__delattr__"): void {
  const t = typeOf(self);
  let b: PyType | null = t;
  while (b !== null && (b.flags & TypeFlag.HEAPTYPE) !== 0) b = b.base;
  if (b === null || b === objectType) return;
  if (b.lookup(what) !== objectType.ns.get(what)) typeError(`can't apply this ${what} to ${tpName(t)} object`);
}

export const superHooks = {
  zeroArgs: null as unknown as () => [PyType, PyValue],
};

// ---- object's methods ------------------------------------------------------------------------

function excessArgs(args: PyValue[], kwnames: readonly string[] | null): boolean {
  return args.length > 1 || (kwnames !== null && kwnames.length > 0);
}

const objectNew = (args: PyValue[], kwnames: readonly string[] | null): PyValue => {
  const cls = args[0];
  if (!(cls instanceof PyType)) typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  // A native type that cannot be subclassed and has no constructor of its own (iterators,
  // descriptors, generators...): CPython's tp_new is NULL.
  if (!(cls.flags & (TypeFlag.HEAPTYPE | TypeFlag.BASETYPE)) && cls.nativeNew === null && cls !== objectType) {
    typeError(`cannot create '${tpName(cls)}' instances`);
  }
  if (excessArgs(args, kwnames)) {
    if (cls.lookup("__new__") !== objectType.ns.get("__new__")) {
      typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (cls.lookup("__init__") === objectType.ns.get("__init__")) typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.flags & TypeFlag.IS_ABSTRACT || cls.ns.has("__abstractmethods__")) {
    const am = cls.ns.get("__abstractmethods__");
    if (am !== undefined && truthy(am)) {
      const names = toArray(am).map((x) => str(x)).sort();
      typeError(`Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? "s" : ""} ${names.join(", ")}`);
    }
  }
  const nb = nativeBase(cls);
  if (nb !== objectType && nb.nativeNew !== null && !(nb.flags & TypeFlag.HEAPTYPE)) {
    if (nb.ns.get("__new__") !== objectType.ns.get("__new__")) {
      typeError(`object.__new__(${cls.name}) is not safe, use ${nb.name}.__new__()`);
    }
  }
  return plainInstance(cls);
};

/** A new instance of a class whose instances object.__new__ makes (checked by the caller). */
export function plainInstance(cls: PyType): PyInstance {
  const inst = new PyInstance(cls);
  const ex = cls.extra as { slotCount?: number } | null;
  if (ex && ex.slotCount) inst.slots = new Array(ex.slotCount);
  if (hasFinalizer(cls)) trackFinalizer(inst);
  return inst;
}

export function initTypeAndObject(): void {
  typeHooks.typeGetAttr = typeGetAttr;
  defNew(objectType, objectNew);
  objectType.nativeNew = (cls) => objectNew([cls], null);
  defMethods(objectType, {
    __init__(args, kwnames) {
      const self = args[0];
      if (excessArgs(args, kwnames)) {
        const t = typeOf(self);
        if (t.lookup("__init__") !== objectType.ns.get("__init__")) {
          typeError("object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (t.lookup("__new__") === objectType.ns.get("__new__")) typeError(`${t.name}() takes no arguments`);
      }
      return None;
    },
    __repr__: (args) => defaultRepr(args[0]),
    __str__: (args) => repr(args[0]),
    __hash__: (args) => (idOf(args[0]) as number) / 16,
    __eq__: (args) => (args[0] === args[1] ? True : NotImplemented),
    __ne__(args) {
      const eq = typeOf(args[0]).lookup("__eq__");
      if (eq === undefined) return NotImplemented;
      const r = callDescr(eq, args[0], [args[1]]);
      if (r === NotImplemented) return r;
      return truthy(r) ? False : True;
    },
    __lt__: () => NotImplemented,
    __le__: () => NotImplemented,
    __gt__: () => NotImplemented,
    __ge__: () => NotImplemented,
    __getattribute__(args) {
      checkArgs("__getattribute__", args, null, 1, 1);
      const name = strValue(args[1]);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
      const v = genericGetAttr(args[0], name, typeOf(args[0]));
      if (v === undefined) throwNoAttr(args[0], name);
      return v;
    },
    __setattr__(args) {
      const name = strValue(args[1]);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
      hackCheck(args[0], "__setattr__");
      genericSetAttr(args[0], name, args[2], typeOf(args[0]));
      return None;
    },
    __delattr__(args) {
      const name = strValue(args[1]);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
      hackCheck(args[0], "__delattr__");
      genericSetAttr(args[0], name, undefined, typeOf(args[0]));
      return None;
    },
    __format__(args) {
      const spec = strValue(args[1]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
      if (spec !== "") typeError(`unsupported format string passed to ${typeName(args[0])}.__format__`);
      return str(args[0]);
    },
    __dir__(args) {
      // object___dir__: the keys of __dict__ (when it is a dict) and of __class__ and its bases.
      const self = args[0];
      const names = new Set<PyValue>();
      const d = getAttrOpt(self, "__dict__");
      if (d instanceof PyDict) for (const k of d.keyList()) names.add(k);
      const c = getAttrOpt(self, "__class__");
      if (c instanceof PyType) for (const t of c.mro) for (const k of t.ns.keys()) names.add(k);
      return new PyList([...names]);
    },
    __sizeof__: () => 16,
    __reduce_ex__(args) {
      if (args.length !== 2) typeError(`object.__reduce_ex__() takes exactly one argument (${args.length - 1} given)`);
      index(args[1]); // the protocol is an int (any __index__)
      // As CPython's object.__reduce_ex__: a class that overrides __reduce__ is reduced by it.
      const override = typeOf(args[0]).lookup("__reduce__");
      if (override !== undefined && override !== objectType.ns.get("__reduce__")) return callDescr(override, args[0], []);
      const copyreg = reduceHooks.reduceEx;
      if (copyreg === null) typeError(`cannot pickle '${typeName(args[0])}' object`);
      return copyreg(args[0], args[1]);
    },
    __reduce__(args) {
      if (args.length !== 1) typeError(`object.__reduce__() takes no arguments (${args.length - 1} given)`);
      const copyreg = reduceHooks.reduceEx;
      if (copyreg === null) typeError(`cannot pickle '${typeName(args[0])}' object`);
      return copyreg(args[0], 0);
    },
  });
  defClassMethod(objectType, "__init_subclass__", (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0 || args.length > 1) {
      typeError(`${(args[0] as PyType).name}.__init_subclass__() takes no keyword arguments`);
    }
    return None;
  });
  defClassMethod(objectType, "__subclasshook__", () => NotImplemented);
  defGetSet(objectType, "__class__", (self) => typeOf(self), (self, v) => {
    if (v === undefined) typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
    const cur = typeOf(self);
    const modules = cur.isSubtypeOf(moduleType) && v.isSubtypeOf(moduleType);
    if (!modules && (!(cur.flags & TypeFlag.HEAPTYPE) || !(v.flags & TypeFlag.HEAPTYPE))) {
      typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if (!layoutsCompatible(cur, v)) {
      typeError(`__class__ assignment: '${v.name}' object layout differs from '${cur.name}'`);
    }
    (self as PyObject).cls = v;
  });
  installTypeDocs();
  typeHooks.objectGetattribute = objectType.ns.get("__getattribute__")!;
  typeHooks.objectSetattr = objectType.ns.get("__setattr__")!;

  // ---- type ----
  typeType.flags |= TypeFlag.HAS_DICT;
  defNew(typeType, (args, kwnames) => {
    const meta = args[0] as PyType;
    const rest = args.slice(1);
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = rest.length - nkw;
    if (npos === 1 && nkw === 0 && meta === typeType) return typeOf(rest[0]);
    if (npos !== 3) typeError(npos === 1 ? "type.__new__() takes exactly 3 arguments (1 given)" : `type.__new__() takes exactly 3 arguments (${npos} given)`);
    const name = strValue(rest[0]);
    if (name === undefined) typeError(`type.__new__() argument 1 must be str, not ${typeName(rest[0])}`);
    if (!(rest[1] instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeName(rest[1])}`);
    if (!(rest[2] instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${typeName(rest[2])}`);
    let kwds: PyDict | null = null;
    if (nkw > 0) {
      kwds = new PyDict();
      for (let i = 0; i < nkw; i++) kwds.set(kwnames![i], rest[npos + i]);
    }
    const bases = rest[1].items;
    for (const b of bases) {
      if (!(b instanceof PyType) && getAttrOpt(b, "__mro_entries__") !== undefined) {
        typeError("type() doesn't support MRO entry resolution; use types.new_class()");
      }
    }
    const winner = calculateMeta(meta, bases);
    if (winner !== meta) {
      const wn = winner.lookup("__new__");
      if (wn !== typeType.ns.get("__new__")) return call(wn instanceof PyStaticMethod ? wn.func : wn!, [winner, ...rest], kwnames);
    }
    return newClass(winner, name, bases, rest[2], kwds);
  });
  typeType.nativeNew = null;
  defMethods(typeType, {
    __init__(args, kwnames) {
      const nkw = kwnames === null ? 0 : kwnames.length;
      const npos = args.length - 1 - nkw;
      if (npos !== 1 && npos !== 3) typeError("type.__init__() takes 1 or 3 arguments");
      return None;
    },
    __call__(args, kwnames) {
      const t = args[0] as PyType;
      return callTypeDefault(t, args.slice(1), kwnames);
    },
    __repr__(args) {
      const t = args[0] as PyType;
      const mod = t.ns.get("__module__");
      if (typeof mod === "string" && mod !== "builtins") return `<class '${mod}.${t.qualname}'>`;
      return `<class '${t.qualname}'>`;
    },
    __getattribute__(args) {
      const name = strValue(args[1]);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
      const v = typeGetAttr(args[0] as PyType, name);
      if (v === undefined) throwNoAttr(args[0], name);
      return v;
    },
    __setattr__(args) {
      const name = strValue(args[1]);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
      typeSetAttr(args[0] as PyType, name, args[2]);
      return None;
    },
    __delattr__(args) {
      const name = strValue(args[1]);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
      typeSetAttr(args[0] as PyType, name, undefined);
      return None;
    },
    mro(args) {
      return new PyList(defaultMro(args[0] as PyType));
    },
    __subclasses__(args) {
      return new PyList((args[0] as PyType).subclasses.slice());
    },
    __instancecheck__(args) {
      const t = args[0] as PyType;
      const v = args[1];
      const vt = typeOf(v);
      if (vt === t || vt.isSubtypeOf(t)) return True;
      const c = getAttrOpt(v, "__class__");
      return bool(c instanceof PyType && c.isSubtypeOf(t));
    },
    __subclasscheck__(args) {
      const c = args[1];
      if (!(c instanceof PyType)) typeError("issubclass() arg 1 must be a class");
      return bool(c.isSubtypeOf(args[0] as PyType));
    },
    __dir__(args) {
      const names = new Set<string>();
      for (const t of (args[0] as PyType).mro) for (const k of t.ns.keys()) names.add(k);
      return new PyList([...names]);
    },
    __sizeof__: () => 400,
    __or__: (args) => makeUnion(args[0], args[1]),
    __ror__: (args) => makeUnion(args[1], args[0]),
  });
  defClassMethod(typeType, "__prepare__", () => new PyDict());
  typeHooks.typeGetattribute = typeType.ns.get("__getattribute__")!;
  defGetSet(typeType, "__name__", (t) => (t as PyType).name, (t, v) => {
    checkHeap(t as PyType, "__name__", v);
    const s = strValue(v!);
    if (s === undefined) typeError(`can only assign string to ${(t as PyType).name}.__name__, not '${typeName(v!)}'`);
    checkTypeName(s);
    (t as PyType).name = s;
  });
  defGetSet(typeType, "__qualname__", (t) => (t as PyType).qualname, (t, v) => {
    checkHeap(t as PyType, "__qualname__", v);
    const s = strValue(v!);
    if (s === undefined) typeError(`can only assign string to ${(t as PyType).name}.__qualname__, not '${typeName(v!)}'`);
    (t as PyType).qualname = s;
  });
  defGetSet(typeType, "__module__", (t) => {
    const m = (t as PyType).ns.get("__module__");
    return m === undefined || m instanceof PyGetSetDescr ? "builtins" : m;
  }, (t, v) => {
    checkHeap(t as PyType, "__module__", v);
    (t as PyType).setAttr("__module__", v!);
  });
  defGetSet(typeType, "__doc__", (t) => {
    // type_get_doc: a builtin type's from its tp_doc, whatever its dict says (type's and
    // property's `__doc__` there are descriptors for their instances).
    if (!((t as PyType).flags & TypeFlag.HEAPTYPE)) {
      const internal = typeInternalDoc(t as PyType);
      if (internal !== null) return docFromInternalDoc((t as PyType).name, internal);
    }
    const d = (t as PyType).ns.get("__doc__");
    if (d === undefined) return None;
    const get = typeOf(d).lookup("__get__");
    if (get !== undefined && typeof d === "object") return callDescr(get, d, [None, t]);
    return d;
  }, (t, v) => {
    checkHeap(t as PyType, "__doc__", v);
    (t as PyType).setAttr("__doc__", v!);
  });
  defGetSet(typeType, "__bases__", (t) => new PyTuple((t as PyType).bases), (t, v) => {
    const tt = t as PyType;
    checkHeap(tt, "__bases__", v);
    if (!(v instanceof PyTuple)) typeError(`can only assign tuple to ${tt.name}.__bases__, not ${v === undefined ? "NoneType" : typeName(v)}`);
    if (v.items.length === 0) typeError(`can only assign non-empty tuple to ${tt.name}.__bases__, not ()`);
    for (const b of v.items) {
      if (!(b instanceof PyType)) typeError(`${tt.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
      // Through the mro, and through the base chain (which a reentrant mro() may have changed first).
      let chain: PyType | null = b;
      while (chain !== null && chain !== tt) chain = chain.base;
      if (chain === tt || b.isSubtypeOf(tt)) typeError("a __bases__ item causes an inheritance cycle");
    }
    for (let i = 0; i < v.items.length; i++) {
      if (v.items.indexOf(v.items[i]) !== i) typeError(`duplicate base class ${(v.items[i] as PyType).name}`);
    }
    const bases = v.items as PyType[];
    const newBase = bestBase(bases);
    if (!layoutsCompatible(tt.base ?? objectType, newBase)) {
      const old = tt.base ?? objectType;
      const what = nativeBase(newBase) !== nativeBase(old) ? "deallocator" : "object layout";
      typeError(`__bases__ assignment: '${newBase.name}' ${what} differs from '${old.name}'`);
    }
    const oldBases = tt.bases;
    const oldBase = tt.base;
    tt.bases = bases;
    tt.base = newBase;
    // The new order of the class and of every subclass (CPython's mro_hierarchy); if one fails
    // (a conflict, a metaclass mro() raising), every order changed so far is put back.
    const changed: [PyType, PyType[]][] = [];
    try {
      const seen = new Set<PyType>();
      const visit = (c: PyType): void => {
        if (seen.has(c)) return;
        seen.add(c);
        const before = c.mro;
        c.mro = resolveMro(c);
        changed.push([c, before]);
        for (const sub of c.subclasses.slice()) visit(sub);
      };
      visit(tt);
    } catch (e) {
      for (let i = changed.length - 1; i >= 0; i--) changed[i][0].mro = changed[i][1];
      // A reentrant assignment from a mro() has the last word (CPython checks tp_bases the same way).
      if (tt.bases === bases) {
        tt.bases = oldBases;
        tt.base = oldBase;
      }
      throw e;
    }
    if (tt.bases === bases) {
      for (const b of oldBases) {
        const i = b.subclasses.indexOf(tt);
        if (i >= 0) b.subclasses.splice(i, 1);
      }
      for (const b of bases) if (!b.subclasses.includes(tt)) b.subclasses.push(tt);
    }
    tt.modified();
  });
  // The base whose layout the class extends (best_base), not necessarily the first.
  defGetSet(typeType, "__base__", (t) => (t as PyType).base ?? None);
  defGetSet(typeType, "__basicsize__", (t) => basicSize(t as PyType));
  defGetSet(typeType, "__itemsize__", (t) => itemSize(t as PyType));
  // None while a metaclass's mro() computes the first one.
  defGetSet(typeType, "__mro__", (t) => (t as PyType).mro.length === 0 ? None : new PyTuple((t as PyType).mro));
  defGetSet(typeType, "__dict__", (t) => new PyMappingProxy(t as PyType));
  defGetSet(typeType, "__abstractmethods__", (t) => {
    const v = (t as PyType).ns.get("__abstractmethods__");
    if (v === undefined || t === typeType) attributeError("__abstractmethods__", "__abstractmethods__", t);
    return v;
  }, (t, v) => {
    const tt = t as PyType;
    if (v === undefined) {
      if (!tt.ns.has("__abstractmethods__")) attributeError("__abstractmethods__", "__abstractmethods__", t);
      tt.ns.delete("__abstractmethods__");
    } else {
      tt.ns.set("__abstractmethods__", v);
    }
    if (v !== undefined && truthy(v)) tt.flags |= TypeFlag.IS_ABSTRACT;
    else tt.flags &= ~TypeFlag.IS_ABSTRACT;
    tt.modified();
  });
  defGetSet(typeType, "__text_signature__", (t) => textSignatureFromInternalDoc((t as PyType).name, typeInternalDoc(t as PyType)));
  defGetSet(typeType, "__annotations__", (t) => {
    const tt = t as PyType;
    const a = tt.ns.get("__annotations__");
    if (a !== undefined) return a;
    if (!(tt.flags & TypeFlag.HEAPTYPE)) attributeError(`type object '${tt.name}' has no attribute '__annotations__'`);
    const d = new PyDict();
    tt.setAttr("__annotations__", d);
    return d;
  }, (t, v) => {
    const tt = t as PyType;
    if (!(tt.flags & TypeFlag.HEAPTYPE)) typeError(`cannot set '__annotations__' attribute of immutable type '${tpName(tt)}'`);
    if (v === undefined) tt.ns.delete("__annotations__");
    else tt.ns.set("__annotations__", v);
    tt.modified();
  });

  // ---- super ----
  defNew(superType, (args) => new PySuper(objectType, None, objectType, args[0] as PyType));
  superType.nativeNew = (cls) => new PySuper(objectType, None, objectType, cls);
  defMethods(superType, {
    __init__(args, kwnames) {
      noKwargs("super", kwnames);
      const s = args[0] as PySuper;
      let t: PyValue;
      let obj: PyValue;
      if (args.length === 1) {
        [t, obj] = superHooks.zeroArgs();
      } else {
        t = args[1];
        obj = args.length > 2 ? args[2] : None;
      }
      if (!(t instanceof PyType)) typeError(`super() argument 1 must be a type, not ${typeName(t)}`);
      s.thisType = t;
      s.obj = obj;
      s.objType = obj === None && args.length === 2 ? t : superCheck(t, obj);
      return None;
    },
    __getattribute__(args) {
      const name = strValue(args[1])!;
      const v = superGetAttr(args[0] as PySuper, name);
      if (v === undefined) attributeError(`'super' object has no attribute '${name}'`, name, args[0]);
      return v;
    },
    __repr__(args) {
      const s = args[0] as PySuper;
      if (s.obj === None) return `<super: <class '${s.thisType.name}'>, NULL>`;
      return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
    },
    __get__(args) {
      const s = args[0] as PySuper;
      if (args[1] === None || s.obj !== None) return s;
      // A subclass of super is called to make the bound one (super_descr_get).
      if (s.cls !== superType) return call(s.cls, [s.thisType, args[1]]);
      return new PySuper(s.thisType, args[1], superCheck(s.thisType, args[1]));
    },
  });
  defGetSet(superType, "__thisclass__", (s) => (s as PySuper).thisType);
  defGetSet(superType, "__self__", (s) => (s as PySuper).obj);
  defGetSet(superType, "__self_class__", (s) => (s as PySuper).obj === None ? None : (s as PySuper).objType);

  // ---- mappingproxy (type.__dict__, or types.MappingProxyType(mapping)) ----
  // A proxy of a type reads its namespace directly; a proxy of any other mapping forwards.
  const fwd = (p: PyMappingProxy, name: string, args: PyValue[]): PyValue => callMethod(p.mapping, name, args);
  defNew(mappingproxyType, (args, kw) => {
    const a = args.slice(1);
    if (kw !== null && kw.length > 0) {
      if (kw.length !== 1 || kw[0] !== "mapping" || a.length !== 1) typeError("mappingproxy() got an unexpected keyword argument");
    } else if (a.length !== 1) {
      typeError(`mappingproxy() ${a.length === 0 ? "missing required argument 'mapping' (pos 1)" : `takes at most 1 argument (${a.length} given)`}`);
    }
    const m = a[0];
    const t = typeOf(m);
    if (t.lookup("__getitem__") === undefined || m instanceof PyList || m instanceof PyTuple || t.isSubtypeOf(tupleType) ||
        t.lookup("keys") === undefined) {
      typeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
    }
    return new PyMappingProxy(null, m);
  });
  defMethods(mappingproxyType, {
    __getitem__(args) {
      const p = args[0] as PyMappingProxy;
      if (p.type === null) return getItemHook(p.mapping, args[1]);
      const k = strValue(args[1]);
      const v = k === undefined ? undefined : p.type.ns.get(k);
      if (v === undefined) raiseKeyError(args[1]);
      return v;
    },
    __contains__(args) {
      const p = args[0] as PyMappingProxy;
      if (p.type === null) return bool(containsHook(p.mapping, args[1]));
      return bool(strValue(args[1]) !== undefined && p.type.ns.has(strValue(args[1])!));
    },
    __len__(args) {
      const p = args[0] as PyMappingProxy;
      return p.type === null ? lenHook(p.mapping) : p.type.ns.size;
    },
    __iter__(args) {
      const p = args[0] as PyMappingProxy;
      if (p.type === null) return getIter(p.mapping);
      const d = new PyDict();
      for (const k of p.type.ns.keys()) d.set(k, None);
      return getIter(d);
    },
    keys(args) {
      const p = args[0] as PyMappingProxy;
      return callMethod(proxied(p), "keys", []);
    },
    values(args) {
      const p = args[0] as PyMappingProxy;
      return callMethod(proxied(p), "values", []);
    },
    items(args) {
      const p = args[0] as PyMappingProxy;
      return callMethod(proxied(p), "items", []);
    },
    get(args) {
      const p = args[0] as PyMappingProxy;
      if (p.type === null) return fwd(p, "get", args.slice(1));
      const k = strValue(args[1]);
      const v = k === undefined ? undefined : p.type.ns.get(k);
      return v === undefined ? (args.length > 2 ? args[2] : None) : v;
    },
    copy(args) {
      const p = args[0] as PyMappingProxy;
      return p.type === null ? fwd(p, "copy", []) : proxied(p);
    },
    __str__: (args) => str(proxied(args[0] as PyMappingProxy)),
    // `|` works on the proxied mappings (mappingproxy_or); `|=` is refused.
    __or__: (args) => proxyOr(args[0], args[1]),
    __ror__: (args) => proxyOr(args[1], args[0]),
    __ior__: () => typeError("'|=' is not supported by mappingproxy; use '|' instead"),
    __reversed__: (args) => callMethod(proxied(args[0] as PyMappingProxy), "__reversed__", []),
    // Comparisons are the mapping's.
    __eq__: (args) => proxyCompare(args, Cmp.EQ),
    __ne__: (args) => proxyCompare(args, Cmp.NE),
    __lt__: (args) => proxyCompare(args, Cmp.LT),
    __le__: (args) => proxyCompare(args, Cmp.LE),
    __gt__: (args) => proxyCompare(args, Cmp.GT),
    __ge__: (args) => proxyCompare(args, Cmp.GE),
    __repr__: (args) => `mappingproxy(${repr(proxied(args[0] as PyMappingProxy))})`,
  });
  initGenericAlias();
  void defStaticMethod;
  void richCompareBool;
  void isInstance;
  void PyBuiltinFunction;
  void TypeErrorT;
  void RuntimeError;
  void hashOf;
  void raiseError;
}

/**
 * The mapping a proxy shows: the proxied mapping, or for a type a dict made from its namespace
 * (a JS Map: views and comparisons are of this snapshot; CPython's are live).
 */
function proxied(p: PyMappingProxy): PyValue {
  if (p.type === null) return p.mapping;
  const d = new PyDict();
  for (const [k, v] of p.type.ns) d.set(k, v);
  return d;
}

function proxyOr(a: PyValue, b: PyValue): PyValue {
  return binaryOp(a instanceof PyMappingProxy ? proxied(a) : a, b instanceof PyMappingProxy ? proxied(b) : b, Bin.OR);
}

function proxyCompare(args: PyValue[], op: Cmp): PyValue {
  return richCompare(proxied(args[0] as PyMappingProxy), args[1], op);
}

// ---- tp_basicsize / tp_itemsize (CPython 3.11 on x86-64, for introspection only) ----------------

const BASIC_SIZES = new Map<string, number>([
  ["object", 16], ["tuple", 24], ["list", 40], ["int", 24], ["bool", 32], ["str", 80], ["bytes", 33],
  ["bytearray", 56], ["dict", 48], ["float", 24], ["complex", 32], ["set", 200], ["frozenset", 200],
  ["type", 904], ["range", 48], ["slice", 40],
]);
const ITEM_SIZES = new Map<string, number>([["tuple", 8], ["int", 4], ["bool", 4], ["bytes", 1], ["type", 40]]);

/** Whether instances of t have a weak reference slot (a class without __slots__ adds one). */
function hasWeakrefSlot(t: PyType | null): boolean {
  for (let c = t; c !== null && (c.flags & TypeFlag.HEAPTYPE) !== 0; c = c.base) {
    if (c.slotNames === null || c.slotNames.includes("__weakref__")) return true;
  }
  return false;
}

function basicSize(t: PyType): number {
  if (!(t.flags & TypeFlag.HEAPTYPE)) return BASIC_SIZES.get(t.name) ?? (t.base !== null ? basicSize(t.base) : 16);
  const base = t.base ?? objectType;
  const own = (t.slotNames ?? []).filter((n) => n !== "__dict__" && n !== "__weakref__").length;
  const weak = (t.slotNames === null || t.slotNames.includes("__weakref__")) && !hasWeakrefSlot(base);
  return basicSize(base) + 8 * own + (weak ? 8 : 0);
}

function itemSize(t: PyType): number {
  for (let c: PyType | null = t; c !== null; c = c.base) {
    if (!(c.flags & TypeFlag.HEAPTYPE)) return ITEM_SIZES.get(c.name) ?? 0;
  }
  return 0;
}

/** check_set_special_type_attr: only a class statement's type may be changed, and never deleted. */
function checkHeap(t: PyType, attr: string, v: PyValue | undefined): void {
  if (!(t.flags & TypeFlag.HEAPTYPE)) typeError(`cannot set '${attr}' attribute of immutable type '${tpName(t)}'`);
  if (v === undefined) typeError(`cannot delete '${attr}' attribute of immutable type '${tpName(t)}'`);
}

export class PyMappingProxy extends PyObject {
  /** `type` for a type's namespace; otherwise null and `mapping` is the wrapped mapping. */
  constructor(public type: PyType | null, public mapping: PyValue = None) {
    super(mappingproxyType);
  }
}

/** Filled in by the VM: the `__name__` of the calling frame's globals (type(name, bases, ns)). */
export const classHooks = {
  callerModule: (): PyValue | null => null,
};

export const proxyHooks = {
  iter: null as unknown as (items: PyValue[]) => PyValue,
};

export const reduceHooks = {
  reduceEx: null as ((obj: PyValue, proto: PyValue) => PyValue) | null,
};

function raiseKeyError(k: PyValue): never {
  throw keyErrorHook(k);
}

export let keyErrorHook: (k: PyValue) => unknown = () => new Error("KeyError");
export function setKeyErrorHook(f: (k: PyValue) => unknown): void {
  keyErrorHook = f;
}

import { newInstanceDict, typeCallDefault } from "./abstract";
function callTypeDefault(t: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (t === typeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) return typeOf(args[0]);
  if (t === typeType) {
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos !== 1 && npos !== 3) typeError("type() takes 1 or 3 arguments");
  }
  return typeCallDefault(t, args, kwnames);
}
