// _datetime.datetime: a date (its base class) with a time of day, an optional tzinfo and the
// PEP 495 fold bit. Aware arithmetic and comparison go through utcoffset(); the conversions to
// and from timestamps and local time use datetime_local.ts.

import { callMethod, hashOf, repr, strValue } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { truediv } from "../objects/intfloat";
import * as I from "../objects/intmath";
import { checkArgs, clinicArgs, defClassMethod, defMethods, defNew } from "../objects/native";
import { bool, False, None, NotImplemented, PyBytes, PyFloat, PyTuple, PyType, PyValue, True } from "../objects/types";
import { sysHooks } from "./builtins";
import {
  asInt, asObj, asStr, callDst, callTzName, callUtcOffset, checkTzinfo, dateType, datetimeType, deltaToUs, diffToBool,
  EPOCH_SECONDS, formatUtcOffset, isDate, isDateTime, isDelta, isTime, isTzInfo, latin1State, newDate, newDateTime,
  newDateTimeSub, newDelta, newTime, normalizeDate, pad, parseTuple, parseTupleKw, PyDateTime, PyDelta, PyTime,
  timeType, tpName, tpNameOf, ymdToOrd, cInt, divmod, Conv, MAXYEAR, slotArgs, defGetters, argTypeName,
} from "./datetime_core";
import { dateBytes } from "./datetime_date";
import { deltaCmp, deltaHash } from "./datetime_delta";
import {
  buildStructTime, findIsoSeparator, formatCtime, IsoTime, parseIsoDate, parseIsoTime, utf8CharLen, utf8z, YMD,
} from "./datetime_fmt";
import { gmtimeOf, localFold, localtimeOf, localToSeconds, timeval, utcToSeconds, BrokenDown } from "./datetime_local";
import { newTimezone, utc } from "./datetime_tz";
import { formatTimeSpec } from "./datetime_time";
import { timeNs } from "./time";

export function asDateTime(v: PyValue, name: string): PyDateTime {
  if (!isDateTime(v)) {
    typeError(`descriptor '${name}' requires a 'datetime.datetime' object but received a '${tpNameOf(v)}'`);
  }
  return v;
}

/** dt + factor * delta, of dt's class, keeping its tzinfo (fold 0). */
export function addDateTimeDelta(dt: PyDateTime, delta: PyDelta, factor: number): PyValue {
  let us = dt.us + delta.us * factor;
  let second = dt.second + delta.seconds * factor;
  let minute = dt.minute;
  let hour = dt.hour;
  let day = dt.day + delta.days * factor;
  let q: number;
  [q, us] = divmod(us, 1000000);
  second += q;
  [q, second] = divmod(second, 60);
  minute += q;
  [q, minute] = divmod(minute, 60);
  hour += q;
  [q, hour] = divmod(hour, 24);
  day += q;
  const [y, m, d] = normalizeDate(dt.year, dt.month, day);
  return newDateTimeSub(y, m, d, hour, minute, second, us, dt.tzinfo, 0, dt.cls);
}

/** The tzinfo fromisoformat builds: None, timezone.utc for offset 0, else a fixed timezone. */
export function tzinfoFromIso(rv: number, seconds: number, us: number): PyValue {
  if (rv !== 1) return None;
  if (seconds === 0) return utc;
  return newTimezone(newDelta(0, seconds, us), null);
}

function dtAdd(a: PyValue, b: PyValue): PyValue {
  if (isDateTime(a)) {
    if (isDelta(b)) return addDateTimeDelta(a, b, 1);
  } else if (isDelta(a) && isDateTime(b)) {
    return addDateTimeDelta(b, a, 1);
  }
  return NotImplemented;
}

function dtSub(a: PyValue, b: PyValue): PyValue {
  if (!isDateTime(a)) return NotImplemented;
  if (isDateTime(b)) {
    let o1: PyDelta | null = null;
    let o2: PyDelta | null = null;
    if (a.tzinfo !== b.tzinfo) {
      o1 = callUtcOffset(a.tzinfo, a);
      o2 = callUtcOffset(b.tzinfo, b);
      if ((o1 !== null) !== (o2 !== null)) typeError("can't subtract offset-naive and offset-aware datetimes");
    }
    const days = ymdToOrd(a.year, a.month, a.day) - ymdToOrd(b.year, b.month, b.day);
    const secs = (a.hour - b.hour) * 3600 + (a.minute - b.minute) * 60 + (a.second - b.second);
    let result = newDelta(days, secs, a.us - b.us);
    if (o1 !== null && o2 !== null && deltaCmp(o1, o2) !== 0) {
      const diff = newDelta(o1.days - o2.days, o1.seconds - o2.seconds, o1.us - o2.us);
      result = newDelta(result.days - diff.days, result.seconds - diff.seconds, result.us - diff.us);
    }
    return result;
  }
  if (isDelta(b)) return addDateTimeDelta(a, b, -1);
  return NotImplemented;
}

