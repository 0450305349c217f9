// Constant folding and algebraic simplification (LuaJIT's lj_opt_fold.c in spirit, as rules
// keyed on the op): an op whose operands are constants becomes a constant when the result is
// exact; identities (x + 0, x * 1, not not x) fold to an operand; boxing round trips
// (unbox_int(box_int x), unbox_float(box_float x)) fold to x; a guard on a constant that holds
// is dropped. A guard that is known to fail is kept (the trace then always exits there).

import { Const, Kind, Op, Opc, Trace, Value } from "../ir";
import { rewrite } from "./util";
import { HELPERS } from "../helpers";

const MAX = Number.MAX_SAFE_INTEGER;

function c(v: Value): number | boolean | undefined {
  return v instanceof Const && (v.kind === Kind.Int || v.kind === Kind.Float || v.kind === Kind.Bool)
    ? v.value as number | boolean : undefined;
}

function isConst(v: Value, n: number): boolean {
  return v instanceof Const && v.kind === Kind.Int && v.value === n;
}

function safe(n: number): Value | undefined {
  return Number.isSafeInteger(n) ? new Const(Kind.Int, n + 0) : undefined;
}

/** Whether `v` is an object the trace allocates (a new one each time). */
function fresh(v: Value): boolean {
  return v instanceof Op && (v.opc === Opc.new_instance || v.opc === Opc.new_tuple && v.args.length > 0 || v.opc === Opc.box_float ||
    v.opc === Opc.new_complex);
}

/** The folded value of `o`, or undefined to keep it; null to drop it (guards that hold). */
export function foldOp(o: Op): Value | null | undefined {
  const [x, y] = o.args;
  const a = x === undefined ? undefined : c(x);
  const b = y === undefined ? undefined : c(y);
  const two = a !== undefined && b !== undefined;
  switch (o.opc) {
    case Opc.int_add_ovf:
    case Opc.int_add:
      if (two) return safe((a as number) + (b as number));
      if (isConst(y, 0)) return x;
      if (isConst(x, 0)) return y;
      return undefined;
    case Opc.int_sub_ovf:
    case Opc.int_sub:
      if (two) return safe((a as number) - (b as number));
      if (isConst(y, 0)) return x;
      return undefined;
    case Opc.int_mul_ovf:
    case Opc.int_mul:
      if (two) return safe((a as number) * (b as number));
      if (isConst(y, 1)) return x;
      if (isConst(x, 1)) return y;
      return undefined;
    case Opc.int_floordiv:
      if (two && b !== 0) return safe(HELPERS.intFloorDiv(a as number, b as number));
      if (isConst(y, 1)) return x;
      return undefined;
    case Opc.int_mod:
      if (two && b !== 0) return safe(HELPERS.intMod(a as number, b as number));
      return undefined;
    case Opc.int_neg:
      return a !== undefined ? safe(0 - (a as number)) : undefined;
    case Opc.int_lt: case Opc.float_lt: return two ? new Const(Kind.Bool, (a as number) < (b as number)) : undefined;
    case Opc.int_le: case Opc.float_le: return two ? new Const(Kind.Bool, (a as number) <= (b as number)) : undefined;
    case Opc.int_eq: case Opc.float_eq: return two ? new Const(Kind.Bool, a === b) : undefined;
    case Opc.int_ne: case Opc.float_ne: return two ? new Const(Kind.Bool, a !== b) : undefined;
    case Opc.int_gt: case Opc.float_gt: return two ? new Const(Kind.Bool, (a as number) > (b as number)) : undefined;
    case Opc.int_ge: case Opc.float_ge: return two ? new Const(Kind.Bool, (a as number) >= (b as number)) : undefined;
    case Opc.int_is_true:
    case Opc.float_is_true:
      return a !== undefined ? new Const(Kind.Bool, a !== 0) : undefined;
    case Opc.int_to_float:
      return a !== undefined && Math.abs(a as number) <= MAX ? new Const(Kind.Float, a) : undefined;
    case Opc.float_add: return two ? new Const(Kind.Float, (a as number) + (b as number)) : undefined;
    case Opc.float_sub: return two ? new Const(Kind.Float, (a as number) - (b as number)) : undefined;
    case Opc.float_mul: return two ? new Const(Kind.Float, (a as number) * (b as number)) : undefined;
    case Opc.float_neg: return a !== undefined ? new Const(Kind.Float, -(a as number)) : undefined;
    case Opc.float_truediv: return two && b !== 0 ? new Const(Kind.Float, (a as number) / (b as number)) : undefined;
    case Opc.bool_not:
      if (a !== undefined) return new Const(Kind.Bool, !a);
      if (x instanceof Op && x.opc === Opc.bool_not) return x.args[0];
      return undefined;
    case Opc.box_int:
      return a !== undefined ? new Const(Kind.Ref, a) : undefined;
    case Opc.unbox_int:
      if (x instanceof Op && x.opc === Opc.box_int) return x.args[0];
      if (x instanceof Const && typeof x.value === "number") return new Const(Kind.Int, x.value);
      return undefined;
    case Opc.complex_real:
      return x instanceof Op && x.opc === Opc.new_complex ? x.args[0] : undefined;
    case Opc.complex_imag:
      return x instanceof Op && x.opc === Opc.new_complex ? x.args[1] : undefined;
    case Opc.unbox_float:
      if (x instanceof Op && x.opc === Opc.box_float) return x.args[0];
      return undefined;
    case Opc.guard_true: return a === true ? null : undefined;
    case Opc.guard_false: return a === false ? null : undefined;
    case Opc.guard_nonzero:
    case Opc.guard_nonzero_f:
      return a !== undefined && a !== 0 ? null : undefined;
    case Opc.ref_is:
      if (x instanceof Const && y instanceof Const) return new Const(Kind.Bool, x.value === y.value);
      if (x === y) return new Const(Kind.Bool, true);
      // An object the trace makes is no constant.
      if (fresh(x) && y instanceof Const || fresh(y) && x instanceof Const) return new Const(Kind.Bool, false);
      return undefined;
    default:
      return undefined;
  }
}

export function fold(trace: Trace): void {
  rewrite(trace, (o) => {
    const r = foldOp(o);
    return r === undefined ? o : r;
  });
}
