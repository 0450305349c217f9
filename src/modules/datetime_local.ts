// _datetime and the system clock and time zone: timestamps to broken-down local or UTC times
// (through the time module's localtime, which follows TZ), and CPython's algorithm that inverts
// local time (local_to_seconds), which decides fold and the gaps of DST transitions.

import { call, index, intValue } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError } from "../objects/exceptions";
import { PyFloat, PyValue } from "../objects/types";
import { EPOCH_SECONDS, MAXYEAR, MINYEAR, ymdToOrd } from "./datetime_core";
import { localtimeFields } from "./time";
import { gmtimeFields, Tm } from "./timefmt";

const TIME_T_MAX = 2 ** 63;

function outOfRange(): never {
  raiseError(E.OverflowError, "timestamp out of range for platform time_t");
}

/** A timestamp as whole seconds, floats floored (_PyTime_ObjectToTime_t with ROUND_FLOOR). */
export function timeT(v: PyValue): number {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (x !== x) raiseError(E.ValueError, "Invalid value NaN (not a number)");
    const f = Math.floor(x);
    if (!(f >= -TIME_T_MAX && f < TIME_T_MAX)) outOfRange();
    return f;
  }
  const i = intValue(v) ?? index(v);
  if (i >= TIME_T_MAX || i < -TIME_T_MAX) outOfRange();
  return Number(i);
}

function roundHalfEven(x: number): number {
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r -= 1;
  return r;
}

/** A timestamp as [seconds, microseconds], microseconds rounded half-even (_PyTime_ObjectToTimeval). */
export function timeval(v: PyValue): [number, number] {
  if (v instanceof PyFloat) {
    const x = v.value;
    if (x !== x) raiseError(E.ValueError, "Invalid value NaN (not a number)");
    let whole = Math.trunc(x);
    let us = roundHalfEven((x - whole) * 1e6);
    if (us >= 1e6) {
      us -= 1e6;
      whole += 1;
    } else if (us < 0) {
      us += 1e6;
      whole -= 1;
    }
    if (!(whole >= -TIME_T_MAX && whole < TIME_T_MAX)) outOfRange();
    return [whole, us];
  }
  return [timeT(v), 0];
}

export interface BrokenDown {
  year: number; month: number; day: number; hour: number; minute: number; second: number;
  gmtoff: number; zone: string | null;
}

function fromTm(tm: Tm): BrokenDown {
  if (tm.year > 2 ** 31 - 1 - 1900 || tm.year < -(2 ** 31)) {
    throw call(E.OSError, [75, "Value too large for defined data type"]);
  }
  return {
    year: tm.year + 1900, month: tm.mon + 1, day: tm.mday, hour: tm.hour, minute: tm.min, second: tm.sec,
    gmtoff: tm.gmtoff, zone: tm.zone,
  };
}

/** localtime(t), as the time module computes it. */
export function localtimeOf(t: number): BrokenDown {
  return fromTm(localtimeFields(t));
}

export function gmtimeOf(t: number): BrokenDown {
  const tm = gmtimeFields(t);
  tm.zone = "UTC";
  return fromTm(tm);
}

/** Seconds since 0001-01-01T00:00 (day 1) of a UTC wall time; ValueError for years outside 1..9999. */
export function utcToSeconds(y: number, m: number, d: number, hh: number, mm: number, ss: number): number {
  if (y < MINYEAR || y > MAXYEAR) raiseError(E.ValueError, `year ${y} is out of range`);
  return ((ymdToOrd(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss;
}

/** The local wall time (in utcToSeconds' scale) at u seconds (same scale) of UTC. */
function local(u: number): number {
  const tm = localtimeOf(u - EPOCH_SECONDS);
  return utcToSeconds(tm.year, tm.month, tm.day, tm.hour, tm.minute, tm.second);
}

/** No zone has folded by more than a day (the largest was 23 hours, Kwajalein 1969). */
const MAX_FOLD_SECONDS = 24 * 3600;

/**
 * The UTC time (utcToSeconds' scale) whose local time is the given wall time: solves
 * t = local(u) for u. In a fold, `fold` picks the earlier (0) or later (1) solution; in a gap
 * it picks the time before (fold 1) or after (fold 0) the transition, as CPython does.
 */
export function localToSeconds(y: number, m: number, d: number, hh: number, mm: number, ss: number,
                               fold: number): number {
  const t = utcToSeconds(y, m, d, hh, mm, ss);
  const a = local(t) - t;
  const u1 = t - a;
  const t1 = local(u1);
  let b: number;
  if (t1 === t) {
    // One solution; look for another one on the side fold asks for.
    const u2 = fold ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
    b = local(u2) - u2;
    if (a === b) return u1;
  } else {
    b = t1 - u1;
  }
  const u2 = t - b;
  const t2 = local(u2);
  if (t2 === t) return u2;
  if (t1 === t) return u1;
  // Neither offset gives t back: t is in a gap.
  return fold ? Math.min(u1, u2) : Math.max(u1, u2);
}

/** The fold of the local time at timestamp t with wall time `result` (utcToSeconds' scale). */
export function localFold(t: number, result: number): number {
  const probe = local(EPOCH_SECONDS + t - MAX_FOLD_SECONDS);
  const transition = result - probe - MAX_FOLD_SECONDS;
  if (transition < 0) {
    const probe2 = local(EPOCH_SECONDS + t + transition);
    if (probe2 === result) return 1;
  }
  return 0;
}
