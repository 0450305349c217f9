// The baseline compiler: one code object's bytecode to one JS function (docs/baseline-compiler.md).
//
// The generated function runs a frame linked by enterCompiled (vm/eval.ts) and returns the
// frame's value. The value stack lives in JS locals s0, s1, ... (the depth at each instruction
// is static); the locals stay in frame.fast. Basic blocks become the cases of a `switch (pc)` in
// a loop, so a jump is `pc = target; continue`. Each instruction does what `execute` does, with
// the same inline caches (the code's CodeCache) and fast paths, through the helpers of rt.ts;
// the rarer instructions spill the value stack to the frame and run the interpreter's own
// implementation (executeOther). frame.lasti is stored before anything that may raise.
//
// Exceptions: code with an exception table runs its switch inside try/catch; the catch does
// what run()'s unwinder does for one frame (compiledUnwind: traceback entry, handler search)
// and continues at the handler with its values in the registers (the registers below the
// handler's depth are untouched by the protected code).
//
// Generators: a generator's code is compiled whole, but only its body runs compiled, from the
// resumptions of the generator (vm/eval.ts runGenerator; the call that makes the generator runs
// its first instructions, to RETURN_GENERATOR, in the interpreter). YIELD_VALUE stores the value
// stack and pc in the frame as the interpreter does and returns; a resumption goes on after it
// through the re-entry case (-2), which also raises generator.throw()'s exception there.
//
// Not compiled (they stay in the interpreter): coroutines and async generators, class and module
// bodies, and code using an instruction this file does not know. A backward jump counts down the code's loop counter like the interpreter's;
// when the JIT takes over the loop, the rest of the call runs in the interpreter.

import { CodeFlag, CodeObject } from "../../bytecode/code";
import { BinOp, CmpOp, Op, OPCODES, OpFlag, stackEffect } from "../../bytecode/opcodes";
import { CompiledFn, makeFunctionExtras, runtimeConsts, setBaseline } from "../eval";
import { AttrCache, AttrKind, codeCache, GlobalCache, HOOK_RAISED } from "../icache";
import { maskedMulAt } from "../../bytecode/masked";
import { TypeFlag } from "../../objects/object";
import { R } from "./rt";

/** Instructions compiled to their own code. */
const DIRECT = new Set<Op>([
  Op.NOP, Op.RESUME, Op.POP_TOP, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST,
  Op.LOAD_DEREF, Op.STORE_DEREF, Op.LOAD_CLOSURE, Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.LOAD_GLOBAL, Op.LOAD_ATTR,
  Op.STORE_ATTR, Op.LOAD_METHOD, Op.BINARY_OP, Op.UNARY_NOT, Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP,
  Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.BUILD_TUPLE, Op.LIST_APPEND, Op.UNPACK_SEQUENCE, Op.GET_ITER, Op.FOR_ITER,
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP, Op.RETURN_VALUE, Op.KW_NAMES, Op.CALL,
  Op.CALL_FUNCTION_EX, Op.BEFORE_WITH, Op.RAISE_VARARGS, Op.RERAISE, Op.JUMP_BACKWARD_NO_INTERRUPT,
  Op.RETURN_GENERATOR, Op.YIELD_VALUE, Op.SEND, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH,
  Op.WITH_EXCEPT_START, Op.BUILD_LIST, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP, Op.BUILD_STRING,
  Op.BUILD_SLICE, Op.FORMAT_VALUE, Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE,
  Op.LIST_TO_TUPLE, Op.DELETE_SUBSCR, Op.DELETE_FAST, Op.STORE_GLOBAL, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE,
  Op.UNARY_INVERT, Op.MAKE_FUNCTION, Op.DICT_MERGE,
]);

/**
 * Instructions run by the interpreter's executeOther on the spilled value stack: each falls
 * through to the next instruction (or raises) and never changes the running frame.
 */
const FALLBACK = new Set<Op>([
  Op.DELETE_DEREF, Op.DELETE_GLOBAL, Op.DELETE_ATTR,
  Op.UNPACK_EX, Op.IMPORT_NAME, Op.IMPORT_FROM,
  Op.LOAD_ASSERTION_ERROR, Op.LOAD_BUILD_CLASS, Op.MATCH_CLASS, Op.MATCH_MAPPING,
  Op.MATCH_SEQUENCE, Op.MATCH_KEYS, Op.GET_LEN,
  Op.CHECK_EG_MATCH, Op.PREP_RERAISE_STAR, Op.GET_YIELD_FROM_ITER,
]);

/** Instructions that cannot raise: no frame.lasti store before them. */
const NO_RAISE = new Set<Op>([
  Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_CONST, Op.STORE_FAST, Op.LOAD_CLOSURE,
  Op.COPY_FREE_VARS, Op.KW_NAMES, Op.JUMP_FORWARD, Op.IS_OP, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE,
  Op.STORE_DEREF, Op.RETURN_VALUE, Op.MAKE_CELL, Op.PUSH_EXC_INFO, Op.POP_EXCEPT,
]);

/** Coroutines and async generators stay in the interpreter (generators are compiled: see YIELD_VALUE). */
const ASYNC_FLAGS = CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR;
/** Larger code objects stay interpreted (V8 compiles huge functions slowly). */
const MAX_INSTRUCTIONS = 4000;

const dump = process.env.TYPHON_BASELINE_DUMP === "1";

const JS_CMP = ["<", "<=", "===", "!==", ">", ">="];

/** Compiles `code`, or returns null when it must stay in the interpreter. */
export function compileBaseline(code: CodeObject): CompiledFn | null {
  const want = CodeFlag.OPTIMIZED | CodeFlag.NEWLOCALS;
  if ((code.flags & want) !== want || (code.flags & ASYNC_FLAGS) !== 0) return null;
  const words = code.code;
  if (words.length > MAX_INSTRUCTIONS) return null;
  const depths = stackDepths(code);
  if (depths === null) return null;
  const emitter = new Emitter(code, depths);
  const src = emitter.emit();
  code.resumeDepths = emitter.resumeDepths;
  if (dump) process.stderr.write(`--- baseline ${code.qualname} (${code.filename}:${code.firstlineno})\n${src}\n`);
  const factory = new Function("R", "K", "N", "IC", "CC", src) as
    (r: typeof R, k: unknown[], n: readonly string[], ic: unknown[], cc: unknown) => CompiledFn;
  const cache = codeCache(code);
  return factory(R, runtimeConsts(code), code.names, cache.ic, cache);
}

