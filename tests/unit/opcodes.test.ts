// The opcode table and the Op enum must describe the same instructions, in the same order.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { OPCODES, stackEffect, encode, opOf, argOf, Op, BINOP_SYMBOLS } from "../../src/bytecode/opcodes";

test("every table row sits at its opcode number, names are unique", () => {
  const names = new Set<string>();
  OPCODES.forEach((info, i) => {
    assert.equal(info.op, i, `${info.name} is row ${i} but has opcode ${info.op}`);
    assert.ok(!names.has(info.name), `duplicate ${info.name}`);
    names.add(info.name);
  });
  assert.ok(OPCODES.length <= 256, "opcodes must fit in 8 bits");
});

test("stack effects are non-negative and computed from the argument", () => {
  for (const info of OPCODES) {
    for (const arg of [0, 1, 2, 3, 5, 0x103]) {
      const [pops, pushes] = stackEffect(info.op, arg);
      assert.ok(pops >= 0 && pushes >= 0, info.name);
    }
  }
  assert.deepEqual(stackEffect(Op.CALL, 3), [5, 1]);
  assert.deepEqual(stackEffect(Op.BUILD_MAP, 2), [4, 1]);
  assert.deepEqual(stackEffect(Op.UNPACK_EX, 1 | (2 << 8)), [1, 4]);
  assert.deepEqual(stackEffect(Op.FOR_ITER, 10, true), [1, 0]);
  assert.deepEqual(stackEffect(Op.MAKE_FUNCTION, 0b1001), [3, 1]);
});

test("instructions encode op and a 24-bit argument in one word", () => {
  const w = encode(Op.LOAD_CONST, 0xabcdef);
  assert.equal(opOf(w), Op.LOAD_CONST);
  assert.equal(argOf(w), 0xabcdef);
  assert.equal(BINOP_SYMBOLS.length, 26);
});
