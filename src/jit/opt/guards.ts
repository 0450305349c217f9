// Guard and type propagation with redundant-guard removal. Walking the body in order, it
// remembers what earlier guards established about values (the class of an object, an int or
// float unboxed from a ref, non-null-ness, a type's version) and drops guards that re-check it;
// a second unbox of the same ref reuses the first one's result. Objects allocated in the trace
// have a known class. Facts about the heap (a type's version, anything a residual call could
// change, such as an object's __class__) are forgotten at every residual call. It runs again after
// loop-invariant code motion, which can hoist two copies of one guard into the preamble.
//
// The preamble and the body are treated separately: a value in the body may be a label variable
// whose value changes every iteration, so nothing learned before the label is assumed after it.

import { F, Op, Opc, OPS, Trace, Value } from "../ir";
import { complexType, floatType, strType, tupleType } from "../../objects/types";
import { FIXED_CLASSES, rewrite } from "./util";

export function guards(trace: Trace): void {
  let classOf = new Map<Value, unknown>();
  let nonNull = new Set<Value>();
  let unboxed = new Map<Op, Map<Opc, Op>>();
  let versions = new Map<unknown, number>();
  const reset = (heapOnly: boolean) => {
    versions = new Map();
    if (!heapOnly) {
      classOf = new Map();
      nonNull = new Set();
      unboxed = new Map();
    } else {
      // A residual call may assign __class__ of instances: keep only classes that cannot change.
      for (const t of classOf) if (!FIXED_CLASSES.has(t[1])) classOf.delete(t[0]);
    }
  };
  rewrite(trace, (o) => {
    const info = OPS[o.opc];
    const x = o.args[0];
    switch (o.opc) {
      case Opc.label:
        reset(false);
        return o;
      case Opc.guard_class:
        if (classOf.get(x) === o.aux) return null;
        classOf.set(x, o.aux);
        nonNull.add(x);
        return o;
      case Opc.guard_nonnull:
        if (nonNull.has(x)) return null;
        nonNull.add(x);
        // An item of a str (strItem: the item or null) is a str.
        if (x instanceof Op && x.opc === Opc.call_pure_r && x.aux === "strItem") classOf.set(x, strType);
        return o;
      case Opc.guard_version: {
        const aux = o.aux as { type: unknown; version: number };
        if (versions.get(aux.type) === aux.version) return null;
        versions.set(aux.type, aux.version);
        return o;
      }
      case Opc.unbox_int:
      case Opc.unbox_float: {
        if (!(x instanceof Op)) return o;
        const known = unboxed.get(x);
        const prev = known?.get(o.opc);
        if (prev !== undefined) return prev;
        if (known === undefined) unboxed.set(x, new Map([[o.opc, o]]));
        else known.set(o.opc, o);
        return o;
      }
      case Opc.new_tuple:
        classOf.set(o, tupleType);
        nonNull.add(o);
        return o;
      case Opc.box_float:
        classOf.set(o, floatType);
        nonNull.add(o);
        return o;
      case Opc.new_instance:
        classOf.set(o, o.aux);
        nonNull.add(o);
        return o;
      case Opc.new_complex:
        classOf.set(o, complexType);
        nonNull.add(o);
        return o;
      default:
        // Stores into fields, arrays and instance dicts cannot change a type or a class; only
        // calls out can.
        if (info.flags & F.Call) reset(true);
        return o;
    }
  });
}
