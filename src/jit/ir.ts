// The trace IR (DESIGN.md section 7): a linear SSA list of operations, every operation
// described by one row of OPS below (its operand kinds, result kind and properties). The
// printer, the parser, the verifier, the optimizer passes and the backend all read that table.
//
// A loop trace has this shape (as PyPy's):
//
//     <preamble: loads of the loop's inputs from the frame, with the guards on their kinds>
//     label(v1, v2, ...)      the loop header; its operands are the loop-carried values
//     <body>
//     jump(w1, w2, ...)       back to the label: w_k becomes the new value of v_k
//
// Values have one of four kinds: `i` an int that fits a JS safe integer (the same JS number the
// interpreter uses for a Python int), `f` an unboxed float (a JS double), `b` a JS boolean, `r`
// any Python value (boxed). Guards carry a snapshot (snapshot.ts): the interpreter state to
// rebuild when the guard fails. An operation that may run arbitrary Python code (a residual
// call) carries one too: if it raises, that state is rebuilt before the exception propagates.

import type { Snapshot } from "./snapshot";

export const enum Kind {
  Int,
  Float,
  Bool,
  Ref,
  Void,
}

export const KIND_LETTER = ["i", "f", "b", "r", "v"] as const;

/** Properties of an operation. */
export const enum F {
  None = 0,
  /** No side effect, result depends only on operands: may be folded, deduplicated, removed. */
  Pure = 1,
  /** May exit the trace (has a snapshot). */
  Guard = 2,
  /** Allocates an object. */
  Alloc = 4,
  /** Reads mutable memory. */
  Read = 8,
  /** Writes memory. */
  Write = 16,
  /** Calls out: may run any Python code and raise (has a snapshot). */
  Call = 32,
  /** label / jump. */
  Control = 64,
}

/** What the `aux` field of an operation holds. */
export const enum Aux {
  None,
  /** a small integer (a frame slot, an operator number) */
  Int,
  /** a name (field, helper, attribute) */
  Name,
  /** a Python object (printed as $name, resolved through the constant table when parsing) */
  Object,
  /** a structured record printed as JSON (attribute and global caches) */
  Json,
}

export interface OpInfo {
  readonly name: string;
  /** Operand kinds; "var" = any number of operands of any kind. */
  readonly args: readonly Kind[] | "var";
  readonly result: Kind;
  readonly flags: number;
  readonly aux: Aux;
}

const I = Kind.Int, Fl = Kind.Float, B = Kind.Bool, R = Kind.Ref, V = Kind.Void;

function op(name: string, args: readonly Kind[] | "var", result: Kind, flags: number, aux: Aux = Aux.None): OpInfo {
  return { name, args, result, flags, aux };
}

