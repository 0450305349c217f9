// _sre: the native half of the re package (CPython 3.11's Modules/_sre/sre.c). re/_compiler.py
// turns a pattern into code and calls _sre.compile; this file holds the Pattern, Match and
// Scanner types and the API around the engine of sre_engine.ts.
//
// Positions are code points. A str subject is turned into an array of numbers once (UTF-16 units
// when it has no surrogates, code points otherwise, with a table from code point to unit offset
// for slicing); bytes-like subjects are matched on their bytes.

import {
  call, callMethod, genericAliasHooks, getAttr, hashOf, index, isInt, repr, richEqBool, strValue, toArray,
  typeName,
} from "../objects/abstract";
import { AttributeError, IndexError, OverflowError, raiseError, RuntimeError, SystemError, typeError } from "../objects/exceptions";
import { checkArgs, defClassMethod, defGetSet, defMethods, defNew, parseArgs } from "../objects/native";
import { PyMappingProxy } from "../objects/pytype";
import { PyObject, PyType } from "../objects/object";
import { PyDict } from "../objects/pydict";
import { CallableIter } from "../objects/pyiters";
import { bytesData, PyMemoryView } from "../objects/pystr";
import { isNarrow } from "../objects/strcore";
import {
  bool, bytesType, False, None, NotImplemented, PyBytes, PyList, PyTuple, PyValue, True, typeOf,
} from "../objects/types";
import { importModuleLevel } from "../vm/import";
import { isAlpha } from "../unicode/properties";
import { defFunctions, defineModule, nativeType } from "./registry";
import {
  CODESIZE, lowerAscii, lowerUnicode, Machine, MAGIC, MAXGROUPS, MAXREPEAT, SetTables, SreError, Text, upperUnicode,
} from "./sre_engine";

type Args = PyValue[];
type Kw = readonly string[] | null;

const MAXSIZE = 9223372036854775807n;

// ---- subjects ---------------------------------------------------------------------------------

/** A string or bytes-like object prepared for matching. */
class Subject {
  constructor(
    readonly obj: PyValue,
    readonly isBytes: boolean,
    readonly str: string,
    readonly bytes: Uint8Array | null,
    readonly text: Text,
    /** For a str with surrogate pairs: unit offset of each code point position (length len+1). */
    readonly unitOff: Int32Array | null,
  ) {}

  get len(): number {
    return this.text.length;
  }

  /** string[i:j] as CPython's getslice gives it: a str, or bytes for any bytes-like subject. */
  slice(i: number, j: number): PyValue {
    if (!this.isBytes) {
      const u = this.unitOff;
      return u === null ? this.str.slice(i, j) : this.str.slice(u[i], u[j]);
    }
    if (this.obj instanceof PyBytes && this.obj.cls === bytesType && i === 0 && j === this.bytes!.length) return this.obj;
    return new PyBytes(this.bytes!.slice(i, j));
  }

  /**
   * string[i:j] for a Match: a mutable bytes-like subject (bytearray, array, memoryview) is read
   * as it is now, clamped to its current length, as CPython's match_getslice_by_index does.
   */
  matchSlice(i: number, j: number): PyValue {
    if (!this.isBytes || this.obj instanceof PyBytes) return this.slice(i, j);
    // getstring's message when the buffer cannot be had any more (a released memoryview).
    if (this.obj instanceof PyMemoryView && this.obj.released) typeError(`expected string or bytes-like object, got '${typeName(this.obj)}'`);
    const now = bytesData(this.obj)!;
    const n = now.length;
    return new PyBytes(now.slice(i > n ? n : i, j > n ? n : j));
  }

  empty(): PyValue {
    return this.isBytes ? new PyBytes(new Uint8Array(0)) : "";
  }
}

const NON_LATIN1 = /[^\x00-\xff]/;
let cacheKey: string | null = null;
let cacheText: Text = new Uint16Array(0);
let cacheOff: Int32Array | null = null;

/** strText's second result: the unit offsets of its text, or null. */
let textOff: Int32Array | null = null;

