// _bisect: the C accelerator of bisect (CPython's Modules/_bisectmodule.c).
//
// Binary search over any sequence (items fetched with `a[mid]`), comparing with `<` only:
// bisect_right asks `x < a[mid]`, bisect_left asks `a[mid] < x`. `key` applies to the items
// of `a`, not to `x`; insort applies it to `x` once before searching.

import { call, callMethod, Cmp, getItem, index, lenInt, richCompareBool, typeName } from "../objects/abstract";
import { normalize, type PyInt } from "../objects/intmath";
import { OverflowError, raiseError, typeError, valueError } from "../objects/exceptions";
import { TypeFlag } from "../objects/object";
import { listType, None, PyList, PyValue, typeOf } from "../objects/types";
import { defFunctions, defineModule } from "./registry";

const PARAMS = ["a", "x", "lo", "hi", "key"];

/**
 * (a, x, lo=0, hi=None, *, key=None) bound as Argument Clinic does it, with its messages.
 * Returns one entry per parameter, undefined when not given.
 */
function bindArgs(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 4) typeError(`${fname}() takes at most 4 positional arguments (${npos} given)`);
  const out: (PyValue | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = PARAMS.indexOf(name);
    if (i < 0) typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== undefined) typeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < 2; i++) {
    if (out[i] === undefined) typeError(`${fname}() missing required argument '${PARAMS[i]}' (pos ${i + 1})`);
  }
  return out;
}

const MAX_SSIZE = 2n ** 63n - 1n;

/** A Py_ssize_t argument (the message differs between lo's converter and hi's): a bigint above 2^53. */
function ssize(v: PyValue, overflowMsg: string): PyInt {
  const i = index(v);
  if (typeof i === "bigint" && (i > MAX_SSIZE || i < -MAX_SSIZE - 1n)) raiseError(OverflowError, overflowMsg);
  return i;
}

/** PySequence_Size: len(a), refusing mappings. */
function seqSize(a: PyValue): PyInt {
  const t = typeOf(a);
  if ((t.flags & TypeFlag.DICT_SUBCLASS) && t.lookup("__len__") !== undefined) typeError(`${t.name} is not a sequence`);
  return lenInt(a);
}

/** The search bounds from lo and hi; hi None (or -1, as CPython's default) is len(a). */
function bounds(a: PyValue, loArg: PyValue | undefined, hiArg: PyValue | undefined): [PyInt, PyInt] {
  const lo = loArg === undefined ? 0 : ssize(loArg, "Python int too large to convert to C ssize_t");
  let hi: PyInt = -1;
  if (hiArg !== undefined && hiArg !== None) {
    if (typeOf(hiArg).lookup("__index__") === undefined) {
      typeError(`argument should be integer or None, not '${typeName(hiArg)}'`);
    }
    hi = ssize(hiArg, "cannot fit 'int' into an index-sized integer");
  }
  if (lo < 0) valueError("lo must be non-negative");
  if (hi === -1) hi = seqSize(a);
  return [lo, hi];
}

function search(a: PyValue, x: PyValue, lo: PyInt, hi: PyInt, key: PyValue, right: boolean): PyInt {
  if (typeof lo !== "number" || typeof hi !== "number") return searchBig(a, x, BigInt(lo), BigInt(hi), key, right);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = getItem(a, mid);
    if (key !== None) item = call(key, [item]);
    if (right) {
      if (richCompareBool(x, item, Cmp.LT)) hi = mid;
      else lo = mid + 1;
    } else {
      if (richCompareBool(item, x, Cmp.LT)) lo = mid + 1;
      else hi = mid;
    }
  }
  return lo;
}

/** search() over bounds beyond 2^53 (a range or a virtual sequence up to sys.maxsize long). */
function searchBig(a: PyValue, x: PyValue, lo: bigint, hi: bigint, key: PyValue, right: boolean): PyInt {
  while (lo < hi) {
    // CPython's unsigned (lo + hi) / 2 cannot overflow either.
    const mid = (lo + hi) >> 1n;
    let item = getItem(a, normalize(mid));
    if (key !== None) item = call(key, [item]);
    const goRight = right ? !richCompareBool(x, item, Cmp.LT) : richCompareBool(item, x, Cmp.LT);
    if (goRight) lo = mid + 1n;
    else hi = mid;
  }
  return normalize(lo);
}

function bisect(name: string, right: boolean) {
  return (args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    const [a, x, lo, hi, key] = bindArgs(name, args, kwnames);
    const [l, h] = bounds(a!, lo, hi);
    return search(a!, x!, l, h, key ?? None, right);
  };
}

function insort(name: string, right: boolean) {
  return (args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    const [a, x, lo, hi, keyArg] = bindArgs(name, args, kwnames);
    const key = keyArg ?? None;
    const [l, h] = bounds(a!, lo, hi);
    const i = search(a!, key === None ? x! : call(key, [x!]), l, h, key, right);
    if (a instanceof PyList && a.cls === listType) {
      const items = a.items;
      items.splice(Math.min(Number(i), items.length), 0, x!);
    } else {
      callMethod(a!, "insert", [i, x!]);
    }
    return None;
  };
}

defineModule("_bisect", (dict) => {
  defFunctions(dict, "_bisect", {
    bisect_right: bisect("bisect_right", true),
    insort_right: insort("insort_right", true),
    bisect_left: bisect("bisect_left", false),
    insort_left: insort("insort_left", false),
  });
}, "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
