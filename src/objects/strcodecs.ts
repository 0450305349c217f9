// str.encode and bytes.decode for the codecs CPython implements in C and uses most: utf-8
// (and utf-8-sig), ascii, latin-1, utf-16 and utf-32 (with and without BOM, both byte orders),
// with the built-in error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace
// (encoding only), namereplace (encoding only), surrogateescape and surrogatepass.
//
// Errors follow CPython 3.11 exactly: which input range each error covers (that decides how
// many U+FFFD 'replace' produces and the positions in the message), the reason text, and the
// codec name in the message (which is not always the name asked for: utf-16 decoding reports
// 'utf-16-le'). Encoding positions are code points, decoding positions are bytes.
//
// Fast paths: valid UTF-8 decodes through TextDecoder (which is as strict as CPython's
// decoder); strings without lone surrogates encode through TextEncoder; ASCII/Latin-1 through
// Buffer's latin1 conversion.

import { PyOpError, raise } from "./errors";
import { codePointAtUnit, isHighSurrogate, isLowSurrogate, isNarrow } from "./strcore";
import { nameOf } from "../unicode/names";

// ---- exceptions ---------------------------------------------------------------------------------

export function charEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/**
 * UnicodeEncodeError / UnicodeDecodeError with the attributes the exception object carries
 * (encoding, object, start, end, reason); `msg` is str(exc).
 */
export class PyUnicodeError extends PyOpError {
  constructor(
    type: "UnicodeEncodeError" | "UnicodeDecodeError",
    readonly encoding: string,
    readonly object: string | Uint8Array,
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(type, unicodeErrorMessage(type, encoding, object, start, end, reason));
  }
}

