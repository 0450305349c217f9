// _codecs: the codec registry (register/lookup, used by the `encodings` package and codecs.py),
// the error handler registry (register_error/lookup_error and the built-in handlers as callable
// functions), and the codec functions the `encodings` modules wrap (utf_8_encode, ...).
//
// The codecs themselves live in src/objects/strcodecs.ts (utf-8/16/32, latin-1, ascii) and
// src/objects/morecodecs.ts (utf-7, charmap, the escape codecs). This file parses arguments,
// builds the (result, consumed) tuples, and connects the codecs to Python: handlers registered
// with register_error are called with real UnicodeDecodeError/UnicodeEncodeError objects, and
// str.encode/bytes.decode fall back to the registry for encodings with no native codec.

import { call, getAttr, getAttrOpt, index, isInstance, str, strValue, toArray, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { PyBaseException, raiseError, toPyException, typeError } from "../objects/exceptions";
import { intValue } from "../objects/abstract";
import { defMethods } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { bytesData } from "../objects/pystr";
import { cpLength } from "../objects/strcore";
import {
  charEscape, Codec, CustomHandler, decodeAscii, decodeUtf16Stateful, decodeUtf32Stateful,
  decodeUtf8Stateful, encodeAs, latin1String, PyUnicodeError, setCustomHandlerLookup, setRegistryCodecs,
  codePoints,
} from "../objects/strcodecs";
import {
  charmapDecode, charmapEncode, CharmapDecoder, CharmapEncoder, escapeDecode, escapeEncode, rawUnicodeEscapeDecode,
  rawUnicodeEscapeEncode, unicodeEscapeDecode, unicodeEscapeEncode, utf7Decode, utf7Encode,
} from "../objects/morecodecs";
import { nameOf } from "../unicode/names";
import {
  None, NativeFn, PyBuiltinFunction, PyBytes, PyObject, PyTuple, PyType, PyValue, tupleType, typeOf,
} from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";
import { checkArgs } from "../objects/native";
import { importModuleLevel } from "../vm/import";
import { sourceCodecs } from "../parser/source";

// ---- argument conversion (Argument Clinic's messages) -------------------------------------------

function strArg(fname: string, pos: number, v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument ${pos} must be str, not ${typeName(v)}`);
  return s;
}

/** An `errors` argument: None (or absent) means strict. */
function errorsArg(fname: string, pos: number, v: PyValue | undefined): string {
  if (v === undefined || v === None) return "strict";
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument ${pos} must be str or None, not ${typeName(v)}`);
  return s;
}

/** A bytes-like argument ("y*"). */
function bufferArg(v: PyValue): Uint8Array {
  const b = bytesData(v);
  if (b === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b.slice();
}

/** A str or bytes-like argument ("s*"): str is taken as its UTF-8 bytes. */
function textOrBufferArg(v: PyValue): Uint8Array {
  const s = strValue(v);
  if (s !== undefined) return encodeAs(Codec.Utf8, s, "strict");
  return bufferArg(v);
}

/** An int argument (`final`, `byteorder`): ints only, no __index__-less objects. */
function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v === "boolean") return v ? 1 : 0;
  const i = intValue(v) ?? (typeOf(v).lookup("__index__") !== undefined ? index(v) : undefined);
  if (i === undefined) typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof i === "bigint") return i > 0n ? 2 ** 31 : -(2 ** 31);
  return i;
}

function pair(a: PyValue, n: number): PyTuple {
  return new PyTuple([a, n]);
}

// ---- the codec registry -------------------------------------------------------------------------

const searchFunctions: PyValue[] = [];
const codecCache = new Map<string, PyValue>();
let encodingsImported = false;

/**
 * How the registry normalizes a name before searching: ASCII letters lower-cased, digits and
 * '.' kept, and every run of other characters one '_' between two kept characters (CPython
 * 3.11's _Py_normalize_encoding).
 */
function normalizeName(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name) {
    const lower = ch >= "A" && ch <= "Z" ? ch.toLowerCase() : ch;
    if ((lower >= "a" && lower <= "z") || (lower >= "0" && lower <= "9") || lower === ".") {
      if (punct && out.length > 0) out += "_";
      out += lower;
      punct = false;
    } else punct = true;
  }
  return out;
}

