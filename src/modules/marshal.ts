// marshal: CPython's value serialization format (version 4) for the value types: None, bools,
// ints, floats, complex, str, bytes, tuples, lists, dicts, sets, frozensets, Ellipsis and
// StopIteration; and code objects in Typhon's own layout (type code 'c', then -1 where CPython
// writes co_argcount, then the length and UTF-8 text of the build's identity and the code as
// bytecode/serialize.ts writes it): CPython's code objects cannot be read, and code marshalled
// by another Typhon build is refused (its instructions may mean something else).
// dumps writes no back-references (valid for every reader); loads reads them.

import { call, getAttr, intValue, toArray, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import * as I from "../objects/intmath";
import { parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { runtime } from "../vm/runtime";
import { buildIdentity } from "../vm/codecache";
import { deserializeCode, serializeCode } from "../bytecode/serialize";
import {
  bytesType, Ellipsis, False, None, PyByteArray, PyBytes, PyCode, PyComplex, PyFloat, PyList, PyObject, PyTuple, PyValue, True,
  typeOf, memoryviewType,
} from "../objects/types";
import { PyMemoryView } from "../objects/pystr";
import { defFunctions, defineModule } from "./registry";

const VERSION = 4;

/** Values a version 3+ writer may write once and then refer to (objects and str, by identity). */
function refable(v: PyValue): boolean {
  return typeof v === "string" || typeof v === "object" && v !== None && v !== True && v !== False &&
    v !== Ellipsis && v !== E.StopIteration;
}

/** The values that occur more than once in `root` (walked without recursion: it may contain itself). */
function sharedValues(root: PyValue): Set<PyValue> {
  const seen = new Set<PyValue>();
  const shared = new Set<PyValue>();
  const todo: PyValue[] = [root];
  while (todo.length > 0) {
    const v = todo.pop()!;
    if (!refable(v)) continue;
    if (seen.has(v)) {
      shared.add(v);
      continue;
    }
    seen.add(v);
    if (seen.size > 1_000_000) break;
    if (v instanceof PyTuple || v instanceof PyList) {
      for (let i = v.items.length - 1; i >= 0; i--) todo.push(v.items[i]);
    } else if (v instanceof PyDict) {
      const keys = v.keyList();
      for (let i = keys.length - 1; i >= 0; i--) {
        todo.push(v.get(keys[i])!);
        todo.push(keys[i]);
      }
    } else if (typeof v === "object" && (typeOf(v).name === "set" || typeOf(v).name === "frozenset")) {
      const items = toArray(v);
      for (let i = items.length - 1; i >= 0; i--) todo.push(items[i]);
    }
  }
  return shared;
}

class Writer {
  out: number[] = [];
  depth = 0;
  /** Version 3+: the values written with FLAG_REF, by the index a reader gives them. */
  private shared: Set<PyValue> | null = null;
  private refs = new Map<PyValue, number>();
  private path = new Set<PyValue>();
  constructor(readonly version: number) {}
  top(v: PyValue): void {
    if (this.version >= 3) this.shared = sharedValues(v);
    try {
      this.value(v);
    } catch (e) {
      // The JS stack can end before the 2000 levels CPython allows.
      if (e instanceof RangeError) raiseError(E.ValueError, "object too deeply nested to marshal");
      throw e;
    }
  }
  byte(b: number): void {
    this.out.push(b & 0xff);
  }
  int32(n: number): void {
    for (let i = 0; i < 4; i++) this.byte(n >>> (8 * i));
  }
  bytes(b: Uint8Array): void {
    for (const x of b) this.out.push(x);
  }
  float64(x: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.bytes(b);
  }
  value(v: PyValue): void {
    // (No try/finally: a writer is dropped after an error.)
    if (++this.depth > 2000) raiseError(E.ValueError, "object too deeply nested to marshal");
    if (this.shared !== null && this.shared.has(v)) {
      const i = this.refs.get(v);
      if (i !== undefined) {
        this.byte(0x72);
        this.int32(i);
      } else {
        this.refs.set(v, this.refs.size);
        const at = this.out.length;
        this.write(v);
        this.out[at] |= 0x80;
      }
    } else if (typeof v === "object") {
      // A container inside itself (without references) would nest without end.
      if (this.path.has(v)) raiseError(E.ValueError, "object too deeply nested to marshal");
      this.path.add(v);
      this.write(v);
      this.path.delete(v);
    } else {
      this.write(v);
    }
    this.depth--;
  }
  private write(v: PyValue): void {
    if (v === None) return this.byte(0x4e);
    if (v === True) return this.byte(0x54);
    if (v === False) return this.byte(0x46);
    if (v === Ellipsis) return this.byte(0x2e);
    if (v === E.StopIteration) return this.byte(0x53);
    const t = typeOf(v);
    if (typeof v === "number" || typeof v === "bigint" || t.name === "int" && intValue(v) !== undefined && t === typeOf(0)) {
      const n = intValue(v)!;
      const big = BigInt(n);
      if (big >= -(2n ** 31n) && big < 2n ** 31n) {
        this.byte(0x69);
        this.int32(Number(big));
        return;
      }
      // 'l': digits of 15 bits, least significant first; the count's sign is the number's.
      const neg = big < 0n;
      let m = neg ? -big : big;
      const digits: number[] = [];
      while (m > 0n) {
        digits.push(Number(m & 0x7fffn));
        m >>= 15n;
      }
      this.byte(0x6c);
      this.int32(neg ? -digits.length : digits.length);
      for (const d of digits) {
        this.byte(d);
        this.byte(d >> 8);
      }
      return;
    }
    if (typeof v === "string") {
      const data = Buffer.from(v, "utf8");
      if (this.version >= 4 && /^[\x00-\x7f]*$/.test(v) && data.length < 256) {
        this.byte(0x7a);
        this.byte(data.length);
      } else {
        this.byte(0x75);
        this.int32(data.length);
      }
      this.bytes(strictUtf8(v));
      return;
    }
    if (v instanceof PyFloat && t.name === "float") {
      if (this.version > 1) {
        this.byte(0x67);
        this.float64(v.value);
      } else {
        const s = Buffer.from(runtime.ascii(v));
        this.byte(0x66);
        this.byte(s.length);
        this.bytes(s);
      }
      return;
    }
    if (v instanceof PyComplex && t.name === "complex") {
      this.byte(0x79);
      this.float64(v.real);
      this.float64(v.imag);
      return;
    }
    if ((v instanceof PyBytes && t === bytesType) || v instanceof PyByteArray) {
      const data = v.data;
      this.byte(0x73);
      this.int32(data.length);
      this.bytes(data);
      return;
    }
    if (v instanceof PyTuple && t.name === "tuple") {
      if (this.version >= 4 && v.items.length < 256) {
        this.byte(0x29);
        this.byte(v.items.length);
      } else {
        this.byte(0x28);
        this.int32(v.items.length);
      }
      for (const x of v.items) this.value(x);
      return;
    }
    if (v instanceof PyList && t.name === "list") {
      this.byte(0x5b);
      this.int32(v.items.length);
      for (const x of v.items) this.value(x);
      return;
    }
    if (v instanceof PyDict && t.name === "dict") {
      this.byte(0x7b);
      for (const k of v.keyList()) {
        this.value(k);
        this.value(v.get(k)!);
      }
      this.byte(0x30);
      return;
    }
    if (t.name === "set" || t.name === "frozenset") {
      const items = toArray(v);
      this.byte(t.name === "set" ? 0x3c : 0x3e);
      this.int32(items.length);
      for (const x of items) this.value(x);
      return;
    }
    if (v instanceof PyCode) {
      let text: string;
      try {
        text = JSON.stringify([buildIdentity(), serializeCode(v.code)]);
      } catch {
        raiseError(E.ValueError, "unmarshallable object");
      }
      const data = Buffer.from(text, "utf8");
      this.byte(0x63);
      this.int32(-1);
      this.int32(data.length);
      this.bytes(data);
      return;
    }
    // Other objects with the buffer interface (array, memoryview, ...) are written as bytes.
    const buf = typeof v === "object" ? runtime.bytesData(v) : null;
    if (buf !== null) {
      this.byte(0x73);
      this.int32(buf.length);
      this.bytes(buf);
      return;
    }
    raiseError(E.ValueError, "unmarshallable object");
  }
}

function strictUtf8(s: string): Uint8Array {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c < 0xe000) raiseError(E.ValueError, "unmarshallable object");
  }
  return Buffer.from(s, "utf8");
}


