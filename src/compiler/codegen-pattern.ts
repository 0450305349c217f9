// Code generation, part 4: the match statement (CPython 3.11's compiler_match and
// compiler_pattern_*), with its compile-time errors.
//
// How a case is compiled: the subject is on the stack (copied for every case but the last).
// A pattern consumes its subject and either falls through on success, with the values of the
// names it captures on the stack (below whatever else it keeps), or jumps to a failure label.
// Failure labels form a ladder (`failPop[n]` pops n items, then falls into `failPop[n-1]` ...),
// where n counts the captured values plus the items the pattern still keeps on the stack
// (`onTop`). When the case matched, the captured values are stored in capture order.

import type * as A from "../parser/ast";
import { BytesConst, FloatConst, ComplexConst } from "../parser/ast";
import { reprBytes, reprComplex, reprFloat, reprStr } from "../parser/constrepr";
import { ConstTuple, type Const } from "../bytecode/code";
import { BinOp, CmpOp, Op } from "../bytecode/opcodes";
import { Compiler, Label, Pseudo } from "./codegen-unit";
import { visitStmts, assertNever } from "./codegen";
import { jumpIf, visitExpr } from "./codegen-expr";

interface PatternContext {
  /** Names captured so far, in the order their values sit on the stack (bottom first). */
  stores: string[];
  /** An irrefutable pattern is allowed here (last case, guarded case, or a sub-pattern). */
  allowIrrefutable: boolean;
  failPop: Label[];
  /** Items above the captured values that a failure must pop. */
  onTop: number;
}

/** `_` */
function isWildcard(p: A.pattern): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null;
}

/** `*_` */
function isWildcardStar(p: A.pattern): boolean {
  return p._type === "MatchStar" && p.name === null;
}

/** `compiler_match`. */
export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  // A trailing `case _:` needs no copy of the subject nor failure path.
  const hasDefault = isWildcard(last.pattern) && cases > 1 ? 1 : 0;
  for (let i = 0; i < cases - hasDefault; i++) {
    const m = s.cases[i];
    c.setLoc(m.pattern);
    const copy = i !== cases - hasDefault - 1;
    if (copy) c.emit(Op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, "Store");
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (copy) c.emit(Op.POP_TOP);
    visitStmts(c, m.body);
    c.emitJump(Pseudo.JUMP, end);
    // The cleanup belongs to the pattern that failed, not to the body's last line.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = s.cases[cases - 1];
    c.setLoc(m.pattern);
    if (cases === 1) c.emit(Op.POP_TOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.bind(end);
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(c.newLabel());
}

/** Jumps (with `op`) to the failure label that pops everything the pattern has pushed. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op | Pseudo): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emitJump(op, pc.failPop[pops]);
}

/** Emits the failure ladder: failPop[n] ... failPop[1] each POP_TOP, then failPop[0]. */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.bind(pc.failPop[i]);
    c.emit(Op.POP_TOP);
  }
  c.bind(pc.failPop[0]);
  pc.failPop = [];
}

/** Moves the top of the stack down to position `count` (1 = top). */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

/** `pattern_helper_store_name`: keep the value (below what is on top) to store it later. */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  c.checkForbiddenName(name, "Store");
  if (pc.stores.includes(name)) throw c.error(`multiple assignments to name ${reprStr(name)} in pattern`);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

/** `compiler_pattern_subpattern`: sub-patterns may always be irrefutable. */
function compileSubpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

