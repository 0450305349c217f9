// Code generation, part 1: modules, statements, functions and classes (CPython 3.11's
// Python/compile.c `compiler_mod`, `compiler_visit_stmt` and what they call). The shapes are
// 3.11's: what a statement compiles to, and in which order its parts are emitted, because that
// order decides co_varnames, co_names and co_consts, which tests compare with CPython's.
//
// Expressions are in codegen-expr.ts, try/with/return/break/continue in codegen-exc.ts, match
// in codegen-pattern.ts; the unit and emission helpers in codegen-unit.ts.

import type * as A from "../parser/ast";
import { CodeObject, ConstTuple } from "../bytecode/code";
import { Op } from "../bytecode/opcodes";
import { Scope, mangle } from "./symtable";
import { assemble } from "./assemble";
import { Compiler, FBlockType, Handler, HandlerKind, Pseudo, ScopeType } from "./codegen-unit";
import {
  visitExpr, jumpIf, callHelper, visitAnnotation, addYieldFrom, validateKeywords,
} from "./codegen-expr";
import { compileTry, compileTryStar, compileWith, compileReturn, compileBreak, compileContinue } from "./codegen-exc";
import { compileMatch } from "./codegen-pattern";

/** Compiles a module, expression or interactive statement to its code object (`compiler_mod`). */
export function compileMod(c: Compiler, mod: A.mod): CodeObject {
  c.enterScope("<module>", ScopeType.Module, mod, 1);
  switch (mod._type) {
    case "Module":
      compileBody(c, mod.body);
      finishUnit(c, true);
      break;
    case "Interactive":
      if (findAnnotations(mod.body)) c.emit(Op.SETUP_ANNOTATIONS);
      for (const s of mod.body) visitStmt(c, s);
      finishUnit(c, true);
      break;
    case "Expression":
      visitExpr(c, mod.body);
      c.emit(Op.RETURN_VALUE);
      break;
    case "FunctionType":
      throw new Error("compile: FunctionType is not compiled");
    default:
      return assertNever(mod);
  }
  return assembleUnit(c);
}

/** The implicit `return None` at the end of a body (added only if control can reach it). */
function finishUnit(c: Compiler, addNone: boolean): void {
  c.unsetLoc();
  if (addNone) c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
}

/** Assembles the current unit into its code object. */
export function assembleUnit(c: Compiler): CodeObject {
  return assemble(c.u, { filename: c.opts.filename, flags: c.codeFlags() });
}

/**
 * `compiler_body`: a module or class body, with its docstring stored as `__doc__` and
 * SETUP_ANNOTATIONS when the body has annotated assignments.
 */
function compileBody(c: Compiler, body: A.stmt[]): void {
  if (c.u.scopeType === ScopeType.Module && body.length) c.setLoc(body[0]);
  if (findAnnotations(body)) c.emit(Op.SETUP_ANNOTATIONS);
  if (!body.length) return;
  let i = 0;
  const doc = c.opts.optimize < 2 ? docString(body) : null;
  if (doc !== null) {
    i = 1;
    visitExpr(c, (body[0] as A.Expr).value);
    c.unsetLoc();
    c.nameOp("__doc__", "Store");
  }
  for (; i < body.length; i++) visitStmt(c, body[i]);
}

/** `_PyAST_GetDocString`: the body starts with a str constant expression statement. */
export function docString(body: A.stmt[]): string | null {
  if (!body.length) return null;
  const s = body[0];
  if (s._type !== "Expr" || s.value._type !== "Constant" || typeof s.value.value !== "string") return null;
  return s.value.value;
}

