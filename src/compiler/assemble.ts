// The assembler: a finished CodeUnit (instructions with labels, handler regions, positions) to
// a CodeObject (CPython 3.11's `assemble`, reduced to what Typhon's format needs).
//
// How this works, in order:
//   1. The prologue 3.11 inserts before the unit's code: MAKE_CELL for each cell, COPY_FREE_VARS,
//      and RETURN_GENERATOR; POP_TOP for generators and coroutines.
//   2. A flow pass from the first instruction computes the stack depth before every reachable
//      instruction, following fall-through, jump targets, and (from each SETUP) the handler with
//      the depth the exception table will restore. Two paths reaching one instruction with
//      different depths, or an instruction popping more than there is, is a compiler bug and
//      throws. The pass also records each handler's depth at its SETUP.
//   3. Unreachable instructions, SETUP pseudo-instructions and jumps to the next instruction
//      are dropped; labels resolve
//      to the next kept instruction; JUMP becomes JUMP_FORWARD or JUMP_BACKWARD (arguments are
//      absolute indexes either way); cell and free variable arguments become localsplus indexes.
//   4. The exception table: runs of instructions with the same innermost handler.
//   5. Constants only dead code used are dropped from the end of co_consts (3.11's
//      trim_unused_consts).
//   6. Positions: an artificial instruction (no position) takes its predecessor's, when it is
//      reached by falling through from it (CPython's propagate_line_numbers, linearized).

import { applyDebugRanges, CodeObject, type ExceptionEntry } from "../bytecode/code";
import { ArgKind, OPCODES, Op, OpFlag, stackEffect } from "../bytecode/opcodes";
import { CodeUnit, Handler, HandlerKind, Instr, Label, Pseudo } from "./codegen-unit";


/** An internal compiler error (a bug in Typhon, never a user error). */
export class CompilerBugError extends Error {}

const MAX_ARG = 0xffffff;

export interface AssembleInfo {
  filename: string;
  flags: number;
}

