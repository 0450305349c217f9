// Common-subexpression elimination of pure operations: a pure op with the same operands and
// aux as an earlier one is replaced by it. Like the guard pass, the preamble and the body are
// separate regions (a body value may be a label variable that changes every iteration).

import { Const, F, isPlaceholder, Kind, Op, Opc, OPS, Trace, Value } from "../ir";
import { rewrite } from "./util";

/** Operations by identity (a bridge's ids may repeat the loop's, whose values it uses). */
const opIds = new WeakMap<Op, number>();

function opKey(v: Op): string {
  let id = opIds.get(v);
  if (id === undefined) opIds.set(v, id = nextObj++);
  return `v${id}`;
}

function key(o: Op): string {
  const args = o.args.map((v: Value) => v instanceof Op ? opKey(v) : constKey(v));
  return `${o.opc}(${args.join(",")})${o.aux === null ? "" : JSON.stringify(o.aux)}`;
}

const objIds = new WeakMap<object, number>();
let nextObj = 0;

function constKey(c: Const): string {
  if (c.kind === Kind.Ref && typeof c.value === "object" && c.value !== null) {
    let id = objIds.get(c.value);
    if (id === undefined) objIds.set(c.value, id = nextObj++);
    return `o${id}`;
  }
  return `${c.kind}:${typeof c.value}:${String(c.value)}${Object.is(c.value, -0) ? "-" : ""}`;
}

export function cse(trace: Trace): void {
  let seen = new Map<string, Op>();
  rewrite(trace, (o) => {
    if (o.opc === Opc.label) {
      seen = new Map();
      return o;
    }
    const flags = OPS[o.opc].flags;
    if ((flags & F.Pure) === 0 || (flags & F.Alloc) !== 0 || isPlaceholder(o)) return o;
    const k = key(o);
    const prev = seen.get(k);
    if (prev !== undefined) return prev;
    seen.set(k, o);
    return o;
  });
}
