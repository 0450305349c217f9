// _datetime.date and the IsoCalendarDate tuple that isocalendar() returns.

import { callMethod, hashOf, str as strOf, strValue } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew } from "../objects/native";
import { bool, NotImplemented, PyBytes, PyTuple, PyType, PyValue } from "../objects/types";
import { call, isInstance } from "../objects/abstract";
import {
  asInt, cInt, dateType, diffToBool, isDate, isDateTime, isDelta, isoCalendar, isoCalendarDateType, isoToYmd, newDate,
  newDateSub, newDelta, normalizeDate, ordToYmd, pad, parseTuple, parseTupleKw, PyDate, PyDelta, tpNameOf, weekday,
  ymdToOrd, asStr, MINYEAR, latin1State, slotArgs, defGetters, argTypeName,
} from "./datetime_core";
import { buildStructTime, formatCtime, moduleAttr, parseIsoDate, utf8z, wrapStrftime, YMD } from "./datetime_fmt";
import { localtimeOf, timeT } from "./datetime_local";

export function asDate(v: PyValue, name: string): PyDate {
  if (!isDate(v)) typeError(`descriptor '${name}' requires a 'datetime.date' object but received a '${tpNameOf(v)}'`);
  return v;
}

/** date + delta (negate: date - delta), of the date's own class. */
function addDateDelta(d: PyDate, delta: PyDelta, negate: boolean): PyValue {
  const [y, m, dd] = normalizeDate(d.year, d.month, d.day + (negate ? -delta.days : delta.days));
  return newDateSub(y, m, dd, d.cls);
}

function dateAdd(a: PyValue, b: PyValue): PyValue {
  if (isDateTime(a) || isDateTime(b)) return NotImplemented;
  if (isDate(a)) {
    if (isDelta(b)) return addDateDelta(a, b, false);
  } else if (isDelta(a) && isDate(b)) {
    return addDateDelta(b, a, false);
  }
  return NotImplemented;
}

function dateSub(a: PyValue, b: PyValue): PyValue {
  if (isDateTime(a) || isDateTime(b)) return NotImplemented;
  if (isDate(a)) {
    if (isDate(b)) return newDelta(ymdToOrd(a.year, a.month, a.day) - ymdToOrd(b.year, b.month, b.day), 0, 0);
    if (isDelta(b)) return addDateDelta(a, b, true);
  }
  return NotImplemented;
}

