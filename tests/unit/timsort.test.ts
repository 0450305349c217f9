// timsort.ts against CPython 3.11's list.sort: the exact sequence of __lt__ calls and the
// final order (also after an exception from __lt__), recorded by make_sort_fixtures.py in
// tests/unit/fixtures/sort_cases.json.
//
//   node build.mjs && node --test build/tests/tests/unit/timsort.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { timsort, computeMinrun } from "../../src/objects/timsort";

interface Case {
  v: number[];
  rev: boolean;
  key: boolean;
  fail: number;
  cmp: number[];
  out: number[];
  exc: boolean;
}
const FIX = JSON.parse(readFileSync(join(process.cwd(), "tests", "unit", "fixtures", "sort_cases.json"), "utf-8")) as { cases: Case[] };

class W {
  constructor(readonly x: number, readonly i: number) {}
}
class Boom extends Error {}

/** Runs one case; returns [comparison sequence identical, final order identical, raised as expected]. */
function run(c: Case): [boolean, boolean, boolean] {
  const log: number[] = [];
  let count = 0;
  const lt = (a: unknown, b: unknown): boolean => {
    const x = a as W;
    const y = b as W;
    log.push(x.i, y.i);
    if (count++ === c.fail) throw new Boom();
    return x.x < y.x;
  };
  const items = c.v.map((x, i) => new W(x, i));
  const keys = c.key ? items.map((w) => new W(-w.x, w.i)) : items;
  let exc = false;
  try {
    timsort(keys, lt, c.rev, c.key ? items : null);
  } catch (e) {
    if (!(e instanceof Boom)) throw e;
    exc = true;
  }
  const out = items.map((w) => w.i);
  const sameCmp = log.length === c.cmp.length && log.every((x, i) => x === c.cmp[i]);
  return [sameCmp, JSON.stringify(out) === JSON.stringify(c.out), exc === c.exc];
}

test("comparison sequence and result match CPython 3.11", () => {
  let cmpOk = 0;
  let outOk = 0;
  const failures: string[] = [];
  FIX.cases.forEach((c, n) => {
    const [a, b, e] = run(c);
    if (a) cmpOk++;
    if (b && e) outOk++;
    if (!(a && b && e)) failures.push(`case ${n} (len ${c.v.length}, rev ${c.rev}, key ${c.key}, fail ${c.fail}): cmp ${a} out ${b} exc ${e}`);
  });
  console.log(`sort: ${cmpOk}/${FIX.cases.length} comparison sequences identical, ${outOk}/${FIX.cases.length} results identical`);
  assert.deepEqual(failures.slice(0, 10), []);
});

test("stable, and reverse keeps equal elements in their original order", () => {
  const items = Array.from({ length: 1000 }, (_, i) => ({ k: (i * 7919) % 13, i }));
  const a = items.slice();
  timsort(a, (x, y) => (x as { k: number }).k < (y as { k: number }).k);
  for (let i = 1; i < a.length; i++) {
    const p = a[i - 1] as { k: number; i: number };
    const q = a[i] as { k: number; i: number };
    assert.ok(p.k < q.k || (p.k === q.k && p.i < q.i));
  }
  const b = items.slice();
  timsort(b, (x, y) => (x as { k: number }).k < (y as { k: number }).k, true);
  for (let i = 1; i < b.length; i++) {
    const p = b[i - 1] as { k: number; i: number };
    const q = b[i] as { k: number; i: number };
    assert.ok(p.k > q.k || (p.k === q.k && p.i < q.i));
  }
});

test("large random arrays sort correctly, also with values alongside", () => {
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 0) % 100000;
  for (const n of [0, 1, 2, 64, 65, 1000, 4097, 100000]) {
    const keys = Array.from({ length: n }, rnd);
    const values = keys.map((k, i) => [k, i]);
    const expected = values.slice().sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    timsort(keys, (x, y) => (x as number) < (y as number), false, values);
    assert.deepEqual(values, expected);
    assert.deepEqual(keys, expected.map((x) => x[0]));
  }
});

test("minrun", () => {
  assert.equal(computeMinrun(63), 63);
  assert.equal(computeMinrun(64), 32);
  assert.equal(computeMinrun(65), 33);
  assert.equal(computeMinrun(2112), 33);
  assert.equal(computeMinrun(2048), 32);
});
