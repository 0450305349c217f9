// array: typed arrays of numbers or characters (CPython's Modules/arraymodule.c).
//
// An array keeps its items in a JS typed array of the C type's size on x86-64 Linux (b/B 1,
// u/I/i/f 4 bytes with u as UTF-32 code points, h/H 2, l/L/q/Q/d 8), with spare capacity past
// `n`; the 64-bit integer codes store BigInts and hand out JS numbers when they fit (the int
// representation of intmath.normalize). Typed arrays use the platform's byte order, little-endian
// here, so the bytes of the buffer are exactly CPython's.
//
// Item conversion follows CPython's setters, whose error messages differ by typecode because
// they go through different C converters (b through 'h' first, H through 'i', q/Q through the
// long long ones); the table in convertInt reproduces each path.
//
// Every operation that builds a new array (slices, +, *, __copy__) makes a plain array.array,
// even for a subclass, as CPython does. Unlike CPython, an array exporting its buffer to a
// memoryview may still be resized (the view fetches the memory again at each use).

import {
  Cmp, getAttrOpt, getIter, idOf, index, intValue, isInstance, iterNext, PyIter, richCompare, richEqBool, repr,
  strValue, callMethod, typeName, call, getAttr,
} from "../objects/abstract";
import {
  EOFError, IndexError, MemoryError, OverflowError, raiseError, StopIteration, typeError, valueError,
} from "../objects/exceptions";
import { toFloat } from "../objects/intfloat";
import { normalize, PyInt } from "../objects/intmath";
import { checkArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { sliceIndices } from "../objects/pyslice";
import { builtinIter } from "../objects/pyiters";
import { PyBufferExporter, bytesData } from "../objects/pystr";
import { indexBound, newTuple, repeatCount, MAX_SEQUENCE_LENGTH } from "../objects/pytuple";
import { bytesDecode } from "../objects/strcodecs";
import { cpLength } from "../objects/strcore";
import {
  bool, None, NotImplemented, objectType, PyByteArray, PyBytes, PyFloat, PyList, PySlice, PyTuple, PyType, PyValue, True,
  typeOf,
} from "../objects/types";
import { asDouble } from "./math";
import { defineModule, moduleFunction, nativeType } from "./registry";
import { importModuleLevel } from "../vm/import";

// ---- typecodes ------------------------------------------------------------------------------------

const enum Kind { Int, Big, Float, Unicode }

type Store = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array |
  Float64Array | BigInt64Array | BigUint64Array;

/** Writes one raw item; the caller passes a bigint exactly when the store is a BigInt one. */
function storeSet(s: Store, i: number, v: number | bigint): void {
  (s as unknown as { [i: number]: number | bigint })[i] = v;
}

interface Desc {
  code: string;
  itemsize: number;
  kind: Kind;
  /** CPython's machine format code for the native layout (_array_reconstructor's third argument). */
  mformat: number;
  make: (n: number) => Store;
}

const DESCS: Desc[] = [
  { code: "b", itemsize: 1, kind: Kind.Int, mformat: 1, make: (n) => new Int8Array(n) },
  { code: "B", itemsize: 1, kind: Kind.Int, mformat: 0, make: (n) => new Uint8Array(n) },
  { code: "u", itemsize: 4, kind: Kind.Unicode, mformat: 20, make: (n) => new Uint32Array(n) },
  { code: "h", itemsize: 2, kind: Kind.Int, mformat: 4, make: (n) => new Int16Array(n) },
  { code: "H", itemsize: 2, kind: Kind.Int, mformat: 2, make: (n) => new Uint16Array(n) },
  { code: "i", itemsize: 4, kind: Kind.Int, mformat: 8, make: (n) => new Int32Array(n) },
  { code: "I", itemsize: 4, kind: Kind.Int, mformat: 6, make: (n) => new Uint32Array(n) },
  { code: "l", itemsize: 8, kind: Kind.Big, mformat: 12, make: (n) => new BigInt64Array(n) },
  { code: "L", itemsize: 8, kind: Kind.Big, mformat: 10, make: (n) => new BigUint64Array(n) },
  { code: "q", itemsize: 8, kind: Kind.Big, mformat: 12, make: (n) => new BigInt64Array(n) },
  { code: "Q", itemsize: 8, kind: Kind.Big, mformat: 10, make: (n) => new BigUint64Array(n) },
  { code: "f", itemsize: 4, kind: Kind.Float, mformat: 14, make: (n) => new Float32Array(n) },
  { code: "d", itemsize: 8, kind: Kind.Float, mformat: 16, make: (n) => new Float64Array(n) },
];

const TYPECODES = "bBuhHiIlLqQfd";
const BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

function descOf(code: string): Desc | undefined {
  return DESCS.find((d) => d.code === code);
}

// ---- the object -----------------------------------------------------------------------------------

export const arrayType = nativeType("array", "array", objectType, TypeFlag.BASETYPE | TypeFlag.SEQUENCE);
export const arrayIterType = nativeType("array", "arrayiterator", objectType, 0);

export class PyArray extends PyBufferExporter {
  desc: Desc;
  /** Items 0..n-1 are live; the rest is capacity. */
  buf: Store;
  n: number;

  constructor(cls: PyType, desc: Desc, n = 0) {
    super(cls);
    this.desc = desc;
    this.buf = desc.make(n);
    this.n = n;
  }

  bufferBytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer, this.buf.byteOffset, this.n * this.desc.itemsize);
  }

  bufferFormat(): string {
    return this.desc.code === "u" ? "w" : this.desc.code;
  }

  bufferItemsize(): number {
    return this.desc.itemsize;
  }

  /** Item i as a Python value. */
  get(i: number): PyValue {
    const x = this.buf[i];
    switch (this.desc.kind) {
      case Kind.Int: return x as number;
      case Kind.Big: return normalize(x as bigint);
      case Kind.Float: return new PyFloat(x as number);
      case Kind.Unicode: return charOf(x as number);
    }
  }

  /** The raw items (a copy). */
  raw(): Store {
    return this.buf.slice(0, this.n);
  }

  /** Makes room for `n` items, keeping the first this.n. */
  reserve(n: number): void {
    if (n <= this.buf.length) return;
    if (n > MAX_SEQUENCE_LENGTH) raiseError(MemoryError, null);
    const cap = Math.max(n, this.buf.length * 2, 4);
    const nb = this.desc.make(cap);
    nb.set(this.buf.subarray(0, this.n) as never);
    this.buf = nb;
  }

  push(v: number | bigint): void {
    this.reserve(this.n + 1);
    storeSet(this.buf, this.n++, v);
  }

  /** Appends raw items of the same kind. */
  pushAll(src: Store): void {
    this.reserve(this.n + src.length);
    this.buf.set(src as never, this.n);
    this.n += src.length;
  }

  /** Replaces items [lo, hi) by `src`. */
  splice(lo: number, hi: number, src: Store): void {
    const n = this.n - (hi - lo) + src.length;
    this.reserve(n);
    this.buf.copyWithin(lo + src.length, hi, this.n);
    this.buf.set(src as never, lo);
    this.n = n;
  }
}

