// _datetime's text: strftime (a preprocessing of %z, %Z and %f, then time.strftime, as CPython's
// wrap_strftime), ctime, struct_time building, and the ISO 8601 parsers behind fromisoformat
// (3.11's extended formats: basic and extended dates, week dates, any separator character,
// fractions with '.' or ',', offsets down to microseconds). The parsers read the UTF-8 bytes of
// the string as CPython's do, so their quirks (where a parse may look past a part's end, which
// lengths are accepted) come out the same.

import { call, callMethod, getAttr, strValue } from "../objects/abstract";
import { typeError } from "../objects/exceptions";
import { None, PyTuple, PyValue } from "../objects/types";
import { sysHooks } from "./builtins";
import {
  daysBeforeMonth, formatUtcOffset, isDateTime, isoToYmd, isTime, pad, pad2, PyDate, weekday, callTzName,
} from "./datetime_core";

/** getattr(__import__(module), name), as _PyImport_GetModuleAttrString. */
export function moduleAttr(module: string, name: string): PyValue {
  return getAttr(sysHooks.importHook(module, None, None, 0), name);
}

/** time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dstflag)). */
export function buildStructTime(y: number, m: number, d: number, hh: number, mm: number, ss: number,
                                dst: number): PyValue {
  const fields = [y, m, d, hh, mm, ss, weekday(y, m, d), daysBeforeMonth(y, m) + d, dst];
  return call(moduleAttr("time", "struct_time"), [new PyTuple(fields)]);
}

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function formatCtime(d: PyDate, hh: number, mm: number, ss: number): string {
  const wd = weekday(d.year, d.month, d.day);
  return `${DAY_NAMES[wd]} ${MONTH_NAMES[d.month - 1]} ${String(d.day).padStart(2, " ")} ${pad2(hh)}:${pad2(mm)}:${pad2(ss)} ${pad(d.year, 4)}`;
}

/**
 * strftime for a date, time or datetime: %z, %Z and %f are replaced first (from the object's
 * tzinfo, called with tzinfoArg, and its microseconds), then time.strftime formats the rest.
 * Like CPython's C loop, the scan stops at an embedded NUL.
 */
export function wrapStrftime(obj: PyValue, format: string, timetuple: PyValue, tzinfoArg: PyValue): PyValue {
  checkUtf8(format);
  const tzinfo = isDateTime(obj) || isTime(obj) ? obj.tzinfo : None;
  let z: string | null = null;
  let zname: string | null = null;
  let out = "";
  const n = format.length;
  for (let i = 0; i < n; i++) {
    const ch = format[i];
    if (ch === "\0") break;
    if (ch !== "%") {
      out += ch;
      continue;
    }
    const next = i + 1 < n ? format[i + 1] : "\0";
    if (next === "\0") {
      out += "%";
      continue;
    }
    i++;
    if (next === "z") {
      z ??= tzinfo === None ? "" : formatUtcOffset(tzinfo, tzinfoArg, "");
      out += z;
    } else if (next === "Z") {
      if (zname === null) {
        zname = "";
        if (tzinfo !== None) {
          const name = callTzName(tzinfo, tzinfoArg);
          if (name !== None) zname = escapePercent(name);
        }
      }
      out += zname;
    } else if (next === "f") {
      out += pad(isDateTime(obj) || isTime(obj) ? obj.us : 0, 6);
    } else {
      out += `%${next}`;
    }
  }
  return call(moduleAttr("time", "strftime"), [out, timetuple]);
}

// ==== ISO 8601 parsing ==========================================================================

/** A tzname with its % doubled, by its own replace() (a str subclass may override it), as UTF-8 text. */
function escapePercent(name: PyValue): string {
  const r = typeof name === "string" ? name.replace(/%/g, "%%") : callMethod(name, "replace", ["%", "%%"]);
  const s = strValue(r);
  if (s === undefined) typeError("tzname.replace() did not return a string");
  checkUtf8(s);
  return s;
}

/** Raises the UnicodeEncodeError CPython's PyUnicode_AsUTF8 gives for a lone surrogate. */
export function checkUtf8(s: string): void {
  if (hasLoneSurrogate(s)) callMethod(s, "encode", ["utf-8"]);
}

