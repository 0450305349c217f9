// What compiled code calls (vm/baseline/compile.ts): the interpreter's instructions as
// functions, with the same inline caches and fast paths as `execute` (vm/eval.ts), so that the
// two tiers behave alike. Compiled code receives this object as `R`.

import {
  newInstanceDict, Bin, binaryOp, compareNumbers, binaryRest, bindDescr, CMP_NAMES, compareRest, DUNDER, call, callDescr, Cmp, contains, getAttr, getItem, getIter, inplaceOp, isInstance, iterNext, PyIter, richCompare, setAttr,
  setItem, callType, truthy, typeHooks, typeName, delItem, unaryOp,
} from "../../objects/abstract";
import { IndexError, newException, PyBaseException, raiseError, SystemError, typeError, ZeroDivisionError } from "../../objects/exceptions";
import { PyDict } from "../../objects/pydict";
import { newKeyError } from "../../objects/pydicttype";
import { TypeFlag } from "../../objects/object";
import {
  dictType, False, floatType, functionType, listType, None, NotImplemented, PyCell, PyFloat, PyFunction, PyInstance, PyList,
  methodDescrType, methodType, PyCode, PyMethod, PyMethodDescr, PyObject, PySlice, PyTuple, PyType, PyValue, True, tupleType, typeOf, typeType,
} from "../../objects/types";
import { plainInstance } from "../../objects/pytype";
import {
  boundExit, classInit, compiledEscape, compiledOf, CompiledFn, compiledRaise, compiledRaiseE, compiledReraise, compiledReraiseE,
  compiledUnwind, compiledUnwindE, enterCompiled, ERR, excMatch, excStack, setPending, takePending, withExceptStart, attrCacheMiss, directCalls, executeForCompiled, floatArith, freeVarError, loadAttrData, loadAttrDict, loadGlobalCached, loadGlobalFill,
  buildConstKeyMap, buildMap, buildString, makeFunction, dictUpdate, formatValue, listExtend,
  generatorThrow, OSR_BACK, resumableAt, resumeInterpreter, takeGeneratorThrow, topFrame, unboundLocal, unpackError, unpackIterable, callExForCompiled,
} from "../eval";
import { Frame, frameEpoch, pooledFrame, releaseFrame, stackOf } from "../frame";
import { AttrCache, AttrKind, CodeCache, GlobalCache, loopEntryHook, loopHook, noShadow, storeDictMiss } from "../icache";
import { evalBreaker, runtime, SendResult } from "../runtime";
import { dropIter, ownIter, stopIterationOf } from "../gen";
import { DIV_BY_ZERO, MOD_BY_ZERO } from "../../objects/intmath";
import { TRUEDIV_BY_ZERO } from "../../objects/intfloat";
import { LIST_INDEX_RANGE, listGetItem, listSetItem } from "../../objects/pylist";
import { TUPLE_INDEX_RANGE, tupleGetItem } from "../../objects/pytuple";
import { strGetItemMethod } from "../../objects/pystr";
import { useTracing } from "../trace";
import { strGetItem } from "../../objects/strcore";

type IC = (AttrCache | GlobalCache | undefined)[];

/** LOAD_ATTR at instruction i. */
function loadAttr(ic: IC, i: number, obj: PyValue, name: string): PyValue {
  if (typeof obj !== "object") return getAttr(obj, name);
  const t = obj.cls;
  let c = ic[i] as AttrCache | undefined;
  if (c === undefined || c.type !== t || c.version !== t.version) c = attrCacheMiss(ic, i, t, name, false);
  switch (c.kind) {
    case AttrKind.MEMBER: {
      const slots = (obj as PyInstance).slots;
      const v = slots !== null && slots !== undefined ? slots[c.pos] : undefined;
      return v !== undefined ? v : getAttr(obj, name);
    }
    case AttrKind.DICT:
      return loadAttrDict(c, obj, name, true);
    case AttrKind.DATA:
      return loadAttrData(c, obj, name);
    default:
      return getAttr(obj, name);
  }
}

/** STORE_ATTR at instruction i. */
function storeAttr(ic: IC, i: number, obj: PyValue, name: string, v: PyValue): void {
  if (typeof obj === "object") {
    const t = obj.cls;
    let c = ic[i] as AttrCache | undefined;
    if (c === undefined || c.type !== t || c.version !== t.version) c = attrCacheMiss(ic, i, t, name, true);
    let dict = obj.dict;
    if (dict === null && c.kind === AttrKind.DICT && (t.flags & TypeFlag.HAS_DICT)) dict = obj.dict = newInstanceDict();
    if (c.kind === AttrKind.DICT && dict !== null) {
      const st = dict.store;
      const p = c.pos;
      if (st.keys[p] === name) st.setValueAt(p, v);
      else storeDictMiss(c, dict, name, v);
      return;
    }
    if (c.kind === AttrKind.MEMBER) {
      const slots = (obj as PyInstance).slots;
      if (slots !== null && slots !== undefined) {
        slots[c.pos] = v;
        return;
      }
    }
  }
  setAttr(obj, name, v);
}

