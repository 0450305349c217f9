// str's Python-visible methods (CPython 3.11 Objects/unicodeobject.c): argument checking and
// conversion with CPython's messages, around the pure algorithms of strcore.ts, strmethods.ts,
// strrepr.ts, strcodecs.ts and strformat.ts.
//
// An exact str is a JS string; an instance of a str subclass is a PyStrObj holding one. Every
// method reads its receiver with `selfStr` and returns exact strs (as CPython's do, even for
// subclass receivers). Messages differ between methods in CPython because some use Argument
// Clinic and some the older getargs; each method below produces its own method's text.

import {
  Cmp, getItem, numberHooks, getIter, index, intValue, isInstance, str as pyStr, strHash, strValue, toArray, typeName,
} from "./abstract";
import {
  IndexError, LookupError, OverflowError, PyBaseException, raiseError, TypeError as TypeErrorT, typeError, ValueError,
} from "./exceptions";
import { checkArgs, defMethods, defNew, defStaticMethod, noKwargs, parseArgs } from "./native";
import { StrIter } from "./pyiters";
import { PyDict } from "./pydict";
import { bytesDecode, strEncode } from "./strcodecs";
import { cpLength, IndexArg, isAsciiStr, strCompare, strGetItem, strRepeat, strSlice } from "./strcore";
import { asciiOf, formatValue, strFormat, strFormatMap, strPercent } from "./strformat";
import { formatStr } from "./format";
import * as M from "./strmethods";
import { reprStr } from "./strrepr";
import {
  bool, dictType, False, None, NotImplemented, PyByteArray, PyBytes, PyIntObj, PyList, PySlice, PyStrObj, PyTuple,
  PyType, PyValue, strType, True, type NativeFn, PyObject,
} from "./types";
import { runtime } from "../vm/runtime";

// ---- argument helpers (shared with pybytes.ts) ----------------------------------------------

/** The bytes of a bytes-like object (bytes, bytearray), or null. For bytearray, a live view. */
export function bytesData(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  if (v instanceof PyMemoryView) return v.bytes();
  if (v instanceof PyBufferExporter) return v.bufferBytes();
  return null;
}

/**
 * A native object besides bytes and bytearray that exports a writable, C-contiguous buffer
 * (array.array): bufferBytes() is its live memory (fetched anew each time, since a resize may
 * move it), bufferFormat and bufferItemsize the struct format of its items.
 */
export abstract class PyBufferExporter extends PyObject {
  abstract bufferBytes(): Uint8Array;
  abstract bufferFormat(): string;
  abstract bufferItemsize(): number;
  /** Whether views of it are read-only (pickle.PickleBuffer over bytes). */
  bufferReadonly(): boolean {
    return false;
  }
  /** A view that memoryview(self) copies instead of viewing self (PickleBuffer forwards its buffer). */
  forwardedView(): PyMemoryView | null {
    return null;
  }
}

/** A one-dimensional, unsigned-byte ('B') view of a bytes or bytearray: items start + i*step. */
export class PyMemoryView extends PyObject {
  released = false;
  /** The struct format of the items ("B" unless cast) and their size; start and step are in bytes. */
  fmt = "B";
  itemsize = 1;
  /**
   * The dimensions of a view made by cast(fmt, shape): null for a one-dimensional view of
   * `length` items. A shaped view is C-contiguous (step === itemsize) and `length` is the
   * product of its shape, so code that reads the flat items (bytes(), nbytes) needs no change.
   */
  shape: number[] | null = null;
  /** hash(view), kept once computed: a released view still answers it (memory_hash). */
  hash: PyValue | undefined = undefined;
  constructor(public obj: PyValue, public start: number, public length: number, public step: number,
              public readonly: boolean, cls: PyType) {
    super(cls);
  }
  check(): void {
    if (this.released) raiseError(ValueError, "operation forbidden on released memoryview object");
  }
  /** The underlying buffer (a bytearray's may be reallocated, so it is fetched each time). */
  base(): Uint8Array {
    this.check();
    const o = this.obj;
    if (o instanceof PyBufferExporter) return o.bufferBytes();
    return o instanceof PyBytes ? o.data : (o as PyByteArray).data;
  }
  /** The view's items' bytes in order (a live subarray when the view is contiguous). */
  bytes(): Uint8Array {
    const b = this.base();
    const size = this.itemsize;
    if (this.step === size) return b.subarray(this.start, this.start + this.length * size);
    const out = new Uint8Array(this.length * size);
    for (let i = 0, j = this.start; i < this.length; i++, j += this.step) out.set(b.subarray(j, j + size), i * size);
    return out;
  }
}

