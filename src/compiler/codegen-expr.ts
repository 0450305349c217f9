// Code generation, part 2: expressions (CPython 3.11's `compiler_visit_expr1` and helpers):
// conditional jumps, calls, collection displays, comprehensions, lambdas, f-strings,
// assignment targets and the yield-from loop.
//
// Position rule (3.11): an expression's instructions carry the expression's own span; the
// position is restored when the expression is done, so what its parent emits afterwards carries
// the parent's span.

import type * as A from "../parser/ast";
import { BytesConst, ComplexConst, FloatConst } from "../parser/ast";
import { ConstFrozenset, ConstTuple, type Const } from "../bytecode/code";
import { CmpOp, Op } from "../bytecode/opcodes";
import { BlockType, DEF_IMPORT } from "./symtable";
import { Compiler, FBlockType, HandlerKind, Label, Pseudo, ScopeType } from "./codegen-unit";
import { assembleUnit, assertNever, binOpArg, defaultArguments, makeClosure, setArgCounts } from "./codegen";
import { unparseExpr } from "./unparse";

/** CPython's STACK_USE_GUIDELINE: above this many items, collections are built incrementally. */
const STACK_USE_GUIDELINE = 30;

/** `compiler_visit_expr`: compiles `e` with its own position, then restores the outer one. */
export function visitExpr(c: Compiler, e: A.expr): void {
  const saved = c.u.loc;
  c.setLoc(e);
  visitExpr1(c, e);
  c.u.loc = saved;
}

/** The value of a (folded) Constant node. */
function constValue(e: A.Constant): Const {
  return e.value as Const;
}

