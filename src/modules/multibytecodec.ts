// _multibytecodec: the machinery shared by the CJK codecs (codecs_cjk.ts and
// codecs_cjk_iso2022.ts define the codecs themselves). A codec is a pair of functions that
// encode code points to bytes and decode bytes to text until they meet an error; this file runs
// them and handles the errors as CPython's multibytecodec does: strict/ignore/replace handled
// here ('?' and U+FFFD), every other name looked up in the codecs error registry and called with
// a UnicodeEncodeError/UnicodeDecodeError ("illegal multibyte sequence" or "incomplete multibyte
// sequence", positions in code points / bytes). It also provides MultibyteCodec (encode and
// decode of whole strings), the incremental encoder/decoder (pending input across calls,
// getstate/setstate in CPython's integer layout) and the stream reader/writer.

import { call, getAttr, intValue, isInstance, str, strValue, toArray, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defGetSet, defMethod, defMethods, defNew, parseArgs } from "../objects/native";
import { bytesData } from "../objects/pystr";
import { ByteWriter, bytesDecode, charEscape, codePoints, PyUnicodeError } from "../objects/strcodecs";
import { nameOf } from "../unicode/names";
import { dictType, None, PyBuiltinFunction, True, PyBytes, PyObject, PyTuple, PyType, PyValue, tupleType, typeOf } from "../objects/types";
import { importModuleLevel } from "../vm/import";
import { defFunctions, defineModule, nativeType } from "./registry";

/** A codec function's result besides an error length (> 0): done, or input ends mid-sequence. */
export const DONE = 0;
export const TOOFEW = -1;

/** Where a codec is in its input: code points when encoding, bytes when decoding. */
export interface Cursor {
  pos: number;
}

/**
 * One multibyte codec. `state` is CPython's 8-byte MultibyteCodec_State (stateful codecs keep
 * their shift state there, so getstate() gives CPython's numbers). encode() writes the code
 * points from cur.pos on and returns DONE, TOOFEW (only when not flushing: it waits for more
 * input) or the number of code points that cannot be encoded at cur.pos; decode() likewise,
 * TOOFEW when the input ends inside a sequence.
 */
export interface MbCodec {
  readonly encoding: string;
  encInit?(state: Uint8Array): void;
  encode(state: Uint8Array, cps: number[], cur: Cursor, out: ByteWriter, flush: boolean): number;
  /** Writes what returns the output to the initial state (ISO-2022's final ESC ( B). */
  encReset?(state: Uint8Array, out: ByteWriter): void;
  decInit?(state: Uint8Array): void;
  decode(state: Uint8Array, b: Uint8Array, cur: Cursor, end: number, out: string[]): number;
  decReset?(state: Uint8Array): void;
}

const MAXENCPENDING = 2;
const MAXDECPENDING = 8;
const ILLEGAL = "illegal multibyte sequence";
const INCOMPLETE = "incomplete multibyte sequence";

// ---- errors -------------------------------------------------------------------------------------

let lookupErrorFn: PyValue | null = null;

/** codecs.lookup_error(name): the registered handler (a LookupError for unknown names). */
function lookupError(name: string): PyValue {
  if (lookupErrorFn === null) {
    const m = importModuleLevel("_codecs", None, None, 0);
    lookupErrorFn = getAttr(m, "lookup_error");
  }
  return call(lookupErrorFn, [name]);
}

/** A handler's new position, made absolute; IndexError when outside the input. */
function handlerPosition(v: PyValue, length: number): number {
  const p = intValue(v)!;
  let pos = typeof p === "bigint" ? -1 : p;
  if (pos < 0 && typeof p !== "bigint") pos += length;
  if (pos < 0 || pos > length) raiseError(E.IndexError, `position ${pos} from error handler out of bounds`);
  return pos;
}

function isIntObject(v: PyValue): boolean {
  return intValue(v) !== undefined;
}

/** The exception object one coding call passes to its error handler (CPython reuses it). */
type ExcCache = { exc: PyBaseException | null };