/**
 * LOAD_METHOD at instruction i: returns the first of the two values it pushes (the method, or
 * null) and leaves the second in R.second (self, or the attribute).
 */
function loadMethod(ic: IC, i: number, obj: PyValue, name: string): PyValue | null {
  const t = typeOf(obj);
  let c = ic[i] as AttrCache | undefined;
  if (c === undefined || c.type !== t || c.version !== t.version) c = attrCacheMiss(ic, i, t, name, false);
  if (c.method) {
    if (typeof obj !== "object" || obj.dict === null || noShadow(c, obj.dict, name)) {
      R.second = obj;
      return c.value as PyValue;
    }
  } else if (c.kind === AttrKind.DICT && typeof obj === "object") {
    R.second = loadAttrDict(c, obj, name);
    return null;
  }
  if (c.kind === AttrKind.SLOW && t.lookup("__getattribute__") === typeHooks.objectGetattribute) {
    const d = t.lookup(name);
    if ((d instanceof PyFunction || d instanceof PyMethodDescr) &&
        (typeof obj !== "object" || obj.dict === null || noShadow(c, obj.dict, name))) {
      R.second = obj;
      return d;
    }
  }
  R.second = getAttr(obj, name);
  return null;
}

/**
 * The cache entry of a BINARY_OP or COMPARE_OP whose left operand is an instance of a Python
 * class: the Python function its type's method is, for these two operand types (null: the
 * generic path).
 */
class DunderCache {
  constructor(public ta: PyType, public version: number, public tb: PyType, public tbVersion: number,
              public fn: PyFunction | null) {}
}

/**
 * a.__op__(b) (`name`) for an instance `a` of a Python class whose method is a plain Python
 * function, called as compiled code calls functions: its result (maybe NotImplemented), or
 * undefined when the generic path must do the operation. (When b's type is a proper subclass
 * of a's, b's reflected method may come first: generic.)
 */
function dunderCall(ic: IC, k: number, a: PyObject, b: PyValue, name: string): PyValue | undefined {
  const ta = a.cls;
  const tb = typeOf(b);
  let c = ic[k] as unknown as DunderCache | undefined;
  if (c === undefined || c.ta !== ta || c.version !== ta.version || c.tb !== tb || c.tbVersion !== tb.version) {
    const fa = ta.lookup(name);
    const fn = fa instanceof PyFunction && (ta === tb || !tb.isSubtypeOf(ta)) ? fa : null;
    c = new DunderCache(ta, ta.version, tb, tb.version, fn);
    (ic as unknown[])[k] = c;
  }
  const f = c.fn;
  return f === null ? undefined : callPy2(f, a, b);
}

/**
 * The Python function that is type t's `name` (a BINARY_SUBSCR's __getitem__, a STORE_SUBSCR's
 * __setitem__), cached at instruction k; null when it is anything else.
 */
function typeMethod(ic: IC, k: number, t: PyType, name: string): PyFunction | null {
  let c = ic[k] as unknown as DunderCache | undefined;
  if (c === undefined || c.ta !== t || c.version !== t.version) {
    const f = t.lookup(name);
    c = new DunderCache(t, t.version, t, t.version, f instanceof PyFunction ? f : null);
    (ic as unknown[])[k] = c;
  }
  return c.fn;
}

/**
 * A global's value through the LOAD_GLOBAL cache c (a builtin's through the lookup), or undefined
 * when the name is not bound: LOAD_GLOBAL without its NameError.
 */
function peekGlobal(c: GlobalCache, globals: PyDict, builtins: PyDict, name: string): PyValue | undefined {
  const st = globals.store;
  const p = c.pos;
  if (!c.builtin && p >= 0 && st.keys[p] === name) return st.values[p] as PyValue;
  return loadGlobalFill(c, globals, builtins, name);
}

/** f(a, b) for a Python function, as compiled code calls functions. */
function callPy2(f: PyFunction, a: PyValue, b: PyValue): PyValue {
  const fn = direct(f, 2);
  if (fn === null) return call(f, [a, b], null);
  const frame = frameFor(f, 2);
  const fast = frame.fast;
  fast[0] = a;
  fast[1] = b;
  return enter(fn, frame);
}

