// time: clocks, sleeping, and conversions between seconds since the epoch and broken-down times
// (CPython's Modules/timemodule.c). Local time comes from JS's Date, which follows the TZ
// environment variable as glibc's localtime does (os.putenv('TZ', ...) updates process.env);
// time zone abbreviations come from Intl. strftime and the calendar arithmetic are in timefmt.ts;
// strptime delegates to the pure-Python _strptime module, as CPython does.

import { readFileSync } from "fs";
import { call, getAttr, index, intValue, isInstance, strValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { makeStructSeq, PyStructSeq, newStructSeqType } from "../objects/structseq";
import { bool, floatType, None, PyFloat, PyTuple, PyValue, typeOf } from "../objects/types";
import { sysHooks } from "./builtins";
import { defFunctions, defineModule } from "./registry";
import { block, yieldThread } from "../vm/threads";
import {
  daysFromCivil, gmtimeFields, isLeap, MONTH_ABBR, strftime as formatTime, StrftimeEnv, timegm, Tm, WEEKDAY_ABBR,
} from "./timefmt";

export const structTimeType = newStructSeqType({
  module: "time",
  name: "struct_time",
  doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.",
  fields: [
    ["tm_year", "year, for example, 1993"], ["tm_mon", "month of year, range [1, 12]"],
    ["tm_mday", "day of month, range [1, 31]"], ["tm_hour", "hours, range [0, 23]"],
    ["tm_min", "minutes, range [0, 59]"], ["tm_sec", "seconds, range [0, 61])"],
    ["tm_wday", "day of week, range [0, 6], Monday is 0"], ["tm_yday", "day of year, range [1, 366]"],
    ["tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"],
    ["tm_zone", "abbreviation of timezone name"], ["tm_gmtoff", "offset from UTC in seconds"],
  ],
  nInSequence: 9,
});

// ---- clocks ----------------------------------------------------------------------------------------

/**
 * Wall-clock nanoseconds minus the monotonic clock's, set at the first use: Node's time origin is
 * the wall clock to the microsecond (Date has only milliseconds, which put times up to 1 ms in the
 * past: a file touched after it was written could get an older modification time).
 */
let realMinusMonotonicNs: bigint | null = null;

export function timeNs(): bigint {
  const mono = process.hrtime.bigint();
  if (realMinusMonotonicNs === null) {
    realMinusMonotonicNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6)) - mono;
  }
  return realMinusMonotonicNs + mono;
}

export function monotonicNs(): bigint {
  return process.hrtime.bigint();
}

export function processTimeNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

function nsToFloat(ns: bigint): PyFloat {
  return new PyFloat(Number(ns) / 1e9);
}

function nsToInt(ns: bigint): PyValue {
  return Number.isSafeInteger(Number(ns)) ? Number(ns) : ns;
}

/** Blocks the whole process for `seconds` (time.sleep: there is no event loop to yield to). */
export function sleepSeconds(seconds: number): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  let ms = seconds * 1000;
  while (ms > 0) {
    const chunk = Math.min(ms, 1e9);
    const t0 = performance.now();
    Atomics.wait(cell, 0, 0, chunk);
    ms -= performance.now() - t0;
  }
}

// ---- local time ------------------------------------------------------------------------------------

const DATE_LIMIT_SECS = 8.64e12;

/** Seconds east of UTC of local time at `secs` (outside Date's range, the nearest end's offset). */
export function localOffset(secs: number): number {
  const rule = posixRule();
  if (rule !== null) return posixOffset(rule, secs)[0];
  const s = Math.max(-DATE_LIMIT_SECS, Math.min(DATE_LIMIT_SECS, secs));
  return -new Date(s * 1000).getTimezoneOffset() * 60;
}

// ---- POSIX TZ rules ------------------------------------------------------------------------------
// JS's Date knows zone names only; a TZ that is a POSIX rule and no zone name, such as
// "EST+05EDT,M3.2.0,M11.1.0" or "UTC0", is evaluated here as glibc evaluates it.

