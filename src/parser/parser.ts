// The parser: tokens to CPython 3.11's AST.
//
// A hand-written recursive-descent parser over the token array, following the rules of
// CPython's Grammar/python.gram (each parse method names the rule it implements). Where the
// PEG grammar needs more than one token of lookahead (targets, `with (...)`, soft keywords)
// the parser backtracks by saving and restoring `this.pos`.
//
// Errors: a plain failure throws ParseFail and is turned into "invalid syntax" at the furthest
// token examined (as CPython reports the furthest token its first pass reached). The specific
// messages of CPython's second ("invalid_*" rules) pass are raised directly where the parser
// can recognize the same situation.

import * as A from "./ast";
import { T, Token, Tokenizer, TypeIgnore } from "./tokenizer";
import { byteColToCharCol, makeSyntaxError, PyParserMemoryError, PySyntaxError, sourceLine, SyntaxErrorKind } from "./errors";
import { StringParser } from "./strings";

/**
 * The tokens CPython gives no position (col_offset -1): INDENT, DEDENT, ENDMARKER, ERRORTOKEN
 * and the NEWLINE added at the end of input without a final newline (Typhon's has no extent).
 * An error at one is at the tokenizer's read position then, which Typhon keeps as the token's
 * end.
 */
function positionless(t: Token): boolean {
  return t.type === T.INDENT || t.type === T.DEDENT || t.type === T.ENDMARKER || t.type === T.ERRORTOKEN ||
    (t.type === T.NEWLINE && t.start === t.end);
}

class ParseFail {
  constructor(public readonly pos: number) {}
}

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  filename?: string;
  mode?: ParseMode;
  typeComments?: boolean;
}

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
  "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
  "with", "yield",
]);

const AUGASSIGN: Record<string, A.operator> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "&=": "BitAnd",
  "|=": "BitOr", "^=": "BitXor", "<<=": "LShift", ">>=": "RShift", "**=": "Pow", "//=": "FloorDiv",
};

const COMPARE_OPS: Record<string, A.cmpop> = {
  "==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
};

type Pos = { lineno: number; col: number };

/** Statements CPython names in "expected an indented block after ..." messages. */
type BlockOwner = string;

export class Parser {
  private pos = 0;
  private furthest = 0;
  private readonly tokens: Token[];
  readonly typeIgnores: TypeIgnore[];
  private readonly strings: StringParser;
  /** Depth of nested f-string expression parsing. */
  fstringDepth = 0;
  /**
   * The parser of an f-string's replacement field: its source "(expression)", the number of
   * the line before its first and the byte shift of its first line's columns. (CPython parses
   * it on its own: its errors give that source as their text, their columns less the shift.)
   */
  fstring: { source: string; baseLine: number; shift: number } | null = null;
  /** The source is a file being run (CPython's tokenizer reads it from the file). */
  fileInput = false;
  /** The source had no final newline: one was added (exec input). */
  addedNewline = false;

  constructor(
    readonly tokenizer: Tokenizer,
    readonly source: string,
    readonly filename: string,
    readonly typeComments: boolean,
  ) {
    this.tokens = tokenizer.tokens;
    this.typeIgnores = tokenizer.typeIgnores;
    this.strings = new StringParser(this);
  }

  // --- token access --------------------------------------------------------------------------

  private get tok(): Token {
    if (this.pos > this.furthest) this.furthest = this.pos;
    return this.tokens[this.pos];
  }

  /** The current token's type (a method, so that TypeScript does not narrow it across next()). */
  private tt(): T {
    return this.tok.type;
  }

  private peekAt(k: number): Token {
    const i = Math.min(this.pos + k, this.tokens.length - 1);
    if (i > this.furthest) this.furthest = i;
    return this.tokens[i];
  }

  private get last(): Token {
    return this.tokens[this.pos - 1];
  }

  /** _PyPegen_get_last_nonnwhitespace_token */
  private lastNonWs(): Token {
    let m = this.pos - 1;
    let t = this.tokens[m];
    while (m > 0 && (t.type === T.NEWLINE || t.type === T.INDENT || t.type === T.DEDENT || t.type === T.ENDMARKER)) t = this.tokens[--m];
    return t;
  }

  private next(): Token {
    const t = this.tok;
    if (t.type === T.ERRORTOKEN) this.fail();
    this.pos++;
    return t;
  }

  private at(op: string): boolean {
    const t = this.tok;
    return t.type === T.OP && t.string === op;
  }

  private atKw(kw: string): boolean {
    const t = this.tok;
    return t.type === T.NAME && t.string === kw;
  }

  private eat(op: string): Token | null {
    return this.at(op) ? this.next() : null;
  }

  private eatKw(kw: string): Token | null {
    return this.atKw(kw) ? this.next() : null;
  }

  private expect(op: string): Token {
    if (!this.at(op)) this.fail();
    return this.next();
  }

  private expectKw(kw: string): Token {
    if (!this.atKw(kw)) this.fail();
    return this.next();
  }

  private atName(): boolean {
    const t = this.tok;
    return t.type === T.NAME && !KEYWORDS.has(t.string);
  }

  private expectName(): Token {
    if (!this.atName()) this.fail();
    return this.next();
  }

  fail(): never {
    throw new ParseFail(this.pos);
  }

  // --- positions -----------------------------------------------------------------------------

  /**
   * Gives `node` the span from `start` to `end`: by default the last token consumed that is not
   * NEWLINE/INDENT/DEDENT (CPython's EXTRA: so a statement ending in ';' or a type comment, and
   * a block ending in one, include it).
   */
  private loc<N extends A.Located>(node: Omit<N, keyof A.Located>, start: Pos, end: Token = this.lastNonWs()): N {
    const n = node as N;
    n.lineno = start.lineno;
    n.col_offset = start.col;
    n.end_lineno = end.endLineno;
    n.end_col_offset = end.endCol;
    return n;
  }

  private span<N extends object>(node: N, start: A.Located, end: A.Located): N & A.Located {
    const n = node as N & A.Located;
    n.lineno = start.lineno;
    n.col_offset = start.col_offset;
    n.end_lineno = end.end_lineno;
    n.end_col_offset = end.end_col_offset;
    return n;
  }

  private posOf(e: A.Located): Pos {
    return { lineno: e.lineno, col: e.col_offset };
  }

  // --- errors --------------------------------------------------------------------------------
  //
  // CPython's errors come with a location (RAISE_SYNTAX_ERROR_KNOWN_LOCATION/_RANGE/_NODE: the
  // node's or token's start + 1 and end + 1, an end column -1 giving 0) or without one
  // (RAISE_SYNTAX_ERROR, RAISE_INDENTATION_ERROR: at the last token the parser fetched, see
  // raiseError).

  /**
   * A SyntaxError from byte columns (0-based; `endCol` -1: end offset 0). Its text is the line
   * without its newline when the tokenizer has read later lines (CPython takes it from the
   * source string then, the current line from the tokenizer's buffer otherwise).
   */
  private errorAt(kind: SyntaxErrorKind, msg: string, lineno: number, col: number, endLineno: number, endCol: number): PySyntaxError {
    if (this.fstring !== null) return this.fstringError(kind, msg, lineno, col + 1, endLineno, endCol < 0 ? 0 : endCol + 1);
    const e = makeSyntaxError(kind, msg, this.filename, this.source, lineno, col, endLineno, endCol);
    if (endCol < 0) e.endOffset = 0;
    e.text ??= "";
    this.textAsRead(e, this.lastFetched().endLineno);
    return e;
  }

  private textAsRead(e: PySyntaxError, tokenizerLine: number): void {
    if (e.text === null || !e.text.endsWith("\n")) return;
    // A file being run: the line as the file has it.
    const strip = this.fileInput ? this.addedNewline && e.lineno === this.tokens[this.tokens.length - 1].lineno : e.lineno < tokenizerLine;
    if (strip) e.text = e.text.slice(0, -1);
  }

  /**
   * An error of an f-string's expression parser, at 1-based byte offsets: CPython takes away
   * the first line's shift (from every line's offsets: those of later lines go negative) and
   * does not convert them to characters; the text is the line of "(expression)\n".
   */
  private fstringError(kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number): PySyntaxError {
    const f = this.fstring!;
    const text = sourceLine(f.source + "\n", lineno - f.baseLine) ?? "";
    if (!msg.startsWith("f-string")) msg = "f-string: " + msg;
    const e = new PySyntaxError(kind, msg, this.filename, lineno, offset - f.shift, text, endLineno, endOffset - f.shift);
    if (text.endsWith("\n") && lineno < this.lastFetched().endLineno) e.text = text.slice(0, -1);
    return e;
  }

  /** Whether `t` is one of the tokens at the end of the input (for PySyntaxError.atEndOfInput). */
  private endOfInput(t: Token): "dedent" | "other" | null {
    if (t.start < this.source.length) return null;
    return t.type === T.DEDENT ? "dedent" : "other";
  }

  /** The furthest token the parser fetched (CPython's p->tokens[p->fill-1]). */
  private lastFetched(): Token {
    return this.tokens[Math.min(this.furthest, this.tokens.length - 1)];
  }

  /**
   * RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR (_PyPegen_raise_error): at the last token
   * fetched, its start + 1 to its end + 1; at a token without a position, at the tokenizer's
   * read position on its line, with no end (-1).
   */
  raiseError(msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    const t = this.lastFetched();
    if (!positionless(t)) throw this.errorAt(kind, msg, t.lineno, t.col, t.endLineno, t.endCol);
    if (this.fstring !== null) throw this.fstringError(kind, msg, t.lineno, t.endCol, t.lineno, -1);
    const e = makeSyntaxError(kind, msg, this.filename, this.source, t.lineno, 0, t.lineno, -1);
    e.atEndOfInput = this.endOfInput(t);
    // No line read yet (empty input): offset 0. Reading a file, the tokenizer empties its
    // buffer before it finds the end of the file: offset 0 there too.
    e.offset = e.text === null || (this.fileInput && e.atEndOfInput !== null) ? 0 : byteColToCharCol(e.text, t.endCol);
    e.text ??= "";
    this.textAsRead(e, t.lineno);
    throw e;
  }

