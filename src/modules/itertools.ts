// itertools: the iterator building blocks (CPython's Modules/itertoolsmodule.c, 3.11).
//
// Every type is a PyIter subclass whose next() returns undefined at the end. Items are pulled
// from the inputs exactly when CPython pulls them (a program that prints from its iterators
// sees the same order), and __reduce__/__setstate__ give the state tuples CPython 3.11 gives
// (copy and pickle use them). Argument errors follow the C code: Argument Clinic messages for
// the clinic-converted types, PyArg_UnpackTuple ones for chain/islice/tee.

import {
  binaryOp, Bin, call, callMethod, Cmp, genericAliasHooks, getIter, index, intValue, iterNext, PyIter, repr,
  richCompareBool, truthy, typeName,
} from "../objects/abstract";
import {
  OverflowError, PyBaseException, raiseError, RuntimeError, StopIteration, typeError, ValueError,
} from "../objects/exceptions";
import { checkArgs, clinicArgs, defClassMethod, defMethods, defNew } from "../objects/native";
import { builtinIter } from "../objects/pyiters";
import { PyDict } from "../objects/pydict";
import { emptyTuple } from "../objects/pytuple";
import {
  boolType, complexType, False, floatType, None, objectType, PyComplex, PyFloat, PyList, PyTuple, PyType, PyValue, True,
  tupleType, typeOf,
} from "../objects/types";
import { defineModule, defFunctions, nativeType } from "./registry";

const MOD = "itertools";

type Args = PyValue[];
type Kw = readonly string[] | null;

function nkwOf(kwnames: Kw): number {
  return kwnames === null ? 0 : kwnames.length;
}

/**
 * `_PyArg_NoKeywords` as the C constructors apply it: only when the class is the type itself
 * or a subclass that does not define its own __init__ (one that does may take keywords).
 */
function noKwNew(cls: PyType, own: PyType, name: string, kwnames: Kw): void {
  if (kwnames === null || kwnames.length === 0) return;
  if (cls === own || cls.lookup("__init__") === objectType.ns.get("__init__")) {
    typeError(`${name}() takes no keyword arguments`);
  }
}

/** The positional arguments of a constructor call (args[0] is the class). */
function positional(args: Args, kwnames: Kw): Args {
  return args.slice(1, args.length - nkwOf(kwnames));
}


/** _PyArg_CheckPositional: `name expected N arguments, got M`. */
function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n >= min && n <= max) return;
  const pl = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  if (min === max) typeError(`${name} expected ${pl(min)}, got ${n}`);
  if (n < min) typeError(`${name} expected at least ${pl(min)}, got ${n}`);
  typeError(`${name} expected at most ${pl(max)}, got ${n}`);
}

