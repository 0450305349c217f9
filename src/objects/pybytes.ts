// bytes and bytearray's Python-visible methods (CPython 3.11 Objects/bytesobject.c,
// bytearrayobject.c): argument checking and conversion with CPython's messages around the pure
// algorithms of bytesmethods.ts and strcodecs.ts, plus bytearray's mutators.
//
// The two types share one method table, made per type by `sharedMethods`: a method reads its
// receiver's bytes with `dataOf` and wraps its result with the table's `make` (bytes methods
// give bytes and bytearray methods give bytearray, whatever subclass the receiver is). A
// bytearray's content is data[0:length]; the rest of `data` is spare capacity.

import {
  call, callDescr, Cmp, getIter, hashOf, index, intValue, isInstance, iterNext, PyIter, richCompareBool, strHash, strValue,
  toArray, truthy, typeName,
} from "./abstract";
import { halfBits, halfValue } from "./floatbits";
import * as B from "./bytesmethods";
import { normalize } from "./intmath";
import { IndexError, MemoryError, NotImplementedError, OverflowError, PyBaseException, raiseError, StopIteration, TypeError as TypeErrorT, typeError, valueError } from "./exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew, defStaticMethod, noKwargs, parseArgs } from "./native";
import {
  PyBufferExporter, PyMemoryView, bytesData, cintArg, cmpOp, findArgCount, itemIndexOf, kwArgs, newClsArg, repeatArg, sliceArg, ssizeArg,
} from "./pystr";
import { bytesDecode, latin1String, strEncode } from "./strcodecs";
import { IndexArg, sliceIndices, sliceLength } from "./strcore";
import { bytesPercent } from "./strformat";
import {
  bool, bytearrayType, Ellipsis, PyFloat, bytesType, False, iteratorTypes, None, NotImplemented, PyByteArray, PyBytes, PyList, PySlice,
  PyTuple, PyType, PyValue, True, type NativeFn, memoryviewType, typeOf,
} from "./types";
import { sliceIndices as sliceObjIndices } from "./pyslice";
import { reduceAt, reduceExhausted, stateIndex } from "./pyiters";
import { emptyTuple } from "./pytuple";
import { addressOf } from "./abstract";

const EMPTY = new Uint8Array(0);

// ---- bytes-like values ----------------------------------------------------------------------

/** The bytes of a receiver (a bytes or bytearray, checked by the method descriptor). */
function dataOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  const a = v as PyByteArray;
  return a.data.subarray(0, a.length);
}

/** A bytes-like argument: "a bytes-like object is required, not 'str'". */
function bufArg(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** A search argument: bytes-like, or an int standing for one byte. */
function subArg(v: PyValue): B.ByteSub {
  const d = bytesData(v);
  if (d !== null) return d;
  const i = intValue(v) ?? (typeof v === "object" && v.cls.lookup("__index__") !== undefined ? index(v) : undefined);
  if (i === undefined) typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  return i;
}

/** A byte value argument (append, insert, b[i] = v): ValueError outside range(256). */
function byteArg(v: PyValue): number {
  const i = typeof v === "number" ? v : index(v);
  if (typeof i === "bigint" || i < 0 || i > 255) valueError("byte must be in range(0, 256)");
  return i;
}

function latin1(d: Uint8Array): string {
  return Buffer.from(d.buffer, d.byteOffset, d.length).toString("latin1");
}

/** Lexicographic comparison of two byte strings: <0, 0, >0. */
function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length));
}

/**
 * The content of bytes(x) / bytearray(x) for one source argument (no encoding): an int count,
 * a bytes-like object, or an iterable of ints. `what` names the type being made, for the
 * messages (which differ between bytes and bytearray). __bytes__ is the caller's (bytes only).
 */
function bytesFromSource(x: PyValue, what: string): Uint8Array {
  if (strValue(x) !== undefined) typeError("string argument without an encoding");
  const n = intValue(x) ?? (typeof x === "object" && x.cls.lookup("__index__") !== undefined ? index(x) : undefined);
  if (n !== undefined) {
    if (typeof n === "bigint") raiseError(OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0) valueError("negative count");
    if (n > 0x7fffffff) raiseError(MemoryError, null);
    return new Uint8Array(n);
  }
  const d = bytesData(x);
  if (d !== null) return d.slice();
  let items: readonly PyValue[];
  if (x instanceof PyList || x instanceof PyTuple) items = x.items;
  else {
    try {
      getIter(x);
    } catch (e) {
      if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) typeError(`cannot convert '${typeName(x)}' object to ${what}`);
      throw e;
    }
    items = toArray(x);
  }
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    const b = typeof v === "number" ? v : index(v);
    if (typeof b === "bigint" || b < 0 || b > 255) valueError(`${what === "bytes" ? "bytes" : "byte"} must be in range(0, 256)`);
    out[i] = b;
  }
  return out;
}

/**
 * The source, encoding and errors arguments of bytes() and bytearray(): the bytes they make,
 * or null when `source` should be handled by the caller (no encoding given).
 */
function encodeSource(fname: string, x: PyValue | undefined, enc: PyValue | undefined, errs: PyValue | undefined): Uint8Array | null {
  const encoding = enc === undefined ? undefined : strArgNamed(enc, `${fname}() argument 'encoding'`);
  const errors = errs === undefined ? undefined : strArgNamed(errs, `${fname}() argument 'errors'`);
  if (x === undefined) {
    if (encoding !== undefined) typeError("encoding without a string argument");
    if (errors !== undefined) typeError("errors without a string argument");
    return EMPTY;
  }
  const s = strValue(x);
  if (encoding !== undefined) {
    if (s === undefined) typeError("encoding without a string argument");
    return strEncode(s, encoding, errors ?? "strict");
  }
  if (errors !== undefined) typeError(s === undefined ? "errors without a string argument" : "string argument without an encoding");
  return null;
}

function strArgNamed(v: PyValue, what: string): string {
  const s = strValue(v);
  if (s === undefined) typeError(`${what} must be str, not ${typeName(v)}`);
  return s;
}

// ---- iterators ------------------------------------------------------------------------------

/** Iterates the bytes of a bytes or bytearray as ints (a bytearray is read live). */
export class BytesIter extends PyIter {
  i = 0;
  /** The object iterated, null once exhausted (it then pickles as iter(())). */
  obj: PyBytes | PyByteArray | null;
  constructor(cls: PyType, obj: PyBytes | PyByteArray) {
    super(cls);
    this.obj = obj;
  }
  next(): PyValue | undefined {
    const o = this.obj;
    if (o === null) return undefined;
    const n = o instanceof PyBytes ? o.data.length : o.length;
    if (this.i >= n) {
      this.obj = null;
      return undefined;
    }
    return o.data[this.i++];
  }
}