function charOf(cp: number): string {
  if (cp > 0x10ffff) valueError(`character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
  return String.fromCodePoint(cp);
}

function isArray(v: PyValue): v is PyArray {
  return v instanceof PyArray;
}

function self(v: PyValue): PyArray {
  return v as PyArray;
}

function newArray(desc: Desc, n = 0): PyArray {
  return new PyArray(arrayType, desc, n);
}

// ---- item conversion ------------------------------------------------------------------------------

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

function overflow(msg: string): never {
  raiseError(OverflowError, msg);
}

/** A C converter's range check: "<what> is less than minimum" / "greater than maximum". */
function range(n: PyInt, lo: number, hi: number, what: string): void {
  if (n < lo) overflow(`${what} is less than minimum`);
  if (n > hi) overflow(`${what} is greater than maximum`);
}

function longCheck(n: PyInt): void {
  if (typeof n === "bigint" && (n < LONG_MIN || n > LONG_MAX)) overflow("Python int too large to convert to C long");
}

/** An integer item for typecode `code`, as the store takes it. */
function convertInt(code: string, v: PyValue): number | bigint {
  const n: PyInt = typeof v === "number" ? v : index(v);
  switch (code) {
    case "b":
      longCheck(n);
      range(n, -32768, 32767, "signed short integer");
      range(n, -128, 127, "signed char");
      return Number(n);
    case "B":
      longCheck(n);
      range(n, 0, 255, "unsigned byte integer");
      return Number(n);
    case "h":
      longCheck(n);
      range(n, -32768, 32767, "signed short integer");
      return Number(n);
    case "H":
      longCheck(n);
      range(n, -(2 ** 31), 2 ** 31 - 1, "signed integer");
      range(n, 0, 65535, "unsigned short");
      return Number(n);
    case "i":
      longCheck(n);
      range(n, -(2 ** 31), 2 ** 31 - 1, "signed integer");
      return Number(n);
    case "I":
      if (n < 0) overflow("can't convert negative value to unsigned int");
      if (typeof n === "bigint" && n > ULONG_MAX) overflow("Python int too large to convert to C unsigned long");
      if (n > 2 ** 32 - 1) overflow("unsigned int is greater than maximum");
      return Number(n);
    case "l":
      longCheck(n);
      return BigInt(n);
    case "L":
      if (n < 0) overflow("can't convert negative value to unsigned int");
      if (typeof n === "bigint" && n > ULONG_MAX) overflow("Python int too large to convert to C unsigned long");
      return BigInt(n);
    case "q":
      if (typeof n === "bigint" && (n < LONG_MIN || n > LONG_MAX)) overflow("int too big to convert");
      return BigInt(n);
    case "Q":
      if (n < 0) overflow("can't convert negative int to unsigned");
      if (typeof n === "bigint" && n > ULONG_MAX) overflow("int too big to convert");
      return BigInt(n);
    default:
      throw new Error(`array: not an integer typecode ${code}`);
  }
}

/** One item converted for the array's store (raises as CPython's setitem would). */
function convert(desc: Desc, v: PyValue): number | bigint {
  switch (desc.kind) {
    case Kind.Int:
    case Kind.Big:
      return convertInt(desc.code, v);
    case Kind.Float:
      return asDouble(v);
    case Kind.Unicode: {
      const s = strValue(v);
      if (s === undefined || cpLength(s) !== 1) typeError("array item must be unicode character");
      return s.codePointAt(0)!;
    }
  }
}

/** The code points of a str, for a 'u' array. */
function codePoints(s: string): Uint32Array {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return Uint32Array.from(out);
}

/** Raw items for `desc` from a list of Python values (all converted before any is stored). */
function convertAll(desc: Desc, items: readonly PyValue[]): Store {
  const out = desc.make(items.length);
  for (let i = 0; i < items.length; i++) storeSet(out, i, convert(desc, items[i]));
  return out;
}

/** The raw items stored in bytes `b` (whose length is a multiple of the item size). */
function fromBytes(a: PyArray, b: Uint8Array): void {
  const size = a.desc.itemsize;
  if (b.length % size !== 0) valueError("bytes length not a multiple of item size");
  const copy = b.slice();
  const items = a.desc.make(0).constructor as unknown as { new(buf: ArrayBuffer, off: number, n: number): Store };
  a.pushAll(new items(copy.buffer, copy.byteOffset, copy.length / size));
}

function fromUnicode(a: PyArray, v: PyValue): void {
  const s = strValue(v);
  if (s === undefined) typeError(`fromunicode() argument must be str, not ${typeName(v)}`);
  a.pushAll(codePoints(s));
}

/** The str of a 'u' array. */
function toUnicode(a: PyArray): string {
  let s = "";
  for (let i = 0; i < a.n; i++) s += charOf(a.buf[i] as number);
  return s;
}

/** a.extend(iterable) (array_do_extend / array_iter_extend). */
function extend(a: PyArray, v: PyValue): void {
  if (isArray(v)) {
    if (v.desc.code !== a.desc.code) typeError("can only extend with array of same kind");
    a.pushAll(v.raw());
    return;
  }
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.push(convert(a.desc, x));
}

// ---- construction ---------------------------------------------------------------------------------

/** array.__new__(cls, typecode[, initializer]) (array_new). */
function arrayNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  if (kwnames !== null && kwnames.length > 0 &&
      (cls === arrayType || cls.lookup("__init__") === arrayType.lookup("__init__"))) {
    typeError("array.array() takes no keyword arguments");
  }
  const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) typeError(`array() takes at least 1 argument (${npos} given)`);
  if (npos > 2) typeError(`array() takes at most 2 arguments (${npos} given)`);
  const tc = args[1];
  const code = strValue(tc);
  if (code === undefined) typeError(`array() argument 1 must be a unicode character, not ${typeName(tc)}`);
  if (cpLength(code) !== 1) typeError(`array() argument 1 must be a unicode character, not ${typeName(tc)}`);
  const init: PyValue | undefined = npos > 1 ? args[2] : undefined;
  const desc = descOf(code);
  if (init !== undefined) {
    if (strValue(init) !== undefined && code !== "u") {
      typeError(`cannot use a str to initialize an array with typecode '${code}'`);
    }
    if (isArray(init) && init.desc.code === "u" && code !== "u") {
      typeError(`cannot use a unicode array to initialize an array with typecode '${code}'`);
    }
  }
  if (desc === undefined) valueError(BAD_TYPECODE);
  const a = new PyArray(cls, desc);
  if (init === undefined) return a;
  if (init instanceof PyList || init instanceof PyTuple) {
    a.pushAll(convertAll(desc, init.items));
  } else if (init instanceof PyBytes || init instanceof PyByteArray) {
    fromBytes(a, bytesData(init)!);
  } else if (strValue(init) !== undefined) {
    fromUnicode(a, init);
  } else if (isArray(init) && init.desc.code === code) {
    a.pushAll(init.raw());
  } else {
    const it = getIter(init);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) a.push(convert(desc, x));
  }
  return a;
}

// ---- indexing -------------------------------------------------------------------------------------

/** An item index of a[i] (negative counts from the end); undefined when out of range. */
function itemAt(a: PyArray, key: PyValue): number | undefined {
  const k = typeof key === "number" ? key : index(key);
  if (typeof k === "bigint") raiseError(IndexError, "cannot fit 'int' into an index-sized integer");
  const i = k < 0 ? k + a.n : k;
  return i < 0 || i >= a.n ? undefined : i;
}

function isIndexable(key: PyValue): boolean {
  return typeof key === "number" || intValue(key) !== undefined || typeOf(key).lookup("__index__") !== undefined;
}

function getItem(a: PyArray, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(key, a.n);
    const out = newArray(a.desc, count);
    for (let i = 0, j = start; i < count; i++, j += step) storeSet(out.buf, i, a.buf[j]);
    return out;
  }
  if (!isIndexable(key)) typeError("array indices must be integers");
  const i = itemAt(a, key);
  if (i === undefined) raiseError(IndexError, "array index out of range");
  return a.get(i);
}

/** a[key] = v, or del a[key] when v is undefined (array_ass_subscr). */
function setItem(a: PyArray, key: PyValue, v: PyValue | undefined): void {
  if (!(key instanceof PySlice)) {
    if (!isIndexable(key)) typeError("array indices must be integers");
    const i = itemAt(a, key);
    if (i === undefined) raiseError(IndexError, "array assignment index out of range");
    if (v === undefined) a.splice(i, i + 1, a.desc.make(0));
    else storeSet(a.buf, i, convert(a.desc, v));
    return;
  }
  const [start, stop, step, count] = sliceIndices(key, a.n);
  let src: Store;
  if (v === undefined) src = a.desc.make(0);
  else {
    if (!isArray(v)) typeError(`can only assign array (not "${typeName(v)}") to array slice`);
    if (v.desc.code !== a.desc.code) typeError("bad argument type for built-in operation");
    src = v.raw();
  }
  if (step === 1) {
    a.splice(start, Math.max(start, stop), src);
    return;
  }
  if (src.length === 0) {
    // A quirk copied from CPython: assigning an empty array to an extended slice deletes it.
    const lo = step > 0 ? start : start + step * (count - 1);
    const st = Math.abs(step);
    const keep = a.desc.make(a.n - count);
    let k = 0;
    for (let i = 0; i < a.n; i++) {
      if (i >= lo && (i - lo) % st === 0 && (i - lo) / st < count) continue;
      storeSet(keep, k++, a.buf[i]);
    }
    a.buf.set(keep as never, 0);
    a.n = k;
    return;
  }
  if (src.length !== count) {
    valueError(`attempt to assign array of size ${src.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) storeSet(a.buf, j, src[i]);
}

// ---- comparison and repr --------------------------------------------------------------------------

/** array_richcompare: arrays only; the first unequal pair decides, else the lengths. */
function compare(op: Cmp) {
  return (args: PyValue[]): PyValue => {
    const v = args[0];
    const w = args[1];
    if (!isArray(v) || !isArray(w)) return NotImplemented;
    if (v.n !== w.n && (op === Cmp.EQ || op === Cmp.NE)) return bool(op === Cmp.NE);
    const n = Math.min(v.n, w.n);
    const rawOk = (v.desc.kind === Kind.Unicode) === (w.desc.kind === Kind.Unicode);
    for (let i = 0; i < n; i++) {
      if (rawOk) {
        // eslint-disable-next-line eqeqeq -- number == bigint compares the values
        if (v.buf[i] == w.buf[i]) continue;
      } else if (richEqBool(v.get(i), w.get(i))) continue;
      return richCompare(v.get(i), w.get(i), op);
    }
    const a = v.n;
    const b = w.n;
    switch (op) {
      case Cmp.LT: return bool(a < b);
      case Cmp.LE: return bool(a <= b);
      case Cmp.EQ: return bool(a === b);
      case Cmp.NE: return bool(a !== b);
      case Cmp.GT: return bool(a > b);
      case Cmp.GE: return bool(a >= b);
    }
  };
}

function arrayRepr(a: PyArray): string {
  const name = a.cls.name;
  const code = a.desc.code;
  if (a.n === 0) return `${name}('${code}')`;
  const body = code === "u" ? repr(toUnicode(a)) : repr(tolist(a));
  return `${name}('${code}', ${body})`;
}

function tolist(a: PyArray): PyList {
  const out = new Array<PyValue>(a.n);
  for (let i = 0; i < a.n; i++) out[i] = a.get(i);
  return new PyList(out);
}

function copyOf(a: PyArray): PyArray {
  const c = newArray(a.desc);
  c.pushAll(a.raw());
  return c;
}

function repeat(a: PyArray, nArg: PyValue): Store {
  const n = repeatCount(nArg, a.n);
  if (n === undefined) typeError(`can't multiply sequence by non-int of type '${typeName(nArg)}'`);
  if (a.n === 0 || n === 0) return a.desc.make(0);
  if (n * a.n * a.desc.itemsize > MAX_SEQUENCE_LENGTH) raiseError(MemoryError, null);
  const out = a.desc.make(n * a.n);
  const one = a.buf.subarray(0, a.n);
  for (let i = 0; i < n; i++) out.set(one as never, i * a.n);
  return out;
}

/** Position of v in a[start:stop], or -1. */
function find(a: PyArray, v: PyValue, start = 0, stop = a.n): number {
  for (let i = start; i < stop && i < a.n; i++) if (richEqBool(a.get(i), v)) return i;
  return -1;
}

/** The argument count check of a slot wrapper (`a.__getitem__()`). */
function slotArgs(args: PyValue[], n: number): void {
  if (args.length - 1 !== n) typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length - 1}`);
}

function ssize(v: PyValue): number {
  const n = index(v);
  if (typeof n === "bigint") overflow("Python int too large to convert to C ssize_t");
  return n;
}

// ---- the methods ----------------------------------------------------------------------------------

function initArray(): void {
  const t = arrayType;
  t.ns.set("__hash__", None);
  defNew(t, arrayNew);
  defGetSet(t, "typecode", (s) => self(s).desc.code);
  defGetSet(t, "itemsize", (s) => self(s).desc.itemsize);
  defMethods(t, {
    append(args, kwnames) {
      checkArgs("append", args, kwnames, 1, 1);
      const a = self(args[0]);
      a.push(convert(a.desc, args[1]));
      return None;
    },
    buffer_info(args, kwnames) {
      checkArgs("buffer_info", args, kwnames, 0, 0);
      return newTuple([idOf(args[0]), self(args[0]).n]);
    },
    byteswap(args, kwnames) {
      checkArgs("byteswap", args, kwnames, 0, 0);
      const a = self(args[0]);
      const size = a.desc.itemsize;
      const b = a.bufferBytes();
      for (let i = 0; i < b.length; i += size) b.subarray(i, i + size).reverse();
      return None;
    },
    count(args, kwnames) {
      checkArgs("count", args, kwnames, 1, 1);
      const a = self(args[0]);
      let c = 0;
      for (let i = 0; i < a.n; i++) if (richEqBool(a.get(i), args[1])) c++;
      return c;
    },
    extend(args, kwnames) {
      checkArgs("extend", args, kwnames, 1, 1);
      extend(self(args[0]), args[1]);
      return None;
    },
    frombytes(args, kwnames) {
      checkArgs("frombytes", args, kwnames, 1, 1);
      const b = bytesData(args[1]);
      if (b === null) typeError(`a bytes-like object is required, not '${typeName(args[1])}'`);
      fromBytes(self(args[0]), b);
      return None;
    },
    fromfile(args, kwnames) {
      checkArgs("fromfile", args, kwnames, 2, 2);
      const a = self(args[0]);
      const n = ssize(args[2]);
      if (n < 0) valueError("negative count");
      const nbytes = n * a.desc.itemsize;
      if (nbytes > MAX_SEQUENCE_LENGTH) raiseError(MemoryError, null);
      const b = callMethod(args[1], "read", [nbytes]);
      if (!(b instanceof PyBytes)) typeError("read() didn't return bytes");
      fromBytes(a, b.data);
      if (b.data.length !== nbytes) raiseError(EOFError, "read() didn't return enough bytes");
      return None;
    },
    fromlist(args, kwnames) {
      checkArgs("fromlist", args, kwnames, 1, 1);
      const a = self(args[0]);
      if (!(args[1] instanceof PyList)) typeError("arg must be list");
      a.pushAll(convertAll(a.desc, args[1].items));
      return None;
    },
    fromunicode(args, kwnames) {
      checkArgs("fromunicode", args, kwnames, 1, 1);
      const a = self(args[0]);
      const s = strValue(args[1]);
      if (s === undefined) typeError(`fromunicode() argument must be str, not ${typeName(args[1])}`);
      if (a.desc.code !== "u") valueError("fromunicode() may only be called on unicode type arrays");
      fromUnicode(a, s);
      return None;
    },
    index(args, kwnames) {
      checkArgs("index", args, kwnames, 1, 3);
      const a = self(args[0]);
      const start = args.length > 2 ? indexBound(args[2], a.n) : 0;
      const stop = args.length > 3 ? indexBound(args[3], a.n) : a.n;
      const i = find(a, args[1], start, stop);
      if (i < 0) valueError("array.index(x): x not in array");
      return i;
    },
    insert(args, kwnames) {
      checkArgs("insert", args, kwnames, 2, 2);
      const a = self(args[0]);
      let i = ssize(args[1]);
      const v = convert(a.desc, args[2]);
      if (i < 0) i = Math.max(0, i + a.n);
      if (i > a.n) i = a.n;
      const one = a.desc.make(1);
      storeSet(one, 0, v);
      a.splice(i, i, one);
      return None;
    },
    pop(args, kwnames) {
      checkArgs("pop", args, kwnames, 0, 1);
      const a = self(args[0]);
      let i = args.length > 1 ? ssize(args[1]) : -1;
      if (a.n === 0) raiseError(IndexError, "pop from empty array");
      if (i < 0) i += a.n;
      if (i < 0 || i >= a.n) raiseError(IndexError, "pop index out of range");
      const v = a.get(i);
      a.splice(i, i + 1, a.desc.make(0));
      return v;
    },
    remove(args, kwnames) {
      checkArgs("remove", args, kwnames, 1, 1);
      const a = self(args[0]);
      const i = find(a, args[1]);
      if (i < 0) valueError("array.remove(x): x not in array");
      a.splice(i, i + 1, a.desc.make(0));
      return None;
    },
    reverse(args, kwnames) {
      checkArgs("reverse", args, kwnames, 0, 0);
      const a = self(args[0]);
      a.buf.subarray(0, a.n).reverse();
      return None;
    },
    tobytes(args, kwnames) {
      checkArgs("tobytes", args, kwnames, 0, 0);
      return new PyBytes(self(args[0]).bufferBytes().slice());
    },
    tofile(args, kwnames) {
      checkArgs("tofile", args, kwnames, 1, 1);
      const b = self(args[0]).bufferBytes().slice();
      const BLOCK = 64 * 1024;
      for (let i = 0; i < b.length; i += BLOCK) callMethod(args[1], "write", [new PyBytes(b.slice(i, i + BLOCK))]);
      return None;
    },
    tolist(args, kwnames) {
      checkArgs("tolist", args, kwnames, 0, 0);
      return tolist(self(args[0]));
    },
    tounicode(args, kwnames) {
      checkArgs("tounicode", args, kwnames, 0, 0);
      const a = self(args[0]);
      if (a.desc.code !== "u") valueError("tounicode() may only be called on unicode type arrays");
      return toUnicode(a);
    },
    __reduce_ex__(args, kwnames) {
      checkArgs("__reduce_ex__", args, kwnames, 1, 1);
      const a = self(args[0]);
      const protocol = ssize(args[1]);
      const dict = getAttrOpt(a, "__dict__") ?? None;
      if (protocol < 3) return newTuple([a.cls, newTuple([a.desc.code, tolist(a)]), dict]);
      const bytes = new PyBytes(a.bufferBytes().slice());
      return newTuple([reconstructorFn, newTuple([a.cls, a.desc.code, a.desc.mformat, bytes]), dict]);
    },
    __copy__(args, kwnames) {
      checkArgs("__copy__", args, kwnames, 0, 0);
      return copyOf(self(args[0]));
    },
    __deepcopy__(args, kwnames) {
      checkArgs("__deepcopy__", args, kwnames, 1, 1);
      return copyOf(self(args[0]));
    },
    __sizeof__(args, kwnames) {
      checkArgs("__sizeof__", args, kwnames, 0, 0);
      const a = self(args[0]);
      return 64 + a.buf.length * a.desc.itemsize;
    },
    __len__: (args) => self(args[0]).n,
    __getitem__(args) {
      slotArgs(args, 1);
      return getItem(self(args[0]), args[1]);
    },
    __setitem__(args) {
      slotArgs(args, 2);
      setItem(self(args[0]), args[1], args[2]);
      return None;
    },
    __delitem__(args) {
      slotArgs(args, 1);
      setItem(self(args[0]), args[1], undefined);
      return None;
    },
    __contains__(args) {
      slotArgs(args, 1);
      return bool(find(self(args[0]), args[1]) >= 0);
    },
    __iter__: (args) => new ArrayIter(self(args[0])),
    __repr__: (args) => arrayRepr(self(args[0])),
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __lt__: compare(Cmp.LT),
    __le__: compare(Cmp.LE),
    __gt__: compare(Cmp.GT),
    __ge__: compare(Cmp.GE),
    __add__(args) {
      slotArgs(args, 1);
      const a = self(args[0]);
      const b = args[1];
      if (!isArray(b)) typeError(`can only append array (not "${typeName(b)}") to array`);
      if (b.desc.code !== a.desc.code) typeError("bad argument type for built-in operation");
      const c = copyOf(a);
      c.pushAll(b.raw());
      return c;
    },
    __iadd__(args) {
      slotArgs(args, 1);
      const a = self(args[0]);
      const b = args[1];
      if (!isArray(b)) typeError(`can only extend array with array (not "${typeName(b)}")`);
      extend(a, b);
      return a;
    },
    __mul__(args) {
      slotArgs(args, 1);
      const a = self(args[0]);
      const out = newArray(a.desc);
      out.pushAll(repeat(a, args[1]));
      return out;
    },
    __rmul__(args) {
      slotArgs(args, 1);
      const a = self(args[0]);
      const out = newArray(a.desc);
      out.pushAll(repeat(a, args[1]));
      return out;
    },
    __imul__(args) {
      slotArgs(args, 1);
      const a = self(args[0]);
      const r = repeat(a, args[1]);
      a.n = 0;
      a.pushAll(r);
      return a;
    },
  });
  t.ns.set("__doc__", "array(typecode [, initializer]) -> array\n\n" +
    "Return a new array whose items are restricted by typecode, and\n" +
    "initialized from the optional initializer value, which must be a list,\n" +
    "string or iterable over elements of the appropriate type.");
}

// ---- the iterator ---------------------------------------------------------------------------------

/** arrayiterator: walks by position over the live array; exhausted for good once past the end. */
export class ArrayIter extends PyIter {
  arr: PyArray | null;
  i: number;

  constructor(a: PyArray) {
    super(arrayIterType);
    this.arr = a;
    this.i = 0;
  }

  next(): PyValue | undefined {
    const a = this.arr;
    if (a === null) return undefined;
    if (this.i >= a.n) {
      this.arr = null;
      return undefined;
    }
    return a.get(this.i++);
  }
}

function initIter(): void {
  defNew(arrayIterType, () => typeError("cannot create 'array.arrayiterator' instances"));
  defMethods(arrayIterType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as ArrayIter).next();
      if (v === undefined) raiseError(StopIteration);
      return v;
    },
    __reduce__(args, kwnames) {
      checkArgs("__reduce__", args, kwnames, 0, 0);
      const it = args[0] as ArrayIter;
      if (it.arr === null) return newTuple([builtinIter, newTuple([newTuple([])])]);
      return newTuple([builtinIter, newTuple([it.arr]), it.i]);
    },
    __setstate__(args, kwnames) {
      checkArgs("__setstate__", args, kwnames, 1, 1);
      const it = args[0] as ArrayIter;
      let i = ssize(args[1]);
      if (i < 0) i = 0;
      if (it.arr !== null && i > it.arr.n) i = it.arr.n;
      it.i = i;
      return None;
    },
  });
}

// ---- _array_reconstructor -------------------------------------------------------------------------

/**
 * Machine format codes 0..21: [unit size, signed, big-endian, kind]. A quirk copied from
 * CPython: the UTF-16 and UTF-32 formats check the length against 4 and 8 bytes.
 */
const enum MKind { Int, Float, Utf16, Utf32 }
const MFORMATS: [number, boolean, boolean, MKind][] = [
  [1, false, false, MKind.Int], [1, true, false, MKind.Int],
  [2, false, false, MKind.Int], [2, false, true, MKind.Int], [2, true, false, MKind.Int], [2, true, true, MKind.Int],
  [4, false, false, MKind.Int], [4, false, true, MKind.Int], [4, true, false, MKind.Int], [4, true, true, MKind.Int],
  [8, false, false, MKind.Int], [8, false, true, MKind.Int], [8, true, false, MKind.Int], [8, true, true, MKind.Int],
  [4, false, false, MKind.Float], [4, false, true, MKind.Float], [8, false, false, MKind.Float], [8, false, true, MKind.Float],
  [4, false, false, MKind.Utf16], [4, false, true, MKind.Utf16], [8, false, false, MKind.Utf32], [8, false, true, MKind.Utf32],
];

/**
 * The initializer and typecode of an array rebuilt from bytes `b` in machine format `mf`: a
 * str for the UTF formats, else a list. Integer formats pick the native typecode of their size
 * and signedness (the last in typecode order, as CPython does) instead of the one asked for.
 */
function decodeMachine(mf: number, code: string, b: Uint8Array): [string, PyValue] {
  const [size, signed, big, kind] = MFORMATS[mf];
  if (b.length % size !== 0) valueError("string length not a multiple of item size");
  if (kind === MKind.Utf16) return [code, bytesDecode(b, big ? "utf-16-be" : "utf-16-le")];
  if (kind === MKind.Utf32) return [code, bytesDecode(b, big ? "utf-32-be" : "utf-32-le")];
  const dv = new DataView(b.buffer, b.byteOffset, b.length);
  const le = !big;
  const out: PyValue[] = [];
  for (let p = 0; p < b.length; p += size) {
    if (kind === MKind.Float) out.push(new PyFloat(size === 4 ? dv.getFloat32(p, le) : dv.getFloat64(p, le)));
    else if (size === 1) out.push(signed ? dv.getInt8(p) : dv.getUint8(p));
    else if (size === 2) out.push(signed ? dv.getInt16(p, le) : dv.getUint16(p, le));
    else if (size === 4) out.push(signed ? dv.getInt32(p, le) : dv.getUint32(p, le));
    else out.push(normalize(signed ? dv.getBigInt64(p, le) : dv.getBigUint64(p, le)));
  }
  if (kind === MKind.Int) {
    for (const d of DESCS) {
      const dSigned = d.code === d.code.toLowerCase();
      if (d.kind !== Kind.Float && d.kind !== Kind.Unicode && d.itemsize === size && dSigned === signed) code = d.code;
    }
  }
  return [code, new PyList(out)];
}

function reconstructor(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs("_array_reconstructor", args, kwnames, 4, 4, 0);
  const [cls, tc, mfArg, items] = args;
  if (!(cls instanceof PyType)) typeError(`first argument must be a type object, not ${typeName(cls)}`);
  if (!cls.mro.includes(arrayType)) typeError(`${cls.name} is not a subtype of array.array`);
  const code = strValue(tc);
  if (code === undefined || cpLength(code) !== 1) {
    typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${typeName(tc)}`);
  }
  const mfv = intValue(mfArg);
  if (mfv === undefined) typeError(`'${typeName(mfArg)}' object cannot be interpreted as an integer`);
  const desc = descOf(code);
  if (desc === undefined) valueError("second argument must be a valid type code");
  if (typeof mfv === "bigint" || mfv < 0 || mfv > 21) valueError("third argument must be a valid machine format code.");
  if (!(items instanceof PyBytes)) typeError(`fourth argument should be bytes, not ${typeName(items)}`);
  if (mfv === desc.mformat) return arrayNew([cls, code, items], null);
  const [newCode, init] = decodeMachine(mfv, code, items.data);
  return arrayNew([cls, newCode, init], null);
}

const reconstructorFn = moduleFunction("array", "_array_reconstructor", reconstructor);

// ---- the module -----------------------------------------------------------------------------------

initArray();
initIter();

defineModule("array", (dict) => {
  dict.set("array", arrayType);
  dict.set("ArrayType", arrayType);
  dict.set("typecodes", TYPECODES);
  dict.set("_array_reconstructor", reconstructorFn);
  // array_modexec: array is registered as a collections.abc.MutableSequence.
  const abc = importModuleLevel("collections.abc", None, new PyTuple(["MutableSequence"]), 0);
  call(getAttr(getAttr(abc, "MutableSequence"), "register"), [arrayType]);
}, "This module defines an object type which can efficiently represent\n" +
  "an array of basic values: characters, integers, floating point\n" +
  "numbers.  Arrays are sequence types and behave very much like lists,\n" +
  "except that the type of objects stored in them is constrained.\n");