/** The code points of s (and in textOff, their unit offsets when s has surrogate pairs). */
function strText(s: string): Text {
  if (s === cacheKey) {
    textOff = cacheOff;
    return cacheText;
  }
  let text: Text;
  let off: Int32Array | null = null;
  if (s.length >= 64 && !NON_LATIN1.test(s)) {
    // The common case, converted by Buffer's bulk copy (a per-unit loop costs 20 ns a character,
    // which a search anchored at the start of a long text would spend before looking at one).
    const buf = Buffer.from(s, "latin1");
    text = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } else if (isNarrow(s)) {
    text = new Uint16Array(s.length);
    for (let i = 0; i < s.length; i++) text[i] = s.charCodeAt(i);
  } else {
    const cps: number[] = [];
    const offs: number[] = [];
    for (let u = 0; u < s.length;) {
      const cp = s.codePointAt(u)!;
      cps.push(cp);
      offs.push(u);
      u += cp > 0xffff ? 2 : 1;
    }
    offs.push(s.length);
    text = Int32Array.from(cps);
    off = Int32Array.from(offs);
  }
  // Only long subjects are worth keeping (a tokenizer matching at many positions of one text).
  if (s.length >= 64) {
    cacheKey = s;
    cacheText = text;
    cacheOff = off;
  }
  textOff = off;
  return text;
}

function getSubject(v: PyValue): Subject {
  const s = strValue(v);
  if (s !== undefined) {
    const text = strText(s);
    return new Subject(v, false, s, null, text, textOff);
  }
  const b = bytesData(v);
  if (b === null) typeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  return new Subject(v, true, "", b, b, null);
}

// ---- arguments --------------------------------------------------------------------------------

/** Argument Clinic binding: like parseArgs, with clinic's "missing required argument" message. */
function bind(fname: string, args: readonly PyValue[], kwnames: Kw, params: readonly string[],
              required: number): (PyValue | undefined)[] {
  const out = parseArgs(fname, args, kwnames, params, 0);
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) typeError(`${fname}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** A Py_ssize_t argument. */
function ssize(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = index(v);
  if (typeof i === "bigint") {
    if (i > MAXSIZE || i < -MAXSIZE - 1n) raiseError(OverflowError, "Python int too large to convert to C ssize_t");
    return i > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  }
  return i;
}

function clamp(i: number, len: number): number {
  return i < 0 ? 0 : i > len ? len : i;
}

function isCallable(v: PyValue): boolean {
  return typeOf(v).lookup("__call__") !== undefined;
}

function reModule(): PyValue {
  return importModuleLevel("re", None, None, 0);
}

function engineError(e: unknown): never {
  if (e instanceof SreError) raiseError(RuntimeError, e.message);
  throw e;
}

// ---- Pattern ----------------------------------------------------------------------------------

/** A read-only data member (CPython's READONLY PyMemberDef: assigning gives "readonly attribute"). */
function defMember(t: PyType, name: string, get: (v: PyValue) => PyValue): void {
  defGetSet(t, name, get, () => raiseError(AttributeError, "readonly attribute"));
}

export const patternType: PyType = nativeType("re", "Pattern", undefined, 0);
export const matchType: PyType = nativeType("re", "Match", undefined, 0);
export const scannerType: PyType = nativeType("_sre", "SRE_Scanner", undefined, 0);

export class PyPattern extends PyObject {
  constructor(
    readonly pattern: PyValue,
    readonly flags: number,
    readonly code: Uint32Array,
    readonly groups: number,
    readonly groupindex: PyDict,
    readonly indexgroup: PyTuple,
    /** null when compiled without a source pattern (then it matches both kinds). */
    readonly isBytes: boolean | null,
  ) {
    super(patternType);
    this.sets = new SetTables(code);
  }

  /** The tables of the code's character sets, shared by its machines. */
  private readonly sets: SetTables;
  /** A machine no call is using, kept so that each match does not allocate a new one. */
  private spare: Machine | null = null;

  /** A machine for one call: the spare one if free (a nested call on this pattern makes its own). */
  machine(): Machine {
    const m = this.spare;
    if (m === null) return new Machine(this.code, this.groups, this.sets);
    this.spare = null;
    return m;
  }

  /** Gives back a machine the caller is done with (a scanner keeps its own and never does). */
  release(m: Machine): void {
    m.clear();
    this.spare = m;
  }

  /** Checks the subject's kind against the pattern's and prepares it. */
  subject(v: PyValue): Subject {
    const s = getSubject(v);
    if (s.isBytes && this.isBytes === false) typeError("cannot use a string pattern on a bytes-like object");
    if (!s.isBytes && this.isBytes === true) typeError("cannot use a bytes pattern on a string-like object");
    return s;
  }
}

export class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly subj: Subject,
    readonly pos: number,
    readonly endpos: number,
    /** start, end of group 0, then of each group; -1 for a group that did not take part. */
    readonly marks: Int32Array,
    readonly lastindex: number,
  ) {
    super(matchType);
  }

  group(i: number): PyValue {
    const s = this.marks[2 * i];
    if (s < 0) return None;
    return this.subj.matchSlice(s, this.marks[2 * i + 1]);
  }

  /** match_getindex: an int (or __index__) group number, or a group name. */
  index(key: PyValue): number {
    let i = -1;
    if (isInt(key) || (typeof key === "object" && typeOf(key).lookup("__index__") !== undefined)) {
      const v = index(key);
      i = typeof v === "bigint" ? -1 : v;
    } else {
      const v = this.pattern.groupindex.get(key);
      if (v !== undefined && isInt(v)) {
        const n = index(v);
        i = typeof n === "bigint" ? -1 : n;
      }
    }
    if (i < 0 || i > this.pattern.groups) raiseError(IndexError, "no such group");
    return i;
  }
}

function newMatch(p: PyPattern, subj: Subject, m: Machine, pos: number, endpos: number): PyMatch {
  const g = p.groups;
  const marks = new Int32Array(2 * (g + 1));
  marks[0] = m.matchStart;
  marks[1] = m.matchEnd;
  const regs = m.regs;
  for (let i = 0; i < g; i++) {
    if (m.groupSet(i)) {
      const s = regs[2 * i];
      const e = regs[2 * i + 1];
      if (s > e) raiseError(SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
      marks[2 * i + 2] = s;
      marks[2 * i + 3] = e;
    } else {
      marks[2 * i + 2] = marks[2 * i + 3] = -1;
    }
  }
  return new PyMatch(p, subj, pos, endpos, marks, m.lastindex);
}

function selfPattern(v: PyValue, name: string): PyPattern {
  if (!(v instanceof PyPattern)) {
    typeError(`descriptor '${name}' for 're.Pattern' objects doesn't apply to a '${typeName(v)}' object`);
  }
  return v;
}

