// binascii: conversions between binary data and ASCII encodings (CPython's Modules/binascii.c):
// hex, base64, uuencode, quoted-printable, and the CRC-32 / CRC-CCITT checksums. The pure-Python
// base64, quopri, uu and the 'hex' codec are built on it.
//
// The a2b_* functions take bytes-like data or an ASCII str (ascii_buffer_converter); the b2a_*
// functions and the CRCs take bytes-like data only. Flags such as `newline` are Argument
// Clinic's bool(accept={int}): an int (or __index__), not any truthy object.

import { index, strValue, typeName } from "../objects/abstract";
import { bytesHex } from "../objects/bytesmethods";
import * as E from "../objects/exceptions";
import { raiseError, typeError, valueError } from "../objects/exceptions";
import { bytesData } from "../objects/pystr";
import { PyBuiltinFunction, PyBytes, PyStrObj, PyType, PyValue } from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";
import { clinicArgs } from "../objects/native";

let BinasciiError: PyType;
let Incomplete: PyType;

function error(msg: string): never {
  raiseError(BinasciiError, msg);
}

// ---- arguments ------------------------------------------------------------------------------------

type Kw = readonly string[] | null;

/** A bytes-like argument ('y*'). */
function bufferArg(v: PyValue): Uint8Array {
  const d = bytesData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** ascii_buffer_converter: bytes-like, or a str of ASCII characters only. */
function asciiArg(v: PyValue): Uint8Array {
  const s = typeof v === "string" ? v : v instanceof PyStrObj ? v.value : undefined;
  if (s !== undefined) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) valueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  const d = bytesData(v);
  if (d === null) typeError(`argument should be bytes, buffer or ASCII string, not '${typeName(v)}'`);
  return d;
}

/** Clinic's bool(accept={int}): an int's truth, via __index__; anything else is a TypeError. */
function flagArg(v: PyValue | undefined, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  const i = index(v);
  return i !== 0 && i !== 0n;
}

/** unsigned_int(bitwise=True): any int, reduced modulo 2^32. */
function uint32Arg(v: PyValue): number {
  const i = index(v);
  return typeof i === "bigint" ? Number(BigInt.asUintN(32, i)) : Number(BigInt.asUintN(32, BigInt(i)));
}