function visitExpr1(c: Compiler, e: A.expr): void {
  switch (e._type) {
    case "NamedExpr":
      visitExpr(c, e.value);
      c.emit(Op.COPY, 1);
      visitExpr(c, e.target);
      return;
    case "BoolOp":
      return compileBoolOp(c, e);
    case "BinOp":
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.emit(Op.BINARY_OP, binOpArg(e.op));
      return;
    case "UnaryOp":
      visitExpr(c, e.operand);
      c.emit(e.op === "Invert" ? Op.UNARY_INVERT : e.op === "Not" ? Op.UNARY_NOT
        : e.op === "UAdd" ? Op.UNARY_POSITIVE : Op.UNARY_NEGATIVE);
      return;
    case "Lambda":
      return compileLambda(c, e);
    case "IfExp": {
      const end = c.newLabel();
      const next = c.newLabel();
      jumpIf(c, e.test, next, false);
      visitExpr(c, e.body);
      c.emitJump(Pseudo.JUMP, end);
      c.bind(next);
      visitExpr(c, e.orelse);
      c.bind(end);
      return;
    }
    case "Dict":
      return compileDict(c, e);
    case "Set":
      return starunpackHelper(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case "GeneratorExp":
      return compileComprehension(c, e, "<genexpr>", Comp.Gen, e.generators, e.elt, null);
    case "ListComp":
      return compileComprehension(c, e, "<listcomp>", Comp.List, e.generators, e.elt, null);
    case "SetComp":
      return compileComprehension(c, e, "<setcomp>", Comp.Set, e.generators, e.elt, null);
    case "DictComp":
      return compileComprehension(c, e, "<dictcomp>", Comp.Dict, e.generators, e.key, e.value);
    case "Yield":
      if (c.u.ste.type !== BlockType.Function) throw c.error("'yield' outside function");
      if (e.value) visitExpr(c, e.value);
      else c.loadConst(null);
      emitYield(c);
      return;
    case "YieldFrom":
      if (c.u.ste.type !== BlockType.Function) throw c.error("'yield' outside function");
      if (c.u.scopeType === ScopeType.AsyncFunction) throw c.error("'yield from' inside async function");
      visitExpr(c, e.value);
      c.emit(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      addYieldFrom(c, false);
      return;
    case "Await":
      if (!c.isTopLevelAwait()) {
        if (c.u.ste.type !== BlockType.Function) throw c.error("'await' outside function");
        if (c.u.scopeType !== ScopeType.AsyncFunction && c.u.scopeType !== ScopeType.Comprehension) {
          throw c.error("'await' outside async function");
        }
      }
      visitExpr(c, e.value);
      c.emit(Op.GET_AWAITABLE, 0);
      c.loadConst(null);
      addYieldFrom(c, true);
      return;
    case "Compare":
      return compileCompare(c, e);
    case "Call":
      return compileCall(c, e);
    case "FormattedValue":
      return compileFormattedValue(c, e);
    case "JoinedStr":
      return compileJoinedStr(c, e);
    case "Constant":
      c.loadConst(constValue(e));
      return;
    case "Attribute":
      visitExpr(c, e.value);
      c.setLoc(c.locOfAttr(c.u.loc, e));
      switch (e.ctx) {
        case "Load":
          c.emitName(Op.LOAD_ATTR, e.attr);
          return;
        case "Store":
          c.checkForbiddenName(e.attr, "Store");
          c.emitName(Op.STORE_ATTR, e.attr);
          return;
        case "Del":
          c.emitName(Op.DELETE_ATTR, e.attr);
          return;
        default:
          return assertNever(e.ctx);
      }
    case "Subscript":
      visitExpr(c, e.value);
      visitExpr(c, e.slice);
      c.emit(e.ctx === "Load" ? Op.BINARY_SUBSCR : e.ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR);
      return;
    case "Starred":
      if (e.ctx === "Store") throw c.error("starred assignment target must be in a list or tuple");
      throw c.error("can't use starred expression here");
    case "Name":
      c.nameOp(e.id, e.ctx);
      return;
    case "List":
    case "Tuple":
      switch (e.ctx) {
        case "Store":
          return assignmentHelper(c, e.elts);
        case "Load":
          return starunpackHelper(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, e._type === "Tuple");
        case "Del":
          for (const x of e.elts) visitExpr(c, x);
          return;
        default:
          return assertNever(e.ctx);
      }
    case "Slice": {
      let n = 2;
      if (e.lower) visitExpr(c, e.lower);
      else c.loadConst(null);
      if (e.upper) visitExpr(c, e.upper);
      else c.loadConst(null);
      if (e.step) {
        n++;
        visitExpr(c, e.step);
      }
      c.emit(Op.BUILD_SLICE, n);
      return;
    }
    default:
      return assertNever(e);
  }
}

/** ADDOP_YIELD: an async generator wraps the value it yields (ASYNC_GEN_WRAP). */
function emitYield(c: Compiler): void {
  if (c.u.ste.generator && c.u.ste.coroutine) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE);
  c.emit(Op.RESUME, 1);
}

/**
 * The SEND loop of `yield from` and `await` (3.11's compiler_add_yield_from): on the stack are
 * the receiver and the value to send; SEND either produces a value to yield (then YIELD_VALUE,
 * RESUME, and loop back to SEND with what was sent in) or jumps to `exit` with the receiver's
 * return value in place of both.
 */
export function addYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newLabel();
  const exit = c.newLabel();
  c.bind(start);
  c.emitJump(Op.SEND, exit);
  c.emit(Op.YIELD_VALUE);
  c.emit(Op.RESUME, isAwait ? 3 : 2);
  c.emitJump(Pseudo.JUMP_NO_INTERRUPT, start);
  c.bind(exit);
}

/** A postponed annotation (`from __future__ import annotations`): its source text. */
export function visitAnnotation(c: Compiler, e: A.expr): void {
  c.loadConst(unparseExpr(e));
}

// --- Conditions -----------------------------------------------------------------------------

/** Python truth value of a constant, or null if it is not a constant. */
export function constTruth(e: A.expr): boolean | null {
  if (e._type !== "Constant") return null;
  const v = e.value as Const;
  if (v === null) return false;
  switch (typeof v) {
    case "boolean": return v;
    case "bigint": return v !== 0n;
    case "string": return v.length > 0;
    default: break;
  }
  if (v instanceof FloatConst) return v.value !== 0;
  if (v instanceof ComplexConst) return v.imag !== 0;
  if (v instanceof BytesConst) return v.value.length > 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenset) return v.items.length > 0;
  return true;
}

/**
 * `compiler_jump_if`: evaluates `e` for its truth and jumps to `next` if it is `cond`, without
 * materializing booleans for `not`, `and`/`or`, conditional expressions and chained
 * comparisons. A constant test becomes an unconditional jump or nothing (what 3.11's optimizer
 * makes of it); `x is None` becomes POP_JUMP_IF_(NOT_)NONE.
 */