/** A transition date: Jn (day 1-365, no Feb 29), n (day 0-365), or Mm.w.d; `time` seconds after local midnight. */
interface TzDate { kind: "J" | "n" | "M"; day: number; month: number; week: number; time: number }

interface PosixRule {
  stdName: string; stdOff: number; // seconds east of UTC
  dstName: string | null; dstOff: number;
  start: TzDate | null; end: TzDate | null;
}

let ruleCache: { tz: string | undefined; rule: PosixRule | null } | null = null;

function posixRule(): PosixRule | null {
  const tz = process.env.TZ;
  if (ruleCache !== null && ruleCache.tz === tz) return ruleCache.rule;
  let rule: PosixRule | null = null;
  if (tz !== undefined && tz !== "" && !tz.startsWith(":") && !zoneNameKnown(tz)) rule = parsePosixTz(tz);
  ruleCache = { tz, rule };
  return rule;
}

function zoneNameKnown(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Parses std offset [dst [offset] [,start[/time],end[/time]]]; null if tz is not of that form. */
function parsePosixTz(tz: string): PosixRule | null {
  const name = String.raw`(<[^>]*>|[A-Za-z]{3,})`;
  const off = String.raw`([+-]?\d{1,2}(?::\d{1,2}){0,2})`;
  const date = String.raw`(J\d{1,3}|\d{1,3}|M\d{1,2}\.\d\.\d)(?:/([+-]?\d{1,3}(?::\d{1,2}){0,2}))?`;
  const m = new RegExp(`^${name}${off}(?:${name}${off}?(?:,${date},${date})?)?$`).exec(tz);
  if (m === null) return null;
  const secs = (t: string): number => {
    const sign = t.startsWith("-") ? -1 : 1;
    const [h, mi = "0", se = "0"] = t.replace(/^[+-]/, "").split(":");
    return sign * (Number(h) * 3600 + Number(mi) * 60 + Number(se));
  };
  const unq = (n: string) => n.replace(/^<|>$/g, "");
  const tzDate = (d: string, t: string | undefined): TzDate => {
    const time = t === undefined ? 7200 : secs(t);
    if (d.startsWith("J")) return { kind: "J", day: Number(d.slice(1)), month: 0, week: 0, time };
    if (d.startsWith("M")) {
      const [mo, w, wd] = d.slice(1).split(".").map(Number);
      return { kind: "M", day: wd, month: mo, week: w, time };
    }
    return { kind: "n", day: Number(d), month: 0, week: 0, time };
  };
  const stdOff = -secs(m[2]);
  if (m[3] === undefined) return { stdName: unq(m[1]), stdOff, dstName: null, dstOff: stdOff, start: null, end: null };
  const dstOff = m[4] !== undefined ? -secs(m[4]) : stdOff + 3600;
  // Without dates, glibc falls back to the US rules.
  const start = m[5] !== undefined ? tzDate(m[5], m[6]) : tzDate("M3.2.0", undefined);
  const end = m[7] !== undefined ? tzDate(m[7], m[8]) : tzDate("M11.1.0", undefined);
  return { stdName: unq(m[1]), stdOff, dstName: unq(m[3]), dstOff, start, end };
}

/** Seconds from the epoch to local midnight starting the rule's day in `year` (before its time). */
function tzDateMidnight(d: TzDate, year: number): number {
  const jan1 = daysFromCivil(year, 1, 1);
  let day: number;
  if (d.kind === "J") day = jan1 + d.day - 1 + (isLeap(year) && d.day >= 60 ? 1 : 0);
  else if (d.kind === "n") day = jan1 + d.day;
  else {
    const first = daysFromCivil(year, d.month, 1);
    const wdFirst = ((first + 4) % 7 + 7) % 7; // 0 = Sunday
    day = first + ((d.day - wdFirst + 7) % 7) + (d.week - 1) * 7;
    const next = d.month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, d.month + 1, 1);
    while (day >= next) day -= 7; // week 5 is the month's last such weekday
  }
  return day * 86400;
}

