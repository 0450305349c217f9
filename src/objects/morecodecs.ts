// The codecs the `encodings` package reaches through _codecs beyond the UTF/Latin-1/ASCII ones
// in strcodecs.ts: utf-7, charmap (the table-driven 8-bit codecs: cp1252, koi8_r, ...),
// unicode_escape, raw_unicode_escape and the bytes-to-bytes escape codec.
//
// Each decoder takes `final`: when false, an incomplete sequence at the end of the input is
// left unconsumed (for the incremental decoders) instead of being an error, and the decoder
// returns how many bytes it consumed. Errors go through the same handlers as strcodecs.ts, with
// CPython 3.11's codec names ('utf7', 'unicodeescape', 'rawunicodeescape', 'charmap'), reasons
// and ranges. Quirk not copied: CPython's DeprecationWarning for invalid escapes ('\z', '\777').

import { raise } from "./errors";
import { ByteWriter, codePoints, Decoding, encodeError, EncoderSpec, lookupHandler, ErrorHandler, latin1String } from "./strcodecs";
import { lookupName } from "../unicode/names";

// ---- utf-7 (RFC 2152) ---------------------------------------------------------------------------

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The value of a base64 digit, or -1. */
function fromBase64(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 26;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 52;
  if (c === 0x2b) return 62;
  if (c === 0x2f) return 63;
  return -1;
}

/**
 * Characters the encoder writes as themselves: RFC 2152's set D (letters, digits, '(),-./:?),
 * set O (!"#$%&*;<=>@[]^_`{|}) and space, tab, CR, LF. '+' is written "+-"; everything else
 * goes in a base64 shift sequence of UTF-16 units.
 */