function handlerException(cache: ExcCache, type: PyType, encoding: string, object: () => string | Uint8Array,
                          start: number, end: number, reason: string): PyBaseException {
  let ex = cache.exc;
  if (ex === null) {
    const o = object();
    const obj: PyValue = typeof o === "string" ? o : new PyBytes(o);
    ex = new PyBaseException(type, new PyTuple([encoding, obj, start, end, reason]));
    ex.fields = { encoding, object: obj, start, end, reason };
    cache.exc = ex;
  } else {
    ex.fields!.start = start;
    ex.fields!.end = end;
    ex.fields!.reason = reason;
  }
  return ex;
}

const FAST_HANDLERS = new Set(["strict_errors", "ignore_errors", "replace_errors", "backslashreplace_errors",
  "xmlcharrefreplace_errors", "namereplace_errors", "surrogateescape", "surrogatepass"]);

/**
 * The result of one of _codecs' built-in handlers (found in the registry under any name), computed
 * here rather than through the handler object, which would convert the whole input each time.
 * Undefined for other handlers.
 */
function builtinResult(h: PyValue, exc: PyBaseException, encoding: boolean, s: number[] | Uint8Array, start: number,
                       end: number): [string | Uint8Array, number] | undefined {
  if (!(h instanceof PyBuiltinFunction) || h.module !== null || h.self !== null || !FAST_HANDLERS.has(h.name)) return undefined;
  let out = "";
  switch (h.name) {
    case "strict_errors":
      throw exc;
    case "ignore_errors":
      return ["", end];
    case "replace_errors":
      return [encoding ? "?".repeat(end - start) : "\ufffd", end];
    case "backslashreplace_errors":
      for (let k = start; k < end; k++) out += encoding ? charEscape(s[k]) : "\\x" + s[k].toString(16).padStart(2, "0");
      return [out, end];
    case "xmlcharrefreplace_errors":
    case "namereplace_errors":
      if (!encoding) typeError("don't know how to handle UnicodeDecodeError in error callback");
      for (let k = start; k < end; k++) {
        const name = h.name === "namereplace_errors" ? nameOf(s[k]) : undefined;
        out += h.name === "xmlcharrefreplace_errors" ? `&#${s[k]};` : name === undefined ? charEscape(s[k]) : `\\N{${name}}`;
      }
      return [out, end];
    case "surrogateescape": {
      if (encoding) {
        const b = new Uint8Array(end - start);
        for (let k = start; k < end; k++) {
          if (s[k] < 0xdc80 || s[k] > 0xdcff) throw exc;
          b[k - start] = s[k] - 0xdc00;
        }
        return [b, end];
      }
      let k = start;
      for (; k < end && k < start + 4 && s[k] >= 0x80; k++) out += String.fromCharCode(0xdc00 + s[k]);
      if (k === start) throw exc;
      return [out, k];
    }
    default:
      // surrogatepass: these are not UTF codecs.
      throw exc;
  }
}

/** Encodes with the codec's own state, strictly and flushing (an error handler's replacement). */
function encodeStrict(codec: MbCodec, state: Uint8Array, s: string): Uint8Array {
  return encodeRun(codec, state, s, codePoints(s), "strict", true, false).bytes;
}

/** Handles an encoding error of size `e` at cur.pos (CPython's multibytecodec_encerror). */
function encodeError(codec: MbCodec, state: Uint8Array, s: string, cps: number[], cur: Cursor, out: ByteWriter,
                     errors: string, e: number, cache: ExcCache): void {
  let reason = ILLEGAL;
  let esize = e;
  if (e === TOOFEW) {
    reason = INCOMPLETE;
    esize = cur.pos;
  }
  if (errors === "replace") {
    const w = new ByteWriter(4);
    const r = codec.encode(state, [0x3f], { pos: 0 }, w, false);
    if (r !== DONE) out.byte(0x3f);
    else out.bytes(w.result());
  }
  if (errors === "ignore" || errors === "replace") {
    cur.pos += esize;
    return;
  }
  const start = cur.pos;
  const end = start + esize;
  if (errors === "strict") throw new PyUnicodeError("UnicodeEncodeError", codec.encoding, s, start, end, reason);
  const handler = lookupError(errors);
  const exc = handlerException(cache, E.UnicodeEncodeError, codec.encoding, () => s, start, end, reason);
  const fast = builtinResult(handler, exc, true, cps, start, end);
  if (fast !== undefined) {
    out.bytes(typeof fast[0] === "string" ? encodeStrict(codec, state, fast[0]) : fast[0]);
    cur.pos = fast[1];
    return;
  }
  const r = call(handler, [exc]);
  const items = isInstance(r, tupleType) ? toArray(r) : null;
  if (items === null || items.length !== 2 || (strValue(items[0]) === undefined && !(items[0] instanceof PyBytes)) ||
      !isIntObject(items[1])) {
    typeError("encoding error handler must return (str, int) tuple");
  }
  const rep = items[0];
  const bytes = rep instanceof PyBytes ? rep.data : encodeStrict(codec, state, strValue(rep)!);
  out.bytes(bytes);
  cur.pos = handlerPosition(items[1], cps.length);
}

