// _datetime.time: a time of day with an optional tzinfo and the PEP 495 fold bit.

import { hashOf, strValue } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defClassMethod, defMethods, defNew } from "../objects/native";
import { bool, False, None, NotImplemented, PyBytes, PyTuple, PyType, PyValue, True } from "../objects/types";
import { call, callMethod, repr } from "../objects/abstract";
import {
  asInt, asObj, asStr, callDst, callTzName, callUtcOffset, diffToBool, formatUtcOffset, isTime, isTzInfo, latin1State,
  newDelta, newTime, newTimeSub, pad, parseTupleKw, PyTime, timeType, tpNameOf, cInt, parseTuple, slotArgs,
  defGetters,
} from "./datetime_core";
import { dateFormat } from "./datetime_date";
import { deltaCmp, deltaHash } from "./datetime_delta";
import { parseIsoTime, utf8z, wrapStrftime, IsoTime } from "./datetime_fmt";
import { tzinfoFromIso } from "./datetime_dt";

export function asTime(v: PyValue, name: string): PyTime {
  if (!isTime(v)) typeError(`descriptor '${name}' requires a 'datetime.time' object but received a '${tpNameOf(v)}'`);
  return v;
}

/** The pickled form of a time's fields (fold in the top bit of the hour byte from protocol 4). */
function timeBytes(t: PyTime, proto: number): Uint8Array {
  const b = Uint8Array.from([t.hour, t.minute, t.second, t.us >> 16, (t.us >> 8) & 255, t.us & 255]);
  if (proto > 3 && t.fold) b[0] |= 128;
  return b;
}

function timeState(t: PyTime, proto: number): PyTuple {
  const b = new PyBytes(timeBytes(t, proto));
  return new PyTuple(t.tzinfo === None ? [b] : [b, t.tzinfo]);
}