function unicodeErrorMessage(
  type: string,
  encoding: string,
  object: string | Uint8Array,
  start: number,
  end: number,
  reason: string,
): string {
  if (typeof object === "string") {
    if (end === start + 1) {
      const cp = Array.from(object)[start].codePointAt(0)!;
      return `'${encoding}' codec can't encode character '${charEscape(cp)}' in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  if (end === start + 1) {
    const b = object[start].toString(16).padStart(2, "0");
    return `'${encoding}' codec can't decode byte 0x${b} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}

// ---- codec and handler names --------------------------------------------------------------------

export const enum Codec {
  Utf8,
  Utf8Sig,
  Ascii,
  Latin1,
  Utf16,
  Utf16LE,
  Utf16BE,
  Utf32,
  Utf32LE,
  Utf32BE,
}

// encodings.aliases, for the codecs above, after encodings.normalize_encoding.
const CODEC_NAMES: Record<string, Codec> = {
  utf_8: Codec.Utf8, utf8: Codec.Utf8, u8: Codec.Utf8, utf: Codec.Utf8, utf8_ucs2: Codec.Utf8,
  utf8_ucs4: Codec.Utf8, cp65001: Codec.Utf8,
  utf_8_sig: Codec.Utf8Sig,
  ascii: Codec.Ascii, us_ascii: Codec.Ascii, "646": Codec.Ascii, ansi_x3_4_1968: Codec.Ascii,
  ansi_x3_4_1986: Codec.Ascii, "ansi_x3.4_1968": Codec.Ascii, "ansi_x3.4_1986": Codec.Ascii,
  cp367: Codec.Ascii, csascii: Codec.Ascii, ibm367: Codec.Ascii, iso646_us: Codec.Ascii,
  "iso_646.irv_1991": Codec.Ascii, iso_ir_6: Codec.Ascii, us: Codec.Ascii,
  latin_1: Codec.Latin1, latin1: Codec.Latin1, latin: Codec.Latin1, l1: Codec.Latin1,
  iso8859_1: Codec.Latin1, iso_8859_1: Codec.Latin1, "8859": Codec.Latin1, cp819: Codec.Latin1,
  iso_ir_100: Codec.Latin1, csisolatin1: Codec.Latin1, iso_8859_1_1987: Codec.Latin1, ibm819: Codec.Latin1,
  utf_16: Codec.Utf16, utf16: Codec.Utf16, u16: Codec.Utf16,
  utf_16_le: Codec.Utf16LE, utf_16le: Codec.Utf16LE, unicodelittleunmarked: Codec.Utf16LE,
  utf_16_be: Codec.Utf16BE, utf_16be: Codec.Utf16BE, unicodebigunmarked: Codec.Utf16BE,
  utf_32: Codec.Utf32, utf32: Codec.Utf32, u32: Codec.Utf32,
  utf_32_le: Codec.Utf32LE, utf_32le: Codec.Utf32LE,
  utf_32_be: Codec.Utf32BE, utf_32be: Codec.Utf32BE,
};

// The bytes-to-bytes and str-to-str codecs that str.encode/bytes.decode refuse by name.
const NON_TEXT = new Set([
  "base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex", "quopri_codec",
  "quopri", "quotedprintable", "quoted_printable", "uu_codec", "uu", "zlib_codec", "zip", "zlib",
  "rot_13", "rot13",
]);

/** encodings.normalize_encoding followed by lower-casing, as codecs.lookup sees the name. */
function normalizeEncoding(name: string): string {
  let out = "";
  let punct = false;
  for (const ch of name.toLowerCase()) {
    if ((ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") || ch === "." || ch > "\x7f") {
      if (punct && out.length > 0) out += "_";
      out += ch;
      punct = false;
    } else punct = true;
  }
  return out;
}

/**
 * The names str.encode/bytes.decode handle in C without the codec registry (after
 * normalization). Through the registry, a LookupError or TypeError raised while coding (an
 * unknown error handler, xmlcharrefreplace when decoding) is rewrapped as
 * "encoding with 'NAME' codec failed (Type: message)"; this quirk is copied from CPython.
 */
const FAST_PATH_NAMES = new Set([
  "utf_8", "utf8", "utf_16", "utf16", "utf_32", "utf32", "ascii", "us_ascii", "latin_1", "latin1",
  "iso_8859_1", "iso8859_1",
]);

function viaRegistry<T>(encoding: string, what: "encoding" | "decoding", run: () => T): T {
  if (FAST_PATH_NAMES.has(normalizeEncoding(encoding))) return run();
  try {
    return run();
  } catch (e) {
    if (e instanceof PyOpError && !(e instanceof PyUnicodeError) && (e.type === "LookupError" || e.type === "TypeError")) {
      raise(e.type, `${what} with '${encoding}' codec failed (${e.type}: ${e.msg})`);
    }
    throw e;
  }
}

/**
 * Text encodings beyond the native ones, through the codec registry (the `encodings` package);
 * set by the _codecs module. Each returns undefined when the registry has no such codec.
 */
export interface RegistryCodecs {
  encode(s: string, encoding: string, errors: string): Uint8Array | undefined;
  decode(b: Uint8Array, encoding: string, errors: string): string | undefined;
}

let registryCodecs: RegistryCodecs | null = null;

export function setRegistryCodecs(r: RegistryCodecs): void {
  registryCodecs = r;
}

/** The codec for an encoding name, or undefined; LookupError for non-text codecs. */
function nativeCodec(encoding: string): Codec | undefined {
  const norm = normalizeEncoding(encoding);
  const c = CODEC_NAMES[norm];
  if (c !== undefined) return c;
  if (NON_TEXT.has(norm)) {
    raise("LookupError", `'${encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs`);
  }
  return undefined;
}

/** The codec for an encoding name; LookupError for unknown ones and non-text codecs. */
export function lookupCodec(encoding: string): Codec {
  const c = nativeCodec(encoding);
  if (c === undefined) raise("LookupError", `unknown encoding: ${encoding}`);
  return c;
}

export const enum Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  XmlCharRefReplace,
  NameReplace,
  SurrogateEscape,
  SurrogatePass,
}

const HANDLERS: Record<string, Handler> = {
  strict: Handler.Strict, ignore: Handler.Ignore, replace: Handler.Replace,
  backslashreplace: Handler.BackslashReplace, xmlcharrefreplace: Handler.XmlCharRefReplace,
  namereplace: Handler.NameReplace, surrogateescape: Handler.SurrogateEscape,
  surrogatepass: Handler.SurrogatePass,
};

/**
 * An error handler registered with codecs.register_error (a Python callable), as the codecs
 * see it: given the error, it returns the replacement and the position where coding resumes
 * (already made absolute and checked against the input's length). Encoding positions are code
 * points; an encoding replacement is a str (encoded by the codec) or bytes (written as is).
 */
export interface CustomHandler {
  decode(encoding: string, object: Uint8Array, start: number, end: number, reason: string): [string, number];
  encode(encoding: string, object: string, start: number, end: number, reason: string): [string | Uint8Array, number];
}

export type ErrorHandler = Handler | CustomHandler;

/** Finds handlers registered from Python (set by the _codecs module); throws LookupError. */
let customHandlerLookup: ((name: string) => CustomHandler) | null = null;

export function setCustomHandlerLookup(f: (name: string) => CustomHandler): void {
  customHandlerLookup = f;
}

/** The built-in handler of that name, if it is one. */
export function builtinHandler(errors: string): Handler | undefined {
  return HANDLERS[errors];
}

/** The handler for an `errors` name; looked up only when an error occurs, as CPython does. */
export function lookupHandler(errors: string): ErrorHandler {
  const h = HANDLERS[errors];
  if (h !== undefined) return h;
  if (customHandlerLookup !== null) return customHandlerLookup(errors);
  return raise("LookupError", `unknown error handler name '${errors}'`);
}

// ---- byte output --------------------------------------------------------------------------------

export class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(capacity, 16));
  }
  private grow(need: number): void {
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + need));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  byte(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  bytes(b: Uint8Array): void {
    if (this.len + b.length > this.buf.length) this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

// ---- encoding -----------------------------------------------------------------------------------

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

/** Writes one code point in the codec's form (utf-8, latin-1/ascii byte, utf-16 or utf-32 units). */
type UnitWriter = (out: ByteWriter, cp: number) => void;

function writeUtf8(out: ByteWriter, cp: number): void {
  if (cp < 0x80) out.byte(cp);
  else if (cp < 0x800) {
    out.byte(0xc0 | (cp >> 6));
    out.byte(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    out.byte(0xe0 | (cp >> 12));
    out.byte(0x80 | ((cp >> 6) & 0x3f));
    out.byte(0x80 | (cp & 0x3f));
  } else {
    out.byte(0xf0 | (cp >> 18));
    out.byte(0x80 | ((cp >> 12) & 0x3f));
    out.byte(0x80 | ((cp >> 6) & 0x3f));
    out.byte(0x80 | (cp & 0x3f));
  }
}

function utf16Writer(le: boolean): UnitWriter {
  const unit = (out: ByteWriter, u: number): void => {
    if (le) {
      out.byte(u & 0xff);
      out.byte(u >> 8);
    } else {
      out.byte(u >> 8);
      out.byte(u & 0xff);
    }
  };
  return (out, cp) => {
    if (cp < 0x10000) unit(out, cp);
    else {
      unit(out, 0xd800 + ((cp - 0x10000) >> 10));
      unit(out, 0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  };
}

function utf32Writer(le: boolean): UnitWriter {
  return (out, cp) => {
    if (le) {
      out.byte(cp & 0xff);
      out.byte((cp >> 8) & 0xff);
      out.byte(cp >> 16);
      out.byte(0);
    } else {
      out.byte(0);
      out.byte(cp >> 16);
      out.byte((cp >> 8) & 0xff);
      out.byte(cp & 0xff);
    }
  };
}

/** How one encoder differs from another: its name in messages, what it cannot encode, how it
 *  writes, and how surrogatepass writes a surrogate (null: surrogatepass does not apply). */
export interface EncoderSpec {
  name: string;
  reason: string;
  /** True for a code point the codec cannot encode. */
  bad: (cp: number) => boolean;
  write: UnitWriter;
  /** Whether one error covers a run of consecutive bad characters (ascii, latin-1, utf-8) or a
   *  single one (utf-16, utf-32). */
  runs: boolean;
  passSurrogates: boolean;
  /** Whether surrogateescape's raw bytes are acceptable output (not for utf-16/32, whose
   *  encoders reject odd byte counts and so reject every single escaped byte). */
  rawBytes: boolean;
  /** Bytes per code unit: bytes from a custom handler must be a whole number of units. */
  unit: number;
  /** Whether a str replacement from a handler must be ASCII (the UTF encoders) rather than
   *  merely encodable (ascii, latin-1, charmap). */
  asciiReplacement: boolean;
}

export function encoderSpec(codec: Codec): EncoderSpec {
  switch (codec) {
    case Codec.Utf8:
    case Codec.Utf8Sig:
      return { name: "utf-8", reason: "surrogates not allowed", bad: isSurrogate, write: writeUtf8, runs: true, passSurrogates: true, rawBytes: true, unit: 1, asciiReplacement: true };
    case Codec.Ascii:
      return { name: "ascii", reason: "ordinal not in range(128)", bad: (cp) => cp >= 0x80, write: (o, cp) => o.byte(cp), runs: true, passSurrogates: false, rawBytes: true, unit: 1, asciiReplacement: false };
    case Codec.Latin1:
      return { name: "latin-1", reason: "ordinal not in range(256)", bad: (cp) => cp >= 0x100, write: (o, cp) => o.byte(cp), runs: true, passSurrogates: false, rawBytes: true, unit: 1, asciiReplacement: false };
    case Codec.Utf16:
    case Codec.Utf16LE:
    case Codec.Utf16BE: {
      const name = codec === Codec.Utf16 ? "utf-16" : codec === Codec.Utf16LE ? "utf-16-le" : "utf-16-be";
      return { name, reason: "surrogates not allowed", bad: isSurrogate, write: utf16Writer(codec !== Codec.Utf16BE), runs: false, passSurrogates: true, rawBytes: false, unit: 2, asciiReplacement: true };
    }
    case Codec.Utf32:
    case Codec.Utf32LE:
    case Codec.Utf32BE: {
      const name = codec === Codec.Utf32 ? "utf-32" : codec === Codec.Utf32LE ? "utf-32-le" : "utf-32-be";
      return { name, reason: "surrogates not allowed", bad: isSurrogate, write: utf32Writer(codec !== Codec.Utf32BE), runs: false, passSurrogates: true, rawBytes: false, unit: 4, asciiReplacement: true };
    }
  }
}

/** str.encode(encoding='utf-8', errors='strict') */
export function strEncode(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  const codec = nativeCodec(encoding);
  if (codec === undefined) {
    const r = registryCodecs?.encode(s, encoding, errors);
    if (r === undefined) raise("LookupError", `unknown encoding: ${encoding}`);
    return r;
  }
  return viaRegistry(encoding, "encoding", () => encodeAs(codec, s, errors));
}

export function encodeAs(codec: Codec, s: string, errors: string): Uint8Array {
  switch (codec) {
    case Codec.Utf8:
      if (isNarrow(s) || !LONE_SURROGATE.test(s)) return new TextEncoder().encode(s);
      break;
    case Codec.Ascii:
      if (!/[^\x00-\x7f]/.test(s)) return latin1Bytes(s);
      break;
    case Codec.Latin1:
      if (!/[^\x00-\xff]/.test(s)) return latin1Bytes(s);
      break;
    default:
      break;
  }
  const spec = encoderSpec(codec);
  const out = new ByteWriter(s.length + 4);
  if (codec === Codec.Utf8Sig) out.bytes(Uint8Array.of(0xef, 0xbb, 0xbf));
  else if (codec === Codec.Utf16) out.bytes(Uint8Array.of(0xff, 0xfe));
  else if (codec === Codec.Utf32) out.bytes(Uint8Array.of(0xff, 0xfe, 0, 0));
  encodeWith(spec, s, errors, out);
  return out.result();
}

function latin1Bytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** The code points of s (error positions and runs are counted in them). */
export function codePoints(s: string): number[] {
  const cps: number[] = [];
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    cps.push(cp);
    u += cp > 0xffff ? 2 : 1;
  }
  return cps;
}

export function encodeWith(spec: EncoderSpec, s: string, errors: string, out: ByteWriter): void {
  const cps = codePoints(s);
  let handler: ErrorHandler | undefined;
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (!spec.bad(cp)) {
      spec.write(out, cp);
      i++;
      continue;
    }
    let end = i + 1;
    if (spec.runs) while (end < cps.length && spec.bad(cps[end])) end++;
    handler ??= lookupHandler(errors);
    i = encodeError(spec, handler, s, cps, i, end, out);
  }
}

/** Handles the unencodable characters [start, end) and returns where encoding resumes. */
export function encodeError(spec: EncoderSpec, handler: ErrorHandler, s: string, cps: number[], start: number, end: number, out: ByteWriter): number {
  const fail = (from: number): never => {
    throw new PyUnicodeError("UnicodeEncodeError", spec.name, s, from, end, spec.reason);
  };
  const text = (t: string): void => {
    for (const cp of codePoints(t)) {
      if (spec.asciiReplacement ? cp >= 0x80 : spec.bad(cp)) fail(start);
    }
    for (const cp of codePoints(t)) spec.write(out, cp);
  };
  if (typeof handler !== "number") {
    const [rep, pos] = handler.encode(spec.name, s, start, end, spec.reason);
    if (typeof rep === "string") text(rep);
    else if (!spec.rawBytes && rep.length % spec.unit !== 0) fail(start);
    else out.bytes(rep);
    return pos;
  }
  switch (handler) {
    case Handler.Strict:
      return fail(start);
    case Handler.Ignore:
      return end;
    case Handler.Replace:
      for (let k = start; k < end; k++) text("?");
      return end;
    case Handler.BackslashReplace:
      for (let k = start; k < end; k++) text(charEscape(cps[k]));
      return end;
    case Handler.XmlCharRefReplace:
      for (let k = start; k < end; k++) text(`&#${cps[k]};`);
      return end;
    case Handler.NameReplace:
      for (let k = start; k < end; k++) {
        const name = nameOf(cps[k]);
        text(name === undefined ? charEscape(cps[k]) : `\\N{${name}}`);
      }
      return end;
    case Handler.SurrogateEscape:
      // U+DC80..U+DCFF stand for the bytes 0x80..0xff; the first other character fails the
      // rest of the run.
      for (let k = start; k < end; k++) {
        const cp = cps[k];
        if (!spec.rawBytes || cp < 0xdc80 || cp > 0xdcff) return fail(k);
        out.byte(cp - 0xdc00);
      }
      return end;
    case Handler.SurrogatePass:
      if (!spec.passSurrogates) return fail(start);
      for (let k = start; k < end; k++) {
        if (!isSurrogate(cps[k])) return fail(k);
        spec.write(out, cps[k]);
      }
      return end;
  }
}

// ---- decoding -----------------------------------------------------------------------------------

/** bytes.decode(encoding='utf-8', errors='strict') */
export function bytesDecode(b: Uint8Array, encoding = "utf-8", errors = "strict"): string {
  // Quirk copied from CPython: empty input decodes to "" before the codec is even looked up.
  if (b.length === 0) return "";
  const codec = nativeCodec(encoding);
  if (codec === undefined) {
    const r = registryCodecs?.decode(b, encoding, errors);
    if (r === undefined) raise("LookupError", `unknown encoding: ${encoding}`);
    return r;
  }
  return viaRegistry(encoding, "decoding", () => decodeAs(codec, b, errors));
}

function decodeAs(codec: Codec, b: Uint8Array, errors: string): string {
  switch (codec) {
    case Codec.Utf8:
      return decodeUtf8(b, 0, errors);
    case Codec.Utf8Sig:
      return decodeUtf8(b, b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0, errors);
    case Codec.Latin1:
      return latin1String(b, 0, b.length);
    case Codec.Ascii:
      return decodeAscii(b, errors);
    case Codec.Utf16:
    case Codec.Utf16LE:
    case Codec.Utf16BE:
      return decodeUtf16(b, codec, errors);
    case Codec.Utf32:
    case Codec.Utf32LE:
    case Codec.Utf32BE:
      return decodeUtf32(b, codec, errors);
  }
}

/** Bytes [from, to) as code points U+0000..U+00FF. */
export function latin1String(b: Uint8Array, from: number, to: number): string {
  return Buffer.from(b.buffer, b.byteOffset + from, to - from).toString("latin1");
}

/** Runs a decoder that reports errors to a sink built from `errors`. */
export class Decoding {
  out = "";
  private handler: ErrorHandler | undefined;
  constructor(
    readonly name: string,
    readonly b: Uint8Array,
    readonly errors: string,
    /** surrogatepass for this codec: the surrogate at byte `at` and its length, or null. */
    readonly passSurrogate: (at: number) => [number, number] | null,
  ) {}

  /** Handles the error and returns where decoding resumes. */
  error(start: number, end: number, reason: string): number {
    const h = (this.handler ??= lookupHandler(this.errors));
    const fail = (): never => {
      throw new PyUnicodeError("UnicodeDecodeError", this.name, this.b, start, end, reason);
    };
    if (typeof h !== "number") {
      const [rep, pos] = h.decode(this.name, this.b, start, end, reason);
      this.out += rep;
      return pos;
    }
    switch (h) {
      case Handler.Strict:
        return fail();
      case Handler.Ignore:
        return end;
      case Handler.Replace:
        this.out += "\ufffd";
        return end;
      case Handler.BackslashReplace:
        for (let k = start; k < end; k++) this.out += "\\x" + this.b[k].toString(16).padStart(2, "0");
        return end;
      case Handler.SurrogateEscape: {
        // Bytes 0x80..0xff up to the first ASCII byte become U+DC80..U+DCFF.
        let k = start;
        while (k < end && this.b[k] >= 0x80) this.out += String.fromCharCode(0xdc00 + this.b[k++]);
        if (k === start) fail();
        return k;
      }
      case Handler.SurrogatePass: {
        const r = this.passSurrogate(start);
        if (r === null) fail();
        this.out += String.fromCharCode(r![0]);
        return start + r![1];
      }
      case Handler.XmlCharRefReplace:
      case Handler.NameReplace:
        return raise("TypeError", "don't know how to handle UnicodeDecodeError in error callback");
    }
  }
}

export function decodeAscii(b: Uint8Array, errors: string): string {
  let i = 0;
  while (i < b.length && b[i] < 0x80) i++;
  if (i === b.length) return latin1String(b, 0, b.length);
  const d = new Decoding("ascii", b, errors, () => null);
  let from = 0;
  while (i < b.length) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    d.out += latin1String(b, from, i);
    i = from = d.error(i, i + 1, "ordinal not in range(128)");
  }
  return d.out + latin1String(b, from, b.length);
}

let utf8Decoder: TextDecoder | undefined;

function decodeUtf8(b: Uint8Array, start: number, errors: string): string {
  return decodeUtf8Stateful(b, start, errors, true)[0];
}

/**
 * UTF-8 from byte `start`: the text and how many bytes were consumed. Unless `final`, an
 * incomplete sequence at the end is left for the next call instead of being an error.
 */
export function decodeUtf8Stateful(b: Uint8Array, start: number, errors: string, final: boolean): [string, number] {
  const view = start === 0 ? b : b.subarray(start);
  try {
    // fatal: any invalid sequence throws; ignoreBOM: keep a leading U+FEFF as CPython does.
    return [(utf8Decoder ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true })).decode(view), b.length];
  } catch {
    return decodeUtf8Slow(b, start, errors, final);
  }
}

