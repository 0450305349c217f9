// SetStore (src/objects/setstore.ts) against iteration orders recorded from CPython 3.11:
// tests/unit/fixtures/set_orders.json, made by make_set_fixtures.py (which documents the
// encoding). Every sequence replays set operations the way the object layer will call the
// store, and compares the iteration order (by identity, so which of 1 / 1.0 / True was kept
// counts too) after every operation.
//
//   node build.mjs && node --test build/tests/tests/unit/setstore.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { readFileSync } from "fs";
import { join } from "path";
import { SetStore, SetIterator } from "../../src/objects/setstore";
import { DictStore } from "../../src/objects/dictstore";
import { PyOpError } from "../../src/objects/errors";
import { setKeyOps } from "../../src/objects/hashing";
import { decode, install, model, NONE, PyF } from "./fixtures/keymodel";

type Op = [string, ...unknown[]];
interface Sequence {
  pool: unknown[];
  ops: Op[];
}
const FIX = JSON.parse(readFileSync(join(process.cwd(), "tests", "unit", "fixtures", "set_orders.json"), "utf-8")) as {
  none_hash: number;
  sequences: Sequence[];
};

install();
model.noneHash = FIX.none_hash;

function order(s: SetStore, ids: Map<unknown, number>): number[] {
  return s.toArray().map((k) => {
    const i = ids.get(k);
    if (i === undefined) throw new Error("set holds a non-pool object");
    return i;
  });
}

function fromList(pool: unknown[], idx: number[]): SetStore {
  const s = new SetStore();
  for (const i of idx) s.add(pool[i]);
  return s;
}

function dictFromKeys(pool: unknown[], idx: number[]): DictStore {
  const d = new DictStore();
  for (const i of idx) d.set(pool[i], NONE);
  return d;
}

/** Replays one sequence; returns [ops matched, ops total, first mismatch or null]. */
function replay(seq: Sequence): [number, number, string | null] {
  const pool = seq.pool.map(decode);
  const ids = new Map<unknown, number>();
  pool.forEach((v, i) => ids.set(v, i));
  let A = new SetStore();
  let B = new SetStore();
  let ok = 0;
  let first: string | null = null;
  for (let n = 0; n < seq.ops.length; n++) {
    const op = seq.ops[n];
    const name = op[0];
    let got: unknown;
    const expected = op.slice(op.length - (["or", "and", "sub", "rsub", "xor"].includes(name) ? 2 : 1));
    switch (name) {
      case "setB":
        B = fromList(pool, op[1] as number[]);
        got = [order(B, ids)];
        break;
      case "add":
        A.add(pool[op[1] as number]);
        got = [order(A, ids)];
        break;
      case "discard":
        A.discard(pool[op[1] as number]);
        got = [order(A, ids)];
        break;
      case "pop": {
        const v = A.pop();
        got = [ids.get(v), order(A, ids)];
        expected.unshift(op[1]);
        break;
      }
      case "update_list":
        for (const i of op[1] as number[]) A.add(pool[i]);
        got = [order(A, ids)];
        break;
      case "update_B":
        A.merge(B);
        got = [order(A, ids)];
        break;
      case "update_dict":
        A.mergeDict(dictFromKeys(pool, op[1] as number[]));
        got = [order(A, ids)];
        break;
      case "or":
        got = [order(A, ids), order(SetStore.union(A, B), ids)];
        break;
      case "and":
        got = [order(A, ids), order(SetStore.intersection(A, B), ids)];
        break;
      case "sub":
        got = [order(A, ids), order(SetStore.difference(A, B), ids)];
        break;
      case "rsub":
        got = [order(A, ids), order(SetStore.difference(B, A), ids)];
        break;
      case "xor":
        got = [order(A, ids), order(SetStore.symmetricDifference(A, B), ids)];
        break;
      case "iand":
        A.intersectionUpdate(B);
        got = [order(A, ids)];
        break;
      case "isub":
        A.differenceUpdate(B);
        got = [order(A, ids)];
        break;
      case "ixor":
        A.symmetricDifferenceUpdate(B);
        got = [order(A, ids)];
        break;
      case "copy":
        A = A.copy();
        got = [order(A, ids)];
        break;
      case "new_list":
        A = fromList(pool, op[1] as number[]);
        got = [order(A, ids)];
        break;
      case "clear":
        A.clear();
        got = [order(A, ids)];
        break;
      case "intersection_list": {
        // set_intersection with a non-set iterable
        const r = new SetStore();
        for (const i of op[1] as number[]) if (!SetStore.intersectionStep(A, r, pool[i])) break;
        got = [order(r, ids)];
        break;
      }
      case "difference_list": {
        // set_copy_and_difference: copy, discard each item, purge dummies
        const r = A.copy();
        for (const i of op[1] as number[]) r.discard(pool[i]);
        r.finishDifferenceUpdate();
        got = [order(r, ids)];
        break;
      }
      case "symdiff_list": {
        // set_symmetric_difference: a set from the iterable, then toggle A's keys in it
        const r = fromList(pool, op[1] as number[]);
        r.symmetricDifferenceUpdate(A);
        got = [order(r, ids)];
        break;
      }
      case "difference_update_list":
        for (const i of op[1] as number[]) A.discard(pool[i]);
        A.finishDifferenceUpdate();
        got = [order(A, ids)];
        break;
      case "intersection_update_list": {
        const r = new SetStore();
        for (const i of op[1] as number[]) if (!SetStore.intersectionStep(A, r, pool[i])) break;
        A.swapBodies(r);
        got = [order(A, ids)];
        break;
      }
      case "frozenset_list":
        got = [order(fromList(pool, op[1] as number[]), ids)];
        break;
      case "difference_dict": {
        const d = dictFromKeys(pool, op[1] as number[]);
        let r = SetStore.differenceDict(A, d);
        if (r === null) {
          r = A.copy();
          for (let p = d.nextPos(0); p >= 0; p = d.nextPos(p + 1)) r.discard(d.keyAt(p));
          r.finishDifferenceUpdate();
        }
        got = [order(r, ids)];
        break;
      }
      case "swap":
        [A, B] = [B, A];
        got = [order(A, ids)];
        break;
      case "symdiff_update_dict":
        A.symmetricDifferenceUpdateDict(dictFromKeys(pool, op[1] as number[]));
        got = [order(A, ids)];
        break;
      default:
        throw new Error(`unknown op ${name}`);
    }
    if (JSON.stringify(got) === JSON.stringify(expected)) ok++;
    else if (first === null) first = `op ${n} ${name}: got ${JSON.stringify(got).slice(0, 300)}, expected ${JSON.stringify(expected).slice(0, 300)}`;
  }
  return [ok, seq.ops.length, first];
}

