// The code generator's state: one `CodeUnit` per code object being built (CPython 3.11's
// `struct compiler_unit`), the instruction list with labels, handler regions and source
// positions, and the `Compiler` that holds the stack of units and emits into the innermost one.
//
// The statement, expression, exception and pattern compilers (codegen.ts, codegen-expr.ts,
// codegen-exc.ts, codegen-pattern.ts) are functions over a `Compiler`; the assembler
// (assemble.ts) turns a finished unit into a CodeObject.
//
// Instructions are kept in one flat list per unit (no basic blocks): a label is bound to the
// index of the next instruction emitted. Exception handling follows 3.11's zero-cost model: the
// unit keeps the innermost active handler while emitting, and every instruction records it; a
// SETUP pseudo-instruction marks where a handler was pushed so that the assembler's stack-depth
// pass can learn the handler's stack depth there (CPython's SETUP_FINALLY/SETUP_CLEANUP/
// SETUP_WITH). Leaving a handler region is just restoring the previous handler (CPython's
// POP_BLOCK), which costs no instruction.

import type * as A from "../parser/ast";
import { BytesConst, ComplexConst, FloatConst } from "../parser/ast";
import { PySyntaxError } from "../parser/errors";
import { CodeObject, ConstFrozenset, ConstTuple, type Const } from "../bytecode/code";
import { Op } from "../bytecode/opcodes";
import {
  BlockType, DEF_FREE_CLASS, Scope, SymbolTable, SymbolTableEntry, SCOPE_OFFSET,
  mangle, compareCodePoints,
} from "./symtable";
import { symtableError } from "./symtable-visit";

/** Pseudo-opcodes: resolved or removed by the assembler (numbers above any real opcode). */
export const enum Pseudo {
  /** Unconditional jump; becomes JUMP_FORWARD or JUMP_BACKWARD by direction. */
  JUMP = 300,
  /** Jump back without an interrupt/loop-counter check (yield-from loop): JUMP_BACKWARD_NO_INTERRUPT. */
  JUMP_NO_INTERRUPT = 301,
  /** A handler becomes active here; no code. Records the stack depth for the exception table. */
  SETUP = 302,
}

/** An instruction index to be; bound when the code it names is emitted. */
export class Label {
  /** Index in the unit's instruction list, -1 while unbound. */
  pos = -1;
}

export const enum HandlerKind {
  /** try body, async-for __anext__: the handler gets [.., exc]. */
  Finally,
  /** exception-handler cleanups: the handler gets [.., lasti, exc]. */
  Cleanup,
  /** with body: set after BEFORE_WITH; the enter result is not kept: [.., exit, lasti, exc]. */
  With,
}

/** One exception-handler region (3.11's except stack entry). */
export class Handler {
  /** Stack depth the exception table records (filled by the assembler). */
  depth = -1;
  constructor(
    readonly kind: HandlerKind,
    readonly target: Label,
    /** The handler active outside this one. */
    readonly parent: Handler | null,
  ) {}
  get lasti(): boolean {
    return this.kind !== HandlerKind.Finally;
  }
}

