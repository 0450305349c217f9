// Future statements: CPython 3.11's Python/future.c (`_PyFuture_FromAST`), which runs just before
// the symbol table is built (by compile() and by symtable.symtable() alike) and raises the
// SyntaxErrors of unknown features. A future import that is not at the start of the file is
// mostly the code generator's error ("from __future__ imports must occur at the beginning of the
// file"); future.c only catches the one case of a later import on the same line.

import type * as A from "../parser/ast";
import { PySyntaxError, sourceLine } from "../parser/errors";
import type { FutureFeatures } from "./symtable-entry";

/** Features that every Python 3 has; importing them changes nothing. */
const ALWAYS_ON: ReadonlySet<string> = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "generator_stop",
]);

/**
 * Reads the future statements of `mod` (future.c `future_parse`). Errors are located as
 * `PyErr_SyntaxLocationObject` does: a 1-based byte offset and no end offset.
 */
export function futureFromAst(mod: A.mod, filename: string, source: string | null): FutureFeatures {
  const ff: FutureFeatures = { annotations: false, barryAsFlufl: false, lineno: 0 };
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff;
  const body = mod.body;
  // A docstring may come first.
  let i = hasDocString(body) ? 1 : 0;
  let done = false;
  let prevLine = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    // Only a statement on the same line as the last one can still be (wrongly) a future import.
    if (done && s.lineno > prevLine) return ff;
    prevLine = s.lineno;
    if (s._type === "ImportFrom" && s.module === "__future__") {
      // Quirk kept: this one error's offset is the 0-based column.
      if (done) throw futureError("from __future__ imports must occur at the beginning of the file", s, s.col_offset, filename, source);
      checkFeatures(ff, s, filename, source);
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

/** future.c `future_check_features`. */
function checkFeatures(ff: FutureFeatures, s: A.ImportFrom, filename: string, source: string | null): void {
  for (const alias of s.names) {
    const feature = alias.name;
    if (ALWAYS_ON.has(feature)) continue;
    if (feature === "barry_as_FLUFL") ff.barryAsFlufl = true;
    else if (feature === "annotations") ff.annotations = true;
    else if (feature === "braces") throw futureError("not a chance", s, s.col_offset + 1, filename, source);
    else throw futureError(`future feature ${feature} is not defined`, s, s.col_offset + 1, filename, source);
  }
}

/** `_PyAST_GetDocString`: the body starts with an expression statement that is a str constant. */
function hasDocString(body: A.stmt[]): boolean {
  if (body.length === 0) return false;
  const s = body[0];
  return s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";
}

function futureError(msg: string, s: A.stmt, offset: number, filename: string, source: string | null): PySyntaxError {
  const text = source === null ? null : sourceLine(source, s.lineno);
  return new PySyntaxError("SyntaxError", msg, filename, s.lineno, offset, text, s.lineno, -1);
}
