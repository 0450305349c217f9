// Code generation, part 3: exception handling and leaving blocks early (CPython 3.11's
// compiler_try_except, compiler_try_finally, compiler_try_star_*, compiler_with,
// compiler_unwind_fblock*, compiler_return/break/continue).
//
// Handler regions: `pushHandler` starts one (3.11's SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH);
// assigning `c.u.handler` to an outer handler ends regions (3.11's POP_BLOCK). Each handler is
// entered with the stack cut to its recorded depth, plus the raising instruction's index
// (`lasti`, for Cleanup and With handlers), plus the exception.
//
// Stack shapes (top last):
//   try body                    [..]                     handler `except` gets [.., exc]
//   except dispatch             [.., prev_exc, exc]      after PUSH_EXC_INFO
//   except body                 [.., prev_exc]           POP_EXCEPT restores prev_exc on exit
//   except* dispatch            [.., prev_exc, orig, raised_list, rest]
//   finally (exception path)    [.., prev_exc, exc]      RERAISE 0 at its end
//   with body                   [.., exit]               exit is the bound __exit__
//   with handler                [.., exit, lasti, prev_exc, exc] then WITH_EXCEPT_START
//   cleanup handlers            [.., prev_exc, lasti, exc]: COPY 3; POP_EXCEPT; RERAISE 1
//
// The normal path of a `finally` is a copy of its body; so is every `return`, `break` and
// `continue` that leaves a try-finally (the body is compiled again at that point).

import type * as A from "../parser/ast";
import { Op } from "../bytecode/opcodes";
import type { Const } from "../bytecode/code";
import { BlockType } from "./symtable";
import { Compiler, FBlock, FBlockType, Handler, HandlerKind, Pseudo } from "./codegen-unit";
import { visitStmts } from "./codegen";
import { addYieldFrom, visitExpr } from "./codegen-expr";

/** POP_EXCEPT_AND_RERAISE: the shape of every cleanup handler. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

/** `__exit__(None, None, None)`: [exit, None, None, None] is called as callable + self + 2 args. */
function callExitWithNones(c: Compiler): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.emit(Op.CALL, 2);
}

// --- try ------------------------------------------------------------------------------------

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) tryFinally(c, s, false);
  else tryExcept(c, s);
}

export function compileTryStar(c: Compiler, s: A.TryStar): void {
  if (s.finalbody.length) tryFinally(c, s, true);
  else tryStarExcept(c, s);
}

/** `compiler_try_finally`: the finally body once for the normal path, once as the handler. */
function tryFinally(c: Compiler, s: A.Try | A.TryStar, star: boolean): void {
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  const outer = c.u.handler;
  const h = c.pushHandler(HandlerKind.Finally, end);
  c.pushFBlock(FBlockType.FinallyTry, null, end, s.finalbody, outer);
  if (s.handlers.length) {
    if (star) tryStarExcept(c, s);
    else tryExcept(c, s);
  } else visitStmts(c, s.body);
  c.popHandler(h);
  c.popFBlock(FBlockType.FinallyTry);
  visitStmts(c, s.finalbody);
  c.emitJump(Pseudo.JUMP, exit);
  // The exception path.
  c.bind(end);
  c.unsetLoc();
  c.pushHandler(HandlerKind.Cleanup, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.FinallyEnd, null, null, null, outer);
  visitStmts(c, s.finalbody);
  c.popFBlock(FBlockType.FinallyEnd);
  c.emit(Op.RERAISE, 0);
  c.u.handler = outer;
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
}