/** `find_ann`: an annotated assignment anywhere in the body, outside nested scopes. */
function findAnnotations(stmts: A.stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnnotations(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        if (findAnnotations(s.body) || findAnnotations(s.finalbody) || findAnnotations(s.orelse)) return true;
        break;
      case "Match":
        for (const m of s.cases) if (findAnnotations(m.body)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

export function visitStmts(c: Compiler, stmts: A.stmt[]): void {
  for (const s of stmts) visitStmt(c, s);
}

/** `compiler_visit_stmt`. */
export function visitStmt(c: Compiler, s: A.stmt): void {
  c.setLoc(s);
  switch (s._type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      return compileFunction(c, s);
    case "ClassDef":
      return compileClass(c, s);
    case "Return":
      return compileReturn(c, s);
    case "Delete":
      for (const t of s.targets) visitExpr(c, t);
      return;
    case "Assign":
      visitExpr(c, s.value);
      for (let i = 0; i < s.targets.length; i++) {
        if (i < s.targets.length - 1) c.emit(Op.COPY, 1);
        visitExpr(c, s.targets[i]);
      }
      return;
    case "AugAssign":
      return compileAugAssign(c, s);
    case "AnnAssign":
      return compileAnnAssign(c, s);
    case "For":
      return compileFor(c, s);
    case "AsyncFor":
      return compileAsyncFor(c, s);
    case "While":
      return compileWhile(c, s);
    case "If":
      return compileIf(c, s);
    case "With":
      return compileWith(c, s, 0, false);
    case "AsyncWith":
      if (!c.isTopLevelAwait() && c.u.scopeType !== ScopeType.AsyncFunction) throw c.error("'async with' outside async function");
      return compileWith(c, s, 0, true);
    case "Match":
      return compileMatch(c, s);
    case "Raise": {
      let n = 0;
      if (s.exc) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause) {
          visitExpr(c, s.cause);
          n++;
        }
      }
      c.emit(Op.RAISE_VARARGS, n);
      return;
    }
    case "Try":
      return compileTry(c, s);
    case "TryStar":
      return compileTryStar(c, s);
    case "Assert":
      return compileAssert(c, s);
    case "Import":
      return compileImport(c, s);
    case "ImportFrom":
      return compileImportFrom(c, s);
    case "Global":
    case "Nonlocal":
      return;
    case "Pass":
      // A NOP for the line (kept only when no other instruction carries it: assemble.ts).
      c.emit(Op.NOP);
      return;
    case "Expr":
      return compileExprStmt(c, s);
    case "Break":
      return compileBreak(c, s);
    case "Continue":
      return compileContinue(c, s);
    default:
      return assertNever(s);
  }
}

/** `compiler_visit_stmt_expr`: constants are dropped; the REPL prints values. */
function compileExprStmt(c: Compiler, s: A.Expr): void {
  // Only at the top level of the statement (CPython's c_nestlevel <= 1), not in functions or classes.
  if (c.opts.interactive && c.stack.length === 0) {
    visitExpr(c, s.value);
    c.emit(Op.PRINT_EXPR);
    return;
  }
  if (s.value._type === "Constant") {
    c.emit(Op.NOP);
    return;
  }
  visitExpr(c, s.value);
  c.unsetLoc();
  c.emit(Op.POP_TOP);
}

// --- Functions and classes ------------------------------------------------------------------

/** `compiler_check_debug_args`: no parameter may be named `__debug__`. */
function checkDebugArgs(c: Compiler, args: A.arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
  for (const a of all) c.checkForbiddenName(a.arg, "Store");
}

/** `compiler_default_arguments`: pushes the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags. */
export function defaultArguments(c: Compiler, args: A.arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) visitExpr(c, d);
    c.emit(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 1;
  }
  const keys: string[] = [];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const d = args.kw_defaults[i];
    if (!d) continue;
    keys.push(mangle(c.u.privateName, args.kwonlyargs[i].arg));
    visitExpr(c, d);
  }
  if (keys.length) {
    c.loadConst(new ConstTuple(keys));
    c.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= 2;
  }
  return flags;
}

