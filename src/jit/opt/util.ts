// Shared machinery of the optimizer passes: replacing values throughout a trace, and the classes
// that no residual call can change.

import { Op, Trace, Value } from "../ir";
import { boolType, complexType, floatType, intType, strType, tupleType } from "../../objects/types";

/** Classes no residual call can change (an object's `__class__` is assignable only for heap types). */
export const FIXED_CLASSES: ReadonlySet<unknown> = new Set<unknown>([intType, floatType, strType, tupleType, complexType, boolType]);

/**
 * Rewrites the trace's ops in order: `visit` returns the op to keep, a value that replaces the
 * op's result (the op is dropped), or null to drop an op without a result. Operands and
 * snapshots of later ops are rewritten through the replacements.
 */
export function rewrite(trace: Trace, visit: (o: Op, index: number) => Op | Value | null): void {
  const repl = new Map<Op, Value>();
  const get = (v: Value): Value => {
    let r = v;
    while (r instanceof Op) {
      const n = repl.get(r);
      if (n === undefined) break;
      r = n;
    }
    return r;
  };
  const out: Op[] = [];
  const seenSnaps = new Set<object>();
  trace.ops.forEach((o, i) => {
    o.args = o.args.map(get);
    if (o.snapshot !== null && !seenSnaps.has(o.snapshot)) {
      seenSnaps.add(o.snapshot);
      o.snapshot.map(get);
    }
    const r = visit(o, i);
    if (r === o) out.push(o);
    else if (r !== null) repl.set(o, r);
  });
  trace.ops = out;
  // Snapshots shared with ops already visited were mapped when first seen; map them again for
  // replacements made later.
  for (const s of seenSnaps) (s as { map(f: (v: Value) => Value): void }).map(get);
  trace.renumber();
}

export function labelIndex(trace: Trace): number {
  return trace.labelIndex();
}
