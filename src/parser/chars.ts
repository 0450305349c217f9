// Character classes the tokenizer needs beyond ASCII.
//
// These use the JavaScript engine's Unicode tables (ICU), which may be a newer Unicode version
// than CPython 3.11's 14.0; code points assigned after 14.0 are the only possible difference.

const XID_START = /^\p{XID_Start}$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isIdentifierStart(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
  return XID_START.test(String.fromCodePoint(cp));
}

export function isIdentifierContinue(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 95;
  return XID_CONTINUE.test(String.fromCodePoint(cp));
}

/** Python's str.isprintable() for one code point. */
export function isPrintableChar(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}
