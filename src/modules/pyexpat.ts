// pyexpat: CPython's Expat binding (Modules/pyexpat.c) over Typhon's own XML parser
// (pyexpat_parser.ts) and input decoding (pyexpat_decode.ts): ParserCreate, the xmlparser type
// with its handler attributes and character-data buffering, ExpatError, and the errors and
// model submodules (registered in sys.modules as 'pyexpat.errors' and 'pyexpat.model').

import { call, getAttrOpt, setAttr, truthy, typeName } from "../objects/abstract";
import * as E from "../objects/exceptions";
import { newException, raiseError, typeError, valueError } from "../objects/exceptions";
import { clinicArgs, defGetSet, defMethods, defNew } from "../objects/native";
import { PyObject, PyType, TypeFlag } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { bufferData } from "../objects/pyint";
import { strEncode } from "../objects/strcodecs";
import { False, None, PyBytes, PyList, PyModule, PyStrObj, PyTuple, PyValue, True } from "../objects/types";
import { ByteMode, Decoder, decoderFor, detectEncoding } from "./pyexpat_decode";
import { ContentModel, Dtd, EntityKind, H, XE, XmlError, XmlParser, XmlSink } from "./pyexpat_parser";
import { defFunctions, defineModule, nativeType } from "./registry";
import { sysModules } from "./sys";

const EXPAT_VERSION: [number, number, number] = [2, 5, 0];

/** ErrorString(code) for codes 1..43 (index 0 and anything else: None). */
const MESSAGES = [
  null, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)", "unclosed token",
  "partial character", "mismatched tag", "duplicate attribute", "junk after document element",
  "illegal parameter entity reference", "undefined entity", "recursive entity reference", "asynchronous entity",
  "reference to invalid character number", "reference to binary entity", "reference to external entity in attribute",
  "XML or text declaration not at start of entity", "unknown encoding", "encoding specified in XML declaration is incorrect",
  "unclosed CDATA section", "error in processing external entity reference", "document is not standalone",
  "unexpected parser state - please send a bug report", "entity declared in parameter entity",
  "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
  "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity", "XML declaration not well-formed",
  "text declaration not well-formed", "illegal character(s) in public id", "parser suspended", "parser not suspended",
  "parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
  "reserved prefix (xml) must not be undeclared or bound to another namespace name",
  "reserved prefix (xmlns) must not be declared or undeclared",
  "prefix must not be bound to one of the reserved namespace names", "invalid argument",
  "a successful prior call to function XML_GetBuffer is required",
  "limit on input amplification factor (from DTD and entities) breached",
];

const ERROR_NAMES = [
  "NONE", "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR", "TAG_MISMATCH",
  "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF",
  "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI",
  "UNKNOWN_ENCODING", "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE",
  "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
  "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED",
  "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML", "RESERVED_PREFIX_XMLNS",
  "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER", "AMPLIFICATION_LIMIT_BREACH",
];

/** The handler attributes, in the order of H. */
const HANDLER_NAMES = [
  "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
  "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
  "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler", "DefaultHandlerExpand",
  "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
  "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
];

/** pyexpat reads files in pieces of this many bytes (BUF_SIZE). */
const READ_SIZE = 2048;
const INT_MAX = 2147483647;

let ExpatError: PyType;
let XmlParserType: PyType;

function errorString(code: number): string | null {
  return code > 0 && code < MESSAGES.length ? MESSAGES[code] : null;
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 ? 1 : c >= 0xd800 && c < 0xe000 ? 1 : 2;
  }
  return n;
}

function optStr(v: PyValue | undefined, fname: string, arg: string): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v === "string") return v;
  if (v instanceof PyStrObj) return v.value;
  typeError(`${fname}() argument '${arg}' must be str or None, not ${typeName(v)}`);
}

function strOrNone(s: string | null): PyValue {
  return s === null ? None : s;
}

/** A content model as pyexpat gives it: (type, quant, name, children), built without recursion. */
function modelTuple(m: ContentModel): PyValue {
  const depthOf = new Map<ContentModel, number>();
  let maxDepth = 0;
  const walk: [ContentModel, number][] = [[m, 1]];
  while (walk.length > 0) {
    const [node, d] = walk.pop()!;
    depthOf.set(node, d);
    if (d > maxDepth) maxDepth = d;
    for (const c of node.children) walk.push([c, d + 1]);
  }
  // CPython converts recursively (Py_EnterRecursiveCall): a model this deep is a RecursionError there.
  if (maxDepth > 5000) raiseError(E.RecursionError, "maximum recursion depth exceeded");
  const done = new Map<ContentModel, PyValue>();
  const order: ContentModel[] = [];
  const stack = [m];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    for (const c of node.children) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    done.set(node, new PyTuple([node.type, node.quant, strOrNone(node.name), new PyTuple(node.children.map((c) => done.get(c)!))]));
  }
  return done.get(m)!;
}

