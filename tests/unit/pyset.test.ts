// set and frozenset (src/objects/pyset.ts) and PyDict's key semantics (src/objects/pydict.ts),
// called through the object protocol. Expected values were printed by CPython 3.11 with
// PYTHONHASHSEED=0 (int elements only where the order matters: str hashes differ).
//
//   node build.mjs && node --test build/tests/tests/unit/pyset.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import {
  Bin, binaryOp, call, Cmp, getAttr, hashOf, inplaceOp, iterNext, getIter, repr, richCompare, toArray,
} from "../../src/objects/abstract";
import { PyBaseException } from "../../src/objects/exceptions";
import { initExceptions } from "../../src/objects/pyexc";
import { initFunctions } from "../../src/objects/pyfunction";
import { PyDict } from "../../src/objects/pydict";
import { makeFrozenset, makeSet, PySet, setAdd, setUpdate, initSets } from "../../src/objects/pyset";
import { initTuple } from "../../src/objects/pytuple";
import { initDict } from "../../src/objects/pydicttype";
import { initIters } from "../../src/objects/pyiters";
import { initList } from "../../src/objects/pylist";
import { initTypeAndObject, newClass } from "../../src/objects/pytype";
import {
  False, frozensetType, None, NotImplemented, objectType, PyFloat, PyInstance, PyList, PyMethodDescr, PyStrObj, PyTuple, PyType, PyValue,
  setType, strType, True, typeType,
} from "../../src/objects/types";
import { runtime } from "../../src/vm/runtime";

initTypeAndObject();
initFunctions();
initExceptions();
initTuple();
initList();
initDict();
initIters();
initSets();

const S = (...items: PyValue[]): PyValue => call(setType, [new PyList(items)]);
const FS = (...items: PyValue[]): PyValue => call(frozensetType, [new PyList(items)]);
const m = (obj: PyValue, name: string, ...args: PyValue[]): PyValue => call(getAttr(obj, name), args);
const range = (start: number, stop: number, step = 1): PyValue[] => {
  const out: PyValue[] = [];
  for (let i = start; i < stop; i += step) out.push(i);
  return out;
};
const L = (...items: PyValue[]): PyList => new PyList(items);
const T = (...items: PyValue[]): PyTuple => new PyTuple(items);

function dict(...keys: PyValue[]): PyDict {
  const d = new PyDict();
  for (const k of keys) d.set(k, 0);
  return d;
}

function subclass(name: string, base: PyType): PyType {
  return newClass(typeType, name, [base], new PyDict(), null);
}

/** Runs fn, expecting a Python exception `type` whose str() is `msg`. */
function raises(fn: () => unknown, type: string, msg: string): void {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof PyBaseException, `not a Python exception: ${String(e)}`);
    assert.equal(e.cls.name, type);
    const a = e.args.items;
    const s = a.length === 0 ? "" : type === "KeyError" || typeof a[0] !== "string" ? repr(a[0]) : a[0];
    assert.equal(s, msg);
    return;
  }
  assert.fail(`no ${type} raised`);
}

// ---- order and repr ---------------------------------------------------------------------------

test("repr of sets and frozensets", () => {
  assert.equal(repr(S()), "set()");
  assert.equal(repr(FS()), "frozenset()");
  assert.equal(repr(S(3, 1, 2, 100, 33)), "{1, 2, 3, 100, 33}");
  assert.equal(repr(FS(5, 3)), "frozenset({3, 5})");
  const MySet = subclass("MySet", setType);
  const MyFs = subclass("MyFs", frozensetType);
  assert.equal(repr(call(MySet, [L(1)])), "MySet({1})");
  assert.equal(repr(call(MySet, [])), "MySet()");
  assert.equal(repr(call(MyFs, [L(1)])), "MyFs({1})");
  assert.equal(repr(S(-1, -2, 7, -9)), "{-9, 7, -1, -2}"); // set([...]): a {...} display of constants differs
  assert.equal(repr(S(2n ** 61n - 1n, 2n ** 64n, 5, -(2n ** 70n), 2n ** 61n)),
    "{2305843009213693951, -1180591620717411303424, 2305843009213693952, 5, 18446744073709551616}");
  assert.equal(repr(S(FS(1, 2), FS(9), FS())), "{frozenset({9}), frozenset(), frozenset({1, 2})}");
  assert.equal(repr(S(T(1, 2), T(3, 4), T(5), T())), "{(), (1, 2), (3, 4), (5,)}");
});

