// _locale: the C library's locale interface, for the locales a C.UTF-8 environment has: "C"
// (alias "POSIX"), "C.UTF-8" and "C.utf8". Each category keeps its own setting, and
// setlocale(LC_ALL) reports glibc's composite "LC_CTYPE=...;LC_NUMERIC=..." string when they
// differ. At startup LC_CTYPE follows the environment (as CPython sets it) and the rest are "C".
// localeconv and nl_langinfo give the C locale's values, which the UTF-8 variants share
// except for CODESET.

import { index, strValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { checkArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { None, PyList, PyValue } from "../objects/types";
import { defFunctions, defineModule, nativeType } from "./registry";

// glibc's category numbers; LC_ALL is 6. The composite string lists them in this order.
const CATEGORIES: [string, number][] = [
  ["LC_CTYPE", 0], ["LC_NUMERIC", 1], ["LC_TIME", 2], ["LC_COLLATE", 3], ["LC_MONETARY", 4], ["LC_MESSAGES", 5],
  ["LC_PAPER", 7], ["LC_NAME", 8], ["LC_ADDRESS", 9], ["LC_TELEPHONE", 10], ["LC_MEASUREMENT", 11],
  ["LC_IDENTIFICATION", 12],
];
const LC_ALL = 6;

const LANGINFO: Record<string, [number, string]> = {
  CODESET: [14, ""], RADIXCHAR: [65536, "."], THOUSEP: [65537, ""], D_T_FMT: [131112, "%a %b %e %H:%M:%S %Y"],
  D_FMT: [131113, "%m/%d/%y"], T_FMT: [131114, "%H:%M:%S"], T_FMT_AMPM: [131115, "%I:%M:%S %p"],
  AM_STR: [131110, "AM"], PM_STR: [131111, "PM"], YESEXPR: [327680, "^[yY]"], NOEXPR: [327681, "^[nN]"],
  CRNCYSTR: [262159, "-"], ERA: [131116, ""], ERA_D_FMT: [131118, ""], ERA_D_T_FMT: [131120, ""],
  ERA_T_FMT: [131121, ""], ALT_DIGITS: [131119, ""], _DATE_FMT: [131180, "%a %b %e %H:%M:%S %Z %Y"],
};
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];
DAYS.forEach((d, i) => {
  LANGINFO[`DAY_${i + 1}`] = [131079 + i, d];
  LANGINFO[`ABDAY_${i + 1}`] = [131072 + i, d.slice(0, 3)];
});
MONTHS.forEach((m, i) => {
  LANGINFO[`MON_${i + 1}`] = [131098 + i, m];
  LANGINFO[`ABMON_${i + 1}`] = [131086 + i, m.slice(0, 3)];
});
const LANGINFO_BY_CODE = new Map(Object.values(LANGINFO).map(([code, v]) => [code, v]));

/** A locale name this environment has, as setlocale reports it; undefined for others. */
function knownLocale(name: string): string | undefined {
  if (name === "C" || name === "POSIX") return "C";
  if (name === "C.UTF-8" || name === "C.utf8") return name;
  return undefined;
}

function envLocale(category: string): string {
  const env = process.env;
  return env.LC_ALL || env[category] || env.LANG || "C";
}

const current = new Map<number, string>(CATEGORIES.map(([, c]) => [c, "C"]));
current.set(0, knownLocale(envLocale("LC_CTYPE")) ?? "C");

function queryAll(): string {
  const names = CATEGORIES.map(([, c]) => current.get(c)!);
  if (names.every((n) => n === names[0])) return names[0];
  return CATEGORIES.map(([n, c]) => `${n}=${current.get(c)}`).join(";");
}

let LocaleError: PyValue;

function unsupported(): never {
  raiseError(LocaleError as never, "unsupported locale setting");
}

/** The new settings for `category` from `name`, or unsupported(). Applied only if all are valid. */
function resolve(category: number, name: string): Map<number, string> {
  const cats = category === LC_ALL ? CATEGORIES : CATEGORIES.filter(([, c]) => c === category);
  const out = new Map<number, string>();
  if (category === LC_ALL && name.includes("=")) {
    for (const part of name.split(";")) {
      const [cat, val] = part.split("=");
      const entry = CATEGORIES.find(([n]) => n === cat);
      const loc = val === undefined ? undefined : knownLocale(val);
      if (entry === undefined || loc === undefined) unsupported();
      out.set(entry[1], loc);
    }
    return out;
  }
  for (const [catName, c] of cats) {
    const loc = knownLocale(name === "" ? envLocale(catName) : name);
    if (loc === undefined) unsupported();
    out.set(c, loc);
  }
  return out;
}

function isUtf8(loc: string): boolean {
  return loc !== "C";
}

defineModule("_locale", (dict) => {
  const errorType = nativeType("locale", "Error", E.Exception);
  LocaleError = errorType;
  dict.set("Error", errorType);
  for (const [n, c] of CATEGORIES.slice(0, 6)) dict.set(n, c);
  dict.set("LC_ALL", LC_ALL);
  dict.set("CHAR_MAX", 127);
  for (const [n, [code]] of Object.entries(LANGINFO)) dict.set(n, code);
  defFunctions(dict, "_locale", {
    setlocale(args, kwnames) {
      checkArgs("setlocale", args, kwnames, 1, 2, 0);
      const cat = Number(index(args[0]));
      const known = cat === LC_ALL || CATEGORIES.some(([, c]) => c === cat);
      const locArg = args[1] ?? None;
      if (locArg !== None && strValue(locArg) === undefined) {
        typeError(`setlocale() argument 2 must be str or None, not ${typeName(locArg)}`);
      }
      if (!known) unsupported();
      if (locArg === None) return cat === LC_ALL ? queryAll() : current.get(cat)!;
      const settings = resolve(cat, strValue(locArg)!);
      for (const [c, v] of settings) current.set(c, v);
      return cat === LC_ALL ? queryAll() : current.get(cat)!;
    },
    localeconv(args, kwnames) {
      checkArgs("localeconv", args, kwnames, 0, 0, 0);
      const d = new PyDict();
      for (const k of ["int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"]) d.set(k, "");
      d.set("mon_grouping", new PyList([]));
      d.set("positive_sign", "");
      d.set("negative_sign", "");
      for (const k of ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
        "n_sep_by_space", "p_sign_posn", "n_sign_posn"]) d.set(k, 127);
      d.set("decimal_point", ".");
      d.set("thousands_sep", "");
      d.set("grouping", new PyList([]));
      return d;
    },
    nl_langinfo(args, kwnames) {
      checkArgs("nl_langinfo", args, kwnames, 1, 1, 0);
      const code = Number(index(args[0]));
      if (code === LANGINFO.CODESET[0]) return isUtf8(current.get(0)!) ? "UTF-8" : "ANSI_X3.4-1968";
      const v = LANGINFO_BY_CODE.get(code);
      if (v === undefined) raiseError(E.ValueError, "unsupported langinfo constant");
      return v;
    },
    getencoding(args, kwnames) {
      checkArgs("getencoding", args, kwnames, 0, 0, 0);
      return isUtf8(current.get(0)!) ? "UTF-8" : "ANSI_X3.4-1968";
    },
    strcoll(args, kwnames) {
      checkArgs("strcoll", args, kwnames, 2, 2, 0);
      const a = strValue(args[0]);
      const b = strValue(args[1]);
      if (a === undefined) typeError(`strcoll() argument 1 must be str, not ${typeName(args[0])}`);
      if (b === undefined) typeError(`strcoll() argument 2 must be str, not ${typeName(args[1])}`);
      // The C locales collate by code point.
      const x = Array.from(a, (c) => c.codePointAt(0)!);
      const y = Array.from(b, (c) => c.codePointAt(0)!);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
    },
    strxfrm(args, kwnames) {
      checkArgs("strxfrm", args, kwnames, 1, 1, 0);
      const a = strValue(args[0]);
      if (a === undefined) typeError(`strxfrm() argument must be str, not ${typeName(args[0])}`);
      return a;
    },
    // No message catalogs: every message translates to itself.
    gettext: (args) => args[0],
    dgettext: (args) => args[1],
    dcgettext: (args) => args[1],
    textdomain: (args) => (args[0] === None || args[0] === undefined ? "messages" : args[0]),
    bindtextdomain: () => "/usr/share/locale",
    bind_textdomain_codeset: () => None,
  });
}, "Support for POSIX locales.");
