// The symbol table's first pass: walk the AST, open a block for each scope and record the raw
// facts about each name (CPython 3.11's Python/symtable.c, `symtable_visit_*`). The visiting order
// is CPython's, because it decides the order of children, of symbols and of varnames, and which
// error is found first. The second pass (symtable-analyze.ts) resolves the scopes.

import type * as A from "../parser/ast";
import { PySyntaxError, sourceLine } from "../parser/errors";
import { PyOpError } from "../objects/errors";
import {
  BlockKey, BlockType, ComprehensionType, FutureFeatures, SymbolTableEntry,
  DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE,
} from "./symtable-entry";

// Error messages (symtable.c).
const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;
const IMPORT_STAR_WARNING = "import * only allowed at module level";
const NAMED_EXPR_COMP_IN_CLASS = "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_CONFLICT = (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR = "assignment expression cannot be used in a comprehension iterable expression";
const ANNOTATION_NOT_ALLOWED = (what: string) => `'${what}' can not be used within an annotation`;
const DUPLICATE_ARGUMENT = (n: string) => `duplicate argument '${n}' in function definition`;

/** CPython's COMPILER_STACK_FRAME_SCALE: the symtable may nest 3 times the recursion limit. */
const COMPILER_STACK_FRAME_SCALE = 3;

/** A source range: lineno, col_offset, end_lineno, end_col_offset (0-based UTF-8 byte columns). */
interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export interface VisitOptions {
  /** The calling Python code's recursion depth and limit (sys.getrecursionlimit()). */
  recursionDepth?: number;
  recursionLimit?: number;
}

/** `struct symtable` during the first pass. */
export class SymtableBuilder {
  /** Every block by its AST node (st_blocks). */
  readonly blocks = new Map<BlockKey, SymbolTableEntry>();
  /** The blocks being visited, innermost last (st_stack). */
  private readonly stack: SymbolTableEntry[] = [];
  /** The innermost block (st_cur); null only before the module block opens. */
  private cur: SymbolTableEntry = null as unknown as SymbolTableEntry;
  /** The module block's symbols (st_global), where `global` statements also record names. */
  private global: Map<string, number> = new Map();
  /** The name of the innermost enclosing class, for name mangling (st_private). */
  private private_: string | null = null;
  private depth: number;
  private readonly limit: number;

  constructor(
    private readonly filename: string,
    private readonly source: string | null,
    private readonly future: FutureFeatures,
    opts: VisitOptions = {},
  ) {
    this.depth = (opts.recursionDepth ?? 0) * COMPILER_STACK_FRAME_SCALE;
    this.limit = (opts.recursionLimit ?? 1000) * COMPILER_STACK_FRAME_SCALE;
  }

