// pyexpat's input layer: picks the document's encoding (the encoding= argument, a byte order
// mark, the first bytes, or the XML declaration's encoding pseudo-attribute) and decodes byte
// chunks to text incrementally. A byte sequence the encoding does not allow becomes U+FFFF,
// which is not an XML character, so the parser reports it as expat does: "not well-formed
// (invalid token)" at that character.

import { bytesDecode } from "../objects/strcodecs";

/** How many input bytes one UTF-16 code unit of decoded text stands for (byte positions). */
export const enum ByteMode { Utf8 = 0, Utf16 = 1, Single = 2 }

export const BAD = "\uffff";

export interface Decoder {
  readonly mode: ByteMode;
  /** expat converts every encoding but UTF-8 through a 1024-byte buffer (character data comes in pieces). */
  readonly converts: boolean;
  decode(b: Uint8Array, final: boolean): string;
}

class Utf8Decoder implements Decoder {
  readonly mode = ByteMode.Utf8;
  readonly converts = false;
  private rest: Uint8Array | null = null;
  private fast = new TextDecoder("utf-8", { fatal: true });

  decode(input: Uint8Array, final: boolean): string {
    let b = input;
    if (this.rest !== null) {
      const c = new Uint8Array(this.rest.length + input.length);
      c.set(this.rest);
      c.set(input, this.rest.length);
      b = c;
      this.rest = null;
    }
    // An incomplete sequence at the end waits for the next chunk.
    let end = b.length;
    if (!final) {
      let k = end - 1;
      while (k >= 0 && k > end - 4 && (b[k] & 0xc0) === 0x80) k--;
      if (k >= 0) {
        const lead = b[k];
        const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        if (need > end - k && lead >= 0xc0 && lead < 0xf8) end = k;
      }
      if (end < b.length) this.rest = b.slice(end);
    }
    const part = end === b.length ? b : b.subarray(0, end);
    try {
      return this.fast.decode(part);
    } catch {
      return slowUtf8(part);
    }
  }
}

/** UTF-8 with every invalid or truncated sequence decoded as one U+FFFF. */
function slowUtf8(b: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  const n = b.length;
  let run = "";
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { run += String.fromCharCode(c); i++; continue; }
    let need = 0, cp = 0, min = 0;
    if (c >= 0xc2 && c < 0xe0) { need = 1; cp = c & 0x1f; min = 0x80; }
    else if (c >= 0xe0 && c < 0xf0) { need = 2; cp = c & 0x0f; min = 0x800; }
    else if (c >= 0xf0 && c < 0xf5) { need = 3; cp = c & 0x07; min = 0x10000; }
    let ok = need > 0 && i + need < n;
    if (ok) {
      for (let k = 1; k <= need; k++) {
        const d = b[i + k];
        if (d === undefined || (d & 0xc0) !== 0x80) { ok = false; break; }
        cp = (cp << 6) | (d & 0x3f);
      }
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))) ok = false;
    if (!ok) { run += BAD; i++; continue; }
    run += String.fromCodePoint(cp);
    i += need + 1;
    if (run.length > 4096) { out.push(run); run = ""; }
  }
  out.push(run);
  return out.join("");
}

class Utf16Decoder implements Decoder {
  readonly mode = ByteMode.Utf16;
  readonly converts = true;
  private rest: Uint8Array | null = null;
  constructor(private bigEndian: boolean) {}

  decode(input: Uint8Array, final: boolean): string {
    let b = input;
    if (this.rest !== null) {
      const c = new Uint8Array(this.rest.length + input.length);
      c.set(this.rest);
      c.set(input, this.rest.length);
      b = c;
      this.rest = null;
    }
    let n = b.length & ~1;
    if (n < b.length) {
      if (!final) this.rest = b.slice(n);
    }
    // Keep a high surrogate at the end for the next chunk.
    if (!final && n >= 2) {
      const last = this.bigEndian ? (b[n - 2] << 8) | b[n - 1] : (b[n - 1] << 8) | b[n - 2];
      if (last >= 0xd800 && last < 0xdc00) {
        const keep = b.slice(n - 2);
        this.rest = this.rest === null ? keep : concat(keep, this.rest);
        n -= 2;
      }
    }
    const parts: string[] = [];
    let run: number[] = [];
    for (let i = 0; i < n; i += 2) {
      run.push(this.bigEndian ? (b[i] << 8) | b[i + 1] : (b[i + 1] << 8) | b[i]);
      if (run.length >= 8192) { parts.push(String.fromCharCode(...run)); run = []; }
    }
    parts.push(String.fromCharCode(...run));
    let s = parts.join("");
    if (final && n < b.length) s += BAD;
    return s;
  }
}