/** f(a, b, c) for a Python function, as compiled code calls functions. */
function callPy3(f: PyFunction, a: PyValue, b: PyValue, c: PyValue): PyValue {
  const fn = direct(f, 3);
  if (fn === null) return call(f, [a, b, c], null);
  const frame = frameFor(f, 3);
  const fast = frame.fast;
  fast[0] = a;
  fast[1] = b;
  fast[2] = c;
  return enter(fn, frame);
}

/** ZeroDivisionError's messages for two ints, by operator. */
const INT_ZERO_DIVISION: { [op: number]: string } = {
  [Bin.FLOOR_DIVIDE]: DIV_BY_ZERO,
  [Bin.REMAINDER]: MOD_BY_ZERO,
  [Bin.TRUE_DIVIDE]: TRUEDIV_BY_ZERO,
};

/**
 * BINARY_OP `arg` at instruction k (the compiled code has tried the exact-int fast path of its
 * operator). An int divided by the int 0 raises by return value (ERR).
 */
function binop(ic: IC, k: number, a: PyValue, b: PyValue, arg: number): PyValue {
  const op = arg >= 13 ? arg - 13 : arg;
  let r: PyValue = NotImplemented;
  if (typeof a === "number") {
    if (typeof b === "number") {
      if (b === 0 && (op === Bin.FLOOR_DIVIDE || op === Bin.REMAINDER || op === Bin.TRUE_DIVIDE)) {
        return setPending(newException(ZeroDivisionError, INT_ZERO_DIVISION[op]));
      }
      if (op === Bin.TRUE_DIVIDE) {
        if (b !== 0) return new PyFloat(a / b);
      } else if (op !== Bin.MATRIX_MULTIPLY) {
        return binaryOp(a, b, op);
      }
    } else if (b instanceof PyFloat && b.cls === floatType) {
      r = floatArith(a, b.value, op);
    }
  } else if (a instanceof PyFloat && a.cls === floatType) {
    if (b instanceof PyFloat && b.cls === floatType) r = floatArith(a.value, b.value, op);
    else if (typeof b === "number") r = floatArith(a.value, b, op);
  } else if (arg < 13 && typeof a === "object" && (a.cls.flags & TypeFlag.HEAPTYPE) !== 0) {
    const v = dunderCall(ic, k, a, b, DUNDER[op]);
    if (v !== undefined) return v !== NotImplemented ? v : binaryRest(a, b, op);
  }
  if (r !== NotImplemented) return r;
  return arg >= 13 ? inplaceOp(a, b, arg - 13) : binaryOp(a, b, arg);
}

// BINARY_OP +, -, * and / after the exact-int fast path of the compiled code: exact floats
// (with each other or with a JS-number int) as JS doubles, else the generic binop.

function isFloat(v: PyValue): v is PyFloat {
  return typeof v === "object" && v.cls === floatType;
}

function add(ic: IC, k: number, a: PyValue, b: PyValue, arg: number): PyValue {
  if (isFloat(a)) {
    if (isFloat(b)) return new PyFloat(a.value + b.value);
    if (typeof b === "number") return new PyFloat(a.value + b);
  } else if (typeof a === "number" && isFloat(b)) {
    return new PyFloat(a + b.value);
  }
  return binop(ic, k, a, b, arg);
}

function sub(ic: IC, k: number, a: PyValue, b: PyValue, arg: number): PyValue {
  if (isFloat(a)) {
    if (isFloat(b)) return new PyFloat(a.value - b.value);
    if (typeof b === "number") return new PyFloat(a.value - b);
  } else if (typeof a === "number" && isFloat(b)) {
    return new PyFloat(a - b.value);
  }
  return binop(ic, k, a, b, arg);
}

function mul(ic: IC, k: number, a: PyValue, b: PyValue, arg: number): PyValue {
  if (isFloat(a)) {
    if (isFloat(b)) return new PyFloat(a.value * b.value);
    if (typeof b === "number") return new PyFloat(a.value * b);
  } else if (typeof a === "number" && isFloat(b)) {
    return new PyFloat(a * b.value);
  }
  return binop(ic, k, a, b, arg);
}

function truediv(ic: IC, k: number, a: PyValue, b: PyValue, arg: number): PyValue {
  if (isFloat(a)) {
    if (isFloat(b)) {
      if (b.value !== 0) return new PyFloat(a.value / b.value);
    } else if (typeof b === "number" && b !== 0) {
      return new PyFloat(a.value / b);
    }
  } else if (typeof a === "number" && isFloat(b) && b.value !== 0) {
    return new PyFloat(a / b.value);
  }
  return binop(ic, k, a, b, arg);
}