class PyXmlParser extends PyObject implements XmlSink {
  engine: XmlParser;
  handlers: PyValue[] = new Array(H.Count).fill(None);
  has = new Uint8Array(H.Count);
  /** Which of DefaultHandler / DefaultHandlerExpand expat's one default slot holds (-1: none). */
  defaultSlot = -1;
  bufferText = false;
  bufferSize = 8192;
  chunks: string[] = [];
  bufferUsed = 0;
  orderedAttributes = false;
  base: string | null = null;
  inCallback = 0;
  /** Absolute index Current* report outside callbacks (-1 before any input). */
  restAt = -1;
  errorCode = 0;
  /** Parse() saw a handler raise: later calls fail with XML_ERROR_FINISHED as after XML_StopParser. */
  stopped = false;
  // ---- input decoding ----
  protocolEncoding: string | null;
  decoder: Decoder | null = null;
  pendingBytes: Uint8Array = new Uint8Array(0);
  sawInput = false;

  constructor(public nsSep: string | null, encoding: string | null, public intern: PyValue, dtd: Dtd,
              kind: EntityKind) {
    super(XmlParserType);
    this.protocolEncoding = encoding;
    this.engine = new XmlParser(this, nsSep, dtd, kind);
  }

  // ---- calling handlers ----

  private callHandler(h: H, args: PyValue[]): PyValue {
    const fn = this.handlers[h];
    this.inCallback++;
    try {
      return call(fn, args);
    } catch (e) {
      this.stopped = true;
      throw e;
    } finally {
      this.inCallback--;
    }
  }

  /** Calls handler h after flushing buffered character data (pyexpat's handler prologue). */
  private event(h: H, args: PyValue[]): PyValue {
    if (this.chunks.length > 0) this.flush();
    return this.callHandler(h, args);
  }

  flush(): void {
    if (this.chunks.length === 0) return;
    const s = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join("");
    this.chunks = [];
    this.bufferUsed = 0;
    if (this.has[H.CharacterData]) this.callHandler(H.CharacterData, [s]);
  }

  // ---- XmlSink ----

  startElement(name: string, attrs: string[]): void {
    let a: PyValue;
    if (this.orderedAttributes) a = new PyList(attrs);
    else {
      const d = new PyDict();
      for (let i = 0; i < attrs.length; i += 2) d.set(attrs[i], attrs[i + 1]);
      a = d;
    }
    this.event(H.StartElement, [name, a]);
  }
  endElement(name: string): void { this.event(H.EndElement, [name]); }
  charData(s: string): void {
    if (!this.bufferText) {
      this.callHandler(H.CharacterData, [s]);
      return;
    }
    const len = utf8Length(s);
    if (this.bufferUsed + len > this.bufferSize) this.flush();
    if (len > this.bufferSize) {
      this.callHandler(H.CharacterData, [s]);
    } else {
      this.chunks.push(s);
      this.bufferUsed += len;
    }
  }
  dflt(s: string): void { this.event(this.defaultSlot as H, [s]); }
  pi(target: string, data: string): void { this.event(H.ProcessingInstruction, [target, data]); }
  comment(s: string): void { this.event(H.Comment, [s]); }
  startCdata(): void { this.event(H.StartCdataSection, []); }
  endCdata(): void { this.event(H.EndCdataSection, []); }
  startNs(prefix: string | null, uri: string | null): void { this.event(H.StartNamespaceDecl, [strOrNone(prefix), strOrNone(uri)]); }
  endNs(prefix: string | null): void { this.event(H.EndNamespaceDecl, [strOrNone(prefix)]); }
  xmlDecl(version: string | null, encoding: string | null, standalone: number): void {
    this.event(H.XmlDecl, [strOrNone(version), strOrNone(encoding), standalone]);
  }
  startDoctype(name: string, sysid: string | null, pubid: string | null, internal: boolean): void {
    this.event(H.StartDoctypeDecl, [name, strOrNone(sysid), strOrNone(pubid), internal ? 1 : 0]);
  }
  endDoctype(): void { this.event(H.EndDoctypeDecl, []); }
  entityDecl(name: string, isParam: boolean, value: string | null, sysid: string | null, pubid: string | null,
             notation: string | null): void {
    this.event(H.EntityDecl, [name, isParam ? 1 : 0, strOrNone(value), strOrNone(this.base), strOrNone(sysid),
      strOrNone(pubid), strOrNone(notation)]);
  }
  unparsedEntityDecl(name: string, sysid: string | null, pubid: string | null, notation: string): void {
    this.event(H.UnparsedEntityDecl, [name, strOrNone(this.base), strOrNone(sysid), strOrNone(pubid), notation]);
  }
  notationDecl(name: string, sysid: string | null, pubid: string | null): void {
    this.event(H.NotationDecl, [name, strOrNone(this.base), strOrNone(sysid), strOrNone(pubid)]);
  }
  elementDecl(name: string, model: ContentModel): void {
    if (this.chunks.length > 0) this.flush();
    this.callHandler(H.ElementDecl, [name, modelTuple(model)]);
  }
  attlistDecl(el: string, att: string, type: string, dflt: string | null, required: boolean): void {
    this.event(H.AttlistDecl, [el, att, type, strOrNone(dflt), required ? 1 : 0]);
  }
  externalEntityRef(context: string | null, sysid: string | null, pubid: string | null): boolean {
    const r = this.event(H.ExternalEntityRef, [strOrNone(context), strOrNone(this.base), strOrNone(sysid), strOrNone(pubid)]);
    return r === None ? false : truthy(r);
  }
  skippedEntity(name: string, isParam: boolean): void { this.event(H.SkippedEntity, [name, isParam ? 1 : 0]); }
  notStandalone(): boolean {
    const r = this.event(H.NotStandalone, []);
    return r === None ? false : truthy(r);
  }

