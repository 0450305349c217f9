// An expression back to source text, as CPython 3.11's C unparser does it (Python/ast_unparse.c,
// `_PyAST_ExprAsUnicode`), for postponed annotations (`from __future__ import annotations`).
// It is not Lib/ast.py's unparse: quirks kept are `1e309` for infinity, `x[1,]` for a
// one-item tuple subscript, `1 .real`, the u prefix of u-strings, and a space after `{` in an
// f-string replacement field whose expression starts with `{`.

import type * as A from "../parser/ast";
import { BytesConst, ComplexConst, EllipsisConst, FloatConst } from "../parser/ast";
import { reprBytes, reprComplex, reprFloat, reprStr } from "../parser/constrepr";
import { ConstFrozenset, ConstTuple, type Const } from "../bytecode/code";

/** Operator precedence, lowest first (ast_unparse.c). */
const enum PR {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM,
}
const PR_BOR = PR.EXPR;

const BINOPS: Record<A.operator, [string, PR]> = {
  Add: [" + ", PR.ARITH], Sub: [" - ", PR.ARITH], Mult: [" * ", PR.TERM], MatMult: [" @ ", PR.TERM],
  Div: [" / ", PR.TERM], Mod: [" % ", PR.TERM], FloorDiv: [" // ", PR.TERM], LShift: [" << ", PR.SHIFT],
  RShift: [" >> ", PR.SHIFT], BitOr: [" | ", PR_BOR], BitXor: [" ^ ", PR.BXOR], BitAnd: [" & ", PR.BAND],
  Pow: [" ** ", PR.POWER],
};

const CMPOPS: Record<A.cmpop, string> = {
  Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
};

/** `_PyAST_ExprAsUnicode`. */
export function unparseExpr(e: A.expr): string {
  return expr(e, PR.TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? "(" + s + ")" : s;
}

function expr(e: A.expr, level: PR): string {
  switch (e._type) {
    case "BoolOp": {
      const pr = e.op === "And" ? PR.AND : PR.OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === "And" ? " and " : " or "));
    }
    case "BinOp": {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === "Pow" ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case "UnaryOp": {
      const op = e.op === "Invert" ? "~" : e.op === "Not" ? "not " : e.op === "UAdd" ? "+" : "-";
      const pr = e.op === "Not" ? PR.NOT : PR.FACTOR;
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case "Lambda": {
      const args = argumentsText(e.args);
      return paren(level > PR.TEST, "lambda" + (args ? " " + args : "") + ": " + expr(e.body, PR.TEST));
    }
    case "IfExp":
      return paren(level > PR.TEST, expr(e.body, PR.TEST + 1) + " if " + expr(e.test, PR.TEST + 1) + " else " + expr(e.orelse, PR.TEST));
    case "Dict": {
      const items = e.keys.map((k, i) => (k === null ? "**" + expr(e.values[i], PR.EXPR) : expr(k, PR.TEST) + ": " + expr(e.values[i], PR.TEST)));
      return "{" + items.join(", ") + "}";
    }
    case "Set":
      return "{" + e.elts.map((x) => expr(x, PR.TEST)).join(", ") + "}";
    case "GeneratorExp":
      return "(" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + ")";
    case "ListComp":
      return "[" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + "]";
    case "SetComp":
      return "{" + expr(e.elt, PR.TEST) + comprehensions(e.generators) + "}";
    case "DictComp":
      return "{" + expr(e.key, PR.TEST) + ": " + expr(e.value, PR.TEST) + comprehensions(e.generators) + "}";
    case "Await":
      return paren(level > PR.AWAIT, "await " + expr(e.value, PR.ATOM));
    case "Yield":
      return e.value ? "(yield " + expr(e.value, PR.TEST) + ")" : "(yield)";
    case "YieldFrom":
      return "(yield from " + expr(e.value, PR.TEST) + ")";
    case "Compare": {
      let s = expr(e.left, PR.CMP + 1);
      for (let i = 0; i < e.ops.length; i++) s += " " + CMPOPS[e.ops[i]] + " " + expr(e.comparators[i], PR.CMP + 1);
      return paren(level > PR.CMP, s);
    }
    case "Call": {
      const func = expr(e.func, PR.ATOM);
      if (e.args.length === 1 && !e.keywords.length && e.args[0]._type === "GeneratorExp") return func + expr(e.args[0], PR.TEST);
      const parts = e.args.map((a) => expr(a, PR.TEST));
      for (const k of e.keywords) parts.push((k.arg === null ? "**" : k.arg + "=") + expr(k.value, PR.TEST));
      return func + "(" + parts.join(", ") + ")";
    }
    case "FormattedValue":
      return formattedValue(e);
    case "JoinedStr":
      return joinedStr(e, false);
    case "Constant":
      if (e.value === EllipsisConst) return "...";
      return (e.kind !== null ? "u" : "") + constant(e.value as Const);
    case "Attribute": {
      const v = e.value;
      const period = v._type === "Constant" && typeof v.value === "bigint" ? " ." : ".";
      return expr(v, PR.ATOM) + period + e.attr;
    }
    case "Subscript": {
      const s = e.slice;
      let inner: string;
      if (s._type === "Tuple" && s.elts.length) {
        inner = s.elts.map((x) => expr(x, PR.TUPLE)).join(", ") + (s.elts.length === 1 ? "," : "");
      } else inner = expr(s, PR.TUPLE);
      return expr(e.value, PR.ATOM) + "[" + inner + "]";
    }
    case "Starred":
      return "*" + expr(e.value, PR.EXPR);
    case "Name":
      return e.id;
    case "List":
      return "[" + e.elts.map((x) => expr(x, PR.TEST)).join(", ") + "]";
    case "Tuple":
      if (!e.elts.length) return "()";
      return paren(level > PR.TUPLE, e.elts.map((x) => expr(x, PR.TEST)).join(", ") + (e.elts.length === 1 ? "," : ""));
    case "Slice": {
      let s = e.lower ? expr(e.lower, PR.TEST) : "";
      s += ":";
      if (e.upper) s += expr(e.upper, PR.TEST);
      if (e.step) s += ":" + expr(e.step, PR.TEST);
      return s;
    }
    case "NamedExpr":
      return paren(level > PR.TUPLE, expr(e.target, PR.ATOM) + " := " + expr(e.value, PR.ATOM));
    default: {
      const never: never = e;
      throw new Error(`unparse: unexpected node ${(never as { _type: string })._type}`);
    }
  }
}

function comprehensions(gens: A.comprehension[]): string {
  let s = "";
  for (const g of gens) {
    s += (g.is_async ? " async for " : " for ") + expr(g.target, PR.TUPLE) + " in " + expr(g.iter, PR.TEST + 1);
    for (const t of g.ifs) s += " if " + expr(t, PR.TEST + 1);
  }
  return s;
}

function argumentsText(a: A.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((arg, i) => {
    let s = argText(arg);
    if (i >= firstDefault) s += "=" + expr(a.defaults[i - firstDefault], PR.TEST);
    parts.push(s);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push("/");
  });
  if (a.vararg || a.kwonlyargs.length) parts.push("*" + (a.vararg ? argText(a.vararg) : ""));
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    parts.push(argText(arg) + (d ? "=" + expr(d, PR.TEST) : ""));
  });
  if (a.kwarg) parts.push("**" + argText(a.kwarg));
  return parts.join(", ");
}