test("a recursive repr prints set(...)", () => {
  const Holder = subclass("Holder", setType);
  let inner: PyValue = None;
  const R = subclass("R", objectType);
  R.ns.set("__repr__", new PyMethodDescr(R, "__repr__", () => repr(inner)));
  R.ns.set("__hash__", new PyMethodDescr(R, "__hash__", () => 5));
  R.modified();
  const s = S(new PyInstance(R));
  inner = s;
  assert.equal(repr(s), "{set(...)}");
  const h = call(Holder, [L(new PyInstance(R))]);
  inner = h;
  assert.equal(repr(h), "Holder({Holder(...)})");
});

test("iteration order after removals, pops and re-adds matches CPython", () => {
  const a = S(1, 9, 17, 25, 33);
  m(a, "discard", 9);
  m(a, "add", 41);
  m(a, "add", 9);
  assert.equal(repr(a), "{1, 33, 41, 9, 17, 25}");
  const b = S(...range(0, 10));
  const popped = [m(b, "pop"), m(b, "pop"), m(b, "pop")];
  m(b, "add", 0);
  popped.push(m(b, "pop"));
  assert.deepEqual(popped, [0, 1, 2, 3]);
  assert.equal(repr(b), "{0, 4, 5, 6, 7, 8, 9}");
  assert.deepEqual(toArray(S(3, 1, 2, 100, 33)), [1, 2, 3, 100, 33]);
});

test("union, intersection, difference, symmetric difference (methods)", () => {
  assert.equal(repr(m(S(8, 16, 24), "union", L(32, 0, 8), S(40, 1), dict(100, 4), T(7, 15))),
    "{32, 0, 1, 100, 4, 7, 8, 40, 15, 16, 24}");
  assert.equal(repr(m(S(8, 16, 24, 32, 40), "intersection", L(40, 24, 99, 8), L(...range(0, 100)))), "{8, 24, 40}");
  assert.equal(repr(m(S(...range(0, 200, 8)), "difference", L(8, 16), dict(24))),
    "{0, 128, 64, 192, 136, 72, 144, 80, 152, 88, 120, 184, 32, 160, 96, 40, 168, 104, 48, 176, 112, 56}");
  assert.equal(repr(m(S(8, 16, 24, 32), "difference", dict(16, 99, 8))), "{32, 24}");
  assert.equal(repr(m(S(8, 16, 24, 32), "symmetric_difference", L(24, 1, 9, 8, 1))), "{32, 1, 9, 16}");
  // With no arguments: a copy of the base type.
  const MySet = subclass("MySet2", setType);
  const ms = call(MySet, [L(1, 2)]);
  assert.equal(repr(m(ms, "union")), "{1, 2}");
  assert.equal(repr(m(ms, "intersection")), "{1, 2}");
  assert.equal(repr(m(FS(1), "difference")), "frozenset({1})");
});

test("operators, and NotImplemented for non-sets", () => {
  assert.equal(repr(binaryOp(S(8, 16, 24), FS(32, 0, 8), Bin.OR)), "{16, 32, 0, 8, 24}");
  assert.equal(repr(binaryOp(FS(32, 0, 8), S(8, 16, 24), Bin.OR)), "frozenset({32, 0, 16, 8, 24})");
  assert.equal(repr(binaryOp(S(8, 16, 24, 32, 40), S(40, 24, 8, 7), Bin.AND)), "{40, 24, 8}");
  assert.equal(repr(binaryOp(S(8, 16, 24, 32, 40), S(16, 40), Bin.SUBTRACT)), "{32, 8, 24}");
  assert.equal(repr(binaryOp(S(8, 16, 24, 32), S(24, 1, 9, 8), Bin.XOR)), "{32, 1, 9, 16}");
  assert.equal(m(S(), "__or__", L(1)), NotImplemented);
  assert.equal(repr(m(S(1), "__rsub__", S(2, 1, 3))), "{2, 3}");
  raises(() => binaryOp(S(), L(1), Bin.OR), "TypeError", "unsupported operand type(s) for |: 'set' and 'list'");
  raises(() => binaryOp(S(1), 1, Bin.SUBTRACT), "TypeError", "unsupported operand type(s) for -: 'set' and 'int'");
  assert.equal(m(S(), "__iand__", L(1)), NotImplemented);
});