export function assemble(u: CodeUnit, info: AssembleInfo): CodeObject {
  inlineExitBlocks(u);
  const flags = info.flags;
  // 1. The prologue.
  const prologue: Instr[] = [];
  const artificial = (op: number, arg: number, line: number): Instr => ({
    op, arg, target: null, handler: null, setup: null, lineno: line, endLineno: line, col: -1, endCol: -1,
  });
  for (const idx of u.cellvars.values()) prologue.push(artificial(Op.MAKE_CELL, idx, -1));
  if (u.freevars.size) prologue.push(artificial(Op.COPY_FREE_VARS, u.freevars.size, -1));
  if (flags & (0x20 | 0x80 | 0x200)) {
    prologue.push(artificial(Op.RETURN_GENERATOR, 0, u.firstlineno));
    prologue.push(artificial(Op.POP_TOP, 0, u.firstlineno));
  }
  const shift = prologue.length;
  const instrs = prologue.concat(u.instrs);
  const n = instrs.length;
  const targetOf = (ins: Instr): number => {
    const t = ins.target!;
    if (t.pos < 0) throw new CompilerBugError(`${u.qualname}: unbound label`);
    return t.pos + shift;
  };

  // 2. Stack depths.
  const depth = new Int32Array(n + 1).fill(-1);
  let maxDepth = 0;
  const work: number[] = [];
  const reach = (i: number, d: number, from: number): void => {
    if (d < 0) throw new CompilerBugError(`${u.qualname}: stack underflow at instruction ${from}`);
    if (i >= n) throw new CompilerBugError(`${u.qualname}: control flows past the end of the code from ${from}`);
    if (depth[i] < 0) {
      depth[i] = d;
      if (d > maxDepth) maxDepth = d;
      work.push(i);
    } else if (depth[i] !== d) {
      throw new CompilerBugError(
        `${u.qualname}: inconsistent stack depth at instruction ${i} (${opName(instrs[i].op)}): ${depth[i]} and ${d} (from ${from})`);
    }
  };
  reach(0, 0, 0);
  while (work.length) {
    let i = work.pop()!;
    // Follow the fall-through path without the work list.
    for (;;) {
      const ins = instrs[i];
      const d = depth[i];
      let next: number;
      if (ins.op === Pseudo.SETUP) {
        const h = ins.setup!;
        h.depth = d - (h.kind === HandlerKind.With ? 1 : 0);
        reach(targetOf(ins), h.depth + (h.lasti ? 2 : 1), i);
        next = d;
      } else if (ins.op === Pseudo.JUMP || ins.op === Pseudo.JUMP_NO_INTERRUPT) {
        reach(targetOf(ins), d, i);
        break;
      } else {
        const info = OPCODES[ins.op];
        const [pops, pushes] = stackEffect(ins.op, ins.arg);
        if (pops > d) throw new CompilerBugError(`${u.qualname}: stack underflow at ${i} (${info.name}): depth ${d}, pops ${pops}`);
        if (info.flags & OpFlag.Jump) {
          const [jp, jq] = stackEffect(ins.op, ins.arg, true);
          reach(targetOf(ins), d - jp + jq, i);
        }
        if (info.flags & OpFlag.NoFallthrough) break;
        next = d - pops + pushes;
        if (next > maxDepth) maxDepth = next;
      }
      if (i + 1 >= n) throw new CompilerBugError(`${u.qualname}: control flows past the end of the code`);
      if (depth[i + 1] >= 0) {
        reach(i + 1, next, i);
        break;
      }
      depth[i + 1] = next;
      i++;
    }
  }

  // 3. Drop unreachable and pseudo instructions; resolve labels.
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) keep[i] = depth[i] >= 0 && instrs[i].op !== Pseudo.SETUP ? 1 : 0;
  const newIndex = new Int32Array(n + 1).fill(-1);
  const resolved = new Int32Array(n + 1);
  let count = 0;
  // A label resolves to the first kept instruction at or after its position. An unconditional
  // jump to the instruction right after it (NOPs aside) is dropped (which may make another one
  // redundant); it may stay as a NOP for its line, like a SETUP (step 3b).
  const isNop = (i: number): boolean => instrs[i].op === Op.NOP;
  const droppedJump = new Uint8Array(n);
  const nextReal = new Int32Array(n + 1);
  for (;;) {
    nextReal[n] = n;
    for (let i = n - 1; i >= 0; i--) nextReal[i] = keep[i] && !isNop(i) ? i : nextReal[i + 1];
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (keep[i] && instrs[i].op === Pseudo.JUMP && nextReal[targetOf(instrs[i])] === nextReal[i + 1]) {
        keep[i] = 0;
        droppedJump[i] = 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  removeRedundantNops(instrs, keep, depth, droppedJump, targetOf);
  count = 0;
  for (let i = 0; i < n; i++) newIndex[i] = keep[i] ? count++ : -1;
  resolved[n] = count;
  for (let i = n - 1; i >= 0; i--) resolved[i] = newIndex[i] >= 0 ? newIndex[i] : resolved[i + 1];

  const nlocals = u.varnames.size;
  const localsplus: string[] = [...u.varnames.keys()];
  const derefIndex: number[] = []; // cell/free index -> localsplus index
  for (const name of u.cellvars.keys()) {
    const v = u.varnames.get(name);
    if (v !== undefined) derefIndex.push(v);
    else {
      derefIndex.push(localsplus.length);
      localsplus.push(name);
    }
  }
  for (const name of u.freevars.keys()) {
    derefIndex.push(localsplus.length);
    localsplus.push(name);
  }

  const code = new Int32Array(count);
  const positions = new Int32Array(count * 4);
  const table: ExceptionEntry[] = [];
  let runHandler: Handler | null = null;
  let runStart = 0;
  const closeRun = (end: number): void => {
    if (runHandler !== null && end > runStart) {
      if (runHandler.depth < 0) throw new CompilerBugError(`${u.qualname}: handler without a reachable SETUP`);
      table.push({
        start: runStart, end, target: resolved[runHandler.target.pos + shift],
        depth: runHandler.depth, lasti: runHandler.lasti,
      });
    }
  };
  let prevFallsThrough = false;
  // A jump target starts a block with more than one predecessor: its position is not inherited
  // from the instruction before it (propagateLines handles one predecessor).
  const jumpTarget = new Uint8Array(count + 1);
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    if (newIndex[i] >= 0 && ins.target !== null && ins.op !== Pseudo.SETUP) jumpTarget[resolved[targetOf(ins)]] = 1;
  }
  // 3.11's trim_unused_consts: constants after the last one still used (only dead code used
  // them) are dropped; the first (a function's docstring slot) always stays.
  let maxConst = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (newIndex[i] < 0) continue;
    const ins = instrs[i];
    let op = ins.op;
    let arg = ins.arg;
    if (ins.target !== null) {
      arg = resolved[targetOf(ins)];
      if (op === Pseudo.JUMP) op = arg > k ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
      else if (op === Pseudo.JUMP_NO_INTERRUPT) op = Op.JUMP_BACKWARD_NO_INTERRUPT;
    }
    switch (op) {
      case Op.MAKE_CELL: case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.STORE_DEREF:
      case Op.DELETE_DEREF: case Op.LOAD_CLASSDEREF:
        arg = derefIndex[arg];
        break;
      default:
        break;
    }
    if (op < 256 && OPCODES[op].arg === ArgKind.Const && arg > maxConst) maxConst = arg;
    if (arg > MAX_ARG || arg < 0) throw new CompilerBugError(`${u.qualname}: argument ${arg} of ${opName(op)} does not fit in 24 bits`);
    code[k] = op | (arg << 8);
    // Positions.
    let p = k * 4;
    if (ins.lineno < 0 && prevFallsThrough && k > 0 && !jumpTarget[k]) {
      positions[p] = positions[p - 4];
      positions[p + 1] = positions[p - 3];
      positions[p + 2] = positions[p - 2];
      positions[p + 3] = positions[p - 1];
    } else {
      positions[p] = ins.lineno;
      positions[p + 1] = ins.endLineno;
      positions[p + 2] = ins.col;
      positions[p + 3] = ins.endCol;
    }
    prevFallsThrough = (OPCODES[op].flags & OpFlag.NoFallthrough) === 0;
    // Exception table runs.
    if (ins.handler !== runHandler) {
      closeRun(k);
      runHandler = ins.handler;
      runStart = k;
    }
    k++;
    p = 0;
  }
  closeRun(k);
  propagateLines(code, positions);
  applyDebugRanges(positions); // -X no_debug_ranges: lines only

  return new CodeObject(
    u.name, u.qualname, info.filename, u.firstlineno,
    u.argcount, u.posonlyargcount, u.kwonlyargcount, flags,
    code, u.consts.slice(0, maxConst + 1), [...u.names.keys()], localsplus, nlocals,
    // co_cellvars in localsplus order: parameter cells where the parameters are, then the rest.
    localsplus.filter((name, i) => u.cellvars.has(name) && i < localsplus.length - u.freevars.size),
    [...u.freevars.keys()], table, positions, maxDepth,
  );
}

