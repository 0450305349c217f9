// The code generator's unit tests:
//   - disassembly snapshots of small programs (tests/compiler/codegen_snapshots/*.py and their
//     .dis files; UPDATE_SNAPSHOTS=1 rewrites the .dis files after a deliberate change);
//   - compile-time SyntaxErrors, postponed-annotation strings and constant folding, with
//     CPython 3.11's answers recorded in tests/unit/fixtures/codegen_cases.json
//     (tests/compiler/record_codegen_cases.py);
//   - the assembler's stack-depth verification.
// The stdlib-wide comparison with CPython is tests/compiler/codegen_parity.mjs.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { parse, PySyntaxError } from "../../src/parser";
import type * as A from "../../src/parser/ast";
import { compile, unparseExpr, CompilerBugError } from "../../src/compiler";
import { disassemble, reprConst } from "../../src/bytecode/dis";
import { CodeObject } from "../../src/bytecode/code";
import { Op, opOf, argOf } from "../../src/bytecode/opcodes";
import { CodeUnit, Label, ScopeType } from "../../src/compiler/codegen-unit";
import { assemble } from "../../src/compiler/assemble";
import { BlockType, SymbolTableEntry } from "../../src/compiler/symtable";

const snapDir = join(process.cwd(), "tests", "compiler", "codegen_snapshots");
const update = process.env.UPDATE_SNAPSHOTS === "1";

function compileText(src: string, filename = "<case>"): CodeObject {
  const mode = src.startsWith("# mode: ") ? (src.slice(8, src.indexOf("\n")) as "eval" | "single") : "exec";
  const tree = parse(src, { filename, mode });
  return compile(tree, filename, { mode, source: src });
}

for (const file of readdirSync(snapDir).filter((f) => f.endsWith(".py")).sort()) {
  test(`disassembly snapshot ${file}`, () => {
    const src = readFileSync(join(snapDir, file), "utf-8");
    const text = disassemble(compileText(src, file), { positions: true }) + "\n";
    const disFile = join(snapDir, file.replace(/\.py$/, ".dis"));
    if (update || !existsSync(disFile)) {
      writeFileSync(disFile, text);
      return;
    }
    assert.equal(text, readFileSync(disFile, "utf-8"));
  });
}

interface Cases {
  errors: { src: string; result: "OK" | { msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number | null } }[];
  annotations: { src: string; result: string }[];
  folds: { src: string; result: { folded: boolean; repr?: string } }[];
}
const cases: Cases = JSON.parse(readFileSync(join(process.cwd(), "tests", "unit", "fixtures", "codegen_cases.json"), "utf-8"));

cases.errors.forEach((c, i) => {
  test(`compile error #${i}: ${JSON.stringify(c.src.slice(0, 50))}`, () => {
    let got: Cases["errors"][number]["result"];
    try {
      compile(parse(c.src, { filename: "<case>" }), "<case>", { mode: "exec", source: c.src });
      got = "OK";
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      got = { msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.endLineno, end_offset: e.endOffset < 0 ? null : e.endOffset };
    }
    assert.deepEqual(got, c.result);
  });
});

test("postponed annotations are unparsed as CPython's C unparser does", () => {
  for (const c of cases.annotations) {
    const tree = parse(c.src, { filename: "<case>", mode: "eval" }) as A.Expression;
    assert.equal(unparseExpr(tree.body), c.result, c.src);
  }
});

/** Folds CPython does that Typhon leaves to run time, on purpose (see fold.ts). */
const NOT_FOLDED = new Set(["2 ** -1", "1 + 2j", "-1j", "2.0 ** 2"]);

test("constant folding matches CPython's, within its limits", () => {
  for (const c of cases.folds) {
    const co = compileText(`# mode: eval\n${c.src}\n`);
    const ops = Array.from(co.code, opOf);
    const folded = ops.length === 3 && ops[1] === Op.LOAD_CONST && ops[2] === Op.RETURN_VALUE;
    if (NOT_FOLDED.has(c.src)) {
      assert.equal(folded, false, c.src);
      continue;
    }
    assert.equal(folded, c.result.folded, c.src);
    if (folded) assert.equal(reprConst(co.consts[argOf(co.code[1])]), c.result.repr, c.src);
  }
});

test("the assembler rejects inconsistent stack depths", () => {
  const node = { _type: "Pass", lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 4 } as A.Pass;
  const ste = new SymbolTableEntry("f", BlockType.Function, node, 1, 0, 1, 4);
  const u = new CodeUnit(ste, "f", ScopeType.Function, 1);
  const l = new Label();
  u.emit(Op.LOAD_CONST, u.addConst(null), null);
  u.emit(Op.POP_JUMP_IF_FALSE, 0, l); // depth 0 at l by the jump...
  u.emit(Op.LOAD_CONST, u.addConst(null), null);
  u.bind(l); // ...and 1 by falling through
  u.emit(Op.RETURN_VALUE, 0, null);
  assert.throws(() => assemble(u, { filename: "<case>", flags: 3 }), CompilerBugError);
});

test("jumps are absolute, unreachable code is dropped, handlers get their depth", () => {
  const co = compileText("def f():\n    try:\n        return g()\n    except E:\n        pass\n    x = 1\n");
  const f = co.consts.find((c) => c instanceof CodeObject) as CodeObject;
  const ops = Array.from(f.code, opOf);
  assert.equal(ops[0], Op.RESUME);
  for (let i = 0; i < f.code.length; i++) {
    if (ops[i] === Op.JUMP_FORWARD) assert.ok(argOf(f.code[i]) > i);
    if (ops[i] === Op.JUMP_BACKWARD) assert.ok(argOf(f.code[i]) <= i);
  }
  assert.deepEqual(f.exceptionTable[0], { start: 2, end: 4, target: f.exceptionTable[0].target, depth: 0, lasti: false });
  assert.equal(ops[f.exceptionTable[0].target], Op.PUSH_EXC_INFO);
  assert.deepEqual(f.varnames, ["x"]);
});

test("localsplus: parameters, other locals, non-parameter cells, free variables", () => {
  const co = compileText("def f(a, b):\n    c = 1\n    def g():\n        return a, c, d\n    return g\n");
  const f = co.consts.find((c) => c instanceof CodeObject) as CodeObject;
  assert.deepEqual(f.localsplusnames, ["a", "b", "g", "c"]);
  assert.equal(f.nlocals, 3);
  assert.deepEqual(f.cellvars, ["a", "c"]);
  const g = f.consts.find((c) => c instanceof CodeObject) as CodeObject;
  assert.deepEqual(g.freevars, ["a", "c"]);
  assert.deepEqual(g.localsplusnames, ["a", "c"]);
  assert.equal(g.qualname, "f.<locals>.g");
});