test("in-place operators and *_update methods", () => {
  let a = S(1, 2, 3);
  const orig = a;
  a = inplaceOp(a, S(3, 11, 19), Bin.XOR);
  a = inplaceOp(a, S(27), Bin.OR);
  a = inplaceOp(a, S(1, 11, 19, 27, 2), Bin.AND);
  a = inplaceOp(a, S(2), Bin.SUBTRACT);
  assert.equal(a, orig);
  assert.equal(repr(a), "{1, 11, 19, 27}");
  const b = S(...range(0, 100, 3));
  assert.equal(m(b, "difference_update", L(3, 6, 9, 12, 15, 18, 21, 24), S(27, 30)), None);
  assert.equal(repr(b), "{0, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99}");
  const c = S(...range(0, 60, 4));
  m(c, "intersection_update", L(...range(0, 60, 8)), L(0, 16, 32, 48, 99));
  assert.equal(repr(c), "{0, 16, 32, 48}");
  const d = S(1, 2, 3);
  m(d, "symmetric_difference_update", dict(3, 4, 12));
  assert.equal(repr(d), "{1, 2, 4, 12}");
  const e = S(1);
  m(e, "update", L(2), "", dict(3), S(4));
  assert.equal(repr(e), "{1, 2, 3, 4}");
  // A frozenset's in-place operators make a new frozenset.
  const f = FS(1);
  const g = inplaceOp(f, FS(2), Bin.OR);
  assert.notEqual(f, g);
  assert.equal(repr(g), "frozenset({1, 2})");
});

test("comparisons and subset tests", () => {
  const r = (a: PyValue, b: PyValue, op: Cmp) => richCompare(a, b, op);
  assert.equal(r(S(1, 2), S(1, 2, 3), Cmp.LT), True);
  assert.equal(r(S(1, 2), S(1, 2), Cmp.LE), True);
  assert.equal(r(S(1, 2), S(1, 2), Cmp.LT), False);
  assert.equal(r(S(1, 2, 3), S(3), Cmp.GT), True);
  assert.equal(r(S(1), FS(), Cmp.GE), True);
  assert.equal(r(S(1), FS(1), Cmp.EQ), True);
  assert.equal(r(S(1), S(2), Cmp.NE), True);
  assert.equal(m(S(1), "__eq__", 1), NotImplemented);
  assert.equal(r(S(1), 1, Cmp.EQ), False);
  raises(() => r(S(1, 2), 3, Cmp.LT), "TypeError", "'<' not supported between instances of 'set' and 'int'");
  assert.equal(m(S(1, 2), "issubset", L(1, 2, 3)), True);
  assert.equal(m(S(1, 2), "issuperset", T(1)), True);
  assert.equal(m(S(1, 2), "isdisjoint", L(3, 4)), True);
  assert.equal(m(S(1, 2), "isdisjoint", getIter(L(3, 2))), False);
  // issubset/issuperset make a set of the argument first; isdisjoint iterates it.
  raises(() => m(S(1, 2), "issuperset", L(3, L())), "TypeError", "unhashable type: 'list'");
  assert.equal(m(S(1), "isdisjoint", L(1, L())), False);
  // intersection with an iterable stops once the result is as large as the set.
  assert.equal(repr(m(S(1), "intersection", L(1, L()))), "{1}");
});

// (Through __hash__: abstract.hashOf reduces a bigint result modulo 2**61 - 1, which CPython
// does only for values outside int64.)
test("frozenset hashes", () => {
  assert.equal(m(FS(-5), "__hash__"), -3043317625038393684n);
  assert.equal(m(FS(8), "__hash__"), -2999598675034038867n);
  assert.equal(m(FS(2n ** 64n), "__hash__"), -2999598675034038867n);
  assert.equal(m(FS(2n ** 61n), "__hash__"), -558064481276695278n);
  assert.equal(m(FS(-(2n ** 62n)), "__hash__"), 6776983852052281967n);
});

test("frozenset: identity, hash, copy", () => {
  const f = FS(1, 2, 3);
  assert.equal(call(frozensetType, [f]), f);
  assert.equal(m(f, "copy"), f);
  const s = S(1);
  assert.notEqual(m(s, "copy"), s);
  assert.equal(hashOf(FS()), 133146708735736);
  assert.equal(m(f, "__hash__"), -272375401224217160n);
  assert.equal(m(FS(2n ** 64n, -5, 77), "__hash__"), 5744197414489332729n);
  raises(() => hashOf(S()), "TypeError", "unhashable type: 'set'");
  assert.equal(setType.ns.get("__hash__"), None);
  // A frozenset subclass copies to a plain frozenset.
  const MyFs = subclass("MyFs2", frozensetType);
  const mf = call(MyFs, [L(1)]);
  const c = m(mf, "copy") as PySet;
  assert.equal(c.cls, frozensetType);
  assert.notEqual(call(MyFs, [mf]), mf);
});

