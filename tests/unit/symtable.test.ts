// Symbol-table cases with answers recorded from CPython 3.11's `symtable` module
// (tests/compiler/record_symtable_cases.py): each module must give the same canonical text
// (tests/compiler/symtable_oracle.py, src/compiler/symtable-dump.ts) or the same SyntaxError
// with the same message and position. Plus a few checks of the API code generation uses.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parse, PySyntaxError } from "../../src/parser";
import type * as A from "../../src/parser/ast";
import { buildSymtable, dumpSymtable, mangle, Scope, SymbolTable } from "../../src/compiler/symtable";

interface Case {
  src: string;
  text: string;
}

function typhonText(src: string): string {
  // A case may start with "# mode: eval" or "# mode: single" (default: exec).
  const mode = src.startsWith("# mode: ") ? (src.slice(8, src.indexOf("\n")) as "eval" | "single") : "exec";
  const tree = parse(src, { filename: "<case>", mode });
  try {
    return dumpSymtable(buildSymtable(tree, "<case>", { source: src }));
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const end = e.endOffset < 0 ? "None" : String(e.endOffset);
    return `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.endLineno}, ${end})\n`;
  }
}

const dir = join(process.cwd(), "tests", "compiler", "cases");
for (const file of readdirSync(dir).filter((f) => f.startsWith("symtable") && f.endsWith(".expected.json")).sort()) {
  const cases: Case[] = JSON.parse(readFileSync(join(dir, file), "utf-8"));
  cases.forEach((c, i) => {
    test(`${file} #${i}: ${JSON.stringify(c.src.slice(0, 50))}`, () => {
      assert.equal(typhonText(c.src), c.text);
    });
  });
}

function table(src: string): { st: SymbolTable; mod: A.Module } {
  const mod = parse(src, { filename: "<api>" }) as A.Module;
  return { st: buildSymtable(mod, "<api>", { source: src }), mod };
}

test("api: lookup by node, scopes, cells and frees in CPython's sorted order", () => {
  const { st, mod } = table("def f(a, b):\n    z = 1\n    y = 2\n    def g():\n        return y + z + a\n    return g\n");
  const f = mod.body[0] as A.FunctionDef;
  const g = f.body[2] as A.FunctionDef;
  const fb = st.lookup(f);
  const gb = st.lookup(g);
  assert.equal(fb.name, "f");
  assert.deepEqual(fb.varnames, ["a", "b"]);
  assert.equal(fb.scope("a"), Scope.CELL);
  assert.equal(fb.scope("b"), Scope.LOCAL);
  assert.deepEqual(fb.namesWithScope(Scope.CELL), ["a", "y", "z"]);
  assert.deepEqual(gb.namesWithScope(Scope.FREE), ["a", "y", "z"]);
  assert.equal(gb.nested, true);
  assert.equal(fb.childFree, true);
  assert.equal(st.top.scope("f"), Scope.LOCAL);
});

test("api: generator, coroutine, comprehension flags and the class cell", () => {
  const { st, mod } = table("class C:\n    def m(self):\n        yield super()\n    async def n(self):\n        return [x async for x in self]\n");
  const c = mod.body[0] as A.ClassDef;
  const cb = st.lookup(c);
  assert.equal(cb.needsClassClosure, true);
  const m = st.lookup(c.body[0] as A.FunctionDef);
  assert.equal(m.generator, true);
  assert.equal(m.scope("__class__"), Scope.FREE);
  const n = st.lookup(c.body[1] as A.AsyncFunctionDef);
  assert.equal(n.coroutine, true);
  assert.equal(n.returnsValue, true);
  assert.equal(n.children[0].name, "listcomp");
  assert.equal(n.children[0].coroutine, true);
  assert.deepEqual(n.children[0].varnames, [".0"]);
});

test("api: future features", () => {
  assert.equal(table("from __future__ import annotations\n").st.future.annotations, true);
  assert.equal(table("import os\n").st.future.annotations, false);
});

test("api: name mangling", () => {
  assert.equal(mangle("C", "__x"), "_C__x");
  assert.equal(mangle("_C", "__x"), "_C__x");
  assert.equal(mangle("__", "__x"), "__x");
  assert.equal(mangle("C", "__x__"), "__x__");
  assert.equal(mangle("C", "__a.b"), "__a.b");
  assert.equal(mangle("C", "_x"), "_x");
  assert.equal(mangle(null, "__x"), "__x");
});

test("errors carry the source line as text", () => {
  const src = "def f(a, a):\n    pass\n";
  try {
    buildSymtable(parse(src), "<t>", { source: src });
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof PySyntaxError);
    assert.equal(e.text, "def f(a, a):\n");
    assert.equal(e.filename, "<t>");
  }
});
