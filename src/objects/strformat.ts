// str.format / str.format_map (PEP 3101 replacement fields), printf-style formatting
// (`str % args`, `bytes % args`), and format() itself (`formatValue`), with CPython 3.11's
// results and error messages. The format mini-language (what a spec means for int, float and
// str) lives in format.ts; this file finds the fields, looks their values up and hands each
// value and spec to the value's __format__.
//
//   replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//   field_name        ::= arg_name ("." attribute_name | "[" element_index "]")*
//
// Templates are parsed once into a list of parts and the parse is cached by template text, so
// a `"{} {}".format(a, b)` in a loop pays only for the lookups and the conversions. Errors
// found while parsing are recorded as a part, not raised: CPython parses lazily and reports
// the first problem it reaches, so '{0}{'.format() is an IndexError, not a ValueError.

import { callDescr, getAttr, getItem, index, intValue, isInstance, repr, str, strValue, typeName } from "./abstract";
import { raise } from "./errors";
import { IndexError, KeyError, OverflowError, PyBaseException, raiseError, TypeError as TypeErrorT, typeError } from "./exceptions";
import { formatFloat, formatInt, formatStr, percentFormatFloat, percentFormatInt, PF_ALT, PF_BLANK, PF_LJUST, PF_SIGN, PF_ZERO } from "./format";
import { floatTrunc } from "./float";
import { toFloat } from "./intfloat";
import type { PyInt } from "./intmath";
import { asciiEscape } from "./strrepr";
import { cpLength, unitOffset } from "./strcore";
import { floatType, PyByteArray, PyBytes, PyFloat, PyStrObj, PyTuple, PyValue } from "./types";

// ---- format() -------------------------------------------------------------------------------

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(v: PyValue): string {
  return asciiEscape(repr(v));
}

/**
 * format(v, spec) (PyObject_Format): exact str, int and float are formatted directly (their
 * __format__ cannot be replaced); anything else goes through type(v).__format__, whose result
 * must be a str.
 */
export function formatValue(v: PyValue, spec: PyValue): string {
  const s = typeof spec === "string" ? spec : strValue(spec);
  if (s === undefined) typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
  switch (typeof v) {
    case "string":
      return s === "" ? v : formatStr(v, s);
    case "number":
    case "bigint":
      return formatInt(v, s);
  }
  if (v instanceof PyFloat && v.cls === floatType) return formatFloat(v.value, s);
  const f = v.cls.lookup("__format__");
  if (f === undefined) typeError(`Type ${v.cls.name} doesn't define __format__`);
  const r = callDescr(f, v, [s]);
  if (typeof r === "string") return r;
  if (r instanceof PyStrObj) return r.value;
  typeError(`__format__ must return a str, not ${typeName(r)}`);
}

// ---- parsing replacement fields -------------------------------------------------------------

/** The first part of a field name: a positional index, a keyword, or AUTO ("{}" numbering). */
const AUTO = -1;

const enum AccKind { ATTR, ITEM, ERROR }

/** One `.name` or `[key]` after the first part; ERROR records a malformed rest. */
interface Accessor {
  kind: AccKind;
  key: string | number;
}

/** A literal run followed (unless `field` is false) by one replacement field or a parse error. */
interface Part {
  literal: string;
  field: boolean;
  /** Positional index, AUTO, or keyword. */
  arg: number | string;
  /** The first part was all digits but too long (raised when the field is reached). */
  argTooBig: boolean;
  accessors: Accessor[] | null;
  /** 0, or 'r' 's' 'a' (anything else is raised when the field is reached). */
  conversion: number;
  spec: string;
  specNeedsExpanding: boolean;
  /** A parse error at this point (after the literal): ValueError with this message. */
  error: string | null;
}

function newPart(literal: string): Part {
  return { literal, field: false, arg: AUTO, argTooBig: false, accessors: null, conversion: 0, spec: "", specNeedsExpanding: false, error: null };
}

