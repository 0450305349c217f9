// The XML parser under pyexpat: an incremental, non-validating parser over decoded text that
// reports what expat reports (through XmlSink) and fails with expat's error codes at expat's
// positions.
//
// How this works: decoded text accumulates in `text`; `run()` takes one construct at a time
// (a tag, a run of character data, a reference, a comment, one DTD declaration...) from `pos`.
// A construct that is not complete yet leaves `pos` where it starts, and the next Parse() call
// appends text and tries again; consumed text is cut off after each call, so work is linear in
// the document for any chunking that does not split one construct into many pieces.
// An internal entity's replacement text is parsed by swapping it in as `text` (entityDepth > 0:
// positions then refer to the reference).
//
// The DTD is parsed enough to report declarations and expand internal general entities;
// parameter entities are never expanded (pyexpat's default, XML_PARAM_ENTITY_PARSING_NEVER).

import { ByteMode } from "./pyexpat_decode";

/** Handler slots, in CPython's order (pyexpat's handler_info table). */
export const enum H {
  StartElement, EndElement, ProcessingInstruction, CharacterData, UnparsedEntityDecl, NotationDecl,
  StartNamespaceDecl, EndNamespaceDecl, Comment, StartCdataSection, EndCdataSection, Default, DefaultExpand,
  NotStandalone, ExternalEntityRef, StartDoctypeDecl, EndDoctypeDecl, EntityDecl, XmlDecl, ElementDecl,
  AttlistDecl, SkippedEntity, Count,
}

/** expat's error codes (XML_ERROR_*). */
export const enum XE {
  NONE, NO_MEMORY, SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN, PARTIAL_CHAR, TAG_MISMATCH,
  DUPLICATE_ATTRIBUTE, JUNK_AFTER_DOC_ELEMENT, PARAM_ENTITY_REF, UNDEFINED_ENTITY, RECURSIVE_ENTITY_REF,
  ASYNC_ENTITY, BAD_CHAR_REF, BINARY_ENTITY_REF, ATTRIBUTE_EXTERNAL_ENTITY_REF, MISPLACED_XML_PI,
  UNKNOWN_ENCODING, INCORRECT_ENCODING, UNCLOSED_CDATA_SECTION, EXTERNAL_ENTITY_HANDLING, NOT_STANDALONE,
  UNEXPECTED_STATE, ENTITY_DECLARED_IN_PE, FEATURE_REQUIRES_XML_DTD, CANT_CHANGE_FEATURE_ONCE_PARSING,
  UNBOUND_PREFIX, UNDECLARING_PREFIX, INCOMPLETE_PE, XML_DECL, TEXT_DECL, PUBLICID, SUSPENDED,
  NOT_SUSPENDED, ABORTED, FINISHED, SUSPEND_PE, RESERVED_PREFIX_XML, RESERVED_PREFIX_XMLNS,
  RESERVED_NAMESPACE_URI,
}

/** A parse error: expat's code and the absolute character index it is reported at. */
export class XmlError {
  constructor(readonly code: number, readonly at: number) {}
}

/** An element declaration's content model (XML_Content): type, quantifier, name, children. */
export interface ContentModel {
  type: number;
  quant: number;
  name: string | null;
  children: ContentModel[];
}

export interface XmlSink {
  /** Which handlers are set (indexed by H); the parser reports to the default handler otherwise. */
  readonly has: Uint8Array;
  startElement(name: string, attrs: string[]): void;
  endElement(name: string): void;
  charData(s: string): void;
  dflt(s: string): void;
  pi(target: string, data: string): void;
  comment(s: string): void;
  startCdata(): void;
  endCdata(): void;
  startNs(prefix: string | null, uri: string | null): void;
  endNs(prefix: string | null): void;
  xmlDecl(version: string | null, encoding: string | null, standalone: number): void;
  startDoctype(name: string, sysid: string | null, pubid: string | null, internal: boolean): void;
  endDoctype(): void;
  entityDecl(name: string, isParam: boolean, value: string | null, sysid: string | null, pubid: string | null,
             notation: string | null): void;
  unparsedEntityDecl(name: string, sysid: string | null, pubid: string | null, notation: string): void;
  notationDecl(name: string, sysid: string | null, pubid: string | null): void;
  elementDecl(name: string, model: ContentModel): void;
  attlistDecl(el: string, att: string, type: string, dflt: string | null, required: boolean): void;
  externalEntityRef(context: string | null, sysid: string | null, pubid: string | null): boolean;
  skippedEntity(name: string, isParam: boolean): void;
  notStandalone(): boolean;
}

interface Entity {
  name: string;
  value: string | null;
  sysid: string | null;
  pubid: string | null;
  notation: string | null;
  open: boolean;
}

interface AttDef {
  name: string;
  /** Not CDATA: values are further normalized (spaces collapsed and trimmed). */
  tokenized: boolean;
  dflt: string | null;
}

/** Shared by an entity's parser and the parser it was created from. */
export class Dtd {
  entities = new Map<string, Entity>();
  paramEntities = new Map<string, Entity>();
  attlists = new Map<string, AttDef[]>();
  /** expat's hasParamEntityRefs: an external subset or a parameter entity reference was seen. */
  hasParamEntityRefs = false;
  standalone = false;
}

const enum Phase { Prolog, Subset, Content, Epilog }

export const enum EntityKind { Document, Content, Dtd }

const LT = 0x3c, GT = 0x3e, AMP = 0x26, SLASH = 0x2f, QMARK = 0x3f, BANG = 0x21, LF = 0x0a, CR = 0x0d,
  SP = 0x20, TAB = 0x09, RSQB = 0x5d, SEMI = 0x3b, HASH = 0x23, EQ = 0x3d, QUOT = 0x22, APOS = 0x27,
  PERCENT = 0x25, LSQB = 0x5b;

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** 1: may start a name, 2: may continue one (ASCII); every non-ASCII character but a few is a name character. */
const NAME_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME_CLASS[c] = 3;
  else if (/[0-9.\-]/.test(ch)) NAME_CLASS[c] = 2;
}

function isNameStart(c: number): boolean {
  return c < 128 ? (NAME_CLASS[c] & 1) !== 0 : isNonAsciiName(c) && !(c >= 0x300 && c <= 0x36f) && c !== 0xb7;
}

function isNameChar(c: number): boolean {
  return c < 128 ? NAME_CLASS[c] !== 0 : isNonAsciiName(c);
}

function isNonAsciiName(c: number): boolean {
  return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 && c !== 0xfffe && c !== 0xffff && !(c >= 0x2000 && c <= 0x206f && c !== 0x200c && c !== 0x200d && c !== 0x203f && c !== 0x2040) : c === 0xb7;
}

function isSpace(c: number): boolean {
  return c === SP || c === LF || c === TAB || c === CR;
}

/** A character XML does not allow anywhere (controls, U+FFFE, U+FFFF; a lone surrogate is checked by the caller). */
function isBadChar(c: number): boolean {
  return (c < SP && c !== TAB && c !== LF && c !== CR) || c === 0xfffe || c === 0xffff;
}

function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** A byte position's cost of one code unit: UTF-8 length, 2 for UTF-16, 1 for one-byte encodings. */
function unitBytes(mode: ByteMode, c: number): number {
  if (mode === ByteMode.Utf8) return c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  return mode === ByteMode.Utf16 ? 2 : 1;
}

/** One token of a DTD declaration. */
interface Tok {
  kind: TokKind;
  text: string;
  at: number;
}

const enum TokKind { Space, Name, Literal, Punct, PoundName, PeRef, Close }

