// The runtime functions compiled traces call (the `H` object every trace function receives),
// named by the `aux` of call_* operations. The recorder runs the same functions to execute the
// instruction it records, so a residual operation does exactly what it did while recording.
// (The operations backend.ts gives an inline cache, IC_HELPERS, run as their ic* variants in the
// trace: the baseline tier's cached form of the same instruction. The CALLs with one to five
// arguments exist only that way: the recorder runs them with `call`.)
// Each is the interpreter's own behaviour for one instruction (eval.ts), without the fast paths
// the trace already took care of.

import { maskedMul } from "../bytecode/masked";
import {
  Bin, binaryOp, call, Cmp, contains, delItem, getAttr, getItem, getIter, inplaceOp, iterNext, richCompare, setAttr, setItem, truthy,
  unaryOp,
} from "../objects/abstract";
import { binaryRest, compareRest, newInstanceDict, numberHooks } from "../objects/abstract";
import { PyBaseException } from "../objects/exceptions";
import { Frame, frameEpoch, FrameContinuation } from "../vm/frame";
import { AttrCache, noShadow, storeDictMiss } from "../vm/icache";
import { CMP_OP } from "./snapshot";
import { False, floatType, None, NotImplemented, PyCode, PyComplex, PyFloat, PyList, PyObject, PySlice, PyTuple, PyValue, True, typeOf } from "../objects/types";
import { PyDict } from "../objects/pydict";
import { RangeIter } from "../objects/pyiters";
import { evalBreaker } from "../vm/runtime";
import { useTracing } from "../vm/trace";
import {
  buildConstKeyMap, buildMap, buildString, dictUpdate, formatValue, inlinedFrame, linkFrame, listExtend, makeFunction,
  unlinkFrames,
} from "../vm/eval";
import { runtime } from "../vm/runtime";
import { builtinItem, R, storeBuiltinItem } from "../vm/baseline/rt";
import { ERR, takePending } from "../vm/eval";
import { dropIter, ownIterTraced } from "../vm/gen";
import { floatPow } from "../objects/floatpow";
import * as I from "../objects/intmath";
import { objectType, PyFunction, PyMethodDescr, PyType } from "../objects/types";
import { plainInstance } from "../objects/pytype";
import { cpLength, strGetItem } from "../objects/strcore";

function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
}

/** An int result as an unboxed int, or NaN when it is a big int (the trace exits). */
function smallOrNaN(n: I.PyInt): number {
  return typeof n === "number" ? n : NaN;
}

/** A call out of inlined code in a trace: the functions of the inlined frames it needs, and the frames of its last call. */
export class CallSite {
  frames: Frame[] | null = null;
  constructor(readonly funcs: readonly PyFunction[]) {}
}

/**
 * How an exit writes its snapshot back (Emitter.compactExit). Its values come as one array: the
 * loop frame's first (values[0 .. end)), then each inlined frame's. Per value, `slots` says where
 * it goes (a fast slot, or -1 - i for stack[i]) and `how` how it is boxed (EXIT_* flags).
 */
export class ExitDesc {
  constructor(readonly slots: readonly number[], readonly how: readonly number[], readonly end: number,
              readonly sp: number, readonly pc: number, readonly lasti: number,
              readonly frames: readonly ExitFrame[], readonly no: number) {}
}

/** An inlined frame an exit makes: its values are values[start .. end); initSelf, binopA and binopB index values (-1: none). */
export class ExitFrame {
  constructor(readonly func: PyFunction, readonly start: number, readonly end: number, readonly sp: number,
              readonly pc: number, readonly lasti: number, readonly initSelf: number,
              readonly binopA: number, readonly binopB: number, readonly binop: number) {}
}

/** An exit value's boxing: kept as it is, a float, a bool. */
export const EXIT_REF = 0, EXIT_FLOAT = 1, EXIT_BOOL = 2;
/** An exit value that is a placeholder in the loop's first iteration (not written then). */
export const EXIT_LATER = 4;

