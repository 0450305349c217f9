// _csv: the CSV parser and writer under csv.py (CPython 3.11's Modules/_csv.c): the Dialect
// type and its validation, reader (a state machine fed one character at a time, with an end of
// line mark after each input line), writer, the dialect registry and field_size_limit.
//
// Characters are code points; an unset quotechar or escapechar is NOT_SET, which no character
// equals (3.11 accepts NUL in data, so NUL cannot stand for "unset").

import { call, getAttrOpt, getIter, index, isInstance, iterNext, PyIter, str, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { raiseError, typeError } from "../objects/exceptions";
import { clinicArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyObject, PyType, TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { complexType, False, None, PyBuiltinFunction, PyFloat, PyList, PyMethodDescr, PyStrObj, PyValue, True } from "../objects/types";
import { builtinsDict } from "./builtins";
import { defFunctions, defineModule, nativeType } from "./registry";

const enum Quote { Minimal = 0, All = 1, NonNumeric = 2, None = 3 }

const NOT_SET = -1;
/** The end of an input line, fed to the parser after its last character. */
const EOL = -2;
const CR = 0x0d, LF = 0x0a, SPACE = 0x20;

let CsvError: PyType;
let DialectType: PyType;
let ReaderType: PyType;
let WriterType: PyType;
const dialects = new PyDict();
let fieldLimit = 128 * 1024;

function csvError(msg: string): never {
  raiseError(CsvError, msg);
}

function strOf(v: PyValue): string | undefined {
  return typeof v === "string" ? v : v instanceof PyStrObj ? v.value : undefined;
}

/** The one code point of s, or -2 when s is not one code point long. */
function oneChar(s: string): number {
  const c = s.codePointAt(0);
  if (c === undefined) return -2;
  return s.length === (c > 0xffff ? 2 : 1) ? c : -2;
}

// ---- Dialect --------------------------------------------------------------------------------------

class PyDialect extends PyObject {
  delimiter = 0x2c;
  quotechar = 0x22;
  escapechar = NOT_SET;
  lineterminator = "\r\n";
  quoting = Quote.Minimal;
  doublequote = true;
  skipinitialspace = false;
  strict = false;
}

const DIALECT_KWS = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
  "skipinitialspace", "strict"];

function setChar(name: string, src: PyValue): number {
  const s = strOf(src);
  if (s === undefined) typeError(`"${name}" must be string, not ${typeName(src)}`);
  const c = oneChar(s);
  if (c < 0) typeError(`"${name}" must be a 1-character string`);
  return c;
}

function setCharOrNone(name: string, src: PyValue): number {
  if (src === None) return NOT_SET;
  const s = strOf(src);
  if (s === undefined) typeError(`"${name}" must be string or None, not ${typeName(src)}`);
  const c = oneChar(s);
  if (c < 0) typeError(`"${name}" must be a 1-character string`);
  return c;
}

function setInt(name: string, src: PyValue): number {
  if (!(typeof src === "number" || typeof src === "bigint")) typeError(`"${name}" must be an integer`);
  if (typeof src === "bigint" || src > 0x7fffffff || src < -0x80000000) raiseError(E.OverflowError, "Python int too large to convert to C int");
  return src;
}

/** Dialect(dialect=None, **options): the options given, else the dialect's attributes, else the defaults. */
function newDialect(cls: PyType, args: readonly PyValue[], kw: readonly string[] | null): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (args.length > DIALECT_KWS.length) typeError(`function takes at most ${DIALECT_KWS.length} arguments (${args.length} given)`);
  const given: (PyValue | undefined)[] = DIALECT_KWS.map((_, i) => (i < npos ? args[i] : undefined));
  for (let k = 0; k < nkw; k++) {
    const i = DIALECT_KWS.indexOf(kw![k]);
    if (i < 0) typeError(`'${kw![k]}' is an invalid keyword argument for this function`);
    if (given[i] !== undefined) typeError(`argument for function given by name ('${kw![k]}') and position (${i + 1})`);
    given[i] = args[npos + k];
  }
  let dialect = given[0];
  if (dialect !== undefined) {
    if (strOf(dialect) !== undefined) dialect = dialectFromRegistry(dialect);
    if (dialect instanceof PyDialect && given.slice(1).every((v) => v === undefined)) return dialect;
    for (let i = 1; i < DIALECT_KWS.length; i++) {
      if (given[i] === undefined) given[i] = getAttrOpt(dialect, DIALECT_KWS[i]);
    }
  }
  const [, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = given;
  const d = new PyDialect(cls);
  if (delimiter !== undefined) d.delimiter = setChar("delimiter", delimiter);
  if (doublequote !== undefined) d.doublequote = truthy(doublequote);
  if (escapechar !== undefined) d.escapechar = setCharOrNone("escapechar", escapechar);
  let lt: string | null = "\r\n";
  if (lineterminator !== undefined) {
    if (lineterminator === None) lt = null;
    else {
      const s = strOf(lineterminator);
      if (s === undefined) typeError('"lineterminator" must be a string');
      lt = s;
    }
  }
  if (quotechar !== undefined) d.quotechar = setCharOrNone("quotechar", quotechar);
  if (quoting !== undefined) d.quoting = setInt("quoting", quoting);
  if (skipinitialspace !== undefined) d.skipinitialspace = truthy(skipinitialspace);
  if (strict !== undefined) d.strict = truthy(strict);
  if (d.quoting < Quote.Minimal || d.quoting > Quote.None) typeError('bad "quoting" value');
  if (quotechar === None && quoting === undefined) d.quoting = Quote.None;
  if (d.quoting !== Quote.None && d.quotechar === NOT_SET) typeError("quotechar must be set if quoting enabled");
  if (lt === null) typeError("lineterminator must be set");
  d.lineterminator = lt;
  return d;
}

function dialectFromRegistry(name: PyValue): PyValue {
  const d = dialects.get(name);
  if (d === undefined) csvError("unknown dialect");
  return d;
}

/** _call_dialect: Dialect(dialect, **kwargs) for a reader, writer or registration. */
function callDialect(dialect: PyValue | undefined, kwArgs: PyValue[], kwNames: readonly string[]): PyDialect {
  const args = dialect === undefined ? [...kwArgs] : [dialect, ...kwArgs];
  return call(DialectType, args, kwNames.length ? kwNames : null) as PyDialect;
}

function charOrNone(c: number): PyValue {
  return c === NOT_SET ? None : String.fromCodePoint(c);
}

function defineDialect(): void {
  DialectType = nativeType("_csv", "Dialect");
  DialectType.ns.set("__doc__", "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n");
  defNew(DialectType, (args, kw) => newDialect(args[0] as PyType, args.slice(1), kw));
  const notWritable = (name: string) => (): never =>
    raiseError(E.AttributeError, `attribute '${name}' of '_csv.Dialect' objects is not writable`);
  const readonly = (): never => raiseError(E.AttributeError, "readonly attribute");
  const d = (v: PyValue): PyDialect => v as PyDialect;
  defGetSet(DialectType, "delimiter", (v) => charOrNone(d(v).delimiter), notWritable("delimiter"));
  defGetSet(DialectType, "escapechar", (v) => charOrNone(d(v).escapechar), notWritable("escapechar"));
  defGetSet(DialectType, "lineterminator", (v) => d(v).lineterminator, notWritable("lineterminator"));
  defGetSet(DialectType, "quotechar", (v) => charOrNone(d(v).quotechar), notWritable("quotechar"));
  defGetSet(DialectType, "quoting", (v) => d(v).quoting, notWritable("quoting"));
  defGetSet(DialectType, "skipinitialspace", (v) => (d(v).skipinitialspace ? True : False), readonly);
  defGetSet(DialectType, "doublequote", (v) => (d(v).doublequote ? True : False), readonly);
  defGetSet(DialectType, "strict", (v) => (d(v).strict ? True : False), readonly);
}

// ---- reader ---------------------------------------------------------------------------------------

const enum State {
  StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl,
  AfterEscapedCrnl,
}

class PyReader extends PyIter {
  fields: PyValue[] | null = null;
  state = State.StartRecord;
  field: string[] = [];
  fieldLen = 0;
  numericField = false;
  lineNum = 0;
  constructor(cls: PyType, readonly input: PyValue, readonly dialect: PyDialect) {
    super(cls);
  }

  private reset(): void {
    this.fields = [];
    this.fieldLen = 0;
    this.field = [];
    this.state = State.StartRecord;
    this.numericField = false;
  }

  private saveField(): void {
    let field: PyValue = this.field.join("");
    this.field = [];
    this.fieldLen = 0;
    if (this.numericField) {
      this.numericField = false;
      field = call(builtinsDict.getStr("float")!, [field]);
    }
    this.fields!.push(field);
  }

  private addChar(c: number): void {
    if (this.fieldLen >= fieldLimit) csvError(`field larger than field limit (${fieldLimit})`);
    this.field.push(String.fromCodePoint(c));
    this.fieldLen++;
  }

  private startField(c: number): void {
    const d = this.dialect;
    if (c === LF || c === CR || c === EOL) {
      this.saveField();
      this.state = c === EOL ? State.StartRecord : State.EatCrnl;
    } else if (c === d.quotechar && d.quoting !== Quote.None) {
      this.state = State.InQuotedField;
    } else if (c === d.escapechar) {
      this.state = State.EscapedChar;
    } else if (c === SPACE && d.skipinitialspace) {
      // spaces at the start of a field are dropped
    } else if (c === d.delimiter) {
      this.saveField();
    } else {
      if (d.quoting === Quote.NonNumeric) this.numericField = true;
      this.addChar(c);
      this.state = State.InField;
    }
  }

  private inField(c: number): void {
    const d = this.dialect;
    if (c === LF || c === CR || c === EOL) {
      this.saveField();
      this.state = c === EOL ? State.StartRecord : State.EatCrnl;
    } else if (c === d.escapechar) {
      this.state = State.EscapedChar;
    } else if (c === d.delimiter) {
      this.saveField();
      this.state = State.StartField;
    } else {
      this.addChar(c);
    }
  }

  /** One step of the state machine (parse_process_char). */
  private process(c: number): void {
    const d = this.dialect;
    switch (this.state) {
      case State.StartRecord:
        if (c === EOL) break;
        if (c === LF || c === CR) {
          this.state = State.EatCrnl;
          break;
        }
        // A normal character starts the first field.
        this.state = State.StartField;
        this.startField(c);
        break;
      case State.StartField:
        this.startField(c);
        break;
      case State.EscapedChar:
        if (c === LF || c === CR) {
          this.addChar(c);
          this.state = State.AfterEscapedCrnl;
          break;
        }
        this.addChar(c === EOL ? LF : c);
        this.state = State.InField;
        break;
      case State.AfterEscapedCrnl:
        // Anything but the end of the line continues the unquoted field.
        if (c !== EOL) this.inField(c);
        break;
      case State.InField:
        this.inField(c);
        break;
      case State.InQuotedField:
        if (c === EOL) {
          // a line break inside quotes: the next line continues the field
        } else if (c === d.escapechar) {
          this.state = State.EscapeInQuotedField;
        } else if (c === d.quotechar && d.quoting !== Quote.None) {
          this.state = d.doublequote ? State.QuoteInQuotedField : State.InField;
        } else {
          this.addChar(c);
        }
        break;
      case State.EscapeInQuotedField:
        this.addChar(c === EOL ? LF : c);
        this.state = State.InQuotedField;
        break;
      case State.QuoteInQuotedField:
        if (d.quoting !== Quote.None && c === d.quotechar) {
          this.addChar(c);
          this.state = State.InQuotedField;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = State.StartField;
        } else if (c === LF || c === CR || c === EOL) {
          this.saveField();
          this.state = c === EOL ? State.StartRecord : State.EatCrnl;
        } else if (!d.strict) {
          this.addChar(c);
          this.state = State.InField;
        } else {
          csvError(`'${String.fromCodePoint(d.delimiter)}' expected after '${String.fromCodePoint(d.quotechar)}'`);
        }
        break;
      case State.EatCrnl:
        if (c === LF || c === CR) {
          // more line-break characters
        } else if (c === EOL) {
          this.state = State.StartRecord;
        } else {
          csvError("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        }
        break;
    }
  }

  next(): PyValue | undefined {
    this.reset();
    do {
      const line = iterNext(this.input);
      if (line === undefined) {
        if (this.fieldLen !== 0 || this.state === State.InQuotedField) {
          if (this.dialect.strict) csvError("unexpected end of data");
          this.saveField();
          break;
        }
        return undefined;
      }
      const s = strOf(line);
      if (s === undefined) {
        csvError(`iterator should return strings, not ${typeName(line)} (the file should be opened in text mode)`);
      }
      this.lineNum++;
      for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const lo = s.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            c = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
            i++;
          }
        }
        this.process(c);
      }
      this.process(EOL);
    } while (this.state !== State.StartRecord);
    const fields = this.fields!;
    this.fields = null;
    return new PyList(fields);
  }
}

