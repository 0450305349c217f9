// _json: the accelerator json.decoder and json.encoder pick up (CPython's Modules/_json.c):
// scanstring, encode_basestring(_ascii), the Scanner type (make_scanner, called as
// scan_once(string, idx)) and the Encoder type (make_encoder, called as
// _iterencode(obj, _current_indent_level)).
//
// Positions. Python indexes a str by code point, a JS string by UTF-16 unit; the scanner works
// in units and converts the positions it takes and reports (indices, JSONDecodeError pos) at
// the boundary. Escaping works per unit too: an astral character is a surrogate pair in both
// the JS string and CPython's "\\ud834\\udd1e" output.
//
// Quirks kept from the C code: a failed term raises StopIteration(idx) from any depth (the
// Python side turns it into "Expecting value"); the encoder ignores indent (json.encoder only
// uses it when indent is None) and answers a one-item list; int and float subclasses are
// written with int.__repr__ and float.__repr__.

import { call, callMethod, getAttr, idOf, index, intValue, repr, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError, valueError } from "../objects/exceptions";
import { floatRepr } from "../objects/float";
import * as I from "../objects/intstr";
import { clinicArgs, defGetSet, defMethod, defNew } from "../objects/native";
import { PyObject, PyType } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { DictStore } from "../objects/dictstore";
import { cpIndex, isNarrow, strCompare, unitOffset } from "../objects/strcore";
import {
  dictType, False, floatType, intType, None, PyBuiltinFunction, PyFloat, PyList, PyStrObj, PyTuple, PyValue, True,
} from "../objects/types";
import { stopIterationWith } from "../vm/gen";
import { adjustDepth, depth, recursionLimit } from "../vm/eval";
import { importModuleLevel } from "../vm/import";
import { defineModule, nativeType } from "./registry";

/** The str a value holds (str or a str subclass), or undefined. */
function strOf(v: PyValue): string | undefined {
  return typeof v === "string" ? v : v instanceof PyStrObj ? v.value : undefined;
}

function notAString(v: PyValue): never {
  typeError(`first argument must be a string, not ${typeName(v)}`);
}

/** _Py_EnterRecursiveCall: the same depth count and limit as Python frames. */
function enterRecursive(where: string): void {
  if (depth >= recursionLimit) raiseError(E.RecursionError, `maximum recursion depth exceeded${where}`);
  adjustDepth(1);
}

// ---- decoding -------------------------------------------------------------------------------------

/** Raises json.decoder.JSONDecodeError(msg, s, pos), pos a unit offset into s. */
function decodeError(msg: string, s: string, unit: number): never {
  const mod = importModuleLevel("json.decoder", None, new PyTuple(["JSONDecodeError"]), 0);
  const cls = getAttr(mod, "JSONDecodeError");
  const pos = isNarrow(s) ? unit : cpIndex(s, unit);
  throw call(cls, [msg, s, pos]);
}