  // ---- handler attributes ----

  setHandler(h: H, v: PyValue): void {
    if (h === H.CharacterData) this.flush();
    this.handlers[h] = v;
    if (h === H.Default || h === H.DefaultExpand) {
      this.defaultSlot = v === None ? -1 : h;
      this.has[H.Default] = v === None ? 0 : 1;
      this.engine.defaultExpands = h === H.DefaultExpand;
    } else {
      this.has[h] = v === None ? 0 : 1;
    }
  }

  // ---- positions ----

  /** The absolute index Current* and Error* describe now. */
  private positionAt(): number {
    return this.inCallback > 0 ? this.engine.eventAt : this.restAt;
  }

  position(): [number, number, number] {
    const at = this.positionAt();
    if (at < 0) return [1, 0, -1];
    const p = this.engine.positionOf(at);
    if (!this.sawInput) p[2] = -1;
    return p;
  }

  // ---- parsing ----

  /** Raises ExpatError for code at absolute index `at`. */
  raiseAt(code: number, at: number): never {
    this.errorCode = code;
    this.restAt = at;
    const [line, col] = this.position();
    const e = newException(ExpatError, `${errorString(code)}: line ${line}, column ${col}`);
    setAttr(e, "code", code);
    setAttr(e, "lineno", line);
    setAttr(e, "offset", col);
    throw e;
  }

  parse(data: PyValue, final: boolean): PyValue {
    if (this.stopped || this.engine.finished) {
      this.raiseAt(XE.FINISHED, Math.max(this.restAt, 0));
    }
    if (this.errorCode !== 0) this.raiseAt(this.errorCode, this.restAt);
    try {
      if (typeof data === "string" || data instanceof PyStrObj) {
        const s = typeof data === "string" ? data : data.value;
        if (this.decoder === null && this.pendingBytes.length === 0) {
          // pyexpat encodes str as UTF-8 and tells expat so (XML_SetEncoding).
          this.protocolEncoding = "utf-8";
          this.decoder = decoderFor("UTF-8", new Uint8Array(0));
          this.engine.byteMode = ByteMode.Utf8;
          if (s.length > 0) this.sawInput = true;
          this.engine.feed(s, final);
        } else {
          this.feedBytes(strEncode(s, "utf-8", "surrogatepass"), final);
        }
      } else {
        const b = bufferData(data);
        if (b === null) typeError(`a bytes-like object is required, not '${typeName(data)}'`);
        this.feedBytes(b, final);
      }
    } catch (e) {
      if (e instanceof XmlError) {
        this.engine.eventAt = e.at;
        this.raiseAt(e.code, e.at);
      }
      throw e;
    }
    this.restAt = this.engine.consumedAt();
    if (this.chunks.length > 0) this.flush();
    return 1;
  }