/** The IR operations. Keep `Opc` below in the same order. */
export const OPS: readonly OpInfo[] = [
  // ---- frame access and control ----------------------------------------------------------
  op("getlocal", [], R, F.Read, Aux.Int),                 // frame.fast[aux] at trace entry
  op("getstack", [], R, F.Read, Aux.Int),                 // frame.stack[aux] at trace entry
  op("label", "var", V, F.Control),
  op("jump", "var", V, F.Control),
  // ---- guards and checked conversions ----------------------------------------------------
  op("guard_true", [B], V, F.Guard),
  op("guard_false", [B], V, F.Guard),
  op("unbox_int", [R], I, F.Guard),                       // r is an int that fits: that number
  op("unbox_float", [R], Fl, F.Guard),                    // r is an exact float: its value
  op("guard_class", [R], V, F.Guard, Aux.Object),         // r is an object of exactly this type
  op("guard_value", [R], V, F.Guard, Aux.Object),         // r is this object
  op("guard_nonnull", [R], V, F.Guard),                   // r is neither JS null nor undefined
  op("guard_isnull", [R], V, F.Guard),                    // r is JS null or undefined
  op("guard_jsclass", [R], V, F.Guard, Aux.Name),         // r is an instance of the JS class H[aux]
  op("guard_nodictattr", [R], V, F.Guard | F.Read, Aux.Name), // r has no instance-dict entry named aux
  op("guard_version", [], V, F.Guard | F.Read, Aux.Json), // {type, version}: the type is unchanged
  op("guard_nonzero", [I], V, F.Guard),
  op("guard_nonzero_f", [Fl], V, F.Guard),
  op("guard_no_interrupt", [], V, F.Guard | F.Read),      // Ctrl-C and the like have not arrived
  op("guard_not_forced", [], V, F.Guard | F.Read),        // no frame made for the last call out of inlined code escaped
  // ---- ints --------------------------------------------------------------------------------
  op("int_add_ovf", [I, I], I, F.Guard),                  // exits when the result leaves the safe range
  op("int_sub_ovf", [I, I], I, F.Guard),
  op("int_mul_ovf", [I, I], I, F.Guard),
  op("int_add", [I, I], I, F.Pure),                       // known not to overflow
  op("int_sub", [I, I], I, F.Pure),
  op("int_mul", [I, I], I, F.Pure),
  op("int_floordiv", [I, I], I, F.Pure),                  // Python's //; the divisor is known non-zero
  op("int_mod", [I, I], I, F.Pure),                       // Python's %; the divisor is known non-zero
  op("int_neg", [I], I, F.Pure),
  op("int_truediv", [I, I], Fl, F.Pure),                  // the divisor is known non-zero
  // Bitwise operators on safe ints (exact, as Python's): they exit only when the result is -2**53
  // (and/or/xor of two safe ints is in [-2**53, 2**53)); shifts: the count is known >= 0.
  op("int_and", [I, I], I, F.Guard),
  op("int_or", [I, I], I, F.Guard),
  op("int_xor", [I, I], I, F.Guard),
  op("int_rshift", [I, I], I, F.Pure),
  op("int_lshift_ovf", [I, I], I, F.Guard),                // exits when the result leaves the safe range
  op("int_lt", [I, I], B, F.Pure),
  op("int_le", [I, I], B, F.Pure),
  op("int_eq", [I, I], B, F.Pure),
  op("int_ne", [I, I], B, F.Pure),
  op("int_gt", [I, I], B, F.Pure),
  op("int_ge", [I, I], B, F.Pure),
  op("int_is_true", [I], B, F.Pure),
  op("int_to_float", [I], Fl, F.Pure),
  op("float_to_int_ovf", [Fl], I, F.Guard),               // int(x): truncated; exits for nan, inf and beyond the safe range
  // ---- floats ------------------------------------------------------------------------------
  op("float_add", [Fl, Fl], Fl, F.Pure),
  op("float_sub", [Fl, Fl], Fl, F.Pure),
  op("float_mul", [Fl, Fl], Fl, F.Pure),
  op("float_truediv", [Fl, Fl], Fl, F.Pure),              // the divisor is known non-zero
  op("float_neg", [Fl], Fl, F.Pure),
  op("float_lt", [Fl, Fl], B, F.Pure),
  op("float_le", [Fl, Fl], B, F.Pure),
  op("float_eq", [Fl, Fl], B, F.Pure),
  op("float_ne", [Fl, Fl], B, F.Pure),
  op("float_gt", [Fl, Fl], B, F.Pure),
  op("float_ge", [Fl, Fl], B, F.Pure),
  op("float_is_true", [Fl], B, F.Pure),
  // ---- booleans and boxing -----------------------------------------------------------------
  op("bool_not", [B], B, F.Pure),
  op("box_int", [I], R, F.Pure),                          // free: an int is the same JS number boxed
  op("box_float", [Fl], R, F.Pure | F.Alloc),
  op("box_bool", [B], R, F.Pure),                         // True / False
  op("ref_is", [R, R], B, F.Pure),
  // ---- heap ----------------------------------------------------------------------------------
  op("getfield_i", [R], I, F.Read, Aux.Name),             // obj[aux] holding an int
  op("getfield_r", [R], R, F.Read, Aux.Name),
  op("setfield_i", [R, I], V, F.Write, Aux.Name),
  op("setfield_r", [R, R], V, F.Write, Aux.Name),
  op("arraylen", [R], I, F.Read),                         // a JS array's length
  op("getarrayitem", [R, I], R, F.Read),                  // index known in bounds
  op("setarrayitem", [R, I, R], V, F.Write),              // index known in bounds
  op("getdictattr", [R], R, F.Guard | F.Read, Aux.Json),  // {name, pos}: obj's dict entry at pos is name
  op("setdictattr", [R, R], V, F.Guard | F.Write, Aux.Json),
  op("getglobal", [], R, F.Guard | F.Read, Aux.Json),     // {name, pos, builtin, gversion} (frame's dicts)
  op("setglobal", [R], V, F.Guard | F.Write, Aux.Json),   // {name, pos}: the globals' entry at pos is name
  op("guard_module_frame", [], V, F.Guard | F.Read),      // the frame's locals are its globals (module level)
  op("call_loop", [], I, F.Call, Aux.Object),             // writes the state back, runs the inner loop's trace
  op("guard_loop_exit", [I], V, F.Guard, Aux.Json),       // {pc, sp}: the inner loop left the frame there
  op("reload_local", [], R, F.Read, Aux.Int),             // frame.fast[aux] after an inner loop
  op("reload_stack", [], R, F.Read, Aux.Int),             // frame.stack[aux] after an inner loop
  op("undef_i", [], I, F.Pure),                           // a loop-carried value not set before the first iteration
  op("undef_f", [], Fl, F.Pure),
  op("undef_b", [], B, F.Pure),
  op("undef_r", [], R, F.Pure),
  op("new_tuple", "var", R, F.Alloc),
  // ---- calls out to the runtime --------------------------------------------------------------
  op("call_r", "var", R, F.Call, Aux.Name),               // helper named by aux (helpers.ts)
  op("call_b", "var", B, F.Call, Aux.Name),
  op("call_v", "var", V, F.Call, Aux.Name),
  op("call_pure_i", "var", I, F.Pure, Aux.Name),          // a pure helper on unboxed values
  op("call_pure_f", "var", Fl, F.Pure, Aux.Name),
  op("call_pure_r", "var", R, F.Pure, Aux.Name),           // null when the op does not apply (a guard follows)
  // x ** y on floats; exits when Python's result is not a float (complex) or it raises
  op("float_pow", [Fl, Fl], Fl, F.Guard),
  op("new_instance", [], R, F.Alloc, Aux.Object),        // object.__new__(cls) for a plain class
  op("adddictattr", [R, R], V, F.Write, Aux.Name),        // a new name in the instance dict (made if missing)
  op("make_function", "var", R, F.Alloc, Aux.Int),        // MAKE_FUNCTION with flags aux: (code, ...extras) in the frame's globals
  // ---- complex numbers (immutable: their parts are pure reads) -------------------------------
  op("new_complex", [Fl, Fl], R, F.Pure | F.Alloc),        // complex(real, imag)
  op("complex_real", [R], Fl, F.Pure),                     // r.real of an exact complex
  op("complex_imag", [R], Fl, F.Pure),                     // r.imag of an exact complex
];

