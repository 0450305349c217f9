// Constant folding on the AST, before the symbol table is built (CPython 3.11's
// Python/ast_opt.c). Folds what CPython folds, within its size limits, so that co_consts and
// the shape of the code match; a folding that would raise (1/0, 'a' % x, a huge result) is left
// for run time, where it raises as it should.
//
// Rules (ast_opt.c names):
//   fold_unaryop   -c, +c, ~c, not c on constants; `not (a is b)` -> `a is not b` (and in);
//   fold_binop     c op c for int/float/str/bytes/tuple, with safe_multiply/safe_power/
//                  safe_lshift/safe_mod limits (MAX_INT_SIZE 128 bits, MAX_COLLECTION_SIZE 256,
//                  MAX_STR_SIZE 4096, MAX_TOTAL_ITEMS 1024);
//   fold_tuple     (c, c, ...) -> a constant tuple;
//   fold_subscr    c[c] -> the item (str, bytes, tuple);
//   optimize_format  'lit %s lit %r' % (a, b) -> an f-string (only %s/%r/%a units);
//   fold_iter      `x in [..]` (last comparison), `for x in [..]`, comprehension iterables:
//                  list -> tuple, constant list/set -> constant tuple/frozenset;
//   __debug__      -> True (False under -O).
//
// Differences, on purpose: float ** and anything with complex numbers are not folded (the
// results are computed at run time by the VM's number code, so the values are the same);
// int / int is folded only when both are below 2**53 (then one IEEE division is exact to
// CPython's correctly rounded result).
//
// The transform is copy-on-write: changed nodes are new objects; the input AST is not modified.

import * as A from "../parser/ast";
import { BytesConst, ComplexConst, FloatConst, NODE_FIELDS } from "../parser/ast";
import { ConstFrozenset, ConstTuple, type Const } from "../bytecode/code";

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

export interface FoldOptions {
  optimize: number;
  /** `from __future__ import annotations`: annotations are kept as written (they become strings). */
  futureAnnotations: boolean;
}

/** Folds constants in a module; returns the (possibly new) tree. */
export function foldModule(mod: A.mod, opts: FoldOptions): A.mod {
  return new Folder(opts).node(mod as unknown as Node) as unknown as A.mod;
}

type Node = { _type: string } & Record<string, unknown>;

/** Sentinel: the operation cannot be folded. */
const NO = Symbol("no-fold");
type Val = Const | typeof NO;

class Folder {
  constructor(private readonly opts: FoldOptions) {}

  /** Folds the children of any node, then the node itself. */
  node(n: Node): Node {
    let copy: Node | null = null;
    const fields = NODE_FIELDS[n._type];
    if (fields) {
      for (const f0 of fields) {
        const f = f0.endsWith("?") ? f0.slice(0, -1) : f0;
        if (this.opts.futureAnnotations && (f === "annotation" || f === "returns")) continue;
        const v = n[f];
        const nv = this.value(v);
        if (nv !== v) {
          if (copy === null) copy = { ...n };
          copy[f] = nv;
        }
      }
    }
    let out = copy ?? n;
    out = this.rule(out, n);
    return out;
  }

