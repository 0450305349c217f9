// Traceback objects and the printing of uncaught exceptions in CPython 3.11's format
// (Python/pythonrun.c print_exception and Python/traceback.c tb_displayline): the frames,
// each source line with carets under the failing expression (`~~~^^^` anchored on the operator
// of a binary operation or the brackets of a subscript), chained exceptions and notes.

import { byteColToCharCol } from "../parser/errors";
import { parse } from "../parser";
import type * as A from "../parser/ast";
import { getAttrOpt, repr, str, typeName, strValue, isInstance } from "../objects/abstract";
import { PyBaseException, SyntaxError as SyntaxErrorT, BaseExceptionGroup } from "../objects/exceptions";
import { None, PyList, PyObject, PyTuple, PyValue, tracebackType, typeOf } from "../objects/types";
import type { Frame } from "./frame";

export class PyTraceback extends PyObject {
  constructor(public frame: Frame, public lasti: number, public next: PyValue) {
    super(tracebackType);
  }
  get lineno(): number {
    const l = this.frame.code.lineOf(this.lasti);
    return l >= 0 ? l : this.frame.code.firstlineno;
  }
}

/** Source files by name, for printing source lines (like linecache). */
export const sourceCache = new Map<string, string[]>();

export function registerSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split(/\r\n|\r|\n/));
}

function sourceLine(filename: string, lineno: number): string | null {
  const lines = sourceCache.get(filename);
  if (lines === undefined || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

/** The traceback entries oldest first (the order tb_next links them). */
function entries(tb: PyValue): PyTraceback[] {
  const out: PyTraceback[] = [];
  while (tb instanceof PyTraceback) {
    out.push(tb);
    tb = tb.next;
  }
  return out;
}

const RECURSIVE_CUTOFF = 3;

function formatEntries(tb: PyValue): string {
  let out = "";
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  const flushRepeats = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const e of entries(tb)) {
    const code = e.frame.code;
    const line = e.lineno;
    if (code.filename === lastFile && line === lastLine && code.name === lastName) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      flushRepeats();
      lastFile = code.filename;
      lastLine = line;
      lastName = code.name;
      count = 1;
    }
    out += `  File "${code.filename}", line ${line}, in ${code.name}\n`;
    const src = sourceLine(code.filename, line);
    if (src === null) continue;
    const stripped = src.trim();
    if (stripped === "") continue;
    out += `    ${stripped}\n`;
    const p = e.lasti * 4;
    const pos = code.positions;
    const startLine = pos[p];
    const endLine = pos[p + 1];
    const colB = pos[p + 2];
    const endColB = pos[p + 3];
    if (startLine !== line || colB < 0 || endColB < 0) continue;
    const col = byteColToCharCol(src, colB);
    let endCol = endLine === startLine ? byteColToCharCol(src, endColB) : src.length;
    if (endLine !== startLine) endCol = src.length;
    const indent = src.length - src.trimStart().length;
    const carets = caretLine(src, col, endCol, startLine === endLine);
    if (carets === null) continue;
    // CPython omits the carets when they would underline the whole (stripped) line.
    if (col <= indent && endCol >= src.trimEnd().length) continue;
    out += "    " + " ".repeat(col - indent) + carets + "\n";
  }
  flushRepeats();
  return out;
}

/** The `^^^` line for [col, endCol) of `src`, with `~` and an anchor for BinOp/Subscript. */
function caretLine(src: string, col: number, endCol: number, singleLine: boolean): string | null {
  const width = endCol - col;
  if (width <= 0) return null;
  const segment = src.slice(col, endCol);
  const anchors = singleLine ? findAnchors(segment) : null;
  if (anchors === null) return "^".repeat(width);
  let s = "";
  for (let i = 0; i < width; i++) s += i >= anchors[0] && i < anchors[1] ? "^" : "~";
  return s;
}

/** [start, end) of the anchor inside `segment`, for a binary operation or a subscript. */
function findAnchors(segment: string): [number, number] | null {
  let tree: A.mod;
  try {
    tree = parse(`(\n${segment}\n)`, { mode: "eval" });
  } catch {
    return null;
  }
  const body = (tree as A.Expression).body;
  // Positions in the wrapped source: line 2 is the segment. Columns are UTF-8 bytes.
  const toChar = (lineno: number, colB: number): number => (lineno === 2 ? byteColToCharCol(segment, colB) : -1);
  if (body._type === "BinOp") {
    const leftEnd = toChar(body.left.end_lineno, body.left.end_col_offset);
    if (leftEnd < 0) return null;
    let i = leftEnd;
    // Skip to the operator: whitespace, closing parentheses, comments are not possible here.
    while (i < segment.length && (segment[i] === " " || segment[i] === ")" || segment[i] === "\\" || segment[i] === "\t")) i++;
    let j = i + 1;
    if (j < segment.length && "*/<>=".includes(segment[j]) && !(segment[i] === "*" && false)) {
      const two = segment.slice(i, i + 2);
      if (["**", "//", "<<", ">>"].includes(two)) j = i + 2;
    }
    if (j < segment.length && segment[j] === "=" ) j++;
    return [i, j];
  }
  if (body._type === "Subscript") {
    const valueEnd = toChar(body.value.end_lineno, body.value.end_col_offset);
    if (valueEnd < 0) return null;
    let i = valueEnd;
    while (i < segment.length && segment[i] !== "[") i++;
    return [i, segment.length];
  }
  return null;
}