/** A run of decimal digits as an index, -1 if `s` is not all digits, -2 when too large. */
function digitsValue(s: string): number {
  if (s.length === 0) return -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
  }
  const n = +s;
  return n > Number.MAX_SAFE_INTEGER ? -2 : n;
}

/** Splits a field name into its first part and its accessors (CPython's field_name_split). */
function parseFieldName(name: string, part: Part): void {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  if (first.length === 0) part.arg = AUTO;
  else {
    const n = digitsValue(first);
    if (n === -2) part.argTooBig = true;
    part.arg = n === -1 ? first : n;
  }
  if (i === name.length) return;
  const acc: Accessor[] = [];
  part.accessors = acc;
  while (i < name.length) {
    const c = name[i];
    if (c === ".") {
      let j = ++i;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      if (j === i) return void acc.push({ kind: AccKind.ERROR, key: "Empty attribute in format string" });
      acc.push({ kind: AccKind.ATTR, key: name.slice(i, j) });
      i = j;
    } else if (c === "[") {
      const j = name.indexOf("]", ++i);
      if (j < 0) return void acc.push({ kind: AccKind.ERROR, key: "Missing ']' in format string" });
      if (j === i) return void acc.push({ kind: AccKind.ERROR, key: "Empty attribute in format string" });
      const k = name.slice(i, j);
      const n = digitsValue(k);
      acc.push({ kind: AccKind.ITEM, key: n >= 0 ? n : k });
      i = j + 1;
    } else {
      return void acc.push({ kind: AccKind.ERROR, key: "Only '.' or '[' may follow ']' in format field specifier" });
    }
  }
}

/**
 * Parses one field starting after its '{' at `i`; returns the index after its '}', or -1 after
 * recording a parse error in `part`.
 */
function parseField(t: string, i: number, part: Part): number {
  const n = t.length;
  // The field name runs to '}', ':' or '!'; inside [...] those characters are part of a key.
  const start = i;
  let c = "";
  for (; i < n; ) {
    c = t[i++];
    if (c === "{") {
      part.error = "unexpected '{' in field name";
      return -1;
    }
    if (c === "[") {
      while (i < n && t[i] !== "]") i++;
      c = "";
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
    c = "";
  }
  const nameEnd = c === "" ? i : i - 1;
  if (c !== "}" && c !== ":" && c !== "!") {
    part.error = "expected '}' before end of string";
    return -1;
  }
  part.field = true;
  parseFieldName(t.slice(start, nameEnd), part);
  if (c === "}") return i;
  if (c === "!") {
    if (i >= n) {
      part.error = "end of string while looking for conversion specifier";
      return -1;
    }
    part.conversion = t.codePointAt(i)!;
    i += part.conversion > 0xffff ? 2 : 1;
    if (i < n) {
      const d = t[i++];
      if (d === "}") return i;
      if (d !== ":") {
        part.error = "expected ':' after conversion specifier";
        return -1;
      }
    }
  }
  // The spec runs to the '}' that balances the field's '{'.
  const specStart = i;
  let depth = 1;
  for (; i < n; i++) {
    const d = t.charCodeAt(i);
    if (d === 0x7b) {
      part.specNeedsExpanding = true;
      depth++;
    } else if (d === 0x7d && --depth === 0) {
      part.spec = t.slice(specStart, i);
      return i + 1;
    }
  }
  part.error = "unmatched '{' in format spec";
  return -1;
}

/** Splits a template into parts (MarkupIterator): literal text with {{ and }} undoubled, then a field. */
function parseTemplate(t: string): Part[] {
  const parts: Part[] = [];
  const n = t.length;
  let i = 0;
  let literal = "";
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (c === 0x7b || c === 0x7d) break;
      j++;
    }
    literal += t.slice(i, j);
    if (j === n) break;
    const brace = t[j];
    if (t[j + 1] === brace) {
      literal += brace;
      i = j + 2;
      continue;
    }
    const part = newPart(literal);
    literal = "";
    parts.push(part);
    if (brace === "}") {
      part.error = "Single '}' encountered in format string";
      return parts;
    }
    if (j + 1 === n) {
      part.error = "Single '{' encountered in format string";
      return parts;
    }
    i = parseField(t, j + 1, part);
    if (i < 0) return parts;
  }
  if (literal.length > 0) parts.push(newPart(literal));
  return parts;
}

