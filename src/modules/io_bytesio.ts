// _io.BytesIO (CPython's Modules/_io/bytesio.c): an in-memory bytes buffer with a position.
//
// The content is buf[0, size); writing past the end fills the gap with zero bytes. getbuffer()
// is basic: the memoryview shares the current storage but does not pin its size (Typhon has no
// reference counts to know when a view is released).

import { getIter, isInstance, iterNext, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { PyMemoryView } from "../objects/pystr";
import {
  False, intType, None, PyByteArray, PyBytes, PyList, PyTuple, PyType, PyValue, True, memoryviewType,
} from "../objects/types";
import { PyDict } from "../objects/pydict";
import {
  bufferArg, BufferedIOBaseType, closedError, intArg, IOObj, sizeArg, unsupported, writableBuffer,
} from "./io_base";
import { nativeType } from "./registry";

export const BytesIOType = nativeType("_io", "BytesIO", BufferedIOBaseType, TypeFlag.BASETYPE | TypeFlag.HAS_DICT);

export class BytesIOObj extends IOObj {
  buf: Uint8Array;
  size: number;
  pos: number;
  closed: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.buf = new Uint8Array(0);
    this.size = 0;
    this.pos = 0;
    this.closed = false;
  }
  next(): PyValue | undefined {
    if (this.cls !== BytesIOType) return super.next();
    check(this);
    const line = readlineOf(this, -1);
    return line.length === 0 ? undefined : new PyBytes(line);
  }
}

function self(v: PyValue): BytesIOObj {
  if (!(v instanceof BytesIOObj)) typeError(`descriptor requires a '_io.BytesIO' object but received a '${typeName(v)}'`);
  return v;
}

function check(b: BytesIOObj): void {
  if (b.closed) closedError();
}

function readOf(b: BytesIOObj, n: number): Uint8Array {
  const avail = Math.max(0, b.size - b.pos);
  if (n < 0 || n > avail) n = avail;
  const out = b.buf.slice(b.pos, b.pos + n);
  b.pos += n;
  return out;
}

function readlineOf(b: BytesIOObj, limit: number): Uint8Array {
  const start = Math.min(b.pos, b.size);
  let end = b.buf.indexOf(10, start);
  end = end < 0 || end >= b.size ? b.size : end + 1;
  if (limit >= 0 && end - start > limit) end = start + limit;
  const out = b.buf.slice(start, end);
  b.pos = end > b.pos ? end : b.pos;
  return out;
}

function ensureCapacity(b: BytesIOObj, n: number): void {
  if (n <= b.buf.length) return;
  const nb = new Uint8Array(Math.max(n, b.buf.length + (b.buf.length >> 3) + 64));
  nb.set(b.buf.subarray(0, b.size));
  b.buf = nb;
}

export function bytesIOWrite(b: BytesIOObj, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0;
  const end = b.pos + n;
  ensureCapacity(b, end);
  if (b.pos > b.size) b.buf.fill(0, b.size, b.pos);
  b.buf.set(data, b.pos);
  b.pos = end;
  if (end > b.size) b.size = end;
  return n;
}

function initWith(b: BytesIOObj, initial: PyValue | undefined): void {
  b.size = 0;
  b.pos = 0;
  if (initial !== undefined && initial !== None) {
    const d = bufferArg(initial);
    b.buf = d.slice();
    b.size = d.length;
  }
}

