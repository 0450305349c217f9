// The Python-visible int, bool, float and complex types (src/objects/pyint.ts, pyfloat.ts,
// pycomplex.ts), exercised through the object protocol (call, binaryOp, richCompare, repr...)
// after bootstrapping the object core. Each case pairs a Python expression with the same
// operation in TypeScript and the result CPython 3.11 gives: the repr of the value, or
// "!Type: message" for an exception. The Python expressions run in this prelude:
//
//   class MyInt(int): pass
//   class MyFloat(float): pass
//   class MyComplex(complex): pass
//   class Idx:   __index__ = lambda self: 7
//   class Flt:   __float__ = lambda self: 2.5
//   class Cpx:   __complex__ = lambda self: 1+2j
//   class Trunc: __trunc__ = lambda self: 9
//   class BadInt: __int__ = lambda self: 1.5
//
// Run from the repository root:
//   node build.mjs && node --test build/tests/tests/unit/pynumber.test.js

import { test } from "node:test";
import * as assert from "node:assert/strict";
import {
  Bin, binaryOp, call, callDescr, Cmp, getAttr, hashOf, repr, richCompare, str, truthy, unaryOp, inplaceOp,
} from "../../src/objects/abstract";
import { toPyException } from "../../src/objects/exceptions";
import { bootstrapContainers } from "../../src/objects/bootstrap";
import { initExceptions } from "../../src/objects/pyexc";
import { initFunctions } from "../../src/objects/pyfunction";
import { initTypeAndObject, newClass } from "../../src/objects/pytype";
import { divmod, initInt, installNumberRuntime, pow3 } from "../../src/objects/pyint";
import { initFloat } from "../../src/objects/pyfloat";
import { hypot, initComplex } from "../../src/objects/pycomplex";
import { PyDict } from "../../src/objects/pydict";
import { reprBytes } from "../../src/parser/constrepr";
import {
  boolType, complexType, False, floatType, intType, None, objectType, PyByteArray, PyBytes, PyComplex,
  PyFloat, PyList, PyMethodDescr, PyTuple, PyType, PyValue, True, typeOf, typeType,
} from "../../src/objects/types";
import { runtime } from "../../src/vm/runtime";

initTypeAndObject();
bootstrapContainers();
initFunctions();
initExceptions();
initInt();
initFloat();
initComplex();
installNumberRuntime();

// ---- helpers -------------------------------------------------------------------------------------

function cls(name: string, base: PyType, methods: Record<string, (self: PyValue) => PyValue> = {}): PyType {
  const t = newClass(typeType, name, [base], new PyDict(), null);
  for (const k of Object.keys(methods)) t.ns.set(k, new PyMethodDescr(t, k, (args) => methods[k](args[0])));
  t.modified();
  return t;
}

const MyInt = cls("MyInt", intType);
const MyFloat = cls("MyFloat", floatType);
const MyComplex = cls("MyComplex", complexType);
const Idx = cls("Idx", objectType, { __index__: () => 7 });
const Flt = cls("Flt", objectType, { __float__: () => new PyFloat(2.5) });
const Cpx = cls("Cpx", objectType, { __complex__: () => new PyComplex(1, 2) });
const Trunc = cls("Trunc", objectType, { __trunc__: () => 9 });
const BadInt = cls("BadInt", objectType, { __int__: () => new PyFloat(1.5) });

const F = (x: number): PyFloat => new PyFloat(x);
const C = (re: number, im: number): PyComplex => new PyComplex(re, im);
const B = (s: string): PyBytes => new PyBytes(new TextEncoder().encode(s));
const L = (...items: PyValue[]): PyList => new PyList(items);
const nan = NaN;
const inf = Infinity;

const BIN: Record<string, Bin> = {
  "+": Bin.ADD, "-": Bin.SUBTRACT, "*": Bin.MULTIPLY, "/": Bin.TRUE_DIVIDE, "//": Bin.FLOOR_DIVIDE, "%": Bin.REMAINDER,
  "**": Bin.POWER, "<<": Bin.LSHIFT, ">>": Bin.RSHIFT, "&": Bin.AND, "|": Bin.OR, "^": Bin.XOR, "@": Bin.MATRIX_MULTIPLY,
};
const CMP: Record<string, Cmp> = { "<": Cmp.LT, "<=": Cmp.LE, "==": Cmp.EQ, "!=": Cmp.NE, ">": Cmp.GT, ">=": Cmp.GE };

const op = (a: PyValue, o: string, b: PyValue): PyValue => binaryOp(a, b, BIN[o]);
const cmp = (a: PyValue, o: string, b: PyValue): PyValue => richCompare(a, b, CMP[o]);
/** obj.name(*args) */
const m = (obj: PyValue, name: string, ...args: PyValue[]): PyValue => call(getAttr(obj, name), args);
/** f(*args, **kw) */
const kw = (f: PyValue, args: PyValue[], kws: Record<string, PyValue>): PyValue =>
  call(f, [...args, ...Object.values(kws)], Object.keys(kws));
/**
 * t(*args, **kw) as type.__call__ does it: __new__ through nativeNew, then __init__. Not
 * call(t, ...), which passes the type twice for now (see the `todo` test at the end).
 */
function makeKw(t: PyType, args: PyValue[], kws: Record<string, PyValue>): PyValue {
  const kwnames = Object.keys(kws);
  const all = [...args, ...Object.values(kws)];
  const obj = t.nativeNew!(t, all, kwnames.length ? kwnames : null);
  const ot = typeOf(obj);
  if (ot === t || ot.isSubtypeOf(t)) {
    const init = ot.lookup("__init__");
    if (init !== undefined) callDescr(init, obj, all, kwnames.length ? kwnames : null);
  }
  return obj;
}
const make = (t: PyType, args: PyValue[]): PyValue => makeKw(t, args, {});
/** t.__new__(cls, *args) */
const newOf = (t: PyType, c: PyType, ...args: PyValue[]): PyValue => t.nativeNew!(c, args, null);
const builtinRound = (x: PyValue, nd?: PyValue): PyValue => nd === undefined ? m(x, "__round__") : m(x, "__round__", nd);