function numberOf(v: PyValue): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat && v.cls === floatType) return v.value;
  return undefined;
}

/** COMPARE_OP at instruction k (exact ints and floats compare as JS numbers, as in the interpreter). */
function compare(ic: IC, k: number, a: PyValue, b: PyValue, op: Cmp): PyValue {
  const x = numberOf(a);
  if (x !== undefined) {
    const y = numberOf(b);
    if (y !== undefined) return compareNumbers(x, y, op) ? True : False;
  } else if (typeof a === "object" && (a.cls.flags & TypeFlag.HEAPTYPE) !== 0) {
    const v = dunderCall(ic, k, a, b, CMP_NAMES[op]);
    if (v !== undefined) return v !== NotImplemented ? v : compareRest(a, b, op);
  }
  return richCompare(a, b, op);
}

/** COMPARE_OP followed by a conditional jump: the comparison's truth. */
function compareBool(ic: IC, k: number, a: PyValue, b: PyValue, op: Cmp): boolean {
  const r = compare(ic, k, a, b, op);
  return r === True || (r !== False && truthy(r));
}

/**
 * BINARY_SUBSCR at instruction k. A missing key of a dict or an index out of range of a list
 * or tuple is raised by return value (ERR; see setPending).
 */
function subscr(ic: IC, k: number, obj: PyValue, key: PyValue): PyValue {
  const v = builtinItem(obj, key);
  if (v !== undefined) return v;
  if (typeof obj === "object") {
    const oc = obj.cls;
    if ((oc === listType || oc === tupleType) && typeof key === "number") {
      return setPending(newException(IndexError, oc === listType ? LIST_INDEX_RANGE : TUPLE_INDEX_RANGE));
    } else if (oc === dictType) {
      return setPending(newKeyError(key));
    } else if ((oc.flags & TypeFlag.HEAPTYPE) !== 0) {
      const f = typeMethod(ic, k, oc, "__getitem__");
      if (f !== null) return callPy2(f, obj, key);
    }
  }
  return getItem(obj, key);
}

/**
 * obj[key] found without the protocol: an exact list or tuple and an int index in range, a key
 * an exact dict has, an int index of a str (which raises when out of range), a slice of an exact
 * list, tuple or str; undefined for the rest.
 */
export function builtinItem(obj: PyValue, key: PyValue): PyValue | undefined {
  if (typeof obj === "object") {
    const oc = obj.cls;
    if (oc === listType || oc === tupleType) {
      if (typeof key === "number") {
        const items = (obj as PyList).items;
        const i = key < 0 ? key + items.length : key;
        return i >= 0 && i < items.length ? items[i] : undefined;
      }
      // A slice: the type's own __getitem__, without looking it up.
      if (key instanceof PySlice) return oc === listType ? listGetItem([obj, key]) : tupleGetItem([obj, key]);
      return undefined;
    }
    return oc === dictType ? (obj as PyDict).get(key) : undefined;
  }
  if (typeof obj !== "string") return undefined;
  if (typeof key === "number") return strGetItem(obj, key);
  return key instanceof PySlice ? strGetItemMethod([obj, key]) : undefined;
}

/** STORE_SUBSCR at instruction k. */
function storeSubscr(ic: IC, k: number, obj: PyValue, key: PyValue, v: PyValue): void {
  if (typeof obj === "object") {
    const oc = obj.cls;
    if (storeBuiltinItem(obj, key, v)) return;
    if ((oc.flags & TypeFlag.HEAPTYPE) !== 0) {
      const f = typeMethod(ic, k, oc, "__setitem__");
      if (f !== null) {
        callPy3(f, obj, key, v);
        return;
      }
    }
  }
  setItem(obj, key, v);
}

/**
 * obj[key] = v for an exact list and an int index in range or a slice, or an exact dict; false
 * for the rest.
 */
export function storeBuiltinItem(obj: PyValue, key: PyValue, v: PyValue): boolean {
  if (typeof obj !== "object") return false;
  const oc = obj.cls;
  if (oc === listType) {
    if (typeof key === "number") {
      const items = (obj as PyList).items;
      const i = key < 0 ? key + items.length : key;
      if (i < 0 || i >= items.length) return false;
      items[i] = v;
      return true;
    }
    if (!(key instanceof PySlice)) return false;
    listSetItem([obj, key, v]);
    return true;
  }
  if (oc !== dictType) return false;
  (obj as PyDict).set(key, v);
  return true;
}