export class XmlParser {
  // ---- input ----
  private text = "";
  private pos = 0;
  /** Absolute character index of text[0]. */
  private base = 0;
  private final = false;
  byteMode: ByteMode = ByteMode.Utf8;
  /** Character data comes in pieces of at most 1024 UTF-8 bytes (expat converts through a buffer). */
  converts = false;

  // ---- position tracking: (abs, line, col, byte) at a point at or before any later query ----
  private pAbs = 0;
  private pLine = 1;
  private pCol = 0;
  private pByte = 0;
  /** The same at text[0] (queries before the moving point rescan from here). */
  private sAbs = 0;
  private sLine = 1;
  private sCol = 0;
  private sByte = 0;
  /** Absolute index of the current event, or -1 before parsing. */
  eventAt = -1;
  /** Byte index where the input began (0; a BOM is counted). */
  byteOffset = 0;

  // ---- document state ----
  private phase: Phase;
  private stack: string[] = [];
  /** Per open element, how many namespace bindings it made (popped at its end). */
  private nsCounts: number[] = [];
  private nsStack: { prefix: string | null; prev: string | undefined }[] = [];
  private ns = new Map<string | null, string>();
  private sawDoctype = false;
  private entityDepth = 0;
  private entityRefAt = 0;
  private started = false;
  /** A document given to this parser whole or in pieces has been finished. */
  finished = false;
  standalone = -1;
  paramEntityParsing = 0;
  useForeignDtd = false;
  specifiedOnly = false;
  namespacePrefixes = false;
  /** The default handler expands internal entities (set with DefaultHandlerExpand). */
  defaultExpands = true;
  private doctype: { name: string; sysid: string | null; pubid: string | null } | null = null;

  constructor(private sink: XmlSink, readonly nsSep: string | null, readonly dtd: Dtd,
              readonly kind: EntityKind = EntityKind.Document) {
    this.phase = kind === EntityKind.Document ? Phase.Prolog : kind === EntityKind.Content ? Phase.Content : Phase.Subset;
    this.ns.set("xml", XML_NS);
  }

  /** For an external entity parser: the namespace bindings in effect where the entity was referenced. */
  inheritNamespaces(from: XmlParser): void {
    for (const [k, v] of from.ns) this.ns.set(k, v);
  }

  // ---- positions ----

  private abs(i: number): number {
    return this.entityDepth > 0 ? this.entityRefAt : this.base + i;
  }

  private fail(code: XE, i: number): never {
    throw new XmlError(code, this.abs(i));
  }

  /** [line, column, byte index] of an absolute character index within or before the current text. */
  positionOf(at: number): [number, number, number] {
    if (at < this.pAbs) {
      this.pAbs = this.sAbs;
      this.pLine = this.sLine;
      this.pCol = this.sCol;
      this.pByte = this.sByte;
    }
    const s = this.text;
    const mode = this.byteMode;
    let i = this.pAbs - this.base;
    const end = Math.min(at - this.base, s.length);
    let line = this.pLine, col = this.pCol, byte = this.pByte;
    for (; i < end; i++) {
      const c = s.charCodeAt(i);
      byte += unitBytes(mode, c);
      if (c === LF) {
        line++;
        col = 0;
      } else if (c === CR) {
        line++;
        col = 0;
        if (s.charCodeAt(i + 1) === LF && i + 1 < end) { i++; byte += unitBytes(mode, LF); }
      } else if (!(c >= 0xdc00 && c < 0xe000 && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00)) {
        col++;
      }
    }
    this.pAbs = this.base + i;
    this.pLine = line;
    this.pCol = col;
    this.pByte = byte;
    return [line, col, byte + this.byteOffset];
  }

  /** The absolute index parsing has reached (Current* after Parse returns). */
  consumedAt(): number {
    return this.base + this.pos;
  }

  /** Text from the current event on (GetInputContext). */
  inputContext(): string | null {
    if (this.eventAt < this.base) return null;
    return this.text.slice(this.eventAt - this.base);
  }

  // ---- feeding ----

  /** Parses decoded text; `final` ends the document. */
  feed(chunk: string, final: boolean): void {
    if (this.pos > 0) {
      this.positionOf(this.base + this.pos);
      this.sAbs = this.pAbs;
      this.sLine = this.pLine;
      this.sCol = this.pCol;
      this.sByte = this.pByte;
      this.text = this.text.slice(this.pos);
      this.base += this.pos;
      this.pos = 0;
    }
    this.text = this.text.length === 0 ? chunk : this.text + chunk;
    this.final = final;
    this.run();
    if (final) this.finish();
  }

  private finish(): void {
    const end = this.text.length;
    this.eventAt = this.abs(end);
    switch (this.phase) {
      case Phase.Prolog:
        if (this.kind === EntityKind.Document) this.fail(XE.NO_ELEMENTS, end);
        break;
      case Phase.Subset:
        if (this.kind === EntityKind.Document) this.fail(XE.NO_ELEMENTS, end);
        break;
      case Phase.Content:
        if (this.stack.length > 0) this.fail(this.kind === EntityKind.Document ? XE.NO_ELEMENTS : XE.ASYNC_ENTITY, end);
        break;
      case Phase.Epilog:
        break;
    }
    this.finished = true;
  }

  // ---- the main loop ----

  private run(): void {
    for (;;) {
      const s = this.text;
      const i = this.pos;
      if (i >= s.length) return;
      const c = s.charCodeAt(i);
      let next: number;
      switch (this.phase) {
        case Phase.Content:
          next = c === LT ? this.markup(i) : c === AMP ? this.reference(i) : this.charData(i);
          break;
        case Phase.Prolog:
        case Phase.Epilog:
          next = c === LT ? this.markup(i) : this.outsideText(i);
          break;
        case Phase.Subset:
          next = this.subsetStep(i);
          break;
      }
      if (next < 0) return;
      this.pos = next;
      this.started = true;
    }
  }

  /** Incomplete construct starting at i: wait for more text, or fail at the end of the document. */
  private incomplete(i: number, code: XE = XE.UNCLOSED_TOKEN): number {
    if (this.final) this.fail(code, i);
    return -1;
  }

  private reportDefault(s: string): void {
    if (this.sink.has[H.Default]) this.sink.dflt(s);
  }

  /** Whitespace (or junk) before or after the document element. */
  private outsideText(i: number): number {
    const s = this.text;
    let j = i;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    if (j > i) {
      this.eventAt = this.abs(i);
      if (this.sink.has[H.Default]) this.reportDefault(normalizeNewlines(s.slice(i, j)));
      return j;
    }
    if (this.phase === Phase.Epilog) this.fail(XE.JUNK_AFTER_DOC_ELEMENT, i);
    // expat reads a name-like run as one token before finding it out of place.
    while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
    if (j === s.length && j > i) {
      if (!this.final) return -1;
      this.fail(XE.SYNTAX, i);
    }
    this.fail(XE.INVALID_TOKEN, j);
  }

