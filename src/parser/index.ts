// The parser's public face: source text or bytes in, AST out.

import * as A from "./ast";
import { Parser, ParseMode } from "./parser";
import { tokenize } from "./tokenizer";
import { decodeSource, normalizeNewlines } from "./source";
import { PySyntaxError, sourceLine } from "./errors";

export { PySyntaxError, PyParserMemoryError, formatSyntaxError } from "./errors";
export { dump } from "./dump";
export type { ParseMode } from "./parser";
export { declaresEncoding, decodeSource, normalizeNewlines, SourceNeedsCodecs, sourceCodecs } from "./source";

export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  /** Keep `# type:` comments in the AST (ast.parse(type_comments=True)). */
  typeComments?: boolean;
  /** The source is a file being run (not a string given to compile()): changes some messages. */
  fileInput?: boolean;
}

/** ast.parse on text. Raises PySyntaxError. */
export function parse(source: string, opts: ParseOptions = {}): A.mod {
  const filename = opts.filename ?? "<unknown>";
  const mode = opts.mode ?? "exec";
  let text = normalizeNewlines(source);
  checkNullBytes(text, filename, opts.fileInput ?? false);
  // CPython's tokenizer adds a missing final newline to exec input (only): errors at the end of
  // such input are at that newline, and their text has it.
  const addedNewline = mode === "exec" && !text.endsWith("\n");
  if (addedNewline) text += "\n";
  const tk = tokenize(text, filename, opts.typeComments ?? false);
  const p = new Parser(tk, text, filename, opts.typeComments ?? false);
  p.fileInput = opts.fileInput ?? false;
  p.addedNewline = addedNewline;
  return p.parse(mode);
}

/** ast.parse on the bytes of a source file (coding cookie and BOM honoured). */
export function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): A.mod {
  const text = decodeSource(bytes, opts.filename ?? "<unknown>", opts.fileInput ?? false);
  return parse(text, opts);
}

/**
 * CPython refuses NUL characters before tokenizing: compile() says "source code string cannot
 * contain null bytes" (no position); running a file names the line, showing it up to the NUL.
 */
function checkNullBytes(text: string, filename: string, fileInput: boolean): void {
  const nul = text.indexOf("\0");
  if (nul < 0) return;
  if (!fileInput) throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, -1, null, 0, -1, "none");
  let lineno = 1;
  for (let i = 0; i < nul; i++) if (text.charCodeAt(i) === 10) lineno++;
  const line = sourceLine(text, lineno) ?? "";
  const text2 = line.slice(0, line.indexOf("\0")) + "\n";
  throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, lineno, -1, text2, lineno, -1);
}
