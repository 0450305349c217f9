// Loop-invariant code motion: operations of the loop body that give the same result in every
// iteration move to the preamble, where they run once per entry into the trace (PyPy gets the
// same effect by peeling one iteration; LuaJIT's loop optimization too). An operation is
// invariant when its operands are: constants, preamble values that are not loop-carried (label
// operands change every iteration), and other invariant operations. Of those, what moves:
//
//   - value operations: pure arithmetic and comparisons, and guards on properties of a value
//     that nothing can change (`unbox_int`, `unbox_float`, `guard_value`, `guard_nonnull`,
//     `guard_jsclass`, the class of an int, float, str, tuple, complex or bool, a divisor's
//     non-zero check, overflow checks); such a guard failing in the preamble is an entry failure:
//     the frame is untouched and the other tiers run the iteration, as they would have after the
//     guard failed in the body;
//   - heap operations (`heap` level), only in a loop without calls out (which could run any
//     Python code): a type's version, globals, fields, array lengths and items, instance-dict
//     attributes and the class of other objects, when no store in the body writes what they read.
//
// Not moved: branch guards (`guard_true`/`guard_false` on an invariant condition: a condition
// that differs between entries would make the trace fail at every such entry instead of
// getting a bridge), allocations, calls, and anything whose operands change.
//
// Bridges run in the same loop: the driver keeps what this pass assumed (`Trace.hoisted`) and
// records the loop again with less motion when a bridge breaks it (a bridge that calls out or
// stores, against heap motion; one that makes a hoisted operand loop-carried, against any).

import { F, Op, Opc, OPS, Trace, Value } from "../ir";
import { Snapshot } from "../snapshot";
import { FIXED_CLASSES } from "./util";

/** How much the pass may move: nothing, value operations, or value and heap operations. */
export const enum Licm {
  Off = 0,
  Values = 1,
  Heap = 2,
}

/** Operations whose result or check depends on their operands alone. */
function isValueOp(o: Op): boolean {
  const info = OPS[o.opc];
  if ((info.flags & F.Pure) !== 0) {
    return (info.flags & F.Alloc) === 0 && !(o.opc >= Opc.undef_i && o.opc <= Opc.undef_r) &&
      o.opc !== Opc.call_pure_i && o.opc !== Opc.call_pure_f && o.opc !== Opc.call_pure_r;
  }
  switch (o.opc) {
    case Opc.unbox_int: case Opc.unbox_float: case Opc.guard_value: case Opc.guard_nonnull:
    case Opc.guard_isnull: case Opc.guard_jsclass: case Opc.guard_nonzero: case Opc.guard_nonzero_f:
    case Opc.int_add_ovf: case Opc.int_sub_ovf: case Opc.int_mul_ovf: case Opc.float_pow:
    case Opc.int_and: case Opc.int_or: case Opc.int_xor: case Opc.int_lshift_ovf: case Opc.float_to_int_ovf:
    case Opc.guard_module_frame:
      return true;
    case Opc.guard_class:
      return FIXED_CLASSES.has(o.aux);
    default:
      return false;
  }
}

/** Operations that read a property of their (object) operand. */
const DEREFS = new Set<Opc>([Opc.complex_real, Opc.complex_imag, Opc.getfield_i, Opc.getfield_r, Opc.arraylen,
  Opc.getarrayitem, Opc.getdictattr, Opc.guard_nodictattr]);

/** What the body (or a bridge) writes, as far as heap motion is concerned. */
interface Writes {
  calls: boolean;
  fields: Set<string>;
  globals: Set<string>;
  dictattrs: Set<string>;
  arrays: boolean;
}

export function bodyWrites(ops: readonly Op[]): Writes {
  const w: Writes = { calls: false, fields: new Set(), globals: new Set(), dictattrs: new Set(), arrays: false };
  for (const o of ops) {
    if (OPS[o.opc].flags & F.Call) w.calls = true;
    switch (o.opc) {
      case Opc.setfield_i: case Opc.setfield_r: w.fields.add(String(o.aux)); break;
      case Opc.setglobal: w.globals.add((o.aux as { name: string }).name); break;
      case Opc.setdictattr: w.dictattrs.add((o.aux as { name: string }).name); break;
      case Opc.adddictattr: w.dictattrs.add(String(o.aux)); break;
      case Opc.setarrayitem: w.arrays = true; break;
    }
  }
  return w;
}