const templateCache = new Map<string, Part[]>();
const TEMPLATE_CACHE_MAX = 512;

function templateParts(t: string): Part[] {
  let parts = templateCache.get(t);
  if (parts === undefined) {
    parts = parseTemplate(t);
    if (templateCache.size >= TEMPLATE_CACHE_MAX) templateCache.clear();
    templateCache.set(t, parts);
  }
  return parts;
}

// ---- rendering ------------------------------------------------------------------------------

/** The arguments of one str.format call, and its automatic-numbering state. */
class FormatArgs {
  /** Next automatic index; -1 once manual numbering was used, -2 before either was. */
  auto = -2;
  constructor(
    readonly args: readonly PyValue[],
    readonly kwnames: readonly string[] | null,
    readonly kwvalues: readonly PyValue[] | null,
    /** format_map's mapping (kwnames is then null). */
    readonly mapping: PyValue | null,
  ) {}

  positional(part: Part): PyValue {
    let i = part.arg as number;
    if (this.mapping !== null) raise("ValueError", "Format string contains positional fields");
    if (i === AUTO) {
      if (this.auto === -1) raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
      if (this.auto === -2) this.auto = 0;
      i = this.auto++;
    } else {
      if (this.auto >= 0) raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
      this.auto = -1;
      if (part.argTooBig) raise("ValueError", "Too many decimal digits in format string");
    }
    if (i >= this.args.length) raiseError(IndexError, `Replacement index ${i} out of range for positional args tuple`);
    return this.args[i];
  }

  keyword(name: string): PyValue {
    if (this.mapping !== null) return getItem(this.mapping, name);
    if (this.kwnames !== null) {
      const k = this.kwnames.indexOf(name);
      if (k >= 0) return this.kwvalues![k];
    }
    throw keyError(name);
  }
}

function keyError(key: PyValue): PyBaseException {
  return new PyBaseException(KeyError, new PyTuple([key]));
}

function fieldValue(part: Part, fa: FormatArgs): PyValue {
  let v = typeof part.arg === "number" ? fa.positional(part) : fa.keyword(part.arg);
  const acc = part.accessors;
  if (acc !== null) {
    for (let i = 0; i < acc.length; i++) {
      const a = acc[i];
      switch (a.kind) {
        case AccKind.ATTR:
          v = getAttr(v, a.key as string);
          break;
        case AccKind.ITEM:
          v = getItem(v, a.key);
          break;
        case AccKind.ERROR:
          raise("ValueError", a.key as string);
        default: {
          const never: never = a.kind;
          return never;
        }
      }
    }
  }
  return v;
}

function convert(v: PyValue, conversion: number): PyValue {
  switch (conversion) {
    case 0: return v;
    case 0x72: return repr(v); // r
    case 0x73: return str(v); // s
    case 0x61: return asciiOf(v); // a
  }
  const shown = conversion >= 0x20 && conversion < 0x7f ? String.fromCharCode(conversion) : "\\x" + conversion.toString(16);
  raise("ValueError", `Unknown conversion specifier ${shown}`);
}

/** Renders a template with `depth` levels of nested specs still allowed (CPython allows 2). */
function render(t: string, fa: FormatArgs, depth: number): string {
  if (depth <= 0) raise("ValueError", "Max string recursion exceeded");
  const parts = templateParts(t);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out.push(p.literal);
    if (p.error !== null) raise("ValueError", p.error);
    if (!p.field) continue;
    const v = convert(fieldValue(p, fa), p.conversion);
    const spec = p.specNeedsExpanding ? render(p.spec, fa, depth - 1) : p.spec;
    out.push(typeof v === "string" && spec === "" ? v : formatValue(v, spec));
  }
  // join makes one flat string; `+=` would leave a tree of V8 cons strings, which costs the
  // garbage collector dearly when the result is kept.
  return out.join("");
}

