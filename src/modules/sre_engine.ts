// The matching engine of _sre: a backtracking interpreter over the code that CPython 3.11's
// re/_compiler.py produces (opcode numbering of re/_constants.py, MAGIC 20220615).
//
// How this works. The interpreter keeps the registers pc (code index) and ptr (subject index,
// in code points) in locals, and runs until the top-level SUCCESS or until nothing is left to
// try. Backtracking is explicit, never JS recursion, so deep patterns cannot overflow the JS stack:
//
// - Choice points (`cs`, CP_SIZE numbers each) record an alternative to resume on failure: the
//   kind, a pc, a ptr, and enough to restore the machine (trail height, current repeat, current
//   frame, register and frame pool heights, one extra number).
// - Backtrackable state lives in `regs`: the group marks (2 per group, -1 when unset) followed by
//   the repeat contexts of REPEAT ops (4 numbers each: count, last_ptr, pc of the REPEAT op, the
//   enclosing repeat). Every write goes through set(), which logs the old value on the trail, so
//   failing back to a choice point undoes the writes made since. Group marks are the exception,
//   copied from CPython's behaviour: its choice points always restore lastmark (the highest mark
//   set; marks above it count as unset) but restore the mark values themselves only where it
//   does MARK_PUSH (always for MAX_UNTIL and possessive iterations, otherwise only inside a
//   REPEAT). A choice point without that keeps the mark writes on the trail for older ones, so a
//   group can keep a value from a failed alternative as in CPython (`(?:(a)|b)*+c` on "abc"
//   gives group 1 == "").
// - Sub-matches that CPython runs as a nested match whose SUCCESS commits (assertions, atomic
//   groups, each iteration of a possessive repeat) push a frame (FR_SIZE numbers in `frames`,
//   immutable, linked by parent). A SUCCESS inside a frame cuts the choice points made since the
//   frame began, so nothing inside can be retried, and continues after the construct. The
//   top-level SUCCESS (no frame) applies fullmatch's "must reach the end" and the "must advance"
//   rule of finditer/sub/split after an empty match.

import { isNumeric, toLowerFull, toUpperFull } from "../unicode/casing";
import { isAlpha, isDecimal, isSpace } from "../unicode/properties";

/** re/_constants.py OPCODES. */
export const enum Op {
  FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7,
  CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14,
  JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21,
  RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27,
  POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31,
  LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35,
  LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37, GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39,
  LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42,
}

/** re/_constants.py ATCODES. */
const enum At {
  BEGINNING = 0, BEGINNING_LINE = 1, BEGINNING_STRING = 2, BOUNDARY = 3, NON_BOUNDARY = 4, END = 5,
  END_LINE = 6, END_STRING = 7, LOC_BOUNDARY = 8, LOC_NON_BOUNDARY = 9, UNI_BOUNDARY = 10, UNI_NON_BOUNDARY = 11,
}

/** re/_constants.py CHCODES. */
const enum Ch {
  DIGIT = 0, NOT_DIGIT = 1, SPACE = 2, NOT_SPACE = 3, WORD = 4, NOT_WORD = 5, LINEBREAK = 6, NOT_LINEBREAK = 7,
  LOC_WORD = 8, LOC_NOT_WORD = 9, UNI_DIGIT = 10, UNI_NOT_DIGIT = 11, UNI_SPACE = 12, UNI_NOT_SPACE = 13,
  UNI_WORD = 14, UNI_NOT_WORD = 15, UNI_LINEBREAK = 16, UNI_NOT_LINEBREAK = 17,
}

export const MAGIC = 20220615;
export const CODESIZE = 4;
export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;

/** INFO block flags (SRE_INFO_*). */
const INFO_PREFIX = 1;
const INFO_CHARSET = 4;

// ---- characters ---------------------------------------------------------------------------------