/** A C `Py_ssize_t` from an int-like (PyNumber_AsSsize_t with OverflowError). */
function ssize(v: PyValue): number {
  const i = index(v);
  if (typeof i === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

/** PyLong_AsSsize_t: an int only (no __index__), as __setstate__ methods take it. */
function stateInt(v: PyValue): number {
  const i = intValue(v);
  if (i === undefined) typeError("an integer is required");
  if (typeof i === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

function tuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}

function stateTuple(state: PyValue, min: number, max: number, what = "state is not a tuple"): readonly PyValue[] {
  if (!(state instanceof PyTuple)) typeError(what);
  const n = state.items.length;
  if (n < min || n > max) {
    if (min === max) typeError(`function takes exactly ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
    if (n < min) typeError(`function takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`);
    typeError(`function takes at most ${max} argument${max === 1 ? "" : "s"} (${n} given)`);
  }
  return state.items;
}

function iterSelf(args: Args): PyValue {
  return args[0];
}

function iterNextMethod(args: Args): PyValue {
  const v = (args[0] as PyIter).next();
  if (v === undefined) raiseError(StopIteration);
  return v;
}


type Methods = Record<string, (args: Args, kwnames: Kw) => PyValue>;

function defIterator(t: PyType, extra: Methods): void {
  defMethods(t, { __iter__: iterSelf, __next__: iterNextMethod, ...extra });
}

/** Bound-check helper for methods: `name` takes exactly n arguments besides self. */
function argsN(name: string, args: Args, kwnames: Kw, n: number): void {
  checkArgs(name, args, kwnames, n, n);
}

// ---- count ------------------------------------------------------------------------------------

/** True for what PyNumber_Check accepts: int, float, complex, or a type with __index__/__int__/__float__. */
function isNumber(v: PyValue): boolean {
  if (intValue(v) !== undefined || v instanceof PyFloat || v instanceof PyComplex) return true;
  const t = typeOf(v);
  return t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined || t.lookup("__float__") !== undefined ||
    t.isSubtypeOf(complexType) || t.isSubtypeOf(floatType);
}

/** step is an int equal to 1 (CPython's test for the short repr and reduce). */
function isIntOne(v: PyValue): boolean {
  const i = intValue(v);
  return i === 1;
}

/**
 * CPython keeps an int count that fits in a C ssize_t with step 1 as a C integer ("fast mode");
 * that mode shows in __reduce__ (the step is left out) and ends at sys.maxsize.
 */
class CountIter extends PyIter {
  cnt: PyValue;
  step: PyValue;
  constructor(cls: PyType, cnt: PyValue, step: PyValue) {
    super(cls);
    this.cnt = cnt;
    this.step = step;
  }
  fastMode(): boolean {
    const c = this.cnt;
    return this.step === 1 && (typeof c === "number" || (typeof c === "bigint" && c < INT64_MAX));
  }
  next(): PyValue {
    const r = this.cnt;
    this.cnt = typeof r === "number" && this.step === 1 && r < Number.MAX_SAFE_INTEGER ? r + 1 : binaryOp(r, this.step, Bin.ADD);
    return r;
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function countNew(args: Args, kwnames: Kw): PyValue {
  const cls = args[0] as PyType;
  const [start, step] = clinicArgs("count", args.slice(1), kwnames, ["start", "step"], 0);
  if ((start !== undefined && !isNumber(start)) || (step !== undefined && !isNumber(step))) typeError("a number is required");
  let cnt: PyValue = start === undefined ? 0 : start;
  const st: PyValue = step === undefined ? 1 : step;
  // CPython's "fast mode": an int start that fits in a C ssize_t with step 1 is kept as a
  // plain C integer, so count(True) counts 1, 2, ... as ints.
  const ci = intValue(cnt);
  if (ci !== undefined && isIntOne(st) && (typeof ci === "number" || (ci >= INT64_MIN && ci < INT64_MAX))) {
    return new CountIter(cls, ci, 1);
  }
  return new CountIter(cls, cnt, st);
}

// ---- cycle ------------------------------------------------------------------------------------

class CycleIter extends PyIter {
  it: PyValue | null;
  saved: PyList;
  index: number;
  firstpass: boolean;
  constructor(cls: PyType, it: PyValue) {
    super(cls);
    this.it = it;
    this.saved = new PyList([]);
    this.index = 0;
    this.firstpass = false;
  }
  next(): PyValue | undefined {
    if (this.it !== null) {
      const x = iterNext(this.it);
      if (x !== undefined) {
        if (!this.firstpass) this.saved.items.push(x);
        return x;
      }
      this.it = null;
    }
    const items = this.saved.items;
    if (items.length === 0) return undefined;
    if (this.index >= items.length) this.index = 0;
    const x = items[this.index++];
    if (this.index >= items.length) this.index = 0;
    return x;
  }
}

// ---- repeat -----------------------------------------------------------------------------------

class RepeatIter extends PyIter {
  element: PyValue;
  /** Items left, or -1 for forever. */
  cnt: number;
  constructor(cls: PyType, element: PyValue, cnt: number) {
    super(cls);
    this.element = element;
    this.cnt = cnt;
  }
  next(): PyValue | undefined {
    if (this.cnt === 0) return undefined;
    if (this.cnt > 0) this.cnt--;
    return this.element;
  }
}

// ---- accumulate -------------------------------------------------------------------------------

class AccumulateIter extends PyIter {
  it: PyValue;
  func: PyValue;
  total: PyValue | undefined;
  initial: PyValue | undefined;
  constructor(cls: PyType, it: PyValue, func: PyValue, initial: PyValue | undefined) {
    super(cls);
    this.it = it;
    this.func = func;
    this.total = undefined;
    this.initial = initial;
  }
  next(): PyValue | undefined {
    if (this.initial !== undefined) {
      this.total = this.initial;
      this.initial = undefined;
      return this.total;
    }
    const v = iterNext(this.it);
    if (v === undefined) return undefined;
    if (this.total === undefined) this.total = v;
    else if (this.func === None) this.total = binaryOp(this.total, v, Bin.ADD);
    else this.total = call(this.func, [this.total, v]);
    return this.total;
  }
}

// ---- chain ------------------------------------------------------------------------------------

class ChainIter extends PyIter {
  source: PyValue | null;
  active: PyValue | null;
  constructor(cls: PyType, source: PyValue | null) {
    super(cls);
    this.source = source;
    this.active = null;
  }
  next(): PyValue | undefined {
    while (this.source !== null) {
      if (this.active === null) {
        const iterable = iterNext(this.source);
        if (iterable === undefined) {
          this.source = null;
          return undefined;
        }
        this.active = getIter(iterable);
      }
      const x = iterNext(this.active);
      if (x !== undefined) return x;
      this.active = null;
    }
    return undefined;
  }
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ---------------------------------------

class CompressIter extends PyIter {
  constructor(cls: PyType, public data: PyValue, public selectors: PyValue) {
    super(cls);
  }
  next(): PyValue | undefined {
    for (;;) {
      const d = iterNext(this.data);
      if (d === undefined) return undefined;
      const s = iterNext(this.selectors);
      if (s === undefined) return undefined;
      if (truthy(s)) return d;
    }
  }
}

class DropwhileIter extends PyIter {
  constructor(cls: PyType, public func: PyValue, public it: PyValue, public start: boolean) {
    super(cls);
  }
  next(): PyValue | undefined {
    for (;;) {
      const x = iterNext(this.it);
      if (x === undefined) return undefined;
      if (this.start) return x;
      if (!truthy(call(this.func, [x]))) {
        this.start = true;
        return x;
      }
    }
  }
}

class TakewhileIter extends PyIter {
  constructor(cls: PyType, public func: PyValue, public it: PyValue, public stop: boolean) {
    super(cls);
  }
  next(): PyValue | undefined {
    if (this.stop) return undefined;
    const x = iterNext(this.it);
    if (x === undefined) return undefined;
    if (truthy(call(this.func, [x]))) return x;
    this.stop = true;
    return undefined;
  }
}

class FilterfalseIter extends PyIter {
  constructor(cls: PyType, public func: PyValue, public it: PyValue) {
    super(cls);
  }
  next(): PyValue | undefined {
    const f = this.func;
    const plain = f === None || f === boolType;
    for (;;) {
      const x = iterNext(this.it);
      if (x === undefined) return undefined;
      if (!(plain ? truthy(x) : truthy(call(f, [x])))) return x;
    }
  }
}

class StarmapIter extends PyIter {
  constructor(cls: PyType, public func: PyValue, public it: PyValue) {
    super(cls);
  }
  next(): PyValue | undefined {
    const a = iterNext(this.it);
    if (a === undefined) return undefined;
    const items = a instanceof PyTuple ? a.items.slice() : toArrayIter(a);
    return call(this.func, items);
  }
}

function toArrayIter(v: PyValue): PyValue[] {
  const it = getIter(v);
  const out: PyValue[] = [];
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

// ---- groupby, _grouper ------------------------------------------------------------------------

class GroupbyIter extends PyIter {
  it: PyValue;
  keyfunc: PyValue;
  tgtkey: PyValue | undefined;
  currkey: PyValue | undefined;
  currvalue: PyValue | undefined;
  currgrouper: GrouperIter | null;
  constructor(cls: PyType, it: PyValue, keyfunc: PyValue) {
    super(cls);
    this.it = it;
    this.keyfunc = keyfunc;
    this.tgtkey = undefined;
    this.currkey = undefined;
    this.currvalue = undefined;
    this.currgrouper = null;
  }
  /** Pulls the next value and its key; false at the end. */
  step(): boolean {
    const v = iterNext(this.it);
    if (v === undefined) return false;
    const k = this.keyfunc === None ? v : call(this.keyfunc, [v]);
    this.currvalue = v;
    this.currkey = k;
    return true;
  }
  next(): PyValue | undefined {
    this.currgrouper = null;
    // Skip to the next group: past the values whose key equals the current group's.
    for (;;) {
      if (this.currkey !== undefined) {
        if (this.tgtkey === undefined) break;
        if (!richCompareBool(this.tgtkey, this.currkey, Cmp.EQ)) break;
      }
      if (!this.step()) return undefined;
    }
    this.tgtkey = this.currkey;
    return new PyTuple([this.currkey!, newGrouper(grouperType, this, this.tgtkey!)]);
  }
}

class GrouperIter extends PyIter {
  constructor(cls: PyType, public parent: GroupbyIter, public tgtkey: PyValue) {
    super(cls);
  }
  next(): PyValue | undefined {
    const p = this.parent;
    if (p.currgrouper !== this) return undefined;
    if (p.currvalue === undefined && !p.step()) return undefined;
    if (!richCompareBool(this.tgtkey, p.currkey!, Cmp.EQ)) return undefined;
    const r = p.currvalue!;
    p.currvalue = undefined;
    return r;
  }
}

function newGrouper(cls: PyType, parent: GroupbyIter, tgtkey: PyValue): GrouperIter {
  const g = new GrouperIter(cls, parent, tgtkey);
  parent.currgrouper = g;
  return g;
}

// ---- islice -----------------------------------------------------------------------------------

class IsliceIter extends PyIter {
  it: PyValue | null;
  nextIndex: number;
  /** -1 for None (no stop). */
  stop: number;
  step: number;
  cnt: number;
  constructor(cls: PyType, it: PyValue, start: number, stop: number, step: number) {
    super(cls);
    this.it = it;
    this.nextIndex = start;
    this.stop = stop;
    this.step = step;
    this.cnt = 0;
  }
  next(): PyValue | undefined {
    const it = this.it;
    if (it === null) return undefined;
    const stop = this.stop;
    while (this.cnt < this.nextIndex) {
      if (iterNext(it) === undefined) return this.empty();
      this.cnt++;
    }
    if (stop !== -1 && this.cnt >= stop) return this.empty();
    const x = iterNext(it);
    if (x === undefined) return this.empty();
    this.cnt++;
    const old = this.nextIndex;
    this.nextIndex += this.step;
    if (this.nextIndex < old || this.nextIndex > Number.MAX_SAFE_INTEGER || (stop !== -1 && this.nextIndex > stop)) {
      this.nextIndex = stop;
    }
    return x;
  }
  private empty(): undefined {
    this.it = null;
    return undefined;
  }
}

const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MSG = "Step for islice() must be a positive integer or None.";

function isliceNew(args: Args, kwnames: Kw): PyValue {
  const cls = args[0] as PyType;
  noKwNew(cls, isliceType, "islice", kwnames);
  const a = positional(args, kwnames);
  checkPositional("islice", a.length, 2, 4);
  const seq = a[0];
  let start = 0;
  let stop = -1;
  let step = 1;
  if (a.length === 2) {
    if (a[1] !== None) {
      stop = convertBound(a[1]);
      if (stop < 0) raiseError(ValueError, STOP_MSG);
    }
  } else {
    if (a[1] !== None) start = convertBound(a[1]);
    if (a[2] !== None) {
      stop = convertBound(a[2]);
      if (stop < 0) raiseError(ValueError, STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) raiseError(ValueError, INDEX_MSG);
  if (a.length === 4 && a[3] !== None) {
    step = convertBound(a[3]);
    if (step > Number.MAX_SAFE_INTEGER) step = Number.MAX_SAFE_INTEGER;
  }
  if (step < 1) raiseError(ValueError, STEP_MSG);
  return new IsliceIter(cls, getIter(seq), start, stop, step);
}

/**
 * PyNumber_AsSsize_t(v, OverflowError) with the error cleared: -1 when v is not an int-like or
 * does not fit (the callers then raise their ValueError). Big positive steps clamp (the C code
 * converts the step without an overflow error).
 */
function convertBound(v: PyValue): number {
  try {
    const i = index(v);
    if (typeof i === "bigint") {
      // Within Py_ssize_t a large bound means "no limit" (sys.maxsize); beyond it is an error.
      return i < 2n ** 63n && i > 0n ? Number.MAX_SAFE_INTEGER : -1;
    }
    return i;
  } catch (e) {
    if (e instanceof PyBaseException) return -1;
    throw e;
  }
}


// ---- pairwise ---------------------------------------------------------------------------------

class PairwiseIter extends PyIter {
  it: PyValue | null;
  old: PyValue | undefined;
  constructor(cls: PyType, it: PyValue) {
    super(cls);
    this.it = it;
    this.old = undefined;
  }
  next(): PyValue | undefined {
    const it = this.it;
    if (it === null) return undefined;
    if (this.old === undefined) {
      this.old = iterNext(it);
      if (this.old === undefined) {
        this.it = null;
        return undefined;
      }
    }
    const nw = iterNext(it);
    if (nw === undefined) {
      this.it = null;
      this.old = undefined;
      return undefined;
    }
    const r = new PyTuple([this.old, nw]);
    this.old = nw;
    return r;
  }
}

// ---- tee --------------------------------------------------------------------------------------

/** Values per link of a tee's shared buffer (CPython's LINKCELLS). */
const LINKCELLS = 57;

class TeeDataObject extends PyIter {
  it: PyValue;
  values: PyValue[];
  nextlink: TeeDataObject | null;
  running: boolean;
  constructor(it: PyValue) {
    super(teeDataType);
    this.it = it;
    this.values = [];
    this.nextlink = null;
    this.running = false;
  }
  next(): undefined {
    return undefined;
  }
  jumplink(): TeeDataObject {
    if (this.nextlink === null) this.nextlink = new TeeDataObject(this.it);
    return this.nextlink;
  }
  getItem(i: number): PyValue | undefined {
    if (i < this.values.length) return this.values[i];
    if (this.running) raiseError(RuntimeError, "cannot re-enter the tee iterator");
    this.running = true;
    let v;
    try {
      v = iterNext(this.it);
    } finally {
      this.running = false;
    }
    if (v === undefined) return undefined;
    this.values.push(v);
    return v;
  }
}

class TeeIter extends PyIter {
  constructor(public dataobj: TeeDataObject, public index: number) {
    super(teeType);
  }
  next(): PyValue | undefined {
    if (this.index >= LINKCELLS) {
      this.dataobj = this.dataobj.jumplink();
      this.index = 0;
    }
    const v = this.dataobj.getItem(this.index);
    if (v === undefined) return undefined;
    this.index++;
    return v;
  }
}

function teeFromIterable(iterable: PyValue): TeeIter {
  const it = getIter(iterable);
  if (it instanceof TeeIter) return new TeeIter(it.dataobj, it.index);
  return new TeeIter(new TeeDataObject(it), 0);
}

function tee(args: Args, kwnames: Kw): PyValue {
  if (kwnames !== null && kwnames.length > 0) typeError("itertools.tee() takes no keyword arguments");
  checkPositional("tee", args.length, 1, 2);
  const n = args.length > 1 ? ssize(args[1]) : 2;
  if (n < 0) raiseError(ValueError, "n must be >= 0");
  if (n === 0) return emptyTuple;
  const it = getIter(args[0]);
  let copyable: PyValue;
  const copyMeth = typeOf(it).lookup("__copy__");
  if (copyMeth !== undefined) copyable = it;
  else copyable = teeFromIterable(it);
  const out: PyValue[] = [copyable];
  for (let i = 1; i < n; i++) {
    copyable = callMethod(copyable, "__copy__", []);
    out.push(copyable);
  }
  return new PyTuple(out);
}


// ---- zip_longest ------------------------------------------------------------------------------

class ZipLongestIter extends PyIter {
  iters: (PyValue | null)[];
  numactive: number;
  fillvalue: PyValue;
  constructor(cls: PyType, iters: PyValue[], fillvalue: PyValue) {
    super(cls);
    this.iters = iters;
    this.numactive = iters.length;
    this.fillvalue = fillvalue;
  }
  next(): PyValue | undefined {
    const iters = this.iters;
    if (iters.length === 0 || this.numactive === 0) return undefined;
    const out = new Array<PyValue>(iters.length);
    for (let i = 0; i < iters.length; i++) {
      const it = iters[i];
      if (it === null) {
        out[i] = this.fillvalue;
        continue;
      }
      const x = iterNext(it);
      if (x === undefined) {
        this.numactive--;
        iters[i] = null;
        if (this.numactive === 0) return undefined;
        out[i] = this.fillvalue;
      } else out[i] = x;
    }
    return new PyTuple(out);
  }
}

// ---- product, combinations, combinations_with_replacement, permutations ------------------------

class ProductIter extends PyIter {
  pools: PyTuple[];
  indices: number[];
  result: PyValue[] | null;
  stopped: boolean;
  constructor(cls: PyType, pools: PyTuple[]) {
    super(cls);
    this.pools = pools;
    this.indices = new Array<number>(pools.length).fill(0);
    this.result = null;
    this.stopped = false;
  }
  next(): PyValue | undefined {
    if (this.stopped) return undefined;
    const pools = this.pools;
    if (this.result === null) {
      const r = new Array<PyValue>(pools.length);
      for (let i = 0; i < pools.length; i++) {
        if (pools[i].items.length === 0) return this.stop();
        r[i] = pools[i].items[0];
      }
      this.result = r;
    } else {
      const r = this.result;
      let i = pools.length - 1;
      for (; i >= 0; i--) {
        const pool = pools[i].items;
        this.indices[i]++;
        if (this.indices[i] === pool.length) {
          this.indices[i] = 0;
          r[i] = pool[0];
        } else {
          r[i] = pool[this.indices[i]];
          break;
        }
      }
      if (i < 0) return this.stop();
    }
    return new PyTuple(this.result.slice());
  }
  stop(): undefined {
    this.stopped = true;
    return undefined;
  }
}

class CombinationsIter extends PyIter {
  pool: PyTuple;
  r: number;
  indices: number[];
  result: PyValue[] | null;
  stopped: boolean;
  constructor(cls: PyType, pool: PyTuple, r: number) {
    super(cls);
    this.pool = pool;
    this.r = r;
    this.indices = Array.from({ length: r }, (_, i) => i);
    this.result = null;
    this.stopped = r > pool.items.length;
  }
  next(): PyValue | undefined {
    if (this.stopped) return undefined;
    const pool = this.pool.items;
    const n = pool.length;
    const r = this.r;
    const ind = this.indices;
    if (this.result === null) {
      this.result = ind.map((i) => pool[i]);
    } else {
      let i = r - 1;
      while (i >= 0 && ind[i] === i + n - r) i--;
      if (i < 0) {
        this.stopped = true;
        return undefined;
      }
      ind[i]++;
      for (let j = i + 1; j < r; j++) ind[j] = ind[j - 1] + 1;
      for (let j = i; j < r; j++) this.result[j] = pool[ind[j]];
    }
    return new PyTuple(this.result.slice());
  }
}

class CwrIter extends PyIter {
  pool: PyTuple;
  r: number;
  indices: number[];
  result: PyValue[] | null;
  stopped: boolean;
  constructor(cls: PyType, pool: PyTuple, r: number) {
    super(cls);
    this.pool = pool;
    this.r = r;
    this.indices = new Array<number>(r).fill(0);
    this.result = null;
    this.stopped = pool.items.length === 0 && r > 0;
  }
  next(): PyValue | undefined {
    if (this.stopped) return undefined;
    const pool = this.pool.items;
    const n = pool.length;
    const r = this.r;
    const ind = this.indices;
    if (this.result === null) {
      this.result = ind.map((i) => pool[i]);
    } else {
      let i = r - 1;
      while (i >= 0 && ind[i] === n - 1) i--;
      if (i < 0) {
        this.stopped = true;
        return undefined;
      }
      const k = ind[i] + 1;
      for (let j = i; j < r; j++) {
        ind[j] = k;
        this.result[j] = pool[k];
      }
    }
    return new PyTuple(this.result.slice());
  }
}

class PermutationsIter extends PyIter {
  pool: PyTuple;
  r: number;
  indices: number[];
  cycles: number[];
  result: PyValue[] | null;
  stopped: boolean;
  constructor(cls: PyType, pool: PyTuple, r: number) {
    super(cls);
    const n = pool.items.length;
    this.pool = pool;
    this.r = r;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: Math.min(r, n) }, (_, i) => n - i);
    this.result = null;
    this.stopped = r > n;
  }
  next(): PyValue | undefined {
    if (this.stopped) return undefined;
    const pool = this.pool.items;
    const n = pool.length;
    const r = this.r;
    const ind = this.indices;
    const cyc = this.cycles;
    if (this.result === null) {
      this.result = ind.slice(0, r).map((i) => pool[i]);
    } else {
      if (n === 0) return this.stop();
      let i = r - 1;
      for (; i >= 0; i--) {
        cyc[i]--;
        if (cyc[i] === 0) {
          const first = ind[i];
          for (let j = i; j < n - 1; j++) ind[j] = ind[j + 1];
          ind[n - 1] = first;
          cyc[i] = n - i;
        } else {
          const j = cyc[i];
          const t = ind[i];
          ind[i] = ind[n - j];
          ind[n - j] = t;
          for (let k = i; k < r; k++) this.result[k] = pool[ind[k]];
          break;
        }
      }
      if (i < 0) return this.stop();
    }
    return new PyTuple(this.result.slice());
  }
  stop(): undefined {
    this.stopped = true;
    return undefined;
  }
}

function poolOf(iterable: PyValue): PyTuple {
  if (iterable instanceof PyTuple && iterable.cls === tupleType) return iterable;
  return tuple(toArrayIter(iterable));
}

/** The `r` argument of combinations (a ssize_t, non-negative). */
function combR(v: PyValue): number {
  const r = ssize(v);
  if (r < 0) raiseError(ValueError, "r must be non-negative");
  return r;
}

/** The new index state of a combinatoric iterator, clamped into [lo(i), hi(i)] as CPython's setstate does. */
function clampIndices(state: PyValue, n: number, lo: (i: number) => number, hi: (i: number) => number): number[] {
  if (!(state instanceof PyTuple)) typeError("state is not a tuple");
  if (state.items.length !== n) raiseError(ValueError, "invalid arguments");
  return state.items.map((v, i) => {
    let x = stateInt(v);
    if (x < lo(i)) x = lo(i);
    else if (x > hi(i)) x = hi(i);
    return x;
  });
}

// ---- the types --------------------------------------------------------------------------------

const countType = nativeType(MOD, "count");
const cycleType = nativeType(MOD, "cycle");
const repeatType = nativeType(MOD, "repeat");
const accumulateType = nativeType(MOD, "accumulate");
const chainType = nativeType(MOD, "chain");
const compressType = nativeType(MOD, "compress");
const dropwhileType = nativeType(MOD, "dropwhile");
const takewhileType = nativeType(MOD, "takewhile");
const filterfalseType = nativeType(MOD, "filterfalse");
const groupbyType = nativeType(MOD, "groupby");
const grouperType = nativeType(MOD, "_grouper", objectType, 0);
const isliceType = nativeType(MOD, "islice");
const pairwiseType = nativeType(MOD, "pairwise");
const starmapType = nativeType(MOD, "starmap");
const teeType = nativeType(MOD, "_tee", objectType, 0);
const teeDataType = nativeType(MOD, "_tee_dataobject", objectType, 0);
const zipLongestType = nativeType(MOD, "zip_longest");
const productType = nativeType(MOD, "product");
const permutationsType = nativeType(MOD, "permutations");
const combinationsType = nativeType(MOD, "combinations");
const cwrType = nativeType(MOD, "combinations_with_replacement");

/** The name CPython's reprs use for an instance's type (`_PyType_Name`: after the last dot). */
function shortName(v: PyValue): string {
  const n = typeName(v);
  const dot = n.lastIndexOf(".");
  return dot < 0 ? n : n.slice(dot + 1);
}

/** Positional-only constructor with exactly `n` arguments (clinic's `name(a, b, /)`). */
function posNew(own: PyType, name: string, n: number, args: Args, kwnames: Kw): Args {
  noKwNew(args[0] as PyType, own, name, kwnames);
  const a = positional(args, kwnames);
  checkPositional(name, a.length, n, n);
  return a;
}

function initTypes(): void {
  // count
  defNew(countType, countNew);
  defIterator(countType, {
    __repr__(args) {
      const c = args[0] as CountIter;
      if (isIntOne(c.step)) return `${shortName(c)}(${repr(c.cnt)})`;
      return `${shortName(c)}(${repr(c.cnt)}, ${repr(c.step)})`;
    },
    __reduce__(args) {
      const c = args[0] as CountIter;
      return tuple([c.cls, tuple(c.fastMode() ? [c.cnt] : [c.cnt, c.step])]);
    },
  });

  // cycle
  defNew(cycleType, (args, kwnames) => {
    const a = posNew(cycleType, "cycle", 1, args, kwnames);
    return new CycleIter(args[0] as PyType, getIter(a[0]));
  });
  defIterator(cycleType, {
    __reduce__(args) {
      const c = args[0] as CycleIter;
      if (c.it === null) {
        const it = getIter(c.saved);
        if (c.index !== 0) callMethod(it, "__setstate__", [c.index]);
        return tuple([c.cls, tuple([it]), tuple([c.saved, True])]);
      }
      return tuple([c.cls, tuple([c.it]), tuple([c.saved, c.firstpass ? True : False])]);
    },
    __setstate__(args, kw) {
      argsN("cycle.__setstate__", args, kw, 1);
      const c = args[0] as CycleIter;
      const st = args[1];
      if (!(st instanceof PyTuple)) typeError("state is not a tuple");
      const items = stateTuple(st, 2, 2);
      if (!(items[0] instanceof PyList)) typeError(`argument 1 must be list, not ${typeName(items[0])}`);
      const fp = stateInt(items[1]);
      c.saved = items[0];
      c.firstpass = fp !== 0;
      c.index = 0;
      return None;
    },
  });

  // repeat
  defNew(repeatType, (args, kwnames) => {
    const [obj, times] = clinicArgs("repeat", args.slice(1), kwnames, ["object", "times"], 1);
    let cnt = -1;
    if (times !== undefined) {
      cnt = ssize(times);
      if (cnt < 0) cnt = 0;
    }
    return new RepeatIter(args[0] as PyType, obj!, cnt);
  });
  defIterator(repeatType, {
    __repr__(args) {
      const r = args[0] as RepeatIter;
      return r.cnt === -1 ? `${shortName(r)}(${repr(r.element)})` : `${shortName(r)}(${repr(r.element)}, ${r.cnt})`;
    },
    __length_hint__(args) {
      const r = args[0] as RepeatIter;
      if (r.cnt === -1) typeError("len() of unsized object");
      return r.cnt;
    },
    __reduce__(args) {
      const r = args[0] as RepeatIter;
      return tuple([r.cls, tuple(r.cnt >= 0 ? [r.element, r.cnt] : [r.element])]);
    },
  });

  // accumulate
  defNew(accumulateType, (args, kwnames) => {
    const [iterable, func, initial] = clinicArgs("accumulate", args.slice(1), kwnames, ["iterable", "func", "initial"], 1, 0, 2);
    const it = getIter(iterable!);
    return new AccumulateIter(args[0] as PyType, it, func ?? None, initial === None ? undefined : initial);
  });
  defIterator(accumulateType, {
    __reduce__(args) {
      const a = args[0] as AccumulateIter;
      if (a.initial !== undefined) {
        const it = new ChainIter(chainType, getIter(tuple([tuple([a.initial]), a.it])));
        return tuple([a.cls, tuple([it, a.func]), None]);
      }
      if (a.total === None) {
        // A None total cannot be restored through __setstate__ (None means "no total yet"):
        // CPython reduces to islice(accumulate(chain((None,), it), func), 1, None).
        const ch = new ChainIter(chainType, getIter(tuple([tuple([a.total]), a.it])));
        const acc = call(a.cls, [ch, a.func]);
        return tuple([isliceType, tuple([acc, 1, None])]);
      }
      return tuple([a.cls, tuple([a.it, a.func]), a.total ?? None]);
    },
    __setstate__(args, kw) {
      argsN("accumulate.__setstate__", args, kw, 1);
      (args[0] as AccumulateIter).total = args[1];
      return None;
    },
  });

  // chain
  defNew(chainType, (args, kwnames) => {
    const cls = args[0] as PyType;
    noKwNew(cls, chainType, "chain", kwnames);
    return new ChainIter(cls, getIter(tuple(positional(args, kwnames))));
  });
  defClassMethod(chainType, "from_iterable", (args, kwnames) => {
    checkArgs("chain.from_iterable", args, kwnames, 1, 1);
    return new ChainIter(args[0] as PyType, getIter(args[1]));
  });
  defClassMethod(chainType, "__class_getitem__", (args, kwnames) => {
    checkArgs("chain.__class_getitem__", args, kwnames, 1, 1);
    return genericAliasHooks.make(args[0], args[1]);
  });
  defIterator(chainType, {
    __reduce__(args) {
      const c = args[0] as ChainIter;
      if (c.source === null) return tuple([c.cls, emptyTuple]);
      return tuple([c.cls, emptyTuple, tuple(c.active === null ? [c.source] : [c.source, c.active])]);
    },
    __setstate__(args, kw) {
      argsN("chain.__setstate__", args, kw, 1);
      const c = args[0] as ChainIter;
      const items = stateTuple(args[1], 1, 2);
      const isIter = (v: PyValue) => typeOf(v).lookup("__next__") !== undefined;
      if (!isIter(items[0]) || (items.length > 1 && !isIter(items[1]))) typeError("Arguments must be iterators.");
      c.source = items[0];
      c.active = items.length > 1 ? items[1] : null;
      return None;
    },
  });

  // compress
  defNew(compressType, (args, kwnames) => {
    const [data, selectors] = clinicArgs("compress", args.slice(1), kwnames, ["data", "selectors"], 2);
    const d = getIter(data!);
    const s = getIter(selectors!);
    return new CompressIter(args[0] as PyType, d, s);
  });
  defIterator(compressType, {
    __reduce__(args) {
      const c = args[0] as CompressIter;
      return tuple([c.cls, tuple([c.data, c.selectors])]);
    },
  });

  // dropwhile, takewhile
  defNew(dropwhileType, (args, kwnames) => {
    const a = posNew(dropwhileType, "dropwhile", 2, args, kwnames);
    return new DropwhileIter(args[0] as PyType, a[0], getIter(a[1]), false);
  });
  defIterator(dropwhileType, {
    __reduce__(args) {
      const d = args[0] as DropwhileIter;
      return tuple([d.cls, tuple([d.func, d.it]), d.start ? 1 : 0]);
    },
    __setstate__(args, kw) {
      argsN("dropwhile.__setstate__", args, kw, 1);
      (args[0] as DropwhileIter).start = truthy(args[1]);
      return None;
    },
  });
  defNew(takewhileType, (args, kwnames) => {
    const a = posNew(takewhileType, "takewhile", 2, args, kwnames);
    return new TakewhileIter(args[0] as PyType, a[0], getIter(a[1]), false);
  });
  defIterator(takewhileType, {
    __reduce__(args) {
      const t = args[0] as TakewhileIter;
      return tuple([t.cls, tuple([t.func, t.it]), t.stop ? 1 : 0]);
    },
    __setstate__(args, kw) {
      argsN("takewhile.__setstate__", args, kw, 1);
      (args[0] as TakewhileIter).stop = truthy(args[1]);
      return None;
    },
  });

  // filterfalse, starmap
  defNew(filterfalseType, (args, kwnames) => {
    const a = posNew(filterfalseType, "filterfalse", 2, args, kwnames);
    return new FilterfalseIter(args[0] as PyType, a[0], getIter(a[1]));
  });
  defIterator(filterfalseType, {
    __reduce__(args) {
      const f = args[0] as FilterfalseIter;
      return tuple([f.cls, tuple([f.func, f.it])]);
    },
  });
  defNew(starmapType, (args, kwnames) => {
    const a = posNew(starmapType, "starmap", 2, args, kwnames);
    return new StarmapIter(args[0] as PyType, a[0], getIter(a[1]));
  });
  defIterator(starmapType, {
    __reduce__(args) {
      const s = args[0] as StarmapIter;
      return tuple([s.cls, tuple([s.func, s.it])]);
    },
  });

  // groupby, _grouper
  defNew(groupbyType, (args, kwnames) => {
    const [iterable, key] = clinicArgs("groupby", args.slice(1), kwnames, ["iterable", "key"], 1);
    return new GroupbyIter(args[0] as PyType, getIter(iterable!), key ?? None);
  });
  defIterator(groupbyType, {
    __reduce__(args) {
      const g = args[0] as GroupbyIter;
      const base = tuple([g.it, g.keyfunc]);
      if (g.tgtkey !== undefined && g.currkey !== undefined && g.currvalue !== undefined) {
        return tuple([g.cls, base, tuple([g.currkey, g.currvalue, g.tgtkey])]);
      }
      return tuple([g.cls, base]);
    },
    __setstate__(args, kw) {
      argsN("groupby.__setstate__", args, kw, 1);
      const g = args[0] as GroupbyIter;
      const items = stateTuple(args[1], 3, 3);
      g.currkey = items[0];
      g.currvalue = items[1];
      g.tgtkey = items[2];
      return None;
    },
  });
  defNew(grouperType, (args, kwnames) => {
    const a = posNew(grouperType, "_grouper", 2, args, kwnames);
    if (!(a[0] instanceof GroupbyIter)) {
      typeError(`_grouper() argument 1 must be itertools.groupby, not ${typeName(a[0])}`);
    }
    return newGrouper(args[0] as PyType, a[0], a[1]);
  });
  defIterator(grouperType, {
    __reduce__(args) {
      const g = args[0] as GrouperIter;
      if (g.parent.currgrouper !== g) return tuple([builtinIter, tuple([emptyTuple])]);
      return tuple([g.cls, tuple([g.parent, g.tgtkey])]);
    },
  });

  // islice
  defNew(isliceType, isliceNew);
  defIterator(isliceType, {
    __reduce__(args) {
      const s = args[0] as IsliceIter;
      if (s.it === null) return tuple([s.cls, tuple([getIter(new PyList([])), 0]), 0]);
      return tuple([s.cls, tuple([s.it, s.nextIndex, s.stop === -1 ? None : s.stop, s.step]), s.cnt]);
    },
    __setstate__(args, kw) {
      argsN("islice.__setstate__", args, kw, 1);
      (args[0] as IsliceIter).cnt = stateInt(args[1]);
      return None;
    },
  });

  // pairwise
  defNew(pairwiseType, (args, kwnames) => {
    const a = posNew(pairwiseType, "pairwise", 1, args, kwnames);
    return new PairwiseIter(args[0] as PyType, getIter(a[0]));
  });
  defIterator(pairwiseType, {});

  // tee
  defNew(teeType, (args, kwnames) => {
    const a = posNew(teeType, "_tee", 1, args, kwnames);
    return teeFromIterable(a[0]);
  });
  defIterator(teeType, {
    __copy__(args) {
      const t = args[0] as TeeIter;
      return new TeeIter(t.dataobj, t.index);
    },
    __reduce__(args) {
      const t = args[0] as TeeIter;
      return tuple([t.cls, tuple([emptyTuple]), tuple([t.dataobj, t.index])]);
    },
    __setstate__(args, kw) {
      argsN("_tee.__setstate__", args, kw, 1);
      const t = args[0] as TeeIter;
      const st = args[1];
      if (!(st instanceof PyTuple)) typeError("state is not a tuple");
      const items = stateTuple(st, 2, 2);
      if (!(items[0] instanceof TeeDataObject)) {
        typeError(`argument 1 must be itertools._tee_dataobject, not ${typeName(items[0])}`);
      }
      const i = stateInt(items[1]);
      if (i < 0 || i > LINKCELLS) raiseError(ValueError, "Index out of range");
      t.dataobj = items[0];
      t.index = i;
      return None;
    },
  });
  defNew(teeDataType, (args, kwnames) => {
    const a = posNew(teeDataType, "teedataobject", 3, args, kwnames);
    const [it, values, next] = a;
    if (!(values instanceof PyList)) typeError(`teedataobject() argument 2 must be list, not ${typeName(values)}`);
    const d = new TeeDataObject(it);
    const n = values.items.length;
    if (n > LINKCELLS) raiseError(ValueError, "Invalid arguments");
    d.values = values.items.slice();
    if (n === LINKCELLS) {
      if (next !== None) {
        if (!(next instanceof TeeDataObject)) raiseError(ValueError, "Invalid arguments");
        d.nextlink = next;
      }
    } else if (next !== None) raiseError(ValueError, "Invalid arguments");
    return d;
  });
  defMethods(teeDataType, {
    __reduce__(args) {
      const d = args[0] as TeeDataObject;
      return tuple([d.cls, tuple([d.it, new PyList(d.values.slice()), d.nextlink ?? None])]);
    },
  });

  // zip_longest
  defNew(zipLongestType, (args, kwnames) => {
    const cls = args[0] as PyType;
    let fill: PyValue = None;
    const nkw = nkwOf(kwnames);
    if (nkw > 0) {
      if (nkw !== 1 || kwnames![0] !== "fillvalue") typeError("zip_longest() got an unexpected keyword argument");
      fill = args[args.length - 1];
    }
    const iters = positional(args, kwnames).map((x) => getIter(x));
    return new ZipLongestIter(cls, iters, fill);
  });
  defIterator(zipLongestType, {
    __reduce__(args) {
      const z = args[0] as ZipLongestIter;
      return tuple([z.cls, tuple(z.iters.map((it) => it ?? emptyTuple)), z.fillvalue]);
    },
    __setstate__(args, kw) {
      argsN("zip_longest.__setstate__", args, kw, 1);
      (args[0] as ZipLongestIter).fillvalue = args[1];
      return None;
    },
  });

  // product
  defNew(productType, (args, kwnames) => {
    const cls = args[0] as PyType;
    const nkw = nkwOf(kwnames);
    let repeat = 1;
    if (nkw > 0) {
      const [r] = clinicArgs("product", args.slice(args.length - nkw), kwnames, ["repeat"], 0, 0, 0);
      if (r !== undefined) {
        repeat = ssize(r);
        if (repeat < 0) raiseError(ValueError, "repeat argument cannot be negative");
      }
    }
    const pos = positional(args, kwnames);
    const base = pos.map(poolOf);
    const pools: PyTuple[] = [];
    for (let k = 0; k < repeat; k++) pools.push(...base);
    return new ProductIter(cls, pools);
  });
  defIterator(productType, {
    __reduce__(args) {
      const p = args[0] as ProductIter;
      if (p.stopped) return tuple([p.cls, tuple([emptyTuple])]);
      if (p.result === null) return tuple([p.cls, tuple(p.pools)]);
      return tuple([p.cls, tuple(p.pools), tuple(p.indices)]);
    },
    __setstate__(args, kw) {
      argsN("product.__setstate__", args, kw, 1);
      const p = args[0] as ProductIter;
      const idx = clampIndices(args[1], p.pools.length, () => 0, (i) => p.pools[i].items.length - 1);
      for (const pool of p.pools) if (pool.items.length === 0) {
        p.stopped = true;
        return None;
      }
      p.indices = idx;
      p.result = idx.map((x, i) => p.pools[i].items[x]);
      return None;
    },
  });

  // combinations, combinations_with_replacement
  defNew(combinationsType, (args, kwnames) => {
    const [iterable, r] = clinicArgs("combinations", args.slice(1), kwnames, ["iterable", "r"], 2);
    const pool = poolOf(iterable!);
    return new CombinationsIter(args[0] as PyType, pool, combR(r!));
  });
  defIterator(combinationsType, {
    __reduce__(args) {
      const c = args[0] as CombinationsIter;
      if (c.result === null) return tuple([c.cls, tuple([c.pool, c.r])]);
      if (c.stopped) return tuple([c.cls, tuple([emptyTuple, c.r])]);
      return tuple([c.cls, tuple([c.pool, c.r]), tuple(c.indices)]);
    },
    __setstate__(args, kw) {
      argsN("combinations.__setstate__", args, kw, 1);
      const c = args[0] as CombinationsIter;
      const n = c.pool.items.length;
      c.indices = clampIndices(args[1], c.r, () => 0, (i) => i + n - c.r);
      c.result = c.indices.map((x) => c.pool.items[x]);
      return None;
    },
  });
  defNew(cwrType, (args, kwnames) => {
    const [iterable, r] = clinicArgs("combinations_with_replacement", args.slice(1), kwnames, ["iterable", "r"], 2);
    const pool = poolOf(iterable!);
    return new CwrIter(args[0] as PyType, pool, combR(r!));
  });
  defIterator(cwrType, {
    __reduce__(args) {
      const c = args[0] as CwrIter;
      if (c.result === null) return tuple([c.cls, tuple([c.pool, c.r])]);
      if (c.stopped) return tuple([c.cls, tuple([emptyTuple, c.r])]);
      return tuple([c.cls, tuple([c.pool, c.r]), tuple(c.indices)]);
    },
    __setstate__(args, kw) {
      argsN("combinations_with_replacement.__setstate__", args, kw, 1);
      const c = args[0] as CwrIter;
      const n = c.pool.items.length;
      c.indices = clampIndices(args[1], c.r, () => 0, () => n - 1);
      c.result = c.indices.map((x) => c.pool.items[x]);
      return None;
    },
  });

  // permutations
  defNew(permutationsType, (args, kwnames) => {
    const [iterable, robj] = clinicArgs("permutations", args.slice(1), kwnames, ["iterable", "r"], 1);
    const pool = poolOf(iterable!);
    let r = pool.items.length;
    if (robj !== undefined && robj !== None) {
      const ri = intValue(robj);
      if (ri === undefined) typeError("Expected int as r");
      if (typeof ri === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
      r = ri;
      if (r < 0) raiseError(ValueError, "r must be non-negative");
    }
    return new PermutationsIter(args[0] as PyType, pool, r);
  });
  defIterator(permutationsType, {
    __reduce__(args) {
      const p = args[0] as PermutationsIter;
      if (p.result === null) return tuple([p.cls, tuple([p.pool, p.r])]);
      if (p.stopped) return tuple([p.cls, tuple([emptyTuple, p.r])]);
      return tuple([p.cls, tuple([p.pool, p.r]), tuple([tuple(p.indices), tuple(p.cycles)])]);
    },
    __setstate__(args, kw) {
      argsN("permutations.__setstate__", args, kw, 1);
      const p = args[0] as PermutationsIter;
      const st = args[1];
      if (!(st instanceof PyTuple) || st.items.length !== 2) raiseError(ValueError, "invalid arguments");
      const n = p.pool.items.length;
      p.indices = clampIndices(st.items[0], n, () => 0, () => n - 1);
      p.cycles = clampIndices(st.items[1], p.r, () => 1, (i) => n - i);
      p.result = p.indices.slice(0, p.r).map((x) => p.pool.items[x]);
      return None;
    },
  });
}


initTypes();

defineModule(MOD, (dict: PyDict) => {
  const types: PyType[] = [
    grouperType, teeType, teeDataType, accumulateType, chainType, combinationsType, cwrType, compressType, countType,
    cycleType, dropwhileType, filterfalseType, groupbyType, isliceType, pairwiseType, permutationsType, productType,
    repeatType, starmapType, takewhileType, zipLongestType,
  ];
  for (const t of types) dict.set(t.name, t);
  defFunctions(dict, MOD, { tee });
}, "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n");