/** template.format(*args, **kwargs): `args` are the positional values, then the keyword values named by kwnames. */
export function strFormat(template: string, args: readonly PyValue[], kwnames: readonly string[] | null): string {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = nkw === 0 ? args : args.slice(0, args.length - nkw);
  const kwv = nkw === 0 ? null : args.slice(args.length - nkw);
  return render(template, new FormatArgs(pos, nkw === 0 ? null : kwnames, kwv, null), 2);
}

/** template.format_map(mapping) */
export function strFormatMap(template: string, mapping: PyValue): string {
  return render(template, new FormatArgs([], null, null, mapping), 2);
}

// ---- printf-style formatting ----------------------------------------------------------------
//
// One engine serves str % args and bytes % args: a bytes template is processed as a Latin-1
// string (one unit per byte), so positions in messages are byte offsets, and every conversion
// produces text that is then encoded back as Latin-1 (the byte conversions only ever produce
// characters below U+0100).

/** Where the next argument comes from: one value used once (`single`), or a tuple's items. */
class PercentArgs {
  items: readonly PyValue[];
  next = 0;
  /** True when the arguments are one value rather than a tuple (CPython's arglen -1). */
  single: boolean;
  constructor(args: PyValue) {
    if (args instanceof PyTuple) {
      this.items = args.items;
      this.single = false;
    } else {
      this.items = [args];
      this.single = true;
    }
  }

  take(): PyValue {
    if (this.next >= this.items.length) typeError("not enough arguments for format string");
    return this.items[this.next++];
  }

  /** A `%(key)` conversion switches to its value as the one remaining argument (quirk copied from CPython: for the rest of the template). */
  useValue(v: PyValue): void {
    this.items = [v];
    this.next = 0;
    this.single = true;
  }
}

/** PyMapping_Check for % purposes: subscriptable, and not a tuple, str or bytes. */
function isPercentMapping(v: PyValue): boolean {
  if (typeof v !== "object") return false;
  if (v instanceof PyTuple || v instanceof PyStrObj || v instanceof PyBytes) return false;
  return v.cls.lookup("__getitem__") !== undefined;
}

const NO_PREC = -1;

function starArg(pa: PercentArgs): number {
  const v = pa.take();
  const i = intValue(v);
  if (i === undefined) typeError("* wants int");
  if (typeof i === "bigint") raiseError(OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

/** The int of a %d/%i/%u (int(v)) or %o/%x/%X (operator.index(v)) argument. */
function percentInt(v: PyValue, conv: string): PyInt {
  const i = intValue(v);
  if (i !== undefined) return i;
  const wrong = (): never => {
    if (conv === "o" || conv === "x" || conv === "X") typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
    typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
  };
  if (typeof v !== "object") return wrong();
  const t = v.cls;
  // PyNumber_Check: something int() or float() could take (a str is not).
  const isNumber = v instanceof PyFloat || t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined ||
    t.lookup("__float__") !== undefined;
  if (!isNumber) return wrong();
  try {
    if (conv === "o" || conv === "x" || conv === "X") return index(v);
    if (v instanceof PyFloat) return floatTrunc(v.value);
    const f = t.lookup("__int__");
    if (f !== undefined) {
      const r = callDescr(f, v, []);
      const ri = intValue(r);
      if (ri === undefined) typeError(`__int__ returned non-int (type ${typeName(r)})`);
      return ri;
    }
    return index(v);
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, TypeErrorT)) return wrong();
    throw e;
  }
}

/** The float of a %e/%f/%g argument (PyFloat_AsDouble). */
function percentFloat(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  if (i !== undefined) return toFloat(i);
  if (typeof v === "object") {
    const f = v.cls.lookup("__float__");
    if (f !== undefined) {
      const r = callDescr(f, v, []);
      if (!(r instanceof PyFloat)) typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
      return r.value;
    }
    if (v.cls.lookup("__index__") !== undefined) return toFloat(index(v));
  }
  typeError(`must be real number, not ${typeName(v)}`);
}