function stopAt(s: string, unit: number): never {
  throw stopIterationWith(isNarrow(s) ? unit : cpIndex(s, unit));
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Four hex digits at s[at..at+4), or -1. */
function hex4(s: string, at: number): number {
  let v = 0;
  for (let i = 0; i < 4; i++) {
    const d = hexValue(s.charCodeAt(at + i));
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

/**
 * Where the last scan ended (the unit after the term). The scanning functions return the value
 * and set this as their last step, after any Python call (hooks may scan again), so a caller
 * reads it right after the call returns. This saves a [value, end] pair per term.
 */
let scanEnd = 0;

/**
 * scanstring: the JSON string whose opening quote is just before unit `end`. Returns the value
 * and sets scanEnd to the unit after the closing quote.
 */
function scanString(s: string, end: number, strict: boolean): string {
  const len = s.length;
  const begin = end - 1;
  let out = "";
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) decodeError("Invalid control character at", s, next);
    }
    if (next >= len) decodeError("Unterminated string starting at", s, begin);
    out += s.slice(end, next);
    next++;
    if (c === 0x22) {
      scanEnd = next;
      return out;
    }
    if (next === len) decodeError("Unterminated string starting at", s, begin);
    const esc = s.charCodeAt(next);
    if (esc !== 0x75) {
      end = next + 1;
      switch (esc) {
        case 0x22: out += '"'; break;
        case 0x5c: out += "\\"; break;
        case 0x2f: out += "/"; break;
        case 0x62: out += "\b"; break;
        case 0x66: out += "\f"; break;
        case 0x6e: out += "\n"; break;
        case 0x72: out += "\r"; break;
        case 0x74: out += "\t"; break;
        default: decodeError("Invalid \\escape", s, end - 2);
      }
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) decodeError("Invalid \\uXXXX escape", s, next - 1);
    const u = hex4(s, next);
    if (u < 0) decodeError("Invalid \\uXXXX escape", s, end - 5);
    // A high surrogate escape followed by a low one makes one astral character.
    if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && s.charCodeAt(end) === 0x5c && s.charCodeAt(end + 1) === 0x75) {
      const u2 = hex4(s, end + 2);
      if (u2 < 0) decodeError("Invalid \\uXXXX escape", s, end + 1);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += String.fromCharCode(u, u2);
        end += 6;
        continue;
      }
    }
    out += String.fromCharCode(u);
  }
}

