// The format mini-language (format(), str.format, f-strings) for int, float, complex and str,
// and the conversions of printf-style formatting (str % args) for ints and floats, with
// CPython 3.11's results and error messages. Written from the documented grammar and from
// CPython's observed behaviour; the quirks it has that the documentation does not mention are
// marked "Quirk".
//
//   format_spec ::= [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Widths and precisions count code points, not UTF-16 units. Locale-dependent 'n' behaves as
// in the C locale (no grouping, '.' as decimal point), which is what CPython does by default.

import { cpLength } from "./strcore";
import { raise } from "./errors";
import { neg, type PyInt } from "./intmath";
import { toString as intToString } from "./intstr";
import { toFloat } from "./intfloat";
import { formatAbs, Style } from "./floatdigits";

// ---- the spec -------------------------------------------------------------------------------

const NONE = -1;
const C_LT = 0x3c; // <
const C_GT = 0x3e; // >
const C_EQ = 0x3d; // =
const C_CARET = 0x5e; // ^
const C_PLUS = 0x2b;
const C_MINUS = 0x2d;
const C_SPACE = 0x20;
const C_COMMA = 0x2c;
const C_UNDERSCORE = 0x5f;

export interface FormatSpec {
  /** One code point (1 or 2 UTF-16 units); meaningful when fillSpecified. */
  readonly fill: string;
  readonly fillSpecified: boolean;
  /** '<', '>', '=', '^' as a char code, or NONE (-1). */
  readonly align: number;
  /** '+', '-', ' ' as a char code, or NONE. */
  readonly sign: number;
  /** 'z': negative zero (after rounding) is shown without its sign. */
  readonly z: boolean;
  /** '#' */
  readonly alt: boolean;
  /** The '0' flag before the width. */
  readonly zero: boolean;
  readonly width: number; // NONE or >= 0
  /** ',' or '_' as a char code, or NONE. */
  readonly grouping: number;
  readonly precision: number; // NONE or >= 0
  /** The presentation type as a code point, or NONE. NUL is a code point like any other here. */
  readonly type: number;
}