/**
 * The value-stack depth before each instruction (-1: unreachable), or null when the code uses
 * an instruction this compiler leaves to the interpreter or the depths disagree.
 */
function stackDepths(code: CodeObject): Int32Array | null {
  const words = code.code;
  const n = words.length;
  const depth = new Int32Array(n).fill(-1);
  const work = [0];
  depth[0] = 0;
  const visit = (j: number, d: number): boolean => {
    if (j >= n || d < 0) return false;
    if (depth[j] === -1) {
      depth[j] = d;
      work.push(j);
      return true;
    }
    return depth[j] === d;
  };
  // Handlers start with the exception (and the raising instruction's index) pushed.
  for (const h of code.exceptionTable) if (!visit(h.target, h.depth + (h.lasti ? 2 : 1))) return null;
  while (work.length > 0) {
    const i = work.pop()!;
    const w = words[i];
    const op = (w & 0xff) as Op;
    const arg = w >>> 8;
    if (!DIRECT.has(op) && !FALLBACK.has(op)) return null;
    const info = OPCODES[op];
    const d = depth[i];
    if (info.flags & OpFlag.Jump) {
      const [p, q] = stackEffect(op, arg, true);
      if (!visit(arg, d - p + q)) return null;
    }
    if (!(info.flags & OpFlag.NoFallthrough)) {
      const [p, q] = stackEffect(op, arg);
      if (!visit(i + 1, d - p + q)) return null;
    }
  }
  return depth;
}

class Emitter {
  private readonly out: string[] = [];
  private readonly hoisted: string[] = [];
  private readonly words: Int32Array;
  private readonly blockStart: Uint8Array;
  private maxDepth = 0;
  /** Locals that are always bound (parameters never deleted): LOAD_FAST needs no check. */
  private readonly bound: Uint8Array;
  /** Targets of backward jumps: where the JIT's traces start. */
  private readonly loopHeader: Uint8Array;
  private readonly hoistedNames = new Set<number>();
  private readonly hoistedConsts = new Set<number>();
  /** The stack depth at each place the code can go on from (reentry), -1 elsewhere. */
  resumeDepths: Int16Array | null = null;
  /** The code returns its exceptions as ERR (eval.ts: setPending) rather than throwing them (not a generator's). */
  private readonly errReturn: boolean;
  /**
   * The lowest stack slot that holds a for loop's iterator made by GET_ITER right after a CALL
   * (or the code's stack size: none): a POP_TOP at or above it may drop a generator only the
   * loop refers to (gen.ts ownIter). (At or above: a return inside the loop swaps the iterator up.)
   */
  private ownedIterSlot = 0x7fffffff;

  constructor(private readonly code: CodeObject, private readonly depths: Int32Array) {
    this.words = code.code;
    this.errReturn = (code.flags & CodeFlag.GENERATOR) === 0;
    const n = this.words.length;
    this.blockStart = new Uint8Array(n);
    this.blockStart[0] = 1;
    this.loopHeader = new Uint8Array(n);
    const nparams = code.argcount + code.kwonlyargcount + (code.flags & CodeFlag.VARARGS ? 1 : 0) +
      (code.flags & CodeFlag.VARKEYWORDS ? 1 : 0);
    this.bound = new Uint8Array(code.localsplusnames.length);
    for (let i = 0; i < nparams; i++) this.bound[i] = 1;
    for (const h of code.exceptionTable) this.blockStart[h.target] = 1;
    for (let i = 0; i < n; i++) {
      if (depths[i] < 0) continue;
      const w = this.words[i];
      const op = (w & 0xff) as Op;
      if (OPCODES[op].flags & OpFlag.Jump) this.blockStart[w >>> 8] = 1;
      if (op === Op.DELETE_FAST || op === Op.MAKE_CELL) this.bound[w >>> 8] = 0;
      // Where a generator's frame goes on when resumed.
      if (op === Op.YIELD_VALUE || op === Op.RETURN_GENERATOR) this.blockStart[i + 1] = 1;
      if (OPCODES[op].flags & OpFlag.Jump && (w >>> 8) < i) this.loopHeader[w >>> 8] = 1;
      if (op === Op.GET_ITER && i > 0 && (this.words[i - 1] & 0xff) === Op.CALL) {
        this.ownedIterSlot = Math.min(this.ownedIterSlot, depths[i] - 1);
      }
      this.maxDepth = Math.max(this.maxDepth, depths[i] + 2);
    }
    // Where the tracing JIT's traces leave frames of this code: the code can go on from there
    // (reentry), so that the rest of the call does not run in the interpreter. (Not after
    // KW_NAMES: the names are a constant the CALL after it takes from the compiled code.)
    for (const k of code.resumeAt ?? []) {
      if (k > 0 && k < n && depths[k] >= 0 && (this.words[k - 1] & 0xff) !== Op.KW_NAMES) this.blockStart[k] = 1;
    }
  }

  private name(i: number): string {
    if (!this.hoistedNames.has(i)) {
      this.hoistedNames.add(i);
      this.hoisted.push(`const n${i} = N[${i}];`);
    }
    return `n${i}`;
  }

  /** The name of instruction k's attribute cache (its first entry, made now), hoisted. */
  private attrCache(k: number): string {
    const ic = codeCache(this.code).ic;
    if (ic[k] === undefined) ic[k] = new AttrCache();
    this.hoisted.push(`const a${k} = IC[${k}];`);
    return `a${k}`;
  }

  private konst(i: number): string {
    if (!this.hoistedConsts.has(i)) {
      this.hoistedConsts.add(i);
      this.hoisted.push(`const k${i} = K[${i}];`);
    }
    return `k${i}`;
  }