function fieldsCmp(a: PyDateTime, b: PyDateTime): number {
  return a.year - b.year || a.month - b.month || a.day - b.day || a.hour - b.hour || a.minute - b.minute ||
    a.second - b.second || a.us - b.us;
}

function flipFoldOffset(dt: PyDateTime): PyDelta | null {
  const flipped = newDateTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.us, dt.tzinfo,
    dt.fold ? 0 : 1, dt.cls);
  return callUtcOffset(flipped.tzinfo, flipped);
}

/** PEP 495: between zones, a time whose offset depends on fold is equal to nothing. */
function pep495Exception(a: PyDateTime, b: PyDateTime, oa: PyDelta | null, ob: PyDelta | null): boolean {
  const fa = flipFoldOffset(a);
  if (fa !== oa && (fa === null || oa === null || deltaCmp(fa, oa) !== 0)) return true;
  const fb = flipFoldOffset(b);
  return fb !== ob && (fb === null || ob === null || deltaCmp(fb, ob) !== 0);
}

function dtCompare(a: PyDateTime, b: PyValue, op: number): PyValue {
  if (!isDateTime(b)) {
    if (isDate(b)) {
      // A plain date: never equal, and not ordered (it would otherwise compare date parts).
      if (op === 2) return False;
      if (op === 3) return True;
      typeError(`can't compare ${tpNameOf(a)} to ${tpNameOf(b)}`);
    }
    return NotImplemented;
  }
  if (a.tzinfo === b.tzinfo) return bool(diffToBool(fieldsCmp(a, b), op));
  const o1 = callUtcOffset(a.tzinfo, a);
  const o2 = callUtcOffset(b.tzinfo, b);
  if (o1 === o2 || (o1 !== null && o2 !== null && deltaCmp(o1, o2) === 0)) {
    let diff = fieldsCmp(a, b);
    if ((op === 2 || op === 3) && diff === 0 && pep495Exception(a, b, o1, o2)) diff = 1;
    return bool(diffToBool(diff, op));
  }
  if (o1 !== null && o2 !== null) {
    const d = dtSub(a, b) as PyDelta;
    let diff = d.days || d.seconds | d.us;
    if ((op === 2 || op === 3) && diff === 0 && pep495Exception(a, b, o1, o2)) diff = 1;
    return bool(diffToBool(diff, op));
  }
  if (op === 2) return False;
  if (op === 3) return True;
  typeError("can't compare offset-naive and offset-aware datetimes");
}

function dtBytes(dt: PyDateTime, proto: number): Uint8Array {
  const b = Uint8Array.from([...dateBytes(dt), dt.hour, dt.minute, dt.second, dt.us >> 16, (dt.us >> 8) & 255, dt.us & 255]);
  if (proto > 3 && dt.fold) b[2] |= 128;
  return b;
}

function dtState(dt: PyDateTime, proto: number): PyTuple {
  const b = new PyBytes(dtBytes(dt, proto));
  return new PyTuple(dt.tzinfo === None ? [b] : [b, dt.tzinfo]);
}

function dtHash(dt: PyDateTime): PyValue {
  if (dt.hash !== null) return dt.hash;
  const dt0 = dt.fold ? newDateTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.us, dt.tzinfo, 0, dt.cls) : dt;
  const off = callUtcOffset(dt0.tzinfo, dt0);
  if (off === null) {
    dt.hash = hashOf(new PyBytes(dtBytes(dt, 0)));
  } else {
    const days = ymdToOrd(dt.year, dt.month, dt.day);
    const secs = dt.hour * 3600 + dt.minute * 60 + dt.second;
    const d = newDelta(days, secs, dt.us);
    dt.hash = deltaHash(newDelta(d.days - off.days, d.seconds - off.seconds, d.us - off.us));
  }
  return dt.hash;
}