function isAlign(c: number): boolean {
  return c === C_LT || c === C_GT || c === C_EQ || c === C_CARET;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/** A run of decimal digits at spec[i] as a number: [value, end]; "Too many decimal digits" past Py_ssize_t. */
function readInt(spec: string, i: number): [number, number] {
  const start = i;
  while (isDigit(spec.charCodeAt(i))) i++;
  const text = spec.slice(start, i);
  if (text.length > 15 && BigInt(text) > PY_SSIZE_T_MAX) raise("ValueError", "Too many decimal digits in format string");
  return [text.length ? +text : NONE, i];
}

/**
 * Parses a format spec. Validation that depends on the value's type (allowed presentation
 * types, flags a type refuses) happens in the formatXxx functions; `typeName` is only for the
 * "Invalid format specifier" message.
 */
export function parseFormatSpec(spec: string, typeName: string): FormatSpec {
  const r: { -readonly [K in keyof FormatSpec]: FormatSpec[K] } = {
    fill: " ",
    fillSpecified: false,
    align: NONE,
    sign: NONE,
    z: false,
    alt: false,
    zero: false,
    width: NONE,
    grouping: NONE,
    precision: NONE,
    type: NONE,
  };
  const n = spec.length;
  let i = 0;
  if (n === 0) return r;
  // [[fill]align]: the fill is one code point, so it may be a surrogate pair.
  const c0 = spec.codePointAt(0)!;
  const w0 = c0 > 0xffff ? 2 : 1;
  if (w0 < n && isAlign(spec.charCodeAt(w0))) {
    r.fill = spec.slice(0, w0);
    r.fillSpecified = true;
    r.align = spec.charCodeAt(w0);
    i = w0 + 1;
  } else if (isAlign(c0)) {
    r.align = c0;
    i = 1;
  }
  let c = spec.charCodeAt(i);
  if (c === C_PLUS || c === C_MINUS || c === C_SPACE) {
    r.sign = c;
    c = spec.charCodeAt(++i);
  }
  if (c === 0x7a /* z */) {
    r.z = true;
    c = spec.charCodeAt(++i);
  }
  if (c === 0x23 /* # */) {
    r.alt = true;
    c = spec.charCodeAt(++i);
  }
  // The '0' flag, unless a fill was given (then a leading 0 is just part of the width).
  if (c === 0x30 && !r.fillSpecified) {
    r.zero = true;
    i++;
  }
  [r.width, i] = readInt(spec, i);
  c = spec.charCodeAt(i);
  if (c === C_COMMA || c === C_UNDERSCORE) {
    r.grouping = c;
    c = spec.charCodeAt(++i);
    // The other separator is an error here; the same one again is left to be read as the
    // type, which checkGrouping then refuses ("Cannot specify ',' with ','.").
    if ((c === C_COMMA || c === C_UNDERSCORE) && c !== r.grouping) {
      raise("ValueError", "Cannot specify both ',' and '_'.");
    }
  }
  if (c === 0x2e /* . */) {
    [r.precision, i] = readInt(spec, i + 1);
    if (r.precision === NONE) raise("ValueError", "Format specifier missing precision");
  }
  if (i < n) {
    const t = spec.codePointAt(i)!;
    if (i + (t > 0xffff ? 2 : 1) < n) raise("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
    r.type = t;
  }
  return r;
}

/** A presentation type in messages: the character when printable ASCII, else \x<hex>. */
function typeChar(t: number): string {
  return t > 32 && t < 128 ? String.fromCharCode(t) : "\\x" + t.toString(16);
}

function unknownType(t: number, typeName: string): never {
  raise("ValueError", `Unknown format code '${typeChar(t)}' for object of type '${typeName}'`);
}

/**
 * PEP 378 and 515: ',' goes with decimal presentations (and none), '_' also with b, o, x, X.
 * `t` is the type after the value's default was applied.
 */
function checkGrouping(spec: FormatSpec, t: number): void {
  if (spec.grouping === NONE) return;
  switch (t) {
    case 0x64: case 0x65: case 0x66: case 0x67: case 0x45: case 0x47: case 0x25: case 0x46: case NONE: case 0: // d e f g E G % F
      return;
    case 0x62: case 0x6f: case 0x78: case 0x58: // b o x X
      if (spec.grouping === C_UNDERSCORE) return;
  }
  raise("ValueError", `Cannot specify '${String.fromCharCode(spec.grouping)}' with '${typeChar(t)}'.`);
}

// Parsed specs by text: programs format with the same few specs over and over. Records are
// never modified after parsing, so sharing them is safe.
const specCache = new Map<string, FormatSpec>();

function toSpec(spec: string | FormatSpec, typeName: string): FormatSpec {
  if (typeof spec !== "string") return spec;
  let r = specCache.get(spec);
  if (r === undefined) {
    r = parseFormatSpec(spec, typeName); // errors are not cached: they name the type
    if (specCache.size >= 512) specCache.clear();
    specCache.set(spec, r);
  }
  return r;
}

// ---- padding and grouping -------------------------------------------------------------------

/** The first n code points of s. */
function codePointPrefix(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}

function repeatFill(fill: string, n: number): string {
  if (n <= 0) return "";
  if (n > 2 ** 28) raise("MemoryError", "");
  return fill.repeat(n);
}

/**
 * Digits with a separator every `size` digits from the right. When `minWidth` exceeds the
 * result, leading zero digits are added (separated too) until it does not, never starting with
 * a separator: format(1234, '08,') is '0,001,234', one longer than asked.
 */
function group(digits: string, sep: string, size: number, minWidth: number): string {
  let out = "";
  let len = 0;
  let end = digits.length;
  for (;;) {
    const start = Math.max(0, end - size);
    let chunk = digits.slice(start, end);
    end = start;
    const more = end > 0;
    if (!more && len + chunk.length < minWidth) chunk = chunk.padStart(Math.min(size, minWidth - len), "0");
    out = chunk + out;
    len += chunk.length;
    if (!more && len >= minWidth) return out;
    // Another group follows: a separator, then at least one digit.
    out = sep + out;
    len++;
    if (!more && len >= minWidth) {
      // The separator reached the width; a digit must still lead.
      return "0" + out;
    }
  }
}

/**
 * Lays out a number: sign, prefix ("0x"), integer digits (grouped), the rest (fraction,
 * exponent, '%', or "inf"), padded to the width. Numbers align right by default; the '0' flag
 * means fill '0' (unless a fill was given) and '=' alignment (unless one was given), and with
 * '0' fill, '=' alignment and grouping, the padding becomes grouped leading zeros.
 */
function layoutNumber(
  spec: FormatSpec, sign: string, prefix: string, digits: string, rest: string, groupSize: number, surrogates = 0,
): string {
  const fill = spec.fillSpecified ? spec.fill : spec.zero ? "0" : " ";
  const align = spec.align !== NONE ? spec.align : spec.zero ? C_EQ : C_GT;
  const width = spec.width;
  if (spec.grouping !== NONE && digits.length) {
    const sep = spec.grouping === C_COMMA ? "," : "_";
    const minWidth = fill === "0" && align === C_EQ ? width - sign.length - prefix.length - rest.length : 0;
    digits = group(digits, sep, groupSize, minWidth);
  }
  const len = sign.length + prefix.length + digits.length + rest.length - surrogates; // in code points
  if (width <= len) return sign + prefix + digits + rest;
  const pad = width - len;
  switch (align) {
    case C_LT:
      return sign + prefix + digits + rest + repeatFill(fill, pad);
    case C_CARET: {
      const left = pad >> 1;
      return repeatFill(fill, left) + sign + prefix + digits + rest + repeatFill(fill, pad - left);
    }
    case C_EQ:
      return sign + prefix + repeatFill(fill, pad) + digits + rest;
    default:
      return repeatFill(fill, pad) + sign + prefix + digits + rest;
  }
}

/** Pads already formatted text (str, complex) to the width; `len` is its length in code points. */
function pad(spec: FormatSpec, s: string, len: number, defaultAlign: number): string {
  if (spec.width <= len) return s;
  const fill = spec.fillSpecified ? spec.fill : spec.zero ? "0" : " ";
  const n = spec.width - len;
  const align = spec.align !== NONE ? spec.align : defaultAlign;
  switch (align) {
    case C_LT:
      return s + repeatFill(fill, n);
    case C_CARET: {
      const left = n >> 1;
      return repeatFill(fill, left) + s + repeatFill(fill, n - left);
    }
    default:
      return repeatFill(fill, n) + s;
  }
}

function signText(negative: boolean, sign: number): string {
  if (negative) return "-";
  return sign === C_PLUS ? "+" : sign === C_SPACE ? " " : "";
}

// ---- int ------------------------------------------------------------------------------------

/**
 * format(v, spec) for an int: b c d o x X n, the float types (after float(v)), none ('d').
 * `typeName` names the type in messages ('bool' for True, a subclass's name).
 */
export function formatInt(v: PyInt, spec: string | FormatSpec, typeName = "int"): string {
  if (spec === "") return intToString(v);
  const s = toSpec(spec, typeName);
  const t = s.type === NONE ? 0x64 : s.type;
  checkGrouping(s, t);
  switch (t) {
    case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x25: // e E f F g G %
      return formatFloat(toFloat(v), s, typeName);
    case 0x62: case 0x63: case 0x64: case 0x6f: case 0x78: case 0x58: case 0x6e: // b c d o x X n
      break;
    default:
      unknownType(t, typeName);
  }
  if (s.precision !== NONE) raise("ValueError", "Precision not allowed in integer format specifier");
  if (s.z) raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  if (t === 0x63 /* c */) {
    if (s.sign !== NONE) raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (s.alt) raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v > PY_SSIZE_T_MAX || v < -PY_SSIZE_T_MAX - 1n)) {
      raise("OverflowError", "Python int too large to convert to C long"); // it is read as a C long first
    }
    if (v < 0 || v > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber(s, "", "", "", ch, 3, ch.length - 1);
  }
  const negative = v < 0;
  const abs = negative ? neg(v) : v;
  let base = 10;
  let prefix = "";
  let groupSize = 3;
  switch (t) {
    case 0x62:
      base = 2;
      prefix = "0b";
      groupSize = 4;
      break;
    case 0x6f:
      base = 8;
      prefix = "0o";
      groupSize = 4;
      break;
    case 0x78:
      base = 16;
      prefix = "0x";
      groupSize = 4;
      break;
    case 0x58:
      base = 16;
      prefix = "0X";
      groupSize = 4;
      break;
  }
  let digits = intToString(abs, base);
  if (t === 0x58) digits = digits.toUpperCase();
  return layoutNumber(s, signText(negative, s.sign), s.alt ? prefix : "", digits, "", groupSize);
}

// ---- float ----------------------------------------------------------------------------------

/** The body of a formatted finite or infinite |x|, and its style parameters. */
function floatBody(ax: number, t: number, precision: number, alt: boolean, forComplex: boolean): string {
  if (ax !== ax) return "nan";
  if (ax === Infinity) return "inf";
  switch (t) {
    case 0x65: case 0x45:
      return formatAbs(ax, Style.Exp, precision, alt, false);
    case 0x66: case 0x46: case 0x25:
      return formatAbs(ax, Style.Fixed, precision, alt, false);
    case 0x67: case 0x47: case 0x6e:
      return formatAbs(ax, Style.General, precision, alt, false);
    default:
      // None. Quirk: float's none type is repr-like, with or without a precision, and adds
      // ".0"; complex's none type is repr without a precision and 'g' with one, and never
      // adds ".0".
      if (forComplex) {
        return precision === NONE
          ? formatAbs(ax, Style.Repr, NONE, alt, false)
          : formatAbs(ax, Style.General, precision, alt, false);
      }
      return formatAbs(ax, Style.Repr, precision, alt, true);
  }
}

/** Splits "1234.5e+06" into the integer digits and the rest (for grouping and '=' padding). */
function splitDigits(body: string): [string, string] {
  let i = 0;
  while (i < body.length && isDigit(body.charCodeAt(i))) i++;
  return [body.slice(0, i), body.slice(i)];
}

/** True when the body shows zero: only zeros and a point before any exponent or '%'. */
function isZeroBody(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x30 || c === 0x2e) continue;
    return c === 0x65 || c === 0x45 || c === 0x25; // e E %
  }
  return true;
}