test("membership, discard and remove convert a set key to a frozenset", () => {
  const s = S(FS(1), 5);
  assert.equal(m(s, "__contains__", S(1)), True);
  assert.equal(m(s, "__contains__", S(2)), False);
  raises(() => m(s, "__contains__", L()), "TypeError", "unhashable type: 'list'");
  m(s, "discard", S(1));
  assert.equal(repr(s), "{5}");
  raises(() => m(s, "remove", S(7)), "KeyError", "{7}");
  raises(() => m(s, "remove", 9), "KeyError", "9");
  raises(() => m(S(), "pop"), "KeyError", "'pop from an empty set'");
  raises(() => m(S(), "add", L()), "TypeError", "unhashable type: 'list'");
});

test("1, 1.0 and True are one element; the first stays", () => {
  const one = new PyFloat(1.0);
  const s = S(1, one, True) as PySet;
  assert.equal(s.store.size, 1);
  assert.equal(toArray(s)[0], 1);
  const t = S(True, 1) as PySet;
  assert.equal(toArray(t)[0], True);
  assert.equal(m(S(1), "__contains__", one), True);
  assert.equal(m(S(0), "__contains__", False), True);
  assert.equal(m(S(1), "__contains__", new PyFloat(1.5)), False);
});

test("iterators: size change, length hint, reduce", () => {
  const s = S(5, 6, 7);
  const it = getIter(s);
  assert.equal(iterNext(it), 5);
  assert.equal(m(it, "__length_hint__"), 2);
  m(s, "add", 8);
  raises(() => iterNext(it), "RuntimeError", "Set changed size during iteration");
  m(s, "discard", 8);
  raises(() => iterNext(it), "RuntimeError", "Set changed size during iteration"); // sticky
  assert.equal(m(it, "__length_hint__"), 0);
  const it2 = getIter(S(1, 2, 3));
  iterNext(it2);
  const red = m(it2, "__reduce__") as PyTuple;
  assert.equal(repr(red.items[1]), "([2, 3],)");
  raises(() => m(getIter(S()), "__next__"), "StopIteration", "");
});

test("constructors: arguments, keywords, subclasses", () => {
  raises(() => call(setType, [1, 2]), "TypeError", "set expected at most 1 argument, got 2");
  raises(() => call(setType, [L(1)], ["x"]), "TypeError", "set() takes no keyword arguments");
  raises(() => call(frozensetType, [1, 2]), "TypeError", "frozenset expected at most 1 argument, got 2");
  raises(() => call(frozensetType, [L(1)], ["x"]), "TypeError", "frozenset() takes no keyword arguments");
  raises(() => call(setType, [1]), "TypeError", "'int' object is not iterable");
  const MySet = subclass("S3", setType);
  raises(() => call(MySet, [1, 2]), "TypeError", "S3 expected at most 1 argument, got 2");
  const MyFs = subclass("F3", frozensetType);
  raises(() => call(MyFs, [1, 2]), "TypeError", "F3 expected at most 1 argument, got 2");
  raises(() => m(setType, "__new__", frozensetType), "TypeError", "set.__new__(frozenset): frozenset is not a subtype of set");
  // __init__ on an existing set starts over.
  const s = S(1, 2);
  m(s, "__init__", L(3));
  assert.equal(repr(s), "{3}");
  assert.deepEqual(toArray(call(setType, ["hello"])).length, 4);
});

test("method argument errors use CPython's messages", () => {
  raises(() => m(S(), "add"), "TypeError", "set.add() takes exactly one argument (0 given)");
  raises(() => m(S(), "pop", 1), "TypeError", "set.pop() takes no arguments (1 given)");
  raises(() => call(getAttr(S(), "union"), [], ["x"]), "TypeError", "set.union() takes no keyword arguments");
  raises(() => m(FS(), "isdisjoint"), "TypeError", "frozenset.isdisjoint() takes exactly one argument (0 given)");
  raises(() => m(S(), "symmetric_difference"), "TypeError", "set.symmetric_difference() takes exactly one argument (0 given)");
  raises(() => call(setType.ns.get("add")!, [FS(), 1]), "TypeError", "descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object");
  raises(() => m(S(), "__len__", 1), "TypeError", "expected 0 arguments, got 1");
});

test("__reduce__, __sizeof__, __class_getitem__", () => {
  assert.equal(repr(m(S(1, 2), "__reduce__")), "(<class 'set'>, ([1, 2],), None)");
  const MySet = subclass("S4", setType);
  const ms = call(MySet, [L(1)]) as PySet;
  (ms.dict = new PyDict()).set("x", 1);
  const red = m(ms, "__reduce__") as PyTuple;
  assert.equal(red.items[0], MySet);
  assert.equal(red.items[2], ms.dict);
  assert.equal(m(S(), "__sizeof__"), 200);
  assert.equal(m(S(...range(0, 5)), "__sizeof__"), 712);
  assert.equal(m(S(...range(0, 10)), "__sizeof__"), 712);
  assert.equal(m(setType, "__class_getitem__", setType), setType);
});

