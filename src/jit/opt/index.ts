// The optimizer: an ordered list of passes (PyPy's optimizeopt in spirit), each in its own file
// and tested as text IR in, text IR out (tests/unit/jit_opt.test.ts). The verifier runs after
// each pass when TYPHON_JIT_VERIFY is set, and always in the tests.

import { Kind, Op, Opc, Trace, Value } from "../ir";
import { verifyTrace } from "../verify";
import { params } from "../params";
import { fold } from "./fold";
import { guards } from "./guards";
import { cse } from "./cse";
import { dce } from "./dce";
import { heap } from "./heap";
import { licm } from "./licm";

export interface Pass {
  readonly name: string;
  run(trace: Trace): void;
}

export const PASSES: readonly Pass[] = [
  { name: "fold", run: fold },
  { name: "guards", run: guards },
  { name: "heap", run: heap },
  { name: "cse", run: cse },
  { name: "licm", run: licm },
  { name: "guards2", run: guards },
  { name: "fold2", run: fold },
  { name: "dce", run: dce },
];

const verifyEach = process.env.TYPHON_JIT_VERIFY === "1";

/** The passes `enable_opts` leaves on (a pass's second run goes by its first's name). */
function enabledPasses(): Pass[] {
  const enabled = params.enable_opts === "all" ? null : new Set(params.enable_opts.split(":"));
  return PASSES.filter((p) => enabled === null || enabled.has(p.name.replace(/\d+$/, "")));
}

export function optimize(trace: Trace, verify = verifyEach): void {
  if (verify) verifyTrace(trace);
  for (const p of enabledPasses()) {
    p.run(trace);
    if (verify) verifyTrace(trace);
  }
}

/** The passes a bridge goes through: all but loop-invariant code motion (a bridge is no loop). */
const BRIDGE_PASSES = new Set(["fold", "guards", "heap", "cse", "guards2", "fold2", "dce"]);

/**
 * Optimizes a bridge's operations as one region: `outs` are the values it passes on (its jump's
 * operands and the like); operands from the loop's trace are opaque to the passes. Returns the
 * new operations and the new `outs`, in order. (Not verified: the loop's values are defined
 * outside the operations.)
 */
export function optimizeBridge(ops: readonly Op[], outs: readonly Value[]): [Op[], Value[]] {
  const t = new Trace();
  const end = new Op(Opc.jump, [...outs], null, Kind.Void);
  t.ops = [...ops, end];
  for (const p of enabledPasses()) if (BRIDGE_PASSES.has(p.name)) p.run(t);
  const last = t.ops.pop();
  if (last !== end) throw new Error("optimizeBridge: the bridge's end moved");
  return [t.ops, end.args];
}