/** CPython 3.11's MAX_COPY_SIZE: exit blocks up to this size are copied to the jumps to them. */
const MAX_COPY_SIZE = 4;

/**
 * 0. Jump threading and exit-block copies, as 3.11's optimize_cfg does before assembly: a JUMP
 * to a JUMP goes to the final target, and a JUMP to a small block that ends the code (return,
 * raise) becomes a NOP (keeping the jump's line) followed by a copy of that block, so that each
 * path returns with its own line (what 'return' trace events and tracebacks report).
 */
function inlineExitBlocks(u: CodeUnit): void {
  const instrs = u.instrs;
  const n = instrs.length;
  const labels = new Set<Label>();
  for (const ins of instrs) {
    if (ins.target !== null) labels.add(ins.target);
    for (let h = ins.handler; h !== null; h = h.parent) labels.add(h.target);
    if (ins.setup !== null) labels.add(ins.setup.target);
  }
  const labelAt = new Uint8Array(n + 1);
  for (const l of labels) if (l.pos >= 0) labelAt[l.pos] = 1;
  // Thread jumps (unconditional and conditional ones, as 3.11's jump_thread) to unconditional jumps.
  for (const ins of instrs) {
    if (ins.target === null || !(ins.op === Pseudo.JUMP || ins.op === Op.POP_JUMP_IF_FALSE ||
        ins.op === Op.POP_JUMP_IF_TRUE || ins.op === Op.POP_JUMP_IF_NONE || ins.op === Op.POP_JUMP_IF_NOT_NONE ||
        ins.op === Op.JUMP_IF_FALSE_OR_POP || ins.op === Op.JUMP_IF_TRUE_OR_POP)) continue;
    for (let hops = 0; hops < 10; hops++) {
      const t: number = ins.target!.pos;
      if (t < 0 || t >= n || instrs[t].op !== Pseudo.JUMP || instrs[t].target === ins.target) break;
      ins.target = instrs[t].target;
    }
  }
  /** The end (inclusive) of the exit block at t, or -1. */
  const exitBlock = (t: number): number => {
    for (let k = t; k < n && k - t < MAX_COPY_SIZE; k++) {
      if (k > t && labelAt[k]) return -1;
      const op = instrs[k].op;
      if (op === Pseudo.SETUP || op === Pseudo.JUMP || op === Pseudo.JUMP_NO_INTERRUPT || op >= 256) return -1;
      const flags = OPCODES[op].flags;
      if (flags & OpFlag.Jump) return -1;
      if (instrs[k].lineno >= 0) return -1;
      if (flags & OpFlag.NoFallthrough) {
        return op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE ? k : -1;
      }
    }
    return -1;
  };
  // Predecessors of each exit block start: jumps, plus the fall-through.
  const preds = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    if (ins.target !== null && ins.op !== Pseudo.SETUP && ins.target.pos >= 0) preds[ins.target.pos]++;
    const op = ins.op;
    const falls = op === Pseudo.SETUP || (op < 256 && !(OPCODES[op].flags & OpFlag.NoFallthrough));
    if (falls && i + 1 < n) preds[i + 1]++;
  }
  const copies: Instr[] = [];
  const out: Instr[] = [];
  const newPos = new Int32Array(n + 1);
  let changed = false;
  for (let i = 0; i < n; i++) {
    newPos[i] = out.length;
    const ins = instrs[i];
    const t = ins.target !== null && ins.op !== Pseudo.SETUP ? ins.target.pos : -1;
    const e = t >= 0 && t < n ? exitBlock(t) : -1;
    if (e < 0) {
      out.push(ins);
      continue;
    }
    changed = true;
    if (ins.op === Pseudo.JUMP) {
      out.push({ ...ins, op: Op.NOP, arg: 0, target: null });
      for (let k = t; k <= e; k++) out.push({ ...instrs[k], handler: ins.handler });
    } else {
      // duplicate_exits_without_lineno: a conditional jump to a shared exit gets its own copy
      // (placed after the code), which then takes the jump's line.
      out.push(ins);
      if (preds[t] > 1) {
        const label = new Label();
        labels.add(label);
        label.pos = -2 - copies.length;
        ins.target = label;
        for (let k = t; k <= e; k++) copies.push({ ...instrs[k], handler: ins.handler });
      }
    }
  }
  if (!changed) return;
  newPos[n] = out.length;
  for (const l of labels) {
    if (l.pos >= 0) l.pos = newPos[l.pos];
    else if (l.pos <= -2) l.pos = out.length + (-2 - l.pos);
  }
  for (const c of copies) out.push(c);
  instrs.length = 0;
  for (const ins of out) instrs.push(ins);
}