/**
 * The machine set up on string[pos:endpos] (match/search/fullmatch/findall/finditer/scanner);
 * args[0] is the pattern.
 */
function stateFor(p: PyPattern, fname: string, args: Args, kw: Kw): [Subject, Machine, number, number] {
  let string: PyValue | undefined;
  let pos: PyValue | undefined;
  let endpos: PyValue | undefined;
  // The common call, the string alone, needs no binding.
  if (args.length === 2 && (kw === null || kw.length === 0)) string = args[1];
  else [string, pos, endpos] = bind(fname, args.slice(1), kw, ["string", "pos", "endpos"], 1);
  const subj = p.subject(string!);
  const start = clamp(ssize(pos, 0), subj.len);
  const end = clamp(ssize(endpos, Number.MAX_SAFE_INTEGER), subj.len);
  const m = p.machine();
  m.reset(subj.text, start, end);
  return [subj, m, start, end];
}

function runMatch(p: PyPattern, fname: string, args: Args, kw: Kw, all: boolean): PyValue {
  const [subj, m, start, end] = stateFor(p, fname, args, kw);
  m.matchAll = all;
  let ok: boolean;
  try {
    ok = start <= end && m.matchAt(start);
  } catch (e) {
    engineError(e);
  }
  const r = ok ? newMatch(p, subj, m, start, end) : None;
  p.release(m);
  return r;
}

function runSearch(m: Machine): boolean {
  try {
    return m.search();
  } catch (e) {
    engineError(e);
  }
}

const FLAG_NAMES: [string, number][] = [
  ["re.TEMPLATE", 1], ["re.IGNORECASE", 2], ["re.LOCALE", 4], ["re.MULTILINE", 8], ["re.DOTALL", 16],
  ["re.UNICODE", 32], ["re.VERBOSE", 64], ["re.DEBUG", 128], ["re.ASCII", 256],
];

/** repr with CPython's %.<n>R truncation (n characters). */
function reprTrunc(v: PyValue, n: number): string {
  const r = repr(v);
  if (r.length <= n) return r;
  return Array.from(r).slice(0, n).join("");
}