  error(msg: string, start: { lineno: number; col: number }, end: { endLineno: number; endCol: number }, kind: SyntaxErrorKind = "SyntaxError"): never {
    throw this.errorAt(kind, msg, start.lineno, start.col, end.endLineno, end.endCol);
  }

  private errorAtNode(msg: string, a: A.Located, b: A.Located = a): never {
    throw this.errorAt("SyntaxError", msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  private errorAtToken(msg: string, t: Token, kind: SyntaxErrorKind = "SyntaxError"): never {
    throw this.errorAt(kind, msg, t.lineno, t.col, t.endLineno, t.endCol);
  }

  /** Runs `f`; on a plain parse failure restores the position and returns null. */
  private attempt<R>(f: () => R): R | null {
    const save = this.pos;
    try {
      return f();
    } catch (e) {
      if (e instanceof ParseFail) {
        this.pos = save;
        return null;
      }
      throw e;
    }
  }

  // --- entry points --------------------------------------------------------------------------

  /** Parses according to `mode` and converts failures into CPython's SyntaxError. */
  parse(mode: ParseMode): A.mod {
    try {
      switch (mode) {
        case "exec": return this.file();
        case "eval": return this.evalInput();
        case "single": return this.interactive();
        case "func_type": return this.funcTypeInput();
      }
    } catch (e) {
      if (e instanceof ParseFail) this.reportFailure();
      if (e instanceof PySyntaxError) this.reportError(e);
      if (e instanceof RangeError) throw new PyParserMemoryError();
      throw e;
    }
  }

  /**
   * A specific error from the parser. An error the tokenizer raised anywhere in the source
   * replaces it (CPython tokenizes the rest of the source to look for one); so does one it
   * reported through its state where the parser fetched its ERRORTOKEN, or an unclosed bracket.
   */
  private reportError(e: PySyntaxError): never {
    this.tokenizerErrors();
    throw e;
  }

  /** The tokenizer's errors that take precedence over the parser's (see reportError). */
  private tokenizerErrors(): void {
    const tk = this.tokenizer;
    if (tk.error && !tk.errorDeferred) throw tk.error;
    const last = this.lastFetched();
    if (last.type === T.ERRORTOKEN) {
      if (tk.eofInBrackets) this.unclosedBracket();
      throw tk.error!;
    }
    // _PyPegen_tokenize_full_source_to_check_for_errors: tokenizing stopped inside brackets
    // opened on a line before the last token fetched.
    const end = this.tokens[this.tokens.length - 1];
    if (end.type === T.ERRORTOKEN && tk.parenStack.length > 0 && last.lineno > tk.parenStack[tk.parenStack.length - 1].lineno) {
      this.unclosedBracket();
    }
  }

  private unclosedBracket(): never {
    const open = this.tokenizer.parenStack[this.tokenizer.parenStack.length - 1];
    // A known location with no end column (end offset 0), raised when the tokenizer has read
    // the whole source.
    const e = makeSyntaxError("SyntaxError", `'${open.ch}' was never closed`, this.filename, this.source, open.lineno, open.col, open.lineno, -1);
    e.endOffset = 0;
    this.textAsRead(e, this.tokens[this.tokens.length - 1].lineno);
    throw e;
  }

  /** A plain failure: CPython's generic error reporting (_Pypegen_set_syntax_error). */
  private reportFailure(): never {
    const last = this.lastFetched();
    if (last.type === T.ERRORTOKEN) this.tokenizerErrors();
    // Reported as they are: CPython does not look further for tokenizer errors then.
    if (last.type === T.INDENT || last.type === T.DEDENT) {
      this.raiseError(last.type === T.INDENT ? "unexpected indent" : "unexpected unindent", "IndentationError");
    }
    let err: PySyntaxError;
    if (positionless(last)) {
      // RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token with column -1: offsets 0.
      err = this.errorAt("SyntaxError", "invalid syntax", last.lineno, -1, last.lineno, -1);
      err.offset = 0;
      err.atEndOfInput = this.endOfInput(last);
    } else {
      err = this.errorAt("SyntaxError", "invalid syntax", last.lineno, last.col, last.endLineno, last.endCol);
    }
    this.reportError(err);
  }

  // file: [statements] ENDMARKER
  private file(): A.Module {
    const body = this.statementsUntil(T.ENDMARKER);
    const ignores = this.typeIgnores.map((t): A.TypeIgnore => ({ _type: "TypeIgnore", lineno: t.lineno, tag: t.tag }));
    return { _type: "Module", body, type_ignores: ignores };
  }

  // eval: expressions NEWLINE* ENDMARKER
  private evalInput(): A.Expression {
    const startTok = this.tok;
    const body = this.expressions();
    // invalid_legacy_expression (print "x") is an expression rule: eval input has it too.
    if (this.tt() !== T.NEWLINE && this.tt() !== T.ENDMARKER) this.badExpressionStatement(body, startTok);
    while (this.tt() === T.NEWLINE) this.next();
    if (this.tt() !== T.ENDMARKER) this.fail();
    return { _type: "Expression", body };
  }

  // interactive: statement_newline
  private interactive(): A.Interactive {
    // An empty input (blank lines and comments) is the ENDMARKER alternative, which fails.
    if (this.tt() === T.ENDMARKER) this.fail();
    let body: A.stmt[];
    let compound = true;
    const m = this.atKw("match") ? this.attempt(() => this.matchStmt()) : null;
    if (m) {
      body = [m];
    } else if (this.isCompoundStart()) {
      body = [this.compoundStmt()];
    } else {
      body = this.simpleStmts();
      compound = false;
    }
    while (this.tt() === T.NEWLINE) this.next();
    if (this.tt() !== T.ENDMARKER) {
      if (compound) this.fail();
      // CPython's parser stops after the statement and finds more source after it
      // (bad_single_statement): the error is at the statement's last NEWLINE, the last token
      // it fetched.
      let i = this.pos - 1;
      while (i > 0 && this.tokens[i].type !== T.NEWLINE) i--;
      this.furthest = i;
      this.raiseError("multiple statements found while compiling a single statement");
    }
    return { _type: "Interactive", body };
  }

  // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
  private funcTypeInput(): A.FunctionType {
    this.expect("(");
    const argtypes: A.expr[] = [];
    while (!this.at(")")) {
      if (this.eat("*")) argtypes.push(this.expression());
      else if (this.eat("**")) argtypes.push(this.expression());
      else argtypes.push(this.expression());
      if (!this.eat(",")) break;
    }
    this.expect(")");
    this.expect("->");
    const returns = this.expression();
    while (this.tt() === T.NEWLINE) this.next();
    if (this.tt() !== T.ENDMARKER) this.fail();
    return { _type: "FunctionType", argtypes, returns };
  }

  /** fstring: star_expressions — a replacement field's expression, from a sub-tokenizer. */
  parseFstring(): A.expr {
    try {
      const e = this.starExpressions();
      if (this.tt() === T.NEWLINE) this.next();
      if (this.tt() !== T.ENDMARKER) this.fail();
      return e;
    } catch (e) {
      if (e instanceof ParseFail) this.reportFailure();
      if (e instanceof PySyntaxError) this.reportError(e);
      throw e;
    }
  }

  // --- statements ----------------------------------------------------------------------------

  private statementsUntil(end: T): A.stmt[] {
    const body: A.stmt[] = [];
    while (this.tt() !== end) {
      this.statement(body);
    }
    return body;
  }

  // statement: compound_stmt | simple_stmts
  private statement(out: A.stmt[]): void {
    if (this.isCompoundStart()) {
      out.push(this.compoundStmt());
      return;
    }
    if (this.atKw("match")) {
      const m = this.attempt(() => this.matchStmt());
      if (m) {
        out.push(m);
        return;
      }
    }
    for (const s of this.simpleStmts()) out.push(s);
  }

  private isCompoundStart(): boolean {
    const t = this.tok;
    if (t.type === T.OP) return t.string === "@";
    if (t.type !== T.NAME) return false;
    switch (t.string) {
      case "def": case "if": case "class": case "with": case "for": case "try": case "while":
        return true;
      case "async": {
        const n = this.peekAt(1);
        return n.type === T.NAME && (n.string === "def" || n.string === "with" || n.string === "for");
      }
      default:
        return false;
    }
  }

  private compoundStmt(): A.stmt {
    const t = this.tok;
    if (t.type === T.OP) return this.decorated();
    switch (t.string) {
      case "def": return this.functionDef([], null);
      case "if": return this.ifStmt();
      case "class": return this.classDef([], null);
      case "with": return this.withStmt(null);
      case "for": return this.forStmt(null);
      case "try": return this.tryStmt();
      case "while": return this.whileStmt();
      case "async": {
        const a = this.next();
        const n = this.tok.string;
        if (n === "def") return this.functionDef([], a);
        if (n === "with") return this.withStmt(a);
        return this.forStmt(a);
      }
    }
    this.fail();
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  private simpleStmts(): A.stmt[] {
    const out: A.stmt[] = [this.simpleStmt()];
    while (this.eat(";")) {
      if (this.tt() === T.NEWLINE) break;
      out.push(this.simpleStmt());
    }
    if (this.tt() !== T.NEWLINE) this.fail();
    this.next();
    return out;
  }

  private simpleStmt(): A.stmt {
    const t = this.tok;
    const start: Pos = t;
    if (t.type === T.NAME) {
      switch (t.string) {
        case "return": {
          this.next();
          const value = this.atExprEnd() ? null : this.starExpressions();
          return this.loc<A.Return>({ _type: "Return", value }, start);
        }
        case "import": return this.importName();
        case "from": return this.importFrom();
        case "raise": {
          this.next();
          let exc: A.expr | null = null;
          let cause: A.expr | null = null;
          if (!this.atExprEnd()) {
            exc = this.expression();
            if (this.eatKw("from")) cause = this.expression();
          }
          return this.loc<A.Raise>({ _type: "Raise", exc, cause }, start);
        }
        case "pass": this.next(); return this.loc<A.Pass>({ _type: "Pass" }, start);
        case "break": this.next(); return this.loc<A.Break>({ _type: "Break" }, start);
        case "continue": this.next(); return this.loc<A.Continue>({ _type: "Continue" }, start);
        case "del": return this.delStmt();
        case "assert": {
          this.next();
          const test = this.expression();
          const msg = this.eat(",") ? this.expression() : null;
          return this.loc<A.Assert>({ _type: "Assert", test, msg }, start);
        }
        case "global":
        case "nonlocal": {
          this.next();
          const names = [this.expectName().string];
          while (this.eat(",")) names.push(this.expectName().string);
          const type = t.string === "global" ? "Global" : "Nonlocal";
          return this.loc<A.Global>({ _type: type, names } as Omit<A.Global, keyof A.Located>, start);
        }
      }
    }
    return this.exprOrAssignment();
  }

  /** True at a token that ends a simple statement's optional expression. */
  private atExprEnd(): boolean {
    const t = this.tok;
    return t.type === T.NEWLINE || (t.type === T.OP && t.string === ";") || t.type === T.ENDMARKER;
  }

  // assignment | star_expressions
  private exprOrAssignment(): A.stmt {
    const startTok = this.tok;
    const start: Pos = startTok;
    // NAME ':' expression ['=' annotated_rhs]
    if (this.atName() && this.peekAt(1).type === T.OP && this.peekAt(1).string === ":") {
      const nameTok = this.next();
      const target = this.loc<A.Name>({ _type: "Name", id: nameTok.string, ctx: "Store" }, nameTok);
      this.next();
      const annotation = this.expression();
      const value = this.eat("=") ? this.annotatedRhs() : null;
      return this.loc<A.AnnAssign>({ _type: "AnnAssign", target, annotation, value, simple: 1 }, start);
    }
    const first = this.atKw("yield") ? this.yieldExpr() : this.starExpressions();
    if (this.at(":=") && first._type !== "Name") this.errorAtNode(`cannot use assignment expressions with ${exprName(first)}`, first);
    const t = this.tok;
    if (t.type === T.OP) {
      if (t.string === "=") {
        const targets: A.expr[] = [first];
        let value: A.expr = first;
        while (this.eat("=")) {
          value = this.atKw("yield") ? this.yieldExpr() : this.starExpressions();
          targets.push(value);
        }
        targets.pop();
        for (let i = 0; i < targets.length; i++) this.checkAssignTarget(targets[i], i === 0 && targets.length === 1 ? "assign" : "chained");
        for (const tg of targets) setContext(tg, "Store");
        let typeComment: string | null = null;
        if (this.tt() === T.TYPE_COMMENT) typeComment = this.next().string;
        return this.loc<A.Assign>({ _type: "Assign", targets, value, type_comment: typeComment }, start);
      }
      if (t.string === ":") {
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        this.checkAnnTarget(first);
        this.next();
        const annotation = this.expression();
        const value = this.eat("=") ? this.annotatedRhs() : null;
        setContext(first, "Store");
        const simple = first._type === "Name" && first.col_offset === startTok.col && first.lineno === startTok.lineno ? 1 : 0;
        return this.loc<A.AnnAssign>({ _type: "AnnAssign", target: first, annotation, value, simple }, start);
      }
      const op = AUGASSIGN[t.string];
      if (op !== undefined) {
        if (first._type !== "Name" && first._type !== "Attribute" && first._type !== "Subscript") {
          this.errorAtNode(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
        }
        this.next();
        const value = this.atKw("yield") ? this.yieldExpr() : this.starExpressions();
        setContext(first, "Store");
        return this.loc<A.AugAssign>({ _type: "AugAssign", target: first, op, value }, start);
      }
    }
    if (!this.atExprEnd()) this.badExpressionStatement(first, startTok);
    return this.loc<A.Expr>({ _type: "Expr", value: first }, start);
  }

  /** Called when an expression statement is followed by something unexpected. */
  private badExpressionStatement(first: A.expr, startTok: Token): never {
    // invalid_legacy_expression: print "x" / exec "x"
    if (first._type === "Name" && (first.id === "print" || first.id === "exec") && startTok.type === T.NAME) {
      const save = this.pos;
      const rest = this.attempt(() => this.starExpressions());
      if (rest) {
        this.errorAtNode(`Missing parentheses in call to '${first.id}'. Did you mean ${first.id}(...)?`, first, rest);
      }
      this.pos = save;
    }
    this.fail();
  }

  // annotated_rhs: yield_expr | star_expressions
  private annotatedRhs(): A.expr {
    return this.atKw("yield") ? this.yieldExpr() : this.starExpressions();
  }

  private checkAnnTarget(e: A.expr): void {
    if (e._type === "Name" || e._type === "Attribute" || e._type === "Subscript") return;
    if (e._type === "Tuple") this.errorAtNode("only single target (not tuple) can be annotated", e);
    if (e._type === "List") this.errorAtNode("only single target (not list) can be annotated", e);
    this.errorAtNode("illegal target for annotation", e);
  }

  /** Checks a target of `=` (or `for`, `with ... as`); raises CPython's "cannot assign to" errors. */
  private checkAssignTarget(e: A.expr, how: "assign" | "chained" | "for" | "with" | "comprehension"): void {
    const bad = invalidTarget(e, how === "for" || how === "comprehension");
    if (bad === null) return;
    if ((how === "assign" || how === "chained") && bad._type === "Starred" && e === bad) {
      // A lone starred target: "starred assignment target must be in a list or tuple" comes
      // from the compiler; the parser accepts it.
      return;
    }
    const name = exprName(bad);
    if ((how === "assign" || how === "chained") && (bad._type === "Yield" || bad._type === "YieldFrom") && bad === e) {
      this.errorAtNode("assignment to yield expression not possible", bad);
    }
    if (how === "assign" && (bad === e) && isMaybeComparison(bad)) {
      this.errorAtNode(`cannot assign to ${name} here. Maybe you meant '==' instead of '='?`, bad);
    }
    this.errorAtNode(`cannot assign to ${name}`, bad);
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE)
  private delStmt(): A.Delete {
    const start = this.next();
    const targets: A.expr[] = [];
    for (;;) {
      const e = this.delTarget();
      targets.push(e);
      if (!this.eat(",")) break;
      if (this.atExprEnd()) break;
    }
    if (!this.atExprEnd()) this.fail();
    return this.loc<A.Delete>({ _type: "Delete", targets }, start);
  }

  private delTarget(): A.expr {
    if (this.at("*")) {
      const st = this.tok;
      this.next();
      const value = this.bitwiseOr();
      const starred = this.loc<A.Starred>({ _type: "Starred", value, ctx: "Del" }, st);
      this.errorAtNode("cannot delete starred", starred);
    }
    const e = this.bitwiseOr();
    const bad = invalidDelTarget(e);
    if (bad) this.errorAtNode(`cannot delete ${exprName(bad)}`, bad);
    setContext(e, "Del");
    return e;
  }

  // import_name: 'import' dotted_as_names
  private importName(): A.Import {
    const start = this.next();
    const names: A.alias[] = [];
    do {
      const nstart = this.tok;
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.eatKw("as")) asname = this.expectName().string;
      names.push(this.loc<A.alias>({ _type: "alias", name, asname }, nstart));
    } while (this.eat(","));
    return this.loc<A.Import>({ _type: "Import", names }, start);
  }

  private dottedName(): string {
    let name = this.expectName().string;
    while (this.at(".")) {
      this.next();
      name += "." + this.expectName().string;
    }
    return name;
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | ...
  private importFrom(): A.ImportFrom {
    const start = this.next();
    let level = 0;
    for (;;) {
      if (this.eat(".")) level += 1;
      else if (this.eat("...")) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.atKw("import")) module = this.dottedName();
    else if (level === 0) this.fail();
    this.expectKw("import");
    const names: A.alias[] = [];
    if (this.at("*")) {
      const s = this.next();
      names.push(this.loc<A.alias>({ _type: "alias", name: "*", asname: null }, s));
    } else {
      const paren = this.eat("(");
      for (;;) {
        const nstart = this.tok;
        const name = this.expectName().string;
        let asname: string | null = null;
        if (this.eatKw("as")) asname = this.expectName().string;
        names.push(this.loc<A.alias>({ _type: "alias", name, asname }, nstart));
        if (!this.at(",")) break;
        const comma = this.next();
        if (paren && this.at(")")) break;
        if (!paren && this.atExprEnd()) {
          this.errorAtToken("trailing comma not allowed without surrounding parentheses", this.tok);
        }
        void comma;
      }
      if (paren) this.expect(")");
    }
    return this.loc<A.ImportFrom>({ _type: "ImportFrom", module, names, level }, start);
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  private block(owner: BlockOwner, ownerTok: Token): A.stmt[] {
    if (this.tt() === T.NEWLINE) {
      this.next();
      if (this.tt() !== T.INDENT) this.raiseError(`expected an indented block after ${owner} on line ${ownerTok.lineno}`, "IndentationError");
      this.next();
      const body = this.statementsUntil(T.DEDENT);
      this.next();
      return body;
    }
    return this.simpleStmts();
  }

  /** The ':' ending a compound statement's header. */
  private expectColon(): void {
    if (this.at(":")) {
      this.next();
      return;
    }
    // invalid_*: "expected ':'" is reported when the header ends the line.
    if (this.tt() === T.NEWLINE) this.raiseError("expected ':'");
    this.fail();
  }

  // decorators: ('@' f=named_expression NEWLINE)+
  private decorated(): A.stmt {
    const decorators: A.expr[] = [];
    while (this.at("@")) {
      this.next();
      decorators.push(this.namedExpression());
      if (this.tt() !== T.NEWLINE) this.fail();
      this.next();
    }
    if (this.atKw("def")) return this.functionDef(decorators, null);
    if (this.atKw("class")) return this.classDef(decorators, null);
    if (this.atKw("async") && this.peekAt(1).string === "def") {
      const a = this.next();
      return this.functionDef(decorators, a);
    }
    this.fail();
  }

  // function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' [func_type_comment] block
  private functionDef(decorators: A.expr[], asyncTok: Token | null): A.FunctionDef | A.AsyncFunctionDef {
    const defTok = this.expectKw("def");
    const start: Pos = asyncTok ?? defTok;
    const name = this.expectName().string;
    if (!this.at("(")) this.errorAtToken("expected '('", this.tok);
    this.next();
    const args = this.parameters(")", true);
    this.expect(")");
    const returns = this.eat("->") ? this.expression() : null;
    this.expectColon();
    let typeComment: string | null = null;
    // func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT
    if (this.tt() === T.TYPE_COMMENT) {
      typeComment = this.next().string;
    } else if (this.tt() === T.NEWLINE && this.peekAt(1).type === T.TYPE_COMMENT) {
      const n2 = this.peekAt(2);
      const n3 = this.peekAt(3);
      if (n2.type === T.NEWLINE && n3.type === T.INDENT) {
        this.next();
        typeComment = this.next().string;
      }
    }
    const body = this.block("function definition", defTok);
    const type = asyncTok ? "AsyncFunctionDef" : "FunctionDef";
    return this.loc<A.FunctionDef>({ _type: type, name, args, body, decorator_list: decorators, returns, type_comment: typeComment } as Omit<A.FunctionDef, keyof A.Located>, start);
  }

  /**
   * invalid_parameters / invalid_lambda_parameters: `(a, b)` where a parameter should be, after
   * plain parameters only. Raises CPython's error over the parentheses, or fails plainly.
   */
  private parenthesizedParams(close: string, annotations: boolean): never {
    const open = this.tok;
    const furthest = this.furthest;
    const fail = (): never => {
      // The generic error stays at the '(' (the furthest token of CPython's first pass).
      this.furthest = furthest;
      throw new ParseFail(this.pos);
    };
    this.next();
    for (;;) {
      if (!this.atName()) fail();
      this.param(annotations, false);
      if (!this.eat(",")) break;
      if (this.at(")")) break;
    }
    if (!this.at(")")) fail();
    const what = close === ":" ? "Lambda expression parameters" : "Function parameters";
    throw this.errorAt("SyntaxError", `${what} cannot be parenthesized`, open.lineno, open.col, this.tok.endLineno, this.tok.endCol);
  }

  /**
   * params (for `def`, closed by ')') and lambda_params (closed by ':'):
   * slash_no_default, slash_with_default, param_no_default, param_with_default, star_etc.
   */
  private parameters(close: string, annotations: boolean): A.arguments {
    const posonly: A.arg[] = [];
    const args: A.arg[] = [];
    const defaults: A.expr[] = [];
    const kwonly: A.arg[] = [];
    const kwDefaults: (A.expr | null)[] = [];
    let vararg: A.arg | null = null;
    let kwarg: A.arg | null = null;
    let sawDefault = false;
    let sawStar = false;
    let sawSlash = false;
    const typeComment = () => {
      if (annotations && this.tt() === T.TYPE_COMMENT) return this.next().string;
      return null;
    };
    while (!this.at(close)) {
      if (this.at("/")) {
        const slash = this.next();
        if (sawSlash) this.errorAtToken("/ may appear only once", slash);
        if (sawStar) this.errorAtToken("/ must be ahead of *", slash);
        if (args.length === 0) this.errorAtToken("at least one argument must precede /", slash);
        sawSlash = true;
        posonly.push(...args);
        args.length = 0;
      } else if (this.at("*")) {
        const star = this.next();
        if (sawStar) this.errorAtToken("* argument may appear only once", star);
        sawStar = true;
        if (this.at(",") || this.at(close)) {
          // bare '*': keyword-only marker
          const after = this.peekAt(1);
          if (this.at(close) || (after.type === T.OP && (after.string === close || after.string === "**"))) {
            this.errorAtToken("named arguments must follow bare *", star);
          }
        } else {
          vararg = this.param(annotations, true);
          if (this.at("=")) this.errorAtToken("var-positional argument cannot have default value", this.tok);
        }
      } else if (this.at("**")) {
        this.next();
        kwarg = this.param(annotations, false);
        if (this.at("=")) this.errorAtToken("var-keyword argument cannot have default value", this.tok);
        if (this.at(",")) {
          this.next();
          kwarg.type_comment = typeComment() ?? kwarg.type_comment;
        } else {
          kwarg.type_comment = typeComment() ?? kwarg.type_comment;
        }
        if (!this.at(close)) {
          if (this.at("/") || this.at("*") || this.at("**") || this.atName()) {
            this.errorAtToken("arguments cannot follow var-keyword argument", this.tok);
          }
          this.fail();
        }
        break;
      } else {
        if (this.at("(") && !sawSlash && !sawStar && !sawDefault) this.parenthesizedParams(close, annotations);
        const a = this.param(annotations, false);
        if (this.eat("=")) {
          const d = this.expression();
          if (sawStar) kwDefaults.push(d);
          else {
            defaults.push(d);
            sawDefault = true;
          }
        } else if (sawStar) {
          kwDefaults.push(null);
        } else if (sawDefault) {
          this.errorAtNode("non-default argument follows default argument", a);
        }
        if (sawStar) kwonly.push(a);
        else args.push(a);
        if (this.at(",")) {
          this.next();
          a.type_comment = typeComment();
          continue;
        }
        a.type_comment = typeComment();
        break;
      }
      if (!this.eat(",")) break;
      const tc = typeComment();
      if (tc !== null && vararg) vararg.type_comment = tc;
    }
    if (!this.at(close)) this.fail();
    return { _type: "arguments", posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kw_defaults: kwDefaults, kwarg, defaults };
  }

  // param: NAME annotation?   (star_annotation allows a starred expression after '*')
  private param(annotations: boolean, star: boolean): A.arg {
    const nameTok = this.expectName();
    let annotation: A.expr | null = null;
    if (annotations && this.eat(":")) {
      annotation = star && this.at("*") ? this.starExpression() : this.expression();
    }
    return this.loc<A.arg>({ _type: "arg", arg: nameTok.string, annotation, type_comment: null }, nameTok);
  }

  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  private classDef(decorators: A.expr[], _unused: null): A.ClassDef {
    const start = this.expectKw("class");
    const name = this.expectName().string;
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.at("(")) {
      const open = this.next();
      [bases, keywords] = this.callArguments(open, false);
      this.expect(")");
    }
    this.expectColon();
    const body = this.block("class definition", start);
    return this.loc<A.ClassDef>({ _type: "ClassDef", name, bases, keywords, body, decorator_list: decorators }, start);
  }

  // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
  private ifStmt(): A.If {
    const start = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block(`'${start.string}' statement`, start);
    let orelse: A.stmt[] = [];
    if (this.atKw("elif")) {
      orelse = [this.ifStmt()];
    } else if (this.atKw("else")) {
      const e = this.next();
      this.expectColon();
      orelse = this.block("'else' statement", e);
    }
    return this.loc<A.If>({ _type: "If", test, body, orelse }, start);
  }


  // while_stmt: 'while' named_expression ':' block [else_block]
  private whileStmt(): A.While {
    const start = this.next();
    const test = this.namedExpression();
    this.expectColon();
    const body = this.block("'while' statement", start);
    let orelse: A.stmt[] = [];
    if (this.atKw("else")) {
      const e = this.next();
      this.expectColon();
      orelse = this.block("'else' statement", e);
    }
    return this.loc<A.While>({ _type: "While", test, body, orelse }, start);
  }

  // for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  private forStmt(asyncTok: Token | null): A.For | A.AsyncFor {
    const forTok = this.expectKw("for");
    const start: Pos = asyncTok ?? forTok;
    const target = this.starTargets("for");
    if (!this.atKw("in")) this.fail();
    this.next();
    const iter = this.starExpressions();
    this.expectColon();
    const typeComment = this.tt() === T.TYPE_COMMENT ? this.next().string : null;
    const body = this.block("'for' statement", forTok);
    let orelse: A.stmt[] = [];
    if (this.atKw("else")) {
      const e = this.next();
      this.expectColon();
      orelse = this.block("'else' statement", e);
    }
    const type = asyncTok ? "AsyncFor" : "For";
    return this.loc<A.For>({ _type: type, target, iter, body, orelse, type_comment: typeComment } as Omit<A.For, keyof A.Located>, start);
  }

  /** star_targets for `for` and comprehensions: parsed up to (not including) 'in'. */
  private starTargets(how: "for" | "comprehension"): A.expr {
    const start = this.tok;
    const first = this.starTarget();
    let e: A.expr = first;
    if (this.at(",")) {
      const elts = [first];
      while (this.eat(",")) {
        if (this.atKw("in") || this.at("=")) break;
        elts.push(this.starTarget());
      }
      e = this.loc<A.Tuple>({ _type: "Tuple", elts, ctx: "Store" }, start);
    }
    this.checkAssignTarget(e, how);
    setContext(e, "Store");
    return e;
  }

  private starTarget(): A.expr {
    if (this.at("*")) {
      const s = this.next();
      const value = this.starTarget();
      return this.loc<A.Starred>({ _type: "Starred", value, ctx: "Store" }, s);
    }
    return this.bitwiseOr();
  }

  // with_stmt
  private withStmt(asyncTok: Token | null): A.With | A.AsyncWith {
    const withTok = this.expectKw("with");
    const start: Pos = asyncTok ?? withTok;
    let items: A.withitem[] | null = null;
    if (this.at("(")) {
      // 'with' '(' ','.with_item+ ','? ')' ':' block
      items = this.attempt(() => {
        this.next();
        const list: A.withitem[] = [];
        do {
          if (this.at(")")) break;
          list.push(this.withItem());
        } while (this.eat(","));
        this.expect(")");
        if (!this.at(":")) this.fail();
        return list;
      });
    }
    let typeComment: string | null = null;
    if (items === null) {
      items = [];
      do items.push(this.withItem());
      while (this.eat(","));
      this.expectColon();
      if (this.tt() === T.TYPE_COMMENT) typeComment = this.next().string;
    } else {
      this.expectColon();
    }
    const body = this.block("'with' statement", withTok);
    const type = asyncTok ? "AsyncWith" : "With";
    return this.loc<A.With>({ _type: type, items, body, type_comment: typeComment } as Omit<A.With, keyof A.Located>, start);
  }

  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  private withItem(): A.withitem {
    const contextExpr = this.expression();
    let optionalVars: A.expr | null = null;
    if (this.eatKw("as")) {
      optionalVars = this.starTarget();
      if (!(this.at(",") || this.at(")") || this.at(":"))) {
        // invalid_with_stmt: the header ends the line.
        if (this.tt() === T.NEWLINE) this.raiseError("expected ':'");
        this.fail();
      }
      this.checkAssignTarget(optionalVars, "with");
      setContext(optionalVars, "Store");
    }
    return { _type: "withitem", context_expr: contextExpr, optional_vars: optionalVars };
  }

  // try_stmt
  private tryStmt(): A.Try | A.TryStar {
    const start = this.next();
    this.expectColon();
    const body = this.block("'try' statement", start);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKw("except")) {
      const h = this.next();
      const isStar = this.at("*") ? (this.next(), true) : false;
      if (star !== null && star !== isStar) {
        this.errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", h);
      }
      star = isStar;
      let type: A.expr | null = null;
      let name: string | null = null;
      if (!this.at(":") && this.tt() !== T.NEWLINE) {
        type = this.expression();
        if (this.at(",")) {
          // except a, b: -> "multiple exception types must be parenthesized"
          this.errorAtNode("multiple exception types must be parenthesized", type, this.attempt(() => { this.next(); return this.expressions(); }) ?? type);
        }
        if (this.eatKw("as")) name = this.expectName().string;
      } else if (isStar) {
        this.raiseError("expected one or more exception types");
      }
      this.expectColon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", h);
      const handler = this.loc<A.ExceptHandler>({ _type: "ExceptHandler", type, name, body: hbody }, h);
      handlers.push(handler);
    }
    let orelse: A.stmt[] = [];
    let finalbody: A.stmt[] = [];
    if (handlers.length > 0 && this.atKw("else")) {
      const e = this.next();
      this.expectColon();
      orelse = this.block("'else' statement", e);
    }
    if (this.atKw("finally")) {
      const f = this.next();
      this.expectColon();
      finalbody = this.block("'finally' statement", f);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      this.raiseError("expected 'except' or 'finally' block");
    }
    const type = star ? "TryStar" : "Try";
    return this.loc<A.Try>({ _type: type, body, handlers, orelse, finalbody } as Omit<A.Try, keyof A.Located>, start);
  }

  // --- match statement -----------------------------------------------------------------------

  // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  private matchStmt(): A.Match {
    const start = this.next();
    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    const sstart = this.tok;
    let subject = this.starNamedExpression();
    if (this.at(",")) {
      const elts = [subject];
      while (this.eat(",")) {
        if (this.at(":")) break;
        elts.push(this.starNamedExpression());
      }
      subject = this.loc<A.Tuple>({ _type: "Tuple", elts, ctx: "Load" }, sstart);
    } else if (subject._type === "Starred") {
      this.fail();
    }
    if (!this.at(":")) this.fail();
    this.next();
    if (this.tt() !== T.NEWLINE) this.fail();
    this.next();
    if (this.tt() !== T.INDENT) {
      this.raiseError(`expected an indented block after 'match' statement on line ${start.lineno}`, "IndentationError");
    }
    this.next();
    const cases: A.match_case[] = [];
    while (this.atKw("case")) cases.push(this.caseBlock());
    if (cases.length === 0 || this.tt() !== T.DEDENT) this.fail();
    this.next();
    const lastBody = cases[cases.length - 1].body;
    return this.loc<A.Match>({ _type: "Match", subject, cases }, start);
  }

  // case_block: "case" patterns guard? ':' block
  private caseBlock(): A.match_case {
    const caseTok = this.next();
    const pattern = this.patterns();
    const guard = this.eatKw("if") ? this.namedExpression() : null;
    this.expectColon();
    const body = this.block("'case' statement", caseTok);
    return { _type: "match_case", pattern, guard, body };
  }

  // patterns: open_sequence_pattern | pattern
  private patterns(): A.pattern {
    const start = this.tok;
    const first = this.maybeStarPattern();
    if (!this.at(",")) {
      if (first._type === "MatchStar") this.fail();
      return first;
    }
    const patterns = [first];
    while (this.eat(",")) {
      if (this.at(":") || this.atKw("if")) break;
      patterns.push(this.maybeStarPattern());
    }
    return this.loc<A.MatchSequence>({ _type: "MatchSequence", patterns }, start);
  }

  // maybe_star_pattern: star_pattern | pattern
  private maybeStarPattern(): A.pattern {
    if (this.at("*")) {
      const s = this.next();
      const n = this.expectName();
      const name = n.string === "_" ? null : n.string;
      return this.loc<A.MatchStar>({ _type: "MatchStar", name }, s);
    }
    return this.pattern();
  }

  // pattern: as_pattern | or_pattern
  private pattern(): A.pattern {
    const start = this.tok;
    const p = this.orPattern();
    if (this.atKw("as")) {
      this.next();
      const n = this.tok;
      if (n.type === T.NAME && n.string === "_") this.errorAtToken("cannot use '_' as a target", n);
      if (!this.atName()) this.fail();
      this.next();
      return this.loc<A.MatchAs>({ _type: "MatchAs", pattern: p, name: n.string }, start);
    }
    return p;
  }

  // or_pattern: '|'.closed_pattern+
  private orPattern(): A.pattern {
    const start = this.tok;
    const first = this.closedPattern();
    if (!this.at("|")) return first;
    const patterns = [first];
    while (this.eat("|")) patterns.push(this.closedPattern());
    return this.loc<A.MatchOr>({ _type: "MatchOr", patterns }, start);
  }

  private closedPattern(): A.pattern {
    const t = this.tok;
    const start: Pos = t;
    if (t.type === T.NUMBER || (t.type === T.OP && t.string === "-")) {
      const value = this.signedOrComplexNumber();
      return this.loc<A.MatchValue>({ _type: "MatchValue", value }, start);
    }
    if (t.type === T.STRING) {
      const value = this.strings.parseStrings();
      if (value._type === "JoinedStr") this.errorAtNode("patterns may only match literals and attribute lookups", value);
      return this.loc<A.MatchValue>({ _type: "MatchValue", value }, start);
    }
    if (t.type === T.NAME) {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.next();
        const value = t.string === "None" ? null : t.string === "True";
        return this.loc<A.MatchSingleton>({ _type: "MatchSingleton", value }, start);
      }
      if (KEYWORDS.has(t.string)) this.fail();
      // capture_pattern, wildcard_pattern, value_pattern or class_pattern
      this.next();
      let cls: A.expr = this.loc<A.Name>({ _type: "Name", id: t.string, ctx: "Load" }, t);
      let dotted = false;
      while (this.at(".")) {
        this.next();
        const attr = this.expectName();
        cls = this.loc<A.Attribute>({ _type: "Attribute", value: cls, attr: attr.string, ctx: "Load" }, start);
        dotted = true;
      }
      if (this.at("(")) return this.classPattern(cls, start);
      if (dotted) return this.loc<A.MatchValue>({ _type: "MatchValue", value: cls }, start);
      if (this.at("=")) this.fail();
      const name = t.string === "_" ? null : t.string;
      return this.loc<A.MatchAs>({ _type: "MatchAs", pattern: null, name }, start);
    }
    if (t.type === T.OP) {
      if (t.string === "(") {
        this.next();
        if (this.at(")")) {
          this.next();
          return this.loc<A.MatchSequence>({ _type: "MatchSequence", patterns: [] }, start);
        }
        const first = this.maybeStarPattern();
        if (this.at(")") && first._type !== "MatchStar") {
          // group_pattern: '(' pattern ')'
          this.next();
          return first;
        }
        const patterns = [first];
        if (!this.at(",")) this.fail();
        while (this.eat(",")) {
          if (this.at(")")) break;
          patterns.push(this.maybeStarPattern());
        }
        this.expect(")");
        return this.loc<A.MatchSequence>({ _type: "MatchSequence", patterns }, start);
      }
      if (t.string === "[") {
        this.next();
        const patterns: A.pattern[] = [];
        while (!this.at("]")) {
          patterns.push(this.maybeStarPattern());
          if (!this.eat(",")) break;
        }
        this.expect("]");
        return this.loc<A.MatchSequence>({ _type: "MatchSequence", patterns }, start);
      }
      if (t.string === "{") return this.mappingPattern();
    }
    this.fail();
  }

