// The builtin type objects and the JS classes of the values they describe.
//
// Type objects are made here, bare (name, base, flags); each type's file (pyint.ts, pystr.ts,
// ...) fills in its methods when bootstrap.ts runs. Keeping the objects in one module lets every
// file refer to every type without import cycles at start-up.
//
// Value classes: the instances of a builtin type, and of Python subclasses of it, are objects
// of the same JS class with `cls` pointing at the actual type (so `class L(list)` instances are
// PyList objects). int and str have two representations: the primitive (number/bigint, JS
// string) for exact int/str, and PyIntObj/PyStrObj for bool and subclasses.

import type { CodeObject } from "../bytecode/code";
import type { PyInt } from "./intmath";
import { PyObject, PyType, PyValue, TypeFlag, computeMro } from "./object";
import type { PyDict } from "./pydict";

export { PyObject, PyType } from "./object";
export type { PyValue } from "./object";

const BASE: number = TypeFlag.BASETYPE;

/** The types made here: each gets `__doc__ = None` once None exists (see below). */
const madeTypes: PyType[] = [];

function make(name: string, base: PyType | null, flags: number = BASE): PyType {
  const t = new PyType(typeType, name, base ? [base] : [], flags);
  t.base = base;
  t.mro = computeMro(t);
  madeTypes.push(t);
  if (base) {
    base.subclasses.push(t);
    t.flags |= base.flags & (TypeFlag.INT_SUBCLASS | TypeFlag.LIST_SUBCLASS | TypeFlag.TUPLE_SUBCLASS |
      TypeFlag.STR_SUBCLASS | TypeFlag.DICT_SUBCLASS | TypeFlag.EXC_SUBCLASS | TypeFlag.TYPE_SUBCLASS |
      TypeFlag.SEQUENCE | TypeFlag.MAPPING);
  }
  return t;
}

// `type` and `object` refer to each other: type's type is type, object's type is type,
// type's base is object.
export const typeType: PyType = new PyType(null, "type", [], BASE | TypeFlag.TYPE_SUBCLASS);
typeType.cls = typeType;
export const objectType: PyType = new PyType(typeType, "object", [], BASE);
objectType.mro = [objectType];
typeType.bases = [objectType];
typeType.base = objectType;
typeType.mro = [typeType, objectType];
objectType.subclasses.push(typeType);