export function lowerAscii(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

function upperAscii(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
}

/** CPython's _PyUnicode_ToLowercase: the first code point of the full lowercase mapping. */
export function lowerUnicode(ch: number): number {
  if (ch < 0x80) return lowerAscii(ch);
  const m = toLowerFull(ch);
  return typeof m === "number" ? m : m.codePointAt(0)!;
}

/** CPython's _PyUnicode_ToUppercase: the first code point of the full uppercase mapping. */
export function upperUnicode(ch: number): number {
  if (ch < 0x80) return upperAscii(ch);
  const m = toUpperFull(ch);
  return typeof m === "number" ? m : m.codePointAt(0)!;
}

// The LOCALE flag is for bytes patterns; the C library's tolower/toupper in the C.UTF-8 locale
// CPython runs under change only ASCII letters.
const lowerLocale = lowerAscii;
const upperLocale = upperAscii;

function isAsciiAlnum(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || ((ch | 0x20) >= 0x61 && (ch | 0x20) <= 0x7a);
}

function isAsciiWord(ch: number): boolean {
  return ch < 0x80 && (isAsciiAlnum(ch) || ch === 0x5f);
}

function isUniWord(ch: number): boolean {
  if (ch < 0x80) return isAsciiAlnum(ch) || ch === 0x5f;
  // str.isalnum: alpha, decimal, digit or numeric (numeric includes the other two).
  return isAlpha(ch) || isNumeric(ch) || isDecimal(ch);
}

function isUniLinebreak(ch: number): boolean {
  return (ch >= 0x0a && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1e) || ch === 0x85 || ch === 0x2028 || ch === 0x2029;
}

function isAsciiSpace(ch: number): boolean {
  return (ch >= 0x09 && ch <= 0x0d) || ch === 0x20;
}

function inCategory(cat: number, ch: number): boolean {
  switch (cat) {
    case Ch.DIGIT: return ch >= 0x30 && ch <= 0x39;
    case Ch.NOT_DIGIT: return !(ch >= 0x30 && ch <= 0x39);
    case Ch.SPACE: return isAsciiSpace(ch);
    case Ch.NOT_SPACE: return !isAsciiSpace(ch);
    case Ch.WORD: return isAsciiWord(ch);
    case Ch.NOT_WORD: return !isAsciiWord(ch);
    case Ch.LINEBREAK: return ch === 0x0a;
    case Ch.NOT_LINEBREAK: return ch !== 0x0a;
    case Ch.LOC_WORD: return isAsciiWord(ch);
    case Ch.LOC_NOT_WORD: return !isAsciiWord(ch);
    case Ch.UNI_DIGIT: return ch < 0x80 ? ch >= 0x30 && ch <= 0x39 : isDecimal(ch);
    case Ch.UNI_NOT_DIGIT: return !(ch < 0x80 ? ch >= 0x30 && ch <= 0x39 : isDecimal(ch));
    case Ch.UNI_SPACE: return isSpace(ch);
    case Ch.UNI_NOT_SPACE: return !isSpace(ch);
    case Ch.UNI_WORD: return isUniWord(ch);
    case Ch.UNI_NOT_WORD: return !isUniWord(ch);
    case Ch.UNI_LINEBREAK: return isUniLinebreak(ch);
    case Ch.UNI_NOT_LINEBREAK: return !isUniLinebreak(ch);
    default: return false;
  }
}

/** Whether `ch` is in the set whose items start at code[i] (ended by FAILURE). */
export function inSet(code: Uint32Array, i: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[i]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (ch === code[i + 1]) return ok;
        i += 2;
        break;
      case Op.CATEGORY:
        if (inCategory(code[i + 1], ch)) return ok;
        i += 2;
        break;
      case Op.CHARSET:
        // 256 bits in 8 words: bit (c & 31) of word (c >> 5).
        if (ch < 256 && ((code[i + 1 + (ch >> 5)] >>> (ch & 31)) & 1) !== 0) return ok;
        i += 9;
        break;
      case Op.RANGE:
        if (code[i + 1] <= ch && ch <= code[i + 2]) return ok;
        i += 3;
        break;
      case Op.RANGE_UNI_IGNORE: {
        if (code[i + 1] <= ch && ch <= code[i + 2]) return ok;
        const up = upperUnicode(ch);
        if (code[i + 1] <= up && up <= code[i + 2]) return ok;
        i += 3;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        i += 1;
        break;
      case Op.BIGCHARSET: {
        // <count> <256 block numbers, 4 bytes to a little-endian word> <count blocks of 8 words>
        const count = code[i + 1];
        if (ch < 65536) {
          const hi = ch >> 8;
          const block = (code[i + 2 + (hi >> 2)] >>> ((hi & 3) * 8)) & 255;
          const lo = ch & 255;
          if (((code[i + 2 + 64 + block * 8 + (lo >> 5)] >>> (lo & 31)) & 1) !== 0) return ok;
        }
        i += 2 + 64 + count * 8;
        break;
      }
      default:
        return false; // not a set item: the code is broken
    }
  }
}

/**
 * The sets of one pattern's code as tables of the characters below 256, each built the first
 * time it is tested (the items of a set are read in order until one matches, so a set such as
 * [\w.-] costs several tests a character; a table costs one).
 */
export class SetTables {
  /** For the set whose items start at code[i]: 0 when not built yet, else where its table starts in bits, plus 1. */
  private readonly at: Int32Array;
  private bits = new Uint8Array(0);
  private used = 0;
  /**
   * For search without an INFO prefix or charset: the characters below 256 a match can begin
   * with (see Machine.startChars); undefined until worked out.
   */
  starts: Uint8Array | null | undefined = undefined;

  constructor(readonly code: Uint32Array) {
    this.at = new Int32Array(code.length);
  }

