// The builtins module: the builtin functions (print, len, isinstance, ...), the builtin types
// and exceptions by name, and __build_class__.

import { listExtend } from "../objects/pylist";
import {
  call, callDescr, contains, getAttr, getAttrOpt, getIter, hashOf, idOf, index, isinstance, issubclass, iterNext, len, lenInt,
  repr, reprObject, richCompareBool, Cmp, setAttr, delAttr, str, strValue, toArray, truthy, typeName, binaryOp, Bin, intValue,
  isInstance, unaryOp, PyIter, callMethodOpt,
} from "../objects/abstract";
import {
  excTypes, KeyError, newException, PyBaseException, raiseError, StopIteration, typeError, valueError, ValueError,
  AttributeError, OverflowError, TypeError as TypeErrorT,
} from "../objects/exceptions";
import * as I from "../objects/intmath";
import { toString as intToString } from "../objects/intstr";
import { builtinFunction, parseArgs, checkArgs, defNew } from "../objects/native";
import { calculateMeta, superHooks } from "../objects/pytype";
import { genericAliasReduce } from "../objects/genericalias";
import { PyDict } from "../objects/pydict";
import {
  boolType, bytearrayType, bytesType, classmethodType, complexType, dictType, Ellipsis, enumerateType, False,
  filterType, floatType, frozensetType, intType, listType, mapType, memoryviewType, None, NotImplemented, objectType,
  propertyType, PyBuiltinFunction, PyCell, PyFunction, PyList, PyModule, PyObject, PyStrObj, PyTuple, PyType, PyValue,
  rangeType, reversedType, setType, sliceType, staticmethodType, strType, superType, True, tupleType, typeOf, typeType,
  zipType, bool, moduleType, noneType, notImplementedType, ellipsisType, coroutineType,
} from "../objects/types";
import { currentHandled, makeFrame, topFrame } from "../vm/eval";
import { Frame, frameEscapes } from "../vm/frame";
import { runtime } from "../vm/runtime";
import { directCaller, drive, Steps } from "../vm/steps";
import { stdout, stderr, writeTo, isFastText } from "./sysio";
import { stopIterationOf } from "../vm/gen";
import { builtinIter } from "../objects/pyiters";
import { computeMro } from "../objects/object";
import { defMethods } from "../objects/native";
import { StopAsyncIteration, newException as newExc } from "../objects/exceptions";
import { warn } from "./warnings";

// anext(it, default): an awaitable that drives it.__anext__()'s awaitable and turns its
// StopAsyncIteration into the default value.
const anextAwaitableType = new PyType(typeType, "anext_awaitable", [objectType], 0);
anextAwaitableType.mro = computeMro(anextAwaitableType);

class AnextAwaitable extends PyObject {
  inner: PyValue | null = null;
  constructor(public awaitable: PyValue, public dflt: PyValue) {
    super(anextAwaitableType);
  }
  iter(): PyValue {
    if (this.inner !== null) return this.inner;
    const aw = this.awaitable;
    const t = typeOf(aw);
    if (t === coroutineType) this.inner = aw;
    else {
      const f = t.lookup("__await__");
      if (f === undefined) typeError(`'${typeName(aw)}' object is not awaitable`);
      this.inner = callDescr(f, aw, []);
    }
    return this.inner;
  }
  step(fn: () => PyValue): PyValue {
    try {
      return fn();
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, StopAsyncIteration)) {
        const stop = newExc(StopIteration, null);
        stop.args = new PyTuple([this.dflt]);
        (stop.fields ??= {}).value = this.dflt;
        throw stop;
      }
      throw e;
    }
  }
  send(v: PyValue): PyValue {
    return this.step(() => {
      const it = this.iter();
      const sendM = v === None ? undefined : getAttrOpt(it, "send");
      if (sendM !== undefined) return call(sendM, [v]);
      const nx = typeOf(it).lookup("__next__");
      if (nx === undefined) return call(getAttr(it, "send"), [v]);
      return callDescr(nx, it, []);
    });
  }
}