// ---- timestamps and local time --------------------------------------------------------------

/** A datetime of class cls from whole seconds and microseconds, in local time or UTC (tzinfo given). */
function fromTimetAndUs(cls: PyValue, useLocal: boolean, t: number, us: number, tzinfo: PyValue): PyValue {
  const tm: BrokenDown = useLocal ? localtimeOf(t) : gmtimeOf(t);
  const second = Math.min(59, tm.second);
  let fold = 0;
  if (tzinfo === None && useLocal) {
    const result = utcToSeconds(tm.year, tm.month, tm.day, tm.hour, tm.minute, second);
    fold = localFold(t, result);
  }
  return newDateTimeSub(tm.year, tm.month, tm.day, tm.hour, tm.minute, second, us, tzinfo, fold, cls);
}

function fromTimestamp(cls: PyValue, useLocal: boolean, ts: PyValue, tzinfo: PyValue): PyValue {
  const [t, us] = timeval(ts);
  return fromTimetAndUs(cls, useLocal, t, us, tzinfo);
}

function bestPossible(cls: PyValue, useLocal: boolean, tzinfo: PyValue): PyValue {
  const ns = timeNs();
  const secs = ns / 1000000000n;
  const us = Number((ns % 1000000000n) / 1000n);
  return fromTimetAndUs(cls, useLocal, Number(secs), us, tzinfo);
}

/** The local zone at timestamp t, as a fixed timezone named by the zone abbreviation. */
function localTimezoneAt(t: number): PyValue {
  const tm = localtimeOf(t);
  return newTimezone(newDelta(0, tm.gmtoff, 0), tm.zone);
}

/** The local zone in force at a naive local time (CPython's local_timezone_from_local). */
function localTimezoneFromLocal(dt: PyDateTime): PyValue {
  const f = dt.fold;
  let secs = localToSeconds(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, f);
  const secs2 = localToSeconds(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, f ? 0 : 1);
  // In a gap, the other solution is the one on fold's side.
  if (secs2 !== secs && (secs2 > secs) === (f === 1)) secs = secs2;
  return localTimezoneAt(secs - EPOCH_SECONDS);
}

function astimezone(self: PyDateTime, tz: PyValue): PyValue {
  checkTzinfo(tz);
  let selfTz: PyValue = self.tzinfo;
  let offset: PyDelta | null = null;
  for (;;) {
    if (selfTz === None) selfTz = localTimezoneFromLocal(self);
    if (selfTz === tz) return self;
    offset = callUtcOffset(selfTz, self);
    if (offset !== null) break;
    selfTz = None;
  }
  let result = addDateTimeDelta(self, offset, -1);
  if (!isDateTime(result)) typeError(`unexpected result type: ${tpNameOf(result)}`);
  if (result.tzinfo === None) {
    result = new PyDateTime(result.year, result.month, result.day, result.hour, result.minute, result.second,
      result.us, utc, result.fold, result.cls);
  } else {
    result.tzinfo = utc;
  }
  const r = result as PyDateTime;
  const target = tz === None ? localTimezoneAt(utcToSecondsOf(r) - EPOCH_SECONDS) : tz;
  r.tzinfo = target;
  return callMethod(target, "fromutc", [r]);
}

function utcToSecondsOf(dt: PyDateTime): number {
  return ((ymdToOrd(dt.year, dt.month, dt.day) * 24 + dt.hour) * 60 + dt.minute) * 60 + dt.second;
}

const EPOCH = (): PyDateTime => new PyDateTime(1970, 1, 1, 0, 0, 0, 0, utc, 0);

// ---- the type --------------------------------------------------------------------------------

const DT_KWS = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];
const DT_CONVS: Conv[] = [asInt, asInt, asInt, asInt, asInt, asInt, asInt, asObj, asInt];
const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/** isoformat's sep: a str of exactly one character ("C" format). */
const asChar: Conv = (v, n, fname) => {
  const s = strValue(v);
  if (s === undefined || [...s].length !== 1) {
    typeError(`${fname}() argument ${n} must be a unicode character, not ${argTypeName(v)}`);
  }
  return s;
};

