// _io.StringIO (CPython's Modules/_io/stringio.c) and _io.IncrementalNewlineDecoder
// (textio.c), whose newline logic StringIO and TextIOWrapper share.
//
// StringIO keeps its text as one JS string; positions are in code points (unit offsets equal
// code points until a character outside the BMP has been written, tracked by `wide`).

import { callMethod, isInstance, repr, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { cpLength, unitOffset } from "../objects/strcore";
import { False, intType, None, PyBytes, PyObject, PyTuple, PyType, PyValue, True, objectType } from "../objects/types";
import { closedError, intArg, IOObj, sizeArg, TextIOBaseType, unsupported } from "./io_base";
import { nativeType } from "./registry";

// ---- newline decoding ---------------------------------------------------------------------------

const SEEN_LF = 1;
const SEEN_CR = 2;
const SEEN_CRLF = 4;

/** The `newlines` attribute for a set of SEEN_* bits. */
export function newlinesValue(seen: number): PyValue {
  switch (seen) {
    case 0: return None;
    case SEEN_LF: return "\n";
    case SEEN_CR: return "\r";
    case SEEN_CR | SEEN_LF: return new PyTuple(["\r", "\n"]);
    case SEEN_CRLF: return "\r\n";
    case SEEN_LF | SEEN_CRLF: return new PyTuple(["\n", "\r\n"]);
    case SEEN_CR | SEEN_CRLF: return new PyTuple(["\r", "\r\n"]);
    default: return new PyTuple(["\r", "\n", "\r\n"]);
  }
}

/** Which kinds of line ending `s` contains. */
function scanNewlines(s: string): number {
  let seen = 0;
  for (let k = 0; k < s.length && seen !== 7; k++) {
    const c = s.charCodeAt(k);
    if (c === 10) seen |= SEEN_LF;
    else if (c === 13) {
      if (s.charCodeAt(k + 1) === 10) {
        seen |= SEEN_CRLF;
        k++;
      } else seen |= SEEN_CR;
    }
  }
  return seen;
}

/**
 * The newline half of IncrementalNewlineDecoder, on already decoded text: holds back a
 * trailing '\r' until it knows whether '\n' follows, records the kinds seen, and translates
 * them to '\n' when asked.
 */
export class NewlineState {
  pendingCR = false;
  seen = 0;
  constructor(public translate: boolean) {}
  feed(output: string, final: boolean): string {
    if (this.pendingCR && (final || output.length > 0)) {
      output = "\r" + output;
      this.pendingCR = false;
    }
    if (!final && output.length > 0 && output.charCodeAt(output.length - 1) === 13) {
      output = output.slice(0, -1);
      this.pendingCR = true;
    }
    if (output.indexOf("\r") < 0) {
      if (this.seen !== 7 && output.indexOf("\n") >= 0) this.seen |= SEEN_LF;
      return output;
    }
    this.seen |= scanNewlines(output);
    if (this.translate) output = output.replace(/\r\n?/g, "\n");
    return output;
  }
  reset(): void {
    this.pendingCR = false;
    this.seen = 0;
  }
}

export const IncrementalNewlineDecoderType = nativeType("_io", "IncrementalNewlineDecoder", objectType);

export class NLDecoderObj extends PyObject {
  decoder: PyValue;
  state: NewlineState;
  errors: PyValue;
  ok: boolean;
  constructor(cls: PyType) {
    super(cls);
    this.decoder = None;
    this.state = new NewlineState(false);
    this.errors = "strict";
    this.ok = false;
  }
}

function nlSelf(v: PyValue): NLDecoderObj {
  if (!(v instanceof NLDecoderObj)) typeError(`descriptor requires a '_io.IncrementalNewlineDecoder' object but received a '${typeName(v)}'`);
  if (!v.ok) raiseError(E.ValueError, "IncrementalNewlineDecoder.__init__() not called");
  return v;
}

function initNLDecoder(): void {
  defNew(IncrementalNewlineDecoderType, (args) => new NLDecoderObj(args[0] as PyType));
  defMethods(IncrementalNewlineDecoderType, {
    __init__(args, kw) {
      const [decoder, translate, errors] = parseArgs("IncrementalNewlineDecoder", args.slice(1), kw,
        ["decoder", "translate", "errors"], 2);
      const d = args[0] as NLDecoderObj;
      d.decoder = decoder!;
      d.state = new NewlineState(truthy(translate!));
      d.errors = errors ?? "strict";
      d.ok = true;
      return None;
    },
    decode(args, kw) {
      const [input, final] = parseArgs("decode", args.slice(1), kw, ["input", "final"], 1);
      const d = nlSelf(args[0]);
      const fin = final !== undefined && truthy(final);
      let out = d.decoder === None ? input! : callMethod(d.decoder, "decode", [input!, fin ? True : False]);
      const s = strValue(out);
      if (s === undefined) typeError(`decoder should return a string result, not '${typeName(out)}'`);
      out = d.state.feed(s, fin);
      return out;
    },
    getstate(args) {
      const d = nlSelf(args[0]);
      let buffer: PyValue = new PyBytes(new Uint8Array(0));
      let flag: bigint = 0n;
      if (d.decoder !== None) {
        const st = callMethod(d.decoder, "getstate", []);
        if (!(st instanceof PyTuple) || st.items.length !== 2) typeError("illegal decoder state");
        buffer = st.items[0];
        flag = BigInt(intArg(st.items[1])) << 1n;
      }
      if (d.state.pendingCR) flag |= 1n;
      return new PyTuple([buffer, Number(flag)]);
    },
    setstate(args, kw) {
      checkArgs("setstate", args, kw, 1, 1);
      const d = nlSelf(args[0]);
      const st = args[1];
      if (!(st instanceof PyTuple) || st.items.length !== 2) typeError("state argument must be a tuple");
      const flag = intArg(st.items[1]);
      d.state.pendingCR = (flag & 1) !== 0;
      if (d.decoder !== None) callMethod(d.decoder, "setstate", [new PyTuple([st.items[0], Math.floor(flag / 2)])]);
      return None;
    },
    reset(args) {
      const d = nlSelf(args[0]);
      d.state.reset();
      if (d.decoder !== None) callMethod(d.decoder, "reset", []);
      return None;
    },
  });
  defGetSet(IncrementalNewlineDecoderType, "newlines", (v) => newlinesValue(nlSelf(v).state.seen));
}

// ---- StringIO -------------------------------------------------------------------------------------

export const StringIOType = nativeType("_io", "StringIO", TextIOBaseType, TypeFlag.BASETYPE | TypeFlag.HAS_DICT);

export class StringIOObj extends IOObj {
  text: string;
  /** True once the text may hold characters outside the BMP (positions then need converting). */
  wide: boolean;
  pos: number;
  closed: boolean;
  ok: boolean;
  newlineArg: PyValue;
  /** Reading: null for universal newlines, else the line ending looked for. */
  readnl: string | null;
  /** Writing: what '\n' becomes, or null for no translation. */
  writenl: string | null;
  decoder: NewlineState | null;
  constructor(cls: PyType) {
    super(cls);
    this.text = "";
    this.wide = false;
    this.pos = 0;
    this.closed = false;
    this.ok = false;
    this.newlineArg = "\n";
    this.readnl = "\n";
    this.writenl = null;
    this.decoder = null;
  }
  next(): PyValue | undefined {
    if (this.cls !== StringIOType) return super.next();
    check(this);
    const line = readlineOf(this, -1);
    return line.length === 0 ? undefined : line;
  }
}

function self(v: PyValue): StringIOObj {
  if (!(v instanceof StringIOObj)) typeError(`descriptor requires a '_io.StringIO' object but received a '${typeName(v)}'`);
  if (!v.ok) raiseError(E.ValueError, "I/O operation on uninitialized object");
  return v;
}

function check(s: StringIOObj): void {
  if (s.closed) closedError("I/O operation on closed file");
}

function lengthOf(s: StringIOObj): number {
  return s.wide ? cpLength(s.text) : s.text.length;
}

function unitAt(s: StringIOObj, cp: number): number {
  if (!s.wide) return Math.min(cp, s.text.length);
  return unitOffset(s.text, Math.min(cp, cpLength(s.text)));
}

const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

function writeOf(s: StringIOObj, input: string): number {
  const n = input.length === 0 ? 0 : (ASTRAL.test(input) ? cpLength(input) : input.length);
  let t = input;
  if (s.decoder !== null) t = s.decoder.feed(t, true);
  if (s.writenl !== null && t.indexOf("\n") >= 0) t = t.split("\n").join(s.writenl);
  if (t.length === 0) return n;
  if (!s.wide && ASTRAL.test(t)) s.wide = true;
  const len = lengthOf(s);
  const tlen = s.wide ? cpLength(t) : t.length;
  if (s.pos === len) s.text += t;
  else if (s.pos > len) s.text += "\0".repeat(s.pos - len) + t;
  else {
    const u = unitAt(s, s.pos);
    const e = unitAt(s, s.pos + tlen);
    s.text = s.text.slice(0, u) + t + s.text.slice(e);
  }
  s.pos += tlen;
  return n;
}

function readOf(s: StringIOObj, n: number): string {
  const len = lengthOf(s);
  if (s.pos >= len) return "";
  if (n < 0 || n > len - s.pos) n = len - s.pos;
  const u = unitAt(s, s.pos);
  const e = unitAt(s, s.pos + n);
  s.pos += n;
  return s.text.slice(u, e);
}

/** The end (unit offset, exclusive) of the line starting at unit `u`, per the newline mode. */
export function findLineEnd(text: string, u: number, readnl: string | null, translated: boolean): number {
  if (translated || readnl === "\n") {
    const i = text.indexOf("\n", u);
    return i < 0 ? -1 : i + 1;
  }
  if (readnl === null) {
    for (let k = u; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) return k + 1;
      if (c === 13) return text.charCodeAt(k + 1) === 10 ? k + 2 : k + 1;
    }
    return -1;
  }
  const i = text.indexOf(readnl, u);
  return i < 0 ? -1 : i + readnl.length;
}

