// _pickle.Pickler: writes the same bytes as CPython's C pickler (Modules/_pickle.c) for the same
// objects: the same opcode for each kind of object and protocol, the same memoization (PUT /
// MEMOIZE after the same objects, GET for objects seen before), the same batching (1000 items
// per APPENDS / SETITEMS / ADDITEMS) and the same framing.
//
// Framing (protocol 4+): output goes into `out`; a frame is opened (9 bytes reserved) by the
// first write after the previous one closed, and closed at an opcode boundary once it holds
// 64 KiB, or at the end. A frame of fewer than 4 bytes loses its header. Byte strings of 64 KiB
// or more are written outside frames (and straight to the file when there is one).
//
// Memo: object identity -> index, a JS Map. Exact str is a JS string here, so equal strings
// share one memo entry, where CPython shares only identical string objects.

import {
  call, callMethod, getAttr, getItem, getIter, idOf, intValue, isInstance, iterNext, repr, str, strValue,
  truthy, typeName,
} from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, typeError } from "../objects/exceptions";
import { PyDict } from "../objects/pydict";
import { PySet } from "../objects/pyset";
import { strEncode } from "../objects/strcodecs";
import {
  bytearrayType, bytesType, dictType, Ellipsis, False, floatType, frozensetType, functionType, listType, None,
  noneType, NotImplemented, PyBuiltinFunction, notImplementedType, ellipsisType, PyByteArray, PyBytes, PyFloat, PyList, PyObject, PyTuple,
  PyType, PyValue, setType, True, tupleType, typeOf, typeType,
} from "../objects/types";
import { sysModules } from "./sys";
import { adjustDepth, depth, recursionLimit } from "../vm/eval";
import { importModule, isCallable, isPyError, lookupAttr, Op, picklingError, st } from "./pickle_common";
import { isContiguous, PickleBufferObj, pickleBufferType } from "./pickle_buffer";

const FRAME_SIZE_MIN = 4;
const FRAME_SIZE_TARGET = 64 * 1024;
const FRAME_HEADER_SIZE = 9;
const BATCHSIZE = 1000;
const FAST_NESTING_LIMIT = 50;

export class PicklerObj extends PyObject {
  proto = 0;
  bin = 0;
  fast = 0;
  fastNesting = 0;
  fastMemo: Set<PyValue> | null = null;
  fixImports = false;
  /** The file's write method, null for dumps() (and before __init__). */
  write: PyValue | null = null;
  memo = new Map<PyValue, number>();
  persFunc: PyValue | null = null;
  dispatchTable: PyValue | null = null;
  reducerOverride: PyValue | null = null;
  bufferCallback: PyValue | null = null;
  /** The output buffer: NO_OUTPUT until the first write, or a buffer clearBuffer / lendBuffer gave. */
  out: Uint8Array = NO_OUTPUT;
  outLen = 0;
  framing = false;
  frameStart = -1;
  inited = false;
}

// ---- the output buffer ---------------------------------------------------------------------

const WRITE_BUF_SIZE = 4096;
const NO_OUTPUT = new Uint8Array(0);

function reserve(p: PicklerObj, n: number): void {
  if (p.outLen + n <= p.out.length) return;
  const bigger = new Uint8Array(Math.max(p.out.length * 2, ((p.outLen + n) >> 1) * 3, WRITE_BUF_SIZE));
  bigger.set(p.out.subarray(0, p.outLen));
  p.out = bigger;
}

function openFrameIfNeeded(p: PicklerObj, n: number): void {
  if (p.framing && p.frameStart === -1) {
    reserve(p, n + FRAME_HEADER_SIZE);
    p.frameStart = p.outLen;
    p.outLen += FRAME_HEADER_SIZE;
  } else {
    reserve(p, n);
  }
}

function w1(p: PicklerObj, b: number): void {
  openFrameIfNeeded(p, 1);
  p.out[p.outLen++] = b;
}

function w2(p: PicklerObj, a: number, b: number): void {
  openFrameIfNeeded(p, 2);
  p.out[p.outLen++] = a;
  p.out[p.outLen++] = b;
}

/** Stores n (0 <= n < 2**53) at out[at] as a little-endian unsigned number of `size` bytes. */
function putLE(out: Uint8Array, at: number, n: number, size: number): void {
  if (size <= 4) {
    for (let i = 0; i < size; i++, n >>>= 8) out[at + i] = n & 0xff;
    return;
  }
  for (let i = 0; i < size; i++) {
    out[at + i] = n & 0xff;
    n = Math.floor(n / 256);
  }
}

/** An opcode and its argument n as a little-endian unsigned number of `size` bytes. */
function wOpLE(p: PicklerObj, op: number, n: number, size: number): void {
  openFrameIfNeeded(p, 1 + size);
  p.out[p.outLen] = op;
  putLE(p.out, p.outLen + 1, n, size);
  p.outLen += 1 + size;
}

function wBytes(p: PicklerObj, data: ArrayLike<number>): void {
  openFrameIfNeeded(p, data.length);
  p.out.set(data, p.outLen);
  p.outLen += data.length;
}