// Source files in encodings TextDecoder does not know are decoded by the registry's codecs.
sourceCodecs.decode = (encoding, data) => {
  const info = lookupCodecInfo(encoding);
  if (info === undefined) return null;
  const r = call(toArray(info)[1], [new PyBytes(data), "strict"]);
  return strValue(toArray(r)[0]) ?? null;
};

/** CPython imports `encodings` (which registers its search function) on the first lookup. */
function ensureEncodings(): void {
  if (encodingsImported) return;
  encodingsImported = true;
  try {
    importModuleLevel("encodings", None, None, 0);
  } catch (e) {
    // Without the standard library on sys.path the registry holds only what users register.
    const exc = toPyException(e);
    if (!isInstance(exc, E.ImportError)) throw e;
  }
}

/** The CodecInfo for a name, or undefined when no search function knows it. */
function lookupCodecInfo(encoding: string): PyValue | undefined {
  if (encoding.includes("\0")) raiseError(E.ValueError, "embedded null character");
  ensureEncodings();
  const norm = normalizeName(encoding);
  const cached = codecCache.get(norm);
  if (cached !== undefined) return cached;
  for (const f of [...searchFunctions]) {
    const r = call(f, [norm]);
    if (r === None) continue;
    if (!isInstance(r, tupleType) || toArray(r).length !== 4) typeError("codec search functions must return 4-tuples");
    codecCache.set(norm, r);
    return r;
  }
  return undefined;
}

function lookupCodecInfoOrRaise(encoding: string): PyValue {
  const r = lookupCodecInfo(encoding);
  if (r === undefined) raiseError(E.LookupError, `unknown encoding: ${encoding}`);
  return r;
}

/** Exception types whose instances are only their message (CPython's _PyErr_TrySetFromCause test). */
const WRAPPABLE = new Set(["TypeError", "ValueError", "LookupError", "RuntimeError", "AttributeError", "IndexError",
  "KeyError", "NotImplementedError", "OverflowError", "ZeroDivisionError", "ArithmeticError", "Exception",
  "AssertionError", "BufferError", "EOFError", "MemoryError", "RecursionError", "SystemError", "UnicodeError"]);

/**
 * Whether instances of `t` carry only their message: a builtin type of WRAPPABLE, or a subclass
 * of one (binascii.Error) that defines no __init__ or __new__ of its own.
 */
function wrappableType(t: PyType): boolean {
  for (let c: PyType | null = t; c !== null; c = c.base) {
    if (E.excTypes[c.name] === c) return c.name !== "KeyError" && WRAPPABLE.has(c.name);
    if (c.ns.has("__init__") || c.ns.has("__new__")) return false;
  }
  return false;
}

/**
 * Quirk copied from CPython: an exception raised inside a codec called through the registry is
 * replaced by one of the same type saying which codec failed, chained to it, when that type
 * carries nothing but its message.
 */
function wrapCodecError(e: unknown, what: "encoding" | "decoding", encoding: string): never {
  const exc = toPyException(e);
  const args = exc.args.items;
  const onlyMessage = args.length === 0 || (args.length === 1 && strValue(args[0]) !== undefined);
  if (wrappableType(exc.cls) && exc.fields === null && exc.dict === null && onlyMessage) {
    const wrapped = E.newException(exc.cls, `${what} with '${encoding}' codec failed (${exc.cls.name}: ${str(exc)})`);
    wrapped.cause = exc;
    wrapped.context = exc;
    throw wrapped;
  }
  throw exc;
}