function utf7Direct(c: number): boolean {
  if (c >= 0x80 || c === 0) return false;
  const ch = String.fromCharCode(c);
  return /[A-Za-z0-9'(),\-./:?!"#$%&*;<=>@[\]^_`{|} \t\r\n]/.test(ch);
}

export function utf7Encode(s: string): Uint8Array {
  const out = new ByteWriter(s.length + 8);
  let inShift = false;
  let bits = 0;
  let buf = 0;
  const push16 = (u: number): void => {
    buf = ((buf << 16) | u) >>> 0;
    bits += 16;
    while (bits >= 6) {
      out.byte(B64.charCodeAt((buf >>> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buf &= (1 << bits) - 1;
  };
  for (const cp of codePoints(s)) {
    if (inShift && utf7Direct(cp)) {
      if (bits > 0) out.byte(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
      bits = 0;
      buf = 0;
      inShift = false;
      // A direct character ends the shift by itself unless it could be read as base64 (or is '-').
      if (fromBase64(cp) >= 0 || cp === 0x2d) out.byte(0x2d);
      out.byte(cp);
      continue;
    }
    if (!inShift) {
      if (cp === 0x2b) {
        out.byte(0x2b);
        out.byte(0x2d);
        continue;
      }
      if (utf7Direct(cp)) {
        out.byte(cp);
        continue;
      }
      out.byte(0x2b);
      inShift = true;
    }
    if (cp > 0xffff) {
      push16(0xd800 + ((cp - 0x10000) >> 10));
      push16(0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else push16(cp);
  }
  if (bits > 0) out.byte(B64.charCodeAt((buf << (6 - bits)) & 0x3f));
  if (inShift) out.byte(0x2d);
  return out.result();
}

export function utf7Decode(b: Uint8Array, errors: string, final: boolean): [string, number] {
  const d = new Decoding("utf7", b, errors, () => null);
  const n = b.length;
  let inShift = false;
  let bits = 0;
  let buf = 0;
  let surrogate = 0;
  let shiftStart = 0; // input position of the '+' that opened the shift sequence
  let shiftOut = 0; // output length when it opened
  let i = 0;
  for (;;) {
    while (i < n) {
      const c = b[i];
      if (inShift) {
        const v = fromBase64(c);
        if (v >= 0) {
          buf = ((buf << 6) | v) >>> 0;
          bits += 6;
          i++;
          if (bits >= 16) {
            const u = (buf >>> (bits - 16)) & 0xffff;
            bits -= 16;
            buf &= (1 << bits) - 1;
            if (surrogate !== 0) {
              const hi = surrogate;
              surrogate = 0;
              if (u >= 0xdc00 && u <= 0xdfff) {
                d.out += String.fromCharCode(hi, u);
                continue;
              }
              d.out += String.fromCharCode(hi);
            }
            if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
            else d.out += String.fromCharCode(u);
          }
          continue;
        }
        // Leaving the base64 section; the terminating character is kept unless it is '-'.
        inShift = false;
        // An error covers the terminating character too.
        if (bits > 6) {
          i = d.error(shiftStart, i + 1, "partial character in shift sequence");
          continue;
        }
        if (bits > 0 && buf !== 0) {
          i = d.error(shiftStart, i + 1, "non-zero padding bits in shift sequence");
          continue;
        }
        if (surrogate !== 0 && c < 0x80 && c !== 0x2b) d.out += String.fromCharCode(surrogate);
        surrogate = 0;
        if (c === 0x2d) i++;
      } else if (c === 0x2b) {
        shiftStart = i;
        i++;
        if (i < n && b[i] === 0x2d) {
          i++;
          d.out += "+";
        } else if (i < n && fromBase64(b[i]) < 0) {
          i = d.error(shiftStart, i + 1, "ill-formed sequence");
        } else {
          inShift = true;
          surrogate = 0;
          shiftOut = d.out.length;
          bits = 0;
          buf = 0;
        }
      } else if (c < 0x80) {
        d.out += String.fromCharCode(c);
        i++;
      } else {
        i = d.error(i, i + 1, "unexpected special character");
      }
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate !== 0 || bits >= 6 || (bits > 0 && buf !== 0)) {
        i = d.error(shiftStart, n, "unterminated shift sequence");
        if (i < n) continue;
      }
    }
    break;
  }
  if (inShift && !final) return [d.out.slice(0, shiftOut), shiftStart];
  return [d.out, i];
}

// ---- charmap ------------------------------------------------------------------------------------

/** A decoding table: byte -> code point (undefined where the byte is unmapped) or text. */
export type CharmapDecoder = (byte: number) => number | string | undefined;

export function charmapDecode(b: Uint8Array, errors: string, lookup: CharmapDecoder): string {
  const d = new Decoding("charmap", b, errors, () => null);
  for (let i = 0; i < b.length; ) {
    const m = lookup(b[i]);
    if (m === undefined) {
      i = d.error(i, i + 1, "character maps to <undefined>");
      continue;
    }
    d.out += typeof m === "string" ? m : String.fromCodePoint(m);
    i++;
  }
  return d.out;
}

/** An encoding table: code point -> the bytes to write, or undefined where unmapped. */
export type CharmapEncoder = (cp: number) => number | Uint8Array | undefined;

export function charmapEncode(s: string, errors: string, lookup: CharmapEncoder): Uint8Array {
  const spec: EncoderSpec = {
    name: "charmap",
    reason: "character maps to <undefined>",
    bad: (cp) => lookup(cp) === undefined,
    write: (o, cp) => {
      const m = lookup(cp)!;
      if (typeof m === "number") o.byte(m);
      else o.bytes(m);
    },
    runs: true,
    passSurrogates: false,
    rawBytes: true,
    unit: 1,
    asciiReplacement: false,
  };
  const out = new ByteWriter(s.length);
  const cps = codePoints(s);
  let handler: ErrorHandler | undefined;
  for (let i = 0; i < cps.length; ) {
    const m = lookup(cps[i]);
    if (m !== undefined) {
      if (typeof m === "number") out.byte(m);
      else out.bytes(m);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && lookup(cps[end]) === undefined) end++;
    handler ??= lookupHandler(errors);
    i = encodeError(spec, handler, s, cps, i, end, out);
  }
  return out.result();
}

// ---- unicode_escape and raw_unicode_escape ------------------------------------------------------

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x5c: "\\", 0x27: "'", 0x22: '"', 0x62: "\b", 0x66: "\f", 0x74: "\t", 0x6e: "\n", 0x72: "\r",
  0x76: "\v", 0x61: "\x07",
};

const HEX_ESCAPES: Record<number, [number, string]> = {
  0x78: [2, "truncated \\xXX escape"],
  0x75: [4, "truncated \\uXXXX escape"],
  0x55: [8, "truncated \\UXXXXXXXX escape"],
};

/** The escapes of a Python string literal: \\ \' \" \a \b \f \n \r \t \v \ooo \xhh \uXXXX \UXXXXXXXX \N{name}. */
export function unicodeEscapeDecode(b: Uint8Array, errors: string, final: boolean): [string, number] {
  const d = new Decoding("unicodeescape", b, errors, () => null);
  const n = b.length;
  let i = 0;
  let from = 0; // start of the pending run of plain bytes
  const flush = (to: number): void => {
    if (to > from) d.out += latin1String(b, from, to);
  };
  while (i < n) {
    if (b[i] !== 0x5c) {
      i++;
      continue;
    }
    flush(i);
    const start = i;
    let end: number;
    let reason: string;
    escape: {
      if (i + 1 >= n) {
        end = n;
        reason = "\\ at end of string";
        break escape;
      }
      const c = b[i + 1];
      i += 2;
      if (c === 0x0a) {
        from = i;
        continue;
      }
      const simple = SIMPLE_ESCAPES[c];
      if (simple !== undefined) {
        d.out += simple;
        from = i;
        continue;
      }
      if (c >= 0x30 && c <= 0x37) {
        let v = c - 0x30;
        for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
        d.out += String.fromCharCode(v);
        from = i;
        continue;
      }
      const hex = HEX_ESCAPES[c];
      if (hex !== undefined) {
        let v = 0;
        let k = 0;
        for (; k < hex[0] && i < n; k++, i++) {
          const h = hexValue(b[i]);
          if (h < 0) break;
          v = v * 16 + h;
        }
        reason = hex[1];
        if (k < hex[0]) {
          end = i;
          if (i >= n && !final) return [d.out, start];
          break escape;
        }
        if (v > 0x10ffff) {
          end = i;
          reason = "illegal Unicode character";
          break escape;
        }
        d.out += String.fromCodePoint(v);
        from = i;
        continue;
      }
      if (c === 0x4e) {
        reason = "malformed \\N character escape";
        if (i < n && b[i] === 0x7b) {
          const nameStart = ++i;
          while (i < n && b[i] !== 0x7d) i++;
          if (i >= n) {
            end = n;
            if (!final) return [d.out, start];
            break escape;
          }
          if (i > nameStart) {
            const cp = lookupName(latin1String(b, nameStart, i));
            i++;
            if (cp !== undefined) {
              d.out += String.fromCodePoint(cp);
              from = i;
              continue;
            }
            reason = "unknown Unicode character name";
          }
        } else if (i >= n && !final) return [d.out, start];
        end = i;
        break escape;
      }
      // Not an escape: the backslash stands for itself and the next byte is read normally.
      d.out += "\\";
      i = from = start + 1;
      continue;
    }
    if (end >= n && !final && reason === "\\ at end of string") return [d.out, start];
    i = from = d.error(start, end, reason);
  }
  flush(n);
  return [d.out, n];
}

/** Only \uXXXX and \UXXXXXXXX after an odd number of backslashes are escapes. */
export function rawUnicodeEscapeDecode(b: Uint8Array, errors: string, final: boolean): [string, number] {
  const d = new Decoding("rawunicodeescape", b, errors, () => null);
  const n = b.length;
  let i = 0;
  while (i < n) {
    if (b[i] !== 0x5c) {
      d.out += String.fromCharCode(b[i++]);
      continue;
    }
    const start = i;
    let bs = i;
    while (bs < n && b[bs] === 0x5c) bs++;
    if (bs >= n && !final) {
      // Trailing backslashes: an odd count might start an escape in the next chunk.
      d.out += "\\".repeat(bs - i - 1);
      return [d.out, bs - 1];
    }
    // All but the last backslash are literal; the last one may start an escape.
    d.out += "\\".repeat(bs - i - 1);
    i = bs - 1;
    const c = bs < n ? b[bs] : -1;
    if ((bs - start) % 2 === 0 || (c !== 0x75 && c !== 0x55)) {
      d.out += "\\";
      i = bs;
      continue;
    }
    const count = c === 0x75 ? 4 : 8;
    const escStart = i;
    i = bs + 1;
    let v = 0;
    let k = 0;
    for (; k < count && i < n; k++, i++) {
      const h = hexValue(b[i]);
      if (h < 0) break;
      v = v * 16 + h;
    }
    if (k < count) {
      if (i >= n && !final) return [d.out, escStart];
      i = d.error(escStart, i, count === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
      continue;
    }
    if (v > 0x10ffff) {
      i = d.error(escStart, i, "\\Uxxxxxxxx out of range");
      continue;
    }
    d.out += String.fromCodePoint(v);
  }
  return [d.out, n];
}

function hex(v: number, width: number): string {
  return v.toString(16).padStart(width, "0");
}

/** str -> bytes with every non-printable-ASCII character escaped (quotes are not). */
export function unicodeEscapeEncode(s: string): Uint8Array {
  let out = "";
  for (const cp of codePoints(s)) {
    if (cp === 0x5c) out += "\\\\";
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else if (cp < 0x100) out += "\\x" + hex(cp, 2);
    else if (cp < 0x10000) out += "\\u" + hex(cp, 4);
    else out += "\\U" + hex(cp, 8);
  }
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** str -> bytes: U+0000..U+00FF as one byte each, the rest as \uXXXX / \UXXXXXXXX. */
export function rawUnicodeEscapeEncode(s: string): Uint8Array {
  const out = new ByteWriter(s.length);
  for (const cp of codePoints(s)) {
    if (cp < 0x100) out.byte(cp);
    else {
      const e = cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
      for (let k = 0; k < e.length; k++) out.byte(e.charCodeAt(k));
    }
  }
  return out.result();
}

// ---- escape (bytes <-> bytes) -------------------------------------------------------------------

const BYTE_ESCAPES: Record<number, number> = {
  0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 0x08, 0x66: 0x0c, 0x74: 0x09, 0x6e: 0x0a, 0x72: 0x0d,
  0x76: 0x0b, 0x61: 0x07,
};

/**
 * The escapes of a bytes literal. Errors are ValueErrors, not UnicodeDecodeErrors, and only
 * 'strict', 'replace' and 'ignore' are understood (CPython's PyBytes_DecodeEscape).
 */
export function escapeDecode(b: Uint8Array, errors: string): Uint8Array {
  const out = new ByteWriter(b.length);
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c !== 0x5c) {
      out.byte(c);
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) raise("ValueError", "Trailing \\ in string");
    const e = b[i++];
    if (e === 0x0a) continue;
    const simple = BYTE_ESCAPES[e];
    if (simple !== undefined) {
      out.byte(simple);
      continue;
    }
    if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i < n && b[i] >= 0x30 && b[i] <= 0x37; k++) v = v * 8 + (b[i++] - 0x30);
      out.byte(v & 0xff);
      continue;
    }
    if (e === 0x78) {
      if (i + 1 < n && hexValue(b[i]) >= 0 && hexValue(b[i + 1]) >= 0) {
        out.byte(hexValue(b[i]) * 16 + hexValue(b[i + 1]));
        i += 2;
        continue;
      }
      if (errors === "strict") raise("ValueError", `invalid \\x escape at position ${start}`);
      if (errors === "replace") out.byte(0x3f);
      else if (errors !== "ignore") raise("ValueError", `decoding error; unknown error handling code: ${errors}`);
      if (i < n && hexValue(b[i]) >= 0) i++;
      continue;
    }
    out.byte(0x5c);
    i--;
  }
  return out.result();
}

/** bytes -> bytes as in repr(bytes) without the quotes (but ' is escaped, " is not). */
export function escapeEncode(b: Uint8Array): Uint8Array {
  const out = new ByteWriter(b.length);
  const esc = (s: string): void => {
    for (let k = 0; k < s.length; k++) out.byte(s.charCodeAt(k));
  };
  for (const c of b) {
    if (c === 0x27 || c === 0x5c) esc("\\" + String.fromCharCode(c));
    else if (c === 0x09) esc("\\t");
    else if (c === 0x0a) esc("\\n");
    else if (c === 0x0d) esc("\\r");
    else if (c < 0x20 || c >= 0x7f) esc("\\x" + hex(c, 2));
    else out.byte(c);
  }
  return out.result();
}