/** Handles a decoding error of size `e` at cur.pos (CPython's multibytecodec_decerror). */
function decodeError(codec: MbCodec, b: Uint8Array, cur: Cursor, end: number, out: string[], errors: string,
                     e: number, cache: ExcCache): void {
  let reason = ILLEGAL;
  let esize = e;
  if (e === TOOFEW) {
    reason = INCOMPLETE;
    esize = end - cur.pos;
  }
  if (errors === "replace") out.push("\ufffd");
  if (errors === "ignore" || errors === "replace") {
    cur.pos += esize;
    return;
  }
  const start = cur.pos;
  const object = b.subarray(0, end);
  if (errors === "strict") throw new PyUnicodeError("UnicodeDecodeError", codec.encoding, object.slice(), start, start + esize, reason);
  const handler = lookupError(errors);
  const exc = handlerException(cache, E.UnicodeDecodeError, codec.encoding, () => object.slice(), start, start + esize, reason);
  const fast = builtinResult(handler, exc, false, b, start, start + esize);
  if (fast !== undefined) {
    out.push(fast[0] as string);
    cur.pos = fast[1];
    return;
  }
  const r = call(handler, [exc]);
  const items = isInstance(r, tupleType) ? toArray(r) : null;
  if (items === null || items.length !== 2 || strValue(items[0]) === undefined || !isIntObject(items[1])) {
    typeError("decoding error handler must return (str, int) tuple");
  }
  out.push(strValue(items[0])!);
  cur.pos = handlerPosition(items[1], end);
}

// ---- running a codec ----------------------------------------------------------------------------

/** Encodes `cps` (the code points of s); `pos` is how far it got (the rest is pending input). */
function encodeRun(codec: MbCodec, state: Uint8Array, s: string, cps: number[], errors: string, flush: boolean,
                   reset: boolean): { bytes: Uint8Array; pos: number } {
  if (cps.length === 0 && !reset) return { bytes: new Uint8Array(0), pos: 0 };
  const out = new ByteWriter(cps.length * 2 + 16);
  const cur: Cursor = { pos: 0 };
  const cache: ExcCache = { exc: null };
  while (cur.pos < cps.length) {
    const r = codec.encode(state, cps, cur, out, flush);
    if (r === DONE || (r === TOOFEW && !flush)) break;
    encodeError(codec, state, s, cps, cur, out, errors, r, cache);
    if (r === TOOFEW) break;
  }
  if (reset && codec.encReset !== undefined) codec.encReset(state, out);
  return { bytes: out.result(), pos: cur.pos };
}

/** Decodes b[cur.pos, end) until done or an incomplete sequence at the end (left at cur.pos). */
function decodeFeed(codec: MbCodec, state: Uint8Array, b: Uint8Array, cur: Cursor, end: number, errors: string,
                    out: string[], cache: ExcCache): void {
  while (cur.pos < end) {
    const r = codec.decode(state, b, cur, end, out);
    if (r === DONE || r === TOOFEW) break;
    decodeError(codec, b, cur, end, out, errors, r, cache);
  }
}

// ---- argument helpers ---------------------------------------------------------------------------

function inputText(v: PyValue): string {
  const s = strValue(v);
  return s !== undefined ? s : str(v);
}