  /** Whether `ch` is in the set whose items start at code[i]: inSet, by table below 256. */
  has(i: number, ch: number): boolean {
    if (ch >= 256) return inSet(this.code, i, ch);
    const o = this.at[i];
    if (o !== 0) return this.bits[o - 1 + ch] === 1;
    return this.build(i)[ch] === 1;
  }

  private build(i: number): Uint8Array {
    const o = this.used;
    if (o + 256 > this.bits.length) {
      const bits = new Uint8Array(Math.max(1024, 2 * this.bits.length));
      bits.set(this.bits);
      this.bits = bits;
    }
    const t = this.bits.subarray(o, o + 256);
    for (let ch = 0; ch < 256; ch++) t[ch] = inSet(this.code, i, ch) ? 1 : 0;
    this.used = o + 256;
    this.at[i] = o + 1;
    return t;
  }
}

/** Whether the op is an item matching one character that Machine.one can test. */
function isCharItem(op: number): boolean {
  switch (op) {
    case Op.ANY: case Op.LITERAL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE: case Op.NOT_LITERAL_IGNORE:
    case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE: case Op.LITERAL_LOC_IGNORE:
    case Op.NOT_LITERAL_LOC_IGNORE: case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE:
    case Op.CATEGORY:
      return true;
    default:
      return false;
  }
}

// ---- the machine --------------------------------------------------------------------------------

/** Choice point kinds. */
const enum CP {
  BRANCH, // pc: the next alternative's skip word
  REPEAT_ONE, // pc: the REPEAT_ONE op; aux: the lowest ptr the tail may start at
  MIN_REPEAT_ONE, // pc: the MIN_REPEAT_ONE op; aux: items matched so far
  UNTIL_TAIL, // pc: the MAX_UNTIL op; try the tail after it
  MIN_UNTIL_BODY, // pc: the MIN_UNTIL op; aux: the count for the next iteration
  ASSERT_NOT_OK, // the negative assertion's body failed: continue at pc
  POSS_STOP, // a possessive iteration past the minimum failed: continue with the tail at pc
}
const CP_SIZE = 10; // kind, pc, ptr, trail height, rep, frame, regs height, frames height, aux, restore marks

/** Frame kinds. */
const enum FR { ASSERT, ASSERT_NOT, ATOMIC, POSS_MIN, POSS_MORE }
const FR_SIZE = 6; // kind, parent, cs height, pc, ptr, aux

/** A REPEAT context in regs: count, last_ptr, pc of the REPEAT op, enclosing context. */
const REP_SIZE = 4;

/** The subject of a match: code points (or bytes) as numbers. */
export type Text = Uint8Array | Uint16Array | Int32Array;

export class SreError extends Error {}

const NO_TEXT: Text = new Uint8Array(0);

/** A machine whose stacks grew past this many numbers drops them when cleared. */
const KEEP_STACK = 4096;

export class Machine {
  readonly code: Uint32Array;
  readonly groups: number;
  /** The set tables, shared by the machines of one pattern. */
  private readonly sets: SetTables;
  text: Text = NO_TEXT;
  /** The slice being matched: text[start..end) with the real beginning at 0. */
  start = 0;
  end = 0;
  matchAll = false;
  mustAdvance = false;
  /** After a successful match: where it began and ended, and the marks and lastindex. */
  matchStart = 0;
  matchEnd = 0;
  lastindex = -1;
  /** The highest mark index set (CPython's lastmark); marks above it are unset. */
  lastmark = -1;
  regs: number[] = [];
  // The trail, regs and frames arrays only grow: their used heights are kept apart (tp, rtop,
  // fp), because shrinking a JS array's length on every backtrack costs a runtime call.
  /** regs[0..rtop) are in use: the marks, then the live REPEAT contexts. */
  private rtop = 0;
  private trail: number[] = [];
  private tp = 0;
  /** The choice stack: cs[0..sp), CP_SIZE numbers a choice point (the array only grows). */
  private cs: number[] = [];
  private sp = 0;
  private frames: number[] = [];
  private fp = 0;

  constructor(code: Uint32Array, groups: number, sets: SetTables = new SetTables(code)) {
    this.code = code;
    this.groups = groups;
    this.sets = sets;
  }