  private line(s: string): void {
    this.out.push(s);
  }

  /**
   * Where the exception a helper returned as ERR at instruction k goes: the handler search
   * after the switch (see emit) when a handler covers k, else out of the frame (returned as ERR,
   * or thrown by a generator's code).
   */
  private onErr(k: number): string {
    for (const e of this.code.exceptionTable) if (k >= e.start && k < e.end) return "break E;";
    return this.errReturn ? "return R.escape(frame);" : "throw R.take();";
  }

  emit(): string {
    const words = this.words;
    const n = words.length;
    const loop = this.blockStart.some((b, i) => b === 1 && i > 0);
    let kw = "null";
    // The last instruction of a masked multiply-add whose general path is being emitted (the
    // else branch of its int fast path; see maskedArith), or -1.
    let maskedEnd = -1;
    for (let k = 0; k < n; k++) {
      const d = this.depths[k];
      if (d < 0) continue;
      if (maskedEnd >= 0 && k > maskedEnd) {
        this.line("}");
        maskedEnd = -1;
      }
      if (this.loopHeader[k] && k > 0 && this.fallsInto(k)) this.loopEntry(k, d);
      if (loop && this.blockStart[k] && k > 0) this.line(`case ${k}:`);
      const w = words[k];
      const op = (w & 0xff) as Op;
      const arg = w >>> 8;
      if (op === Op.BINARY_OP && maskedEnd < 0) maskedEnd = this.maskedArith(k, d);
      if (!NO_RAISE.has(op) && !(op === Op.LOAD_FAST && this.bound[arg])) this.line(`frame.lasti = ${k};`);
      if (op === Op.KW_NAMES) {
        kw = `w${k}`;
        this.hoisted.push(`const w${k} = K[${arg}].items;`);
        continue;
      }
      if (FALLBACK.has(op)) {
        this.fallback(k, w, d);
        continue;
      }
      const skip = this.instruction(k, op, arg, d, kw);
      kw = "null";
      if (skip) k++;
    }
    if (maskedEnd >= 0) this.line("}");
    if (loop) this.reentry();
    const regs = [];
    for (let i = 0; i < this.maxDepth; i++) regs.push(`s${i}`);
    const fname = "py_" + this.code.qualname.replace(/[^A-Za-z0-9_$]/g, "_");
    let body: string;
    if (this.code.exceptionTable.length > 0) {
      // The handler search of compiledUnwind; then the values the handler starts with.
      const cases = new Map<number, string>();
      for (const h of this.code.exceptionTable) {
        // After an exception out of the JIT's loop hook, the values below the handler's depth
        // are the frame's (the JIT ran instructions on it), not the registers'.
        const reload = [];
        for (let i = 0; i < h.depth; i++) reload.push(`s${i} = frame.stack[${i}];`);
        const fromJit = reload.length ? `if (j) { ${reload.join(" ")} } ` : "";
        cases.set(h.target, fromJit + (h.lasti ? `s${h.depth} = t.lasti; s${h.depth + 1} = t.exc;` : `s${h.depth} = t.exc;`) +
          " t.exc = None_;");
      }
      const handlers = [...cases].map(([target, code]) => `case ${target}: ${code} break;`).join("\n");
      // The switch is left by `break E` for an exception returned as ERR, or by a throw.
      const unwind = this.errReturn ? "t = R.unwindE(frame, x);\nif (t === null) return ERR;" : "t = R.unwind(frame, x);";
      body = `let pc = frame.pc === 0 ? 0 : -2;\nL: for (;;) {\nlet x;\ntry {\nE: {\nswitch (pc) {\ncase 0:\n${this.out.join("\n")}\n` +
        `default: R.unreachable();\n}\n}\nx = R.take();\n} catch (e) {\nx = e;\n}\nconst j = h;\nh = false;\n${unwind}\nswitch (pc = t.target) {\n${handlers}\n` +
        `default: R.unreachable();\n}\n}`;
    } else if (loop) {
      body = `let pc = frame.pc === 0 ? 0 : -2;\nL: for (;;) switch (pc) {\ncase 0:\n${this.out.join("\n")}\ndefault: R.unreachable();\n}`;
    } else {
      body = this.out.join("\n") + "\nR.unreachable();";
    }
    return `"use strict";
const None_ = R.None, True_ = R.True, False_ = R.False, ERR = R.ERR, FuncT = R.functionType, ListT = R.listType, TupleT = R.tupleType, PyIter = R.PyIter;
${this.hoisted.join("\n")}
return function ${fname}(frame) {
const fast = frame.fast, globals = frame.globals, builtins = frame.builtins;
let t, u${regs.length ? ", " + regs.join(", ") : ""}${this.code.exceptionTable.length > 0 ? ", h = false" : ""};
${body}
};`;
  }

  /**
   * Where the JIT may hand a frame back to the compiled code (see jump): D, the stack depth at
   * each block start (-1 elsewhere), and case -2, which reloads the value stack from the frame
   * and goes on at frame.pc.
   */
  private reentry(): void {
    const n = this.words.length;
    const d: number[] = new Array(n).fill(-1);
    let max = 0;
    for (let k = 1; k < n; k++) {
      if (this.blockStart[k] && this.depths[k] >= 0) {
        d[k] = this.depths[k];
        max = Math.max(max, d[k]);
      }
    }
    this.resumeDepths = new Int16Array(d);
    this.hoisted.push(`const D = new Int16Array([${d.join(",")}]);`);
    this.line("case -2:");
    this.line("t = frame.stack;");
    if (max > 0) {
      const loads = [];
      for (let i = max; i >= 1; i--) loads.push(`case ${i}: s${i - 1} = t[${i - 1}];`);
      this.line(`switch (frame.sp) { ${loads.join(" ")} }`);
    }
    this.line("pc = frame.pc;");
    if (this.code.flags & CodeFlag.GENERATOR) this.line("if ((t = R.thrown()) !== null) throw t;");
    this.line("continue L;");
  }