export function initBytesIO(): void {
  defNew(BytesIOType, (args) => new BytesIOObj(args[0] as PyType));
  defMethods(BytesIOType, {
    __init__(args, kw) {
      const [initial] = parseArgs("BytesIO", args.slice(1), kw, ["initial_bytes"], 0);
      initWith(self(args[0]), initial);
      return None;
    },
    getvalue(args, kw) {
      checkArgs("getvalue", args, kw, 0, 0);
      const b = self(args[0]);
      check(b);
      return new PyBytes(b.buf.slice(0, b.size));
    },
    getbuffer(args, kw) {
      checkArgs("getbuffer", args, kw, 0, 0);
      const b = self(args[0]);
      check(b);
      const ba = new PyByteArray(b.buf, b.size);
      return new PyMemoryView(ba, 0, b.size, 1, false, memoryviewType);
    },
    read(args, kw) {
      checkArgs("read", args, kw, 0, 1);
      const b = self(args[0]);
      check(b);
      return new PyBytes(readOf(b, sizeArg(args[1])));
    },
    read1(args, kw) {
      checkArgs("read1", args, kw, 0, 1);
      const b = self(args[0]);
      check(b);
      return new PyBytes(readOf(b, sizeArg(args[1])));
    },
    readline(args, kw) {
      checkArgs("readline", args, kw, 0, 1);
      const b = self(args[0]);
      check(b);
      return new PyBytes(readlineOf(b, sizeArg(args[1])));
    },
    readlines(args, kw) {
      checkArgs("readlines", args, kw, 0, 1);
      const b = self(args[0]);
      check(b);
      const hint = sizeArg(args[1]);
      const out: PyValue[] = [];
      let total = 0;
      for (;;) {
        const line = readlineOf(b, -1);
        if (line.length === 0) break;
        out.push(new PyBytes(line));
        total += line.length;
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(out);
    },
    readinto(args, kw) {
      checkArgs("readinto", args, kw, 1, 1);
      const b = self(args[0]);
      check(b);
      const dst = writableBuffer(args[1]);
      const data = readOf(b, dst.length);
      dst.set(data);
      return data.length;
    },
    write(args, kw) {
      checkArgs("write", args, kw, 1, 1);
      const b = self(args[0]);
      check(b);
      return bytesIOWrite(b, bufferArg(args[1]));
    },
    writelines(args, kw) {
      checkArgs("writelines", args, kw, 1, 1);
      const b = self(args[0]);
      check(b);
      const it = getIter(args[1]);
      for (;;) {
        const x = iterNext(it);
        if (x === undefined) break;
        bytesIOWrite(b, bufferArg(x));
      }
      return None;
    },
    seek(args, kw) {
      checkArgs("seek", args, kw, 1, 2);
      const b = self(args[0]);
      check(b);
      let pos = intArg(args[1]);
      const whence = args.length > 2 ? intArg(args[2]) : 0;
      if (pos < 0 && whence === 0) raiseError(E.ValueError, `negative seek value ${pos}`);
      if (whence === 1) pos += b.pos;
      else if (whence === 2) pos += b.size;
      else if (whence !== 0) raiseError(E.ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0) pos = 0;
      b.pos = pos;
      return pos;
    },
    tell(args, kw) {
      checkArgs("tell", args, kw, 0, 0);
      const b = self(args[0]);
      check(b);
      return b.pos;
    },
    truncate(args, kw) {
      checkArgs("truncate", args, kw, 0, 1);
      const b = self(args[0]);
      check(b);
      const size = args.length > 1 && args[1] !== None ? sizeArg(args[1]) : b.pos;
      if (size < 0) raiseError(E.ValueError, `negative size value ${size}`);
      if (size < b.size) b.size = size;
      return size;
    },
    readable: (args) => (check(self(args[0])), True),
    writable: (args) => (check(self(args[0])), True),
    seekable: (args) => (check(self(args[0])), True),
    isatty: (args) => (check(self(args[0])), False),
    flush: (args) => (check(self(args[0])), None),
    close(args) {
      const b = self(args[0]);
      b.closed = true;
      b.closedFlag = true;
      return None;
    },
    __getstate__(args) {
      const b = self(args[0]);
      check(b);
      const d = b.dict === null ? None : b.dict.copy();
      return new PyTuple([new PyBytes(b.buf.slice(0, b.size)), b.pos, d]);
    },
    __setstate__(args, kw) {
      checkArgs("BytesIO.__setstate__", args, kw, 1, 1);
      const b = self(args[0]);
      const st = args[1];
      if (b.closed) closedError();
      if (!(st instanceof PyTuple) || st.items.length < 3) {
        typeError(`${b.cls.flags & TypeFlag.HEAPTYPE ? b.cls.name : "_io." + b.cls.name}.__setstate__ argument should be 3-tuple, got ${typeName(st)}`);
      }
      initWith(b, st.items[0]);
      const pos = st.items[1];
      if (!isInstance(pos, intType)) typeError(`second item of state must be an integer, not ${typeName(pos)}`);
      const n = intArg(pos);
      if (n < 0) raiseError(E.ValueError, "position value cannot be negative");
      b.pos = n;
      const d = st.items[2];
      if (d !== None && !(d instanceof PyDict)) typeError(`third item of state should be a dict, got a ${typeName(d)}`);
      if (d instanceof PyDict) for (const [k, v] of d.entries()) (b.dict ??= new PyDict()).set(k, v);
      return None;
    },
    detach: () => unsupported("detach"),
  });
  defGetSet(BytesIOType, "closed", (v) => (self(v).closed ? True : False));
}
