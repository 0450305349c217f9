// Traceback objects and the printing of uncaught exceptions in CPython 3.11's format
// (Python/pythonrun.c print_exception and Python/traceback.c tb_displayline): the frames,
// each source line with carets under the failing expression (`~~~^^^` anchored on the operator
// of a binary operation or the brackets of a subscript), chained exceptions and notes.

import { byteColToCharCol } from "../parser/errors";
import { decodeSource, parse } from "../parser";
import { readFileSync } from "fs";
import type * as A from "../parser/ast";
import { callDescr, getAttrOpt, repr, str, typeName, strValue, isInstance, toArray } from "../objects/abstract";
import {
  PyBaseException, SyntaxError as SyntaxErrorT, IndentationError as IndentationErrorT, BaseExceptionGroup, AttributeError as AttributeErrorT, NameError as NameErrorT,
} from "../objects/exceptions";
import { None, PyList, PyObject, PyTuple, PyValue, tracebackType, typeOf } from "../objects/types";
import { Frame, frameEscapes } from "./frame";
import type { PyDict } from "../objects/pydict";

export class PyTraceback extends PyObject {
  constructor(public frame: Frame, public lasti: number, public next: PyValue) {
    super(tracebackType);
    frameEscapes();
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

/** Files read from disk for tracebacks (CPython opens the file too); null: unreadable. */
const fileLines = new Map<string, string[] | null>();

function linesOf(filename: string): string[] | undefined {
  const cached = sourceCache.get(filename);
  if (cached !== undefined) return cached;
  if (filename.startsWith("<")) return undefined;
  let lines = fileLines.get(filename);
  if (lines === undefined) {
    try {
      lines = decodeSource(new Uint8Array(readFileSync(filename)), filename).split(/\r\n|\r|\n/);
    } catch {
      lines = null;
    }
    fileLines.set(filename, lines);
  }
  return lines ?? undefined;
}

export function sourceLineOf(filename: string, lineno: number): string | null {
  return sourceLine(filename, lineno);
}

function sourceLine(filename: string, lineno: number): string | null {
  const lines = linesOf(filename);
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

/** The sys module's namespace (set by modules/sys.ts, which imports this file). */
export const tracebackSys = { dict: null as PyDict | null };

/**
 * sys.tracebacklimit as PyTraceBack_Print reads it: the number of innermost entries to print
 * (Infinity when unset or not an int; 0 or less prints no traceback at all).
 */
function tracebackLimit(): number {
  const v = tracebackSys.dict?.getStr("tracebacklimit");
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return v > 0n ? Infinity : 0;
  return Infinity;
}

function formatEntries(tb: PyValue, limit = Infinity): string {
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
  const all = entries(tb);
  for (const e of limit < all.length ? all.slice(all.length - limit) : all) {
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
    // CPython omits the carets when they would underline the whole (stripped) line, unless they
    // mark an operator or a subscript (`~~^~~`).
    if (col <= indent && endCol >= src.trimEnd().length && !carets.includes("~")) continue;
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
    // The suggestion follows the message, or the type's name when the message is empty.
    out = (msg === "" ? name : `${name}: ${msg}`) + suggestionFor(e) + "\n";
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

// ---- "Did you mean" suggestions (3.11 prints them for NameError and AttributeError) ----------

const MAX_CANDIDATES = 750;
const MAX_NAME_LEN = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** Edit distance where changing only the case costs 1 and anything else 2; > maxCost means "too far". */
function editDistance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let x = a.slice(start, endA);
  let y = b.slice(start, endB);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_NAME_LEN || y.length > MAX_NAME_LEN) return maxCost + 1;
  if (x.length > y.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  // row[i]: distance between x[:i+1] and the part of y seen so far.
  const row: number[] = [];
  for (let i = 0; i < x.length; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let j = 0; j < y.length; j++) {
    const cy = y[j];
    let diag = j * MOVE_COST;
    let left = diag + MOVE_COST;
    let rowMin = Infinity;
    result = left;
    for (let i = 0; i < x.length; i++) {
      const cx = x[i];
      const sub = diag + (cx === cy ? 0 : cx.toLowerCase() === cy.toLowerCase() && /[a-z]/i.test(cx) ? CASE_COST : MOVE_COST);
      diag = row[i];
      const ins = result + MOVE_COST;
      const del = diag + MOVE_COST;
      result = Math.min(sub, ins, del);
      row[i] = result;
      if (result < rowMin) rowMin = result;
    }
    void left;
    if (rowMin > maxCost) return maxCost + 1;
  }
  return result;
}

function bestMatch(candidates: PyValue[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATES) return null;
  let best: string | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    if (typeof c !== "string" || c === name) continue;
    let maxDist = Math.floor(((name.length + c.length + 3) * MOVE_COST) / 6);
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = editDistance(name, c, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best;
}

function sortedNames(v: PyValue[]): PyValue[] {
  return v.filter((x) => typeof x === "string").sort((a, b) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0));
}

/** `. Did you mean: 'x'?` for a NameError/AttributeError with a close name, else "". */
function suggestionFor(e: PyValue): string {
  if (!(e instanceof PyBaseException)) return "";
  try {
    const name = e.fields?.name;
    if (typeof name !== "string") return "";
    let found: string | null = null;
    if (isInstance(e, AttributeErrorT)) {
      const obj = e.fields?.obj;
      if (obj === undefined) return "";
      const d = typeOf(obj).lookup("__dir__");
      if (d === undefined) return "";
      found = bestMatch(sortedNames(toArray(callDescr(d, obj, []))), name);
    } else if (isInstance(e, NameErrorT)) {
      const tbs = entries(e.traceback);
      if (tbs.length === 0) return "";
      const frame = tbs[tbs.length - 1].frame;
      found = bestMatch(frame.code.varnames.slice(), name);
      if (found === null) found = bestMatch(frame.globals.keyList(), name);
      if (found === null) found = bestMatch(frame.builtins.keyList(), name);
    }
    return found === null ? "" : `. Did you mean: '${found}'?`;
  } catch {
    return "";
  }
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
    out += `    ${stripped}\n`;
    const offset = typeof f.offset === "number" ? f.offset : null;
    // No caret when it would point into the leading whitespace stripped above (unexpected indent).
    if (offset !== null && offset >= 1 && offset - 1 >= removed) {
      // Quirk kept: an IndentationError gets one caret, whatever its range.
      const ranged = typeof f.end_offset === "number" && f.end_offset > offset && f.end_lineno === f.lineno && !isInstance(e, IndentationErrorT);
      let end = ranged ? f.end_offset as number : offset + 1;
      end = Math.min(end, line.length + 1); // the carets stop at the end of the line
      const start = Math.max(offset - 1 - removed, 0);
      end = Math.max(end - 1 - removed, start + 1);
      out += "    " + " ".repeat(start) + "^".repeat(end - start) + "\n";
    }
  }
  return out + `${name}: ${m}\n`;
}

/** The whole report for an uncaught exception, with its chain, as sys.excepthook prints it. */
export function formatException(e: PyValue, seen: Set<PyValue> = new Set()): string {
  const ctx: GroupCtx = { depth: 0, needClose: false };
  return formatChain(e, ctx, seen);
}

/** Where we are in the printing of an exception group tree (the `| ` margins and closing rules). */
interface GroupCtx {
  depth: number;
  needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** `text` with every line (empty ones too) prefixed by the margin for the current group depth. */
function emit(ctx: GroupCtx, text: string, margin = "|"): string {
  if (ctx.depth === 0) return text;
  const prefix = " ".repeat(2 * ctx.depth) + margin + " ";
  let out = "";
  for (const line of text.split(/(?<=\n)/)) if (line !== "") out += prefix + line;
  return out;
}

const CAUSE_MSG = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MSG = "\nDuring handling of the above exception, another exception occurred:\n\n";

/** One exception with its __cause__/__context__ chain, oldest first. */
function formatChain(e: PyValue, ctx: GroupCtx, seen: Set<PyValue>): string {
  const chain: [string | null, PyValue][] = [];
  let cur: PyValue | null = e;
  seen.add(e);
  while (cur !== null) {
    let msg: string | null = null;
    let next: PyValue | null = null;
    if (cur instanceof PyBaseException) {
      if (cur.cause !== None && !seen.has(cur.cause)) {
        msg = CAUSE_MSG;
        next = cur.cause;
      } else if (cur.context !== None && !cur.suppressContext && !seen.has(cur.context)) {
        msg = CONTEXT_MSG;
        next = cur.context;
      }
    }
    if (next !== null) seen.add(next);
    chain.push([msg, cur]);
    cur = next;
  }
  let out = "";
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, exc] = chain[i];
    if (msg !== null) out += emit(ctx, msg);
    out += formatOne(exc, ctx, seen);
  }
  return out;
}

/** One exception without its chain; a group with its sub-exceptions as a tree. */
function formatOne(e: PyValue, ctx: GroupCtx, seen: Set<PyValue>): string {
  const tb = e instanceof PyBaseException ? e.traceback : None;
  const isGroup = e instanceof PyBaseException && isInstance(e, BaseExceptionGroup);
  if (!isGroup) {
    let out = "";
    const limit = tracebackLimit();
    if (tb !== None && limit > 0) out += emit(ctx, "Traceback (most recent call last):\n") + emit(ctx, formatEntries(tb, limit));
    return out + emit(ctx, formatExceptionOnly(e));
  }
  if (ctx.depth > MAX_GROUP_DEPTH) return emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  let out = "";
  if (tb !== None) {
    out += emit(ctx, "Exception Group Traceback (most recent call last):\n", topLevel ? "+" : "|");
    out += emit(ctx, formatEntries(tb));
  }
  out += emit(ctx, formatExceptionOnly(e));
  const excs = getAttrOpt(e, "exceptions");
  const items = excs instanceof PyTuple ? excs.items : [];
  const n = items.length <= MAX_GROUP_WIDTH ? items.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? "..." : `${i + 1}`;
    out += " ".repeat(2 * ctx.depth) + (i === 0 ? "+-" : "  ") + `+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatChain(items[i], ctx, seen);
    else {
      const remaining = items.length - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
    }
    if (last && ctx.needClose) {
      out += " ".repeat(2 * ctx.depth) + "+------------------------------------\n";
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
  return out;
}
