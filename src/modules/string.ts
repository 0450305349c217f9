// _string: the pieces of str.format's parser that string.Formatter uses.
//
//   formatter_parser(s)            -> iterator of (literal, field_name, format_spec, conversion)
//   formatter_field_name_split(f)  -> (first, iterator of (is_attribute, key))
//
// Both iterators parse as they go, as CPython's do: an error is raised by the next() that
// reaches it, after the items before it were produced. The parse differs from str.format's
// (objects/strformat.ts) in what it keeps: the raw field name and the unexpanded format spec.

import { PyIter } from "../objects/abstract";
import { raiseError, StopIteration, typeError, ValueError } from "../objects/exceptions";
import { checkArgs, defMethods } from "../objects/native";
import { False, None, PyTuple, PyType, PyValue, True } from "../objects/types";
import { strValue, typeName } from "../objects/abstract";
import { defFunctions, defineModule, nativeType } from "./registry";

function strArg(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) typeError(`expected str, got ${typeName(v)}`);
  return s;
}

/** A digits-only name as an int (CPython's get_integer), or -1. */
function getInteger(s: string): number {
  if (s.length === 0 || !/^[0-9]+$/.test(s)) return -1;
  const n = Number(s);
  if (n > Number.MAX_SAFE_INTEGER) raiseError(ValueError, "Too many decimal digits in format string");
  return n;
}

/** Iterator over the markup of a format string (MarkupIterator). */
class FormatterIter extends PyIter {
  pos = 0;
  constructor(cls: PyType, readonly s: string) {
    super(cls);
  }

  next(): PyValue | undefined {
    const s = this.s;
    const end = s.length;
    if (this.pos >= end) return undefined;
    const start = this.pos;
    let c = "";
    let markup = false;
    while (this.pos < end) {
      c = s[this.pos++];
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = this.pos >= end;
    let len = this.pos - start;
    if (c === "}" && markup && (atEnd || s[this.pos] !== c)) raiseError(ValueError, "Single '}' encountered in format string");
    if (atEnd && c === "{" && markup) raiseError(ValueError, "Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (s[this.pos] === c) {
        // An escaped brace: it ends the literal, and no field follows.
        this.pos++;
        markup = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markup) return new PyTuple([literal, None, None, None]);
    return this.field(literal);
  }

  /** parse_field: field_name ["!" conversion] [":" format_spec] "}" */
  private field(literal: string): PyValue {
    const s = this.s;
    const end = s.length;
    const nameStart = this.pos;
    let c = "";
    while (this.pos < end) {
      c = s[this.pos++];
      if (c === "{") raiseError(ValueError, "unexpected '{' in field name");
      if (c === "[") {
        while (this.pos < end && s[this.pos] !== "]") this.pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const name = s.slice(nameStart, this.pos - 1);
    let conversion: PyValue = None;
    if (c === "!" || c === ":") {
      if (c === "!") {
        if (this.pos >= end) raiseError(ValueError, "end of string while looking for conversion specifier");
        conversion = s[this.pos++];
        if (this.pos < end) {
          const d = s[this.pos++];
          if (d === "}") return new PyTuple([literal, name, "", conversion]);
          if (d !== ":") raiseError(ValueError, "expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let depth = 1;
      while (this.pos < end) {
        const d = s[this.pos++];
        if (d === "{") depth++;
        else if (d === "}" && --depth === 0) return new PyTuple([literal, name, s.slice(specStart, this.pos - 1), conversion]);
      }
      raiseError(ValueError, "unmatched '{' in format spec");
    }
    if (c !== "}") raiseError(ValueError, "expected '}' before end of string");
    return new PyTuple([literal, name, "", None]);
  }
}

/** Iterator over the ".attr" and "[key]" parts after a field name's first part. */
class FieldNameIter extends PyIter {
  constructor(cls: PyType, readonly s: string, public pos: number) {
    super(cls);
  }

  next(): PyValue | undefined {
    const s = this.s;
    const end = s.length;
    if (this.pos >= end) return undefined;
    const c = s[this.pos++];
    let name: string;
    let isAttr: boolean;
    if (c === ".") {
      isAttr = true;
      const start = this.pos;
      while (this.pos < end && s[this.pos] !== "[" && s[this.pos] !== ".") this.pos++;
      name = s.slice(start, this.pos);
    } else if (c === "[") {
      isAttr = false;
      const start = this.pos;
      while (this.pos < end && s[this.pos] !== "]") this.pos++;
      if (this.pos >= end) raiseError(ValueError, "Missing ']' in format string");
      name = s.slice(start, this.pos++);
    } else {
      return raiseError(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.length === 0) raiseError(ValueError, "Empty attribute in format string");
    const idx = isAttr ? -1 : getInteger(name);
    return new PyTuple([isAttr ? True : False, idx >= 0 ? idx : name]);
  }
}

function iterType(name: string): PyType {
  const t = nativeType("builtins", name, undefined, 0);
  defMethods(t, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = (args[0] as PyIter).next();
      if (v === undefined) raiseError(StopIteration);
      return v;
    },
  });
  return t;
}

const formatterIterType = iterType("formatteriterator");
const fieldNameIterType = iterType("fieldnameiterator");

defineModule("_string", (dict) => {
  defFunctions(dict, "_string", {
    formatter_parser(args, kwnames) {
      checkArgs("_string.formatter_parser", args, kwnames, 1, 1, 0);
      return new FormatterIter(formatterIterType, strArg(args[0]));
    },
    formatter_field_name_split(args, kwnames) {
      checkArgs("_string.formatter_field_name_split", args, kwnames, 1, 1, 0);
      const s = strArg(args[0]);
      let i = 0;
      while (i < s.length && s[i] !== "." && s[i] !== "[") i++;
      const first = s.slice(0, i);
      const idx = getInteger(first);
      return new PyTuple([idx >= 0 ? idx : first, new FieldNameIter(fieldNameIterType, s, i)]);
    },
  });
}, "string helper module");
