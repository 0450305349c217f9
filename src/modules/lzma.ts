// _lzma: the compressor and decompressor objects and filter helpers that Lib/lzma.py builds on
// (CPython's Modules/_lzmamodule.c over liblzma; the codec is lzma_codec.ts, the containers
// lzma_xz.ts).

import { contains, getItem, index, isInt, len, toArray, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError, valueError } from "../objects/exceptions";
import { checkArgs, clinicArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyObject, PyType } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { False, None, PyBytes, PyValue, True } from "../objects/types";
import { bufferArg, concatBytes, maxLengthArg } from "./bz2";
import {
  CHECK_CRC32, CHECK_CRC64, CHECK_NONE, CHECK_SHA256, CHECK_UNKNOWN, Filter, FILTER_ARM, FILTER_ARMTHUMB, FILTER_DELTA,
  FILTER_IA64, FILTER_LZMA1, FILTER_LZMA2, FILTER_POWERPC, FILTER_SPARC, FILTER_X86, filterFromProps, filterId, filterProps,
  FORMAT_ALONE, FORMAT_AUTO, FORMAT_RAW, FORMAT_XZ, isCheckSupported, LzmaFailure, LzmaRet, XzDecoder, XzEncoder,
} from "./lzma_xz";
import { defFunctions, defineModule, nativeType } from "./registry";

const EMPTY = new Uint8Array(0);
const PRESET_DEFAULT = 6, PRESET_EXTREME = 0x80000000;
const MF = { MF_HC3: 0x03, MF_HC4: 0x04, MF_BT2: 0x12, MF_BT3: 0x13, MF_BT4: 0x14 };

let LZMAError: PyType;

/** catch_lzma_error: liblzma's return codes as CPython words them. */
function lzmaError(ret: LzmaRet): never {
  switch (ret) {
    case LzmaRet.UnsupportedCheck: raiseError(LZMAError, "Unsupported integrity check");
    case LzmaRet.MemlimitError: raiseError(LZMAError, "Memory usage limit exceeded");
    case LzmaRet.FormatError: raiseError(LZMAError, "Input format not supported by decoder");
    case LzmaRet.OptionsError: raiseError(LZMAError, "Invalid or unsupported options");
    case LzmaRet.DataError: raiseError(LZMAError, "Corrupt input data");
  }
}

function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof LzmaFailure) lzmaError(e.ret);
    throw e;
  }
}

function u32Arg(v: PyValue): number {
  const i = index(v);
  if (typeof i === "bigint" || i < 0 || i > 0xffffffff) raiseError(E.OverflowError, "Python int too large to convert to C unsigned long");
  return i;
}

/** lzma_lzma_preset: the dictionary size of a preset level (lc 3, lp 0, pb 2). */
function presetDict(preset: number): number {
  const level = preset & 0x1f;
  if (level > 9 || (preset & ~0x8000001f) !== 0) raiseError(LZMAError, `Invalid compression preset: ${preset}`);
  return [1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26][level];
}

const LZMA_KEYS = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];