/** A one-byte-per-character encoding given as a table of 256 characters (BAD where undefined). */
class TableDecoder implements Decoder {
  readonly mode = ByteMode.Single;
  readonly converts = true;
  constructor(private table: string | null) {}

  decode(b: Uint8Array, _final: boolean): string {
    const parts: string[] = [];
    const t = this.table;
    for (let i = 0; i < b.length; i += 8192) {
      const chunk = b.subarray(i, Math.min(b.length, i + 8192));
      if (t === null) parts.push(String.fromCharCode(...chunk));
      else {
        let s = "";
        for (let k = 0; k < chunk.length; k++) s += t[chunk[k]];
        parts.push(s);
      }
    }
    return parts.join("");
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}

let asciiTable: string | null = null;

/**
 * A decoder for an encoding name. expat knows UTF-8, UTF-16(BE/LE), ISO-8859-1 and US-ASCII;
 * any other name goes to Python's codecs (pyexpat's unknown-encoding handler), which must be a
 * one-byte encoding. `first` are the document's first bytes, for UTF-16's byte order.
 * Throws what the codec lookup throws (LookupError for an unknown name), or returns null for a
 * multi-byte codec.
 */
export function decoderFor(name: string, first: Uint8Array): Decoder | null {
  const n = name.toUpperCase();
  switch (n) {
    case "UTF-8": return new Utf8Decoder();
    case "UTF-16BE": return new Utf16Decoder(true);
    case "UTF-16LE": return new Utf16Decoder(false);
    case "UTF-16": return new Utf16Decoder(!(first[0] === 0xff && first[1] === 0xfe) && !(first[0] === 0x3c && first[1] === 0));
    case "ISO-8859-1": return new TableDecoder(null);
    case "US-ASCII": {
      if (asciiTable === null) {
        asciiTable = "";
        for (let i = 0; i < 256; i++) asciiTable += i < 128 ? String.fromCharCode(i) : BAD;
      }
      return new TableDecoder(asciiTable);
    }
  }
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const s = bytesDecode(all, name, "replace");
  if (s.length !== 256) return null;
  return new TableDecoder(s.replace(/\ufffd/g, BAD));
}

/**
 * The encoding of a document that names none from outside: a byte order mark, UTF-16's "<?"
 * pattern, or the XML declaration's encoding. Returns [name, bytes of BOM to skip], or null
 * when more bytes are needed to decide (never when `final`).
 */
export function detectEncoding(b: Uint8Array, final: boolean): [string, number] | null {
  if (b.length < 2 && !final) return null;
  if (b[0] === 0xfe && b[1] === 0xff) return ["UTF-16BE", 2];
  if (b[0] === 0xff && b[1] === 0xfe) return ["UTF-16LE", 2];
  if (b[0] === 0x3c && b[1] === 0x00) return ["UTF-16LE", 0];
  if (b[0] === 0x00 && b[1] === 0x3c) return ["UTF-16BE", 0];
  if (b[0] === 0xef) {
    if (b.length < 3 && !final) return null;
    if (b[1] === 0xbb && b[2] === 0xbf) return ["UTF-8", 3];
    return ["UTF-8", 0];
  }
  const decl = [0x3c, 0x3f, 0x78, 0x6d, 0x6c];
  for (let i = 0; i < decl.length; i++) {
    if (i >= b.length) return final ? ["UTF-8", 0] : null;
    if (b[i] !== decl[i]) return ["UTF-8", 0];
  }
  // "<?xml": read the declaration (ASCII) up to "?>".
  let end = -1;
  for (let i = 5; i + 1 < b.length; i++) {
    if (b[i] === 0x3f && b[i + 1] === 0x3e) { end = i; break; }
    if (b[i] === 0x3c || b[i] === 0x3e) break;
  }
  if (end < 0) {
    if (!final && b.length < 1024) return null;
    return ["UTF-8", 0];
  }
  let text = "";
  for (let i = 0; i < end; i++) text += String.fromCharCode(b[i]);
  const m = /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(text);
  return [m === null ? "UTF-8" : m[2], 0];
}
