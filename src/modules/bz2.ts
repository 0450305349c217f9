// _bz2: the bzip2 compressor and decompressor objects that Lib/bz2.py builds on (CPython's
// Modules/_bz2module.c over libbz2; the codec here is bz2_codec.ts).

import { index, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError, valueError } from "../objects/exceptions";
import { checkArgs, clinicArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyObject, PyType } from "../objects/object";
import { bytesData, cintArg } from "../objects/pystr";
import { False, None, PyBytes, PyValue, True } from "../objects/types";
import { Bz2DataError, Bz2Decoder, Bz2Encoder } from "./bz2_codec";
import { defineModule, nativeType } from "./registry";

const EMPTY = new Uint8Array(0);

export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

export function bufferArg(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** A Py_ssize_t max_length: negative means no limit (values past a JS safe integer too). */
export function maxLengthArg(v: PyValue | undefined): number {
  if (v === undefined) return Infinity;
  const i = index(v);
  if (typeof i === "bigint") {
    if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) raiseError(E.OverflowError, "Python int too large to convert to C ssize_t");
    return Infinity;
  }
  return i < 0 ? Infinity : i;
}

class PyBZ2Compressor extends PyObject {
  encoder = new Bz2Encoder(9);
  flushed = false;
}

class PyBZ2Decompressor extends PyObject {
  decoder = new Bz2Decoder();
  eof = false;
  needsInput = true;
  unusedData: Uint8Array = EMPTY;
  /** Set by a data error: libbz2's state is then unusable. */
  failed = false;
}

let CompressorType: PyType;
let DecompressorType: PyType;

function compressorSelf(v: PyValue, name: string): PyBZ2Compressor {
  if (!(v instanceof PyBZ2Compressor)) typeError(`descriptor '${name}' for '_bz2.BZ2Compressor' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

function decompressorSelf(v: PyValue, name: string): PyBZ2Decompressor {
  if (!(v instanceof PyBZ2Decompressor)) typeError(`descriptor '${name}' for '_bz2.BZ2Decompressor' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

/** BZ2Decompressor.decompress: libbz2 run over the input, then CPython's bookkeeping of what is left. */
function decompress(self: PyBZ2Decompressor, data: Uint8Array, maxLength: number): Uint8Array {
  if (self.eof) raiseError(E.EOFError, "End of stream already reached");
  if (self.failed) valueError("Decompressor state is invalid after a previous error");
  const dec = self.decoder;
  dec.push(data);
  let chunks: Uint8Array[];
  try {
    chunks = dec.run(maxLength);
  } catch (e) {
    if (!(e instanceof Bz2DataError)) throw e;
    self.failed = true;
    self.needsInput = false;
    raiseError(E.OSError, "Invalid data stream");
  }
  if (dec.ended) {
    self.eof = true;
    self.needsInput = false;
    const rest = dec.rest();
    if (rest.length > 0) self.unusedData = concatBytes([self.unusedData, rest]);
  } else {
    self.needsInput = dec.availIn === 0;
  }
  return chunks.length === 0 ? EMPTY : concatBytes(chunks);
}

function defineTypes(): void {
  CompressorType = nativeType("_bz2", "BZ2Compressor", undefined, 0);
  CompressorType.ns.set("__doc__", "Create a compressor object for compressing data incrementally.\n\n  compresslevel\n" +
    "    Compression level, as a number between 1 and 9.\n\nFor one-shot compression, use the compress() function instead.");
  defNew(CompressorType, (args) => new PyBZ2Compressor(args[0] as PyType));
  defMethods(CompressorType, {
    __init__(args, kw) {
      const self = compressorSelf(args[0], "__init__");
      checkArgs("BZ2Compressor", args, kw, 0, 1);
      const level = args.length > 1 ? cintArg(args[1]) : 9;
      if (level < 1 || level > 9) valueError("compresslevel must be between 1 and 9");
      self.encoder = new Bz2Encoder(level);
      self.flushed = false;
      return None;
    },
    compress(args, kw) {
      const self = compressorSelf(args[0], "compress");
      checkArgs("BZ2Compressor.compress", args, kw, 1, 1);
      const data = bufferArg(args[1]);
      if (self.flushed) valueError("Compressor has been flushed");
      return new PyBytes(self.encoder.feed(data));
    },
    flush(args, kw) {
      const self = compressorSelf(args[0], "flush");
      checkArgs("BZ2Compressor.flush", args, kw, 0, 0);
      if (self.flushed) valueError("Repeated call to flush()");
      self.flushed = true;
      return new PyBytes(self.encoder.finish());
    },
  });

  DecompressorType = nativeType("_bz2", "BZ2Decompressor", undefined, 0);
  DecompressorType.ns.set("__doc__", "Create a decompressor object for decompressing data incrementally.\n\n" +
    "For one-shot decompression, use the decompress() function instead.");
  defNew(DecompressorType, (args) => new PyBZ2Decompressor(args[0] as PyType));
  defMethods(DecompressorType, {
    __init__(args, kw) {
      const self = decompressorSelf(args[0], "__init__");
      if (kw !== null && kw.length > 0) typeError("BZ2Decompressor() takes no keyword arguments");
      if (args.length > 1) typeError("BZ2Decompressor() takes no positional arguments");
      // As CPython 3.11, __init__ starts a new stream but leaves eof as it was.
      self.decoder = new Bz2Decoder();
      self.needsInput = true;
      self.unusedData = EMPTY;
      self.failed = false;
      return None;
    },
    decompress(args, kw) {
      const self = decompressorSelf(args[0], "decompress");
      const [data, maxLength] = clinicArgs("decompress", args.slice(1), kw, ["data", "max_length"], 1);
      return new PyBytes(decompress(self, bufferArg(data!), maxLengthArg(maxLength)));
    },
  });
  defGetSet(DecompressorType, "eof", (v) => (decompressorSelf(v, "eof").eof ? True : False));
  defGetSet(DecompressorType, "needs_input", (v) => (decompressorSelf(v, "needs_input").needsInput ? True : False));
  defGetSet(DecompressorType, "unused_data", (v) => new PyBytes(decompressorSelf(v, "unused_data").unusedData));
}

defineModule("_bz2", (dict) => {
  defineTypes();
  dict.set("BZ2Compressor", CompressorType);
  dict.set("BZ2Decompressor", DecompressorType);
});
