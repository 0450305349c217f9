// _datetime.tzinfo (the abstract base of time zones: its methods raise NotImplementedError, except
// fromutc, which implements the standard-offset algorithm) and _datetime.timezone (a fixed offset
// with an optional name; timezone.utc is a singleton that offset 0 without a name returns).

import { call, getAttr, getAttrOpt, isInstance, repr as reprOf, strValue, toArray } from "../objects/abstract";
import { PyDict } from "../objects/pydict";
import { moduleAttr } from "./datetime_fmt";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs, defMethods, defNew } from "../objects/native";
import { PyObject, PyTuple, PyType, PyValue, None, NotImplemented, bool, typeOf } from "../objects/types";
import {
  callDst, callUtcOffset, formatOffset, isDateTime, isDelta, parseTupleKw, PyDateTime, PyDelta, PyTimezone, PyTzInfo,
  timezoneType, tpName, tpNameOf, tzinfoType, asStr, deltaType, newDelta, slotArgs, argTypeName,
} from "./datetime_core";
import { deltaCmp, deltaHash, deltaRepr } from "./datetime_delta";
import { addDateTimeDelta } from "./datetime_dt";

/** The one timezone(timedelta(0)): what timezone(timedelta(0)) and every "UTC" offset return. */
export const utc = new PyTimezone(new PyDelta(0, 0, 0), null);

/** timezone(offset, name): offset 0 without a name is timezone.utc; |offset| must be under a day. */
export function newTimezone(offset: PyDelta, name: string | null): PyTimezone {
  if (name === null && offset.days === 0 && offset.seconds === 0 && offset.us === 0) return utc;
  if ((offset.days === -1 && offset.seconds === 0 && offset.us < 1) || offset.days < -1 || offset.days >= 1) {
    raiseError(E.ValueError, `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${deltaRepr(offset)}.`);
  }
  return new PyTimezone(offset, name);
}

function asTimezone(v: PyValue, name: string): PyTimezone {
  if (!(v instanceof PyTimezone)) {
    typeError(`descriptor '${name}' requires a 'datetime.timezone' object but received a '${tpNameOf(v)}'`);
  }
  return v;
}

function asTzinfo(v: PyValue, name: string): PyObject {
  if (!(v instanceof PyObject) || !typeOf(v).isSubtypeOf(tzinfoType)) {
    typeError(`descriptor '${name}' requires a 'datetime.tzinfo' object but received a '${tpNameOf(v)}'`);
  }
  return v;
}

function timezoneStr(tz: PyTimezone): string {
  if (tz.name !== null) return tz.name;
  const o = tz.offset;
  if (tz === utc || (o.days === 0 && o.seconds === 0 && o.us === 0)) return "UTC";
  return `UTC${formatOffset(o, ":")}`;
}

/** The argument of timezone's tzname/utcoffset/dst: a datetime or None. */
function checkDtArg(dt: PyValue, meth: string): void {
  if (dt !== None && !isDateTime(dt)) {
    typeError(`${meth}(dt) argument must be a datetime instance or None, not ${tpNameOf(dt)}`);
  }
}

/**
 * The state pickling keeps for a tzinfo (_PyObject_GetState): what __getstate__ returns; where
 * object has no __getstate__, its default: the __dict__ (None when empty), paired with a dict of
 * the set __slots__ when there are any.
 */
function reduceState(self: PyObject): PyValue {
  const gs = getAttrOpt(self, "__getstate__");
  if (gs !== undefined) return call(gs, []);
  const state: PyValue = self.dict === null || self.dict.size === 0 ? None : self.dict;
  const names = toArray(call(moduleAttr("copyreg", "_slotnames"), [typeOf(self)]));
  const slots = new PyDict();
  for (const n of names) {
    // An unset slot raises AttributeError from its descriptor: it is left out.
    try {
      slots.set(n, getAttr(self, strValue(n)!));
    } catch (e) {
      if (!(e instanceof E.PyBaseException && isInstance(e, E.AttributeError))) throw e;
    }
  }
  return slots.size === 0 ? state : new PyTuple([state, slots]);
}