function patternRepr(p: PyPattern): string {
  let flags = p.flags;
  // re.UNICODE is the default for str patterns: not shown.
  if (p.isBytes === false && (flags & (4 | 32 | 256)) === 32) flags &= ~32;
  const items: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) {
      items.push(name);
      flags &= ~bit;
    }
  }
  if (flags) items.push(`0x${flags.toString(16)}`);
  const pat = reprTrunc(p.pattern, 200);
  return items.length > 0 ? `re.compile(${pat}, ${items.join("|")})` : `re.compile(${pat})`;
}

/** The item findall gives for one match: group 0, group 1, or a tuple of all groups. */
function findallItem(p: PyPattern, subj: Subject, m: Machine): PyValue {
  const g = p.groups;
  const regs = m.regs;
  const one = (i: number): PyValue => {
    if (i === 0) return subj.slice(m.matchStart, m.matchEnd);
    return m.groupSet(i - 1) ? subj.slice(regs[2 * i - 2], regs[2 * i - 1]) : subj.empty();
  };
  if (g === 0) return one(0);
  if (g === 1) return one(1);
  const items: PyValue[] = [];
  for (let i = 1; i <= g; i++) items.push(one(i));
  return new PyTuple(items);
}

function join(subj: Subject, items: PyValue[]): PyValue {
  const joiner = subj.empty();
  if (items.length === 0) return joiner;
  return callMethod(joiner, "join", [new PyList(items)]);
}

/** pattern.sub / pattern.subn. */
function subx(p: PyPattern, args: Args, kw: Kw, fname: string, withCount: boolean): PyValue {
  const [repl, string, countArg] = bind(fname, args.slice(1), kw, ["repl", "string", "count"], 2);
  let filter: PyValue;
  let filterCalls: boolean;
  if (isCallable(repl!)) {
    filter = repl!;
    filterCalls = true;
  } else {
    const s = strValue(repl!);
    const b = s === undefined ? bytesData(repl!) : null;
    const literal = s !== undefined ? !s.includes("\\") : b !== null ? !b.includes(0x5c) : false;
    if (literal) {
      filter = repl!;
      filterCalls = false;
    } else {
      filter = call(getAttr(reModule(), "_subx"), [p, repl!]);
      filterCalls = isCallable(filter);
    }
  }
  const subj = p.subject(string!);
  const count = ssize(countArg, 0);
  const m = p.machine();
  const end = subj.len;
  m.reset(subj.text, 0, end);
  const items: PyValue[] = [];
  let i = 0;
  let n = 0;
  while (count === 0 || n < count) {
    if (!runSearch(m)) break;
    const b = m.matchStart;
    const e = m.matchEnd;
    if (i < b) items.push(subj.slice(i, b));
    const item = filterCalls ? call(filter, [newMatch(p, subj, m, 0, end)]) : filter;
    if (item !== None) items.push(item);
    i = e;
    n++;
    m.mustAdvance = e === b;
    m.start = e;
  }
  p.release(m);
  if (i < end) items.push(subj.slice(i, end));
  const result = join(subj, items);
  return withCount ? new PyTuple([result, n]) : result;
}

class PyScanner extends PyObject {
  /** -1 once a match attempt has failed (every later call gives None). */
  start: number;
  constructor(readonly pattern: PyPattern, readonly subj: Subject, readonly m: Machine, start: number,
              readonly pos: number, readonly endpos: number) {
    super(scannerType);
    this.start = start;
  }

  next(search: boolean): PyValue {
    if (this.start < 0) return None;
    const m = this.m;
    m.start = this.start;
    let ok: boolean;
    try {
      ok = m.start <= m.end && (search ? m.search() : m.matchAt(m.start));
    } catch (e) {
      engineError(e);
    }
    if (!ok) {
      // Nothing can use the machine any more: the pattern may give it to its next call.
      this.start = -1;
      this.pattern.release(m);
      return None;
    }
    const r = newMatch(this.pattern, this.subj, m, this.pos, this.endpos);
    m.mustAdvance = m.matchEnd === m.matchStart;
    this.start = m.matchEnd;
    return r;
  }
}

