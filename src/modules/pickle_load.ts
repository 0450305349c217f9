// _pickle.Unpickler: runs a pickle's opcodes on a stack of objects (Modules/_pickle.c's load()).
//
// Input is either a bytes-like object (loads) or a file's read / readline / readinto methods.
// `buf` holds the data being consumed: all of it for loads; for a file, the last chunk read
// (a FRAME reads its whole frame, so the opcodes inside it are served from memory). As in
// CPython, a read that needs more than `buf` has left reads afresh from the file.
//
// The stack keeps CPython's two-level structure: the objects, and the positions of the MARKs
// (`marks`); `fence` is the top mark, below which nothing may be popped ("unpickling stack
// underflow", or "unexpected MARK found" when a mark is set).

import {
  call, callMethod, getAttr, getIter, intValue, iterNext, repr, setAttr, setItem, strValue, truthy,
  typeName,
} from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, typeError } from "../objects/exceptions";
import * as I from "../objects/intmath";
import { fromBytes, parse as parseIntText } from "../objects/intstr";
import { escapeDecode, rawUnicodeEscapeDecode } from "../objects/morecodecs";
import { PyDict } from "../objects/pydict";
import { PySet, setUpdate } from "../objects/pyset";
import { bytesDecode, decodeUtf8Stateful } from "../objects/strcodecs";
import {
  False, memoryviewType, None, PyByteArray, PyBytes, PyFloat, PyList, PyObject, PyTuple, PyType, PyValue, True,
  typeOf, setType, dictType,
} from "../objects/types";
import { bufferData } from "../objects/pyint";
import { makeFrozenset, makeSet } from "../objects/pyset";
import { HIGHEST_PROTOCOL, isPyError, lookupAttr, Op, st, unpicklingError } from "./pickle_common";
import { deepAttribute, importByName } from "./pickle_save";
import { nativeType } from "./registry";

export const unpicklerType = nativeType("_pickle", "Unpickler");

const NO_INPUT = new Uint8Array(0);

export class UnpicklerObj extends PyObject {
  stack: PyValue[] = [];
  marks: number[] = [];
  fence = 0;
  memo: (PyValue | undefined)[] = [];
  memoLen = 0;
  persFunc: PyValue | null = null;
  buf: Uint8Array = NO_INPUT;
  pos = 0;
  read: PyValue | null = null;
  readinto: PyValue | null = null;
  readline: PyValue | null = null;
  buffers: PyValue | null = null;
  encoding = "ASCII";
  errors = "strict";
  proto = 0;
  fixImports = false;
}

// ---- input --------------------------------------------------------------------------------

function truncated(): never {
  unpicklingError("pickle data was truncated");
}