function initBytesIter(t: PyType): void {
  defMethods(t, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as BytesIter).next();
      if (v === undefined) raiseError(StopIteration);
      return v;
    },
    __length_hint__(args) {
      const it = args[0] as BytesIter;
      if (it.obj === null) return 0;
      const n = dataOf(it.obj).length - it.i;
      return n > 0 ? n : 0;
    },
    __reduce__(args) {
      const it = args[0] as BytesIter;
      return it.obj === null ? reduceExhausted(emptyTuple) : reduceAt(it.obj, it.i);
    },
    __setstate__(args) {
      checkArgs(`${t.name}.__setstate__`, args, null, 1, 1);
      const it = args[0] as BytesIter;
      const i = stateIndex(args[1]);
      if (it.obj !== null) it.i = Math.max(0, it.obj instanceof PyBytes ? Math.min(i, it.obj.data.length) : i);
      return None;
    },
  });
}

// ---- the shared methods -----------------------------------------------------------------------

interface Kind {
  name: "bytes" | "bytearray";
  make(d: Uint8Array): PyValue;
}

type FindFn = (b: Uint8Array, sub: B.ByteSub, start?: IndexArg, end?: IndexArg) => number;
type MatchFn = (b: Uint8Array, x: Uint8Array, start?: IndexArg, end?: IndexArg) => boolean;

function sharedMethods(k: Kind): Record<string, NativeFn> {
  const { name: tname, make } = k;

  const find = (name: string, f: FindFn): NativeFn => (args, kwnames) => {
    if (kwnames !== null || args.length !== 2) findArgCount(tname, name, args, kwnames);
    const sub = subArg(args[1]);
    return f(dataOf(args[0]), sub, sliceArg(args[2]), sliceArg(args[3]));
  };

  const startsEnds = (name: string, f: MatchFn): NativeFn => (args, kwnames) => {
    if (kwnames !== null || args.length !== 2) findArgCount(tname, name, args, kwnames);
    const b = dataOf(args[0]);
    const x = args[1];
    const start = sliceArg(args[2]);
    const end = sliceArg(args[3]);
    const p = bytesData(x);
    if (p !== null) return bool(f(b, p, start, end));
    if (x instanceof PyTuple) {
      for (const item of x.items) if (f(b, bufArg(item), start, end)) return True;
      return False;
    }
    typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(x)}`);
  };

  const unary = (name: string, f: (b: Uint8Array) => Uint8Array): NativeFn => (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) checkArgs(`${tname}.${name}`, args, kwnames, 0, 0);
    return make(f(dataOf(args[0])));
  };

  const predicate = (name: string, f: (b: Uint8Array) => boolean): NativeFn => (args, kwnames) => {
    if (args.length !== 1 || kwnames !== null) checkArgs(`${tname}.${name}`, args, kwnames, 0, 0);
    return bool(f(dataOf(args[0])));
  };

  const justify = (name: string, f: (b: Uint8Array, w: number, fill?: Uint8Array, fillType?: string) => Uint8Array): NativeFn =>
    (args, kwnames) => {
      noKwargs(`${tname}.${name}`, kwnames);
      checkArgs(name, args, null, 1, 2);
      const width = ssizeArg(args[1]);
      let fill: Uint8Array | undefined;
      if (args.length > 2) {
        const d = bytesData(args[2]);
        if (d === null || d.length !== 1) typeError(`${name}() argument 2 must be a byte string of length 1, not ${typeName(args[2])}`);
        fill = d;
      }
      return make(f(dataOf(args[0]), width, fill, args.length > 2 ? typeName(args[2]) : undefined));
    };

  const split = (name: string, f: (b: Uint8Array, sep?: Uint8Array | null, max?: IndexArg) => Uint8Array[]): NativeFn =>
    (args, kwnames) => {
      let sepArg: PyValue | undefined = args[1];
      let maxArg: PyValue | undefined = args[2];
      if (kwnames !== null || args.length > 3) [sepArg, maxArg] = kwArgs(name, args.slice(1), kwnames, ["sep", "maxsplit"]);
      const sep = sepArg === undefined || sepArg === None ? null : bufArg(sepArg);
      const max = maxArg === undefined ? -1 : ssizeArg(maxArg);
      return new PyList(f(dataOf(args[0]), sep, max).map(make));
    };

  const strip = (name: string, f: (b: Uint8Array, chars?: Uint8Array | null) => Uint8Array): NativeFn => (args, kwnames) => {
    noKwargs(`${tname}.${name}`, kwnames);
    checkArgs(name, args, null, 0, 1);
    const c = args[1];
    return make(f(dataOf(args[0]), c === undefined || c === None ? null : bufArg(c)));
  };

  const partition = (name: string, f: (b: Uint8Array, sep: Uint8Array) => Uint8Array[]): NativeFn => (args, kwnames) => {
    checkArgs(`${tname}.${name}`, args, kwnames, 1, 1);
    const sep = bufArg(args[1]);
    return new PyTuple(f(dataOf(args[0]), sep).map(make));
  };

  const affix = (name: string, f: (b: Uint8Array, x: Uint8Array) => Uint8Array): NativeFn => (args, kwnames) => {
    checkArgs(`${tname}.${name}`, args, kwnames, 1, 1);
    return make(f(dataOf(args[0]), bufArg(args[1])));
  };

  const compare = (op: Cmp): NativeFn => (args) => {
    // bytes compares only with bytes; bytearray with any buffer (bytes_richcompare, bytearray_richcompare).
    if (tname === "bytes" && !(args[1] instanceof PyBytes)) return NotImplemented;
    const b = bytesData(args[1]);
    if (b === null) return NotImplemented;
    const a = dataOf(args[0]);
    if ((op === Cmp.EQ || op === Cmp.NE) && a.length !== b.length) return bool(op === Cmp.NE);
    return bool(cmpOp(compareBytes(a, b), op));
  };

  const repeat: NativeFn = (args) => {
    const n = repeatArg(args[1]);
    if (n === undefined) return NotImplemented;
    return make(B.bytesRepeat(dataOf(args[0]), n));
  };

  return {
    __len__: (args) => dataOf(args[0]).length,
    __getitem__(args) {
      const d = dataOf(args[0]);
      const key = args[1];
      if (typeof key === "number") return B.bytesGetItem(d, key, tname === "bytearray");
      if (key instanceof PySlice) return make(B.bytesSlice(d, sliceArg(key.start), sliceArg(key.stop), sliceArg(key.step)));
      const what = tname === "bytes" ? "byte" : "bytearray";
      return B.bytesGetItem(d, itemIndexOf(key, `${what} indices must be integers or slices, not ${typeName(key)}`), tname === "bytearray");
    },
    __contains__(args) {
      const x = args[1];
      const d = bytesData(x);
      if (d !== null) return bool(B.bytesContains(dataOf(args[0]), d));
      const i = intValue(x) ?? (typeof x === "object" && x.cls.lookup("__index__") !== undefined ? index(x) : undefined);
      if (i === undefined) typeError(`a bytes-like object is required, not '${typeName(x)}'`);
      return bool(B.bytesContains(dataOf(args[0]), i));
    },
    __iter__: (args) => new BytesIter(tname === "bytes" ? iteratorTypes.bytes : iteratorTypes.bytearray, args[0] as PyBytes | PyByteArray),
    __add__(args) {
      const b = bytesData(args[1]);
      if (b === null) return NotImplemented;
      const a = dataOf(args[0]);
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return make(out);
    },
    __mul__: repeat,
    __rmul__: repeat,
    __mod__: (args) => make(bytesPercent(dataOf(args[0]), args[1])),
    __rmod__(args) {
      const fmt = bytesData(args[1]);
      if (fmt === null || !(args[1] instanceof PyBytes)) return NotImplemented;
      return new PyBytes(bytesPercent(fmt, args[0]));
    },
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __lt__: compare(Cmp.LT),
    __le__: compare(Cmp.LE),
    __gt__: compare(Cmp.GT),
    __ge__: compare(Cmp.GE),

    find: find("find", B.bytesFind),
    rfind: find("rfind", B.bytesRfind),
    index: find("index", B.bytesIndex),
    rindex: find("rindex", B.bytesRindex),
    count: find("count", B.bytesCount),
    startswith: startsEnds("startswith", B.bytesStartswith),
    endswith: startsEnds("endswith", B.bytesEndswith),
    removeprefix: affix("removeprefix", B.bytesRemoveprefix),
    removesuffix: affix("removesuffix", B.bytesRemovesuffix),

    split: split("split", B.bytesSplit),
    rsplit: split("rsplit", B.bytesRsplit),
    splitlines(args, kwnames) {
      let keep: PyValue | undefined = args[1];
      if (kwnames !== null || args.length > 2) [keep] = kwArgs("splitlines", args.slice(1), kwnames, ["keepends"]);
      const keepends = keep === undefined ? false : cintArg(keep) !== 0;
      return new PyList(B.bytesSplitlines(dataOf(args[0]), keepends).map(make));
    },
    partition: partition("partition", B.bytesPartition),
    rpartition: partition("rpartition", B.bytesRpartition),
    join(args, kwnames) {
      checkArgs(`${tname}.join`, args, kwnames, 1, 1);
      const it = args[1];
      let items: readonly PyValue[];
      if (it instanceof PyList || it instanceof PyTuple) items = it.items;
      else {
        try {
          getIter(it);
        } catch (e) {
          if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) typeError("can only join an iterable");
          throw e;
        }
        items = toArray(it);
      }
      const parts = new Array<Uint8Array>(items.length);
      for (let i = 0; i < items.length; i++) {
        const d = bytesData(items[i]);
        if (d === null) typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(items[i])} found`);
        parts[i] = d;
      }
      return make(B.bytesJoin(dataOf(args[0]), parts));
    },

    strip: strip("strip", B.bytesStrip),
    lstrip: strip("lstrip", B.bytesLstrip),
    rstrip: strip("rstrip", B.bytesRstrip),
    replace(args, kwnames) {
      noKwargs(`${tname}.replace`, kwnames);
      checkArgs("replace", args, null, 2, 3);
      const old = bufArg(args[1]);
      const repl = bufArg(args[2]);
      const count = args.length > 3 ? ssizeArg(args[3]) : -1;
      return make(B.bytesReplace(dataOf(args[0]), old, repl, count));
    },
    center: justify("center", B.bytesCenter),
    ljust: justify("ljust", B.bytesLjust),
    rjust: justify("rjust", B.bytesRjust),
    zfill(args, kwnames) {
      checkArgs(`${tname}.zfill`, args, kwnames, 1, 1);
      return make(B.bytesZfill(dataOf(args[0]), ssizeArg(args[1])));
    },
    expandtabs(args, kwnames) {
      let t: PyValue | undefined = args[1];
      if (kwnames !== null || args.length > 2) [t] = kwArgs("expandtabs", args.slice(1), kwnames, ["tabsize"]);
      return make(B.bytesExpandtabs(dataOf(args[0]), t === undefined ? 8 : cintArg(t)));
    },
    translate(args, kwnames) {
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (args.length - nkw < 2) typeError(`translate() takes at least 1 positional argument (${args.length - nkw - 1} given)`);
      const [table, del] = kwArgs("translate", args.slice(1), kwnames, ["table", "delete"], 1, 1);
      const t = table === None ? null : bufArg(table!);
      // The table's length is checked before the deletions are converted.
      if (t !== null && t.length !== 256) valueError("translation table must be 256 characters long");
      const d = del === undefined ? EMPTY : bufArg(del);
      return make(B.bytesTranslate(dataOf(args[0]), t, d));
    },

    upper: unary("upper", B.bytesUpper),
    lower: unary("lower", B.bytesLower),
    swapcase: unary("swapcase", B.bytesSwapcase),
    title: unary("title", B.bytesTitle),
    capitalize: unary("capitalize", B.bytesCapitalize),
    isascii: predicate("isascii", B.bytesIsascii),
    isspace: predicate("isspace", B.bytesIsspace),
    isalpha: predicate("isalpha", B.bytesIsalpha),
    isalnum: predicate("isalnum", B.bytesIsalnum),
    isdigit: predicate("isdigit", B.bytesIsdigit),
    islower: predicate("islower", B.bytesIslower),
    isupper: predicate("isupper", B.bytesIsupper),
    istitle: predicate("istitle", B.bytesIstitle),

    decode(args, kwnames) {
      let enc: PyValue | undefined = args[1];
      let errs: PyValue | undefined = args[2];
      if (kwnames !== null || args.length > 3) [enc, errs] = kwArgs("decode", args.slice(1), kwnames, ["encoding", "errors"]);
      const encoding = enc === undefined ? "utf-8" : strArgNamed(enc, "decode() argument 'encoding'");
      const errors = errs === undefined ? "strict" : strArgNamed(errs, "decode() argument 'errors'");
      return bytesDecode(dataOf(args[0]), encoding, errors);
    },
    hex: (args, kwnames) => hexMethod(dataOf(args[0]), args, kwnames),
  };
}