  /** `_PySymtable_Build`'s first pass: returns the module block. */
  build(mod: A.mod): SymbolTableEntry {
    const top = this.enterBlock("top", BlockType.Module, mod, { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    switch (mod._type) {
      case "Module":
      case "Interactive":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      case "FunctionType":
        throw new PyOpError("RuntimeError", "this compiler does not handle FunctionTypes");
      default:
        return assertNever(mod);
    }
    this.exitBlock();
    return top;
  }

  // --- Blocks -----------------------------------------------------------------------------

  /** `symtable_enter_block`. */
  private enterBlock(name: string, type: BlockType, node: BlockKey, loc: Loc): SymbolTableEntry {
    const prev = this.stack.length ? this.cur : null;
    const ste = new SymbolTableEntry(name, type, node, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
    // A block is nested when it is inside a function block, directly or not.
    if (prev !== null && (prev.nested || prev.type === BlockType.Function)) ste.nested = true;
    this.blocks.set(node, ste);
    this.stack.push(ste);
    // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable, even nested.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    this.cur = ste;
    // Annotation blocks are throwaway: not children, never analyzed.
    if (type === BlockType.Annotation) return ste;
    if (type === BlockType.Module) this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
    return ste;
  }

  /** `symtable_exit_block`. */
  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  // --- Names ------------------------------------------------------------------------------

  /** `symtable_lookup`: the flags of a (mangled) name in the current block. */
  private lookup(name: string): number {
    return this.cur.flags(mangle(this.private_, name));
  }

  /** `symtable_add_def`. */
  private addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  /** `symtable_add_def_helper`: records `flag` for `name` in block `ste`. */
  private addDefHelper(name: string, flag: number, ste: SymbolTableEntry, loc: Loc): void {
    const mangled = mangle(this.private_, name);
    const old = ste.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if (flag & DEF_PARAM && old & DEF_PARAM) throw this.error(DUPLICATE_ARGUMENT(name), loc);
      val = old | flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: a walrus in an inner loop of the same
      // comprehension may not have bound it already; later walruses check DEF_COMP_ITER.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) throw this.error(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), loc);
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      // A global declaration is also recorded in the module block.
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  /** `symtable_record_directive`: where a global/nonlocal statement named `name`. */
  private recordDirective(name: string, loc: Loc): void {
    this.cur.directives.push({
      name: mangle(this.private_, name),
      lineno: loc.lineno,
      colOffset: loc.col_offset,
      endLineno: loc.end_lineno,
      endColOffset: loc.end_col_offset,
    });
  }

  // --- Statements -------------------------------------------------------------------------

  /** `symtable_visit_stmt`. */
  private visitStmt(s: A.stmt): void {
    this.enter();
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.visitFunctionDef(s);
        break;
      case "ClassDef":
        this.visitClassDef(s);
        break;
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        // Targets before the value, as CPython visits them.
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign":
        this.visitAnnAssign(s);
        break;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) this.visitMatchCase(c);
        break;
      case "Raise":
        // The cause is only looked at when there is an exception.
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        // Quirk kept: the else block is visited before the handlers.
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) this.visitExceptHandler(h);
        this.visitStmts(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "Global":
        this.visitGlobal(s);
        break;
      case "Nonlocal":
        this.visitNonlocal(s);
        break;
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      default:
        assertNever(s);
    }
    this.depth--;
  }

  private visitStmts(body: A.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  /**
   * def and async def: the name binds in the enclosing block, where the defaults, the
   * annotations (unless postponed) and the decorators are evaluated, in that order; then the
   * function block gets the parameters and the body.
   */
  private visitFunctionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.args.defaults);
    this.visitOptionalExprs(s.args.kw_defaults);
    this.visitAnnotations(s, s.args, s.returns);
    this.visitExprs(s.decorator_list);
    this.enterBlock(s.name, BlockType.Function, s, s);
    if (s._type === "AsyncFunctionDef") this.cur.coroutine = true;
    this.visitArguments(s.args);
    this.visitStmts(s.body);
    this.exitBlock();
  }

  /** class: bases, keywords and decorators in the enclosing block; names in the body are mangled. */
  private visitClassDef(s: A.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.bases);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.visitExprs(s.decorator_list);
    this.enterBlock(s.name, BlockType.Class, s, s);
    const saved = this.private_;
    this.private_ = s.name;
    this.visitStmts(s.body);
    this.private_ = saved;
    this.exitBlock();
  }

  /**
   * `x: T = v`. A simple name target is annotated (DEF_ANNOT) and bound even without a value;
   * `(x): T` without a value binds nothing. An annotated name may not be declared global or
   * nonlocal in a function or class (but may at module level).
   */
  private visitAnnAssign(s: A.AnnAssign): void {
    const target = s.target;
    if (target._type === "Name") {
      const cur = this.lookup(target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
        throw this.error(cur & DEF_GLOBAL ? GLOBAL_ANNOT(target.id) : NONLOCAL_ANNOT(target.id), s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value) this.visitExpr(s.value);
  }

  /** `global a, b`: an error if the name was already a parameter, used, annotated or bound. */
  private visitGlobal(s: A.Global): void {
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const msg = cur & DEF_PARAM ? GLOBAL_PARAM : cur & USE ? GLOBAL_AFTER_USE : cur & DEF_ANNOT ? GLOBAL_ANNOT : GLOBAL_AFTER_ASSIGN;
        throw this.error(msg(name), s);
      }
      this.addDef(name, DEF_GLOBAL, s);
      this.recordDirective(name, s);
    }
  }