/** parse_filter_spec: a dict (or mapping) with "id" and the filter's options. */
function parseFilterSpec(spec: PyValue): Filter {
  if (!(spec instanceof PyDict)) {
    // As CPython, anything else is tried as a mapping (bytes gives its own TypeError).
    getItem(spec, "id");
  }
  if (!contains(spec, "id")) valueError('Filter specifier must have an "id" entry');
  const idv = index(getItem(spec, "id"));
  const keys = spec instanceof PyDict ? toArray(spec) : [];
  const opt = (k: string): PyValue | undefined => (contains(spec, k) ? getItem(spec, k) : undefined);
  if (idv === FILTER_LZMA1 || idv === FILTER_LZMA2) {
    for (const k of keys) if (typeof k !== "string" || !LZMA_KEYS.includes(k)) valueError("Invalid filter specifier for LZMA filter");
    const presetV = opt("preset");
    const preset = presetV === undefined ? PRESET_DEFAULT : u32Arg(presetV);
    const dictSize = presetDict(preset);
    const f = { lc: 3, lp: 0, pb: 2, dictSize, preset };
    const num = (k: string, dflt: number): number => {
      const v = opt(k);
      return v === undefined ? dflt : u32Arg(v);
    };
    f.dictSize = num("dict_size", f.dictSize);
    f.lc = num("lc", 3);
    f.lp = num("lp", 0);
    f.pb = num("pb", 2);
    for (const k of ["mode", "nice_len", "mf", "depth"]) num(k, 0);
    if (f.lc > 8 || f.lp > 4 || f.pb > 4 || f.lc + f.lp > 4 || f.dictSize < 4096) raiseError(LZMAError, "Invalid or unsupported options");
    return idv === FILTER_LZMA1 ? { id: "lzma1", ...f } : { id: "lzma2", ...f };
  }
  if (idv === FILTER_DELTA) {
    for (const k of keys) if (k !== "id" && k !== "dist") valueError("Invalid filter specifier for delta filter");
    const d = opt("dist");
    return { id: "delta", dist: d === undefined ? 1 : u32Arg(d) };
  }
  if (typeof idv === "number" && idv >= FILTER_X86 && idv <= FILTER_SPARC) {
    for (const k of keys) if (k !== "id" && k !== "start_offset") valueError("Invalid filter specifier for BCJ filter");
    const s = opt("start_offset");
    return { id: "bcj", code: idv, startOffset: s === undefined ? 0 : u32Arg(s) };
  }
  valueError(`Invalid filter ID: ${idv}`);
}

function parseFilterChain(specs: PyValue): Filter[] {
  // PySequence_Size: a mapping is refused by name.
  if (specs instanceof PyDict) typeError(`${typeName(specs)} is not a sequence`);
  const n = len(specs);
  if (n > 4) valueError("Too many filters - liblzma supports a maximum of 4");
  const out: Filter[] = [];
  for (let i = 0; i < n; i++) out.push(parseFilterSpec(getItem(specs, i)));
  return out;
}

function checkChain(chain: Filter[]): void {
  if (chain.length === 0) raiseError(LZMAError, "Internal error");
  for (const f of chain.slice(0, -1)) if (f.id === "lzma1" || f.id === "lzma2") raiseError(LZMAError, "Invalid or unsupported options");
  const last = chain[chain.length - 1];
  if (last.id !== "lzma1" && last.id !== "lzma2") raiseError(LZMAError, "Invalid or unsupported options");
  for (const f of chain) {
    if (f.id === "delta" && (f.dist < 1 || f.dist > 256)) raiseError(LZMAError, "Invalid or unsupported options");
    if (f.id === "bcj" && f.code !== FILTER_X86) raiseError(LZMAError, "Invalid or unsupported options");
  }
}

/** build_filter_spec: a filter as a dict. */
function filterSpec(f: Filter): PyDict {
  const d = new PyDict();
  const id = filterId(f);
  d.set("id", typeof id === "bigint" ? id : id);
  if (f.id === "lzma1") {
    d.set("lc", f.lc);
    d.set("lp", f.lp);
    d.set("pb", f.pb);
    d.set("dict_size", f.dictSize);
  } else if (f.id === "lzma2") d.set("dict_size", f.dictSize);
  else if (f.id === "delta") d.set("dist", f.dist);
  else if (f.startOffset !== 0) d.set("start_offset", f.startOffset);
  return d;
}

class PyLZMACompressor extends PyObject {
  encoder: XzEncoder | null = null;
  flushed = false;
}

class PyLZMADecompressor extends PyObject {
  decoder: XzDecoder | null = null;
  eof = false;
  needsInput = true;
  unusedData: Uint8Array = EMPTY;
}

let CompressorType: PyType;
let DecompressorType: PyType;