/**
 * 3b. CPython's remove_redundant_nops. The line-carrying NOPs (`pass`, `try:`'s SETUP, a jump
 * made redundant, a constant test) stay only where no neighbour carries their line: a NOP is
 * dropped when it has no line, when the instruction before it in its block has the same line,
 * when the next one (same block) has the same line (which keeps its own columns) or none (it
 * then takes the NOP's position), or starts the next block on the same line. Kept ones become
 * real NOPs.
 */
function removeRedundantNops(instrs: Instr[], keep: Uint8Array, depth: Int32Array, droppedJump: Uint8Array,
                             targetOf: (ins: Instr) => number): void {
  const n = instrs.length;
  const isTarget = new Uint8Array(n + 1);
  for (const ins of instrs) if (ins.target !== null) isTarget[targetOf(ins)] = 1;
  const candidate = (i: number): boolean => depth[i] >= 0 &&
    (instrs[i].op === Op.NOP || instrs[i].op === Pseudo.SETUP || droppedJump[i] === 1);
  const live = (i: number): boolean => keep[i] === 1 || candidate(i);
  let prevLine = -1;
  let newBlock = true;
  for (let i = 0; i < n; i++) {
    if (isTarget[i]) newBlock = true;
    if (!live(i)) continue;
    if (newBlock) {
      prevLine = -1;
      newBlock = false;
    }
    const ins = instrs[i];
    if (candidate(i)) {
      keep[i] = 0;
      const line = ins.lineno;
      if (line < 0 || line === prevLine) continue;
      const wasSetup = ins.op === Pseudo.SETUP;
      let j = i + 1;
      // A SETUP ends its block in CPython's flow graph (the protected body starts a new one).
      let sameBlock = !wasSetup;
      while (j < n && !live(j)) {
        if (isTarget[j]) sameBlock = false;
        j++;
      }
      if (j < n && isTarget[j]) sameBlock = false;
      if (j < n) {
        const next = instrs[j];
        if (sameBlock && next.lineno === line) continue;
        if (sameBlock && next.lineno < 0) {
          next.lineno = ins.lineno;
          next.endLineno = ins.endLineno;
          next.col = ins.col;
          next.endCol = ins.endCol;
          continue;
        }
        if (!sameBlock && next.lineno === line) continue;
      }
      keep[i] = 1;
      ins.op = Op.NOP;
      ins.arg = 0;
      ins.target = null;
      ins.setup = null;
      prevLine = line;
      if (wasSetup) newBlock = true;
      continue;
    }
    prevLine = ins.lineno;
    // Any jump ends a block (a conditional one's fall-through starts a new one).
    if (ins.op === Pseudo.JUMP || ins.op === Pseudo.JUMP_NO_INTERRUPT ||
        (ins.op < 256 && (OPCODES[ins.op].flags & (OpFlag.NoFallthrough | OpFlag.Jump)))) newBlock = true;
  }
}

