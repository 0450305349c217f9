// Python's repr() of the values an AST Constant can hold: str, bytes, int, float, complex.
// The runtime's str/float objects use the same functions, so the rules live in one place.

import { isPrintableChar } from "./chars";

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** repr(str): CPython's unicode_repr quoting and escaping rules. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp === 0x27 /* ' */ || cp === 0x22 /* " */) {
      out += cp === quote.charCodeAt(0) ? "\\" + quote : String.fromCharCode(cp);
    } else if (cp === 0x5c) out += "\\\\";
    else if (cp === 9) out += "\\t";
    else if (cp === 10) out += "\\n";
    else if (cp === 13) out += "\\r";
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else if (cp < 0x7f || !isPrintableChar(cp)) {
      if (cp < 0x100) out += "\\x" + hex(cp, 2);
      else if (cp < 0x10000) out += "\\u" + hex(cp, 4);
      else out += "\\U" + hex(cp, 8);
    } else out += String.fromCodePoint(cp);
  }
  return out + quote;
}

/** repr(bytes). */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/**
 * Shortest round-trip formatting, as float.__repr__ (format code 'r'): fixed notation when the
 * decimal exponent is in [-4, 16), scientific otherwise. `addDot0` appends ".0" to integral
 * values in fixed notation (float repr does; the parts of complex repr do not).
 */
export function reprFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDot0 ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const [mant, expStr] = Math.abs(x).toExponential().split("e");
  const digits = mant.replace(".", "");
  const decpt = Number(expStr) + 1; // position of the decimal point after the first digit
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const e = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) {
    return sign + digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  }
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** repr(complex(real, imag)). */
export function reprComplex(real: number, imag: number): string {
  const im = reprFloat(imag, false);
  if (real === 0 && !Object.is(real, -0)) return im + "j";
  const re = reprFloat(real, false);
  const sep = imag < 0 || Object.is(imag, -0) || (Number.isNaN(imag) && im.startsWith("-")) ? "" : "+";
  return `(${re}${sep}${im}j)`;
}
