// The IR verifier: run after recording and after every optimizer pass. It checks that the
// trace is well formed: one label, a jump at the end with operands matching the label's kinds,
// operands of the kinds the op table says, every value defined before its use (by an operation
// or a snapshot), and a snapshot on every guard and residual call.

import { Const, F, Kind, KIND_LETTER, Op, Opc, OPS, Trace, Value } from "./ir";

export class IrVerifyError extends Error {}

export function verifyTrace(trace: Trace): void {
  const defined = new Set<Op>();
  let labels = 0;
  const fail = (o: Op, i: number, msg: string): never => {
    throw new IrVerifyError(`op ${i} (${OPS[o.opc].name}): ${msg}`);
  };
  const check = (o: Op, i: number, v: Value, what: string) => {
    if (v instanceof Op) {
      if (!defined.has(v)) fail(o, i, `${what} uses a value not defined before`);
      if (v.kind === Kind.Void) fail(o, i, `${what} uses a void result`);
    } else if (!(v instanceof Const)) {
      fail(o, i, `${what} is not a value`);
    }
  };
  const ops = trace.ops;
  let label: Op | null = null;
  ops.forEach((o, i) => {
    const info = OPS[o.opc];
    if (o.kind !== info.result) fail(o, i, `result kind ${KIND_LETTER[o.kind]}, table says ${KIND_LETTER[info.result]}`);
    if (info.args !== "var") {
      if (o.args.length !== info.args.length) fail(o, i, `${o.args.length} operands, table says ${info.args.length}`);
      o.args.forEach((a, j) => {
        if (a.kind !== (info.args as Kind[])[j]) {
          fail(o, i, `operand ${j} is ${KIND_LETTER[a.kind]}, table says ${KIND_LETTER[(info.args as Kind[])[j]]}`);
        }
      });
    }
    o.args.forEach((a, j) => check(o, i, a, `operand ${j}`));
    if ((info.flags & (F.Guard | F.Call)) !== 0) {
      if (o.snapshot === null) fail(o, i, "guard without a snapshot");
    }
    if (o.snapshot !== null) for (const v of o.snapshot.values()) check(o, i, v, "snapshot");
    if (o.opc === Opc.label) {
      labels++;
      label = o;
    }
    if (o.opc === Opc.jump) {
      if (i !== ops.length - 1) fail(o, i, "jump is not the last op");
      if (label === null) fail(o, i, "jump without a label");
      const l = label as Op;
      if (l.args.length !== o.args.length) fail(o, i, "jump and label differ in length");
      o.args.forEach((a, j) => {
        if (a.kind !== l.args[j].kind) fail(o, i, `jump operand ${j} is ${KIND_LETTER[a.kind]}, label's is ${KIND_LETTER[l.args[j].kind]}`);
      });
    }
    defined.add(o);
  });
  if (labels !== 1) throw new IrVerifyError(`${labels} labels`);
  if (ops.length === 0 || ops[ops.length - 1].opc !== Opc.jump) throw new IrVerifyError("no jump at the end");
}
