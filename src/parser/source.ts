// Source files to text: BOM, PEP 263 coding cookies and newline translation, as CPython's
// tokenizer does before tokenizing (Parser/tokenizer.c: check_bom, check_coding_spec).

import { PySyntaxError } from "./errors";

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const BLANK_OR_COMMENT = /^[ \t\f]*(#.*)?$/;

/** get_normal_name: CPython's canonical spelling of utf-8 and latin-1. */
function normalEncodingName(s: string): string {
  const buf = s.slice(0, 12).replace(/_/g, "-").toLowerCase();
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (buf === "latin-1" || buf === "iso-8859-1" || buf === "iso-latin-1" || buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) return "iso-8859-1";
  return s;
}

/** Python codec names to WHATWG encoding labels understood by TextDecoder. */
function textDecoderLabel(enc: string): string | null {
  const e = enc.toLowerCase().replace(/_/g, "-");
  const aliases: Record<string, string> = {
    "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "latin": "latin1", "l1": "latin1", "latin1": "latin1", "iso8859-1": "latin1", "8859": "latin1", "cp819": "latin1",
    "ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
    "cp1252": "windows-1252", "windows-1252": "windows-1252", "cp1251": "windows-1251", "windows-1251": "windows-1251",
    "cp1250": "windows-1250", "koi8-r": "koi8-r", "koi8-u": "koi8-u", "euc-jp": "euc-jp", "eucjp": "euc-jp",
    "shift-jis": "shift_jis", "shiftjis": "shift_jis", "sjis": "shift_jis", "cp932": "shift_jis", "euc-kr": "euc-kr",
    "euckr": "euc-kr", "gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "iso-2022-jp": "iso-2022-jp",
    "utf-16": "utf-16le", "utf-16-le": "utf-16le", "utf-16-be": "utf-16be", "mac-roman": "macintosh", "macroman": "macintosh",
  };
  if (aliases[e]) return aliases[e];
  const m = /^iso-?8859-?(\d+)$/.exec(e);
  if (m) return m[1] === "1" ? "latin1" : `iso-8859-${m[1]}`;
  const cp = /^(?:cp|windows-)(125\d|874|866)$/.exec(e);
  if (cp) return cp[1] === "866" ? "ibm866" : `windows-${cp[1]}`;
  return null;
}

/** The first `n` lines of raw bytes, as latin-1 text (enough to find a cookie). */
function headLines(bytes: Uint8Array, n: number): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length && lines.length < n; i++) {
    if (bytes[i] === 10 || bytes[i] === 13) {
      lines.push(latin1(bytes.subarray(start, i)));
      if (bytes[i] === 13 && bytes[i + 1] === 10) i++;
      start = i + 1;
    }
  }
  if (lines.length < n && start < bytes.length) lines.push(latin1(bytes.subarray(start)));
  return lines;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

/**
 * Decodes UTF-8, mapping each byte of an invalid sequence to U+DC80+byte (Python's
 * "surrogateescape"), so that errors can be reported later where CPython reports them.
 */
export function decodeUtf8Lossless(b: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    let out = "";
    let i = 0;
    while (i < b.length) {
      const c = b[i];
      let len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
      if (len > 1) {
        try {
          out += new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(i, i + len));
          i += len;
          continue;
        } catch {
          len = 0;
        }
      }
      if (len === 1) out += String.fromCharCode(c);
      else out += String.fromCharCode(0xdc00 + c);
      i++;
    }
    return out;
  }
}

/**
 * Decoding with the codec registry, for encodings TextDecoder does not know (cp437, ...), as
 * CPython's tokenizer uses Python codecs: installed by the _codecs module; null when the
 * registry does not know the encoding either.
 */
export const sourceCodecs: { decode: (encoding: string, bytes: Uint8Array) => string | null; ready: boolean } = {
  decode: () => null,
  /** Whether the registry can be asked yet (the interpreter and its imports are set up). */
  ready: false,
};

/** A script in an encoding only the codec registry knows, read before the interpreter is up. */
export class SourceNeedsCodecs extends Error {}

/** Whether source bytes declare their encoding (a BOM or a coding cookie), as CPython's tok->encoding. */
export function declaresEncoding(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  const [l1, l2] = headLines(bytes, 2);
  if (l1 !== undefined && COOKIE.test(l1)) return true;
  return l1 !== undefined && BLANK_OR_COMMENT.test(l1) && l2 !== undefined && COOKIE.test(l2);
}

/** The line (1-based) and first byte of the first invalid UTF-8 sequence, or null. */
function firstInvalidUtf8(b: Uint8Array): [number, number] | null {
  let line = 1;
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c === 10) line++;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (len === 0) return [line, c];
    if (len > 1) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(i, i + len));
      } catch {
        return [line, c];
      }
    }
    i += len;
  }
  return null;
}

/**
 * Decodes a source file's bytes to text with "\n" newlines, or raises CPython's SyntaxError.
 * `fromFile`: the bytes are a script being run (CPython's file tokenizer), whose decoding errors
 * have other messages and no position.
 */
export function decodeSource(bytes: Uint8Array, filename: string, fromFile = false): string {
  let b = bytes;
  let bom = false;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    bom = true;
    b = b.subarray(3);
  }
  let encoding: string | null = null;
  const [l1, l2] = headLines(b, 2);
  let m = l1 !== undefined ? COOKIE.exec(l1) : null;
  if (!m && l1 !== undefined && BLANK_OR_COMMENT.test(l1) && l2 !== undefined) m = COOKIE.exec(l2);
  if (m) encoding = normalEncodingName(m[1]);
  const fail = (msg: string): never => {
    throw new PySyntaxError("SyntaxError", msg, filename, 0, -1, null, 0, -1, fromFile ? "none" : "short");
  };
  if (bom && encoding !== null && encoding !== "utf-8") fail(`encoding problem: ${encoding} with BOM`);
  let text: string;
  if (encoding === null || encoding === "utf-8") {
    if (fromFile && encoding === null && !bom) {
      const bad = firstInvalidUtf8(b);
      if (bad !== null) {
        fail(`Non-UTF-8 code starting with '\\x${bad[1].toString(16).padStart(2, "0")}' in file ${filename} on line ${bad[0]}, ` +
          "but no encoding declared; see https://peps.python.org/pep-0263/ for details");
      }
    }
    text = decodeUtf8Lossless(b);
  } else if (encoding === "iso-8859-1") {
    text = latin1(b);
  } else {
    const label = textDecoderLabel(encoding);
    if (label === null) {
      // A script read before the interpreter is up waits for the registry (cli/main.ts); the
      // parser alone (parseBytes) knows only the encodings TextDecoder knows.
      if (!sourceCodecs.ready) {
        if (fromFile) throw new SourceNeedsCodecs(encoding);
        fail(`unknown encoding: ${encoding}`);
      }
      const viaCodecs = sourceCodecs.decode(encoding, b);
      if (viaCodecs === null) fail(fromFile ? `encoding problem: ${encoding}` : `unknown encoding: ${encoding}`);
      return normalizeNewlines(viaCodecs!);
    }
    if (label === "latin1") text = latin1(b);
    else if (label === "ascii") text = latin1(b);
    else {
      try {
        text = new TextDecoder(label!).decode(b);
      } catch {
        fail(`unknown encoding: ${encoding}`);
      }
    }
  }
  return normalizeNewlines(text!);
}

export function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}