/** codecs.encode/decode: the codec's function at `slot` (0 encoder, 1 decoder) applied. */
function codecCall(obj: PyValue, encoding: string, errors: string, slot: 0 | 1): PyValue {
  const info = lookupCodecInfoOrRaise(encoding);
  const f = toArray(info)[slot];
  let r: PyValue;
  try {
    r = call(f, [obj, errors]);
  } catch (e) {
    wrapCodecError(e, slot === 0 ? "encoding" : "decoding", encoding);
  }
  if (!isInstance(r, tupleType) || toArray(r).length !== 2) {
    typeError(slot === 0 ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
  }
  return toArray(r)[0];
}

/** The text-encoding path of str.encode/bytes.decode for encodings without a native codec. */
function textCodec(encoding: string, slot: 0 | 1): PyValue | undefined {
  const info = lookupCodecInfo(encoding);
  if (info === undefined) return undefined;
  const isText = getAttrOpt(info, "_is_text_encoding");
  if (isText !== undefined && !truthy(isText)) {
    raiseError(E.LookupError, `'${encoding}' is not a text encoding; use codecs.${slot === 0 ? "encode" : "decode"}() to handle arbitrary codecs`);
  }
  return toArray(info)[slot];
}

setRegistryCodecs({
  encode(s, encoding, errors) {
    if (textCodec(encoding, 0) === undefined) return undefined;
    const v = codecCall(s, encoding, errors, 0);
    const b = v instanceof PyBytes ? v.data : isInstance(v, E.excTypes.Exception) ? null : bytesData(v);
    if (b === null || !(v instanceof PyBytes || typeName(v) === "bytearray")) {
      typeError(`'${encoding}' encoder returned '${typeName(v)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    }
    return b;
  },
  decode(b, encoding, errors) {
    if (textCodec(encoding, 1) === undefined) return undefined;
    const v = codecCall(new PyBytes(b), encoding, errors, 1);
    const s = strValue(v);
    if (s === undefined) {
      typeError(`'${encoding}' decoder returned '${typeName(v)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
    }
    return s;
  },
});

// ---- the error handler registry -----------------------------------------------------------------

/** Handlers by name: the built-in ones are registered at startup, as in CPython. */
const errorHandlers = new Map<string, PyValue>();

function lookupErrorHandler(name: string): PyValue {
  const h = errorHandlers.get(name);
  if (h === undefined) raiseError(E.LookupError, `unknown error handler name '${name}'`);
  return h;
}

/** A handler's (replacement, newpos) result, newpos made absolute and checked. */
function handlerResult(r: PyValue, length: number, decoding: boolean): [PyValue, number] {
  const items = r instanceof PyTuple || isInstance(r, tupleType) ? toArray(r) : null;
  const repOk = (v: PyValue): boolean => strValue(v) !== undefined || (!decoding && v instanceof PyBytes);
  if (items === null || items.length !== 2 || !repOk(items[0]) || intValue(items[1]) === undefined) {
    typeError(decoding ? "decoding error handler must return (str, int) tuple" : "encoding error handler must return (str/bytes, int) tuple");
  }
  const p = intValue(items[1])!;
  let pos = typeof p === "bigint" ? (p < 0n ? -Infinity : Infinity) : p;
  if (pos < 0) pos += length;
  if (!(pos >= 0 && pos <= length)) raiseError(E.IndexError, `position ${p} from error handler out of bounds`);
  return [items[0], pos];
}

/** Calls a handler registered from Python with an exception object describing the error. */
function customHandler(name: string): CustomHandler {
  const f = lookupErrorHandler(name);
  return {
    decode(encoding, object, start, end, reason) {
      const exc = toPyException(new PyUnicodeError("UnicodeDecodeError", encoding, object, start, end, reason));
      const [rep, pos] = handlerResult(call(f, [exc]), object.length, true);
      return [strValue(rep)!, pos];
    },
    encode(encoding, object, start, end, reason) {
      const exc = toPyException(new PyUnicodeError("UnicodeEncodeError", encoding, object, start, end, reason));
      const [rep, pos] = handlerResult(call(f, [exc]), cpLength(object), false);
      return [rep instanceof PyBytes ? rep.data : strValue(rep)!, pos];
    },
  };
}

setCustomHandlerLookup(customHandler);

// ---- the built-in handlers as functions of an exception -----------------------------------------

/** An error's object, start and end, clamped as PyUnicode*Error_GetStart/GetEnd do. */
function errorRange(exc: PyValue): { obj: PyValue; start: number; end: number } {
  const obj = getAttr(exc, "object");
  const len = obj instanceof PyBytes ? obj.data.length : cpLength(strValue(obj) ?? "");
  let start = Number(intValue(getAttr(exc, "start")) ?? 0);
  let end = Number(intValue(getAttr(exc, "end")) ?? 0);
  if (start < 0) start = 0;
  if (start >= len) start = len === 0 ? 0 : len - 1;
  if (end < 1) end = 1;
  if (end > len) end = len;
  return { obj, start, end };
}

const enum ErrKind { Encode, Decode, Translate, Other }

function errKind(exc: PyValue): ErrKind {
  if (isInstance(exc, E.UnicodeEncodeError)) return ErrKind.Encode;
  if (isInstance(exc, E.UnicodeDecodeError)) return ErrKind.Decode;
  if (isInstance(exc, E.UnicodeTranslateError)) return ErrKind.Translate;
  return ErrKind.Other;
}

function wrongException(exc: PyValue): never {
  if (!(exc instanceof PyBaseException)) typeError(`don't know how to handle ${typeName(exc)} in error callback`);
  typeError(`don't know how to handle ${typeName(exc)} in error callback`);
}

function errorChars(exc: PyValue): { cps: number[]; start: number; end: number } {
  const { obj, start, end } = errorRange(exc);
  return { cps: codePoints(strValue(obj) ?? ""), start, end };
}

function mapChars(exc: PyValue, f: (cp: number) => string): PyValue {
  const { cps, start, end } = errorChars(exc);
  let out = "";
  for (let k = start; k < end; k++) out += f(cps[k]);
  return pair(out, end);
}

/** The bytes of one surrogate in the UTF form `encoding` names, for surrogatepass. */
function utfForm(encoding: string): { size: number; le: boolean } | null {
  switch (normalizeName(encoding).replace(/_/g, "-")) {
    case "utf-8": case "utf8": return { size: 1, le: false };
    case "utf-16": case "utf-16-le": case "utf-16le": return { size: 2, le: true };
    case "utf-16-be": case "utf-16be": return { size: 2, le: false };
    case "utf-32": case "utf-32-le": case "utf-32le": return { size: 4, le: true };
    case "utf-32-be": case "utf-32be": return { size: 4, le: false };
    default: return null;
  }
}

const BUILTIN_HANDLERS: [string, string, NativeFn][] = [
  ["strict", "strict_errors", (args) => {
    const exc = args[0];
    if (exc instanceof PyBaseException) throw exc;
    return typeError("codec must pass exception instance");
  }],
  ["ignore", "ignore_errors", (args) => {
    const exc = args[0];
    if (errKind(exc) === ErrKind.Other) wrongException(exc);
    return pair("", errorRange(exc).end);
  }],
  ["replace", "replace_errors", (args) => {
    const exc = args[0];
    const kind = errKind(exc);
    if (kind === ErrKind.Other) wrongException(exc);
    const { start, end } = errorRange(exc);
    if (kind === ErrKind.Decode) return pair("\ufffd", end);
    return pair((kind === ErrKind.Encode ? "?" : "\ufffd").repeat(Math.max(end - start, 0)), end);
  }],
  ["xmlcharrefreplace", "xmlcharrefreplace_errors", (args) => {
    const exc = args[0];
    if (errKind(exc) !== ErrKind.Encode) wrongException(exc);
    return mapChars(exc, (cp) => `&#${cp};`);
  }],
  ["backslashreplace", "backslashreplace_errors", (args) => {
    const exc = args[0];
    const kind = errKind(exc);
    if (kind === ErrKind.Other) wrongException(exc);
    if (kind === ErrKind.Decode) {
      const { obj, start, end } = errorRange(exc);
      const data = obj instanceof PyBytes ? obj.data : new Uint8Array(0);
      let out = "";
      for (let k = start; k < end; k++) out += "\\x" + data[k].toString(16).padStart(2, "0");
      return pair(out, end);
    }
    return mapChars(exc, charEscape);
  }],
  ["namereplace", "namereplace_errors", (args) => {
    const exc = args[0];
    if (errKind(exc) !== ErrKind.Encode) wrongException(exc);
    return mapChars(exc, (cp) => {
      const name = nameOf(cp);
      return name === undefined ? charEscape(cp) : `\\N{${name}}`;
    });
  }],
  ["surrogateescape", "surrogateescape", (args) => {
    const exc = args[0];
    const kind = errKind(exc);
    if (kind === ErrKind.Encode) {
      const { cps, start, end } = errorChars(exc);
      const out = new Uint8Array(Math.max(end - start, 0));
      for (let k = start; k < end; k++) {
        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) throw exc;
        out[k - start] = cps[k] - 0xdc00;
      }
      return pair(new PyBytes(out), end);
    }
    if (kind === ErrKind.Decode) {
      const { obj, start, end } = errorRange(exc);
      const data = obj instanceof PyBytes ? obj.data : new Uint8Array(0);
      let out = "";
      let k = start;
      for (; k < end && k < start + 4 && data[k] >= 0x80; k++) out += String.fromCharCode(0xdc00 + data[k]);
      if (k === start) throw exc;
      return pair(out, k);
    }
    return wrongException(exc);
  }],
  ["surrogatepass", "surrogatepass", (args) => {
    const exc = args[0];
    const kind = errKind(exc);
    if (kind !== ErrKind.Encode && kind !== ErrKind.Decode) wrongException(exc);
    const form = utfForm(strValue(getAttr(exc, "encoding")) ?? "");
    if (form === null) throw exc;
    if (kind === ErrKind.Encode) {
      const { cps, start, end } = errorChars(exc);
      const out: number[] = [];
      for (let k = start; k < end; k++) {
        const cp = cps[k];
        if (cp < 0xd800 || cp > 0xdfff) throw exc;
        if (form.size === 1) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
        else {
          const bytes = form.size === 2 ? [cp & 0xff, cp >> 8] : [cp & 0xff, cp >> 8, 0, 0];
          out.push(...(form.le ? bytes : bytes.reverse()));
        }
      }
      return pair(new PyBytes(Uint8Array.from(out)), end);
    }
    const { obj, start } = errorRange(exc);
    const b = obj instanceof PyBytes ? obj.data : new Uint8Array(0);
    let cp = -1;
    if (form.size === 1) {
      if (start + 2 < b.length + 0 && (b[start] & 0xf0) === 0xe0 && (b[start + 1] & 0xc0) === 0x80 && (b[start + 2] & 0xc0) === 0x80) {
        cp = ((b[start] & 0x0f) << 12) | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f);
      }
    } else if (start + form.size <= b.length) {
      cp = 0;
      for (let k = 0; k < form.size; k++) {
        const byte = b[start + (form.le ? form.size - 1 - k : k)];
        cp = cp * 256 + byte;
      }
    }
    if (cp < 0xd800 || cp > 0xdfff) throw exc;
    return pair(String.fromCharCode(cp), start + (form.size === 1 ? 3 : form.size));
  }],
];

