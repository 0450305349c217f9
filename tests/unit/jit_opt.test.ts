// The JIT's IR: the op table, the text form (print ∘ parse is the identity), the verifier, and
// the optimizer passes as text IR in, text IR out (tests/jit/*.txt).
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { OPS, OPC_BY_NAME, Opc } from "../../src/jit/ir";
import { parseTrace, printTrace } from "../../src/jit/irtext";
import { verifyTrace, IrVerifyError } from "../../src/jit/verify";
import { PASSES } from "../../src/jit/opt/index";
import { strType } from "../../src/objects/types";

// `$str` in a test is the real str type (passes know its instances' class cannot change).
const OBJECTS = new Map<string, unknown>([["str", strType]]);

test("the op table and the Opc enum agree", () => {
  const names = new Set<string>();
  OPS.forEach((o, i) => {
    assert.ok(!names.has(o.name), `duplicate ${o.name}`);
    names.add(o.name);
    assert.equal(OPC_BY_NAME.get(o.name), i);
  });
  assert.equal(OPS[Opc.int_lt].name, "int_lt");
  assert.equal(OPS[Opc.call_pure_f].name, "call_pure_f");
  assert.equal(OPS[Opc.undef_r].name, "undef_r");
  // Comparisons are laid out in Cmp order (LT LE EQ NE GT GE): the recorder relies on it.
  for (const [base, prefix] of [[Opc.int_lt, "int_"], [Opc.float_lt, "float_"]] as const) {
    ["lt", "le", "eq", "ne", "gt", "ge"].forEach((c, j) => assert.equal(OPS[base + j].name, prefix + c));
  }
});

const dir = join("tests", "jit");
const cases = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

for (const file of cases) {
  test(`optimizer: ${file}`, () => {
    const text = readFileSync(join(dir, file), "utf8");
    const [input, rest] = text.split(/^=== /m);
    const nl = rest.indexOf("\n");
    const passNames = rest.slice(0, nl).trim().split(/\s+/);
    const expected = rest.slice(nl + 1);
    const trace = parseTrace(input, OBJECTS);
    // Printing and parsing again gives the same text.
    const printed = printTrace(trace);
    assert.equal(printTrace(parseTrace(printed, OBJECTS)), printed);
    verifyTrace(trace);
    const passes = passNames[0] === "all" ? PASSES : passNames.map((n) => {
      const p = PASSES.find((q) => q.name === n);
      assert.ok(p, `no pass ${n}`);
      return p!;
    });
    for (const p of passes) {
      p.run(trace);
      verifyTrace(trace);
    }
    const norm = (s: string) => s.split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l).join("\n");
    assert.equal(norm(printTrace(trace)), norm(expected));
  });
}

test("the verifier rejects malformed traces", () => {
  const bad = [
    "r0 = getlocal(@0)\nlabel(r0)\ni2 = int_add(r0, 1)\njump(r0)",                 // operand kind
    "r0 = getlocal(@0)\nlabel(r0)\nguard_true(true)\njump(r0)",                      // guard without snapshot
    "r0 = getlocal(@0)\nlabel(r0)\ni2 = unbox_int(r0) [pc=0 sp=0 base=0 | | ]\njump(i2)", // jump kind differs from label
    "r0 = getlocal(@0)\njump(r0)",                                                    // no label
  ];
  for (const t of bad) assert.throws(() => verifyTrace(parseTrace(t)), IrVerifyError, t);
});
