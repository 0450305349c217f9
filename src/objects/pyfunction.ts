// Functions and the callables around them: function, method, builtin_function_or_method, the
// native descriptors (method_descriptor, getset_descriptor, member_descriptor), property,
// classmethod, staticmethod, cell and code objects.


import { bindDescr, call, callDescr, idOf, addressOf, memberGet, memberSet, repr, typeName, tpName, strValue, getAttrOpt, getAttr, setAttr, hashOf, richEqBool, getIter, truthy } from "./abstract";
import { attributeError, typeError, valueError } from "./exceptions";
import { builtinInternalDoc, docFromInternalDoc, nativeDoc, textSignatureFromInternalDoc } from "./docstrings";
import { defGetSet, defMember, defMethods, defNew, parseArgs } from "./native";
import { PyDict } from "./pydict";
import { CodeObject, Const, ConstFrozenset, ConstTuple } from "../bytecode/code";
import { BytesConst, ComplexConst, FloatConst } from "../parser/ast";
import {
  bool, builtinFunctionType, cellType, classmethodType, codeType, functionType, getsetDescrType, memberDescrType,
  methodDescrType, methodType, None, NotImplemented, PyBuiltinFunction, PyCell, PyClassMethod, PyCode, PyFunction,
  PyGetSetDescr, PyMemberDescr, PyMethod, PyMethodDescr, PyObject, PyProperty, PyStaticMethod, PyTuple, PyType,
  PyValue, propertyType, staticmethodType, typeOf, classMethodDescrType, wrapperDescrType, PyList, True, False, PyBytes, methodWrapperType,
  PyModule,
} from "./types";

/** Looks a module up by name in sys.modules (set by the sys module, which objects/ cannot import). */
export const builtinModules = { find: (_name: string): PyValue | undefined => undefined };

/** Constants compared as code objects compare them: by type and value (-0.0 is not 0.0). */
function constEq(a: Const, b: Const): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a.constructor !== b.constructor) return false;
  if (a instanceof FloatConst) return Object.is(a.value, (b as FloatConst).value);
  if (a instanceof ComplexConst) return Object.is(a.imag, (b as ComplexConst).imag);
  if (a instanceof BytesConst) {
    const x = a.value;
    const y = (b as BytesConst).value;
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  if (a instanceof ConstTuple || a instanceof ConstFrozenset) {
    const x = a.items;
    const y = (b as ConstTuple).items;
    return x.length === y.length && x.every((v, i) => constEq(v, y[i]));
  }
  if (a instanceof CodeObject) return codeEq(a, b as CodeObject);
  return false;
}