/** `compiler_visit_annotations`: pushes a (name, value, ...) tuple; returns whether it did. */
function visitArgAnnotations(c: Compiler, args: A.arguments, returns: A.expr | null): boolean {
  let n = 0;
  const one = (name: string, ann: A.expr | null): void => {
    if (!ann) return;
    c.loadConst(mangle(c.u.privateName, name));
    if (c.opts.futureAnnotations) visitAnnotation(c, ann);
    else if (ann._type === "Starred") {
      // `*args: *Ts` (PEP 646): the value is the one item of the unpacked Ts.
      visitExpr(c, ann.value);
      c.emit(Op.UNPACK_SEQUENCE, 1);
    } else visitExpr(c, ann);
    n += 2;
  };
  for (const a of args.args) one(a.arg, a.annotation);
  for (const a of args.posonlyargs) one(a.arg, a.annotation);
  if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) one(a.arg, a.annotation);
  if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
  one("return", returns);
  if (n) c.emit(Op.BUILD_TUPLE, n);
  return n > 0;
}

/** `compiler_function`. */
function compileFunction(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  checkDebugArgs(c, s.args);
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  let flags = defaultArguments(c, s.args);
  if (visitArgAnnotations(c, s.args, s.returns)) flags |= 4;
  const scopeType = s._type === "AsyncFunctionDef" ? ScopeType.AsyncFunction : ScopeType.Function;
  c.enterScope(s.name, scopeType, s, firstlineno);
  const doc = c.opts.optimize < 2 ? docString(s.body) : null;
  c.u.addConst(doc);
  setArgCounts(c, s.args);
  for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) visitStmt(c, s.body[i]);
  finishUnit(c, true);
  const co = assembleUnit(c);
  c.exitScope();
  makeClosure(c, co, flags);
  applyDecorators(c, s.decorator_list);
  c.setLoc(s);
  c.nameOp(s.name, "Store");
}

export function setArgCounts(c: Compiler, args: A.arguments): void {
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.argcount = args.posonlyargs.length + args.args.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
}

/** Each decorator is called with the result so far: `CALL 0` on [decorator, value] (3.11). */
function applyDecorators(c: Compiler, decos: A.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) {
    c.setLoc(decos[i]);
    c.emit(Op.CALL, 0);
  }
}

/** `compiler_make_closure`: the closure tuple (if any), the code object, MAKE_FUNCTION. */
export function makeClosure(c: Compiler, co: CodeObject, flags: number): void {
  if (co.freevars.length) {
    for (const name of co.freevars) {
      const ref = c.refType(name);
      const idx = ref === Scope.CELL ? c.u.cellvars.get(name) : c.u.freevars.get(name);
      if (idx === undefined) throw new Error(`codegen: lookup of closure variable ${name} failed in ${c.u.qualname}`);
      c.emit(Op.LOAD_CLOSURE, idx);
    }
    flags |= 8;
    c.emit(Op.BUILD_TUPLE, co.freevars.length);
  }
  c.loadConst(co);
  c.emit(Op.MAKE_FUNCTION, flags);
}

/** `compiler_class`: `name = __build_class__(<body function>, 'name', *bases, **keywords)`. */
function compileClass(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorator_list) visitExpr(c, d);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  c.enterScope(s.name, ScopeType.Class, s, firstlineno);
  c.u.privateName = s.name;
  c.nameOp("__name__", "Load");
  c.nameOp("__module__", "Store");
  c.loadConst(c.u.qualname);
  c.nameOp("__qualname__", "Store");
  compileBody(c, s.body);
  c.unsetLoc();
  if (c.u.ste.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, c.u.cellvars.get("__class__")!);
    c.emit(Op.COPY, 1);
    c.nameOp("__classcell__", "Store");
  } else {
    c.loadConst(null);
  }
  c.emit(Op.RETURN_VALUE);
  const co = assembleUnit(c);
  c.exitScope();
  validateKeywords(c, s.keywords);
  c.emit(Op.PUSH_NULL);
  c.emit(Op.LOAD_BUILD_CLASS);
  makeClosure(c, co, 0);
  c.loadConst(s.name);
  callHelper(c, 2, s.bases, s.keywords);
  applyDecorators(c, s.decorator_list);
  c.setLoc(s);
  c.nameOp(s.name, "Store");
}

