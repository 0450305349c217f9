// _datetime, shared part: the instance layouts of the six types, the proleptic Gregorian
// calendar arithmetic, range checks (with CPython's messages), constructors that honour
// subclasses the way CPython's new_*_subclass_ex helpers do, argument parsing in the style of
// PyArg_ParseTupleAndKeywords (the messages date(), time(), timedelta() ... report), and the calls
// into tzinfo objects (utcoffset/dst/tzname with their result checks).
//
// The types themselves get their methods in datetime_delta.ts, datetime_date.ts,
// datetime_time.ts, datetime_dt.ts and datetime_tz.ts; datetime.ts registers the module.

import { call, callMethod, index, intValue, isInstance, repr, strValue, tpName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import * as I from "../objects/intmath";
import { None, objectType, PyBytes, PyFloat, PyObject, PyType, PyValue, tupleType, typeOf } from "../objects/types";
import { defGetSet } from "../objects/native";
import { nativeType } from "./registry";

export const MINYEAR = 1;
export const MAXYEAR = 9999;
/** date(9999, 12, 31).toordinal() */
export const MAXORDINAL = 3652059;
export const MAX_DELTA_DAYS = 999999999;
/** date(1970, 1, 1).toordinal() */
export const EPOCH_ORDINAL = 719163;
/** Seconds from 0001-01-01 (as day 1) to the Unix epoch, the origin of utcToSeconds. */
export const EPOCH_SECONDS = EPOCH_ORDINAL * 86400;

// ==== types and instance layouts ================================================================

export const deltaType = nativeType("datetime", "timedelta");
export const dateType = nativeType("datetime", "date");
export const tzinfoType = nativeType("datetime", "tzinfo");
/** timezone cannot be subclassed (no BASETYPE), as in CPython. */
export const timezoneType = nativeType("datetime", "timezone", tzinfoType, 0);
export const timeType = nativeType("datetime", "time");
export const datetimeType = nativeType("datetime", "datetime", dateType);
/** The result of isocalendar(): a tuple subclass with year/week/weekday properties. */
export const isoCalendarDateType = nativeType("datetime", "IsoCalendarDate", tupleType, 0);

export class PyDelta extends PyObject {
  hash: I.PyInt | null;
  /** Normalized: |days| <= MAX_DELTA_DAYS, 0 <= seconds < 86400, 0 <= us < 1e6. */
  constructor(public days: number, public seconds: number, public us: number, cls: PyType = deltaType) {
    super(cls);
    this.hash = null;
  }
}

export class PyDate extends PyObject {
  hash: I.PyInt | null;
  constructor(public year: number, public month: number, public day: number, cls: PyType = dateType) {
    super(cls);
    this.hash = null;
  }
}

export class PyDateTime extends PyDate {
  constructor(year: number, month: number, day: number, public hour: number, public minute: number,
              public second: number, public us: number, public tzinfo: PyValue, public fold: number,
              cls: PyType = datetimeType) {
    super(year, month, day, cls);
  }
}

export class PyTime extends PyObject {
  hash: I.PyInt | null;
  constructor(public hour: number, public minute: number, public second: number, public us: number,
              public tzinfo: PyValue, public fold: number, cls: PyType = timeType) {
    super(cls);
    this.hash = null;
  }
}

export class PyTzInfo extends PyObject {}

export class PyTimezone extends PyTzInfo {
  constructor(public offset: PyDelta, public name: string | null) {
    super(timezoneType);
  }
}

export function isDelta(v: PyValue): v is PyDelta {
  return v instanceof PyDelta;
}

export function isDate(v: PyValue): v is PyDate {
  return v instanceof PyDate;
}

export function isDateTime(v: PyValue): v is PyDateTime {
  return v instanceof PyDateTime;
}

export function isTime(v: PyValue): v is PyTime {
  return v instanceof PyTime;
}

export function isTzInfo(v: PyValue): boolean {
  return typeof v === "object" && isInstance(v, tzinfoType);
}

export { tpName };

/** The tp_name of v's type. */
export function tpNameOf(v: PyValue): string {
  return tpName(typeOf(v));
}

// ==== calendar ==================================================================================

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DI400Y = 146097;
const DI100Y = 36524;
const DI4Y = 1461;

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
}

export function daysBeforeMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
}

function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