  private value(v: unknown): unknown {
    if (Array.isArray(v)) {
      let arr: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const nx = this.value(x);
        if (nx !== x) {
          if (arr === null) arr = v.slice();
          arr[i] = nx;
        }
      }
      return arr ?? v;
    }
    if (v !== null && typeof v === "object" && typeof (v as Node)._type === "string") return this.node(v as Node);
    return v;
  }

  /** The node-specific rules, applied after the children were folded. */
  private rule(n: Node, orig: Node): Node {
    switch (n._type) {
      case "Name": {
        const e = n as unknown as A.Name;
        if (e.ctx === "Load" && e.id === "__debug__") return constant(e, this.opts.optimize === 0) as unknown as Node;
        return n;
      }
      case "UnaryOp":
        return foldUnary(n as unknown as A.UnaryOp) as unknown as Node;
      case "BinOp":
        return foldBinOp(n as unknown as A.BinOp) as unknown as Node;
      case "Tuple": {
        const e = n as unknown as A.Tuple;
        if (e.ctx !== "Load") return n;
        const t = constTuple(e.elts);
        return t === null ? n : (constant(e, t) as unknown as Node);
      }
      case "Subscript":
        return foldSubscript(n as unknown as A.Subscript) as unknown as Node;
      case "Compare": {
        const e = n as unknown as A.Compare;
        const last = e.ops.length - 1;
        const op = e.ops[last];
        if (op !== "In" && op !== "NotIn") return n;
        const it = foldIter(e.comparators[last]);
        if (it === e.comparators[last]) return n as Node;
        const comparators = e.comparators.slice();
        comparators[last] = it;
        return { ...e, comparators } as unknown as Node;
      }
      // Only plain `for`: CPython 3.11 leaves an `async for` iterable as written.
      case "For": {
        const s = n as unknown as A.For;
        const it = foldIter(s.iter);
        return (it === s.iter ? n : { ...s, iter: it }) as unknown as Node;
      }
      case "comprehension": {
        const g = n as unknown as A.comprehension;
        const it = foldIter(g.iter);
        return it === g.iter ? n : ({ ...g, iter: it } as unknown as Node);
      }
      case "Module":
      case "FunctionDef":
      case "AsyncFunctionDef":
      case "ClassDef":
        return protectDocstring(n, orig);
      default:
        return n;
    }
  }
}

/**
 * `astfold_body`: a body that starts with a string only after folding (`'a' 'b'` is one
 * constant already; `'a' + 'b'` is not) must not get a docstring: the string becomes an
 * f-string expression.
 */
function protectDocstring(n: Node, orig: Node): Node {
  const body = n.body as A.stmt[] | undefined;
  const before = orig.body as A.stmt[] | undefined;
  if (!body || !before || body === before) return n;
  if (isDocString(before) || !isDocString(body)) return n;
  const st = body[0] as A.Expr;
  const js: A.JoinedStr = {
    _type: "JoinedStr", values: [st.value], lineno: st.lineno, col_offset: st.col_offset,
    end_lineno: st.end_lineno, end_col_offset: st.end_col_offset,
  };
  const newBody = body.slice();
  newBody[0] = { ...st, value: js };
  return { ...n, body: newBody };
}

function isDocString(body: A.stmt[]): boolean {
  if (!body.length) return false;
  const s = body[0];
  return s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";
}