/** UNPACK_SEQUENCE's items (the compiled code pushes them last first). */
function unpack(seq: PyValue, n: number): readonly PyValue[] {
  const items = typeof seq === "object" && (seq.cls === tupleType || seq.cls === listType)
    ? (seq as PyTuple).items : unpackIterable(seq, n, -1);
  if (items.length !== n) unpackError(items.length, n);
  return items;
}

/**
 * `next(it)` called by compiled code: the end of a native iterator raises StopIteration by
 * return value (ERR), as the builtin would raise it.
 */
function nextCall(it: PyValue): PyValue {
  if (!(it instanceof PyIter)) return call(runtime.nextBuiltin!, [it], null);
  const v = it.next();
  return v !== undefined ? v : setPending(stopIterationOf(it));
}

/** FOR_ITER: the next item, or undefined at the end. */
function next(it: PyValue): PyValue | undefined {
  return it instanceof PyIter && !(it.cls.flags & TypeFlag.HEAPTYPE) ? it.next() : iterNext(it);
}

/** DELETE_SUBSCR: an exact list's item by int index, an exact dict's str or int key, directly. */
function delSubscr(obj: PyValue, key: PyValue): void {
  if (typeof key === "number") {
    if (obj instanceof PyList && obj.cls === listType) {
      const items = obj.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) {
        items.splice(i, 1);
        return;
      }
    } else if (obj instanceof PyDict && obj.cls === dictType && obj.delete(key) !== undefined) {
      return;
    }
  } else if (typeof key === "string" && obj instanceof PyDict && obj.cls === dictType && obj.delete(key) !== undefined) {
    return;
  }
  delItem(obj, key); // everything else, and the errors
}

/**
 * After loopHot: whether the compiled code can go on with the frame where the JIT left it (at
 * the start of one of its blocks, D giving their stack depths; no inlined frame above it, no
 * tracing), rather than the interpreter running the rest of the call.
 */
function reenter(frame: Frame, depths: Int16Array): boolean {
  return topFrame === frame && !useTracing && resumableAt(frame, depths);
}

function unreachable(): never {
  raiseError(SystemError, "baseline: fell through an instruction that never falls through");
}

/**
 * The compiled form of `f` when it is a plain Python function taking exactly `n` positional
 * arguments (the calls compiled code makes directly), else null.
 */
function direct(f: PyValue, n: number): CompiledFn | null {
  if (typeof f !== "object" || f.cls !== functionType) return null;
  const code = (f as PyFunction).code;
  const argc = code.directArgs;
  if (argc < 0) return null;
  if (argc !== n) {
    // Fewer arguments than parameters: the rest from the defaults (frameFor stores them).
    const defaults = (f as PyFunction).defaults;
    if (n > argc || defaults === null || n < argc - defaults.length) return null;
  }
  return compiledOf(code);
}

/**
 * A frame for calling the plain function f with n positional arguments (still to be stored in
 * fast[0..n-1]; the parameters after them get their defaults here, as direct() allowed).
 */
function frameFor(f: PyFunction, n: number): Frame {
  const frame = pooledFrame(f);
  const fast = frame.fast;
  const argc = f.code.argcount;
  if (n < argc) {
    const defaults = f.defaults!;
    const first = argc - defaults.length;
    for (let i = n; i < argc; i++) fast[i] = defaults[i - first];
  }
  const closure = f.closure;
  if (closure !== null) {
    const base = fast.length - closure.length;
    for (let i = 0; i < closure.length; i++) fast[base + i] = closure[i];
  }
  return frame;
}

/**
 * Runs a frame made by frameFor; it is reused later if nothing came to refer to it. errOk: the
 * value goes to compiled code, which takes the callee's exception as ERR (enterCompiled).
 */
function enter(fn: CompiledFn, frame: Frame, errOk = false): PyValue {
  const epoch = frameEpoch;
  const v = enterCompiled(fn, frame, errOk);
  if (epoch === frameEpoch) releaseFrame(frame);
  return v;
}

/** Stores self and the n (up to four) arguments of a method call in the first slots of fast. */
function storeArgs(fast: (PyValue | undefined)[], self: PyValue, n: number, a?: PyValue, b?: PyValue, c?: PyValue,
                   d?: PyValue): void {
  fast[0] = self;
  if (n > 0) fast[1] = a;
  if (n > 1) fast[2] = b;
  if (n > 2) fast[3] = c;
  if (n > 3) fast[4] = d;
}

/**
 * `f(a, b, ...)` (n arguments) where f is a plain class whose __init__ is a Python function
 * (classInit decides, with the CALL's cache entry): the instance made as object.__new__ makes
 * it, __init__ called on it (compiled directly when it can be); or a bound method (methodCall).
 * undefined when f is anything else.
 */
