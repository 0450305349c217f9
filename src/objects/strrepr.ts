// repr() and ascii() of str, as CPython 3.11's unicode_repr and PyObject_ASCII.
//
// Quote choice: single quotes, unless the string contains a single quote and no double quote.
// Escapes: \\, \t, \n, \r, the chosen quote; other non-printable characters (Unicode 14
// isprintable: not categories Cc Cf Cs Co Cn Zl Zp Zs, space excepted) as \xhh, \uhhhh or
// \Uhhhhhhhh; printable non-ASCII characters as they are.

import { isPrintable } from "../unicode/properties";
import { codePointAtUnit } from "./strcore";

/** Printable ASCII other than the quote characters and backslash. */
const PLAIN_ASCII = /^[\x20-\x21\x23-\x26\x28-\x5b\x5d-\x7e]*$/;

function hexEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + (cp < 0x10 ? "0" : "") + cp.toString(16);
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** repr(s) */
export function reprStr(s: string): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? 0x22 : 0x27;
  let out = "";
  let from = 0; // start of the pending run of characters copied as they are
  for (let u = 0; u < s.length; ) {
    const cp = codePointAtUnit(s, u);
    const k = cp > 0xffff ? 2 : 1;
    let esc: string | null = null;
    if (cp < 0x7f) {
      if (cp === quote) esc = quote === 0x27 ? "\\'" : '\\"';
      else if (cp === 0x5c) esc = "\\\\";
      else if (cp < 0x20) esc = cp === 9 ? "\\t" : cp === 10 ? "\\n" : cp === 13 ? "\\r" : hexEscape(cp);
    } else if (!isPrintable(cp)) esc = hexEscape(cp);
    if (esc !== null) {
      out += s.slice(from, u) + esc;
      from = u + k;
    }
    u += k;
  }
  const q = String.fromCharCode(quote);
  return q + out + s.slice(from) + q;
}

/** Escapes the non-ASCII code points of a repr as ascii() does (\xhh, \uhhhh, \Uhhhhhhhh). */
export function asciiEscape(r: string): string {
  if (!/[^\x00-\x7f]/.test(r)) return r;
  let out = "";
  for (let u = 0; u < r.length; ) {
    const cp = codePointAtUnit(r, u);
    out += cp < 0x80 ? r[u] : hexEscape(cp);
    u += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** ascii(s) for a str */
export function asciiStr(s: string): string {
  return asciiEscape(reprStr(s));
}