  private feedBytes(b: Uint8Array, final: boolean): void {
    if (b.length > 0) this.sawInput = true;
    if (this.decoder === null) {
      const all = this.pendingBytes.length === 0 ? b : concatBytes(this.pendingBytes, b);
      let name = this.protocolEncoding;
      let skip = 0;
      if (name === null || name.toUpperCase() === "UTF-16" || name.toUpperCase() === "UTF-8") {
        const found = detectEncoding(all, final);
        if (found === null) {
          this.pendingBytes = all.slice();
          return;
        }
        skip = found[1];
        if (name === null) name = found[0];
        else if (name.toUpperCase() === "UTF-16" && skip > 0) name = found[0];
        else if (name.toUpperCase() === "UTF-8" && found[0] !== "UTF-8") skip = 0;
      }
      const dec = decoderFor(name, all);
      if (dec === null) valueError("multi-byte encodings are not supported");
      this.decoder = dec;
      this.engine.byteMode = dec.mode;
      this.engine.converts = dec.converts;
      this.engine.byteOffset = skip;
      this.pendingBytes = new Uint8Array(0);
      b = skip > 0 ? all.subarray(skip) : all;
    }
    this.engine.feed(this.decoder.decode(b, final), final);
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}

function self(v: PyValue): PyXmlParser {
  if (!(v instanceof PyXmlParser)) typeError(`descriptor requires a 'pyexpat.xmlparser' object but received '${typeName(v)}'`);
  return v;
}

function readonly(name: string) {
  return (): never => raiseError(E.AttributeError, `attribute '${name}' of 'pyexpat.xmlparser' objects is not writable`);
}

function boolAttr(name: "bufferText" | "orderedAttributes"): [(v: PyValue) => PyValue, (v: PyValue, x: PyValue | undefined) => void] {
  return [(v) => (self(v)[name] ? True : False), (v, x) => {
    if (x === undefined) raiseError(E.AttributeError, "Cannot delete attribute");
    self(v)[name] = truthy(x);
  }];
}

function defineParserType(): void {
  XmlParserType = nativeType("pyexpat", "xmlparser", undefined, 0);
  defNew(XmlParserType, () => typeError("cannot create 'pyexpat.xmlparser' instances"));
  defMethods(XmlParserType, {
    Parse(args, kw) {
      const p = self(args[0]);
      const [data, isfinal] = clinicArgs("Parse", args.slice(1), kw, ["data", "isfinal"], 1, 2);
      return p.parse(data!, isfinal === undefined ? false : truthy(isfinal));
    },
    ParseFile(args, kw) {
      const p = self(args[0]);
      const [file] = clinicArgs("ParseFile", args.slice(1), kw, ["file"], 1, 1);
      const read = getAttrOpt(file!, "read");
      if (read === undefined) typeError("argument must have 'read' attribute");
      for (;;) {
        const chunk = call(read!, [READ_SIZE]);
        if (!(typeof chunk === "string" || chunk instanceof PyStrObj || chunk instanceof PyBytes || bufferData(chunk) !== null)) {
          typeError(`read() did not return a bytes object (type=${typeName(chunk)})`);
        }
        const empty = typeof chunk === "string" ? chunk.length === 0 : chunk instanceof PyStrObj ? chunk.value.length === 0 : bufferData(chunk)!.length === 0;
        if (empty) break;
        p.parse(chunk, false);
      }
      return p.parse(new PyBytes(new Uint8Array(0)), true);
    },
    SetBase(args, kw) {
      const p = self(args[0]);
      const [base] = clinicArgs("SetBase", args.slice(1), kw, ["base"], 1, 1);
      if (typeof base !== "string" && !(base instanceof PyStrObj)) typeError(`SetBase() argument must be str, not ${typeName(base!)}`);
      p.base = typeof base === "string" ? base : (base as PyStrObj).value;
      return None;
    },
    GetBase(args, kw) {
      const p = self(args[0]);
      clinicArgs("GetBase", args.slice(1), kw, [], 0);
      return strOrNone(p.base);
    },
    GetInputContext(args, kw) {
      const p = self(args[0]);
      clinicArgs("GetInputContext", args.slice(1), kw, [], 0);
      if (p.inCallback === 0) return None;
      const s = p.engine.inputContext();
      return s === null ? None : new PyBytes(strEncode(s, "utf-8", "surrogatepass"));
    },
    ExternalEntityParserCreate(args, kw) {
      const p = self(args[0]);
      const [context, encoding] = clinicArgs("ExternalEntityParserCreate", args.slice(1), kw, ["context", "encoding"], 1, 2);
      const ctx = optStr(context, "ExternalEntityParserCreate", "context");
      const enc = optStr(encoding, "ExternalEntityParserCreate", "encoding");
      const q = new PyXmlParser(p.nsSep, enc, p.intern, p.engine.dtd, ctx === null ? EntityKind.Dtd : EntityKind.Content);
      q.engine.inheritNamespaces(p.engine);
      q.engine.namespacePrefixes = p.engine.namespacePrefixes;
      q.engine.specifiedOnly = p.engine.specifiedOnly;
      q.engine.paramEntityParsing = p.engine.paramEntityParsing;
      q.bufferText = p.bufferText;
      q.bufferSize = p.bufferSize;
      q.orderedAttributes = p.orderedAttributes;
      q.base = p.base;
      for (let h = 0; h < H.Count; h++) q.handlers[h] = p.handlers[h];
      q.has.set(p.has);
      q.defaultSlot = p.defaultSlot;
      q.engine.defaultExpands = p.engine.defaultExpands;
      return q;
    },
    SetParamEntityParsing(args, kw) {
      const p = self(args[0]);
      const [flag] = clinicArgs("SetParamEntityParsing", args.slice(1), kw, ["flag"], 1, 1);
      if (typeof flag !== "number") typeError(`'${typeName(flag!)}' object cannot be interpreted as an integer`);
      if (p.sawInput) return 0;
      p.engine.paramEntityParsing = flag as number;
      return 1;
    },
    UseForeignDTD(args, kw) {
      const p = self(args[0]);
      const [flag] = clinicArgs("UseForeignDTD", args.slice(1), kw, ["flag"], 0, 1);
      if (p.sawInput) p.raiseAt(XE.CANT_CHANGE_FEATURE_ONCE_PARSING, Math.max(p.restAt, 0));
      p.engine.useForeignDtd = flag === undefined ? true : truthy(flag);
      return None;
    },
    __reduce__(args) {
      typeError(`cannot pickle '${typeName(args[0])}' object`);
    },
  });
  const T = XmlParserType;
  HANDLER_NAMES.forEach((name, h) => {
    defGetSet(T, name, (v) => self(v).handlers[h], (v, x) => self(v).setHandler(h as H, x === undefined ? None : x));
  });
  const [gt, st] = boolAttr("bufferText");
  defGetSet(T, "buffer_text", gt, (v, x) => {
    const p = self(v);
    if (p.bufferText && x !== undefined && !truthy(x)) p.flush();
    st(v, x);
  });
  defGetSet(T, "ordered_attributes", ...boolAttr("orderedAttributes"));
  defGetSet(T, "specified_attributes", (v) => (self(v).engine.specifiedOnly ? True : False), (v, x) => {
    if (x === undefined) raiseError(E.AttributeError, "Cannot delete attribute");
    self(v).engine.specifiedOnly = truthy(x);
  });
  defGetSet(T, "namespace_prefixes", (v) => (self(v).engine.namespacePrefixes ? True : False), (v, x) => {
    if (x === undefined) raiseError(E.AttributeError, "Cannot delete attribute");
    self(v).engine.namespacePrefixes = truthy(x);
  });
  defGetSet(T, "buffer_size", (v) => self(v).bufferSize, (v, x) => {
    const p = self(v);
    if (x === undefined) raiseError(E.AttributeError, "Cannot delete attribute");
    if (typeof x !== "number" && typeof x !== "bigint") typeError("buffer_size must be an integer");
    if (typeof x === "bigint" ? x > BigInt(INT_MAX) : x > INT_MAX) {
      if (typeof x === "bigint" && x > 0x7fffffffffffffffn) raiseError(E.OverflowError, "Python int too large to convert to C long");
      valueError(`buffer_size must not be greater than ${INT_MAX}`);
    }
    const n = Number(x);
    if (n <= 0) valueError("buffer_size must be greater than zero");
    if (p.chunks.length > 0) p.flush();
    p.bufferSize = n;
  });
  defGetSet(T, "buffer_used", (v) => self(v).bufferUsed, readonly("buffer_used"));
  defGetSet(T, "intern", (v) => self(v).intern, readonly("intern"));
  defGetSet(T, "ErrorCode", (v) => self(v).errorCode, readonly("ErrorCode"));
  const pos = (k: number, name: string) => defGetSet(T, name, (v) => self(v).position()[k], readonly(name));
  pos(0, "ErrorLineNumber");
  pos(1, "ErrorColumnNumber");
  pos(2, "ErrorByteIndex");
  pos(0, "CurrentLineNumber");
  pos(1, "CurrentColumnNumber");
  pos(2, "CurrentByteIndex");
}

function newSubmodule(name: string, doc: string): [PyModule, PyDict] {
  const d = new PyDict();
  const m = new PyModule(name, d);
  d.set("__name__", name);
  d.set("__doc__", doc);
  d.set("__package__", None);
  d.set("__loader__", None);
  d.set("__spec__", None);
  return [m, d];
}

defineModule("pyexpat", (dict) => {
  ExpatError = nativeType("pyexpat", "ExpatError", E.Exception);
  ExpatError.flags |= TypeFlag.HAS_DICT;
  ExpatError.ns.set("__module__", "xml.parsers.expat");
  defineParserType();
  dict.set("ExpatError", ExpatError);
  dict.set("error", ExpatError);
  dict.set("XMLParserType", XmlParserType);
  dict.set("EXPAT_VERSION", `expat_${EXPAT_VERSION.join(".")}`);
  dict.set("version_info", new PyTuple(EXPAT_VERSION));
  dict.set("native_encoding", "UTF-8");
  dict.set("features", new PyList([
    new PyTuple(["sizeof(XML_Char)", 1]), new PyTuple(["sizeof(XML_LChar)", 1]), new PyTuple(["XML_DTD", 0]),
    new PyTuple(["XML_CONTEXT_BYTES", 1024]), new PyTuple(["XML_NS", 0]), new PyTuple(["XML_BLAP_MAX_AMP", 100]),
    new PyTuple(["XML_BLAP_ACT_THRES", 8388608]),
  ]));
  dict.set("XML_PARAM_ENTITY_PARSING_NEVER", 0);
  dict.set("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", 1);
  dict.set("XML_PARAM_ENTITY_PARSING_ALWAYS", 2);
  defFunctions(dict, "pyexpat", {
    ParserCreate(args, kw) {
      const [encoding, sep, intern] = clinicArgs("ParserCreate", args, kw, ["encoding", "namespace_separator", "intern"], 0);
      const enc = optStr(encoding, "ParserCreate", "encoding");
      const ns = optStr(sep, "ParserCreate", "namespace_separator");
      if (ns !== null && ns.length > 1 && [...ns].length > 1) valueError("namespace_separator must be at most one character, omitted, or None");
      let internDict: PyValue;
      if (intern === undefined) internDict = new PyDict();
      else if (intern === None || intern instanceof PyDict) internDict = intern;
      else typeError("intern must be a dictionary");
      return new PyXmlParser(ns, enc, internDict, new Dtd(), EntityKind.Document);
    },
    ErrorString(args, kw) {
      const [code] = clinicArgs("ErrorString", args, kw, ["code"], 1, 1);
      if (typeof code !== "number" && typeof code !== "bigint") typeError(`'${typeName(code!)}' object cannot be interpreted as an integer`);
      return strOrNone(errorString(Number(code)));
    },
  });

  const [errors, ed] = newSubmodule("pyexpat.errors", "Constants used to describe error conditions.");
  const codes = new PyDict();
  const messages = new PyDict();
  for (let code = 1; code < MESSAGES.length; code++) {
    const msg = MESSAGES[code]!;
    ed.set(`XML_ERROR_${ERROR_NAMES[code]}`, msg);
    codes.set(msg, code);
    messages.set(code, msg);
  }
  ed.set("codes", codes);
  ed.set("messages", messages);
  const [model, md] = newSubmodule("pyexpat.model", "Constants used to interpret content model information.");
  const modelConsts: [string, number][] = [
    ["XML_CTYPE_EMPTY", 1], ["XML_CTYPE_ANY", 2], ["XML_CTYPE_MIXED", 3], ["XML_CTYPE_NAME", 4], ["XML_CTYPE_CHOICE", 5],
    ["XML_CTYPE_SEQ", 6], ["XML_CQUANT_NONE", 0], ["XML_CQUANT_OPT", 1], ["XML_CQUANT_REP", 2], ["XML_CQUANT_PLUS", 3],
  ];
  for (const [n, v] of modelConsts) md.set(n, v);
  dict.set("errors", errors);
  dict.set("model", model);
  sysModules.set("pyexpat.errors", errors);
  sysModules.set("pyexpat.model", model);
}, "Python wrapper for Expat parser.");