function defineReader(): void {
  ReaderType = nativeType("_csv", "reader", undefined, 0);
  ReaderType.ns.set("__doc__", "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n");
  defNew(ReaderType, () => typeError("cannot create '_csv.reader' instances"));
  defMethods(ReaderType, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as PyReader).next();
      if (v === undefined) raiseError(E.StopIteration);
      return v;
    },
  });
  const readonly = (): never => raiseError(E.AttributeError, "readonly attribute");
  defGetSet(ReaderType, "dialect", (v) => (v as PyReader).dialect, readonly);
  defGetSet(ReaderType, "line_num", (v) => (v as PyReader).lineNum, readonly);
}

// ---- writer ---------------------------------------------------------------------------------------

class PyWriter extends PyObject {
  constructor(cls: PyType, readonly write: PyValue, readonly dialect: PyDialect) {
    super(cls);
  }
}

/** PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted. */
function isNumber(v: PyValue): boolean {
  if (typeof v === "number" || typeof v === "bigint" || v instanceof PyFloat) return true;
  if (typeof v === "string") return false;
  const t = v.cls;
  return t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined ||
    t.lookup("__float__") !== undefined || isInstance(v, complexType);
}

/** join_append_data: one field, quoted and escaped as the dialect says. */
function appendField(d: PyDialect, out: string[], first: boolean, field: string | null, quoted: boolean): void {
  const parts: string[] = [];
  if (!first) parts.push(String.fromCodePoint(d.delimiter));
  let body = "";
  if (field !== null) {
    for (const ch of field) {
      const c = ch.codePointAt(0)!;
      if (c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(ch)) {
        let wantEscape = false;
        if (d.quoting === Quote.None) {
          wantEscape = true;
        } else {
          if (c === d.quotechar) {
            if (d.doublequote) body += ch;
            else wantEscape = true;
          } else if (c === d.escapechar) {
            wantEscape = true;
          }
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === NOT_SET) csvError("need to escape, but no escapechar set");
          body += String.fromCodePoint(d.escapechar);
        }
      }
      body += ch;
    }
  }
  if (quoted) {
    const q = String.fromCodePoint(d.quotechar);
    parts.push(q, body, q);
  } else {
    parts.push(body);
  }
  out.push(parts.join(""));
}