function dateCmp(a: PyDate, b: PyDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The 4 bytes CPython stores a date in (and pickles). */
export function dateBytes(d: PyDate): number[] {
  return [d.year >> 8, d.year & 255, d.month, d.day];
}

/** date.fromtimestamp: the local date of a POSIX timestamp (floored to a second). */
function dateFromTimestamp(cls: PyValue, ts: PyValue): PyValue {
  const tm = localtimeOf(timeT(ts));
  return newDateSub(tm.year, tm.month, tm.day, cls);
}

function dateFromIsoformat(cls: PyValue, s: PyValue): PyValue {
  const text = strValue(s);
  if (text === undefined) typeError("fromisoformat: argument must be str");
  const buf = utf8z(text);
  const len = buf === null ? 0 : buf.length - 1;
  const ymd: YMD = { year: 0, month: 0, day: 0 };
  if (buf === null || !(len === 7 || len === 8 || len === 10) || parseIsoDate(buf, len, ymd) < 0) {
    raiseError(E.ValueError, `Invalid isoformat string: ${reprOfStr(s)}`);
  }
  return newDateSub(ymd.year, ymd.month, ymd.day, cls);
}

import { repr as reprOf } from "../objects/abstract";

export function reprOfStr(s: PyValue): string {
  return reprOf(s);
}

/** The date's __format__ (shared by time and datetime): str() for "", else strftime. */
export function dateFormat(args: PyValue[], kw: readonly string[] | null): PyValue {
  parseTuple("__format__", args.slice(1), kw, 1, 1);
  const fmt = args[1];
  const f = strValue(fmt);
  if (f === undefined) typeError(`__format__() argument 1 must be str, not ${argTypeName(fmt)}`);
  if (f.length === 0) return strOf(args[0]);
  return callMethod(args[0], "strftime", [fmt]);
}

function isoCalendarNew(year: number, week: number, wd: number): PyTuple {
  return new PyTuple([year, week, wd], isoCalendarDateType);
}

function initIsoCalendarDate(): void {
  const t = isoCalendarDateType;
  t.ns.set("__doc__", "The result of date.isocalendar() or datetime.isocalendar()\n\nThis object may be accessed either as a tuple of\n  ((year, week, weekday)\nor via the object attributes as named in the above tuple.");
  defNew(t, (args, kw) => {
    const [y, w, d] = parseTupleKw("IsoCalendarDate", args.slice(1), kw, ["year", "week", "weekday"], 3,
      [asInt, asInt, asInt]) as number[];
    return new PyTuple([y, w, d], args[0] as PyType);
  });
  const item = (i: number, name: string) => (self: PyValue) => {
    if (!(self instanceof PyTuple) || !isInstance(self, t)) {
      typeError(`descriptor '${name}' for 'datetime.IsoCalendarDate' objects doesn't apply to a '${tpNameOf(self)}' object`);
    }
    return self.items[i];
  };
  defGetSet(t, "year", item(0, "year"));
  defGetSet(t, "week", item(1, "week"));
  defGetSet(t, "weekday", item(2, "weekday"));
  defMethods(t, {
    __repr__: (args) => {
      slotArgs(args, 0);
      const s = args[0] as PyTuple;
      return `${tpNameOf(s)}(year=${reprOf(s.items[0])}, week=${reprOf(s.items[1])}, weekday=${reprOf(s.items[2])})`;
    },
    __reduce__: (args, kw) => {
      checkArgs("IsoCalendarDate.__reduce__", args, kw, 0, 0);
      const s = args[0] as PyTuple;
      return new PyTuple([moduleAttr("builtins", "tuple"), new PyTuple([new PyTuple(s.items.slice(0, 3))])]);
    },
  });
}

const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

export function initDate(): void {
  initIsoCalendarDate();
  const t = dateType;
  t.ns.set("__doc__", "date(year, month, day) --> date object");
  defNew(t, (args, kw) => {
    const cls = args[0] as PyType;
    // A pickle's state: 4 bytes (or a latin-1 str from a Python 2 pickle).
    if (args.length === 2 && (kw === null || kw.length === 0)) {
      const state = latin1State(args[1], 4, (b) => b[2] >= 1 && b[2] <= 12, "date");
      if (state !== null) {
        const d = new PyDate((state[0] << 8) | state[1], state[2], state[3], cls);
        return d;
      }
    }
    const [y, m, d] = parseTupleKw(null, args.slice(1), kw, ["year", "month", "day"], 3, [asInt, asInt, asInt]) as number[];
    return newDate(y, m, d, cls);
  });
  defGetters(t, isDate, {
    year: (x) => x.year,
    month: (x) => x.month,
    day: (x) => x.day,
  });

  defClassMethod(t, "fromtimestamp", (args, kw) => {
    checkArgs("date.fromtimestamp", args, kw, 1, 1);
    return dateFromTimestamp(args[0], args[1]);
  });
  defClassMethod(t, "fromordinal", (args, kw) => {
    parseTuple("fromordinal", args.slice(1), kw, 1, 1);
    const n = cInt(args[1]);
    if (n < 1) raiseError(E.ValueError, "ordinal must be >= 1");
    const [y, m, d] = ordToYmd(n);
    return newDateSub(y, m, d, args[0]);
  });
  defClassMethod(t, "fromisoformat", (args, kw) => {
    checkArgs("date.fromisoformat", args, kw, 1, 1);
    return dateFromIsoformat(args[0], args[1]);
  });
  defClassMethod(t, "fromisocalendar", (args, kw) => {
    let vals: number[];
    try {
      vals = parseTupleKw("fromisocalendar", args.slice(1), kw, ["year", "week", "day"], 3, [asInt, asInt, asInt]) as number[];
    } catch (e) {
      if (e instanceof E.PyBaseException && isInstance(e, E.OverflowError)) {
        raiseError(E.ValueError, "ISO calendar component out of range");
      }
      throw e;
    }
    const [year, week, day] = vals;
    const r = isoToYmd(year, week, day);
    if (r === -4) raiseError(E.ValueError, `Year is out of range: ${year}`);
    if (r === -2) raiseError(E.ValueError, `Invalid week: ${week}`);
    if (r === -3) raiseError(E.ValueError, `Invalid day: ${day} (range is [1, 7])`);
    const [y, m, d] = r as [number, number, number];
    return newDateSub(y, m, d, args[0]);
  });
  defClassMethod(t, "today", (args, kw) => {
    checkArgs("date.today", args, kw, 0, 0);
    const now = call(moduleAttr("time", "time"), []);
    return callMethod(args[0], "fromtimestamp", [now]);
  });

  defMethods(t, {
    __repr__: (args) => {
      slotArgs(args, 0);
      const d = asDate(args[0], "__repr__");
      return `${tpNameOf(d)}(${d.year}, ${d.month}, ${d.day})`;
    },
    __str__: (args) => {
      slotArgs(args, 0);
      return callMethod(asDate(args[0], "__str__"), "isoformat", []);
    },
    isoformat: (args, kw) => {
      checkArgs("date.isoformat", args, kw, 0, 0);
      const d = asDate(args[0], "isoformat");
      return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
    },
    ctime: (args, kw) => {
      checkArgs("date.ctime", args, kw, 0, 0);
      return formatCtime(asDate(args[0], "ctime"), 0, 0, 0);
    },
    strftime: (args, kw) => {
      const self = asDate(args[0], "strftime");
      const [fmt] = parseTupleKw("strftime", args.slice(1), kw, ["format"], 1, [asStr]) as string[];
      const tuple = callMethod(self, "timetuple", []);
      return wrapStrftime(self, fmt, tuple, self);
    },
    __format__: dateFormat,
    timetuple: (args, kw) => {
      checkArgs("date.timetuple", args, kw, 0, 0);
      const d = asDate(args[0], "timetuple");
      return buildStructTime(d.year, d.month, d.day, 0, 0, 0, -1);
    },
    isocalendar: (args, kw) => {
      checkArgs("date.isocalendar", args, kw, 0, 0);
      const d = asDate(args[0], "isocalendar");
      return isoCalendarNew(...isoCalendar(d.year, d.month, d.day));
    },
    isoweekday: (args, kw) => {
      checkArgs("date.isoweekday", args, kw, 0, 0);
      const d = asDate(args[0], "isoweekday");
      return weekday(d.year, d.month, d.day) + 1;
    },
    weekday: (args, kw) => {
      checkArgs("date.weekday", args, kw, 0, 0);
      const d = asDate(args[0], "weekday");
      return weekday(d.year, d.month, d.day);
    },
    toordinal: (args, kw) => {
      checkArgs("date.toordinal", args, kw, 0, 0);
      const d = asDate(args[0], "toordinal");
      return ymdToOrd(d.year, d.month, d.day);
    },
    replace: (args, kw) => {
      const d = asDate(args[0], "replace");
      const [y, m, dd] = parseTupleKw("replace", args.slice(1), kw, ["year", "month", "day"], 0,
        [asInt, asInt, asInt]) as (number | undefined)[];
      return newDateSub(y ?? d.year, m ?? d.month, dd ?? d.day, d.cls);
    },
    __hash__: (args) => {
      slotArgs(args, 0);
      const d = asDate(args[0], "__hash__");
      if (d.hash === null) d.hash = hashOf(new PyBytes(Uint8Array.from(dateBytes(d))));
      return d.hash;
    },
    __reduce__: (args, kw) => {
      checkArgs("date.__reduce__", args, kw, 0, 0);
      const d = asDate(args[0], "__reduce__");
      return new PyTuple([d.cls, new PyTuple([new PyBytes(Uint8Array.from(dateBytes(d)))])]);
    },
    __add__: (args) => {
      slotArgs(args, 1);
      return dateAdd(asDate(args[0], "__add__"), args[1]);
    },
    __radd__: (args) => {
      slotArgs(args, 1);
      return dateAdd(args[1], asDate(args[0], "__radd__"));
    },
    __sub__: (args) => {
      slotArgs(args, 1);
      return dateSub(asDate(args[0], "__sub__"), args[1]);
    },
    __rsub__: (args) => {
      slotArgs(args, 1);
      return dateSub(args[1], asDate(args[0], "__rsub__"));
    },
  });
  CMP_NAMES.forEach((name, op) => {
    defMethods(t, {
      [name]: (args, kw) => {
        slotArgs(args, 1);
        const a = asDate(args[0], name);
        const b = args[1];
        return isDate(b) ? bool(diffToBool(dateCmp(a, b), op)) : NotImplemented;
      },
    });
  });
  t.ns.set("min", new PyDate(MINYEAR, 1, 1));
  t.ns.set("max", new PyDate(9999, 12, 31));
  t.ns.set("resolution", new PyDelta(1, 0, 0));
}