/** bytes.hex, bytearray.hex and memoryview.hex (sep=None, bytes_per_sep=1) of `data`, args[0] being self. */
function hexMethod(data: Uint8Array, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  let sepArg: PyValue | undefined = args[1];
  let perArg: PyValue | undefined = args[2];
  if (kwnames !== null || args.length > 3) [sepArg, perArg] = kwArgs("hex", args.slice(1), kwnames, ["sep", "bytes_per_sep"]);
  let sep: string | Uint8Array | undefined;
  if (sepArg !== undefined) {
    sep = strValue(sepArg) ?? bytesData(sepArg) ?? undefined;
    if (sep === undefined) typeError(`object of type '${typeName(sepArg)}' has no len()`);
  }
  return B.bytesHex(data, sep, perArg === undefined ? 1 : cintArg(perArg));
}

/** cls.fromhex(string): a subclass is called with the bytes, as CPython does. */
function fromhexMethod(base: PyType, make: (d: Uint8Array) => PyValue): NativeFn {
  return (args, kwnames) => {
    checkArgs(`${base.name}.fromhex`, args, kwnames, 1, 1);
    const s = strValue(args[1]);
    if (s === undefined) typeError(`fromhex() argument must be str, not ${typeName(args[1])}`);
    const v = make(B.bytesFromhex(s));
    const cls = args[0] as PyType;
    return cls === base ? v : call(cls, [v]);
  };
}

