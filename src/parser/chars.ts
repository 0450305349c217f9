// Character classes the tokenizer and repr need beyond ASCII, from Unicode 14.0 (CPython 3.11's
// version) through src/unicode, whose tables load on first use only.
import { isPrintable, isXidContinue, isXidStart } from "../unicode/properties";

export function isIdentifierStart(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
  return isXidStart(cp);
}

export function isIdentifierContinue(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || cp === 95;
  return isXidContinue(cp);
}

/** Python's str.isprintable() for one code point. */
export function isPrintableChar(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  return isPrintable(cp);
}
