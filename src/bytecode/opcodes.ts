// The opcode table: the one description of Typhon's bytecode.
//
// The instruction set is CPython 3.11's (same names and meanings, so a reader who knows
// CPython's `dis` output feels at home), minus what only a C interpreter needs: no CACHE
// entries, no PRECALL, no EXTENDED_ARG, no specialized variants (the JIT specializes).
//
// Encoding: one 32-bit word per instruction in an Int32Array, `op | arg << 8`; the argument is
// an unsigned 24-bit number. Jump arguments are absolute instruction indexes.
//
// Each opcode's entry gives its argument kind and its stack effect as (pops, pushes), either
// fixed or computed from the argument. The disassembler, the assembler's stack-depth pass and
// the JIT recorder's coverage check all read this table; the `Op` enum names the rows, and a
// unit test checks that the two agree.

export const enum Op {
  NOP, POP_TOP, PUSH_NULL, COPY, SWAP,
  LOAD_CONST, LOAD_FAST, STORE_FAST, DELETE_FAST,
  LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, MAKE_CELL, COPY_FREE_VARS,
  LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
  LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
  BINARY_OP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
  COMPARE_OP, IS_OP, CONTAINS_OP,
  BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BUILD_SLICE,
  BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING,
  LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
  UNPACK_SEQUENCE, UNPACK_EX, FORMAT_VALUE,
  GET_ITER, FOR_ITER, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR,
  BEFORE_WITH, BEFORE_ASYNC_WITH, WITH_EXCEPT_START,
  JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
  RETURN_VALUE, YIELD_VALUE, SEND, RETURN_GENERATOR, RESUME, ASYNC_GEN_WRAP,
  KW_NAMES, CALL, CALL_FUNCTION_EX, MAKE_FUNCTION,
  IMPORT_NAME, IMPORT_FROM, IMPORT_STAR,
  RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, CHECK_EG_MATCH,
  PREP_RERAISE_STAR, LOAD_ASSERTION_ERROR,
  LOAD_BUILD_CLASS, SETUP_ANNOTATIONS, PRINT_EXPR,
  MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN,
  JUMP_BACKWARD_NO_INTERRUPT,
}

/** What an instruction's argument means. */
export const enum ArgKind {
  None,
  /** index into co_consts */
  Const,
  /** index into co_names */
  Name,
  /** index into the fast locals (varnames, then cells, then free variables) */
  Local,
  /** absolute instruction index */
  Jump,
  /** a count or small number */
  Count,
  /** an operator number (BINARY_OP: NB_*, COMPARE_OP: CMP_*) */
  Operator,
  /** bit flags */
  Flags,
}

export const enum OpFlag {
  None = 0,
  /** may transfer control to its argument */
  Jump = 1,
  /** never falls through to the next instruction */
  NoFallthrough = 2,
  /** a backward jump: the loop-header counter lives here (DESIGN.md section 5) */
  LoopBack = 4,
}

/** Stack effect: [pops, pushes], or a function of the argument returning them. */
export type StackEffect = readonly [number, number] | ((arg: number) => readonly [number, number]);

export interface OpInfo {
  readonly op: Op;
  readonly name: string;
  readonly arg: ArgKind;
  /** Effect when the instruction falls through (for jumps: when the jump is not taken). */
  readonly effect: StackEffect;
  /** Effect on the jump path, for conditional jumps that differ (FOR_ITER, JUMP_IF_X_OR_POP, SEND). */
  readonly jumpEffect?: StackEffect;
  readonly flags: number;
}

const N = ArgKind.None;
const J = OpFlag.Jump;
const X = OpFlag.NoFallthrough;

function def(op: Op, name: string, arg: ArgKind, effect: StackEffect, flags = 0, jumpEffect?: StackEffect): OpInfo {
  return { op, name, arg, effect, flags, jumpEffect };
}