function classCall(ic: IC, k: number, f: PyValue, n: number, a?: PyValue, b?: PyValue, c?: PyValue, d?: PyValue): PyValue | undefined {
  if (typeof f !== "object") return undefined;
  if (f.cls === methodType) return methodCall(f as PyMethod, n, a, b, c, d);
  if (f.cls === methodDescrType) return descrCall(f as PyMethodDescr, n, a, b, c, d);
  if (f.cls !== typeType) return undefined;
  const exact = (f as PyType).exactCall;
  if (exact !== null) {
    const args = n === 0 ? [] : n === 1 ? [a!] : n === 2 ? [a!, b!] : n === 3 ? [a!, b!, c!] : [a!, b!, c!, d!];
    return exact(args) ?? callType(f as PyType, args, null);
  }
  const init = classInit(ic, k, f as PyType);
  if (init === null) return undefined;
  const self = plainInstance(f as PyType);
  const fn = direct(init, n + 1);
  let v: PyValue;
  if (fn !== null) {
    const frame = frameFor(init, n + 1);
    storeArgs(frame.fast, self, n, a, b, c, d);
    v = enter(fn, frame, true);
    if (v === ERR) return ERR;
  } else {
    const args: PyValue[] = [self, a!, b!, c!, d!];
    args.length = n + 1;
    v = call(init, args, null);
  }
  if (v !== None) typeError(`__init__() should return None, not '${typeName(v)}'`);
  return self;
}

/**
 * `d(a, b, ...)` (n arguments) for a native method descriptor (`lst.append(x)` through
 * LOAD_METHOD: a is self): called with its arguments when a is an instance of its owner.
 */
function descrCall(d: PyMethodDescr, n: number, a?: PyValue, b?: PyValue, c?: PyValue, e?: PyValue): PyValue | undefined {
  if (n === 0 || !isInstance(a!, d.owner)) return undefined;
  switch (n) {
    case 1: {
      const u = d.fn.unary;
      return u !== undefined ? u(a!) : d.fn([a!], null);
    }
    case 2: return d.fn([a!, b!], null);
    case 3: return d.fn([a!, b!, c!], null);
    default: return d.fn([a!, b!, c!, e!], null);
  }
}

/**
 * `m(a, b, ...)` (n arguments) for a bound method of a plain Python function taking self and
 * exactly n positional arguments, called as compiled code calls functions; else undefined.
 */
function methodCall(m: PyMethod, n: number, a?: PyValue, b?: PyValue, c?: PyValue, d?: PyValue): PyValue | undefined {
  const f = m.func;
  const fn = direct(f, n + 1);
  if (fn === null) return undefined;
  const frame = frameFor(f as PyFunction, n + 1);
  storeArgs(frame.fast, m.self, n, a, b, c, d);
  return enter(fn, frame, true);
}

// CALL with up to four positional arguments (ic and k: the CALL's cache slot).

function call0(ic: IC, k: number, f: PyValue): PyValue {
  const fn = direct(f, 0);
  if (fn === null) return classCall(ic, k, f, 0) ?? call(f, [], null);
  return enter(fn, frameFor(f as PyFunction, 0), true);
}

function call1(ic: IC, k: number, f: PyValue, a: PyValue): PyValue {
  const fn = direct(f, 1);
  if (fn === null) {
    if (f === runtime.nextBuiltin) return nextCall(a);
    return classCall(ic, k, f, 1, a) ?? call(f, [a], null);
  }
  return enter1(fn, f as PyFunction, a);
}

function call2(ic: IC, k: number, f: PyValue, a: PyValue, b: PyValue): PyValue {
  const fn = direct(f, 2);
  if (fn === null) return classCall(ic, k, f, 2, a, b) ?? call(f, [a, b], null);
  return enter2(fn, f as PyFunction, a, b);
}

function call3(ic: IC, k: number, f: PyValue, a: PyValue, b: PyValue, c: PyValue): PyValue {
  const fn = direct(f, 3);
  if (fn === null) return classCall(ic, k, f, 3, a, b, c) ?? call(f, [a, b, c], null);
  return enter3(fn, f as PyFunction, a, b, c);
}

function call4(ic: IC, k: number, f: PyValue, a: PyValue, b: PyValue, c: PyValue, e: PyValue): PyValue {
  const fn = direct(f, 4);
  if (fn === null) return classCall(ic, k, f, 4, a, b, c, e) ?? call(f, [a, b, c, e], null);
  return enter4(fn, f as PyFunction, a, b, c, e);
}