  /** `nonlocal a, b`: as `global`; whether a binding exists is checked by the analysis. */
  private visitNonlocal(s: A.Nonlocal): void {
    for (const name of s.names) {
      const cur = this.lookup(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const msg = cur & DEF_PARAM ? NONLOCAL_PARAM : cur & USE ? NONLOCAL_AFTER_USE : cur & DEF_ANNOT ? NONLOCAL_ANNOT : NONLOCAL_AFTER_ASSIGN;
        throw this.error(msg(name), s);
      }
      this.addDef(name, DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  /** `symtable_visit_excepthandler`: `except E as e` binds e. */
  private visitExceptHandler(h: A.ExceptHandler): void {
    if (h.type) this.visitExpr(h.type);
    if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
    this.visitStmts(h.body);
  }

  /** `symtable_visit_alias`: `import a.b` binds `a`; `import *` only at module level. */
  private visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name;
    if (name !== "*") {
      const dot = name.indexOf(".");
      this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
    } else if (this.cur.type !== BlockType.Module) {
      throw this.error(IMPORT_STAR_WARNING, a);
    }
  }

  private visitMatchCase(m: A.match_case): void {
    this.visitPattern(m.pattern);
    if (m.guard) this.visitExpr(m.guard);
    this.visitStmts(m.body);
  }

  /** `symtable_visit_pattern`: capture names bind in the current block. */
  private visitPattern(p: A.pattern): void {
    this.enter();
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      default:
        assertNever(p);
    }
    this.depth--;
  }

  // --- Parameters and annotations ---------------------------------------------------------

  /** `symtable_visit_arguments`: parameters in co_varnames order (posonly, args, kwonly, *, **). */
  private visitArguments(a: A.arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /**
   * `symtable_visit_annotations`: parameter annotations (posonly, args, *args, **kwargs, kwonly:
   * CPython's order) then the return annotation. Under `from __future__ import annotations`
   * they go to throwaway annotation blocks, so their names bind and use nothing.
   */
  private visitAnnotations(s: A.FunctionDef | A.AsyncFunctionDef, a: A.arguments, returns: A.expr | null): void {
    const postponed = this.future.annotations;
    if (postponed) this.enterBlock("_annotation", BlockType.Annotation, s, s);
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) this.visitExpr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.visitExpr(a.kwarg.annotation);
    this.visitArgAnnotations(a.kwonlyargs);
    if (postponed) this.exitBlock();
    if (returns) this.visitAnnotation(returns);
  }

  private visitArgAnnotations(args: A.arg[]): void {
    for (const arg of args) if (arg.annotation) this.visitExpr(arg.annotation);
  }

  /** `symtable_visit_annotation`: one annotation, in its own block when postponed. */
  private visitAnnotation(annotation: A.expr): void {
    const postponed = this.future.annotations;
    if (postponed) this.enterBlock("_annotation", BlockType.Annotation, annotation, annotation);
    this.visitExpr(annotation);
    if (postponed) this.exitBlock();
  }

  // --- Expressions ------------------------------------------------------------------------

  private visitExprs(exprs: A.expr[]): void {
    for (const e of exprs) this.visitExpr(e);
  }

  /** Dict keys and kw_defaults have holes (null). */
  private visitOptionalExprs(exprs: (A.expr | null)[]): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  /** `symtable_visit_expr`. */
  private visitExpr(e: A.expr): void {
    this.enter();
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        this.visitNamedExpr(e);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda":
        this.visitLambda(e);
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitOptionalExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.visitComprehension(e, "genexpr", ComprehensionType.Generator, e.generators, e.elt, null);
        break;
      case "ListComp":
        this.visitComprehension(e, "listcomp", ComprehensionType.List, e.generators, e.elt, null);
        break;
      case "SetComp":
        this.visitComprehension(e, "setcomp", ComprehensionType.Set, e.generators, e.elt, null);
        break;
      case "DictComp":
        this.visitComprehension(e, "dictcomp", ComprehensionType.Dict, e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== ComprehensionType.None) this.raiseComprehensionYield(e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name":
        this.visitName(e);
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
      default:
        assertNever(e);
    }
    this.depth--;
  }

  /** A name is used (Load) or bound (Store, Del). `super` in a function uses `__class__`. */
  private visitName(e: A.Name): void {
    const load = e.ctx === "Load";
    this.addDef(e.id, load ? USE : DEF_LOCAL, e);
    if (load && this.cur.type === BlockType.Function && e.id === "super") this.addDef("__class__", USE, e);
  }

  /** lambda: defaults in the enclosing block, the parameters and body in its own block. */
  private visitLambda(e: A.Lambda): void {
    this.visitExprs(e.args.defaults);
    this.visitOptionalExprs(e.args.kw_defaults);
    this.enterBlock("lambda", BlockType.Function, e, e);
    this.visitArguments(e.args);
    this.visitExpr(e.body);
    this.exitBlock();
  }

  /**
   * `symtable_handle_comprehension`. A comprehension is a function block (3.11 does not inline
   * them) whose one parameter `.0` is the outermost iterable, which is evaluated in the
   * enclosing block. Then: the first target, its conditions, the other `for` clauses, and the
   * element (for a dict comprehension the value before the key).
   */
  private visitComprehension(
    e: A.GeneratorExp | A.ListComp | A.SetComp | A.DictComp,
    name: string,
    kind: ComprehensionType,
    generators: A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
  ): void {
    const isGenerator = kind === ComprehensionType.Generator;
    const outermost = generators[0];
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enterBlock(name, BlockType.Function, e, e);
    ste.comprehension = kind;
    if (outermost.is_async) ste.coroutine = true;
    // symtable_implicit_arg(st, 0): the outermost iterator, received as an argument.
    this.addDef(".0", DEF_PARAM, { lineno: ste.lineno, col_offset: ste.colOffset, end_lineno: ste.endLineno, end_col_offset: ste.endColOffset });
    ste.compIterTarget = true;
    this.visitExpr(outermost.target);
    ste.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehensionClause(generators[i]);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    ste.generator = isGenerator;
    // An async list/set/dict comprehension makes the enclosing function a coroutine too.
    const isAsync = ste.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync) this.cur.coroutine = true;
  }