  /** Spills the value stack, runs the instruction in the interpreter, reloads what it changed. */
  private fallback(k: number, w: number, d: number): void {
    const op = (w & 0xff) as Op;
    const [pops, pushes] = stackEffect(op, w >>> 8);
    this.line(this.spill(d));
    this.line(`frame.sp = ${d}; frame.pc = ${k + 1};`);
    this.line(`R.other(frame, ${w});`);
    for (let i = d - pops; i < d - pops + pushes; i++) this.line(`s${i} = frame.stack[${i}];`);
  }

  /** Stores the `d` values of the stack in the frame's value stack (made if need be). */
  private spill(d: number): string {
    const out = ["t = R.stack(frame);"];
    for (let i = 0; i < d; i++) out.push(`t[${i}] = s${i};`);
    return out.join(" ");
  }

  /** A jump to `target` with `d` values on the stack, from instruction k. */
  private jump(k: number, target: number, d: number): string {
    if (target > k) return `{ pc = ${target}; continue L; }`;
    // A backward jump: the JIT's loop counter and the eval breaker, as the interpreter's backEdge.
    // When the JIT ran the loop and left the frame at the start of a block (the loop's exit, at
    // its header), the compiled code goes on from there (case -2 reloads the value stack).
    return `{ if (--CC.loopCounter <= 0) { ${this.spill(d)} frame.sp = ${d}; frame.pc = ${target}; ` +
      `if (${this.hook("loopHot", target)}) { ${this.hookRaised(target)} if (R.reenter(frame, D) || (t = R.resume(frame, D)) === R.BACK) { pc = -2; continue L; } return t; } } ` +
      `if (R.breaker() !== 0) R.service(frame, ${target}, ${d}); pc = ${target}; continue L; }`;
  }

  /**
   * At a BINARY_OP `*` (instruction k, `d` values on the stack) that starts a masked multiply-add
   * (bytecode/masked.ts) with no block starting inside it: the int fast path for all of its
   * instructions, opening the else branch that the instructions' own code goes in. Returns the
   * last instruction of the else branch, or -1 when there is no such expression.
   */
  private maskedArith(k: number, d: number): number {
    const mm = maskedMulAt(this.code, k);
    if (mm === null) return -1;
    const end = k + mm.length - 1;
    for (let j = k + 1; j <= end; j++) if (this.blockStart[j] || this.depths[j] < 0) return -1;
    const a = `s${d - 2}`, b = `s${d - 1}`;
    let mask = `${mm.mask}`;
    let cond = `typeof ${a} === "number" && typeof ${b} === "number"`;
    if (mm.maskGlobal >= 0) {
      // The global's value, read before the product as nothing runs in between (through the
      // cache g<j> that the LOAD_GLOBAL's own code, in the else branch, makes; undefined when the
      // name is not bound: the general path raises).
      cond += ` && typeof (t = R.peekGlobal(g${mm.maskAt}, globals, builtins, ${this.name(mm.maskGlobal)})) === "number" && ` +
        "t >= 0 && t <= 0xffffffff";
      mask = "t";
    }
    this.line(`if (${cond}) ${a} = ((Math.imul(${a}, ${b}) + ${mm.addend}) & ${mask}) >>> 0; else {`);
    return end;
  }

  /** Whether the instruction before k (the last one the code reaches) goes on to k. */
  private fallsInto(k: number): boolean {
    let p = k - 1;
    while (p >= 0 && this.depths[p] < 0) p--;
    if (p < 0) return false;
    const op = (this.words[p] & 0xff) as Op;
    return !(op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
      op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE);
  }

  /**
   * Arriving at the loop header k from before the loop (`d` values on the stack): once the
   * JIT has seen this code hot, the loop's trace (if it has one) runs from the first iteration
   * (R.loopEntry); then the code goes on where the trace left the frame, as after a back edge.
   */
  private loopEntry(k: number, d: number): void {
    this.line(`if (CC.entry !== null && CC.entry[${k}] !== 0) { ${this.spill(d)} frame.sp = ${d}; frame.pc = ${k}; ` +
      `if (${this.hook("loopEntry", k)}) { ${this.hookRaised(k)} if (R.reenter(frame, D) || (t = R.resume(frame, D)) === R.BACK) { pc = -2; continue L; } return t; } }`);
  }

  /**
   * The call of a JIT loop hook (R.loopHot or R.loopEntry) at loop header k, as a condition
   * true when it ran the loop; t is its result. h: the hook is running (it runs instructions on
   * the frame: after an exception out of it, the handler reloads the registers from the frame;
   * see the catch in emit). It stays set when the hook returns an exception (HOOK_RAISED).
   */
  private hook(name: string, k: number): string {
    return this.code.exceptionTable.length > 0 ? `(h = true, t = R.${name}(frame, CC, ${k}), t === ${HOOK_RAISED} || (h = false), t)` :
      `(t = R.${name}(frame, CC, ${k}))`;
  }

  /**
   * After a hook that ran the loop: when an exception came out of it (pending; the frame is at
   * the instruction in the loop that raised), the handler search as for a helper's ERR, from
   * that instruction (which may be inside a handler's range that the header is not in).
   */
  private hookRaised(k: number): string {
    return `if (t === ${HOOK_RAISED}) ${this.code.exceptionTable.length > 0 ? "break E;" : this.onErr(k)}`;
  }

  /**
   * After a call (instruction k, `d` values on the stack after it): when the callee turned
   * sys.settrace/setprofile on, the rest of the frame runs in the interpreter, which reports
   * its events (a profile function sees the calls this frame makes next and its return).
   */
  private tracingCheck(k: number, d: number): void {
    this.line(`if (R.tracing()) { ${this.spill(d)} frame.sp = ${d}; frame.pc = ${k + 1}; return R.resume(frame, null); }`);
  }