/** [offset east of UTC, is DST] at `secs` under the rule. */
function posixOffset(r: PosixRule, secs: number): [number, boolean] {
  if (r.dstName === null || r.start === null || r.end === null) return [r.stdOff, false];
  const year = gmtimeFields(secs + r.stdOff).year + 1900;
  const start = tzDateMidnight(r.start, year) + r.start.time - r.stdOff;
  const end = tzDateMidnight(r.end, year) + r.end.time - r.dstOff;
  const dst = start < end ? secs >= start && secs < end : !(secs >= end && secs < start);
  return dst ? [r.dstOff, true] : [r.stdOff, false];
}

/**
 * Zone abbreviations by UTC offset (seconds east), read from the TZif file glibc would use: the
 * types table of the file, then the names of its footer's POSIX TZ rule (they win). Null when
 * there is no readable file; then Intl's short names are used.
 */
let abbrCache: { tz: string | undefined; map: Map<number, [string, number]> | null } | null = null;

function zoneFileAbbrs(): Map<number, [string, number]> | null {
  const tz = process.env.TZ;
  if (abbrCache !== null && abbrCache.tz === tz) return abbrCache.map;
  let map: Map<number, [string, number]> | null = null;
  const rule = posixRule();
  if (rule !== null) {
    map = new Map([[rule.stdOff, [rule.stdName, 0]]]);
    if (rule.dstName !== null) map.set(rule.dstOff, [rule.dstName, 1]);
    abbrCache = { tz, map };
    return map;
  }
  if (tz === "") {
    map = new Map([[0, ["UTC", 0]]]);
    abbrCache = { tz, map };
    return map;
  }
  try {
    const name = tz === undefined ? "/etc/localtime" : tz.replace(/^:/, "");
    const file = name.startsWith("/") ? name : `/usr/share/zoneinfo/${name}`;
    const data = readFileSync(file);
    if (data.toString("latin1", 0, 4) === "TZif") map = parseTzifAbbrs(data);
  } catch {
    map = null;
  }
  abbrCache = { tz, map };
  return map;
}

function parseTzifAbbrs(data: Buffer): Map<number, [string, number]> {
  const map = new Map<number, [string, number]>();
  const readBlock = (start: number, timeSize: number): number => {
    const [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = [0, 1, 2, 3, 4, 5].map((k) => data.readUInt32BE(start + 20 + 4 * k));
    let p = start + 44 + timecnt * timeSize + timecnt;
    const types: [number, number, number][] = [];
    for (let k = 0; k < typecnt; k++, p += 6) types.push([data.readInt32BE(p), data[p + 4], data[p + 5]]);
    const chars = data.toString("latin1", p, p + charcnt);
    for (const [off, isdst, idx] of types) {
      const nul = chars.indexOf("\0", idx);
      map.set(off, [chars.slice(idx, nul < 0 ? undefined : nul), isdst]);
    }
    return p + charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
  };
  const end1 = readBlock(0, 4);
  if (data[4] >= 0x32 && data.toString("latin1", end1, end1 + 4) === "TZif") {
    const end2 = readBlock(end1, 8);
    const footer = data.toString("latin1", end2).trim();
    // std name, offset (hours west), optional dst name [offset]: "CET-1CEST,M3.5.0,M10.5.0/3".
    const m = /^(<[^>]*>|[A-Za-z]+)([+-]?\d+(?::\d+){0,2})(<[^>]*>|[A-Za-z]+)?([+-]?\d+(?::\d+){0,2})?/.exec(footer);
    if (m) {
      const secsOf = (t: string) => {
        const sign = t.startsWith("-") ? -1 : 1;
        const [h, mi = "0", se = "0"] = t.replace(/^[+-]/, "").split(":");
        return sign * (Number(h) * 3600 + Number(mi) * 60 + Number(se));
      };
      const unq = (n: string) => n.replace(/^<|>$/g, "");
      const std = -secsOf(m[2]);
      map.set(std, [unq(m[1]), 0]);
      if (m[3] !== undefined) map.set(m[4] !== undefined ? -secsOf(m[4]) : std + 3600, [unq(m[3]), 1]);
    }
  }
  return map;
}

function zoneAbbr(secs: number): string {
  const off = localOffset(secs);
  const fromFile = zoneFileAbbrs()?.get(off);
  if (fromFile !== undefined) return fromFile[0];
  const s = Math.max(-DATE_LIMIT_SECS, Math.min(DATE_LIMIT_SECS, secs));
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date(s * 1000));
    const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "UTC";
    // Intl says "GMT+1" where it knows no abbreviation; tzdata writes such zones as "+01".
    const m = /^GMT([+-])(\d+)(?::(\d\d))?$/.exec(name);
    if (m) return `${m[1]}${m[2].padStart(2, "0")}${m[3] ?? ""}`;
    return name;
  } catch {
    return "UTC";
  }
}

