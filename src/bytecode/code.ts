// Code objects: what the compiler produces and the VM runs (docs/interpreter-plan.md).
//
// The compiler does not know the runtime's value representation: constants are kept in the
// parser's form (ConstantValue) plus folded tuples/frozensets and nested code objects. The VM
// turns them into runtime values once per code object (`CodeObject.runtimeConsts`).

import type { ConstantValue } from "../parser/ast";

/** A tuple of constants produced by constant folding (or a code object's defaults). */
export class ConstTuple {
  constructor(readonly items: readonly Const[]) {}
}

/** A frozenset of constants (`x in {1, 2}` is folded to a frozenset constant, as CPython does). */
export class ConstFrozenset {
  constructor(readonly items: readonly Const[]) {}
}

export type Const = ConstantValue | ConstTuple | ConstFrozenset | CodeObject;

/**
 * V8's internalized copy of `s` (the one string V8 keeps for that text, as it does for property
 * names and literals). The caches compare names with ===: a dict key stored by one instruction
 * against the name another looks up, or a name in Typhon's own source. Two different strings
 * with the same text compare character by character; internalized ones compare as pointers.
 */
export function internName(s: string): string {
  const o: Record<string, number> = {};
  o[s] = 0;
  for (const k in o) return k;
  return s;
}

/** CPython's co_flags bits. */
export const enum CodeFlag {
  OPTIMIZED = 0x1,
  NEWLOCALS = 0x2,
  VARARGS = 0x4,
  VARKEYWORDS = 0x8,
  NESTED = 0x10,
  GENERATOR = 0x20,
  NOFREE = 0x40,
  COROUTINE = 0x80,
  ITERABLE_COROUTINE = 0x100,
  ASYNC_GENERATOR = 0x200,
  // __future__ flags as in CPython
  FUTURE_DIVISION = 0x20000,
  FUTURE_ABSOLUTE_IMPORT = 0x40000,
  FUTURE_WITH_STATEMENT = 0x80000,
  FUTURE_PRINT_FUNCTION = 0x100000,
  FUTURE_UNICODE_LITERALS = 0x200000,
  FUTURE_BARRY_AS_BDFL = 0x400000,
  FUTURE_GENERATOR_STOP = 0x800000,
  FUTURE_ANNOTATIONS = 0x1000000,
}

/**
 * One row of the exception table (3.11 zero-cost exceptions): an exception raised by an
 * instruction in [start, end) pops the value stack down to `depth` items, pushes the instruction
 * index of the raising instruction if `lasti`, pushes the exception, and jumps to `target`.
 * Rows are sorted by `start` and do not overlap (the innermost handler wins at assembly time).
 */
export interface ExceptionEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

/**
 * PyConfig.code_debug_ranges: false under -X no_debug_ranges or PYTHONNODEBUGRANGES (set once at
 * start-up, cli/main.ts). Code then keeps lines only: the assembler and code loading (marshal)
 * drop the columns, so co_positions gives None for them and tracebacks show no carets.
 */
export const codeConfig = { debugRanges: true };

/** Drops the column ranges of `positions` (4 numbers per instruction) when debug ranges are off. */
export function applyDebugRanges(positions: Int32Array): Int32Array {
  if (!codeConfig.debugRanges) {
    for (let p = 0; p < positions.length; p += 4) positions[p + 2] = positions[p + 3] = -1;
  }
  return positions;
}

export class CodeObject {
  /** Runtime values of `consts`, filled by the VM on first run. */
  runtimeConsts: unknown[] | null = null;
  /**
   * Finished frames of this code that nothing else refers to, for the baseline tier's calls to
   * reuse (vm/frame.ts: releaseFrame).
   */
  framePool: unknown[] | null = null;
  /** Free slot for the VM / JIT (per-code caches, counters). */
  vmData: unknown = null;
  /** The baseline tier's compiled function (vm/baseline/), false when the code cannot be compiled. */
  baseline: unknown = null;
  /** Of a generator's code: the index of RETURN_GENERATOR when only cell set-up precedes it, -1 otherwise, -2 not known yet (vm/eval.ts). */
  genStart = -2;
  /** The baseline tier's compiled body of a generator's code (run by its resumptions), false when it cannot be compiled. */
  genBaseline: unknown = null;
  /** Calls counted towards the baseline tier's threshold. */
  calls = 0;
  /**
   * Instructions where the tracing JIT leaves frames of this code (its traces' exits): the
   * baseline tier compiles them as places its code can go on from (vm/baseline/).
   */
  resumeAt: number[] | null = null;
  /**
   * Of the baseline tier's compiled function: the value-stack depth at each place it can go on
   * from (-1 elsewhere), or null when it can go on only from the start.
   */
  resumeDepths: Int16Array | null = null;
  /**
   * The number of positional arguments a call binds without the general rules (no `*args`,
   * `**kwargs` or keyword-only parameters; every parameter given), else -1: compiled code's
   * inline call path (baseline/compile.ts CALL).
   */
  readonly directArgs: number;

  constructor(
    readonly name: string,
    readonly qualname: string,
    public filename: string,
    readonly firstlineno: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly flags: number,
    /** One 32-bit word per instruction: `op | arg << 8` (bytecode/opcodes.ts). */
    readonly code: Int32Array,
    readonly consts: readonly Const[],
    /** co_names: attribute, global and imported names. */
    readonly names: readonly string[],
    /**
     * The fast locals, in CPython 3.11's "localsplus" order: `varnames` (parameters first, then
     * other locals in order of first appearance), then the cell variables that are not
     * parameters, then the free variables. LOAD_FAST/LOAD_DEREF/MAKE_CELL index this array.
     */
    readonly localsplusnames: readonly string[],
    /** How many of localsplusnames are varnames (co_nlocals). */
    readonly nlocals: number,
    /** co_cellvars (each is also in localsplusnames; a parameter that is a cell keeps its slot). */
    readonly cellvars: readonly string[],
    /** co_freevars: the last `freevars.length` entries of localsplusnames. */
    readonly freevars: readonly string[],
    readonly exceptionTable: readonly ExceptionEntry[],
    /**
     * Source positions, 4 numbers per instruction: line, end line, column, end column (columns
     * are UTF-8 byte offsets as in CPython's co_positions). -1 where unknown.
     */
    readonly positions: Int32Array,
    readonly stacksize: number,
  ) {
    this.directArgs = (flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 && kwonlyargcount === 0 ? argcount : -1;
    this.names = names.map(internName);
    this.localsplusnames = localsplusnames.map(internName);
    this.cellvars = cellvars.map(internName);
    this.freevars = freevars.map(internName);
  }

  get varnames(): readonly string[] {
    return this.localsplusnames.slice(0, this.nlocals);
  }

  /** The line of instruction `i`, or -1. */
  lineOf(i: number): number {
    return this.positions[i * 4];
  }
}
