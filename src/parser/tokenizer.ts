// The tokenizer: source text (newlines already normalized to "\n") to a token array.
//
// It follows CPython 3.11's Parser/tokenizer.c in what it accepts and in the errors it raises
// (messages and positions), but produces the whole token list up front: the parser then
// indexes into it, which makes arbitrary lookahead and backtracking cheap.
//
// Columns are UTF-8 byte offsets within the line, as in CPython's AST. Comments and blank
// lines produce no tokens. With `typeComments`, comments of the form `# type: ...` become
// TYPE_COMMENT tokens and `# type: ignore...` comments are collected in `typeIgnores`.

import { makeSyntaxError, PySyntaxError, SyntaxErrorKind } from "./errors";
import { isIdentifierStart, isIdentifierContinue, isPrintableChar } from "./chars";

export const enum T {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  OP,
  TYPE_COMMENT,
  /** Tokenizing stopped here: `Tokenizer.error` (or EOF inside brackets) explains why. */
  ERRORTOKEN,
}

export interface Token {
  type: T;
  string: string;
  lineno: number;
  /** UTF-8 byte column of the first character. */
  col: number;
  endLineno: number;
  /** UTF-8 byte column just past the last character. */
  endCol: number;
  /** Character offsets into the source. */
  start: number;
  end: number;
}

export interface TypeIgnore {
  lineno: number;
  tag: string;
}

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

// Operators by length, longest first when matching.
const OPS3 = new Set(["**=", "...", "//=", ">>=", "<<="]);
const OPS2 = new Set([
  "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=",
  ">>", "@=", "^=", "|=",
]);
const OPS1 = "()[]{}:,;+-*/|&<>=.%~^@";