// Stack notation in comments: inputs -- outputs (top of stack last), as in CPython's bytecodes.c.
export const OPCODES: readonly OpInfo[] = [
  def(Op.NOP, "NOP", N, [0, 0]),
  def(Op.POP_TOP, "POP_TOP", N, [1, 0]),                           // v --
  def(Op.PUSH_NULL, "PUSH_NULL", N, [0, 1]),                       // -- NULL
  def(Op.COPY, "COPY", ArgKind.Count, (n) => [n, n + 1]),          // ... v(n) -- ... v(n) v(n)
  def(Op.SWAP, "SWAP", ArgKind.Count, (n) => [n, n]),              // swaps top and the n-th item
  def(Op.LOAD_CONST, "LOAD_CONST", ArgKind.Const, [0, 1]),
  def(Op.LOAD_FAST, "LOAD_FAST", ArgKind.Local, [0, 1]),            // UnboundLocalError if unset
  def(Op.STORE_FAST, "STORE_FAST", ArgKind.Local, [1, 0]),
  def(Op.DELETE_FAST, "DELETE_FAST", ArgKind.Local, [0, 0]),
  def(Op.LOAD_DEREF, "LOAD_DEREF", ArgKind.Local, [0, 1]),
  def(Op.STORE_DEREF, "STORE_DEREF", ArgKind.Local, [1, 0]),
  def(Op.DELETE_DEREF, "DELETE_DEREF", ArgKind.Local, [0, 0]),
  def(Op.LOAD_CLASSDEREF, "LOAD_CLASSDEREF", ArgKind.Local, [0, 1]), // class body: locals, then the cell
  def(Op.LOAD_CLOSURE, "LOAD_CLOSURE", ArgKind.Local, [0, 1]),       // the cell itself
  def(Op.MAKE_CELL, "MAKE_CELL", ArgKind.Local, [0, 0]),
  def(Op.COPY_FREE_VARS, "COPY_FREE_VARS", ArgKind.Count, [0, 0]),
  def(Op.LOAD_NAME, "LOAD_NAME", ArgKind.Name, [0, 1]),
  def(Op.STORE_NAME, "STORE_NAME", ArgKind.Name, [1, 0]),
  def(Op.DELETE_NAME, "DELETE_NAME", ArgKind.Name, [0, 0]),
  // arg = name << 1 | pushNull, as in 3.11
  def(Op.LOAD_GLOBAL, "LOAD_GLOBAL", ArgKind.Name, (a) => [0, (a & 1) + 1]),
  def(Op.STORE_GLOBAL, "STORE_GLOBAL", ArgKind.Name, [1, 0]),
  def(Op.DELETE_GLOBAL, "DELETE_GLOBAL", ArgKind.Name, [0, 0]),
  def(Op.LOAD_ATTR, "LOAD_ATTR", ArgKind.Name, [1, 1]),             // obj -- obj.name
  def(Op.STORE_ATTR, "STORE_ATTR", ArgKind.Name, [2, 0]),           // v obj --
  def(Op.DELETE_ATTR, "DELETE_ATTR", ArgKind.Name, [1, 0]),
  def(Op.LOAD_METHOD, "LOAD_METHOD", ArgKind.Name, [1, 2]),         // obj -- meth self | NULL attr
  def(Op.BINARY_OP, "BINARY_OP", ArgKind.Operator, [2, 1]),         // a b -- a op b
  def(Op.UNARY_POSITIVE, "UNARY_POSITIVE", N, [1, 1]),
  def(Op.UNARY_NEGATIVE, "UNARY_NEGATIVE", N, [1, 1]),
  def(Op.UNARY_NOT, "UNARY_NOT", N, [1, 1]),
  def(Op.UNARY_INVERT, "UNARY_INVERT", N, [1, 1]),
  def(Op.COMPARE_OP, "COMPARE_OP", ArgKind.Operator, [2, 1]),
  def(Op.IS_OP, "IS_OP", ArgKind.Flags, [2, 1]),                    // arg 1: is not
  def(Op.CONTAINS_OP, "CONTAINS_OP", ArgKind.Flags, [2, 1]),        // arg 1: not in
  def(Op.BINARY_SUBSCR, "BINARY_SUBSCR", N, [2, 1]),                // container key -- item
  def(Op.STORE_SUBSCR, "STORE_SUBSCR", N, [3, 0]),                  // v container key --
  def(Op.DELETE_SUBSCR, "DELETE_SUBSCR", N, [2, 0]),
  def(Op.BUILD_SLICE, "BUILD_SLICE", ArgKind.Count, (n) => [n, 1]), // 2 or 3
  def(Op.BUILD_TUPLE, "BUILD_TUPLE", ArgKind.Count, (n) => [n, 1]),
  def(Op.BUILD_LIST, "BUILD_LIST", ArgKind.Count, (n) => [n, 1]),
  def(Op.BUILD_SET, "BUILD_SET", ArgKind.Count, (n) => [n, 1]),
  def(Op.BUILD_MAP, "BUILD_MAP", ArgKind.Count, (n) => [2 * n, 1]),
  def(Op.BUILD_CONST_KEY_MAP, "BUILD_CONST_KEY_MAP", ArgKind.Count, (n) => [n + 1, 1]), // values... keys_tuple
  def(Op.BUILD_STRING, "BUILD_STRING", ArgKind.Count, (n) => [n, 1]),
  // The container is the arg-th item below the popped value(s).
  def(Op.LIST_APPEND, "LIST_APPEND", ArgKind.Count, [1, 0]),
  def(Op.SET_ADD, "SET_ADD", ArgKind.Count, [1, 0]),
  def(Op.MAP_ADD, "MAP_ADD", ArgKind.Count, [2, 0]),
  def(Op.LIST_EXTEND, "LIST_EXTEND", ArgKind.Count, [1, 0]),
  def(Op.SET_UPDATE, "SET_UPDATE", ArgKind.Count, [1, 0]),
  def(Op.DICT_UPDATE, "DICT_UPDATE", ArgKind.Count, [1, 0]),
  def(Op.DICT_MERGE, "DICT_MERGE", ArgKind.Count, [1, 0]),          // for f(**a, **b): duplicate keys are errors
  def(Op.LIST_TO_TUPLE, "LIST_TO_TUPLE", N, [1, 1]),
  def(Op.UNPACK_SEQUENCE, "UNPACK_SEQUENCE", ArgKind.Count, (n) => [1, n]),
  def(Op.UNPACK_EX, "UNPACK_EX", ArgKind.Count, (a) => [1, (a & 0xff) + (a >> 8) + 1]), // before | after << 8
  def(Op.FORMAT_VALUE, "FORMAT_VALUE", ArgKind.Flags, (f) => [(f & 4) ? 2 : 1, 1]),    // conversion | 4 if spec
  def(Op.GET_ITER, "GET_ITER", N, [1, 1]),
  // iter -- iter next ; on exhaustion pops iter and jumps
  def(Op.FOR_ITER, "FOR_ITER", ArgKind.Jump, [1, 2], J, [1, 0]),
  def(Op.GET_YIELD_FROM_ITER, "GET_YIELD_FROM_ITER", N, [1, 1]),
  def(Op.GET_AWAITABLE, "GET_AWAITABLE", ArgKind.Flags, [1, 1]),
  def(Op.GET_AITER, "GET_AITER", N, [1, 1]),
  def(Op.GET_ANEXT, "GET_ANEXT", N, [1, 2]),
  def(Op.END_ASYNC_FOR, "END_ASYNC_FOR", N, [2, 0]),
  def(Op.BEFORE_WITH, "BEFORE_WITH", N, [1, 2]),                    // mgr -- exit enter_result
  def(Op.BEFORE_ASYNC_WITH, "BEFORE_ASYNC_WITH", N, [1, 2]),
  def(Op.WITH_EXCEPT_START, "WITH_EXCEPT_START", N, [4, 5]),        // exit lasti prev exc -- ... res
  def(Op.JUMP_FORWARD, "JUMP_FORWARD", ArgKind.Jump, [0, 0], J | X),
  def(Op.JUMP_BACKWARD, "JUMP_BACKWARD", ArgKind.Jump, [0, 0], J | X | OpFlag.LoopBack),
  def(Op.POP_JUMP_IF_FALSE, "POP_JUMP_IF_FALSE", ArgKind.Jump, [1, 0], J),
  def(Op.POP_JUMP_IF_TRUE, "POP_JUMP_IF_TRUE", ArgKind.Jump, [1, 0], J),
  def(Op.POP_JUMP_IF_NONE, "POP_JUMP_IF_NONE", ArgKind.Jump, [1, 0], J),
  def(Op.POP_JUMP_IF_NOT_NONE, "POP_JUMP_IF_NOT_NONE", ArgKind.Jump, [1, 0], J),
  def(Op.JUMP_IF_FALSE_OR_POP, "JUMP_IF_FALSE_OR_POP", ArgKind.Jump, [1, 0], J, [1, 1]),
  def(Op.JUMP_IF_TRUE_OR_POP, "JUMP_IF_TRUE_OR_POP", ArgKind.Jump, [1, 0], J, [1, 1]),
  def(Op.RETURN_VALUE, "RETURN_VALUE", N, [1, 0], X),
  def(Op.YIELD_VALUE, "YIELD_VALUE", N, [1, 1]),                    // v -- sent
  // receiver v -- receiver result ; when the subiterator returns: jump with its value
  def(Op.SEND, "SEND", ArgKind.Jump, [2, 2], J, [2, 1]),
  def(Op.RETURN_GENERATOR, "RETURN_GENERATOR", N, [0, 1]),
  def(Op.RESUME, "RESUME", ArgKind.Flags, [0, 0]),
  def(Op.ASYNC_GEN_WRAP, "ASYNC_GEN_WRAP", N, [1, 1]),
  def(Op.KW_NAMES, "KW_NAMES", ArgKind.Const, [0, 0]),              // names for the next CALL
  // NULL|meth callable|self args... -- result
  def(Op.CALL, "CALL", ArgKind.Count, (n) => [n + 2, 1]),
  // NULL func args_tuple [kwargs_dict] -- result
  def(Op.CALL_FUNCTION_EX, "CALL_FUNCTION_EX", ArgKind.Flags, (f) => [(f & 1) + 3, 1]),
  // [defaults] [kwdefaults] [annotations] [closure] code -- function
  def(Op.MAKE_FUNCTION, "MAKE_FUNCTION", ArgKind.Flags, (f) => [1 + popcount4(f), 1]),
  def(Op.IMPORT_NAME, "IMPORT_NAME", ArgKind.Name, [2, 1]),         // level fromlist -- module
  def(Op.IMPORT_FROM, "IMPORT_FROM", ArgKind.Name, [1, 2]),         // module -- module attr
  def(Op.IMPORT_STAR, "IMPORT_STAR", N, [1, 0]),
  def(Op.RAISE_VARARGS, "RAISE_VARARGS", ArgKind.Count, (n) => [n, 0], X),
  def(Op.RERAISE, "RERAISE", ArgKind.Flags, [1, 0], X),
  def(Op.PUSH_EXC_INFO, "PUSH_EXC_INFO", N, [1, 2]),                // exc -- prev_exc exc
  def(Op.POP_EXCEPT, "POP_EXCEPT", N, [1, 0]),
  def(Op.CHECK_EXC_MATCH, "CHECK_EXC_MATCH", N, [2, 2]),            // exc type -- exc bool
  def(Op.CHECK_EG_MATCH, "CHECK_EG_MATCH", N, [2, 2]),              // eg type -- rest match
  def(Op.PREP_RERAISE_STAR, "PREP_RERAISE_STAR", N, [2, 1]),
  def(Op.LOAD_ASSERTION_ERROR, "LOAD_ASSERTION_ERROR", N, [0, 1]),
  def(Op.LOAD_BUILD_CLASS, "LOAD_BUILD_CLASS", N, [0, 1]),
  def(Op.SETUP_ANNOTATIONS, "SETUP_ANNOTATIONS", N, [0, 0]),
  def(Op.PRINT_EXPR, "PRINT_EXPR", N, [1, 0]),
  def(Op.MATCH_CLASS, "MATCH_CLASS", ArgKind.Count, [3, 1]),        // subject cls kwnames -- attrs|None
  def(Op.MATCH_MAPPING, "MATCH_MAPPING", N, [1, 2]),
  def(Op.MATCH_SEQUENCE, "MATCH_SEQUENCE", N, [1, 2]),
  def(Op.MATCH_KEYS, "MATCH_KEYS", N, [2, 3]),                      // subject keys -- subject keys values|None
  def(Op.GET_LEN, "GET_LEN", N, [1, 2]),
  // The back edge of the SEND/YIELD_VALUE loop of `yield from`/`await` (as 3.11): no loop
  // counter and no eval-breaker check, since it is not a loop the program wrote.
  def(Op.JUMP_BACKWARD_NO_INTERRUPT, "JUMP_BACKWARD_NO_INTERRUPT", ArgKind.Jump, [0, 0], J | X),
];