/** `compiler_pattern`: the position is left at the pattern (errors after it report it). */
function compilePattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case "MatchValue":
      if (!isValueExpr(p.value)) throw c.error("patterns may only match literals and attribute lookups");
      visitExpr(c, p.value);
      c.emit(Op.COMPARE_OP, CmpOp.EQ);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSingleton":
      if (p.value === null) {
        // 3.11's optimizer form of `LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE`.
        jumpToFailPop(c, pc, Op.POP_JUMP_IF_NOT_NONE);
        return;
      }
      c.loadConst(p.value);
      c.emit(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      return compileSequence(c, p, pc);
    case "MatchMapping":
      return compileMapping(c, p, pc);
    case "MatchClass":
      return compileClassPattern(c, p, pc);
    case "MatchStar":
      return storeName(c, p.name, pc);
    case "MatchAs":
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null) throw c.error(`name capture ${reprStr(p.name)} makes remaining patterns unreachable`);
          throw c.error("wildcard makes remaining patterns unreachable");
        }
        return storeName(c, p.name, pc);
      }
      // Keep a copy of the subject to store it once the sub-pattern matched.
      pc.onTop++;
      c.emit(Op.COPY, 1);
      compilePattern(c, p.pattern, pc);
      pc.onTop--;
      storeName(c, p.name, pc);
      return;
    case "MatchOr":
      return compileOr(c, p, pc);
    default:
      return assertNever(p);
  }
}

/**
 * MATCH_VALUE_EXPR: a literal or an attribute. CPython's AST optimizer has folded signed and
 * complex literals (`-1`, `1+2j`) into constants by now; Typhon's folder leaves complex
 * arithmetic alone, so those literal forms are accepted as they are.
 */
function isValueExpr(e: A.expr): boolean {
  if (e._type === "Constant" || e._type === "Attribute") return true;
  if (e._type === "UnaryOp" && e.op === "USub") return isValueExpr(e.operand) && e.operand._type !== "Attribute";
  if (e._type === "BinOp" && (e.op === "Add" || e.op === "Sub")) {
    return e.left._type !== "Attribute" && e.right._type === "Constant" && isValueExpr(e.left);
  }
  return false;
}

/** `compiler_pattern_sequence`. */
function compileSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === "MatchStar") {
      if (star >= 0) throw c.error("multiple starred names in sequence pattern");
      starWildcard = isWildcardStar(q);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && isWildcard(q);
  }
  // The subject stays on the stack during the type and length checks.
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.emit(Op.COMPARE_OP, CmpOp.EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(BigInt(size - 1));
    c.emit(Op.COMPARE_OP, CmpOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscr(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, star, pc);
  }
}

/** `pattern_helper_sequence_unpack`: UNPACK_SEQUENCE / UNPACK_EX, then each item's pattern. */
function sequenceUnpack(c: Compiler, patterns: A.pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  if (star < 0) c.emit(Op.UNPACK_SEQUENCE, size);
  else {
    if (star >= 1 << 8 || size - star - 1 >= 1 << 16) throw c.error("too many expressions in star-unpacking assignment");
    c.emit(Op.UNPACK_EX, star + ((size - star - 1) << 8));
  }
  pc.onTop += size;
  for (const q of patterns) {
    pc.onTop--;
    compileSubpattern(c, q, pc);
  }
}

/**
 * `pattern_helper_sequence_subscr`: with a `*_` wildcard, items are fetched by index (from the
 * end through len() for those after the star) instead of unpacking the whole sequence.
 */
function sequenceSubscr(c: Compiler, patterns: A.pattern[], star: number, pc: PatternContext): void {
  const size = patterns.length;
  pc.onTop++;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (isWildcard(q) || i === star) continue;
    c.emit(Op.COPY, 1);
    if (i < star) c.loadConst(BigInt(i));
    else {
      // The subject may not support negative indexes.
      c.emit(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      c.emit(Op.BINARY_OP, BinOp.SUBTRACT);
    }
    c.emit(Op.BINARY_SUBSCR);
    compileSubpattern(c, q, pc);
  }
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

/** A key of a mapping pattern, for the duplicate check: Python equality of constants. */
function keyIdentity(v: Const): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean": return "n" + (v ? "1" : "0");
    case "bigint": return "n" + v.toString();
    case "string": return "s" + v;
    default: break;
  }
  if (v instanceof FloatConst) return Number.isInteger(v.value) ? "n" + BigInt(v.value).toString() : "f" + String(v.value);
  if (v instanceof ComplexConst) return v.imag === 0 ? "n0" : "c" + String(v.imag);
  if (v instanceof BytesConst) return "b" + Array.from(v.value).join(",");
  return "?" + String(v);
}