/** The string of a str method's receiver (a str, or a str subclass instance). */
export function selfStr(v: PyValue): string {
  return typeof v === "string" ? v : (v as PyStrObj).value;
}

/** A str argument; `what` prefixes "must be str, not X" (e.g. "replace() argument 1 "). */
function argStr(v: PyValue, what: string): string {
  if (typeof v === "string") return v;
  if (v instanceof PyStrObj) return v.value;
  typeError(`${what}must be str, not ${typeName(v)}`);
}

/** A start/end argument of find and friends (_PyEval_SliceIndex): None, an int, or __index__. */
export function sliceArg(v: PyValue | undefined): IndexArg {
  if (v === undefined || v === None) return null;
  if (typeof v === "number") return v;
  const i = intValue(v);
  if (i !== undefined) return i;
  if (typeof v === "object" && v.cls.lookup("__index__") !== undefined) return index(v);
  typeError("slice indices must be integers or None or have an __index__ method");
}

/** An int argument that must fit a C Py_ssize_t (widths, counts). */
export function ssizeArg(v: PyValue): number {
  const i = typeof v === "number" ? v : index(v);
  if (typeof i === "bigint") {
    // Within Py_ssize_t (sys.maxsize counts as "no limit"): the nearest double is as good.
    if (i >= 2n ** 63n || i < -(2n ** 63n)) raiseError(OverflowError, "Python int too large to convert to C ssize_t");
    return Number(i);
  }
  return i;
}

/** An int argument that must fit a C int (tabsize, keepends). */
export function cintArg(v: PyValue): number {
  const i = typeof v === "number" ? v : index(v);
  if (typeof i === "bigint" || i > 0x7fffffff || i < -0x80000000) raiseError(OverflowError, "Python int too large to convert to C int");
  return i;
}

/**
 * Binds the arguments of a method that takes keywords (Argument Clinic): `args` without self.
 * Clinic words an unknown keyword differently from native.parseArgs, so it is checked here first.
 */
export function kwArgs(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null, params: readonly string[],
                       required = 0, posOnly = 0): (PyValue | undefined)[] {
  if (kwnames !== null) {
    for (const k of kwnames) {
      if (!params.includes(k)) typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return parseArgs(fname, args, kwnames, params, required, posOnly);
}

/** Argument count of find/count/index/startswith (old-style getargs messages). */
export function findArgCount(owner: string, name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKwargs(`${owner}.${name}`, kwnames);
  const n = args.length - 1;
  if (n < 1) typeError(`${name}() takes at least 1 argument (${n} given)`);
  if (n > 3) typeError(`${name}() takes at most 3 arguments (${n} given)`);
}

export function cmpOp(c: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.EQ: return c === 0;
    case Cmp.NE: return c !== 0;
    case Cmp.GT: return c > 0;
    case Cmp.GE: return c >= 0;
  }
}

/** An index for s[i] / b[i]: ints and __index__; a huge one is an IndexError as in CPython. */
export function itemIndexOf(key: PyValue, what: string): number {
  const i = intValue(key) ?? (typeof key === "object" && key.cls.lookup("__index__") !== undefined ? index(key) : undefined);
  if (i === undefined) typeError(what);
  if (typeof i === "bigint") raiseError(IndexError, "cannot fit 'int' into an index-sized integer");
  return i;
}

/** A repeat count for s * n; undefined when n has no __index__ (the operator then fails generically). */
export function repeatArg(n: PyValue): number | undefined {
  if (typeof n === "number") return n;
  const i = intValue(n) ?? (typeof n === "object" && n.cls.lookup("__index__") !== undefined ? index(n) : undefined);
  if (i === undefined) return undefined;
  if (typeof i === "bigint") {
    if (i < 0n) return 0;
    if (i >= 2n ** 63n) raiseError(OverflowError, "cannot fit 'int' into an index-sized integer");
    return Number(i); // fits Py_ssize_t: the repeat then runs out of memory, as in CPython
  }
  return i;
}

// ---- methods --------------------------------------------------------------------------------

function strCompareMethod(op: Cmp): NativeFn {
  return (args) => {
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    const a = selfStr(args[0]);
    if (op === Cmp.EQ) return bool(a === b);
    if (op === Cmp.NE) return bool(a !== b);
    return bool(cmpOp(strCompare(a, b), op));
  };
}

type FindFn = (s: string, sub: string, start?: IndexArg, end?: IndexArg) => number;

function findMethod(name: string, f: FindFn): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null || args.length !== 2) findArgCount("str", name, args, kwnames);
    const sub = argStr(args[1], "");
    return f(selfStr(args[0]), sub, sliceArg(args[2]), sliceArg(args[3]));
  };
}