function popcount4(f: number): number {
  return (f & 1) + ((f >> 1) & 1) + ((f >> 2) & 1) + ((f >> 3) & 1);
}

/** BINARY_OP arguments (CPython's NB_* numbering: in-place variants are +13). */
export const enum BinOp {
  ADD, AND, FLOOR_DIVIDE, LSHIFT, MATRIX_MULTIPLY, MULTIPLY, REMAINDER, OR, POWER, RSHIFT,
  SUBTRACT, TRUE_DIVIDE, XOR,
  INPLACE_ADD, INPLACE_AND, INPLACE_FLOOR_DIVIDE, INPLACE_LSHIFT, INPLACE_MATRIX_MULTIPLY,
  INPLACE_MULTIPLY, INPLACE_REMAINDER, INPLACE_OR, INPLACE_POWER, INPLACE_RSHIFT,
  INPLACE_SUBTRACT, INPLACE_TRUE_DIVIDE, INPLACE_XOR,
}

export const BINOP_SYMBOLS: readonly string[] = [
  "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
  "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/** COMPARE_OP arguments (CPython's Py_LT ... Py_GE). */
export const enum CmpOp { LT, LE, EQ, NE, GT, GE }

export const CMPOP_SYMBOLS: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];

/** The (pops, pushes) of `op` with argument `arg` on its fall-through path. */
export function stackEffect(op: Op, arg: number, jump = false): readonly [number, number] {
  const info = OPCODES[op];
  const e = jump && info.jumpEffect !== undefined ? info.jumpEffect : info.effect;
  return typeof e === "function" ? e(arg) : e;
}

