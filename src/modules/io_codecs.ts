// The incremental encoders and decoders TextIOWrapper uses: utf-8 (and utf-8-sig), latin-1 and
// ascii natively, on top of str.encode/bytes.decode (src/objects/strcodecs.ts); any other
// encoding through Python's codecs module (codecs.getincrementaldecoder/encoder), which works
// once the codecs module can be imported.
//
// A decoder's state is (pending bytes, flags) as in CPython's IncrementalDecoder.getstate();
// TextIOWrapper builds its seek/tell cookies from it.

import { call, callMethod, getAttr, getAttrOpt, intValue, repr, strValue, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { PyOpError } from "../objects/errors";
import { bytesDecode, Codec, lookupCodec, strEncode } from "../objects/strcodecs";
import { None, PyBytes, PyTuple, PyValue, True, False } from "../objects/types";
import { bytesLike } from "./io_base";
import { sysHooks } from "./builtins";

export interface IncDecoder {
  decode(input: Uint8Array, final: boolean): string;
  reset(): void;
  getstate(): [Uint8Array, number];
  setstate(buf: Uint8Array, flags: number): void;
}

export interface IncEncoder {
  /** Whether encode() of a string without lone surrogates is plain UTF-8 (the fast path). */
  readonly utf8: boolean;
  encode(s: string): Uint8Array;
  reset(): void;
  /** setstate(0): for codecs that write a BOM, do not write it (the stream is not at its start). */
  setstate(n: number): void;
}

const EMPTY = new Uint8Array(0);
const BOM = [0xef, 0xbb, 0xbf];

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many bytes at the end of `b` begin a UTF-8 sequence that more input could complete. */
function incompleteUtf8Tail(b: Uint8Array, surrogatePass: boolean): number {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const c = b[n - back];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    let need: number;
    if (c >= 0xc2 && c <= 0xdf) need = 2;
    else if (c >= 0xe0 && c <= 0xef) need = 3;
    else if (c >= 0xf0 && c <= 0xf4) need = 4;
    else return 0;
    if (back >= need) return 0;
    // The continuation bytes present must be valid for this lead byte.
    if (back >= 2) {
      const c1 = b[n - back + 1];
      if (c === 0xe0 && c1 < 0xa0) return 0;
      if (c === 0xed && c1 > 0x9f && !surrogatePass) return 0;
      if (c === 0xf0 && c1 < 0x90) return 0;
      if (c === 0xf4 && c1 > 0x8f) return 0;
    }
    return back;
  }
  return 0;
}

class Utf8Decoder implements IncDecoder {
  pending: Uint8Array = EMPTY;
  /** utf-8-sig: 1 while the BOM may still come (CPython's `first`). */
  first: number;
  constructor(readonly errors: string, readonly sig: boolean) {
    this.first = sig ? 1 : 0;
  }
  decode(input: Uint8Array, final: boolean): string {
    let data = concat(this.pending, input);
    this.pending = EMPTY;
    if (this.first) {
      if (data.length < 3) {
        let prefix = true;
        for (let i = 0; i < data.length; i++) if (data[i] !== BOM[i]) prefix = false;
        if (prefix && !final) {
          this.pending = data.slice();
          return "";
        }
      } else if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      this.first = 0;
    }
    if (!final) {
      const hold = incompleteUtf8Tail(data, this.errors === "surrogatepass");
      if (hold > 0) {
        this.pending = data.slice(data.length - hold);
        data = data.subarray(0, data.length - hold);
      }
    }
    return data.length === 0 ? "" : bytesDecode(data, "utf-8", this.errors);
  }
  reset(): void {
    this.pending = EMPTY;
    this.first = this.sig ? 1 : 0;
  }
  getstate(): [Uint8Array, number] {
    return [this.pending, this.first];
  }
  setstate(buf: Uint8Array, flags: number): void {
    this.pending = buf.slice();
    if (this.sig) this.first = flags;
  }
}

/** latin-1 and ascii: one byte per character, no state. */
class ByteDecoder implements IncDecoder {
  constructor(readonly encoding: string, readonly errors: string) {}
  decode(input: Uint8Array): string {
    return input.length === 0 ? "" : bytesDecode(input, this.encoding, this.errors);
  }
  reset(): void {}
  getstate(): [Uint8Array, number] {
    return [EMPTY, 0];
  }
  setstate(): void {}
}

const LONE_SURROGATE = /[\ud800-\udfff]/;