/** Writes an ASCII string (opcode arguments of the text protocol). */
function wAscii(p: PicklerObj, s: string): void {
  openFrameIfNeeded(p, s.length);
  for (let i = 0; i < s.length; i++) p.out[p.outLen++] = s.charCodeAt(i);
}

function commitFrame(p: PicklerObj): void {
  if (!p.framing || p.frameStart === -1) return;
  const len = p.outLen - p.frameStart - FRAME_HEADER_SIZE;
  if (len >= FRAME_SIZE_MIN) {
    p.out[p.frameStart] = Op.FRAME;
    putLE(p.out, p.frameStart + 1, len, 8);
  } else {
    p.out.copyWithin(p.frameStart, p.frameStart + FRAME_HEADER_SIZE, p.outLen);
    p.outLen -= FRAME_HEADER_SIZE;
  }
  p.frameStart = -1;
}

function clearBuffer(p: PicklerObj): void {
  p.out = new Uint8Array(WRITE_BUF_SIZE);
  p.outLen = 0;
  p.frameStart = -1;
}

/** The pickle written so far, with the open frame closed. */
function outputBytes(p: PicklerObj): PyBytes {
  commitFrame(p);
  return new PyBytes(p.out.slice(0, p.outLen));
}

/** The pickle written so far, and a fresh buffer (_Pickler_GetString). */
export function takeOutput(p: PicklerObj): PyBytes {
  const b = outputBytes(p);
  clearBuffer(p);
  return b;
}

/**
 * The write buffer of the pickler that each dump() / dumps() call makes and drops: lent to it
 * by lendBuffer and given back by returnBuffer, so that a call allocates no buffer of its own
 * (a nested call, from a __reduce__ say, finds none to borrow and allocates as usual).
 */
let spareBuffer: Uint8Array | null = null;
/** Larger buffers are not kept after a dumps() that needed one. */
const SPARE_BUFFER_MAX = 256 * 1024;

function lendBuffer(p: PicklerObj): void {
  if (spareBuffer === null) {
    clearBuffer(p);
    return;
  }
  p.out = spareBuffer;
  spareBuffer = null;
  p.outLen = 0;
  p.frameStart = -1;
}

/** Gives the pickler's buffer to the next dump() / dumps() (unless it grew too large). */
function returnBuffer(p: PicklerObj): void {
  if (p.out.length <= SPARE_BUFFER_MAX && p.out.length >= WRITE_BUF_SIZE) spareBuffer = p.out;
  p.out = NO_OUTPUT;
  p.outLen = 0;
  p.frameStart = -1;
}

function flushToFile(p: PicklerObj): void {
  call(p.write!, [takeOutput(p)]);
}

function opcodeBoundary(p: PicklerObj): void {
  if (!p.framing || p.frameStart === -1) return;
  if (p.outLen - p.frameStart - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET) {
    commitFrame(p);
    if (p.write !== null) flushToFile(p);
  }
}

/**
 * A header (the opcode, then the payload's length in `lenSize` little-endian bytes) and the
 * payload; a large payload bypasses framing (and the buffer, given a file).
 */
function writeLarge(p: PicklerObj, op: number, lenSize: number, data: Uint8Array, payload: PyValue | null): void {
  const bypass = data.length >= FRAME_SIZE_TARGET;
  const framing = p.framing;
  if (bypass) {
    commitFrame(p);
    p.framing = false;
  }
  wOpLE(p, op, data.length, lenSize);
  if (bypass && p.write !== null) {
    flushToFile(p);
    call(p.write, [payload ?? new PyBytes(data.slice())]);
  } else {
    wBytes(p, data);
  }
  p.framing = framing;
}

// ---- memo ---------------------------------------------------------------------------------

function memoGet(p: PicklerObj, obj: PyValue): void {
  const idx = p.memo.get(obj)!;
  if (!p.bin) wAscii(p, `g${idx}\n`);
  else if (idx < 256) w2(p, Op.BINGET, idx);
  else if (idx <= 0xffffffff) wOpLE(p, Op.LONG_BINGET, idx, 4);
  else picklingError("memo id too large for LONG_BINGET");
}

function memoPut(p: PicklerObj, obj: PyValue): void {
  if (p.fast) return;
  const idx = p.memo.size;
  p.memo.set(obj, idx);
  if (p.proto >= 4) w1(p, Op.MEMOIZE);
  else if (!p.bin) wAscii(p, `p${idx}\n`);
  else if (idx < 256) w2(p, Op.BINPUT, idx);
  else if (idx <= 0xffffffff) wOpLE(p, Op.LONG_BINPUT, idx, 4);
  else picklingError("memo id too large for LONG_BINPUT");
}

/** Fast mode guards against cycles in deep containers (fast_save_enter / fast_save_leave). */
function fastEnter(p: PicklerObj, obj: PyValue): void {
  if (++p.fastNesting >= FAST_NESTING_LIMIT) {
    p.fastMemo ??= new Set();
    if (p.fastMemo.has(obj)) {
      raiseError(E.ValueError, `fast mode: can't pickle cyclic objects including object type ${typeOf(obj).name} at ${addr(obj)}`);
    }
    p.fastMemo.add(obj);
  }
}

function fastLeave(p: PicklerObj, obj: PyValue): void {
  if (p.fastNesting-- >= FAST_NESTING_LIMIT) p.fastMemo?.delete(obj);
}