function bufferArg(v: PyValue): Uint8Array {
  const b = bytesData(v);
  if (b === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b.slice();
}

/** A clinic `errors: str(accept={str, NoneType}) = None` argument. */
function errorsOrNone(fname: string, v: PyValue | undefined): string {
  if (v === undefined || v === None) return "strict";
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument 'errors' must be str or None, not ${typeName(v)}`);
  return s;
}

/** A `|s` constructor argument (None is refused). */
function errorsStr(fname: string, pos: number, v: PyValue | undefined): string {
  if (v === undefined) return "strict";
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument ${pos} must be str, not ${v === None ? "None" : typeName(v)}`);
  return s;
}

/** The stream constructors' (stream, errors) arguments, with PyArg_ParseTupleAndKeywords' messages. */
function streamArgs(fname: string, args: PyValue[], kw: readonly string[] | null): [PyValue, string] {
  const rest = args.slice(1);
  const npos = rest.length - (kw?.length ?? 0);
  if (npos < 1 && !(kw ?? []).includes("stream")) typeError(`${fname}() missing required argument 'stream' (pos 1)`);
  const [stream, errs] = parseArgs(fname, rest, kw, ["stream", "errors"], 1);
  return [stream!, errorsStr(fname, 2, errs)];
}

function finalArg(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  const i = intValue(v);
  if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i !== 0 && i !== 0n;
}

/** An unsigned little-endian byte array of `size` bytes from an int (_PyLong_AsByteArray). */
function intToBytes(v: PyValue, size: number): Uint8Array {
  let n = BigInt(intValue(v)!);
  if (n < 0n) raiseError(E.OverflowError, "can't convert negative int to unsigned");
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  if (n !== 0n) raiseError(E.OverflowError, "int too big to convert");
  return out;
}

function bytesToInt(b: Uint8Array): PyValue {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]);
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function utf8(s: string): Uint8Array {
  return Buffer.from(s, "utf8");
}

// ---- the types ----------------------------------------------------------------------------------

export class PyMultibyteCodec extends PyObject {
  constructor(cls: PyType, readonly codec: MbCodec) {
    super(cls);
  }
}

/** What the incremental coders and stream coders share: the codec, errors and state. */
class CodecContext extends PyObject {
  state: Uint8Array = new Uint8Array(8);
  codec!: MbCodec;
  errors = "strict";
  /** Encoders: code points not encoded yet. Decoders: bytes not decoded yet. */
  pendingText = "";
  pendingBytes: Uint8Array = new Uint8Array(0);
  stream: PyValue = None;
}

let codecType: PyType;

/** The MultibyteCodec object a codec's getcodec() returns. */
export function makeCodecObject(codec: MbCodec): PyMultibyteCodec {
  return new PyMultibyteCodec(codecType, codec);
}

/** Looks up `codec` on the class being instantiated, as CPython's constructors do. */
function contextNew(cls: PyType, errors: string, stream: PyValue): CodecContext {
  const self = new CodecContext(cls);
  const c = getAttr(cls, "codec");
  if (!(c instanceof PyMultibyteCodec)) typeError("codec is unexpected type");
  self.codec = c.codec;
  self.errors = errors;
  self.stream = stream;
  return self;
}

function ctx(v: PyValue, t: PyType, name: string): CodecContext {
  if (!(v instanceof CodecContext) || !isInstance(v, t)) {
    typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeName(v)}' object`);
  }
  return v;
}

/** Stateful encoding with pending input (encoder_encode_stateful). */
function encodeStateful(self: CodecContext, input: PyValue, final: boolean): Uint8Array {
  const text = self.pendingText + inputText(input);
  const orig = self.pendingText;
  self.pendingText = "";
  const cps = codePoints(text);
  let r: { bytes: Uint8Array; pos: number };
  try {
    r = encodeRun(self.codec, self.state, text, cps, self.errors, final, final);
  } catch (e) {
    self.pendingText = orig;
    throw e;
  }
  if (r.pos < cps.length) {
    if (cps.length - r.pos > MAXENCPENDING) raiseError(E.UnicodeError, "pending buffer overflow");
    self.pendingText = String.fromCodePoint(...cps.slice(r.pos));
  }
  return r.bytes;
}