class Utf8Encoder implements IncEncoder {
  readonly utf8: boolean;
  bomDone: boolean;
  constructor(readonly errors: string, readonly sig: boolean) {
    this.bomDone = !sig;
    this.utf8 = !sig;
  }
  encode(s: string): Uint8Array {
    let out: Uint8Array = LONE_SURROGATE.test(s) ? strEncode(s, "utf-8", this.errors) : Buffer.from(s, "utf8");
    if (!this.bomDone) {
      this.bomDone = true;
      out = concat(Uint8Array.from(BOM), out);
    }
    return out;
  }
  reset(): void {
    this.bomDone = !this.sig;
  }
  setstate(n: number): void {
    if (this.sig) this.bomDone = n === 0;
  }
}

class ByteEncoder implements IncEncoder {
  readonly utf8 = false;
  constructor(readonly encoding: string, readonly errors: string) {}
  encode(s: string): Uint8Array {
    return strEncode(s, this.encoding, this.errors);
  }
  reset(): void {}
  setstate(): void {}
}

// ---- through Python's codecs module ------------------------------------------------------------

function codecsModule(): PyValue {
  return sysHooks.importHook("codecs", None, None, 0);
}

class PyDecoder implements IncDecoder {
  constructor(readonly obj: PyValue) {}
  decode(input: Uint8Array, final: boolean): string {
    const r = callMethod(this.obj, "decode", [new PyBytes(input.slice()), final ? True : False]);
    const s = strValue(r);
    if (s === undefined) typeError(`decoder should return a string result, not '${typeName(r)}'`);
    return s;
  }
  reset(): void {
    callMethod(this.obj, "reset", []);
  }
  getstate(): [Uint8Array, number] {
    const st = callMethod(this.obj, "getstate", []);
    if (!(st instanceof PyTuple) || st.items.length !== 2) typeError("illegal decoder state");
    const buf = bytesLike(st.items[0]);
    if (buf === null) typeError(`illegal decoder state: the first item must be bytes, not '${typeName(st.items[0])}'`);
    return [buf.slice(), Number(intValue(st.items[1]) ?? 0)];
  }
  setstate(buf: Uint8Array, flags: number): void {
    callMethod(this.obj, "setstate", [new PyTuple([new PyBytes(buf.slice()), flags])]);
  }
}

class PyEncoder implements IncEncoder {
  readonly utf8 = false;
  constructor(readonly obj: PyValue) {}
  encode(s: string): Uint8Array {
    const r = callMethod(this.obj, "encode", [s]);
    const d = bytesLike(r);
    if (d === null) typeError(`encoder should return a bytes object, not '${typeName(r)}'`);
    return d;
  }
  reset(): void {
    callMethod(this.obj, "reset", []);
  }
  setstate(n: number): void {
    callMethod(this.obj, "setstate", [n]);
  }
}

export interface TextCodec {
  decoder(): IncDecoder;
  encoder(): IncEncoder;
}

/** The codec TextIOWrapper uses for `encoding`; LookupError if there is none. */
export function textCodec(encoding: string, errors: string): TextCodec {
  let codec: Codec | -1 = -1;
  try {
    codec = lookupCodec(encoding);
  } catch (e) {
    if (!(e instanceof PyOpError)) throw e;
  }
  switch (codec) {
    case Codec.Utf8:
    case Codec.Utf8Sig: {
      const sig = codec === Codec.Utf8Sig;
      return { decoder: () => new Utf8Decoder(errors, sig), encoder: () => new Utf8Encoder(errors, sig) };
    }
    case Codec.Latin1:
      return { decoder: () => new ByteDecoder("latin-1", errors), encoder: () => new ByteEncoder("latin-1", errors) };
    case Codec.Ascii:
      return { decoder: () => new ByteDecoder("ascii", errors), encoder: () => new ByteEncoder("ascii", errors) };
    default:
      break;
  }
  let codecs: PyValue;
  try {
    codecs = codecsModule();
  } catch {
    raiseError(E.LookupError, `unknown encoding: ${encoding}`);
  }
  const info = call(getAttr(codecs, "lookup"), [encoding]);
  const isText = getAttrOpt(info, "_is_text_encoding");
  if (isText !== undefined && !truthy(isText)) {
    raiseError(E.LookupError, `${repr(encoding)} is not a text encoding; use codecs.open() to handle arbitrary codecs`);
  }
  return {
    decoder: () => new PyDecoder(call(getAttr(info, "incrementaldecoder"), [errors])),
    encoder: () => new PyEncoder(call(getAttr(info, "incrementalencoder"), [errors])),
  };
}
