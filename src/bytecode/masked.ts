// Masked integer arithmetic: `(a * b + c) & m` with constants c and m, the step of the linear
// congruential generators that benchmarks and simulations write in pure Python
// (`seed = (seed * 1103515245 + 12345) & 0x7fffffff`).
//
// The product usually leaves the safe-integer range, so the instructions one by one go through
// big ints (an allocation and a conversion at each of the three operators). But a mask m in
// [0, 2**32) keeps only the low 32 bits of the sum, and those depend only on the low 32 bits of
// a, b and c (also for negative values: Python's `&` works on the two's complement). When a and b
// are ints, the whole expression is `((Math.imul(a, b) + c32) & m) >>> 0`, exactly. The baseline
// tier and the JIT's recorder use this for the instructions at once; anything else (a float, a
// big int, an object with __mul__) runs the instructions as they are.

import type { CodeObject } from "./code";
import { BinOp, Op } from "./opcodes";

/** The parts of a masked multiply-add found at a BINARY_OP `*`. */
export interface MaskedMul {
  /** How many instructions it covers, the `*` included. */
  readonly length: number;
  /** The addend's low 32 bits, as a signed int (negated for `-`; 0 without one). */
  readonly addend: number;
  /** The mask, in [0, 2**32); -1 when it is a global's value (to be checked when it runs). */
  readonly mask: number;
  /** The global that is the mask (`& MASK32`): its index in co_names, or -1 for a constant. */
  readonly maskGlobal: number;
  /** The instruction that loads the mask. */
  readonly maskAt: number;
}

/** The int value of constant `i` of `code` when it is one (a bool is not), else null. */
function intConst(code: CodeObject, i: number): bigint | null {
  const c = code.consts[i];
  return typeof c === "bigint" ? c : null;
}

/**
 * The masked multiply-add whose `*` is instruction k (a BINARY_OP): `* LOAD_CONST c; + or -;
 * LOAD m; &` or `* LOAD m; &`, where LOAD m is a constant in [0, 2**32) or a global (its value
 * is checked where the expression runs); null for anything else. (The instructions after k run
 * in a row; a jump into them from elsewhere does not matter to this path.)
 */
export function maskedMulAt(code: CodeObject, k: number): MaskedMul | null {
  const w = code.code;
  const at = (j: number, op: Op): number => (j < w.length && (w[j] & 0xff) === op ? w[j] >>> 8 : -1);
  if (at(k, Op.BINARY_OP) !== BinOp.MULTIPLY) return null;
  let c = 0n;
  let j = k + 1;
  const first = at(j, Op.LOAD_CONST);
  if (first >= 0) {
    const add = at(j + 1, Op.BINARY_OP);
    if (add === BinOp.ADD || add === BinOp.SUBTRACT) {
      const v = intConst(code, first);
      if (v === null) return null;
      c = add === BinOp.ADD ? v : -v;
      j += 2;
    }
  }
  if (at(j + 1, Op.BINARY_OP) !== BinOp.AND) return null;
  const addend = Number(BigInt.asIntN(32, c));
  const g = at(j, Op.LOAD_GLOBAL);
  // (Not with the NULL a call's LOAD_GLOBAL pushes first.)
  if (g >= 0 && (g & 1) === 0) return { length: j + 2 - k, addend, mask: -1, maskGlobal: g >> 1, maskAt: j };
  const mi = at(j, Op.LOAD_CONST);
  if (mi < 0) return null;
  const m = intConst(code, mi);
  if (m === null || m < 0n || m >= 1n << 32n) return null;
  return { length: j + 2 - k, addend, mask: Number(m), maskGlobal: -1, maskAt: j };
}

/** ((a * b + addend) mod 2**32) & mask, for two safe ints a and b. */
export function maskedMul(a: number, b: number, addend: number, mask: number): number {
  return ((Math.imul(a, b) + addend) & mask) >>> 0;
}
