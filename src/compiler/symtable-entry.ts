// The data of a symbol table: flags, scopes and the per-block entry (CPython 3.11's
// Include/internal/pycore_symtable.h: `struct _symtable_entry`, the DEF_* flags and the scopes).
//
// A block's `symbols` map a (mangled) name to one number: the DEF_* flags gathered by the first
// pass (symtable-visit.ts) in the low bits, and from the second pass (symtable-analyze.ts) the
// resolved scope at SCOPE_OFFSET. The map keeps insertion order, as CPython's dict does.

import type * as A from "../parser/ast";

// Symbol flags (pycore_symtable.h).
export const DEF_GLOBAL = 1; /* global stmt */
export const DEF_LOCAL = 2; /* assignment in code block */
export const DEF_PARAM = 4; /* formal parameter */
export const DEF_NONLOCAL = 8; /* nonlocal stmt */
export const USE = 16; /* name is used */
export const DEF_FREE = 32; /* name used but not defined in nested block (unused in 3.11) */
export const DEF_FREE_CLASS = 64; /* free variable from class's method */
export const DEF_IMPORT = 128; /* assignment occurred via import */
export const DEF_ANNOT = 256; /* this name is annotated */
export const DEF_COMP_ITER = 512; /* this name is a comprehension iteration variable */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** The resolved scope of a name, stored in a symbol's bits from SCOPE_OFFSET on. */
export const enum Scope {
  None = 0,
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}
export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/** `_Py_block_ty`. Annotation blocks exist only under `from __future__ import annotations`. */
export const enum BlockType {
  Function = 0,
  Class = 1,
  Module = 2,
  Annotation = 3,
}

/** `_Py_comprehension_ty`: which kind of comprehension a function block is, if any. */
export const enum ComprehensionType {
  None = 0,
  List = 1,
  Dict = 2,
  Set = 3,
  Generator = 4,
}

/** The AST node a block belongs to (CPython keys blocks by the node's address). */
export type BlockKey = A.mod | A.stmt | A.expr;

/** Where a `global`/`nonlocal` statement (or a walrus that acts as one) named a name. */
export interface Directive {
  name: string;
  lineno: number;
  colOffset: number;
  endLineno: number;
  endColOffset: number;
}

/** One block (scope): `PySTEntryObject`. */
export class SymbolTableEntry {
  /** Names to flags, and after analysis the scope at SCOPE_OFFSET (ste_symbols). */
  readonly symbols = new Map<string, number>();
  /** Parameters in definition order: posonly, regular, kw-only, *args, **kwargs (ste_varnames). */
  readonly varnames: string[] = [];
  /** Nested blocks in the order they start in the source (ste_children). */
  readonly children: SymbolTableEntry[] = [];
  /** The `global`/`nonlocal` statements, for error positions (ste_directives). */
  readonly directives: Directive[] = [];
  /** Enclosed by a function block, directly or not (ste_nested). */
  nested = false;
  /** Has free variables (ste_free); includes implicit globals of nested blocks. */
  free = false;
  /** A child block has free variables (ste_child_free). */
  childFree = false;
  /** Contains yield, or is a generator expression (ste_generator). */
  generator = false;
  /** async def, contains await, async for in a comprehension (ste_coroutine). */
  coroutine = false;
  comprehension = ComprehensionType.None;
  varargs = false;
  varkeywords = false;
  /** Has `return <value>` (ste_returns_value). */
  returnsValue = false;
  /** A class whose methods use `__class__` or `super` (ste_needs_class_closure). */
  needsClassClosure = false;
  /** Visiting a comprehension's target (ste_comp_iter_target). */
  compIterTarget = false;
  /** Depth of comprehension iterable expressions being visited (ste_comp_iter_expr). */
  compIterExpr = 0;

  constructor(
    /** The def/class name, "top", "lambda", "listcomp", "setcomp", "dictcomp", "genexpr", "_annotation". */
    readonly name: string,
    readonly type: BlockType,
    readonly node: BlockKey,
    readonly lineno: number,
    readonly colOffset: number,
    readonly endLineno: number,
    readonly endColOffset: number,
  ) {}

  /** The raw flags of `name` (with the scope bits), 0 if the name is not in this block. */
  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved scope of `name` (`_PyST_GetScope`), Scope.None if unknown here. */
  scope(name: string): Scope {
    return ((this.flags(name) >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
  }

  /** Function-like: def, async def, lambda, comprehension. */
  get isFunction(): boolean {
    return this.type === BlockType.Function;
  }

  /** Names with a given scope, sorted: the order CPython's compiler gives co_cellvars/co_freevars. */
  namesWithScope(scope: Scope): string[] {
    const out: string[] = [];
    for (const [name, v] of this.symbols) if (((v >> SCOPE_OFFSET) & SCOPE_MASK) === scope) out.push(name);
    return out.sort(compareCodePoints);
  }
}

/** What the future statements of a module turn on (`PyFutureFeatures`). */
export interface FutureFeatures {
  /** `from __future__ import annotations`: annotations are not evaluated (CO_FUTURE_ANNOTATIONS). */
  annotations: boolean;
  /** `from __future__ import barry_as_FLUFL` (CO_FUTURE_BARRY_AS_BDFL). */
  barryAsFlufl: boolean;
  /** Line of the last future statement, 0 if none (ff_lineno). */
  lineno: number;
}

/** The symbol table of one module: `struct symtable` after both passes. */
export class SymbolTable {
  constructor(
    readonly filename: string,
    readonly top: SymbolTableEntry,
    readonly blocks: Map<BlockKey, SymbolTableEntry>,
    readonly future: FutureFeatures,
  ) {}

  /** The block of a module, def, class, lambda or comprehension node (`PySymtable_Lookup`). */
  lookup(node: BlockKey): SymbolTableEntry {
    const ste = this.blocks.get(node);
    if (!ste) throw new Error("unknown symbol table entry");
    return ste;
  }
}

/** Sorts as CPython sorts str (by code point), not as JS sorts (by UTF-16 unit). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