/** (year, month, day) -> ordinal, 0001-01-01 being day 1. */
export function ymdToOrd(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

/** ordinal (>= 1) -> [year, month, day], by 400-, 100-, 4- and 1-year cycles. */
export function ordToYmd(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  const year = n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1;
  // n1 or n100 of 4 is the last day (Dec 31) of a leap cycle.
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= daysInMonth(year, month);
  }
  return [year, month, n - preceding + 1];
}

/** Monday 0 ... Sunday 6. */
export function weekday(year: number, month: number, day: number): number {
  return (ymdToOrd(year, month, day) + 6) % 7;
}

/** Ordinal of the Monday of ISO week 1 of `year` (the week holding the year's first Thursday). */
export function isoWeek1Monday(year: number): number {
  const first = ymdToOrd(year, 1, 1);
  const wd = (first + 6) % 7;
  return first - wd + (wd > 3 ? 7 : 0);
}

/** [iso year, iso week, iso weekday] of a date. */
export function isoCalendar(year: number, month: number, day: number): [number, number, number] {
  let y = year;
  let w1 = isoWeek1Monday(y);
  const today = ymdToOrd(year, month, day);
  let diff = today - w1;
  let week = Math.floor(diff / 7);
  let d = diff - week * 7;
  if (week < 0) {
    y--;
    w1 = isoWeek1Monday(y);
    diff = today - w1;
    week = Math.floor(diff / 7);
    d = diff - week * 7;
  } else if (week >= 52 && today >= isoWeek1Monday(y + 1)) {
    y++;
    week = 0;
  }
  return [y, week + 1, d + 1];
}

/**
 * ISO (year, week, weekday) -> [year, month, day], or an error code: -4 year out of range,
 * -2 bad week, -3 bad day (the codes CPython's iso_to_ymd returns).
 */
export function isoToYmd(isoYear: number, isoWeek: number, isoDay: number): [number, number, number] | number {
  if (isoYear < MINYEAR || isoYear > MAXYEAR) return -4;
  if (isoWeek <= 0 || isoWeek >= 53) {
    // Week 53 exists in years starting on a Thursday, and leap years starting on a Wednesday.
    const wd = weekday(isoYear, 1, 1);
    if (!(isoWeek === 53 && (wd === 3 || (wd === 2 && isLeap(isoYear))))) return -2;
  }
  if (isoDay <= 0 || isoDay >= 8) return -3;
  return ordToYmd(isoWeek1Monday(isoYear) + (isoWeek - 1) * 7 + isoDay - 1);
}

// ==== range checks ==============================================================================

export function checkDateArgs(year: number, month: number, day: number): void {
  if (year < MINYEAR || year > MAXYEAR) raiseError(E.ValueError, `year ${year} is out of range`);
  if (month < 1 || month > 12) raiseError(E.ValueError, "month must be in 1..12");
  if (day < 1 || day > daysInMonth(year, month)) raiseError(E.ValueError, "day is out of range for month");
}

export function checkTimeArgs(h: number, m: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) raiseError(E.ValueError, "hour must be in 0..23");
  if (m < 0 || m > 59) raiseError(E.ValueError, "minute must be in 0..59");
  if (s < 0 || s > 59) raiseError(E.ValueError, "second must be in 0..59");
  if (us < 0 || us > 999999) raiseError(E.ValueError, "microsecond must be in 0..999999");
  if (fold !== 0 && fold !== 1) raiseError(E.ValueError, "fold must be either 0 or 1");
}

export function checkTzinfo(tz: PyValue): void {
  if (tz !== None && !isTzInfo(tz)) {
    typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${tpNameOf(tz)}'`);
  }
}

/**
 * Brings day (any value) into its month, moving year and month (which start in range; year may
 * leave it, then OverflowError "date value out of range").
 */
export function normalizeDate(year: number, month: number, day: number): [number, number, number] {
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    if (day === 0) {
      month--;
      if (month > 0) day = daysInMonth(year, month);
      else {
        year--;
        month = 12;
        day = 31;
      }
    } else if (day === dim + 1) {
      month++;
      day = 1;
      if (month > 12) {
        month = 1;
        year++;
      }
    } else {
      const ordinal = ymdToOrd(year, month, 1) + day - 1;
      if (ordinal < 1 || ordinal > MAXORDINAL) raiseError(E.OverflowError, "date value out of range");
      return ordToYmd(ordinal);
    }
  }
  if (year < MINYEAR || year > MAXYEAR) raiseError(E.OverflowError, "date value out of range");
  return [year, month, day];
}