function reprConst(v: Const): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "string": return reprStr(v);
    default: break;
  }
  if (v instanceof FloatConst) return reprFloat(v.value);
  if (v instanceof ComplexConst) return reprComplex(0, v.imag);
  if (v instanceof BytesConst) return reprBytes(v.value);
  return "Ellipsis";
}

/** `compiler_pattern_mapping`. */
function compileMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  const size = keys.length;
  if (size !== patterns.length) throw c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  const starTarget = p.rest;
  // The subject stays on the stack during the checks.
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    // `{}`: done; pop the subject.
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size) {
    c.emit(Op.GET_LEN);
    c.loadConst(BigInt(size));
    c.emit(Op.COMPARE_OP, CmpOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  let allConst = true;
  for (const key of keys) {
    if (key._type === "Constant") {
      const id = keyIdentity(key.value as Const);
      if (seen.has(id)) throw c.error(`mapping pattern checks duplicate key (${reprConst(key.value as Const)})`);
      seen.add(id);
    } else if (key._type !== "Attribute" && !isValueExpr(key)) {
      throw c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    if (key._type !== "Constant") allConst = false;
  }
  if (allConst) {
    // The optimizer's form of BUILD_TUPLE over constants.
    c.loadConst(new ConstTuple(keys.map((k) => (k as A.Constant).value as Const)));
  } else {
    for (const key of keys) visitExpr(c, key);
    c.emit(Op.BUILD_TUPLE, size);
  }
  c.emit(Op.MATCH_KEYS);
  // [subject, keys, values-or-None]
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_NONE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of patterns) {
    pc.onTop--;
    compileSubpattern(c, q, pc);
  }
  // Matched: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (starTarget) {
    // rest = dict(subject); del rest[key] for each key
    c.emit(Op.BUILD_MAP, 0); //           [subject, keys, empty]
    c.emit(Op.SWAP, 3); //                [empty, keys, subject]
    c.emit(Op.DICT_UPDATE, 2); //         [copy, keys]
    c.emit(Op.UNPACK_SEQUENCE, size); //  [copy, keys...]
    for (let n = size; n > 0; n--) {
      c.emit(Op.COPY, 1 + n); //          [copy, keys..., copy]
      c.emit(Op.SWAP, 2); //              [copy, keys..., copy, key]
      c.emit(Op.DELETE_SUBSCR); //        [copy, keys...]
    }
    storeName(c, starTarget, pc);
  } else {
    c.emit(Op.POP_TOP); // keys
    c.emit(Op.POP_TOP); // subject
  }
}

/** `compiler_pattern_class`: MATCH_CLASS gives a tuple of the positional and keyword attributes. */
function compileClassPattern(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  // validate_kwd_attrs
  for (let i = 0; i < nattrs; i++) {
    const attr = p.kwd_attrs[i];
    c.setLoc(p.kwd_patterns[i]);
    c.checkForbiddenName(attr, "Store");
    for (let j = i + 1; j < nattrs; j++) {
      if (p.kwd_attrs[j] === attr) {
        throw c.error(`attribute name repeated in class pattern: ${attr}`, p.kwd_patterns[j]);
      }
    }
  }
  c.setLoc(p);
  visitExpr(c, p.cls);
  c.loadConst(new ConstTuple(p.kwd_attrs));
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_NONE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(q)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    compileSubpattern(c, q, pc);
  }
}

/**
 * `compiler_pattern_or`: each alternative runs on a copy of the subject with its own failure
 * ladder; all must bind the same names, and the values of later alternatives are rotated into
 * the first one's order. On success the captured values are rotated below the subject copy and
 * whatever else is on the stack.
 */
function compileOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (control === null) {
      control = pc.stores;
    } else if (nstores !== control.length) {
      throw c.error("alternative patterns bind different names");
    } else if (nstores) {
      // Reorder this alternative's values to the first alternative's order.
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error("alternative patterns bind different names");
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.emitJump(Pseudo.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the subject copy and fail.
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Pseudo.JUMP);
  c.bind(end);
  const names = control ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) throw c.error(`multiple assignments to name ${reprStr(name)} in pattern`);
    pc.stores.push(name);
  }
  // Pop the subject copy.
  c.emit(Op.POP_TOP);
}