test("set iteration order matches CPython 3.11 after every operation", () => {
  let ok = 0;
  let total = 0;
  let seqOk = 0;
  const failures: string[] = [];
  for (let i = 0; i < FIX.sequences.length; i++) {
    const [o, t, first] = replay(FIX.sequences[i]);
    ok += o;
    total += t;
    if (first === null) seqOk++;
    else failures.push(`sequence ${i}: ${first}`);
  }
  console.log(`set order: ${ok}/${total} operations, ${seqOk}/${FIX.sequences.length} sequences match CPython`);
  assert.deepEqual(failures.slice(0, 5), []);
});

test("small int sets print in CPython's order", () => {
  const s = new SetStore();
  for (const x of [3, 1, 2, 100, 33]) s.add(x);
  assert.deepEqual(s.toArray(), [1, 2, 3, 100, 33]); // print({3, 1, 2, 100, 33}) in CPython 3.11
});

test("1, 1.0 and True are one key; the first one stays", () => {
  const s = new SetStore();
  const one = new PyF(1);
  s.add(1);
  assert.equal(s.add(one), false);
  assert.equal(s.size, 1);
  assert.equal(s.toArray()[0], 1);
  assert.ok(s.contains(one));
  assert.ok(s.discard(one));
  assert.equal(s.size, 0);
});

test("pop from an empty set raises KeyError", () => {
  const s = new SetStore();
  assert.throws(() => s.pop(), (e: unknown) => e instanceof PyOpError && e.type === "KeyError" && e.msg === "pop from an empty set");
});

test("iterator detects size changes (sticky), not same-size changes", () => {
  const s = new SetStore();
  for (let i = 0; i < 5; i++) s.add(i);
  const it = new SetIterator(s);
  assert.equal(it.next(), 0);
  s.add(10);
  assert.throws(() => it.next(), /Set changed size during iteration/);
  s.discard(10);
  assert.throws(() => it.next(), /Set changed size during iteration/);
  const it2 = new SetIterator(s);
  assert.equal(it2.next(), 0);
  s.discard(4);
  s.add(20);
  const rest: unknown[] = [];
  for (let k = it2.next(); k !== undefined; k = it2.next()) rest.push(k);
  assert.deepEqual(rest, [1, 2, 3, 20]);
});

test("a comparison that mutates the set restarts the lookup", () => {
  class K {
    constructor(readonly id: number, readonly onEq: (() => void) | null) {}
  }
  const s = new SetStore();
  const a = new K(1, null);
  let fired = false;
  const b = new K(2, () => {
    if (!fired) {
      fired = true;
      s.clear();
      s.add(a);
    }
  });
  const saved = { ...model };
  // A local model: K instances hash to 7 and compare by calling onEq of the probe.
  setKeyOps({
    hash: () => 7,
    eq: (x, y) => {
      const p = y as K;
      if (p.onEq) p.onEq();
      return false;
    },
  });
  try {
    s.add(a);
    assert.equal(s.contains(b), false);
    assert.ok(fired);
    assert.equal(s.size, 1);
    assert.equal(s.add(b), true);
    assert.equal(s.size, 2);
  } finally {
    install();
    Object.assign(model, saved);
  }
});

test("exceptions from hash and == propagate and leave the set intact", () => {
  const s = new SetStore();
  const a = { tag: "a" };
  const b = { tag: "b" };
  setKeyOps({
    hash: (k) => {
      if ((k as { tag: string }).tag === "bad") throw new PyOpError("TypeError", "unhashable type: 'list'");
      return 5;
    },
    eq: () => {
      throw new PyOpError("ValueError", "boom");
    },
  });
  try {
    s.add(a);
    assert.throws(() => s.add({ tag: "bad" }), /unhashable/);
    assert.throws(() => s.add(b), /boom/);
    assert.deepEqual(s.toArray(), [a]);
  } finally {
    install();
  }
});