function datetimeFromIsoformat(cls: PyValue, s: PyValue): PyValue {
  const text = strValue(s);
  if (text === undefined) typeError("fromisoformat: argument must be str");
  const invalid = (): never => raiseError(E.ValueError, `Invalid isoformat string: ${repr(s)}`);
  const cps = [...text];
  if (cps.length < 7) invalid();
  // A surrogate is allowed as the separator only (at 7, 8 or 10); it becomes a 'T'.
  for (const pos of [7, 8, 10]) {
    if (pos > cps.length) break;
    const c = pos < cps.length ? cps[pos].codePointAt(0)! : 0;
    if (c >= 0xd800 && c <= 0xdfff) {
      cps[pos] = "T";
      break;
    }
  }
  const buf = utf8z(cps.join(""));
  if (buf === null) return invalid();
  const len = buf.length - 1;
  const sep = findIsoSeparator(buf, len);
  const ymd: YMD = { year: 0, month: 0, day: 0 };
  const t: IsoTime = { hour: 0, minute: 0, second: 0, us: 0, tzSeconds: 0, tzUs: 0 };
  let rv = parseIsoDate(buf, sep, ymd);
  if (rv === 0 && len > sep) {
    const p = sep + utf8CharLen(buf[sep]);
    rv = parseIsoTime(buf, p, len - p, t);
  }
  if (rv < 0) invalid();
  const tz = tzinfoFromIso(rv, t.tzSeconds, t.tzUs);
  return newDateTimeSub(ymd.year, ymd.month, ymd.day, t.hour, t.minute, t.second, t.us, tz, 0, cls);
}