type MatchFn = (s: string, x: string, start?: IndexArg, end?: IndexArg) => boolean;

function startsEndsMethod(name: string, f: MatchFn): NativeFn {
  return (args, kwnames) => {
    if (kwnames !== null || args.length !== 2) findArgCount("str", name, args, kwnames);
    const s = selfStr(args[0]);
    const x = args[1];
    const start = sliceArg(args[2]);
    const end = sliceArg(args[3]);
    const p = strValue(x);
    if (p !== undefined) return bool(f(s, p, start, end));
    if (x instanceof PyTuple) {
      for (const item of x.items) {
        const q = strValue(item);
        if (q === undefined) typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
        if (f(s, q, start, end)) return True;
      }
      return False;
    }
    typeError(`${name} first arg must be str or a tuple of str, not ${typeName(x)}`);
  };
}

/** Methods without arguments that map the string to a value (upper, isdigit, ...). */
function unaryMethod<T extends PyValue | boolean>(name: string, f: (s: string) => T): NativeFn {
  const qual = `str.${name}`;
  const unary = (self: PyValue): PyValue => {
    const r = f(selfStr(self));
    return typeof r === "boolean" ? bool(r) : r as PyValue;
  };
  const fn: NativeFn = (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) checkArgs(qual, args, kwnames, 0, 0);
    return unary(args[0]);
  };
  fn.unary = unary;
  return fn;
}

function justifyMethod(name: string, f: (s: string, w: number, fill?: string) => string): NativeFn {
  return (args, kwnames) => {
    noKwargs(`str.${name}`, kwnames);
    checkArgs(name, args, null, 1, 2);
    const width = ssizeArg(args[1]);
    let fill: string | undefined;
    if (args.length > 2) {
      fill = strValue(args[2]);
      if (fill === undefined) typeError(`The fill character must be a unicode character, not ${typeName(args[2])}`);
    }
    return f(selfStr(args[0]), width, fill);
  };
}

function splitMethod(name: string, f: (s: string, sep?: string | null, max?: IndexArg) => string[]): NativeFn {
  return (args, kwnames) => {
    let sepArg: PyValue | undefined;
    let maxArg: PyValue | undefined;
    if (kwnames === null && args.length <= 3) {
      sepArg = args[1];
      maxArg = args[2];
    } else [sepArg, maxArg] = kwArgs(name, args.slice(1), kwnames, ["sep", "maxsplit"]);
    let sep: string | null = null;
    if (sepArg !== undefined && sepArg !== None) {
      const v = strValue(sepArg);
      if (v === undefined) typeError(`must be str or None, not ${typeName(sepArg)}`);
      sep = v;
    }
    const max = maxArg === undefined ? -1 : ssizeArg(maxArg);
    return new PyList(f(selfStr(args[0]), sep, max));
  };
}

function stripMethod(name: string, f: (s: string, chars?: string | null) => string): NativeFn {
  return (args, kwnames) => {
    if (args.length === 1 && kwnames === null) return f(selfStr(args[0]));
    noKwargs(`str.${name}`, kwnames);
    checkArgs(name, args, null, 0, 1);
    const c = args[1];
    if (c === None) return f(selfStr(args[0]));
    const chars = strValue(c);
    if (chars === undefined) typeError(`${name} arg must be None or str`);
    return f(selfStr(args[0]), chars);
  };
}

function partitionMethod(name: string, f: (s: string, sep: string) => [string, string, string]): NativeFn {
  return (args, kwnames) => {
    checkArgs(`str.${name}`, args, kwnames, 1, 1);
    return new PyTuple(f(selfStr(args[0]), argStr(args[1], "")));
  };
}

function affixMethod(name: string, f: (s: string, x: string) => string): NativeFn {
  return (args, kwnames) => {
    checkArgs(`str.${name}`, args, kwnames, 1, 1);
    return f(selfStr(args[0]), argStr(args[1], `${name}() argument `));
  };
}