// ---- charmap tables -----------------------------------------------------------------------------

/** charmap_build's result for 256-character tables: the reverse of a decoding table. */
class EncodingMap extends PyObject {
  constructor(readonly map: Map<number, number>, readonly size: number) {
    super(encodingMapType);
  }
}

const encodingMapType = nativeType("builtins", "EncodingMap", undefined, 0);
defMethods(encodingMapType, {
  size(args, kwnames) {
    checkArgs("size", args, kwnames, 0, 0);
    return (args[0] as EncodingMap).size;
  },
});

function charmapBuild(table: string): PyValue {
  const chars = codePoints(table);
  if (chars.length === 256) {
    const map = new Map<number, number>();
    const level2 = new Set<number>();
    const level3 = new Set<number>();
    for (let i = 0; i < 256; i++) {
      const cp = chars[i];
      if (cp > 0xffff) break;
      if (cp === 0xfffe) continue;
      map.set(cp, i);
      level2.add(cp >> 11);
      level3.add(cp >> 7);
    }
    if (map.size + [...chars].filter((c) => c === 0xfffe).length === 256 && level2.size < 255 && level3.size < 255) {
      // The size CPython's three-level table takes (its size() method reports it).
      return new EncodingMap(map, 63 + 16 * level2.size + 128 * level3.size);
    }
  }
  const d = new PyDict();
  chars.forEach((cp, i) => d.set(cp, i));
  return d;
}