/** `compiler_try_except`: body, else, then the handlers tested in order. */
function tryExcept(c: Compiler, s: A.Try | A.TryStar): void {
  const except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const outer = c.u.handler;
  const h = c.pushHandler(HandlerKind.Finally, except);
  c.pushFBlock(FBlockType.TryExcept, null, null, null, outer);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TryExcept);
  c.popHandler(h);
  visitStmts(c, s.orelse);
  c.emitJump(Pseudo.JUMP, end);
  c.bind(except);
  c.unsetLoc();
  const hc = c.pushHandler(HandlerKind.Cleanup, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.ExceptionHandler, null, null, null, outer);
  const n = s.handlers.length;
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    c.setLoc(handler);
    if (!handler.type && i < n - 1) throw c.error("default 'except:' must be last");
    const next = c.newLabel();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.emitJump(Op.POP_JUMP_IF_FALSE, next);
    }
    if (handler.name) {
      // except E as name: the body runs in a try-finally that unbinds the name.
      const cleanupEnd = c.newLabel();
      c.nameOp(handler.name, "Store");
      c.pushHandler(HandlerKind.Cleanup, cleanupEnd);
      c.pushFBlock(FBlockType.HandlerCleanup, null, null, handler.name, outer);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HandlerCleanup);
      c.unsetLoc();
      c.u.handler = outer;
      c.emit(Op.POP_EXCEPT);
      c.loadConst(null);
      c.nameOp(handler.name, "Store");
      c.nameOp(handler.name, "Del");
      c.emitJump(Pseudo.JUMP, end);
      c.bind(cleanupEnd);
      c.u.handler = hc;
      c.unsetLoc();
      c.loadConst(null);
      c.nameOp(handler.name, "Store");
      c.nameOp(handler.name, "Del");
      c.emit(Op.RERAISE, 1);
    } else {
      c.emit(Op.POP_TOP); // the exception
      c.pushFBlock(FBlockType.HandlerCleanup, null, null, null, outer);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HandlerCleanup);
      c.unsetLoc();
      c.u.handler = outer;
      c.emit(Op.POP_EXCEPT);
      c.emitJump(Pseudo.JUMP, end);
    }
    c.bind(next);
    c.u.handler = hc;
  }
  c.unsetLoc();
  c.popFBlock(FBlockType.ExceptionHandler);
  c.emit(Op.RERAISE, 0);
  c.u.handler = outer;
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(end);
}

/**
 * `compiler_try_star_except`: each `except*` clause splits the remaining exception group
 * (CHECK_EG_MATCH); exceptions raised by the clauses are collected in a list, and
 * PREP_RERAISE_STAR combines them with what no clause matched into the group to re-raise.
 */
function tryStarExcept(c: Compiler, s: A.Try | A.TryStar): void {
  const except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  const outer = c.u.handler;
  const h = c.pushHandler(HandlerKind.Finally, except);
  c.pushFBlock(FBlockType.TryExcept, null, null, null, outer);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TryExcept);
  c.popHandler(h);
  c.emitJump(Pseudo.JUMP, orelse);
  c.bind(except);
  c.unsetLoc();
  const hc = c.pushHandler(HandlerKind.Cleanup, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFBlock(FBlockType.ExceptionGroupHandler, null, null, null, outer);
  const n = s.handlers.length;
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    c.setLoc(handler);
    const next = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // [prev_exc, exc] -> [prev_exc, orig, [], rest]
      c.emit(Op.COPY, 1);
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.emit(Op.CHECK_EG_MATCH);
      c.emit(Op.COPY, 1);
      c.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newLabel();
    if (handler.name) c.nameOp(handler.name, "Store");
    else c.emit(Op.POP_TOP); // the match
    const hn = c.pushHandler(HandlerKind.Cleanup, cleanupEnd);
    c.pushFBlock(FBlockType.HandlerCleanup, null, null, handler.name, outer);
    visitStmts(c, handler.body);
    c.popFBlock(FBlockType.HandlerCleanup);
    c.unsetLoc();
    c.popHandler(hn);
    if (handler.name) {
      c.loadConst(null);
      c.nameOp(handler.name, "Store");
      c.nameOp(handler.name, "Del");
    }
    c.emitJump(Pseudo.JUMP, next);
    // An exception raised in the clause joins the list (3 down, under rest and lasti).
    c.bind(cleanupEnd);
    c.unsetLoc();
    if (handler.name) {
      c.loadConst(null);
      c.nameOp(handler.name, "Store");
      c.nameOp(handler.name, "Del");
    }
    c.emit(Op.LIST_APPEND, 3);
    c.emit(Op.POP_TOP); // lasti
    c.emitJump(Pseudo.JUMP, next);
    if (handler.type) {
      c.bind(noMatch);
      c.emit(Op.POP_TOP); // the None match
    }
    c.bind(next);
    if (i === n - 1) {
      // What no clause matched joins the list too.
      c.emit(Op.LIST_APPEND, 1);
      c.emitJump(Pseudo.JUMP, reraiseStar);
    }
  }
  c.unsetLoc();
  c.popFBlock(FBlockType.ExceptionGroupHandler);
  const reraise = c.newLabel();
  c.bind(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  c.emit(Op.POP_TOP);
  c.u.handler = outer;
  c.emit(Op.POP_EXCEPT);
  c.emitJump(Pseudo.JUMP, end);
  c.bind(reraise);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(orelse);
  visitStmts(c, s.orelse);
  c.bind(end);
}