defMethods(anextAwaitableType, {
  __await__: (args) => args[0],
  __iter__: (args) => args[0],
  __next__: (args) => (args[0] as AnextAwaitable).send(None),
  send: (args) => (args[0] as AnextAwaitable).send(args[1]),
  throw: (args) => {
    const a = args[0] as AnextAwaitable;
    return a.step(() => call(getAttr(a.iter(), "throw"), args.slice(1)));
  },
  close: (args) => {
    const a = args[0] as AnextAwaitable;
    const c = getAttrOpt(a.iter(), "close");
    return c === undefined ? None : call(c, []);
  },
});


export const builtinsDict = new PyDict();
export const builtinsModule = new PyModule("builtins", builtinsDict);

function def(name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue): void {
  builtinsDict.set(name, builtinFunction(name, fn));
}

function minmax(name: "min" | "max", args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = args[pos.length + i];
    if (k === "key") key = v;
    else if (k === "default") dflt = v;
    else typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
  if (pos.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
  let items: PyValue[];
  if (pos.length === 1) items = toArray(pos[0]);
  else {
    if (dflt !== undefined) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = pos;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    valueError(`${name}() arg is an empty sequence`);
  }
  const op = name === "min" ? Cmp.LT : Cmp.GT;
  let best = items[0];
  let bestKey = key === None ? best : call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : call(key, [items[i]]);
    if (richCompareBool(k, bestKey, op)) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False) */
function print(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const n = args.length - nkw;
  let sep: PyValue = None;
  let end: PyValue = None;
  let file: PyValue = None;
  let flush: PyValue = False;
  for (let i = 0; i < nkw; i++) {
    const v = args[n + i];
    switch (kwnames![i]) {
      case "sep": sep = v; break;
      case "end": end = v; break;
      case "file": file = v; break;
      case "flush": flush = v; break;
      default: typeError(`'${kwnames![i]}' is an invalid keyword argument for print()`);
    }
  }
  if (sep !== None && strValue(sep) === undefined) typeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (end !== None && strValue(end) === undefined) typeError(`end must be None or a string, not ${typeName(end)}`);
  const sepS = sep === None ? " " : strValue(sep)!;
  const endS = end === None ? "\n" : strValue(end)!;
  if (file === None) file = sysHooks.getStdout();
  if (file === None) return None;
  if (isFastText(file)) {
    let out = "";
    for (let i = 0; i < n; i++) {
      if (i > 0) out += sepS;
      const v = args[i];
      out += typeof v === "string" ? v : str(v);
    }
    out += endS;
    writeTo(file, out);
  } else {
    // CPython writes each piece (separators and end included) with its own write() call.
    const write = getAttr(file, "write");
    for (let i = 0; i < n; i++) {
      if (i > 0) call(write, [sepS]);
      const v = args[i];
      call(write, [typeof v === "string" ? v : str(v)]);
    }
    call(write, [endS]);
  }
  if (truthy(flush)) {
    const f = getAttrOpt(file, "flush");
    if (f !== undefined) call(f, []);
  }
  return None;
}

export const sysHooks = {
  getStdout: (): PyValue => stdout,
  getStderr: (): PyValue => stderr,
  /** builtins.__import__ (vm/import.ts); `args` as it was called with (to run importlib as frames of the caller's loop). */
  importHook: null as unknown as (name: PyValue, globals: PyValue, fromlist: PyValue, level: number, args?: PyValue[]) => PyValue,
  /** sys.breakpointhook as it is now (undefined once deleted). */
  breakpointHook: (): PyValue | undefined => undefined,
};

/**
 * __build_class__(func, name, *bases, metaclass=None, **kwds). Called by Python code directly
 * (a class statement), the class body runs as a frame of the caller's loop (vm/steps.ts).
 */
function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  return drive(buildClassSteps(args, kwnames), directCaller(buildClassFunction, args));
}

