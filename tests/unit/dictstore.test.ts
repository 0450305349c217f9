// DictStore (src/objects/dictstore.ts): Python key semantics, insertion order, popitem, copy,
// update, versions, both modes (str/int Map and general index), and mutation during
// iteration against CPython 3.11 (tests/unit/fixtures/dict_iter.json, from
// make_dict_fixtures.py).
//
//   node build.mjs && node --test build/tests/tests/unit/dictstore.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { DictStore, DictIterator } from "../../src/objects/dictstore";
import { PyOpError } from "../../src/objects/errors";
import { setKeyOps } from "../../src/objects/hashing";
import { eqAny, install, NONE, PyF, TRUE, Tup } from "./fixtures/keymodel";

install();

function keys(d: DictStore): unknown[] {
  const out: unknown[] = [];
  for (let p = d.nextPos(0); p >= 0; p = d.nextPos(p + 1)) out.push(d.keyAt(p));
  return out;
}

test("str keys: set, get, overwrite, delete, re-insert moves to the end", () => {
  const d = new DictStore();
  for (const k of ["a", "b", "c", "d"]) d.set(k, k.toUpperCase());
  assert.equal(d.get("b"), "B");
  assert.equal(d.get("z"), undefined);
  d.set("b", 2);
  assert.deepEqual(keys(d), ["a", "b", "c", "d"]);
  assert.equal(d.remove("b"), 2);
  assert.equal(d.remove("b"), undefined);
  d.set("b", 3);
  assert.deepEqual(keys(d), ["a", "c", "d", "b"]);
  assert.equal(d.size, 4);
  assert.ok(d.map !== null, "still in the str/int mode");
});

test("1, 1.0 and True are one key; the first key object stays, the value changes", () => {
  const d = new DictStore();
  d.set(1, "int");
  d.set(new PyF(1), "float");
  d.set(TRUE, "bool");
  assert.equal(d.size, 1);
  assert.deepEqual(keys(d), [1]);
  assert.equal(d.get(1), "bool");
  assert.equal(d.get(new PyF(1)), "bool");
  const e = new DictStore();
  const one = new PyF(1);
  e.set(one, "f");
  e.set(1, "i");
  assert.deepEqual(keys(e), [one]);
  assert.equal(e.get(TRUE), "i");
  assert.equal(e.remove(1), "i");
  assert.equal(e.size, 0);
});

test("mixed keys: str, ints, bigints, tuples, None", () => {
  const d = new DictStore();
  const t = new Tup([1, "x"]);
  const big = 2n ** 70n;
  d.set("a", 1);
  d.set(2, 2);
  d.set(big, 3);
  d.set(t, 4);
  d.set(NONE, 5);
  assert.equal(d.map, null);
  assert.equal(d.get(new Tup([1, "x"])), 4);
  assert.equal(d.get(2n ** 70n), 3);
  assert.equal(d.get("a"), 1);
  assert.equal(d.get(2), 2);
  assert.equal(d.get(NONE), 5);
  assert.equal(d.get(-1), undefined);
  assert.deepEqual(keys(d), ["a", 2, big, t, NONE]);
  // many more keys: resizes keep everything findable
  for (let i = 0; i < 5000; i++) d.set(new Tup([i]), i);
  for (let i = 0; i < 5000; i += 3) d.remove(new Tup([i]));
  for (let i = 0; i < 5000; i++) assert.equal(d.get(new Tup([i])), i % 3 === 0 ? undefined : i);
  assert.equal(d.size, 5 + 5000 - 1667);
});

test("popitem is LIFO and raises KeyError when empty", () => {
  const d = new DictStore();
  for (let i = 0; i < 5; i++) d.set(i, i * i);
  d.remove(4);
  assert.deepEqual(d.popitem(), [3, 9]);
  d.set(10, 100);
  assert.deepEqual(keys(d), [0, 1, 2, 10]);
  assert.deepEqual(d.popitem(), [10, 100]);
  d.popitem();
  d.popitem();
  d.popitem();
  assert.throws(() => d.popitem(), (e: unknown) => e instanceof PyOpError && e.type === "KeyError" && e.msg === "popitem(): dictionary is empty");
});

test("version changes on every mutation and is unique across dicts", () => {
  const d = new DictStore();
  const e = new DictStore();
  assert.notEqual(d.version, e.version);
  const seen = new Set([d.version, e.version]);
  const bump = (f: () => void) => {
    f();
    assert.ok(!seen.has(d.version));
    seen.add(d.version);
  };
  bump(() => d.set("x", 1));
  bump(() => d.set("x", 2));
  bump(() => d.remove("x"));
  bump(() => d.set(new PyF(2.5), 1));
  bump(() => d.popitem());
  bump(() => d.clear());
  const v = d.version;
  d.get("nothing");
  d.remove("nothing");
  assert.equal(d.version, v);
});

test("copy, mergeFrom, setDefault, clear", () => {
  const d = new DictStore();
  for (let i = 0; i < 20; i++) d.set("k" + i, i);
  for (let i = 0; i < 20; i += 2) d.remove("k" + i);
  const c = d.copy();
  assert.deepEqual(keys(c), keys(d));
  c.set("new", 1);
  assert.equal(d.has("new"), false);
  const e = new DictStore();
  e.set("k1", "old");
  e.set(new PyF(0.5), "f");
  e.mergeFrom(d);
  assert.equal(e.get("k1"), 1);
  assert.equal(e.size, 11);
  assert.equal(e.setDefault("k3", "x"), 3);
  assert.equal(e.setDefault("zz", "x"), "x");
  assert.equal(e.setDefault(new PyF(0.5), "y"), "f");
  e.clear();
  assert.equal(e.size, 0);
  assert.ok(e.map !== null);
  e.set("again", 1);
  assert.deepEqual(keys(e), ["again"]);
});