function exitValue(d: ExitDesc, values: unknown[], i: number): PyValue {
  const h = d.how[i];
  const v = values[i];
  return (h & 3) === EXIT_FLOAT ? new PyFloat(v as number) : (h & 3) === EXIT_BOOL ? (v ? True : False) : v as PyValue;
}

function writeExitValues(fr: Frame, d: ExitDesc, values: unknown[], start: number, end: number, first: boolean): void {
  const fast = fr.fast, stack = fr.stack, slots = d.slots;
  for (let i = start; i < end; i++) {
    if (first && (d.how[i] & EXIT_LATER) !== 0) continue;
    const slot = slots[i];
    if (slot >= 0) fast[slot] = exitValue(d, values, i);
    else stack[-1 - slot] = exitValue(d, values, i);
  }
}

export const HELPERS = {
  PyFloat,
  PyComplex,
  PyObject,
  PyTuple,
  RangeIter,
  floatType,
  typeOf,
  True,
  False,
  None,

  // Residual operations with an inline cache of their own (the backend gives each call op one,
  // IC_HELPERS): the baseline tier's paths, so that a dunder method or a class's __init__ that
  // is a plain Python function is called directly (no argument array, no lookup by name).
  // Those that return a value raise by returning ERR (the exception pending), as for the
  // baseline tier: the trace leaves by a return (RAISED) or throws it; see the backend's call ops.
  ERR,
  takePending,
  icBinaryOp: (ic: unknown[], a: PyValue, b: PyValue, op: number): PyValue => R.binop(ic as never, 0, a, b, op),
  icRichCompare: (ic: unknown[], a: PyValue, b: PyValue, op: number): PyValue => R.compare(ic as never, 0, a, b, op as Cmp),
  icGetAttr: (ic: unknown[], obj: PyValue, name: string): PyValue => R.loadAttr(ic as never, 0, obj, name),
  icSetAttr(ic: unknown[], obj: PyValue, name: string, v: PyValue): void {
    R.storeAttr(ic as never, 0, obj, name, v);
  },
  icGetItem: (ic: unknown[], obj: PyValue, key: PyValue): PyValue => R.subscr(ic as never, 0, obj, key),
  icSetItem(ic: unknown[], obj: PyValue, key: PyValue, v: PyValue): void {
    R.storeSubscr(ic as never, 0, obj, key, v);
  },
  icCall1: (ic: unknown[], f: PyValue, a: PyValue): PyValue => R.call1(ic as never, 0, f, a),
  icCall2: (ic: unknown[], f: PyValue, a: PyValue, b: PyValue): PyValue => R.call2(ic as never, 0, f, a, b),
  icCall3: (ic: unknown[], f: PyValue, a: PyValue, b: PyValue, c: PyValue): PyValue => R.call3(ic as never, 0, f, a, b, c),
  icCall4: (ic: unknown[], f: PyValue, a: PyValue, b: PyValue, c: PyValue, d: PyValue): PyValue =>
    R.call4(ic as never, 0, f, a, b, c, d),
  icCall5: (ic: unknown[], f: PyValue, a: PyValue, b: PyValue, c: PyValue, d: PyValue, e: PyValue): PyValue =>
    R.call5(ic as never, 0, f, a, b, c, d, e),

  binaryOp(a: PyValue, b: PyValue, op: number): PyValue {
    return op >= 13 ? inplaceOp(a, b, (op - 13) as Bin) : binaryOp(a, b, op as Bin);
  },
  richCompare(a: PyValue, b: PyValue, op: number): PyValue {
    return richCompare(a, b, op as Cmp);
  },
  truthy(v: PyValue): boolean {
    return v === True ? true : v === False || v === None ? false : truthy(v);
  },
  contains(container: PyValue, v: PyValue): boolean {
    return contains(container, v);
  },
  getAttr(obj: PyValue, name: string): PyValue {
    return getAttr(obj, name);
  },
  setAttr(obj: PyValue, name: string, v: PyValue): void {
    setAttr(obj, name, v);
  },
  // Subscripts: the exact builtin containers first (as the baseline tier's subscr), then the
  // protocol (a type lookup and a call of the method with an argument array).
  getItem(obj: PyValue, key: PyValue): PyValue {
    return builtinItem(obj, key) ?? getItem(obj, key);
  },
  setItem(obj: PyValue, key: PyValue, v: PyValue): void {
    if (!storeBuiltinItem(obj, key, v)) setItem(obj, key, v);
  },
  // Displays and f-strings (BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_SET, BUILD_STRING,
  // FORMAT_VALUE) and the unpacking instructions, as the interpreter runs them.
  buildMap(...kv: PyValue[]): PyValue {
    return buildMap(kv);
  },
  buildConstKeyMap(keys: PyValue, ...values: PyValue[]): PyValue {
    return buildConstKeyMap(keys as PyTuple, values);
  },
  buildSet(...items: PyValue[]): PyValue {
    return runtime.makeSet(items);
  },
  buildString(...parts: PyValue[]): PyValue {
    return buildString(parts);
  },
  formatValue(v: PyValue, conv: number, spec: PyValue): PyValue {
    return formatValue(v, conv, spec);
  },
  setAdd(set: PyValue, v: PyValue): void {
    runtime.setAdd(set, v);
  },
  listExtend(list: PyValue, v: PyValue): void {
    listExtend(list as PyList, v);
  },
  setUpdate(set: PyValue, v: PyValue): void {
    runtime.setUpdate(set, v);
  },
  dictUpdate(d: PyValue, v: PyValue): void {
    dictUpdate(d as PyDict, v, false, null);
  },
  /** s[i] of a str, or null when i is out of range (the trace exits; the interpreter raises). */
  strItem(s: PyValue, i: number): PyValue | null {
    try {
      return strGetItem(s as string, i);
    } catch {
      return null;
    }
  },
  /** len(s) of a str: its code points. */
  strLen(s: PyValue): number {
    return cpLength(s as string);
  },
  listToTuple(list: PyValue): PyValue {
    return new PyTuple((list as PyList).items);
  },
  /** GET_ITER: a generator the CALL just before made becomes the loop's own (gen.ts ownIter). */
  getIter(v: PyValue): PyValue {
    const it = getIter(v);
    ownIterTraced(it);
    return it;
  },
  /** POP_TOP of what may be a generator a for loop owns: closed then (gen.ts). */
  dropIter,
  /** MAKE_FUNCTION in a frame with these globals and builtins. */
  makeFunction(code: PyValue, globals: PyValue, builtins: PyValue, flags: number, ...extra: PyValue[]): PyValue {
    return makeFunction(code as PyCode, globals as PyDict, builtins as PyDict, flags, extra);
  },
  delItem(obj: PyValue, key: PyValue): void {
    delItem(obj, key);
  },
  newSlice(start: PyValue, stop: PyValue, step: PyValue): PyValue {
    return new PySlice(start, stop, step);
  },
  /** MAP_ADD: a dict comprehension's d[k] = v. */
  mapAdd(d: PyValue, k: PyValue, v: PyValue): void {
    (d as PyDict).set(k, v);
  },
  /** next(it), or null at the end (IR values are never undefined). */
  iterNext(it: PyValue): PyValue | null {
    const v = iterNext(it);
    return v === undefined ? null : v;
  },
  neg(v: PyValue): PyValue {
    return unaryOp(v, "__neg__", "-");
  },
  pos(v: PyValue): PyValue {
    return unaryOp(v, "__pos__", "+");
  },
  invert(v: PyValue): PyValue {
    return unaryOp(v, "__invert__", "~");
  },
  /** CALL: f(*args) with keyword names for the last len(kwnames) arguments. */
  call(f: PyValue, kwnames: readonly string[] | null, ...args: PyValue[]): PyValue {
    return call(f, args, kwnames);
  },
  /** A native method without arguments called on its receiver (an instance of its owner). */
  descrUnary(d: PyValue, self: PyValue): PyValue {
    return (d as PyMethodDescr).fn.unary!(self);
  },
  buildList(...items: PyValue[]): PyValue {
    return new PyList(items);
  },
  listAppend(list: PyValue, v: PyValue): void {
    (list as PyList).items.push(v);
  },
  newTuple(...items: PyValue[]): PyValue {
    return new PyTuple(items);
  },
  /**
   * The interpreter must get control back at the next loop header: the eval breaker is set
   * (Ctrl-C, a signal, another green thread waiting, a timer) or a trace/profile function is on.
   */
  /** Iterations the trace ran in its last entry, set when it exits (see the driver's short loops). */
  iters: 0,
  /**
   * Writes an exit's values back to the frame as its ExitDesc says and returns the exit's number
   * for the driver (doubled, plus one in the first iteration). One call instead of a statement
   * per value keeps the trace function small (V8 optimizes only functions of bounded size, and
   * a large one costs at every entry).
   */
  leave(frame: Frame, d: ExitDesc, first: boolean, it: number, values: unknown[]): number {
    writeExitValues(frame, d, values, 0, d.end, first);
    frame.sp = d.sp;
    frame.pc = d.pc;
    frame.lasti = d.lasti;
    // Inlined frames, linked above the loop's frame as CALL would (the interpreter goes on in the innermost).
    let caller = frame;
    for (const f of d.frames) {
      const fr = inlinedFrame(f.func, caller);
      writeExitValues(fr, d, values, f.start, f.end, first);
      fr.sp = f.sp;
      fr.pc = f.pc;
      fr.lasti = f.lasti;
      if (f.initSelf >= 0) fr.initSelf = exitValue(d, values, f.initSelf);
      if (f.binopA >= 0) fr.cont = HELPERS.binopRest(exitValue(d, values, f.binopA), exitValue(d, values, f.binopB), f.binop);
      caller = fr;
    }
    HELPERS.iters = it;
    return d.no * 2 + (first ? 1 : 0);
  },
  interrupted(): boolean {
    return evalBreaker !== 0 || useTracing;
  },

  /**
   * The continuation of a rebuilt frame of an operator's method (an inlined `a.__op__(b)`; `op`
   * is BINARY_OP's arg, or CMP_OP + cmp): a NotImplemented it returns goes on with b's reflected
   * method, or the fallback (TypeError, identity for ==).
   */
  binopRest(a: PyValue, b: PyValue, op: number): FrameContinuation {
    return {
      resume: (v: PyValue) => (v !== NotImplemented ? v : op >= CMP_OP ? compareRest(a, b, (op - CMP_OP) as Cmp) : binaryRest(a, b, op as Bin)),
      unwind: (e: PyBaseException) => e,
    };
  },

  /** Runs an inner loop's compiled trace on the frame (set by driver.ts). */
  runLoop: null as unknown as (frame: unknown, ls: unknown) => number,
  inlinedFrame,
  // A call out of inlined code runs with the inlined frames made and linked (inlinedFrame); they
  // are unlinked after it. When a frame may be referred to since (frameEpoch changed), the trace
  // leaves with those same frames linked again (guard_not_forced).
  linkFrame,
  epoch: (): number => frameEpoch,
  /** The frames for a call out of inlined code at `site`, linked above `frame`: the site's own, or new ones. */
  siteFrames(site: CallSite, frame: Frame): Frame[] {
    const fs = site.frames;
    site.frames = null;
    let caller = frame;
    if (fs === null) return site.funcs.map((f) => (caller = inlinedFrame(f, caller)));
    for (const f of fs) {
      linkFrame(caller, f);
      caller = f;
    }
    return fs;
  },
  /**
   * After the call out of `site` returned: its frames are unlinked; they go back to the site,
   * emptied, unless one may be referred to (frameEpoch is no longer `epoch`: guard_not_forced).
   */
  siteDone(site: CallSite, fs: Frame[], frame: Frame, epoch: number): void {
    unlinkFrames(frame, fs.length);
    if (frameEpoch !== epoch) return;
    for (const f of fs) {
      f.fast.fill(undefined);
      f.stack.fill(null);
      f.back = null;
    }
    site.frames = fs;
  },

  // Pure helpers on unboxed values (call_pure_*).
  intFloorDiv(a: number, b: number): number {
    // a - t (t: JS's remainder, of a's sign) is a multiple of b no larger than a: exact, and so is
    // its quotient; one less when the remainder's sign is not b's. (a - pyMod(a, b) can pass
    // 2**53 and round.) + 0: never -0.
    const t = a % b;
    const q = (a - t) / b;
    return t !== 0 && (t < 0) !== (b < 0) ? q - 1 : q + 0;
  },
  intMod: pyMod,
  // Bitwise operators on safe ints (intmath's, without allocation for these): NaN when the
  // result is not a safe int (-2**53 for and/or/xor; a << b past 2**53).
  intAnd: (a: number, b: number): number => smallOrNaN(I.and(a, b)),
  intOr: (a: number, b: number): number => smallOrNaN(I.or(a, b)),
  intXor: (a: number, b: number): number => smallOrNaN(I.xor(a, b)),
  /** a >> b for b >= 0. */
  intRshift: (a: number, b: number): number => I.rshift(a, b) as number,
  /** a << b for b >= 0, or NaN when that is not a safe int. */
  intLshift(a: number, b: number): number {
    if (a === 0) return 0;
    const r = b < 53 ? a * I.pow2(b) : NaN;
    return Number.isSafeInteger(r) ? r : NaN;
  },
  /** `(a * b + c) & m` on ints (bytecode/masked.ts). */
  maskedMul,
  floatFloorDiv(a: number, b: number): number {
    return (numberHooks.floatBinary(a, b, Bin.FLOOR_DIVIDE) as PyFloat).value;
  },
  /** abs() of a safe int or a float (unboxed: the result is of the same kind). */
  abs(a: number): number {
    return Math.abs(a);
  },
  floatMod(a: number, b: number): number {
    return (numberHooks.floatBinary(a, b, Bin.REMAINDER) as PyFloat).value;
  },
  /** A new instance of a plain class, as object.__new__ makes it (new_instance). */
  newInstance(cls: PyType): PyValue {
    return objectType.nativeNew!(cls, [], null);
  },
  /** An instance the trace did not make (a virtual, backend.ts), made at an exit: its slot values. */
  virtualInstance(cls: PyType, slots: (PyValue | undefined)[]): PyValue {
    const inst = plainInstance(cls);
    const to = inst.slots!;
    for (let i = 0; i < slots.length; i++) to[i] = slots[i];
    return inst;
  },
  /**
   * Adds a name to an instance's dict, making the dict if needed (adddictattr); `c` (the op's
   * own cache) remembers the shape transition, as STORE_ATTR's cache does.
   */
  addDictAttr(c: AttrCache, obj: PyObject, name: string, v: PyValue): void {
    if (obj.dict === null) obj.dict = newInstanceDict();
    storeDictMiss(c, obj.dict, name, v);
  },
  /** Whether the instance dict `d` has no entry `name` (guard_nodictattr; `c` remembers a shape without it). */
  noShadow,
  /** x ** y as float_pow computes it, or undefined when that is not a float (the trace exits). */
  floatPowOrExit(x: number, y: number): number | undefined {
    try {
      return floatPow(x, y) ?? undefined;
    } catch {
      return undefined;
    }
  },
};

export type HelperName = keyof typeof HELPERS;