let buildClassFunction: PyValue = None;

function* buildClassSteps(args: PyValue[], kwnames: readonly string[] | null): Steps {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) typeError("__build_class__: not enough arguments");
  const func = args[0];
  if (!(func instanceof PyFunction)) typeError("__build_class__: func must be a function");
  const name = strValue(args[1]);
  if (name === undefined) typeError("__build_class__: name is not a string");
  const origBases = args.slice(2, npos);
  let meta: PyValue | null = null;
  const kwds = new PyDict();
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === "metaclass") meta = args[npos + i];
    else kwds.set(kwnames![i], args[npos + i]);
  }
  // PEP 560: __mro_entries__
  const bases: PyValue[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = getAttrOpt(b, "__mro_entries__");
    if (me === undefined) {
      bases.push(b);
      continue;
    }
    const r = call(me, [new PyTuple(origBases)]);
    if (!(r instanceof PyTuple)) typeError("__mro_entries__ must return a tuple");
    bases.push(...r.items);
    changed = true;
  }
  let isClass = false;
  if (meta === null) {
    meta = bases.length === 0 ? typeType : typeOf(bases[0]);
    isClass = true;
  } else if (meta instanceof PyType) isClass = true;
  if (isClass) meta = calculateMeta(meta as PyType, bases);
  const prep = getAttrOpt(meta, "__prepare__");
  const kwArgs: PyValue[] = [];
  const kwNames: string[] = [];
  for (const [k, v] of kwds.entries()) {
    kwNames.push(k as string);
    kwArgs.push(v);
  }
  const ns = prep === undefined ? new PyDict() : call(prep, [name, new PyTuple(bases), ...kwArgs], kwNames.length ? kwNames : null);
  if (typeOf(ns).lookup("__getitem__") === undefined) {
    typeError(`${isClass ? (meta as PyType).name : "<metaclass>"}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  }
  const frame = makeFrame(func, [], null);
  frame.locals = ns;
  const cell = yield frame;
  if (changed) {
    if (ns instanceof PyDict) ns.set("__orig_bases__", new PyTuple(origBases));
    else callMethodOpt(ns, "__setitem__", ["__orig_bases__", new PyTuple(origBases)]);
  }
  const cls = call(meta, [name, new PyTuple(bases), ns, ...kwArgs], kwNames.length ? kwNames : null);
  if (cell instanceof PyCell && cls instanceof PyType) {
    if (cell.value !== cls) {
      if (cell.value === undefined) {
        typeError(`__class__ not set defining '${name}' as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      typeError(`__class__ set to ${repr(cell.value)} defining '${name}' as ${repr(cls)}`);
    }
  }
  return cls;
}

/** Zero-argument super(): __class__ from the caller's cell and its first argument. */
function zeroArgSuper(): [PyType, PyValue] {
  const f = topFrame;
  if (f === null) raiseError(excTypes.RuntimeError, "super(): no current frame");
  const code = f.code;
  if (code.argcount === 0 && !(code.flags & 0x4)) raiseError(excTypes.RuntimeError, "super(): no arguments");
  let first = f.fast[0];
  if (first instanceof PyCell && code.cellvars.includes(code.localsplusnames[0])) first = first.value;
  if (first === undefined) raiseError(excTypes.RuntimeError, "super(): arg[0] deleted");
  const idx = code.localsplusnames.lastIndexOf("__class__");
  if (idx < 0 || idx < code.localsplusnames.length - code.freevars.length) {
    raiseError(excTypes.RuntimeError, "super(): __class__ cell not found");
  }
  const cls = (f.fast[idx] as PyCell).value;
  if (cls === undefined) raiseError(excTypes.RuntimeError, "super(): empty __class__ cell");
  if (!(cls instanceof PyType)) raiseError(excTypes.RuntimeError, "super(): __class__ is not a type (" + typeName(cls) + ")");
  return [cls, first];
}