export function jumpIf(c: Compiler, e: A.expr, next: Label, cond: boolean): void {
  switch (e._type) {
    case "UnaryOp":
      if (e.op === "Not") return jumpIf(c, e.operand, next, !cond);
      break;
    case "BoolOp": {
      const cond2 = e.op === "Or";
      const next2 = cond2 !== cond ? c.newLabel() : next;
      const n = e.values.length - 1;
      for (let i = 0; i < n; i++) jumpIf(c, e.values[i], next2, cond2);
      jumpIf(c, e.values[n], next, cond);
      if (next2 !== next) c.bind(next2);
      return;
    }
    case "IfExp": {
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, e.test, next2, false);
      jumpIf(c, e.body, next, cond);
      c.emitJump(Pseudo.JUMP, end);
      c.bind(next2);
      jumpIf(c, e.orelse, next, cond);
      c.bind(end);
      return;
    }
    case "Compare": {
      // Quirk kept (3.11): a comparison tested for its truth sets the position to its own span
      // and leaves it there, so the jumps and what follows in the same statement carry it.
      c.setLoc(e);
      const n = e.ops.length - 1;
      if (n > 0) {
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.emit(Op.SWAP, 2);
          c.emit(Op.COPY, 2);
          emitCompare(c, e.ops[i]);
          c.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
        }
        visitExpr(c, e.comparators[n]);
        emitCompare(c, e.ops[n]);
        c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
        const end = c.newLabel();
        c.emitJump(Pseudo.JUMP, end);
        c.bind(cleanup);
        c.emit(Op.POP_TOP);
        if (!cond) c.emitJump(Pseudo.JUMP, next);
        c.bind(end);
        return;
      }
      const op = e.ops[0];
      const right = e.comparators[0];
      if ((op === "Is" || op === "IsNot") && right._type === "Constant" && right.value === null) {
        visitExpr(c, e.left);
        const isNone = (op === "Is") === cond;
        c.emitJump(isNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, next);
        return;
      }
      break;
    }
    case "Constant": {
      // CPython's optimizer folds `LOAD_CONST; POP_JUMP_IF_x` into a NOP at the constant's
      // position and a JUMP (or a second NOP) at the position of the enclosing statement, which
      // the conditional jump had. assemble.ts then keeps at most one NOP for the line.
      const t = constTruth(e);
      const saved = c.u.loc;
      c.setLoc(e);
      c.emit(Op.NOP);
      c.u.loc = saved;
      if (t === cond) c.emitJump(Pseudo.JUMP, next);
      else c.emit(Op.NOP);
      return;
    }
    default:
      break;
  }
  visitExpr(c, e);
  c.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
}

/** `compiler_boolop`: JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP keep the deciding value. */
function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const op = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const end = c.newLabel();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]);
    c.emitJump(op, end);
  }
  visitExpr(c, e.values[n]);
  c.bind(end);
}

/** ADDOP_COMPARE. */
function emitCompare(c: Compiler, op: A.cmpop): void {
  switch (op) {
    case "Eq": c.emit(Op.COMPARE_OP, CmpOp.EQ); return;
    case "NotEq": c.emit(Op.COMPARE_OP, CmpOp.NE); return;
    case "Lt": c.emit(Op.COMPARE_OP, CmpOp.LT); return;
    case "LtE": c.emit(Op.COMPARE_OP, CmpOp.LE); return;
    case "Gt": c.emit(Op.COMPARE_OP, CmpOp.GT); return;
    case "GtE": c.emit(Op.COMPARE_OP, CmpOp.GE); return;
    case "Is": c.emit(Op.IS_OP, 0); return;
    case "IsNot": c.emit(Op.IS_OP, 1); return;
    case "In": c.emit(Op.CONTAINS_OP, 0); return;
    case "NotIn": c.emit(Op.CONTAINS_OP, 1); return;
    default: return assertNever(op);
  }
}

/** `compiler_compare`: a chain `a < b < c` keeps the middle operand with SWAP/COPY. */
function compileCompare(c: Compiler, e: A.Compare): void {
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    emitCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompare(c, e.ops[i]);
    c.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visitExpr(c, e.comparators[n]);
  emitCompare(c, e.ops[n]);
  const end = c.newLabel();
  c.emitJump(Pseudo.JUMP, end);
  c.bind(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.bind(end);
}

// --- Calls ----------------------------------------------------------------------------------

/** `validate_keywords`: no `__debug__=` and no keyword twice. */
export function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i];
    if (k.arg === null) continue;
    c.checkForbiddenName(k.arg, "Store");
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg === k.arg) throw c.error(`keyword argument repeated: ${k.arg}`, other);
    }
  }
}

