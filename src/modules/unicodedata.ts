// unicodedata: CPython 3.11's Unicode database module (Unicode 14.0.0), over src/unicode/.
//
// The module functions answer from the 14.0.0 database; `ucd_3_2_0`, an instance of
// unicodedata.UCD, answers the same questions from the 3.2.0 database (used by IDNA and
// stringprep), which src/unicode/extra.ts holds as differences from 14.0.0 recorded from CPython.

import { strValue, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError, valueError } from "../objects/exceptions";
import { defMethods, defNew } from "../objects/native";
import { PyObject } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { False, NativeFn, None, True, PyBytes, PyFloat, PyValue } from "../objects/types";
import * as U from "../unicode";
import { defFunctions, defineModule, nativeType } from "./registry";

const FORMS = new Set(["NFC", "NFD", "NFKC", "NFKD"]);

/** The questions a database answers; `old` selects 3.2.0. */
function database(old: boolean) {
  const rec = (cp: number): U.OldRecord | undefined => (old ? U.oldRecord(cp) : undefined);
  const unassignedOld = (cp: number): boolean => rec(cp)?.category === "Cn";
  return {
    category: (cp: number) => rec(cp)?.category ?? U.category(cp),
    bidirectional: (cp: number) => rec(cp)?.bidirectional ?? U.bidirectional(cp),
    mirrored: (cp: number) => rec(cp)?.mirrored ?? U.mirrored(cp),
    combining: (cp: number) => rec(cp)?.combining ?? U.combining(cp),
    eastAsianWidth: (cp: number) => rec(cp)?.eastAsianWidth ?? U.eastAsianWidth(cp),
    decomposition: (cp: number) => rec(cp)?.decomposition ?? U.decomposition(cp),
    decimal: (cp: number) => { const r = rec(cp); return r !== undefined ? r.decimal : U.decimal(cp); },
    digit: (cp: number) => { const r = rec(cp); return r !== undefined ? r.digit : U.digit(cp); },
    numeric: (cp: number) => { const r = rec(cp); return r !== undefined ? r.numeric : U.numeric(cp); },
    name: (cp: number) => (unassignedOld(cp) ? undefined : U.nameOf(cp)),
    lookup: (name: string) => (old ? U.lookupOld(name, (cp) => !unassignedOld(cp)) : U.lookup(name)),
    normalize: (form: U.NormalizationForm, s: string) => U.normalize(form, s, old),
  };
}

type Database = ReturnType<typeof database>;

/**
 * The functions of one database. `prefix` qualifies the name in METH_O argument-count messages
 * ("unicodedata.category()" for the module, "UCD.category()" for the methods); `offset` is 1
 * for methods (args[0] is self).
 */