/** Pads a %s/%r/%a/%c result: width in code points, '-' pads on the right, always with spaces. */
function padText(s: string, len: number, flags: number, width: number): string {
  if (width <= len) return s;
  const fill = " ".repeat(width - len);
  return flags & PF_LJUST ? s + fill : fill + s;
}

/** The bytes of a bytes-like object as a Latin-1 string, or undefined. */
function latin1Of(v: PyValue): string | undefined {
  if (v instanceof PyBytes) return Buffer.from(v.data.buffer, v.data.byteOffset, v.data.length).toString("latin1");
  if (v instanceof PyByteArray) return Buffer.from(v.data.buffer, v.data.byteOffset, v.length).toString("latin1");
  return undefined;
}

/** %s/%b of bytes formatting: a bytes-like object or one with __bytes__. */
function percentBytesText(v: PyValue): string {
  const b = latin1Of(v);
  if (b !== undefined) return b;
  if (typeof v === "object") {
    const f = v.cls.lookup("__bytes__");
    if (f !== undefined) {
      const r = callDescr(f, v, []);
      if (!(r instanceof PyBytes)) typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return latin1Of(r)!;
    }
  }
  typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
}

/** %c: str formatting takes an int code point or a one-character str; bytes formatting an int < 256 or one byte. */
function percentChar(v: PyValue, bytes: boolean): string {
  if (bytes) {
    const b = latin1Of(v);
    if (b !== undefined && b.length === 1) return b;
    const i = intValue(v) ?? (typeof v === "object" && b === undefined && v.cls.lookup("__index__") !== undefined ? index(v) : undefined);
    if (i === undefined) typeError("%c requires an integer in range(256) or a single byte");
    if (i < 0 || i > 255) raiseError(OverflowError, "%c arg not in range(256)");
    return String.fromCharCode(Number(i));
  }
  const s = strValue(v);
  if (s !== undefined) {
    if (s.length === 0 || s.length > 2 || cpLength(s) !== 1) typeError("%c requires int or char");
    return s;
  }
  const i = intValue(v) ?? (typeof v === "object" && v.cls.lookup("__index__") !== undefined ? index(v) : undefined);
  if (i === undefined) typeError("%c requires int or char");
  if (i < 0 || i > 0x10ffff) raiseError(OverflowError, "%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
}

/** Reads a run of digits at fmt[i] as a width or precision: [value, end]. */
function readCount(fmt: string, i: number, what: string): [number, number] {
  let n = 0;
  for (;;) {
    const c = fmt.charCodeAt(i); // NaN past the end
    if (!(c >= 0x30 && c <= 0x39)) return [n, i];
    n = n * 10 + (c - 0x30);
    if (n > 0x7fffffffffff) raise("ValueError", `${what} too big`);
    i++;
  }
}

/**
 * fmt % args. `bytes` selects bytes semantics (fmt is then Latin-1 text and so is the result,
 * and a %(name) key is looked up as bytes).
 */
function percentFormat(fmt: string, args: PyValue, bytes: boolean): string {
  const pa = new PercentArgs(args);
  const dict = isPercentMapping(args) ? args : null;
  const n = fmt.length;
  const out: string[] = []; // joined at the end, as in render
  let i = 0;
  for (;;) {
    const j = fmt.indexOf("%", i);
    if (j < 0) {
      out.push(i === 0 ? fmt : fmt.slice(i));
      break;
    }
    out.push(fmt.slice(i, j));
    i = j + 1;
    if (i >= n) raise("ValueError", "incomplete format");
    if (fmt.charCodeAt(i) === 0x25) {
      out.push("%");
      i++;
      continue;
    }
    // %(key)
    if (fmt.charCodeAt(i) === 0x28) {
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        const c = fmt.charCodeAt(i++);
        if (c === 0x28) depth++;
        else if (c === 0x29) depth--;
      }
      if (depth > 0) raise("ValueError", "incomplete format key");
      if (dict === null) typeError("format requires a mapping");
      const keyText = fmt.slice(start, i - 1);
      const key = bytes ? new PyBytes(Uint8Array.from(Buffer.from(keyText, "latin1"))) : keyText;
      pa.useValue(getItem(dict, key));
    }
    // flags
    let flags = 0;
    for (; i < n; i++) {
      const c = fmt.charCodeAt(i);
      if (c === 0x2d) flags |= PF_LJUST;
      else if (c === 0x2b) flags |= PF_SIGN;
      else if (c === 0x20) flags |= PF_BLANK;
      else if (c === 0x23) flags |= PF_ALT;
      else if (c === 0x30) flags |= PF_ZERO;
      else break;
    }
    // width
    let width = -1;
    if (fmt.charCodeAt(i) === 0x2a) {
      width = starArg(pa);
      if (width < 0) {
        flags |= PF_LJUST;
        width = -width;
      }
      i++;
    } else [width, i] = readCount(fmt, i, "width");
    // precision
    let prec = NO_PREC;
    if (fmt.charCodeAt(i) === 0x2e) {
      i++;
      if (fmt.charCodeAt(i) === 0x2a) {
        prec = starArg(pa);
        if (prec < 0) prec = 0;
        i++;
      } else [prec, i] = readCount(fmt, i, "precision");
    }
    // length modifiers are accepted and ignored
    while (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) raise("ValueError", "incomplete format");
    const conv = fmt[i];
    const convAt = i;
    i++;
    const v = pa.take();
    out.push(percentOne(fmt, conv, convAt, v, flags, width, prec, bytes));
  }
  if (dict === null && pa.next < pa.items.length) {
    typeError(`not all arguments converted during ${bytes ? "bytes" : "string"} formatting`);
  }
  return out.join("");
}