// --- Simple statements ----------------------------------------------------------------------

/** `compiler_augassign`: the target is read once, updated in place, stored back. */
function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  const stmtLoc = c.u.loc;
  c.setLoc(e);
  switch (e._type) {
    case "Attribute":
      visitExpr(c, e.value);
      c.emit(Op.COPY, 1);
      c.setLoc(c.locOfAttr(e, e));
      c.emitName(Op.LOAD_ATTR, e.attr);
      break;
    case "Subscript":
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.emit(Op.BINARY_SUBSCR);
      break;
    case "Name":
      c.nameOp(e.id, "Load");
      break;
    default:
      throw c.error(`invalid node type (${e._type}) for augmented assignment`);
  }
  c.setLoc(stmtLoc);
  visitExpr(c, s.value);
  c.emit(Op.BINARY_OP, binOpArg(s.op) + 13);
  c.setLoc(e);
  switch (e._type) {
    case "Attribute":
      c.setLoc(c.locOfAttr(e, e));
      c.emit(Op.SWAP, 2);
      c.emitName(Op.STORE_ATTR, e.attr);
      break;
    case "Subscript":
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      c.emit(Op.STORE_SUBSCR);
      break;
    case "Name":
      c.nameOp(e.id, "Store");
      break;
    default:
      break;
  }
}

/** BINARY_OP's argument for an operator (NB_*). */
export function binOpArg(op: A.operator): number {
  switch (op) {
    case "Add": return 0;
    case "BitAnd": return 1;
    case "FloorDiv": return 2;
    case "LShift": return 3;
    case "MatMult": return 4;
    case "Mult": return 5;
    case "Mod": return 6;
    case "BitOr": return 7;
    case "Pow": return 8;
    case "RShift": return 9;
    case "Sub": return 10;
    case "Div": return 11;
    case "BitXor": return 12;
    default: return assertNever(op);
  }
}

/**
 * `compiler_annassign`: assign first; in a module or class a simple name's annotation is
 * stored in `__annotations__`; other targets' annotations are evaluated (unless postponed).
 */
function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const t = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, t);
  }
  const moduleOrClass = c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;
  switch (t._type) {
    case "Name":
      c.checkForbiddenName(t.id, "Store");
      if (s.simple && moduleOrClass) {
        if (c.opts.futureAnnotations) visitAnnotation(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.emitName(Op.LOAD_NAME, "__annotations__");
        c.loadConst(mangle(c.u.privateName, t.id));
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case "Attribute":
      c.checkForbiddenName(t.attr, "Store");
      if (!s.value) checkAnnExpr(c, t.value);
      break;
    case "Subscript":
      if (!s.value) {
        checkAnnExpr(c, t.value);
        checkAnnSubscript(c, t.slice);
      }
      break;
    default:
      throw c.error(`invalid node type (${t._type}) for annotated assignment`);
  }
  if (!s.simple && !c.opts.futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.emit(Op.POP_TOP);
}

function checkAnnSubscript(c: Compiler, e: A.expr): void {
  if (e._type === "Slice") {
    if (e.lower) checkAnnExpr(c, e.lower);
    if (e.upper) checkAnnExpr(c, e.upper);
    if (e.step) checkAnnExpr(c, e.step);
  } else if (e._type === "Tuple") {
    for (const x of e.elts) checkAnnSubscript(c, x);
  } else checkAnnExpr(c, e);
}

/** `compiler_assert`: skipped under -O. */
function compileAssert(c: Compiler, s: A.Assert): void {
  if (c.opts.optimize) return;
  const end = c.newLabel();
  jumpIf(c, s.test, end, true);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    visitExpr(c, s.msg);
    // [AssertionError, msg]: called as callable + "self" argument.
    c.emit(Op.CALL, 0);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.bind(end);
}

/** `compiler_import`. */
function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.loadConst(0n);
    c.loadConst(null);
    c.emitName(Op.IMPORT_NAME, alias.name);
    if (alias.asname) {
      importAs(c, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf(".");
      c.nameOp(dot >= 0 ? alias.name.slice(0, dot) : alias.name, "Store");
    }
  }
}

/** `compiler_import_as`: `import a.b.c as d` binds d to a.b.c through IMPORT_FROM b, c. */
function importAs(c: Compiler, name: string, asname: string): void {
  const parts = name.split(".");
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.emitNameRaw(Op.IMPORT_FROM, parts[i]);
      if (i === parts.length - 1) break;
      c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
    }
    c.nameOp(asname, "Store");
    c.emit(Op.POP_TOP);
    return;
  }
  c.nameOp(asname, "Store");
}