/** IR opcode numbers: the rows of OPS, in order. */
export const enum Opc {
  getlocal, getstack, label, jump,
  guard_true, guard_false, unbox_int, unbox_float, guard_class, guard_value, guard_nonnull, guard_isnull,
  guard_jsclass, guard_nodictattr,
  guard_version, guard_nonzero, guard_nonzero_f, guard_no_interrupt, guard_not_forced,
  int_add_ovf, int_sub_ovf, int_mul_ovf, int_add, int_sub, int_mul, int_floordiv, int_mod, int_neg, int_truediv,
  int_and, int_or, int_xor, int_rshift, int_lshift_ovf,
  int_lt, int_le, int_eq, int_ne, int_gt, int_ge, int_is_true, int_to_float, float_to_int_ovf,
  float_add, float_sub, float_mul, float_truediv, float_neg,
  float_lt, float_le, float_eq, float_ne, float_gt, float_ge, float_is_true,
  bool_not, box_int, box_float, box_bool, ref_is,
  getfield_i, getfield_r, setfield_i, setfield_r, arraylen, getarrayitem, setarrayitem, getdictattr, setdictattr, getglobal, setglobal, guard_module_frame, call_loop, guard_loop_exit, reload_local,
  reload_stack,
  undef_i, undef_f, undef_b, undef_r,
  new_tuple,
  call_r, call_b, call_v, call_pure_i, call_pure_f, call_pure_r,
  float_pow, new_instance, adddictattr, make_function,
  new_complex, complex_real, complex_imag,
}