  /** Sets the subject and the slice [start, end) (already clamped). */
  reset(text: Text, start: number, end: number): void {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  /**
   * Makes the machine as a new one for its next user: forgets the subject, the flags and
   * (when they grew large) the stacks.
   */
  clear(): void {
    this.text = NO_TEXT;
    this.start = this.end = 0;
    this.matchAll = false;
    this.mustAdvance = false;
    if (this.cs.length > KEEP_STACK) this.cs = [];
    if (this.trail.length > KEEP_STACK) this.trail = [];
    if (this.frames.length > KEEP_STACK) this.frames = [];
    if (this.regs.length > KEEP_STACK) this.regs = [];
  }

  /** Writes a register with its old value on the trail: -1 lastindex, -2 lastmark, else regs. */
  private set(slot: number, v: number): void {
    if (this.sp === 0) {
      // Nothing can fail back to before this write: no need to log it.
      if (slot === -1) this.lastindex = v;
      else if (slot === -2) this.lastmark = v;
      else this.regs[slot] = v;
      return;
    }
    const t = this.trail;
    const tp = this.tp;
    t[tp] = slot;
    if (slot === -1) {
      t[tp + 1] = this.lastindex;
      this.lastindex = v;
    } else if (slot === -2) {
      t[tp + 1] = this.lastmark;
      this.lastmark = v;
    } else {
      t[tp + 1] = this.regs[slot];
      this.regs[slot] = v;
    }
    this.tp = tp + 2;
  }

  /** Undoes the writes above `height`; mark writes only if `marks` (else they stay, and stay logged). */
  private undo(height: number, marks: boolean): void {
    const t = this.trail;
    const regs = this.regs;
    const nmarks = this.groups * 2;
    const tp = this.tp;
    for (let i = tp - 2; i >= height; i -= 2) {
      const slot = t[i];
      if (slot === -1) this.lastindex = t[i + 1];
      else if (slot === -2) this.lastmark = t[i + 1];
      else if (marks || slot >= nmarks) regs[slot] = t[i + 1];
    }
    if (marks) {
      this.tp = height;
      return;
    }
    let keep = height;
    for (let i = height; i < tp; i += 2) {
      const slot = t[i];
      if (slot >= 0 && slot < nmarks) {
        t[keep] = slot;
        t[keep + 1] = t[i + 1];
        keep += 2;
      }
    }
    this.tp = keep;
  }

  /** Whether group g (0-based) has both marks set. */
  groupSet(g: number): boolean {
    const regs = this.regs;
    return 2 * g + 1 <= this.lastmark && regs[2 * g] >= 0 && regs[2 * g + 1] >= 0;
  }

  /** Whether the pattern matches at `at` (pattern.match); sets matchStart/matchEnd. */
  matchAt(at: number): boolean {
    return this.run(0, at);
  }

  /** pattern.search from this.start: the first position where the pattern matches. */
  search(): boolean {
    const code = this.code;
    const text = this.text;
    let ptr = this.start;
    const end = this.end;
    if (ptr > end) return false;
    // Every pattern begins with an INFO block: <INFO> <skip> <flags> <min> <max> [prefix | charset].
    const flags = code[2];
    const min = code[3];
    if (min !== 0 && end - ptr < min) return false;
    const last = min > 0 ? end - min : end; // no match can begin after this position
    const body = 1 + code[1];
    if ((flags & INFO_PREFIX) !== 0) {
      const plen = code[5];
      const c0 = code[7];
      for (; ptr <= last; ptr++) {
        if (text[ptr] !== c0) continue;
        let k = 1;
        while (k < plen && text[ptr + k] === code[7 + k]) k++;
        if (k < plen) continue;
        if (this.run(body, ptr)) return true;
      }
      return false;
    }
    if ((flags & INFO_CHARSET) !== 0) {
      const sets = this.sets;
      for (; ptr <= last; ptr++) {
        if (ptr < end && sets.has(5, text[ptr]) && this.run(body, ptr)) return true;
      }
      return false;
    }
    const anchored = code[body] === Op.AT && (code[body + 1] === At.BEGINNING || code[body + 1] === At.BEGINNING_STRING);
    const mustAdvance = this.mustAdvance;
    const starts = anchored ? null : this.startTable(body);
    for (; ptr <= last; ptr++) {
      if (starts !== null) {
        // Positions whose character no match can begin with are not tried.
        let p = ptr;
        for (; p < end; p++) {
          const ch = text[p];
          if (ch >= 256 || starts[ch] === 1) break;
        }
        if (p !== ptr) this.mustAdvance = false;
        if (p >= end || p > last) break;
        ptr = p;
      }
      if (this.run(body, ptr)) return true;
      this.mustAdvance = false;
      if (anchored) break;
    }
    this.mustAdvance = mustAdvance;
    return false;
  }

  /** The pattern's SetTables.starts, worked out on first use. */
  private startTable(body: number): Uint8Array | null {
    const sets = this.sets;
    if (sets.starts === undefined) sets.starts = this.startChars(body, 0);
    return sets.starts;
  }

  /**
   * Which characters below 256 a match of the code from pc can begin with (1 in the table), or
   * null when that is not known or the code can match without taking a character. Zero-width
   * assertions are passed over (they can only narrow it).
   */
  private startChars(pc: number, depth: number): Uint8Array | null {
    const code = this.code;
    if (depth > 8) return null;
    for (;;) {
      const op = code[pc];
      if (op === Op.MARK || op === Op.AT) {
        pc += 2;
        continue;
      }
      if (isCharItem(op)) return this.itemTable(pc);
      if (op === Op.REPEAT_ONE || op === Op.MIN_REPEAT_ONE || op === Op.POSSESSIVE_REPEAT_ONE) {
        // <op> <skip> <min> <max> item <SUCCESS> tail: the item, or with min 0 the tail.
        if (!isCharItem(code[pc + 4])) return null;
        const t = this.itemTable(pc + 4);
        if (code[pc + 2] >= 1) return t;
        const rest = this.startChars(pc + 1 + code[pc + 1], depth + 1);
        if (rest === null) return null;
        for (let ch = 0; ch < 256; ch++) t[ch] |= rest[ch];
        return t;
      }
      if (op === Op.BRANCH) {
        // <BRANCH> (<skip> alternative <JUMP> <offset>)* <FAILURE>
        const t = new Uint8Array(256);
        for (let alt = pc + 1; code[alt] !== 0; alt += code[alt]) {
          const a = this.startChars(alt + 1, depth + 1);
          if (a === null) return null;
          for (let ch = 0; ch < 256; ch++) t[ch] |= a[ch];
        }
        return t;
      }
      return null;
    }
  }

  /** The characters below 256 the one-character item at code[item] matches. */
  private itemTable(item: number): Uint8Array {
    const t = new Uint8Array(256);
    for (let ch = 0; ch < 256; ch++) t[ch] = this.one(item, ch) ? 1 : 0;
    return t;
  }

  /** Counts how many times the one-character item at code[item] matches from ptr, up to max. */
  private count(item: number, ptr: number, max: number): number {
    const code = this.code;
    const text = this.text;
    let limit = this.end - ptr;
    if (max < limit) limit = max;
    const stop = ptr + limit;
    let p = ptr;
    const arg = code[item + 1];
    switch (code[item]) {
      case Op.ANY_ALL:
        return limit;
      case Op.ANY:
        while (p < stop && text[p] !== 0x0a) p++;
        break;
      case Op.LITERAL:
        while (p < stop && text[p] === arg) p++;
        break;
      case Op.NOT_LITERAL:
        while (p < stop && text[p] !== arg) p++;
        break;
      case Op.IN: {
        const sets = this.sets;
        const set = item + 2;
        while (p < stop && sets.has(set, text[p])) p++;
        break;
      }
      default:
        while (p < stop && this.one(item, text[p])) p++;
    }
    return p - ptr;
  }

  /** Whether the one-character item at code[item] matches ch. */
  private one(item: number, ch: number): boolean {
    const code = this.code;
    const arg = code[item + 1];
    switch (code[item]) {
      case Op.ANY: return ch !== 0x0a;
      case Op.ANY_ALL: return true;
      case Op.LITERAL: return ch === arg;
      case Op.NOT_LITERAL: return ch !== arg;
      case Op.LITERAL_IGNORE: return lowerAscii(ch) === arg;
      case Op.NOT_LITERAL_IGNORE: return lowerAscii(ch) !== arg;
      case Op.LITERAL_UNI_IGNORE: return lowerUnicode(ch) === arg;
      case Op.NOT_LITERAL_UNI_IGNORE: return lowerUnicode(ch) !== arg;
      case Op.LITERAL_LOC_IGNORE: return ch === arg || lowerLocale(ch) === arg || upperLocale(ch) === arg;
      case Op.NOT_LITERAL_LOC_IGNORE: return !(ch === arg || lowerLocale(ch) === arg || upperLocale(ch) === arg);
      case Op.IN: return this.sets.has(item + 2, ch);
      case Op.IN_IGNORE: return this.sets.has(item + 2, lowerAscii(ch));
      case Op.IN_UNI_IGNORE: return this.sets.has(item + 2, lowerUnicode(ch));
      case Op.IN_LOC_IGNORE: {
        const sets = this.sets;
        return sets.has(item + 2, ch) || sets.has(item + 2, lowerLocale(ch)) || sets.has(item + 2, upperLocale(ch));
      }
      case Op.CATEGORY: return inCategory(arg, ch);
      default: throw new SreError("internal error in regular expression engine");
    }
  }

  private atCheck(at: number, ptr: number): boolean {
    const text = this.text;
    const end = this.end;
    switch (at) {
      case At.BEGINNING:
      case At.BEGINNING_STRING:
        return ptr === 0;
      case At.BEGINNING_LINE:
        return ptr === 0 || text[ptr - 1] === 0x0a;
      case At.END:
        return ptr === end || (ptr + 1 === end && text[ptr] === 0x0a);
      case At.END_LINE:
        return ptr === end || text[ptr] === 0x0a;
      case At.END_STRING:
        return ptr === end;
      case At.BOUNDARY:
      case At.NON_BOUNDARY:
      case At.LOC_BOUNDARY:
      case At.LOC_NON_BOUNDARY:
      case At.UNI_BOUNDARY:
      case At.UNI_NON_BOUNDARY: {
        if (end === 0) return false;
        const word = at >= At.UNI_BOUNDARY ? isUniWord : isAsciiWord;
        const before = ptr > 0 && word(text[ptr - 1]);
        const here = ptr < end && word(text[ptr]);
        const boundary = at === At.BOUNDARY || at === At.LOC_BOUNDARY || at === At.UNI_BOUNDARY;
        return boundary ? before !== here : before === here;
      }
      default:
        return false;
    }
  }

  private pushCP(kind: CP, pc: number, ptr: number, rep: number, frame: number, aux: number, marks: boolean): void {
    const cs = this.cs;
    let i = this.sp;
    if (i + CP_SIZE > cs.length) {
      cs.push(kind, pc, ptr, this.tp, rep, frame, this.rtop, this.fp, aux, marks ? 1 : 0);
    } else {
      cs[i++] = kind;
      cs[i++] = pc;
      cs[i++] = ptr;
      cs[i++] = this.tp;
      cs[i++] = rep;
      cs[i++] = frame;
      cs[i++] = this.rtop;
      cs[i++] = this.fp;
      cs[i++] = aux;
      cs[i] = marks ? 1 : 0;
    }
    this.sp += CP_SIZE;
  }

  private pushFrame(kind: FR, parent: number, pc: number, ptr: number, aux: number): number {
    const f = this.fp;
    const fr = this.frames;
    fr[f] = kind;
    fr[f + 1] = parent;
    fr[f + 2] = this.sp;
    fr[f + 3] = pc;
    fr[f + 4] = ptr;
    fr[f + 5] = aux;
    this.fp = f + FR_SIZE;
    return f;
  }

  /**
   * Runs the code from pc at ptr, backtracking until the top-level SUCCESS (true, with
   * matchStart/matchEnd, regs and lastindex describing the match) or until no choice is left.
   */
  private run(pc: number, ptr: number): boolean {
    const code = this.code;
    const text = this.text;
    const end = this.end;
    const cs = this.cs;
    const frames = this.frames;
    const regs = this.regs;
    const sets = this.sets;
    const startPtr = ptr;
    const nmarks = this.groups * 2;
    for (let i = 0; i < nmarks; i++) regs[i] = -1;
    this.rtop = nmarks;
    this.lastindex = -1;
    this.lastmark = -1;
    this.tp = 0;
    this.sp = 0;
    this.fp = 0;
    let rep = -1;
    let frame = -1;

    outer: for (;;) {
      const op = code[pc];
      switch (op) {
        case Op.FAILURE:
          break;
        case Op.SUCCESS: {
          if (frame < 0) {
            if ((this.matchAll && ptr !== end) || (this.mustAdvance && ptr === startPtr)) break;
            this.matchStart = startPtr;
            this.matchEnd = ptr;
            return true;
          }
          const f = frame;
          const kind = frames[f] as FR;
          frame = frames[f + 1];
          switch (kind) {
            case FR.ASSERT:
              this.sp = frames[f + 2];
              pc = frames[f + 3];
              ptr = frames[f + 4];
              continue outer;
            case FR.ASSERT_NOT:
              this.sp = frames[f + 2] - CP_SIZE; // drop the choices inside and the "body failed" one
              break;
            case FR.ATOMIC:
              this.sp = frames[f + 2];
              pc = frames[f + 3];
              continue outer;
            case FR.POSS_MIN:
            case FR.POSS_MORE: {
              // One iteration of a possessive repeat matched; it cannot be retried, and in the
              // POSS_MORE case neither can "stop before it".
              this.sp = kind === FR.POSS_MIN ? frames[f + 2] : frames[f + 2] - CP_SIZE;
              const opPc = frames[f + 3];
              const count = frames[f + 5] + 1;
              if (count < code[opPc + 2]) {
                frame = this.pushFrame(FR.POSS_MIN, frame, opPc, ptr, count);
                pc = opPc + 4;
                continue outer;
              }
              const max = code[opPc + 3];
              const prevStart = kind === FR.POSS_MIN ? -1 : frames[f + 4];
              if ((count < max || max === MAXREPEAT) && ptr !== prevStart) {
                this.pushCP(CP.POSS_STOP, opPc + 2 + code[opPc + 1], ptr, rep, frame, 0, true);
                frame = this.pushFrame(FR.POSS_MORE, frame, opPc, ptr, count);
                pc = opPc + 4;
              } else {
                pc = opPc + 2 + code[opPc + 1];
              }
              continue outer;
            }
          }
          break;
        }
        case Op.ANY:
          if (ptr < end && text[ptr] !== 0x0a) { ptr++; pc++; continue outer; }
          break;
        case Op.ANY_ALL:
          if (ptr < end) { ptr++; pc++; continue outer; }
          break;
        case Op.LITERAL:
          if (ptr < end && text[ptr] === code[pc + 1]) { ptr++; pc += 2; continue outer; }
          break;
        case Op.NOT_LITERAL:
          if (ptr < end && text[ptr] !== code[pc + 1]) { ptr++; pc += 2; continue outer; }
          break;
        case Op.LITERAL_IGNORE:
        case Op.NOT_LITERAL_IGNORE:
        case Op.LITERAL_UNI_IGNORE:
        case Op.NOT_LITERAL_UNI_IGNORE:
        case Op.LITERAL_LOC_IGNORE:
        case Op.NOT_LITERAL_LOC_IGNORE:
        case Op.CATEGORY:
          if (ptr < end && this.one(pc, text[ptr])) { ptr++; pc += 2; continue outer; }
          break;
        case Op.IN:
          if (ptr < end && sets.has(pc + 2, text[ptr])) { ptr++; pc += 1 + code[pc + 1]; continue outer; }
          break;
        case Op.IN_IGNORE:
        case Op.IN_UNI_IGNORE:
        case Op.IN_LOC_IGNORE:
          if (ptr < end && this.one(pc, text[ptr])) { ptr++; pc += 1 + code[pc + 1]; continue outer; }
          break;
        case Op.AT:
          if (this.atCheck(code[pc + 1], ptr)) { pc += 2; continue outer; }
          break;
        case Op.INFO:
          if (code[pc + 3] !== 0 && end - ptr < code[pc + 3]) break;
          pc += 1 + code[pc + 1];
          continue outer;
        case Op.JUMP:
          pc += 1 + code[pc + 1];
          continue outer;
        case Op.MARK: {
          const i = code[pc + 1];
          if ((i & 1) !== 0) this.set(-1, (i >> 1) + 1);
          if (i > this.lastmark) {
            for (let j = this.lastmark + 1; j < i; j++) if (regs[j] !== -1) this.set(j, -1);
            this.set(-2, i);
          }
          this.set(i, ptr);
          pc += 2;
          continue outer;
        }
        case Op.BRANCH: {
          // <BRANCH> (<skip> alternative <JUMP> <offset>)* <FAILURE>
          const alt = pc + 1;
          if (code[alt] === 0) break;
          this.pushCP(CP.BRANCH, alt + code[alt], ptr, rep, frame, 0, rep >= 0);
          pc = alt + 1;
          continue outer;
        }
        case Op.REPEAT_ONE:
        case Op.MIN_REPEAT_ONE:
        case Op.POSSESSIVE_REPEAT_ONE: {
          // <op> <skip> <min> <max> item <SUCCESS> tail
          const min = code[pc + 2];
          const max = code[pc + 3];
          if (ptr + min > end) break;
          const tail = pc + 1 + code[pc + 1];
          if (op === Op.MIN_REPEAT_ONE) {
            const n = min === 0 ? 0 : this.count(pc + 4, ptr, min);
            if (n < min) break;
            ptr += n;
            if (n < max || max === MAXREPEAT) this.pushCP(CP.MIN_REPEAT_ONE, pc, ptr, rep, frame, n, rep >= 0);
          } else {
            const n = this.count(pc + 4, ptr, max);
            if (n < min) break;
            ptr += n;
            if (op === Op.REPEAT_ONE && n > min) this.pushCP(CP.REPEAT_ONE, pc, ptr, rep, frame, ptr - n + min, rep >= 0);
          }
          pc = tail;
          continue outer;
        }
        case Op.REPEAT: {
          // <REPEAT> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL> tail
          const r = this.rtop;
          regs[r] = -1;
          regs[r + 1] = -1;
          regs[r + 2] = pc;
          regs[r + 3] = rep;
          this.rtop = r + REP_SIZE;
          rep = r;
          pc += 1 + code[pc + 1];
          continue outer;
        }
        case Op.MAX_UNTIL:
        case Op.MIN_UNTIL: {
          if (rep < 0) throw new SreError("internal error in regular expression engine");
          const count = regs[rep] + 1;
          const rp = regs[rep + 2];
          if (count < code[rp + 2]) {
            this.set(rep, count);
            pc = rp + 4;
            continue outer;
          }
          const max = code[rp + 3];
          const more = (count < max || max === MAXREPEAT) && ptr !== regs[rep + 1];
          if (op === Op.MAX_UNTIL) {
            if (more) {
              this.pushCP(CP.UNTIL_TAIL, pc, ptr, rep, frame, 0, true);
              this.set(rep, count);
              this.set(rep + 1, ptr);
              pc = rp + 4;
            } else {
              rep = regs[rep + 3];
              pc += 1;
            }
          } else {
            if (more) this.pushCP(CP.MIN_UNTIL_BODY, pc, ptr, rep, frame, count, regs[rep + 3] >= 0);
            rep = regs[rep + 3];
            pc += 1;
          }
          continue outer;
        }
        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_LOC_IGNORE: {
          const g = code[pc + 1] * 2;
          const s = regs[g];
          const e = regs[g + 1];
          if (g >= this.lastmark || s < 0 || e < 0 || e < s) break;
          const n = e - s;
          if (ptr + n > end) break;
          let k = 0;
          if (op === Op.GROUPREF) {
            while (k < n && text[ptr + k] === text[s + k]) k++;
          } else if (op === Op.GROUPREF_UNI_IGNORE) {
            while (k < n && lowerUnicode(text[ptr + k]) === lowerUnicode(text[s + k])) k++;
          } else {
            while (k < n && lowerAscii(text[ptr + k]) === lowerAscii(text[s + k])) k++;
          }
          if (k < n) break;
          ptr += n;
          pc += 2;
          continue outer;
        }
        case Op.GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
          const g = code[pc + 1] * 2;
          const s = regs[g];
          const e = regs[g + 1];
          if (g >= this.lastmark || s < 0 || e < 0 || e < s) pc += 1 + code[pc + 2];
          else pc += 3;
          continue outer;
        }
        case Op.ASSERT:
        case Op.ASSERT_NOT: {
          // <ASSERT|ASSERT_NOT> <skip> <back> body <SUCCESS> tail
          const back = code[pc + 2];
          const cont = pc + 1 + code[pc + 1];
          if (ptr < back) {
            if (op === Op.ASSERT) break;
            pc = cont;
            continue outer;
          }
          if (op === Op.ASSERT_NOT) this.pushCP(CP.ASSERT_NOT_OK, cont, ptr, rep, frame, 0, rep >= 0);
          frame = this.pushFrame(op === Op.ASSERT ? FR.ASSERT : FR.ASSERT_NOT, frame, cont, ptr, 0);
          ptr -= back;
          pc += 3;
          continue outer;
        }
        case Op.ATOMIC_GROUP:
          // <ATOMIC_GROUP> <skip> body <SUCCESS> tail
          frame = this.pushFrame(FR.ATOMIC, frame, pc + 1 + code[pc + 1], ptr, 0);
          pc += 2;
          continue outer;
        case Op.POSSESSIVE_REPEAT: {
          // <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail
          if (code[pc + 2] > 0) {
            frame = this.pushFrame(FR.POSS_MIN, frame, pc, ptr, 0);
            pc += 4;
          } else if (code[pc + 3] > 0) {
            this.pushCP(CP.POSS_STOP, pc + 2 + code[pc + 1], ptr, rep, frame, 0, true);
            frame = this.pushFrame(FR.POSS_MORE, frame, pc, ptr, 0);
            pc += 4;
          } else {
            pc += 2 + code[pc + 1];
          }
          continue outer;
        }
        default:
          throw new SreError("internal error in regular expression engine");
      }

      // Failure: resume the most recent choice point that still has something to try.
      for (;;) {
        const top = this.sp - CP_SIZE;
        if (top < 0) return false;
        const kind = cs[top] as CP;
        const cpc = cs[top + 1];
        ptr = cs[top + 2];
        this.undo(cs[top + 3], cs[top + 9] === 1);
        rep = cs[top + 4];
        frame = cs[top + 5];
        this.rtop = cs[top + 6];
        this.fp = cs[top + 7];
        const aux = cs[top + 8];
        this.sp = top;
        switch (kind) {
          case CP.BRANCH:
            if (code[cpc] === 0) continue;
            this.pushCP(CP.BRANCH, cpc + code[cpc], ptr, rep, frame, 0, rep >= 0);
            pc = cpc + 1;
            continue outer;
          case CP.REPEAT_ONE: {
            // Give back one more character (the tail may need it); aux is the lowest position.
            let p = ptr - 1;
            const tail = cpc + 1 + code[cpc + 1];
            if (code[tail] === Op.LITERAL) {
              const c = code[tail + 1];
              while (p >= aux && (p >= end || text[p] !== c)) p--;
            }
            if (p < aux) continue;
            if (p > aux) this.pushCP(CP.REPEAT_ONE, cpc, p, rep, frame, aux, rep >= 0);
            ptr = p;
            pc = tail;
            continue outer;
          }
          case CP.MIN_REPEAT_ONE: {
            if (ptr >= end || !this.one(cpc + 4, text[ptr])) continue;
            ptr++;
            const n = aux + 1;
            const max = code[cpc + 3];
            if (n < max || max === MAXREPEAT) this.pushCP(CP.MIN_REPEAT_ONE, cpc, ptr, rep, frame, n, rep >= 0);
            pc = cpc + 1 + code[cpc + 1];
            continue outer;
          }
          case CP.UNTIL_TAIL:
            rep = regs[rep + 3];
            pc = cpc + 1;
            continue outer;
          case CP.MIN_UNTIL_BODY:
            this.set(rep, aux);
            this.set(rep + 1, ptr);
            pc = regs[rep + 2] + 4;
            continue outer;
          case CP.ASSERT_NOT_OK:
          case CP.POSS_STOP:
            pc = cpc;
            continue outer;
        }
      }
    }
  }
}