/** A Constant node in place of `at` (make_const). */
function constant(at: A.Located, value: Const): A.expr {
  return {
    _type: "Constant", value: value as A.ConstantValue, kind: null,
    lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
}

function constTuple(elts: A.expr[]): ConstTuple | null {
  for (const x of elts) if (x._type !== "Constant") return null;
  return new ConstTuple(elts.map((x) => (x as A.Constant).value as Const));
}

/** `fold_iter`: a list display iterated over becomes a tuple; constant ones become constants. */
function foldIter(e: A.expr): A.expr {
  if (e._type === "List") {
    if (e.elts.some((x) => x._type === "Starred")) return e;
    const t = constTuple(e.elts);
    if (t !== null) return constant(e, t);
    const tuple: A.Tuple = { ...e, _type: "Tuple" } as unknown as A.Tuple;
    return tuple;
  }
  if (e._type === "Set") {
    const t = constTuple(e.elts);
    if (t !== null) return constant(e, new ConstFrozenset(t.items));
  }
  return e;
}

// --- Unary ----------------------------------------------------------------------------------

function foldUnary(e: A.UnaryOp): A.expr {
  const arg = e.operand;
  if (e.op === "Not" && arg._type === "Compare" && arg.ops.length === 1) {
    const inverse: Partial<Record<A.cmpop, A.cmpop>> = { Is: "IsNot", IsNot: "Is", In: "NotIn", NotIn: "In" };
    const op = inverse[arg.ops[0]];
    // The comparison replaces the `not` node, position included (COPY_NODE).
    if (op) return { ...arg, ops: [op] };
  }
  if (arg._type !== "Constant") return e;
  const v = arg.value as Const;
  const r = unaryValue(e.op, v);
  return r === NO ? e : constant(e, r);
}

function unaryValue(op: A.unaryop, v: Const): Val {
  if (op === "Not") {
    const t = truth(v);
    return t === null ? NO : !t;
  }
  if (typeof v === "bigint" || typeof v === "boolean") {
    const x = toBig(v);
    if (op === "USub") return -x;
    if (op === "UAdd") return x;
    return ~x; // Invert
  }
  if (v instanceof FloatConst) {
    if (op === "USub") return new FloatConst(-v.value);
    if (op === "UAdd") return v;
    return NO; // ~float is a TypeError
  }
  return NO;
}

function truth(v: Const): boolean | null {
  if (v === null) return false;
  switch (typeof v) {
    case "boolean": return v;
    case "bigint": return v !== 0n;
    case "string": return v.length > 0;
    default: break;
  }
  if (v instanceof FloatConst) return v.value !== 0;
  if (v instanceof ComplexConst) return v.imag !== 0;
  if (v instanceof BytesConst) return v.value.length > 0;
  if (v instanceof ConstTuple || v instanceof ConstFrozenset) return v.items.length > 0;
  if (v === A.EllipsisConst) return true;
  return null;
}

// --- Binary ---------------------------------------------------------------------------------

function foldBinOp(e: A.BinOp): A.expr {
  const l = e.left;
  const r = e.right;
  if (e.op === "Mod" && l._type === "Constant" && typeof l.value === "string" && r._type === "Tuple"
    && !r.elts.some((x) => x._type === "Starred")) {
    return optimizeFormat(e, l.value, r.elts) ?? e;
  }
  if (l._type !== "Constant" || r._type !== "Constant") return e;
  let v: Val;
  try {
    v = binaryValue(e.op, l.value as Const, r.value as Const);
  } catch (err) {
    if (err instanceof RangeError) v = NO; // BigInt too large: leave it to run time
    else throw err;
  }
  return v === NO ? e : constant(e, v);
}

const isInt = (v: Const): v is bigint | boolean => typeof v === "bigint" || typeof v === "boolean";
const toBig = (v: bigint | boolean): bigint => (typeof v === "boolean" ? (v ? 1n : 0n) : v);

function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

/** A Python number as a double, or NO (int too large: OverflowError). */
function toFloat(v: Const): number | typeof NO {
  if (v instanceof FloatConst) return v.value;
  if (isInt(v)) {
    const x = Number(toBig(v));
    return Number.isFinite(x) ? x : NO;
  }
  return NO;
}

function binaryValue(op: A.operator, a: Const, b: Const): Val {
  if (a instanceof ComplexConst || b instanceof ComplexConst) return NO;
  if (isInt(a) && isInt(b)) return intBinary(op, a, b);
  if ((a instanceof FloatConst || isInt(a)) && (b instanceof FloatConst || isInt(b))) return floatBinary(op, a, b);
  switch (op) {
    case "Add":
      if (typeof a === "string" && typeof b === "string") return a + b;
      if (a instanceof BytesConst && b instanceof BytesConst) {
        const out = new Uint8Array(a.value.length + b.value.length);
        out.set(a.value);
        out.set(b.value, a.value.length);
        return new BytesConst(out);
      }
      if (a instanceof ConstTuple && b instanceof ConstTuple) return new ConstTuple([...a.items, ...b.items]);
      return NO;
    case "Mult":
      if (isInt(a)) return repeat(b, toBig(a));
      if (isInt(b)) return repeat(a, toBig(b));
      return NO;
    default:
      return NO;
  }
}

/** `safe_multiply` for sequences: seq * n within the size limits. */
function repeat(seq: Const, n: bigint): Val {
  if (typeof seq === "string") {
    const size = codePointLength(seq);
    if (size === 0) return n >= 0n ? "" : NO;
    if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return NO;
    return seq.repeat(Number(n));
  }
  if (seq instanceof BytesConst) {
    const size = seq.value.length;
    if (size === 0) return n >= 0n ? seq : NO;
    if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return NO;
    const k = Number(n);
    const out = new Uint8Array(size * k);
    for (let i = 0; i < k; i++) out.set(seq.value, i * size);
    return new BytesConst(out);
  }
  if (seq instanceof ConstTuple) {
    const size = seq.items.length;
    if (size === 0) return seq;
    if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return NO;
    const k = Number(n);
    if (k && complexity(seq, Math.floor(MAX_TOTAL_ITEMS / k)) < 0) return NO;
    const items: Const[] = [];
    for (let i = 0; i < k; i++) items.push(...seq.items);
    return new ConstTuple(items);
  }
  return NO;
}

/** `check_complexity`: the budget left after counting nested tuple/frozenset items. */
function complexity(v: Const, limit: number): number {
  if (v instanceof ConstTuple || v instanceof ConstFrozenset) {
    limit -= v.items.length;
    for (const x of v.items) {
      if (limit < 0) break;
      limit = complexity(x, limit);
    }
  }
  return limit;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

function floorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}

function intBinary(op: A.operator, a0: bigint | boolean, b0: bigint | boolean): Val {
  const a = toBig(a0);
  const b = toBig(b0);
  const bothBool = typeof a0 === "boolean" && typeof b0 === "boolean";
  switch (op) {
    case "Add": return a + b;
    case "Sub": return a - b;
    case "Mult":
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return NO;
      return a * b;
    case "Div": {
      if (b === 0n) return NO;
      const lim = 1n << 53n;
      if (a >= lim || a <= -lim || b >= lim || b <= -lim) return NO;
      return new FloatConst(Number(a) / Number(b));
    }
    case "FloorDiv":
      return b === 0n ? NO : floorDiv(a, b);
    case "Mod":
      return b === 0n ? NO : a - floorDiv(a, b) * b;
    case "Pow":
      if (b < 0n) return NO; // a float result: computed at run time
      if (a !== 0n && b > 0n && BigInt(bitLength(a)) * b > BigInt(MAX_INT_SIZE)) return NO;
      return a ** b;
    case "LShift":
      if (b < 0n) return NO;
      if (a !== 0n && b !== 0n && (b > BigInt(MAX_INT_SIZE) || BigInt(bitLength(a)) > BigInt(MAX_INT_SIZE) - b)) return NO;
      return a << b;
    case "RShift":
      if (b < 0n) return NO;
      if (b > 100000n) return a < 0n ? -1n : 0n;
      return a >> b;
    case "BitOr": return bothBool ? (a | b) !== 0n : a | b;
    case "BitXor": return bothBool ? (a ^ b) !== 0n : a ^ b;
    case "BitAnd": return bothBool ? (a & b) !== 0n : a & b;
    case "MatMult": return NO;
    default: {
      const never: never = op;
      return never;
    }
  }
}

/** float op float with Python semantics (float_floor_div / float_rem); ** is left to run time. */
function floatBinary(op: A.operator, a0: Const, b0: Const): Val {
  const a = toFloat(a0);
  const b = toFloat(b0);
  if (a === NO || b === NO) return NO;
  switch (op) {
    case "Add": return new FloatConst(a + b);
    case "Sub": return new FloatConst(a - b);
    case "Mult": return new FloatConst(a * b);
    case "Div": return b === 0 ? NO : new FloatConst(a / b);
    case "FloorDiv": return b === 0 ? NO : new FloatConst(floatDivmod(a, b)[0]);
    case "Mod": return b === 0 ? NO : new FloatConst(floatDivmod(a, b)[1]);
    default: return NO;
  }
}

/** Python's divmod on floats: the remainder has the divisor's sign; the quotient is floored. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx; // C fmod
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = (vx / wx < 0 || Object.is(vx / wx, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

// --- %-formatting ---------------------------------------------------------------------------

/**
 * `optimize_format` (3.11): `'...%s...%r...' % (a, b)` becomes an f-string when every
 * conversion is %s, %r or %a (with at most a width and precision below 100 and no flags but
 * '-') and the counts match. Returns null to leave the expression alone.
 */
function optimizeFormat(e: A.BinOp, fmt: string, elts: A.expr[]): A.expr | null {
  const values: A.expr[] = [];
  let pos = 0;
  let cnt = 0;
  const chars = Array.from(fmt);
  const size = chars.length;
  for (;;) {
    // A literal run ('%%' is a literal '%').
    const start = pos;
    let lit = "";
    while (pos < size) {
      if (chars[pos] !== "%") lit += chars[pos++];
      else if (pos + 1 < size && chars[pos + 1] === "%") {
        lit += "%";
        pos += 2;
      } else break;
    }
    if (pos > start) values.push(noPosConstant(lit));
    if (pos >= size) break;
    if (cnt >= elts.length) return null; // more format units than items
    pos++; // the '%'
    const r = formatUnit(chars, pos);
    if (r === null) return null;
    pos = r.pos;
    const arg = elts[cnt++];
    values.push({
      _type: "FormattedValue", value: arg, conversion: r.spec.charCodeAt(0),
      format_spec: r.formatSpec === null ? null : noPosConstant(r.formatSpec),
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    });
  }
  if (cnt < elts.length) return null; // more items than format units
  return { _type: "JoinedStr", values, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}

/** `simple_format_arg_parse` + `parse_format`: flags, width and precision (< 3 digits), spec. */
function formatUnit(chars: string[], pos: number): { pos: number; spec: string; formatSpec: string | null } | null {
  const MAXDIGITS = 3;
  let ljust = false;
  let width = -1;
  let prec = -1;
  const next = (): string | null => (pos < chars.length ? chars[pos++] : null);
  let ch = next();
  for (;;) {
    if (ch === null) return null;
    if (ch === "-") ljust = true;
    else if (ch !== "+" && ch !== " " && ch !== "#" && ch !== "0") break;
    ch = next();
  }
  const isDigit = (x: string | null): x is string => x !== null && x >= "0" && x <= "9";
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + Number(ch);
      ch = next();
      if (ch === null) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === ".") {
    ch = next();
    if (ch === null) return null;
    prec = 0;
    let digits = 0;
    while (isDigit(ch)) {
      prec = prec * 10 + Number(ch);
      ch = next();
      if (ch === null) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch !== "s" && ch !== "r" && ch !== "a") return null;
  let spec = "";
  if (!ljust && width > 0) spec += ">";
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += "." + String(prec);
  return { pos, spec: ch, formatSpec: spec === "" ? null : spec };
}

/** A constant with no source position (as the parts optimize_format makes). */
function noPosConstant(value: string): A.Constant {
  return { _type: "Constant", value, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
}

// --- Subscripts -----------------------------------------------------------------------------

function foldSubscript(e: A.Subscript): A.expr {
  if (e.ctx !== "Load" || e.value._type !== "Constant" || e.slice._type !== "Constant") return e;
  const v = e.value.value as Const;
  const idx = e.slice.value as Const;
  if (!isInt(idx)) return e;
  let i = toBig(idx);
  let items: readonly Const[] | null = null;
  if (typeof v === "string") items = Array.from(v);
  else if (v instanceof BytesConst) items = Array.from(v.value, (x) => BigInt(x));
  else if (v instanceof ConstTuple) items = v.items;
  if (items === null) return e;
  const n = BigInt(items.length);
  if (i < 0n) i += n;
  if (i < 0n || i >= n) return e; // IndexError at run time
  return constant(e, items[Number(i)]);
}