  /** Markup starting with '<' at i. */
  private markup(i: number): number {
    const s = this.text;
    if (i + 1 >= s.length) return this.incomplete(i);
    const c = s.charCodeAt(i + 1);
    if (c === QMARK) return this.processingInstruction(i);
    if (c === BANG) {
      if (this.startsWith(i, "<!--")) return this.comment(i);
      if (this.startsWith(i, "<![CDATA[")) {
        if (this.phase !== Phase.Content) this.fail(this.phase === Phase.Epilog ? XE.JUNK_AFTER_DOC_ELEMENT : XE.INVALID_TOKEN, i);
        return this.cdata(i);
      }
      if (this.startsWith(i, "<!DOCTYPE")) {
        if (this.phase === Phase.Epilog) this.fail(XE.JUNK_AFTER_DOC_ELEMENT, i);
        if (this.phase === Phase.Content) this.fail(XE.INVALID_TOKEN, i + 2);
        if (this.sawDoctype) this.fail(XE.SYNTAX, i);
        return this.doctypeDecl(i);
      }
      const rest = s.length - i;
      for (const w of ["<!--", "<![CDATA[", "<!DOCTYPE"]) {
        if (rest < w.length && w.startsWith(s.slice(i))) return this.incomplete(i);
      }
      this.fail(this.phase === Phase.Epilog ? XE.JUNK_AFTER_DOC_ELEMENT : XE.INVALID_TOKEN, i + 2);
    }
    if (this.phase === Phase.Epilog) this.fail(XE.JUNK_AFTER_DOC_ELEMENT, i);
    if (c === SLASH) {
      if (this.phase !== Phase.Content) this.fail(XE.SYNTAX, i);
      return this.endTag(i);
    }
    return this.startTag(i);
  }

  /** s at i starts with w (false also when the text ends before w does). */
  private startsWith(i: number, w: string): boolean {
    return this.text.startsWith(w, i);
  }

  // ---- names ----

  /** The end of the name starting at i (i itself when there is none). */
  private nameEnd(i: number): number {
    const s = this.text;
    if (i >= s.length || !isNameStart(s.charCodeAt(i))) return i;
    let j = i + 1;
    while (j < s.length && isNameChar(s.charCodeAt(j))) j++;
    return j;
  }

  private skipSpace(i: number): number {
    const s = this.text;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    return i;
  }

  // ---- processing instructions and the XML declaration ----

  /** PI ::= '<?' PITarget (S (Char* - (Char* '?>' Char*)))? '?>' */
  private processingInstruction(i: number): number {
    const s = this.text;
    const t = this.nameEnd(i + 2);
    if (t === s.length) return this.incomplete(i);
    if (t === i + 2) this.fail(XE.INVALID_TOKEN, i + 2);
    const target = s.slice(i + 2, t);
    const c = s.charCodeAt(t);
    let dataStart: number;
    if (c === QMARK) {
      if (t + 1 >= s.length) return this.incomplete(i);
      if (s.charCodeAt(t + 1) !== GT) this.fail(XE.INVALID_TOKEN, t + 1);
      dataStart = t;
    } else if (isSpace(c)) {
      dataStart = this.skipSpace(t);
    } else {
      this.fail(XE.INVALID_TOKEN, t);
    }
    const end = s.indexOf("?>", dataStart);
    if (end < 0) return this.incomplete(i);
    for (let k = dataStart; k < end; k++) if (isBadChar(s.charCodeAt(k))) this.fail(XE.INVALID_TOKEN, k);
    const lower = target.toLowerCase();
    if (lower === "xml") {
      if (target === "xml" && this.abs(i) === 0 && this.entityDepth === 0 && this.phase !== Phase.Subset) {
        this.xmlDecl(i, t, end);
        return end + 2;
      }
      if (target === "xml" && this.kind !== EntityKind.Document && this.abs(i) === 0) return end + 2;
      if (target === "xml") this.fail(XE.MISPLACED_XML_PI, i);
      this.fail(XE.INVALID_TOKEN, t);
    }
    this.eventAt = this.abs(i);
    if (this.sink.has[H.ProcessingInstruction]) this.sink.pi(target, normalizeNewlines(s.slice(dataStart, end)));
    else this.reportDefault(normalizeNewlines(s.slice(i, end + 2)));
    return end + 2;
  }

  /** XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>' */
  private xmlDecl(i: number, t: number, end: number): void {
    const s = this.text;
    const attrs: [string, string][] = [];
    let k = t;
    for (;;) {
      const j = this.skipSpace(k);
      if (j >= end) break;
      if (j === k) this.fail(XE.XML_DECL, j);
      const ne = this.nameEnd(j);
      if (ne === j) this.fail(XE.XML_DECL, j);
      const name = s.slice(j, ne);
      let q = this.skipSpace(ne);
      if (s.charCodeAt(q) !== EQ) this.fail(XE.XML_DECL, q);
      q = this.skipSpace(q + 1);
      const quote = s.charCodeAt(q);
      if (quote !== QUOT && quote !== APOS) this.fail(XE.XML_DECL, q);
      const close = s.indexOf(String.fromCharCode(quote), q + 1);
      if (close < 0 || close > end) this.fail(XE.XML_DECL, q);
      attrs.push([name, s.slice(q + 1, close)]);
      const order = ["version", "encoding", "standalone"];
      const at = order.indexOf(name);
      const prev = attrs.length > 1 ? order.indexOf(attrs[attrs.length - 2][0]) : -1;
      if (at < 0 || at <= prev || (attrs.length === 1 && name !== "version")) this.fail(XE.XML_DECL, j);
      const v = attrs[attrs.length - 1][1];
      if (name === "standalone" && v !== "yes" && v !== "no") this.fail(XE.XML_DECL, q + 1);
      if (name === "encoding" && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(v)) this.fail(XE.XML_DECL, q + 1);
      if (name === "version" && !/^[0-9a-zA-Z_.:-]+$/.test(v)) this.fail(XE.XML_DECL, q + 1);
      k = close + 1;
    }
    if (attrs.length === 0) this.fail(XE.XML_DECL, end);
    const get = (n: string) => attrs.find((a) => a[0] === n)?.[1] ?? null;
    const sa = get("standalone");
    this.standalone = sa === null ? -1 : sa === "yes" ? 1 : 0;
    if (sa === "yes") this.dtd.standalone = true;
    this.eventAt = this.abs(i);
    if (this.sink.has[H.XmlDecl]) this.sink.xmlDecl(get("version"), get("encoding"), this.standalone);
    else this.reportDefault(s.slice(i, end + 2));
  }

  // ---- comments and CDATA sections ----

  /** Comment ::= '<!--' ((Char - '-') | ('-' (Char - '-')))* '-->' */
  private comment(i: number): number {
    const s = this.text;
    const d = s.indexOf("--", i + 4);
    if (d < 0 || d + 2 >= s.length) return this.incomplete(i);
    if (s.charCodeAt(d + 2) !== GT) this.fail(XE.INVALID_TOKEN, d + 2);
    for (let k = i + 4; k < d; k++) if (isBadChar(s.charCodeAt(k))) this.fail(XE.INVALID_TOKEN, k);
    this.eventAt = this.abs(i);
    if (this.sink.has[H.Comment]) this.sink.comment(normalizeNewlines(s.slice(i + 4, d)));
    else this.reportDefault(normalizeNewlines(s.slice(i, d + 3)));
    return d + 3;
  }

  /** CDSect ::= '<![CDATA[' (Char* - (Char* ']]>' Char*)) ']]>' */
  private cdata(i: number): number {
    const s = this.text;
    const end = s.indexOf("]]>", i + 9);
    if (end < 0) return this.incomplete(s.length, XE.UNCLOSED_CDATA_SECTION);
    this.eventAt = this.abs(i);
    const sink = this.sink;
    if (sink.has[H.StartCdataSection]) sink.startCdata();
    else this.reportDefault("<![CDATA[");
    this.emitData(i + 9, end, true);
    this.eventAt = this.abs(end);
    if (sink.has[H.EndCdataSection]) sink.endCdata();
    else this.reportDefault("]]>");
    return end + 3;
  }

  // ---- character data ----