function newScanner(p: PyPattern, fname: string, args: Args, kw: Kw): PyScanner {
  const [subj, m, start, end] = stateFor(p, fname, args, kw);
  return new PyScanner(p, subj, m, start, start, end);
}

function patternHash(p: PyPattern): PyValue {
  let h = hashOf(p.pattern);
  let c = p.flags | 0;
  for (let i = 0; i < p.code.length; i++) c = (Math.imul(c, 1000003) ^ p.code[i]) | 0;
  if (typeof h === "bigint") h = Number(BigInt.asIntN(32, h));
  const r = (h ^ c) | 0;
  return r === -1 ? -2 : r;
}

defMethods(patternType, {
  match: (args, kw) => runMatch(selfPattern(args[0], "match"), "match", args, kw, false),
  fullmatch: (args, kw) => runMatch(selfPattern(args[0], "fullmatch"), "fullmatch", args, kw, true),
  search: (args, kw) => {
    const p = selfPattern(args[0], "search");
    const [subj, m, start, end] = stateFor(p, "search", args, kw);
    const r = runSearch(m) ? newMatch(p, subj, m, start, end) : None;
    p.release(m);
    return r;
  },
  findall: (args, kw) => {
    const p = selfPattern(args[0], "findall");
    const [subj, m] = stateFor(p, "findall", args, kw);
    const out: PyValue[] = [];
    while (runSearch(m)) {
      out.push(findallItem(p, subj, m));
      m.mustAdvance = m.matchEnd === m.matchStart;
      m.start = m.matchEnd;
    }
    p.release(m);
    return new PyList(out);
  },
  finditer: (args, kw) => {
    const s = newScanner(selfPattern(args[0], "finditer"), "finditer", args, kw);
    return new CallableIter(getAttr(s, "search"), None);
  },
  scanner: (args, kw) => newScanner(selfPattern(args[0], "scanner"), "scanner", args, kw),
  sub: (args, kw) => subx(selfPattern(args[0], "sub"), args, kw, "sub", false),
  subn: (args, kw) => subx(selfPattern(args[0], "subn"), args, kw, "subn", true),
  split: (args, kw) => {
    const p = selfPattern(args[0], "split");
    const [string, maxsplitArg] = bind("split", args.slice(1), kw, ["string", "maxsplit"], 1);
    const subj = p.subject(string!);
    const maxsplit = ssize(maxsplitArg, 0);
    const m = p.machine();
    m.reset(subj.text, 0, subj.len);
    const out: PyValue[] = [];
    let last = 0;
    let n = 0;
    while (maxsplit === 0 || n < maxsplit) {
      if (!runSearch(m)) break;
      out.push(subj.slice(last, m.matchStart));
      for (let i = 0; i < p.groups; i++) {
        out.push(m.groupSet(i) ? subj.slice(m.regs[2 * i], m.regs[2 * i + 1]) : None);
      }
      n++;
      m.mustAdvance = m.matchEnd === m.matchStart;
      last = m.start = m.matchEnd;
    }
    p.release(m);
    out.push(subj.slice(last, subj.len));
    return new PyList(out);
  },
  __copy__: (args) => selfPattern(args[0], "__copy__"),
  __deepcopy__: (args) => selfPattern(args[0], "__deepcopy__"),
  __repr__: (args) => patternRepr(selfPattern(args[0], "__repr__")),
  __eq__: (args) => {
    const a = selfPattern(args[0], "__eq__");
    const b = args[1];
    if (!(b instanceof PyPattern)) return NotImplemented;
    if (a === b) return True;
    if (a.flags !== b.flags || a.isBytes !== b.isBytes || a.code.length !== b.code.length) return False;
    for (let i = 0; i < a.code.length; i++) if (a.code[i] !== b.code[i]) return False;
    return bool(richEqBool(a.pattern, b.pattern));
  },
  __ne__: (args) => {
    const b = args[1];
    if (!(b instanceof PyPattern)) return NotImplemented;
    const eq = call(getAttr(args[0], "__eq__"), [b]);
    return eq === True ? False : True;
  },
  __hash__: (args) => patternHash(selfPattern(args[0], "__hash__")),
});
defClassMethod(patternType, "__class_getitem__", (args) => genericAliasHooks.make(args[0], args[1]));
defMember(patternType, "pattern", (v) => (v as PyPattern).pattern);
defMember(patternType, "flags", (v) => (v as PyPattern).flags);
defMember(patternType, "groups", (v) => (v as PyPattern).groups);
defGetSet(patternType, "groupindex", (v) => new PyMappingProxy(null, (v as PyPattern).groupindex));
for (const t of [patternType, matchType, scannerType]) {
  const name = `${t === scannerType ? "_sre" : "re"}.${t.name}`;
  defNew(t, () => typeError(`cannot create '${name}' instances`));
}

