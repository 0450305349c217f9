// Dead-code removal: drops operations without effects (pure ones, and heap reads that cannot
// fail) whose results nothing uses: no operand, no snapshot, no label or jump.

import { F, Op, Opc, OPS, Trace } from "../ir";

export function dce(trace: Trace): void {
  const used = new Set<Op>();
  const ops = trace.ops;
  for (let i = ops.length - 1; i >= 0; i--) {
    const o = ops[i];
    const flags = OPS[o.opc].flags;
    const removable = o.opc !== Opc.label && o.opc !== Opc.getlocal && o.opc !== Opc.getstack &&
      (flags & (F.Guard | F.Call | F.Write | F.Control)) === 0;
    if (removable && !used.has(o)) continue;
    for (const a of o.args) if (a instanceof Op) used.add(a);
    if (o.snapshot !== null) for (const v of o.snapshot.values()) if (v instanceof Op) used.add(v);
  }
  trace.ops = ops.filter((o) => {
    const flags = OPS[o.opc].flags;
    const removable = o.opc !== Opc.label && o.opc !== Opc.getlocal && o.opc !== Opc.getstack &&
      (flags & (F.Guard | F.Call | F.Write | F.Control)) === 0;
    return !removable || used.has(o);
  });
  trace.renumber();
}