function writeRow(w: PyWriter, row: PyValue): PyValue {
  const d = w.dialect;
  let it: PyValue;
  try {
    it = getIter(row);
  } catch (e) {
    if (e instanceof E.PyBaseException && isInstance(e, E.TypeError)) csvError(`iterable expected, not ${typeName(row)}`);
    throw e;
  }
  const out: string[] = [];
  let count = 0;
  let length = 0;
  for (let field = iterNext(it); field !== undefined; field = iterNext(it)) {
    const quoted = d.quoting === Quote.NonNumeric ? !isNumber(field) : d.quoting === Quote.All;
    const text = field === None ? null : strOf(field) ?? str(field);
    appendField(d, out, count === 0, text, quoted);
    length += out[out.length - 1].length;
    count++;
  }
  if (count > 0 && length === 0) {
    // A record of one empty field is written as "" so that it reads back as a field.
    if (d.quoting === Quote.None) csvError("single empty field record must be quoted");
    out.length = 0;
    appendField(d, out, true, null, true);
  }
  out.push(d.lineterminator);
  return call(w.write, [out.join("")]);
}

function defineWriter(): void {
  WriterType = nativeType("_csv", "writer", undefined, 0);
  WriterType.ns.set("__doc__", "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n");
  defNew(WriterType, () => typeError("cannot create '_csv.writer' instances"));
  defMethods(WriterType, {
    writerow(args, kw) {
      if (kw !== null && kw.length > 0) typeError("writer.writerow() takes no keyword arguments");
      if (args.length !== 2) typeError(`writer.writerow() takes exactly one argument (${args.length - 1} given)`);
      return writeRow(args[0] as PyWriter, args[1]);
    },
    writerows(args, kw) {
      if (kw !== null && kw.length > 0) typeError("writer.writerows() takes no keyword arguments");
      if (args.length !== 2) typeError(`writer.writerows() takes exactly one argument (${args.length - 1} given)`);
      const it = getIter(args[1]);
      for (let row = iterNext(it); row !== undefined; row = iterNext(it)) writeRow(args[0] as PyWriter, row);
      return None;
    },
  });
  (WriterType.ns.get("writerow") as PyMethodDescr).doc =
    "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.";
  (WriterType.ns.get("writerows") as PyMethodDescr).doc =
    "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.";
  defGetSet(WriterType, "dialect", (v) => (v as PyWriter).dialect, () => raiseError(E.AttributeError, "readonly attribute"));
}

