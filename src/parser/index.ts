// The parser's public face: source text or bytes in, AST out.

import * as A from "./ast";
import { Parser, ParseMode } from "./parser";
import { tokenize } from "./tokenizer";
import { decodeSource, normalizeNewlines } from "./source";

export { PySyntaxError, PyParserMemoryError, formatSyntaxError } from "./errors";
export { dump } from "./dump";
export type { ParseMode } from "./parser";

export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  /** Keep `# type:` comments in the AST (ast.parse(type_comments=True)). */
  typeComments?: boolean;
}

/** ast.parse on text. Raises PySyntaxError. */
export function parse(source: string, opts: ParseOptions = {}): A.mod {
  const filename = opts.filename ?? "<unknown>";
  const text = normalizeNewlines(source);
  const tk = tokenize(text, filename, opts.typeComments ?? false);
  const p = new Parser(tk, text, filename, opts.typeComments ?? false);
  return p.parse(opts.mode ?? "exec");
}

/** ast.parse on the bytes of a source file (coding cookie and BOM honoured). */
export function parseBytes(bytes: Uint8Array, opts: ParseOptions = {}): A.mod {
  const text = decodeSource(bytes, opts.filename ?? "<unknown>");
  return parse(text, opts);
}
