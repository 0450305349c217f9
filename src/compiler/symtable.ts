// The symbol table: which names each scope binds, uses and declares, and where each name lives
// (local, cell, free, global). CPython 3.11's Python/symtable.c, in two passes:
//   symtable-visit.ts    pass 1, the AST walk that records the facts (DEF_* flags) per block;
//   symtable-analyze.ts  pass 2, the scope of every name (LOCAL, CELL, FREE, GLOBAL_*);
//   symtable-future.ts   the `from __future__` features (future.c), read first;
//   symtable-entry.ts    the flags, scopes and the per-block entry;
//   symtable-dump.ts     a text form, the same as tests/compiler/symtable_oracle.py prints.
//
// Code generation asks the table built here for the block of each def, class, lambda and
// comprehension node (`lookup`), and for a name's scope in that block (`scope`).

import type * as A from "../parser/ast";
import { analyze } from "./symtable-analyze";
import { SymbolTable, FutureFeatures } from "./symtable-entry";
import { futureFromAst } from "./symtable-future";
import { SymtableBuilder, VisitOptions } from "./symtable-visit";

export * from "./symtable-entry";
export { mangle } from "./symtable-visit";
export { futureFromAst } from "./symtable-future";
export { dumpSymtable } from "./symtable-dump";

export interface SymtableOptions extends VisitOptions {
  /** The source text, for the `text` of SyntaxErrors (the line CPython reads from the file). */
  source?: string;
  /** Future features already known (e.g. inherited by compile()); default: read from the module. */
  future?: FutureFeatures;
}

/**
 * Builds the symbol table of a module (`_PySymtable_Build`, after `_PyFuture_FromAST`), as
 * `symtable.symtable(source, filename, mode)` and compile() do. Raises PySyntaxError for the
 * errors CPython's future.c and symtable.c raise, with CPython's messages and positions.
 */
export function buildSymtable(mod: A.mod, filename: string, opts: SymtableOptions = {}): SymbolTable {
  const source = opts.source ?? null;
  const future = opts.future ?? futureFromAst(mod, filename, source);
  const builder = new SymtableBuilder(filename, source, future, opts);
  const top = builder.build(mod);
  analyze(top, filename, source);
  return new SymbolTable(filename, top, builder.blocks, future);
}