function arrayEq<T>(x: ArrayLike<T>, y: ArrayLike<T>): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** code == code (CPython's code_richcompare): everything but the file and qualified names. */
function codeEq(a: CodeObject, b: CodeObject): boolean {
  return a === b || a.name === b.name && a.argcount === b.argcount && a.posonlyargcount === b.posonlyargcount &&
    a.kwonlyargcount === b.kwonlyargcount && a.flags === b.flags && a.firstlineno === b.firstlineno &&
    arrayEq(a.code, b.code) && arrayEq(a.names, b.names) && arrayEq(a.localsplusnames, b.localsplusnames) &&
    arrayEq(a.positions, b.positions) && a.consts.length === b.consts.length &&
    a.consts.every((c, i) => constEq(c, b.consts[i])) && a.exceptionTable.length === b.exceptionTable.length &&
    a.exceptionTable.every((e, i) => {
      const f = b.exceptionTable[i];
      return e.start === f.start && e.end === f.end && e.target === f.target && e.depth === f.depth && e.lasti === f.lasti;
    });
}

function hex(v: PyValue): string {
  return "0x" + addressOf(v);
}

function funcDict(f: PyObject): PyDict {
  if (f.dict === null) f.dict = new PyDict();
  return f.dict;
}

/** A getset descriptor called directly (`type.__dict__['__mro__'].__get__(x)`) checks x's type. */
/** descr_check: a native descriptor of `owner` used on an object that is not an instance of it. */
function descrCheck(name: string, owner: PyType, obj: PyValue): void {
  if (!typeOf(obj).isSubtypeOf(owner)) {
    typeError(`descriptor '${name}' for '${tpName(owner)}' objects doesn't apply to a '${tpName(typeOf(obj))}' object`);
  }
}

function getsetApplies(d: PyGetSetDescr, obj: PyValue): void {
  descrCheck(d.name, d.owner, obj);
}

export function initFunctions(): void {
  // ---- function ----
  functionType.flags |= 1 << 2; // HAS_DICT
  defMethods(functionType, {
    __repr__: (args) => `<function ${(args[0] as PyFunction).qualname} at ${hex(args[0])}>`,
    __get__(args) {
      const f = args[0] as PyFunction;
      const obj = args[1];
      if (obj === None || obj === undefined) return f;
      return new PyMethod(f, obj);
    },
    __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames),
  });
  const str = (v: PyValue | undefined, what: string): string => {
    const s = v === undefined ? undefined : strValue(v);
    if (s === undefined) typeError(`${what} must be set to a string object`);
    return s;
  };
  defGetSet(functionType, "__name__", (f) => (f as PyFunction).name, (f, v) => {
    (f as PyFunction).name = str(v, "__name__");
  });
  defGetSet(functionType, "__qualname__", (f) => (f as PyFunction).qualname, (f, v) => {
    (f as PyFunction).qualname = str(v, "__qualname__");
  });
  defGetSet(functionType, "__doc__", (f) => (f as PyFunction).doc, (f, v) => {
    (f as PyFunction).doc = v ?? None;
  });
  defGetSet(functionType, "__module__", (f) => (f as PyFunction).module, (f, v) => {
    (f as PyFunction).module = v ?? None;
  });
  defGetSet(functionType, "__defaults__", (f) => {
    const d = (f as PyFunction).defaults;
    return d === null ? None : new PyTuple(d);
  }, (f, v) => {
    if (v === undefined || v === None) (f as PyFunction).defaults = null;
    else if (v instanceof PyTuple) (f as PyFunction).defaults = v.items.slice();
    else typeError("__defaults__ must be set to a tuple object");
  });
  defGetSet(functionType, "__kwdefaults__", (f) => (f as PyFunction).kwdefaults ?? None, (f, v) => {
    if (v === undefined || v === None) (f as PyFunction).kwdefaults = null;
    else if (v instanceof PyDict) (f as PyFunction).kwdefaults = v;
    else typeError("__kwdefaults__ must be set to a dict object");
  });
  defGetSet(functionType, "__code__", (f) => codeObjectOf((f as PyFunction).code), (f, v) => {
    if (!(v instanceof PyCode)) typeError("__code__ must be set to a code object");
    (f as PyFunction).code = v.code;
  });
  defMember(functionType, "__globals__", (f) => (f as PyFunction).globals);
  defMember(functionType, "__builtins__", (f) => (f as PyFunction).builtins);
  defGetSet(functionType, "__closure__", (f) => {
    const c = (f as PyFunction).closure;
    return c === null ? None : new PyTuple(c);
  });
  defGetSet(functionType, "__dict__", (f) => funcDict(f as PyObject), (f, v) => {
    if (!(v instanceof PyDict)) typeError("__dict__ must be set to a dictionary");
    (f as PyObject).dict = v;
  });
  defGetSet(functionType, "__annotations__", (f) => {
    const fn = f as PyFunction;
    if (fn.annotations === null || fn.annotations === None) fn.annotations = new PyDict();
    else if (fn.annotations instanceof PyTuple) {
      // MAKE_FUNCTION's annotations are (name, value, name, value, ...) as in 3.11.
      const d = new PyDict();
      const items = fn.annotations.items;
      for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i], items[i + 1]);
      fn.annotations = d;
    }
    return fn.annotations;
  }, (f, v) => {
    if (v !== undefined && v !== None && !(v instanceof PyDict)) typeError("__annotations__ must be set to a dict object");
    (f as PyFunction).annotations = v === undefined ? null : v;
  });

  // ---- method ----
  defNew(methodType, (args) => {
    if (args.length !== 3) typeError(`method expected 2 arguments, got ${args.length - 1}`);
    return new PyMethod(args[1], args[2]);
  });
  defMethods(methodType, {
    __repr__(args) {
      const m = args[0] as PyMethod;
      const name = getAttrOpt(m.func, "__qualname__") ?? getAttrOpt(m.func, "__name__");
      return `<bound method ${name === undefined ? "?" : strValue(name) ?? "?"} of ${repr(m.self)}>`;
    },
    __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames),
    __get__: (args) => args[0],
    __eq__(args) {
      const a = args[0] as PyMethod;
      const b = args[1];
      if (!(b instanceof PyMethod)) return NotImplemented;
      return bool(a.self === b.self && richEqBool(a.func, b.func));
    },
    __hash__: (args) => {
      const m = args[0] as PyMethod;
      const h = hashOf(m.func);
      return typeof h === "number" ? (h ^ (idOf(m.self) as number)) : h;
    },
    __getattribute__(args) {
      const m = args[0] as PyMethod;
      const name = strValue(args[1])!;
      const d = methodType.lookup(name);
      if (d !== undefined) return bindDescr(d, m, methodType);
      return getAttr(m.func, name);
    },
  });
  // __reduce__ of methods and builtins: src/modules/pickle_reduce.ts (getattr(owner, name)).
  defGetSet(methodType, "__func__", (m) => (m as PyMethod).func);
  defGetSet(methodType, "__self__", (m) => (m as PyMethod).self);
  defGetSet(methodType, "__doc__", (m) => getAttrOpt((m as PyMethod).func, "__doc__") ?? None);
  defGetSet(methodType, "__name__", (m) => getAttr((m as PyMethod).func, "__name__"));
  defGetSet(methodType, "__qualname__", (m) => getAttr((m as PyMethod).func, "__qualname__"));
  defGetSet(methodType, "__module__", (m) => getAttrOpt((m as PyMethod).func, "__module__") ?? None);

  // ---- builtin_function_or_method ----
  defMethods(builtinFunctionType, {
    __repr__(args) {
      const f = args[0] as PyBuiltinFunction;
      const self = f.self ?? f.owner;
      if (self === null || (self instanceof PyObject && self.cls.name === "module")) return `<built-in function ${f.name}>`;
      return `<built-in method ${f.name} of ${typeName(self)} object at ${hex(self)}>`;
    },
    __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames),
    __eq__(args) {
      const a = args[0] as PyBuiltinFunction;
      const b = args[1];
      if (!(b instanceof PyBuiltinFunction)) return NotImplemented;
      return bool(a === b || (a.fn === b.fn && a.self === b.self));
    },
    __hash__: (args) => idOf((args[0] as PyBuiltinFunction).fn as unknown as PyObject) as number >> 4,
  });
  defGetSet(builtinFunctionType, "__name__", (f) => (f as PyBuiltinFunction).name);
  defGetSet(builtinFunctionType, "__qualname__", (f) => (f as PyBuiltinFunction).qualname);
  // A native function's doc is CPython's internal form, split when read (docstrings.ts).
  const builtinDoc = (f: PyValue): PyValue => docFromInternalDoc((f as PyBuiltinFunction).name, builtinInternalDoc(f as PyBuiltinFunction));
  const builtinTextSignature = (f: PyValue): PyValue =>
    textSignatureFromInternalDoc((f as PyBuiltinFunction).name, builtinInternalDoc(f as PyBuiltinFunction));
  defGetSet(builtinFunctionType, "__doc__", builtinDoc);
  defGetSet(builtinFunctionType, "__self__", (f) => {
    const b = f as PyBuiltinFunction;
    return b.self ?? (b.name === "__new__" ? b.owner : null) ?? moduleOf(b) ?? None;
  });
  defGetSet(builtinFunctionType, "__module__", (f) => (f as PyBuiltinFunction).module ?? None);
  defGetSet(builtinFunctionType, "__text_signature__", builtinTextSignature);

  /** A module-level function's module (CPython's m_self): the module in sys.modules whose attribute it is. */
  function moduleOf(b: PyBuiltinFunction): PyValue | null {
    if (b.module === null) return null;
    const m = builtinModules.find(b.module);
    return m instanceof PyModule && m.dict!.getStr(b.name) === b ? m : null;
  }

  // ---- method-wrapper (a slot wrapper bound to an object: `(1).__add__`) ----
  defMethods(methodWrapperType, {
    __repr__(args) {
      const f = args[0] as PyBuiltinFunction;
      return `<method-wrapper '${f.name}' of ${typeName(f.self!)} object at ${hex(f.self!)}>`;
    },
    __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames),
    __eq__(args) {
      const a = args[0] as PyBuiltinFunction;
      const b = args[1];
      if (!(b instanceof PyBuiltinFunction) || b.cls !== methodWrapperType) return NotImplemented;
      return bool(a === b || (a.fn === b.fn && a.self === b.self));
    },
    __hash__: (args) => idOf((args[0] as PyBuiltinFunction).fn as unknown as PyObject) as number >> 4,
  });
  defGetSet(methodWrapperType, "__name__", (f) => (f as PyBuiltinFunction).name);
  defGetSet(methodWrapperType, "__qualname__", (f) => (f as PyBuiltinFunction).qualname);
  defGetSet(methodWrapperType, "__doc__", builtinDoc);
  defGetSet(methodWrapperType, "__self__", (f) => (f as PyBuiltinFunction).self ?? None);
  defGetSet(methodWrapperType, "__text_signature__", builtinTextSignature);
  defGetSet(methodWrapperType, "__objclass__", (f) => (f as PyBuiltinFunction).objclass ?? None);

  // ---- native descriptors ----
  for (const t of [methodDescrType, wrapperDescrType]) {
    defMethods(t, {
      __get__(args) {
        const d = args[0] as PyMethodDescr;
        const obj = args[1];
        if (obj === None) return d;
        descrCheck(d.name, d.owner, obj);
        return bindDescr(d, obj, typeOf(obj));
      },
      __call__: (args, kwnames) => call(args[0], args.slice(1), kwnames),
      __repr__(args) {
        const d = args[0] as PyMethodDescr;
        return t === methodDescrType ? `<method '${d.name}' of '${d.owner.name}' objects>` : `<slot wrapper '${d.name}' of '${d.owner.name}' objects>`;
      },
    });
    defGetSet(t, "__name__", (d) => (d as PyMethodDescr).name);
    defGetSet(t, "__qualname__", (d) => `${(d as PyMethodDescr).owner.name}.${(d as PyMethodDescr).name}`);
    defGetSet(t, "__objclass__", (d) => (d as PyMethodDescr).owner);
    defGetSet(t, "__doc__", (d) => docFromInternalDoc((d as PyMethodDescr).name, methodInternalDoc(d as PyMethodDescr)));
    defGetSet(t, "__text_signature__", (d) => textSignatureFromInternalDoc((d as PyMethodDescr).name, methodInternalDoc(d as PyMethodDescr)));
  }
  function methodInternalDoc(d: PyMethodDescr): string | null {
    return d.doc ?? nativeDoc(d.owner, d.name);
  }
  // Its function is a PyBuiltinFunction whose objclass is the defining type (native.ts defClassMethod).
  const classMethodFunc = (d: PyValue): PyBuiltinFunction => (d as PyClassMethod).func as PyBuiltinFunction;
  defMethods(classMethodDescrType, {
    // classmethoddescr_call: `dict.__dict__["fromkeys"](dict, ...)` binds to its first argument.
    __call__(args, kwnames) {
      const f = classMethodFunc(args[0]);
      const owner = f.objclass!;
      const nargs = args.length - (kwnames?.length ?? 0);
      if (nargs < 2) typeError(`descriptor '${f.name}' of '${owner.name}' object needs an argument`);
      const cls = args[1];
      if (!(cls instanceof PyType)) typeError(`descriptor '${f.name}' for type '${owner.name}' needs a type, not a '${typeName(cls)}' as arg 2`);
      if (!cls.isSubtypeOf(owner)) typeError(`descriptor '${f.name}' requires a subtype of '${owner.name}' but received '${cls.name}'`);
      return call(bindDescr(args[0], cls, cls), args.slice(2), kwnames);
    },
    __get__(args) {
      const d = args[0] as PyClassMethod;
      const owner = args.length > 2 && args[2] !== None ? args[2] : typeOf(args[1]);
      return bindDescr(d, owner, owner as PyType);
    },
    __repr__(args) {
      const f = (args[0] as PyClassMethod).func as PyBuiltinFunction;
      return `<method '${f.name}' of '${f.qualname.split(".")[0]}' objects>`;
    },
  });
  defGetSet(classMethodDescrType, "__name__", (d) => classMethodFunc(d).name);
  defGetSet(classMethodDescrType, "__qualname__", (d) => classMethodFunc(d).qualname);
  defGetSet(classMethodDescrType, "__objclass__", (d) => classMethodFunc(d).objclass ?? None);
  defGetSet(classMethodDescrType, "__doc__", (d) => builtinDoc(classMethodFunc(d)));
  defGetSet(classMethodDescrType, "__text_signature__", (d) => builtinTextSignature(classMethodFunc(d)));
  defMethods(getsetDescrType, {
    __get__(args) {
      const d = args[0] as PyGetSetDescr;
      if (args[1] === None) return d;
      getsetApplies(d, args[1]);
      return d.get(args[1]);
    },
    __set__(args) {
      const d = args[0] as PyGetSetDescr;
      getsetApplies(d, args[1]);
      if (d.set === null) attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
      d.set(args[1], args[2]);
      return None;
    },
    __delete__(args) {
      const d = args[0] as PyGetSetDescr;
      getsetApplies(d, args[1]);
      if (d.set === null) attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
      d.set(args[1], undefined);
      return None;
    },
    __repr__: (args) => `<attribute '${(args[0] as PyGetSetDescr).name}' of '${(args[0] as PyGetSetDescr).owner.name}' objects>`,
  });
  defGetSet(getsetDescrType, "__name__", (d) => (d as PyGetSetDescr).name);
  defGetSet(getsetDescrType, "__qualname__", (d) => `${(d as PyGetSetDescr).owner.qualname}.${(d as PyGetSetDescr).name}`);
  defGetSet(getsetDescrType, "__objclass__", (d) => (d as PyGetSetDescr).owner);
  // A getset's or member's doc is kept as it is (no signature).
  const attributeDoc = (d: PyGetSetDescr): PyValue => d.doc ?? nativeDoc(d.owner, d.name) ?? None;
  defGetSet(getsetDescrType, "__doc__", (d) => attributeDoc(d as PyGetSetDescr));
  // member_descriptor: a `__slots__` entry (PyMemberDescr), or a native attribute that CPython
  // defines as a member (a PyGetSetDescr made by defMember, e.g. function.__globals__).
  type AnyMember = PyMemberDescr | PyGetSetDescr;
  defMethods(memberDescrType, {
    __get__(args) {
      const d = args[0] as AnyMember;
      if (args[1] === None) return d;
      descrCheck(d.name, d.owner, args[1]);
      return d instanceof PyGetSetDescr ? d.get(args[1]) : memberGet(d, args[1]);
    },
    __set__(args) {
      const d = args[0] as AnyMember;
      descrCheck(d.name, d.owner, args[1]);
      if (d instanceof PyGetSetDescr) {
        if (d.set === null) attributeError("readonly attribute");
        d.set(args[1], args[2]);
      } else {
        memberSet(d, args[1], args[2]);
      }
      return None;
    },
    __delete__(args) {
      const d = args[0] as AnyMember;
      descrCheck(d.name, d.owner, args[1]);
      if (d instanceof PyGetSetDescr) {
        if (d.set === null) attributeError("readonly attribute");
        d.set(args[1], undefined);
      } else {
        memberSet(d, args[1], undefined);
      }
      return None;
    },
    __repr__: (args) => `<member '${(args[0] as AnyMember).name}' of '${(args[0] as AnyMember).owner.name}' objects>`,
  });
  defGetSet(memberDescrType, "__name__", (d) => (d as AnyMember).name);
  defGetSet(memberDescrType, "__qualname__", (d) => `${(d as AnyMember).owner.qualname}.${(d as AnyMember).name}`);
  defGetSet(memberDescrType, "__objclass__", (d) => (d as AnyMember).owner);
  defGetSet(memberDescrType, "__doc__", (d) => d instanceof PyGetSetDescr ? attributeDoc(d) : None);

  // ---- property ----
  defNew(propertyType, (args) => new PyProperty(None, None, None, None, args[0] as PyType));
  propertyType.nativeNew = (cls) => new PyProperty(None, None, None, None, cls);
  defMethods(propertyType, {
    __init__(args, kwnames) {
      const p = args[0] as PyProperty;
      const [fget, fset, fdel, doc] = parseArgs("property", args.slice(1), kwnames, ["fget", "fset", "fdel", "doc"], 0);
      p.fget = fget ?? None;
      p.fset = fset ?? None;
      p.fdel = fdel ?? None;
      // property_init (3.11.7): without a doc, the getter's __doc__; a subclass's class __doc__
      // would shadow the member, so a subclass instance gets it as an attribute.
      p.doc = doc ?? None;
      p.getterDoc = false;
      if (p.doc === None && p.fget !== None) {
        const gd = getAttrOpt(p.fget, "__doc__");
        if (gd === undefined) return None;
        if (p.cls === propertyType) p.doc = gd;
        else setAttr(p, "__doc__", gd);
        p.getterDoc = true;
      }
      return None;
    },
    __get__(args) {
      const p = args[0] as PyProperty;
      const obj = args[1];
      if (obj === None) return p;
      if (p.fget === None) attributeError(`property ${propLabel(p)}of '${typeOf(obj).qualname}' object has no getter`);
      return call(p.fget, [obj]);
    },
    __set__(args) {
      const p = args[0] as PyProperty;
      if (p.fset === None) attributeError(`property ${propLabel(p)}of '${typeOf(args[1]).qualname}' object has no setter`);
      call(p.fset, [args[1], args[2]]);
      return None;
    },
    __delete__(args) {
      const p = args[0] as PyProperty;
      if (p.fdel === None) attributeError(`property ${propLabel(p)}of '${typeOf(args[1]).qualname}' object has no deleter`);
      call(p.fdel, [args[1]]);
      return None;
    },
    __set_name__(args, kwnames) {
      const n = args.length - 1;
      if (n !== 2 || (kwnames !== null && kwnames.length > 0)) typeError(`__set_name__() takes 2 positional arguments but ${n} were given`);
      (args[0] as PyProperty).name = args[2];
      return None;
    },
    getter: (args) => copyProperty(args[0] as PyProperty, args[1], undefined, undefined),
    setter: (args) => copyProperty(args[0] as PyProperty, undefined, args[1], undefined),
    deleter: (args) => copyProperty(args[0] as PyProperty, undefined, undefined, args[1]),
  });
  // Read-only members in CPython (T_OBJECT, READONLY): their message is "readonly attribute".
  const readonly = (): never => attributeError("readonly attribute");
  defGetSet(propertyType, "fget", (p) => (p as PyProperty).fget, readonly);
  defGetSet(propertyType, "fset", (p) => (p as PyProperty).fset, readonly);
  defGetSet(propertyType, "fdel", (p) => (p as PyProperty).fdel, readonly);
  defGetSet(propertyType, "__doc__", (p) => (p as PyProperty).doc, (p, v) => {
    (p as PyProperty).doc = v ?? None;
  });
  defGetSet(propertyType, "__isabstractmethod__", (p) => {
    const pp = p as PyProperty;
    for (const f of [pp.fget, pp.fset, pp.fdel]) {
      const a = f === None ? undefined : getAttrOpt(f, "__isabstractmethod__");
      if (a !== undefined && truthy(a)) return True; // PyObject_IsTrue (its errors propagate)
    }
    return False;
  });

  // ---- classmethod / staticmethod ----
  defNew(classmethodType, (args) => new PyClassMethod(None, args[0] as PyType));
  classmethodType.nativeNew = (cls) => new PyClassMethod(None, cls);
  defNew(staticmethodType, (args) => new PyStaticMethod(None, args[0] as PyType));
  staticmethodType.nativeNew = (cls) => new PyStaticMethod(None, cls);
  for (const [t, label] of [[classmethodType, "classmethod"], [staticmethodType, "staticmethod"]] as const) {
    defMethods(t, {
      __init__(args, kwnames) {
        const [f] = parseArgs(label, args.slice(1), kwnames, ["function"], 1, 1);
        (args[0] as PyClassMethod | PyStaticMethod).func = f!;
        // Copy __doc__, __name__ etc. (3.10+: they wrap like functools.wraps)
        const self = args[0] as PyObject;
        // functools_wraps in funcobject.c: the attributes the function has.
        for (const attr of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
          const v = getAttrOpt(f!, attr);
          if (v !== undefined) (self.dict ??= new PyDict()).set(attr, v);
        }
        return None;
      },
      __get__(args) {
        const d = args[0] as PyClassMethod | PyStaticMethod;
        if (d instanceof PyStaticMethod) return d.func;
        const owner = args.length > 2 && args[2] !== None ? args[2] : typeOf(args[1]);
        const fget = typeOf(d.func).lookup("__get__");
        if (fget !== undefined && !(d.func instanceof PyFunction) && !(d.func instanceof PyBuiltinFunction)) {
          return callDescr(fget, d.func, [owner, owner]);
        }
        return new PyMethod(d.func, owner);
      },
      __repr__: (args) => `<${label}(${repr((args[0] as PyClassMethod).func)})>`,
    });
    // Read-only members in CPython (cm_memberlist, sm_memberlist).
    defMember(t, "__func__", (d) => (d as PyClassMethod).func);
    defMember(t, "__wrapped__", (d) => (d as PyClassMethod).func);
    defGetSet(t, "__isabstractmethod__", (d) => getAttrOpt((d as PyClassMethod).func, "__isabstractmethod__") ?? False);
    defGetSet(t, "__dict__", (d) => funcDict(d as PyObject));
    t.flags |= 1 << 2;
  }
  defMethods(staticmethodType, {
    __call__: (args, kwnames) => call((args[0] as PyStaticMethod).func, args.slice(1), kwnames),
  });

  // ---- cell, code ----
  defNew(cellType, (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) typeError("cell() takes no keyword arguments");
    if (args.length > 2) typeError(`cell expected at most 1 argument, got ${args.length - 1}`);
    return new PyCell(args.length > 1 ? args[1] : undefined);
  });
  defMethods(cellType, {
    __repr__(args) {
      const c = args[0] as PyCell;
      if (c.value === undefined) return `<cell at ${hex(c)}: empty>`;
      return `<cell at ${hex(c)}: ${typeName(c.value)} object at ${hex(c.value)}>`;
    },
  });
  defGetSet(cellType, "cell_contents", (c) => {
    const v = (c as PyCell).value;
    if (v === undefined) valueError("Cell is empty");
    return v;
  }, (c, v) => {
    (c as PyCell).value = v;
  });
  defMethods(codeType, {
    __eq__(args) {
      const b = args[1];
      if (!(b instanceof PyCode)) return NotImplemented;
      return bool(codeEq((args[0] as PyCode).code, b.code));
    },
    __ne__(args) {
      const b = args[1];
      if (!(b instanceof PyCode)) return NotImplemented;
      return bool(!codeEq((args[0] as PyCode).code, b.code));
    },
    __hash__(args) {
      const c = (args[0] as PyCode).code;
      let h = c.firstlineno * 1000003 ^ c.argcount * 31 ^ c.flags ^ c.code.length * 7919;
      for (let i = 0; i < c.name.length; i++) h = (Math.imul(h, 31) + c.name.charCodeAt(i)) | 0;
      for (let i = 0; i < c.code.length; i++) h = (Math.imul(h, 1000003) ^ c.code[i]) | 0;
      return h === -1 ? -2 : h;
    },
    __repr__(args) {
      const c = (args[0] as PyCode).code;
      return `<code object ${c.name} at ${hex(args[0])}, file "${c.filename}", line ${c.firstlineno}>`;
    },
    // code.replace(**changes): a copy with new metadata. Only the fields that do not change what the
    // bytecode means can be replaced (types.coroutine sets a co_flags bit this way).
    replace(args, kwnames) {
      const c = (args[0] as PyCode).code;
      if (args.length - (kwnames?.length ?? 0) > 1) typeError("replace() takes no positional arguments");
      const nkw = kwnames?.length ?? 0;
      const given = new Map<string, PyValue>();
      for (let i = 0; i < nkw; i++) given.set(kwnames![i], args[args.length - nkw + i]);
      const text = (k: string, d: string): string => {
        const v = given.get(k);
        if (v === undefined) return d;
        const t = strValue(v);
        if (t === undefined) typeError(`replace() argument '${k}' must be str, not ${typeName(v)}`);
        return t;
      };
      const int = (k: string, d: number): number => {
        const v = given.get(k);
        if (v === undefined) return d;
        if (typeof v !== "number") typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
        return v;
      };
      for (const k of given.keys()) {
        if (!["co_name", "co_qualname", "co_filename", "co_firstlineno", "co_flags"].includes(k)) {
          if (!CODE_FIELDS.includes(k)) typeError(`'${k}' is an invalid keyword argument for replace()`);
          valueError(`code.replace(): Typhon cannot replace ${k}`);
        }
      }
      // A field-by-field copy (the VM's per-code caches start afresh).
      const n = Object.assign(Object.create(Object.getPrototypeOf(c)), c, {
        name: text("co_name", c.name), qualname: text("co_qualname", c.qualname),
        filename: text("co_filename", c.filename), firstlineno: int("co_firstlineno", c.firstlineno),
        flags: int("co_flags", c.flags), vmData: null,
      }) as typeof c;
      return codeObjectOf(n);
    },
    // One (line, end line, column, end column) per instruction; None where unknown.
    co_positions(args) {
      const pos = (args[0] as PyCode).code.positions;
      const out: PyValue[] = [];
      const v = (x: number): PyValue => (x < 0 ? None : x);
      for (let i = 0; i < pos.length; i += 4) out.push(new PyTuple([v(pos[i]), v(pos[i + 1]), v(pos[i + 2]), v(pos[i + 3])]));
      return getIter(new PyList(out));
    },
    // (start, end, line) ranges of instruction offsets (2 per instruction, as CPython counts).
    co_lines(args) {
      const c = (args[0] as PyCode).code;
      const out: PyValue[] = [];
      let start = 0;
      let line = c.positions.length ? c.positions[0] : -1;
      const n = c.positions.length / 4;
      for (let i = 1; i <= n; i++) {
        const l = i < n ? c.positions[i * 4] : NaN;
        if (l !== line) {
          out.push(new PyTuple([start * 2, i * 2, line < 0 ? None : line]));
          start = i;
          line = l;
        }
      }
      return getIter(new PyList(out));
    },
  });
  const codeAttr = (name: string, f: (c: PyCode) => PyValue) => defGetSet(codeType, name, (c) => f(c as PyCode));
  codeAttr("co_name", (c) => c.code.name);
  codeAttr("co_qualname", (c) => c.code.qualname);
  codeAttr("co_filename", (c) => c.code.filename);
  codeAttr("co_firstlineno", (c) => c.code.firstlineno);
  codeAttr("co_argcount", (c) => c.code.argcount);
  codeAttr("co_posonlyargcount", (c) => c.code.posonlyargcount);
  codeAttr("co_kwonlyargcount", (c) => c.code.kwonlyargcount);
  codeAttr("co_flags", (c) => c.code.flags);
  codeAttr("co_nlocals", (c) => c.code.nlocals);
  codeAttr("co_stacksize", (c) => c.code.stacksize);
  codeAttr("co_varnames", (c) => new PyTuple(c.code.varnames.slice()));
  codeAttr("co_cellvars", (c) => new PyTuple(c.code.cellvars.slice()));
  codeAttr("co_freevars", (c) => new PyTuple(c.code.freevars.slice()));
  codeAttr("co_names", (c) => new PyTuple(c.code.names.slice()));
  codeAttr("co_code", (c) => {
    const words = c.code.code;
    const out = new Uint8Array(words.length * 2);
    for (let i = 0; i < words.length; i++) {
      out[2 * i] = words[i] & 0xff;
      out[2 * i + 1] = (words[i] >>> 8) & 0xff;
    }
    return new PyBytes(out);
  });
    codeAttr("co_consts", (c) => new PyTuple(runtimeConstsHook(c.code)));
  void PyList;
  void classmethodType;
}

