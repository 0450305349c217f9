// _datetime.timedelta: a duration normalized to (days, seconds, microseconds). Arithmetic on
// whole microseconds is done in bigint (a timedelta spans about 8.6e19 us), as CPython does it
// in Python ints; the constructor keeps fractional microseconds of float arguments apart and
// rounds them half-even at the end (CPython's accum/delta_new).

import { callMethod, hashOf } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { floatAsIntegerRatio } from "../objects/float";
import { truediv } from "../objects/intfloat";
import * as I from "../objects/intmath";
import { checkArgs, defMethods, defNew } from "../objects/native";
import { bool, floatType, NotImplemented, PyFloat, PyTuple, PyType, PyValue } from "../objects/types";
import { intValue } from "../objects/abstract";
import {
  asObj, deltaToUs, deltaType, diffToBool, divmod, isDelta, newDelta, parseTupleKw, pad, PyDelta, tpNameOf, usToDelta,
  slotArgs, defGetters,
} from "./datetime_core";

const US_PER: Record<string, bigint> = {
  microseconds: 1n, milliseconds: 1000n, seconds: 1000000n, minutes: 60000000n, hours: 3600000000n,
  days: 86400000000n, weeks: 604800000000n,
};

/** The whole part of a finite float as a bigint (PyLong_FromDouble's errors otherwise). */
function floatToBig(x: number): bigint {
  if (x !== x) raiseError(E.ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raiseError(E.OverflowError, "cannot convert float infinity to integer");
  return BigInt(Math.trunc(x));
}

const DELTA_NAMES = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
const DELTA_CONVS = DELTA_NAMES.map(() => asObj);
/** The order CPython folds the units in (which matters for the float rounding). */
const DELTA_ORDER = [2, 3, 1, 4, 5, 0, 6];
const DELTA_FACTORS = DELTA_NAMES.map((n) => Number(US_PER[n]));

/**
 * The total in microseconds when every argument is a small int and every partial sum is exact
 * as a double; undefined otherwise (the bigint path then decides, with its errors).
 */
function smallIntTotal(v: (PyValue | undefined)[]): number | undefined {
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const num = v[i];
    if (num === undefined) continue;
    if (typeof num !== "number") return undefined;
    const part = num * DELTA_FACTORS[i];
    if (!Number.isSafeInteger(part)) return undefined;
    sum += part;
    if (!Number.isSafeInteger(sum)) return undefined;
  }
  return sum;
}

/** timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks) */
function deltaNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = args[0] as PyType;
  const names = DELTA_NAMES;
  const v = parseTupleKw("__new__", args.slice(1), kwnames, names, 0, DELTA_CONVS) as (PyValue | undefined)[];
  const small = smallIntTotal(v);
  if (small !== undefined) {
    // |small| < 2**53 us is about 104000 days: within range, and exact in doubles.
    const us = ((small % 1000000) + 1000000) % 1000000;
    const q = (small - us) / 1000000;
    const days = Math.floor(q / 86400);
    return new PyDelta(days + 0, q - days * 86400, us, cls);
  }
  let sum = 0n;
  let leftover = 0;
  // CPython folds the units in this order (which matters for the float rounding).
  for (const i of DELTA_ORDER) {
    const num = v[i];
    if (num === undefined) continue;
    const factor = US_PER[names[i]];
    const n = intValue(num);
    if (n !== undefined) {
      sum += BigInt(n) * factor;
    } else if (num instanceof PyFloat) {
      const x = num.value;
      const whole = floatToBig(x);
      sum += whole * factor;
      const frac = x - Math.trunc(x);
      if (frac === 0) continue;
      const scaled = Number(factor) * frac;
      const part = Math.trunc(scaled);
      sum += BigInt(part);
      leftover += scaled - part;
    } else {
      typeError(`unsupported type for timedelta ${names[i]} component: ${tpNameOf(num)}`);
    }
  }
  if (leftover !== 0) {
    // Round to the nearest microsecond, halfway cases to make the total even.
    let whole = Math.sign(leftover) * Math.round(Math.abs(leftover));
    if (Math.abs(whole - leftover) === 0.5) {
      const odd = Number(sum & 1n);
      whole = 2 * Math.sign(leftover + odd) * Math.round(Math.abs((leftover + odd) * 0.5)) - odd;
    }
    sum += BigInt(Math.trunc(whole));
  }
  return usToDelta(sum, cls);
}