function addr(obj: PyValue): string {
  const id = intValue(idOf(obj));
  return "0x" + (id === undefined ? "0" : BigInt(id).toString(16));
}

// ---- atoms --------------------------------------------------------------------------------

function saveLong(p: PicklerObj, v: number | bigint): void {
  if (v >= -0x80000000 && v <= 0x7fffffff) {
    const n = Number(v);
    if (!p.bin) {
      wAscii(p, `I${n}\n`);
    } else {
      const u = n >>> 0;
      if (u > 0xffff) wOpLE(p, Op.BININT, u, 4);
      else if (u > 0xff) wOpLE(p, Op.BININT2, u, 2);
      else w2(p, Op.BININT1, u);
    }
    return;
  }
  if (p.proto >= 2) {
    const bytes = longBytes(BigInt(v));
    if (bytes.length < 256) w2(p, Op.LONG1, bytes.length);
    else wOpLE(p, Op.LONG4, bytes.length, 4);
    wBytes(p, bytes);
    return;
  }
  wAscii(p, `L${repr(v)}L\n`);
}

/** Little-endian two's complement in the fewest bytes (encode_long). */
export function longBytes(x: bigint): Uint8Array {
  if (x === 0n) return new Uint8Array(0);
  // The magnitude's bits (of -x-1 for a negative x) and a sign bit, rounded up to whole bytes.
  const mag = (x < 0n ? -x - 1n : x).toString(16);
  const bits = (mag.length - 1) * 4 + (32 - Math.clz32(parseInt(mag[0], 16)));
  const n = (bits >> 3) + 1;
  return Buffer.from(BigInt.asUintN(n * 8, x).toString(16).padStart(n * 2, "0"), "hex").reverse();
}

/** BINFLOAT's argument is written here first (big-endian), then copied to the output. */
const floatBytes = new Uint8Array(8);
const floatView = new DataView(floatBytes.buffer);

function saveFloat(p: PicklerObj, x: number): void {
  if (p.bin) {
    openFrameIfNeeded(p, 9);
    floatView.setFloat64(0, x, false);
    const out = p.out;
    let at = p.outLen;
    out[at++] = Op.BINFLOAT;
    for (let i = 0; i < 8; i++) out[at++] = floatBytes[i];
    p.outLen = at;
  } else {
    wAscii(p, `F${repr(new PyFloat(x))}\n`);
  }
}

/** UTF-8, with lone surrogates passed through (the surrogatepass handler). */
export function utf8(s: string): Uint8Array {
  return /[\ud800-\udfff]/.test(s) ? strEncode(s, "utf-8", "surrogatepass") : Buffer.from(s, "utf8");
}

function saveBytesData(p: PicklerObj, obj: PyValue, data: Uint8Array): void {
  const n = data.length;
  if (n <= 0xff) writeLarge(p, Op.SHORT_BINBYTES, 1, data, obj);
  else if (n <= 0xffffffff) writeLarge(p, Op.BINBYTES, 4, data, obj);
  else if (p.proto >= 4) writeLarge(p, Op.BINBYTES8, 8, data, obj);
  else raiseError(E.OverflowError, "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher");
  memoPut(p, obj);
}

function saveBytes(p: PicklerObj, obj: PyBytes): void {
  if (p.proto >= 3) return saveBytesData(p, obj, obj.data);
  // Before protocol 3 there is no bytes opcode: codecs.encode(latin-1 text, 'latin1') rebuilds them
  // (and gives a str under Python 2).
  let rv: PyTuple;
  if (obj.data.length === 0) rv = new PyTuple([bytesType, new PyTuple([])]);
  else {
    let s = "";
    for (const b of obj.data) s += String.fromCharCode(b);
    rv = new PyTuple([st.codecsEncode, new PyTuple([s, "latin1"])]);
  }
  saveReduce(p, rv, obj);
}

function saveBytearrayData(p: PicklerObj, obj: PyValue, data: Uint8Array): void {
  writeLarge(p, Op.BYTEARRAY8, 8, data, obj);
  memoPut(p, obj);
}

function saveBytearray(p: PicklerObj, obj: PyByteArray): void {
  const data = obj.data.subarray(0, obj.length);
  if (p.proto >= 5) return saveBytearrayData(p, obj, data);
  const rv = data.length === 0 ? new PyTuple([bytearrayType, new PyTuple([])])
    : new PyTuple([bytearrayType, new PyTuple([new PyBytes(data.slice())])]);
  saveReduce(p, rv, obj);
}

function savePickleBuffer(p: PicklerObj, obj: PickleBufferObj): void {
  if (p.proto < 5) picklingError("PickleBuffer can only pickled with protocol >= 5");
  const view = obj.getView();
  if (!isContiguous(view)) picklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
  let inBand = true;
  if (p.bufferCallback !== null) inBand = truthy(call(p.bufferCallback, [obj]));
  if (inBand) {
    const data = obj.bufferBytes();
    if (view.readonly) saveBytesData(p, obj, data);
    else saveBytearrayData(p, obj, data);
  } else {
    w1(p, Op.NEXT_BUFFER);
    if (view.readonly) w1(p, Op.READONLY_BUFFER);
  }
}