class PyScanner extends PyObject {
  strict = true;
  objectHook: PyValue = None;
  objectPairsHook: PyValue = None;
  parseFloat: PyValue = None;
  parseInt: PyValue = None;
  parseConstant: PyValue = None;
  /** Object keys seen in the current scan, so that equal keys share one str. */
  memo = new Map<string, string>();
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Scans one term: returns its value and sets scanEnd to the unit after it. */
function scanOnce(sc: PyScanner, s: string, idx: number): PyValue {
  const length = s.length;
  if (idx >= length) stopAt(s, idx);
  switch (s.charCodeAt(idx)) {
    case 0x22:
      return scanString(s, idx + 1, sc.strict);
    case 0x7b: {
      enterRecursive(" while decoding a JSON object from a unicode string");
      try {
        return parseObject(sc, s, idx + 1);
      } finally {
        adjustDepth(-1);
      }
    }
    case 0x5b: {
      enterRecursive(" while decoding a JSON array from a unicode string");
      try {
        return parseArray(sc, s, idx + 1);
      } finally {
        adjustDepth(-1);
      }
    }
    case 0x6e:
      if (s.startsWith("null", idx)) {
        scanEnd = idx + 4;
        return None;
      }
      break;
    case 0x74:
      if (s.startsWith("true", idx)) {
        scanEnd = idx + 4;
        return True;
      }
      break;
    case 0x66:
      if (s.startsWith("false", idx)) {
        scanEnd = idx + 5;
        return False;
      }
      break;
    case 0x4e:
      if (s.startsWith("NaN", idx)) {
        const v = call(sc.parseConstant, ["NaN"]);
        scanEnd = idx + 3;
        return v;
      }
      break;
    case 0x49:
      if (s.startsWith("Infinity", idx)) {
        const v = call(sc.parseConstant, ["Infinity"]);
        scanEnd = idx + 8;
        return v;
      }
      break;
    case 0x2d:
      if (s.startsWith("-Infinity", idx)) {
        const v = call(sc.parseConstant, ["-Infinity"]);
        scanEnd = idx + 9;
        return v;
      }
      break;
  }
  return matchNumber(sc, s, idx);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function matchNumber(sc: PyScanner, s: string, start: number): PyValue {
  const end = s.length - 1;
  let idx = start;
  if (s.charCodeAt(idx) === 0x2d) {
    idx++;
    if (idx > end) stopAt(s, start);
  }
  const first = s.charCodeAt(idx);
  if (first >= 0x31 && first <= 0x39) {
    idx++;
    while (idx <= end && isDigit(s.charCodeAt(idx))) idx++;
  } else if (first === 0x30) {
    idx++;
  } else {
    stopAt(s, start);
  }
  let isFloat = false;
  if (idx < end && s.charCodeAt(idx) === 0x2e && isDigit(s.charCodeAt(idx + 1))) {
    isFloat = true;
    idx += 2;
    while (idx <= end && isDigit(s.charCodeAt(idx))) idx++;
  }
  if (idx < end && (s.charCodeAt(idx) === 0x65 || s.charCodeAt(idx) === 0x45)) {
    const eStart = idx;
    idx++;
    if (idx < end && (s.charCodeAt(idx) === 0x2d || s.charCodeAt(idx) === 0x2b)) idx++;
    while (idx <= end && isDigit(s.charCodeAt(idx))) idx++;
    if (isDigit(s.charCodeAt(idx - 1))) isFloat = true;
    else idx = eStart;
  }
  const text = s.slice(start, idx);
  let value: PyValue;
  if (isFloat) {
    value = sc.parseFloat !== floatType ? call(sc.parseFloat, [text]) : new PyFloat(Number(text));
  } else if (sc.parseInt !== intType) {
    value = call(sc.parseInt, [text]);
  } else {
    value = text.length < 16 ? Number(text) : I.parse(text, 10);
  }
  scanEnd = idx;
  return value;
}

function skipWhite(s: string, idx: number): number {
  while (idx < s.length && isWhite(s.charCodeAt(idx))) idx++;
  return idx;
}

function parseObject(sc: PyScanner, s: string, idx: number): PyValue {
  const end = s.length - 1;
  const pairs: PyValue[] | null = sc.objectPairsHook !== None ? [] : null;
  // Without a pairs hook, the keys and values in order; the dict is made from them at the end.
  const keys: PyValue[] = [];
  const values: PyValue[] = [];
  idx = skipWhite(s, idx);
  if (idx > end || s.charCodeAt(idx) !== 0x7d) {
    for (;;) {
      if (idx > end || s.charCodeAt(idx) !== 0x22) decodeError("Expecting property name enclosed in double quotes", s, idx);
      const rawKey = scanString(s, idx + 1, sc.strict);
      const afterKey = scanEnd;
      let key = sc.memo.get(rawKey);
      if (key === undefined) {
        sc.memo.set(rawKey, rawKey);
        key = rawKey;
      }
      idx = skipWhite(s, afterKey);
      if (idx > end || s.charCodeAt(idx) !== 0x3a) decodeError("Expecting ':' delimiter", s, idx);
      idx = skipWhite(s, idx + 1);
      const val = scanOnce(sc, s, idx);
      const afterVal = scanEnd;
      if (pairs !== null) pairs.push(new PyTuple([key, val]));
      else {
        keys.push(key);
        values.push(val);
      }
      idx = skipWhite(s, afterVal);
      if (idx <= end && s.charCodeAt(idx) === 0x7d) break;
      if (idx > end || s.charCodeAt(idx) !== 0x2c) decodeError("Expecting ',' delimiter", s, idx);
      idx = skipWhite(s, idx + 1);
    }
  }
  let result: PyValue;
  if (pairs !== null) {
    result = call(sc.objectPairsHook, [new PyList(pairs)]);
  } else {
    // Exact-size arrays for the dict (pushing leaves room for 17). A repeated key: set one by
    // one (the last value wins, at the first one's place).
    let st = DictStore.fromPrim(keys.slice(), values.slice(), false);
    if (st === null) {
      st = new DictStore();
      for (let i = 0; i < keys.length; i++) st.set(keys[i], values[i]);
    }
    result = new PyDict(dictType, st);
    if (sc.objectHook !== None) result = call(sc.objectHook, [result]);
  }
  scanEnd = idx + 1;
  return result;
}

function parseArray(sc: PyScanner, s: string, idx: number): PyValue {
  const end = s.length - 1;
  const items: PyValue[] = [];
  idx = skipWhite(s, idx);
  if (idx > end || s.charCodeAt(idx) !== 0x5d) {
    for (;;) {
      items.push(scanOnce(sc, s, idx));
      idx = skipWhite(s, scanEnd);
      if (idx <= end && s.charCodeAt(idx) === 0x5d) break;
      if (idx > end || s.charCodeAt(idx) !== 0x2c) decodeError("Expecting ',' delimiter", s, idx);
      idx = skipWhite(s, idx + 1);
    }
  }
  scanEnd = idx + 1;
  return new PyList(items);
}

/** A code point index into s (a Py_ssize_t already) as a unit offset; past the end stays past it. */
function toUnit(s: string, cp: number): number {
  if (isNarrow(s) || cp <= 0) return cp;
  const n = cpIndex(s, s.length);
  return cp >= n ? s.length + (cp - n) : unitOffset(s, cp);
}

function toCp(s: string, unit: number): number {
  return isNarrow(s) ? unit : cpIndex(s, unit);
}

function ssizeArg(v: PyValue): number {
  const i = index(v);
  if (typeof i === "bigint") raiseError(E.OverflowError, "Python int too large to convert to C ssize_t");
  return i;
}

// ---- encoding -------------------------------------------------------------------------------------

const ESCAPES: Record<number, string> = { 0x22: '\\"', 0x5c: "\\\\", 0x08: "\\b", 0x0c: "\\f", 0x0a: "\\n", 0x0d: "\\r", 0x09: "\\t" };

function hexUnit(c: number): string {
  return "\\u" + c.toString(16).padStart(4, "0");
}

/** encode_basestring_ascii: every unit outside printable ASCII escaped. */
function escapeAscii(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i) + (ESCAPES[c] ?? hexUnit(c));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** encode_basestring: only quotes, backslashes and control characters escaped. */
function escapeUnicode(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x1f && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(run, i) + (ESCAPES[c] ?? hexUnit(c));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

let encodeAsciiFn: PyBuiltinFunction;
let encodeUnicodeFn: PyBuiltinFunction;

class PyEncoder extends PyObject {
  markers: PyValue = None;
  /**
   * The objects being written when markers is a dict (the circular reference check). CPython
   * keeps their ids in that dict while it writes them and removes them after; the dict is the
   * encoding call's own (JSONEncoder.iterencode makes a new one), so a set of the objects
   * makes the same check without an id and a dict entry per container.
   */
  active: Set<PyValue> | null = null;
  defaultFn: PyValue = None;
  encoder: PyValue = None;
  indent: PyValue = None;
  keySeparator = "";
  itemSeparator = "";
  sortKeys = false;
  skipKeys = false;
  allowNan = false;
  keySepObj: PyValue = "";
  itemSepObj: PyValue = "";
  /** The escaping function when the encoder is one of ours (no call through Python). */
  fast: ((s: string) => string) | null = null;
}

function encodeString(enc: PyEncoder, v: PyValue, s: string): string {
  if (enc.fast !== null) return enc.fast(s);
  const r = call(enc.encoder, [v]);
  const out = strOf(r);
  if (out === undefined) typeError(`encoder() must return a string, not ${typeName(r)}`);
  return out;
}

function encodeFloat(enc: PyEncoder, x: number): string {
  if (!Number.isFinite(x)) {
    if (!enc.allowNan) valueError("Out of range float values are not JSON compliant");
    return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
  }
  return floatRepr(x);
}

/**
 * The encoder's output: pieces joined into one string every PIECES_PER_CHUNK pieces, so that
 * the millions of short strings of a big document die young instead of all surviving (and
 * being copied by every scavenge) until the end.
 */
class Pieces {
  private readonly chunks: string[] = [];
  private readonly buf: string[] = new Array<string>(PIECES_PER_CHUNK).fill("");
  private n = 0;

  push(s: string): void {
    this.buf[this.n++] = s;
    if (this.n === PIECES_PER_CHUNK) {
      this.chunks.push(this.buf.join(""));
      this.n = 0;
    }
  }

  text(): string {
    if (this.n > 0) this.chunks.push(this.buf.slice(0, this.n).join(""));
    this.n = 0;
    return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join("");
  }
}
const PIECES_PER_CHUNK = 1024;

/** Marks a container (or an object given to default()) as being written: circular reference check. */
function markEnter(enc: PyEncoder, obj: PyValue): void {
  const active = enc.active;
  if (active === null) return;
  if (active.has(obj)) valueError("Circular reference detected");
  active.add(obj);
}

function markLeave(enc: PyEncoder, obj: PyValue): void {
  enc.active?.delete(obj);
}

function encodeObj(enc: PyEncoder, out: Pieces, obj: PyValue): void {
  if (obj === None) { out.push("null"); return; }
  if (obj === True) { out.push("true"); return; }
  if (obj === False) { out.push("false"); return; }
  const s = strOf(obj);
  if (s !== undefined) { out.push(encodeString(enc, obj, s)); return; }
  const i = intValue(obj);
  if (i !== undefined) { out.push(I.toString(i)); return; }
  if (obj instanceof PyFloat) { out.push(encodeFloat(enc, obj.value)); return; }
  if (obj instanceof PyList || obj instanceof PyTuple) {
    enterRecursive(" while encoding a JSON object");
    try {
      encodeList(enc, out, obj);
    } finally {
      adjustDepth(-1);
    }
    return;
  }
  if (obj instanceof PyDict) {
    enterRecursive(" while encoding a JSON object");
    try {
      encodeDict(enc, out, obj);
    } finally {
      adjustDepth(-1);
    }
    return;
  }
  markEnter(enc, obj);
  const newObj = call(enc.defaultFn, [obj]);
  enterRecursive(" while encoding a JSON object");
  try {
    encodeObj(enc, out, newObj);
  } finally {
    adjustDepth(-1);
  }
  markLeave(enc, obj);
}

function encodeList(enc: PyEncoder, out: Pieces, seq: PyList | PyTuple): void {
  if (seq.items.length === 0) { out.push("[]"); return; }
  markEnter(enc, seq);
  out.push("[");
  for (let i = 0; i < seq.items.length; i++) {
    if (i > 0) out.push(enc.itemSeparator);
    encodeObj(enc, out, seq.items[i]);
  }
  markLeave(enc, seq);
  out.push("]");
}

function encodeDict(enc: PyEncoder, out: Pieces, dct: PyDict): void {
  if (dct.size === 0) { out.push("{}"); return; }
  markEnter(enc, dct);
  out.push("{");
  // PyMapping_Items: a snapshot of the entries, sorted as (key, value) tuples with sort_keys.
  // An exact dict is read directly; sorting its keys natively is the same as sorting the
  // tuples while every key is an exact str (keys differ, so each comparison is key < key).
  let keys: PyValue[] | null = null;
  let values: PyValue[] | null = null;
  let items: PyValue[] | null = null;
  if (dct.cls === dictType) {
    keys = [];
    values = [];
    let allStr = true;
    for (let p = 0, n = dct.capacity(); p < n; p++) {
      const k = dct.keyAt(p);
      if (k === undefined) continue;
      if (typeof k !== "string") allStr = false;
      keys.push(k);
      values.push(dct.valueAt(p));
    }
    if (enc.sortKeys && keys.length > 1) {
      if (allStr && keys.length > 16) {
        const ks = keys as string[], vs = values;
        const order = ks.map((_, i) => i).sort((x, y) => strCompare(ks[x], ks[y]));
        keys = order.map((i) => ks[i]);
        values = order.map((i) => vs[i]);
      } else if (allStr) {
        // Insertion sort of both arrays for a small object; no two keys compare equal.
        for (let i = 1; i < keys.length; i++) {
          const k = keys[i] as string, v = values[i];
          let j = i - 1;
          for (; j >= 0 && strCompare(keys[j] as string, k) > 0; j--) {
            keys[j + 1] = keys[j];
            values[j + 1] = values[j];
          }
          keys[j + 1] = k;
          values[j + 1] = v;
        }
      } else {
        const list = new PyList(keys.map((k, i) => new PyTuple([k, values![i]])));
        callMethod(list, "sort", []);
        items = list.items;
      }
    }
  } else {
    const list = call(intoList, [callMethod(dct, "items", [])]) as PyList;
    if (enc.sortKeys) callMethod(list, "sort", []);
    items = list.items;
  }
  const count = items !== null ? items.length : keys!.length;
  let first = true;
  for (let n = 0; n < count; n++) {
    let key: PyValue, value: PyValue;
    if (items !== null) {
      const item = items[n];
      if (!(item instanceof PyTuple) || item.items.length !== 2) valueError("items must return 2-tuples");
      key = item.items[0];
      value = item.items[1];
    } else {
      key = keys![n];
      value = values![n];
    }
    let keyStr: string;
    const ks = strOf(key);
    if (ks !== undefined) keyStr = ks;
    else if (key instanceof PyFloat) keyStr = encodeFloat(enc, key.value);
    else if (key === True || key === False || key === None) keyStr = key === True ? "true" : key === False ? "false" : "null";
    else if (intValue(key) !== undefined) keyStr = I.toString(intValue(key)!);
    else if (enc.skipKeys) continue;
    else typeError(`keys must be str, int, float, bool or None, not ${typeName(key)}`);
    if (!first) out.push(enc.itemSeparator);
    first = false;
    out.push(encodeString(enc, keyStr, keyStr));
    out.push(enc.keySeparator);
    encodeObj(enc, out, value);
  }
  markLeave(enc, dct);
  out.push("}");
}

let intoList: PyValue;

// ---- the module -----------------------------------------------------------------------------------

defineModule("_json", (dict) => {
  const scannerType = nativeType("_json", "Scanner", undefined, 0);
  const encoderType = nativeType("_json", "Encoder", undefined, 0);
  scannerType.ns.set("__doc__", "JSON scanner object");
  encoderType.ns.set("__doc__", "_iterencode(obj, _current_indent_level) -> iterable");
  intoList = getAttr(importModuleLevel("builtins", None, None, 0), "list");

  defNew(scannerType, (args, kw) => {
    const [ctx] = clinicArgs("make_scanner", args.slice(1), kw, ["context"], 1);
    const sc = new PyScanner(args[0] as PyType);
    sc.strict = truthy(getAttr(ctx!, "strict"));
    sc.objectHook = getAttr(ctx!, "object_hook");
    sc.objectPairsHook = getAttr(ctx!, "object_pairs_hook");
    sc.parseFloat = getAttr(ctx!, "parse_float");
    sc.parseInt = getAttr(ctx!, "parse_int");
    sc.parseConstant = getAttr(ctx!, "parse_constant");
    return sc;
  });
  defMethod(scannerType, "__call__", (args, kw) => {
    const sc = args[0] as PyScanner;
    const [strArg, idxArg] = clinicArgs("scan_once", args.slice(1), kw, ["string", "idx"], 2);
    const s = strOf(strArg!);
    const idx = ssizeArg(idxArg!);
    if (s === undefined) notAString(strArg!);
    if (idx < 0) valueError("idx cannot be negative");
    try {
      const value = scanOnce(sc, s, toUnit(s, idx));
      return new PyTuple([value, toCp(s, scanEnd)]);
    } finally {
      sc.memo.clear();
    }
  });
  const scannerField = (name: string, get: (sc: PyScanner) => PyValue): void =>
    defGetSet(scannerType, name, (v) => get(v as PyScanner), () => raiseError(E.AttributeError, "readonly attribute"));
  scannerField("strict", (sc) => (sc.strict ? True : False));
  scannerField("object_hook", (sc) => sc.objectHook);
  scannerField("object_pairs_hook", (sc) => sc.objectPairsHook);
  scannerField("parse_float", (sc) => sc.parseFloat);
  scannerField("parse_int", (sc) => sc.parseInt);
  scannerField("parse_constant", (sc) => sc.parseConstant);

  defNew(encoderType, (args, kw) => {
    const names = ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];
    const a = clinicArgs("make_encoder", args.slice(1), kw, names, 9);
    for (const i of [4, 5]) {
      if (strOf(a[i]!) === undefined) typeError(`make_encoder() argument ${i + 1} must be str, not ${typeName(a[i]!)}`);
    }
    const sortKeys = truthy(a[6]!), skipKeys = truthy(a[7]!), allowNan = truthy(a[8]!);
    if (a[0] !== None && !(a[0] instanceof PyDict)) {
      typeError(`make_encoder() argument 1 must be dict or None, not ${typeName(a[0]!)}`);
    }
    const enc = new PyEncoder(args[0] as PyType);
    enc.markers = a[0]!;
    if (a[0] instanceof PyDict) enc.active = new Set();
    enc.defaultFn = a[1]!;
    enc.encoder = a[2]!;
    enc.indent = a[3]!;
    enc.keySepObj = a[4]!;
    enc.itemSepObj = a[5]!;
    enc.keySeparator = strOf(a[4]!)!;
    enc.itemSeparator = strOf(a[5]!)!;
    enc.sortKeys = sortKeys;
    enc.skipKeys = skipKeys;
    enc.allowNan = allowNan;
    enc.fast = a[2] === encodeAsciiFn ? escapeAscii : a[2] === encodeUnicodeFn ? escapeUnicode : null;
    return enc;
  });
  defMethod(encoderType, "__call__", (args, kw) => {
    const enc = args[0] as PyEncoder;
    const [obj, level] = clinicArgs("_iterencode", args.slice(1), kw, ["obj", "_current_indent_level"], 2);
    ssizeArg(level!);
    const out = new Pieces();
    encodeObj(enc, out, obj!);
    return new PyList([out.text()]);
  });
  const encoderField = (name: string, get: (e: PyEncoder) => PyValue): void =>
    defGetSet(encoderType, name, (v) => get(v as PyEncoder), () => raiseError(E.AttributeError, "readonly attribute"));
  encoderField("markers", (e) => e.markers);
  encoderField("default", (e) => e.defaultFn);
  encoderField("encoder", (e) => e.encoder);
  encoderField("indent", (e) => e.indent);
  encoderField("key_separator", (e) => e.keySepObj);
  encoderField("item_separator", (e) => e.itemSepObj);
  encoderField("sort_keys", (e) => (e.sortKeys ? True : False));
  encoderField("skipkeys", (e) => (e.skipKeys ? True : False));

  encodeAsciiFn = new PyBuiltinFunction("encode_basestring_ascii", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("_json.encode_basestring_ascii() takes no keyword arguments");
    if (args.length !== 1) typeError(`_json.encode_basestring_ascii() takes exactly one argument (${args.length} given)`);
    const s = strOf(args[0]);
    if (s === undefined) notAString(args[0]);
    return escapeAscii(s);
  }, null, "encode_basestring_ascii", "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string", "_json");
  encodeUnicodeFn = new PyBuiltinFunction("encode_basestring", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("_json.encode_basestring() takes no keyword arguments");
    if (args.length !== 1) typeError(`_json.encode_basestring() takes exactly one argument (${args.length} given)`);
    const s = strOf(args[0]);
    if (s === undefined) notAString(args[0]);
    return escapeUnicode(s);
  }, null, "encode_basestring", "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string", "_json");
  const scanstring = new PyBuiltinFunction("scanstring", (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("scanstring() takes no keyword arguments");
    if (args.length < 2) typeError(`scanstring() takes at least 2 arguments (${args.length} given)`);
    if (args.length > 3) typeError(`scanstring() takes at most 3 arguments (${args.length} given)`);
    const end = ssizeArg(args[1]);
    const strict = args.length > 2 ? truthy(args[2]) : true;
    const s = strOf(args[0]);
    if (s === undefined) notAString(args[0]);
    if (end < 0 || end > (isNarrow(s) ? s.length : cpIndex(s, s.length))) valueError("end is out of bounds");
    const value = scanString(s, toUnit(s, end), strict);
    return new PyTuple([value, toCp(s, scanEnd)]);
  }, null, "scanstring", "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.", "_json");

  dict.set("encode_basestring_ascii", encodeAsciiFn);
  dict.set("encode_basestring", encodeUnicodeFn);
  dict.set("scanstring", scanstring);
  dict.set("make_scanner", scannerType);
  dict.set("make_encoder", encoderType);
}, "json speedups\n");
