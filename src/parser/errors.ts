// Syntax errors raised by the tokenizer and the parser.
//
// CPython's SyntaxError carries (msg, filename, lineno, offset, text, end_lineno, end_offset),
// where offset and end_offset are 1-based *character* offsets into the source line `text`.
// The tokenizer and parser track UTF-8 byte columns (as CPython's AST does), so errors are
// raised with byte columns and converted here.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    public kind: SyntaxErrorKind,
    public msg: string,
    public filename: string,
    public lineno: number,
    /** 1-based character offset, or -1/0 when CPython reports none. */
    public offset: number,
    public text: string | null,
    public endLineno: number,
    public endOffset: number,
    /**
     * Which SyntaxError arguments CPython gives: the full (filename, lineno, offset, text,
     * end_lineno, end_offset), the older 4-tuple without the end (source decoding errors), or
     * the message alone (errors with no place, printed without a `File` line).
     */
    public info: "full" | "short" | "none" = "full",
  ) {
    super(msg);
  }

  /**
   * The parser raised it at the end of the input, at a DEDENT there or at another token: with
   * more lines the parse could go on. The REPL asks for more input then, as CPython's
   * interactive tokenizer would.
   */
  atEndOfInput: "dedent" | "other" | null = null;
}

/** The `lineno`-th line (1-based) of `source`, with its newline, or null. */
export function sourceLine(source: string, lineno: number): string | null {
  if (lineno < 1) return null;
  let start = 0;
  for (let i = 1; i < lineno; i++) {
    const nl = source.indexOf("\n", start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start > source.length) return null;
  const nl = source.indexOf("\n", start);
  return nl < 0 ? source.slice(start) : source.slice(start, nl + 1);
}

/** Converts a 0-based UTF-8 byte column within `line` to a 0-based code point column. */
export function byteColToCharCol(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteCol; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    chars++;
  }
  return chars + (byteCol > bytes ? byteCol - bytes : 0);
}

/**
 * Builds a SyntaxError from byte positions (0-based columns) the way CPython's
 * `_PyPegen_raise_error_known_location` does: offsets become 1-based character offsets.
 */
export function makeSyntaxError(
  kind: SyntaxErrorKind,
  msg: string,
  filename: string,
  source: string,
  lineno: number,
  byteCol: number,
  endLineno: number,
  endByteCol: number,
): PySyntaxError {
  let text = sourceLine(source, lineno);
  let offset = byteCol + 1;
  let endOffset = endByteCol < 0 ? -1 : endByteCol + 1;
  if (text !== null) {
    // Quirk kept: for an error that ends on a later line, CPython's tokenizer has moved on and
    // takes the text from the source string without its newline; the end column (of the later
    // line) is measured against that first line and clamped to its length + 1.
    if (endLineno > lineno && text.endsWith("\n")) text = text.slice(0, text.endsWith("\r\n") ? -2 : -1);
    offset = byteColToCharCol(text, byteCol) + 1;
    if (endByteCol >= 0) {
      const endText = endLineno === lineno ? text : sourceLine(source, endLineno);
      if (endText === null) endOffset = endByteCol + 1;
      else if (endLineno > lineno) endOffset = byteColToCharCol(text, Math.min(endByteCol, Buffer.byteLength(text, "utf-8"))) + 1;
      else endOffset = byteColToCharCol(endText, endByteCol) + 1;
    }
  }
  return new PySyntaxError(kind, msg, filename, lineno, offset, text, endLineno, endOffset);
}

/**
 * Formats a SyntaxError the way CPython 3.11's print_error_text does for the last frame:
 *   File "f.py", line 2
 *     € = 2
 *     ^
 *   SyntaxError: invalid character '€' (U+20AC)
 * Quirks kept: leading blanks are stripped and trailing ones kept; the caret column counts
 * UTF-8 bytes of the text before the (character) offset; no caret when the offset falls in
 * the stripped indentation; a range that runs onto later lines is cut at the end of the line; an
 * IndentationError has a single caret.
 * `charOffsets`: the source declared its encoding (a coding cookie or a BOM), for which CPython's
 * offsets count characters and the caret column is the offset itself.
 */
export function formatSyntaxError(e: PySyntaxError, charOffsets = false): string {
  if (e.info === "none") return `${e.kind}: ${e.msg}\n`;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    const line = e.text.endsWith("\n") ? e.text.slice(0, -1) : e.text;
    const chars = Array.from(line);
    let endOffset = e.endOffset;
    if (e.endLineno > e.lineno) endOffset = chars.length + 1;
    // An IndentationError (or TabError) gets one caret, whatever its range.
    const reps = endOffset > 0 && endOffset > e.offset && e.kind === "SyntaxError" ? endOffset - e.offset : 1;
    let offset = Buffer.byteLength(chars.slice(0, Math.max(0, e.offset - 1)).join(""), "utf-8");
    if (e.offset - 1 > chars.length) offset += e.offset - 1 - chars.length;
    if (charOffsets) offset = e.offset - 1;
    if (e.offset < 1) offset = -1;
    let i = 0;
    while (i < line.length && (line[i] === " " || line[i] === "\t" || line[i] === "\f")) {
      i++;
      offset--;
    }
    const text = line.slice(i);
    const len = Buffer.byteLength(text, "utf-8");
    if (offset > len) offset = len;
    out += `    ${text}\n`;
    if (offset >= 0) out += "    " + " ".repeat(offset) + "^".repeat(reps) + "\n";
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}

/**
 * Source nested too deeply for the parser. CPython raises MemoryError when its parser's stack
 * (MAXSTACK) overflows; Typhon raises this when the JS stack does, at a similar depth.
 */
export class PyParserMemoryError extends Error {
  readonly kind = "MemoryError";
  constructor() {
    super("");
  }
}