// ---- Match ------------------------------------------------------------------------------------

function selfMatch(v: PyValue): PyMatch {
  if (!(v instanceof PyMatch)) typeError(`descriptor for 're.Match' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

function groupDefault(m: PyMatch, i: number, dflt: PyValue): PyValue {
  const s = m.marks[2 * i];
  return s < 0 ? dflt : m.subj.matchSlice(s, m.marks[2 * i + 1]);
}

function oneGroupArg(fname: string, args: Args, kw: Kw): number {
  if (kw !== null && kw.length > 0) typeError(`${fname}() takes no keyword arguments`);
  if (args.length > 2) typeError(`${fname} expected at most 1 argument, got ${args.length - 1}`);
  const m = selfMatch(args[0]);
  return args.length === 1 ? 0 : m.index(args[1]);
}

defMethods(matchType, {
  group: (args, kw) => {
    if (kw !== null && kw.length > 0) typeError("group() takes no keyword arguments");
    const m = selfMatch(args[0]);
    if (args.length === 1) return m.group(0);
    if (args.length === 2) return m.group(m.index(args[1]));
    const out: PyValue[] = [];
    for (let k = 1; k < args.length; k++) out.push(m.group(m.index(args[k])));
    return new PyTuple(out);
  },
  __getitem__: (args) => {
    const m = selfMatch(args[0]);
    return m.group(m.index(args[1]));
  },
  groups: (args, kw) => {
    const m = selfMatch(args[0]);
    const [dflt] = parseArgs("groups", args.slice(1), kw, ["default"], 0);
    const out: PyValue[] = [];
    for (let i = 1; i <= m.pattern.groups; i++) out.push(groupDefault(m, i, dflt ?? None));
    return new PyTuple(out);
  },
  groupdict: (args, kw) => {
    const m = selfMatch(args[0]);
    const [dflt] = parseArgs("groupdict", args.slice(1), kw, ["default"], 0);
    const d = new PyDict();
    for (const key of m.pattern.groupindex.keyList()) d.set(key, groupDefault(m, m.index(key), dflt ?? None));
    return d;
  },
  start: (args, kw) => {
    const i = oneGroupArg("start", args, kw);
    return (args[0] as PyMatch).marks[2 * i];
  },
  end: (args, kw) => {
    const i = oneGroupArg("end", args, kw);
    return (args[0] as PyMatch).marks[2 * i + 1];
  },
  span: (args, kw) => {
    const i = oneGroupArg("span", args, kw);
    const m = args[0] as PyMatch;
    return new PyTuple([m.marks[2 * i], m.marks[2 * i + 1]]);
  },
  expand: (args, kw) => {
    const m = selfMatch(args[0]);
    const [template] = bind("expand", args.slice(1), kw, ["template"], 1);
    return call(getAttr(reModule(), "_expand"), [m.pattern, m, template!]);
  },
  __copy__: (args) => selfMatch(args[0]),
  __deepcopy__: (args) => selfMatch(args[0]),
  __repr__: (args) => {
    const m = selfMatch(args[0]);
    return `<re.Match object; span=(${m.marks[0]}, ${m.marks[1]}), match=${reprTrunc(m.group(0), 50)}>`;
  },
});
defClassMethod(matchType, "__class_getitem__", (args) => genericAliasHooks.make(args[0], args[1]));
defMember(matchType, "string", (v) => (v as PyMatch).subj.obj);
defMember(matchType, "re", (v) => (v as PyMatch).pattern);
defMember(matchType, "pos", (v) => (v as PyMatch).pos);
defMember(matchType, "endpos", (v) => (v as PyMatch).endpos);
defGetSet(matchType, "lastindex", (v) => {
  const i = (v as PyMatch).lastindex;
  return i < 0 ? None : i;
});
defGetSet(matchType, "lastgroup", (v) => {
  const m = v as PyMatch;
  const ig = m.pattern.indexgroup.items;
  return m.lastindex >= 0 && m.lastindex < ig.length ? ig[m.lastindex] : None;
});
defGetSet(matchType, "regs", (v) => {
  const m = v as PyMatch;
  const out: PyValue[] = [];
  for (let i = 0; i <= m.pattern.groups; i++) out.push(new PyTuple([m.marks[2 * i], m.marks[2 * i + 1]]));
  return new PyTuple(out);
});

// ---- Scanner ----------------------------------------------------------------------------------

function selfScanner(v: PyValue): PyScanner {
  if (!(v instanceof PyScanner)) typeError(`descriptor for '_sre.SRE_Scanner' objects doesn't apply to a '${typeName(v)}' object`);
  return v;
}

defMethods(scannerType, {
  match: (args, kw) => {
    if (args.length > 1 || (kw !== null && kw.length > 0)) typeError("match() takes no arguments");
    return selfScanner(args[0]).next(false);
  },
  search: (args, kw) => {
    if (args.length > 1 || (kw !== null && kw.length > 0)) typeError("search() takes no arguments");
    return selfScanner(args[0]).next(true);
  },
});
defMember(scannerType, "pattern", (v) => (v as PyScanner).pattern);

// ---- the module -------------------------------------------------------------------------------

/** The one int argument of ascii_iscased & co (METH_O functions: no keywords, exactly one). */
function charArg(fname: string, args: Args, kw: Kw): number {
  checkArgs(`_sre.${fname}`, args, kw, 1, 1, 0);
  const i = index(args[0]);
  if (typeof i === "bigint" || i > 2147483647 || i < -2147483648) {
    raiseError(OverflowError, "Python int too large to convert to C int");
  }
  return i;
}

function compile(args: Args, kw: Kw): PyValue {
  const [pattern, flagsArg, codeArg, groupsArg, groupindex, indexgroup] = bind(
    "compile", args, kw, ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6);
  const flags = ssize(flagsArg, 0);
  const items = toArray(codeArg!);
  const code = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = index(items[i]);
    if (typeof v === "bigint" || v < 0 || v > MAXREPEAT) {
      raiseError(OverflowError, "regular expression code size limit exceeded");
    }
    code[i] = v;
  }
  if (!(groupindex instanceof PyDict)) typeError(`compile() argument 'groupindex' must be dict, not ${typeName(groupindex!)}`);
  if (!(indexgroup instanceof PyTuple)) typeError(`compile() argument 'indexgroup' must be tuple, not ${typeName(indexgroup!)}`);
  let isBytes: boolean | null = null;
  if (pattern !== None) {
    if (strValue(pattern!) !== undefined) isBytes = false;
    else if (bytesData(pattern!) !== null) isBytes = true;
    else typeError(`a bytes-like object is required, not '${typeName(pattern!)}'`);
  }
  const groups = ssize(groupsArg, 0);
  return new PyPattern(pattern!, flags, code, groups, groupindex.copy(), indexgroup, isBytes);
}

defineModule("_sre", (dict) => {
  dict.set("MAGIC", MAGIC);
  dict.set("CODESIZE", CODESIZE);
  dict.set("MAXREPEAT", MAXREPEAT);
  dict.set("MAXGROUPS", MAXGROUPS);
  dict.set("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
  defFunctions(dict, "_sre", {
    compile,
    getcodesize: (args, kw) => {
      checkArgs("_sre.getcodesize", args, kw, 0, 0, 0);
      return CODESIZE;
    },
    ascii_iscased: (args, kw) => {
      const c = charArg("ascii_iscased", args, kw);
      return bool(c < 128 && isAlpha(c));
    },
    unicode_iscased: (args, kw) => {
      const c = charArg("unicode_iscased", args, kw);
      if (c < 0 || c > 0x10ffff) return False;
      return bool(c !== lowerUnicode(c) || c !== upperUnicode(c));
    },
    ascii_tolower: (args, kw) => {
      const c = charArg("ascii_tolower", args, kw);
      return c < 128 ? lowerAscii(c) : c;
    },
    unicode_tolower: (args, kw) => {
      const c = charArg("unicode_tolower", args, kw);
      return c < 0 || c > 0x10ffff ? c : lowerUnicode(c);
    },
  });
});