function charmapDecoder(mapping: PyValue): CharmapDecoder {
  const table = strValue(mapping);
  if (table !== undefined) {
    const cps = codePoints(table);
    return (byte) => (byte < cps.length && cps[byte] !== 0xfffe ? cps[byte] : undefined);
  }
  return (byte) => {
    const v = mappingLookup(mapping, byte);
    if (v === undefined || v === None) return undefined;
    const i = intValue(v);
    if (i !== undefined) {
      if (typeof i === "bigint" || i < 0 || i > 0x10ffff) typeError("character mapping must be in range(0x110000)");
      return i === 0xfffe ? undefined : i;
    }
    const s = strValue(v);
    if (s !== undefined) return s === "\ufffe" ? undefined : s;
    return typeError("character mapping must return integer, None or str");
  };
}

/** mapping[key], or undefined when the mapping raises LookupError (an unmapped character). */
function mappingLookup(mapping: PyValue, key: number): PyValue | undefined {
  try {
    return call(getAttr(mapping, "__getitem__"), [key]);
  } catch (e) {
    const exc = toPyException(e);
    if (isInstance(exc, E.LookupError)) return undefined;
    throw exc;
  }
}

function charmapEncoder(mapping: PyValue): CharmapEncoder {
  if (mapping instanceof EncodingMap) return (cp) => mapping.map.get(cp);
  return (cp) => {
    const v = mappingLookup(mapping, cp);
    if (v === undefined || v === None) return undefined;
    const i = intValue(v);
    if (i !== undefined) {
      if (typeof i === "bigint" || i < 0 || i > 255) typeError("character mapping must be in range(256)");
      return i;
    }
    if (v instanceof PyBytes) return v.data;
    return typeError(`character mapping must return integer, bytes or None, not ${typeName(v)}`);
  };
}