/** The second byte's valid range for a lead byte: [lo, hi]. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** A UTF-8 encoded surrogate (ED A0..BF 80..BF) at `at`, for surrogatepass. */
function utf8Surrogate(b: Uint8Array, at: number): [number, number] | null {
  if (at + 2 < b.length && b[at] === 0xed && (b[at + 1] & 0xe0) === 0xa0 && (b[at + 2] & 0xc0) === 0x80) {
    return [0xd000 | ((b[at + 1] & 0x3f) << 6) | (b[at + 2] & 0x3f), 3];
  }
  return null;
}

/**
 * UTF-8 with CPython's error ranges: an invalid lead byte is one error; a lead byte followed by
 * fewer continuation bytes than it needs is one error over the lead and the valid continuation
 * bytes ("unexpected end of data" when the input ends there, "invalid continuation byte"
 * otherwise). The second byte's range excludes overlong forms, surrogates and values past
 * U+10FFFF, so those fail at the second byte.
 */
function decodeUtf8Slow(b: Uint8Array, start: number, errors: string, final: boolean): [string, number] {
  const d = new Decoding("utf-8", b, errors, (at) => utf8Surrogate(b, at));
  const n = b.length;
  let i = start;
  let from = start; // start of the pending valid run, decoded in one call
  const flush = (to: number): void => {
    if (to > from) d.out += new TextDecoder("utf-8", { ignoreBOM: true }).decode(b.subarray(from, to));
  };
  while (i < n) {
    const lead = b[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) need = 2;
    else if (lead >= 0xf0 && lead <= 0xf4) need = 3;
    else {
      flush(i);
      i = from = d.error(i, i + 1, "invalid start byte");
      continue;
    }
    const [lo, hi] = secondByteRange(lead);
    let k = 1;
    let ok = true;
    for (; k <= need; k++) {
      if (i + k >= n) {
        ok = false;
        break;
      }
      const c = b[i + k];
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
    }
    if (ok) {
      i += need + 1;
      continue;
    }
    flush(i);
    if (i + k >= n) {
      if (!final) return [d.out, i];
      i = from = d.error(i, n, "unexpected end of data");
    } else i = from = d.error(i, i + k, "invalid continuation byte");
  }
  flush(n);
  return [d.out, n];
}