/** [standard offset, daylight offset] east of UTC, and their names, for the current year. */
function zoneInfo(): { std: number; dst: number; stdName: string; dstName: string } {
  const year = new Date().getFullYear();
  const jan = Date.UTC(year, 0, 1) / 1000;
  const jul = Date.UTC(year, 6, 1) / 1000;
  const janOff = localOffset(jan);
  const julOff = localOffset(jul);
  // Southern hemisphere: summer time is in January.
  if (janOff > julOff) return { std: julOff, dst: janOff, stdName: zoneAbbr(jul), dstName: zoneAbbr(jan) };
  return { std: janOff, dst: julOff, stdName: zoneAbbr(jan), dstName: zoneAbbr(jul) };
}

export function localtimeFields(secs: number): Tm {
  const off = localOffset(secs);
  const tm = gmtimeFields(secs + off);
  const zi = zoneInfo();
  const fromFile = zoneFileAbbrs()?.get(off);
  tm.isdst = fromFile !== undefined ? (fromFile[1] ? 1 : 0) : zi.std !== zi.dst && off === zi.dst ? 1 : 0;
  tm.gmtoff = off;
  tm.zone = zoneAbbr(secs);
  return tm;
}

/** mktime(3): the broken-down local time as seconds since the epoch (fields normalized). */
export function mktimeSecs(tm: Tm): number {
  const asUtc = timegm(tm);
  let t = asUtc - localOffset(asUtc);
  t = asUtc - localOffset(t);
  if (tm.isdst >= 0) {
    // A requested DST flag that does not match moves the time by the zone's DST shift; glibc
    // assumes one hour where the zone has no DST at all.
    const zi = zoneInfo();
    const shift = zi.std !== zi.dst ? zi.dst - zi.std : 3600;
    const isDst = zi.std !== zi.dst && localOffset(t) === zi.dst;
    if (tm.isdst > 0 && !isDst) t -= shift;
    else if (tm.isdst === 0 && isDst) t += shift;
  }
  return t;
}

// ---- argument conversion ---------------------------------------------------------------------------

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

/** A C int argument ("i" format). */
function cInt(v: PyValue): number {
  const i = index(v);
  if (i > INT_MAX) raiseError(E.OverflowError, "signed integer is greater than maximum");
  if (i < INT_MIN) raiseError(E.OverflowError, "signed integer is less than minimum");
  return Number(i);
}