function argText(a: A.arg): string {
  return a.annotation ? a.arg + ": " + expr(a.annotation, PR.TEST) : a.arg;
}

function constant(v: Const): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "string": return reprStr(v);
    default: break;
  }
  if (v instanceof FloatConst) return reprFloat(v.value).replace("inf", "1e309");
  if (v instanceof ComplexConst) return reprComplex(0, v.imag).replace(/inf/g, "1e309");
  if (v instanceof BytesConst) return reprBytes(v.value);
  if (v instanceof ConstTuple) {
    return "(" + v.items.map(constant).join(", ") + (v.items.length === 1 ? "," : "") + ")";
  }
  if (v instanceof ConstFrozenset) return "frozenset({" + v.items.map(constant).join(", ") + "})";
  if (v === EllipsisConst) return "Ellipsis";
  return String(v);
}

// --- f-strings ------------------------------------------------------------------------------

function joinedStr(e: A.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => fstringElement(v, isFormatSpec)).join("");
  return isFormatSpec ? body : "f" + reprStr(body);
}

function fstringElement(e: A.expr, isFormatSpec: boolean): string {
  switch (e._type) {
    case "Constant":
      return String(e.value).replace(/\{/g, "{{").replace(/\}/g, "}}");
    case "JoinedStr":
      return joinedStr(e, isFormatSpec);
    case "FormattedValue":
      return formattedValue(e);
    default:
      throw new Error(`unparse: unexpected f-string element ${e._type}`);
  }
}

function formattedValue(e: A.FormattedValue): string {
  // Above PR_TEST so that a lambda's ':' gets parentheses.
  const text = expr(e.value, PR.TEST + 1);
  let s = (text.startsWith("{") ? "{ " : "{") + text;
  if (e.conversion > 0) s += "!" + String.fromCharCode(e.conversion);
  if (e.format_spec) s += ":" + fstringElement(e.format_spec, true);
  return s + "}";
}