/** Protocol 0's text: raw-unicode-escape that also escapes \\, \0, \n, \r and \x1a. */
function rawUnicodeEscape(s: string): string {
  let out = "";
  const hex = (n: number, w: number) => n.toString(16).padStart(w, "0");
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x10000) out += "\\U" + hex(c, 8);
    else if (c >= 256 || c === 0x5c || c === 0 || c === 0x0a || c === 0x0d || c === 0x1a) out += "\\u" + hex(c, 4);
    else out += ch;
  }
  return out;
}

function saveUnicode(p: PicklerObj, obj: string): void {
  writeUnicode(p, obj);
  memoPut(p, obj);
}

/**
 * The name of the builtins module as builtin functions give it: in CPython a str object of its
 * own, distinct from the interned "builtins" that builtin types (and literals) give, so that the
 * two are memoized apart. A private key stands for it in the memo.
 */
export const BUILTINS_OF_FUNCTIONS = new PyObject(bytesType);

function saveModuleName(p: PicklerObj, obj: PyValue, name: PyValue): void {
  if (!(obj instanceof PyBuiltinFunction && name === "builtins")) return save(p, name, false);
  opcodeBoundary(p);
  if (p.persFunc !== null && savePers(p, name)) return;
  if (p.memo.has(BUILTINS_OF_FUNCTIONS)) return memoGet(p, BUILTINS_OF_FUNCTIONS);
  writeUnicode(p, name);
  memoPut(p, BUILTINS_OF_FUNCTIONS);
}

/** Whether s is ASCII only (its UTF-8 is then its chars, one byte each). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function writeUnicode(p: PicklerObj, obj: string): void {
  if (p.bin) {
    if (obj.length < FRAME_SIZE_TARGET && isAscii(obj)) {
      // What writeLarge writes for a payload too small to bypass the frame, without the copy.
      const short = obj.length <= 0xff && p.proto >= 4;
      wOpLE(p, short ? Op.SHORT_BINUNICODE : Op.BINUNICODE, obj.length, short ? 1 : 4);
      wAscii(p, obj);
      return;
    }
    const data = utf8(obj);
    const n = data.length;
    if (n <= 0xff && p.proto >= 4) writeLarge(p, Op.SHORT_BINUNICODE, 1, data, null);
    else if (n <= 0xffffffff) writeLarge(p, Op.BINUNICODE, 4, data, null);
    else if (p.proto >= 4) writeLarge(p, Op.BINUNICODE8, 8, data, null);
    else raiseError(E.OverflowError, "serializing a string larger than 4 GiB requires pickle protocol 4 or higher");
  } else {
    const text = rawUnicodeEscape(obj);
    w1(p, Op.UNICODE);
    const b = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) b[i] = text.charCodeAt(i);
    wBytes(p, b);
    w1(p, 0x0a);
  }
}

// ---- containers ---------------------------------------------------------------------------

const LEN_OPS = [Op.EMPTY_TUPLE, Op.TUPLE1, Op.TUPLE2, Op.TUPLE3];

function saveTuple(p: PicklerObj, obj: PyTuple): void {
  const items = obj.items;
  const n = items.length;
  if (n === 0) {
    if (p.proto) w1(p, Op.EMPTY_TUPLE);
    else w2(p, Op.MARK, Op.TUPLE);
    return;
  }
  // If the tuple is in the memo after its items are saved, it is recursive: drop the items and
  // fetch it from the memo.
  if (n <= 3 && p.proto >= 2) {
    for (const x of items) save(p, x, false);
    if (p.memo.has(obj)) {
      for (let i = 0; i < n; i++) w1(p, Op.POP);
      memoGet(p, obj);
      return;
    }
    w1(p, LEN_OPS[n]);
  } else {
    w1(p, Op.MARK);
    for (const x of items) save(p, x, false);
    if (p.memo.has(obj)) {
      if (p.bin) w1(p, Op.POP_MARK);
      else for (let i = 0; i <= n; i++) w1(p, Op.POP);
      memoGet(p, obj);
      return;
    }
    w1(p, Op.TUPLE);
  }
  memoPut(p, obj);
}

/** MARK item ... APPENDS in batches, from an iterator (APPEND one by one for protocol 0). */
function batchList(p: PicklerObj, it: PyValue): void {
  if (p.proto === 0) {
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      save(p, x, false);
      w1(p, Op.APPEND);
    }
    return;
  }
  let n: number;
  do {
    const first = iterNext(it);
    if (first === undefined) break;
    let x = iterNext(it);
    if (x === undefined) {
      save(p, first, false);
      w1(p, Op.APPEND);
      break;
    }
    w1(p, Op.MARK);
    save(p, first, false);
    n = 1;
    while (x !== undefined) {
      save(p, x, false);
      n++;
      if (n === BATCHSIZE) break;
      x = iterNext(it);
    }
    w1(p, Op.APPENDS);
  } while (n === BATCHSIZE);
}