/** Nearest integer to m / n, halfway cases to even (CPython's divide_nearest). */
function divideNearest(m: bigint, n: bigint): bigint {
  if (n === 0n) raiseError(E.ZeroDivisionError, "integer division or modulo by zero");
  if (n < 0n) {
    m = -m;
    n = -n;
  }
  let q = m / n;
  let r = m % n;
  if (r < 0n) {
    r += n;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > n || (twice === n && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** f.as_integer_ratio(), called as a method on a float subclass (which may override it), checked. */
function floatRatio(f: PyFloat): [bigint, bigint] {
  if (f.cls === floatType) {
    const [a, b] = floatAsIntegerRatio(f.value);
    return [BigInt(a), BigInt(b)];
  }
  const r = callMethod(f, "as_integer_ratio", []);
  if (!(r instanceof PyTuple)) {
    typeError(`unexpected return type from as_integer_ratio(): expected tuple, got '${tpNameOf(r)}'`);
  }
  if (r.items.length !== 2) raiseError(E.ValueError, "as_integer_ratio() must return a 2-tuple");
  const a = intValue(r.items[0]);
  const b = intValue(r.items[1]);
  if (a === undefined || b === undefined) typeError("non-integer arguments in division");
  return [BigInt(a), BigInt(b)];
}

// ---- the number slots, each written once with CPython's (left, right) order ----------------------

function deltaAdd(a: PyValue, b: PyValue): PyValue {
  if (isDelta(a) && isDelta(b)) return newDelta(a.days + b.days, a.seconds + b.seconds, a.us + b.us);
  return NotImplemented;
}

function deltaSub(a: PyValue, b: PyValue): PyValue {
  if (isDelta(a) && isDelta(b)) return newDelta(a.days - b.days, a.seconds - b.seconds, a.us - b.us);
  return NotImplemented;
}

function mulInt(d: PyDelta, n: I.PyInt): PyDelta {
  return usToDelta(deltaToUs(d) * BigInt(n));
}

function mulFloat(d: PyDelta, f: PyFloat, divide: boolean): PyDelta {
  const [num, den] = floatRatio(f);
  return divide ? usToDelta(divideNearest(deltaToUs(d) * den, num)) : usToDelta(divideNearest(deltaToUs(d) * num, den));
}

function deltaMul(a: PyValue, b: PyValue): PyValue {
  if (isDelta(a)) {
    const n = intValue(b);
    if (n !== undefined) return mulInt(a, n);
    if (b instanceof PyFloat) return mulFloat(a, b, false);
  } else if (isDelta(b)) {
    const n = intValue(a);
    if (n !== undefined) return mulInt(b, n);
    if (a instanceof PyFloat) return mulFloat(b, a, false);
  }
  return NotImplemented;
}

function deltaFloorDiv(a: PyValue, b: PyValue): PyValue {
  if (!isDelta(a)) return NotImplemented;
  const n = intValue(b);
  if (n !== undefined) return usToDelta(I.floordiv(I.normalize(deltaToUs(a)), n));
  if (isDelta(b)) return I.floordiv(I.normalize(deltaToUs(a)), I.normalize(deltaToUs(b)));
  return NotImplemented;
}

function deltaTrueDiv(a: PyValue, b: PyValue): PyValue {
  if (!isDelta(a)) return NotImplemented;
  if (isDelta(b)) return new PyFloat(truediv(I.normalize(deltaToUs(a)), I.normalize(deltaToUs(b))));
  if (b instanceof PyFloat) return mulFloat(a, b, true);
  const n = intValue(b);
  if (n !== undefined) return usToDelta(divideNearest(deltaToUs(a), BigInt(n)));
  return NotImplemented;
}

function deltaMod(a: PyValue, b: PyValue): PyValue {
  if (!isDelta(a) || !isDelta(b)) return NotImplemented;
  return usToDelta(I.mod(I.normalize(deltaToUs(a)), I.normalize(deltaToUs(b))));
}

function deltaDivmod(a: PyValue, b: PyValue): PyValue {
  if (!isDelta(a) || !isDelta(b)) return NotImplemented;
  const [q, r] = I.divmod(I.normalize(deltaToUs(a)), I.normalize(deltaToUs(b)));
  return new PyTuple([q, usToDelta(r)]);
}

export function deltaCmp(a: PyDelta, b: PyDelta): number {
  return a.days - b.days || a.seconds - b.seconds || a.us - b.us;
}

export function deltaHash(d: PyDelta): I.PyInt {
  if (d.hash === null) d.hash = hashOf(new PyTuple([d.days, d.seconds, d.us]));
  return d.hash;
}

export function deltaRepr(d: PyDelta): string {
  const parts: string[] = [];
  if (d.days) parts.push(`days=${d.days}`);
  if (d.seconds) parts.push(`seconds=${d.seconds}`);
  if (d.us) parts.push(`microseconds=${d.us}`);
  return `${tpNameOf(d)}(${parts.length ? parts.join(", ") : "0"})`;
}

function deltaStr(d: PyDelta): string {
  const [m, ss] = divmod(d.seconds, 60);
  const [hh, mm] = divmod(m, 60);
  let s = `${hh}:${pad(mm, 2)}:${pad(ss, 2)}`;
  if (d.us) s += `.${pad(d.us, 6)}`;
  if (d.days) s = `${d.days} day${d.days === 1 || d.days === -1 ? "" : "s"}, ${s}`;
  return s;
}

function self(args: PyValue[], name: string): PyDelta {
  const s = args[0];
  if (!isDelta(s)) typeError(`descriptor '${name}' requires a 'datetime.timedelta' object but received a '${tpNameOf(s)}'`);
  return s;
}

function binary(name: string, f: (a: PyValue, b: PyValue) => PyValue): Record<string, (args: PyValue[], kw: readonly string[] | null) => PyValue> {
  return {
    [`__${name}__`]: (args, kw) => {
      slotArgs(args, 1);
      return f(self(args, `__${name}__`), args[1]);
    },
    [`__r${name}__`]: (args, kw) => {
      slotArgs(args, 1);
      return f(args[1], self(args, `__r${name}__`));
    },
  };
}

const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

export function initDelta(): void {
  const t = deltaType;
  t.ns.set("__doc__", "Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative.");
  defNew(t, deltaNew);
  defGetters(t, isDelta, {
    days: (x) => x.days,
    seconds: (x) => x.seconds,
    microseconds: (x) => x.us,
  });
  defMethods(t, {
    ...binary("add", deltaAdd),
    ...binary("sub", deltaSub),
    ...binary("mul", deltaMul),
    ...binary("floordiv", deltaFloorDiv),
    ...binary("truediv", deltaTrueDiv),
    ...binary("mod", deltaMod),
    ...binary("divmod", deltaDivmod),
    __neg__: (args) => {
      slotArgs(args, 0);
      const d = self(args, "__neg__");
      return newDelta(-d.days, -d.seconds, -d.us);
    },
    __pos__: (args) => {
      slotArgs(args, 0);
      const d = self(args, "__pos__");
      return new PyDelta(d.days, d.seconds, d.us);
    },
    __abs__: (args) => {
      slotArgs(args, 0);
      const d = self(args, "__abs__");
      return d.days < 0 ? newDelta(-d.days, -d.seconds, -d.us) : new PyDelta(d.days, d.seconds, d.us);
    },
    __bool__: (args) => {
      slotArgs(args, 0);
      const d = self(args, "__bool__");
      return bool(d.days !== 0 || d.seconds !== 0 || d.us !== 0);
    },
    __hash__: (args) => {
      slotArgs(args, 0);
      return deltaHash(self(args, "__hash__"));
    },
    __repr__: (args) => {
      slotArgs(args, 0);
      return deltaRepr(self(args, "__repr__"));
    },
    __str__: (args) => {
      slotArgs(args, 0);
      return deltaStr(self(args, "__str__"));
    },
    total_seconds: (args, kw) => {
      checkArgs("timedelta.total_seconds", args, kw, 0, 0);
      return new PyFloat(truediv(I.normalize(deltaToUs(self(args, "total_seconds"))), 1000000));
    },
    __reduce__: (args, kw) => {
      checkArgs("timedelta.__reduce__", args, kw, 0, 0);
      const d = self(args, "__reduce__");
      return new PyTuple([d.cls, new PyTuple([d.days, d.seconds, d.us])]);
    },
  });
  CMP_NAMES.forEach((name, op) => {
    defMethods(t, {
      [name]: (args, kw) => {
        slotArgs(args, 1);
        const a = self(args, name);
        const b = args[1];
        return isDelta(b) ? bool(diffToBool(deltaCmp(a, b), op)) : NotImplemented;
      },
    });
  });
  t.ns.set("resolution", new PyDelta(0, 0, 1));
  t.ns.set("min", new PyDelta(-999999999, 0, 0));
  t.ns.set("max", new PyDelta(999999999, 86399, 999999));
}