/** Seconds as a time_t, rounded toward minus infinity (_PyTime_ObjectToTime_t). */
function timeT(v: PyValue): number {
  if (v instanceof PyFloat || (typeof v === "object" && isInstance(v, floatType))) {
    const x = (v as PyFloat).value;
    if (Number.isNaN(x)) raiseError(E.ValueError, "Invalid value NaN (not a number)");
    const f = Math.floor(x);
    if (!(f >= -(2 ** 63) && f < 2 ** 63)) raiseError(E.OverflowError, "timestamp out of range for platform time_t");
    return f;
  }
  const i = index(v);
  if (i >= 2n ** 63n || i < -(2n ** 63n)) raiseError(E.OverflowError, "timestamp out of range for platform time_t");
  return Number(i);
}

/** PyArg_ParseTuple's argument count check and messages (`gmtime() takes at most 1 argument (2 given)`). */
function tupleArgs(name: string, args: PyValue[], kw: readonly string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const how = min === max ? "exactly" : n < min ? "at least" : "at most";
  const m = min === max || n < min ? min : max;
  typeError(`${name}() takes ${how} ${m} argument${m === 1 ? "" : "s"} (${n} given)`);
}

function secsArg(args: PyValue[], kw: readonly string[] | null, name: string): number {
  tupleArgs(name, args, kw, 0, 1);
  if (args.length === 0 || args[0] === None) return Math.floor(Number(timeNs() / 1000000n) / 1000);
  return timeT(args[0]);
}

function structTime(tm: Tm): PyStructSeq {
  const year = tm.year + 1900;
  if (tm.year > INT_MAX || tm.year < INT_MIN) {
    throw call(E.OSError, [75, "Value too large for defined data type"]);
  }
  return makeStructSeq(structTimeType, [year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7,
    tm.yday + 1, tm.isdst, tm.zone ?? None, tm.gmtoff]);
}

/** A time tuple or struct_time as a Tm (CPython's gettmarg): fields converted, not yet checked. */
function tmArg(v: PyValue, fname: string): Tm {
  if (!(v instanceof PyTuple)) typeError("Tuple or struct_time argument required");
  if (v.items.length !== 9) typeError(`${fname}(): illegal time tuple argument`);
  const f = v.items.map(cInt);
  if (f[0] < INT_MIN + 1900) raiseError(E.OverflowError, "year out of range");
  const tm: Tm = {
    year: f[0] - 1900, mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: (f[6] + 1) % 7,
    yday: f[7] - 1, isdst: f[8], zone: null, gmtoff: 0,
  };
  if (v instanceof PyStructSeq && v.cls === structTimeType) {
    const zone = v.values[9];
    if (zone !== None) {
      const z = strValue(zone);
      if (z === undefined) typeError("bad argument type for built-in operation");
      tm.zone = z;
    }
    const off = v.values[10];
    if (off !== None) {
      const o = intValue(off);
      if (o === undefined) typeError("bad argument type for built-in operation");
      tm.gmtoff = Number(o);
    }
  }
  return tm;
}

/** The range checks of asctime and strftime, after their normalization of zero fields. */
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) raiseError(E.ValueError, "month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) raiseError(E.ValueError, "day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) raiseError(E.ValueError, "hour out of range");
  if (tm.min < 0 || tm.min > 59) raiseError(E.ValueError, "minute out of range");
  if (tm.sec < 0 || tm.sec > 61) raiseError(E.ValueError, "seconds out of range");
  if (tm.wday < 0) raiseError(E.ValueError, "day of week out of range");
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) raiseError(E.ValueError, "day of year out of range");
}

function tmOrNow(args: PyValue[], fname: string, argIndex: number): Tm {
  if (args.length > argIndex && args[argIndex] !== None) return tmArg(args[argIndex], fname);
  return localtimeFields(Math.floor(Number(timeNs() / 1000000n) / 1000));
}