function maketransMethod(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs("maketrans", args, kwnames, 2, 2, 0);
  return new PyBytes(B.bytesMaketrans(bufArg(args[0]), bufArg(args[1])));
}

// ---- bytes ------------------------------------------------------------------------------------

/** hash(b): equal to the hash of the str with the same Latin-1 code points, as in CPython. */
function bytesHash(b: PyBytes): number {
  if (b.hashCache !== null) return b.hashCache as number;
  const h = b.data.length === 0 ? 0 : strHash(latin1(b.data));
  b.hashCache = h;
  return h;
}

function bytesNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] === bytesType ? bytesType : newClsArg(args, bytesType);
  let x: PyValue | undefined;
  let data: Uint8Array | null;
  if (kwnames === null && args.length <= 2) {
    x = args[1];
    data = x === undefined ? EMPTY : null;
  } else {
    const [src, enc, errs] = kwArgs("bytes", args.slice(1), kwnames, ["source", "encoding", "errors"]);
    x = src;
    data = encodeSource("bytes", src, enc, errs);
  }
  if (data === null) {
    const src = x!;
    if (src instanceof PyBytes && src.cls === bytesType && cls === bytesType) return src;
    const f = typeof src === "object" ? src.cls.lookup("__bytes__") : undefined;
    if (f !== undefined) {
      const r = callDescr(f, src, []);
      if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      if (cls === bytesType) return r;
      data = r.data;
    } else data = bytesFromSource(src, "bytes");
  }
  return new PyBytes(data, cls);
}

function initBytesType(): void {
  const make = (d: Uint8Array): PyValue => new PyBytes(d);
  defNew(bytesType, bytesNew);
  defMethods(bytesType, sharedMethods({ name: "bytes", make }));
  defMethods(bytesType, {
    __hash__: (args) => bytesHash(args[0] as PyBytes),
    __repr__: (args) => B.reprBytes(dataOf(args[0])),
    __str__: (args) => B.reprBytes(dataOf(args[0])),
    __bytes__(args, kwnames) {
      checkArgs("bytes.__bytes__", args, kwnames, 0, 0);
      const b = args[0] as PyBytes;
      return b.cls === bytesType ? b : new PyBytes(b.data);
    },
    __getnewargs__(args, kwnames) {
      checkArgs("bytes.__getnewargs__", args, kwnames, 0, 0);
      return new PyTuple([new PyBytes((args[0] as PyBytes).data)]);
    },
    __sizeof__(args, kwnames) {
      checkArgs("bytes.__sizeof__", args, kwnames, 0, 0);
      return 33 + (args[0] as PyBytes).data.length;
    },
  });
  defClassMethod(bytesType, "fromhex", fromhexMethod(bytesType, make));
  defStaticMethod(bytesType, "maketrans", maketransMethod);
}

// ---- bytearray ----------------------------------------------------------------------------------

/** Makes room for `n` bytes of content, keeping the current content. */
function reserve(a: PyByteArray, n: number): void {
  if (a.data.length >= n) return;
  const grown = new Uint8Array(Math.max(n, (a.data.length * 1.5) | 0, 16));
  grown.set(a.data.subarray(0, a.length));
  a.data = grown;
}

/** Replaces content [lo, hi) with `repl` (which may alias the content: it is copied first). */
function splice(a: PyByteArray, lo: number, hi: number, repl: Uint8Array): void {
  if (repl.buffer === a.data.buffer) repl = repl.slice();
  const newLen = a.length - (hi - lo) + repl.length;
  if (repl.length !== hi - lo) {
    reserve(a, newLen);
    a.data.copyWithin(lo + repl.length, hi, a.length);
  }
  a.data.set(repl, lo);
  a.length = newLen;
}

function setContent(a: PyByteArray, d: Uint8Array): void {
  a.data = d.buffer === a.data.buffer ? d.slice() : d;
  a.length = d.length;
}

/** The right side of `ba[slice] = v`: bytes-like, or an iterable of ints (not an int, not a str). */
function assignedBytes(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d !== null) return d;
  if (intValue(v) !== undefined || strValue(v) !== undefined) {
    typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytesFromSource(v, "bytearray");
}

function bytearrayAssign(a: PyByteArray, key: PyValue, v: PyValue | undefined): void {
  if (key instanceof PySlice) {
    const [lo, hi, step] = sliceIndices(a.length, sliceArg(key.start), sliceArg(key.stop), sliceArg(key.step));
    const repl = v === undefined ? EMPTY : assignedBytes(v);
    if (step === 1) {
      splice(a, lo, Math.max(lo, hi), repl);
      return;
    }
    const n = sliceLength(lo, hi, step);
    if (v === undefined) {
      // Delete every selected byte, compacting the rest in one pass.
      if (n === 0) return;
      const drop = new Uint8Array(a.length);
      for (let k = 0, i = lo; k < n; k++, i += step) drop[i] = 1;
      let w = 0;
      for (let i = 0; i < a.length; i++) if (!drop[i]) a.data[w++] = a.data[i];
      a.length = w;
      return;
    }
    if (repl.length !== n) {
      valueError(`attempt to assign bytes of size ${repl.length} to extended slice of size ${n}`);
    }
    const src = repl.buffer === a.data.buffer ? repl.slice() : repl;
    for (let k = 0, i = lo; k < n; k++, i += step) a.data[i] = src[k];
    return;
  }
  let i = itemIndexOf(key, `bytearray indices must be integers or slices, not ${typeName(key)}`);
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) raiseError(IndexError, "bytearray index out of range");
  if (v === undefined) splice(a, i, i + 1, EMPTY);
  else a.data[i] = byteArg(v);
}

function bytearrayInit(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const a = args[0] as PyByteArray;
  const [src, enc, errs] = kwArgs("bytearray", args.slice(1), kwnames, ["source", "encoding", "errors"]);
  let data = encodeSource("bytearray", src, enc, errs);
  if (data === null) data = bytesFromSource(src!, "bytearray");
  setContent(a, data === EMPTY ? new Uint8Array(0) : data);
  return None;
}