/** f(a, b, c, d, e): a compiled plain function directly (a method call with four arguments). */
function call5(ic: IC, k: number, f: PyValue, a: PyValue, b: PyValue, c: PyValue, d: PyValue, e: PyValue): PyValue {
  const fn = direct(f, 5);
  return fn === null ? callArgs(f, [a, b, c, d, e]) : enterWith(fn, f as PyFunction, 5, a, b, c, d, e, None);
}

/** f(a, b, c, d, e, g): as call5. */
function call6(ic: IC, k: number, f: PyValue, a: PyValue, b: PyValue, c: PyValue, d: PyValue, e: PyValue, g: PyValue): PyValue {
  const fn = direct(f, 6);
  return fn === null ? callArgs(f, [a, b, c, d, e, g]) : enterWith(fn, f as PyFunction, 6, a, b, c, d, e, g);
}

// The inline call path's entries (compile.ts CALL): fn is f's compiled code, f takes exactly
// the n arguments given (code.directArgs), and directCalls() held.

function enter0(fn: CompiledFn, f: PyFunction): PyValue {
  return enter(fn, frameFor(f, 0), true);
}

function enter1(fn: CompiledFn, f: PyFunction, a: PyValue): PyValue {
  const frame = frameFor(f, 1);
  frame.fast[0] = a;
  return enter(fn, frame, true);
}

function enter2(fn: CompiledFn, f: PyFunction, a: PyValue, b: PyValue): PyValue {
  const frame = frameFor(f, 2);
  const fast = frame.fast;
  fast[0] = a;
  fast[1] = b;
  return enter(fn, frame, true);
}

function enter3(fn: CompiledFn, f: PyFunction, a: PyValue, b: PyValue, c: PyValue): PyValue {
  const frame = frameFor(f, 3);
  const fast = frame.fast;
  fast[0] = a;
  fast[1] = b;
  fast[2] = c;
  return enter(fn, frame, true);
}

function enter4(fn: CompiledFn, f: PyFunction, a: PyValue, b: PyValue, c: PyValue, d: PyValue): PyValue {
  const frame = frameFor(f, 4);
  const fast = frame.fast;
  fast[0] = a;
  fast[1] = b;
  fast[2] = c;
  fast[3] = d;
  return enter(fn, frame, true);
}

function enter5(fn: CompiledFn, f: PyFunction, a: PyValue, b: PyValue, c: PyValue, d: PyValue, e: PyValue): PyValue {
  return enterWith(fn, f, 5, a, b, c, d, e, None);
}

function enter6(fn: CompiledFn, f: PyFunction, a: PyValue, b: PyValue, c: PyValue, d: PyValue, e: PyValue, g: PyValue): PyValue {
  return enterWith(fn, f, 6, a, b, c, d, e, g);
}

/** Enters compiled fn (f's) with its first n (5 or 6) parameters a, b, c, d, e, g. */
function enterWith(fn: CompiledFn, f: PyFunction, n: number, a: PyValue, b: PyValue, c: PyValue, d: PyValue, e: PyValue, g: PyValue): PyValue {
  const frame = frameFor(f, n);
  const fast = frame.fast;
  fast[0] = a;
  fast[1] = b;
  fast[2] = c;
  fast[3] = d;
  fast[4] = e;
  if (n > 5) fast[5] = g;
  return enter(fn, frame, true);
}

/**
 * CALL with more positional arguments than callN takes (`args`: self first for a method
 * called through LOAD_METHOD): a plain compiled function, or a bound method of one, is entered
 * directly; anything else takes the generic call.
 */
function callArgs(f: PyValue, args: PyValue[]): PyValue {
  const n = args.length;
  let fn = direct(f, n);
  if (fn !== null) {
    const frame = frameFor(f as PyFunction, n);
    const fast = frame.fast;
    for (let i = 0; i < n; i++) fast[i] = args[i];
    return enter(fn, frame, true);
  }
  if (typeof f === "object" && f.cls === methodType) {
    const m = f as PyMethod;
    fn = direct(m.func, n + 1);
    if (fn !== null) {
      const frame = frameFor(m.func as PyFunction, n + 1);
      const fast = frame.fast;
      fast[0] = m.self;
      for (let i = 0; i < n; i++) fast[i + 1] = args[i];
      return enter(fn, frame, true);
    }
  }
  return call(f, args, null);
}

/** BEFORE_WITH: returns the bound __exit__ and leaves __enter__()'s value in R.second. */
function beforeWith(mgr: PyValue): PyValue {
  const t = typeOf(mgr);
  const enter = t.lookup("__enter__");
  const exit = t.lookup("__exit__");
  if (enter === undefined) typeError(`'${t.name}' object does not support the context manager protocol`);
  if (exit === undefined) typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  // As the interpreter's BEFORE_WITH: descriptors other than functions bound by their __get__, __enter__ first.
  const boundEnter = enter instanceof PyFunction || enter instanceof PyMethodDescr ? null : bindDescr(enter, mgr, t);
  const bound = boundExit(exit, mgr, t);
  R.second = boundEnter === null ? callDescr(enter, mgr, []) : call(boundEnter, []);
  return bound;
}