function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/** The string's UTF-8 bytes and a NUL after them (the parsers may read up to it), or null if it has lone surrogates. */
export function utf8z(s: string): Uint8Array | null {
  if (hasLoneSurrogate(s)) return null;
  const b = Buffer.from(s, "utf8");
  const out = new Uint8Array(b.length + 1);
  out.set(b);
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A cursor over a NUL-terminated byte string. */
class Cursor {
  constructor(public buf: Uint8Array, public p: number) {}

  at(i: number): number {
    return i < this.buf.length ? this.buf[i] : 0;
  }

  /** Reads n digits into a number, or null if one is not a digit. */
  digits(n: number): number | null {
    let v = 0;
    for (let k = 0; k < n; k++) {
      const c = this.at(this.p++);
      if (!isDigit(c)) return null;
      v = v * 10 + (c - 48);
    }
    return v;
  }
}

export interface YMD { year: number; month: number; day: number }

/**
 * The date part: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-d], YYYYWww[d]. Returns 0 or a negative code
 * (CPython's parse_isoformat_date); `len` bounds the week-date weekday only.
 */
export function parseIsoDate(buf: Uint8Array, len: number, out: YMD): number {
  const c = new Cursor(buf, 0);
  const year = c.digits(4);
  if (year === null) return -1;
  const sep = c.at(c.p) === 45; // '-'
  if (sep) c.p++;
  if (c.at(c.p) === 87) { // 'W'
    c.p++;
    const week = c.digits(2);
    if (week === null) return -3;
    let day = 1;
    if (c.p < len) {
      if (sep && c.at(c.p++) !== 45) return -2;
      const d = c.digits(1);
      if (d === null) return -4;
      day = d;
    }
    const r = isoToYmd(year, week, day);
    if (typeof r === "number") return -3 + r;
    [out.year, out.month, out.day] = r;
    return 0;
  }
  const month = c.digits(2);
  if (month === null) return -1;
  if (sep && c.at(c.p++) !== 45) return -2;
  const day = c.digits(2);
  if (day === null) return -1;
  out.year = year;
  out.month = month;
  out.day = day;
  return 0;
}

export interface HMS { hour: number; minute: number; second: number; us: number }

const FRACTION_SCALE = [100000, 10000, 1000, 100, 10];

/**
 * [HH[:?MM[:?SS[{.,}f+]]]] between start and end: 0 at the end of the string, 1 when more
 * follows, negative on error (CPython's parse_hh_mm_ss_ff).
 */
function parseHmsf(buf: Uint8Array, start: number, end: number, out: HMS): number {
  out.hour = out.minute = out.second = out.us = 0;
  const c = new Cursor(buf, start);
  let hasSep = true;
  const fields: (keyof HMS)[] = ["hour", "minute", "second"];
  for (let i = 0; i < 3; i++) {
    const v = c.digits(2);
    if (v === null) return -3;
    out[fields[i]] = v;
    const ch = c.at(c.p++);
    if (i === 0) hasSep = ch === 58; // ':'
    if (c.p >= end) return ch !== 0 ? 1 : 0;
    if (hasSep && ch === 58) continue;
    if (ch === 46 || ch === 44) break; // '.' or ','
    if (!hasSep) c.p--;
    else return -4;
  }
  const remains = end - c.p;
  const toParse = Math.min(remains, 6);
  const us = c.digits(toParse);
  if (us === null) return -3;
  out.us = toParse < 6 ? us * FRACTION_SCALE[toParse - 1] : us;
  while (isDigit(c.at(c.p))) c.p++;
  return c.at(c.p) !== 0 ? 1 : 0;
}

export interface IsoTime extends HMS { tzSeconds: number; tzUs: number }

/**
 * The time part with an optional Z or +-offset: 0 (no offset), 1 (offset in tzSeconds/tzUs),
 * or a negative code (CPython's parse_isoformat_time).
 */
export function parseIsoTime(buf: Uint8Array, start: number, len: number, out: IsoTime): number {
  const end = start + len;
  let tz = start;
  do {
    const ch = tz < buf.length ? buf[tz] : 0;
    if (ch === 90 || ch === 43 || ch === 45) break; // Z + -
  } while (++tz < end);
  const rv = parseHmsf(buf, start, tz, out);
  if (rv < 0) return rv;
  if (tz === end) return rv === 1 ? -5 : 0;
  if (buf[tz] === 90) {
    out.tzSeconds = 0;
    out.tzUs = 0;
    return (tz + 1 < buf.length ? buf[tz + 1] : 0) !== 0 ? -5 : 1;
  }
  const sign = buf[tz] === 45 ? -1 : 1;
  const off: HMS = { hour: 0, minute: 0, second: 0, us: 0 };
  const rv2 = parseHmsf(buf, tz + 1, end, off);
  out.tzSeconds = sign * (off.hour * 3600 + off.minute * 60 + off.second);
  out.tzUs = sign * off.us;
  return rv2 ? -5 : 1;
}

/**
 * Where the date part of a datetime string ends (the separator's byte index), from the shape
 * of its first characters (CPython's _find_isoformat_datetime_separator).
 */
export function findIsoSeparator(b: Uint8Array, len: number): number {
  if (len === 7) return 7;
  const at = (i: number) => (i < b.length ? b[i] : 0);
  if (at(4) === 45) { // '-'
    if (at(5) === 87) { // 'W'
      if (len < 8) return -1;
      if (len > 8 && at(8) === 45) {
        if (len === 9) return -1;
        if (len > 10 && isDigit(at(10))) return 8;
        return 10;
      }
      return 8;
    }
    return 10;
  }
  if (at(4) === 87) {
    let idx = 7;
    while (idx < len && isDigit(at(idx))) idx++;
    if (idx < 9) return idx;
    return idx % 2 === 0 ? 7 : 8;
  }
  return 8;
}

/** Bytes taken by the UTF-8 character whose lead byte is b. */
export function utf8CharLen(b: number): number {
  if ((b & 0x80) === 0) return 1;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf0) === 0xf0) return 4;
  return 2;
}