/** sep.join(iterable) */
function strJoinMethod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length !== 2 || kwnames !== null) checkArgs("str.join", args, kwnames, 1, 1);
  const sep = selfStr(args[0]);
  const it = args[1];
  let items: readonly PyValue[];
  if (it instanceof PyList || it instanceof PyTuple) items = it.items;
  else {
    let iter: PyValue;
    try {
      iter = getIter(it);
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) typeError("can only join an iterable");
      throw e;
    }
    items = toArray(iter);
  }
  const n = items.length;
  if (n === 1 && typeof items[0] === "string") return items[0];
  let allPrimitive = true;
  for (let i = 0; i < n; i++) {
    if (typeof items[i] !== "string") {
      allPrimitive = false;
      break;
    }
  }
  if (allPrimitive) return (items as readonly string[]).join(sep);
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const s = strValue(items[i]);
    if (s === undefined) typeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
    parts[i] = s;
  }
  return parts.join(sep);
}

export function strGetItemMethod(args: PyValue[]): PyValue {
  const s = selfStr(args[0]);
  const key = args[1];
  if (typeof key === "number") return strGetItem(s, key);
  if (key instanceof PySlice) return strSlice(s, sliceArg(key.start), sliceArg(key.stop), sliceArg(key.step));
  return strGetItem(s, itemIndexOf(key, `string indices must be integers, not '${typeName(key)}'`));
}

/** The table lookup of str.translate: undefined keeps the character (LookupError). */
function translateLookup(table: PyValue): (cp: number) => M.TranslateEntry {
  const exactDict = table instanceof PyDict && table.cls === dictType;
  return (cp) => {
    let r: PyValue | undefined;
    if (exactDict) {
      r = (table as PyDict).get(cp);
      if (r === undefined) return undefined;
    } else {
      try {
        r = getItem(table, cp);
      } catch (e) {
        if (e instanceof PyBaseException && isInstance(e, LookupError)) return undefined;
        throw e;
      }
    }
    if (r === None) return null;
    if (typeof r === "string" || typeof r === "number" || typeof r === "bigint") return r;
    if (r instanceof PyStrObj) return r.value;
    if (r instanceof PyIntObj) return r.value;
    typeError("character mapping must return integer, None or str");
  };
}

/** str.maketrans(x[, y[, z]]) (a static method: no self in args). */
function strMaketransMethod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs("maketrans", args, kwnames, 1, 3, 0);
  const out = new PyDict();
  if (args.length === 1) {
    const d = args[0];
    if (!(d instanceof PyDict)) typeError("if you give only one argument to maketrans it must be a dict");
    for (const k of d.keyList()) {
      const v = d.get(k)!;
      const ks = strValue(k);
      if (ks !== undefined) out.set(M.strMaketransKey(ks), v);
      else if (intValue(k) !== undefined) out.set(k, v);
      else typeError("keys in translate table must be strings or integers");
    }
    return out;
  }
  // Clinic converts y and z before the body looks at x.
  const y = argStr(args[1], "maketrans() argument 2 ");
  const z = args.length > 2 ? argStr(args[2], "maketrans() argument 3 ") : null;
  const x = strValue(args[0]);
  if (x === undefined) typeError("first maketrans argument must be a string if there is a second argument");
  for (const [k, v] of M.strMaketrans(x, y, z)) out.set(k, v === null ? None : v);
  return out;
}

/** sys.getsizeof of a str in CPython's compact layouts (ASCII, Latin-1, UCS-2, UCS-4). */
function strSizeof(s: string): number {
  if (isAsciiStr(s)) return 49 + s.length;
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  const n = cpLength(s);
  if (max < 0x100) return 73 + n;
  if (n === s.length) return 72 + 2 * (n + 1);
  return 72 + 4 * (n + 1);
}