function readlineOf(s: StringIOObj, limit: number): string {
  const len = lengthOf(s);
  if (s.pos >= len) return "";
  const u = unitAt(s, s.pos);
  let e = findLineEnd(s.text, u, s.readnl, false);
  if (e < 0) e = s.text.length;
  let line = s.text.slice(u, e);
  if (limit >= 0) {
    const n = s.wide ? cpLength(line) : line.length;
    if (n > limit) line = line.slice(0, s.wide ? unitOffset(line, limit) : limit);
  }
  s.pos += s.wide ? cpLength(line) : line.length;
  return line;
}

function initStringIOObj(s: StringIOObj, value: PyValue | undefined, newline: PyValue | undefined): void {
  const nl = newline === undefined ? "\n" : newline;
  let nls: string | null = null;
  if (nl !== None) {
    const v = strValue(nl);
    if (v === undefined) typeError(`newline must be str or None, not ${typeName(nl)}`);
    if (v !== "" && v !== "\n" && v !== "\r" && v !== "\r\n") raiseError(E.ValueError, `illegal newline value: ${repr(nl)}`);
    nls = v;
  }
  let init = "";
  if (value !== undefined && value !== None) {
    const v = strValue(value);
    if (v === undefined) typeError(`initial_value must be str or None, not ${typeName(value)}`);
    init = v;
  }
  s.newlineArg = nl;
  s.readnl = nls === null || nls === "" ? null : nls;
  const translate = nls === null;
  if (translate) s.readnl = "\n";
  s.writenl = nls !== null && nls.startsWith("\r") ? nls : null;
  s.decoder = nls === null || nls === "" ? new NewlineState(translate) : null;
  s.text = "";
  s.wide = false;
  s.pos = 0;
  s.closed = false;
  s.closedFlag = false;
  s.ok = true;
  if (init.length > 0) {
    writeOf(s, init);
    s.pos = 0;
  }
}