/** `compiler_call`: `NULL callable args... CALL n`, or the LOAD_METHOD form. */
function compileCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeMethodCall(c, e)) return;
  c.setLoc(e.func);
  c.emit(Op.PUSH_NULL);
  c.setLoc(e);
  visitExpr(c, e.func);
  callHelper(c, 0, e.args, e.keywords);
}

/**
 * `maybe_optimize_method_call`: `obj.meth(args)` without * or ** arguments and with few arguments uses
 * LOAD_METHOD, unless `obj` is a name the module imported (a module's functions are not methods).
 */
function maybeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (meth._type !== "Attribute" || meth.ctx !== "Load") return false;
  if (meth.value._type === "Name" && (c.st.top.flags(meth.value.id) & DEF_IMPORT)) return false;
  const nargs = e.args.length;
  const nkw = e.keywords.length;
  if (nargs + nkw + (nkw ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a._type === "Starred")) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  visitExpr(c, meth.value);
  c.setLoc(c.locOfAttr(meth, meth));
  c.emitName(Op.LOAD_METHOD, meth.attr);
  for (const a of e.args) visitExpr(c, a);
  for (const k of e.keywords) visitExpr(c, k.value);
  c.setLoc(c.locOfAttr(e, meth));
  if (nkw) kwNames(c, e.keywords);
  c.emit(Op.CALL, nargs + nkw);
  return true;
}

/** KW_NAMES with the tuple of keyword names for the next CALL. */
function kwNames(c: Compiler, keywords: A.keyword[]): void {
  c.emit(Op.KW_NAMES, c.u.addConst(new ConstTuple(keywords.map((k) => k.arg!))));
}

/**
 * `compiler_call_helper`: `n` arguments are already on the stack (2 for a class: the body
 * function and the name). Simple calls use CALL (with KW_NAMES); calls with * or ** or many
 * arguments build a tuple and a dict for CALL_FUNCTION_EX.
 */
export function callHelper(c: Compiler, n: number, args: A.expr[], keywords: A.keyword[]): void {
  const nelts = args.length;
  const nkw = keywords.length;
  const simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
    && !args.some((a) => a._type === "Starred") && !keywords.some((k) => k.arg === null);
  if (simple) {
    for (const a of args) visitExpr(c, a);
    for (const k of keywords) visitExpr(c, k.value);
    if (nkw) kwNames(c, keywords);
    c.emit(Op.CALL, n + nelts + nkw);
    return;
  }
  // Positional arguments as one tuple.
  if (n === 0 && nelts === 1 && args[0]._type === "Starred") visitExpr(c, (args[0] as A.Starred).value);
  else starunpackHelper(c, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  // Keyword arguments as one dict.
  if (nkw) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkw; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subKwargs(c, keywords, i - nseen, i);
          if (haveDict) c.emit(Op.DICT_MERGE, 1);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        visitExpr(c, kw.value);
        c.emit(Op.DICT_MERGE, 1);
      } else nseen++;
    }
    if (nseen) {
      subKwargs(c, keywords, nkw - nseen, nkw);
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
    }
  }
  c.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