// ---- the module ---------------------------------------------------------------------------------

/** A `name(str, errors=None)` encoder returning (bytes, len(str)). */
function encoder(name: string, encode: (s: string, errors: string) => Uint8Array): [string, NativeFn] {
  return [name, (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 2, 0);
    const s = strArg(name, 1, args[0]);
    const errors = errorsArg(name, 2, args[1]);
    return pair(new PyBytes(encode(s, errors)), cpLength(s));
  }];
}

/** A `name(data, errors=None, final=False)` decoder returning (str, consumed). */
function decoder(name: string, finalDefault: boolean,
                 decode: (b: Uint8Array, errors: string, final: boolean) => [string, number],
                 text = false): [string, NativeFn] {
  return [name, (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 3, 0);
    const b = text ? textOrBufferArg(args[0]) : bufferArg(args[0]);
    const errors = errorsArg(name, 2, args[1]);
    const final = intArg(args[2], finalDefault ? 1 : 0) !== 0;
    const [s, consumed] = decode(b, errors, final);
    return pair(s, consumed);
  }];
}

/** A decoder without `final` (ascii, latin-1): consumes everything. */
function wholeDecoder(name: string, decode: (b: Uint8Array, errors: string) => string): [string, NativeFn] {
  return [name, (args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 2, 0);
    const b = bufferArg(args[0]);
    return pair(decode(b, errorsArg(name, 2, args[1])), b.length);
  }];
}

const utf16Encode = (bo: number) => (s: string, errors: string): Uint8Array =>
  encodeAs(bo === 0 ? Codec.Utf16 : bo < 0 ? Codec.Utf16LE : Codec.Utf16BE, s, errors);
const utf32Encode = (bo: number) => (s: string, errors: string): Uint8Array =>
  encodeAs(bo === 0 ? Codec.Utf32 : bo < 0 ? Codec.Utf32LE : Codec.Utf32BE, s, errors);

