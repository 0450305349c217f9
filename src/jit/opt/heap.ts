// Heap caching of instance attributes (PyPy's optimizeopt/heap.py in spirit): within the body,
// a getdictattr of an (object, name) that the trace has just loaded or stored gives the known
// value instead (and its guard is already established). A store to a name forgets that name on
// every other object (they may be the same object under another value); a residual call forgets
// everything. The preamble and the body are separate regions, as in the other passes.

import { F, Opc, OPS, Trace, Value } from "../ir";
import { rewrite } from "./util";

export function heap(trace: Trace): void {
  let known = new Map<string, Map<Value, Value>>();
  rewrite(trace, (o) => {
    switch (o.opc) {
      case Opc.label:
        known = new Map();
        return o;
      case Opc.getdictattr: {
        const name = (o.aux as { name: string }).name;
        const m = known.get(name);
        const v = m?.get(o.args[0]);
        if (v !== undefined) return v;
        if (m === undefined) known.set(name, new Map([[o.args[0], o]]));
        else m.set(o.args[0], o);
        return o;
      }
      case Opc.adddictattr:
        known.set(o.aux as string, new Map([[o.args[0], o.args[1]]]));
        return o;
      case Opc.setdictattr: {
        const name = (o.aux as { name: string }).name;
        known.set(name, new Map([[o.args[0], o.args[1]]]));
        return o;
      }
      default:
        if (OPS[o.opc].flags & F.Call) known = new Map();
        return o;
    }
  });
}