  /** A condition the next instruction (a conditional jump) may branch on directly, or null. */
  private fusedJump(k: number, cond: string, d: number): boolean {
    if (k + 1 >= this.words.length || this.blockStart[k + 1]) return false;
    const w = this.words[k + 1];
    const op = (w & 0xff) as Op;
    if (op !== Op.POP_JUMP_IF_FALSE && op !== Op.POP_JUMP_IF_TRUE) return false;
    this.line(`if (${op === Op.POP_JUMP_IF_TRUE ? "" : "!"}(${cond})) ${this.jump(k + 1, w >>> 8, d)}`);
    return true;
  }

  /** Emits instruction k; true when it also did instruction k+1. */
  private instruction(k: number, op: Op, arg: number, d: number, kw: string): boolean {
    const s = (i: number): string => `s${i}`;
    /** The registers s<a> .. s<b - 1>, comma-separated. */
    const regs = (a: number, b: number): string => {
      const out = [];
      for (let i = a; i < b; i++) out.push(s(i));
      return out.join(", ");
    };
    const top = s(d - 1);
    switch (op) {
      case Op.POP_TOP:
        if (d - 1 >= this.ownedIterSlot) this.line(`R.dropIter(${top}, frame, ${k});`);
        return false;
      case Op.NOP:
      case Op.COPY_FREE_VARS:
        return false;
      case Op.RESUME:
        this.line(`if (R.breaker() !== 0) R.service(frame, ${k + 1}, ${d});`);
        return false;
      case Op.PUSH_NULL:
        this.line(`${s(d)} = null;`);
        return false;
      case Op.COPY:
        this.line(`${s(d)} = ${s(d - arg)};`);
        return false;
      case Op.SWAP:
        this.line(`t = ${top}; ${top} = ${s(d - arg)}; ${s(d - arg)} = t;`);
        return false;
      case Op.LOAD_CONST:
        this.line(`${s(d)} = ${this.konst(arg)};`);
        return false;
      case Op.LOAD_FAST:
        if (this.bound[arg]) this.line(`${s(d)} = fast[${arg}];`);
        else this.line(`if ((${s(d)} = fast[${arg}]) === undefined) R.unbound(frame, ${arg});`);
        return false;
      case Op.STORE_FAST:
        this.line(`fast[${arg}] = ${top};`);
        return false;
      case Op.LOAD_DEREF:
        this.line(`if ((${s(d)} = fast[${arg}].value) === undefined) R.freeVar(frame, ${arg});`);
        return false;
      case Op.STORE_DEREF:
        this.line(`fast[${arg}].value = ${top};`);
        return false;
      case Op.LOAD_CLOSURE:
        this.line(`${s(d)} = fast[${arg}];`);
        return false;
      case Op.MAKE_CELL:
        this.line(`fast[${arg}] = R.cell(fast[${arg}]);`);
        return false;
      case Op.LOAD_GLOBAL: {
        const ic = codeCache(this.code).ic;
        if (ic[k] === undefined) ic[k] = new GlobalCache();
        this.hoisted.push(`const g${k} = IC[${k}];`);
        let i = d;
        if (arg & 1) this.line(`${s(i++)} = null;`);
        // The global's position inline (a builtin also checks that the globals did not change).
        const n = this.name(arg >> 1), g = `g${k}`;
        this.line(`${s(i)} = !${g}.builtin ? ((u = globals.store).keys[${g}.pos] === ${n} ? u.values[${g}.pos] : R.loadGlobal(${g}, globals, builtins, ${n})) : ` +
          `${g}.gversion === globals.store.version && (u = builtins.store).keys[${g}.pos] === ${n} ? u.values[${g}.pos] : R.loadGlobal(${g}, globals, builtins, ${n});`);
        return false;
      }
      case Op.LOAD_ATTR: {
        // The instance-dict hit inline (per-site type feedback for V8), else the helper.
        const a = this.attrCache(k), n = this.name(arg);
        this.line(`if (typeof ${top} === "object" && ${a}.type === ${top}.cls && ${a}.version === ${a}.type.version && ${a}.kind === ${AttrKind.DICT} && ` +
          `(u = ${top}.dict) !== null && (u = u.store).keys[${a}.pos] === ${n}) ${top} = u.values[${a}.pos]; ` +
          `else if ((${top} = R.loadAttr(IC, ${k}, ${top}, ${n})) === ERR) ${this.onErr(k)}`);
        return false;
      }
      case Op.STORE_ATTR: {
        const a = this.attrCache(k), n = this.name(arg);
        this.line(`if (typeof ${top} === "object" && ${a}.type === ${top}.cls && ${a}.version === ${a}.type.version && ${a}.kind === ${AttrKind.DICT} && ` +
          `(u = ${top}.dict) !== null && (u = u.store).keys[${a}.pos] === ${n}) u.setValueAt(${a}.pos, ${s(d - 2)}); ` +
          `else R.storeAttr(IC, ${k}, ${top}, ${n}, ${s(d - 2)});`);
        return false;
      }
      case Op.LOAD_METHOD: {
        // A method of the class, not shadowed in the instance dict (its layout is known not to
        // hold the name): inline, else the helper. (R.second is cleared: a scratch slot must
        // not keep the object alive for weak references.)
        const a = this.attrCache(k);
        this.line(`if (typeof ${top} === "object" && ${a}.type === ${top}.cls && ${a}.version === ${a}.type.version && ${a}.method && ` +
          `((u = ${top}.dict) === null || (u = u.store.shape) !== null && u === ${a}.shape)) { ${s(d)} = ${top}; ${top} = ${a}.value; } ` +
          `else { t = R.loadMethod(IC, ${k}, ${top}, ${this.name(arg)}); ${s(d)} = R.second; R.second = None_; ${top} = t; }`);
        return false;
      }
      case Op.BINARY_OP: {
        const a = s(d - 2), b = s(d - 1);
        const num = `typeof ${a} === "number" && typeof ${b} === "number"`;
        // Both ints in [0, 2**32): the bitwise operators' fast paths.
        const u32 = `${num} && (${a} >>> 0) === ${a} && (${b} >>> 0) === ${b}`;
        const op2 = arg >= 13 ? arg - 13 : arg;
        if (op2 === BinOp.ADD || op2 === BinOp.SUBTRACT) {
          const sym = op2 === BinOp.ADD ? "+" : "-";
          const slow = op2 === BinOp.ADD ? "add" : "sub";
          this.line(`${a} = ${num} && Number.isSafeInteger(t = ${a} ${sym} ${b}) ? t : R.${slow}(IC, ${k}, ${a}, ${b}, ${arg});`);
        } else if (op2 === BinOp.MULTIPLY) {
          this.line(`${a} = ${num} && Number.isSafeInteger(t = ${a} * ${b}) ? t + 0 : R.mul(IC, ${k}, ${a}, ${b}, ${arg});`);
        } else if (op2 === BinOp.TRUE_DIVIDE) {
          this.line(`if ((${a} = R.truediv(IC, ${k}, ${a}, ${b}, ${arg})) === ERR) ${this.onErr(k)}`);
        } else if (op2 === BinOp.FLOOR_DIVIDE) {
          // A safe int not below 0 by one above 0: the float quotient's floor is exact (below
          // 2**53 the rounding never reaches the next int). (An int divided by zero comes back as ERR.)
          const fast = `${num} && ${a} >= 0 && ${b} > 0 ? Math.floor(${a} / ${b})`;
          this.line(`if ((${a} = ${fast} : R.binop(IC, ${k}, ${a}, ${b}, ${arg})) === ERR) ${this.onErr(k)}`);
        } else if (op2 === BinOp.REMAINDER) {
          // An int by one above 0: JS's remainder (exact), moved up by b when negative; + 0 makes -0 0.
          const fast = `${num} && ${b} > 0 ? ((t = ${a} % ${b}) < 0 ? t + ${b} : t + 0)`;
          this.line(`if ((${a} = ${fast} : R.binop(IC, ${k}, ${a}, ${b}, ${arg})) === ERR) ${this.onErr(k)}`);
        } else if (op2 === BinOp.AND || op2 === BinOp.OR || op2 === BinOp.XOR) {
          // Two ints of 32 bits or fewer, not negative: JS's operator gives Python's result.
          const sym = op2 === BinOp.AND ? "&" : op2 === BinOp.OR ? "|" : "^";
          this.line(`${a} = ${u32} ? (${a} ${sym} ${b}) >>> 0 : R.binop(IC, ${k}, ${a}, ${b}, ${arg});`);
        } else if (op2 === BinOp.RSHIFT) {
          this.line(`${a} = ${u32} ? (${b} < 32 ? ${a} >>> ${b} : 0) : R.binop(IC, ${k}, ${a}, ${b}, ${arg});`);
        } else if (op2 === BinOp.LSHIFT) {
          // (Below 2**32 shifted by at most 20: below 2**52, a safe int.)
          this.line(`${a} = ${u32} && ${b} <= 20 ? ${a} * (1 << ${b}) : R.binop(IC, ${k}, ${a}, ${b}, ${arg});`);
        } else {
          this.line(`${a} = R.binop(IC, ${k}, ${a}, ${b}, ${arg});`);
        }
        return false;
      }
      case Op.UNARY_NOT:
        this.line(`${top} = R.truthy(${top}) ? False_ : True_;`);
        return false;
      case Op.COMPARE_OP: {
        const a = s(d - 2), b = s(d - 1);
        const num = `typeof ${a} === "number" && typeof ${b} === "number"`;
        const cmp = `${a} ${JS_CMP[arg as CmpOp]} ${b}`;
        if (this.fusedJump(k, `${num} ? ${cmp} : R.compareBool(IC, ${k}, ${a}, ${b}, ${arg})`, d - 2)) return true;
        this.line(`${a} = ${num} ? (${cmp} ? True_ : False_) : R.compare(IC, ${k}, ${a}, ${b}, ${arg});`);
        return false;
      }
      case Op.IS_OP: {
        const cond = `${s(d - 2)} ${arg === 1 ? "!==" : "==="} ${s(d - 1)}`;
        if (this.fusedJump(k, cond, d - 2)) return true;
        this.line(`${s(d - 2)} = ${cond} ? True_ : False_;`);
        return false;
      }
      case Op.CONTAINS_OP: {
        const cond = `${arg === 1 ? "!" : ""}R.contains(${s(d - 1)}, ${s(d - 2)})`;
        if (this.fusedJump(k, cond, d - 2)) return true;
        this.line(`${s(d - 2)} = ${cond} ? True_ : False_;`);
        return false;
      }
      case Op.BINARY_SUBSCR: {
        // An exact list or tuple and an int index in range inline, else the helper.
        const o = s(d - 2);
        this.line(`if (typeof ${top} === "number" && typeof ${o} === "object" && (${o}.cls === ListT || ${o}.cls === TupleT) && ` +
          `(t = ${top} < 0 ? ${top} + ${o}.items.length : ${top}) >= 0 && t < ${o}.items.length) ${o} = ${o}.items[t]; ` +
          `else if ((${o} = R.subscr(IC, ${k}, ${o}, ${top})) === ERR) ${this.onErr(k)}`);
        return false;
      }
      case Op.STORE_SUBSCR: {
        const o = s(d - 2);
        this.line(`if (typeof ${top} === "number" && typeof ${o} === "object" && ${o}.cls === ListT && ` +
          `(t = ${top} < 0 ? ${top} + ${o}.items.length : ${top}) >= 0 && t < ${o}.items.length) ${o}.items[t] = ${s(d - 3)}; ` +
          `else R.storeSubscr(IC, ${k}, ${o}, ${top}, ${s(d - 3)});`);
        return false;
      }
      case Op.BUILD_TUPLE: {
        const next = k + 1 < this.words.length ? this.words[k + 1] : -1;
        if (next === (Op.UNPACK_SEQUENCE | arg << 8) && !this.blockStart[k + 1]) {
          // `a, b = b, a`: the items reversed in place, as the interpreter does.
          for (let i = d - arg, j = d - 1; i < j; i++, j--) this.line(`t = ${s(i)}; ${s(i)} = ${s(j)}; ${s(j)} = t;`);
          return true;
        }
        this.line(`${s(d - arg)} = R.tuple([${regs(d - arg, d)}]);`);
        return false;
      }
      case Op.LIST_APPEND:
        this.line(`${s(d - 1 - arg)}.items.push(${top});`);
        return false;
      case Op.BUILD_LIST:
      case Op.BUILD_SET:
      case Op.BUILD_MAP:
      case Op.BUILD_STRING: {
        if (op === Op.BUILD_STRING && arg === 1) return false;
        const n = op === Op.BUILD_MAP ? 2 * arg : arg;
        const make = op === Op.BUILD_LIST ? "R.list" : op === Op.BUILD_SET ? "R.set" : op === Op.BUILD_MAP ? "R.map" : "R.string";
        this.line(`${s(d - n)} = ${make}([${regs(d - n, d)}]);`);
        return false;
      }
      case Op.BUILD_CONST_KEY_MAP: {
        this.line(`${s(d - 1 - arg)} = R.constKeyMap(${top}, [${regs(d - 1 - arg, d - 1)}]);`);
        return false;
      }
      case Op.BUILD_SLICE:
        this.line(`${s(d - arg)} = R.slice(${s(d - arg)}, ${s(d - arg + 1)}, ${arg === 3 ? s(d - 1) : "R.None"});`);
        return false;
      case Op.FORMAT_VALUE:
        if (arg & 4) this.line(`${s(d - 2)} = R.format(${s(d - 2)}, ${arg & 3}, ${top});`);
        else if ((arg & 3) === 0) this.line(`if (typeof ${top} !== "string") ${top} = R.format(${top}, 0, "");`);
        else this.line(`${top} = R.format(${top}, ${arg & 3}, "");`);
        return false;
      case Op.SET_ADD:
        this.line(`R.setAdd(${s(d - 1 - arg)}, ${top});`);
        return false;
      case Op.MAP_ADD:
        this.line(`${s(d - 2 - arg)}.set(${s(d - 2)}, ${top});`);
        return false;
      case Op.LIST_EXTEND:
        this.line(`R.listExtend(${s(d - 1 - arg)}, ${top});`);
        return false;
      case Op.SET_UPDATE:
        this.line(`R.setUpdate(${s(d - 1 - arg)}, ${top});`);
        return false;
      case Op.DICT_MERGE:
        // f(**a, **b): the callable is two below the dict (under its NULL or self).
        this.line(`R.dictMerge(${s(d - 1 - arg)}, ${top}, ${s(d - 1 - arg - 2)});`);
        return false;
      case Op.DICT_UPDATE:
        this.line(`R.dictUpdate(${s(d - 1 - arg)}, ${top});`);
        return false;
      case Op.MAKE_FUNCTION: {
        // The code object on top, under it the extras its flags name (defaults, kwdefaults,
        // annotations, closure), in that order.
        const n = makeFunctionExtras(arg);
        this.line(`${s(d - 1 - n)} = R.makeFunction(${top}, globals, builtins, ${arg}, [${regs(d - 1 - n, d - 1)}]);`);
        return false;
      }
      case Op.DELETE_SUBSCR:
        this.line(`R.delSubscr(${s(d - 2)}, ${top});`);
        return false;
      case Op.DELETE_FAST:
        this.line(`if (fast[${arg}] === undefined) R.unbound(frame, ${arg}); fast[${arg}] = undefined;`);
        return false;
      case Op.STORE_GLOBAL:
        this.line(`globals.set(${this.name(arg)}, ${top});`);
        return false;
      case Op.UNARY_NEGATIVE:
        // (An int 0 stays 0, not -0.)
        this.line(`${top} = typeof ${top} === "number" && ${top} !== 0 ? -${top} : R.unary(${top}, "__neg__", "-");`);
        return false;
      case Op.UNARY_POSITIVE:
        this.line(`if (typeof ${top} !== "number") ${top} = R.unary(${top}, "__pos__", "+");`);
        return false;
      case Op.UNARY_INVERT:
        this.line(`${top} = R.unary(${top}, "__invert__", "~");`);
        return false;
      case Op.LIST_TO_TUPLE:
        this.line(`${top} = R.tuple(${top}.items);`);
        return false;
      case Op.UNPACK_SEQUENCE: {
        this.line(`t = R.unpack(${top}, ${arg});`);
        for (let i = 0; i < arg; i++) this.line(`${s(d - 1 + i)} = t[${arg - 1 - i}];`);
        return false;
      }
      case Op.GET_ITER:
        this.line(`${top} = R.getIter(${top});`);
        if (k > 0 && (this.words[k - 1] & 0xff) === Op.CALL) this.line(`R.ownIter(${top}, frame);`);
        return false;
      case Op.FOR_ITER:
        // A built-in iterator's next() called here (per-site type feedback: V8 inlines it).
        this.line(`if ((${s(d)} = ${top} instanceof PyIter && (${top}.cls.flags & ${TypeFlag.HEAPTYPE}) === 0 ? ${top}.next() : R.next(${top})) === undefined) ` +
          this.jump(k, arg, d - 1));
        return false;
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        this.line(`pc = ${arg}; continue L;`);
        return false;
      case Op.BEFORE_WITH:
        this.line(`t = R.beforeWith(${top}); ${s(d)} = R.second; R.second = None_; ${top} = t;`);
        return false;
      case Op.PUSH_EXC_INFO:
        // The exception becomes the handled one (sys.exc_info()); the one it replaces goes below it.
        this.line(`t = R.excStack; ${s(d)} = ${top}; ${top} = t[t.length - 1]; t[t.length - 1] = ${s(d)};`);
        return false;
      case Op.POP_EXCEPT:
        this.line(`t = R.excStack; t[t.length - 1] = ${top};`);
        return false;
      case Op.CHECK_EXC_MATCH: {
        const cond = `R.excMatch(${s(d - 2)}, ${top})`;
        if (this.fusedJump(k, cond, d - 1)) return true;
        this.line(`${top} = ${cond} ? True_ : False_;`);
        return false;
      }
      case Op.WITH_EXCEPT_START:
        this.line(`${s(d)} = R.withExceptStart(${s(d - 4)}, ${top});`);
        return false;
      case Op.RAISE_VARARGS: {
        const args = `frame, ${arg}, ${arg >= 1 ? s(d - arg) : "null"}, ${arg === 2 ? top : "null"}`;
        this.line(this.errReturn ? `R.raiseE(${args}); ${this.onErr(k)}` : `R.raise(${args});`);
        return false;
      }
      case Op.RERAISE: {
        const args = `frame, ${k}, ${top}, ${arg ? s(d - 1 - arg) : -1}`;
        this.line(this.errReturn ? `R.reraiseE(${args}); ${this.onErr(k)}` : `R.reraise(${args});`);
        return false;
      }
      case Op.JUMP_FORWARD:
      case Op.JUMP_BACKWARD:
        this.line(this.jump(k, arg, d));
        return false;
      case Op.POP_JUMP_IF_FALSE:
        this.line(`t = ${top}; if (t === False_ || (t !== True_ && !R.truthy(t))) ${this.jump(k, arg, d - 1)}`);
        return false;
      case Op.POP_JUMP_IF_TRUE:
        this.line(`t = ${top}; if (t === True_ || (t !== False_ && R.truthy(t))) ${this.jump(k, arg, d - 1)}`);
        return false;
      case Op.POP_JUMP_IF_NONE:
        this.line(`if (${top} === None_) ${this.jump(k, arg, d - 1)}`);
        return false;
      case Op.POP_JUMP_IF_NOT_NONE:
        this.line(`if (${top} !== None_) ${this.jump(k, arg, d - 1)}`);
        return false;
      case Op.JUMP_IF_FALSE_OR_POP:
        this.line(`if (!R.truthy(${top})) ${this.jump(k, arg, d)}`);
        return false;
      case Op.JUMP_IF_TRUE_OR_POP:
        this.line(`if (R.truthy(${top})) ${this.jump(k, arg, d)}`);
        return false;
      case Op.RETURN_VALUE:
        this.line(`return ${top};`);
        return false;
      case Op.RETURN_GENERATOR:
        // Run by the interpreter when the generator function is called (see the top of the file).
        this.line("R.unreachable();");
        return false;
      case Op.YIELD_VALUE:
        // Suspended as the interpreter leaves a generator's frame (runGenerator sets its state).
        this.line(`${this.spill(d - 1)} frame.sp = ${d - 1}; frame.pc = ${k + 1}; frame.yielded = true; return ${top};`);
        return false;
      case Op.SEND:
        // `yield from`/`await`: the sub-iterator's next value goes on to the YIELD_VALUE after this;
        // when it is done, its return value replaces it and the code goes on at the target.
        this.line(`t = R.send(${s(d - 2)}, ${top}); if (t.done) { ${s(d - 2)} = t.value; ${this.jump(k, arg, d - 1)} } ${top} = t.value;`);
        return false;
      case Op.CALL: {
        const base = d - arg - 2;
        const args = [];
        for (let i = base + 2; i < d; i++) args.push(s(i));
        const list = args.join(", ");
        const withSelf = s(base + 1) + (list ? ", " + list : "");
        if (kw === "null" && arg <= 5) {
          // Up to six arguments: R.callN, which calls a compiled function directly.
          // A plain Python function whose compiled code takes these arguments exactly is
          // entered from here (per-site type feedback); anything else goes through R.callN.
          const f = s(base + 1), m = s(base);
          const direct = (fn: string, n: number): string =>
            `typeof ${fn} === "object" && ${fn}.cls === FuncT && (u = ${fn}.code).directArgs === ${n} && typeof (u = u.baseline) === "function" && R.directCalls()`;
          this.line(`if ((${m} = ${m} === null ? (${direct(f, arg)} ? R.enter${arg}(u, ${withSelf}) : R.call${arg}(IC, ${k}, ${withSelf})) : ` +
            `(${direct(m, arg + 1)} ? R.enter${arg + 1}(u, ${m}, ${withSelf}) : R.call${arg + 1}(IC, ${k}, ${m}, ${withSelf}))) === ERR) ${this.onErr(k)}`);
        } else if (kw === "null") {
          this.line(`if ((${s(base)} = ${s(base)} === null ? R.callArgs(${s(base + 1)}, [${list}]) : ` +
            `R.callArgs(${s(base)}, [${withSelf}])) === ERR) ${this.onErr(k)}`);
        } else {
          this.line(`${s(base)} = ${s(base)} === null ? R.call(${s(base + 1)}, [${list}], ${kw}) : ` +
            `R.call(${s(base)}, [${withSelf}], ${kw});`);
        }
        this.tracingCheck(k, base + 1);
        return false;
      }
      case Op.CALL_FUNCTION_EX: {
        const hasKw = arg & 1;
        const kwargs = hasKw ? top : "null";
        const posargs = s(d - 1 - hasKw);
        const f = s(d - 2 - hasKw);
        this.line(`${s(d - 3 - hasKw)} = R.callEx(${f}, ${posargs}, ${kwargs});`);
        this.tracingCheck(k, d - 2 - hasKw);
        return false;
      }
      default:
        throw new Error(`baseline: no code for ${OPCODES[op].name}`);
    }
  }
}

/** Calls before a code object is compiled (--baseline threshold=N). */
const DEFAULT_THRESHOLD = 50;

/**
 * Turns the tier on (the default) or off, from --baseline's value: "off", "on" or
 * "threshold=N". Returns an error message for a bad value.
 */
export function configureBaseline(value: string): string | null {
  if (value === "off") {
    setBaseline(null, DEFAULT_THRESHOLD);
    return null;
  }
  if (value === "on") {
    setBaseline(compileBaseline, DEFAULT_THRESHOLD);
    return null;
  }
  const m = /^threshold=(\d+)$/.exec(value);
  if (m === null) return `unknown value '${value}' (expected off, on or threshold=N)`;
  setBaseline(compileBaseline, Math.max(1, Number(m[1])));
  return null;
}
