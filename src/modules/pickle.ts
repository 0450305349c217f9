// _pickle: the C half of the pickle module (CPython's Modules/_pickle.c), which pickle.py uses
// instead of its Python Pickler and Unpickler: Pickler, Unpickler, dump/dumps/load/loads, the
// three exceptions, the memo proxies, and PickleBuffer (which pickle.py re-exports).
//
// pickle_save.ts writes pickles, pickle_load.ts reads them, pickle_common.ts holds the opcodes
// and the module state, pickle_buffer.ts PickleBuffer, and pickle_reduce.ts object's default
// reduction (__reduce_ex__ / __getstate__), which copy uses as well.

import { call, getIter, idOf, index, intValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { TypeFlag } from "../objects/object";
import { clinicArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { builtinsDict } from "./builtins";
import { bufferData } from "../objects/pyint";
import { dictType, None, PyObject, PyTuple, PyType, PyValue, typeOf } from "../objects/types";
import { initPickleBuffer, pickleBufferType } from "./pickle_buffer";
import { DEFAULT_PROTOCOL, HIGHEST_PROTOCOL, initState, isCallable, picklingError, strArg, unpicklingError, lookupAttr } from "./pickle_common";
import { findClassDefault, loadObject, UnpicklerObj, unpicklerType } from "./pickle_load";
import "./pickle_reduce";
import {
  BUILTINS_OF_FUNCTIONS, clearBuffer, dumpObject, dumpOnce, PicklerObj, takeOutput,
} from "./pickle_save";
import { defFunctions, defineModule, nativeType } from "./registry";

const picklerType = nativeType("_pickle", "Pickler");
const picklerMemoProxyType = nativeType("_pickle", "PicklerMemoProxy");
const unpicklerMemoProxyType = nativeType("_pickle", "UnpicklerMemoProxy");

class PicklerMemoProxy extends PyObject {
  constructor(public pickler: PicklerObj) {
    super(picklerMemoProxyType);
  }
}

class UnpicklerMemoProxy extends PyObject {
  constructor(public unpickler: UnpicklerObj) {
    super(unpicklerMemoProxyType);
  }
}

// ---- argument handling ----------------------------------------------------------------------

/** The protocol argument: None for the default, negative for the highest (_Pickler_SetProtocol). */
function setProtocol(p: PicklerObj, protocol: PyValue | undefined, fixImports: PyValue | undefined): void {
  let proto: number;
  if (protocol === undefined || protocol === None) proto = DEFAULT_PROTOCOL;
  else {
    const n = index(protocol);
    if (n < -(2n ** 63n) || n >= 2n ** 63n) raiseError(E.OverflowError, "Python int too large to convert to C long");
    if (n < 0) proto = HIGHEST_PROTOCOL;
    else if (n > HIGHEST_PROTOCOL) raiseError(E.ValueError, `pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
    else proto = Number(n);
  }
  p.proto = proto;
  p.bin = proto > 0 ? 1 : 0;
  p.fixImports = (fixImports === undefined || truthy(fixImports)) && proto < 3;
}

function setOutput(p: PicklerObj, file: PyValue): void {
  const w = lookupAttr(file, "write");
  if (w === undefined) typeError("file must have a 'write' attribute");
  p.write = w;
}

function setBufferCallback(p: PicklerObj, cb: PyValue | undefined): void {
  if (cb === undefined || cb === None) {
    p.bufferCallback = null;
    return;
  }
  if (p.proto < 5) raiseError(E.ValueError, "buffer_callback needs protocol >= 5");
  p.bufferCallback = cb;
}

function setInput(u: UnpicklerObj, file: PyValue): void {
  const readinto = lookupAttr(file, "readinto");
  const read = lookupAttr(file, "read");
  const readline = lookupAttr(file, "readline");
  if (read === undefined || readline === undefined) typeError("file must have 'read' and 'readline' attributes");
  u.read = read;
  u.readinto = readinto ?? null;
  u.readline = readline;
}

function setInputOptions(u: UnpicklerObj, fname: string, fixImports: PyValue | undefined, encoding: PyValue | undefined,
                         errors: PyValue | undefined, buffers: PyValue | undefined): void {
  u.encoding = strArg(fname, "encoding", encoding, "ASCII");
  u.errors = strArg(fname, "errors", errors, "strict");
  u.buffers = buffers === undefined || buffers === None ? null : getIter(buffers);
  u.fixImports = fixImports === undefined || truthy(fixImports);
}

function asPickler(v: PyValue): PicklerObj {
  if (!(v instanceof PicklerObj)) typeError(`descriptor requires a '_pickle.Pickler' object but received '${typeName(v)}'`);
  return v;
}

function asUnpickler(v: PyValue): UnpicklerObj {
  if (!(v instanceof UnpicklerObj)) typeError(`descriptor requires a '_pickle.Unpickler' object but received '${typeName(v)}'`);
  return v;
}

/** CPython's tp_name: builtin types carry their module ("_pickle.Pickler"). */
function tpName(v: PyValue): string {
  const t = typeOf(v);
  if (t.flags & TypeFlag.HEAPTYPE) return t.name;
  const m = t.ns.get("__module__");
  return typeof m === "string" && m !== "builtins" ? `${m}.${t.name}` : t.name;
}

function noDelete(v: PyValue | undefined): asserts v is PyValue {
  if (v === undefined) typeError("attribute deletion is not supported");
}

// ---- Pickler --------------------------------------------------------------------------------

function initPickler(): void {
  const t = picklerType;
  defNew(t, (args) => {
    const p = new PicklerObj(args[0] as PyType);
    clearBuffer(p);
    return p;
  });
  defMethods(t, {
    __init__(args, kwnames) {
      const p = asPickler(args[0]);
      const [file, protocol, fixImports, bufferCallback] = clinicArgs("Pickler", args.slice(1), kwnames,
        ["file", "protocol", "fix_imports", "buffer_callback"], 1);
      if (p.write !== null) {
        p.memo.clear();
        p.persFunc = null;
        p.dispatchTable = null;
      }
      setProtocol(p, protocol, fixImports);
      setOutput(p, file!);
      setBufferCallback(p, bufferCallback);
      clearBuffer(p);
      p.fast = 0;
      p.fastNesting = 0;
      p.fastMemo = null;
      p.persFunc = lookupAttr(p, "persistent_id") ?? null;
      if (p.dispatchTable === null) p.dispatchTable = lookupAttr(p, "dispatch_table") ?? null;
      return None;
    },
    dump(args, kwnames) {
      const p = asPickler(args[0]);
      if (kwnames !== null && kwnames.length > 0) typeError("dump() takes no keyword arguments");
      if (args.length !== 2) typeError(`dump() takes exactly one argument (${args.length - 1} given)`);
      if (p.write === null) picklingError(`Pickler.__init__() was not called by ${tpName(p)}.__init__()`);
      clearBuffer(p);
      dumpObject(p, args[1]);
      call(p.write, [takeOutput(p)]);
      return None;
    },
    clear_memo(args) {
      asPickler(args[0]).memo.clear();
      return None;
    },
    __sizeof__(args) {
      const p = asPickler(args[0]);
      return 96 + p.out.length + 16 * p.memo.size;
    },
  });
  defGetSet(t, "memo", (self) => new PicklerMemoProxy(asPickler(self)), (self, v) => {
    const p = asPickler(self);
    noDelete(v);
    const memo = new Map<PyValue, number>();
    if (v instanceof PicklerMemoProxy) {
      for (const [k, idx] of v.pickler.memo) memo.set(k, idx);
    } else if (v instanceof PyDict) {
      for (const [, value] of v.entries()) {
        if (!(value instanceof PyTuple) || value.items.length !== 2) typeError("'memo' values must be 2-item tuples");
        memo.set(value.items[1], Number(index(value.items[0])));
      }
    } else {
      typeError(`'memo' attribute must be a PicklerMemoProxy object or dict, not ${typeName(v)}`);
    }
    p.memo = memo;
  });
  defGetSet(t, "persistent_id", (self) => {
    const p = asPickler(self);
    if (p.persFunc === null) E.attributeError("persistent_id");
    return p.persFunc;
  }, (self, v) => {
    noDelete(v);
    if (!isCallable(v)) typeError("persistent_id must be a callable taking one argument");
    asPickler(self).persFunc = v;
  });
  defGetSet(t, "dispatch_table", (self) => {
    const p = asPickler(self);
    if (p.dispatchTable === null) E.attributeError(`'${tpName(p)}' object has no attribute 'dispatch_table'`);
    return p.dispatchTable;
  }, (self, v) => {
    asPickler(self).dispatchTable = v ?? null;
  });
  const intMember = (name: "bin" | "fast") => defGetSet(t, name, (self) => asPickler(self)[name], (self, v) => {
    noDelete(v);
    const n = intValue(v);
    if (n === undefined) typeError("an integer is required");
    asPickler(self)[name] = Number(n);
  });
  intMember("bin");
  intMember("fast");

  const mp = picklerMemoProxyType;
  mp.ns.set("__hash__", None);
  const memoCopy = (m: PicklerMemoProxy) => {
    const d = new PyDict();
    for (const [k, idx] of m.pickler.memo) {
      const v = k === BUILTINS_OF_FUNCTIONS ? "builtins" : k;
      d.set(idOf(k), new PyTuple([idx, v]));
    }
    return d;
  };
  defMethods(mp, {
    clear(args) {
      (args[0] as PicklerMemoProxy).pickler.memo.clear();
      return None;
    },
    copy: (args) => memoCopy(args[0] as PicklerMemoProxy),
    __reduce__: (args) => new PyTuple([dictType, new PyTuple([memoCopy(args[0] as PicklerMemoProxy)])]),
  });
}

// ---- Unpickler ------------------------------------------------------------------------------

const UNPICKLER_PARAMS = ["file", "fix_imports", "encoding", "errors", "buffers"];

function initUnpickler(): void {
  const t = unpicklerType;
  defNew(t, (args) => new UnpicklerObj(args[0] as PyType));
  defMethods(t, {
    __init__(args, kwnames) {
      const u = asUnpickler(args[0]);
      const [file, fixImports, encoding, errors, buffers] = clinicArgs("Unpickler", args.slice(1), kwnames,
        UNPICKLER_PARAMS, 1, 0, 1);
      setInput(u, file!);
      setInputOptions(u, "Unpickler", fixImports, encoding, errors, buffers);
      u.persFunc = lookupAttr(u, "persistent_load") ?? null;
      u.stack = [];
      u.memo = [];
      u.memoLen = 0;
      u.proto = 0;
      return None;
    },
    load(args, kwnames) {
      const u = asUnpickler(args[0]);
      if (kwnames !== null && kwnames.length > 0 || args.length !== 1) typeError(`load() takes no arguments (${args.length - 1} given)`);
      if (u.read === null) unpicklingError(`Unpickler.__init__() was not called by ${tpName(u)}.__init__()`);
      return loadObject(u);
    },
    find_class(args, kwnames) {
      const u = asUnpickler(args[0]);
      if (kwnames !== null && kwnames.length > 0) typeError("find_class() takes no keyword arguments");
      if (args.length !== 3) typeError(`find_class expected 2 arguments, got ${args.length - 1}`);
      return findClassDefault(u, args[1], args[2]);
    },
    __sizeof__(args) {
      const u = asUnpickler(args[0]);
      return 112 + 8 * u.memo.length;
    },
  });
  defGetSet(t, "memo", (self) => new UnpicklerMemoProxy(asUnpickler(self)), (self, v) => {
    const u = asUnpickler(self);
    noDelete(v);
    let memo: (PyValue | undefined)[];
    if (v instanceof UnpicklerMemoProxy) {
      memo = v.unpickler.memo.slice();
    } else if (v instanceof PyDict) {
      memo = [];
      for (const [k, value] of v.entries()) {
        if (intValue(k) === undefined) typeError("memo key must be integers");
        const idx = Number(index(k));
        if (idx < 0) raiseError(E.ValueError, "memo key must be positive integers.");
        memo[idx] = value;
      }
    } else {
      typeError(`'memo' attribute must be an UnpicklerMemoProxy object or dict, not ${typeName(v)}`);
    }
    u.memo = memo;
    u.memoLen = memo.filter((x) => x !== undefined).length;
  });
  defGetSet(t, "persistent_load", (self) => {
    const u = asUnpickler(self);
    if (u.persFunc === null) E.attributeError("persistent_load");
    return u.persFunc;
  }, (self, v) => {
    noDelete(v);
    if (!isCallable(v)) typeError("persistent_load must be a callable taking one argument");
    asUnpickler(self).persFunc = v;
  });

  const mp = unpicklerMemoProxyType;
  mp.ns.set("__hash__", None);
  const memoCopy = (m: UnpicklerMemoProxy) => {
    const d = new PyDict();
    m.unpickler.memo.forEach((v, i) => {
      if (v !== undefined) d.set(i, v);
    });
    return d;
  };
  defMethods(mp, {
    clear(args) {
      const u = (args[0] as UnpicklerMemoProxy).unpickler;
      u.memo = [];
      u.memoLen = 0;
      return None;
    },
    copy: (args) => memoCopy(args[0] as UnpicklerMemoProxy),
    __reduce__: (args) => new PyTuple([dictType, new PyTuple([memoCopy(args[0] as UnpicklerMemoProxy)])]),
  });
}

// ---- module functions ------------------------------------------------------------------------

function dumpsImpl(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [obj, protocol, fixImports, bufferCallback] = clinicArgs("dumps", args, kwnames,
    ["obj", "protocol", "fix_imports", "buffer_callback"], 1, 0, 2);
  const p = new PicklerObj(picklerType);
  setProtocol(p, protocol, fixImports);
  setBufferCallback(p, bufferCallback);
  return dumpOnce(p, obj!);
}

function dumpImpl(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [obj, file, protocol, fixImports, bufferCallback] = clinicArgs("dump", args, kwnames,
    ["obj", "file", "protocol", "fix_imports", "buffer_callback"], 2, 0, 3);
  const p = new PicklerObj(picklerType);
  setProtocol(p, protocol, fixImports);
  setOutput(p, file!);
  setBufferCallback(p, bufferCallback);
  call(p.write!, [dumpOnce(p, obj!)]);
  return None;
}

function loadImpl(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [file, fixImports, encoding, errors, buffers] = clinicArgs("load", args, kwnames, UNPICKLER_PARAMS, 1, 0, 1);
  const u = new UnpicklerObj(unpicklerType);
  setInput(u, file!);
  setInputOptions(u, "load", fixImports, encoding, errors, buffers);
  return loadObject(u);
}

function loadsImpl(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [data, fixImports, encoding, errors, buffers] = clinicArgs("loads", args, kwnames,
    ["data", "fix_imports", "encoding", "errors", "buffers"], 1, 1, 1);
  const u = new UnpicklerObj(unpicklerType);
  const d = bufferData(data!);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(data!)}'`);
  u.buf = d;
  setInputOptions(u, "loads", fixImports, encoding, errors, buffers);
  return loadObject(u);
}

let initialized = false;

defineModule("_pickle", (dict) => {
  if (!initialized) {
    initialized = true;
    initPickleBuffer();
    initPickler();
    initUnpickler();
  }
  const PickleError = nativeType("_pickle", "PickleError", E.Exception);
  const PicklingError = nativeType("_pickle", "PicklingError", PickleError);
  const UnpicklingError = nativeType("_pickle", "UnpicklingError", PickleError);
  initState({ PickleError, PicklingError, UnpicklingError }, builtinsDict.getStr("getattr")!);
  dict.set("PickleBuffer", pickleBufferType);
  dict.set("Pickler", picklerType);
  dict.set("Unpickler", unpicklerType);
  dict.set("PickleError", PickleError);
  dict.set("PicklingError", PicklingError);
  dict.set("UnpicklingError", UnpicklingError);
  defFunctions(dict, "_pickle", { dump: dumpImpl, dumps: dumpsImpl, load: loadImpl, loads: loadsImpl });
}, "Optimized C implementation for the Python pickle module.");