  /** `symtable_visit_comprehension`: a second or later `for` clause, inside the comprehension. */
  private visitComprehensionClause(c: A.comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(c.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(c.iter);
    this.cur.compIterExpr--;
    this.visitExprs(c.ifs);
    if (c.is_async) this.cur.coroutine = true;
  }

  /** `symtable_handle_namedexpr`. */
  private visitNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) throw this.error(NAMED_EXPR_COMP_ITER_EXPR, e);
    // In a comprehension the target binds in the enclosing function or module.
    if (this.cur.comprehension !== ComprehensionType.None) this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /**
   * `symtable_extend_namedexpr_scope`: a walrus target inside comprehensions binds in the
   * nearest enclosing function (as a nonlocal of the comprehension, or a global if the function
   * declares it global) or module (as a global). It may not rebind an iteration variable of
   * any comprehension it is in, and is not allowed when the nearest such block is a class.
   */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== ComprehensionType.None) {
        const inScope = ste.flags(name);
        if (inScope & DEF_COMP_ITER && inScope & DEF_LOCAL) throw this.error(NAMED_EXPR_COMP_CONFLICT(name), target);
        continue;
      }
      if (ste.type === BlockType.Function) {
        const inScope = ste.flags(name);
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDefHelper(name, DEF_LOCAL, ste, target);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDefHelper(name, DEF_GLOBAL, ste, target);
        return;
      }
      if (ste.type === BlockType.Class) throw this.error(NAMED_EXPR_COMP_IN_CLASS, target);
      // An annotation block is skipped, as in CPython.
    }
    throw new Error("symtable: no enclosing block for an assignment expression");
  }

  /** `symtable_raise_if_annotation_block`: no walrus, yield or await in a postponed annotation. */
  private raiseIfAnnotationBlock(what: string, e: A.expr): void {
    if (this.cur.type === BlockType.Annotation) throw this.error(ANNOTATION_NOT_ALLOWED(what), e);
  }

  /** `symtable_raise_if_comprehension_block`. */
  private raiseComprehensionYield(e: A.expr): never {
    const kind = this.cur.comprehension;
    const where = kind === ComprehensionType.List ? "list comprehension"
      : kind === ComprehensionType.Set ? "set comprehension"
      : kind === ComprehensionType.Dict ? "dict comprehension"
      : "generator expression";
    throw this.error(`'yield' inside ${where}`, e);
  }

  // --- Errors -----------------------------------------------------------------------------

  /** One more level of recursion (CPython counts statements, expressions and patterns). */
  private enter(): void {
    if (++this.depth > this.limit) {
      throw new PyOpError("RecursionError", "maximum recursion depth exceeded during compilation");
    }
  }

  /**
   * A SyntaxError at a node, as `PyErr_RangedSyntaxLocationObject(filename, lineno,
   * col_offset + 1, end_lineno, end_col_offset + 1)` gives it: quirk kept, the offsets count
   * UTF-8 bytes (1-based), not characters.
   */
  error(msg: string, loc: Loc): PySyntaxError {
    return symtableError(msg, this.filename, this.source, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
  }
}

/** A symtable SyntaxError from 0-based byte columns (see SymtableBuilder.error). */
export function symtableError(
  msg: string, filename: string, source: string | null,
  lineno: number, colOffset: number, endLineno: number, endColOffset: number,
): PySyntaxError {
  const text = source === null ? null : sourceLine(source, lineno);
  return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset + 1, text, endLineno, endColOffset + 1);
}

/**
 * `_Py_Mangle`: inside class C, `__spam` becomes `_C__spam`. Not mangled: names that do not
 * start with two underscores, dunder names (ending with two), dotted names, and any name when
 * the class name is all underscores. Leading underscores of the class name are dropped.
 */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith("__")) return ident;
  if (ident.endsWith("__") || ident.includes(".")) return ident;
  let i = 0;
  while (i < privateName.length && privateName[i] === "_") i++;
  if (i === privateName.length) return ident;
  return "_" + privateName.slice(i) + ident;
}

function assertNever(x: never): never {
  throw new Error(`symtable: unexpected node ${(x as { _type?: string })._type}`);
}