// --- with -----------------------------------------------------------------------------------

/**
 * `compiler_with` / `compiler_async_with` for items[pos:]: BEFORE_WITH leaves [exit, enter
 * result]; the body runs under a With handler; the normal exit calls exit(None, None, None).
 */
export function compileWith(c: Compiler, s: A.With | A.AsyncWith, pos: number, isAsync: boolean): void {
  const item = s.items[pos];
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  if (isAsync) {
    c.emit(Op.BEFORE_ASYNC_WITH);
    c.emit(Op.GET_AWAITABLE, 1);
    c.loadConst(null);
    addYieldFrom(c, true);
  } else c.emit(Op.BEFORE_WITH);
  const outer = c.u.handler;
  const h = c.pushHandler(HandlerKind.With, final);
  c.pushFBlock(isAsync ? FBlockType.AsyncWith : FBlockType.With, null, final, s, outer);
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos + 1, isAsync);
  c.unsetLoc();
  c.popHandler(h);
  c.popFBlock(isAsync ? FBlockType.AsyncWith : FBlockType.With);
  c.setLoc(s);
  callExitWithNones(c);
  if (isAsync) awaitExitResult(c);
  c.emit(Op.POP_TOP);
  c.emitJump(Pseudo.JUMP, exit);
  // The exception path: [exit, lasti, exc] -> WITH_EXCEPT_START calls exit(type, exc, tb).
  c.bind(final);
  const hc = c.pushHandler(HandlerKind.Cleanup, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  if (isAsync) awaitExitResult(c);
  withExceptFinish(c, cleanup, hc, outer);
  c.bind(exit);
}

function awaitExitResult(c: Compiler): void {
  c.emit(Op.GET_AWAITABLE, 2);
  c.loadConst(null);
  addYieldFrom(c, true);
}

/** `compiler_with_except_finish`: a true exit result swallows the exception, else RERAISE 2. */
function withExceptFinish(c: Compiler, cleanup: ReturnType<Compiler["newLabel"]>, hc: Handler, outer: Handler | null): void {
  c.unsetLoc();
  const exit = c.newLabel();
  c.emitJump(Op.POP_JUMP_IF_TRUE, exit);
  c.emit(Op.RERAISE, 2);
  c.u.handler = outer;
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
  c.u.handler = hc;
  c.emit(Op.POP_TOP); // the exception
  c.u.handler = outer;
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP); // lasti
  c.emit(Op.POP_TOP); // exit
}

// --- Leaving blocks -------------------------------------------------------------------------

/**
 * `compiler_unwind_fblock`: the code that leaving `fb` early needs. `preserveTos`: a return
 * value is on top of the stack and must stay there.
 */