export function initDateTime(): void {
  const t = datetimeType;
  t.ns.set("__doc__", "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n");
  defNew(t, (args, kw) => {
    const cls = args[0] as PyType;
    const npos = args.length - 1 - (kw === null ? 0 : kw.length);
    if (npos >= 1 && npos <= 2) {
      const state = latin1State(args[1], 10, (b) => (b[2] & 0x7f) >= 1 && (b[2] & 0x7f) <= 12, "datetime");
      if (state !== null) {
        const tz = npos === 2 ? args[2] : None;
        if (tz !== None && !isTzInfo(tz)) typeError("bad tzinfo state arg");
        const fold = state[2] & 128 ? 1 : 0;
        return new PyDateTime((state[0] << 8) | state[1], state[2] & 0x7f, state[3], state[4], state[5], state[6],
          (state[7] << 16) | (state[8] << 8) | state[9], tz, fold, cls);
      }
    }
    const v = parseTupleKw(null, args.slice(1), kw, DT_KWS, 3, DT_CONVS, 8);
    const n = (i: number) => (v[i] as number | undefined) ?? 0;
    return newDateTime(n(0), n(1), n(2), n(3), n(4), n(5), n(6), (v[7] as PyValue | undefined) ?? None, n(8), cls);
  });
  defGetters(t, isDateTime, {
    hour: (x) => x.hour,
    minute: (x) => x.minute,
    second: (x) => x.second,
    microsecond: (x) => x.us,
    tzinfo: (x) => x.tzinfo,
    fold: (x) => x.fold,
  });

  defClassMethod(t, "now", (args, kw) => {
    const [tz] = clinicArgs("now", args.slice(1), kw, ["tz"], 0);
    const tzinfo = tz ?? None;
    checkTzinfo(tzinfo);
    const self = bestPossible(args[0], tzinfo === None, tzinfo);
    return tzinfo === None ? self : callMethod(tzinfo, "fromutc", [self]);
  });
  defClassMethod(t, "utcnow", (args, kw) => {
    checkArgs("datetime.utcnow", args, kw, 0, 0);
    return bestPossible(args[0], false, None);
  });
  defClassMethod(t, "fromtimestamp", (args, kw) => {
    const [ts, tz] = parseTupleKw("fromtimestamp", args.slice(1), kw, ["timestamp", "tz"], 1, [asObj, asObj]) as PyValue[];
    const tzinfo = tz ?? None;
    checkTzinfo(tzinfo);
    const self = fromTimestamp(args[0], tzinfo === None, ts, tzinfo);
    return tzinfo === None ? self : callMethod(tzinfo, "fromutc", [self]);
  });
  defClassMethod(t, "utcfromtimestamp", (args, kw) => {
    parseTuple("utcfromtimestamp", args.slice(1), kw, 1, 1);
    return fromTimestamp(args[0], false, args[1], None);
  });
  defClassMethod(t, "strptime", (args, kw) => {
    parseTuple("strptime", args.slice(1), kw, 2, 2);
    asStr(args[1], 1, "strptime");
    asStr(args[2], 2, "strptime");
    const mod = sysHooks.importHook("_strptime", None, None, 0);
    return callMethod(mod, "_strptime_datetime", [args[0], args[1], args[2]]);
  });
  defClassMethod(t, "combine", (args, kw) => {
    const typed = (type: PyType): Conv => (v, n) => {
      if (!(type === dateType ? isDate(v) : isTime(v))) {
        typeError(`combine() argument ${n} must be ${tpName(type)}, not ${argTypeName(v)}`);
      }
      return v;
    };
    const [d, tm, tz] = parseTupleKw("combine", args.slice(1), kw, ["date", "time", "tzinfo"], 2,
      [typed(dateType), typed(timeType), asObj]) as [PyDateTime, PyTime, PyValue | undefined];
    return newDateTimeSub(d.year, d.month, d.day, tm.hour, tm.minute, tm.second, tm.us, tz ?? tm.tzinfo, tm.fold, args[0]);
  });
  defClassMethod(t, "fromisoformat", (args, kw) => {
    checkArgs("datetime.fromisoformat", args, kw, 1, 1);
    return datetimeFromIsoformat(args[0], args[1]);
  });

  defMethods(t, {
    utcoffset: (args, kw) => {
      checkArgs("datetime.utcoffset", args, kw, 0, 0);
      const dt = asDateTime(args[0], "utcoffset");
      return callUtcOffset(dt.tzinfo, dt) ?? None;
    },
    dst: (args, kw) => {
      checkArgs("datetime.dst", args, kw, 0, 0);
      const dt = asDateTime(args[0], "dst");
      return callDst(dt.tzinfo, dt) ?? None;
    },
    tzname: (args, kw) => {
      checkArgs("datetime.tzname", args, kw, 0, 0);
      const dt = asDateTime(args[0], "tzname");
      return callTzName(dt.tzinfo, dt);
    },
    __add__: (args) => {
      slotArgs(args, 1);
      return dtAdd(asDateTime(args[0], "__add__"), args[1]);
    },
    __radd__: (args) => {
      slotArgs(args, 1);
      return dtAdd(args[1], asDateTime(args[0], "__radd__"));
    },
    __sub__: (args) => {
      slotArgs(args, 1);
      return dtSub(asDateTime(args[0], "__sub__"), args[1]);
    },
    __rsub__: (args) => {
      slotArgs(args, 1);
      return dtSub(args[1], asDateTime(args[0], "__rsub__"));
    },
    __repr__: (args) => {
      slotArgs(args, 0);
      const dt = asDateTime(args[0], "__repr__");
      let s = `${tpNameOf(dt)}(${dt.year}, ${dt.month}, ${dt.day}, ${dt.hour}, ${dt.minute}`;
      if (dt.us) s += `, ${dt.second}, ${dt.us}`;
      else if (dt.second) s += `, ${dt.second}`;
      if (dt.fold) s += `, fold=${dt.fold}`;
      if (dt.tzinfo !== None) s += `, tzinfo=${repr(dt.tzinfo)}`;
      return `${s})`;
    },
    __str__: (args) => {
      slotArgs(args, 0);
      return callMethod(asDateTime(args[0], "__str__"), "isoformat", [" "]);
    },
    isoformat: (args, kw) => {
      const dt = asDateTime(args[0], "isoformat");
      const [sep, spec] = parseTupleKw("isoformat", args.slice(1), kw, ["sep", "timespec"], 0, [asChar, asStr]) as
        (string | undefined)[];
      const date = `${pad(dt.year, 4)}-${pad(dt.month, 2)}-${pad(dt.day, 2)}`;
      const s = date + (sep ?? "T") + formatTimeSpec(dt.hour, dt.minute, dt.second, dt.us, spec);
      return dt.tzinfo === None ? s : s + formatUtcOffset(dt.tzinfo, dt, ":");
    },
    ctime: (args, kw) => {
      checkArgs("datetime.ctime", args, kw, 0, 0);
      const dt = asDateTime(args[0], "ctime");
      return formatCtime(dt, dt.hour, dt.minute, dt.second);
    },
    __hash__: (args) => {
      slotArgs(args, 0);
      return dtHash(asDateTime(args[0], "__hash__"));
    },
    replace: (args, kw) => {
      const dt = asDateTime(args[0], "replace");
      const v = parseTupleKw("replace", args.slice(1), kw, DT_KWS, 0, DT_CONVS, 8);
      const n = (i: number, d: number) => (v[i] as number | undefined) ?? d;
      return newDateTimeSub(n(0, dt.year), n(1, dt.month), n(2, dt.day), n(3, dt.hour), n(4, dt.minute),
        n(5, dt.second), n(6, dt.us), v[7] === undefined ? dt.tzinfo : v[7] as PyValue, n(8, dt.fold), dt.cls);
    },
    astimezone: (args, kw) => {
      const dt = asDateTime(args[0], "astimezone");
      const [tz] = parseTupleKw("astimezone", args.slice(1), kw, ["tz"], 0, [asObj]) as (PyValue | undefined)[];
      return astimezone(dt, tz ?? None);
    },
    timetuple: (args, kw) => {
      checkArgs("datetime.timetuple", args, kw, 0, 0);
      const dt = asDateTime(args[0], "timetuple");
      let flag = -1;
      if (dt.tzinfo !== None) {
        const dst = callDst(dt.tzinfo, dt);
        if (dst !== null) flag = dst.days !== 0 || dst.seconds !== 0 || dst.us !== 0 ? 1 : 0;
      }
      return buildStructTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, flag);
    },
    utctimetuple: (args, kw) => {
      checkArgs("datetime.utctimetuple", args, kw, 0, 0);
      const dt = asDateTime(args[0], "utctimetuple");
      let u: PyValue = dt;
      const off = callUtcOffset(dt.tzinfo, dt);
      if (off !== null) u = addDateTimeDelta(dt, off, -1);
      const x = asDateTime(u, "utctimetuple");
      return buildStructTime(x.year, x.month, x.day, x.hour, x.minute, x.second, 0);
    },
    timestamp: (args, kw) => {
      checkArgs("datetime.timestamp", args, kw, 0, 0);
      const dt = asDateTime(args[0], "timestamp");
      if (dt.tzinfo !== None) {
        const d = dtSub(dt, EPOCH()) as PyDelta;
        return new PyFloat(truediv(I.normalize(deltaToUs(d)), 1000000));
      }
      const secs = localToSeconds(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.fold);
      return new PyFloat(secs - EPOCH_SECONDS + dt.us / 1e6);
    },
    date: (args, kw) => {
      checkArgs("datetime.date", args, kw, 0, 0);
      const dt = asDateTime(args[0], "date");
      return newDate(dt.year, dt.month, dt.day);
    },
    time: (args, kw) => {
      checkArgs("datetime.time", args, kw, 0, 0);
      const dt = asDateTime(args[0], "time");
      return newTime(dt.hour, dt.minute, dt.second, dt.us, None, dt.fold);
    },
    timetz: (args, kw) => {
      checkArgs("datetime.timetz", args, kw, 0, 0);
      const dt = asDateTime(args[0], "timetz");
      return newTime(dt.hour, dt.minute, dt.second, dt.us, dt.tzinfo, dt.fold);
    },
    __reduce_ex__: (args, kw) => {
      parseTuple("__reduce_ex__", args.slice(1), kw, 1, 1);
      const dt = asDateTime(args[0], "__reduce_ex__");
      return new PyTuple([dt.cls, dtState(dt, cInt(args[1]))]);
    },
    __reduce__: (args, kw) => {
      checkArgs("datetime.__reduce__", args, kw, 0, 0);
      const dt = asDateTime(args[0], "__reduce__");
      return new PyTuple([dt.cls, dtState(dt, 2)]);
    },
  });
  CMP_NAMES.forEach((name, op) => {
    defMethods(t, {
      [name]: (args, kw) => {
        slotArgs(args, 1);
        return dtCompare(asDateTime(args[0], name), args[1], op);
      },
    });
  });
  t.ns.set("min", new PyDateTime(1, 1, 1, 0, 0, 0, 0, None, 0));
  t.ns.set("max", new PyDateTime(MAXYEAR, 12, 31, 23, 59, 59, 999999, None, 0));
  t.ns.set("resolution", newDelta(0, 0, 1));
}