function batchListExact(p: PicklerObj, obj: PyList): void {
  if (obj.items.length === 1) {
    save(p, obj.items[0], false);
    w1(p, Op.APPEND);
    return;
  }
  let total = 0;
  do {
    let batch = 0;
    w1(p, Op.MARK);
    while (total < obj.items.length) {
      save(p, obj.items[total], false);
      total++;
      if (++batch === BATCHSIZE) break;
    }
    w1(p, Op.APPENDS);
  } while (total < obj.items.length);
}

function saveList(p: PicklerObj, obj: PyList): void {
  if (p.fast) fastEnter(p, obj);
  try {
    if (p.bin) w1(p, Op.EMPTY_LIST);
    else w2(p, Op.MARK, Op.LIST);
    memoPut(p, obj);
    if (obj.items.length !== 0) {
      if (typeOf(obj) === listType && p.proto > 0) batchListExact(p, obj);
      else batchList(p, getIter(obj));
    }
  } finally {
    if (p.fast) fastLeave(p, obj);
  }
}

function pairOf(x: PyValue): readonly PyValue[] {
  if (!(x instanceof PyTuple) || x.items.length !== 2) typeError("dict items iterator must return 2-tuples");
  return x.items;
}

/** MARK key value ... SETITEMS in batches, from an iterator of pairs. */
function batchDict(p: PicklerObj, it: PyValue): void {
  if (p.proto === 0) {
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      const [k, v] = pairOf(x);
      save(p, k, false);
      save(p, v, false);
      w1(p, Op.SETITEM);
    }
    return;
  }
  let n: number;
  do {
    const first = iterNext(it);
    if (first === undefined) break;
    const [k0, v0] = pairOf(first);
    let x = iterNext(it);
    if (x === undefined) {
      save(p, k0, false);
      save(p, v0, false);
      w1(p, Op.SETITEM);
      break;
    }
    w1(p, Op.MARK);
    save(p, k0, false);
    save(p, v0, false);
    n = 1;
    while (x !== undefined) {
      const [k, v] = pairOf(x);
      save(p, k, false);
      save(p, v, false);
      n++;
      if (n === BATCHSIZE) break;
      x = iterNext(it);
    }
    w1(p, Op.SETITEMS);
  } while (n === BATCHSIZE);
}

function batchDictExact(p: PicklerObj, obj: PyDict): void {
  const size = obj.size;
  const s = obj.store;
  // Saving may run code that changes the dict: positions are re-read from the store each time,
  // and a change of size is an error (as CPython reports it after the batch, or at once here).
  const changed = () => {
    if (obj.size !== size) raiseError(E.RuntimeError, "dictionary changed size during iteration");
  };
  if (size === 1) {
    const pos = s.nextPos(0);
    const k = s.keys[pos] as PyValue;
    const v = s.values[pos] as PyValue;
    save(p, k, false);
    save(p, v, false);
    w1(p, Op.SETITEM);
    return;
  }
  let pos = s.nextPos(0);
  let i: number;
  do {
    i = 0;
    w1(p, Op.MARK);
    while (pos >= 0) {
      const k = obj.store.keys[pos] as PyValue | undefined;
      const v = obj.store.values[pos] as PyValue | undefined;
      if (k === undefined || v === undefined) changed();
      save(p, k!, false);
      changed();
      save(p, v!, false);
      changed();
      pos = obj.store.nextPos(pos + 1);
      if (++i === BATCHSIZE) break;
    }
    w1(p, Op.SETITEMS);
    changed();
  } while (i === BATCHSIZE && pos >= 0);
}

function saveDict(p: PicklerObj, obj: PyDict): void {
  if (p.fast) fastEnter(p, obj);
  try {
    if (p.bin) w1(p, Op.EMPTY_DICT);
    else w2(p, Op.MARK, Op.DICT);
    memoPut(p, obj);
    if (obj.size) {
      if (typeOf(obj) === dictType && p.proto > 0) batchDictExact(p, obj);
      else batchDict(p, getIter(callMethod(obj, "items", [])));
    }
  } finally {
    if (p.fast) fastLeave(p, obj);
  }
}