test("reversed iteration", () => {
  const d = new DictStore();
  for (const k of [5, 3, 9, 1]) d.set(k, 0);
  d.remove(9);
  const it = new DictIterator(d, true);
  const out: unknown[] = [];
  for (let p = it.next(); p >= 0; p = it.next()) out.push(d.keyAt(p));
  assert.deepEqual(out, [1, 3, 5]);
});

test("a comparison that mutates the dict restarts the lookup", () => {
  const d = new DictStore();
  class K {
    constructor(readonly name: string) {}
  }
  const a = new K("a");
  const b = new K("b");
  let calls = 0;
  setKeyOps({
    hash: () => 42,
    eq: (x, y) => {
      calls++;
      if (calls === 1) {
        d.remove(x); // the stored key goes away during the comparison
        d.set(x, "again");
      }
      return false;
    },
  });
  try {
    d.set(a, 1);
    d.set(b, 2);
    assert.equal(d.size, 2);
    assert.ok(calls >= 2, "the lookup compared again after the restart");
    assert.deepEqual(keys(d), [a, b]);
  } finally {
    install();
  }
});

test("exceptions from hash and == propagate and leave the dict intact", () => {
  const d = new DictStore();
  const a = { tag: "a" };
  setKeyOps({
    hash: (k) => {
      if (k instanceof Tup) throw new PyOpError("TypeError", "unhashable type: 'list'");
      return 7;
    },
    eq: () => {
      throw new PyOpError("ValueError", "boom");
    },
  });
  try {
    d.set(a, 1);
    assert.throws(() => d.set(new Tup([]), 1), /unhashable/);
    assert.throws(() => d.get({ tag: "b" }), /boom/);
    assert.throws(() => d.set({ tag: "c" }, 2), /boom/);
    assert.equal(d.size, 1);
    assert.equal(d.get(a), 1);
  } finally {
    install();
  }
});

// ---- mutation during iteration, against CPython ----------------------------------------------

interface IterCase {
  setup: [string, number][];
  rev: boolean;
  during: [string, number][][];
  got: number[];
  err: string | null;
  final: number[];
}
const ITER = JSON.parse(readFileSync(join(process.cwd(), "tests", "unit", "fixtures", "dict_iter.json"), "utf-8")) as { cases: IterCase[] };

function apply(d: DictStore, op: string, k: number): DictStore {
  switch (op) {
    case "s":
      d.set(k, k);
      break;
    case "d":
      d.remove(k);
      break;
    case "p":
      if (d.size > 0) d.popitem();
      break;
    case "c":
      return d.copy();
    case "x":
      d.clear();
      break;
    default:
      throw new Error(op);
  }
  return d;
}

test("mutation during iteration is detected as in CPython 3.11", () => {
  let ok = 0;
  const failures: string[] = [];
  ITER.cases.forEach((c, n) => {
    let d = new DictStore();
    for (const [op, k] of c.setup) d = apply(d, op, k);
    const it = new DictIterator(d, c.rev);
    const got: number[] = [];
    let err: string | null = null;
    for (let step = 0; ; step++) {
      let p: number;
      try {
        p = it.next();
      } catch (e) {
        if (!(e instanceof PyOpError)) throw e;
        err = e.msg;
        break;
      }
      if (p < 0) break;
      got.push(d.keyAt(p) as number);
      if (step >= c.during.length) break;
      for (const [op, k] of c.during[step]) apply(d, op, k);
    }
    const same = JSON.stringify([got, err, keys(d)]) === JSON.stringify([c.got, c.err, c.final]);
    if (same) ok++;
    else failures.push(`case ${n}: got ${JSON.stringify([got, err])}, expected ${JSON.stringify([c.got, c.err])}`);
  });
  console.log(`dict iteration: ${ok}/${ITER.cases.length} cases match CPython`);
  assert.deepEqual(failures.slice(0, 5), []);
});

test("differential: random operations against a reference model", () => {
  let seed = 99;
  const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 0) % n;
  const pool: unknown[] = [];
  for (let i = 0; i < 40; i++) pool.push(i - 5, "s" + i, new PyF(i + 0.5));
  pool.push(new PyF(3), TRUE, NONE, 2n ** 64n, new Tup([1, 2]));
  for (let round = 0; round < 300; round++) {
    const d = new DictStore();
    const ref: [unknown, unknown][] = [];
    const eq = (a: unknown, b: unknown) => a === b || ((typeof a === "object" || typeof b === "object") && eqAny(a, b));
    for (let step = 0; step < 200; step++) {
      const k = pool[rnd(pool.length)];
      const op = rnd(10);
      const i = ref.findIndex(([x]) => eq(x, k));
      if (op < 5) {
        d.set(k, step);
        if (i >= 0) ref[i][1] = step;
        else ref.push([k, step]);
      } else if (op < 8) {
        const v = d.remove(k);
        assert.equal(v, i >= 0 ? ref[i][1] : undefined);
        if (i >= 0) ref.splice(i, 1);
      } else if (op < 9) {
        assert.equal(d.get(k), i >= 0 ? ref[i][1] : undefined);
      } else if (ref.length > 0) {
        assert.deepEqual(d.popitem(), ref.pop());
      }
      assert.equal(d.size, ref.length);
    }
    assert.deepEqual(keys(d), ref.map(([x]) => x));
  }
});