function isUpper(t: number): boolean {
  return t === 0x45 || t === 0x46 || t === 0x47;
}

/** format(x, spec) for a float: e E f F g G n % and none. */
export function formatFloat(x: number, spec: string | FormatSpec, typeName = "float"): string {
  // Fast paths: the empty spec is str(x); ".Nf" with no other parts is common.
  if (typeof spec === "string") {
    if (spec === "") return floatFormatNone(x);
    if (spec.length === 3 && spec.charCodeAt(0) === 0x2e && spec.charCodeAt(2) === 0x66) {
      const p = spec.charCodeAt(1) - 0x30;
      if (p >= 0 && p <= 9 && Number.isFinite(x)) {
        const neg = x < 0 || (x === 0 && 1 / x < 0);
        return (neg ? "-" : "") + formatAbs(neg ? -x : x, Style.Fixed, p, false, false);
      }
    }
  }
  const s = toSpec(spec, typeName);
  const t = s.type === NONE ? 0 : s.type;
  checkGrouping(s, t);
  switch (t) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e: case 0x25:
      break;
    default:
      unknownType(t, typeName);
  }
  let v = t === 0x25 ? x * 100 : x; // Quirk: '%' multiplies in floating point first
  let negative = v < 0 || (v === 0 && 1 / v < 0);
  if (negative) v = -v;
  let body = floatBody(v, t, s.precision, s.alt, false);
  if (negative && s.z && isZeroBody(body)) negative = false;
  if (isUpper(t)) body = body.toUpperCase();
  if (t === 0x25) body += "%";
  const [digits, rest] = splitDigits(body);
  return layoutNumber(s, signText(negative, s.sign), "", digits, rest, 3);
}

