// String literals: prefixes, escape sequences, implicit concatenation and f-strings.
//
// CPython 3.11 tokenizes an f-string as one STRING token and parses its replacement fields
// afterwards (Parser/string_parser.c). This module does the same, including 3.11's positions:
// the Constant and FormattedValue parts of a concatenation span the whole run of string tokens,
// a format spec's JoinedStr spans the one token it is in, and a replacement field's expression
// is parsed from the text "(" + expr + ")" with its first line shifted by the column of the
// string token plus the offset of the '{' (which is off when the '{' is not on the token's
// first line: a 3.11 quirk we reproduce).

import * as A from "./ast";
import { Token, Tokenizer, utf8Length } from "./tokenizer";
import { makeSyntaxError, PySyntaxError } from "./errors";
import type { Parser } from "./parser";
import { lookupUnicodeName } from "./unicodename";

interface Part {
  kind: "str" | "expr";
  str?: string;
  expr?: A.expr;
}

/** Accumulates the parts of a (possibly f-) string concatenation: CPython's FstringParser. */
class FstringState {
  lastStr: string | null = null;
  exprs: A.expr[] = [];
  fmode = false;
}

/** Errors raised by the tokenizer of an f-string's expression (see compileExpr). */
const fstringTokenizerErrors = new WeakSet<PySyntaxError>();

export class StringParser {
  constructor(private readonly p: Parser) {}