function percentOne(fmt: string, conv: string, at: number, v: PyValue, flags: number, width: number, prec: number,
                    bytes: boolean): string {
  switch (conv) {
    case "s":
    case "r":
    case "a":
    case "b": {
      let s: string;
      if (conv === "r" || conv === "a") s = conv === "r" && !bytes ? repr(v) : asciiOf(v);
      else if (bytes) s = percentBytesText(v);
      else if (conv === "b") return unsupported(fmt, at);
      else s = typeof v === "string" ? v : str(v);
      if (bytes) {
        let len = s.length;
        if (prec !== NO_PREC && prec < len) s = s.slice(0, (len = prec));
        return padText(s, len, flags, width);
      }
      let len = cpLength(s);
      if (prec !== NO_PREC && prec < len) {
        s = s.slice(0, unitOffset(s, prec));
        len = prec;
      }
      return padText(s, len, flags, width);
    }
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X":
      return percentFormatInt(percentInt(v, conv), flags, width, prec, conv);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return percentFormatFloat(percentFloat(v), flags, width, prec, conv);
    case "c": {
      const s = percentChar(v, bytes);
      return padText(s, 1, flags, width);
    }
    default:
      return unsupported(fmt, at);
  }
}

function unsupported(fmt: string, at: number): never {
  const c = fmt.codePointAt(at)!;
  const shown = c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : "?";
  raise("ValueError", `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${strIndexOf(fmt, at)}`);
}

/** The code point index of unit offset `at` (error positions are code points). */
function strIndexOf(s: string, at: number): number {
  return cpLength(s.slice(0, at));
}

/** str % args */
export function strPercent(fmt: string, args: PyValue): string {
  return percentFormat(fmt, args, false);
}

/** bytes % args (the template and the result as bytes). */
export function bytesPercent(fmt: Uint8Array, args: PyValue): Uint8Array {
  const text = Buffer.from(fmt.buffer, fmt.byteOffset, fmt.length).toString("latin1");
  return Uint8Array.from(Buffer.from(percentFormat(text, args, true), "latin1"));
}
