// A disassembler in the manner of CPython's `dis`: one instruction per line with its source
// line (at the first instruction of each line), `>>` on jump targets, the instruction index
// (Typhon has one word per instruction, so indexes stand where CPython prints byte offsets),
// the opcode name, the argument and what it means; then the exception table; then the nested
// code objects. Constants are printed without addresses, so the output is stable for tests.

import { BytesConst, ComplexConst, EllipsisConst, FloatConst } from "../parser/ast";
import { reprBytes, reprComplex, reprFloat, reprStr } from "../parser/constrepr";
import { CodeObject, ConstFrozenset, ConstTuple, type Const } from "./code";
import { ArgKind, BINOP_SYMBOLS, CMPOP_SYMBOLS, OPCODES, Op, argOf, opOf } from "./opcodes";

export interface DisOptions {
  /** Also disassemble the code objects among the constants (default true). */
  recursive?: boolean;
  /** Print the columns of each instruction's position too. */
  positions?: boolean;
}

export function disassemble(co: CodeObject, opts: DisOptions = {}): string {
  const out: string[] = [];
  disOne(co, opts, out);
  if (opts.recursive ?? true) {
    for (const c of co.consts) {
      if (c instanceof CodeObject) {
        out.push("", `Disassembly of ${reprConst(c)}:`);
        out.push(disassemble(c, opts));
      }
    }
  }
  return out.join("\n");
}

function disOne(co: CodeObject, opts: DisOptions, out: string[]): void {
  const targets = new Set<number>();
  for (let i = 0; i < co.code.length; i++) {
    const info = OPCODES[opOf(co.code[i])];
    if (info.arg === ArgKind.Jump) targets.add(argOf(co.code[i]));
  }
  for (const e of co.exceptionTable) targets.add(e.target);
  let lastLine = -2;
  for (let i = 0; i < co.code.length; i++) {
    const word = co.code[i];
    const op = opOf(word);
    const arg = argOf(word);
    const info = OPCODES[op];
    const line = co.positions[i * 4];
    let lineCol = "    ";
    if (line !== lastLine) {
      if (i > 0) out.push("");
      lineCol = (line < 0 ? "--" : String(line)).padStart(4);
      lastLine = line;
    }
    const marker = targets.has(i) ? ">>" : "  ";
    let text = `${lineCol} ${marker} ${String(i).padStart(4)} ${info.name.padEnd(26)}`;
    if (info.arg !== ArgKind.None) {
      text += String(arg).padStart(4);
      const meaning = argRepr(co, op, arg);
      if (meaning) text += ` (${meaning})`;
    }
    if (opts.positions) {
      const p = i * 4;
      text += `  @${co.positions[p]}:${co.positions[p + 2]}-${co.positions[p + 1]}:${co.positions[p + 3]}`;
    }
    out.push(text.trimEnd());
  }
  if (co.exceptionTable.length) {
    out.push("ExceptionTable:");
    for (const e of co.exceptionTable) {
      out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
}

/** What an argument means, as `dis` shows it in parentheses. */
function argRepr(co: CodeObject, op: Op, arg: number): string {
  const info = OPCODES[op];
  switch (info.arg) {
    case ArgKind.None:
    case ArgKind.Count:
      return "";
    case ArgKind.Const:
      return reprConst(co.consts[arg]);
    case ArgKind.Name:
      if (op === Op.LOAD_GLOBAL) return (arg & 1 ? "NULL + " : "") + co.names[arg >> 1];
      return co.names[arg];
    case ArgKind.Local:
      return co.localsplusnames[arg] ?? "?";
    case ArgKind.Jump:
      return `to ${arg}`;
    case ArgKind.Operator:
      return op === Op.BINARY_OP ? BINOP_SYMBOLS[arg] : CMPOP_SYMBOLS[arg];
    case ArgKind.Flags:
      switch (op) {
        case Op.FORMAT_VALUE: {
          const conv = ["", "str", "repr", "ascii"][arg & 3];
          return [conv, arg & 4 ? "with format" : ""].filter(Boolean).join(", ");
        }
        case Op.MAKE_FUNCTION:
          return ["defaults", "kwdefaults", "annotations", "closure"].filter((_, i) => arg & (1 << i)).join(", ");
        case Op.IS_OP:
        case Op.CONTAINS_OP:
          return arg ? "not" : "";
        default:
          return "";
      }
    default:
      return "";
  }
}

export function reprConst(v: Const): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "string": return reprStr(v);
    default: break;
  }
  if (v instanceof FloatConst) return reprFloat(v.value);
  if (v instanceof ComplexConst) return reprComplex(0, v.imag);
  if (v instanceof BytesConst) return reprBytes(v.value);
  if (v instanceof ConstTuple) return "(" + v.items.map(reprConst).join(", ") + (v.items.length === 1 ? ",)" : ")");
  if (v instanceof ConstFrozenset) return "frozenset({" + v.items.map(reprConst).join(", ") + "})";
  if (v instanceof CodeObject) return `<code object ${v.name}, file "${v.filename}", line ${v.firstlineno}>`;
  if (v === EllipsisConst) return "Ellipsis";
  return String(v);
}