  // signed_number | complex_number
  private signedOrComplexNumber(): A.expr {
    const start = this.tok;
    let real: A.expr;
    if (this.at("-")) {
      this.next();
      if (this.tt() !== T.NUMBER) this.fail();
      const n = this.numberAtom();
      real = this.loc<A.UnaryOp>({ _type: "UnaryOp", op: "USub", operand: n }, start);
    } else {
      if (this.tt() !== T.NUMBER) this.fail();
      real = this.numberAtom();
    }
    if (this.at("+") || this.at("-")) {
      const op = this.next().string === "+" ? "Add" : "Sub";
      if (this.tt() !== T.NUMBER) this.fail();
      const imag = this.numberAtom();
      const rv = (real._type === "UnaryOp" ? (real.operand as A.Constant) : (real as A.Constant)).value;
      if (rv instanceof A.ComplexConst) this.errorAtNode("real number required in complex literal", real);
      if (!((imag as A.Constant).value instanceof A.ComplexConst)) this.errorAtNode("imaginary number required in complex literal", imag);
      return this.loc<A.BinOp>({ _type: "BinOp", left: real, op, right: imag }, start);
    }
    return real;
  }

  // class_pattern: name_or_attr '(' [pattern args] ')'
  private classPattern(cls: A.expr, start: Pos): A.MatchClass {
    this.expect("(");
    const patterns: A.pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.pattern[] = [];
    while (!this.at(")")) {
      if (this.atName() && this.peekAt(1).type === T.OP && this.peekAt(1).string === "=") {
        kwdAttrs.push(this.next().string);
        this.next();
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length > 0) this.errorAtNode("positional patterns follow keyword patterns", p);
        patterns.push(p);
      }
      if (!this.eat(",")) break;
    }
    this.expect(")");
    return this.loc<A.MatchClass>({ _type: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns }, start);
  }

  // mapping_pattern
  private mappingPattern(): A.MatchMapping {
    const start = this.next();
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    while (!this.at("}")) {
      if (this.at("**")) {
        this.next();
        rest = this.expectName().string;
        this.eat(",");
        break;
      }
      keys.push(this.mappingKey());
      this.expect(":");
      patterns.push(this.pattern());
      if (!this.eat(",")) break;
    }
    this.expect("}");
    return this.loc<A.MatchMapping>({ _type: "MatchMapping", keys, patterns, rest }, start);
  }

  // key: literal_expr | attr
  private mappingKey(): A.expr {
    const t = this.tok;
    if (t.type === T.NUMBER || (t.type === T.OP && t.string === "-")) return this.signedOrComplexNumber();
    if (t.type === T.STRING) return this.strings.parseStrings();
    if (t.type === T.NAME) {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.next();
        const value = t.string === "None" ? null : t.string === "True";
        return this.loc<A.Constant>({ _type: "Constant", value, kind: null }, t);
      }
      const start: Pos = t;
      this.next();
      let e: A.expr = this.loc<A.Name>({ _type: "Name", id: t.string, ctx: "Load" }, t);
      if (!this.at(".")) this.fail();
      while (this.eat(".")) {
        const attr = this.expectName();
        e = this.loc<A.Attribute>({ _type: "Attribute", value: e, attr: attr.string, ctx: "Load" }, start);
      }
      return e;
    }
    this.fail();
  }

  // --- expressions ---------------------------------------------------------------------------

  // expressions: expression (',' expression)* [',']
  expressions(): A.expr {
    const start = this.tok;
    const first = this.expression();
    if (!this.at(",")) return first;
    const elts = [first];
    while (this.eat(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.expression());
    }
    return this.loc<A.Tuple>({ _type: "Tuple", elts, ctx: "Load" }, start);
  }

  // star_expressions: star_expression (',' star_expression)* [',']
  starExpressions(): A.expr {
    const start = this.tok;
    const first = this.starExpression();
    if (!this.at(",")) return first;
    const elts = [first];
    while (this.eat(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return this.loc<A.Tuple>({ _type: "Tuple", elts, ctx: "Load" }, start);
  }

  /** Can the current token start an expression (used after a trailing comma)? */
  private startsExpression(): boolean {
    const t = this.tok;
    switch (t.type) {
      case T.NAME:
        if (!KEYWORDS.has(t.string)) return true;
        return t.string === "None" || t.string === "True" || t.string === "False" || t.string === "not" ||
          t.string === "lambda" || t.string === "await" || t.string === "yield";
      case T.NUMBER:
      case T.STRING:
        return true;
      case T.OP:
        switch (t.string) {
          case "(": case "[": case "{": case "-": case "+": case "~": case "*": case "...":
            return true;
        }
        return false;
      default:
        return false;
    }
  }

  // star_expression: '*' bitwise_or | expression
  private starExpression(): A.expr {
    if (this.at("*")) {
      const s = this.next();
      const value = this.bitwiseOr();
      return this.loc<A.Starred>({ _type: "Starred", value, ctx: "Load" }, s);
    }
    return this.expression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  private starNamedExpression(): A.expr {
    if (this.at("*")) {
      const s = this.next();
      const value = this.bitwiseOr();
      return this.loc<A.Starred>({ _type: "Starred", value, ctx: "Load" }, s);
    }
    return this.namedExpression();
  }

  // named_expression: NAME ':=' expression | expression !':='
  namedExpression(inCall = false): A.expr {
    const t = this.tok;
    if (t.type === T.NAME && this.peekAt(1).type === T.OP && this.peekAt(1).string === ":=" && !KEYWORDS.has(t.string)) {
      this.next();
      const target = this.loc<A.Name>({ _type: "Name", id: t.string, ctx: "Store" }, t, t);
      this.next();
      const value = this.expression();
      return this.loc<A.NamedExpr>({ _type: "NamedExpr", target, value }, t);
    }
    const e = this.expression();
    if (this.at(":=")) {
      this.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    }
    if (!inCall && this.at("=")) this.assignInExpressionContext(e);
    return e;
  }

  /** `if x = 1:` and friends: CPython's invalid_named_expression messages. */
  private assignInExpressionContext(e: A.expr): boolean {
    const save = this.pos;
    this.next();
    const rhs = this.attempt(() => this.bitwiseOr());
    const follow = this.tok;
    this.pos = save;
    if (!rhs || (follow.type === T.OP && (follow.string === "=" || follow.string === ":="))) return false;
    if (e._type === "Name") {
      this.errorAtNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
    }
    if (e._type === "List" || e._type === "Tuple" || e._type === "GeneratorExp" ||
      (e._type === "Constant" && (e.value === true || e.value === false || e.value === null))) return false;
    if (isBitwiseOrLevel(e)) this.errorAtNode(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
    return false;
  }

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  expression(): A.expr {
    if (this.atKw("lambda")) return this.lambdef();
    const start = this.tok;
    const body = this.disjunction();
    if (this.atKw("if")) {
      this.next();
      const test = this.disjunction();
      if (!this.atKw("else")) {
        if (this.tt() === T.NEWLINE || this.at(")") || this.at("]") || this.at("}") || this.at(",") || this.at(":")) {
          this.errorAtNode("expected 'else' after 'if' expression", body, test);
        }
        this.fail();
      }
      this.next();
      const orelse = this.expression();
      return this.loc<A.IfExp>({ _type: "IfExp", test, body, orelse }, start);
    }
    return body;
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  private lambdef(): A.Lambda {
    const start = this.next();
    const args = this.parameters(":", false);
    this.expect(":");
    const body = this.expression();
    return this.loc<A.Lambda>({ _type: "Lambda", args, body }, start);
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yieldExpr(): A.expr {
    const start = this.next();
    if (this.eatKw("from")) {
      const value = this.expression();
      return this.loc<A.YieldFrom>({ _type: "YieldFrom", value }, start);
    }
    const value = this.startsExpression() ? this.starExpressions() : null;
    return this.loc<A.Yield>({ _type: "Yield", value }, start);
  }

  // disjunction: conjunction ('or' conjunction)+
  private disjunction(): A.expr {
    const start = this.tok;
    const first = this.conjunction();
    if (!this.atKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.conjunction());
    return this.loc<A.BoolOp>({ _type: "BoolOp", op: "Or", values }, start);
  }

  // conjunction: inversion ('and' inversion)+
  private conjunction(): A.expr {
    const start = this.tok;
    const first = this.inversion();
    if (!this.atKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.inversion());
    return this.loc<A.BoolOp>({ _type: "BoolOp", op: "And", values }, start);
  }

  // inversion: 'not' inversion | comparison
  private inversion(): A.expr {
    if (this.atKw("not")) {
      const start = this.next();
      const operand = this.inversion();
      return this.loc<A.UnaryOp>({ _type: "UnaryOp", op: "Not", operand }, start);
    }
    return this.comparison();
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+
  private comparison(): A.expr {
    const start = this.tok;
    const left = this.bitwiseOr();
    let ops: A.cmpop[] | null = null;
    let comparators: A.expr[] | null = null;
    for (;;) {
      const t = this.tok;
      let op: A.cmpop | undefined;
      if (t.type === T.OP) {
        op = COMPARE_OPS[t.string];
        if (op === undefined) break;
        if (t.string === "<>") this.fail();
        this.next();
      } else if (t.type === T.NAME) {
        if (t.string === "in") {
          op = "In";
          this.next();
        } else if (t.string === "not" && this.peekAt(1).type === T.NAME && this.peekAt(1).string === "in") {
          op = "NotIn";
          this.next();
          this.next();
        } else if (t.string === "is") {
          this.next();
          if (this.eatKw("not")) op = "IsNot";
          else op = "Is";
        } else break;
      } else break;
      (ops ??= []).push(op!);
      (comparators ??= []).push(this.bitwiseOr());
    }
    if (ops === null) return left;
    return this.loc<A.Compare>({ _type: "Compare", left, ops, comparators: comparators! }, start);
  }

  // bitwise_or / bitwise_xor / bitwise_and / shift_expr / sum / term: left-associative binary levels
  bitwiseOr(): A.expr {
    const start = this.tok;
    let left = this.bitwiseXor();
    while (this.at("|")) {
      this.next();
      const right = this.bitwiseXor();
      left = this.loc<A.BinOp>({ _type: "BinOp", left, op: "BitOr", right }, start);
    }
    return left;
  }

  private bitwiseXor(): A.expr {
    const start = this.tok;
    let left = this.bitwiseAnd();
    while (this.at("^")) {
      this.next();
      const right = this.bitwiseAnd();
      left = this.loc<A.BinOp>({ _type: "BinOp", left, op: "BitXor", right }, start);
    }
    return left;
  }

  private bitwiseAnd(): A.expr {
    const start = this.tok;
    let left = this.shiftExpr();
    while (this.at("&")) {
      this.next();
      const right = this.shiftExpr();
      left = this.loc<A.BinOp>({ _type: "BinOp", left, op: "BitAnd", right }, start);
    }
    return left;
  }

  private shiftExpr(): A.expr {
    const start = this.tok;
    let left = this.sum();
    for (;;) {
      const op = this.at("<<") ? "LShift" : this.at(">>") ? "RShift" : null;
      if (op === null) return left;
      this.next();
      const right = this.sum();
      left = this.loc<A.BinOp>({ _type: "BinOp", left, op, right }, start);
    }
  }

  private sum(): A.expr {
    const start = this.tok;
    let left = this.term();
    for (;;) {
      const op = this.at("+") ? "Add" : this.at("-") ? "Sub" : null;
      if (op === null) return left;
      this.next();
      const right = this.term();
      left = this.loc<A.BinOp>({ _type: "BinOp", left, op, right }, start);
    }
  }

  private term(): A.expr {
    const start = this.tok;
    let left = this.factor();
    for (;;) {
      const t = this.tok;
      if (t.type !== T.OP) return left;
      let op: A.operator;
      switch (t.string) {
        case "*": op = "Mult"; break;
        case "/": op = "Div"; break;
        case "//": op = "FloorDiv"; break;
        case "%": op = "Mod"; break;
        case "@": op = "MatMult"; break;
        default: return left;
      }
      this.next();
      const right = this.factor();
      left = this.loc<A.BinOp>({ _type: "BinOp", left, op, right }, start);
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  private factor(): A.expr {
    const t = this.tok;
    if (t.type === T.OP) {
      let op: A.unaryop | null = null;
      if (t.string === "-") op = "USub";
      else if (t.string === "+") op = "UAdd";
      else if (t.string === "~") op = "Invert";
      if (op !== null) {
        this.next();
        const operand = this.factor();
        return this.loc<A.UnaryOp>({ _type: "UnaryOp", op, operand }, t);
      }
    }
    return this.power();
  }

  // power: await_primary '**' factor | await_primary
  private power(): A.expr {
    const start = this.tok;
    const left = this.awaitPrimary();
    if (this.at("**")) {
      this.next();
      const right = this.factor();
      return this.loc<A.BinOp>({ _type: "BinOp", left, op: "Pow", right }, start);
    }
    return left;
  }

  // await_primary: AWAIT primary | primary
  private awaitPrimary(): A.expr {
    if (this.atKw("await")) {
      const start = this.next();
      const value = this.primary();
      return this.loc<A.Await>({ _type: "Await", value }, start);
    }
    return this.primary();
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  private primary(): A.expr {
    const start = this.tok;
    let e = this.atom();
    for (;;) {
      const t = this.tok;
      if (t.type !== T.OP) return e;
      if (t.string === ".") {
        this.next();
        const name = this.expectName();
        e = this.loc<A.Attribute>({ _type: "Attribute", value: e, attr: name.string, ctx: "Load" }, start);
      } else if (t.string === "(") {
        this.next();
        const [args, keywords] = this.callArguments(t);
        this.expect(")");
        e = this.loc<A.Call>({ _type: "Call", func: e, args, keywords }, start);
      } else if (t.string === "[") {
        this.next();
        const slice = this.slices();
        this.expect("]");
        e = this.loc<A.Subscript>({ _type: "Subscript", value: e, slice, ctx: "Load" }, start);
      } else {
        return e;
      }
    }
  }

  /** Positions a node from `start`'s start to the last consumed token. */
  private spanTo<N extends object>(node: N, start: A.Located): N & A.Located {
    const n = node as N & A.Located;
    const end = this.last;
    n.lineno = start.lineno;
    n.col_offset = start.col_offset;
    n.end_lineno = end.endLineno;
    n.end_col_offset = end.endCol;
    return n;
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private slices(): A.expr {
    const start = this.tok;
    const first = this.sliceItem();
    if (!this.at(",") && first._type !== "Starred") return first;
    const elts = [first];
    while (this.eat(",")) {
      if (this.at("]")) break;
      elts.push(this.sliceItem());
    }
    return this.loc<A.Tuple>({ _type: "Tuple", elts, ctx: "Load" }, start);
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  private sliceItem(): A.expr {
    const start = this.tok;
    if (this.at("*")) {
      const s = this.next();
      const value = this.bitwiseOr();
      return this.loc<A.Starred>({ _type: "Starred", value, ctx: "Load" }, s);
    }
    let lower: A.expr | null = null;
    if (!this.at(":")) {
      lower = this.namedExpression();
      if (!this.at(":")) return lower;
      if (lower._type === "NamedExpr") this.fail();
    }
    this.next();
    let upper: A.expr | null = null;
    let step: A.expr | null = null;
    if (!this.at(":") && !this.at("]") && !this.at(",")) upper = this.expression();
    if (this.eat(":")) {
      if (!this.at("]") && !this.at(",")) step = this.expression();
    }
    return this.loc<A.Slice>({ _type: "Slice", lower, upper, step }, start);
  }

  // atom
  private atom(): A.expr {
    const t = this.tok;
    switch (t.type) {
      case T.NAME: {
        const s = t.string;
        if (KEYWORDS.has(s)) {
          if (s === "None" || s === "True" || s === "False") {
            this.next();
            const value = s === "None" ? null : s === "True";
            return this.loc<A.Constant>({ _type: "Constant", value, kind: null }, t);
          }
          this.fail();
        }
        this.next();
        return this.loc<A.Name>({ _type: "Name", id: s, ctx: "Load" }, t);
      }
      case T.NUMBER:
        return this.numberAtom();
      case T.STRING:
        return this.strings.parseStrings();
      case T.OP:
        switch (t.string) {
          case "(": return this.parenAtom();
          case "[": return this.listAtom();
          case "{": return this.braceAtom();
          case "...":
            this.next();
            return this.loc<A.Constant>({ _type: "Constant", value: A.EllipsisConst, kind: null }, t);
        }
    }
    this.fail();
  }

  private numberAtom(): A.Constant {
    const t = this.next();
    return this.loc<A.Constant>({ _type: "Constant", value: parseNumber(t.string), kind: null }, t);
  }

  // tuple | group | genexp
  private parenAtom(): A.expr {
    const open = this.next();
    if (this.at(")")) {
      this.next();
      return this.loc<A.Tuple>({ _type: "Tuple", elts: [], ctx: "Load" }, open);
    }
    if (this.atKw("yield")) {
      const y = this.yieldExpr();
      this.expect(")");
      return y;
    }
    const first = this.starNamedExpression();
    if (this.atKw("for") || this.atKw("async")) {
      if (first._type === "Starred") this.errorAtNode("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expect(")");
      return this.loc<A.GeneratorExp>({ _type: "GeneratorExp", elt: first, generators }, open);
    }
    if (this.at(")")) {
      this.next();
      if (first._type === "Starred") this.errorAtNode("cannot use starred expression here", first);
      return first;
    }
    if (!this.at(",")) {
      this.parenthesizedFailure(first);
    }
    const elts = [first];
    while (this.eat(",")) {
      if (this.at(")")) break;
      elts.push(this.starNamedExpression());
    }
    if (!this.at(")")) this.parenthesizedFailure(elts[elts.length - 1]);
    this.next();
    return this.loc<A.Tuple>({ _type: "Tuple", elts, ctx: "Load" }, open);
  }

  /**
   * Would CPython's second pass read up to the end of the input right after `e`? Then the
   * tokenizer's "'(' was never closed" is raised first. It reads one token after `e`, and for
   * `NAME = bitwise_or` (invalid_named_expression) one after that.
   */
  private lookaheadHitsEof(e: A.expr): boolean {
    const save = this.pos;
    try {
      this.attempt(() => this.expression());
      if (this.tt() === T.ERRORTOKEN) return true;
      if (e._type === "Name" && this.at("=")) {
        this.next();
        const ok = this.attempt(() => this.bitwiseOr());
        return ok !== null && this.tt() === T.ERRORTOKEN;
      }
      return false;
    } finally {
      this.pos = save;
    }
  }

  /** An expression inside brackets followed by something unexpected. */
  private parenthesizedFailure(prev: A.expr): never {
    // invalid_expression: two expressions in a row inside brackets -> "Perhaps you forgot a comma?"
    const t = this.tok;
    if (t.type !== T.OP || t.string === "(" || t.string === "[" || t.string === "{" || t.string === "-" || t.string === "+" || t.string === "~" || t.string === "...") {
      if (this.startsExpression() && !(t.type === T.NAME && (t.string === "for" || t.string === "if" || t.string === "else" || t.string === "in" || t.string === "async"))) {
        const save = this.pos;
        const nextExpr = this.attempt(() => this.expression());
        this.pos = save;
        if (nextExpr && isCommaCandidate(prev) && !(prev._type === "Name" && t.type === T.STRING) && !this.lookaheadHitsEof(nextExpr)) {
          this.errorAtNode("invalid syntax. Perhaps you forgot a comma?", prev, nextExpr);
        }
      }
    }
    this.fail();
  }

  // list | listcomp
  private listAtom(): A.expr {
    const open = this.next();
    if (this.at("]")) {
      this.next();
      return this.loc<A.List>({ _type: "List", elts: [], ctx: "Load" }, open);
    }
    const first = this.starNamedExpression();
    if (this.atKw("for") || this.atKw("async")) {
      if (first._type === "Starred") this.errorAtNode("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expect("]");
      return this.loc<A.ListComp>({ _type: "ListComp", elt: first, generators }, open);
    }
    const elts = [first];
    while (this.eat(",")) {
      if (this.at("]")) break;
      elts.push(this.starNamedExpression());
    }
    if (!this.at("]")) this.parenthesizedFailure(elts[elts.length - 1]);
    this.next();
    return this.loc<A.List>({ _type: "List", elts, ctx: "Load" }, open);
  }

  // dict | set | dictcomp | setcomp
  private braceAtom(): A.expr {
    const open = this.next();
    if (this.at("}")) {
      this.next();
      return this.loc<A.Dict>({ _type: "Dict", keys: [], values: [] }, open);
    }
    if (this.at("**")) return this.dictRest(open, [], []);
    const first = this.starNamedExpression();
    if (this.at(":") && first._type !== "Starred") {
      const value = this.dictValue();
      if (this.atKw("for") || this.atKw("async")) {
        const generators = this.forIfClauses();
        this.expect("}");
        return this.loc<A.DictComp>({ _type: "DictComp", key: first, value, generators }, open);
      }
      if (first._type === "NamedExpr") this.fail();
      if (this.at(",")) {
        this.next();
        return this.dictRest(open, [first], [value]);
      }
      if (!this.at("}")) this.parenthesizedFailure(value);
      this.next();
      return this.loc<A.Dict>({ _type: "Dict", keys: [first], values: [value] }, open);
    }
    if (this.atKw("for") || this.atKw("async")) {
      if (first._type === "Starred") this.errorAtNode("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expect("}");
      return this.loc<A.SetComp>({ _type: "SetComp", elt: first, generators }, open);
    }
    const elts = [first];
    while (this.eat(",")) {
      if (this.at("}")) break;
      elts.push(this.starNamedExpression());
    }
    if (!this.at("}")) this.parenthesizedFailure(elts[elts.length - 1]);
    this.next();
    return this.loc<A.Set>({ _type: "Set", elts }, open);
  }

  /** ':' expression — the value of a dict item, with invalid_double_starred_kvpairs' messages. */
  private dictValue(): A.expr {
    const colon = this.expect(":");
    if (this.at("}") || this.at(",")) this.errorAtToken("expression expected after dictionary key and ':'", colon);
    if (this.at("*")) {
      const star = this.next();
      this.bitwiseOr();
      this.error("cannot use a starred expression in a dictionary value", star, this.last);
    }
    return this.expression();
  }

  /** The remaining items of a dict display: double_starred_kvpairs. */
  private dictRest(open: Token, keys: (A.expr | null)[], values: A.expr[]): A.Dict {
    while (!this.at("}")) {
      if (this.eat("**")) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        // invalid_kvpair
        if (!this.at(":")) {
          throw this.errorAt("SyntaxError", "':' expected after dictionary key", key.lineno, key.end_col_offset - 1, key.end_lineno, -1);
        }
        keys.push(key);
        values.push(this.dictValue());
      }
      if (!this.eat(",")) break;
    }
    this.expect("}");
    return this.loc<A.Dict>({ _type: "Dict", keys, values }, open) as A.Dict;
  }

  // for_if_clauses: (ASYNC? 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
  private forIfClauses(): A.comprehension[] {
    const out: A.comprehension[] = [];
    while (this.atKw("for") || (this.atKw("async") && this.peekAt(1).string === "for")) {
      const isAsync = this.eatKw("async") ? 1 : 0;
      this.next();
      const target = this.starTargets("comprehension");
      if (!this.atKw("in")) this.fail();
      this.next();
      const iter = this.disjunction();
      const ifs: A.expr[] = [];
      while (this.eatKw("if")) ifs.push(this.disjunction());
      out.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return out;
  }

  /**
   * arguments: args [','] &')'   — returns [args, keywords]; `open` is the '(' token, used for
   * the position of a lone generator-expression argument.
   */
  private callArguments(open: Token, genexp = true): [A.expr[], A.keyword[]] {
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let misplaced: string | null = null;
    while (!this.at(")")) {
      const t = this.tok;
      if (t.type === T.OP && t.string === "*") {
        this.next();
        const value = this.expression();
        const s = this.loc<A.Starred>({ _type: "Starred", value, ctx: "Load" }, t);
        // invalid_arguments: RAISE_SYNTAX_ERROR where CPython's first pass stopped, at the '*'.
        if (sawDoubleStar) this.errorAtToken("iterable argument unpacking follows keyword argument unpacking", t);
        args.push(s);
      } else if (t.type === T.OP && t.string === "**") {
        this.next();
        const value = this.expression();
        keywords.push(this.loc<A.keyword>({ _type: "keyword", arg: null, value }, t));
        sawDoubleStar = true;
      } else if (t.type === T.NAME && this.peekAt(1).type === T.OP && this.peekAt(1).string === "=" && !KEYWORDS.has(t.string)) {
        this.next();
        this.next();
        const value = this.expression();
        keywords.push(this.loc<A.keyword>({ _type: "keyword", arg: t.string, value }, t));
        sawKeyword = true;
      } else {
        const e = this.namedExpression(true);
        if (this.atKw("for") || this.atKw("async")) {
          const forAt = this.pos;
          const generators = this.forIfClauses();
          const single = args.length === 0 && keywords.length === 0 && this.at(")");
          if (single && !genexp) {
            // A class's bases are `arguments` alone (no primary genexp): CPython's first pass
            // stops at the 'for', where the error is.
            this.furthest = forAt;
            this.fail();
          }
          if (single) {
            const g = { _type: "GeneratorExp", elt: e, generators } as A.GeneratorExp;
            this.loc(g, open, this.tok);
            args.push(g);
            continue;
          }
          const g = this.loc<A.GeneratorExp>({ _type: "GeneratorExp", elt: e, generators }, this.posOf(e));
          // CPython's parser has fetched the token after the ',' (a tokenizer error there wins).
          if (this.at(",")) this.peekAt(1);
          this.errorAtNode("Generator expression must be parenthesized", g);
        }
        if (this.at("=")) {
          // f(a.b=1) / f(1=2)
          const eq = this.tok;
          this.attempt(() => { this.next(); return this.expression(); });
          if (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)) {
            this.errorAtNode(`cannot assign to ${exprName(e)}`, e);
          }
          this.errorAtNode('expression cannot contain assignment, perhaps you meant "=="?', e, { end_lineno: eq.endLineno, end_col_offset: eq.endCol } as A.Located);
        }
        // _PyPegen_arguments_parsing_error: reported once the arguments are read, at the next token.
        if (misplaced === null && (sawDoubleStar || sawKeyword)) {
          misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
        }
        args.push(e);
      }
      if (!this.eat(",")) break;
    }
    if (misplaced !== null) this.errorAtToken(misplaced, this.tok);
    if (!this.at(")")) {
      const prev = args.length ? args[args.length - 1] : keywords.length ? keywords[keywords.length - 1].value : null;
      if (prev) this.parenthesizedFailure(prev);
      this.fail();
    }
    return [args, keywords];
  }

  private lastComprehensionEnd(): A.Located {
    const t = this.last;
    return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  // --- helpers for the string parser ---------------------------------------------------------

  /** Consumes a run of STRING tokens (for the string parser). */
  takeStrings(): Token[] {
    const out: Token[] = [];
    while (this.tt() === T.STRING) out.push(this.next());
    // CPython reports errors in string contents at the token after the strings.
    void this.tok;
    return out;
  }

  /** The token after the last consumed one (where CPython reports string decoding errors). */
  currentToken(): Token {
    return this.tok;
  }
}

// --- targets ---------------------------------------------------------------------------------

/** set_expr_context: gives a target expression (and its nested targets) the context `ctx`. */
export function setContext(e: A.expr, ctx: A.expr_context): void {
  switch (e._type) {
    case "Name": case "Attribute": case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "Tuple": case "List":
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

/** _PyPegen_get_invalid_target for assignment-like targets: the first invalid part, or null. */
function invalidTarget(e: A.expr, forTargets: boolean): A.expr | null {
  switch (e._type) {
    case "List": case "Tuple":
      for (const x of e.elts) {
        const bad = invalidTarget(x, forTargets);
        if (bad) return bad;
      }
      return null;
    case "Starred":
      return invalidTarget(e.value, forTargets);
    case "Compare":
      if (forTargets) {
        if (e.ops[0] === "In") return invalidTarget(e.left, forTargets);
        return null;
      }
      return e;
    case "Name": case "Subscript": case "Attribute":
      return null;
    default:
      return e;
  }
}

function invalidDelTarget(e: A.expr): A.expr | null {
  switch (e._type) {
    case "List": case "Tuple":
      for (const x of e.elts) {
        const bad = invalidDelTarget(x);
        if (bad) return bad;
      }
      return null;
    case "Name": case "Subscript": case "Attribute":
      return null;
    default:
      return e;
  }
}

function isMaybeComparison(e: A.expr): boolean {
  return isBitwiseOrLevel(e) && !(e._type === "List" || e._type === "Tuple" || e._type === "GeneratorExp" ||
    (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)));
}

/** Is `e` something the grammar's bitwise_or rule produces (not a comparison, not/and/or, lambda...)? */
function isBitwiseOrLevel(e: A.expr): boolean {
  switch (e._type) {
    case "Compare": case "BoolOp": case "Lambda": case "IfExp": case "NamedExpr": case "Starred": case "Yield": case "YieldFrom":
      return false;
    case "UnaryOp":
      return e.op !== "Not";
    default:
      return true;
  }
}

/** Expressions after which a missing comma is the likely mistake (invalid_expression). */
function isCommaCandidate(e: A.expr): boolean {
  switch (e._type) {
    case "Lambda": case "Starred":
      return false;
    default:
      return true;
  }
}

/** _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.expr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (v === A.EllipsisConst) return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

// --- numbers ---------------------------------------------------------------------------------

/** The value of a NUMBER token (already validated by the tokenizer). */
export function parseNumber(text: string): A.ConstantValue {
  const s = text.replace(/_/g, "");
  const last = s.charCodeAt(s.length - 1) | 0x20;
  if (last === 0x6a /* j */) return new A.ComplexConst(parseFloatLiteral(s.slice(0, -1)));
  if (s.length > 1 && s[0] === "0") {
    const p = s.charCodeAt(1) | 0x20;
    if (p === 0x78) return BigInt("0x" + s.slice(2));
    if (p === 0x6f) return BigInt("0o" + s.slice(2));
    if (p === 0x62) return BigInt("0b" + s.slice(2));
  }
  if (/[.eE]/.test(s)) return new A.FloatConst(parseFloatLiteral(s));
  return BigInt(s);
}

function parseFloatLiteral(s: string): number {
  return Number(s);
}