const codecFunctions: [string, NativeFn][] = [
  encoder("utf_8_encode", (s, e) => encodeAs(Codec.Utf8, s, e)),
  decoder("utf_8_decode", false, (b, e, f) => decodeUtf8Stateful(b, 0, e, f)),
  encoder("utf_7_encode", (s) => utf7Encode(s)),
  decoder("utf_7_decode", false, utf7Decode),
  ["utf_16_encode", (args, kwnames) => {
    checkArgs("utf_16_encode", args, kwnames, 1, 3, 0);
    const s = strArg("utf_16_encode", 1, args[0]);
    const errors = errorsArg("utf_16_encode", 2, args[1]);
    return pair(new PyBytes(utf16Encode(intArg(args[2], 0))(s, errors)), cpLength(s));
  }],
  encoder("utf_16_le_encode", utf16Encode(-1)),
  encoder("utf_16_be_encode", utf16Encode(1)),
  decoder("utf_16_decode", false, (b, e, f) => decodeUtf16Stateful(b, 0, e, f).slice(0, 2) as [string, number]),
  decoder("utf_16_le_decode", false, (b, e, f) => decodeUtf16Stateful(b, -1, e, f).slice(0, 2) as [string, number]),
  decoder("utf_16_be_decode", false, (b, e, f) => decodeUtf16Stateful(b, 1, e, f).slice(0, 2) as [string, number]),
  ["utf_16_ex_decode", (args, kwnames) => exDecode("utf_16_ex_decode", args, kwnames, decodeUtf16Stateful)],
  ["utf_32_encode", (args, kwnames) => {
    checkArgs("utf_32_encode", args, kwnames, 1, 3, 0);
    const s = strArg("utf_32_encode", 1, args[0]);
    const errors = errorsArg("utf_32_encode", 2, args[1]);
    return pair(new PyBytes(utf32Encode(intArg(args[2], 0))(s, errors)), cpLength(s));
  }],
  encoder("utf_32_le_encode", utf32Encode(-1)),
  encoder("utf_32_be_encode", utf32Encode(1)),
  decoder("utf_32_decode", false, (b, e, f) => decodeUtf32Stateful(b, 0, e, f).slice(0, 2) as [string, number]),
  decoder("utf_32_le_decode", false, (b, e, f) => decodeUtf32Stateful(b, -1, e, f).slice(0, 2) as [string, number]),
  decoder("utf_32_be_decode", false, (b, e, f) => decodeUtf32Stateful(b, 1, e, f).slice(0, 2) as [string, number]),
  ["utf_32_ex_decode", (args, kwnames) => exDecode("utf_32_ex_decode", args, kwnames, decodeUtf32Stateful)],
  encoder("latin_1_encode", (s, e) => encodeAs(Codec.Latin1, s, e)),
  wholeDecoder("latin_1_decode", (b) => latin1String(b, 0, b.length)),
  encoder("ascii_encode", (s, e) => encodeAs(Codec.Ascii, s, e)),
  wholeDecoder("ascii_decode", decodeAscii),
  encoder("unicode_escape_encode", (s) => unicodeEscapeEncode(s)),
  decoder("unicode_escape_decode", true, unicodeEscapeDecode, true),
  encoder("raw_unicode_escape_encode", (s) => rawUnicodeEscapeEncode(s)),
  decoder("raw_unicode_escape_decode", true, rawUnicodeEscapeDecode, true),
  ["charmap_encode", (args, kwnames) => {
    checkArgs("charmap_encode", args, kwnames, 1, 3, 0);
    const s = strArg("charmap_encode", 1, args[0]);
    const errors = errorsArg("charmap_encode", 2, args[1]);
    const mapping = args[2] ?? None;
    const out = mapping === None ? encodeAs(Codec.Latin1, s, errors) : charmapEncode(s, errors, charmapEncoder(mapping));
    return pair(new PyBytes(out), cpLength(s));
  }],
  ["charmap_decode", (args, kwnames) => {
    checkArgs("charmap_decode", args, kwnames, 1, 3, 0);
    const b = bufferArg(args[0]);
    const errors = errorsArg("charmap_decode", 2, args[1]);
    const mapping = args[2] ?? None;
    const out = mapping === None ? latin1String(b, 0, b.length) : charmapDecode(b, errors, charmapDecoder(mapping));
    return pair(out, b.length);
  }],
  ["charmap_build", (args, kwnames) => {
    checkArgs("charmap_build", args, kwnames, 1, 1, 0);
    const s = strValue(args[0]);
    if (s === undefined) typeError(`charmap_build() argument must be str, not ${typeName(args[0])}`);
    return charmapBuild(s);
  }],
  ["escape_encode", (args, kwnames) => {
    checkArgs("escape_encode", args, kwnames, 1, 2, 0);
    if (!(args[0] instanceof PyBytes)) typeError(`escape_encode() argument 1 must be bytes, not ${typeName(args[0])}`);
    errorsArg("escape_encode", 2, args[1]);
    return pair(new PyBytes(escapeEncode(args[0].data)), args[0].data.length);
  }],
  ["escape_decode", (args, kwnames) => {
    checkArgs("escape_decode", args, kwnames, 1, 2, 0);
    const b = textOrBufferArg(args[0]);
    return pair(new PyBytes(escapeDecode(b, errorsArg("escape_decode", 2, args[1]))), b.length);
  }],
  ["readbuffer_encode", (args, kwnames) => {
    checkArgs("readbuffer_encode", args, kwnames, 1, 2, 0);
    const b = textOrBufferArg(args[0]);
    errorsArg("readbuffer_encode", 2, args[1]);
    return pair(new PyBytes(b), b.length);
  }],
];

