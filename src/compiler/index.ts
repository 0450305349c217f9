// The compiler's entry point: an AST (from the parser) to a code object, as CPython's
// compile() does after parsing: future features, constant folding (fold.ts), the symbol table
// (symtable.ts), code generation (codegen*.ts) and assembly (assemble.ts).
//
// Bytecode format and the contract with the VM: docs/bytecode.md.

import type * as A from "../parser/ast";
import type { CodeObject } from "../bytecode/code";
import { buildSymtable, futureFromAst } from "./symtable";
import { foldModule } from "./fold";
import { Compiler } from "./codegen-unit";
import { compileMod } from "./codegen";

export { CompilerBugError } from "./assemble";
export { unparseExpr } from "./unparse";

/** CO_FUTURE_BARRY_AS_BDFL, CO_FUTURE_ANNOTATIONS (code.ts CodeFlag). */
const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** compile()'s flag allowing top-level await (ast.PyCF_ALLOW_TOP_LEVEL_AWAIT). */
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

export interface CompileOptions {
  mode: "exec" | "eval" | "single";
  /** The source text, for the `text` of SyntaxErrors. */
  source?: string;
  /** Inherited CO_FUTURE_* flags (and PyCF_ALLOW_TOP_LEVEL_AWAIT). */
  flags?: number;
  /** -O level: 1 drops asserts and makes __debug__ False; 2 also drops docstrings. */
  optimize?: number;
  /** The calling code's recursion depth and limit, for the symbol table's nesting limit. */
  recursionDepth?: number;
  recursionLimit?: number;
}

/**
 * Compiles a parsed module (mode "exec": Module, "eval": Expression, "single": Interactive) to
 * its code object. Raises PySyntaxError for the errors CPython's compiler raises after parsing
 * (future statements, symbol table, code generation).
 */
export function compile(mod: A.mod, filename: string, opts: CompileOptions): CodeObject {
  const source = opts.source ?? null;
  const optimize = opts.optimize ?? 0;
  const inherited = opts.flags ?? 0;
  const ff = futureFromAst(mod, filename, source);
  const futureFlags = inherited | (ff.annotations ? CO_FUTURE_ANNOTATIONS : 0) | (ff.barryAsFlufl ? CO_FUTURE_BARRY_AS_BDFL : 0);
  const futureAnnotations = (futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
  const folded = foldModule(mod, { optimize, futureAnnotations });
  const st = buildSymtable(folded, filename, {
    source: source ?? undefined,
    future: { annotations: futureAnnotations, barryAsFlufl: (futureFlags & CO_FUTURE_BARRY_AS_BDFL) !== 0, lineno: ff.lineno },
    recursionDepth: opts.recursionDepth,
    recursionLimit: opts.recursionLimit,
  });
  const c = new Compiler(st, {
    filename, source, futureFlags, optimize,
    interactive: opts.mode === "single",
    futureAnnotations,
    futureLineno: ff.lineno,
    allowTopLevelAwait: (inherited & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0,
  });
  return compileMod(c, folded);
}
