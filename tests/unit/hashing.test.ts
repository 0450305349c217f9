// hashing.ts against hash() values recorded from CPython 3.11: tests/unit/fixtures/hashes.json
// (tuples nesting ints, floats, None, bools, tuples and frozensets; frozensets; complex
// numbers), made by make_set_fixtures.py.
//
//   node build.mjs && node --test build/tests/tests/unit/hashing.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { strHash, tupleHash, fixHash, halvesToInt, loadHash, hashReg, regToInt, complexHash } from "../../src/objects/hashing";
import { decode, hashAny, install, model } from "./fixtures/keymodel";

const FIX = JSON.parse(readFileSync(join(process.cwd(), "tests", "unit", "fixtures", "hashes.json"), "utf-8")) as {
  none_hash: number;
  cases: [unknown, string][];
};
install();
model.noneHash = FIX.none_hash;

test("hash() of tuples, frozensets and complex numbers matches CPython 3.11", () => {
  const failures: string[] = [];
  for (const [v, expected] of FIX.cases) {
    const got = String(hashAny(decode(v)));
    if (got !== expected) failures.push(`${JSON.stringify(v).slice(0, 120)}: got ${got}, expected ${expected}`);
  }
  console.log(`hashes: ${FIX.cases.length - failures.length}/${FIX.cases.length} match CPython`);
  assert.deepEqual(failures.slice(0, 10), []);
});

test("known values", () => {
  assert.equal(tupleHash([], hashAny), 5740354900026072187n);
  assert.equal(tupleHash([1, 2], hashAny), -3550055125485641917n);
  assert.equal(complexHash(1, 2), 2000007);
  assert.equal(fixHash(-1), -2);
});

test("hash halves round-trip through the register", () => {
  const vals = [0, 1, -1, -2, 2 ** 32, -(2 ** 32), 2 ** 53 - 1, -(2 ** 53) + 1, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 61n - 1n, -(2n ** 53n)];
  for (const v of vals) {
    loadHash(v as number | bigint);
    const back = regToInt();
    assert.equal(String(back), String(v));
    assert.equal(typeof back, Number.isSafeInteger(Number(v)) && BigInt(Number(v)) === BigInt(v) ? "number" : "bigint");
    assert.equal(String(halvesToInt(hashReg[1], hashReg[0])), String(v));
  }
});

test("str hash: stable, non-negative safe integer, '' is 0, spreads low bits", () => {
  assert.equal(strHash(""), 0);
  assert.equal(strHash("abc"), strHash("ab" + "c"));
  const low = new Set<number>();
  for (let i = 0; i < 4096; i++) {
    const h = strHash("k" + i);
    assert.ok(Number.isSafeInteger(h) && h >= 0);
    low.add(h & 4095);
  }
  assert.ok(low.size > 2400, `low 12 bits took ${low.size} values of 4096`); // random: ~2590
});