class Reader {
  pos = 0;
  refs: (PyValue | undefined)[] = [];
  constructor(public data: Uint8Array) {}
  eof(): never {
    raiseError(E.EOFError, "EOF read where object expected");
  }
  /** Makes `n` more bytes available from pos on, if the source can (a file); false at its end. */
  more(_n: number): boolean {
    return false;
  }
  byte(): number {
    if (this.pos >= this.data.length && !this.more(1)) raiseError(E.EOFError, "EOF read where not expected");
    return this.data[this.pos++];
  }
  /** The data ends inside an item. */
  short(): never {
    raiseError(E.EOFError, "marshal data too short");
  }
  int32(): number {
    if (this.pos + 4 > this.data.length && !this.more(4)) this.short();
    const d = this.data;
    const p = this.pos;
    this.pos += 4;
    return d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24);
  }
  take(n: number): Uint8Array {
    if (n < 0) this.short();
    if (this.pos + n > this.data.length && !this.more(n)) this.short();
    const b = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  float64(): number {
    const b = this.take(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }
  depth = 0;
  top(): PyValue {
    try {
      return this.value();
    } catch (e) {
      if (e instanceof RangeError) raiseError(E.ValueError, "recursion limit exceeded");
      throw e;
    }
  }
  value(): PyValue {
    // (No try/finally: a reader is dropped after an error.)
    if (++this.depth > 2000) raiseError(E.ValueError, "recursion limit exceeded");
    if (this.pos >= this.data.length && !this.more(1)) this.eof();
    const code = this.data[this.pos++];
    const flag = code & 0x80;
    const type = code & 0x7f;
    let slot = -1;
    if (flag) {
      slot = this.refs.length;
      this.refs.push(undefined);
    }
    const v = this.read(type, slot);
    if (flag) this.refs[slot] = v;
    this.depth--;
    return v;
  }
  private read(type: number, slot: number): PyValue {
    switch (type) {
      case 0x30: raiseError(E.TypeError, "NULL object in marshal data for object");
      case 0x4e: return None;
      case 0x46: return False;
      case 0x54: return True;
      case 0x2e: return Ellipsis;
      case 0x53: return E.StopIteration;
      case 0x69: return this.int32();
      case 0x49: {
        // TYPE_INT64, which old versions wrote.
        const b = this.take(8);
        return I.normalize(new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, true));
      }
      case 0x6c: {
        const n = this.int32();
        let m = 0n;
        const count = Math.abs(n);
        const digits = this.take(2 * count);
        if (count > 0 && digits[2 * count - 2] === 0 && digits[2 * count - 1] === 0) {
          raiseError(E.ValueError, "bad marshal data (unnormalized long data)");
        }
        for (let i = count - 1; i >= 0; i--) {
          const d = digits[2 * i] | (digits[2 * i + 1] << 8);
          if (d > 0x7fff) raiseError(E.ValueError, "bad marshal data (digit out of range in long)");
          m = (m << 15n) | BigInt(d);
        }
        return I.normalize(n < 0 ? -m : m);
      }
      case 0x67: return new PyFloat(this.float64());
      case 0x66: {
        const n = this.byte();
        return new PyFloat(Number(Buffer.from(this.take(n)).toString("latin1")));
      }
      case 0x79: {
        const re = this.float64();
        return new PyComplex(re, this.float64());
      }
      case 0x73: return new PyBytes(this.take(this.int32()).slice());
      case 0x75: case 0x74: return Buffer.from(this.take(this.int32())).toString("utf8");
      case 0x61: case 0x41: return Buffer.from(this.take(this.int32())).toString("latin1");
      case 0x7a: case 0x5a: return Buffer.from(this.take(this.byte())).toString("latin1");
      case 0x29: case 0x28: {
        const n = type === 0x29 ? this.byte() : this.int32();
        const items: PyValue[] = [];
        for (let i = 0; i < n; i++) items.push(this.value());
        return new PyTuple(items);
      }
      case 0x5b: {
        const n = this.int32();
        const l = new PyList([]);
        if (slot >= 0) this.refs[slot] = l;
        for (let i = 0; i < n; i++) l.items.push(this.value());
        return l;
      }
      case 0x7b: {
        const d = new PyDict();
        if (slot >= 0) this.refs[slot] = d;
        for (;;) {
          if ((this.pos < this.data.length || this.more(1)) && this.data[this.pos] === 0x30) {
            this.pos++;
            return d;
          }
          const k = this.value();
          d.set(k, this.value());
        }
      }
      case 0x3c: case 0x3e: {
        const n = this.int32();
        const items: PyValue[] = [];
        for (let i = 0; i < n; i++) items.push(this.value());
        return type === 0x3c ? runtime.makeSet(items) : runtime.makeFrozenset(items);
      }
      case 0x72: {
        const i = this.int32();
        const v = this.refs[i];
        if (v === undefined) raiseError(E.ValueError, "bad marshal data (invalid reference)");
        return v;
      }
      case 0x63: {
        if (this.int32() !== -1) raiseError(E.ValueError, "bad marshal data (Typhon cannot load CPython code objects)");
        const text = Buffer.from(this.take(this.int32())).toString("utf8");
        let parts: unknown;
        try {
          parts = JSON.parse(text);
        } catch {
          raiseError(E.ValueError, "bad marshal data (code object)");
        }
        if (!Array.isArray(parts) || parts[0] !== buildIdentity() || typeof parts[1] !== "string") {
          raiseError(E.ValueError, "bad marshal data (code object marshalled by another Typhon build)");
        }
        try {
          return new PyCode(deserializeCode(parts[1]));
        } catch {
          raiseError(E.ValueError, "bad marshal data (code object)");
        }
      }
      default: raiseError(E.ValueError, "bad marshal data (unknown type code)");
    }
  }
}

