// ast.dump(): the same text as CPython 3.11's Lib/ast.py dump() for Typhon's AST.
//
// Rules reproduced: fields in ASDL order; an optional field that is None is skipped (and from
// then on fields are printed with names); a node whose parts are all "simple" and has at most
// three of them is printed on one line; with an indent, each part goes on its own line.

import {
  AnyNode, BytesConst, ComplexConst, ConstantValue, EllipsisConst, FloatConst, HAS_POSITION, NODE_FIELDS,
} from "./ast";
import { reprBytes, reprComplex, reprFloat, reprStr } from "./constrepr";

const POSITION_FIELDS = ["lineno", "col_offset", "end_lineno", "end_col_offset"];

export function reprConstant(v: ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return reprStr(v);
  if (v instanceof FloatConst) return reprFloat(v.value);
  if (v instanceof ComplexConst) return reprComplex(0, v.imag);
  if (v instanceof BytesConst) return reprBytes(v.value);
  if (v === EllipsisConst) return "Ellipsis";
  throw new Error("unknown constant");
}

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** null: one line; a number of spaces or a string: pretty-printed. */
  indent?: number | string | null;
}

export function dump(node: AnyNode, opts: DumpOptions = {}): string {
  const annotate = opts.annotateFields ?? true;
  const attrs = opts.includeAttributes ?? false;
  const indent = opts.indent === undefined || opts.indent === null ? null
    : typeof opts.indent === "number" ? " ".repeat(opts.indent) : opts.indent;

  // Returns [text, simple].
  function format(value: unknown, level: number, isConstant: boolean): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level++;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (isConstant) return [reprConstant(value as ConstantValue), true];
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      return ["[" + prefix + value.map((x) => format(x, level, false)[0]).join(sep) + "]", false];
    }
    if (value === null) return ["None", true];
    if (typeof value === "string") {
      // A string here is either an identifier/string field value or an operator name; the
      // caller passes operator names through formatSimpleNode instead.
      return [reprStr(value), true];
    }
    if (typeof value === "number") return [String(value), true];
    if (typeof value === "object") {
      const n = value as AnyNode & Record<string, unknown>;
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const spec of NODE_FIELDS[n._type] ?? []) {
        const optional = spec.endsWith("?");
        const name = optional ? spec.slice(0, -1) : spec;
        const v = n[name];
        if (v === null && optional) {
          keywords = true;
          continue;
        }
        const [text, simple] = formatField(n._type, name, v, level);
        allSimple = allSimple && simple;
        args.push(keywords ? `${name}=${text}` : text);
      }
      if (attrs && HAS_POSITION.has(n._type)) {
        for (const name of POSITION_FIELDS) {
          const v = n[name];
          if (v === null || v === undefined) continue;
          args.push(`${name}=${v}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${n._type}(${args.join(", ")})`, args.length === 0];
      return [`${n._type}(${prefix}${args.join(sep)})`, false];
    }
    throw new Error(`cannot dump ${String(value)}`);
  }

  function formatField(type: string, name: string, v: unknown, level: number): [string, boolean] {
    if ((type === "Constant" || type === "MatchSingleton") && name === "value") return format(v, level, true);
    if (isEnumField(name)) {
      if (Array.isArray(v)) {
        return format(v.map((x) => ({ _type: x })), level, false);
      }
      return [`${v}()`, true];
    }
    return format(v, level, false);
  }

  return format(node, 0, false)[0];
}

/** Fields whose values are operator/context singletons (stored as their names). */
function isEnumField(name: string): boolean {
  return name === "op" || name === "ctx" || name === "ops";
}