export function initStringIO(): void {
  initNLDecoder();
  defNew(StringIOType, (args) => new StringIOObj(args[0] as PyType));
  defMethods(StringIOType, {
    __init__(args, kw) {
      const [value, newline] = parseArgs("StringIO", args.slice(1), kw, ["initial_value", "newline"], 0);
      const s = args[0] as StringIOObj;
      if (!(s instanceof StringIOObj)) typeError("descriptor '__init__' requires a '_io.StringIO' object");
      initStringIOObj(s, value, newline);
      return None;
    },
    getvalue(args, kw) {
      checkArgs("getvalue", args, kw, 0, 0);
      const s = self(args[0]);
      check(s);
      return s.text;
    },
    read(args, kw) {
      checkArgs("read", args, kw, 0, 1);
      const s = self(args[0]);
      check(s);
      return readOf(s, sizeArg(args[1]));
    },
    readline(args, kw) {
      checkArgs("readline", args, kw, 0, 1);
      const s = self(args[0]);
      check(s);
      return readlineOf(s, sizeArg(args[1]));
    },
    write(args, kw) {
      checkArgs("write", args, kw, 1, 1);
      const s = self(args[0]);
      const v = strValue(args[1]);
      if (v === undefined) typeError(`string argument expected, got '${typeName(args[1])}'`);
      check(s);
      return writeOf(s, v);
    },
    seek(args, kw) {
      checkArgs("seek", args, kw, 1, 2);
      const s = self(args[0]);
      const pos = intArg(args[1]);
      const whence = args.length > 2 ? intArg(args[2]) : 0;
      check(s);
      if (whence !== 0 && whence !== 1 && whence !== 2) raiseError(E.ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0 && whence === 0) raiseError(E.ValueError, `Negative seek position ${pos}`);
      if (whence !== 0 && pos !== 0) raiseError(E.OSError, "Can't do nonzero cur-relative seeks");
      if (whence === 2) s.pos = lengthOf(s);
      else if (whence === 0) s.pos = pos;
      return s.pos;
    },
    tell(args, kw) {
      checkArgs("tell", args, kw, 0, 0);
      const s = self(args[0]);
      check(s);
      return s.pos;
    },
    truncate(args, kw) {
      checkArgs("truncate", args, kw, 0, 1);
      const s = self(args[0]);
      check(s);
      const size = args.length > 1 && args[1] !== None ? sizeArg(args[1]) : s.pos;
      if (size < 0) raiseError(E.ValueError, `Negative size value ${size}`);
      if (size < lengthOf(s)) s.text = s.text.slice(0, unitAt(s, size));
      return size;
    },
    readable: (args) => (check(self(args[0])), True),
    writable: (args) => (check(self(args[0])), True),
    seekable: (args) => (check(self(args[0])), True),
    close(args) {
      const s = args[0] as StringIOObj;
      s.closed = true;
      s.closedFlag = true;
      return None;
    },
    __getstate__(args) {
      const s = self(args[0]);
      check(s);
      return new PyTuple([s.text, s.newlineArg, s.pos, s.dict === null ? None : s.dict.copy()]);
    },
    __setstate__(args, kw) {
      checkArgs("StringIO.__setstate__", args, kw, 1, 1);
      const s = args[0] as StringIOObj;
      const st = args[1];
      if (s.closed) closedError("I/O operation on closed file");
      if (!(st instanceof PyTuple) || st.items.length < 4) {
        typeError(`${s.cls.flags & TypeFlag.HEAPTYPE ? s.cls.name : "_io." + s.cls.name}.__setstate__ argument should be 4-tuple, got ${typeName(st)}`);
      }
      const init = st.items[0];
      if (init !== None && strValue(init) === undefined) typeError(`initial_value must be str or None, not ${typeName(init)}`);
      initStringIOObj(s, None, st.items[1]);
      s.text = strValue(init) ?? "";
      s.wide = ASTRAL.test(s.text);
      const pos = st.items[2];
      if (!isInstance(pos, intType)) typeError(`third item of state must be an integer, got ${typeName(pos)}`);
      const n = intArg(pos);
      if (n < 0) raiseError(E.ValueError, "position value cannot be negative");
      s.pos = n;
      const d = st.items[3];
      if (d !== None && !(d instanceof PyDict)) typeError(`fourth item of state should be a dict, got a ${typeName(d)}`);
      if (d instanceof PyDict) for (const [k, v] of d.entries()) (s.dict ??= new PyDict()).set(k, v);
      return None;
    },
    detach: () => unsupported("detach"),
  });
  defGetSet(StringIOType, "closed", (v) => (self(v).closed ? True : False));
  defGetSet(StringIOType, "line_buffering", (v) => (check(self(v)), False));
  defGetSet(StringIOType, "newlines", (v) => {
    const s = self(v);
    check(s);
    return s.decoder === null ? None : newlinesValue(s.decoder.seen);
  });
}