  /** A run of character data at i, up to markup, a reference or (unless final) the end of the text. */
  private charData(i: number): number {
    const s = this.text;
    const n = s.length;
    let j = i;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === LT || c === AMP) break;
      if (c < SP) {
        if (c !== LF && c !== CR && c !== TAB) break;
      } else if (c === RSQB) {
        if (s.charCodeAt(j + 1) === RSQB && s.charCodeAt(j + 2) === GT) {
          if (j > i) break;
          this.fail(XE.INVALID_TOKEN, j + 2);
        }
      } else if (c >= 0xd800) {
        if (c >= 0xfffe) break;
        if (c < 0xdc00) {
          const d = s.charCodeAt(j + 1);
          if (d >= 0xdc00 && d < 0xe000) { j++; continue; }
          if (j + 1 === n && !this.final) break;
          if (j > i) break;
          this.fail(XE.INVALID_TOKEN, j);
        } else if (c < 0xe000) {
          if (j > i) break;
          this.fail(XE.INVALID_TOKEN, j);
        }
      }
    }
    let end = j;
    if (end === n && !this.final) {
      // Hold back what may begin "]]>" or a CR-LF pair.
      while (end > i && (s.charCodeAt(end - 1) === RSQB || s.charCodeAt(end - 1) === CR) && end > n - 2) end--;
      if (end === i) return -1;
    }
    if (end === i) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00) return -1;
      this.fail(XE.INVALID_TOKEN, i);
    }
    this.emitData(i, end, false);
    return end;
  }

  /** Reports character data s[i:end] as expat does: runs and each newline separately. */
  private emitData(i: number, end: number, inCdata: boolean): void {
    const s = this.text;
    const sink = this.sink;
    const hasData = sink.has[H.CharacterData] !== 0;
    if (!hasData && !sink.has[H.Default]) return;
    let k = i;
    while (k < end) {
      let j = k;
      while (j < end) {
        const c = s.charCodeAt(j);
        if (c === LF || c === CR) break;
        if (inCdata && isBadChar(c)) this.fail(XE.INVALID_TOKEN, j);
        j++;
      }
      if (j > k) {
        this.eventAt = this.abs(k);
        this.dataPieces(s, k, j, hasData);
      }
      if (j < end) {
        this.eventAt = this.abs(j);
        if (hasData) sink.charData("\n");
        else sink.dflt("\n");
        j += s.charCodeAt(j) === CR && s.charCodeAt(j + 1) === LF && j + 1 < end ? 2 : 1;
      }
      k = j;
    }
  }

  private dataPieces(s: string, k: number, j: number, hasData: boolean): void {
    const sink = this.sink;
    if (!this.converts || j - k <= 341) {
      const piece = s.slice(k, j);
      if (hasData) sink.charData(piece);
      else sink.dflt(piece);
      return;
    }
    // Pieces of at most 1024 UTF-8 bytes, as expat's conversion buffer delivers them.
    let start = k, bytes = 0;
    for (let m = k; m < j; m++) {
      const c = s.charCodeAt(m);
      const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
      if (bytes + w > 1024) {
        const piece = s.slice(start, m);
        if (hasData) sink.charData(piece);
        else sink.dflt(piece);
        start = m;
        bytes = 0;
      }
      bytes += w;
    }
    const piece = s.slice(start, j);
    if (hasData) sink.charData(piece);
    else sink.dflt(piece);
  }

  // ---- references ----

  /**
   * A character reference at i ('&#' seen): [code point, end], or null when incomplete.
   * CharRef ::= '&#' [0-9]+ ';' | '&#x' [0-9a-fA-F]+ ';'
   */
  private charRef(i: number): [number, number] | null {
    const s = this.text;
    let j = i + 2;
    const hex = s.charCodeAt(j) === 0x78;
    if (hex) j++;
    const digitsAt = j;
    let v = 0;
    for (;; j++) {
      if (j >= s.length) return null;
      const c = s.charCodeAt(j);
      let d: number;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (hex && c >= 0x61 && c <= 0x66) d = c - 0x57;
      else if (hex && c >= 0x41 && c <= 0x46) d = c - 0x37;
      else if (c === SEMI && j > digitsAt) break;
      else this.fail(XE.INVALID_TOKEN, j);
      v = Math.min(v * (hex ? 16 : 10) + d, 0x110000);
    }
    if (v >= 0x110000 || (v >= 0xd800 && v < 0xe000) || isBadChar(v)) this.fail(XE.BAD_CHAR_REF, i);
    return [v, j + 1];
  }

  /** An entity or character reference in content at i. */
  private reference(i: number): number {
    const s = this.text;
    if (i + 1 >= s.length) return this.incomplete(i);
    const sink = this.sink;
    if (s.charCodeAt(i + 1) === HASH) {
      const r = this.charRef(i);
      if (r === null) return this.incomplete(i);
      this.eventAt = this.abs(i);
      if (sink.has[H.CharacterData]) sink.charData(String.fromCodePoint(r[0]));
      else this.reportDefault(s.slice(i, r[1]));
      return r[1];
    }
    const ne = this.nameEnd(i + 1);
    if (ne === i + 1) this.fail(XE.INVALID_TOKEN, i + 1);
    if (ne >= s.length) return this.incomplete(i);
    if (s.charCodeAt(ne) !== SEMI) this.fail(XE.INVALID_TOKEN, ne);
    const name = s.slice(i + 1, ne);
    const end = ne + 1;
    this.eventAt = this.abs(i);
    const pre = PREDEFINED[name];
    if (pre !== undefined) {
      if (sink.has[H.CharacterData]) sink.charData(pre);
      else this.reportDefault(s.slice(i, end));
      return end;
    }
    const dtd = this.dtd;
    const e = dtd.entities.get(name);
    if (!dtd.hasParamEntityRefs || dtd.standalone) {
      if (e === undefined) this.fail(XE.UNDEFINED_ENTITY, i);
    } else if (e === undefined) {
      if (sink.has[H.SkippedEntity]) sink.skippedEntity(name, false);
      else this.reportDefault(s.slice(i, end));
      return end;
    }
    if (e!.open) this.fail(XE.RECURSIVE_ENTITY_REF, i);
    if (e!.notation !== null) this.fail(XE.BINARY_ENTITY_REF, i);
    if (e!.value !== null) {
      if (sink.has[H.Default] && !this.defaultExpands) {
        if (sink.has[H.SkippedEntity]) sink.skippedEntity(name, false);
        else this.reportDefault(s.slice(i, end));
        return end;
      }
      this.expandInContent(e!, i);
      return end;
    }
    if (sink.has[H.ExternalEntityRef]) {
      e!.open = true;
      let ok: boolean;
      try {
        ok = sink.externalEntityRef(name, e!.sysid, e!.pubid);
      } finally {
        e!.open = false;
      }
      if (!ok) this.fail(XE.EXTERNAL_ENTITY_HANDLING, i);
    } else {
      this.reportDefault(s.slice(i, end));
    }
    return end;
  }

  /** Parses an internal entity's replacement text as content, where it is referenced (at i). */
  private expandInContent(e: Entity, i: number): void {
    const saved = { text: this.text, pos: this.pos, final: this.final, base: this.base, refAt: this.entityRefAt };
    const refAt = this.abs(i);
    const depth = this.stack.length;
    e.open = true;
    this.text = e.value!;
    this.pos = 0;
    this.final = true;
    this.entityRefAt = refAt;
    this.entityDepth++;
    const minDepth = this.entityMin;
    this.entityMin = depth;
    try {
      this.run();
      if (this.stack.length !== depth) throw new XmlError(XE.ASYNC_ENTITY, refAt);
    } finally {
      this.entityMin = minDepth;
      this.entityDepth--;
      e.open = false;
      this.text = saved.text;
      this.pos = saved.pos;
      this.final = saved.final;
      this.base = saved.base;
      this.entityRefAt = saved.refAt;
    }
  }

  /** The element depth where the innermost entity being expanded started (its end tags may not go below). */
  private entityMin = 0;

  // ---- tags ----

  /** STag ::= '<' Name (S Attribute)* S? '>'; EmptyElemTag ::= '<' Name (S Attribute)* S? '/>' */
  private startTag(i: number): number {
    const s = this.text;
    const n = s.length;
    const ne = this.nameEnd(i + 1);
    if (ne === n) return this.incomplete(i);
    if (ne === i + 1) this.fail(XE.INVALID_TOKEN, i + 1);
    const qname = s.slice(i + 1, ne);
    const attrs: string[] = [];
    const attrAt: number[] = [];
    let k = ne;
    let empty = false;
    for (;;) {
      const j = this.skipSpace(k);
      if (j >= n) return this.incomplete(i);
      const c = s.charCodeAt(j);
      if (c === GT) { k = j + 1; break; }
      if (c === SLASH) {
        if (j + 1 >= n) return this.incomplete(i);
        if (s.charCodeAt(j + 1) !== GT) this.fail(XE.INVALID_TOKEN, j + 1);
        empty = true;
        k = j + 2;
        break;
      }
      if (j === k) this.fail(XE.INVALID_TOKEN, j);
      const an = this.nameEnd(j);
      if (an === n) return this.incomplete(i);
      if (an === j) this.fail(XE.INVALID_TOKEN, j);
      let q = this.skipSpace(an);
      if (q >= n) return this.incomplete(i);
      if (s.charCodeAt(q) !== EQ) this.fail(XE.INVALID_TOKEN, q);
      q = this.skipSpace(q + 1);
      if (q >= n) return this.incomplete(i);
      const quote = s.charCodeAt(q);
      if (quote !== QUOT && quote !== APOS) this.fail(XE.INVALID_TOKEN, q);
      const close = s.indexOf(quote === QUOT ? '"' : "'", q + 1);
      if (close < 0) {
        const lt = s.indexOf("<", q + 1);
        if (lt >= 0) this.fail(XE.INVALID_TOKEN, lt);
        return this.incomplete(i);
      }
      const name = s.slice(j, an);
      for (let m = 0; m < attrs.length; m += 2) if (attrs[m] === name) this.fail(XE.DUPLICATE_ATTRIBUTE, j);
      attrs.push(name, this.attValue(q + 1, close));
      attrAt.push(j);
      k = close + 1;
    }
    if (this.phase === Phase.Prolog) {
      if (this.useForeignDtd && !this.sawDoctype) this.foreignDtd();
      this.phase = Phase.Content;
    }
    this.eventAt = this.abs(i);
    this.addDefaults(qname, attrs);
    const sink = this.sink;
    let name = qname;
    let bindings = 0;
    if (this.nsSep !== null) {
      bindings = this.bindNamespaces(attrs, i);
      name = this.expandName(qname, false, i);
      for (let m = 0; m < attrs.length; m += 2) {
        if (attrs[m].indexOf(":") >= 0) attrs[m] = this.expandName(attrs[m], true, i);
      }
      for (let m = 2; m < attrs.length; m += 2) {
        for (let p = 0; p < m; p += 2) if (attrs[p] === attrs[m]) this.fail(XE.DUPLICATE_ATTRIBUTE, i);
      }
    }
    this.eventAt = this.abs(i);
    if (sink.has[H.StartElement]) sink.startElement(name, attrs);
    else this.reportDefault(s.slice(i, k));
    if (empty) {
      this.eventAt = this.abs(k);
      if (sink.has[H.EndElement]) sink.endElement(name);
      this.unbind(bindings);
      if (this.stack.length === 0 && this.kind === EntityKind.Document) this.phase = Phase.Epilog;
    } else {
      this.stack.push(qname);
      this.nsCounts.push(bindings);
    }
    return k;
  }

  /** Normalizes an attribute value s[i:end] (references, whitespace) as AttValue needs. */
  private attValue(i: number, end: number): string {
    const s = this.text;
    let out = "";
    let run = i;
    for (let k = i; k < end; k++) {
      const c = s.charCodeAt(k);
      if (c === LT) this.fail(XE.INVALID_TOKEN, k);
      if (c === AMP) {
        out += s.slice(run, k);
        k = this.attReference(k, end, (t) => { out += t; }) - 1;
        run = k + 1;
      } else if (c === LF || c === TAB || c === CR) {
        out += s.slice(run, k) + " ";
        if (c === CR && s.charCodeAt(k + 1) === LF && k + 1 < end) k++;
        run = k + 1;
      } else if (isBadChar(c)) {
        this.fail(XE.INVALID_TOKEN, k);
      }
    }
    return out + s.slice(run, end);
  }

  /** A reference inside an attribute value at i: appends its text, returns its end. */
  private attReference(i: number, end: number, add: (t: string) => void): number {
    const s = this.text;
    if (s.charCodeAt(i + 1) === HASH) {
      const r = this.charRef(i);
      if (r === null || r[1] > end) this.fail(XE.INVALID_TOKEN, end);
      add(String.fromCodePoint(r![0]));
      return r![1];
    }
    const ne = this.nameEnd(i + 1);
    if (ne === i + 1) this.fail(XE.INVALID_TOKEN, i + 1);
    if (ne >= end || s.charCodeAt(ne) !== SEMI) this.fail(XE.INVALID_TOKEN, ne);
    const name = s.slice(i + 1, ne);
    const pre = PREDEFINED[name];
    if (pre !== undefined) {
      add(pre);
      return ne + 1;
    }
    const dtd = this.dtd;
    const e = dtd.entities.get(name);
    if (e === undefined) {
      if (!dtd.hasParamEntityRefs || dtd.standalone) this.fail(XE.UNDEFINED_ENTITY, i);
      return ne + 1;
    }
    if (e.open) this.fail(XE.RECURSIVE_ENTITY_REF, i);
    if (e.notation !== null) this.fail(XE.BINARY_ENTITY_REF, i);
    if (e.value === null) this.fail(XE.ATTRIBUTE_EXTERNAL_ENTITY_REF, i);
    // The replacement text is normalized in turn, with errors reported at this reference.
    const saved = { text: this.text, base: this.base, depth: this.entityDepth, refAt: this.entityRefAt };
    const refAt = this.abs(i);
    e.open = true;
    this.text = e.value;
    this.entityRefAt = refAt;
    this.entityDepth++;
    try {
      add(this.attValue(0, e.value.length));
    } finally {
      e.open = false;
      this.text = saved.text;
      this.base = saved.base;
      this.entityDepth = saved.depth;
      this.entityRefAt = saved.refAt;
    }
    return ne + 1;
  }

  /** Adds declared default values of attributes not given; normalizes tokenized types. */
  private addDefaults(el: string, attrs: string[]): void {
    const defs = this.dtd.attlists.get(el);
    if (defs === undefined) return;
    for (const d of defs) {
      let found = -1;
      for (let m = 0; m < attrs.length; m += 2) if (attrs[m] === d.name) { found = m; break; }
      if (found >= 0) {
        if (d.tokenized) attrs[found + 1] = attrs[found + 1].replace(/ +/g, " ").replace(/^ | $/g, "");
      } else if (d.dflt !== null && !this.specifiedOnly) {
        attrs.push(d.name, d.dflt);
      }
    }
  }

  /** Takes xmlns attributes out of attrs, binding their prefixes; returns how many were bound. */
  private bindNamespaces(attrs: string[], tagAt: number): number {
    let count = 0;
    for (let m = 0; m < attrs.length;) {
      const a = attrs[m];
      let prefix: string | null;
      if (a === "xmlns") prefix = null;
      else if (a.startsWith("xmlns:")) prefix = a.slice(6);
      else { m += 2; continue; }
      const uri = attrs[m + 1];
      attrs.splice(m, 2);
      if (prefix !== null && uri === "") this.fail(XE.UNDECLARING_PREFIX, tagAt);
      // expat 2.4.5 and later: a URI may not contain the separator (names would be ambiguous).
      if (this.nsSep !== "" && uri.indexOf(this.nsSep!) >= 0) this.fail(XE.SYNTAX, tagAt);
      if (prefix === "xmlns") this.fail(XE.RESERVED_PREFIX_XMLNS, tagAt);
      if (prefix === "xml" && uri !== XML_NS) this.fail(XE.RESERVED_PREFIX_XML, tagAt);
      if (prefix !== "xml" && (uri === XML_NS || uri === "http://www.w3.org/2000/xmlns/")) this.fail(XE.RESERVED_NAMESPACE_URI, tagAt);
      this.nsStack.push({ prefix, prev: this.ns.get(prefix) });
      if (uri === "") this.ns.delete(prefix);
      else this.ns.set(prefix, uri);
      count++;
      if (this.sink.has[H.StartNamespaceDecl]) this.sink.startNs(prefix, uri === "" ? null : uri);
    }
    return count;
  }

  private unbind(count: number): void {
    for (let m = 0; m < count; m++) {
      const b = this.nsStack.pop()!;
      if (b.prev === undefined) this.ns.delete(b.prefix);
      else this.ns.set(b.prefix, b.prev);
      this.eventAt = this.eventAt;
      if (this.sink.has[H.EndNamespaceDecl]) this.sink.endNs(b.prefix);
    }
  }

  /** "uri<sep>local" (plus "<sep>prefix" with namespace_prefixes) for a qualified name. */
  private expandName(qname: string, isAttr: boolean, tagAt: number): string {
    const sep = this.nsSep!;
    const colon = qname.indexOf(":");
    if (colon < 0) {
      if (isAttr) return qname;
      const uri = this.ns.get(null);
      return uri === undefined ? qname : uri + sep + qname;
    }
    const prefix = qname.slice(0, colon);
    const uri = this.ns.get(prefix);
    if (uri === undefined) this.fail(XE.UNBOUND_PREFIX, tagAt);
    const local = qname.slice(colon + 1);
    return this.namespacePrefixes ? uri + sep + local + sep + prefix : uri + sep + local;
  }

  /** ETag ::= '</' Name S? '>' */
  private endTag(i: number): number {
    const s = this.text;
    const ne = this.nameEnd(i + 2);
    if (ne === s.length) return this.incomplete(i);
    if (ne === i + 2) this.fail(XE.INVALID_TOKEN, i + 2);
    const k = this.skipSpace(ne);
    if (k >= s.length) return this.incomplete(i);
    if (s.charCodeAt(k) !== GT) this.fail(XE.INVALID_TOKEN, k);
    const qname = s.slice(i + 2, ne);
    if (this.stack.length <= (this.entityDepth > 0 ? this.entityMin : 0)) {
      this.fail(this.entityDepth > 0 ? XE.ASYNC_ENTITY : XE.INVALID_TOKEN, i);
    }
    if (this.stack[this.stack.length - 1] !== qname) this.fail(XE.TAG_MISMATCH, i + 2);
    this.stack.pop();
    const bindings = this.nsCounts.pop()!;
    this.eventAt = this.abs(i);
    const name = this.nsSep !== null ? this.expandName(qname, false, i) : qname;
    if (this.sink.has[H.EndElement]) this.sink.endElement(name);
    else this.reportDefault(s.slice(i, k + 1));
    this.eventAt = this.abs(i);
    this.unbind(bindings);
    if (this.stack.length === 0 && this.kind === EntityKind.Document) this.phase = Phase.Epilog;
    return k + 1;
  }

  // ---- the document type declaration ----

  /**
   * Tokens of markup from i to its closing '>' (outside literals), or null when incomplete.
   * `stopAtBracket` ends at '[' too (the DOCTYPE header before an internal subset).
   */
  private declTokens(i: number, stopAtBracket: boolean): Tok[] | null {
    const s = this.text;
    const n = s.length;
    const toks: Tok[] = [];
    let k = i;
    while (k < n) {
      const c = s.charCodeAt(k);
      const at = k;
      if (isSpace(c)) {
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        toks.push({ kind: TokKind.Space, text: s.slice(at, k), at });
      } else if (c === QUOT || c === APOS) {
        const close = s.indexOf(String.fromCharCode(c), k + 1);
        if (close < 0) return null;
        k = close + 1;
        toks.push({ kind: TokKind.Literal, text: s.slice(at, k), at });
      } else if (c === GT || (stopAtBracket && c === LSQB)) {
        toks.push({ kind: TokKind.Close, text: s[k], at });
        return toks;
      } else if (c === HASH) {
        k = this.nameEnd(k + 1);
        if (k === n) return null;
        if (k === at + 1) this.fail(XE.SYNTAX, at);
        toks.push({ kind: TokKind.PoundName, text: s.slice(at, k), at });
      } else if (c === PERCENT) {
        const ne = this.nameEnd(k + 1);
        if (ne === n) return null;
        if (ne > k + 1 && s.charCodeAt(ne) === SEMI) {
          k = ne + 1;
          toks.push({ kind: TokKind.PeRef, text: s.slice(at, k), at });
        } else {
          k++;
          toks.push({ kind: TokKind.Punct, text: "%", at });
        }
      } else if (isNameChar(c)) {
        while (k < n && isNameChar(s.charCodeAt(k))) k++;
        if (k === n) return null;
        toks.push({ kind: TokKind.Name, text: s.slice(at, k), at });
      } else if ("()|,?*+".indexOf(s[k]) >= 0) {
        k++;
        toks.push({ kind: TokKind.Punct, text: s[at], at });
      } else {
        this.fail(isBadChar(c) ? XE.INVALID_TOKEN : XE.SYNTAX, k);
      }
    }
    return null;
  }

  /** doctypedecl ::= '<!DOCTYPE' S Name (S ExternalID)? S? ('[' intSubset ']' S?)? '>' */
  private doctypeDecl(i: number): number {
    const toks = this.declTokens(i + 9, true);
    if (toks === null) return this.incomplete(i);
    const words = toks.filter((t) => t.kind !== TokKind.Space);
    const close = toks[toks.length - 1];
    if (toks[0].kind !== TokKind.Space || words[0].kind !== TokKind.Name) this.fail(XE.SYNTAX, words[0].at);
    const name = words[0].text;
    let sysid: string | null = null, pubid: string | null = null;
    let w = 1;
    if (words[w].kind === TokKind.Name) {
      const r = this.externalId(words, w, false);
      sysid = r.sysid;
      pubid = r.pubid;
      w = r.next;
    }
    if (words[w] !== close) this.fail(XE.SYNTAX, words[w].at);
    this.sawDoctype = true;
    this.doctype = { name, sysid, pubid };
    const sink = this.sink;
    const dtd = this.dtd;
    this.eventAt = this.abs(i);
    if (sysid !== null) {
      dtd.hasParamEntityRefs = true;
      if (!dtd.standalone && !(this.paramEntityParsing && sink.has[H.ExternalEntityRef])) this.notStandalone(i);
    }
    const internal = close.text === "[";
    if (sink.has[H.StartDoctypeDecl]) sink.startDoctype(name, sysid, pubid, internal);
    else if (sink.has[H.Default]) {
      this.reportDefault("<!DOCTYPE");
      for (const t of toks) this.reportDefault(t.text);
    }
    const end = close.at + 1;
    if (internal) {
      this.phase = Phase.Subset;
      return end;
    }
    this.endDoctype(i);
    return end;
  }

  private notStandalone(i: number): void {
    if (this.sink.has[H.NotStandalone] && !this.sink.notStandalone()) this.fail(XE.NOT_STANDALONE, i);
  }

  /** ExternalID ::= 'SYSTEM' S SystemLiteral | 'PUBLIC' S PubidLiteral S SystemLiteral (the system literal optional for notations) */
  private externalId(words: Tok[], w: number, notation: boolean): { sysid: string | null; pubid: string | null; next: number } {
    const kw = words[w];
    const lit = (t: Tok | undefined) => {
      if (t === undefined || t.kind !== TokKind.Literal) this.fail(XE.SYNTAX, t === undefined ? kw.at : t.at);
      return t!.text.slice(1, -1);
    };
    if (kw.text === "SYSTEM") return { sysid: lit(words[w + 1]), pubid: null, next: w + 2 };
    if (kw.text === "PUBLIC") {
      const pub = lit(words[w + 1]);
      if (!/^[\x20\x0d\x0aa-zA-Z0-9\-'()+,./:=?;!*#@$_%]*$/.test(pub)) this.fail(XE.PUBLICID, words[w + 1].at);
      const pubid = pub.replace(/[\x20\x0d\x0a]+/g, " ").trim();
      if (notation && words[w + 2]?.kind !== TokKind.Literal) return { sysid: null, pubid, next: w + 2 };
      return { sysid: lit(words[w + 2]), pubid, next: w + 3 };
    }
    this.fail(XE.SYNTAX, kw.at);
  }

  private endDoctype(i: number): void {
    const sink = this.sink;
    const dt = this.doctype!;
    if ((dt.sysid !== null || this.useForeignDtd) && this.paramEntityParsing && sink.has[H.ExternalEntityRef]) {
      this.dtd.hasParamEntityRefs = true;
      this.eventAt = this.abs(i);
      if (!sink.externalEntityRef(null, dt.sysid, dt.pubid)) this.fail(XE.EXTERNAL_ENTITY_HANDLING, i);
    }
    this.eventAt = this.abs(i);
    if (sink.has[H.EndDoctypeDecl]) sink.endDoctype();
    this.phase = Phase.Prolog;
  }

  /** UseForeignDTD: a document without a DOCTYPE gets its external subset from the handler. */
  private foreignDtd(): void {
    if (this.paramEntityParsing && this.sink.has[H.ExternalEntityRef]) {
      this.dtd.hasParamEntityRefs = true;
      if (!this.sink.externalEntityRef(null, null, null)) this.fail(XE.EXTERNAL_ENTITY_HANDLING, this.pos);
    }
  }

  /** One item of the internal subset (or of an external DTD entity) at i. */
  private subsetStep(i: number): number {
    const s = this.text;
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      const j = this.skipSpace(i);
      this.reportDefault(s.slice(i, j));
      return j;
    }
    if (c === RSQB && this.kind === EntityKind.Document) {
      const j = this.skipSpace(i + 1);
      if (j >= s.length) return this.incomplete(i);
      if (s.charCodeAt(j) !== GT) this.fail(XE.SYNTAX, j);
      if (!this.sink.has[H.EndDoctypeDecl]) { this.reportDefault("]"); this.reportDefault(">"); }
      this.endDoctype(i);
      return j + 1;
    }
    if (c === PERCENT) {
      const ne = this.nameEnd(i + 1);
      if (ne >= s.length) return this.incomplete(i);
      if (ne === i + 1 || s.charCodeAt(ne) !== SEMI) this.fail(XE.INVALID_TOKEN, ne);
      this.dtd.hasParamEntityRefs = true;
      this.eventAt = this.abs(i);
      if (!this.dtd.standalone) this.notStandalone(i);
      this.reportDefault(s.slice(i, ne + 1));
      return ne + 1;
    }
    if (c !== LT) this.fail(XE.SYNTAX, i);
    if (i + 1 >= s.length) return this.incomplete(i);
    const d = s.charCodeAt(i + 1);
    if (d === QMARK) return this.processingInstruction(i);
    if (d !== BANG) this.fail(XE.SYNTAX, i);
    if (this.startsWith(i, "<!--")) return this.comment(i);
    for (const kw of ["ENTITY", "ATTLIST", "ELEMENT", "NOTATION"]) {
      if (this.startsWith(i + 2, kw)) {
        const toks = this.declTokens(i + 2 + kw.length, false);
        if (toks === null) return this.incomplete(i);
        this.eventAt = this.abs(i);
        const handled = kw === "ENTITY" ? this.entityDecl(toks) : kw === "ATTLIST" ? this.attlistDecl(toks)
          : kw === "ELEMENT" ? this.elementDecl(toks) : this.notationDecl(toks);
        if (!handled && this.sink.has[H.Default]) {
          this.reportDefault("<!" + kw);
          for (const t of toks) this.reportDefault(t.text);
        }
        return toks[toks.length - 1].at + 1;
      }
    }
    if (s.length - i < 10 && !this.final) return -1;
    this.fail(XE.SYNTAX, i);
  }

  private words(toks: Tok[]): Tok[] {
    if (toks[0].kind !== TokKind.Space) this.fail(XE.SYNTAX, toks[0].at);
    return toks.filter((t) => t.kind !== TokKind.Space);
  }

  /** The replacement text of an entity value literal: character references expanded, newlines normalized. */
  private entityValue(t: Tok): string {
    const lit = t.text.slice(1, -1);
    let out = "";
    for (let k = 0; k < lit.length; k++) {
      const c = lit.charCodeAt(k);
      if (c === PERCENT) this.fail(XE.PARAM_ENTITY_REF, t.at + 1 + k);
      if (c === AMP && lit.charCodeAt(k + 1) === HASH) {
        const r = this.charRef(t.at + 1 + k);
        if (r === null) this.fail(XE.INVALID_TOKEN, t.at + 1 + k);
        out += String.fromCodePoint(r![0]);
        k = r![1] - (t.at + 1) - 1;
      } else if (c === AMP) {
        const ne = this.nameEnd(t.at + 2 + k);
        if (ne === t.at + 2 + k || this.text.charCodeAt(ne) !== SEMI) this.fail(XE.INVALID_TOKEN, ne);
        out += "&";
      } else if (c === CR) {
        out += "\n";
        if (lit.charCodeAt(k + 1) === LF) k++;
      } else {
        out += lit[k];
      }
    }
    return out;
  }

  /** EntityDecl ::= '<!ENTITY' S ('%' S)? Name S (EntityValue | ExternalID NDataDecl?) S? '>' */
  private entityDecl(toks: Tok[]): boolean {
    const words = this.words(toks);
    let w = 0;
    const isParam = words[0].text === "%";
    if (isParam) w++;
    if (words[w].kind !== TokKind.Name) this.fail(XE.SYNTAX, words[w].at);
    const name = words[w++].text;
    let value: string | null = null, sysid: string | null = null, pubid: string | null = null;
    let notation: string | null = null;
    if (words[w].kind === TokKind.Literal) {
      value = this.entityValue(words[w++]);
    } else {
      const r = this.externalId(words, w, false);
      sysid = r.sysid;
      pubid = r.pubid;
      w = r.next;
      if (words[w].text === "NDATA" && !isParam) {
        if (words[w + 1]?.kind !== TokKind.Name) this.fail(XE.SYNTAX, words[w].at);
        notation = words[w + 1].text;
        w += 2;
      }
    }
    if (words[w].kind !== TokKind.Close) this.fail(XE.SYNTAX, words[w].at);
    const table = isParam ? this.dtd.paramEntities : this.dtd.entities;
    if (table.has(name)) return false;
    table.set(name, { name, value, sysid, pubid, notation, open: false });
    const sink = this.sink;
    if (notation !== null && sink.has[H.UnparsedEntityDecl]) {
      sink.unparsedEntityDecl(name, sysid, pubid, notation);
      return true;
    }
    if (sink.has[H.EntityDecl]) {
      sink.entityDecl(name, isParam, value, sysid, pubid, notation);
      return true;
    }
    return false;
  }

  /** AttlistDecl ::= '<!ATTLIST' S Name AttDef* S? '>' */
  private attlistDecl(toks: Tok[]): boolean {
    const words = this.words(toks);
    if (words[0].kind !== TokKind.Name) this.fail(XE.SYNTAX, words[0].at);
    const el = words[0].text;
    let defs = this.dtd.attlists.get(el);
    if (defs === undefined) {
      defs = [];
      this.dtd.attlists.set(el, defs);
    }
    let w = 1;
    const sink = this.sink;
    while (words[w].kind !== TokKind.Close) {
      const nameTok = words[w++];
      if (nameTok.kind !== TokKind.Name) this.fail(XE.SYNTAX, nameTok.at);
      let type: string;
      const t = words[w];
      if (t.kind === TokKind.Name && t.text !== "NOTATION") {
        if (!["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"].includes(t.text)) this.fail(XE.SYNTAX, t.at);
        type = t.text;
        w++;
      } else {
        let prefix = "";
        if (t.text === "NOTATION") { prefix = "NOTATION"; w++; }
        if (words[w].text !== "(") this.fail(XE.SYNTAX, words[w].at);
        const names: string[] = [];
        w++;
        for (;;) {
          if (words[w].kind !== TokKind.Name) this.fail(XE.SYNTAX, words[w].at);
          names.push(words[w++].text);
          if (words[w].text === ")") { w++; break; }
          if (words[w].text !== "|") this.fail(XE.SYNTAX, words[w].at);
          w++;
        }
        type = `${prefix}(${names.join("|")})`;
      }
      let dflt: string | null = null;
      let required = false;
      const d = words[w];
      if (d.kind === TokKind.PoundName) {
        w++;
        if (d.text === "#REQUIRED") required = true;
        else if (d.text === "#FIXED") {
          required = true;
          if (words[w].kind !== TokKind.Literal) this.fail(XE.SYNTAX, words[w].at);
          dflt = this.literalAttValue(words[w++]);
        } else if (d.text !== "#IMPLIED") this.fail(XE.SYNTAX, d.at);
      } else if (d.kind === TokKind.Literal) {
        dflt = this.literalAttValue(words[w++]);
      } else {
        this.fail(XE.SYNTAX, d.at);
      }
      const tokenized = type !== "CDATA";
      if (tokenized && dflt !== null) dflt = dflt.replace(/ +/g, " ").replace(/^ | $/g, "");
      if (!defs.some((a) => a.name === nameTok.text)) defs.push({ name: nameTok.text, tokenized, dflt });
      if (sink.has[H.AttlistDecl]) sink.attlistDecl(el, nameTok.text, type, dflt, required);
    }
    return sink.has[H.AttlistDecl] !== 0;
  }

  private literalAttValue(t: Tok): string {
    return this.attValue(t.at + 1, t.at + t.text.length - 1);
  }

  /** NotationDecl ::= '<!NOTATION' S Name S (ExternalID | PublicID) S? '>' */
  private notationDecl(toks: Tok[]): boolean {
    const words = this.words(toks);
    if (words[0].kind !== TokKind.Name) this.fail(XE.SYNTAX, words[0].at);
    const r = this.externalId(words, 1, true);
    if (words[r.next].kind !== TokKind.Close) this.fail(XE.SYNTAX, words[r.next].at);
    if (!this.sink.has[H.NotationDecl]) return false;
    this.sink.notationDecl(words[0].text, r.sysid, r.pubid);
    return true;
  }

  /** elementdecl ::= '<!ELEMENT' S Name S contentspec S? '>' */
  private elementDecl(toks: Tok[]): boolean {
    const words = this.words(toks);
    if (words[0].kind !== TokKind.Name) this.fail(XE.SYNTAX, words[0].at);
    const name = words[0].text;
    let model: ContentModel;
    let w = 1;
    const t = words[w];
    if (t.text === "EMPTY" || t.text === "ANY") {
      model = { type: t.text === "EMPTY" ? 1 : 2, quant: 0, name: null, children: [] };
      w++;
    } else if (t.text === "(" && words[w + 1]?.text === "#PCDATA") {
      // Mixed ::= '(' S? '#PCDATA' (S? '|' S? Name)* S? ')*' | '(' S? '#PCDATA' S? ')'
      const children: ContentModel[] = [];
      w += 2;
      while (words[w].text === "|") {
        if (words[w + 1].kind !== TokKind.Name) this.fail(XE.SYNTAX, words[w + 1].at);
        children.push({ type: 4, quant: 0, name: words[w + 1].text, children: [] });
        w += 2;
      }
      if (words[w].text !== ")") this.fail(XE.SYNTAX, words[w].at);
      w++;
      let quant = 0;
      if (words[w].text === "*") { quant = 2; w++; }
      else if (children.length > 0) this.fail(XE.SYNTAX, words[w].at);
      model = { type: 3, quant, name: null, children };
    } else if (t.text === "(") {
      const r = this.contentParticle(words, w);
      model = r.model;
      w = r.next;
    } else {
      this.fail(XE.SYNTAX, t.at);
    }
    if (words[w].kind !== TokKind.Close) this.fail(XE.SYNTAX, words[w].at);
    if (!this.sink.has[H.ElementDecl]) return false;
    this.sink.elementDecl(name, model);
    return true;
  }

  /** cp ::= (Name | choice | seq) ('?' | '*' | '+')?, with an explicit stack (models nest deeply). */
  private contentParticle(words: Tok[], w: number): { model: ContentModel; next: number } {
    const quantOf = (): number => {
      const q = words[w]?.text;
      const v = q === "?" ? 1 : q === "*" ? 2 : q === "+" ? 3 : 0;
      if (v !== 0) w++;
      return v;
    };
    const stack: { node: ContentModel; sep: string | null }[] = [];
    for (;;) {
      const t = words[w];
      if (t.text === "(") {
        stack.push({ node: { type: 6, quant: 0, name: null, children: [] }, sep: null });
        w++;
        continue;
      }
      if (t.kind !== TokKind.Name) this.fail(XE.SYNTAX, t.at);
      w++;
      let item: ContentModel = { type: 4, quant: quantOf(), name: t.text, children: [] };
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) this.fail(XE.SYNTAX, t.at);
        top.node.children.push(item);
        const sep = words[w];
        if (sep.text === "|" || sep.text === ",") {
          if (top.sep !== null && top.sep !== sep.text) this.fail(XE.SYNTAX, sep.at);
          top.sep = sep.text;
          w++;
          break;
        }
        if (sep.text !== ")") this.fail(XE.SYNTAX, sep.at);
        w++;
        stack.pop();
        if (top.sep === "|") top.node.type = 5;
        top.node.quant = quantOf();
        item = top.node;
        if (stack.length === 0) return { model: item, next: w };
      }
    }
  }
}