function functions(db: Database, prefix: string, offset: number): Record<string, NativeFn> {
  const one = (name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
    if (kwnames !== null && kwnames.length > 0) typeError(`${prefix}.${name}() takes no keyword arguments`);
    const n = args.length - offset;
    if (n !== 1) typeError(`${prefix}.${name}() takes exactly one argument (${n} given)`);
    return args[offset];
  };
  const some = (name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): PyValue[] => {
    if (kwnames !== null && kwnames.length > 0) typeError(`${prefix}.${name}() takes no keyword arguments`);
    const n = args.length - offset;
    if (n < min || n > max) {
      const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
      if (min === max) typeError(`${name} expected ${plural(min)}, got ${n}`);
      if (n < min) typeError(`${name} expected at least ${plural(min)}, got ${n}`);
      typeError(`${name} expected at most ${plural(max)}, got ${n}`);
    }
    return args.slice(offset);
  };
  // Argument Clinic's messages name None as "None", other objects by their type.
  const what = (v: PyValue): string => (v === None ? "None" : typeName(v));
  /** A one-character str argument, as its code point. */
  const char = (name: string, v: PyValue, position: string): number => {
    const s = strValue(v);
    if (s === undefined || s.length === 0 || s.length > 2 || (s.length === 2 && s.codePointAt(0)! < 0x10000)) {
      typeError(`${name}() argument${position} must be a unicode character, not ${what(v)}`);
    }
    return s.codePointAt(0)!;
  };
  const str = (name: string, v: PyValue, position: number): string => {
    const s = strValue(v);
    if (s === undefined) typeError(`${name}() argument ${position} must be str, not ${what(v)}`);
    return s;
  };
  const property = (name: string, answer: (cp: number) => PyValue): NativeFn =>
    (args, kwnames) => answer(char(name, one(name, args, kwnames), ""));
  const withDefault = (name: string, answer: (cp: number) => PyValue | undefined, error: string): NativeFn =>
    (args, kwnames) => {
      const a = some(name, args, kwnames, 1, 2);
      const value = answer(char(name, a[0], " 1"));
      if (value !== undefined) return value;
      if (a.length > 1) return a[1];
      return valueError(error);
    };
  const form = (name: string, args: PyValue[], kwnames: readonly string[] | null): [string, string] => {
    const a = some(name, args, kwnames, 2, 2);
    return [str(name, a[0], 1), str(name, a[1], 2)];
  };
  const checkForm = (f: string): U.NormalizationForm => {
    if (!FORMS.has(f)) valueError("invalid normalization form");
    return f as U.NormalizationForm;
  };

  return {
    lookup(args, kwnames) {
      const v = one("lookup", args, kwnames);
      let name = strValue(v);
      if (name === undefined) {
        if (!(v instanceof PyBytes)) {
          if (typeName(v) === "bytearray" || typeName(v) === "memoryview") {
            typeError(`lookup() argument must be read-only bytes-like object, not ${typeName(v)}`);
          }
          typeError(`a bytes-like object is required, not '${typeName(v)}'`);
        }
        name = Buffer.from(v.data).toString("utf8");
      }
      if (name.length > U.NAME_MAXLEN) raiseError(E.KeyError, "name too long");
      const found = /[\ud800-\udfff]/.test(name) ? undefined : db.lookup(name);
      if (found === undefined) raiseError(E.KeyError, `undefined character name '${name}'`);
      return found;
    },
    name(args, kwnames) {
      const a = some("name", args, kwnames, 1, 2);
      const found = db.name(char("name", a[0], " 1"));
      if (found !== undefined) return found;
      if (a.length > 1) return a[1];
      return valueError("no such name");
    },
    decimal: withDefault("decimal", db.decimal, "not a decimal"),
    digit: withDefault("digit", db.digit, "not a digit"),
    numeric: withDefault("numeric", (cp) => {
      const value = db.numeric(cp);
      return value === undefined ? undefined : new PyFloat(value);
    }, "not a numeric character"),
    category: property("category", db.category),
    bidirectional: property("bidirectional", db.bidirectional),
    combining: property("combining", db.combining),
    east_asian_width: property("east_asian_width", db.eastAsianWidth),
    mirrored: property("mirrored", db.mirrored),
    decomposition: property("decomposition", db.decomposition),
    normalize(args, kwnames) {
      const [f, s] = form("normalize", args, kwnames);
      if (s.length === 0) return args[args.length - 1];
      const result = db.normalize(checkForm(f), s);
      // CPython hands back the argument itself when it is already normalized.
      return result === s ? args[args.length - 1] : result;
    },
    is_normalized(args, kwnames) {
      const [f, s] = form("is_normalized", args, kwnames);
      if (s.length === 0) return True;
      return db.normalize(checkForm(f), s) === s ? True : False;
    },
  };
}

const ucdType = nativeType("unicodedata", "UCD", undefined, 0);
defNew(ucdType, () => typeError("cannot create 'unicodedata.UCD' instances"));
defMethods(ucdType, functions(database(true), "UCD", 1));
// A member in CPython; ucd_3_2_0 is the only instance there can be.
ucdType.ns.set("unidata_version", "3.2.0");

let ucd32: PyObject | undefined;

defineModule("unicodedata", (dict: PyDict) => {
  dict.set("unidata_version", U.UNIDATA_VERSION);
  defFunctions(dict, "unicodedata", functions(database(false), "unicodedata", 0));
  dict.set("UCD", ucdType);
  ucd32 ??= new PyObject(ucdType);
  dict.set("ucd_3_2_0", ucd32);
}, "This module provides access to the Unicode Character Database which\n" +
  "defines character properties for all Unicode characters. The data in\n" +
  "this database is based on the UnicodeData.txt file version\n" +
  "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n" +
  "The module uses the same names and symbols as defined by the\n" +
  "UnicodeData File Format 14.0.0.");