export function initBuiltins(): void {
  for (const [t, v] of [[noneType, None], [notImplementedType, NotImplemented], [ellipsisType, Ellipsis]] as const) {
    if (t.ns.get("__new__") !== undefined) continue;
    defNew(t, (args, kw) => {
      if (args.length > 1 || (kw !== null && kw.length > 0)) typeError(`${t.name} takes no arguments`);
      return v;
    });
  }
  // NotImplemented is still true in a boolean context, with a DeprecationWarning (NotImplemented_bool).
  defMethods(notImplementedType, {
    __bool__: () => {
      warn("NotImplemented should not be used in a boolean context", excTypes.DeprecationWarning, 1);
      return True;
    },
  });
  superHooks.zeroArgs = zeroArgSuper;
  const types: Record<string, PyType> = {
    object: objectType, type: typeType, int: intType, bool: boolType, float: floatType, complex: complexType,
    str: strType, bytes: bytesType, bytearray: bytearrayType, list: listType, tuple: tupleType, dict: dictType,
    set: setType, frozenset: frozensetType, range: rangeType, slice: sliceType, property: propertyType,
    classmethod: classmethodType, staticmethod: staticmethodType, super: superType, enumerate: enumerateType,
    zip: zipType, map: mapType, filter: filterType, reversed: reversedType, memoryview: memoryviewType,
  };
  for (const [k, t] of Object.entries(types)) builtinsDict.set(k, t);
  for (const [k, t] of Object.entries(excTypes)) builtinsDict.set(k, t);
  builtinsDict.set("EnvironmentError", excTypes.OSError);
  builtinsDict.set("IOError", excTypes.OSError);
  builtinsDict.set("None", None);
  builtinsDict.set("Ellipsis", Ellipsis);
  builtinsDict.set("NotImplemented", NotImplemented);
  builtinsDict.set("True", True);
  builtinsDict.set("False", False);
  builtinsDict.set("__debug__", True);
  builtinsDict.set("__name__", "builtins");
  builtinsDict.set("__doc__", "Built-in functions, types, exceptions, and other objects.");
  void moduleType;

  def("print", print);
  def("__build_class__", buildClass);
  buildClassFunction = builtinsDict.getStr("__build_class__")!;
  def("len", (args, kw) => {
    checkArgs("len", args, kw, 1, 1, 0);
    return lenInt(args[0]);
  });
  def("repr", (args, kw) => {
    checkArgs("repr", args, kw, 1, 1, 0);
    return reprObject(args[0]);
  });
  def("ascii", (args, kw) => {
    checkArgs("ascii", args, kw, 1, 1, 0);
    return runtime.ascii(args[0]);
  });
  def("id", (args, kw) => {
    checkArgs("id", args, kw, 1, 1, 0);
    return idOf(args[0]);
  });
  def("hash", (args, kw) => {
    checkArgs("hash", args, kw, 1, 1, 0);
    return hashOf(args[0]);
  });
  def("isinstance", (args, kw) => {
    checkArgs("isinstance", args, kw, 2, 2, 0);
    return bool(isinstance(args[0], args[1]));
  });
  def("issubclass", (args, kw) => {
    checkArgs("issubclass", args, kw, 2, 2, 0);
    return bool(issubclass(args[0], args[1]));
  });
  def("callable", (args, kw) => {
    checkArgs("callable", args, kw, 1, 1, 0);
    return bool(typeOf(args[0]).lookup("__call__") !== undefined);
  });
  def("getattr", (args, kw) => {
    checkArgs("getattr", args, kw, 2, 3, 0);
    const name = strValue(args[1]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
    if (args.length === 3) {
      try {
        const v = getAttrOpt(args[0], name);
        return v === undefined ? args[2] : v;
      } catch (e) {
        if (e instanceof PyBaseException && isInstance(e, AttributeError)) return args[2];
        throw e;
      }
    }
    return getAttr(args[0], name);
  });
  def("setattr", (args, kw) => {
    checkArgs("setattr", args, kw, 3, 3, 0);
    const name = strValue(args[1]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
    setAttr(args[0], name, args[2]);
    return None;
  });
  def("delattr", (args, kw) => {
    checkArgs("delattr", args, kw, 2, 2, 0);
    const name = strValue(args[1]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
    delAttr(args[0], name);
    return None;
  });
  def("aiter", (args, kw) => {
    checkArgs("aiter", args, kw, 1, 1, 0);
    const f = typeOf(args[0]).lookup("__aiter__");
    if (f === undefined) typeError(`'${typeName(args[0])}' object is not an async iterable`);
    const it = callDescr(f, args[0], []);
    if (typeOf(it).lookup("__anext__") === undefined) {
      typeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
    }
    return it;
  });
  def("anext", (args, kw) => {
    checkArgs("anext", args, kw, 1, 2, 0);
    const f = typeOf(args[0]).lookup("__anext__");
    if (f === undefined) typeError(`'${typeName(args[0])}' object is not an async iterator`);
    const aw = callDescr(f, args[0], []);
    if (args.length === 1) return aw;
    return new AnextAwaitable(aw, args[1]);
  });
  def("hasattr", (args, kw) => {
    checkArgs("hasattr", args, kw, 2, 2, 0);
    const name = strValue(args[1]);
    if (name === undefined) typeError(`attribute name must be string, not '${typeName(args[1])}'`);
    try {
      return bool(getAttrOpt(args[0], name) !== undefined);
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, AttributeError)) return False;
      throw e;
    }
  });
  builtinsDict.set("iter", builtinIter);
  def("next", (args, kw) => {
    checkArgs("next", args, kw, 1, 2, 0);
    const it = args[0];
    if (!(it instanceof PyIter) && typeOf(it).lookup("__next__") === undefined) {
      typeError(`'${typeName(it)}' object is not an iterator`);
    }
    if (args.length === 2) {
      const v = iterNext(it);
      return v === undefined ? args[1] : v;
    }
    if (it instanceof PyIter) {
      const v = it.next();
      if (v === undefined) throw stopIterationOf(it);
      return v;
    }
    return callDescr(typeOf(it).lookup("__next__")!, it, []);
  });
  genericAliasReduce.next = runtime.nextBuiltin = builtinsDict.getStr("next")!;
  genericAliasReduce.iter = builtinIter;

  def("min", (args, kw) => minmax("min", args, kw));
  def("max", (args, kw) => minmax("max", args, kw));
  def("sum", (args, kw) => {
    const [iterable, startArg] = parseArgs("sum", args, kw, ["iterable", "start"], 1, 1);
    let acc: PyValue = startArg ?? 0;
    if (typeof acc === "string") typeError("sum() can't sum strings [use ''.join(seq) instead]");
    const sv = strValue(acc);
    if (sv !== undefined) typeError("sum() can't sum strings [use ''.join(seq) instead]");
    const tn = typeName(acc);
    if (tn === "bytes") typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (tn === "bytearray") typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    const it = getIter(iterable!);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return acc;
      if (typeof acc === "number" && typeof x === "number") {
        const r: number = acc + x;
        if (Number.isSafeInteger(r)) {
          acc = r;
          continue;
        }
      }
      acc = binaryOp(acc, x, Bin.ADD);
    }
  });
  def("abs", (args, kw) => {
    checkArgs("abs", args, kw, 1, 1, 0);
    const v = args[0];
    if (typeof v === "number" || typeof v === "bigint") return I.abs(v);
    const f = typeOf(v).lookup("__abs__");
    if (f === undefined) typeError(`bad operand type for abs(): '${typeName(v)}'`);
    return callDescr(f, v, []);
  });
  def("any", (args, kw) => {
    checkArgs("any", args, kw, 1, 1, 0);
    const it = getIter(args[0]);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return False;
      if (truthy(x)) return True;
    }
  });
  def("all", (args, kw) => {
    checkArgs("all", args, kw, 1, 1, 0);
    const it = getIter(args[0]);
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) return True;
      if (!truthy(x)) return False;
    }
  });
  def("chr", (args, kw) => {
    checkArgs("chr", args, kw, 1, 1, 0);
    if (args[0] instanceof PyObject && typeOf(args[0]) === floatType) typeError("integer argument expected, got float");
    const i = index(args[0]);
    if (typeof i === "bigint") raiseError(OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10ffff) valueError("chr() arg not in range(0x110000)");
    return String.fromCodePoint(i);
  });
  def("ord", (args, kw) => {
    checkArgs("ord", args, kw, 1, 1, 0);
    const v = args[0];
    const s = strValue(v);
    if (s !== undefined) {
      const cp = s.codePointAt(0);
      const n = cp === undefined ? 0 : cp > 0xffff ? (s.length === 2 ? 1 : 2) : s.length;
      if (cp === undefined || n !== 1) typeError(`ord() expected a character, but string of length ${cp === undefined ? 0 : [...s].length} found`);
      return cp;
    }
    const bytesLike = runtime.bytesData(v);
    if (bytesLike !== null) {
      if (bytesLike.length !== 1) typeError(`ord() expected a character, but string of length ${bytesLike.length} found`);
      return bytesLike[0];
    }
    typeError(`ord() expected string of length 1, but ${typeName(v)} found`);
  });
  const based = (name: string, base: number, prefix: string) => def(name, (args, kw) => {
    checkArgs(name, args, kw, 1, 1, 0);
    const i = index(args[0]);
    const neg = I.isNegative(i);
    return (neg ? "-" : "") + prefix + intToString(I.abs(i), base);
  });
  based("bin", 2, "0b");
  based("oct", 8, "0o");
  based("hex", 16, "0x");
  def("divmod", (args, kw) => {
    checkArgs("divmod", args, kw, 2, 2, 0);
    const [a, b] = args;
    if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")) {
      return new PyTuple(I.divmod(a, b));
    }
    return runtime.divmod(a, b);
  });
  def("pow", (args, kw) => {
    const [base, exp, mod] = parseArgs("pow", args, kw, ["base", "exp", "mod"], 2);
    if (mod === undefined || mod === None) return binaryOp(base!, exp!, Bin.POWER);
    return runtime.pow3(base!, exp!, mod);
  });
  def("round", (args, kw) => {
    const [num, nd] = parseArgs("round", args, kw, ["number", "ndigits"], 1);
    const f = typeOf(num!).lookup("__round__");
    if (f === undefined) typeError(`type ${typeName(num!)} doesn't define __round__ method`);
    return nd === undefined || nd === None ? callDescr(f, num!, []) : callDescr(f, num!, [nd]);
  });
  def("format", (args, kw) => {
    checkArgs("format", args, kw, 1, 2, 0);
    const spec = args.length > 1 ? args[1] : "";
    if (strValue(spec) === undefined) typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    return runtime.format(args[0], spec);
  });
  def("sorted", (args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw !== 1) {
      typeError(args.length - nkw === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${args.length - nkw}`);
    }
    const list = new PyList([]);
    listExtend(list, args[0]);
    call(getAttr(list, "sort"), args.slice(1), kw);
    return list;
  });
  def("vars", (args, kw) => {
    checkArgs("vars", args, kw, 0, 1, 0);
    if (args.length === 0) return localsOf(topFrame!);
    const d = getAttrOpt(args[0], "__dict__");
    if (d === undefined) typeError("vars() argument must have __dict__ attribute");
    return d;
  });
  def("dir", (args, kw) => {
    checkArgs("dir", args, kw, 0, 1, 0);
    if (args.length === 0) {
      const l = localsOf(topFrame!);
      const keys = toArray(l);
      const list = new PyList(keys);
      call(getAttr(list, "sort"), []);
      return list;
    }
    const f = typeOf(args[0]).lookup("__dir__");
    const r = f === undefined ? new PyList([]) : callDescr(f, args[0], []);
    const list = new PyList(toArray(r));
    call(getAttr(list, "sort"), []);
    return list;
  });
  def("globals", (args, kw) => {
    checkArgs("globals", args, kw, 0, 0, 0);
    return topFrame!.globals;
  });
  def("locals", (args, kw) => {
    checkArgs("locals", args, kw, 0, 0, 0);
    return localsOf(topFrame!);
  });
  def("exec", (args, kw) => runtime.execEval("exec", args, kw));
  def("eval", (args, kw) => runtime.execEval("eval", args, kw));
  def("compile", (args, kw) => runtime.compileBuiltin(args, kw));
  def("__import__", (args, kw) => {
    const [name, globals, , fromlist, level] = parseArgs("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
    const lv = level === undefined ? 0 : Number(intValue(level) ?? 0);
    return sysHooks.importHook(name!, globals ?? None, fromlist ?? None, lv, args);
  });
  def("input", (args, kw) => runtime.input(args, kw));
  def("open", (args, kw) => runtime.open(args, kw));
  def("breakpoint", (args, kw) => {
    const hook = sysHooks.breakpointHook();
    if (hook === undefined) raiseError(excTypes.RuntimeError, "lost sys.breakpointhook");
    return call(hook, args, kw);
  });
  void contains;
  void KeyError;
  void ValueError;
  void AttributeError;
  void TypeErrorT;
  void isInstance;
  void unaryOp;
  void PyStrObj;
  void PyBuiltinFunction;
  void PyBaseException;
  void currentHandled;
}

/** locals() of a frame: the namespace, or a fresh dict of the fast locals. */
/**
 * A function frame's locals as a dict (frame.f_locals, locals()): one dict per frame, refreshed
 * from the fast locals on each call (CPython's PyFrame_FastToLocals), so that a trace function's
 * changes to it can be copied back (localsToFast).
 */
export function localsOf(f: Frame): PyValue {
  if (f.locals !== null) return f.locals;
  // The dict stays tied to the frame (frameLocals): the frame is not reused.
  frameEscapes();
  let entry = frameLocals.get(f);
  if (entry === undefined) {
    entry = { dict: new PyDict(), stamp: 0 };
    frameLocals.set(f, entry);
  }
  const d = entry.dict;
  entry.stamp = ++localsSyncs;
  const names = f.code.localsplusnames;
  const nfree = f.code.freevars.length;
  for (let i = 0; i < names.length; i++) {
    let v = f.fast[i];
    const isCell = f.code.cellvars.includes(names[i]) || i >= names.length - nfree;
    if (isCell && v instanceof PyCell) v = v.value;
    if (v !== undefined) d.set(names[i], v);
    else if (d.has(names[i])) d.delete(names[i]);
  }
  return d;
}

/** The cached locals dicts of function frames and when each was last refreshed. */
const frameLocals = new WeakMap<Frame, { dict: PyDict; stamp: number }>();
let localsSyncs = 0;

/** A stamp that orders refreshes of function frames' locals dicts. */
export function localsStamp(): number {
  return localsSyncs;
}

/**
 * Copies a function frame's locals dict back into its fast locals (CPython's
 * PyFrame_LocalsToFast with clear=1) when the dict was refreshed after `since`.
 */
export function localsToFast(f: Frame, since: number): void {
  if (f.locals !== null) return;
  const entry = frameLocals.get(f);
  if (entry === undefined || entry.stamp <= since) return;
  const d = entry.dict;
  const names = f.code.localsplusnames;
  const nfree = f.code.freevars.length;
  for (let i = 0; i < names.length; i++) {
    const v = d.get(names[i]);
    const old = f.fast[i];
    const isCell = f.code.cellvars.includes(names[i]) || i >= names.length - nfree;
    if (isCell && old instanceof PyCell) old.value = v;
    else f.fast[i] = v;
  }
}