  // strings: STRING+
  parseStrings(): A.expr {
    const p = this.p;
    const toks = p.takeStrings();
    const first = toks[0];
    const last = toks[toks.length - 1];
    let bytesMode = false;
    let bytesParts: Uint8Array[] = [];
    const state = new FstringState();
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const { prefix, body } = splitLiteral(t.string);
      const isBytes = prefix.includes("b");
      const isRaw = prefix.includes("r");
      const isF = prefix.includes("f");
      if (isF) {
        if (i !== 0 && bytesMode) this.errorAfter("cannot mix bytes and nonbytes literals");
        bytesMode = false;
        this.concatFstring(state, t, body, isRaw, 0, first, last, 0);
        continue;
      }
      if (isBytes) {
        for (let k = 0; k < body.length; k++) {
          if (body.charCodeAt(k) >= 0x80) {
            throw makeSyntaxError("SyntaxError", "bytes can only contain ASCII literal characters", p.filename, p.source, t.lineno, t.col, t.endLineno, t.endCol);
          }
        }
      }
      if (!isBytes) this.checkUtf8(body);
      const raw = isRaw || body.indexOf("\\") < 0;
      let value: string | Uint8Array;
      if (isBytes) value = raw ? asciiBytes(body) : this.decodeBytesEscapes(body);
      else value = raw ? body : this.decodeEscapes(body);
      if (i !== 0 && bytesMode !== isBytes) this.errorAfter("cannot mix bytes and nonbytes literals");
      bytesMode = isBytes;
      if (isBytes) bytesParts.push(value as Uint8Array);
      else this.concatStr(state, value as string);
    }
    if (bytesMode) {
      const total = bytesParts.reduce((n, b) => n + b.length, 0);
      const out = new Uint8Array(total);
      let off = 0;
      for (const b of bytesParts) {
        out.set(b, off);
        off += b.length;
      }
      bytesParts = [];
      return located<A.Constant>({ _type: "Constant", value: new A.BytesConst(out), kind: null }, first, last);
    }
    return this.finish(state, first, last, first);
  }

  /** _PyPegen_FstringParser_Finish */
  private finish(state: FstringState, first: Token, last: Token, kindTok: Token): A.expr {
    if (!state.fmode) {
      return this.strNode(state.lastStr ?? "", first, last, kindTok);
    }
    if (state.lastStr !== null) {
      state.exprs.push(this.strNode(state.lastStr, first, last, kindTok));
      state.lastStr = null;
    }
    return located<A.JoinedStr>({ _type: "JoinedStr", values: state.exprs }, first, last);
  }

  /** make_str_node_and_del: kind is 'u' only when the first token starts with a lowercase u. */
  private strNode(s: string, first: Token, last: Token, kindTok: Token): A.Constant {
    const kind = kindTok.string[0] === "u" ? "u" : null;
    return located<A.Constant>({ _type: "Constant", value: s, kind }, first, last);
  }

  /** Appends a string to the state (empty strings are dropped). */
  private concatStr(state: FstringState, s: string): void {
    if (s.length === 0) return;
    state.lastStr = (state.lastStr ?? "") + s;
  }

  /**
   * _PyPegen_FstringParser_ConcatFstring: parses the body of f-string token `t` from `pos`.
   * Returns the position where parsing stopped (at a '}' for a format spec).
   */
  private concatFstring(
    state: FstringState, t: Token, body: string, raw: boolean, recurseLvl: number,
    first: Token, last: Token, pos: number,
  ): number {
    state.fmode = true;
    const bodyStart = t.string.length - body.length - quoteLen(t.string);
    for (;;) {
      // A literal part.
      const lit = this.findLiteral(body, pos, raw, recurseLvl);
      pos = lit.end;
      if (lit.literal !== null) this.concatStr(state, lit.literal);
      if (lit.doubled) continue;
      if (pos >= body.length || body[pos] === "}") break;
      // An expression part: body[pos] === '{'.
      const r = this.findExpr(body, pos, raw, recurseLvl, t, bodyStart, first, last);
      pos = r.end;
      if (r.exprText !== null) this.concatStr(state, r.exprText);
      if (state.lastStr !== null) {
        state.exprs.push(this.strNode(state.lastStr, first, last, first));
        state.lastStr = null;
      }
      state.exprs.push(r.node);
    }
    if (recurseLvl === 0 && pos < body.length - 1) this.errorAfter("f-string: unexpected end of string");
    if (recurseLvl !== 0 && body[pos] !== "}") this.errorAfter("f-string: expecting '}'");
    return pos;
  }

  /**
   * fstring_find_literal: scans literal text from `pos` up to a '{' or '}'. A doubled brace at
   * the top level ends the literal after its first brace (`doubled`), and scanning resumes
   * after the second one.
   */
  private findLiteral(body: string, pos: number, raw: boolean, recurseLvl: number): { literal: string | null; end: number; doubled: boolean } {
    const end = body.length;
    let s = pos;
    let next = -1;
    while (s < end) {
      let ch = body[s++];
      if (!raw && ch === "\\" && s < end) {
        ch = body[s++];
        if (ch === "N") {
          if (s < end && body[s++] === "{") {
            while (s < end && body[s++] !== "}") { /* skip the character name */ }
          }
          continue;
        }
      }
      if (ch === "{" || ch === "}") {
        if (recurseLvl === 0) {
          if (s < end && body[s] === ch) {
            next = s + 1;
            break;
          }
          if (ch === "}") this.errorAfter("f-string: single '}' is not allowed");
        }
        s--;
        break;
      }
    }
    const text = body.slice(pos, s);
    const literal = text.length === 0 ? null : raw ? text : this.decodeEscapes(text);
    return next >= 0 ? { literal, end: next, doubled: true } : { literal, end: s, doubled: false };
  }

  /** fstring_find_expr: body[pos] is '{'. */
  private findExpr(
    body: string, pos: number, raw: boolean, recurseLvl: number, t: Token, bodyStart: number,
    first: Token, last: Token,
  ): { node: A.FormattedValue; exprText: string | null; end: number } {
    if (recurseLvl >= 2) this.errorAfter("f-string: expressions nested too deeply");
    const braceAt = pos;
    let s = pos + 1;
    const exprStart = s;
    const end = body.length;
    let quote = "";
    let stringType = 0;
    const parens: string[] = [];
    for (; s < end; s++) {
      const ch = body[s];
      if (ch === "\\") this.errorAfter("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch === quote) {
          if (stringType === 3) {
            if (s + 2 < end && body[s + 1] === ch && body[s + 2] === ch) {
              s += 2;
              stringType = 0;
              quote = "";
            }
          } else {
            stringType = 0;
            quote = "";
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (s + 2 < end && body[s + 1] === ch && body[s + 2] === ch) {
          stringType = 3;
          s += 2;
        } else {
          stringType = 1;
        }
        quote = ch;
        continue;
      }
      if (ch === "[" || ch === "{" || ch === "(") {
        if (parens.length >= 200) this.errorAfter("f-string: too many nested parenthesis");
        parens.push(ch);
        continue;
      }
      if (ch === "#") this.errorAfter("f-string expression part cannot include '#'");
      if (parens.length === 0 && (ch === "!" || ch === ":" || ch === "}" || ch === "=" || ch === ">" || ch === "<")) {
        if (s + 1 < end) {
          const next = body[s + 1];
          if ((ch === "!" && next === "=") || (ch === "=" && next === "=") || (ch === "<" && next === "=") || (ch === ">" && next === "=")) {
            s++;
            continue;
          }
        }
        if (ch === ">" || ch === "<") continue;
        break;
      }
      if (ch === "]" || ch === "}" || ch === ")") {
        if (parens.length === 0) this.errorAfter(`f-string: unmatched '${ch}'`);
        const opening = parens.pop()!;
        if (!((opening === "(" && ch === ")") || (opening === "[" && ch === "]") || (opening === "{" && ch === "}"))) {
          this.errorAfter(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = s;
    if (quote) this.errorAfter("f-string: unterminated string");
    if (parens.length > 0) this.errorAfter(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (s >= end) this.errorAfter("f-string: expecting '}'");

    const value = this.compileExpr(body, exprStart, exprEnd, braceAt, t, bodyStart);

    let exprText: string | null = null;
    if (body[s] === "=") {
      s++;
      while (s < end && isPySpace(body[s])) s++;
      if (s >= end) this.errorAfter("f-string: expecting '}'");
      exprText = body.slice(exprStart, s);
    }
    let conversion = -1;
    if (body[s] === "!") {
      s++;
      if (s >= end) this.errorAfter("f-string: expecting '}'");
      const c = body[s];
      conversion = c.charCodeAt(0);
      s++;
      if (!(c === "s" || c === "r" || c === "a")) {
        this.errorAfter("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    let formatSpec: A.expr | null = null;
    if (s >= end) this.errorAfter("f-string: expecting '}'");
    if (body[s] === ":") {
      s++;
      if (s >= end) this.errorAfter("f-string: expecting '}'");
      const specState = new FstringState();
      s = this.concatFstring(specState, t, body, raw, recurseLvl + 1, first, last, s);
      formatSpec = this.finish(specState, t, t, first);
    }
    if (s >= end || body[s] !== "}") this.errorAfter("f-string: expecting '}'");
    s++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114; // 'r'
    const node = located<A.FormattedValue>({ _type: "FormattedValue", value, conversion, format_spec: formatSpec }, first, last);
    return { node, exprText, end: s };
  }

  /** fstring_compile_expr: parses body[exprStart:exprEnd] as "(" + text + ")". */
  private compileExpr(body: string, exprStart: number, exprEnd: number, braceAt: number, t: Token, bodyStart: number): A.expr {
    const text = body.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(text)) {
      const c = body[exprEnd];
      if (c === "!" || c === ":" || c === "=") this.errorAfter(`f-string: expression required before '${c}'`);
      this.errorAfter("f-string: empty expression not allowed");
    }
    // fstring_find_expr_location: lines before the '{' and the column shift for the first line.
    const tokText = t.string;
    const braceInTok = bodyStart + braceAt;
    let lines = 0;
    for (let i = 0; i < braceInTok; i++) if (tokText.charCodeAt(i) === 10) lines++;
    let cols = 0;
    let newlineAfterBrace = true;
    for (let i = braceInTok + 1; i < tokText.length; i++) {
      const c = tokText[i];
      if (c === "}" || c === "\n") break;
      if (c !== " " && c !== "\t" && c !== "\f") {
        newlineAfterBrace = false;
        break;
      }
    }
    if (!newlineAfterBrace) {
      const nl = tokText.lastIndexOf("\n", braceInTok);
      const from = nl < 0 ? 0 : nl + 1;
      cols = utf8Length(tokText, from, braceInTok);
    }
    const p = this.p;
    const sub = new Tokenizer("(" + text + ")", p.filename, false);
    sub.run();
    // CPython 3.11.4+ adds the token's column only when the '{' is on the token's first line.
    const shift = (lines === 0 ? t.col : 0) + cols;
    const baseLine = t.lineno + lines - 1;
    for (const tok of sub.tokens) {
      if (tok.endLineno === 1) {
        tok.col += shift;
        tok.endCol += shift;
      }
      tok.lineno += baseLine;
      tok.endLineno += baseLine;
    }
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ParserClass = (p.constructor as unknown) as new (tk: Tokenizer, src: string, fn: string, tc: boolean) => Parser;
    const subParser = new ParserClass(sub, p.source, p.filename, false);
    subParser.fstringDepth = p.fstringDepth + 1;
    subParser.fstring = { source: "(" + text + ")", baseLine, shift };
    try {
      return subParser.parseFstring();
    } catch (e) {
      // The parser's errors are "f-string: ..."; the tokenizer's own are not, and count their
      // lines from the f-string's (once: they may come through nested f-strings).
      if (e instanceof PySyntaxError && e === sub.error && !sub.errorDeferred) {
        e.lineno += baseLine;
        e.endLineno += baseLine;
        fstringTokenizerErrors.add(e);
      } else if (e instanceof PySyntaxError && !fstringTokenizerErrors.has(e) && !e.msg.startsWith("f-string")) {
        e.msg = "f-string: " + e.msg;
        e.message = e.msg;
      }
      throw e;
    }
  }

  /**
   * Source bytes that were not valid UTF-8 reach us as U+DC80..U+DCFF (see source.ts); in a str
   * literal CPython reports them when decoding the literal.
   */
  private checkUtf8(body: string): void {
    const m = /[\udc80-\udcff]/u.exec(body);
    if (m === null) return;
    const pos = Buffer.byteLength(body.slice(0, m.index), "utf-8");
    const byte = body.charCodeAt(m.index) - 0xdc00;
    const why = byte >= 0x80 && byte < 0xc0 ? "invalid start byte" : byte >= 0xf5 || byte === 0xc0 || byte === 0xc1 ? "invalid start byte" : "invalid continuation byte";
    this.errorAfter(`(unicode error) 'utf-8' codec can't decode byte 0x${byte.toString(16)} in position ${pos}: ${why}`);
  }

  /** An error at the token after the strings (CPython's RAISE_SYNTAX_ERROR there). */
  private errorAfter(msg: string): never {
    this.p.currentToken();
    this.p.raiseError(msg);
  }

  // --- escapes ---------------------------------------------------------------------------------

  /** decode_unicode_with_escapes: a str literal body with backslash escapes. */
  decodeEscapes(body: string): string {
    let out = "";
    const n = body.length;
    let i = 0;
    while (i < n) {
      const bs = body.indexOf("\\", i);
      if (bs < 0) {
        out += body.slice(i);
        break;
      }
      out += body.slice(i, bs);
      i = bs + 1;
      if (i >= n) this.unicodeError(body, bs, n, "\\ at end of string");
      const c = body[i++];
      switch (c) {
        case "\n": break;
        case "\\": out += "\\"; break;
        case "'": out += "'"; break;
        case '"': out += '"'; break;
        case "a": out += "\x07"; break;
        case "b": out += "\b"; break;
        case "f": out += "\f"; break;
        case "n": out += "\n"; break;
        case "r": out += "\r"; break;
        case "t": out += "\t"; break;
        case "v": out += "\v"; break;
        case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
          let v = c.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && i < n && body[i] >= "0" && body[i] <= "7"; k++) v = v * 8 + body.charCodeAt(i++) - 48;
          out += String.fromCodePoint(v);
          break;
        }
        case "x": out += String.fromCodePoint(this.hexEscape(body, bs, i, 2, "truncated \\xXX escape")); i += 2; break;
        case "u": out += String.fromCharCode(this.hexEscape(body, bs, i, 4, "truncated \\uXXXX escape")); i += 4; break;
        case "U": {
          const v = this.hexEscape(body, bs, i, 8, "truncated \\UXXXXXXXX escape");
          if (v > 0x10ffff) this.unicodeError(body, bs, i + 8, "illegal Unicode character");
          out += String.fromCodePoint(v);
          i += 8;
          break;
        }
        case "N": {
          if (body[i] !== "{") this.unicodeError(body, bs, i, "malformed \\N character escape");
          const close = body.indexOf("}", i + 1);
          if (close < 0 || close === i + 1) this.unicodeError(body, bs, close < 0 ? n : close + 1, "malformed \\N character escape");
          const name = body.slice(i + 1, close);
          const cp = lookupUnicodeName(name);
          if (cp === undefined) this.unicodeError(body, bs, close + 1, "unknown Unicode character name");
          out += String.fromCodePoint(cp);
          i = close + 1;
          break;
        }
        default:
          // Invalid escapes are kept (CPython warns with a DeprecationWarning).
          out += "\\" + c;
      }
    }
    return out;
  }

  private hexEscape(body: string, bs: number, i: number, digits: number, msg: string): number {
    let v = 0;
    for (let k = 0; k < digits; k++) {
      const d = i + k < body.length ? hexValue(body.charCodeAt(i + k)) : -1;
      if (d < 0) this.unicodeError(body, bs, i + k, msg);
      v = v * 16 + d;
    }
    return v;
  }

  /**
   * Raises "(unicode error) 'unicodeescape' codec can't decode bytes in position a-b: msg".
   * Positions count bytes of CPython's intermediate buffer, where every non-ASCII character
   * was first rewritten as a 10-byte \UXXXXXXXX escape.
   */
  private unicodeError(body: string, start: number, end: number, msg: string): never {
    const bpos = (i: number) => {
      let n = 0;
      for (const ch of body.slice(0, i)) n += ch.charCodeAt(0) < 0x80 ? 1 : 10;
      return n;
    };
    const a = bpos(start);
    const b = bpos(end);
    const where = b - a <= 1 ? `byte 0x${body.charCodeAt(start).toString(16).padStart(2, "0")} in position ${a}` : `bytes in position ${a}-${b - 1}`;
    this.errorAfter(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${msg}`);
  }

  /** decode_bytes_with_escapes */
  decodeBytesEscapes(body: string): Uint8Array {
    const out: number[] = [];
    const n = body.length;
    let i = 0;
    while (i < n) {
      const ch = body.charCodeAt(i);
      if (ch !== 92) {
        out.push(ch);
        i++;
        continue;
      }
      const bs = i;
      i++;
      if (i >= n) this.errorAfter("(value error) Trailing \\ in string");
      const c = body[i++];
      switch (c) {
        case "\n": break;
        case "\\": out.push(92); break;
        case "'": out.push(39); break;
        case '"': out.push(34); break;
        case "a": out.push(7); break;
        case "b": out.push(8); break;
        case "f": out.push(12); break;
        case "n": out.push(10); break;
        case "r": out.push(13); break;
        case "t": out.push(9); break;
        case "v": out.push(11); break;
        case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
          let v = c.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && i < n && body[i] >= "0" && body[i] <= "7"; k++) v = v * 8 + body.charCodeAt(i++) - 48;
          out.push(v & 0xff);
          break;
        }
        case "x": {
          const h1 = i < n ? hexValue(body.charCodeAt(i)) : -1;
          const h2 = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
          if (h1 < 0 || h2 < 0) this.errorAfter(`(value error) invalid \\x escape at position ${bs}`);
          out.push(h1 * 16 + h2);
          i += 2;
          break;
        }
        default:
          out.push(92, c.charCodeAt(0));
      }
    }
    return Uint8Array.from(out);
  }
}

/** Splits a STRING token into its lower-cased prefix and its body between the quotes. */
export function splitLiteral(s: string): { prefix: string; body: string } {
  let i = 0;
  while (s[i] !== "'" && s[i] !== '"') i++;
  const prefix = s.slice(0, i).toLowerCase();
  const q = quoteLen(s);
  return { prefix, body: s.slice(i + q, s.length - q) };
}

function quoteLen(s: string): number {
  let i = 0;
  while (s[i] !== "'" && s[i] !== '"') i++;
  const q = s[i];
  return s.length - i >= 6 && s[i + 1] === q && s[i + 2] === q ? 3 : 1;
}

function located<N extends A.Located>(node: Omit<N, keyof A.Located>, first: Token, last: Token): N {
  const n = node as N;
  n.lineno = first.lineno;
  n.col_offset = first.col;
  n.end_lineno = last.endLineno;
  n.end_col_offset = last.endCol;
  return n;
}

function asciiBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

function isPySpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v";
}

export type { Part };