/** `compiler_from_import`. */
function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  c.loadConst(BigInt(s.level ?? 0));
  if (s.lineno > c.opts.futureLineno && s.module === "__future__") {
    throw c.error("from __future__ imports must occur at the beginning of the file");
  }
  c.loadConst(new ConstTuple(s.names.map((a) => a.name)));
  c.emitName(Op.IMPORT_NAME, s.module ?? "");
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name.startsWith("*")) {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, "Store");
  }
  c.emit(Op.POP_TOP);
}

// --- Control flow ---------------------------------------------------------------------------

/** `compiler_if`. */
function compileIf(c: Compiler, s: A.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.emitJump(Pseudo.JUMP, end);
    c.bind(next);
    visitStmts(c, s.orelse);
  }
  c.bind(end);
}

/** `compiler_for`: GET_ITER, then FOR_ITER to the else clause when exhausted. */
function compileFor(c: Compiler, s: A.For): void {
  const start = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(FBlockType.ForLoop, start, end, null, c.u.handler);
  visitExpr(c, s.iter);
  c.emit(Op.GET_ITER);
  c.bind(start);
  c.emitJump(Op.FOR_ITER, cleanup);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.emitJump(Pseudo.JUMP, start);
  c.bind(cleanup);
  c.popFBlock(FBlockType.ForLoop);
  visitStmts(c, s.orelse);
  c.bind(end);
}

/** `compiler_async_for`: each `__anext__` is awaited under a handler that ends the loop on StopAsyncIteration. */
function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) throw c.error("'async for' outside async function");
  const start = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.emit(Op.GET_AITER);
  c.bind(start);
  c.pushFBlock(FBlockType.ForLoop, start, end, null, c.u.handler);
  const h: Handler = c.pushHandler(HandlerKind.Finally, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.popHandler(h);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.emitJump(Pseudo.JUMP, start);
  c.popFBlock(FBlockType.ForLoop);
  c.bind(except);
  c.setLoc(s.iter);
  c.emit(Op.END_ASYNC_FOR);
  visitStmts(c, s.orelse);
  c.bind(end);
}

/** `compiler_while`: the test at the top, a jump back to it at the bottom of the body. */
function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.newLabel();
  const anchor = c.newLabel();
  const end = c.newLabel();
  c.bind(loop);
  c.pushFBlock(FBlockType.WhileLoop, loop, end, null, c.u.handler);
  jumpIf(c, s.test, anchor, false);
  visitStmts(c, s.body);
  c.unsetLoc();
  c.emitJump(Pseudo.JUMP, loop);
  c.popFBlock(FBlockType.WhileLoop);
  c.bind(anchor);
  visitStmts(c, s.orelse);
  c.bind(end);
}

export function assertNever(x: never): never {
  throw new Error(`codegen: unexpected node ${(x as { _type?: string })._type ?? String(x)}`);
}
