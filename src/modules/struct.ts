// _struct: packing Python values into C structs held in bytes (CPython's Modules/_struct.c),
// the engine behind the pure-Python `struct` module.
//
// A format string compiles once into a Struct: a list of codes, each one format character with
// its repeat count and offset (so '1000i' is one code, as in CPython 3.11). Pack and unpack walk
// the codes over a DataView.
//
// The three tables. '@' is native (x86-64 Linux sizes and alignment), '<' and '=' are the
// little-endian standard table, '>' and '!' the big-endian one. Range errors differ between
// them because CPython fills the little-endian table with the native routines where the sizes
// agree (b B c h H i I q Q), so `struct.pack('<h', 99999)` says "short format requires ..."
// while `struct.pack('>h', 99999)` says "'h' format requires ..."; the tables below spell out
// each entry's checks, matching CPython's messages.

import { callDescr, index, intValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { PyOpError } from "../objects/errors";
import { toFloat } from "../objects/intfloat";
import { halfBits, halfValue } from "../objects/floatbits";
import { normalize, PyInt } from "../objects/intmath";
import { checkArgs, clinicArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyBufferExporter, PyMemoryView } from "../objects/pystr";
import { latin1String, strEncode } from "../objects/strcodecs";
import { emptyTuple } from "../objects/pytuple";
import { PyIter } from "../objects/abstract";
import { PyDict } from "../objects/pydict";
import {
  bool, None, PyBuiltinFunction, PyByteArray, PyBytes, PyFloat, PyObject, PyStrObj, PyTuple, PyType, PyValue, typeOf,
} from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";

// ---- format tables ------------------------------------------------------------------------------

const enum Kind { Pad, Char, Int, Bool, Half, Float, Double, Str, PStr }

/**
 * How an integer entry converts its argument (CPython's get_long / get_ulong / byte-array
 * conversion), and then the narrower range it checks with its own message.
 */
const enum Conv {
  /** To a C long: outside the signed 64-bit range is "argument out of range". */
  Long,
  /** To a C unsigned long: negative or above 2^64-1 is "argument out of range". */
  ULong,
  /** Straight into the bytes (big-endian q/Q): overflow is _PyLong_AsByteArray's OverflowError. */
  Bytes,
  /** As a void pointer ('P'): signed or unsigned 64-bit, else PyLong_AsVoidPtr's OverflowError. */
  Ptr,
}

interface FormatDef {
  ch: string;
  kind: Kind;
  size: number;
  align: number;
  signed: boolean;
  conv: Conv;
  /** The narrow range check after conversion, or null; msg null means CPython's RANGE_ERROR text. */
  range: { lo: bigint; hi: bigint; msg: string | null } | null;
  /** Native 'f' is a C cast (inf on overflow); standard 'f' raises OverflowError. */
  native: boolean;
  /**
   * For an integer entry, the JS-number (safe integer) values that pass every check above: pack
   * stores these without going through BigInt, and sends everything else to intToStore.
   */
  fastLo: number;
  fastHi: number;
}

function entry(ch: string, kind: Kind, size: number, align: number, extra: Partial<FormatDef> = {}): FormatDef {
  const def: FormatDef = {
    ch, kind, size, align, signed: false, conv: Conv.Long, range: null, native: false, fastLo: 0, fastHi: -1, ...extra,
  };
  if (kind === Kind.Int) {
    if (def.range !== null) {
      def.fastLo = Number(def.range.lo);
      def.fastHi = Number(def.range.hi);
    } else {
      // 8 bytes and no narrower range: every safe integer fits, except negatives for the unsigned conversions.
      const unsigned = def.conv === Conv.ULong || (def.conv === Conv.Bytes && !def.signed);
      def.fastLo = unsigned ? 0 : -Number.MAX_SAFE_INTEGER;
      def.fastHi = Number.MAX_SAFE_INTEGER;
    }
  }
  return def;
}

const byteRange = { lo: -128n, hi: 127n, msg: "byte format requires -128 <= number <= 127" };
const ubyteRange = { lo: 0n, hi: 255n, msg: "ubyte format requires 0 <= number <= 255" };
const shortRange = { lo: -32768n, hi: 32767n, msg: "short format requires -32768 <= number <= 32767" };
const ushortRange = { lo: 0n, hi: 65535n, msg: "ushort format requires 0 <= number <= 65535" };
const signedRange = (bytes: number) => ({ lo: -(1n << BigInt(bytes * 8 - 1)), hi: (1n << BigInt(bytes * 8 - 1)) - 1n, msg: null });
const unsignedRange = (bytes: number) => ({ lo: 0n, hi: (1n << BigInt(bytes * 8)) - 1n, msg: null });

/** Entries every table shares: the one-byte codes (CPython uses the native routines for them). */
function oneByteEntries(): FormatDef[] {
  return [
    entry("x", Kind.Pad, 1, 1),
    entry("b", Kind.Int, 1, 1, { signed: true, range: byteRange }),
    entry("B", Kind.Int, 1, 1, { range: ubyteRange }),
    entry("c", Kind.Char, 1, 1),
    entry("s", Kind.Str, 1, 1),
    entry("p", Kind.PStr, 1, 1),
    entry("?", Kind.Bool, 1, 1),
  ];
}

function table(entries: FormatDef[]): Map<string, FormatDef> {
  return new Map(entries.map((e) => [e.ch, e]));
}

const NATIVE = table([
  ...oneByteEntries(),
  entry("h", Kind.Int, 2, 2, { signed: true, range: shortRange }),
  entry("H", Kind.Int, 2, 2, { range: ushortRange }),
  entry("i", Kind.Int, 4, 4, { signed: true, range: signedRange(4) }),
  entry("I", Kind.Int, 4, 4, { conv: Conv.ULong, range: unsignedRange(4) }),
  entry("l", Kind.Int, 8, 8, { signed: true }),
  entry("L", Kind.Int, 8, 8, { conv: Conv.ULong }),
  entry("q", Kind.Int, 8, 8, { signed: true }),
  entry("Q", Kind.Int, 8, 8, { conv: Conv.ULong }),
  entry("n", Kind.Int, 8, 8, { signed: true }),
  entry("N", Kind.Int, 8, 8, { conv: Conv.ULong }),
  entry("P", Kind.Int, 8, 8, { conv: Conv.Ptr }),
  entry("e", Kind.Half, 2, 2),
  entry("f", Kind.Float, 4, 4, { native: true }),
  entry("d", Kind.Double, 8, 8, { native: true }),
]);

const LITTLE = table([
  ...oneByteEntries(),
  entry("h", Kind.Int, 2, 1, { signed: true, range: shortRange }),
  entry("H", Kind.Int, 2, 1, { range: ushortRange }),
  entry("i", Kind.Int, 4, 1, { signed: true, range: signedRange(4) }),
  entry("I", Kind.Int, 4, 1, { conv: Conv.ULong, range: unsignedRange(4) }),
  entry("l", Kind.Int, 4, 1, { signed: true, range: signedRange(4) }),
  entry("L", Kind.Int, 4, 1, { conv: Conv.ULong, range: unsignedRange(4) }),
  entry("q", Kind.Int, 8, 1, { signed: true }),
  entry("Q", Kind.Int, 8, 1, { conv: Conv.ULong }),
  entry("e", Kind.Half, 2, 1),
  entry("f", Kind.Float, 4, 1),
  entry("d", Kind.Double, 8, 1),
]);

const BIG = table([
  ...oneByteEntries(),
  entry("h", Kind.Int, 2, 1, { signed: true, range: signedRange(2) }),
  entry("H", Kind.Int, 2, 1, { conv: Conv.ULong, range: unsignedRange(2) }),
  entry("i", Kind.Int, 4, 1, { signed: true, range: signedRange(4) }),
  entry("I", Kind.Int, 4, 1, { conv: Conv.ULong, range: unsignedRange(4) }),
  entry("l", Kind.Int, 4, 1, { signed: true, range: signedRange(4) }),
  entry("L", Kind.Int, 4, 1, { conv: Conv.ULong, range: unsignedRange(4) }),
  entry("q", Kind.Int, 8, 1, { signed: true, conv: Conv.Bytes }),
  entry("Q", Kind.Int, 8, 1, { conv: Conv.Bytes }),
  entry("e", Kind.Half, 2, 1),
  entry("f", Kind.Float, 4, 1),
  entry("d", Kind.Double, 8, 1),
]);

// ---- the module's state -------------------------------------------------------------------------

let StructError: PyType;
let structType: PyType;
let unpackIterType: PyType;

function structError(msg: string): never {
  raiseError(StructError, msg);
}

// ---- compiling a format -------------------------------------------------------------------------

/** One format character of a compiled format: `repeat` items of `def`, the first at `offset`. */
interface Code {
  def: FormatDef;
  offset: number;
  /** The byte count of an 's'/'p' item (one item), else def.size. */
  size: number;
  repeat: number;
}

const SSIZE_MAX = (1n << 63n) - 1n;

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

/** The compiled form of a format: the codes, the packed size and the number of values. */
interface Compiled {
  codes: Code[];
  /** The size as Python sees it (exact even beyond 2^53) and as a JS number. */
  size: PyInt;
  len: PyInt;
  littleEndian: boolean;
}

/** CPython's prepare_s: parses `fmt` (ASCII text) into codes, with struct.error for bad formats. */
function compileFormat(fmt: string): Compiled {
  let i = 0;
  let tbl = NATIVE;
  let native = true;
  let little = true;
  const first = fmt[0];
  if (first === "<" || first === "=") { tbl = LITTLE; native = false; i = 1; }
  else if (first === ">" || first === "!") { tbl = BIG; native = false; little = false; i = 1; }
  else if (first === "@") i = 1;
  const codes: Code[] = [];
  let size = 0n;
  let len = 0n;
  while (i < fmt.length) {
    let c = fmt[i++];
    if (isSpace(c)) continue;
    let num = 1n;
    if (c >= "0" && c <= "9") {
      num = BigInt(c.charCodeAt(0) - 48);
      for (;;) {
        if (i >= fmt.length) structError("repeat count given without format specifier");
        c = fmt[i++];
        if (!(c >= "0" && c <= "9")) break;
        num = num * 10n + BigInt(c.charCodeAt(0) - 48);
        if (num > SSIZE_MAX) structError("total struct size too long");
      }
    }
    const def = tbl.get(c);
    if (def === undefined) structError("bad char in struct format");
    if (native && def.align > 1 && size > 0n) {
      const a = BigInt(def.align);
      size = (size + a - 1n) / a * a;
    }
    const offset = Number(size);
    if (def.kind === Kind.Str || def.kind === Kind.PStr) {
      codes.push({ def, offset, size: Number(num), repeat: 1 });
      size += num;
      len += 1n;
    } else if (def.kind === Kind.Pad) {
      size += num;
    } else {
      codes.push({ def, offset, size: def.size, repeat: Number(num) });
      size += num * BigInt(def.size);
      len += num;
    }
    if (size > SSIZE_MAX) structError("total struct size too long");
  }
  return { codes, size: normalize(size), len: normalize(len), littleEndian: little };
}

/** Format bytes as a JS string, one char per byte. */
function asciiText(b: Uint8Array): string {
  return latin1String(b, 0, b.length);
}

// ---- the Struct object ----------------------------------------------------------------------------

class PyStruct extends PyObject {
  /** The format as given (ASCII). */
  format: string;
  codes: Code[];
  size: PyInt;
  len: PyInt;
  littleEndian: boolean;
  constructor(cls: PyType) {
    super(cls);
    // Struct.__new__ alone leaves this state (CPython: size -1, format '').
    this.format = "";
    this.codes = [];
    this.size = -1;
    this.len = 0;
    this.littleEndian = true;
  }
  /** Struct.__init__: compiles `fmt` (a str or bytes). */
  init(fmt: PyValue): void {
    let text: string;
    if (typeof fmt === "string" || fmt instanceof PyStrObj) {
      // CPython encodes a str format as ASCII (UnicodeEncodeError otherwise).
      text = asciiText(strEncode(typeof fmt === "string" ? fmt : fmt.value, "ascii"));
    } else if (fmt instanceof PyBytes) {
      text = asciiText(fmt.data);
    } else {
      typeError(`Struct() argument 1 must be a str or bytes object, not ${typeName(fmt)}`);
    }
    if (text.includes("\0")) structError("embedded null character");
    const c = compileFormat(text);
    this.format = text;
    this.codes = c.codes;
    this.size = c.size;
    this.len = c.len;
    this.littleEndian = c.littleEndian;
  }
}

// ---- integer and float conversion -----------------------------------------------------------------

/** get_pylong: an int, or __index__'s result; other values are "required argument is not an integer". */
function intArg(v: PyValue): PyInt {
  const i = intValue(v);
  if (i !== undefined) return i;
  if (typeOf(v).lookup("__index__") === undefined) structError("required argument is not an integer");
  return index(v);
}

const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;
const ULONG_MAX = (1n << 64n) - 1n;

/** The value an integer entry stores, checked as CPython checks it (two's complement for negatives). */
function intToStore(def: FormatDef, v: PyValue): bigint {
  const x = BigInt(intArg(v));
  switch (def.conv) {
    case Conv.Long:
      if (x < LONG_MIN || x > LONG_MAX) structError("argument out of range");
      break;
    case Conv.ULong:
      if (x < 0n || x > ULONG_MAX) structError("argument out of range");
      break;
    // These two raise OverflowError; packInto turns it into struct.error when v is an int.
    case Conv.Bytes:
      if (!def.signed && x < 0n) raiseError(E.OverflowError, "can't convert negative int to unsigned");
      if (def.signed ? x < LONG_MIN || x > LONG_MAX : x > ULONG_MAX) raiseError(E.OverflowError, "int too big to convert");
      break;
    case Conv.Ptr:
      if (x < LONG_MIN) raiseError(E.OverflowError, "Python int too large to convert to C long");
      if (x > ULONG_MAX) raiseError(E.OverflowError, "Python int too large to convert to C unsigned long");
      break;
    default: {
      const never: never = def.conv;
      throw new Error(`bad conv ${never}`);
    }
  }
  const r = def.range;
  if (r !== null && (x < r.lo || x > r.hi)) {
    structError(r.msg ?? `'${def.ch}' format requires ${r.lo} <= number <= ${r.hi}`);
  }
  return x;
}

/** PyFloat_AsDouble with any failure turned into "required argument is not a float". */
function floatArg(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  try {
    if (typeof v === "bigint") return toFloat(v);
    const i = intValue(v);
    if (i !== undefined) return toFloat(i);
    const t = typeOf(v);
    const f = t.lookup("__float__");
    if (f !== undefined) {
      const r = callDescr(f, v, []);
      if (r instanceof PyFloat) return r.value;
    } else if (t.lookup("__index__") !== undefined) {
      return toFloat(index(v));
    }
  } catch (e) {
    // CPython replaces whatever PyFloat_AsDouble raised (OverflowError for a huge int too).
    if (!(e instanceof E.PyBaseException) && !(e instanceof PyOpError)) throw e;
  }
  structError("required argument is not a float");
}

// ---- half floats (IEEE 754 binary16) --------------------------------------------------------------

/** The binary16 bits of x, rounded to nearest-even; OverflowError when it rounds past 65504. */
function packHalf(x: number): number {
  const bits = halfBits(x);
  if (bits === undefined) raiseError(E.OverflowError, "float too large to pack with e format");
  return bits;
}

// ---- pack and unpack ------------------------------------------------------------------------------
//
// Items are read and written byte by byte: a DataView over each caller's buffer would be one
// allocation per call. Floats go through one scratch DataView (its byte order is the item's)
// and are copied from or to the buffer; ints that are JS numbers never become BigInts.

const scratch = new Uint8Array(8);
const scratchView = new DataView(scratch.buffer);

/** Copies the first n scratch bytes to buf at off. */
function putScratch(buf: Uint8Array, off: number, n: number): void {
  for (let k = 0; k < n; k++) buf[off + k] = scratch[k];
}

/** Copies n bytes of buf at off into the scratch bytes. */
function getScratch(buf: Uint8Array, off: number, n: number): void {
  for (let k = 0; k < n; k++) scratch[k] = buf[off + k];
}

/** Writes the low `size` (1 to 4) bytes of the unsigned 32-bit `u` at buf[off] in the given order. */
function putUint(buf: Uint8Array, off: number, size: number, u: number, le: boolean): void {
  if (le) {
    for (let k = 0; k < size; k++, u >>>= 8) buf[off + k] = u & 0xff;
  } else {
    for (let k = size - 1; k >= 0; k--, u >>>= 8) buf[off + k] = u & 0xff;
  }
}

/** The unsigned value of the `size` (1 to 4) bytes at buf[off] in the given order. */
function getUint(buf: Uint8Array, off: number, size: number, le: boolean): number {
  let u = 0;
  if (le) {
    for (let k = size - 1; k >= 0; k--) u = u * 256 + buf[off + k];
  } else {
    for (let k = 0; k < size; k++) u = u * 256 + buf[off + k];
  }
  return u;
}

/** Packs one integer item (checked as CPython checks it) into def.size bytes at buf[off]. */
function packInt(def: FormatDef, v: PyValue, buf: Uint8Array, off: number, le: boolean): void {
  if (typeof v === "number" && v >= def.fastLo && v <= def.fastHi) {
    if (def.size <= 4) {
      putUint(buf, off, def.size, v >>> 0, le);
    } else {
      // Two's complement of a safe integer: hi is its floor over 2^32, lo the rest (0 <= lo < 2^32).
      const hi = Math.floor(v / 4294967296);
      const lo = v - hi * 4294967296;
      putUint(buf, le ? off : off + 4, 4, lo, le);
      putUint(buf, le ? off + 4 : off, 4, hi >>> 0, le);
    }
    return;
  }
  const x = intToStore(def, v);
  if (def.size <= 4) {
    putUint(buf, off, def.size, Number(BigInt.asUintN(32, x)), le);
  } else {
    scratchView.setBigUint64(0, BigInt.asUintN(64, x), le);
    putScratch(buf, off, 8);
  }
}

/** Unpacks one integer item of def.size bytes at buf[off]. */
function unpackInt(def: FormatDef, buf: Uint8Array, off: number, le: boolean): PyValue {
  if (def.size <= 4) {
    const u = getUint(buf, off, def.size, le);
    const half = 2 ** (def.size * 8 - 1);
    return def.signed && u >= half ? u - 2 * half : u;
  }
  const lo = getUint(buf, le ? off : off + 4, 4, le);
  const hi = getUint(buf, le ? off + 4 : off, 4, le);
  // Exact whenever the result is a safe integer (|hi * 2^32| <= 2^53 then); otherwise a bigint.
  const v = (def.signed ? hi | 0 : hi) * 4294967296 + lo;
  if (Number.isSafeInteger(v)) return v;
  getScratch(buf, off, 8);
  return normalize(def.signed ? scratchView.getBigInt64(0, le) : scratchView.getBigUint64(0, le));
}

/**
 * Copies min(data.length, n) bytes of data to buf at off. A bytearray's data may be a view of buf
 * (`pack_into(ba, 0, ba)`): TypedArray.set copies as memmove. A bytes object's data never is, and a
 * short one is copied by a loop (reading `.buffer` of a small typed array would move it off V8's
 * heap, which costs more than the copy).
 */
function putBytes(buf: Uint8Array, off: number, data: Uint8Array, n: number, mayAlias: boolean): void {
  if (data.length < n) n = data.length;
  if (n > 16 || mayAlias) buf.set(data.subarray(0, n), off);
  else for (let k = 0; k < n; k++) buf[off + k] = data[k];
}

/** Packs one item of a non-string format at buf[off]. */
function packItem(def: FormatDef, v: PyValue, buf: Uint8Array, off: number, le: boolean): void {
  switch (def.kind) {
    case Kind.Char: {
      if (!(v instanceof PyBytes) || v.data.length !== 1) structError("char format requires a bytes object of length 1");
      buf[off] = v.data[0];
      break;
    }
    case Kind.Bool:
      buf[off] = truthy(v) ? 1 : 0;
      break;
    case Kind.Int:
      packInt(def, v, buf, off, le);
      break;
    case Kind.Half:
      putUint(buf, off, 2, packHalf(floatArg(v)), le);
      break;
    case Kind.Float: {
      const x = floatArg(v);
      const y = Math.fround(x);
      if (!def.native && !Number.isFinite(y) && Number.isFinite(x)) {
        raiseError(E.OverflowError, "float too large to pack with f format");
      }
      scratchView.setFloat32(0, y, le);
      putScratch(buf, off, 4);
      break;
    }
    case Kind.Double:
      scratchView.setFloat64(0, floatArg(v), le);
      putScratch(buf, off, 8);
      break;
    default:
      throw new Error(`unexpected struct code ${def.ch}`);
  }
}

function isOverflowError(e: unknown): boolean {
  if (e instanceof PyOpError) return e.type === "OverflowError";
  return e instanceof E.PyBaseException && E.isInstanceOfExc(e, E.OverflowError);
}

/**
 * Packs `args` (exactly s.len of them, from `start`) into buf at `base`, which must hold zeros
 * there (pad bytes are skipped; a failing pack_into leaves zeros after the failed item, as in CPython).
 */
function packInto(s: PyStruct, buf: Uint8Array, base: number, args: readonly PyValue[], start: number): void {
  const le = s.littleEndian;
  const codes = s.codes;
  let ai = start;
  try {
    for (let ci = 0; ci < codes.length; ci++) {
      const code = codes[ci];
      const def = code.def;
      let off = base + code.offset;
      if (def.kind === Kind.Str || def.kind === Kind.PStr) {
        const v = args[ai++];
        const data = v instanceof PyBytes ? v.data : v instanceof PyByteArray ? v.data.subarray(0, v.length) : null;
        if (data === null) structError(`argument for '${def.ch}' must be a bytes object`);
        if (def.kind === Kind.Str) {
          putBytes(buf, off, data, code.size, !(v instanceof PyBytes));
        } else if (code.size > 0) {
          // The text, then its length byte (the order matters when data is a view of buf).
          putBytes(buf, off + 1, data, code.size - 1, !(v instanceof PyBytes));
          buf[off] = Math.min(data.length, code.size - 1, 255);
        }
      } else if (def.kind !== Kind.Pad) {
        for (let r = 0; r < code.repeat; r++, off += def.size) packItem(def, args[ai++], buf, off, le);
      }
    }
  } catch (e) {
    // Quirk copied from CPython (s_pack_internal): an OverflowError raised while packing an int,
    // for a float format too, becomes struct.error. args[ai - 1] is the item being packed.
    if (isOverflowError(e) && intValue(args[ai - 1]) !== undefined) structError("int too large to convert");
    throw e;
  }
}

/** Unpacks s.size bytes of buf from `base` into a tuple. */
function unpackFrom(s: PyStruct, buf: Uint8Array, base: number): PyTuple {
  const le = s.littleEndian;
  const codes = s.codes;
  const out: PyValue[] = [];
  for (let ci = 0; ci < codes.length; ci++) {
    const code = codes[ci];
    const def = code.def;
    let off = base + code.offset;
    if (def.kind === Kind.Str) {
      out.push(new PyBytes(buf.slice(off, off + code.size)));
      continue;
    }
    if (def.kind === Kind.PStr) {
      let n = buf[off] ?? 0;
      if (n >= code.size) n = code.size - 1;
      if (n < 0) raiseError(E.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
      out.push(new PyBytes(buf.slice(off + 1, off + 1 + n)));
      continue;
    }
    for (let r = 0; r < code.repeat; r++, off += def.size) {
      switch (def.kind) {
        case Kind.Char: out.push(new PyBytes(buf.slice(off, off + 1))); break;
        case Kind.Bool: out.push(bool(buf[off] !== 0)); break;
        case Kind.Int: out.push(unpackInt(def, buf, off, le)); break;
        case Kind.Half: out.push(new PyFloat(halfValue(getUint(buf, off, 2, le)))); break;
        case Kind.Float:
          getScratch(buf, off, 4);
          out.push(new PyFloat(scratchView.getFloat32(0, le)));
          break;
        case Kind.Double:
          getScratch(buf, off, 8);
          out.push(new PyFloat(scratchView.getFloat64(0, le)));
          break;
        default: throw new Error(`unexpected struct code ${def.ch}`);
      }
    }
  }
  return out.length === 0 ? emptyTuple : new PyTuple(out);
}

// ---- buffers --------------------------------------------------------------------------------------

/** A readable buffer ('y*'): bytes, bytearray or a contiguous memoryview. */
function readBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  if (v instanceof PyMemoryView) {
    if (v.step !== 1 && v.length > 1) raiseError(E.BufferError, "memoryview: underlying buffer is not C-contiguous");
    return v.bytes();
  }
  if (v instanceof PyBufferExporter) return v.bufferBytes();
  typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

/** A writable buffer ('w*'): bytearray or a writable contiguous memoryview; writes go through. */
function writeBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  if (v instanceof PyMemoryView && !v.readonly) {
    if (v.step !== 1 && v.length > 1) raiseError(E.BufferError, "memoryview: underlying buffer is not C-contiguous");
    return v.bytes();
  }
  if (v instanceof PyBufferExporter) return v.bufferBytes();
  typeError(`argument must be read-write bytes-like object, not ${typeName(v)}`);
}

/** A size that must be small enough to exist as a JS buffer (a Struct bigger is MemoryError). */
function jsSize(s: PyStruct): number {
  if (typeof s.size === "bigint" || s.size > 2 ** 31) raiseError(E.MemoryError);
  return s.size;
}

/** A Py_ssize_t argument (OverflowError beyond 64 bits, as Argument Clinic's converter). */
/** A Py_ssize_t argument: an int within +-2^63 (bigint beyond 2^53, for exact messages). */
function ssizeArg(v: PyValue): number | bigint {
  const i = index(v);
  if (typeof i === "bigint" && (i > LONG_MAX || i < LONG_MIN)) {
    raiseError(E.OverflowError, "Python int too large to convert to C ssize_t");
  }
  return i;
}

/**
 * The buffer position of pack_into/unpack_from's `offset` (negative counts from the end), with
 * CPython's struct.error messages when `size` bytes do not fit there (the two functions test a
 * negative offset in opposite orders).
 */
function checkOffset(off: number | bigint, size: number, len: number, fn: "pack_into" | "unpack_from", verb: string): number {
  if (typeof off === "number" && off >= 0 && len - off >= size) return off;
  let o = BigInt(off);
  if (o < 0n) {
    const tooClose = o + BigInt(size) > 0n;
    const pack = fn === "pack_into";
    if (pack && tooClose) structError(`no space to pack ${size} bytes at offset ${o}`);
    if (o + BigInt(len) < 0n) structError(`offset ${o} out of range for ${len}-byte buffer`);
    if (!pack && tooClose) structError(`not enough data to unpack ${size} bytes at offset ${o}`);
    o += BigInt(len);
  }
  if (BigInt(len) - o < BigInt(size)) {
    structError(`${fn} requires a buffer of at least ${BigInt(size) + o} bytes for ${verb} ${size} bytes at offset ${o} (actual buffer size is ${len})`);
  }
  return Number(o);
}

// ---- the operations, shared by the module functions and the Struct methods ------------------------

function doPack(s: PyStruct, args: readonly PyValue[], start: number): PyBytes {
  const n = args.length - start;
  if (n !== s.len) structError(`pack expected ${s.len} items for packing (got ${n})`);
  const buf = new Uint8Array(jsSize(s));
  packInto(s, buf, 0, args, start);
  return new PyBytes(buf);
}

function doPackInto(s: PyStruct, args: readonly PyValue[], start: number): PyValue {
  const n = args.length - start;
  if (n !== Number(s.len) + 2) {
    if (n === 0) structError("pack_into expected buffer argument");
    if (n === 1) structError("pack_into expected offset argument");
    structError(`pack_into expected ${s.len} items for packing (got ${n - 2})`);
  }
  const buf = writeBuffer(args[start]);
  // PyNumber_AsSsize_t(offset, IndexError).
  const off = index(args[start + 1]);
  if (typeof off === "bigint" && (off > LONG_MAX || off < LONG_MIN)) {
    raiseError(E.IndexError, "cannot fit 'int' into an index-sized integer");
  }
  const size = jsSize(s);
  const offset = checkOffset(off, size, buf.length, "pack_into", "packing");
  // CPython zeroes the region first: pad bytes, and what a failing pack leaves behind.
  buf.fill(0, offset, offset + size);
  packInto(s, buf, offset, args, start + 2);
  return None;
}

function doUnpack(s: PyStruct, buffer: PyValue): PyTuple {
  const buf = readBuffer(buffer);
  if (buf.length !== s.size) structError(`unpack requires a buffer of ${s.size} bytes`);
  return unpackFrom(s, buf, 0);
}

function doUnpackFrom(s: PyStruct, buffer: PyValue, offsetArg: PyValue | undefined): PyTuple {
  const buf = readBuffer(buffer);
  const off = offsetArg === undefined ? 0 : ssizeArg(offsetArg);
  const offset = checkOffset(off, Number(s.size), buf.length, "unpack_from", "unpacking");
  return unpackFrom(s, buf, offset);
}

class UnpackIter extends PyIter {
  s: PyStruct;
  buf: Uint8Array | null;
  pos: number;
  constructor(s: PyStruct, buf: Uint8Array) {
    super(unpackIterType);
    this.s = s;
    this.buf = buf;
    this.pos = 0;
  }
  next(): PyValue | undefined {
    const buf = this.buf;
    if (buf === null) return undefined;
    const size = this.s.size as number;
    if (this.pos + size > buf.length) {
      this.buf = null;
      return undefined;
    }
    const r = unpackFrom(this.s, buf, this.pos);
    this.pos += size;
    return r;
  }
}

function doIterUnpack(s: PyStruct, buffer: PyValue): UnpackIter {
  const size = s.size;
  if (size === 0) structError("cannot iteratively unpack with a struct of length 0");
  const buf = readBuffer(buffer);
  if (buf.length % Number(size) !== 0) structError(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  return new UnpackIter(s, buf);
}

// ---- the Struct cache ------------------------------------------------------------------------------

const MAXCACHE = 100;
let cache = new PyDict();

/** The compiled Struct for a module function's format argument (cached by format, as CPython). */
function cachedStruct(fmt: PyValue): PyStruct {
  const hit = cache.get(fmt);
  if (hit !== undefined) return hit as PyStruct;
  const s = new PyStruct(structType);
  s.init(fmt);
  if (cache.size >= MAXCACHE) cache = new PyDict();
  cache.set(fmt, s);
  return s;
}

// ---- docs -------------------------------------------------------------------------------------------

const MODULE_DOC = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`;

const FUNCTION_DOCS: Record<string, string> = {
  pack: "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.",
  pack_into: "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.",
  unpack: "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.",
  unpack_from: "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.",
  iter_unpack: "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.",
  calcsize: "Return size in bytes of the struct described by the format string.",
  _clearcache: "Clear the internal cache.",
};

// ---- the module -------------------------------------------------------------------------------------

type Args = PyValue[];
type Kw = readonly string[] | null;

function noKw(name: string, kwnames: Kw): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
}


function selfStruct(v: PyValue): PyStruct {
  return v as PyStruct;
}

defineModule("_struct", (dict) => {
  StructError = nativeType("struct", "error", E.Exception);
  structType = nativeType("_struct", "Struct");
  structType.ns.set("__doc__", "Struct(fmt) --> compiled struct object\n\n");
  unpackIterType = nativeType("_struct", "unpack_iterator", undefined, 0);

  defNew(structType, (args) => new PyStruct(args[0] as PyType));
  // Read-only, with CPython's message (which names the type as '_struct.Struct').
  const readOnly = (name: string) => (): never =>
    E.attributeError(`attribute '${name}' of '_struct.Struct' objects is not writable`);
  defGetSet(structType, "format", (self) => selfStruct(self).format, readOnly("format"));
  defGetSet(structType, "size", (self) => selfStruct(self).size, readOnly("size"));
  defMethods(structType, {
    __init__(args, kwnames) {
      const [fmt] = clinicArgs("Struct", args.slice(1), kwnames, ["format"], 1);
      selfStruct(args[0]).init(fmt!);
      return None;
    },
    pack(args, kwnames) {
      noKw("Struct.pack", kwnames);
      return doPack(selfStruct(args[0]), args, 1);
    },
    pack_into(args, kwnames) {
      noKw("Struct.pack_into", kwnames);
      return doPackInto(selfStruct(args[0]), args, 1);
    },
    unpack(args, kwnames) {
      noKw("Struct.unpack", kwnames);
      checkArgs("Struct.unpack", args, kwnames, 1, 1);
      return doUnpack(selfStruct(args[0]), args[1]);
    },
    unpack_from(args, kwnames) {
      const [buffer, offset] = clinicArgs("unpack_from", args.slice(1), kwnames, ["buffer", "offset"], 1);
      return doUnpackFrom(selfStruct(args[0]), buffer!, offset);
    },
    iter_unpack(args, kwnames) {
      checkArgs("Struct.iter_unpack", args, kwnames, 1, 1);
      return doIterUnpack(selfStruct(args[0]), args[1]);
    },
    __sizeof__(args, kwnames) {
      checkArgs("Struct.__sizeof__", args, kwnames, 0, 0);
      return 72 + 32 * (selfStruct(args[0]).codes.length + 1);
    },
  });

  // CPython 3.11's message, with its missing quote.
  defNew(unpackIterType, () => typeError("Cannot create 'unpack_iterator objects"));
  defMethods(unpackIterType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as UnpackIter).next();
      if (v === undefined) raiseError(E.StopIteration);
      return v;
    },
    __length_hint__(args) {
      const it = args[0] as UnpackIter;
      if (it.buf === null) return 0;
      return (it.buf.length - it.pos) / (it.s.size as number);
    },
  });

  dict.set("error", StructError);
  dict.set("Struct", structType);
  defFunctions(dict, "_struct", {
    pack(args, kwnames) {
      noKw("_struct.pack", kwnames);
      if (args.length === 0) typeError("missing format argument");
      return doPack(cachedStruct(args[0]), args, 1);
    },
    pack_into(args, kwnames) {
      noKw("_struct.pack_into", kwnames);
      if (args.length === 0) typeError("missing format argument");
      return doPackInto(cachedStruct(args[0]), args, 1);
    },
    unpack(args, kwnames) {
      checkArgs("unpack", args, kwnames, 2, 2, 0);
      return doUnpack(cachedStruct(args[0]), args[1]);
    },
    unpack_from(args, kwnames) {
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (args.length - nkw < 1) typeError("unpack_from() takes at least 1 positional argument (0 given)");
      const [fmt, buffer, offset] = clinicArgs("unpack_from", args, kwnames, ["format", "buffer", "offset"], 2, 1);
      return doUnpackFrom(cachedStruct(fmt!), buffer!, offset);
    },
    iter_unpack(args, kwnames) {
      checkArgs("iter_unpack", args, kwnames, 2, 2, 0);
      return doIterUnpack(cachedStruct(args[0]), args[1]);
    },
    calcsize(args, kwnames) {
      checkArgs("_struct.calcsize", args, kwnames, 1, 1, 0);
      return cachedStruct(args[0]).size;
    },
    _clearcache(args, kwnames) {
      checkArgs("_clearcache", args, kwnames, 0, 0, 0);
      cache = new PyDict();
      return None;
    },
  });
  for (const [name, doc] of Object.entries(FUNCTION_DOCS)) (dict.get(name) as PyBuiltinFunction).doc = doc;
}, MODULE_DOC);