function initBytearrayType(): void {
  const make = (d: Uint8Array): PyValue => new PyByteArray(d, d.length);
  defNew(bytearrayType, (args) => new PyByteArray(new Uint8Array(0), 0, newClsArg(args, bytearrayType)));
  bytearrayType.nativeNew = (cls) => new PyByteArray(new Uint8Array(0), 0, cls);
  defMethods(bytearrayType, sharedMethods({ name: "bytearray", make }));
  /** `bytearray(b'...')`, with the subclass's name for a subclass (str() is the same). */
  const bytearrayRepr = (a: PyByteArray): string => {
    const r = B.reprBytes(dataOf(a), true);
    return a.cls === bytearrayType ? r : a.cls.name + r.slice("bytearray".length);
  };
  // _common_reduce: protocols 0-2 pickle the content as a latin-1 str, later ones as bytes; the
  // state is what __getstate__ gives (the instance __dict__ and slots).
  const reduce = (self: PyByteArray, proto: number): PyValue => {
    const gs = typeOf(self).lookup("__getstate__");
    const state = gs !== undefined ? callDescr(gs, self, []) : self.dict === null || self.dict.size === 0 ? None : self.dict;
    const data = self.data.subarray(0, self.length);
    let args: PyValue;
    if (proto < 3) args = new PyTuple([latin1String(data, 0, data.length), "latin-1"]);
    else args = data.length > 0 ? new PyTuple([new PyBytes(data.slice())]) : emptyTuple;
    return new PyTuple([self.cls, args, state]);
  };
  defMethods(bytearrayType, {
    __reduce__: (args) => reduce(args[0] as PyByteArray, 0),
    __reduce_ex__(args) {
      checkArgs("__reduce_ex__", args, null, 0, 1);
      const p = args.length > 1 ? index(args[1]) : 0;
      return reduce(args[0] as PyByteArray, typeof p === "bigint" ? 4 : p);
    },
  });
  defMethods(bytearrayType, {
    __init__: bytearrayInit,
    __repr__: (args) => bytearrayRepr(args[0] as PyByteArray),
    __str__: (args) => bytearrayRepr(args[0] as PyByteArray),
    __setitem__(args) {
      bytearrayAssign(args[0] as PyByteArray, args[1], args[2]);
      return None;
    },
    __delitem__(args) {
      bytearrayAssign(args[0] as PyByteArray, args[1], undefined);
      return None;
    },
    __iadd__(args) {
      const b = bytesData(args[1]);
      if (b === null) typeError(`can't concat ${typeName(args[1])} to bytearray`);
      const a = args[0] as PyByteArray;
      splice(a, a.length, a.length, b);
      return a;
    },
    __imul__(args) {
      const a = args[0] as PyByteArray;
      const n = repeatArg(args[1]);
      if (n === undefined) typeError(`'${typeName(args[1])}' object cannot be interpreted as an integer`);
      setContent(a, B.bytesRepeat(dataOf(a), n));
      return a;
    },
    __alloc__: (args) => {
      const a = args[0] as PyByteArray;
      return a.length === 0 ? 0 : a.length + 1;
    },
    __sizeof__(args, kwnames) {
      checkArgs("bytearray.__sizeof__", args, kwnames, 0, 0);
      const a = args[0] as PyByteArray;
      return 56 + (a.length === 0 ? 0 : a.length + 1);
    },
    append(args, kwnames) {
      checkArgs("bytearray.append", args, kwnames, 1, 1);
      const a = args[0] as PyByteArray;
      const b = byteArg(args[1]);
      reserve(a, a.length + 1);
      a.data[a.length++] = b;
      return None;
    },
    extend(args, kwnames) {
      checkArgs("bytearray.extend", args, kwnames, 1, 1);
      const a = args[0] as PyByteArray;
      const x = args[1];
      let d = bytesData(x);
      if (d === null) {
        if (notIterable(x)) typeError(`can't extend bytearray with ${typeName(x)}`);
        const items: number[] = [];
        const it = getIter(x);
        for (let v = iterNext(it); v !== undefined; v = iterNext(it)) items.push(byteArg(v));
        d = Uint8Array.from(items);
      }
      splice(a, a.length, a.length, d);
      return None;
    },
    insert(args, kwnames) {
      noKwargs("bytearray.insert", kwnames);
      checkArgs("insert", args, null, 2, 2);
      const a = args[0] as PyByteArray;
      let i = ssizeArg(args[1]);
      const b = byteArg(args[2]);
      if (i < 0) i = Math.max(0, i + a.length);
      else if (i > a.length) i = a.length;
      splice(a, i, i, Uint8Array.of(b));
      return None;
    },
    pop(args, kwnames) {
      noKwargs("bytearray.pop", kwnames);
      checkArgs("pop", args, null, 0, 1);
      const a = args[0] as PyByteArray;
      let i = args.length > 1 ? ssizeArg(args[1]) : -1;
      if (a.length === 0) raiseError(IndexError, "pop from empty bytearray");
      if (i < 0) i += a.length;
      if (i < 0 || i >= a.length) raiseError(IndexError, "pop index out of range");
      const v = a.data[i];
      splice(a, i, i + 1, EMPTY);
      return v;
    },
    remove(args, kwnames) {
      checkArgs("bytearray.remove", args, kwnames, 1, 1);
      const a = args[0] as PyByteArray;
      const b = byteArg(args[1]);
      const i = dataOf(a).indexOf(b);
      if (i < 0) valueError("value not found in bytearray");
      splice(a, i, i + 1, EMPTY);
      return None;
    },
    clear(args, kwnames) {
      checkArgs("bytearray.clear", args, kwnames, 0, 0);
      setContent(args[0] as PyByteArray, new Uint8Array(0));
      return None;
    },
    reverse(args, kwnames) {
      checkArgs("bytearray.reverse", args, kwnames, 0, 0);
      dataOf(args[0]).reverse();
      return None;
    },
    copy(args, kwnames) {
      checkArgs("bytearray.copy", args, kwnames, 0, 0);
      return make(dataOf(args[0]).slice());
    },
  });
  bytearrayType.ns.set("__hash__", None);
  defClassMethod(bytearrayType, "fromhex", fromhexMethod(bytearrayType, make));
  defStaticMethod(bytearrayType, "maketrans", maketransMethod);
}

/** True when v can't be iterated at all (for extend's "can't extend bytearray with int"). */
function notIterable(v: PyValue): boolean {
  if (typeof v !== "object") return typeof v !== "string";
  return v.cls.lookup("__iter__") === undefined && v.cls.lookup("__getitem__") === undefined;
}

export function initBytes(): void {
  initBytesType();
  initBytearrayType();
  initBytesIter(iteratorTypes.bytes);
  initBytesIter(iteratorTypes.bytearray);
  initMemoryView();
}

// ---- memoryview (one-dimensional byte views only) ---------------------------------------------

function mvSelf(v: PyValue): PyMemoryView {
  const m = v as PyMemoryView;
  m.check();
  return m;
}

/** Native item sizes of the formats memoryview.cast accepts (x86-64 Linux). */
const MV_FORMATS: Record<string, number> = {
  B: 1, b: 1, c: 1, "?": 1, H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8, P: 8, f: 4, d: 8,
};