/** tzinfo.fromutc(dt): dt's UTC time moved to standard time, then by dst() there. */
function tzinfoFromUtc(self: PyValue, dt: PyValue): PyValue {
  if (!isDateTime(dt)) typeError("fromutc: argument must be a datetime");
  if (dt.tzinfo !== self) raiseError(E.ValueError, "fromutc: dt.tzinfo is not self");
  const off = callUtcOffset(dt.tzinfo, dt);
  if (off === null) raiseError(E.ValueError, "fromutc: non-None utcoffset() result required");
  const dst = callDst(dt.tzinfo, dt);
  if (dst === null) raiseError(E.ValueError, "fromutc: non-None dst() result required");
  const delta = newDelta(off.days - dst.days, off.seconds - dst.seconds, off.us - dst.us);
  let result = addDateTimeDelta(dt, delta, 1);
  if (!isDateTime(result)) return result;
  const dst2 = callDst((result as PyDateTime).tzinfo, result);
  if (dst2 === null) raiseError(E.ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
  if (dst2.days !== 0 || dst2.seconds !== 0 || dst2.us !== 0) result = addDateTimeDelta(result as PyDateTime, dst2, 1);
  return result;
}

function nogo(name: string): never {
  raiseError(E.NotImplementedError, `a tzinfo subclass must implement ${name}()`);
}

export function initTz(): void {
  const t = tzinfoType;
  t.ns.set("__doc__", "Abstract base class for time zone info objects.");
  defNew(t, (args) => new PyTzInfo(args[0] as PyType));
  defMethods(t, {
    tzname: (args, kw) => {
      checkArgs("tzinfo.tzname", args, kw, 1, 1);
      asTzinfo(args[0], "tzname");
      return nogo("tzname");
    },
    utcoffset: (args, kw) => {
      checkArgs("tzinfo.utcoffset", args, kw, 1, 1);
      asTzinfo(args[0], "utcoffset");
      return nogo("utcoffset");
    },
    dst: (args, kw) => {
      checkArgs("tzinfo.dst", args, kw, 1, 1);
      asTzinfo(args[0], "dst");
      return nogo("dst");
    },
    fromutc: (args, kw) => {
      checkArgs("tzinfo.fromutc", args, kw, 1, 1);
      return tzinfoFromUtc(asTzinfo(args[0], "fromutc"), args[1]);
    },
    __reduce__: (args, kw) => {
      checkArgs("tzinfo.__reduce__", args, kw, 0, 0);
      const self = asTzinfo(args[0], "__reduce__");
      const gia = getAttrOpt(self, "__getinitargs__");
      const initArgs = gia !== undefined ? call(gia, []) : new PyTuple([]);
      return new PyTuple([typeOf(self), initArgs, reduceState(self)]);
    },
  });

  const z = timezoneType;
  z.ns.set("__doc__", "Fixed offset from UTC implementation of tzinfo.");
  defNew(z, (args, kw) => {
    const [offset, name] = parseTupleKw("timezone", args.slice(1), kw, ["offset", "name"], 1, [
      (v, n) => {
        if (!isDelta(v)) typeError(`timezone() argument ${n} must be ${tpName(deltaType)}, not ${argTypeName(v)}`);
        return v;
      },
      asStr,
    ]) as [PyDelta, string | undefined];
    return newTimezone(offset, name ?? null);
  });
  defMethods(z, {
    __repr__: (args) => {
      slotArgs(args, 0);
      const tz = asTimezone(args[0], "__repr__");
      const name = tpNameOf(tz);
      if (tz === utc) return `${name}.utc`;
      if (tz.name === null) return `${name}(${deltaRepr(tz.offset)})`;
      return `${name}(${deltaRepr(tz.offset)}, ${reprOf(tz.name)})`;
    },
    __str__: (args) => {
      slotArgs(args, 0);
      return timezoneStr(asTimezone(args[0], "__str__"));
    },
    __hash__: (args) => {
      slotArgs(args, 0);
      return deltaHash(asTimezone(args[0], "__hash__").offset);
    },
    __eq__: (args) => {
      slotArgs(args, 1);
      const a = asTimezone(args[0], "__eq__");
      const b = args[1];
      return b instanceof PyTimezone ? bool(deltaCmp(a.offset, b.offset) === 0) : NotImplemented;
    },
    __ne__: (args) => {
      slotArgs(args, 1);
      const a = asTimezone(args[0], "__ne__");
      const b = args[1];
      return b instanceof PyTimezone ? bool(deltaCmp(a.offset, b.offset) !== 0) : NotImplemented;
    },
    tzname: (args, kw) => {
      checkArgs("timezone.tzname", args, kw, 1, 1);
      const tz = asTimezone(args[0], "tzname");
      checkDtArg(args[1], "tzname");
      return timezoneStr(tz);
    },
    utcoffset: (args, kw) => {
      checkArgs("timezone.utcoffset", args, kw, 1, 1);
      const tz = asTimezone(args[0], "utcoffset");
      checkDtArg(args[1], "utcoffset");
      return tz.offset;
    },
    dst: (args, kw) => {
      checkArgs("timezone.dst", args, kw, 1, 1);
      asTimezone(args[0], "dst");
      checkDtArg(args[1], "dst");
      return None;
    },
    fromutc: (args, kw) => {
      checkArgs("timezone.fromutc", args, kw, 1, 1);
      const tz = asTimezone(args[0], "fromutc");
      const dt = args[1];
      if (!isDateTime(dt)) typeError("fromutc: argument must be a datetime");
      if (dt.tzinfo !== tz) raiseError(E.ValueError, "fromutc: dt.tzinfo is not self");
      return addDateTimeDelta(dt, tz.offset, 1);
    },
    __getinitargs__: (args, kw) => {
      checkArgs("timezone.__getinitargs__", args, kw, 0, 0);
      const tz = asTimezone(args[0], "__getinitargs__");
      return new PyTuple(tz.name === null ? [tz.offset] : [tz.offset, tz.name]);
    },
  });
  z.ns.set("utc", utc);
  // Rounded to whole minutes for backward compatibility, as CPython does.
  z.ns.set("min", new PyTimezone(newDelta(-1, 60, 0), null));
  z.ns.set("max", new PyTimezone(newDelta(0, (23 * 60 + 59) * 60, 0), null));
}