function setItems(obj: PySet): PyValue[] {
  const out: PyValue[] = [];
  const it = getIter(obj);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

function saveSet(p: PicklerObj, obj: PySet): void {
  if (p.proto < 4) {
    saveReduce(p, new PyTuple([setType, new PyTuple([new PyList(setItems(obj))])]), obj);
    return;
  }
  w1(p, Op.EMPTY_SET);
  memoPut(p, obj);
  const items = setItems(obj);
  const size = items.length;
  if (size === 0) return;
  let k = 0;
  let i: number;
  do {
    i = 0;
    w1(p, Op.MARK);
    while (k < items.length) {
      save(p, items[k++], false);
      if (++i === BATCHSIZE) break;
    }
    w1(p, Op.ADDITEMS);
    if (obj.store.used !== size) raiseError(E.RuntimeError, "set changed size during iteration");
  } while (i === BATCHSIZE && k < items.length);
}

function saveFrozenset(p: PicklerObj, obj: PySet): void {
  // Quirk copied from CPython: fast mode counts a frozenset as entered and never leaves it.
  if (p.fast) fastEnter(p, obj);
  if (p.proto < 4) {
    saveReduce(p, new PyTuple([frozensetType, new PyTuple([new PyList(setItems(obj))])]), obj);
    return;
  }
  w1(p, Op.MARK);
  for (const x of setItems(obj)) save(p, x, false);
  if (p.memo.has(obj)) {
    w1(p, Op.POP_MARK);
    memoGet(p, obj);
    return;
  }
  w1(p, Op.FROZENSET);
  memoPut(p, obj);
}

// ---- globals ------------------------------------------------------------------------------

/** name.split('.'), refusing names of local objects. */
function dottedPath(name: string, obj: PyValue | null): string[] {
  const parts = name.split(".");
  if (parts.includes("<locals>")) {
    if (obj === null) E.attributeError(`Can't pickle local object ${repr(name)}`);
    E.attributeError(`Can't pickle local attribute ${repr(name)} on ${repr(obj)}`);
  }
  return parts;
}

/** Follows the attribute path; [value, parent], or null when an attribute is missing. */
export function deepAttribute(obj: PyValue, path: string[]): [PyValue, PyValue] | null {
  let parent: PyValue = obj;
  let cur: PyValue = obj;
  for (const name of path) {
    parent = cur;
    const v = lookupAttr(parent, name);
    if (v === undefined) return null;
    cur = v;
  }
  return [cur, parent];
}

/** The module a global lives in: its __module__, else a search of sys.modules (whichmodule). */
function whichModule(obj: PyValue, path: string[]): PyValue {
  const m = lookupAttr(obj, "__module__");
  if (m !== undefined && m !== None) return m;
  for (const [name, mod] of sysModules.entries()) {
    if (name === "__main__" || mod === None) continue;
    const found = deepAttribute(mod, path);
    if (found !== null && found[0] === obj) return name;
  }
  return "__main__";
}

/** PyImport_Import: the module itself (not the top package) from sys.modules. */
export function importByName(name: PyValue): PyValue {
  const s = strValue(name);
  if (s === undefined) typeError("module name must be a string");
  importModule(s);
  const m = sysModules.get(s);
  if (m === undefined) raiseError(E.KeyError, s);
  return m;
}

function encodeName(p: PicklerObj, s: string, what: string): Uint8Array {
  if (p.proto === 3) return utf8(s);
  if (!/^[\x00-\x7f]*$/.test(s)) picklingError(`can't pickle ${what} identifier '${s}' using pickle protocol ${p.proto}`);
  return Buffer.from(s, "latin1");
}

function saveGlobal(p: PicklerObj, obj: PyValue, name: PyValue | null): void {
  let globalName: PyValue = name ?? lookupAttr(obj, "__qualname__") ?? getAttr(obj, "__name__");
  const gname = strValue(globalName);
  if (gname === undefined) typeError(`attribute name must be string, not '${typeName(globalName)}'`);
  const path = dottedPath(gname, null);
  let moduleName = whichModule(obj, path);
  let module: PyValue;
  try {
    module = importByName(moduleName);
  } catch (e) {
    if (!isPyError(e)) throw e;
    picklingError(`Can't pickle ${repr(obj)}: import of module ${repr(moduleName)} failed`);
  }
  const lastname = path[path.length - 1];
  const found = deepAttribute(module, path);
  if (found === null) picklingError(`Can't pickle ${repr(obj)}: attribute lookup ${gname} on ${str(moduleName)} failed`);
  if (found[0] !== obj) picklingError(`Can't pickle ${repr(obj)}: it's not the same object as ${str(moduleName)}.${gname}`);
  const parent = found[1];

  if (p.proto >= 2) {
    const code = st.extensionRegistry.get(new PyTuple([moduleName, globalName]));
    if (code !== undefined) {
      const c = intValue(code);
      if (c === undefined || typeof code === "object" && !isInstance(code, typeOf(0))) {
        picklingError(`Can't pickle ${repr(obj)}: extension code ${repr(code)} isn't an integer`);
      }
      if (c <= 0 || c > 0x7fffffff) picklingError(`Can't pickle ${repr(obj)}: extension code ${c} is out of range`);
      const n = Number(c);
      if (n <= 0xff) w2(p, Op.EXT1, n);
      else if (n <= 0xffff) wOpLE(p, Op.EXT2, n, 2);
      else wOpLE(p, Op.EXT4, n, 4);
      return;
    }
  }
  if (parent === module) globalName = lastname;
  if (p.proto >= 4) {
    saveModuleName(p, obj, moduleName);
    save(p, globalName, false);
    w1(p, Op.STACK_GLOBAL);
  } else if (parent !== module) {
    saveReduce(p, new PyTuple([st.getattr, new PyTuple([parent, lastname])]), null);
  } else {
    w1(p, Op.GLOBAL);
    if (p.proto < 3 && p.fixImports) [moduleName, globalName] = fixImports(moduleName, globalName);
    wBytes(p, encodeName(p, str(moduleName), "module"));
    w1(p, 0x0a);
    wBytes(p, encodeName(p, str(globalName), "global"));
    w1(p, 0x0a);
  }
  memoPut(p, obj);
}

/** Python 3 names to their Python 2 spelling (_compat_pickle's reverse mappings). */
function fixImports(moduleName: PyValue, globalName: PyValue): [PyValue, PyValue] {
  const item = st.nameMapping3to2.get(new PyTuple([moduleName, globalName]));
  if (item !== undefined) {
    if (!(item instanceof PyTuple) || item.items.length !== 2) {
      raiseError(E.RuntimeError, `_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not ${typeName(item)}`);
    }
    const [m, g] = item.items;
    if (strValue(m) === undefined || strValue(g) === undefined) {
      raiseError(E.RuntimeError, `_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not (${typeName(m)}, ${typeName(g)})`);
    }
    return [m, g];
  }
  const mod = st.importMapping3to2.get(moduleName);
  if (mod !== undefined) {
    if (strValue(mod) === undefined) {
      raiseError(E.RuntimeError, `_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not ${typeName(mod)}`);
    }
    return [mod, globalName];
  }
  return [moduleName, globalName];
}

function saveType(p: PicklerObj, obj: PyType): void {
  const singleton = obj === noneType ? None : obj === ellipsisType ? Ellipsis : obj === notImplementedType ? NotImplemented : null;
  if (singleton !== null) saveReduce(p, new PyTuple([typeType, new PyTuple([singleton])]), obj);
  else saveGlobal(p, obj, null);
}

function savePers(p: PicklerObj, obj: PyValue): boolean {
  const pid = call(p.persFunc!, [obj]);
  if (pid === None) return false;
  if (p.bin) {
    save(p, pid, true);
    w1(p, Op.BINPERSID);
  } else {
    const s = str(pid);
    if (!/^[\x00-\x7f]*$/.test(s)) picklingError("persistent IDs in protocol 0 must be ASCII strings");
    w1(p, Op.PERSID);
    wAscii(p, s);
    w1(p, 0x0a);
  }
  return true;
}

// ---- reduce -------------------------------------------------------------------------------

function isIterator(v: PyValue): boolean {
  return typeOf(v).lookup("__next__") !== undefined;
}

/** Saves obj from its reduction (callable, args[, state[, listitems[, dictitems[, state_setter]]]]). */
function saveReduce(p: PicklerObj, rv: PyTuple, obj: PyValue | null): void {
  const n = rv.items.length;
  if (n < 2 || n > 6) picklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
  const items: (PyValue | undefined)[] = [...rv.items];
  const [callable, argtup] = rv.items;
  let [, , state, listitems, dictitems, setter] = items;
  if (!isCallable(callable)) picklingError("first item of the tuple returned by __reduce__ must be callable");
  if (!(argtup instanceof PyTuple)) picklingError("second item of the tuple returned by __reduce__ must be a tuple");
  if (state === None) state = undefined;
  if (listitems === None) listitems = undefined;
  else if (listitems !== undefined && !isIterator(listitems)) {
    picklingError(`fourth element of the tuple returned by __reduce__ must be an iterator, not ${typeName(listitems)}`);
  }
  if (dictitems === None) dictitems = undefined;
  else if (dictitems !== undefined && !isIterator(dictitems)) {
    picklingError(`fifth element of the tuple returned by __reduce__ must be an iterator, not ${typeName(dictitems)}`);
  }
  if (setter === None) setter = undefined;
  else if (setter !== undefined && !isCallable(setter)) {
    picklingError(`sixth element of the tuple returned by __reduce__ must be a function, not ${typeName(setter)}`);
  }
  let useNewobj = false;
  let useNewobjEx = false;
  if (p.proto >= 2) {
    const name = lookupAttr(callable, "__name__");
    const s = name === undefined ? undefined : strValue(name);
    useNewobjEx = s === "__newobj_ex__";
    useNewobj = s === "__newobj__";
  }
  const args = argtup.items;
  if (useNewobjEx) {
    if (args.length !== 3) picklingError(`length of the NEWOBJ_EX argument tuple must be exactly 3, not ${args.length}`);
    const [cls, a, kw] = args;
    if (!(cls instanceof PyType)) picklingError(`first item from NEWOBJ_EX argument tuple must be a class, not ${typeName(cls)}`);
    if (!(a instanceof PyTuple)) picklingError(`second item from NEWOBJ_EX argument tuple must be a tuple, not ${typeName(a)}`);
    if (!(kw instanceof PyDict)) picklingError(`third item from NEWOBJ_EX argument tuple must be a dict, not ${typeName(kw)}`);
    if (p.proto >= 4) {
      save(p, cls, false);
      save(p, a, false);
      save(p, kw, false);
      w1(p, Op.NEWOBJ_EX);
    } else {
      // functools.partial(cls.__new__, cls, *args, **kwargs)()
      const keys = kw.keyList();
      const part = call(st.partial, [getAttr(cls, "__new__"), cls, ...a.items, ...keys.map((k) => kw.get(k)!)],
        keys.map((k) => str(k)));
      save(p, part, false);
      save(p, new PyTuple([]), false);
      w1(p, Op.REDUCE);
    }
  } else if (useNewobj) {
    if (args.length < 1) picklingError("__newobj__ arglist is empty");
    const cls = args[0];
    if (!(cls instanceof PyType)) picklingError("args[0] from __newobj__ args is not a type");
    if (obj !== null) {
      const oc = lookupAttr(obj, "__class__") ?? typeOf(obj);
      if (oc !== cls) picklingError("args[0] from __newobj__ args has the wrong class");
    }
    save(p, cls, false);
    save(p, new PyTuple(args.slice(1)), false);
    w1(p, Op.NEWOBJ);
  } else {
    save(p, callable, false);
    save(p, argtup, false);
    w1(p, Op.REDUCE);
  }
  if (obj !== null) {
    if (p.memo.has(obj)) {
      w1(p, Op.POP);
      memoGet(p, obj);
      return;
    }
    memoPut(p, obj);
  }
  if (listitems !== undefined) batchList(p, listitems);
  if (dictitems !== undefined) batchDict(p, dictitems);
  if (state !== undefined) {
    if (setter === undefined) {
      save(p, state, false);
      w1(p, Op.BUILD);
    } else {
      // state_setter(obj, state), its result popped: BUILD done by a function.
      save(p, setter, false);
      save(p, obj!, false);
      save(p, state, false);
      w1(p, Op.TUPLE2);
      w1(p, Op.REDUCE);
      w1(p, Op.POP);
    }
  }
}

// ---- save ---------------------------------------------------------------------------------

export function save(p: PicklerObj, obj: PyValue, persSave: boolean): void {
  opcodeBoundary(p);
  if (!persSave && p.persFunc !== null && savePers(p, obj)) return;
  const t = typeOf(obj);
  if (obj === None) return w1(p, Op.NONE);
  if (obj === True || obj === False) {
    if (p.proto >= 2) w1(p, obj === True ? Op.NEWTRUE : Op.NEWFALSE);
    else wAscii(p, obj === True ? "I01\n" : "I00\n");
    return;
  }
  if (typeof obj === "number" || typeof obj === "bigint") return saveLong(p, obj);
  if (t === floatType) return saveFloat(p, (obj as PyFloat).value);
  if (p.memo.has(obj)) return memoGet(p, obj);
  if (t === bytesType) return saveBytes(p, obj as PyBytes);
  if (typeof obj === "string") return saveUnicode(p, obj);

  adjustDepth(1);
  try {
    if (depth > recursionLimit) raiseError(E.RecursionError, "maximum recursion depth exceeded while pickling an object");
    saveObject(p, obj, t);
  } finally {
    adjustDepth(-1);
  }
}

function saveObject(p: PicklerObj, obj: PyValue, t: PyType): void {
  if (t === dictType) return saveDict(p, obj as PyDict);
  if (t === setType) return saveSet(p, obj as PySet);
  if (t === frozensetType) return saveFrozenset(p, obj as PySet);
  if (t === listType) return saveList(p, obj as PyList);
  if (t === tupleType) return saveTuple(p, obj as PyTuple);
  if (t === bytearrayType) return saveBytearray(p, obj as PyByteArray);
  if (t === pickleBufferType) return savePickleBuffer(p, obj as PickleBufferObj);

  let rv: PyValue | undefined;
  if (p.reducerOverride !== null) {
    rv = call(p.reducerOverride, [obj]);
    if (rv === NotImplemented) rv = undefined;
  }
  if (rv === undefined) {
    if (t === typeType) return saveType(p, obj as PyType);
    if (t === functionType) return saveGlobal(p, obj, null);
    let reduceFunc: PyValue | undefined;
    if (p.dispatchTable === null) {
      reduceFunc = st.dispatchTable.get(t);
    } else {
      try {
        reduceFunc = getItem(p.dispatchTable, t);
      } catch (e) {
        if (!isPyError(e, E.KeyError)) throw e;
      }
    }
    if (reduceFunc !== undefined) {
      rv = call(reduceFunc, [obj]);
    } else if (t.isSubtypeOf(typeType)) {
      return saveGlobal(p, obj, null);
    } else {
      const rex = lookupAttr(obj, "__reduce_ex__");
      if (rex !== undefined) rv = call(rex, [p.proto]);
      else {
        const r = lookupAttr(obj, "__reduce__");
        if (r === undefined) picklingError(`can't pickle '${t.name}' object: ${repr(obj)}`);
        rv = call(r, []);
      }
    }
  }
  if (strValue(rv) !== undefined) return saveGlobal(p, obj, rv);
  if (!(rv instanceof PyTuple)) picklingError("__reduce__ must return a string or tuple");
  saveReduce(p, rv, obj);
}

/** Pickles one object: PROTO, the object, STOP (dump() in _pickle.c). */
export function dumpObject(p: PicklerObj, obj: PyValue): void {
  const ro = lookupAttr(p, "reducer_override");
  p.reducerOverride = ro ?? null;
  try {
    if (p.proto >= 2) {
      w2(p, Op.PROTO, p.proto);
      if (p.proto >= 4) p.framing = true;
    }
    save(p, obj, false);
    w1(p, Op.STOP);
    commitFrame(p);
  } finally {
    p.framing = false;
    p.reducerOverride = null;
  }
}

/** Pickles obj with a pickler made for this one call (dump() and dumps()), which borrows the spare buffer. */
export function dumpOnce(p: PicklerObj, obj: PyValue): PyBytes {
  lendBuffer(p);
  try {
    dumpObject(p, obj);
    return outputBytes(p);
  } finally {
    returnBuffer(p);
  }
}

export { clearBuffer };