/** Heap operations that may move out of a loop with these writes (and no calls). */
function isHeapOp(o: Op, w: Writes): boolean {
  switch (o.opc) {
    case Opc.guard_version: case Opc.guard_class: case Opc.arraylen:
      return true;
    case Opc.getglobal: return !w.globals.has((o.aux as { name: string }).name);
    case Opc.getfield_i: case Opc.getfield_r: return !w.fields.has(String(o.aux));
    case Opc.getarrayitem: return !w.arrays;
    case Opc.getdictattr: return !w.dictattrs.has((o.aux as { name: string }).name);
    case Opc.guard_nodictattr: return !w.dictattrs.has(String(o.aux));
    default: return false;
  }
}

export function licm(trace: Trace): void {
  const level = trace.licm;
  trace.hoisted = new Set();
  trace.hoistedHeap = false;
  if (level === Licm.Off) return;
  const ops = trace.ops;
  const li = trace.labelIndex();
  if (li < 0 || ops[ops.length - 1].opc !== Opc.jump) return;
  const carried = new Set<Value>(ops[li].args);
  const invariant = new Set<Value>();
  for (let i = 0; i < li; i++) if (!carried.has(ops[i])) invariant.add(ops[i]);
  const body = ops.slice(li + 1, ops.length - 1);
  const w = bodyWrites(body);
  const heapOk = level === Licm.Heap && !w.calls;
  const moved: Op[] = [];
  const kept: Op[] = [];
  // Values a guard that stays in the body checks: what uses them after it may rely on the check
  // (complex_real of a value guarded to be a complex, a field of a guarded object), so it stays.
  const checked = new Set<Value>();
  // Whether a guard that stays came before: an operation that dereferences its operand may
  // depend on any earlier guard (a bounds check before an item's field), and in the preamble it
  // would run on whatever the operand is (a JS exception on undefined), so it stays too.
  let keptGuard = false;
  for (const o of body) {
    const operandsInvariant = o.args.every((a) => !(a instanceof Op) || invariant.has(a) && !checked.has(a));
    const value = isValueOp(o);
    if (operandsInvariant && !(keptGuard && DEREFS.has(o.opc)) && (value || heapOk && isHeapOp(o, w))) {
      moved.push(o);
      invariant.add(o);
      if (!value) trace.hoistedHeap = true;
    } else {
      kept.push(o);
      if ((OPS[o.opc].flags & (F.Guard | F.Call)) !== 0) {
        keptGuard = true;
        if (o.args.length > 0) checked.add(o.args[0]);
      }
    }
  }
  if (moved.length === 0) return;
  // A moved guard fails as the preamble's do: the frame untouched, at the loop's header (its
  // snapshot from the body would name values of the iteration).
  let entry: Snapshot | null = null;
  for (let i = 0; i < li && entry === null; i++) entry = ops[i].snapshot;
  for (const o of moved) {
    trace.hoisted.add(o);
    if (o.snapshot !== null) {
      entry ??= new Snapshot(ops[li].pc, o.snapshot.stackBase, new Map(), [], o.snapshot.stackBase);
      o.snapshot = entry;
    }
  }
  trace.ops = [...ops.slice(0, li), ...moved, ops[li], ...kept, ops[ops.length - 1]];
  trace.renumber();
}

/**
 * Whether a bridge may join a loop whose trace this pass changed: it must not call out or store
 * when heap operations moved, nor make loop-carried a value a moved operation depends on
 * (`promoted`: preamble values that become label operands).
 */
export function bridgeKeepsLicm(trace: Trace, bridgeOps: readonly Op[], promoted: readonly Value[]): "ok" | "heap" | "values" {
  if (trace.hoisted.size === 0) return "ok";
  if (promoted.length > 0) {
    const dep = new Set<Value>(promoted);
    for (const o of trace.ops) {
      if (!trace.hoisted.has(o)) continue;
      // (The first moved operation of a chain that depends on a promoted value has it as an operand.)
      if (o.args.some((a) => dep.has(a))) return "values";
    }
  }
  if (trace.hoistedHeap) {
    const w = bodyWrites(bridgeOps);
    if (w.calls || w.fields.size || w.globals.size || w.dictattrs.size || w.arrays) return "heap";
  }
  return "ok";
}