function decodeUtf16(b: Uint8Array, codec: Codec, errors: string): string {
  return decodeUtf16Stateful(b, codec === Codec.Utf16 ? 0 : codec === Codec.Utf16LE ? -1 : 1, errors, true)[0];
}

/**
 * UTF-16 in byte order `bo` (-1 little-endian, 1 big-endian, 0: from a BOM if there is one,
 * else little-endian). Returns the text, the bytes consumed and the byte order (0 if it was
 * never decided), as _codecs.utf_16_ex_decode reports them.
 */
export function decodeUtf16Stateful(b: Uint8Array, bo: number, errors: string, final: boolean): [string, number, number] {
  let i = 0;
  if (bo === 0 && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) {
      bo = -1;
      i = 2;
    } else if (b[0] === 0xfe && b[1] === 0xff) {
      bo = 1;
      i = 2;
    }
  }
  const le = bo !== 1;
  const n = b.length;
  const unitAt = (at: number): number => (le ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1]);
  // CPython names the byte order it decoded, even for 'utf-16'.
  const d = new Decoding(le ? "utf-16-le" : "utf-16-be", b, errors, (at) =>
    at + 1 < n && isHighSurrogate(unitAt(at)) !== isLowSurrogate(unitAt(at)) ? [unitAt(at), 2] : null,
  );
  let units: number[] = [];
  const flush = (): void => {
    for (let k = 0; k < units.length; k += 4096) d.out += String.fromCharCode(...units.slice(k, k + 4096));
    units = [];
  };
  while (i < n) {
    if (i + 1 >= n) {
      flush();
      if (!final) break;
      i = d.error(i, n, "truncated data");
      continue;
    }
    const u = unitAt(i);
    if (!isHighSurrogate(u) && !isLowSurrogate(u)) {
      units.push(u);
      i += 2;
    } else if (isLowSurrogate(u)) {
      flush();
      i = d.error(i, i + 2, "illegal encoding");
    } else if (i + 3 >= n) {
      flush();
      if (!final) break;
      i = d.error(i, n, "unexpected end of data");
    } else {
      const v = unitAt(i + 2);
      if (isLowSurrogate(v)) {
        units.push(u, v);
        i += 4;
      } else {
        flush();
        i = d.error(i, i + 2, "illegal UTF-16 surrogate");
      }
    }
  }
  flush();
  return [d.out, i, bo];
}