/**
 * marshal.load's reader: like CPython's, it asks the file for exactly the bytes each item needs
 * (file.readinto), so the file is left just after the value, seekable or not.
 */
class FileReader extends Reader {
  constructor(readonly file: PyValue) {
    super(new Uint8Array(0));
  }
  override short(): never {
    raiseError(E.EOFError, "EOF read where not expected");
  }
  override more(n: number): boolean {
    const buf = new PyByteArray(new Uint8Array(n), n);
    const view = new PyMemoryView(buf, 0, n, 1, false, memoryviewType);
    const res = call(getAttr(this.file, "readinto"), [view]);
    const got = res === None ? 0 : Number(intValue(res) ?? typeError(`'${typeName(res)}' object cannot be interpreted as an integer`));
    if (got > n) raiseError(E.ValueError, `read() returned too much data: ${n} bytes requested, ${got} returned`);
    if (got < n) return false;
    // Only the unread tail of the previous chunk is kept.
    const rest = this.data.subarray(this.pos);
    const data = new Uint8Array(rest.length + n);
    data.set(rest);
    data.set(buf.data.subarray(0, n), rest.length);
    this.data = data;
    this.pos = 0;
    return true;
  }
}

/** Whether `data` is a code object marshalled by another Typhon build (importlib then compiles the source). */
export function isCodeFromOtherBuild(data: Uint8Array): boolean {
  if (data.length < 9 || (data[0] & 0x7f) !== 0x63) return false;
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (dv.getInt32(1, true) !== -1) return false;
  const n = dv.getInt32(5, true);
  const head = Buffer.from(data.subarray(9, 9 + Math.min(Math.max(n, 0), 200))).toString("utf8");
  return !head.startsWith(JSON.stringify([buildIdentity()]).slice(0, -1) + ",");
}