export interface Instr {
  op: number;
  arg: number;
  /** Jump target (jumps, FOR_ITER, SEND, SETUP) */
  target: Label | null;
  /** The innermost active exception handler when the instruction was emitted. */
  handler: Handler | null;
  /** SETUP only: the handler it activates. */
  setup: Handler | null;
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

/** A source range in the AST's convention (1-based lines, 0-based UTF-8 byte columns). */
export interface Loc {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

/** The kind of code a unit compiles (CPython's COMPILER_SCOPE_*). */
export const enum ScopeType {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
}

/** What a `break`/`continue`/`return` must unwind (CPython's fblocktype). */
export const enum FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
}

export interface FBlock {
  type: FBlockType;
  /** loop: the `continue` target */
  block: Label | null;
  /** loop: the `break` target */
  exit: Label | null;
  /** FinallyTry: the finally body; With: the statement; HandlerCleanup: the bound name or null */
  datum: A.stmt[] | A.stmt | string | null;
  /** The handler that is active outside this block (restored when unwinding through it). */
  outer: Handler | null;
}

/** CPython's CO_MAXBLOCKS. */
const MAX_BLOCKS = 20;

/** Future-statement flags that code objects inherit (PyCF_MASK). */
export const PYCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

/** One code object under construction (`struct compiler_unit`). */
export class CodeUnit {
  readonly instrs: Instr[] = [];
  readonly consts: Const[] = [];
  private readonly constIndex = new Map<string, number>();
  private readonly codeIndex = new Map<string, number[]>();
  readonly names = new Map<string, number>();
  /** Fast locals in first-use order; starts with the parameters (ste_varnames). */
  readonly varnames = new Map<string, number>();
  /** Cell variables, sorted (plus the implicit `__class__` cell of a class). */
  readonly cellvars = new Map<string, number>();
  /** Free variables, sorted; indexes continue after the cells (as CPython's u_freevars). */
  readonly freevars = new Map<string, number>();
  readonly fblocks: FBlock[] = [];
  /** The innermost active exception handler. */
  handler: Handler | null = null;
  /** The current source position (CPython's u_lineno & co). */
  loc: Loc = NO_LOC;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  qualname = "";
  /** The enclosing class name, for mangling `__private` names (u_private). */
  privateName: string | null = null;
  /** The instruction index after which a PUSH_NULL may merge into a LOAD_GLOBAL. */
  private lastPushNull = -1;
  /** The index at which the last label was bound (no peephole across it). */
  private lastLabelPos = -1;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
  ) {
    for (const v of ste.varnames) this.varnames.set(v, this.varnames.size);
    for (const n of ste.namesWithScope(Scope.CELL)) this.cellvars.set(n, this.cellvars.size);
    if (ste.needsClassClosure) this.cellvars.set("__class__", this.cellvars.size);
    const free: string[] = [];
    for (const [n, v] of ste.symbols) {
      if (((v >> SCOPE_OFFSET) & 15) === Scope.FREE || (v & DEF_FREE_CLASS)) free.push(n);
    }
    free.sort(compareCodePoints);
    for (const n of free) this.freevars.set(n, this.cellvars.size + this.freevars.size);
  }

  addConst(v: Const): number {
    if (v instanceof CodeObject) return this.addCodeConst(v);
    const key = constKey(v);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, i);
    }
    return i;
  }

  /**
   * Code objects are equal when everything compiling depends on is (code_richcompare): the
   * same comprehension compiled twice, as in the two copies of a finally body, is one constant.
   */
  private addCodeConst(co: CodeObject): number {
    const key = `C${co.name}:${co.firstlineno}:${co.positions[0]}:${co.code.length}`;
    const seen = this.codeIndex.get(key);
    if (seen) {
      for (const i of seen) if (codeEqual(this.consts[i] as CodeObject, co)) return i;
    }
    const i = this.consts.length;
    this.consts.push(co);
    if (seen) seen.push(i);
    else this.codeIndex.set(key, [i]);
    return i;
  }

  addName(name: string): number {
    let i = this.names.get(name);
    if (i === undefined) {
      i = this.names.size;
      this.names.set(name, i);
    }
    return i;
  }

  addVarname(name: string): number {
    let i = this.varnames.get(name);
    if (i === undefined) {
      i = this.varnames.size;
      this.varnames.set(name, i);
    }
    return i;
  }

  emit(op: number, arg: number, target: Label | null, setup: Handler | null = null): Instr {
    // 3.11's assembler folds `PUSH_NULL; LOAD_GLOBAL` into one LOAD_GLOBAL with the NULL bit.
    if (op === Op.LOAD_GLOBAL && this.lastPushNull === this.instrs.length - 1 && this.lastLabelPos < this.instrs.length
      && (arg & 1) === 0) {
      const prev = this.instrs[this.instrs.length - 1];
      prev.op = Op.LOAD_GLOBAL;
      prev.arg = arg | 1;
      this.setPos(prev);
      this.lastPushNull = -1;
      return prev;
    }
    const l = this.loc;
    const ins: Instr = {
      op, arg, target, handler: this.handler, setup,
      lineno: l.lineno, endLineno: l.end_lineno, col: l.col_offset, endCol: l.end_col_offset,
    };
    this.instrs.push(ins);
    this.lastPushNull = op === Op.PUSH_NULL ? this.instrs.length - 1 : -1;
    return ins;
  }

  private setPos(ins: Instr): void {
    ins.lineno = this.loc.lineno;
    ins.endLineno = this.loc.end_lineno;
    ins.col = this.loc.col_offset;
    ins.endCol = this.loc.end_col_offset;
  }

  bind(label: Label): void {
    if (label.pos >= 0) throw new Error("codegen: label bound twice");
    label.pos = this.instrs.length;
    this.lastLabelPos = this.instrs.length;
  }
}