/** utf_16_ex_decode(data, errors=None, byteorder=0, final=False) -> (str, consumed, byteorder) */
function exDecode(name: string, args: PyValue[], kwnames: readonly string[] | null,
                  decode: (b: Uint8Array, bo: number, errors: string, final: boolean) => [string, number, number]): PyValue {
  checkArgs(name, args, kwnames, 1, 4, 0);
  const b = bufferArg(args[0]);
  const errors = errorsArg(name, 2, args[1]);
  const bo = intArg(args[2], 0);
  const final = intArg(args[3], 0) !== 0;
  const [s, consumed, order] = decode(b, bo < 0 ? -1 : bo > 0 ? 1 : 0, errors, final);
  return new PyTuple([s, consumed, order]);
}

/** codecs.encode/decode(obj, encoding='utf-8', errors='strict') */
function codecFunction(name: "encode" | "decode"): NativeFn {
  return (args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (npos > 3) typeError(`${name}() takes at most 3 arguments (${npos} given)`);
    const vals: (PyValue | undefined)[] = [args[0], args[1], args[2]].slice(0, npos);
    const params = ["obj", "encoding", "errors"];
    for (let k = 0; k < nkw; k++) {
      const idx = params.indexOf(kwnames![k]);
      if (idx < 0) typeError(`'${kwnames![k]}' is an invalid keyword argument for ${name}()`);
      if (vals[idx] !== undefined) typeError(`argument for ${name}() given by name ('${params[idx]}') and position (${idx + 1})`);
      vals[idx] = args[npos + k];
    }
    if (vals[0] === undefined) typeError(`${name}() missing required argument 'obj' (pos 1)`);
    const encoding = vals[1] === undefined ? "utf-8" : strArg(name, 2, vals[1]);
    const errors = vals[2] === undefined ? "strict" : strArg(name, 3, vals[2]);
    return codecCall(vals[0], encoding, errors, name === "encode" ? 0 : 1);
  };
}

for (const [name, fnName, fn] of BUILTIN_HANDLERS) {
  errorHandlers.set(name, new PyBuiltinFunction(fnName, fn, null, fnName, null, null));
}

defineModule("_codecs", (dict) => {
  defFunctions(dict, "_codecs", {
    register(args, kwnames) {
      checkArgs("register", args, kwnames, 1, 1, 0);
      if (typeOf(args[0]).lookup("__call__") === undefined) typeError("argument must be callable");
      searchFunctions.push(args[0]);
      return None;
    },
    unregister(args, kwnames) {
      checkArgs("unregister", args, kwnames, 1, 1, 0);
      const i = searchFunctions.indexOf(args[0]);
      if (i >= 0) {
        searchFunctions.splice(i, 1);
        codecCache.clear();
      }
      return None;
    },
    lookup(args, kwnames) {
      checkArgs("lookup", args, kwnames, 1, 1, 0);
      const s = strValue(args[0]);
      if (s === undefined) typeError(`lookup() argument must be str, not ${typeName(args[0])}`);
      return lookupCodecInfoOrRaise(s);
    },
    _forget_codec(args, kwnames) {
      checkArgs("_forget_codec", args, kwnames, 1, 1, 0);
      const s = strValue(args[0]);
      if (s === undefined) typeError(`_forget_codec() argument must be str, not ${typeName(args[0])}`);
      codecCache.delete(normalizeName(s));
      return None;
    },
    encode: codecFunction("encode"),
    decode: codecFunction("decode"),
    register_error(args, kwnames) {
      checkArgs("register_error", args, kwnames, 2, 2, 0);
      const name = strArg("register_error", 1, args[0]);
      if (typeOf(args[1]).lookup("__call__") === undefined) typeError("handler must be callable");
      errorHandlers.set(name, args[1]);
      return None;
    },
    lookup_error(args, kwnames) {
      checkArgs("lookup_error", args, kwnames, 1, 1, 0);
      const s = strValue(args[0]);
      if (s === undefined) typeError(`lookup_error() argument must be str, not ${typeName(args[0])}`);
      return lookupErrorHandler(s);
    },
    ...Object.fromEntries(codecFunctions),
  });
}, null);