/** Floor division and modulo for a positive divisor: [quotient, remainder in 0..d-1]. */
export function divmod(x: number, d: number): [number, number] {
  const q = Math.floor(x / d);
  return [q, x - q * d];
}

// ==== constructors ==============================================================================

/** A timedelta of exact type from possibly unnormalized parts (OverflowError past the day range). */
export function newDelta(days: number, seconds: number, us: number, cls: PyType = deltaType): PyDelta {
  if (us < 0 || us >= 1000000) {
    const [q, r] = divmod(us, 1000000);
    seconds += q;
    us = r;
  }
  if (seconds < 0 || seconds >= 86400) {
    const [q, r] = divmod(seconds, 86400);
    days += q;
    seconds = r;
  }
  checkDeltaDays(days);
  return new PyDelta(days, seconds, us, cls);
}

export function checkDeltaDays(days: number): void {
  if (days < -MAX_DELTA_DAYS || days > MAX_DELTA_DAYS) {
    raiseError(E.OverflowError, `days=${days}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  }
}

export function deltaToUs(d: PyDelta): bigint {
  return (BigInt(d.days) * 86400n + BigInt(d.seconds)) * 1000000n + BigInt(d.us);
}

const INT_MAX = 2 ** 31 - 1;

/** A timedelta from a count of microseconds (CPython's microseconds_to_delta_ex). */
export function usToDelta(us: I.PyInt, cls: PyType = deltaType): PyDelta {
  const b = typeof us === "bigint" ? us : BigInt(us);
  let q = b / 1000000n;
  let r = b % 1000000n;
  if (r < 0n) {
    r += 1000000n;
    q -= 1n;
  }
  let days = q / 86400n;
  let secs = q % 86400n;
  if (secs < 0n) {
    secs += 86400n;
    days -= 1n;
  }
  if (days > BigInt(INT_MAX) || days < BigInt(-INT_MAX - 1)) {
    raiseError(E.OverflowError, "Python int too large to convert to C int");
  }
  const d = Number(days);
  checkDeltaDays(d);
  return new PyDelta(d, Number(secs), Number(r), cls);
}

export function newDate(year: number, month: number, day: number, cls: PyType = dateType): PyDate {
  checkDateArgs(year, month, day);
  return new PyDate(year, month, day, cls);
}

export function newDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number,
                            us: number, tzinfo: PyValue, fold: number, cls: PyType = datetimeType): PyDateTime {
  checkDateArgs(year, month, day);
  checkTimeArgs(hour, minute, second, us, fold);
  checkTzinfo(tzinfo);
  return new PyDateTime(year, month, day, hour, minute, second, us, tzinfo, fold, cls);
}

export function newTime(hour: number, minute: number, second: number, us: number, tzinfo: PyValue, fold: number,
                        cls: PyType = timeType): PyTime {
  checkTimeArgs(hour, minute, second, us, fold);
  checkTzinfo(tzinfo);
  return new PyTime(hour, minute, second, us, tzinfo, fold, cls);
}

/** cls(args...) with fold=1 passed by keyword when set (CPython's call_subclass_fold). */
function callSubclassFold(cls: PyValue, fold: number, args: PyValue[]): PyValue {
  return fold ? call(cls, [...args, fold], ["fold"]) : call(cls, args);
}

/** A date of class cls: date and datetime are built directly, a subclass is called. */
export function newDateSub(year: number, month: number, day: number, cls: PyValue): PyValue {
  if (cls === dateType) return newDate(year, month, day);
  if (cls === datetimeType) return newDateTime(year, month, day, 0, 0, 0, 0, None, 0);
  return call(cls, [year, month, day]);
}

export function newDateTimeSub(year: number, month: number, day: number, hour: number, minute: number, second: number,
                               us: number, tzinfo: PyValue, fold: number, cls: PyValue): PyValue {
  if (cls === datetimeType) return newDateTime(year, month, day, hour, minute, second, us, tzinfo, fold);
  return callSubclassFold(cls, fold, [year, month, day, hour, minute, second, us, tzinfo]);
}

export function newTimeSub(hour: number, minute: number, second: number, us: number, tzinfo: PyValue, fold: number,
                           cls: PyValue): PyValue {
  if (cls === timeType) return newTime(hour, minute, second, us, tzinfo, fold);
  return callSubclassFold(cls, fold, [hour, minute, second, us, tzinfo]);
}

// ==== argument parsing (PyArg_ParseTupleAndKeywords) ============================================

/** A C int ("i" format): __index__, then the range of a 32-bit int. */
export function cInt(v: PyValue): number {
  const i = intValue(v) ?? index(v);
  if (typeof i === "number" && i >= -INT_MAX - 1 && i <= INT_MAX) return i;
  if (i > 2n ** 63n - 1n || i < -(2n ** 63n)) raiseError(E.OverflowError, "Python int too large to convert to C long");
  if (i > INT_MAX) raiseError(E.OverflowError, "signed integer is greater than maximum");
  raiseError(E.OverflowError, "signed integer is less than minimum");
}

/** Converts argument `argNo` (1-based, as messages count), or raises. */
export type Conv = (v: PyValue, argNo: number, fname: string) => unknown;

export const asInt: Conv = (v) => cInt(v);
export const asObj: Conv = (v) => v;

/** How getargs names a wrong argument: "None" or its type's tp_name. */
export function argTypeName(v: PyValue): string {
  return v === None ? "None" : tpNameOf(v);
}

export const asStr: Conv = (v, n, fname) => {
  const s = strValue(v);
  if (s === undefined) typeError(`${fname}() argument ${n} must be str, not ${argTypeName(v)}`);
  return s;
};

/**
 * Binds args (keyword values last, named by kwnames) to `names` the way
 * PyArg_ParseTupleAndKeywords does: the first `min` are required, those from `maxPos` on are
 * keyword-only; each given argument is converted in order by convs[i]. `fname` null stands for
 * a format without ":name" ("function ..." messages).
 */
export function parseTupleKw(fname: string | null, args: readonly PyValue[], kwnames: readonly string[] | null,
                             names: readonly string[], min: number, convs: readonly Conv[],
                             maxPos = names.length): unknown[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const len = names.length;
  const fn = fname === null ? "function" : `${fname}()`;
  if (nargs + nkw > len) {
    typeError(`${fn} takes at most ${len} ${nargs === 0 ? "keyword " : ""}argument${len === 1 ? "" : "s"} (${nargs + nkw} given)`);
  }
  if (nargs > maxPos) {
    typeError(`${fn} takes ${min < maxPos ? "at most" : "exactly"} ${maxPos} positional argument${maxPos === 1 ? "" : "s"} (${nargs} given)`);
  }
  const out: unknown[] = new Array(len).fill(undefined);
  let kwLeft = nkw;
  for (let i = 0; i < len; i++) {
    let v: PyValue | undefined;
    if (i < nargs) v = args[i];
    else if (kwLeft > 0) {
      const k = kwnames!.indexOf(names[i]);
      if (k >= 0) {
        v = args[nargs + k];
        kwLeft--;
      }
    }
    if (v !== undefined) {
      out[i] = convs[i](v, i + 1, fname ?? "function");
      continue;
    }
    if (i < min) typeError(`${fn} missing required argument '${names[i]}' (pos ${i + 1})`);
    if (kwLeft === 0) return out;
  }
  if (kwLeft > 0) {
    for (let i = 0; i < nargs; i++) {
      if (kwnames!.includes(names[i])) {
        typeError(`argument for ${fn} given by name ('${names[i]}') and position (${i + 1})`);
      }
    }
    for (const k of kwnames!) {
      if (!names.includes(k)) typeError(`'${k}' is an invalid keyword argument for ${fname === null ? "this function" : fn}`);
    }
  }
  return out;
}

/** PyArg_ParseTuple's count check for a positional-only format with a name ("fromordinal() takes exactly 1 argument (0 given)"). */
export function parseTuple(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null,
                           min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) typeError(`${fname}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const how = min === max ? "exactly" : n < min ? "at least" : "at most";
  const m = min === max || n < min ? min : max;
  typeError(`${fname}() takes ${how} ${m} argument${m === 1 ? "" : "s"} (${n} given)`);
}

// ==== tzinfo calls ==============================================================================

/** A tzinfo method result must be None or a timedelta strictly within a day. */
function checkOffset(v: PyValue, name: string): PyDelta | null {
  if (v === None) return null;
  if (!(v instanceof PyDelta)) {
    typeError(`tzinfo.${name}() must return None or timedelta, not '${tpNameOf(v)}'`);
  }
  if ((v.days === -1 && v.seconds === 0 && v.us < 1) || v.days < -1 || v.days >= 1) {
    raiseError(E.ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
  }
  return v;
}

/** tzinfo.utcoffset(arg), checked; null for None (or when tzinfo is None). */
export function callUtcOffset(tzinfo: PyValue, arg: PyValue): PyDelta | null {
  if (tzinfo === None) return null;
  return checkOffset(callMethod(tzinfo, "utcoffset", [arg]), "utcoffset");
}

export function callDst(tzinfo: PyValue, arg: PyValue): PyDelta | null {
  if (tzinfo === None) return null;
  return checkOffset(callMethod(tzinfo, "dst", [arg]), "dst");
}

export function callTzName(tzinfo: PyValue, arg: PyValue): PyValue {
  if (tzinfo === None) return None;
  const r = callMethod(tzinfo, "tzname", [arg]);
  if (r !== None && strValue(r) === undefined) {
    typeError(`tzinfo.tzname() must return None or a string, not '${tpNameOf(r)}'`);
  }
  return r;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

/** sign HH sep MM [sep SS [.ffffff]] of an offset (CPython's format_utcoffset). */
export function formatOffset(off: PyDelta, sep: string): string {
  let { days, seconds, us } = off;
  let sign = "+";
  if (days < 0) {
    sign = "-";
    const neg = newDelta(-days, -seconds, -us);
    seconds = neg.seconds;
    us = neg.us;
    days = neg.days;
  }
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  let s = `${sign}${pad2(hh)}${sep}${pad2(mm)}`;
  if (us) return `${s}${sep}${pad2(ss)}.${pad(us, 6)}`;
  if (ss) s += `${sep}${pad2(ss)}`;
  return s;
}

/** The utcoffset string of tzinfo.utcoffset(arg), "" when it is None. */
export function formatUtcOffset(tzinfo: PyValue, arg: PyValue, sep: string): string {
  const off = callUtcOffset(tzinfo, arg);
  return off === null ? "" : formatOffset(off, sep);
}

export { pad2, repr };

/** Rich comparison result of a cmp-style difference. */
export function diffToBool(diff: number, op: number): boolean {
  switch (op) {
    case 0: return diff < 0;
    case 1: return diff <= 0;
    case 2: return diff === 0;
    case 3: return diff !== 0;
    case 4: return diff > 0;
    default: return diff >= 0;
  }
}

export function isFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat;
}

export { objectType };

/**
 * The bytes of a pickled state (`size` bytes passing `sane`), also from the latin-1 str a
 * Python 2 pickle gives; null when the argument is not such a state.
 */
export function latin1State(v: PyValue, size: number, sane: (b: number[]) => boolean, what: string): number[] | null {
  if (v instanceof PyBytes) {
    const b = Array.from(v.data);
    return b.length === size && sane(b) ? b : null;
  }
  const s = strValue(v);
  if (s === undefined) return null;
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  if (cps.length !== size || !sane(cps)) return null;
  if (cps.some((c) => c > 255)) {
    raiseError(E.ValueError, `Failed to encode latin1 string when unpickling a ${what} object. pickle.load(data, encoding='latin1') is assumed.`);
  }
  return cps;
}

/** A slot wrapper's argument count check (`td.__add__()`: "expected 1 argument, got 0"). */
export function slotArgs(args: readonly PyValue[], n: number): void {
  if (args.length - 1 !== n) typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length - 1}`);
}

/** Read-only attributes of instances of t (which `is` recognizes), with CPython's getset message. */
export function defGetters<T extends PyValue>(t: PyType, is: (v: PyValue) => v is T,
                                             getters: Record<string, (self: T) => PyValue>): void {
  for (const name of Object.keys(getters)) {
    defGetSet(t, name, (self) => {
      if (!is(self)) typeError(`descriptor '${name}' for '${tpName(t)}' objects doesn't apply to a '${tpNameOf(self)}' object`);
      return getters[name](self);
    });
  }
}