test("the VM's services: BUILD_SET, SET_ADD, SET_UPDATE, frozenset constants", () => {
  assert.equal(runtime.makeSet, makeSet);
  const s = runtime.makeSet([3, 1, 2, 100, 33]);
  assert.equal(repr(s), "{1, 2, 3, 100, 33}");
  runtime.setAdd(s, 4);
  setAdd(s, 4);
  assert.equal(repr(s), "{1, 2, 3, 100, 33, 4}");
  const f = runtime.makeFrozenset([8, 16, 24]);
  assert.equal(repr(f), "frozenset({8, 16, 24})");
  const u = makeSet([]);
  setUpdate(u, f);
  assert.equal(repr(u), "{8, 16, 24}");
  assert.equal(makeFrozenset([]).cls, frozensetType);
  // Constants are rebuilt from their own iteration order, as CPython's compiler does.
  const c = makeFrozenset([-1, -2, 7, -9]);
  assert.equal(repr(c), "frozenset({7, -2, -1, -9})");
  const display = makeSet([]);
  setUpdate(display, c);
  assert.equal(repr(display), "{7, -2, -1, -9}"); // {-1, -2, 7, -9} in CPython 3.11
});

// ---- PyDict -----------------------------------------------------------------------------------

test("dict keys unify across representations", () => {
  const d = new PyDict();
  d.set(1, "int");
  d.set(new PyFloat(1.0), "float");
  d.set(True, "bool");
  assert.equal(d.size, 1);
  assert.equal(d.keyAt(0), 1);
  assert.equal(d.get(1), "bool");
  assert.equal(d.get(new PyFloat(1.0)), "bool");
  const MyStr = subclass("MyStr", strType);
  const e = new PyDict();
  e.set("a", 1);
  e.set(new PyStrObj(MyStr, "a"), 2);
  assert.equal(e.size, 1);
  assert.equal(e.getStr("a"), 2);
  assert.equal(e.keyAt(0), "a");
  const f = new PyDict();
  const ka = new PyStrObj(MyStr, "k");
  f.set(ka, 1);
  assert.equal(f.getStr("k"), 1);
  assert.equal(f.get("k"), 1);
  assert.equal(f.delete("k"), 1);
  assert.equal(f.size, 0);
  const g = new PyDict();
  g.set(T(1, "x"), 1);
  assert.equal(g.get(T(new PyFloat(1.0), "x")), 1);
  assert.equal(g.get(T(2, "x")), undefined);
});

test("dict: a class's own __hash__ / __eq__ are called", () => {
  const K = subclass("K", objectType);
  let eqCalls = 0;
  K.ns.set("__hash__", new PyMethodDescr(K, "__hash__", () => 1));
  K.ns.set("__eq__", new PyMethodDescr(K, "__eq__", (args) => {
    eqCalls++;
    return args[1] === 1 ? True : NotImplemented;
  }));
  K.modified();
  const d = new PyDict();
  d.set(1, "one");
  assert.equal(d.get(new PyInstance(K)), "one");
  assert.ok(eqCalls > 0);
  const U = subclass("U", objectType);
  U.ns.set("__hash__", None);
  U.modified();
  raises(() => d.get(new PyInstance(U)), "TypeError", "unhashable type: 'U'");
});

test("dict: public API over DictStore", () => {
  const d = new PyDict();
  const v0 = d.version;
  for (const k of ["a", "b", "c"]) d.set(k, k.toUpperCase());
  assert.ok(d.version !== v0);
  assert.equal(d.delete("b"), "B");
  assert.equal(d.delete("b"), undefined);
  assert.equal(d.capacity(), 3);
  assert.equal(d.keyAt(1), undefined);
  assert.deepEqual(d.keyList(), ["a", "c"]);
  assert.deepEqual([...d.entries()], [["a", "A"], ["c", "C"]]);
  d.setValueAt(2, "C2");
  assert.equal(d.valueAt(2), "C2");
  assert.deepEqual(d.popLast(), ["c", "C2"]);
  const e = new PyDict();
  e.set(5, 1);
  d.copyInto(e);
  assert.deepEqual(e.keyList(), [5, "a"]);
  assert.equal(e.copy().size, 2);
  assert.equal(d.has("a"), true);
  d.clear();
  assert.equal(d.size, 0);
  assert.equal(d.popLast(), null);
  assert.equal(d.setDefault("z", 3), 3);
  assert.equal(d.setDefault("z", 4), 3);
});