function compSelf(v: PyValue, name: string): PyLZMACompressor {
  if (!(v instanceof PyLZMACompressor)) typeError(`descriptor '${name}' for '_lzma.LZMACompressor' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

function decompSelf(v: PyValue, name: string): PyLZMADecompressor {
  if (!(v instanceof PyLZMADecompressor)) typeError(`descriptor '${name}' for '_lzma.LZMADecompressor' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = index(v);
  if (typeof i === "bigint" || i > 0x7fffffff || i < -0x80000000) raiseError(E.OverflowError, "Python int too large to convert to C int");
  return i;
}

function newCompressor(self: PyLZMACompressor, args: PyValue[], kw: readonly string[] | null): void {
  const [fmtV, checkV, presetV, filtersV] = clinicArgs("LZMACompressor", args, kw, ["format", "check", "preset", "filters"], 0);
  const format = intArg(fmtV, FORMAT_XZ);
  const check = intArg(checkV, -1);
  const preset = presetV === undefined || presetV === None ? undefined : u32Arg(presetV);
  const filters = filtersV === undefined || filtersV === None ? undefined : filtersV;
  if (format !== FORMAT_XZ && check !== -1 && check !== CHECK_NONE) valueError("Integrity checks are only supported by FORMAT_XZ");
  if (preset !== undefined && filters !== undefined) valueError("Cannot specify both preset and filter chain");
  let chain: Filter[];
  if (filters === undefined) {
    if (format === FORMAT_RAW) valueError("Must specify filters for FORMAT_RAW");
    const p = preset ?? PRESET_DEFAULT;
    // lzma_easy_encoder refuses a bad preset as bad options; the .lzma path names the preset.
    if (format === FORMAT_XZ && ((p & 0x1f) > 9 || (p & ~0x8000001f) !== 0)) raiseError(LZMAError, "Invalid or unsupported options");
    const dictSize = presetDict(p);
    chain = [{ id: format === FORMAT_ALONE ? "lzma1" : "lzma2", lc: 3, lp: 0, pb: 2, dictSize, preset: p } as Filter];
  } else {
    chain = parseFilterChain(filters);
    if (format === FORMAT_ALONE && (chain.length !== 1 || chain[0].id !== "lzma1")) {
      valueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
    }
  }
  if (format !== FORMAT_XZ && format !== FORMAT_ALONE && format !== FORMAT_RAW) valueError(`Invalid container format: ${format}`);
  const chk = format === FORMAT_XZ ? (check === -1 ? CHECK_CRC64 : check) : CHECK_NONE;
  if (format === FORMAT_XZ && !isCheckSupported(chk)) raiseError(LZMAError, "Unsupported integrity check");
  checkChain(chain);
  if (format === FORMAT_XZ && chain[chain.length - 1].id !== "lzma2") raiseError(LZMAError, "Invalid or unsupported options");
  self.encoder = guard(() => new XzEncoder(format, chk, chain));
  self.flushed = false;
}

function newDecompressor(self: PyLZMADecompressor, args: PyValue[], kw: readonly string[] | null): void {
  const [fmtV, memV, filtersV] = clinicArgs("LZMADecompressor", args, kw, ["format", "memlimit", "filters"], 0);
  const format = intArg(fmtV, FORMAT_AUTO);
  let memlimit = Infinity;
  if (memV !== undefined && memV !== None) {
    if (format === FORMAT_RAW) valueError("Cannot specify memory limit with FORMAT_RAW");
    // PyLong_AsUnsignedLongLong: ints only, no __index__.
    if (!isInt(memV)) typeError("an integer is required");
    memlimit = Number(index(memV));
  }
  const filters = filtersV === undefined || filtersV === None ? undefined : filtersV;
  if (format === FORMAT_RAW && filters === undefined) valueError("Must specify filters for FORMAT_RAW");
  if (format !== FORMAT_RAW && filters !== undefined) valueError("Cannot specify filters except with FORMAT_RAW");
  if (format < FORMAT_AUTO || format > FORMAT_RAW) valueError(`Invalid container format: ${format}`);
  let chain: Filter[] | null = null;
  if (filters !== undefined) {
    chain = parseFilterChain(filters);
    checkChain(chain);
  }
  self.decoder = guard(() => new XzDecoder({ format, memlimit, filters: chain }));
  self.eof = false;
  self.needsInput = true;
  self.unusedData = EMPTY;
}

function decompress(self: PyLZMADecompressor, data: Uint8Array, maxLength: number): Uint8Array {
  if (self.eof) raiseError(E.EOFError, "Already at end of stream");
  const dec = self.decoder!;
  dec.push(data);
  const chunks = guard(() => dec.run(maxLength));
  if (dec.ended) {
    self.eof = true;
    self.needsInput = false;
    const rest = dec.rest();
    if (rest.length > 0) self.unusedData = concatBytes([self.unusedData, rest]);
  }
  const out = chunks.length === 0 ? EMPTY : concatBytes(chunks);
  // As CPython (issue 21872): input used up with the output full may still leave output inside.
  if (!dec.ended) self.needsInput = dec.availIn === 0 && out.length !== maxLength;
  return out;
}

function defineTypes(): void {
  CompressorType = nativeType("_lzma", "LZMACompressor", undefined, 0);
  defNew(CompressorType, (args, kw) => {
    const self = new PyLZMACompressor(args[0] as PyType);
    newCompressor(self, args.slice(1), kw);
    return self;
  });
  defMethods(CompressorType, {
    __init__() {
      return None;
    },
    compress(args, kw) {
      const self = compSelf(args[0], "compress");
      checkArgs("LZMACompressor.compress", args, kw, 1, 1);
      const data = bufferArg(args[1]);
      if (self.flushed) valueError("Compressor has been flushed");
      return new PyBytes(concatBytes([EMPTY, ...guard(() => self.encoder!.feed(data))]));
    },
    flush(args, kw) {
      const self = compSelf(args[0], "flush");
      checkArgs("LZMACompressor.flush", args, kw, 0, 0);
      if (self.flushed) valueError("Repeated call to flush()");
      self.flushed = true;
      return new PyBytes(concatBytes([EMPTY, ...guard(() => self.encoder!.finish())]));
    },
  });

  DecompressorType = nativeType("_lzma", "LZMADecompressor", undefined, 0);
  defNew(DecompressorType, (args, kw) => {
    const self = new PyLZMADecompressor(args[0] as PyType);
    newDecompressor(self, args.slice(1), kw);
    return self;
  });
  defMethods(DecompressorType, {
    __init__() {
      return None;
    },
    decompress(args, kw) {
      const self = decompSelf(args[0], "decompress");
      const [data, maxLength] = clinicArgs("decompress", args.slice(1), kw, ["data", "max_length"], 1);
      return new PyBytes(decompress(self, bufferArg(data!), maxLengthArg(maxLength)));
    },
  });
  defGetSet(DecompressorType, "check", (v) => decompSelf(v, "check").decoder?.check ?? CHECK_UNKNOWN);
  defGetSet(DecompressorType, "eof", (v) => (decompSelf(v, "eof").eof ? True : False));
  defGetSet(DecompressorType, "needs_input", (v) => (decompSelf(v, "needs_input").needsInput ? True : False));
  defGetSet(DecompressorType, "unused_data", (v) => new PyBytes(decompSelf(v, "unused_data").unusedData));
}

defineModule("_lzma", (dict) => {
  LZMAError = nativeType("_lzma", "LZMAError", E.Exception);
  dict.set("LZMAError", LZMAError);
  defineTypes();
  dict.set("LZMACompressor", CompressorType);
  dict.set("LZMADecompressor", DecompressorType);
  defFunctions(dict, "_lzma", {
    is_check_supported(args, kw) {
      checkArgs("is_check_supported", args, kw, 1, 1, 0);
      return isCheckSupported(intArg(args[0], 0)) ? True : False;
    },
    _encode_filter_properties(args, kw) {
      checkArgs("_encode_filter_properties", args, kw, 1, 1, 0);
      const f = parseFilterSpec(args[0]);
      if (f.id === "delta" && (f.dist < 1 || f.dist > 256)) raiseError(LZMAError, "Internal error");
      return new PyBytes(filterProps(f));
    },
    _decode_filter_properties(args, kw) {
      checkArgs("_decode_filter_properties", args, kw, 2, 2, 0);
      const idv = index(args[0]);
      const props = bufferArg(args[1]);
      return guard(() => filterSpec(filterFromProps(typeof idv === "bigint" ? idv : idv, props)));
    },
  });
  for (const [name, value] of Object.entries({
    FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW, CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256,
    CHECK_ID_MAX: 15, CHECK_UNKNOWN, FILTER_LZMA2, FILTER_DELTA, FILTER_X86, FILTER_IA64, FILTER_ARM,
    FILTER_ARMTHUMB, FILTER_POWERPC, FILTER_SPARC, ...MF, MODE_FAST: 1, MODE_NORMAL: 2, PRESET_DEFAULT,
    PRESET_EXTREME,
  })) dict.set(name, value);
  dict.set("FILTER_LZMA1", FILTER_LZMA1);
});