/** The item of a cast view at byte offset `pos`. */
function mvItem(m: PyMemoryView, pos: number): PyValue {
  const b = m.base();
  const dv = new DataView(b.buffer, b.byteOffset + pos, m.itemsize);
  switch (m.fmt) {
    case "B": return dv.getUint8(0);
    case "b": return dv.getInt8(0);
    case "c": return new PyBytes(b.slice(pos, pos + 1));
    case "?": return bool(dv.getUint8(0) !== 0);
    case "H": return dv.getUint16(0, true);
    case "h": return dv.getInt16(0, true);
    case "I": return dv.getUint32(0, true);
    case "i": return dv.getInt32(0, true);
    case "f": return new PyFloat(dv.getFloat32(0, true));
    case "d": return new PyFloat(dv.getFloat64(0, true));
    case "e": return new PyFloat(halfValue(dv.getUint16(0, true)));
    case "Q": case "L": case "N": case "P": return normalize(dv.getBigUint64(0, true));
    default: return normalize(dv.getBigInt64(0, true));
  }
}

function mvIndex(m: PyMemoryView, key: PyValue): number {
  const k = typeof key === "number" ? key : index(key);
  if (typeof k === "bigint" && (k >= 2n ** 63n || k < -(2n ** 63n))) {
    raiseError(IndexError, "cannot fit 'int' into an index-sized integer");
  }
  let i = typeof k === "bigint" ? -1 - m.length : k;
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) raiseError(IndexError, "index out of bounds on dimension 1");
  return m.start + i * m.step;
}

/**
 * Stores `v` as the item at byte offset `pos` (pack_single), with CPython's messages. The value
 * is converted before the buffer is fetched: its __index__/__float__/__bool__ may release the view.
 */
function mvPack(m: PyMemoryView, pos: number, v: PyValue): void {
  const f = m.fmt;
  const invalidType = (): never => typeError(`memoryview: invalid type for format '${f}'`);
  const invalidValue = (): never => valueError(`memoryview: invalid value for format '${f}'`);
  if (f === "c") {
    if (!(v instanceof PyBytes)) return invalidType();
    if (v.data.length !== 1) invalidValue();
    m.base()[pos] = v.data[0];
    return;
  }
  if (f === "?") {
    const t = truthy(v) ? 1 : 0;
    m.base()[pos] = t;
    return;
  }
  if (f === "f" || f === "d" || f === "e") {
    const x = floatArgOr(v, invalidType);
    const half = f === "e" ? halfBits(x) ?? invalidValue() : 0;
    const b = m.base();
    const dv = new DataView(b.buffer, b.byteOffset + pos, m.itemsize);
    if (f === "d") dv.setFloat64(0, x, true);
    else if (f === "f") dv.setFloat32(0, x, true); // a C cast: too large gives inf
    else dv.setUint16(0, half, true);
    return;
  }
  let n: bigint;
  try {
    n = BigInt(index(v));
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) invalidType();
    throw e;
  }
  const bits = m.itemsize * 8;
  const signed = f === "b" || f === "h" || f === "i" || f === "l" || f === "q" || f === "n";
  const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (n < lo || n > hi) invalidValue();
  const b = m.base();
  const dv = new DataView(b.buffer, b.byteOffset + pos, m.itemsize);
  switch (m.itemsize) {
    case 1: dv.setUint8(0, Number(n) & 0xff); break;
    case 2: dv.setUint16(0, Number(n) & 0xffff, true); break;
    case 4: dv.setUint32(0, Number(n) >>> 0, true); break;
    default: dv.setBigUint64(0, BigInt.asUintN(64, n), true);
  }
}

/** A float item's value (PyFloat_AsDouble); `bad` raises for a non-number. */
function floatArgOr(v: PyValue, bad: () => never): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  const t = typeOf(v);
  if (t.lookup("__float__") !== undefined) {
    const r = callDescr(t.lookup("__float__")!, v, []);
    if (r instanceof PyFloat) return r.value;
  }
  if (t.lookup("__index__") !== undefined) return Number(index(v));
  return bad();
}

/** The byte offset an index key (an int, or a 1-tuple of one for this 1-D view) names. */
function mvKeyPos(m: PyMemoryView, key: PyValue): number | undefined {
  if (typeof key === "number" || typeof key === "bigint" || typeOf(key).lookup("__index__") !== undefined) return mvIndex(m, key);
  if (key instanceof PyTuple && key.items.every((k) => typeof k === "number" || typeOf(k).lookup("__index__") !== undefined)) {
    // is_multiindex: one index per dimension.
    if (key.items.length === 0) raiseError(NotImplementedError, "sub-views are not implemented");
    if (key.items.length > 1) typeError(`cannot index 1-dimension view with ${key.items.length}-element tuple`);
    return mvIndex(m, key.items[0]);
  }
  return undefined;
}

/** Whether key is a non-empty tuple of slices (is_multislice). */
function isMultiSlice(key: PyValue): boolean {
  return key instanceof PyTuple && key.items.length > 0 && key.items.every((k) => k instanceof PySlice);
}

// ---- shaped views (cast with a shape): C-contiguous, flat items in row-major order ----------

/** The strides of a shaped view, in bytes (C order). */
function shapeStrides(m: PyMemoryView, shape: number[]): number[] {
  const out = new Array<number>(shape.length);
  let stride = m.itemsize;
  for (let k = shape.length - 1; k >= 0; k--) {
    out[k] = stride;
    stride *= shape[k];
  }
  return out;
}

/** The byte offset a tuple of one int per dimension names in a shaped view (ptr_from_tuple). */
function shapedKeyPos(m: PyMemoryView, shape: number[], keys: readonly PyValue[]): number {
  const ndim = shape.length;
  if (keys.length < ndim) raiseError(NotImplementedError, "sub-views are not implemented");
  if (keys.length > ndim) typeError(`cannot index ${ndim}-dimension view with ${keys.length}-element tuple`);
  const strides = shapeStrides(m, shape);
  let pos = m.start;
  for (let k = 0; k < ndim; k++) {
    const v = keys[k];
    const n = typeof v === "number" ? v : index(v);
    let i = typeof n === "bigint" ? -1 - shape[k] : n;
    if (i < 0) i += shape[k];
    if (i < 0 || i >= shape[k]) raiseError(IndexError, `index out of bounds on dimension ${k + 1}`);
    pos += i * strides[k];
  }
  m.check(); // an __index__ may have released the view
  return pos;
}

/** Whether key is a tuple of ints (is_multiindex). */
function isMultiIndex(key: PyValue): key is PyTuple {
  return key instanceof PyTuple && key.items.every((k) => typeof k === "number" || typeOf(k).lookup("__index__") !== undefined);
}

