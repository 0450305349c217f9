// The checks compile() makes on a tree built from Python AST objects before compiling it
// (CPython's PyAST_Validate in Python/ast.c): contexts match their position, bodies and
// required lists are not empty, list lengths agree. Messages are CPython 3.11's; a tree the
// parser made always passes. Trees from Python objects come in through ObjToAst (ast.ts), which
// already checked field types, so here every node has the fields its type declares.

import * as A from "../parser/ast";
import { raiseError } from "../objects/exceptions";
import * as E from "../objects/exceptions";

type Ctx = A.expr_context;

function fail(msg: string): never {
  raiseError(E.ValueError, msg);
}

function nonEmpty(seq: readonly unknown[], what: string, owner: string): void {
  if (seq.length === 0) fail(`empty ${what} on ${owner}`);
}

function stmts(seq: readonly (A.stmt | null)[]): void {
  for (const s of seq) {
    if (s === null) fail("None disallowed in statement list");
    stmt(s);
  }
}

function body(seq: readonly A.stmt[], owner: string): void {
  nonEmpty(seq, "body", owner);
  stmts(seq);
}

function exprs(seq: readonly (A.expr | null)[], ctx: Ctx, nullOk = false): void {
  for (const e of seq) {
    if (e === null) {
      if (!nullOk) fail("None disallowed in expression list");
      continue;
    }
    expr(e, ctx);
  }
}

function optExpr(e: A.expr | null, ctx: Ctx = "Load"): void {
  if (e !== null) expr(e, ctx);
}

function name(id: string): void {
  if (id === "None" || id === "True" || id === "False") fail(`identifier field can't represent '${id}' constant`);
}

export function validateMod(m: A.mod): void {
  switch (m._type) {
    case "Module": stmts(m.body); return;
    case "Interactive": stmts(m.body); return;
    case "Expression": expr(m.body, "Load"); return;
    case "FunctionType": exprs(m.argtypes, "Load"); expr(m.returns, "Load"); return;
  }
  const never: never = m;
  void never;
}

/** A node's position must be a range: CPython's messages for the first rule it breaks. */
function positions(n: A.Located): void {
  const { lineno: l, end_lineno: el, col_offset: c, end_col_offset: ec } = n;
  if (l > el) fail(`AST node line range (${l}, ${el}) is not valid`);
  if (l < 0 && el !== l || c < 0 && c !== ec) fail(`AST node column range (${c}, ${ec}) for line range (${l}, ${el}) is not valid`);
  if (l === el && c > ec) fail(`line ${l}, column ${c}-${ec} is not a valid range`);
}

function args(a: A.arguments): void {
  for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) {
    positions(x);
    optExpr(x.annotation);
  }
  // (CPython does not check the positions of *args and **kwargs.)
  if (a.vararg !== null) optExpr(a.vararg.annotation);
  if (a.kwarg !== null) optExpr(a.kwarg.annotation);
  if (a.defaults.length > a.posonlyargs.length + a.args.length) fail("more positional defaults than args on arguments");
  if (a.kw_defaults.length !== a.kwonlyargs.length) fail("length of kwonlyargs is not the same as kw_defaults on arguments");
  exprs(a.defaults, "Load");
  exprs(a.kw_defaults, "Load", true);
}

function keywords(ks: readonly A.keyword[]): void {
  for (const k of ks) expr(k.value, "Load");
}

function handlers(hs: readonly A.excepthandler[]): void {
  for (const h of hs) {
    positions(h);
    optExpr(h.type);
    body(h.body, "ExceptHandler");
  }
}