// ---- module functions -----------------------------------------------------------------------------

/** PyArg_UnpackTuple with an empty name: `reader(iterable, dialect)` plus keyword options. */
function splitArgs(args: readonly PyValue[], kw: readonly string[] | null, min: number, max: number):
    { pos: PyValue[]; kwArgs: PyValue[]; kwNames: readonly string[] } {
  const nkw = kw === null ? 0 : kw.length;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < min) typeError(` expected at least ${min} argument${min === 1 ? "" : "s"}, got ${pos.length}`);
  if (pos.length > max) typeError(` expected at most ${max} argument${max === 1 ? "" : "s"}, got ${pos.length}`);
  return { pos, kwArgs: args.slice(args.length - nkw), kwNames: kw ?? [] };
}

const MODULE_DOC = "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n\n\nDIALECT REGISTRATION:\n\nReaders and writers support a dialect argument, which is a convenient\nhandle on a group of settings.  When the dialect argument is a string,\nit identifies one of the dialects previously registered with the module.\nIf it is a class or instance, the attributes of the argument are used as\nthe settings for the reader or writer:\n\n    class excel:\n        delimiter = ','\n        quotechar = '\"'\n        escapechar = None\n        doublequote = True\n        skipinitialspace = False\n        lineterminator = '\\r\\n'\n        quoting = QUOTE_MINIMAL\n\nSETTINGS:\n\n    * quotechar - specifies a one-character string to use as the\n        quoting character.  It defaults to '\"'.\n    * delimiter - specifies a one-character string to use as the\n        field separator.  It defaults to ','.\n    * skipinitialspace - specifies how to interpret spaces which\n        immediately follow a delimiter.  It defaults to False, which\n        means that spaces immediately following a delimiter is part\n        of the following field.\n    * lineterminator -  specifies the character sequence which should\n        terminate rows.\n    * quoting - controls when quotes should be generated by the writer.\n        It can take on any of the following module constants:\n\n        csv.QUOTE_MINIMAL means only when required, for example, when a\n            field contains either the quotechar or the delimiter\n        csv.QUOTE_ALL means that quotes are always placed around fields.\n        csv.QUOTE_NONNUMERIC means that quotes are always placed around\n            fields which do not parse as integers or floating point\n            numbers.\n        csv.QUOTE_NONE means that quotes are never placed around fields.\n    * escapechar - specifies a one-character string used to escape\n        the delimiter when quoting is set to QUOTE_NONE.\n    * doublequote - controls the handling of quotes inside fields.  When\n        True, two consecutive quotes are interpreted as one during read,\n        and when writing, each quote character embedded in the data is\n        written as two quotes\n";