/** memory_subscript for a shaped view (0-d or n-d). */
function shapedGetItem(m: PyMemoryView, shape: number[], key: PyValue): PyValue {
  if (shape.length === 0) {
    if (key === Ellipsis) return m;
    if (key instanceof PyTuple && key.items.length === 0) return mvItem(m, m.start);
    typeError("invalid indexing of 0-dim memory");
  }
  if (key instanceof PySlice) {
    // Slices cut the first dimension; a step other than 1 would leave a view that is not
    // C-contiguous, which shaped views here cannot describe.
    const [start, , step, count] = sliceObjIndices(key, shape[0]);
    if (step !== 1 && count > 1) raiseError(NotImplementedError, "memoryview: slicing a multi-dimensional view with a step is not supported");
    const rows = shape.slice(1);
    const rowItems = rows.reduce((a, b) => a * b, 1);
    const v = new PyMemoryView(m.obj, m.start + start * rowItems * m.itemsize, count * rowItems, m.itemsize, m.readonly, memoryviewType);
    v.fmt = m.fmt;
    v.itemsize = m.itemsize;
    v.shape = [count, ...rows];
    return v;
  }
  if (typeof key === "number" || typeof key === "bigint" || typeOf(key).lookup("__index__") !== undefined) {
    raiseError(NotImplementedError, "multi-dimensional sub-views are not implemented");
  }
  if (isMultiIndex(key)) return mvItem(m, shapedKeyPos(m, shape, key.items));
  if (isMultiSlice(key)) raiseError(NotImplementedError, "multi-dimensional slicing is not implemented");
  typeError("memoryview: invalid slice key");
}

/** memory_ass_sub for a shaped view. */
function shapedSetItem(m: PyMemoryView, shape: number[], key: PyValue, v: PyValue): void {
  if (shape.length === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) return mvPack(m, m.start, v);
    typeError("invalid indexing of 0-dim memory");
  }
  if (typeof key === "number" || typeof key === "bigint" || typeOf(key).lookup("__index__") !== undefined) {
    raiseError(NotImplementedError, "sub-views are not implemented");
  }
  if (isMultiIndex(key)) return mvPack(m, shapedKeyPos(m, shape, key.items), v);
  if (key instanceof PySlice || isMultiSlice(key)) {
    raiseError(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  }
  typeError("memoryview: invalid slice key");
}

/** tolist() of a shaped view: nested lists, or the item itself for 0-d. */
function shapedList(m: PyMemoryView, shape: number[]): PyValue {
  if (shape.length === 0) return mvItem(m, m.start);
  const flat = mvItems(m);
  const build = (dim: number, at: number): PyList => {
    const n = shape[dim];
    const out: PyValue[] = new Array(n);
    if (dim === shape.length - 1) {
      for (let i = 0; i < n; i++) out[i] = flat[at + i];
    } else {
      const rowItems = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
      for (let i = 0; i < n; i++) out[i] = build(dim + 1, at + i * rowItems);
    }
    return new PyList(out);
  };
  return build(0, 0);
}

/** The shape cast() was given: a list or tuple of ints > 0, at most 64 of them. */
function castShape(v: PyValue): number[] {
  if (!(v instanceof PyList || v instanceof PyTuple)) typeError("shape must be a list or a tuple");
  const items = v.items;
  if (items.length > 64) valueError("memoryview: number of dimensions must not exceed 64");
  const out: number[] = [];
  for (const x of items) {
    if (typeof x !== "number" && typeof x !== "bigint" && intValue(x) === undefined) {
      typeError("memoryview.cast(): elements of shape must be integers");
    }
    const n = intValue(x)!;
    if (typeof n === "bigint") {
      if (n > 0n) raiseError(OverflowError, "Python int too large to convert to C ssize_t");
      valueError("memoryview.cast(): elements of shape must be integers > 0");
    }
    if (n <= 0) valueError("memoryview.cast(): elements of shape must be integers > 0");
    out.push(n);
  }
  return out;
}

/** The items of a view, unpacked. */
function mvItems(m: PyMemoryView): PyValue[] {
  if (m.fmt === "B") return Array.from(m.bytes());
  const out: PyValue[] = [];
  for (let i = 0; i < m.length; i++) out.push(mvItem(m, m.start + i * m.step));
  return out;
}

/** memory_richcompare's equality: same length and equal items (unpacked when the formats differ). */
function mvEquals(m: PyMemoryView, o: PyValue): boolean | undefined {
  if (m.released || (o instanceof PyMemoryView && o.released)) return m === o;
  let w: PyMemoryView;
  if (o instanceof PyMemoryView) w = o;
  else if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyBufferExporter) w = newView(o);
  else return undefined;
  if (m.length !== w.length) return false;
  if ((m.shape !== null || w.shape !== null) && !sameShape(m, w)) return false;
  if (m.fmt === w.fmt && (m.fmt === "B" || m.fmt === "b" || m.fmt === "c")) return compareBytes(m.bytes(), w.bytes()) === 0;
  const a = mvItems(m);
  const b = mvItems(w);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x instanceof PyFloat && y instanceof PyFloat ? x.value !== y.value : !richCompareBool(x, y, Cmp.EQ)) return false;
  }
  return true;
}

function sameShape(a: PyMemoryView, b: PyMemoryView): boolean {
  const x = a.shape ?? [a.length];
  const y = b.shape ?? [b.length];
  return x.length === y.length && x.every((n, k) => n === y[k]);
}

/** A new view of what `src` views (memoryview(m), toreadonly). */
function copyView(src: PyMemoryView, readonly: boolean): PyMemoryView {
  const c = new PyMemoryView(src.obj, src.start, src.length, src.step, readonly, memoryviewType);
  c.fmt = src.fmt;
  c.itemsize = src.itemsize;
  c.shape = src.shape;
  return c;
}

function newView(src: PyValue): PyMemoryView {
  if (src instanceof PyMemoryView) {
    src.check();
    return copyView(src, src.readonly);
  }
  if (src instanceof PyBytes) return new PyMemoryView(src, 0, src.data.length, 1, true, memoryviewType);
  if (src instanceof PyByteArray) return new PyMemoryView(src, 0, src.length, 1, false, memoryviewType);
  if (src instanceof PyBufferExporter) {
    const fv = src.forwardedView();
    if (fv !== null) {
      fv.check();
      return copyView(fv, fv.readonly);
    }
    const size = src.bufferItemsize();
    const v = new PyMemoryView(src, 0, src.bufferBytes().length / size, size, src.bufferReadonly(), memoryviewType);
    v.fmt = src.bufferFormat();
    v.itemsize = size;
    return v;
  }
  typeError(`memoryview: a bytes-like object is required, not '${typeName(src)}'`);
}