/** Incremental decoding with pending bytes (the incremental decoder's decode). */
function decodeStateful(self: CodecContext, data: Uint8Array, final: boolean): string {
  const orig = self.pendingBytes;
  const w = new Uint8Array(orig.length + data.length);
  w.set(orig, 0);
  w.set(data, orig.length);
  self.pendingBytes = new Uint8Array(0);
  const out: string[] = [];
  const cur: Cursor = { pos: 0 };
  const cache: ExcCache = { exc: null };
  decodeFeed(self.codec, self.state, w, cur, w.length, self.errors, out, cache);
  if (final && cur.pos < w.length) {
    try {
      decodeError(self.codec, w, cur, w.length, out, self.errors, TOOFEW, cache);
    } catch (e) {
      self.pendingBytes = orig;
      throw e;
    }
  }
  keepPending(self, w, cur.pos);
  return out.join("");
}

function keepPending(self: CodecContext, w: Uint8Array, pos: number): void {
  if (pos >= w.length) return;
  const n = w.length - pos;
  if (n + self.pendingBytes.length > MAXDECPENDING) raiseError(E.UnicodeError, "pending buffer overflow");
  const p = new Uint8Array(self.pendingBytes.length + n);
  p.set(self.pendingBytes, 0);
  p.set(w.subarray(pos), self.pendingBytes.length);
  self.pendingBytes = p;
}

/** The stream reader's read/readline (mbstreamreader_iread). */
function streamRead(self: CodecContext, method: string, sizehint: number): string {
  if (sizehint === 0) return "";
  const out: string[] = [];
  const cache: ExcCache = { exc: null };
  for (;;) {
    const cres = sizehint < 0 ? call(getAttr(self.stream, method), []) : call(getAttr(self.stream, method), [sizehint]);
    if (!(cres instanceof PyBytes)) typeError(`stream function returned a non-bytes object (${typeName(cres)})`);
    const endOfFile = cres.data.length === 0;
    let w = cres.data;
    if (self.pendingBytes.length > 0) {
      w = new Uint8Array(self.pendingBytes.length + cres.data.length);
      w.set(self.pendingBytes, 0);
      w.set(cres.data, self.pendingBytes.length);
      self.pendingBytes = new Uint8Array(0);
    }
    const rsize = w.length;
    const cur: Cursor = { pos: 0 };
    if (rsize > 0) decodeFeed(self.codec, self.state, w, cur, rsize, self.errors, out, cache);
    if ((endOfFile || sizehint < 0) && cur.pos < rsize) decodeError(self.codec, w, cur, rsize, out, self.errors, TOOFEW, cache);
    keepPending(self, w, cur.pos);
    if (sizehint < 0 || out.some((s) => s.length > 0) || rsize === 0) break;
    sizehint = 1;
  }
  return out.join("");
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const i = intValue(v);
  if (i === undefined) typeError("arg 1 must be an integer");
  if (typeof i === "bigint") raiseError(E.OverflowError, "Python int too large to convert to C ssize_t");
  return i < 0 ? -1 : i;
}