defineModule("_csv", (dict) => {
  CsvError = nativeType("_csv", "Error", E.Exception);
  CsvError.flags |= TypeFlag.HAS_DICT;
  defineDialect();
  defineReader();
  defineWriter();
  dict.set("Error", CsvError);
  dict.set("Dialect", DialectType);
  dict.set("Reader", ReaderType);
  dict.set("Writer", WriterType);
  dict.set("_dialects", dialects);
  dict.set("__version__", "1.0");
  dict.set("QUOTE_MINIMAL", Quote.Minimal);
  dict.set("QUOTE_ALL", Quote.All);
  dict.set("QUOTE_NONNUMERIC", Quote.NonNumeric);
  dict.set("QUOTE_NONE", Quote.None);
  defFunctions(dict, "_csv", {
    reader(args, kw) {
      const { pos, kwArgs, kwNames } = splitArgs(args, kw, 1, 2);
      const input = getIter(pos[0]);
      return new PyReader(ReaderType, input, callDialect(pos[1], kwArgs, kwNames));
    },
    writer(args, kw) {
      const { pos, kwArgs, kwNames } = splitArgs(args, kw, 1, 2);
      const write = getAttrOpt(pos[0], "write");
      if (write === undefined || !isCallable(write)) typeError('argument 1 must have a "write" method');
      return new PyWriter(WriterType, write, callDialect(pos[1], kwArgs, kwNames));
    },
    register_dialect(args, kw) {
      const { pos, kwArgs, kwNames } = splitArgs(args, kw, 1, 2);
      if (strOf(pos[0]) === undefined) typeError("dialect name must be a string");
      dialects.set(pos[0], callDialect(pos[1], kwArgs, kwNames));
      return None;
    },
    unregister_dialect(args, kw) {
      const [name] = clinicArgs("unregister_dialect", args, kw, ["name"], 1);
      if (dialects.delete(name!) === undefined) csvError("unknown dialect");
      return None;
    },
    get_dialect(args, kw) {
      const [name] = clinicArgs("get_dialect", args, kw, ["name"], 1);
      return dialectFromRegistry(name!);
    },
    list_dialects(args, kw) {
      clinicArgs("list_dialects", args, kw, [], 0);
      return new PyList(dialects.keyList());
    },
    field_size_limit(args, kw) {
      const [limit] = clinicArgs("field_size_limit", args, kw, ["new_limit"], 0);
      const old = fieldLimit;
      if (limit !== undefined) {
        if (!(typeof limit === "number" || typeof limit === "bigint")) typeError("limit must be an integer");
        const n = index(limit);
        if (typeof n === "bigint") raiseError(E.OverflowError, "Python int too large to convert to C long");
        fieldLimit = n;
      }
      return old;
    },
  });
  (dict.getStr("reader") as PyBuiltinFunction).doc = "    csv_reader = reader(iterable [, dialect='excel']\n                        [optional keyword args])\n    for row in csv_reader:\n        process(row)\n\nThe \"iterable\" argument can be any object that returns a line\nof input for each iteration, such as a file object or a list.  The\noptional \"dialect\" parameter is discussed below.  The function\nalso accepts optional keyword arguments which override settings\nprovided by the dialect.\n\nThe returned object is an iterator.  Each iteration returns a row\nof the CSV file (which can span multiple input lines).\n";
  (dict.getStr("writer") as PyBuiltinFunction).doc = "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    for row in sequence:\n        csv_writer.writerow(row)\n\n    [or]\n\n    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    csv_writer.writerows(rows)\n\nThe \"fileobj\" argument can be any object that supports the file API.\n";
}, MODULE_DOC);

function isCallable(v: PyValue): boolean {
  return typeof v === "object" && v.cls.lookup("__call__") !== undefined;
}