/** The helpers compiled code uses, as one object (the generated code's `R`). */
export const R = {
  None: None as PyValue,
  True: True as PyValue,
  False: False as PyValue,
  /** LOAD_METHOD's second value. */
  second: None as PyValue,
  breaker: (): number => evalBreaker,
  tracing: (): boolean => useTracing,
  stack: stackOf,
  service(frame: Frame, pc: number, sp: number): void {
    frame.pc = pc;
    frame.sp = sp;
    runtime.serviceEvalBreaker();
  },
  unbound: unboundLocal,
  freeVar: freeVarError,
  cell: (v: PyValue | undefined): PyCell => new PyCell(v),
  loadGlobal: loadGlobalCached,
  peekGlobal,
  newGlobalCache: (): GlobalCache => new GlobalCache(),
  loadAttr,
  storeAttr,
  loadMethod,
  binop,
  add,
  sub,
  mul,
  truediv,
  compare,
  compareBool,
  truthy,
  contains,
  subscr,
  storeSubscr,
  tuple: (items: PyValue[]): PyTuple => new PyTuple(items),
  list: (items: PyValue[]): PyList => new PyList(items),
  set: (items: PyValue[]): PyValue => runtime.makeSet(items),
  map: buildMap,
  constKeyMap: buildConstKeyMap,
  string: buildString,
  slice: (start: PyValue, stop: PyValue, step: PyValue): PySlice => new PySlice(start, stop, step),
  format: formatValue,
  setAdd: (set: PyValue, v: PyValue): void => runtime.setAdd(set, v),
  setUpdate: (set: PyValue, v: PyValue): void => runtime.setUpdate(set, v),
  listExtend,
  delSubscr,
  makeFunction: (code: PyValue, globals: PyDict, builtins: PyDict, flags: number, extras: PyValue[]): PyValue =>
    makeFunction(code as PyCode, globals, builtins, flags, extras),
  unary: unaryOp,
  dictUpdate: (d: PyDict, v: PyValue): void => dictUpdate(d, v, false, null),
  dictMerge: (d: PyDict, v: PyValue, f: PyValue): void => dictUpdate(d, v, true, f),
  unpack,
  getIter,
  ownIter,
  dropIter,
  next,
  call,
  call0,
  call1,
  enter0,
  enter1,
  enter2,
  enter3,
  enter4,
  enter5,
  enter6,
  directCalls,
  functionType: functionType as PyType,
  call2,
  call3,
  call4,
  call5,
  call6,
  callArgs,
  callEx: callExForCompiled,
  other: executeForCompiled,
  unwind: compiledUnwind,
  raise: compiledRaise,
  reraise: compiledReraise,
  /** Exceptions by return value (eval.ts: setPending). */
  ERR,
  take: takePending,
  unwindE: compiledUnwindE,
  escape: compiledEscape,
  raiseE: compiledRaiseE,
  reraiseE: compiledReraiseE,
  beforeWith,
  excStack,
  excMatch,
  withExceptStart,
  /**
   * A backward jump whose code's loop counter ran out (the frame's state is in frame.stack/sp
   * and frame.pc is the loop header): true when the JIT ran the frame on. (It runs instructions
   * on the frame's own value stack: after an exception out of it, the compiled code's registers
   * are stale, and its handler reloads them from the frame: see compile.ts.)
   */
  loopHot: (frame: Frame, cache: CodeCache, target: number): number => loopHook(frame, cache, target),
  loopEntry: (frame: Frame, cache: CodeCache, target: number): number => loopEntryHook(frame, cache, target),
  reenter,
  /** generator.throw()'s exception for the frame the compiled code goes on with, or null. */
  thrown: (): PyBaseException | null => generatorThrow === null ? null : takeGeneratorThrow(),
  send: (receiver: PyValue, v: PyValue): SendResult => runtime.send(receiver, v),
  /** The rest of the call in the interpreter; BACK when it hands the frame back (see Frame.osrBack). */
  resume: resumeInterpreter,
  BACK: OSR_BACK,
  unreachable,
  typeError,
  /** For the inline paths of compiled code (compile.ts): exact list and tuple, built-in iterators. */
  listType: listType as PyType,
  tupleType: tupleType as PyType,
  PyIter,
};

export type Runtime = typeof R;