export const intType = make("int", objectType, BASE | TypeFlag.INT_SUBCLASS);
export const boolType = make("bool", intType, 0);
export const floatType = make("float", objectType);
export const complexType = make("complex", objectType);
export const strType = make("str", objectType, BASE | TypeFlag.STR_SUBCLASS);
export const bytesType = make("bytes", objectType);
export const bytearrayType = make("bytearray", objectType);
export const listType = make("list", objectType, BASE | TypeFlag.LIST_SUBCLASS | TypeFlag.SEQUENCE);
export const tupleType = make("tuple", objectType, BASE | TypeFlag.TUPLE_SUBCLASS | TypeFlag.SEQUENCE);
export const dictType = make("dict", objectType, BASE | TypeFlag.DICT_SUBCLASS | TypeFlag.MAPPING);
export const setType = make("set", objectType);
export const frozensetType = make("frozenset", objectType);
export const rangeType = make("range", objectType, TypeFlag.SEQUENCE);
export const sliceType = make("slice", objectType, 0);
export const noneType = make("NoneType", objectType, 0);
export const notImplementedType = make("NotImplementedType", objectType, 0);
export const ellipsisType = make("ellipsis", objectType, 0);
export const functionType = make("function", objectType, 0);
export const methodType = make("method", objectType, 0);
export const builtinFunctionType = make("builtin_function_or_method", objectType, 0);
export const methodWrapperType = make("method-wrapper", objectType, 0);
export const methodDescrType = make("method_descriptor", objectType, 0);
export const wrapperDescrType = make("wrapper_descriptor", objectType, 0);
export const classMethodDescrType = make("classmethod_descriptor", objectType, 0);
export const getsetDescrType = make("getset_descriptor", objectType, 0);
export const memberDescrType = make("member_descriptor", objectType, 0);
export const propertyType = make("property", objectType);
export const classmethodType = make("classmethod", objectType);
export const staticmethodType = make("staticmethod", objectType);
export const superType = make("super", objectType);
export const cellType = make("cell", objectType, 0);
export const codeType = make("code", objectType, 0);
export const moduleType = make("module", objectType);
export const mappingproxyType = make("mappingproxy", objectType, 0);
export const generatorType = make("generator", objectType, 0);
export const coroutineType = make("coroutine", objectType, 0);
export const asyncGeneratorType = make("async_generator", objectType, 0);
export const frameType = make("frame", objectType, 0);
export const tracebackType = make("traceback", objectType, 0);
export const memoryviewType = make("memoryview", objectType, 0);
export const enumerateType = make("enumerate", objectType);
export const zipType = make("zip", objectType);
export const mapType = make("map", objectType);
export const filterType = make("filter", objectType);
export const reversedType = make("reversed", objectType);
/** Iterators of the builtin containers; one JS class (PyNativeIter), one type per container. */
export const iteratorTypes = {
  list: make("list_iterator", objectType, 0),
  listReverse: make("list_reverseiterator", objectType, 0),
  tuple: make("tuple_iterator", objectType, 0),
  str: make("str_ascii_iterator", objectType, 0),
  strWide: make("str_iterator", objectType, 0),
  range: make("range_iterator", objectType, 0),
  longRange: make("longrange_iterator", objectType, 0),
  dictKeys: make("dict_keyiterator", objectType, 0),
  dictValues: make("dict_valueiterator", objectType, 0),
  dictItems: make("dict_itemiterator", objectType, 0),
  dictReverseKeys: make("dict_reversekeyiterator", objectType, 0),
  dictReverseValues: make("dict_reversevalueiterator", objectType, 0),
  dictReverseItems: make("dict_reverseitemiterator", objectType, 0),
  set: make("set_iterator", objectType, 0),
  bytes: make("bytes_iterator", objectType, 0),
  bytearray: make("bytearray_iterator", objectType, 0),
  callable: make("callable_iterator", objectType, 0),
  seq: make("iterator", objectType, 0),
};
export const dictKeysType = make("dict_keys", objectType, 0);
export const dictValuesType = make("dict_values", objectType, 0);
export const dictItemsType = make("dict_items", objectType, 0);
export const genericAliasType = make("GenericAlias", objectType);
genericAliasType.ns.set("__module__", "types");
export const unionType = make("UnionType", objectType, 0);
unionType.ns.set("__module__", "types");

// ---- value classes ---------------------------------------------------------------------------

/** bool, and instances of int subclasses. */
export class PyIntObj extends PyObject {
  constructor(cls: PyType, public value: PyInt) {
    super(cls);
  }
}

/** Instances of str subclasses. */
export class PyStrObj extends PyObject {
  constructor(cls: PyType, public value: string) {
    super(cls);
  }
}

export class PyFloat extends PyObject {
  constructor(public value: number, cls: PyType = floatType) {
    super(cls);
  }
}

export class PyComplex extends PyObject {
  constructor(public real: number, public imag: number, cls: PyType = complexType) {
    super(cls);
  }
}

export class PyBytes extends PyObject {
  hashCache: PyInt | null = null;
  constructor(public data: Uint8Array, cls: PyType = bytesType) {
    super(cls);
  }
}

export class PyByteArray extends PyObject {
  /** data.subarray(0, length) is the content; the rest is capacity. */
  exports = 0;
  constructor(public data: Uint8Array, public length: number, cls: PyType = bytearrayType) {
    super(cls);
  }
}

export class PyList extends PyObject {
  constructor(public items: PyValue[], cls: PyType = listType) {
    super(cls);
  }
}

export class PyTuple extends PyObject {
  hashCache: PyInt | null = null;
  constructor(public items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls);
  }
}

export class PyRange extends PyObject {
  constructor(public start: PyInt, public stop: PyInt, public step: PyInt, public length: PyInt) {
    super(rangeType);
  }
}

export class PySlice extends PyObject {
  constructor(public start: PyValue, public stop: PyValue, public step: PyValue) {
    super(sliceType);
  }
}

export class PySingleton extends PyObject {
  constructor(cls: PyType, public repr: string) {
    super(cls);
  }
}

export const None = new PySingleton(noneType, "None");
// PyType_Ready gives a static type without a docstring `__doc__ = None` in its own dict (the
// types that have one replace it when their methods are installed).
for (const t of madeTypes) t.ns.set("__doc__", None);
madeTypes.length = 0;
export const NotImplemented = new PySingleton(notImplementedType, "NotImplemented");
export const Ellipsis = new PySingleton(ellipsisType, "Ellipsis");
export const True = new PyIntObj(boolType, 1);
export const False = new PyIntObj(boolType, 0);

