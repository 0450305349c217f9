// _tokenize: the C tokenizer's iterator (tokenize._generate_tokens_from_c_tokenizer).
//
// TokenizerIter(source) yields CPython 3.11's 7-tuples (string, exact type, lineno, end_lineno,
// col_offset, end_col_offset, line) from Typhon's own tokenizer (src/parser/tokenizer.ts), with
// the C tokenizer's conventions, which differ from tokenize.py's: operators carry their exact
// type, NEWLINE's string is empty, INDENT and DEDENT have column -1, ENDMARKER ends the
// iteration, columns are UTF-8 byte offsets and a bad token raises SyntaxError.

import { PyIter } from "../objects/abstract";
import { raiseError, StopIteration, typeError } from "../objects/exceptions";
import { defMethods, defNew, parseArgs } from "../objects/native";
import { PyDict } from "../objects/pydict";
import { PyTuple, PyValue } from "../objects/types";
import { T, Token, tokenize, utf8Length } from "../parser/tokenizer";
import { syntaxErrorToPy } from "../vm/interp";
import { defineModule, nativeType } from "./registry";

/** token.py's numbers (3.11). */
const NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6, OP = 54, AWAIT = 55, ASYNC = 56, TYPE_COMMENT = 58;

const EXACT: Record<string, number> = {
  "(": 7, ")": 8, "[": 9, "]": 10, ":": 11, ",": 12, ";": 13, "+": 14, "-": 15, "*": 16, "/": 17, "|": 18,
  "&": 19, "<": 20, ">": 21, "=": 22, ".": 23, "%": 24, "{": 25, "}": 26, "==": 27, "!=": 28, "<=": 29,
  ">=": 30, "~": 31, "^": 32, "<<": 33, ">>": 34, "**": 35, "+=": 36, "-=": 37, "*=": 38, "/=": 39,
  "%=": 40, "&=": 41, "|=": 42, "^=": 43, "<<=": 44, ">>=": 45, "**=": 46, "//": 47, "//=": 48, "@": 49,
  "@=": 50, "->": 51, "...": 52, ":=": 53,
};

class TokenizerIter extends PyIter {
  private readonly tokens: Token[];
  /** Start offset of each line (1-based line numbers index it directly). */
  private readonly lineStarts: number[];
  private i = 0;
  private error: PyValue | null = null;
  /** The source as lines are shown: a last line without a newline gets one, as in CPython. */
  private readonly src: string;

  constructor(source: string) {
    super(tokenizerIterType);
    const t = tokenize(source, "<string>");
    const src = this.src = source.endsWith("\n") || source === "" ? source : source + "\n";
    this.tokens = t.tokens;
    // Too deep an indentation ends the iteration without an error in CPython's iterator (its
    // tokenizer reports E_TOODEEP without setting an exception; compile() raises it).
    if (t.error !== null && t.error.msg !== "too many levels of indentation") this.error = syntaxErrorToPy(t.error);
    this.lineStarts = [0, 0];
    for (let k = src.indexOf("\n"); k >= 0; k = src.indexOf("\n", k + 1)) this.lineStarts.push(k + 1);
  }

  /** Source lines first..last, each with its newline. */
  private lines(first: number, last: number): string {
    const from = this.lineStarts[first] ?? this.src.length;
    const next = this.lineStarts[last + 1];
    return this.src.slice(from, next === undefined ? this.src.length : next);
  }

  next(): PyValue | undefined {
    for (;;) {
      const tok = this.tokens[this.i];
      if (tok === undefined || tok.type === T.ENDMARKER) return undefined;
      const prev = this.i > 0 ? this.tokens[this.i - 1] : null;
      this.i++;
      switch (tok.type) {
        case T.ERRORTOKEN:
          if (this.error !== null) throw this.error;
          return undefined;
        case T.INDENT:
        case T.DEDENT: {
          // At the end of the source, the dedents belong to the last line.
          const line = Math.min(tok.lineno, this.lineStarts.length - 1);
          const ln = this.lineStarts[line] >= this.src.length && line > 1 ? line - 1 : line;
          return new PyTuple(["", tok.type === T.INDENT ? INDENT : DEDENT, ln, ln, -1, -1, this.lines(ln, ln)]);
        }
        case T.NEWLINE: {
          // A comment ending the line becomes NEWLINE's string and start (the C tokenizer's
          // quirk); its line is that of the token before it (all of a multi-line string).
          // (The token ends at the newline, or at the end for the one added there.)
          const nl = tok.start === tok.end ? tok.end : tok.end - 1;
          const from = prev === null ? 0 : prev.end;
          const hash = this.src.slice(from, nl).indexOf("#");
          let text = "";
          let col = tok.endCol;
          if (hash >= 0) {
            const at = from + hash;
            text = this.src.slice(at, nl).replace(/\r$/, "");
            col = tok.endCol - utf8Length(this.src, at, nl);
          }
          return new PyTuple([text, NEWLINE, tok.lineno, tok.lineno, col, tok.endCol, this.lines(prev === null ? tok.lineno : Math.min(prev.lineno, tok.lineno), tok.lineno)]);
        }
        default: {
          const type = tok.type === T.NAME ? (tok.string === "async" ? ASYNC : tok.string === "await" ? AWAIT : NAME) : tok.type === T.NUMBER ? NUMBER : tok.type === T.STRING ? STRING
            : tok.type === T.TYPE_COMMENT ? TYPE_COMMENT : EXACT[tok.string] ?? OP;
          return new PyTuple([tok.string, type, tok.lineno, tok.endLineno, tok.col, tok.endCol,
            this.lines(tok.lineno, tok.endLineno)]);
        }
      }
    }
  }
}

const tokenizerIterType = nativeType("_tokenize", "TokenizerIter");

defineModule("_tokenize", (d: PyDict) => {
  defNew(tokenizerIterType, (args, kw) => {
    const [source] = parseArgs("tokenizeriter", args.slice(1), kw, ["source"], 1, 1);
    if (typeof source !== "string") typeError(`tokenizeriter() argument 'source' must be str, not ${typeof source}`);
    return new TokenizerIter(source);
  });
  defMethods(tokenizerIterType, {
    __iter__: (args) => args[0],
    __next__: (args) => {
      const v = (args[0] as TokenizerIter).next();
      if (v === undefined) raiseError(StopIteration);
      return v;
    },
  });
  d.set("TokenizerIter", tokenizerIterType);
});