/** `compiler_subkwargs`: a dict of keywords[begin:end]. */
function subKwargs(c: Compiler, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    c.loadConst(new ConstTuple(keywords.slice(begin, end).map((k) => k.arg!)));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    c.loadConst(keywords[i].arg!);
    visitExpr(c, keywords[i].value);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

// --- Displays -------------------------------------------------------------------------------

function allConstant(elts: readonly (A.expr | null)[], begin = 0, end = elts.length): boolean {
  for (let i = begin; i < end; i++) {
    const x = elts[i];
    if (x === null || x._type !== "Constant") return false;
  }
  return true;
}

/**
 * `starunpack_helper`: a list, tuple or set display (or a call's positional arguments) with
 * `pushed` items already on the stack. Constant displays load a folded tuple; starred items and
 * big displays build the collection incrementally.
 */
export function starunpackHelper(c: Compiler, elts: A.expr[], pushed: number, build: Op, add: Op, extend: Op, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConstant(elts)) {
    const items = elts.map((x) => constValue(x as A.Constant));
    if (tuple && !pushed) {
      c.loadConst(new ConstTuple(items));
    } else {
      c.emit(build, pushed);
      c.loadConst(add === Op.SET_ADD ? new ConstFrozenset(items) : new ConstTuple(items));
      c.emit(extend, 1);
      if (tuple) c.emit(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => x._type === "Starred");
  if (!seenStar && !big) {
    for (const x of elts) visitExpr(c, x);
    c.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const x = elts[i];
    if (x._type === "Starred") {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      visitExpr(c, x.value);
      c.emit(extend, 1);
    } else {
      visitExpr(c, x);
      if (built) c.emit(add, 1);
    }
  }
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

/** `compiler_dict`: runs of key/value pairs become maps merged with DICT_UPDATE, `**x` too. */
function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.values.length;
  let elements = 0;
  let haveDict = false;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subDict(c, e, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      visitExpr(c, e.values[i]);
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subDict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subDict(c, e, n - elements, n);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

/** `compiler_subdict`: a map of entries [begin, end). */
function subDict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big && allConstant(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    c.loadConst(new ConstTuple(e.keys.slice(begin, end).map((k) => constValue(k as A.Constant))));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

/** `compiler_joined_str`: BUILD_STRING, or `''.join([...])` for long f-strings. */
function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("");
    c.emitName(Op.LOAD_METHOD, "join");
    c.emit(Op.BUILD_LIST, 0);
    for (const v of e.values) {
      visitExpr(c, v);
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL, 1);
    return;
  }
  for (const v of e.values) visitExpr(c, v);
  if (n !== 1) c.emit(Op.BUILD_STRING, n);
}

/** `compiler_formatted_value`: FORMAT_VALUE with the conversion (1 s, 2 r, 3 a) | 4 if a spec. */
function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  visitExpr(c, e.value);
  let arg: number;
  switch (e.conversion) {
    case -1: arg = 0; break;
    case 115: arg = 1; break; // 's'
    case 114: arg = 2; break; // 'r'
    case 97: arg = 3; break; // 'a'
    default: throw c.error(`Unrecognized conversion character ${e.conversion}`);
  }
  if (e.format_spec) {
    visitExpr(c, e.format_spec);
    arg |= 4;
  }
  c.emit(Op.FORMAT_VALUE, arg);
}

// --- Assignment targets ---------------------------------------------------------------------

/** `unpack_helper`: UNPACK_SEQUENCE n, or UNPACK_EX before | after << 8 with one starred target. */
function unpackHelper(c: Compiler, elts: A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const x = elts[i];
    if (x._type === "Starred" && !seenStar) {
      // 8 bits for the targets before the star; the ones after must fit the rest of the argument.
      if (i >= 1 << 8 || n - i - 1 >= 1 << 16) throw c.error("too many expressions in star-unpacking assignment");
      c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (x._type === "Starred") {
      throw c.error("multiple starred expressions in assignment");
    }
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
}

/** `assignment_helper`: unpack, then store each target left to right. */
export function assignmentHelper(c: Compiler, elts: A.expr[]): void {
  unpackHelper(c, elts);
  for (const x of elts) visitExpr(c, x._type === "Starred" ? x.value : x);
}


// --- Lambdas and comprehensions -------------------------------------------------------------

/** `compiler_lambda`. */
function compileLambda(c: Compiler, e: A.Lambda): void {
  const args = e.args;
  for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
    c.checkForbiddenName(a.arg, "Store");
  }
  const flags = defaultArguments(c, args);
  c.enterScope("<lambda>", ScopeType.Lambda, e, e.lineno);
  // None is the first constant, so a lambda never has a docstring.
  c.u.addConst(null);
  setArgCounts(c, args);
  visitExpr(c, e.body);
  c.emit(Op.RETURN_VALUE);
  const co = assembleUnit(c);
  c.exitScope();
  makeClosure(c, co, flags);
}

const enum Comp { List, Set, Dict, Gen }

/**
 * `compiler_comprehension`: the comprehension is a function of one argument (`.0`, the
 * iterator of the outermost iterable, evaluated in the enclosing scope) called at once.
 */
function compileComprehension(
  c: Compiler, e: A.expr, name: string, type: Comp, generators: A.comprehension[], elt: A.expr, val: A.expr | null,
): void {
  const outermost = generators[0];
  const outerScope = c.u.scopeType;
  const topLevelAwait = c.isTopLevelAwait();
  c.enterScope(name, ScopeType.Comprehension, e, e.lineno);
  c.setLoc(e);
  const isAsyncGenerator = c.u.ste.coroutine;
  if (isAsyncGenerator && type !== Comp.Gen && outerScope !== ScopeType.AsyncFunction
    && outerScope !== ScopeType.Comprehension && !topLevelAwait) {
    throw c.error("asynchronous comprehension outside of an asynchronous function");
  }
  if (type !== Comp.Gen) c.emit(type === Comp.List ? Op.BUILD_LIST : type === Comp.Set ? Op.BUILD_SET : Op.BUILD_MAP, 0);
  comprehensionGenerator(c, generators, 0, 0, elt, val, type);
  if (type !== Comp.Gen) c.emit(Op.RETURN_VALUE);
  else {
    c.loadConst(null);
    c.emit(Op.RETURN_VALUE);
  }
  const co = assembleUnit(c);
  c.exitScope();
  if (topLevelAwait && isAsyncGenerator) c.u.ste.coroutine = true;
  makeClosure(c, co, 0);
  visitExpr(c, outermost.iter);
  c.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
  // [function, iterator]: called as callable + "self" argument.
  c.emit(Op.CALL, 0);
  if (isAsyncGenerator && type !== Comp.Gen) {
    c.emit(Op.GET_AWAITABLE, 0);
    c.loadConst(null);
    addYieldFrom(c, true);
  }
}

function comprehensionGenerator(
  c: Compiler, gens: A.comprehension[], index: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp,
): void {
  if (gens[index].is_async) asyncComprehensionGenerator(c, gens, index, depth, elt, val, type);
  else syncComprehensionGenerator(c, gens, index, depth, elt, val, type);
}

/** The innermost body: yield or add the element to the collection `depth + 1` items down. */
function comprehensionElement(c: Compiler, depth: number, elt: A.expr, val: A.expr | null, type: Comp): void {
  switch (type) {
    case Comp.Gen:
      visitExpr(c, elt);
      emitYield(c);
      c.emit(Op.POP_TOP);
      return;
    case Comp.List:
      visitExpr(c, elt);
      c.emit(Op.LIST_APPEND, depth + 1);
      return;
    case Comp.Set:
      visitExpr(c, elt);
      c.emit(Op.SET_ADD, depth + 1);
      return;
    case Comp.Dict:
      // {k: v}: the key is evaluated first (3.8+).
      visitExpr(c, elt);
      visitExpr(c, val!);
      c.emit(Op.MAP_ADD, depth + 1);
      return;
    default:
      return assertNever(type);
  }
}

function syncComprehensionGenerator(
  c: Compiler, gens: A.comprehension[], index: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp,
): void {
  let start: Label | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = gens[index];
  if (index === 0) {
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    // `for y in [expr]` binds y to expr without a loop (the temporary-variable idiom).
    const it = gen.iter;
    const elts = it._type === "List" || it._type === "Tuple" ? it.elts : null;
    if (elts && elts.length === 1 && elts[0]._type !== "Starred") {
      visitExpr(c, elts[0]);
      start = null;
    } else {
      visitExpr(c, it);
      c.emit(Op.GET_ITER);
    }
  }
  if (start) {
    depth++;
    c.bind(start);
    c.emitJump(Op.FOR_ITER, anchor);
  }
  visitExpr(c, gen.target);
  for (const test of gen.ifs) jumpIf(c, test, ifCleanup, false);
  if (index + 1 < gens.length) comprehensionGenerator(c, gens, index + 1, depth, elt, val, type);
  else comprehensionElement(c, depth, elt, val, type);
  c.bind(ifCleanup);
  if (start) {
    c.emitJump(Pseudo.JUMP, start);
    c.bind(anchor);
  }
}

function asyncComprehensionGenerator(
  c: Compiler, gens: A.comprehension[], index: number, depth: number, elt: A.expr, val: A.expr | null, type: Comp,
): void {
  const start = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = gens[index];
  if (index === 0) {
    c.u.argcount = 1;
    c.emit(Op.LOAD_FAST, 0);
  } else {
    visitExpr(c, gen.iter);
    c.emit(Op.GET_AITER);
  }
  c.bind(start);
  c.pushFBlock(FBlockType.AsyncComprehensionGenerator, start, null, null, c.u.handler);
  const h = c.pushHandler(HandlerKind.Finally, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(null);
  addYieldFrom(c, true);
  c.popHandler(h);
  visitExpr(c, gen.target);
  for (const test of gen.ifs) jumpIf(c, test, ifCleanup, false);
  depth++;
  if (index + 1 < gens.length) comprehensionGenerator(c, gens, index + 1, depth, elt, val, type);
  else comprehensionElement(c, depth, elt, val, type);
  c.bind(ifCleanup);
  c.emitJump(Pseudo.JUMP, start);
  c.popFBlock(FBlockType.AsyncComprehensionGenerator);
  c.bind(except);
  c.emit(Op.END_ASYNC_FOR);
}