export function encode(op: Op, arg = 0): number {
  return op | (arg << 8);
}

export function opOf(word: number): Op {
  return word & 0xff;
}

export function argOf(word: number): number {
  return word >>> 8;
}

/**
 * The loop header a bytecode word at index `i` jumps back to, or -1: JUMP_BACKWARD, and the
 * conditional jumps when their target is behind them (3.11's POP_JUMP_BACKWARD_IF_*).
 */
export function backJumpTarget(w: number, i: number): number {
  const op = w & 0xff, target = w >>> 8;
  switch (op) {
    case Op.JUMP_BACKWARD:
      return target;
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
      return target <= i ? target : -1;
    default:
      return -1;
  }
}

/**
 * The innermost loop around the loop whose header is `h` (and last instruction `end`): [its
 * header, its last instruction], or null.
 */
export function enclosingLoop(words: ArrayLike<number>, h: number, end: number): [number, number] | null {
  let best = -1;
  for (let i = end + 1; i < words.length; i++) {
    const t = backJumpTarget(words[i], i);
    if (t >= 0 && t < h && t > best) best = t;
  }
  return best < 0 ? null : [best, loopEnd(words, best)];
}

/** The last instruction of the loop whose header is `h`: its last backward jump to `h`. */
export function loopEnd(words: ArrayLike<number>, h: number): number {
  let end = h;
  for (let i = h; i < words.length; i++) if (backJumpTarget(words[i], i) === h) end = i;
  return end;
}