export const OPC_BY_NAME: ReadonlyMap<string, Opc> = new Map(OPS.map((o, i) => [o.name, i as Opc]));

/** A constant operand. */
export class Const {
  constructor(readonly kind: Kind, readonly value: unknown) {}
}

/** One operation; its result (if any) is the value the operation itself stands for. */
export class Op {
  /** Position in the trace, set by `Trace.renumber`. */
  id = -1;
  snapshot: Snapshot | null = null;
  /** The bytecode position the op was recorded from (code object index in `Trace.codes`, pc). */
  pc = -1;
  /**
   * A call out of inlined code that runs no Python code (its operands are guarded ints, floats
   * or strs): made without the inlined frames (an exception out of it makes them).
   */
  noFrames = false;
  constructor(readonly opc: Opc, public args: Value[], public aux: unknown, readonly kind: Kind) {}
  get info(): OpInfo {
    return OPS[this.opc];
  }
}

export type Value = Op | Const;

export function kindOf(v: Value): Kind {
  return v.kind;
}

export function resultKind(opc: Opc): Kind {
  return OPS[opc].result;
}

/** A recorded trace: operations in order, plus what the backend and the printer need. */
export class Trace {
  ops: Op[] = [];
  /** Names for object constants (printer/parser): `$name` ↔ object. */
  constNames = new Map<unknown, string>();
  /** What loop-invariant code motion may move (opt/licm.ts `Licm`: 0 nothing, 1 values, 2 values and heap). */
  licm = 2;
  /** The operations it moved to the preamble, and whether heap reads are among them. */
  hoisted = new Set<Op>();
  hoistedHeap = false;
  constructor() {}

  /** Index of the label, or -1. */
  labelIndex(): number {
    for (let i = 0; i < this.ops.length; i++) if (this.ops[i].opc === Opc.label) return i;
    return -1;
  }

  renumber(): void {
    for (let i = 0; i < this.ops.length; i++) this.ops[i].id = i;
  }

  nameConst(value: unknown, hint: string): string {
    let n = this.constNames.get(value);
    if (n === undefined) {
      let base = hint.replace(/[^A-Za-z0-9_.]/g, "_") || "c";
      let k = base;
      let i = 1;
      const used = new Set(this.constNames.values());
      while (used.has(k)) k = `${base}${i++}`;
      n = k;
      this.constNames.set(value, n);
    }
    return n;
  }
}

/** An undef_* placeholder: a loop-carried value not set before the first iteration. */
export function isPlaceholder(v: Value): boolean {
  return v instanceof Op && v.opc >= Opc.undef_i && v.opc <= Opc.undef_r;
}

export function isGuard(o: Op): boolean {
  return (OPS[o.opc].flags & (F.Guard | F.Call)) !== 0;
}