/** format(x, '') and str(x), without parsing. */
function floatFormatNone(x: number): string {
  if (x !== x) return "nan";
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const body = x === Infinity || x === -Infinity ? "inf" : formatAbs(neg ? -x : x, Style.Repr, NONE, false, true);
  return neg ? "-" + body : body;
}

// ---- complex --------------------------------------------------------------------------------

/**
 * format(complex(re, im), spec): each part formatted as a float would be, the imaginary part
 * always signed and followed by 'j'; the whole is padded. With no presentation type the result
 * is parenthesized like repr and the real part is left out when it is +0.0.
 */
export function formatComplex(re: number, im: number, spec: string | FormatSpec, typeName = "complex"): string {
  const s = toSpec(spec, typeName);
  const t = s.type === NONE ? 0 : s.type;
  checkGrouping(s, t);
  switch (t) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e:
      break;
    default:
      unknownType(t, typeName);
  }
  if ((s.fillSpecified ? s.fill === "0" : s.zero)) raise("ValueError", "Zero padding is not allowed in complex format specifier");
  if (s.align === C_EQ) raise("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  const noType = t === 0;
  const skipRe = noType && re === 0 && 1 / re > 0;
  const partSpec = { ...s, width: NONE, align: NONE, zero: false, fillSpecified: false };
  let out = "";
  if (!skipRe) out += complexPart(re, t, partSpec, s.sign);
  // The imaginary part is always signed, unless it stands alone.
  out += complexPart(im, t, partSpec, skipRe ? s.sign : C_PLUS) + "j";
  if (noType && !skipRe) out = "(" + out + ")";
  return pad(s, out, out.length, C_GT);
}