function unwindFBlock(c: Compiler, fb: FBlock, preserveTos: boolean): void {
  switch (fb.type) {
    case FBlockType.WhileLoop:
    case FBlockType.ExceptionHandler:
    case FBlockType.ExceptionGroupHandler:
    case FBlockType.AsyncComprehensionGenerator:
      return;
    case FBlockType.ForLoop:
      // Pop the iterator.
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
    case FBlockType.TryExcept:
      c.u.handler = fb.outer;
      return;
    case FBlockType.FinallyTry:
      c.u.handler = fb.outer;
      if (preserveTos) c.pushFBlock(FBlockType.PopValue, null, null, null, c.u.handler);
      visitStmts(c, fb.datum as A.stmt[]);
      if (preserveTos) c.popFBlock(FBlockType.PopValue);
      // What follows seems to run after the statement that caused the unwinding.
      c.unsetLoc();
      return;
    case FBlockType.FinallyEnd:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP); // the exception
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.u.handler = fb.outer;
      c.emit(Op.POP_EXCEPT);
      return;
    case FBlockType.With:
    case FBlockType.AsyncWith:
      c.setLoc(fb.datum as A.stmt);
      c.u.handler = fb.outer;
      if (preserveTos) c.emit(Op.SWAP, 2);
      callExitWithNones(c);
      if (fb.type === FBlockType.AsyncWith) awaitExitResult(c);
      c.emit(Op.POP_TOP);
      c.unsetLoc();
      return;
    case FBlockType.HandlerCleanup:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.u.handler = fb.outer;
      c.emit(Op.POP_EXCEPT);
      if (fb.datum !== null) {
        c.loadConst(null);
        c.nameOp(fb.datum as string, "Store");
        c.nameOp(fb.datum as string, "Del");
      }
      return;
    case FBlockType.PopValue:
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
    default: {
      const never: never = fb.type;
      throw new Error(`codegen: unknown fblock ${String(never)}`);
    }
  }
}

/**
 * `compiler_unwind_fblock_stack`: unwinds from the innermost block outwards, stopping at the
 * innermost loop when `wantLoop` (which is returned). The blocks are popped while their unwind
 * code is emitted, so a `return` inside a copied finally body does not run it again.
 */
function unwindFBlockStack(c: Compiler, preserveTos: boolean, wantLoop: boolean): FBlock | null {
  const fbs = c.u.fblocks;
  if (!fbs.length) return null;
  const top = fbs[fbs.length - 1];
  if (top.type === FBlockType.ExceptionGroupHandler) {
    throw c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (wantLoop && (top.type === FBlockType.WhileLoop || top.type === FBlockType.ForLoop)) return top;
  fbs.pop();
  try {
    unwindFBlock(c, top, preserveTos);
    return unwindFBlockStack(c, preserveTos, wantLoop);
  } finally {
    fbs.push(top);
  }
}

/** `compiler_return`. */
export function compileReturn(c: Compiler, s: A.Return): void {
  const value = s.value;
  const preserveTos = value !== null && value._type !== "Constant";
  if (c.u.ste.type !== BlockType.Function) throw c.error("'return' outside function");
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) throw c.error("'return' with value in async generator");
  // Positions as 3.11: a constant return value lends its span to the LOAD_CONST and
  // RETURN_VALUE (unless it starts on another line than the statement); otherwise the
  // statement's span. After a finally body was copied in, they are artificial.
  if (preserveTos) visitExpr(c, value);
  else if (value !== null) {
    c.setLoc(value);
    c.emit(Op.NOP);
  }
  if (value === null || value.lineno !== s.lineno) {
    c.setLoc(s);
    c.emit(Op.NOP);
  }
  const saved = c.u.handler;
  unwindFBlockStack(c, preserveTos, false);
  if (value === null) c.loadConst(null);
  else if (!preserveTos) c.loadConst((value as A.Constant).value as Const);
  c.emit(Op.RETURN_VALUE);
  c.u.handler = saved;
}

/** `compiler_break`. */
export function compileBreak(c: Compiler, s: A.Break): void {
  const saved = c.u.handler;
  const loc = s as A.Located;
  c.emit(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) throw c.error("'break' outside loop", loc);
  unwindFBlock(c, loop, false);
  c.emitJump(Pseudo.JUMP, loop.exit!);
  c.u.handler = saved;
}

/** `compiler_continue`. */
export function compileContinue(c: Compiler, s: A.Continue): void {
  const saved = c.u.handler;
  const loc = s as A.Located;
  c.emit(Op.NOP);
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) throw c.error("'continue' not properly in loop", loc);
  c.emitJump(Pseudo.JUMP, loop.block!);
  c.u.handler = saved;
}