const CODE_FIELDS = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
  "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
  "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"];

const codeObjects = new WeakMap<import("../bytecode/code").CodeObject, PyCode>();
/** The one `code` object for a compiled code unit (so `f.__code__ is f.__code__`). */
export function codeObjectOf(c: import("../bytecode/code").CodeObject): PyCode {
  let o = codeObjects.get(c);
  if (o === undefined) {
    o = new PyCode(c);
    codeObjects.set(c, o);
  }
  return o;
}

function copyProperty(p: PyProperty, fget: PyValue | undefined, fset: PyValue | undefined, fdel: PyValue | undefined): PyValue {
  const t = p.cls;
  const get = fget ?? p.fget;
  // property_copy: a doc taken from the getter is taken again from the (new) getter.
  const doc = p.getterDoc && get !== None ? None : p.doc;
  const np = call(t, [get, fset ?? p.fset, fdel ?? p.fdel, doc]);
  if (np instanceof PyProperty) np.name = p.name;
  return np;
}

function propLabel(p: PyProperty): string {
  return p.name === null ? "" : `${repr(p.name)} `;
}

export let runtimeConstsHook: (c: import("../bytecode/code").CodeObject) => PyValue[] = () => [];
export function setRuntimeConstsHook(f: typeof runtimeConstsHook): void {
  runtimeConstsHook = f;
}