function bytesOf(v: PyValue, fname: string): Uint8Array {
  const b = runtime.bytesData(v);
  if (b === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  void fname;
  return b;
}

defineModule("marshal", (d) => {
  d.set("version", VERSION);
  defFunctions(d, "marshal", {
    dumps: (args, kw) => {
      const [v, version] = parseArgs("dumps", args, kw, ["value", "version"], 1, 2);
      const w = new Writer(version === undefined ? VERSION : Number(intValue(version) ?? VERSION));
      w.top(v!);
      return new PyBytes(Uint8Array.from(w.out));
    },
    loads: (args, kw) => {
      const [b] = parseArgs("loads", args, kw, ["bytes"], 1, 1);
      return new Reader(bytesOf(b!, "loads")).top();
    },
    dump: (args, kw) => {
      const [v, file, version] = parseArgs("dump", args, kw, ["value", "file", "version"], 2, 3);
      const w = new Writer(version === undefined ? VERSION : Number(intValue(version) ?? VERSION));
      w.top(v!);
      call(getAttr(file!, "write"), [new PyBytes(Uint8Array.from(w.out))]);
      return None;
    },
    load: (args, kw) => {
      const [file] = parseArgs("load", args, kw, ["file"], 1, 1);
      // A read of nothing first, as CPython does: the file must have read() giving bytes.
      const probe = call(getAttr(file!, "read"), [0]);
      if (!(probe instanceof PyBytes)) typeError(`file.read() returned not bytes but ${typeName(probe)}`);
      return new FileReader(file!).top();
    },
  });
});