function stmt(s: A.stmt): void {
  positions(s);
  switch (s._type) {
    case "FunctionDef": case "AsyncFunctionDef":
      body(s.body, s._type);
      args(s.args);
      exprs(s.decorator_list, "Load");
      optExpr(s.returns);
      return;
    case "ClassDef":
      body(s.body, "ClassDef");
      exprs(s.bases, "Load");
      keywords(s.keywords);
      exprs(s.decorator_list, "Load");
      return;
    case "Return": optExpr(s.value); return;
    case "Delete": nonEmpty(s.targets, "targets", "Delete"); exprs(s.targets, "Del"); return;
    case "Assign":
      nonEmpty(s.targets, "targets", "Assign");
      expr(s.value, "Load");
      exprs(s.targets, "Store");
      return;
    case "AugAssign": expr(s.target, "Store"); expr(s.value, "Load"); return;
    case "AnnAssign":
      if (s.simple && s.target._type !== "Name") raiseError(E.TypeError, "AnnAssign with simple non-Name target");
      expr(s.target, "Store");
      optExpr(s.value);
      expr(s.annotation, "Load");
      return;
    case "For": case "AsyncFor":
      expr(s.target, "Store");
      expr(s.iter, "Load");
      body(s.body, s._type);
      stmts(s.orelse);
      return;
    case "While": case "If":
      expr(s.test, "Load");
      body(s.body, s._type);
      stmts(s.orelse);
      return;
    case "With": case "AsyncWith":
      nonEmpty(s.items, "items", s._type);
      for (const it of s.items) {
        expr(it.context_expr, "Load");
        optExpr(it.optional_vars, "Store");
      }
      body(s.body, s._type);
      return;
    case "Match":
      expr(s.subject, "Load");
      nonEmpty(s.cases, "cases", "Match");
      for (const c of s.cases) {
        pattern(c.pattern, false);
        optExpr(c.guard);
        body(c.body, "match_case");
      }
      return;
    case "Raise":
      if (s.exc !== null) {
        expr(s.exc, "Load");
        optExpr(s.cause);
      } else if (s.cause !== null) fail("Raise with cause but no exception");
      return;
    case "Try": case "TryStar":
      body(s.body, s._type);
      if (s.handlers.length === 0 && s.finalbody.length === 0) fail(`${s._type} has neither except handlers nor finalbody`);
      if (s.handlers.length === 0 && s.orelse.length > 0) fail(`${s._type} has orelse but no except handlers`);
      handlers(s.handlers);
      stmts(s.finalbody);
      stmts(s.orelse);
      return;
    case "Assert": expr(s.test, "Load"); optExpr(s.msg); return;
    case "Import": nonEmpty(s.names, "names", "Import"); return;
    case "ImportFrom":
      if (s.level !== null && s.level < 0) fail("Negative ImportFrom level");
      nonEmpty(s.names, "names", "ImportFrom");
      return;
    case "Global": case "Nonlocal": nonEmpty(s.names, "names", s._type); return;
    case "Expr": expr(s.value, "Load"); return;
    case "Pass": case "Break": case "Continue": return;
  }
  const never: never = s;
  void never;
}

function comprehension(gens: readonly A.comprehension[]): void {
  if (gens.length === 0) fail("comprehension with no generators");
  for (const g of gens) {
    expr(g.target, "Store");
    expr(g.iter, "Load");
    exprs(g.ifs, "Load");
  }
}