/** repr, with tuples and bytes done here (their types are not bootstrapped in this test). */
function show(v: PyValue): string {
  if (v instanceof PyTuple) {
    const items = v.items.map(show);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (v instanceof PyBytes) return reprBytes(v.data);
  if (v instanceof PyType) return `<class '${v.name}'>`;
  return repr(v);
}

function run(f: () => PyValue): string {
  try {
    return show(f());
  } catch (e) {
    const exc = toPyException(e);
    const msg = exc.args.items.length ? str(exc.args.items[0]) : "";
    return `!${exc.cls.name}: ${msg}`;
  }
}

type Case = [python: string, ts: () => PyValue, expected: string];

function check(cases: Case[]): void {
  const failures: string[] = [];
  for (const [py, f, expected] of cases) {
    const got = run(f);
    if (got !== expected) failures.push(`${py}\n    expected ${expected}\n    got      ${got}`);
  }
  assert.equal(failures.length, 0, `${failures.length} of ${cases.length} cases differ:\n  ${failures.join("\n  ")}`);
}

// ---- int ------------------------------------------------------------------------------------------

test("int() constructor", () => check([
  ["int()", () => make(intType, []), "0"],
  ["int('12', 16)", () => make(intType, ["12", 16]), "18"],
  ["int('  12_3  ')", () => make(intType, ["  12_3  "]), "123"],
  ["int('0x1f', 0)", () => make(intType, ["0x1f", 0]), "31"],
  ["int('0x1f', base=0)", () => makeKw(intType, ["0x1f"], { base: 0 }), "31"],
  ["int('x')", () => make(intType, ["x"]), "!ValueError: invalid literal for int() with base 10: 'x'"],
  ["int('')", () => make(intType, [""]), "!ValueError: invalid literal for int() with base 10: ''"],
  ["int('١٢')", () => make(intType, ["١٢"]), "12"],
  ["int(b' 12 ')", () => make(intType, [B(" 12 ")]), "12"],
  ["int(bytearray(b'7f'), 16)", () => make(intType, [new PyByteArray(new Uint8Array([0x37, 0x66, 0]), 2), 16]), "127"],
  ["int(b'z')", () => make(intType, [B("z")]), "!ValueError: invalid literal for int() with base 10: b'z'"],
  ["int(1.5, 2)", () => make(intType, [F(1.5), 2]), "!TypeError: int() can't convert non-string with explicit base"],
  ["int(1.5, 99)", () => make(intType, [F(1.5), 99]), "!ValueError: int() base must be >= 2 and <= 36, or 0"],
  ["int('1', base=2.0)", () => makeKw(intType, ["1"], { base: F(2) }), "!TypeError: 'float' object cannot be interpreted as an integer"],
  ["int(base=2)", () => makeKw(intType, [], { base: 2 }), "!TypeError: int() missing string argument"],
  ["int(x='1')", () => makeKw(intType, [], { x: "1" }), "!TypeError: 'x' is an invalid keyword argument for int()"],
  ["int('1', 2, 3)", () => make(intType, ["1", 2, 3]), "!TypeError: int() takes at most 2 arguments (3 given)"],
  ["int([])", () => make(intType, [L()]), "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"],
  ["int(None)", () => make(intType, [None]), "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"],
  ["int(3.7)", () => make(intType, [F(3.7)]), "3"],
  ["int(-3.7)", () => make(intType, [F(-3.7)]), "-3"],
  ["int(-0.5)", () => make(intType, [F(-0.5)]), "0"],
  ["int(1e20)", () => make(intType, [F(1e20)]), "100000000000000000000"],
  ["int(float('nan'))", () => make(intType, [F(nan)]), "!ValueError: cannot convert float NaN to integer"],
  ["int(float('inf'))", () => make(intType, [F(inf)]), "!OverflowError: cannot convert float infinity to integer"],
  ["int(MyFloat(2.9))", () => make(intType, [make(MyFloat, [F(2.9)])]), "2"],
  ["int(True)", () => make(intType, [True]), "1"],
  ["type(int(True))", () => call(typeType, [make(intType, [True])]), "<class 'int'>"],
  ["int(Idx())", () => make(intType, [make(Idx, [])]), "7"],
  ["int(Trunc())", () => make(intType, [make(Trunc, [])]), "9"],
  ["int(BadInt())", () => make(intType, [make(BadInt, [])]), "!TypeError: __int__ returned non-int (type float)"],
  ["int(Flt())", () => make(intType, [make(Flt, [])]), "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'Flt'"],
  ["int(2**70)", () => make(intType, [2n ** 70n]), "1180591620717411303424"],
  ["MyInt(5)", () => make(MyInt, [5]), "5"],
  ["type(MyInt('5'))", () => call(typeType, [make(MyInt, ["5"])]), "<class 'MyInt'>"],
  ["type(MyInt(5) + 1)", () => call(typeType, [op(make(MyInt, [5]), "+", 1)]), "<class 'int'>"],
  ["MyInt('ff', 16) * 2", () => op(make(MyInt, ["ff", 16]), "*", 2), "510"],
  ["int.__new__(bool, 1)", () => newOf(intType, boolType, 1), "!TypeError: int.__new__(bool) is not safe, use bool.__new__()"],
  ["int.__new__(str)", () => newOf(intType, typeOf("a")), "!TypeError: int.__new__(str): str is not a subtype of int"],
]));

test("int arithmetic", () => check([
  ["7 + 2**60", () => op(7, "+", 2n ** 60n), "1152921504606846983"],
  ["2**53 - 1 + 1", () => op(2 ** 53 - 1, "+", 1), "9007199254740992"],
  ["-7 // 2", () => op(-7, "//", 2), "-4"],
  ["-7 % 2", () => op(-7, "%", 2), "1"],
  ["7 / 2", () => op(7, "/", 2), "3.5"],
  ["2**1024 / 1", () => op(2n ** 1024n, "/", 1), "!OverflowError: integer division result too large for a float"],
  ["5 / 0", () => op(5, "/", 0), "!ZeroDivisionError: division by zero"],
  ["5 // 0", () => op(5, "//", 0), "!ZeroDivisionError: integer division or modulo by zero"],
  ["5 % 0", () => op(5, "%", 0), "!ZeroDivisionError: integer modulo by zero"],
  ["2 ** -1", () => op(2, "**", -1), "0.5"],
  ["(-1) ** -1", () => op(-1, "**", -1), "-1.0"],
  ["0 ** -1", () => op(0, "**", -1), "!ZeroDivisionError: 0.0 cannot be raised to a negative power"],
  ["3 ** 40", () => op(3, "**", 40), "12157665459056928801"],
  ["1 << -1", () => op(1, "<<", -1), "!ValueError: negative shift count"],
  ["1 << 70", () => op(1, "<<", 70), "1180591620717411303424"],
  ["-1 >> 3", () => op(-1, ">>", 3), "-1"],
  ["6 & 3, 6 | 3, 6 ^ 3", () => new PyTuple([op(6, "&", 3), op(6, "|", 3), op(6, "^", 3)]), "(2, 7, 5)"],
  ["1 + 1.5", () => op(1, "+", F(1.5)), "2.5"],
  ["MyInt(1) + 1.5", () => op(make(MyInt, [1]), "+", F(1.5)), "2.5"],
  ["1 + 2j", () => op(1, "+", C(0, 2)), "(1+2j)"],
  ["2**1024 + 1.0", () => op(2n ** 1024n, "+", F(1)), "!OverflowError: int too large to convert to float"],
  ["1 + 'a'", () => op(1, "+", "a"), "!TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
  ["True + True", () => op(True, "+", True), "2"],
  ["-True", () => unaryOp(True, "__neg__", "-"), "-1"],
  ["~True", () => unaryOp(True, "__invert__", "~"), "-2"],
  ["~MyInt(5)", () => unaryOp(make(MyInt, [5]), "__invert__", "~"), "-6"],
  ["-(2**53)", () => unaryOp(2 ** 53, "__neg__", "-"), "-9007199254740992"],
  ["MyInt(3).__iadd__ if hasattr(MyInt, '__iadd__') else MyInt(3) + 1", () => inplaceOp(make(MyInt, [3]), 1, Bin.ADD), "4"],
  ["(5).__add__(1.0)", () => m(5, "__add__", F(1)), "NotImplemented"],
  ["(5).__radd__(1)", () => m(5, "__radd__", 1), "6"],
  ["(5).__rsub__(1)", () => m(5, "__rsub__", 1), "-4"],
  ["(5).__rtruediv__(1)", () => m(5, "__rtruediv__", 1), "0.2"],
  ["(1).__add__()", () => m(1, "__add__"), "!TypeError: expected 1 argument, got 0"],
  ["(1).__neg__(1)", () => m(1, "__neg__", 1), "!TypeError: expected 0 arguments, got 1"],
  ["divmod(-7, 2)", () => divmod(-7, 2), "(-4, 1)"],
  ["divmod(MyInt(7), 2)", () => divmod(make(MyInt, [7]), 2), "(3, 1)"],
  ["(7).__rdivmod__(30)", () => m(7, "__rdivmod__", 30), "(4, 2)"],
  ["divmod(7, 0)", () => divmod(7, 0), "!ZeroDivisionError: integer division or modulo by zero"],
  ["divmod('a', 1)", () => divmod("a", 1), "!TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"],
  ["divmod(1, 1j)", () => divmod(1, C(0, 1)), "!TypeError: unsupported operand type(s) for divmod(): 'int' and 'complex'"],
  ["pow(3, 2, 5)", () => pow3(3, 2, 5), "4"],
  ["pow(3, -1, 7)", () => pow3(3, -1, 7), "5"],
  ["pow(2, -1, 4)", () => pow3(2, -1, 4), "!ValueError: base is not invertible for the given modulus"],
  ["pow(3, 2, 0)", () => pow3(3, 2, 0), "!ValueError: pow() 3rd argument cannot be 0"],
  ["pow(3, 2, None)", () => pow3(3, 2, None), "9"],
  ["pow(MyInt(3), 2, 5)", () => pow3(make(MyInt, [3]), 2, 5), "4"],
  ["pow(True, 2, 5)", () => pow3(True, 2, 5), "1"],
  ["(3).__pow__(2, 5)", () => m(3, "__pow__", 2, 5), "4"],
  ["(3).__pow__(2, 5.0)", () => m(3, "__pow__", 2, F(5)), "NotImplemented"],
  ["(3).__rpow__(2, 5)", () => m(3, "__rpow__", 2, 5), "3"],
  ["(1).__pow__()", () => m(1, "__pow__"), "!TypeError:  expected at least 1 argument, got 0"],
  ["pow(2.0, 3, 5)", () => pow3(F(2), 3, 5), "!TypeError: pow() 3rd argument not allowed unless all arguments are integers"],
  ["pow(2, 3.0, 5)", () => pow3(2, F(3), 5), "!TypeError: pow() 3rd argument not allowed unless all arguments are integers"],
  ["pow(2, 3, 5.0)", () => pow3(2, 3, F(5)), "!TypeError: pow() 3rd argument not allowed unless all arguments are integers"],
  ["pow(1j, 2, 3)", () => pow3(C(0, 1), 2, 3), "!ValueError: complex modulo"],
  ["pow(2, 1j, 3)", () => pow3(2, C(0, 1), 3), "!ValueError: complex modulo"],
  ["pow(2, 3, 1j)", () => pow3(2, 3, C(0, 1)), "!ValueError: complex modulo"],
  ["pow('a', 2, 3)", () => pow3("a", 2, 3), "!TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'"],
  ["pow(2, 3, 'a')", () => pow3(2, 3, "a"), "!TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'"],
]));

test("int comparison, hash, truth", () => check([
  ["1 < 2**70", () => cmp(1, "<", 2n ** 70n), "True"],
  ["2**53 + 1 == 2.0**53", () => cmp(2n ** 53n + 1n, "==", F(2 ** 53)), "False"],
  ["2**53 + 1 > 2.0**53", () => cmp(2n ** 53n + 1n, ">", F(2 ** 53)), "True"],
  ["1 == 1.0", () => cmp(1, "==", F(1)), "True"],
  ["10**400 < float('inf')", () => cmp(10n ** 400n, "<", F(inf)), "True"],
  ["1 < float('nan')", () => cmp(1, "<", F(nan)), "False"],
  ["1 != float('nan')", () => cmp(1, "!=", F(nan)), "True"],
  ["MyInt(3) >= 3", () => cmp(make(MyInt, [3]), ">=", 3), "True"],
  ["True == 1", () => cmp(True, "==", 1), "True"],
  ["(1).__lt__(1.5)", () => m(1, "__lt__", F(1.5)), "NotImplemented"],
  ["1 < 'a'", () => cmp(1, "<", "a"), "!TypeError: '<' not supported between instances of 'int' and 'str'"],
  ["1 == 'a'", () => cmp(1, "==", "a"), "False"],
  ["hash(-1)", () => hashOf(-1), "-2"],
  ["hash(2**64)", () => hashOf(2n ** 64n), "8"],
  ["hash(MyInt(-1))", () => hashOf(make(MyInt, [-1])), "-2"],
  ["hash(True)", () => hashOf(True), "1"],
  ["bool(MyInt(0))", () => (truthy(make(MyInt, [0])) ? True : False), "False"],
  ["(5).__bool__()", () => m(5, "__bool__"), "True"],
]));

test("int methods and attributes", () => check([
  ["repr(MyInt(12))", () => repr(make(MyInt, [12])), "'12'"],
  ["(5).__index__()", () => m(5, "__index__"), "5"],
  ["type(MyInt(5).__int__())", () => call(typeType, [m(make(MyInt, [5]), "__int__")]), "<class 'int'>"],
  ["(5).__float__()", () => m(5, "__float__"), "5.0"],
  ["int.__float__(2**1024)", () => call(getAttr(intType, "__float__"), [2n ** 1024n]), "!OverflowError: int too large to convert to float"],
  ["round(15, -1)", () => builtinRound(15, -1), "20"],
  ["round(25, -1)", () => builtinRound(25, -1), "20"],
  ["round(-25, -1)", () => builtinRound(-25, -1), "-20"],
  ["round(12345, -10)", () => builtinRound(12345, -10), "0"],
  ["round(7, 3)", () => builtinRound(7, 3), "7"],
  ["type(round(MyInt(7)))", () => call(typeType, [builtinRound(make(MyInt, [7]))]), "<class 'int'>"],
  ["(1).__round__(None)", () => m(1, "__round__", None), "!TypeError: 'NoneType' object cannot be interpreted as an integer"],
  ["(1).__round__(1, 2)", () => m(1, "__round__", 1, 2), "!TypeError: __round__ expected at most 1 argument, got 2"],
  ["(5).__trunc__(), (5).__floor__(), (5).__ceil__()", () => new PyTuple([m(5, "__trunc__"), m(5, "__floor__"), m(5, "__ceil__")]), "(5, 5, 5)"],
  ["abs(-2**70)", () => m(-(2n ** 70n), "__abs__"), "1180591620717411303424"],
  ["(5).bit_length(), (-5).bit_count()", () => new PyTuple([m(5, "bit_length"), m(-5, "bit_count")]), "(3, 2)"],
  ["(0).bit_length()", () => m(0, "bit_length"), "0"],
  ["(1).bit_length(1)", () => m(1, "bit_length", 1), "!TypeError: int.bit_length() takes no arguments (1 given)"],
  ["(5).as_integer_ratio()", () => m(5, "as_integer_ratio"), "(5, 1)"],
  ["True.as_integer_ratio()", () => m(True, "as_integer_ratio"), "(1, 1)"],
  ["(5).conjugate()", () => m(5, "conjugate"), "5"],
  ["True.conjugate()", () => m(True, "conjugate"), "1"],
  ["(5).real, (5).imag, (5).numerator, (5).denominator", () => new PyTuple([getAttr(5, "real"), getAttr(5, "imag"), getAttr(5, "numerator"), getAttr(5, "denominator")]), "(5, 0, 5, 1)"],
  ["type(True.real)", () => call(typeType, [getAttr(True, "real")]), "<class 'int'>"],
  ["(5).__getnewargs__()", () => m(5, "__getnewargs__"), "(5,)"],
  ["(0).__sizeof__()", () => m(0, "__sizeof__"), "28"],
  ["(2**30).__sizeof__()", () => m(2 ** 30, "__sizeof__"), "32"],
  ["(2**60).__sizeof__()", () => m(2n ** 60n, "__sizeof__"), "36"],
  ["(1).is_integer()", () => m(1, "is_integer"), "!AttributeError: 'int' object has no attribute 'is_integer'"],
  ["(255).to_bytes(2, 'little')", () => m(255, "to_bytes", 2, "little"), "b'\\xff\\x00'"],
  ["(1).to_bytes()", () => m(1, "to_bytes"), "b'\\x01'"],
  ["(256).to_bytes()", () => m(256, "to_bytes"), "!OverflowError: int too big to convert"],
  ["(-1).to_bytes(2, signed=True)", () => kw(getAttr(-1, "to_bytes"), [2], { signed: True }), "b'\\xff\\xff'"],
  ["(1).to_bytes(2, 'x')", () => m(1, "to_bytes", 2, "x"), "!ValueError: byteorder must be either 'little' or 'big'"],
  ["(1).to_bytes(2, 1)", () => m(1, "to_bytes", 2, 1), "!TypeError: to_bytes() argument 'byteorder' must be str, not int"],
  ["(1).to_bytes(1, 'big', True)", () => m(1, "to_bytes", 1, "big", True), "!TypeError: to_bytes() takes at most 2 positional arguments (3 given)"],
  ["(1).to_bytes(1, byteorder='big', length=1)", () => kw(getAttr(1, "to_bytes"), [1], { byteorder: "big", length: 1 }), "!TypeError: argument for to_bytes() given by name ('length') and position (1)"],
  ["(1).to_bytes(-1)", () => m(1, "to_bytes", -1), "!ValueError: length argument must be non-negative"],
  ["int.from_bytes([1, 2])", () => m(intType, "from_bytes", L(1, 2)), "258"],
  ["int.from_bytes(b'\\xff\\xff', 'little', signed=True)", () => kw(getAttr(intType, "from_bytes"), [new PyBytes(new Uint8Array([255, 255])), "little"], { signed: True }), "-1"],
  ["int.from_bytes([1, 300])", () => m(intType, "from_bytes", L(1, 300)), "!ValueError: bytes must be in range(0, 256)"],
  ["int.from_bytes(1)", () => m(intType, "from_bytes", 1), "!TypeError: cannot convert 'int' object to bytes"],
  ["int.from_bytes()", () => m(intType, "from_bytes"), "!TypeError: from_bytes() missing required argument 'bytes' (pos 1)"],
  ["format(255, 'x')", () => m(255, "__format__", "x"), "'ff'"],
  ["format(1234567, ',d')", () => m(1234567, "__format__", ",d"), "'1,234,567'"],
  ["format(True, '')", () => m(True, "__format__", ""), "'True'"],
  ["format(True, 'd')", () => m(True, "__format__", "d"), "'1'"],
  ["format(True, 'z')", () => m(True, "__format__", "z"), "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"],
  ["int.__format__(5, 1)", () => call(getAttr(intType, "__format__"), [5, 1]), "!TypeError: __format__() argument must be str, not int"],
]));

// ---- bool -----------------------------------------------------------------------------------------

test("bool", () => check([
  ["bool()", () => make(boolType, []), "False"],
  ["bool(5)", () => make(boolType, [5]), "True"],
  ["bool(0.0)", () => make(boolType, [F(0)]), "False"],
  ["bool(0j)", () => make(boolType, [C(0, 0)]), "False"],
  ["bool('')", () => make(boolType, [""]), "False"],
  ["bool(1, 2)", () => make(boolType, [1, 2]), "!TypeError: bool expected at most 1 argument, got 2"],
  ["bool(x=1)", () => makeKw(boolType, [], { x: 1 }), "!TypeError: bool() takes no keyword arguments"],
  ["bool.__new__(int)", () => newOf(boolType, intType), "!TypeError: bool.__new__(int): int is not a subtype of bool"],
  ["repr(True), str(False)", () => new PyTuple([repr(True), str(False)]), "('True', 'False')"],
  ["True & True", () => op(True, "&", True), "True"],
  ["True & False", () => op(True, "&", False), "False"],
  ["True | False", () => op(True, "|", False), "True"],
  ["True ^ True", () => op(True, "^", True), "False"],
  ["True | 2", () => op(True, "|", 2), "3"],
  ["2 & True", () => op(2, "&", True), "0"],
  ["True & 1.0", () => op(True, "&", F(1)), "!TypeError: unsupported operand type(s) for &: 'bool' and 'float'"],
  ["bool.__and__(True, 1)", () => call(getAttr(boolType, "__and__"), [True, 1]), "1"],
  ["True.__and__(1.0)", () => m(True, "__and__", F(1)), "NotImplemented"],
  ["True * 3", () => op(True, "*", 3), "3"],
  ["True / 2", () => op(True, "/", 2), "0.5"],
  ["hash(False)", () => hashOf(False), "0"],
]));

// ---- float ----------------------------------------------------------------------------------------

test("float() constructor", () => check([
  ["float()", () => make(floatType, []), "0.0"],
  ["float('  1_0.5 ')", () => make(floatType, ["  1_0.5 "]), "10.5"],
  ["float('1__0')", () => make(floatType, ["1__0"]), "!ValueError: could not convert string to float: '1__0'"],
  ["float('x')", () => make(floatType, ["x"]), "!ValueError: could not convert string to float: 'x'"],
  ["float('-inf')", () => make(floatType, ["-inf"]), "-inf"],
  ["float('nan')", () => make(floatType, ["nan"]), "nan"],
  ["float(b'1.5')", () => make(floatType, [B("1.5")]), "1.5"],
  ["float(bytearray(b'2'))", () => make(floatType, [new PyByteArray(new Uint8Array([0x32]), 1)]), "2.0"],
  ["float(b'x')", () => make(floatType, [B("x")]), "!ValueError: could not convert string to float: b'x'"],
  ["float([])", () => make(floatType, [L()]), "!TypeError: float() argument must be a string or a real number, not 'list'"],
  ["float(1j)", () => make(floatType, [C(0, 1)]), "!TypeError: float() argument must be a string or a real number, not 'complex'"],
  ["float(7)", () => make(floatType, [7]), "7.0"],
  ["float(2**70)", () => make(floatType, [2n ** 70n]), "1.1805916207174113e+21"],
  ["float(2**1024)", () => make(floatType, [2n ** 1024n]), "!OverflowError: int too large to convert to float"],
  ["float(True)", () => make(floatType, [True]), "1.0"],
  ["float(Idx())", () => make(floatType, [make(Idx, [])]), "7.0"],
  ["float(Flt())", () => make(floatType, [make(Flt, [])]), "2.5"],
  ["type(float(MyFloat(1.5)))", () => call(typeType, [make(floatType, [make(MyFloat, [F(1.5)])])]), "<class 'float'>"],
  ["MyFloat('2.5')", () => make(MyFloat, ["2.5"]), "2.5"],
  ["type(MyFloat(2) * 2)", () => call(typeType, [op(make(MyFloat, [2]), "*", 2)]), "<class 'float'>"],
  ["float(1, 2)", () => make(floatType, [1, 2]), "!TypeError: float expected at most 1 argument, got 2"],
  ["float(x=1)", () => makeKw(floatType, [], { x: 1 }), "!TypeError: float() takes no keyword arguments"],
  ["float.__new__(int)", () => newOf(floatType, intType), "!TypeError: float.__new__(int): int is not a subtype of float"],
]));

test("float arithmetic", () => check([
  ["0.1 + 0.2", () => op(F(0.1), "+", F(0.2)), "0.30000000000000004"],
  ["1.5 * 2", () => op(F(1.5), "*", 2), "3.0"],
  ["2 - 0.5", () => op(2, "-", F(0.5)), "1.5"],
  ["1e308 * 10", () => op(F(1e308), "*", 10), "inf"],
  ["1.0 / 0", () => op(F(1), "/", 0), "!ZeroDivisionError: float division by zero"],
  ["1.0 // 0", () => op(F(1), "//", 0), "!ZeroDivisionError: float floor division by zero"],
  ["1.0 % 0", () => op(F(1), "%", 0), "!ZeroDivisionError: float modulo"],
  ["-7.5 // 2", () => op(F(-7.5), "//", 2), "-4.0"],
  ["-7.5 % 2", () => op(F(-7.5), "%", 2), "0.5"],
  ["7.5 % -2", () => op(F(7.5), "%", -2), "-0.5"],
  ["divmod(7.5, 2)", () => divmod(F(7.5), 2), "(3.0, 1.5)"],
  ["divmod(7, 2.0)", () => divmod(7, F(2)), "(3.0, 1.0)"],
  ["divmod(MyFloat(7.5), 2)", () => divmod(make(MyFloat, [F(7.5)]), 2), "(3.0, 1.5)"],
  ["divmod(1.0, 0)", () => divmod(F(1), 0), "!ZeroDivisionError: float divmod()"],
  ["2.0 ** 0.5", () => op(F(2), "**", F(0.5)), "1.4142135623730951"],
  ["2 ** 0.5", () => op(2, "**", F(0.5)), "1.4142135623730951"],
  ["(-8.0) ** (1/3)", () => op(F(-8), "**", F(1 / 3)), "(1.0000000000000002+1.7320508075688772j)"],
  ["0.0 ** -1", () => op(F(0), "**", -1), "!ZeroDivisionError: 0.0 cannot be raised to a negative power"],
  ["10.0 ** 400", () => op(F(10), "**", 400), "!OverflowError: (34, 'Numerical result out of range')"],
  ["MyFloat(1.5) + 1", () => op(make(MyFloat, [F(1.5)]), "+", 1), "2.5"],
  ["1 + MyFloat(1.5)", () => op(1, "+", make(MyFloat, [F(1.5)])), "2.5"],
  ["MyFloat(2) ** -1", () => op(make(MyFloat, [2]), "**", -1), "0.5"],
  ["1.5 + 1j", () => op(F(1.5), "+", C(0, 1)), "(1.5+1j)"],
  ["1.5 + 'a'", () => op(F(1.5), "+", "a"), "!TypeError: unsupported operand type(s) for +: 'float' and 'str'"],
  ["MyFloat(1.5) & 2", () => op(make(MyFloat, [F(1.5)]), "&", 2), "!TypeError: unsupported operand type(s) for &: 'MyFloat' and 'int'"],
  ["-MyFloat(1.5)", () => unaryOp(make(MyFloat, [F(1.5)]), "__neg__", "-"), "-1.5"],
  ["(1.5).__pow__(2, 5)", () => m(F(1.5), "__pow__", 2, 5), "!TypeError: pow() 3rd argument not allowed unless all arguments are integers"],
  ["(1.5).__rpow__(2)", () => m(F(1.5), "__rpow__", 2), "2.8284271247461903"],
  ["(1.5).__rsub__(1)", () => m(F(1.5), "__rsub__", 1), "-0.5"],
  ["(1.5).__add__('a')", () => m(F(1.5), "__add__", "a"), "NotImplemented"],
  ["(1.0).__add__()", () => m(F(1), "__add__"), "!TypeError: expected 1 argument, got 0"],
]));

test("float arithmetic: unsupported operators on exact floats", { todo: "abstract.binaryOp should fall through when numberHooks.floatBinary returns NotImplemented" }, () => check([
  ["1.5 & 2", () => op(F(1.5), "&", 2), "!TypeError: unsupported operand type(s) for &: 'float' and 'int'"],
  ["2 << 1.5", () => op(2, "<<", F(1.5)), "!TypeError: unsupported operand type(s) for <<: 'int' and 'float'"],
]));

test("float comparison, hash, repr", () => check([
  ["1.5 < 2", () => cmp(F(1.5), "<", 2), "True"],
  ["2.0**53 < 2**53 + 1", () => cmp(F(2 ** 53), "<", 2n ** 53n + 1n), "True"],
  ["1e300 > 10**300", () => cmp(F(1e300), ">", 10n ** 300n), "True"],
  ["float('nan') == float('nan')", () => cmp(F(nan), "==", F(nan)), "False"],
  ["float('nan') != 1", () => cmp(F(nan), "!=", 1), "True"],
  ["float('inf') > 10**400", () => cmp(F(inf), ">", 10n ** 400n), "True"],
  ["MyFloat(1.5) == 1.5", () => cmp(make(MyFloat, [F(1.5)]), "==", F(1.5)), "True"],
  ["1.5 < 'a'", () => cmp(F(1.5), "<", "a"), "!TypeError: '<' not supported between instances of 'float' and 'str'"],
  ["hash(1.5)", () => hashOf(F(1.5)), "1152921504606846977"],
  ["hash(-1.0)", () => hashOf(F(-1)), "-2"],
  ["hash(MyFloat(2.0))", () => hashOf(make(MyFloat, [F(2)])), "2"],
  ["(1e100).__hash__()", () => m(F(1e100), "__hash__"), "1822893315824342674"],
  ["hash(float('inf'))", () => m(F(inf), "__hash__"), "314159"],
  ["repr(1e16), repr(1e-5), repr(-0.0)", () => new PyTuple([repr(F(1e16)), repr(F(1e-5)), repr(F(-0))]), "('1e+16', '1e-05', '-0.0')"],
  ["str(MyFloat(0.1))", () => str(make(MyFloat, [F(0.1)])), "'0.1'"],
]));

test("float methods", () => check([
  ["round(2.5)", () => builtinRound(F(2.5)), "2"],
  ["round(3.5)", () => builtinRound(F(3.5)), "4"],
  ["round(-0.5)", () => builtinRound(F(-0.5)), "0"],
  ["round(2.675, 2)", () => builtinRound(F(2.675), 2), "2.67"],
  ["round(1234.5, -2)", () => builtinRound(F(1234.5), -2), "1200.0"],
  ["(1.5).__round__(None)", () => m(F(1.5), "__round__", None), "2"],
  ["round(1.5, 1.0)", () => builtinRound(F(1.5), F(1)), "!TypeError: 'float' object cannot be interpreted as an integer"],
  ["round(float('nan'))", () => builtinRound(F(nan)), "!ValueError: cannot convert float NaN to integer"],
  ["round(float('inf'))", () => builtinRound(F(inf)), "!OverflowError: cannot convert float infinity to integer"],
  ["round(float('inf'), 2)", () => builtinRound(F(inf), 2), "inf"],
  ["(1.5).__round__(1, 2)", () => m(F(1.5), "__round__", 1, 2), "!TypeError: __round__ expected at most 1 argument, got 2"],
  ["(1e20).__int__()", () => m(F(1e20), "__int__"), "100000000000000000000"],
  ["(-0.0).__trunc__()", () => m(F(-0), "__trunc__"), "0"],
  ["float.__floor__(-2.5), float.__ceil__(-2.5)", () => new PyTuple([m(F(-2.5), "__floor__"), m(F(-2.5), "__ceil__")]), "(-3, -2)"],
  ["(2.5).is_integer(), (2.0).is_integer()", () => new PyTuple([m(F(2.5), "is_integer"), m(F(2), "is_integer")]), "(False, True)"],
  ["(1.5).as_integer_ratio()", () => m(F(1.5), "as_integer_ratio"), "(3, 2)"],
  ["(0.1).as_integer_ratio()", () => m(F(0.1), "as_integer_ratio"), "(3602879701896397, 36028797018963968)"],
  ["float('nan').as_integer_ratio()", () => m(F(nan), "as_integer_ratio"), "!ValueError: cannot convert NaN to integer ratio"],
  ["(1.5).hex()", () => m(F(1.5), "hex"), "'0x1.8000000000000p+0'"],
  ["(1.0).hex(1)", () => m(F(1), "hex", 1), "!TypeError: float.hex() takes no arguments (1 given)"],
  ["float.fromhex('0x1.8p1')", () => m(floatType, "fromhex", "0x1.8p1"), "3.0"],
  ["float.fromhex(1)", () => m(floatType, "fromhex", 1), "!TypeError: bad argument type for built-in operation"],
  ["float.fromhex('x')", () => m(floatType, "fromhex", "x"), "!ValueError: invalid hexadecimal floating-point string"],
  ["(1.5).conjugate(), (1.5).real, (1.5).imag", () => new PyTuple([m(F(1.5), "conjugate"), getAttr(F(1.5), "real"), getAttr(F(1.5), "imag")]), "(1.5, 1.5, 0.0)"],
  ["type(MyFloat(1).real)", () => call(typeType, [getAttr(make(MyFloat, [1]), "real")]), "<class 'float'>"],
  ["(1.5).__getnewargs__()", () => m(F(1.5), "__getnewargs__"), "(1.5,)"],
  ["float.__getformat__('double')", () => m(floatType, "__getformat__", "double"), "'IEEE, little-endian'"],
  ["float.__getformat__('x')", () => m(floatType, "__getformat__", "x"), "!ValueError: __getformat__() argument 1 must be 'double' or 'float'"],
  ["float.__getformat__(1)", () => m(floatType, "__getformat__", 1), "!TypeError: __getformat__() argument must be str, not int"],
  ["format(1.5, '.3f')", () => m(F(1.5), "__format__", ".3f"), "'1.500'"],
  ["format(1.5, '')", () => m(F(1.5), "__format__", ""), "'1.5'"],
  ["format(1e100, 'g')", () => m(F(1e100), "__format__", "g"), "'1e+100'"],
  ["format(1.5, 'd')", () => m(F(1.5), "__format__", "d"), "!ValueError: Unknown format code 'd' for object of type 'float'"],
  ["type(MyFloat(1.5).__float__())", () => call(typeType, [m(make(MyFloat, [F(1.5)]), "__float__")]), "<class 'float'>"],
  ["abs(-1.5), type(+MyFloat(2))", () => new PyTuple([m(F(-1.5), "__abs__"), call(typeType, [unaryOp(make(MyFloat, [2]), "__pos__", "+")])]), "(1.5, <class 'float'>)"],
]));

// ---- complex --------------------------------------------------------------------------------------

test("complex() constructor", () => check([
  ["complex()", () => make(complexType, []), "0j"],
  ["complex(1, 2)", () => make(complexType, [1, 2]), "(1+2j)"],
  ["complex(real=1, imag=2)", () => makeKw(complexType, [], { real: 1, imag: 2 }), "(1+2j)"],
  ["complex(1.5)", () => make(complexType, [F(1.5)]), "(1.5+0j)"],
  ["complex('1+2j')", () => make(complexType, ["1+2j"]), "(1+2j)"],
  ["complex(' (1+2j) ')", () => make(complexType, [" (1+2j) "]), "(1+2j)"],
  ["complex('1e500j')", () => make(complexType, ["1e500j"]), "infj"],
  ["complex('x')", () => make(complexType, ["x"]), "!ValueError: complex() arg is a malformed string"],
  ["complex(1j, 1j)", () => make(complexType, [C(0, 1), C(0, 1)]), "(-1+1j)"],
  ["complex(1+2j, 3)", () => make(complexType, [C(1, 2), 3]), "(1+5j)"],
  ["complex([])", () => make(complexType, [L()]), "!TypeError: complex() first argument must be a string or a number, not 'list'"],
  ["complex(1, [])", () => make(complexType, [1, L()]), "!TypeError: complex() second argument must be a number, not 'list'"],
  ["complex('1', 2)", () => make(complexType, ["1", 2]), "!TypeError: complex() can't take second arg if first is a string"],
  ["complex(1, '2')", () => make(complexType, [1, "2"]), "!TypeError: complex() second arg can't be a string"],
  ["complex(b'1')", () => make(complexType, [B("1")]), "!TypeError: complex() first argument must be a string or a number, not 'bytes'"],
  ["complex(1, 2, 3)", () => make(complexType, [1, 2, 3]), "!TypeError: complex() takes at most 2 arguments (3 given)"],
  ["complex(x=1)", () => makeKw(complexType, [], { x: 1 }), "!TypeError: 'x' is an invalid keyword argument for complex()"],
  ["complex(Cpx())", () => make(complexType, [make(Cpx, [])]), "(1+2j)"],
  ["complex(Flt(), Idx())", () => make(complexType, [make(Flt, []), make(Idx, [])]), "(2.5+7j)"],
  ["complex(2**1024)", () => make(complexType, [2n ** 1024n]), "!OverflowError: int too large to convert to float"],
  ["MyComplex(1, 2)", () => make(MyComplex, [1, 2]), "(1+2j)"],
  ["type(MyComplex('1j'))", () => call(typeType, [make(MyComplex, ["1j"])]), "<class 'MyComplex'>"],
  ["type(complex(MyComplex(1)))", () => call(typeType, [make(complexType, [make(MyComplex, [1])])]), "<class 'complex'>"],
  ["complex.__new__(float)", () => newOf(complexType, floatType), "!TypeError: complex.__new__(float): float is not a subtype of complex"],
]));

test("complex arithmetic and methods", () => check([
  ["(1+2j) + 1", () => op(C(1, 2), "+", 1), "(2+2j)"],
  ["1 - (1+2j)", () => op(1, "-", C(1, 2)), "-2j"],
  ["(1+2j) * (3-1j)", () => op(C(1, 2), "*", C(3, -1)), "(5+5j)"],
  ["(1+2j) / 2.0", () => op(C(1, 2), "/", F(2)), "(0.5+1j)"],
  ["1 / (1+1j)", () => op(1, "/", C(1, 1)), "(0.5-0.5j)"],
  ["(1+2j) / 0", () => op(C(1, 2), "/", 0), "!ZeroDivisionError: complex division by zero"],
  ["1j ** 2", () => op(C(0, 1), "**", 2), "(-1+0j)"],
  ["(1+2j) ** -2", () => op(C(1, 2), "**", -2), "(-0.12-0.16j)"],
  ["0j ** -1", () => op(C(0, 0), "**", -1), "!ZeroDivisionError: 0.0 to a negative or complex power"],
  ["2 ** 1j", () => op(2, "**", C(0, 1)), "(0.7692389013639721+0.6389612763136348j)"],
  ["(1j).__pow__(2, 5)", () => m(C(0, 1), "__pow__", 2, 5), "!ValueError: complex modulo"],
  ["(1j).__pow__('a', 5)", () => m(C(0, 1), "__pow__", "a", 5), "NotImplemented"],
  ["(1+2j) // 1", () => op(C(1, 2), "//", 1), "!TypeError: unsupported operand type(s) for //: 'complex' and 'int'"],
  ["(1+2j) % 1", () => op(C(1, 2), "%", 1), "!TypeError: unsupported operand type(s) for %: 'complex' and 'int'"],
  ["-(1+2j)", () => unaryOp(C(1, 2), "__neg__", "-"), "(-1-2j)"],
  ["abs(3+4j)", () => m(C(3, 4), "__abs__"), "5.0"],
  ["abs(complex(1.7e308, 1.7e308))", () => m(C(1.7e308, 1.7e308), "__abs__"), "!OverflowError: absolute value too large"],
  ["abs(complex(inf, nan))", () => m(C(inf, nan), "__abs__"), "inf"],
  ["abs(complex(1, nan))", () => m(C(1, nan), "__abs__"), "nan"],
  ["(1+2j).conjugate()", () => m(C(1, 2), "conjugate"), "(1-2j)"],
  ["(1+2j).real, (1+2j).imag", () => new PyTuple([getAttr(C(1, 2), "real"), getAttr(C(1, 2), "imag")]), "(1.0, 2.0)"],
  ["(1+2j).__getnewargs__()", () => m(C(1, 2), "__getnewargs__"), "(1.0, 2.0)"],
  ["type(MyComplex(1).__complex__())", () => call(typeType, [m(make(MyComplex, [1]), "__complex__")]), "<class 'complex'>"],
  ["bool(0j), bool(1e-300j)", () => new PyTuple([m(C(0, 0), "__bool__"), m(C(0, 1e-300), "__bool__")]), "(False, True)"],
  ["(1+0j) == 1", () => cmp(C(1, 0), "==", 1), "True"],
  ["(2**53+1+0j) == 2**53+1", () => cmp(C(2 ** 53, 0), "==", 2n ** 53n + 1n), "False"],
  ["1 == (1+0j)", () => cmp(1, "==", C(1, 0)), "True"],
  ["(1+0j) == 1.0", () => cmp(C(1, 0), "==", F(1)), "True"],
  ["1j == 1j", () => cmp(C(0, 1), "==", C(0, 1)), "True"],
  ["1j != 1", () => cmp(C(0, 1), "!=", 1), "True"],
  ["1j == 'a'", () => cmp(C(0, 1), "==", "a"), "False"],
  ["1j < 1j", () => cmp(C(0, 1), "<", C(0, 1)), "!TypeError: '<' not supported between instances of 'complex' and 'complex'"],
  ["1 < 1j", () => cmp(1, "<", C(0, 1)), "!TypeError: '<' not supported between instances of 'int' and 'complex'"],
  ["hash(1+2j)", () => hashOf(C(1, 2)), "2000007"],
  ["hash(1+0j)", () => hashOf(C(1, 0)), "1"],
  ["complex(1.5, -2.5).__hash__()", () => m(C(1.5, -2.5), "__hash__"), "-2305843009215693957"],
  ["repr(1j), repr(-0j), repr(complex(-0.0, 0))", () => new PyTuple([repr(C(0, 1)), repr(C(-0, -0)), repr(C(-0, 0))]), "('1j', '(-0-0j)', '(-0+0j)')"],
  ["repr(complex(1, float('nan')))", () => repr(C(1, nan)), "'(1+nanj)'"],
  ["repr(complex(1e16, 1e-5))", () => repr(C(1e16, 1e-5)), "'(1e+16+1e-05j)'"],
  ["format(1+2j, '')", () => m(C(1, 2), "__format__", ""), "'(1+2j)'"],
  ["format(1+2j, '.2f')", () => m(C(1, 2), "__format__", ".2f"), "'1.00+2.00j'"],
  ["format(1+2j, '>12')", () => m(C(1, 2), "__format__", ">12"), "'      (1+2j)'"],
]));

test("hypot agrees with CPython's math.hypot (complex abs uses glibc's, off by an ulp in ~0.1%)", () => {
  const cases: [number, number, number][] = [
    [3e200, 4e200, 4.9999999999999995e+200],
    [3e-200, 4e-200, 5e-200],
    [5e-324, 5e-324, 5e-324],
    [1e308, 1e308, 1.4142135623730951e+308],
    [30.034998960600504, 45.188280312974875, 54.259394027276656], // abs(complex(...)) is 54.25939402727666
    [7.60178644477237, -8.533499579208728, 11.428375747247745], // abs(complex(...)) is 11.428375747247747
    [1.5, 1e-10, 1.5],
    [2.2250738585072014e-308, 1e-310, 2.2250963295579194e-308],
    [-9.524089298036275e+271, -8.174472284082622e+272, 8.229767912450791e+272],
    [5.624361107595274e+161, 2.8839634890686307e+162, 2.938295387629912e+162],
    [1.7476965769979394e-112, 1.4084010523122276e-111, 1.4192032826225752e-111],
    [-4.847352758224744e-112, -5.001606267969321e-112, 6.965119813934218e-112],
    [-3.9319747475094905e-209, -2.1362677271260667e-208, 2.1721519413040364e-208],
    [7.807609840249787e-259, 4.680522661425605e-258, 4.745195475245912e-258],
    [0, -0, 0], [inf, nan, inf], [nan, -inf, inf], [nan, 1, nan],
  ];
  for (const [x, y, want] of cases) assert.equal(hypot(x, y), want, `hypot(${x}, ${y})`);
});

test("call(type, args) reaches __new__", { todo: "native.ts defNew: call() prepends the owner type to __new__'s arguments" }, () => check([
  ["int('12', 16)", () => call(intType, ["12", 16]), "18"],
  ["MyInt(5)", () => call(MyInt, [5]), "5"],
  ["float('1.5')", () => call(floatType, ["1.5"]), "1.5"],
  ["complex(1, 2)", () => call(complexType, [1, 2]), "(1+2j)"],
  ["bool(3)", () => call(boolType, [3]), "True"],
  ["int.__new__(bool, 1)", () => m(intType, "__new__", boolType, 1), "!TypeError: int.__new__(bool) is not safe, use bool.__new__()"],
  ["type(MyInt.from_bytes(b'\\x01'))", () => call(typeType, [m(MyInt, "from_bytes", new PyBytes(new Uint8Array([1])))]), "<class 'MyInt'>"],
  ["bool.from_bytes(b'\\x01')", () => m(boolType, "from_bytes", new PyBytes(new Uint8Array([1]))), "True"],
  ["type(MyFloat.fromhex('1'))", () => call(typeType, [m(MyFloat, "fromhex", "1")]), "<class 'MyFloat'>"],
]));

test("hash() of a 64-bit __hash__ result", { todo: "abstract.hashOf reduces every bigint hash; CPython reduces only those outside 64 bits" }, () => check([
  ["hash(complex(1.5, -2.5))", () => hashOf(C(1.5, -2.5)), "-2305843009215693957"],

]));

test("int @ int", { todo: "abstract.intBinary returns NotImplemented for @ and binaryOp passes it on" }, () => check([
  ["1 @ 1", () => op(1, "@", 1), "!TypeError: unsupported operand type(s) for @: 'int' and 'int'"],
]));

test("runtime services are installed", () => {
  assert.equal(runtime.divmod, divmod);
  assert.equal(runtime.pow3, pow3);
  assert.equal(show(runtime.divmod(F(7), 2)), "(3.0, 1.0)");
});
