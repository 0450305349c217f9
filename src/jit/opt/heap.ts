// Heap caching (PyPy's optimizeopt/heap.py in spirit): within a region, a load of something the
// trace has just loaded or stored gives the known value instead (and any guard on it is then
// known to hold). What is cached:
//
//   - instance-dict attributes (getdictattr), by object and name;
//   - object fields (getfield_i / getfield_r), by object and field name: a list's items array, an
//     instance's __slots__ array, an iterator's position;
//   - array items (getarrayitem), by array and index operand;
//   - array lengths (arraylen), by array;
//   - the items and length of a tuple the trace made (new_tuple): its operands.
//
// A store gives the value for its own (object, name) or (array, index) and forgets what it may
// overwrite under another name for the same object: a field or attribute store forgets that name
// on every other object; an item store forgets every item whose index may equal its own (the
// same constant, or any index that is not a constant), except in the __slots__ arrays of other
// instances the trace made (distinct objects). A new instance-dict attribute may make
// the dict itself, so the `dict` field is forgotten. A residual call forgets everything. Array
// lengths change only in calls (in-trace stores are in bounds). The preamble and the body are
// separate regions, as in the other passes; a bridge is one region.

import { Const, F, Kind, Op, Opc, OPS, Trace, Value } from "../ir";
import { rewrite } from "./util";

/** Values known per (name, object). */
class ByName {
  private m = new Map<string, Map<Value, Value>>();
  get(name: string, obj: Value): Value | undefined {
    return this.m.get(name)?.get(obj);
  }
  /** Remembers a load (other objects' values for the name stay). */
  loaded(name: string, obj: Value, v: Value): void {
    const k = this.m.get(name);
    if (k === undefined) this.m.set(name, new Map([[obj, v]]));
    else k.set(obj, v);
  }
  /** A store: the name is forgotten on every other object (it may be the same one). */
  stored(name: string, obj: Value, v: Value): void {
    this.m.set(name, new Map([[obj, v]]));
  }
  forget(name: string): void {
    this.m.delete(name);
  }
}

/** The cache key of an index operand: a constant's number, or the operand itself. */
function indexKey(v: Value): Value | number {
  return v instanceof Const ? v.value as number : v;
}

class Items {
  private m = new Map<Value, Map<Value | number, Value>>();
  get(arr: Value, idx: Value): Value | undefined {
    return this.m.get(arr)?.get(indexKey(idx));
  }
  loaded(arr: Value, idx: Value, v: Value): void {
    const k = this.m.get(arr);
    if (k === undefined) this.m.set(arr, new Map([[indexKey(idx), v]]));
    else k.set(indexKey(idx), v);
  }
  /** The __slots__ arrays of instances the trace made: two of them are never the same array. */
  readonly fresh = new Set<Value>();
  stored(arr: Value, idx: Value, v: Value): void {
    const key = indexKey(idx);
    for (const [a, k] of this.m) {
      // Another array may be this one (not another new instance's): forget its item at this
      // index and at unknown indices.
      if (a !== arr && this.fresh.has(a) && this.fresh.has(arr)) continue;
      if (typeof key !== "number") k.clear();
      else for (const i of [...k.keys()]) if (i === key || typeof i !== "number") k.delete(i);
    }
    this.loaded(arr, idx, v);
  }
}

export function heap(trace: Trace): void {
  let attrs = new ByName();
  let fields = new ByName();
  let items = new Items();
  let lengths = new Map<Value, Value>();
  /**
   * Tuples made in this region, and their `items` loads (not forgotten at calls: tuples are
   * immutable). (A tuple of the preamble may hold label operands, which change in the body.)
   */
  let tuples = new Set<Value>();
  let tupleItems = new Map<Value, Op>();
  const reset = () => {
    attrs = new ByName();
    fields = new ByName();
    items = new Items();
    lengths = new Map();
  };
  rewrite(trace, (o) => {
    const x = o.args[0];
    switch (o.opc) {
      case Opc.label:
        reset();
        tuples = new Set();
        tupleItems = new Map();
        return o;
      case Opc.new_tuple:
        tuples.add(o);
        return o;
      case Opc.getdictattr: {
        const name = (o.aux as { name: string }).name;
        const v = attrs.get(name, x);
        if (v !== undefined) return v;
        attrs.loaded(name, x, o);
        return o;
      }
      case Opc.adddictattr:
        attrs.stored(o.aux as string, x, o.args[1]);
        // The instance's dict may be new.
        fields.forget("dict/r");
        return o;
      case Opc.setdictattr:
        attrs.stored((o.aux as { name: string }).name, x, o.args[1]);
        return o;
      case Opc.getfield_i:
      case Opc.getfield_r: {
        // A tuple the trace made: its items are its operands (a tuple never changes).
        if (x instanceof Op && tuples.has(x) && o.aux === "items" && o.opc === Opc.getfield_r) {
          tupleItems.set(o, x);
          return o;
        }
        const key = `${o.aux as string}/${o.opc === Opc.getfield_i ? "i" : "r"}`;
        const v = fields.get(key, x);
        if (v !== undefined) return v;
        fields.loaded(key, x, o);
        if (o.aux === "slots" && x instanceof Op && x.opc === Opc.new_instance) items.fresh.add(o);
        return o;
      }
      case Opc.setfield_i:
      case Opc.setfield_r: {
        const name = o.aux as string;
        fields.forget(`${name}/i`);
        fields.forget(`${name}/r`);
        fields.stored(`${name}/${o.opc === Opc.setfield_i ? "i" : "r"}`, x, o.args[1]);
        return o;
      }
      case Opc.getarrayitem: {
        const t = tupleItems.get(x);
        const i = o.args[1];
        if (t !== undefined && i instanceof Const && (i.value as number) >= 0 && (i.value as number) < t.args.length) {
          return t.args[i.value as number];
        }
        const v = items.get(x, o.args[1]);
        if (v !== undefined) return v;
        items.loaded(x, o.args[1], o);
        return o;
      }
      case Opc.setarrayitem:
        items.stored(x, o.args[1], o.args[2]);
        return o;
      case Opc.arraylen: {
        const t = tupleItems.get(x);
        if (t !== undefined) return new Const(Kind.Int, t.args.length);
        const v = lengths.get(x);
        if (v !== undefined) return v;
        lengths.set(x, o);
        return o;
      }
      default:
        if (OPS[o.opc].flags & F.Call) reset();
        return o;
    }
  });
}