/** Exactly n positional arguments, no keywords (`crc_hqx expected 2 arguments, got 1`). */
function positional(fname: string, args: readonly PyValue[], kwnames: Kw, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`binascii.${fname}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max && min === 1) typeError(`binascii.${fname}() takes exactly one argument (${n} given)`);
  if (min === max) typeError(`${fname} expected ${min} arguments, got ${n}`);
  if (n < min) typeError(`${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  typeError(`${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

const bytes = (b: Uint8Array): PyBytes => new PyBytes(b);

// ---- uuencode -------------------------------------------------------------------------------------

function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) error("At most 45 bytes at once");
  const out: number[] = [];
  const ch = (v: number) => (backtick && v === 0 ? 0x60 : v + 0x20);
  out.push(ch(data.length & 0x3f));
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i] << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    out.push(ch((n >> 18) & 0x3f), ch((n >> 12) & 0x3f), ch((n >> 6) & 0x3f), ch(n & 0x3f));
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

function a2bUu(data: Uint8Array): Uint8Array {
  // An empty line reads CPython's NUL terminator as its length byte: 32 zero bytes, kept as a quirk.
  let binLen = ((data.length > 0 ? data[0] : 0) - 0x20) & 0x3f;
  const out = new Uint8Array(binLen);
  let o = 0;
  let pos = 1;
  let left = 0;
  let leftBits = 0;
  for (; binLen > 0; pos++) {
    let c = pos < data.length ? data[pos] : 0;
    if (c === 0x0a || c === 0x0d || pos >= data.length) {
      c = 0; // whitespace: assume spaces were eaten at the end of the line
    } else {
      if (c < 0x20 || c > 0x60) error("Illegal char");
      c = (c - 0x20) & 0x3f;
    }
    left = (left << 6) | c;
    leftBits += 6;
    if (leftBits >= 8) {
      leftBits -= 8;
      out[o++] = (left >> leftBits) & 0xff;
      left &= (1 << leftBits) - 1;
      binLen--;
    }
  }
  for (; pos < data.length; pos++) {
    const c = data[pos];
    if (c !== 0x20 && c !== 0x60 && c !== 0x0a && c !== 0x0d) error("Trailing garbage");
  }
  return out;
}

// ---- base64 ---------------------------------------------------------------------------------------

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  for (let i = 0; i < n; i += 3) {
    const rest = n - i;
    const v = (data[i] << 16) | (rest > 1 ? data[i + 1] << 8 : 0) | (rest > 2 ? data[i + 2] : 0);
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = rest > 1 ? B64.charCodeAt((v >> 6) & 63) : 0x3d;
    out[o++] = rest > 2 ? B64.charCodeAt(v & 63) : 0x3d;
  }
  if (newline) out[o] = 0x0a;
  return out;
}

/**
 * a2b_base64 as CPython 3.11 does it: non-alphabet bytes are skipped (an error in strict mode),
 * and two or three pad characters after the second or third character of a quad end the input.
 */
function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  if (strict && data.length > 0 && data[0] === 0x3d) error("Leading padding not allowed");
  const out = new Uint8Array(Math.floor(data.length / 4) * 3 + 3);
  let o = 0;
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 0x3d) {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) error("Excess data after padding");
        return out.slice(0, o);
      }
      continue;
    }
    const v = B64_VALUE[c];
    if (v < 0) {
      if (strict) error("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0: left = v; quad = 1; break;
      case 1: out[o++] = (left << 2) | (v >> 4); left = v & 0x0f; quad = 2; break;
      case 2: out[o++] = ((left << 4) | (v >> 2)) & 0xff; left = v & 0x03; quad = 3; break;
      default: out[o++] = ((left << 6) | v) & 0xff; left = 0; quad = 0; break;
    }
  }
  if (quad === 1) {
    error(`Invalid base64-encoded string: number of data characters (${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quad !== 0) error("Incorrect padding");
  return out.slice(0, o);
}

// ---- hex ------------------------------------------------------------------------------------------

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

function a2bHex(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) error("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(data[2 * i]);
    const lo = hexValue(data[2 * i + 1]);
    if (hi < 0 || lo < 0) error("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function hexlify(args: PyValue[], kwnames: Kw, fname: string): PyBytes {
  const [data, sepArg, perArg] = clinicArgs(fname, args, kwnames, ["data", "sep", "bytes_per_sep"], 1, 0);
  const buf = bufferArg(data!);
  let sep: string | Uint8Array | undefined;
  if (sepArg !== undefined) {
    sep = strValue(sepArg) ?? bytesData(sepArg) ?? undefined;
    if (sep === undefined) typeError(`object of type '${typeName(sepArg)}' has no len()`);
  }
  let per = 1;
  if (perArg !== undefined) {
    const i = index(perArg);
    if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) raiseError(E.OverflowError, "Python int too large to convert to C int");
    per = i;
  }
  // Quirk copied from CPython: unlike bytes.hex, a non-ASCII str separator is allowed here and
  // stored as the low byte of its code point. Hex digits never contain ':', so it stands in.
  let sepByte = -1;
  if (typeof sep === "string") {
    const cps = Array.from(sep);
    if (cps.length === 1 && cps[0].codePointAt(0)! > 127) {
      sepByte = cps[0].codePointAt(0)! & 0xff;
      sep = ":";
    }
  }
  const text = bytesHex(buf, sep, per);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = sepByte >= 0 && text[i] === ":" ? sepByte : text.charCodeAt(i);
  return bytes(out);
}

// ---- quoted-printable -----------------------------------------------------------------------------

const MAXLINESIZE = 76;
const HEX_UPPER = "0123456789ABCDEF";

function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out = new Uint8Array(data.length);
  let o = 0;
  let i = 0;
  while (i < data.length) {
    const c = data[i];
    if (c === 0x3d) {
      i++;
      if (i >= data.length) break;
      const d = data[i];
      if (d === 0x0a || d === 0x0d) {
        // A soft line break: skip to after the end of the line.
        if (d !== 0x0a) while (i < data.length && data[i] !== 0x0a) i++;
        if (i < data.length) i++;
      } else if (d === 0x3d) {
        out[o++] = 0x3d; // "==" from a broken encoder
        i++;
      } else if (i + 1 < data.length && hexValue(d) >= 0 && hexValue(data[i + 1]) >= 0) {
        out[o++] = (hexValue(d) << 4) | hexValue(data[i + 1]);
        i += 2;
      } else {
        out[o++] = 0x3d;
      }
    } else if (header && c === 0x5f) {
      out[o++] = 0x20;
      i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return out.slice(0, o);
}

/** b2a_qp: RFC 1521 quoted-printable, lines at most 76 long, CRLF kept if the first line end is CRLF. */
function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const n = data.length;
  const nl = data.indexOf(0x0a);
  const crlf = nl > 0 && data[nl - 1] === 0x0d;
  const out: number[] = [];
  const softBreak = () => {
    out.push(0x3d);
    if (crlf) out.push(0x0d);
    out.push(0x0a);
  };
  const pushHex = (c: number) => out.push(HEX_UPPER.charCodeAt(c >> 4), HEX_UPPER.charCodeAt(c & 15));
  let lineLen = 0;
  let i = 0;
  while (i < n) {
    const c = data[i];
    const next = i + 1 < n ? data[i + 1] : -1;
    const quote = c > 126 || c === 0x3d || (header && c === 0x5f) ||
      (c === 0x2e && lineLen === 0 && (i + 1 === n || next === 0x0a || next === 0x0d || next === 0)) ||
      (!istext && (c === 0x0d || c === 0x0a)) ||
      ((c === 0x09 || c === 0x20) && i + 1 === n) ||
      (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)));
    if (quote) {
      if (lineLen + 3 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      out.push(0x3d);
      pushHex(c);
      i++;
      lineLen += 3;
    } else if (istext && (c === 0x0a || (i + 1 < n && c === 0x0d && next === 0x0a))) {
      lineLen = 0;
      // Whitespace at the end of a line is protected by quoting it.
      const last = out.length > 0 ? out[out.length - 1] : -1;
      if (last === 0x20 || last === 0x09) {
        out[out.length - 1] = 0x3d;
        pushHex(last);
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += c === 0x0d ? 2 : 1;
    } else {
      if (i + 1 !== n && next !== 0x0a && lineLen + 1 >= MAXLINESIZE) {
        softBreak();
        lineLen = 0;
      }
      lineLen++;
      out.push(header && c === 0x20 ? 0x5f : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

// ---- checksums ------------------------------------------------------------------------------------

const CRC32_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c >>> 0;
}

export function crc32(data: Uint8Array, crc: number): number {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC-CCITT (polynomial 0x1021, MSB first), as binhex uses it. */
const CRC_HQX_TABLE = new Uint16Array(256);
for (let n = 0; n < 256; n++) {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  CRC_HQX_TABLE[n] = c;
}

function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) c = ((c << 8) & 0xff00) ^ CRC_HQX_TABLE[(c >> 8) ^ data[i]];
  return c;
}

// ---- the module -----------------------------------------------------------------------------------

const DOCS: Record<string, string> = {
  a2b_uu: "Decode a line of uuencoded data.",
  b2a_uu: "Uuencode line of data.",
  a2b_base64: "Decode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).",
  b2a_base64: "Base64-code line of data.",
  crc_hqx: "Compute CRC-CCITT incrementally.",
  crc32: "Compute CRC-32 incrementally.",
  b2a_hex: "Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"hexlify()\".\n\nExample:\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')\nb'b901ef'\n>>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')\nb'b9:01:ef'\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)\nb'b9_01ef'",
  a2b_hex: "Binary data of hexadecimal representation.\n\n  hexstr\n    Hexadecimal string.\n\nhexstr must contain an even number of hex digits (upper or lower case).\nThis function is also available as \"unhexlify()\".",
  a2b_qp: "Decode a string of qp-encoded data.",
  b2a_qp: "Encode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded.",
};

defineModule("binascii", (dict) => {
  BinasciiError = nativeType("binascii", "Error", E.ValueError);
  Incomplete = nativeType("binascii", "Incomplete", E.Exception);
  dict.set("Error", BinasciiError);
  dict.set("Incomplete", Incomplete);
  defFunctions(dict, "binascii", {
    a2b_uu(args, kwnames) {
      positional("a2b_uu", args, kwnames, 1, 1);
      return bytes(a2bUu(asciiArg(args[0])));
    },
    b2a_uu(args, kwnames) {
      const [data, backtick] = clinicArgs("b2a_uu", args, kwnames, ["data", "backtick"], 1, 1, 1);
      return bytes(b2aUu(bufferArg(data!), flagArg(backtick, false)));
    },
    a2b_base64(args, kwnames) {
      const [data, strict] = clinicArgs("a2b_base64", args, kwnames, ["data", "strict_mode"], 1, 1, 1);
      return bytes(a2bBase64(asciiArg(data!), flagArg(strict, false)));
    },
    b2a_base64(args, kwnames) {
      const [data, newline] = clinicArgs("b2a_base64", args, kwnames, ["data", "newline"], 1, 1, 1);
      return bytes(b2aBase64(bufferArg(data!), flagArg(newline, true)));
    },
    crc_hqx(args, kwnames) {
      positional("crc_hqx", args, kwnames, 2, 2);
      return crcHqx(bufferArg(args[0]), uint32Arg(args[1]));
    },
    crc32(args, kwnames) {
      positional("crc32", args, kwnames, 1, 2);
      const data = bufferArg(args[0]);
      return crc32(data, args.length > 1 ? uint32Arg(args[1]) : 0);
    },
    b2a_hex: (args, kwnames) => hexlify(args, kwnames, "b2a_hex"),
    hexlify: (args, kwnames) => hexlify(args, kwnames, "hexlify"),
    a2b_hex(args, kwnames) {
      positional("a2b_hex", args, kwnames, 1, 1);
      return bytes(a2bHex(asciiArg(args[0])));
    },
    unhexlify(args, kwnames) {
      positional("unhexlify", args, kwnames, 1, 1);
      return bytes(a2bHex(asciiArg(args[0])));
    },
    a2b_qp(args, kwnames) {
      const [data, header] = clinicArgs("a2b_qp", args, kwnames, ["data", "header"], 1, 0);
      return bytes(a2bQp(asciiArg(data!), flagArg(header, false)));
    },
    b2a_qp(args, kwnames) {
      const [data, quotetabs, istext, header] = clinicArgs("b2a_qp", args, kwnames, ["data", "quotetabs", "istext", "header"], 1, 0);
      return bytes(b2aQp(bufferArg(data!), flagArg(quotetabs, false), flagArg(istext, true), flagArg(header, false)));
    },
  });
  for (const [name, doc] of Object.entries(DOCS)) {
    const f = dict.get(name);
    if (f instanceof PyBuiltinFunction) f.doc = doc;
  }
}, "Conversion between binary data and ASCII");