export function bool(b: boolean): PyIntObj {
  return b ? True : False;
}

export class PyCell extends PyObject {
  /** undefined while empty */
  constructor(public value: PyValue | undefined) {
    super(cellType);
  }
}

export class PyCode extends PyObject {
  constructor(public code: CodeObject) {
    super(codeType);
  }
}

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  doc: PyValue;
  module: PyValue;
  defaults: PyValue[] | null;
  kwdefaults: PyDict | null;
  annotations: PyValue | null;
  closure: PyCell[] | null;
  constructor(public code: CodeObject, public globals: PyDict, public builtins: PyDict) {
    super(functionType);
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = None;
    this.module = None;
    this.defaults = null;
    this.kwdefaults = null;
    this.annotations = null;
    this.closure = null;
  }
}

/** A bound method: a function (or any callable) with its first argument. */
export class PyMethod extends PyObject {
  constructor(public func: PyValue, public self: PyValue) {
    super(methodType);
  }
}

export type NativeFn = ((args: PyValue[], kwnames: readonly string[] | null) => PyValue) & {
  /**
   * The method called with its receiver alone, without an argument array: what fn([self], null)
   * returns, for a self that is an instance of the descriptor's owner (compiled code's calls).
   */
  unary?: (self: PyValue) => PyValue;
};

/** A builtin function, or a native method bound to its object (`self` non-null). */
export class PyBuiltinFunction extends PyObject {
  constructor(public name: string, public fn: NativeFn, public self: PyValue | null, public qualname: string,
              public doc: string | null = null, public module: string | null = null) {
    super(builtinFunctionType);
    this.objclass = null;
    this.owner = null;
  }
  /**
   * For a method bound from a native descriptor (a method, slot wrapper or class method): the type
   * that defined it, where its doc is looked up (docstrings.ts); a method-wrapper's `__objclass__`.
   */
  objclass: PyType | null;
  /**
   * For a type's static method or __new__ (self null): the type, which CPython keeps as m_self
   * without passing it on calls. repr and __reduce__ name it (getattr(type, name)); __self__ is
   * it for __new__ and None for a static method.
   */
  owner: PyType | null;
}

/**
 * A native method in a type's namespace (`list.append`): called with self as args[0].
 * `fast` is the method as a plain JS function of self and positional args, used by the VM when
 * the call has no keywords (most calls).
 */
export class PyMethodDescr extends PyObject {
  constructor(public owner: PyType, public name: string, public fn: NativeFn,
              public doc: string | null = null, kind: PyType = methodDescrType) {
    super(kind);
  }
}

/** A native attribute with a getter and optional setter (`function.__name__`, `__dict__`). */
export class PyGetSetDescr extends PyObject {
  constructor(public owner: PyType, public name: string,
              public get: (self: PyValue) => PyValue,
              public set: ((self: PyValue, v: PyValue | undefined) => void) | null,
              public doc: string | null = null) {
    super(getsetDescrType);
  }
}

/** A `__slots__` entry: slot `index` of the instance's slot array. */
export class PyMemberDescr extends PyObject {
  constructor(public owner: PyType, public name: string, public index: number) {
    super(memberDescrType);
  }
}

export class PyProperty extends PyObject {
  constructor(public fget: PyValue, public fset: PyValue, public fdel: PyValue, public doc: PyValue,
              cls: PyType = propertyType) {
    super(cls);
  }
  /** The attribute name given by __set_name__ (for error messages), or null. */
  name: PyValue | null = null;
  /** Whether the doc came from the getter (getter_doc: a copy takes the new getter's). */
  getterDoc = false;
}

export class PyClassMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = classmethodType) {
    super(cls);
  }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue, cls: PyType = staticmethodType) {
    super(cls);
  }
}

export class PyModule extends PyObject {
  constructor(public name: string, dict: PyDict, cls: PyType = moduleType) {
    super(cls);
    this.dict = dict;
  }
}

/** Instances of Python classes with `__slots__` keep their slot values here. */
export class PyInstance extends PyObject {
  slots: (PyValue | undefined)[] | null = null;
}

/** A type whose instances are made by `object.__new__`: PyInstance, unless a native base says otherwise. */
export function isType(v: PyValue): v is PyType {
  return v instanceof PyType;
}

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    default:
      return v.cls;
  }
}