function complexPart(x: number, t: number, s: FormatSpec, sign: number): string {
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = negative ? -x : x;
  let body = floatBody(ax, t, s.precision, s.alt, true);
  if (negative && s.z && isZeroBody(body)) negative = false;
  if (isUpper(t)) body = body.toUpperCase();
  const [digits, rest] = splitDigits(body);
  return layoutNumber(s, signText(negative, sign), "", digits, rest, 3);
}

// ---- str ------------------------------------------------------------------------------------

/** format(s, spec) for a str: type 's' or none; precision truncates; widths in code points. */
export function formatStr(str: string, spec: string | FormatSpec, typeName = "str"): string {
  if (spec === "") return str;
  const s = toSpec(spec, typeName);
  const t = s.type === NONE ? 0x73 : s.type;
  checkGrouping(s, t);
  if (t !== 0x73) unknownType(t, typeName);
  if (s.sign === C_SPACE) raise("ValueError", "Space not allowed in string format specifier");
  if (s.sign !== NONE) raise("ValueError", "Sign not allowed in string format specifier");
  if (s.z) raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (s.alt) raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (s.align === C_EQ) raise("ValueError", "'=' alignment not allowed in string format specifier");
  let len = cpLength(str);
  if (s.precision !== NONE && s.precision < len) {
    str = codePointPrefix(str, s.precision);
    len = s.precision;
  }
  // The '0' flag gives fill '0' but, unlike numbers, keeps left alignment.
  return pad(s, str, len, C_LT);
}

// ---- printf-style (str % args) --------------------------------------------------------------

/** Flags of a %-conversion, as a bit set. */
export const PF_LJUST = 1; // '-'
export const PF_SIGN = 2; // '+'
export const PF_BLANK = 4; // ' '
export const PF_ALT = 8; // '#'
export const PF_ZERO = 16; // '0'

/** Pads a converted number: '-' pads right with spaces, '0' with zeros after sign and prefix. */
function percentPad(flags: number, width: number, sign: string, prefix: string, body: string): string {
  const len = sign.length + prefix.length + body.length;
  if (width <= len) return sign + prefix + body;
  const n = width - len;
  if (flags & PF_LJUST) return sign + prefix + body + repeatFill(" ", n);
  if (flags & PF_ZERO) return sign + prefix + repeatFill("0", n) + body;
  return repeatFill(" ", n) + sign + prefix + body;
}

function percentSign(negative: boolean, flags: number): string {
  if (negative) return "-";
  return flags & PF_SIGN ? "+" : flags & PF_BLANK ? " " : "";
}

/**
 * One %-conversion of an int: d i u o x X c. `prec` (NONE when absent) is a minimum digit
 * count; '#' adds 0o/0x/0X. The caller has already turned the argument into an int (and
 * raised the TypeErrors about its type).
 */
export function percentFormatInt(v: PyInt, flags: number, width: number, prec: number, conv: string): string {
  if (conv === "c") {
    if (v < 0 || v > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    if (width <= 1) return ch;
    return flags & PF_LJUST ? ch + repeatFill(" ", width - 1) : repeatFill(" ", width - 1) + ch;
  }
  let base = 10;
  let prefix = "";
  switch (conv) {
    case "o":
      base = 8;
      prefix = "0o";
      break;
    case "x":
      base = 16;
      prefix = "0x";
      break;
    case "X":
      base = 16;
      prefix = "0X";
      break;
  }
  const negative = v < 0;
  let digits = intToString(negative ? neg(v) : v, base);
  if (conv === "X") digits = digits.toUpperCase();
  if (prec > digits.length) digits = repeatFill("0", prec - digits.length) + digits;
  return percentPad(flags, width, percentSign(negative, flags), flags & PF_ALT ? prefix : "", digits);
}

/**
 * One %-conversion of a float: e E f F g G (precision 6 when absent). Quirk: the '0' flag
 * also pads inf and nan with zeros ('%05f' % inf is '00inf').
 */
export function percentFormatFloat(x: number, flags: number, width: number, prec: number, conv: string): string {
  const t = conv.charCodeAt(0);
  const negative = x < 0 || (x === 0 && 1 / x < 0);
  let body = floatBody(negative ? -x : x, t, prec < 0 ? 6 : prec, (flags & PF_ALT) !== 0, false);
  if (isUpper(t)) body = body.toUpperCase();
  return percentPad(flags, width, percentSign(negative, flags), "", body);
}
