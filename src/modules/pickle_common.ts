// What the pickler (pickle_save.ts) and the unpickler (pickle_load.ts) share: the opcodes, the
// module state (the exception classes and the copyreg / _compat_pickle tables, read when _pickle
// is imported, as CPython's _Pickle_InitState does), and small helpers.

import { getAttr, getAttrOpt, isInstance, strValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, toPyException, typeError } from "../objects/exceptions";
import { PyOpError } from "../objects/errors";
import { PyDict } from "../objects/pydict";
import { dictType, None, PyType, PyValue, typeOf } from "../objects/types";
import { importModuleLevel } from "../vm/import";

/** The opcodes (pickletools documents each one). */
export const enum Op {
  MARK = 0x28, STOP = 0x2e, POP = 0x30, POP_MARK = 0x31, DUP = 0x32, FLOAT = 0x46, INT = 0x49, BININT = 0x4a,
  BININT1 = 0x4b, LONG = 0x4c, BININT2 = 0x4d, NONE = 0x4e, PERSID = 0x50, BINPERSID = 0x51, REDUCE = 0x52,
  STRING = 0x53, BINSTRING = 0x54, SHORT_BINSTRING = 0x55, UNICODE = 0x56, BINUNICODE = 0x58, APPEND = 0x61,
  BUILD = 0x62, GLOBAL = 0x63, DICT = 0x64, EMPTY_DICT = 0x7d, APPENDS = 0x65, GET = 0x67, BINGET = 0x68,
  INST = 0x69, LONG_BINGET = 0x6a, LIST = 0x6c, EMPTY_LIST = 0x5d, OBJ = 0x6f, PUT = 0x70, BINPUT = 0x71,
  LONG_BINPUT = 0x72, SETITEM = 0x73, TUPLE = 0x74, EMPTY_TUPLE = 0x29, SETITEMS = 0x75, BINFLOAT = 0x47,
  // protocol 2
  PROTO = 0x80, NEWOBJ = 0x81, EXT1 = 0x82, EXT2 = 0x83, EXT4 = 0x84, TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87,
  NEWTRUE = 0x88, NEWFALSE = 0x89, LONG1 = 0x8a, LONG4 = 0x8b,
  // protocol 3
  BINBYTES = 0x42, SHORT_BINBYTES = 0x43,
  // protocol 4
  SHORT_BINUNICODE = 0x8c, BINUNICODE8 = 0x8d, BINBYTES8 = 0x8e, EMPTY_SET = 0x8f, ADDITEMS = 0x90, FROZENSET = 0x91,
  NEWOBJ_EX = 0x92, STACK_GLOBAL = 0x93, MEMOIZE = 0x94, FRAME = 0x95,
  // protocol 5
  BYTEARRAY8 = 0x96, NEXT_BUFFER = 0x97, READONLY_BUFFER = 0x98,
}

export const HIGHEST_PROTOCOL = 5;
export const DEFAULT_PROTOCOL = 4;

/** The module state. The tables are the live copyreg / _compat_pickle dicts (changes show). */
export interface PickleState {
  PickleError: PyType;
  PicklingError: PyType;
  UnpicklingError: PyType;
  dispatchTable: PyDict;
  extensionRegistry: PyDict;
  invertedRegistry: PyDict;
  extensionCache: PyDict;
  nameMapping2to3: PyDict;
  importMapping2to3: PyDict;
  nameMapping3to2: PyDict;
  importMapping3to2: PyDict;
  codecsEncode: PyValue;
  getattr: PyValue;
  partial: PyValue;
}

export let st: PickleState = null as unknown as PickleState;

function dictAttr(mod: PyValue, modName: string, name: string): PyDict {
  const v = getAttr(mod, name);
  if (!(v instanceof PyDict) || typeOf(v) !== dictType) {
    raiseError(E.RuntimeError, `${modName}.${name} should be a dict, not ${typeName(v)}`);
  }
  return v;
}

export function importModule(name: string): PyValue {
  return importModuleLevel(name, None, None, 0);
}

export function initState(errors: { PickleError: PyType; PicklingError: PyType; UnpicklingError: PyType },
                          builtinsGetattr: PyValue): void {
  const copyreg = importModule("copyreg");
  const compat = importModule("_compat_pickle");
  const codecsEncode = getAttr(importModule("codecs"), "encode");
  if (typeOf(codecsEncode).lookup("__call__") === undefined) {
    raiseError(E.RuntimeError, `codecs.encode should be a callable, not ${typeName(codecsEncode)}`);
  }
  st = {
    ...errors,
    dispatchTable: dictAttr(copyreg, "copyreg", "dispatch_table"),
    extensionRegistry: dictAttr(copyreg, "copyreg", "_extension_registry"),
    invertedRegistry: dictAttr(copyreg, "copyreg", "_inverted_registry"),
    extensionCache: dictAttr(copyreg, "copyreg", "_extension_cache"),
    nameMapping2to3: dictAttr(compat, "_compat_pickle", "NAME_MAPPING"),
    importMapping2to3: dictAttr(compat, "_compat_pickle", "IMPORT_MAPPING"),
    nameMapping3to2: dictAttr(compat, "_compat_pickle", "REVERSE_NAME_MAPPING"),
    importMapping3to2: dictAttr(compat, "_compat_pickle", "REVERSE_IMPORT_MAPPING"),
    codecsEncode,
    getattr: builtinsGetattr,
    partial: getAttr(importModule("functools"), "partial"),
  };
}

export function picklingError(msg: string): never {
  raiseError(st.PicklingError, msg);
}

export function unpicklingError(msg: string): never {
  raiseError(st.UnpicklingError, msg);
}

/** PyCallable_Check. */
export function isCallable(v: PyValue): boolean {
  return typeOf(v).lookup("__call__") !== undefined;
}

/** A `str` argument of Argument Clinic: "fname() argument 'name' must be str, not int". */
export function strArg(fname: string, name: string, v: PyValue | undefined, dflt: string): string {
  if (v === undefined) return dflt;
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument '${name}' must be str, not ${v === None ? "None" : typeName(v)}`);
  return s;
}

/** getattr(obj, name), or undefined on AttributeError from anywhere (_PyObject_LookupAttr). */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOpt(obj, name);
  } catch (e) {
    if (isPyError(e, E.AttributeError)) return undefined;
    throw e;
  }
}

/** Whether a thrown value is a Python exception of type t (or, t omitted, any Python exception). */
export function isPyError(e: unknown, t?: PyType): boolean {
  if (e instanceof PyOpError) return t === undefined || toPyException(e).cls.isSubtypeOf(t);
  return e instanceof PyBaseException && (t === undefined || isInstance(e, t));
}