defineModule("_multibytecodec", (d) => {
  codecType = nativeType("_multibytecodec", "MultibyteCodec", undefined, 0);
  defNew(codecType, () => typeError("cannot create '_multibytecodec.MultibyteCodec' instances"));
  codecType.nativeNew = null;
  defMethods(codecType, {
    encode(args, kw) {
      const self = args[0] as PyMultibyteCodec;
      const [input, errs] = parseArgs("encode", args.slice(1), kw, ["input", "errors"], 1);
      const s = inputText(input!);
      const errors = errorsOrNone("encode", errs);
      const cps = codePoints(s);
      const state = new Uint8Array(8);
      self.codec.encInit?.(state);
      const r = encodeRun(self.codec, state, s, cps, errors, true, true);
      return new PyTuple([new PyBytes(r.bytes), cps.length]);
    },
    decode(args, kw) {
      const self = args[0] as PyMultibyteCodec;
      const [input, errs] = parseArgs("decode", args.slice(1), kw, ["input", "errors"], 1);
      const b = bufferArg(input!);
      const errors = errorsOrNone("decode", errs);
      if (b.length === 0) return new PyTuple(["", 0]);
      const state = new Uint8Array(8);
      self.codec.decInit?.(state);
      const out: string[] = [];
      const cur: Cursor = { pos: 0 };
      const cache: ExcCache = { exc: null };
      while (cur.pos < b.length) {
        const r = self.codec.decode(state, b, cur, b.length, out);
        if (r === DONE) break;
        decodeError(self.codec, b, cur, b.length, out, errors, r, cache);
      }
      return new PyTuple([out.join(""), b.length]);
    },
  });

  const errorsGetSet = (t: PyType): void => {
    defGetSet(t, "errors", (self) => ctx(self, t, "errors").errors, (self, v) => {
      if (v === undefined) raiseError(E.AttributeError, "cannot delete attribute");
      const s = strValue(v);
      if (s === undefined) typeError("errors must be a string");
      ctx(self, t, "errors").errors = s;
    });
  };
  const noInit = (t: PyType): void => defMethod(t, "__init__", () => None);

  // ---- MultibyteIncrementalEncoder ----
  const encType = nativeType("_multibytecodec", "MultibyteIncrementalEncoder");
  defNew(encType, (args, kw) => {
    const [errs] = parseArgs("IncrementalEncoder", args.slice(1), kw, ["errors"], 0);
    const self = contextNew(args[0] as PyType, errorsStr("IncrementalEncoder", 1, errs), None);
    self.codec.encInit?.(self.state);
    return self;
  });
  noInit(encType);
  errorsGetSet(encType);
  defMethods(encType, {
    encode(args, kw) {
      const self = ctx(args[0], encType, "encode");
      const [input, final] = parseArgs("encode", args.slice(1), kw, ["input", "final"], 1);
      return new PyBytes(encodeStateful(self, input!, finalArg(final)));
    },
    getstate(args) {
      const self = ctx(args[0], encType, "getstate");
      checkArgs("getstate", args, null, 0, 0);
      const p = utf8(self.pendingText);
      if (p.length > MAXENCPENDING * 4) raiseError(E.UnicodeError, "pending buffer too large");
      const b = new Uint8Array(1 + p.length + 8);
      b[0] = p.length;
      b.set(p, 1);
      b.set(self.state, 1 + p.length);
      return bytesToInt(b);
    },
    setstate(args) {
      const self = ctx(args[0], encType, "setstate");
      checkArgs("setstate", args, null, 1, 1);
      const v = args[1];
      if (intValue(v) === undefined) typeError(`setstate() argument must be int, not ${typeName(v)}`);
      const b = intToBytes(v, 1 + MAXENCPENDING * 4 + 8);
      if (b[0] > MAXENCPENDING * 4) raiseError(E.UnicodeError, "pending buffer too large");
      self.pendingText = bytesDecode(b.slice(1, 1 + b[0]), "utf-8", "strict");
      self.state = b.slice(1 + b[0], 1 + b[0] + 8);
      return None;
    },
    reset(args) {
      const self = ctx(args[0], encType, "reset");
      checkArgs("reset", args, null, 0, 0);
      if (self.codec.encReset !== undefined) self.codec.encReset(self.state, new ByteWriter(8));
      self.pendingText = "";
      return None;
    },
  });

  // ---- MultibyteIncrementalDecoder ----
  const decType = nativeType("_multibytecodec", "MultibyteIncrementalDecoder");
  defNew(decType, (args, kw) => {
    const [errs] = parseArgs("IncrementalDecoder", args.slice(1), kw, ["errors"], 0);
    const self = contextNew(args[0] as PyType, errorsStr("IncrementalDecoder", 1, errs), None);
    self.codec.decInit?.(self.state);
    return self;
  });
  noInit(decType);
  errorsGetSet(decType);
  defMethods(decType, {
    decode(args, kw) {
      const self = ctx(args[0], decType, "decode");
      const [input, final] = parseArgs("decode", args.slice(1), kw, ["input", "final"], 1);
      return decodeStateful(self, bufferArg(input!), finalArg(final));
    },
    getstate(args) {
      const self = ctx(args[0], decType, "getstate");
      checkArgs("getstate", args, null, 0, 0);
      return new PyTuple([new PyBytes(self.pendingBytes.slice()), bytesToInt(self.state)]);
    },
    setstate(args) {
      const self = ctx(args[0], decType, "setstate");
      checkArgs("setstate", args, null, 1, 1);
      const st = args[1];
      if (!isInstance(st, tupleType)) typeError(`setstate() argument must be tuple, not ${typeName(st)}`);
      const items = toArray(st);
      if (items.length !== 2 || !(items[0] instanceof PyBytes) || intValue(items[1]) === undefined) {
        typeError("setstate(): illegal state argument");
      }
      const stateBytes = intToBytes(items[1], 8);
      const buf = (items[0] as PyBytes).data;
      if (buf.length > MAXDECPENDING) raiseError(E.UnicodeError, "pending buffer too large");
      self.pendingBytes = buf.slice();
      self.state = stateBytes;
      return None;
    },
    reset(args) {
      const self = ctx(args[0], decType, "reset");
      checkArgs("reset", args, null, 0, 0);
      self.codec.decReset?.(self.state);
      self.pendingBytes = new Uint8Array(0);
      return None;
    },
  });

  // ---- MultibyteStreamReader ----
  const readerType = nativeType("_multibytecodec", "MultibyteStreamReader");
  defNew(readerType, (args, kw) => {
    const [stream, errors] = streamArgs("StreamReader", args, kw);
    const self = contextNew(args[0] as PyType, errors, stream);
    self.codec.decInit?.(self.state);
    return self;
  });
  noInit(readerType);
  errorsGetSet(readerType);
  defGetSet(readerType, "stream", (self) => ctx(self, readerType, "stream").stream);
  defMethods(readerType, {
    read(args) {
      checkArgs("read", args, null, 0, 1);
      return streamRead(ctx(args[0], readerType, "read"), "read", sizeArg(args[1]));
    },
    readline(args) {
      checkArgs("readline", args, null, 0, 1);
      return streamRead(ctx(args[0], readerType, "readline"), "readline", sizeArg(args[1]));
    },
    readlines(args) {
      checkArgs("readlines", args, null, 0, 1);
      const r = streamRead(ctx(args[0], readerType, "readlines"), "read", sizeArg(args[1]));
      return call(getAttr(r, "splitlines"), [True]);
    },
    reset(args) {
      const self = ctx(args[0], readerType, "reset");
      checkArgs("reset", args, null, 0, 0);
      self.codec.decReset?.(self.state);
      self.pendingBytes = new Uint8Array(0);
      return None;
    },
  });

  // ---- MultibyteStreamWriter ----
  const writerType = nativeType("_multibytecodec", "MultibyteStreamWriter");
  defNew(writerType, (args, kw) => {
    const [stream, errors] = streamArgs("StreamWriter", args, kw);
    const self = contextNew(args[0] as PyType, errors, stream);
    self.codec.encInit?.(self.state);
    return self;
  });
  noInit(writerType);
  errorsGetSet(writerType);
  defGetSet(writerType, "stream", (self) => ctx(self, writerType, "stream").stream);
  const iwrite = (self: CodecContext, v: PyValue): void => {
    const b = encodeStateful(self, v, false);
    call(getAttr(self.stream, "write"), [new PyBytes(b)]);
  };
  defMethods(writerType, {
    write(args) {
      checkArgs("write", args, null, 1, 1);
      iwrite(ctx(args[0], writerType, "write"), args[1]);
      return None;
    },
    writelines(args) {
      checkArgs("writelines", args, null, 1, 1);
      const self = ctx(args[0], writerType, "writelines");
      const lines = args[1];
      if (typeOf(lines).lookup("__getitem__") === undefined || isInstance(lines, dictType)) {
        typeError("arg must be a sequence object");
      }
      for (const line of toArray(lines)) iwrite(self, line);
      return None;
    },
    reset(args) {
      const self = ctx(args[0], writerType, "reset");
      checkArgs("reset", args, null, 0, 0);
      if (self.pendingText === "") return None;
      const text = self.pendingText;
      self.pendingText = "";
      const r = encodeRun(self.codec, self.state, text, codePoints(text), self.errors, true, true);
      if (r.bytes.length > 0) call(getAttr(self.stream, "write"), [new PyBytes(r.bytes)]);
      return None;
    },
  });

  defFunctions(d, "_multibytecodec", {
    __create_codec(args) {
      checkArgs("__create_codec", args, null, 1, 1, 0);
      return raiseError(E.ValueError, "argument type invalid");
    },
  });
  d.set("MultibyteIncrementalEncoder", encType);
  d.set("MultibyteIncrementalDecoder", decType);
  d.set("MultibyteStreamReader", readerType);
  d.set("MultibyteStreamWriter", writerType);
});