/**
 * The identity of a constant for deduplication (CPython's _PyCode_ConstantKey): by type and
 * value (1, 1.0 and True differ; so do 0.0 and -0.0). Code objects are compared by codeEqual.
 */
export function constKey(v: Const): string {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean":
      return v ? "T" : "F";
    case "bigint":
      return "i" + v.toString();
    case "string":
      return "s" + v;
    default:
      break;
  }
  if (v instanceof FloatConst) return "f" + floatBits(v.value);
  if (v instanceof ComplexConst) return "c" + floatBits(v.imag);
  if (v instanceof BytesConst) return "b" + Array.from(v.value, (b) => b.toString(16).padStart(2, "0")).join("");
  if (v instanceof ConstTuple) return "t(" + v.items.map(constKey).join(",") + ")";
  if (v instanceof ConstFrozenset) return "z(" + v.items.map(constKey).join(",") + ")";
  if (v instanceof CodeObject) return "C" + v.qualname + "@" + v.firstlineno; // only inside tuples, never in practice
  return "E"; // Ellipsis
}

function sameArray<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** code_richcompare: name, counts, flags, first line, code, constants, names, locals, positions, exception table. */
function codeEqual(a: CodeObject, b: CodeObject): boolean {
  if (a.name !== b.name || a.argcount !== b.argcount || a.posonlyargcount !== b.posonlyargcount
    || a.kwonlyargcount !== b.kwonlyargcount || a.flags !== b.flags || a.firstlineno !== b.firstlineno) return false;
  if (!sameArray(a.code, b.code) || !sameArray(a.names, b.names) || !sameArray(a.localsplusnames, b.localsplusnames)) return false;
  if (!sameArray(a.positions, b.positions) || a.exceptionTable.length !== b.exceptionTable.length) return false;
  for (let i = 0; i < a.exceptionTable.length; i++) {
    const x = a.exceptionTable[i];
    const y = b.exceptionTable[i];
    if (x.start !== y.start || x.end !== y.end || x.target !== y.target || x.depth !== y.depth || x.lasti !== y.lasti) return false;
  }
  if (a.consts.length !== b.consts.length) return false;
  for (let i = 0; i < a.consts.length; i++) {
    const x = a.consts[i];
    const y = b.consts[i];
    if (x instanceof CodeObject || y instanceof CodeObject) {
      if (!(x instanceof CodeObject && y instanceof CodeObject && codeEqual(x, y))) return false;
    } else if (constKey(x) !== constKey(y)) return false;
  }
  return true;
}

function floatBits(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16);
}

export interface CompilerOptions {
  filename: string;
  source: string | null;
  /** CO_FUTURE_* flags of the module and inherited from the caller. */
  futureFlags: number;
  optimize: number;
  interactive: boolean;
  /** `from __future__ import annotations` */
  futureAnnotations: boolean;
  /** Line of the last `from __future__` import (ff_lineno). */
  futureLineno: number;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT: `await`, `async for`/`with` allowed at module level (asyncio REPL). */
  allowTopLevelAwait: boolean;
}

/** The compiler: a stack of units, the symbol table and the options (`struct compiler`). */
export class Compiler {
  /** The unit being compiled. */
  u!: CodeUnit;
  /** Enclosing units, outermost first (c_stack). */
  readonly stack: CodeUnit[] = [];

  constructor(readonly st: SymbolTable, readonly opts: CompilerOptions) {}