/** The class argument of a native __new__ (`str.__new__(cls, ...)`), checked as tp_new does. */
export function newClsArg(args: PyValue[], base: PyType): PyType {
  const cls = args[0];
  if (!(cls instanceof PyType)) typeError(`${base.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(base)) typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  return cls;
}

/** str(object='') / str(object=b'', encoding='utf-8', errors='strict') */
function strNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] === strType ? strType : newClsArg(args, strType);
  let v: string;
  if (kwnames === null && args.length <= 2) v = args.length === 1 ? "" : pyStr(args[1]);
  else {
    const [obj, enc, errs] = kwArgs("str", args.slice(1), kwnames, ["object", "encoding", "errors"]);
    if (enc === undefined && errs === undefined) v = obj === undefined ? "" : pyStr(obj);
    else {
      const encoding = enc === undefined ? "utf-8" : argStr(enc, "str() argument 'encoding' ");
      const errors = errs === undefined ? "strict" : argStr(errs, "str() argument 'errors' ");
      if (obj === undefined) v = "";
      else {
        const data = bytesData(obj);
        if (data === null) {
          if (strValue(obj) !== undefined) typeError("decoding str is not supported");
          typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
        }
        v = bytesDecode(data, encoding, errors);
      }
    }
  }
  return cls === strType ? v : new PyStrObj(cls, v);
}

/** str(x) and str(): the exact type's shortcut (calling the type). */
function strExactCall(args: PyValue[]): PyValue | undefined {
  if (args.length === 1) return pyStr(args[0]);
  return args.length === 0 ? "" : undefined;
}

function strRepeatMethod(args: PyValue[]): PyValue {
  const n = repeatArg(args[1]);
  if (n === undefined) return NotImplemented;
  return strRepeat(selfStr(args[0]), n);
}

export function initStr(): void {
  numberHooks.strPercent = strPercent;
  defNew(strType, strNew);
  strType.exactCall = strExactCall;
  defMethods(strType, {
    __len__: (args) => cpLength(selfStr(args[0])),
    __getitem__: strGetItemMethod,
    __contains__(args) {
      const sub = strValue(args[1]);
      if (sub === undefined) typeError(`'in <string>' requires string as left operand, not ${typeName(args[1])}`);
      return bool(M.strContains(selfStr(args[0]), sub));
    },
    __iter__: (args) => new StrIter(selfStr(args[0])),
    __add__(args) {
      const b = args[1];
      if (typeof b === "string") return selfStr(args[0]) + b;
      if (b instanceof PyStrObj) return selfStr(args[0]) + b.value;
      return NotImplemented;
    },
    __mul__: strRepeatMethod,
    __rmul__: strRepeatMethod,
    __mod__: (args) => strPercent(selfStr(args[0]), args[1]),
    __rmod__(args) {
      const fmt = strValue(args[1]);
      return fmt === undefined ? NotImplemented : strPercent(fmt, args[0]);
    },
    __eq__: strCompareMethod(Cmp.EQ),
    __ne__: strCompareMethod(Cmp.NE),
    __lt__: strCompareMethod(Cmp.LT),
    __le__: strCompareMethod(Cmp.LE),
    __gt__: strCompareMethod(Cmp.GT),
    __ge__: strCompareMethod(Cmp.GE),
    __hash__: (args) => strHash(selfStr(args[0])),
    __repr__: (args) => reprStr(selfStr(args[0])),
    __str__: (args) => selfStr(args[0]),
    __format__(args, kwnames) {
      checkArgs("str.__format__", args, kwnames, 1, 1);
      const spec = strValue(args[1]);
      if (spec === undefined) typeError(`__format__() argument must be str, not ${typeName(args[1])}`);
      // An empty spec gives str(self), which a subclass's __str__ may override.
      if (spec === "" && typeof args[0] !== "string") return pyStr(args[0]);
      return formatStr(selfStr(args[0]), spec, typeName(args[0]));
    },
    __getnewargs__(args, kwnames) {
      checkArgs("str.__getnewargs__", args, kwnames, 0, 0);
      return new PyTuple([selfStr(args[0])]);
    },
    __sizeof__(args, kwnames) {
      checkArgs("str.__sizeof__", args, kwnames, 0, 0);
      return strSizeof(selfStr(args[0]));
    },

    // searching
    find: findMethod("find", M.strFind),
    rfind: findMethod("rfind", M.strRfind),
    index: findMethod("index", M.strIndex),
    rindex: findMethod("rindex", M.strRindex),
    count: findMethod("count", M.strCount),
    startswith: startsEndsMethod("startswith", M.strStartswith),
    endswith: startsEndsMethod("endswith", M.strEndswith),
    removeprefix: affixMethod("removeprefix", M.strRemoveprefix),
    removesuffix: affixMethod("removesuffix", M.strRemovesuffix),

    // splitting and joining
    split: splitMethod("split", M.strSplit),
    rsplit: splitMethod("rsplit", M.strRsplit),
    splitlines(args, kwnames) {
      let keep: PyValue | undefined = args[1];
      if (kwnames !== null || args.length > 2) [keep] = kwArgs("splitlines", args.slice(1), kwnames, ["keepends"]);
      const keepends = keep === undefined ? false : cintArg(keep) !== 0;
      return new PyList(M.strSplitlines(selfStr(args[0]), keepends));
    },
    partition: partitionMethod("partition", M.strPartition),
    rpartition: partitionMethod("rpartition", M.strRpartition),
    join: strJoinMethod,

    // stripping, replacing, padding
    strip: stripMethod("strip", M.strStrip),
    lstrip: stripMethod("lstrip", M.strLstrip),
    rstrip: stripMethod("rstrip", M.strRstrip),
    replace(args, kwnames) {
      noKwargs("str.replace", kwnames);
      checkArgs("replace", args, null, 2, 3);
      const old = argStr(args[1], "replace() argument 1 ");
      const repl = argStr(args[2], "replace() argument 2 ");
      const count = args.length > 3 ? ssizeArg(args[3]) : -1;
      return M.strReplace(selfStr(args[0]), old, repl, count);
    },
    center: justifyMethod("center", M.strCenter),
    ljust: justifyMethod("ljust", M.strLjust),
    rjust: justifyMethod("rjust", M.strRjust),
    zfill(args, kwnames) {
      checkArgs("str.zfill", args, kwnames, 1, 1);
      return M.strZfill(selfStr(args[0]), ssizeArg(args[1]));
    },
    expandtabs(args, kwnames) {
      let t: PyValue | undefined = args[1];
      if (kwnames !== null || args.length > 2) [t] = kwArgs("expandtabs", args.slice(1), kwnames, ["tabsize"]);
      return M.strExpandtabs(selfStr(args[0]), t === undefined ? 8 : cintArg(t));
    },
    translate(args, kwnames) {
      checkArgs("str.translate", args, kwnames, 1, 1);
      return M.strTranslate(selfStr(args[0]), translateLookup(args[1]));
    },

    // case
    upper: unaryMethod("upper", M.strUpper),
    lower: unaryMethod("lower", M.strLower),
    casefold: unaryMethod("casefold", M.strCasefold),
    swapcase: unaryMethod("swapcase", M.strSwapcase),
    title: unaryMethod("title", M.strTitle),
    capitalize: unaryMethod("capitalize", M.strCapitalize),

    // classes
    isascii: unaryMethod("isascii", M.strIsascii),
    isspace: unaryMethod("isspace", M.strIsspace),
    isalpha: unaryMethod("isalpha", M.strIsalpha),
    isalnum: unaryMethod("isalnum", M.strIsalnum),
    isdecimal: unaryMethod("isdecimal", M.strIsdecimal),
    isdigit: unaryMethod("isdigit", M.strIsdigit),
    isnumeric: unaryMethod("isnumeric", M.strIsnumeric),
    isidentifier: unaryMethod("isidentifier", M.strIsidentifier),
    isprintable: unaryMethod("isprintable", M.strIsprintable),
    islower: unaryMethod("islower", M.strIslower),
    isupper: unaryMethod("isupper", M.strIsupper),
    istitle: unaryMethod("istitle", M.strIstitle),

    // formatting and encoding
    format: (args, kwnames) => strFormat(selfStr(args[0]), args.slice(1), kwnames),
    format_map(args, kwnames) {
      checkArgs("str.format_map", args, kwnames, 1, 1);
      return strFormatMap(selfStr(args[0]), args[1]);
    },
    encode(args, kwnames) {
      let enc: PyValue | undefined = args[1];
      let errs: PyValue | undefined = args[2];
      if (kwnames !== null || args.length > 3) [enc, errs] = kwArgs("encode", args.slice(1), kwnames, ["encoding", "errors"]);
      const encoding = enc === undefined ? "utf-8" : argStr(enc, "encode() argument 'encoding' ");
      const errors = errs === undefined ? "strict" : argStr(errs, "encode() argument 'errors' ");
      return new PyBytes(strEncode(selfStr(args[0]), encoding, errors));
    },
  });
  defStaticMethod(strType, "maketrans", strMaketransMethod);
}

/** Installs str's services on the VM's runtime object (ascii(), format(), bytes-like access). */
export function installStrRuntime(): void {
  runtime.ascii = asciiOf;
  runtime.format = formatValue;
  runtime.bytesData = bytesData;
}