const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function isAsciiIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdentChar(c: number): boolean {
  return isAsciiIdentStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isPotentialIdentChar(c: number): boolean {
  return c >= 128 || isAsciiIdentChar(c);
}

/** The string prefixes CPython accepts, lower-cased. */
const STRING_PREFIXES = new Set(["r", "u", "f", "b", "br", "rb", "fr", "rf"]);

export class Tokenizer {
  readonly tokens: Token[] = [];
  readonly typeIgnores: TypeIgnore[] = [];
  /** The first error found, if any; tokens stop at an ERRORTOKEN there. */
  error: PySyntaxError | null = null;
  /**
   * The error is one CPython's tokenizer reports through its state (tok->done: E_EOF, E_DEDENT,
   * E_TABSPACE, E_TOODEEP, E_LINECONT) rather than by raising: the parser reports it only where
   * it reaches the ERRORTOKEN. A raised error replaces any error of the parser's.
   */
  errorDeferred = false;
  /** Set when the source ended inside brackets (an error the parser reports its own way). */
  eofInBrackets = false;
  /** Open brackets: char and the line and byte column where each was opened. */
  readonly parenStack: { ch: string; lineno: number; col: number }[] = [];

  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  /** Index of the first non-ASCII character on the current line (or the line's end). */
  private lineFirstNonAscii = 0;
  private lineEnd = 0;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];

  constructor(
    private readonly src: string,
    private readonly filename: string,
    private readonly typeComments: boolean = false,
  ) {}

  /** Tokenizes the whole source. Never throws: errors end the token list (see `error`). */
  run(): Token[] {
    this.startLine(0);
    try {
      this.scan();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.error = e;
      this.push(T.ERRORTOKEN, "", this.pos, this.pos);
    }
    return this.tokens;
  }

  // --- positions -----------------------------------------------------------------------------

  private startLine(start: number): void {
    this.lineStart = start;
    let end = this.src.indexOf("\n", start);
    if (end < 0) end = this.src.length;
    this.lineEnd = end;
    let i = start;
    while (i < end && this.src.charCodeAt(i) < 128) i++;
    this.lineFirstNonAscii = i;
  }

  /** Moves past a newline at `nlPos`, starting the next line. */
  private newline(nlPos: number): void {
    this.lineno++;
    this.startLine(nlPos + 1);
  }

  /** UTF-8 byte column of character offset `off` on the current line. */
  private col(off: number): number {
    if (off <= this.lineFirstNonAscii) return off - this.lineStart;
    return this.lineFirstNonAscii - this.lineStart + utf8Length(this.src, this.lineFirstNonAscii, off);
  }

  private push(type: T, string: string, start: number, end: number, startLineno?: number, startCol?: number): Token {
    const tok: Token = {
      type,
      string,
      lineno: startLineno ?? this.lineno,
      col: startCol ?? this.col(start),
      endLineno: this.lineno,
      endCol: this.col(end),
      start,
      end,
    };
    this.tokens.push(tok);
    return tok;
  }

  /**
   * CPython's tokenizer syntaxerror(): raised at once, on line `lineno` (starting at offset
   * `lineStart`) with the offset the number of characters from the line's start to `cur` (the
   * read position, with no +1) and no range: the end is the offset. The text is the line
   * without its newline.
   */
  private syntaxError(msg: string, cur: number, lineno = this.lineno, lineStart = this.lineStart): never {
    const offset = Array.from(this.src.slice(lineStart, cur)).length;
    this.raise(msg, lineno, lineStart, offset, offset);
  }

  /** syntaxerror_known_range(): a range given in UTF-8 bytes (not converted to characters). */
  private syntaxErrorRange(msg: string, start: number, end: number): never {
    this.raise(msg, this.lineno, this.lineStart, this.col(start) + 1, this.col(end) + 1);
  }

  private raise(msg: string, lineno: number, lineStart: number, offset: number, endOffset: number): never {
    let lineEnd = this.src.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = this.src.length;
    throw new PySyntaxError("SyntaxError", msg, this.filename, lineno, offset, this.src.slice(lineStart, lineEnd), lineno, endOffset);
  }

  /**
   * An error CPython's tokenizer reports through its state (see `errorDeferred`); the parser
   * then raises it on the current line (the text with its newline) at 1-based `offset`, with
   * `endOffset` -1 (no end) or 0 (an end column of -1 given as a known location).
   */
  private deferredError(kind: SyntaxErrorKind, msg: string, offset: number, endOffset: number): never {
    const e = makeSyntaxError(kind, msg, this.filename, this.src, this.lineno, 0, this.lineno, -1);
    e.offset = offset;
    e.endOffset = endOffset;
    this.errorDeferred = true;
    throw e;
  }

  /** Characters from the current line's start to `cur`: the offset of a deferred error at `cur`. */
  private charsTo(cur: number): number {
    return Array.from(this.src.slice(this.lineStart, cur)).length;
  }

  // --- the main loop -------------------------------------------------------------------------

  private scan(): void {
    const src = this.src;
    const n = src.length;
    let atBol = true;
    for (;;) {
      let blankLine = false;
      if (atBol) {
        atBol = false;
        blankLine = this.indentation();
      }
      // Skip spaces within the line.
      let c = src.charCodeAt(this.pos);
      while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++this.pos);
      const start = this.pos;

      if (this.pos >= n) {
        this.endOfInput();
        return;
      }

      // Comments (and type comments). A NEWLINE after a comment starts at the '#' (CPython's
      // tokenizer does not reset the token start after skipping the comment).
      if (c === 35 /* # */) {
        let end = src.indexOf("\n", this.pos);
        if (end < 0) end = n;
        this.pos = end;
        if (this.typeComments && this.typeComment(start, end, blankLine)) {
          if (this.pos < n && src.charCodeAt(this.pos) === 10 && blankLine && this.lastWasTypeIgnoreConsumingNewline) {
            this.lastWasTypeIgnoreConsumingNewline = false;
            this.newline(this.pos);
            this.pos++;
            atBol = true;
          }
          continue;
        }
        if (this.pos >= n) continue;
        c = 10;
      }

      if (c === 10 /* \n */) {
        const nl = this.pos;
        if (!blankLine && this.parenStack.length === 0) {
          // The token leaves the newline out: it ends at the newline's column.
          this.push(T.NEWLINE, "", start, nl + 1);
          this.tokens[this.tokens.length - 1].endCol = this.col(nl);
        }
        this.newline(nl);
        this.pos = nl + 1;
        atBol = true;
        continue;
      }

      if (c === 92 /* \ */) {
        this.continuation();
        continue;
      }

      // Identifiers, keywords and prefixed strings.
      if (isAsciiIdentStart(c) || c >= 128) {
        this.nameOrString(start);
        continue;
      }

      // Numbers, including ".5".
      if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(this.pos + 1)))) {
        this.number(start);
        continue;
      }

      if (c === 39 || c === 34 /* ' " */) {
        this.string(start, this.pos);
        continue;
      }

      this.operator(start);
    }
  }

  private lastWasTypeIgnoreConsumingNewline = false;

  /**
   * Handles a comment when type comments are enabled. Returns true if it was a type comment
   * (a TYPE_COMMENT token was pushed or a type-ignore recorded).
   */
  private typeComment(start: number, end: number, blankLine: boolean): boolean {
    // The prefix is "# type: " where each space matches any run of spaces and tabs.
    const src = this.src;
    const prefix = "# type: ";
    let p = start;
    for (let k = 0; k < prefix.length; k++) {
      const want = prefix[k];
      if (want === " ") {
        while (p < end && (src[p] === " " || src[p] === "\t")) p++;
      } else if (p < end && src[p] === want) {
        p++;
      } else {
        return false;
      }
    }
    const ignoreEnd = p + 6;
    const isIgnore =
      end >= ignoreEnd &&
      src.startsWith("ignore", p) &&
      !(end > ignoreEnd && (src.charCodeAt(ignoreEnd) >= 128 || isAsciiAlnum(src.charCodeAt(ignoreEnd))));
    if (isIgnore) {
      this.typeIgnores.push({ lineno: this.lineno, tag: src.slice(ignoreEnd, end) });
      // A type-ignore alone on its line swallows the line's newline too.
      this.lastWasTypeIgnoreConsumingNewline = blankLine;
      return true;
    }
    this.push(T.TYPE_COMMENT, src.slice(p, end), p, end);
    return true;
  }

  /**
   * Reads the indentation at the start of a line and pushes INDENT/DEDENT tokens.
   * Returns true if the line is blank or holds only a comment (such lines do not count).
   */
  private indentation(): boolean {
    const src = this.src;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c === 12) {
        col = altcol = 0;
      } else if (c === 92 /* \ */) {
        // Indentation cannot be split over lines with backslashes: the first backslash decides.
        contLineCol = contLineCol || col;
        this.continuation();
        continue;
      } else {
        break;
      }
      this.pos++;
    }
    const c = src.charCodeAt(this.pos);
    const blank = c === 35 || c === 10 || this.pos >= src.length;
    if (blank || this.parenStack.length > 0) return blank;
    if (contLineCol) {
      col = contLineCol;
      altcol = contLineCol;
    }
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) this.tabError();
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAXINDENT) this.deferredError("IndentationError", "too many levels of indentation", 1, 0);
      if (altcol <= this.altIndents[top]) this.tabError();
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push(T.INDENT, "", this.lineStart, this.pos);
    } else {
      let dedents = 0;
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        dedents++;
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // Reported after the whole line, newline included (CPython: tok->cur = tok->inp), at a
        // token without a position: no end offset.
        this.deferredError("IndentationError", "unindent does not match any outer indentation level", this.charsTo(this.lineEnd + 1), -1);
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
      for (let i = 0; i < dedents; i++) this.push(T.DEDENT, "", this.pos, this.pos);
    }
    return false;
  }

  private tabError(): never {
    this.deferredError("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
  }

  /** A backslash: it must be followed by a newline, which joins the lines. */
  private continuation(): void {
    const src = this.src;
    const bs = this.pos;
    // E_LINECONT is raised at the read position, after the character that follows (a known
    // location with no end: end offset 0); E_EOF at the end of the line, with no end.
    if (src.charCodeAt(bs + 1) !== 10) {
      this.pos = bs + 1;
      this.deferredError("SyntaxError", "unexpected character after line continuation character", this.charsTo(Math.min(bs + 2, src.length)), 0);
    }
    if (bs + 2 >= src.length) {
      this.pos = bs + 1;
      // Inside brackets, the end of the input is an unclosed bracket (see eofInBrackets).
      if (this.parenStack.length > 0) this.eofInBrackets = true;
      this.deferredError("SyntaxError", "unexpected EOF while parsing", this.charsTo(bs + 2), -1);
    }
    this.newline(bs + 1);
    this.pos = bs + 2;
  }

  /**
   * At the end of the input: an implicit NEWLINE (for a last line without one), the DEDENTs and
   * the ENDMARKER. CPython gives these no position; they belong to the last line read, and
   * their column (`col` and `endCol`) is the tokenizer's read position then: the end of that
   * line, its newline included. (Line 0 for an empty source.)
   */
  private endOfInput(): void {
    const n = this.src.length;
    let lineno = this.lineno;
    let lineStart = this.lineStart;
    if (n === 0) lineno = 0;
    else if (lineStart === n) {
      lineno--;
      lineStart = n < 2 ? 0 : this.src.lastIndexOf("\n", n - 2) + 1;
    }
    const col = utf8Length(this.src, lineStart, n);
    const eof = (type: T) => this.tokens.push({ type, string: "", lineno, col, endLineno: lineno, endCol: col, start: n, end: n });
    if (this.parenStack.length > 0) {
      this.eofInBrackets = true;
      this.errorDeferred = true;
      eof(T.ERRORTOKEN);
      return;
    }
    const last = this.tokens[this.tokens.length - 1];
    if (last && last.type !== T.NEWLINE && last.type !== T.DEDENT && last.type !== T.INDENT) eof(T.NEWLINE);
    for (let i = this.indents.length - 1; i > 0; i--) eof(T.DEDENT);
    eof(T.ENDMARKER);
  }

  // --- names and strings ---------------------------------------------------------------------

  private nameOrString(start: number): void {
    const src = this.src;
    let p = start;
    // A string prefix followed by a quote starts a string.
    while (p - start < 2 && isAsciiIdentStart(src.charCodeAt(p))) p++;
    for (let len = 1; len <= 2; len++) {
      const q = src.charCodeAt(start + len);
      if ((q === 39 || q === 34) && STRING_PREFIXES.has(src.slice(start, start + len).toLowerCase())) {
        this.string(start, start + len);
        return;
      }
    }
    p = start;
    let nonAscii = false;
    for (;;) {
      const c = src.charCodeAt(p);
      if (c >= 128) nonAscii = true;
      else if (!isAsciiIdentChar(c)) break;
      p++;
    }
    this.pos = p;
    let name = src.slice(start, p);
    if (nonAscii) name = this.verifyIdentifier(name, start);
    this.push(T.NAME, name, start, p);
  }

  /** CPython's verify_identifier: NFKC-normalize and check XID_Start/XID_Continue. */
  private verifyIdentifier(name: string, start: number): string {
    const normalized = name.normalize("NFKC");
    const cps = Array.from(normalized);
    let bad = -1;
    for (let i = 0; i < cps.length; i++) {
      const cp = cps[i].codePointAt(0)!;
      const ok = i === 0 ? cp === 95 || isIdentifierStart(cp) : isIdentifierContinue(cp);
      if (!ok) {
        bad = i;
        break;
      }
    }
    if (bad < 0) return normalized;
    // Find the offending character in the original text: the first character whose
    // normalized prefix is no longer a valid identifier (as CPython does).
    const orig = Array.from(name);
    let k = 0;
    let off = start;
    for (; k < orig.length; k++) {
      const prefix = orig.slice(0, k + 1).join("").normalize("NFKC");
      const pcs = Array.from(prefix);
      let valid = true;
      for (let i = 0; i < pcs.length; i++) {
        const cp = pcs[i].codePointAt(0)!;
        if (!(i === 0 ? cp === 95 || isIdentifierStart(cp) : isIdentifierContinue(cp))) {
          valid = false;
          break;
        }
      }
      if (!valid) break;
      off += orig[k].length;
    }
    const ch = orig[Math.min(k, orig.length - 1)];
    const cp = ch.codePointAt(0)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    this.pos = off + ch.length;
    if (!isPrintableChar(cp)) this.syntaxError(`invalid non-printable character U+${hex}`, off + ch.length);
    this.syntaxError(`invalid character '${ch}' (U+${hex})`, off + ch.length);
  }

  /** A string literal starting at `start` whose quote is at `q`. */
  private string(start: number, q: number): void {
    const src = this.src;
    const quote = src.charCodeAt(q);
    const startLineno = this.lineno;
    const startLine = this.lineStart;
    const startCol = this.col(start);
    // Unterminated: reported at the string's start (offset: its first character + 1), the line
    // where it was detected being the last line read.
    const unterminated = (what: string, detectedAt: number): never =>
      this.syntaxError(`unterminated ${what} (detected at line ${detectedAt})`, start + 1, startLineno, startLine);
    let p = q + 1;
    const triple = src.charCodeAt(p) === quote && src.charCodeAt(p + 1) === quote;
    if (triple) p += 2;
    for (;;) {
      if (p >= src.length) {
        this.pos = p;
        const lastLine = this.lineStart === src.length ? this.lineno - 1 : this.lineno;
        unterminated(triple ? "triple-quoted string literal" : "string literal", lastLine);
      }
      const c = src.charCodeAt(p);
      if (c === quote) {
        if (!triple) {
          p++;
          break;
        }
        if (src.charCodeAt(p + 1) === quote && src.charCodeAt(p + 2) === quote) {
          p += 3;
          break;
        }
        p++;
      } else if (c === 92 /* \ */) {
        if (src.charCodeAt(p + 1) === 10) this.newline(p + 1);
        p += 2;
      } else if (c === 10) {
        if (!triple) {
          this.pos = p;
          unterminated("string literal", this.lineno);
        }
        this.newline(p);
        p++;
      } else {
        p++;
      }
    }
    this.pos = p;
    this.push(T.STRING, src.slice(start, p), start, p, startLineno, startCol);
  }

  // --- numbers -------------------------------------------------------------------------------

  private number(start: number): void {
    const src = this.src;
    let p = start;
    const c0 = src.charCodeAt(p);
    if (c0 === 48 /* 0 */) {
      const x = src.charCodeAt(p + 1) | 0x20;
      if (x === 0x78 /* x */) {
        p = this.digits(p + 2, isHexDigit, "hexadecimal", true);
        this.endOfNumber(start, p, "hexadecimal");
        return;
      }
      if (x === 0x6f /* o */) {
        p = this.digits(p + 2, isOctDigit, "octal", true);
        const d = src.charCodeAt(p);
        if (isDigit(d)) {
          this.pos = p + 1;
          this.syntaxError(`invalid digit '${src[p]}' in octal literal`, p + 1);
        }
        this.endOfNumber(start, p, "octal");
        return;
      }
      if (x === 0x62 /* b */) {
        p = this.digits(p + 2, (c) => c === 48 || c === 49, "binary", true);
        const d = src.charCodeAt(p);
        if (isDigit(d)) {
          this.pos = p + 1;
          this.syntaxError(`invalid digit '${src[p]}' in binary literal`, p + 1);
        }
        this.endOfNumber(start, p, "binary");
        return;
      }
      // "0", "00", "0_0", or a float/imaginary starting with 0.
      let nonzero = false;
      p++;
      for (;;) {
        while (src.charCodeAt(p) === 48) p++;
        if (src.charCodeAt(p) === 95 && isDigit(src.charCodeAt(p + 1))) {
          p++;
          continue;
        }
        if (src.charCodeAt(p) === 95) {
          this.pos = p + 1;
          this.syntaxError("invalid decimal literal", p + 1);
        }
        break;
      }
      const zerosEnd = p;
      if (isDigit(src.charCodeAt(p))) {
        nonzero = true;
        p = this.digits(p, isDigit, "decimal", false);
      }
      const c = src.charCodeAt(p);
      if (c === 46 || (c | 0x20) === 0x65 || (c | 0x20) === 0x6a) {
        this.fraction(start, p);
        return;
      }
      if (nonzero) {
        // Old-style octal: "leading zeros ... are not permitted", from the number's start to
        // just past its first nonzero digit.
        this.pos = zerosEnd;
        this.syntaxErrorRange(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, zerosEnd,
        );
      }
      this.endOfNumber(start, p, "decimal");
      return;
    }
    if (c0 !== 46) p = this.digits(p, isDigit, "decimal", false);
    const c = src.charCodeAt(p);
    if (c === 46 || (c | 0x20) === 0x65 || (c | 0x20) === 0x6a) {
      this.fraction(start, p);
      return;
    }
    this.endOfNumber(start, p, "decimal");
  }

  /** Digits with single underscores between them; returns the end offset. */
  private digits(p: number, ok: (c: number) => boolean, kind: string, afterPrefix: boolean): number {
    const src = this.src;
    if (afterPrefix) {
      // A prefix may be followed by one underscore.
      if (src.charCodeAt(p) === 95) p++;
      if (!ok(src.charCodeAt(p))) {
        const c = src.charCodeAt(p);
        if (kind === "octal" && isDigit(c)) {
          this.pos = p + 1;
          this.syntaxError(`invalid digit '${src[p]}' in octal literal`, p + 1);
        }
        if (kind === "binary" && isDigit(c)) {
          this.pos = p + 1;
          this.syntaxError(`invalid digit '${src[p]}' in binary literal`, p + 1);
        }
        this.pos = p;
        this.syntaxError(`invalid ${kind} literal`, p);
      }
    }
    for (;;) {
      while (ok(src.charCodeAt(p))) p++;
      if (src.charCodeAt(p) !== 95) return p;
      p++;
      if (!ok(src.charCodeAt(p))) {
        this.pos = p;
        this.syntaxError(`invalid ${kind} literal`, p);
      }
    }
  }

  /** The rest of a float or imaginary literal from `p` (at '.', 'e' or 'j'). */
  private fraction(start: number, p: number): void {
    const src = this.src;
    if (src.charCodeAt(p) === 46) {
      p++;
      if (isDigit(src.charCodeAt(p))) p = this.digits(p, isDigit, "decimal", false);
    }
    if ((src.charCodeAt(p) | 0x20) === 0x65) {
      const e = p;
      p++;
      if (src.charCodeAt(p) === 43 || src.charCodeAt(p) === 45) {
        p++;
        if (!isDigit(src.charCodeAt(p))) {
          this.pos = p;
          this.syntaxError("invalid decimal literal", p);
        }
      } else if (!isDigit(src.charCodeAt(p))) {
        // "1e" followed by a name: the exponent is not part of the number.
        this.endOfNumber(start, e, "decimal");
        return;
      }
      p = this.digits(p, isDigit, "decimal", false);
    }
    if ((src.charCodeAt(p) | 0x20) === 0x6a) {
      p++;
      this.endOfNumber(start, p, "imaginary");
      return;
    }
    this.endOfNumber(start, p, "decimal");
  }

  /**
   * CPython's verify_end_of_number: a number followed directly by a name character is an
   * error, except before a few keywords (a deprecated but accepted spelling like "1if x").
   */
  private endOfNumber(start: number, p: number, kind: string): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (isPotentialIdentChar(c)) {
      const allowed = ["and", "else", "for", "if", "in", "is", "not", "or"];
      const rest = src.slice(p, p + 4);
      let ok = false;
      for (const kw of allowed) {
        if (rest.startsWith(kw)) ok = true;
      }
      if (!ok) {
        this.pos = p;
        this.syntaxError(`invalid ${kind} literal`, p);
      }
    }
    this.pos = p;
    this.push(T.NUMBER, src.slice(start, p), start, p);
  }

  // --- operators -----------------------------------------------------------------------------

  private operator(start: number): void {
    const src = this.src;
    const three = src.substr(start, 3);
    const two = src.substr(start, 2);
    let op: string;
    if (OPS3.has(three)) op = three;
    else if (OPS2.has(two)) op = two;
    else op = src[start];
    const c = op.charCodeAt(0);
    if (op.length === 1 && OPS1.indexOf(op) < 0) {
      const cp = src.codePointAt(start)!;
      if (c === 33 /* ! */ || c === 36 /* $ */ || c === 63 /* ? */ || c === 96 /* ` */) {
        // CPython returns these as ERRORTOKEN; the parser reports "invalid syntax" at them.
        this.pos = start + 1;
        this.push(T.OP, op, start, start + 1);
        return;
      }
      const hex = cp.toString(16).toUpperCase().padStart(4, "0");
      const ch = String.fromCodePoint(cp);
      this.pos = start + ch.length;
      if (!isPrintableChar(cp)) this.syntaxError(`invalid non-printable character U+${hex}`, start + ch.length);
      this.syntaxError(`invalid character '${ch}' (U+${hex})`, start + ch.length);
    }
    this.pos = start + op.length;
    if (op === "(" || op === "[" || op === "{") {
      if (this.parenStack.length >= MAXLEVEL) this.syntaxError("too many nested parentheses", this.pos);
      this.parenStack.push({ ch: op, lineno: this.lineno, col: this.col(start) });
    } else if (op === ")" || op === "]" || op === "}") {
      const open = this.parenStack.pop();
      if (open === undefined) {
        this.syntaxError(`unmatched '${op}'`, start + 1);
      }
      if (open.ch !== CLOSERS[op]) {
        const msg =
          open.lineno !== this.lineno
            ? `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}' on line ${open.lineno}`
            : `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`;
        this.syntaxError(msg, start + 1);
      }
    }
    this.push(T.OP, op, start, this.pos);
  }
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}
function isOctDigit(c: number): boolean {
  return c >= 48 && c <= 55;
}
function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/** Number of UTF-8 bytes of src[from:to]. Lone surrogates count 3 bytes (as surrogateescape would not, but they cannot come from valid UTF-8 anyway). */
export function utf8Length(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export function tokenize(src: string, filename: string, typeComments = false): Tokenizer {
  const t = new Tokenizer(src, filename, typeComments);
  t.run();
  return t;
}