  // --- Units --------------------------------------------------------------------------------

  /** `compiler_enter_scope`: starts a new unit for `key`'s block. */
  enterScope(name: string, scopeType: ScopeType, key: A.mod | A.stmt | A.expr, firstlineno: number): CodeUnit {
    const ste = this.st.lookup(key);
    const u = new CodeUnit(ste, name, scopeType, firstlineno);
    if (this.u) {
      u.privateName = this.u.privateName;
      this.stack.push(this.u);
    }
    this.u = u;
    if (scopeType === ScopeType.Module) {
      u.qualname = name;
      u.loc = NO_LOC;
    } else {
      u.qualname = this.qualnameFor(u);
      u.loc = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
    }
    this.emit(Op.RESUME, 0);
    return u;
  }

  /** `compiler_exit_scope`. */
  exitScope(): void {
    const u = this.stack.pop();
    if (u === undefined) throw new Error("codegen: scope stack underflow");
    this.u = u;
  }

  /** `compiler_set_qualname`. */
  private qualnameFor(u: CodeUnit): string {
    if (this.stack.length <= 1) return u.name;
    const parent = this.stack[this.stack.length - 1];
    if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
      // A def declared global in the enclosing function is named as a top-level one.
      if (parent.ste.scope(mangle(parent.privateName, u.name)) === Scope.GLOBAL_EXPLICIT) return u.name;
    }
    const pt = parent.scopeType;
    const base = pt === ScopeType.Function || pt === ScopeType.AsyncFunction || pt === ScopeType.Lambda
      ? parent.qualname + ".<locals>" : parent.qualname;
    return base + "." + u.name;
  }

  /** IS_TOP_LEVEL_AWAIT: top-level await is allowed and this is the module's code. */
  isTopLevelAwait(): boolean {
    return this.opts.allowTopLevelAwait && this.u.ste.type === BlockType.Module;
  }

  /** co_flags of the current unit (`compute_code_flags`). */
  codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === BlockType.Function) {
      flags |= 0x1 | 0x2; // OPTIMIZED | NEWLOCALS
      if (ste.nested) flags |= 0x10;
      if (ste.generator && !ste.coroutine) flags |= 0x20;
      if (!ste.generator && ste.coroutine) flags |= 0x80;
      if (ste.generator && ste.coroutine) flags |= 0x200;
      if (ste.varargs) flags |= 0x4;
      if (ste.varkeywords) flags |= 0x8;
    }
    flags |= this.opts.futureFlags & PYCF_MASK;
    if (this.isTopLevelAwait() && ste.coroutine && !ste.generator) flags |= 0x80;
    return flags;
  }

  // --- Emission -----------------------------------------------------------------------------

  emit(op: Op, arg = 0): Instr {
    return this.u.emit(op, arg, null);
  }

  emitJump(op: Op | Pseudo, target: Label): Instr {
    return this.u.emit(op, 0, target);
  }

  /** Makes `kind` the active handler (SETUP_*) and returns it; `popHandler` ends its region. */
  pushHandler(kind: HandlerKind, target: Label): Handler {
    const h = new Handler(kind, target, this.u.handler);
    this.u.emit(Pseudo.SETUP, 0, target, h);
    this.u.handler = h;
    return h;
  }

  /** POP_BLOCK: the handler active before `h` is active again. */
  popHandler(h: Handler): void {
    if (this.u.handler !== h) throw new Error("codegen: handler regions not nested");
    this.u.handler = h.parent;
  }

  newLabel(): Label {
    return new Label();
  }

  bind(label: Label): void {
    this.u.bind(label);
  }

  loadConst(v: Const): void {
    this.emit(Op.LOAD_CONST, this.u.addConst(v));
  }

  /** An instruction whose argument is a (mangled) name in co_names (ADDOP_NAME). */
  emitName(op: Op, name: string): void {
    this.emit(op, this.u.addName(mangle(this.u.privateName, name)));
  }

  /** An instruction whose argument is a name in co_names, not mangled (ADDOP_N). */
  emitNameRaw(op: Op, name: string): void {
    this.emit(op, this.u.addName(name));
  }

  // --- Positions ----------------------------------------------------------------------------

  setLoc(node: Loc): void {
    this.u.loc = node;
  }

  /** Artificial code: no position of its own (the assembler lets it inherit its predecessor's). */
  unsetLoc(): void {
    this.u.loc = NO_LOC;
  }

  /**
   * `update_start_location_to_match_attr`: an attribute access spanning lines is reported from
   * the line where the attribute name is, so that tracebacks point at `.name`.
   */
  locOfAttr(loc: Loc, attr: A.Attribute): Loc {
    if (loc.lineno === attr.end_lineno) return loc;
    const len = utf8Length(attr.attr);
    const lineno = attr.end_lineno;
    let col = -1;
    let endCol = loc.end_col_offset;
    if (len <= attr.end_col_offset) col = attr.end_col_offset - len;
    else endCol = -1;
    const endLineno = Math.max(lineno, loc.end_lineno);
    if (lineno === endLineno) endCol = Math.max(col, endCol);
    return { lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol };
  }

  // --- Blocks -------------------------------------------------------------------------------

  pushFBlock(type: FBlockType, block: Label | null, exit: Label | null, datum: FBlock["datum"], outer: Handler | null): void {
    if (this.u.fblocks.length >= MAX_BLOCKS) throw this.error("too many statically nested blocks");
    this.u.fblocks.push({ type, block, exit, datum, outer });
  }

  popFBlock(type: FBlockType): void {
    const fb = this.u.fblocks.pop();
    if (fb === undefined || fb.type !== type) throw new Error("codegen: fblock mismatch");
  }

  // --- Names --------------------------------------------------------------------------------

  /** `compiler_nameop`: load, store or delete a variable, by its scope. */
  nameOp(name: string, ctx: A.expr_context): void {
    this.checkForbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const isFunction = u.ste.type === BlockType.Function;
    const scope = u.ste.scope(mangled);
    switch (scope) {
      case Scope.FREE:
      case Scope.CELL: {
        const idx = scope === Scope.FREE ? u.freevars.get(mangled) : u.cellvars.get(mangled);
        if (idx === undefined) throw new Error(`codegen: no cell for ${mangled}`);
        const op = ctx === "Load" ? (u.ste.type === BlockType.Class ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF;
        this.emit(op, idx);
        return;
      }
      case Scope.LOCAL:
        if (isFunction) {
          const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
          this.emit(op, u.addVarname(mangled));
          return;
        }
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (isFunction) return this.globalOp(mangled, ctx);
        break;
      case Scope.GLOBAL_EXPLICIT:
        return this.globalOp(mangled, ctx);
      case Scope.None:
        break;
      default:
        throw new Error(`codegen: bad scope ${scope as number}`);
    }
    const op = ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
    this.emit(op, u.addName(mangled));
  }

  private globalOp(mangled: string, ctx: A.expr_context): void {
    const i = this.u.addName(mangled);
    if (ctx === "Load") this.emit(Op.LOAD_GLOBAL, i << 1);
    else this.emit(ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
  }

  /** `forbidden_name`: `__debug__` cannot be bound or deleted. */
  checkForbiddenName(name: string, ctx: A.expr_context): void {
    if (name !== "__debug__") return;
    if (ctx === "Store") throw this.error("cannot assign to __debug__");
    if (ctx === "Del") throw this.error("cannot delete __debug__");
  }

  /** The scope `compiler_make_closure` uses to find a free variable of a nested code object. */
  refType(name: string): Scope {
    if (this.u.scopeType === ScopeType.Class && name === "__class__") return Scope.CELL;
    const s = this.u.ste.scope(name);
    if (s === Scope.None) throw new Error(`codegen: get_ref_type: unknown scope for ${name} in ${this.u.name}`);
    return s;
  }

  // --- Errors -------------------------------------------------------------------------------

  /** `compiler_error`: a SyntaxError at the current position (1-based byte offsets, as CPython). */
  error(msg: string, loc: Loc = this.u.loc): PySyntaxError {
    return symtableError(msg, this.opts.filename, this.opts.source, loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
  }
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