function asBytes(v: PyValue): Uint8Array {
  const d = bufferData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** n bytes of input (_Unpickler_Read). */
function readN(u: UnpicklerObj, n: number): Uint8Array {
  if (n <= u.buf.length - u.pos) {
    const s = u.buf.subarray(u.pos, u.pos + n);
    u.pos += n;
    return s;
  }
  if (u.read === null) truncated();
  const data = asBytes(call(u.read, [n]));
  u.buf = data;
  u.pos = 0;
  if (data.length < n) truncated();
  u.pos = n;
  return data.subarray(0, n);
}

/** One byte of input (readN(u, 1)[0] without the view). */
function readByte(u: UnpicklerObj): number {
  if (u.pos < u.buf.length) return u.buf[u.pos++];
  return readN(u, 1)[0];
}

/**
 * A little-endian unsigned number of `size` bytes of input, -1 past 2**53 (calc_binsize: larger
 * than any buffer here).
 */
function readSize(u: UnpicklerObj, size: number): number {
  let b = u.buf;
  let at = u.pos;
  if (size <= b.length - at) {
    u.pos += size;
  } else {
    b = readN(u, size);
    at = 0;
  }
  let x = 0;
  for (let i = size - 1; i >= 0; i--) x = x * 256 + b[at + i];
  return x > Number.MAX_SAFE_INTEGER ? -1 : x;
}

/** A little-endian int of `size` bytes: unsigned for 1 and 2, signed for 4 (calc_binint). */
function readBinInt(u: UnpicklerObj, size: number): number {
  const x = readSize(u, size);
  return size === 4 ? x | 0 : x;
}

/** BINFLOAT's argument is copied here and read as a big-endian double. */
const floatBytes = new Uint8Array(8);
const floatView = new DataView(floatBytes.buffer);

function readFloat(u: UnpicklerObj): number {
  const b = readN(u, 8);
  for (let i = 0; i < 8; i++) floatBytes[i] = b[i];
  return floatView.getFloat64(0, false);
}

/** n bytes for a bytes / bytearray payload: the rest of `buf`, then the file (_Unpickler_ReadInto). */
function readInto(u: UnpicklerObj, n: number): Uint8Array {
  const out = new Uint8Array(n);
  const have = Math.min(u.buf.length - u.pos, n);
  out.set(u.buf.subarray(u.pos, u.pos + have));
  u.pos += have;
  if (have === n) return out;
  if (u.read === null) truncated();
  const rest = n - have;
  if (u.readinto === null) {
    const data = call(u.read, [rest]);
    if (!(data instanceof PyBytes)) raiseError(E.ValueError, `read() returned non-bytes object (${repr(typeOf(data))})`);
    if (data.data.length < rest) truncated();
    out.set(data.data.subarray(0, rest), have);
    return out;
  }
  const target = new PyByteArray(new Uint8Array(rest), rest);
  const got = intValue(call(u.readinto, [call(memoryviewType, [target])]));
  if (got === undefined) typeError("readinto() returned non-integer");
  if (got < 0) raiseError(E.ValueError, "readinto() returned negative size");
  if (got < rest) truncated();
  out.set(target.data.subarray(0, rest), have);
  return out;
}

/** A line, newline included (_Unpickler_Readline). */
function readLine(u: UnpicklerObj): Uint8Array {
  const b = u.buf;
  for (let i = u.pos; i < b.length; i++) {
    if (b[i] === 0x0a) {
      const line = b.subarray(u.pos, i + 1);
      u.pos = i + 1;
      return line;
    }
  }
  if (u.readline === null) truncated();
  const data = asBytes(call(u.readline, []));
  u.buf = data;
  u.pos = data.length;
  if (data.length === 0 || data[data.length - 1] !== 0x0a) truncated();
  return data;
}

function ascii(b: Uint8Array): string {
  return Buffer.from(b).toString("latin1");
}

// ---- the stack ----------------------------------------------------------------------------

function underflow(u: UnpicklerObj): never {
  unpicklingError(u.marks.length > 0 ? "unexpected MARK found" : "unpickling stack underflow");
}

function pop(u: UnpicklerObj): PyValue {
  if (u.stack.length <= u.fence) underflow(u);
  return u.stack.pop()!;
}

function top(u: UnpicklerObj): PyValue {
  if (u.stack.length <= u.fence) underflow(u);
  return u.stack[u.stack.length - 1];
}

function popFrom(u: UnpicklerObj, start: number): PyValue[] {
  if (start < u.fence) underflow(u);
  return u.stack.splice(start);
}

/** Pops the top mark and returns its position (marker()). */
function marker(u: UnpicklerObj): number {
  if (u.marks.length < 1) unpicklingError("could not find MARK");
  const m = u.marks.pop()!;
  u.fence = u.marks.length ? u.marks[u.marks.length - 1] : 0;
  return m;
}

function memoPut(u: UnpicklerObj, idx: number, v: PyValue): void {
  if (u.memo[idx] === undefined) u.memoLen++;
  u.memo[idx] = v;
}

function memoGet(u: UnpicklerObj, idx: number): PyValue {
  const v = idx >= 0 ? u.memo[idx] : undefined;
  if (v === undefined) unpicklingError(`Memo value not found at index ${idx}`);
  return v;
}

// ---- opcodes ------------------------------------------------------------------------------

/** INT's argument: C's strtol(base 0) when it fits in a long, else int(text, 0). */
function loadInt(u: UnpicklerObj): void {
  const line = readLine(u);
  if (line.length < 2) truncated();
  const text = ascii(line);
  const body = text.slice(0, -1);
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(body);
  if (m !== null) {
    const digits = m[2];
    const big = digits.length > 1 && (digits[1] === "x" || digits[1] === "X") ? BigInt(digits)
      : digits.length > 1 && digits[0] === "0" ? BigInt("0o" + digits.slice(1)) : BigInt(digits);
    const v = m[1] === "-" ? -big : big;
    if (v >= -(2n ** 63n) && v < 2n ** 63n) {
      if (line.length === 3 && (v === 0n || v === 1n)) u.stack.push(v === 1n ? True : False);
      else u.stack.push(I.normalize(v));
      return;
    }
  }
  let v: PyValue;
  try {
    v = parseIntText(body.trim(), 0);
  } catch (e) {
    if (!isPyError(e)) throw e;
    raiseError(E.ValueError, "could not convert string to int");
  }
  u.stack.push(v);
}

function loadLong(u: UnpicklerObj): void {
  const line = readLine(u);
  if (line.length < 2) truncated();
  let text = ascii(line.subarray(0, line.length - 1));
  if (text.endsWith("L")) text = text.slice(0, -1);
  u.stack.push(parseIntText(text, 0));
}

function loadCountedLong(u: UnpicklerObj, size: number): void {
  const n = readBinInt(u, size);
  if (n < 0) unpicklingError("LONG pickle has negative byte count");
  if (n === 0) {
    u.stack.push(0);
    return;
  }
  u.stack.push(fromBytes(readN(u, n), "little", true));
}

/** FLOAT's argument, as PyOS_string_to_double reads it. */
function loadFloat(u: UnpicklerObj): void {
  const line = readLine(u);
  if (line.length < 2) truncated();
  const text = ascii(line.subarray(0, line.length - 1));
  const m = /^[+-]?((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|inf(inity)?|nan)/i.exec(text);
  if (m === null || m[0].length !== text.length) {
    if (m === null) raiseError(E.ValueError, `could not convert string to float: '${ascii(line)}'`);
    raiseError(E.ValueError, "could not convert string to float");
  }
  const s = m[0].toLowerCase().replace(/^([+-]?)inf(inity)?$/, "$1Infinity").replace(/^[+-]?nan$/, "NaN");
  const x = Number(s);
  if (!Number.isFinite(x) && !/inf|nan/i.test(text)) raiseError(E.OverflowError, `value too large to convert to float: '${ascii(line)}'`);
  u.stack.push(new PyFloat(x));
}

/**
 * BINUNICODE's payload: UTF-8 with surrogatepass. Short ASCII text is built here, cheaper than a
 * TextDecoder call for the names and keys that make up most of a pickle's strings.
 */
function decodeUnicode(b: Uint8Array): string {
  if (b.length <= 32) {
    let s = "";
    for (let i = 0; i < b.length; i++) {
      if (b[i] > 0x7f) return decodeUtf8Stateful(b, 0, "surrogatepass", true)[0];
      s += String.fromCharCode(b[i]);
    }
    return s;
  }
  return decodeUtf8Stateful(b, 0, "surrogatepass", true)[0];
}

function decodeStr8(u: UnpicklerObj, b: Uint8Array): PyValue {
  if (u.encoding === "bytes") return new PyBytes(b.slice());
  return bytesDecode(b, u.encoding, u.errors);
}

function loadString(u: UnpicklerObj): void {
  const line = readLine(u);
  let n = line.length - 1;
  const q = line[0];
  if (!(n >= 2 && line[0] === line[n - 1] && (q === 0x27 || q === 0x22))) {
    unpicklingError("the STRING opcode argument must be quoted");
  }
  n -= 2;
  u.stack.push(decodeStr8(u, escapeDecode(line.subarray(1, 1 + n), "strict")));
}

function loadNewobj(u: UnpicklerObj, ex: boolean): void {
  const kwargs = ex ? pop(u) : null;
  const args = pop(u);
  const cls = pop(u);
  const name = ex ? "NEWOBJ_EX" : "NEWOBJ";
  if (!(cls instanceof PyType)) unpicklingError(`${name} class argument must be a type, not ${typeName(cls)}`);
  if (!(args instanceof PyTuple)) unpicklingError(`${name} args argument must be a tuple, not ${typeName(args)}`);
  if (kwargs !== null && !(kwargs instanceof PyDict)) unpicklingError(`${name} kwargs argument must be a dict, not ${typeName(kwargs)}`);
  const nw = getAttr(cls, "__new__");
  if (kwargs === null || kwargs.size === 0) {
    u.stack.push(call(nw, [cls, ...args.items]));
  } else {
    const keys = kwargs.keyList();
    u.stack.push(call(nw, [cls, ...args.items, ...keys.map((k) => kwargs.get(k)!)], keys.map((k) => strValue(k) ?? "")));
  }
}

/** Makes an instance for INST and OBJ: cls.__new__(cls) when there are no arguments to give. */
function instantiate(cls: PyValue, args: PyValue[]): PyValue {
  if (args.length === 0 && cls instanceof PyType && lookupAttr(cls, "__getinitargs__") === undefined) {
    return callMethod(cls, "__new__", [cls]);
  }
  return call(cls, args);
}

function decodeName(b: Uint8Array, utf8: boolean): string {
  return bytesDecode(b, utf8 ? "utf-8" : "ascii", "strict");
}

function findClass(u: UnpicklerObj, module: PyValue, name: PyValue): PyValue {
  // The exact type's find_class is the builtin one (the type is immutable and its instances
  // have no __dict__): called without the method lookup.
  if (typeOf(u) === unpicklerType) return findClassDefault(u, module, name);
  return callMethod(u, "find_class", [module, name]);
}

function readName(u: UnpicklerObj, utf8: boolean): string {
  const line = readLine(u);
  if (line.length < 2) truncated();
  return decodeName(line.subarray(0, line.length - 1), utf8);
}

function loadGlobal(u: UnpicklerObj, utf8: boolean): PyValue {
  const module = readName(u, utf8);
  const name = readName(u, utf8);
  return findClass(u, module, name);
}

function loadExtension(u: UnpicklerObj, nbytes: number): void {
  const code = readBinInt(u, nbytes);
  if (code <= 0) unpicklingError("EXT specifies code <= 0");
  const cached = st.extensionCache.get(code);
  if (cached !== undefined) {
    u.stack.push(cached);
    return;
  }
  const pair = st.invertedRegistry.get(code);
  if (pair === undefined) raiseError(E.ValueError, `unregistered extension code ${code}`);
  if (!(pair instanceof PyTuple) || pair.items.length !== 2 || strValue(pair.items[0]) === undefined ||
      strValue(pair.items[1]) === undefined) {
    raiseError(E.ValueError, `_inverted_registry[${code}] isn't a 2-tuple of strings`);
  }
  const obj = findClass(u, pair.items[0], pair.items[1]);
  st.extensionCache.set(code, obj);
  u.stack.push(obj);
}

function callPers(u: UnpicklerObj, pid: PyValue): void {
  if (u.persFunc === null) {
    unpicklingError("A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");
  }
  u.stack.push(call(u.persFunc, [pid]));
}

function doAppend(u: UnpicklerObj, x: number): void {
  const len = u.stack.length;
  if (x > len || x <= u.fence) underflow(u);
  if (len === x) return;
  const list = u.stack[x - 1];
  if (list instanceof PyList && typeOf(list) === typeOf(new PyList([]))) {
    list.items.push(...u.stack.splice(x));
    return;
  }
  const extend = lookupAttr(list, "extend");
  if (extend !== undefined) {
    call(extend, [new PyList(u.stack.splice(x))]);
    return;
  }
  const append = getAttr(list, "append");
  const items = u.stack.splice(x);
  for (const v of items) call(append, [v]);
}

function doSetItems(u: UnpicklerObj, x: number): void {
  const len = u.stack.length;
  if (x > len || x <= u.fence) underflow(u);
  if (len === x) return;
  if ((len - x) % 2 !== 0) unpicklingError("odd number of items for SETITEMS");
  const dict = u.stack[x - 1];
  const items = u.stack.splice(x);
  // An exact dict is filled directly, as CPython's PyDict_CheckExact path does.
  if (dict instanceof PyDict && typeOf(dict) === dictType) {
    for (let i = 0; i < items.length; i += 2) dict.set(items[i], items[i + 1]);
  } else {
    for (let i = 0; i < items.length; i += 2) setItem(dict, items[i], items[i + 1]);
  }
}

function loadAddItems(u: UnpicklerObj): void {
  const mark = marker(u);
  const len = u.stack.length;
  if (mark > len || mark <= u.fence) underflow(u);
  if (len === mark) return;
  const set = u.stack[mark - 1];
  const items = u.stack.splice(mark);
  if (set instanceof PySet && typeOf(set).isSubtypeOf(setType)) {
    setUpdate(set, new PyTuple(items));
    return;
  }
  const add = getAttr(set, "add");
  for (const v of items) call(add, [v]);
}

function loadBuild(u: UnpicklerObj): void {
  if (u.stack.length - 2 < u.fence) underflow(u);
  let state = pop(u);
  const inst = u.stack[u.stack.length - 1];
  const setstate = lookupAttr(inst, "__setstate__");
  if (setstate !== undefined) {
    call(setstate, [state]);
    return;
  }
  let slotstate: PyValue | null = null;
  if (state instanceof PyTuple && state.items.length === 2) [state, slotstate] = state.items;
  if (state !== None) {
    if (!(state instanceof PyDict)) unpicklingError("state is not a dictionary");
    const dict = getAttr(inst, "__dict__");
    if (dict instanceof PyDict && typeOf(dict) === dictType) {
      for (const [k, v] of state.entries()) dict.set(k, v);
    } else {
      for (const [k, v] of state.entries()) setItem(dict, k, v);
    }
  }
  if (slotstate !== null) {
    if (!(slotstate instanceof PyDict)) unpicklingError("slot state is not a dictionary");
    for (const [k, v] of slotstate.entries()) {
      const name = strValue(k);
      if (name === undefined) typeError(`attribute name must be string, not '${typeName(k)}'`);
      setAttr(inst, name, v);
    }
  }
}

function loadReadonlyBuffer(u: UnpicklerObj): void {
  const len = u.stack.length;
  if (len <= u.fence) underflow(u);
  const obj = u.stack[len - 1];
  const view = call(memoryviewType, [obj]);
  if (!truthy(getAttr(view, "readonly"))) u.stack[len - 1] = callMethod(view, "toreadonly", []);
}

function loadPop(u: UnpicklerObj): void {
  const len = u.stack.length;
  if (u.marks.length > 0 && u.marks[u.marks.length - 1] === len) {
    u.marks.pop();
    u.fence = u.marks.length ? u.marks[u.marks.length - 1] : 0;
  } else if (len <= u.fence) underflow(u);
  else u.stack.pop();
}

function invalidKey(c: number): never {
  if (c >= 0x20 && c <= 0x7e && c !== 0x27 && c !== 0x5c) unpicklingError(`invalid load key, '${String.fromCharCode(c)}'.`);
  unpicklingError(`invalid load key, '\\x${c.toString(16).padStart(2, "0")}'.`);
}

/** One opcode; false at STOP. */
function step(u: UnpicklerObj, op: number): boolean {
  const s = u.stack;
  switch (op) {
    case Op.NONE: s.push(None); break;
    case Op.BININT: s.push(readBinInt(u, 4)); break;
    case Op.BININT1: s.push(readBinInt(u, 1)); break;
    case Op.BININT2: s.push(readBinInt(u, 2)); break;
    case Op.INT: loadInt(u); break;
    case Op.LONG: loadLong(u); break;
    case Op.LONG1: loadCountedLong(u, 1); break;
    case Op.LONG4: loadCountedLong(u, 4); break;
    case Op.FLOAT: loadFloat(u); break;
    case Op.BINFLOAT: s.push(new PyFloat(readFloat(u))); break;
    case Op.SHORT_BINBYTES: case Op.BINBYTES: case Op.BINBYTES8: {
      const n = readSize(u, op === Op.SHORT_BINBYTES ? 1 : op === Op.BINBYTES ? 4 : 8);
      if (n < 0) raiseError(E.OverflowError, "BINBYTES exceeds system's maximum size of 9223372036854775807 bytes");
      s.push(new PyBytes(readInto(u, n)));
      break;
    }
    case Op.BYTEARRAY8: {
      const n = readSize(u, 8);
      if (n < 0) raiseError(E.OverflowError, "BYTEARRAY8 exceeds system's maximum size of 9223372036854775807 bytes");
      const data = readInto(u, n);
      s.push(new PyByteArray(data, n));
      break;
    }
    case Op.NEXT_BUFFER: {
      if (u.buffers === null) unpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given");
      const b = iterNext(u.buffers);
      if (b === undefined) unpicklingError("not enough out-of-band buffers");
      s.push(b);
      break;
    }
    case Op.READONLY_BUFFER: loadReadonlyBuffer(u); break;
    case Op.SHORT_BINSTRING: case Op.BINSTRING: {
      const n = readSize(u, op === Op.SHORT_BINSTRING ? 1 : 4);
      s.push(decodeStr8(u, readN(u, n)));
      break;
    }
    case Op.STRING: loadString(u); break;
    case Op.UNICODE: {
      const line = readLine(u);
      if (line.length < 1) truncated();
      s.push(rawUnicodeEscapeDecode(line.subarray(0, line.length - 1), "strict", true)[0]);
      break;
    }
    case Op.SHORT_BINUNICODE: case Op.BINUNICODE: case Op.BINUNICODE8: {
      const n = readSize(u, op === Op.SHORT_BINUNICODE ? 1 : op === Op.BINUNICODE ? 4 : 8);
      if (n < 0) raiseError(E.OverflowError, "BINUNICODE exceeds system's maximum size of 9223372036854775807 bytes");
      s.push(decodeUnicode(readN(u, n)));
      break;
    }
    case Op.EMPTY_TUPLE: s.push(new PyTuple([])); break;
    case Op.TUPLE1: case Op.TUPLE2: case Op.TUPLE3: {
      const n = op - Op.TUPLE1 + 1;
      if (s.length < n) underflow(u);
      s.push(new PyTuple(popFrom(u, s.length - n)));
      break;
    }
    case Op.TUPLE: {
      const i = marker(u);
      s.push(new PyTuple(popFrom(u, i)));
      break;
    }
    case Op.EMPTY_LIST: s.push(new PyList([])); break;
    case Op.LIST: s.push(new PyList(popFrom(u, marker(u)))); break;
    case Op.EMPTY_DICT: s.push(new PyDict()); break;
    case Op.DICT: {
      const i = marker(u);
      const d = new PyDict();
      if ((s.length - i) % 2 !== 0) unpicklingError("odd number of items for DICT");
      const items = s.splice(i);
      for (let k = 0; k < items.length; k += 2) d.set(items[k], items[k + 1]);
      s.push(d);
      break;
    }
    case Op.EMPTY_SET: s.push(makeSet([])); break;
    case Op.ADDITEMS: loadAddItems(u); break;
    case Op.FROZENSET: s.push(makeFrozenset(popFrom(u, marker(u)))); break;
    case Op.OBJ: {
      const i = marker(u);
      if (s.length - i < 1) underflow(u);
      const args = popFrom(u, i + 1);
      const cls = pop(u);
      s.push(instantiate(cls, args));
      break;
    }
    case Op.INST: {
      const i = marker(u);
      const module = readName(u, false);
      const name = readName(u, false);
      const cls = findClass(u, module, name);
      s.push(instantiate(cls, popFrom(u, i)));
      break;
    }
    case Op.NEWOBJ: loadNewobj(u, false); break;
    case Op.NEWOBJ_EX: loadNewobj(u, true); break;
    case Op.GLOBAL: s.push(loadGlobal(u, true)); break;
    case Op.STACK_GLOBAL: {
      const name = pop(u);
      const module = pop(u);
      if (typeof name !== "string" || typeof module !== "string") unpicklingError("STACK_GLOBAL requires str");
      s.push(findClass(u, module, name));
      break;
    }
    case Op.APPEND:
      if (s.length - 1 <= u.fence) underflow(u);
      doAppend(u, s.length - 1);
      break;
    case Op.APPENDS: doAppend(u, marker(u)); break;
    case Op.BUILD: loadBuild(u); break;
    case Op.DUP: s.push(top(u)); break;
    case Op.BINGET: s.push(memoGet(u, readByte(u))); break;
    case Op.LONG_BINGET: s.push(memoGet(u, readSize(u, 4))); break;
    case Op.GET: {
      const line = readLine(u);
      if (line.length < 2) truncated();
      const idx = intValue(parseIntText(ascii(line.subarray(0, line.length - 1)).trim(), 10))!;
      s.push(memoGet(u, Number(idx)));
      break;
    }
    case Op.MARK:
      u.marks.push(s.length);
      u.fence = s.length;
      break;
    case Op.BINPUT: {
      const idx = readByte(u);
      memoPut(u, idx, top(u));
      break;
    }
    case Op.LONG_BINPUT: {
      const idx = readSize(u, 4);
      memoPut(u, idx, top(u));
      break;
    }
    case Op.PUT: {
      const line = readLine(u);
      if (line.length < 2) truncated();
      const v = top(u);
      const idx = intValue(parseIntText(ascii(line.subarray(0, line.length - 1)).trim(), 10))!;
      if (idx < 0) raiseError(E.ValueError, "negative PUT argument");
      memoPut(u, Number(idx), v);
      break;
    }
    case Op.MEMOIZE: memoPut(u, u.memoLen, top(u)); break;
    case Op.POP: loadPop(u); break;
    case Op.POP_MARK: popFrom(u, marker(u)); break;
    case Op.SETITEM: doSetItems(u, s.length - 2); break;
    case Op.SETITEMS: doSetItems(u, marker(u)); break;
    case Op.PERSID: {
      if (u.persFunc === null) callPers(u, None);
      const line = readLine(u);
      if (line.length < 1) truncated();
      const body = line.subarray(0, line.length - 1);
      if (body.some((c) => c > 0x7f)) unpicklingError("persistent IDs in protocol 0 must be ASCII strings");
      callPers(u, ascii(body));
      break;
    }
    case Op.BINPERSID: {
      if (u.persFunc === null) callPers(u, None);
      callPers(u, pop(u));
      break;
    }
    case Op.REDUCE: {
      const args = pop(u);
      const callable = pop(u);
      s.push(call(callable, args instanceof PyTuple ? [...args.items] : toArgs(args)));
      break;
    }
    case Op.PROTO: {
      const p = readByte(u);
      if (p > HIGHEST_PROTOCOL) raiseError(E.ValueError, `unsupported pickle protocol: ${p}`);
      u.proto = p;
      break;
    }
    case Op.FRAME: {
      const n = readSize(u, 8);
      if (n < 0) raiseError(E.OverflowError, "FRAME length exceeds system's maximum of 9223372036854775807 bytes");
      readN(u, n);
      u.pos -= n;
      break;
    }
    case Op.EXT1: loadExtension(u, 1); break;
    case Op.EXT2: loadExtension(u, 2); break;
    case Op.EXT4: loadExtension(u, 4); break;
    case Op.NEWTRUE: s.push(True); break;
    case Op.NEWFALSE: s.push(False); break;
    case Op.STOP: return false;
    default: invalidKey(op);
  }
  return true;
}

/** REDUCE with a non-tuple argument: PyObject_CallObject's message. */
function toArgs(v: PyValue): never {
  typeError(`argument list must be a tuple`);
  void v;
}

/** Runs the opcodes up to STOP and returns the object on top (load()). */
export function loadObject(u: UnpicklerObj): PyValue {
  u.marks = [];
  u.fence = 0;
  u.proto = 0;
  u.stack = [];
  for (;;) {
    let op: number;
    try {
      op = readByte(u);
    } catch (e) {
      if (e instanceof PyBaseException && typeOf(e).isSubtypeOf(st.UnpicklingError)) raiseError(E.EOFError, "Ran out of input");
      throw e;
    }
    if (!step(u, op)) break;
  }
  return pop(u);
}

/** Unpickler.find_class: the Python 2 names mapped when asked, then the import. */
export function findClassDefault(u: UnpicklerObj, moduleName: PyValue, globalName: PyValue): PyValue {
  if (u.proto < 3 && u.fixImports) {
    const item = st.nameMapping2to3.get(new PyTuple([moduleName, globalName]));
    if (item !== undefined) {
      if (!(item instanceof PyTuple) || item.items.length !== 2) {
        raiseError(E.RuntimeError, `_compat_pickle.NAME_MAPPING values should be 2-tuples, not ${typeName(item)}`);
      }
      [moduleName, globalName] = item.items;
      if (strValue(moduleName) === undefined || strValue(globalName) === undefined) {
        raiseError(E.RuntimeError, `_compat_pickle.NAME_MAPPING values should be pairs of str, not (${typeName(moduleName)}, ${typeName(globalName)})`);
      }
    } else {
      const m = st.importMapping2to3.get(moduleName);
      if (m !== undefined) {
        if (strValue(m) === undefined) {
          raiseError(E.RuntimeError, `_compat_pickle.IMPORT_MAPPING values should be strings, not ${typeName(m)}`);
        }
        moduleName = m;
      }
    }
  }
  const module = importByName(moduleName);
  const name = strValue(globalName);
  let found: PyValue | undefined;
  if (u.proto >= 4 && name !== undefined) {
    const path = name.split(".");
    if (path.includes("<locals>")) E.attributeError(`Can't get local object ${repr(globalName)}`);
    const r = deepAttribute(module, path);
    found = r === null ? undefined : r[0];
  } else {
    if (name === undefined) typeError(`attribute name must be string, not '${typeName(globalName)}'`);
    found = lookupAttr(module, name);
  }
  if (found === undefined) E.attributeError(`Can't get attribute ${repr(globalName)} on ${repr(module)}`);
  return found;
}