/**
 * The rest of CPython's propagate_line_numbers, on the final code: an instruction without a
 * position that is reached from exactly one place (a jump, or the instruction before it) takes
 * that place's position (a loop's exit takes the loop's line). Exception edges do not count,
 * as in CPython's flow graph. (The fall-through case within a block is done above.)
 */
function propagateLines(code: Int32Array, positions: Int32Array): void {
  const n = code.length;
  const preds = new Int32Array(n);
  const from = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const flags = OPCODES[code[i] & 0xff].flags;
    if (!(flags & OpFlag.NoFallthrough) && i + 1 < n) {
      preds[i + 1]++;
      from[i + 1] = i;
    }
    if (flags & OpFlag.Jump) {
      const t = code[i] >>> 8;
      preds[t]++;
      from[t] = i;
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < n; i++) {
      const f = from[i];
      if (positions[i * 4] >= 0 || preds[i] !== 1 || positions[f * 4] < 0) continue;
      for (let j = 0; j < 4; j++) positions[i * 4 + j] = positions[f * 4 + j];
      changed = true;
    }
  }
}

function opName(op: number): string {
  if (op === Pseudo.JUMP) return "JUMP";
  if (op === Pseudo.JUMP_NO_INTERRUPT) return "JUMP_NO_INTERRUPT";
  if (op === Pseudo.SETUP) return "SETUP";
  return OPCODES[op]?.name ?? String(op);
}