function expr(e: A.expr, ctx: Ctx): void {
  positions(e);
  switch (e._type) {
    case "Attribute": case "Subscript": case "Starred": case "Name": case "List": case "Tuple":
      if (e.ctx !== ctx) fail(`expression must have ${ctx} context but has ${e.ctx} instead`);
      break;
    default:
      if (ctx !== "Load") fail(`expression which can't be assigned to in ${ctx} context`);
  }
  switch (e._type) {
    case "BoolOp":
      if (e.values.length < 2) fail("BoolOp with less than 2 values");
      exprs(e.values, "Load");
      return;
    case "BinOp": expr(e.left, "Load"); expr(e.right, "Load"); return;
    case "UnaryOp": expr(e.operand, "Load"); return;
    case "Lambda": args(e.args); expr(e.body, "Load"); return;
    case "IfExp": expr(e.test, "Load"); expr(e.body, "Load"); expr(e.orelse, "Load"); return;
    case "Dict":
      if (e.keys.length !== e.values.length) fail("Dict doesn't have the same number of keys as values");
      exprs(e.keys, "Load", true);
      exprs(e.values, "Load");
      return;
    case "Set": exprs(e.elts, "Load"); return;
    case "ListComp": case "SetComp": case "GeneratorExp":
      comprehension(e.generators);
      expr(e.elt, "Load");
      return;
    case "DictComp":
      comprehension(e.generators);
      expr(e.key, "Load");
      expr(e.value, "Load");
      return;
    case "Yield": optExpr(e.value); return;
    case "YieldFrom": case "Await": expr(e.value, "Load"); return;
    case "Compare":
      if (e.comparators.length === 0) fail("Compare with no comparators");
      if (e.comparators.length !== e.ops.length) fail("Compare has a different number of comparators and operands");
      exprs(e.comparators, "Load");
      expr(e.left, "Load");
      return;
    case "Call": expr(e.func, "Load"); exprs(e.args, "Load"); keywords(e.keywords); return;
    case "Constant": return;
    case "JoinedStr": exprs(e.values, "Load"); return;
    case "FormattedValue": expr(e.value, "Load"); optExpr(e.format_spec); return;
    case "Attribute": expr(e.value, "Load"); return;
    case "Subscript": expr(e.slice, "Load"); expr(e.value, "Load"); return;
    case "Starred": expr(e.value, ctx); return;
    case "Slice": optExpr(e.lower); optExpr(e.upper); optExpr(e.step); return;
    case "List": case "Tuple": exprs(e.elts, ctx); return;
    case "NamedExpr":
      if (e.target._type !== "Name") raiseError(E.TypeError, "NamedExpr target must be a Name");
      expr(e.value, "Load");
      return;
    case "Name": name(e.id); return;
  }
  const never: never = e;
  void never;
}

function capture(id: string): void {
  if (id === "_") fail("can't capture name '_' in patterns");
  name(id);
}

function patterns(ps: readonly A.pattern[], starOk: boolean): void {
  for (const p of ps) pattern(p, starOk);
}

function pattern(p: A.pattern, starOk: boolean): void {
  positions(p);
  switch (p._type) {
    case "MatchValue":
      if (p.value._type !== "Constant" && p.value._type !== "Attribute") fail("patterns may only match literals and attribute lookups");
      expr(p.value, "Load");
      return;
    case "MatchSingleton":
      if (p.value !== null && p.value !== true && p.value !== false) fail("MatchSingleton can only contain True, False and None");
      return;
    case "MatchSequence": patterns(p.patterns, true); return;
    case "MatchMapping":
      if (p.keys.length !== p.patterns.length) fail("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest !== null) capture(p.rest);
      for (const k of p.keys) expr(k, "Load");
      patterns(p.patterns, false);
      return;
    case "MatchClass": {
      let c: A.expr = p.cls;
      while (c._type === "Attribute") c = c.value;
      if (c._type !== "Name") fail("MatchClass cls field can only contain Name or Attribute nodes.");
      expr(p.cls, "Load");
      if (p.kwd_attrs.length !== p.kwd_patterns.length) fail("MatchClass doesn't have the same number of keyword attributes as patterns");
      for (const a of p.kwd_attrs) name(a);
      patterns(p.patterns, false);
      patterns(p.kwd_patterns, false);
      return;
    }
    case "MatchStar":
      if (!starOk) fail("can't use MatchStar here");
      if (p.name !== null) capture(p.name);
      return;
    case "MatchAs":
      if (p.name !== null) capture(p.name);
      if (p.pattern !== null) {
        if (p.name === null) fail("MatchAs must specify a target name if a pattern is given");
        pattern(p.pattern, false);
      }
      return;
    case "MatchOr":
      if (p.patterns.length < 2) fail("MatchOr requires at least 2 patterns");
      patterns(p.patterns, false);
      return;
  }
  const never: never = p;
  void never;
}