function asctimeText(tm: Tm): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${WEEKDAY_ABBR[tm.wday]} ${MONTH_ABBR[tm.mon]}${String(tm.mday).padStart(3, " ")} ` +
    `${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year + 1900}`;
}

/** Seconds for time.sleep (_PyTime_FromSecondsObject). */
function sleepArg(v: PyValue): number {
  let x: number;
  if (typeof v === "object" && isInstance(v, floatType)) {
    x = (v as PyFloat).value;
    if (Number.isNaN(x)) raiseError(E.ValueError, "Invalid value NaN (not a number)");
  } else x = Number(index(v));
  if (x < 0) raiseError(E.ValueError, "sleep length must be non-negative");
  if (!(x * 1e9 < 2 ** 63)) raiseError(E.OverflowError, "timestamp out of range for platform time_t");
  return x;
}

// ---- clocks by id ----------------------------------------------------------------------------------

const CLOCKS: Record<string, number> = {
  CLOCK_BOOTTIME: 7, CLOCK_MONOTONIC: 1, CLOCK_MONOTONIC_RAW: 4, CLOCK_PROCESS_CPUTIME_ID: 2, CLOCK_REALTIME: 0,
  CLOCK_TAI: 11, CLOCK_THREAD_CPUTIME_ID: 3,
};

function clockNs(idArg: PyValue): bigint {
  const id = cInt(idArg);
  switch (id) {
    case 0: case 5: case 8: case 11: return timeNs();
    case 1: case 4: case 6: case 7: case 9: return monotonicNs();
    case 2: case 3: return processTimeNs();
    default: throw call(E.OSError, [22, "Invalid argument"]);
  }
}

function clockInfo(name: string): [string, boolean, boolean, number] {
  switch (name) {
    case "time": return ["clock_gettime(CLOCK_REALTIME)", false, true, 1e-9];
    case "monotonic": case "perf_counter": return ["clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9];
    case "process_time": return ["clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9];
    case "thread_time": return ["clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9];
    default: raiseError(E.ValueError, "unknown clock");
  }
}

// ---- the module ------------------------------------------------------------------------------------

function setZoneGlobals(dict: PyDict): void {
  const zi = zoneInfo();
  dict.set("timezone", -zi.std);
  dict.set("altzone", -zi.dst);
  dict.set("daylight", zi.std !== zi.dst ? 1 : 0);
  dict.set("tzname", new PyTuple([zi.stdName, zi.dstName]));
}

defineModule("time", (dict) => {
  for (const [name, v] of Object.entries(CLOCKS)) dict.set(name, v);
  dict.set("_STRUCT_TM_ITEMS", 11);
  dict.set("struct_time", structTimeType);
  setZoneGlobals(dict);
  const noArgs = (name: string, f: () => PyValue) => (args: PyValue[], kw: readonly string[] | null) => {
    checkArgs(`time.${name}`, args, kw, 0, 0, 0);
    return f();
  };
  const strftimeEnv: StrftimeEnv = {
    get tzname(): [string, string] {
      const t = dict.getStr("tzname");
      const items = t instanceof PyTuple ? t.items.map((x) => strValue(x) ?? "") : ["UTC", "UTC"];
      return [items[0] ?? "", items[1] ?? ""];
    },
    mktime: (tm) => mktimeSecs({ ...tm }),
  };
  defFunctions(dict, "time", {
    time: noArgs("time", () => nsToFloat(timeNs())),
    time_ns: noArgs("time_ns", () => nsToInt(timeNs())),
    monotonic: noArgs("monotonic", () => nsToFloat(monotonicNs())),
    monotonic_ns: noArgs("monotonic_ns", () => nsToInt(monotonicNs())),
    perf_counter: noArgs("perf_counter", () => nsToFloat(monotonicNs())),
    perf_counter_ns: noArgs("perf_counter_ns", () => nsToInt(monotonicNs())),
    process_time: noArgs("process_time", () => nsToFloat(processTimeNs())),
    process_time_ns: noArgs("process_time_ns", () => nsToInt(processTimeNs())),
    thread_time: noArgs("thread_time", () => nsToFloat(processTimeNs())),
    thread_time_ns: noArgs("thread_time_ns", () => nsToInt(processTimeNs())),
    sleep(args, kw) {
      checkArgs("time.sleep", args, kw, 1, 1, 0);
      const secs = sleepArg(args[0]);
      // Other green threads run meanwhile (vm/threads.ts); alone, this waits in wall time.
      if (secs <= 0) yieldThread(args);
      else block({ take: () => false, deadline: performance.now() + secs * 1000, result: () => None }, args);
      return None;
    },
    gmtime: (args, kw) => structTime(gmtimeFields(secsArg(args, kw, "gmtime"))),
    localtime: (args, kw) => structTime(localtimeFields(secsArg(args, kw, "localtime"))),
    mktime(args, kw) {
      checkArgs("time.mktime", args, kw, 1, 1, 0);
      const t = mktimeSecs(tmArg(args[0], "mktime"));
      if (!Number.isFinite(t)) raiseError(E.OverflowError, "mktime argument out of range");
      return new PyFloat(t);
    },
    asctime(args, kw) {
      checkArgs("asctime", args, kw, 0, 1, 0);
      const tm = tmOrNow(args, "asctime", 0);
      checkTm(tm);
      return asctimeText(tm);
    },
    ctime: (args, kw) => asctimeText(localtimeFields(secsArg(args, kw, "ctime"))),
    strftime(args, kw) {
      tupleArgs("strftime", args, kw, 1, 2);
      const fmt = strValue(args[0]);
      if (fmt === undefined) typeError(`strftime() argument 1 must be str, not ${typeName(args[0])}`);
      const tm = tmOrNow(args, "strftime", 1);
      checkTm(tm);
      if (tm.isdst < -1) tm.isdst = -1;
      else if (tm.isdst > 1) tm.isdst = 1;
      if (fmt.includes("\0")) raiseError(E.ValueError, "embedded null character");
      return formatTime(fmt, tm, strftimeEnv);
    },
    strptime(args, kw) {
      const mod = sysHooks.importHook("_strptime", None, None, 0);
      return call(getAttr(mod, "_strptime_time"), args, kw);
    },
    tzset: noArgs("tzset", () => {
      setZoneGlobals(dict);
      return None;
    }),
    get_clock_info(args, kw) {
      tupleArgs("get_clock_info", args, kw, 1, 1);
      const name = strValue(args[0]);
      if (name === undefined) typeError(`get_clock_info() argument 1 must be str, not ${typeName(args[0])}`);
      const [impl, mono, adj, res] = clockInfo(name);
      const sys = sysHooks.importHook("sys", None, None, 0);
      const nsType = typeOf(getAttr(sys, "implementation"));
      return call(nsType, [impl, bool(mono), bool(adj), new PyFloat(res)],
        ["implementation", "monotonic", "adjustable", "resolution"]);
    },
    clock_gettime(args, kw) {
      checkArgs("clock_gettime", args, kw, 1, 1, 0);
      return nsToFloat(clockNs(args[0]));
    },
    clock_gettime_ns(args, kw) {
      checkArgs("clock_gettime_ns", args, kw, 1, 1, 0);
      return nsToInt(clockNs(args[0]));
    },
    clock_getres(args, kw) {
      checkArgs("clock_getres", args, kw, 1, 1, 0);
      const id = cInt(args[0]);
      if (id === 5 || id === 6) return new PyFloat(0.004);
      clockNs(id);
      return new PyFloat(1e-9);
    },
    pthread_getcpuclockid(args, kw) {
      checkArgs("pthread_getcpuclockid", args, kw, 1, 1, 0);
      index(args[0]);
      return 3;
    },
    clock_settime(args, kw) {
      checkArgs("clock_settime", args, kw, 2, 2, 0);
      cInt(args[0]);
      throw call(E.OSError, [1, "Operation not permitted"]);
    },
    clock_settime_ns(args, kw) {
      checkArgs("clock_settime_ns", args, kw, 2, 2, 0);
      cInt(args[0]);
      throw call(E.OSError, [1, "Operation not permitted"]);
    },
  });
}, "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n");