function qualifiedTypeName(e: PyValue): string {
  const t = typeOf(e);
  const mod = t.ns.get("__module__");
  const m = typeof mod === "string" ? mod : "builtins";
  return m === "builtins" || m === "__main__" ? t.qualname : `${m}.${t.qualname}`;
}

/** The last line: `Type: message` (or `Type` when str(exc) is empty). */
export function formatExceptionOnly(e: PyValue): string {
  const name = qualifiedTypeName(e);
  let msg: string;
  try {
    msg = str(e);
  } catch {
    msg = "<exception str() failed>";
  }
  let out: string;
  if (e instanceof PyBaseException && isInstance(e, SyntaxErrorT)) {
    out = formatSyntaxErrorException(e, name, msg);
  } else {
    out = msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
  }
  if (e instanceof PyObject && e.dict !== null) {
    const notes = e.dict.getStr("__notes__");
    if (notes instanceof PyList || notes instanceof PyTuple) {
      for (const n of notes.items) out += (strValue(n) ?? reprSafe(n)) + "\n";
    } else if (notes !== undefined) {
      out += `${reprSafe(notes)}\n`;
    }
  }
  return out;
}

function reprSafe(v: PyValue): string {
  try {
    return repr(v);
  } catch {
    return "<note repr() failed>";
  }
}

function formatSyntaxErrorException(e: PyBaseException, name: string, msg: string): string {
  const f = e.fields ?? {};
  const filename = f.filename !== undefined && f.filename !== None ? str(f.filename) : null;
  const lineno = typeof f.lineno === "number" ? f.lineno : null;
  const text = f.text !== undefined && f.text !== None ? str(f.text) : null;
  const m = f.msg !== undefined && f.msg !== None ? str(f.msg) : msg;
  let out = "";
  if (filename !== null && lineno !== null) out += `  File "${filename}", line ${lineno}\n`;
  if (text !== null) {
    const line = text.replace(/\n$/, "");
    const stripped = line.trimStart();
    const removed = line.length - stripped.length;
    out += `    ${stripped.trimEnd()}\n`;
    const offset = typeof f.offset === "number" ? f.offset : null;
    if (offset !== null && offset >= 1) {
      let end = typeof f.end_offset === "number" && f.end_offset > offset && f.end_lineno === f.lineno ? f.end_offset : offset + 1;
      const start = Math.max(offset - 1 - removed, 0);
      end = Math.max(end - 1 - removed, start + 1);
      out += "    " + " ".repeat(start) + "^".repeat(end - start) + "\n";
    }
  }
  return out + `${name}: ${m}\n`;
}

/** The whole report for an uncaught exception, with its chain, as sys.excepthook prints it. */
export function formatException(e: PyValue, seen: Set<PyValue> = new Set()): string {
  seen.add(e);
  let out = "";
  if (e instanceof PyBaseException) {
    const cause = e.cause;
    const context = e.context;
    if (cause !== None && !seen.has(cause)) {
      out += formatException(cause, seen);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (context !== None && !e.suppressContext && !seen.has(context)) {
      out += formatException(context, seen);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  if (e instanceof PyBaseException && isInstance(e, BaseExceptionGroup)) return out + formatGroup(e, "", seen);
  const tb = e instanceof PyBaseException ? e.traceback : None;
  if (tb !== None) out += "Traceback (most recent call last):\n" + formatEntries(tb);
  out += formatExceptionOnly(e);
  return out;
}

/** Exception groups print as a tree (3.11 traceback.TracebackException.format with `| ` margins). */
function formatGroup(e: PyBaseException, indent: string, seen: Set<PyValue>, depth = 0): string {
  void depth;
  const lines: string[] = [];
  const tb = e.traceback;
  const head = tb !== None ? "Exception Group Traceback (most recent call last):\n" + formatEntries(tb) : "";
  const body = head + formatExceptionOnly(e);
  const first = depth === 0 ? "  + " : "";
  let text = "";
  body.split("\n").slice(0, -1).forEach((l, i) => {
    text += (i === 0 && depth === 0 ? first : "  | ") + l + "\n";
  });
  lines.push(text);
  const excs = getAttrOpt(e, "exceptions");
  const items = excs instanceof PyTuple ? excs.items : [];
  const MAX = 15;
  items.slice(0, MAX).forEach((sub, i) => {
    const label = `Exception ${i + 1}`;
    lines.push(`  +-+---------------- ${i === 0 ? label : `${label}`} ----------------\n`);
    let inner: string;
    if (sub instanceof PyBaseException && isInstance(sub, BaseExceptionGroup)) inner = formatGroupNested(sub, seen);
    else inner = formatException(sub, seen);
    for (const l of inner.split("\n").slice(0, -1)) lines.push(`    | ${l}\n`);
  });
  if (items.length > MAX) {
    lines.push(`  +-+---------------- ... ----------------\n    | and ${items.length - MAX} more exceptions\n`);
  }
  lines.push("    +------------------------------------\n");
  void indent;
  return lines.join("");
}

function formatGroupNested(e: PyBaseException, seen: Set<PyValue>): string {
  const tb = e.traceback;
  let out = tb !== None ? "Exception Group Traceback (most recent call last):\n" + formatEntries(tb) : "";
  out += formatExceptionOnly(e);
  void seen;
  void typeName;
  return out;
}