function decodeUtf32(b: Uint8Array, codec: Codec, errors: string): string {
  return decodeUtf32Stateful(b, codec === Codec.Utf32 ? 0 : codec === Codec.Utf32LE ? -1 : 1, errors, true)[0];
}

/** UTF-32 in byte order `bo`, as decodeUtf16Stateful. */
export function decodeUtf32Stateful(b: Uint8Array, bo: number, errors: string, final: boolean): [string, number, number] {
  let i = 0;
  if (bo === 0 && b.length >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) {
      bo = -1;
      i = 4;
    } else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      bo = 1;
      i = 4;
    }
  }
  const le = bo !== 1;
  const n = b.length;
  const cpAt = (at: number): number =>
    le
      ? (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0
      : ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
  const d = new Decoding(le ? "utf-32-le" : "utf-32-be", b, errors, (at) =>
    at + 3 < n && isSurrogate(cpAt(at)) ? [cpAt(at), 4] : null,
  );
  while (i < n) {
    if (i + 3 >= n) {
      if (!final) break;
      i = d.error(i, n, "truncated data");
      continue;
    }
    const cp = cpAt(i);
    if (cp > 0x10ffff) i = d.error(i, i + 4, "code point not in range(0x110000)");
    else if (isSurrogate(cp)) i = d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
    else {
      d.out += String.fromCodePoint(cp);
      i += 4;
    }
  }
  return [d.out, i, bo];
}