function initMemoryView(): void {
  const t = memoryviewType;
  defNew(t, (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.length - nkw;
    let obj: PyValue | undefined = pos > 1 ? args[1] : undefined;
    for (let i = 0; i < nkw; i++) {
      if (kwnames![i] !== "object" || obj !== undefined) typeError(`memoryview() got an unexpected keyword argument '${kwnames![i]}'`);
      obj = args[pos + i];
    }
    if (pos > 2) typeError(`memoryview() takes at most 1 argument (${pos - 1} given)`);
    if (obj === undefined) typeError("memoryview() missing required argument 'object' (pos 1)");
    return newView(obj);
  });
  defMethods(t, {
    __len__: (args) => {
      const m = mvSelf(args[0]);
      const shape = m.shape;
      return shape === null ? m.length : shape.length === 0 ? 1 : shape[0];
    },
    __getitem__: (args) => {
      const m = mvSelf(args[0]);
      const key = args[1];
      if (m.shape !== null) return shapedGetItem(m, m.shape, key);
      if (key instanceof PySlice) {
        const [start, , step, count] = sliceObjIndices(key, m.length);
        const v = new PyMemoryView(m.obj, m.start + start * m.step, count, m.step * step, m.readonly, memoryviewType);
        v.fmt = m.fmt;
        v.itemsize = m.itemsize;
        return v;
      }
      if (typeof key === "number" && m.fmt === "B") return m.base()[mvIndex(m, key)];
      const pos = mvKeyPos(m, key);
      if (pos === undefined) {
        if (isMultiSlice(key)) raiseError(NotImplementedError, "multi-dimensional slicing is not implemented");
        typeError("memoryview: invalid slice key");
      }
      return mvItem(m, pos);
    },
    __setitem__: (args) => {
      const m = mvSelf(args[0]);
      if (m.readonly) typeError("cannot modify read-only memory");
      const key = args[1];
      const v = args[2];
      if (m.shape !== null) {
        shapedSetItem(m, m.shape, key, v);
        return None;
      }
      if (key instanceof PySlice) {
        const [start, , step, count] = sliceObjIndices(key, m.length);
        if (!(v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyMemoryView || v instanceof PyBufferExporter)) {
          typeError(`a bytes-like object is required, not '${typeName(v)}'`);
        }
        const src = newView(v);
        if (src.length !== count || src.itemsize !== m.itemsize || src.fmt.replace("@", "") !== m.fmt.replace("@", "")) {
          valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        const copy = src.bytes().slice();
        const b = m.base();
        const size = m.itemsize;
        for (let i = 0, j = m.start + start * m.step; i < count; i++, j += m.step * step) {
          b.set(copy.subarray(i * size, (i + 1) * size), j);
        }
        return None;
      }
      const pos = mvKeyPos(m, key);
      if (pos === undefined) {
        if (isMultiSlice(key)) raiseError(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        typeError("memoryview: invalid slice key");
      }
      mvPack(m, pos, v);
      return None;
    },
    __iter__: (args) => {
      const m = mvSelf(args[0]);
      if (m.shape !== null) {
        if (m.shape.length === 0) typeError("invalid indexing of 0-dim memory");
        raiseError(NotImplementedError, "multi-dimensional sub-views are not implemented");
      }
      return getIter(new PyList(mvItems(m)));
    },
    __eq__: (args) => {
      const r = mvEquals(args[0] as PyMemoryView, args[1]);
      return r === undefined ? NotImplemented : bool(r);
    },
    __ne__: (args) => {
      const r = mvEquals(args[0] as PyMemoryView, args[1]);
      return r === undefined ? NotImplemented : bool(!r);
    },
    __hash__: (args) => {
      const m = args[0] as PyMemoryView;
      if (m.hash !== undefined) return m.hash;
      m.check();
      if (!m.readonly) valueError("cannot hash writable memoryview object");
      if (m.fmt !== "B" && m.fmt !== "b" && m.fmt !== "c") valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
      if (m.obj !== None) hashOf(m.obj); // the exporter must be hashable
      m.hash = bytesHash(new PyBytes(m.bytes().slice()));
      return m.hash;
    },
    __repr__: (args) => {
      const m = args[0] as PyMemoryView;
      const id = addressOf(m);
      return `<${m.released ? "released " : ""}memory at 0x${id}>`;
    },
    __enter__: (args) => mvSelf(args[0]),
    __exit__: (args) => {
      (args[0] as PyMemoryView).released = true;
      return None;
    },
    __buffer__: (args) => args[0],
    release: (args) => {
      (args[0] as PyMemoryView).released = true;
      return None;
    },
    tobytes: (args) => new PyBytes(mvSelf(args[0]).bytes().slice()),
    tolist: (args) => {
      const m = mvSelf(args[0]);
      return m.shape === null ? new PyList(mvItems(m)) : shapedList(m, m.shape);
    },
    toreadonly: (args) => copyView(mvSelf(args[0]), true),
    hex: (args, kwnames) => hexMethod(mvSelf(args[0]).bytes(), args, kwnames),
    cast: (args, kwnames) => {
      const [fmtArg, shapeArg] = parseArgs("cast", args.slice(1), kwnames, ["format", "shape"], 0);
      if (fmtArg === undefined) typeError("cast() missing required argument 'format' (pos 1)");
      const m = mvSelf(args[0]);
      const fmt = strValue(fmtArg!);
      if (fmt === undefined) typeError("memoryview: format argument must be a string");
      const f = fmt.startsWith("@") ? fmt.slice(1) : fmt;
      const size = MV_FORMATS[f];
      if (size === undefined || f.length !== 1) {
        valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
      }
      if (m.step !== m.itemsize && m.length > 1) typeError("memoryview: casts are restricted to C-contiguous views");
      const shape = shapeArg === undefined ? null : castShape(shapeArg);
      const fromNd = m.shape !== null && m.shape.length !== 1;
      if (fromNd && shape !== null && shape.length !== 1) typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
      if (m.itemsize !== 1 && size !== 1) typeError("memoryview: cannot cast between two non-byte formats");
      const nbytes = m.length * m.itemsize;
      let count: number;
      if (shape === null) {
        if (nbytes % size !== 0) typeError("memoryview: length is not a multiple of itemsize");
        count = nbytes / size;
      } else {
        count = shape.reduce((a, b) => a * b, 1);
        if (count * size !== nbytes) typeError("memoryview: product(shape) * itemsize != buffer size");
      }
      const v = new PyMemoryView(m.obj, m.start, count, size, m.readonly, memoryviewType);
      v.fmt = f;
      v.itemsize = size;
      v.shape = shape === null || shape.length === 1 ? null : shape;
      return v;
    },
  });
  const getters: Record<string, (m: PyMemoryView) => PyValue> = {
    obj: (m) => m.obj,
    nbytes: (m) => m.length * m.itemsize,
    readonly: (m) => bool(m.readonly),
    itemsize: (m) => m.itemsize,
    format: (m) => m.fmt,
    ndim: (m) => m.shape === null ? 1 : m.shape.length,
    shape: (m) => new PyTuple(m.shape === null ? [m.length] : m.shape.slice()),
    strides: (m) => new PyTuple(m.shape === null ? [m.step] : shapeStrides(m, m.shape)),
    suboffsets: () => new PyTuple([]),
    c_contiguous: (m) => bool(m.shape !== null || m.step === m.itemsize || m.length <= 1),
    // A C-contiguous view is also Fortran-contiguous when at most one dimension exceeds 1.
    f_contiguous: (m) => bool(m.shape !== null ? m.shape.filter((n) => n > 1).length <= 1 : m.step === m.itemsize || m.length <= 1),
    contiguous: (m) => bool(m.shape !== null || m.step === m.itemsize || m.length <= 1),
  };
  for (const name of Object.keys(getters)) {
    defGetSet(t, name, (self) => {
      const m = self as PyMemoryView;
      m.check();
      return getters[name](m);
    });
  }
  defGetSet(t, "released", (self) => bool((self as PyMemoryView).released));
}