/** hh:mm:ss.ffffff as isoformat's timespec asks ("auto": microseconds only when nonzero). */
export function formatTimeSpec(hh: number, mm: number, ss: number, us: number, timespec: string | undefined): string {
  const spec = timespec === undefined || timespec === "auto" ? (us ? "microseconds" : "seconds") : timespec;
  switch (spec) {
    case "hours": return pad(hh, 2);
    case "minutes": return `${pad(hh, 2)}:${pad(mm, 2)}`;
    case "seconds": return `${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}`;
    case "milliseconds": return `${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case "microseconds": return `${pad(hh, 2)}:${pad(mm, 2)}:${pad(ss, 2)}.${pad(us, 6)}`;
    default: return raiseError(E.ValueError, "Unknown timespec value");
  }
}

/** The bytes CPython compares times (and datetimes) by: fields in order. */
function timeFieldsCmp(a: PyTime, b: PyTime): number {
  return a.hour - b.hour || a.minute - b.minute || a.second - b.second || a.us - b.us;
}

function timeCompare(a: PyTime, b: PyValue, op: number): PyValue {
  if (!isTime(b)) return NotImplemented;
  if (a.tzinfo === b.tzinfo) return bool(diffToBool(timeFieldsCmp(a, b), op));
  const o1 = callUtcOffset(a.tzinfo, None);
  const o2 = callUtcOffset(b.tzinfo, None);
  if (o1 === o2 || (o1 !== null && o2 !== null && deltaCmp(o1, o2) === 0)) {
    return bool(diffToBool(timeFieldsCmp(a, b), op));
  }
  if (o1 !== null && o2 !== null) {
    const s1 = a.hour * 3600 + a.minute * 60 + a.second - o1.days * 86400 - o1.seconds;
    const s2 = b.hour * 3600 + b.minute * 60 + b.second - o2.days * 86400 - o2.seconds;
    return bool(diffToBool(s1 - s2 || a.us - b.us, op));
  }
  if (op === 2) return False;
  if (op === 3) return True;
  typeError("can't compare offset-naive and offset-aware times");
}

function timeHash(t: PyTime): PyValue {
  if (t.hash !== null) return t.hash;
  const t0 = t.fold ? newTime(t.hour, t.minute, t.second, t.us, t.tzinfo, 0, t.cls) : t;
  const off = callUtcOffset(t0.tzinfo, None);
  if (off === null) {
    t.hash = hashOf(new PyBytes(timeBytes(t, 0)));
  } else {
    const secs = t.hour * 3600 + t.minute * 60 + t.second;
    t.hash = deltaHash(newDelta(-off.days, secs - off.seconds, t.us - off.us));
  }
  return t.hash;
}

const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const TIME_KWS = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

export function initTime(): void {
  const t = timeType;
  t.ns.set("__doc__", "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n");
  defNew(t, (args, kw) => {
    const cls = args[0] as PyType;
    const npos = args.length - 1 - (kw === null ? 0 : kw.length);
    if (npos >= 1 && npos <= 2) {
      const state = latin1State(args[1], 6, (b) => (b[0] & 0x7f) < 24, "time");
      if (state !== null) {
        const tz = npos === 2 ? args[2] : None;
        if (tz !== None && !isTzInfo(tz)) typeError("bad tzinfo state arg");
        const fold = state[0] & 128 ? 1 : 0;
        return new PyTime(state[0] & 0x7f, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5], tz, fold, cls);
      }
    }
    const [h, m, s, us, tz, fold] = parseTupleKw(null, args.slice(1), kw, TIME_KWS, 0,
      [asInt, asInt, asInt, asInt, asObj, asInt], 5);
    return newTime((h as number) ?? 0, (m as number) ?? 0, (s as number) ?? 0, (us as number) ?? 0,
      (tz as PyValue) ?? None, (fold as number) ?? 0, cls);
  });
  defGetters(t, isTime, {
    hour: (x) => x.hour,
    minute: (x) => x.minute,
    second: (x) => x.second,
    microsecond: (x) => x.us,
    tzinfo: (x) => x.tzinfo,
    fold: (x) => x.fold,
  });

  defClassMethod(t, "fromisoformat", (args, kw) => {
    checkArgs("time.fromisoformat", args, kw, 1, 1);
    const s = args[1];
    const text = strValue(s);
    if (text === undefined) typeError("fromisoformat: argument must be str");
    const buf = utf8z(text);
    const r: IsoTime = { hour: 0, minute: 0, second: 0, us: 0, tzSeconds: 0, tzUs: 0 };
    let rv = -1;
    if (buf !== null) {
      const start = buf[0] === 84 ? 1 : 0; // a leading 'T'
      rv = parseIsoTime(buf, start, buf.length - 1 - start, r);
    }
    if (rv < 0) raiseError(E.ValueError, `Invalid isoformat string: ${repr(s)}`);
    const tz = tzinfoFromIso(rv, r.tzSeconds, r.tzUs);
    if (args[0] === timeType) return newTime(r.hour, r.minute, r.second, r.us, tz, 0);
    return call(args[0], [r.hour, r.minute, r.second, r.us, tz]);
  });

  defMethods(t, {
    utcoffset: (args, kw) => {
      checkArgs("time.utcoffset", args, kw, 0, 0);
      return callUtcOffset(asTime(args[0], "utcoffset").tzinfo, None) ?? None;
    },
    dst: (args, kw) => {
      checkArgs("time.dst", args, kw, 0, 0);
      return callDst(asTime(args[0], "dst").tzinfo, None) ?? None;
    },
    tzname: (args, kw) => {
      checkArgs("time.tzname", args, kw, 0, 0);
      return callTzName(asTime(args[0], "tzname").tzinfo, None);
    },
    __repr__: (args) => {
      slotArgs(args, 0);
      const x = asTime(args[0], "__repr__");
      let s = `${tpNameOf(x)}(${x.hour}, ${x.minute}`;
      if (x.us) s += `, ${x.second}, ${x.us}`;
      else if (x.second) s += `, ${x.second}`;
      if (x.tzinfo !== None) s += `, tzinfo=${repr(x.tzinfo)}`;
      if (x.fold) s += `, fold=${x.fold}`;
      return `${s})`;
    },
    __str__: (args) => {
      slotArgs(args, 0);
      return callMethod(asTime(args[0], "__str__"), "isoformat", []);
    },
    isoformat: (args, kw) => {
      const x = asTime(args[0], "isoformat");
      const [spec] = parseTupleKw("isoformat", args.slice(1), kw, ["timespec"], 0, [asStr]) as (string | undefined)[];
      const s = formatTimeSpec(x.hour, x.minute, x.second, x.us, spec);
      return x.tzinfo === None ? s : s + formatUtcOffset(x.tzinfo, None, ":");
    },
    strftime: (args, kw) => {
      const x = asTime(args[0], "strftime");
      const [fmt] = parseTupleKw("strftime", args.slice(1), kw, ["format"], 1, [asStr]) as string[];
      // The year is 1900 (not a nonsensical 0), as CPython passes it.
      const tuple = new PyTuple([1900, 1, 1, x.hour, x.minute, x.second, 0, 1, -1]);
      return wrapStrftime(x, fmt, tuple, None);
    },
    __format__: dateFormat,
    __hash__: (args) => {
      slotArgs(args, 0);
      return timeHash(asTime(args[0], "__hash__"));
    },
    replace: (args, kw) => {
      const x = asTime(args[0], "replace");
      const [h, m, s, us, tz, fold] = parseTupleKw("replace", args.slice(1), kw, TIME_KWS, 0,
        [asInt, asInt, asInt, asInt, asObj, asInt], 5);
      return newTimeSub((h as number) ?? x.hour, (m as number) ?? x.minute, (s as number) ?? x.second,
        (us as number) ?? x.us, tz === undefined ? x.tzinfo : tz as PyValue, (fold as number) ?? x.fold, x.cls);
    },
    __reduce_ex__: (args, kw) => {
      parseTuple("__reduce_ex__", args.slice(1), kw, 1, 1);
      const x = asTime(args[0], "__reduce_ex__");
      return new PyTuple([x.cls, timeState(x, cInt(args[1]))]);
    },
    __reduce__: (args, kw) => {
      checkArgs("time.__reduce__", args, kw, 0, 0);
      const x = asTime(args[0], "__reduce__");
      return new PyTuple([x.cls, timeState(x, 2)]);
    },
  });
  CMP_NAMES.forEach((name, op) => {
    defMethods(t, {
      [name]: (args, kw) => {
        slotArgs(args, 1);
        return timeCompare(asTime(args[0], name), args[1], op);
      },
    });
  });
  t.ns.set("min", new PyTime(0, 0, 0, 0, None, 0));
  t.ns.set("max", new PyTime(23, 59, 59, 999999, None, 0));
  t.ns.set("resolution", newDelta(0, 0, 1));
}
