"""Records CPython 3.11's answers for the code generator's unit tests
(tests/unit/codegen.test.ts) into tests/unit/fixtures/codegen_cases.json:

  errors       source -> the SyntaxError compile() raises (msg, lineno, offset, end_lineno,
               end_offset), or "OK";
  annotations  annotation source -> the string it becomes under `from __future__ import
               annotations` (the C unparser);
  folds        expression -> whether compile(expr, "eval") is a single constant, and its repr.

Run: python3 tests/compiler/record_codegen_cases.py (CPython 3.11).
"""
import json
import os
import warnings

warnings.simplefilter("ignore")

ERRORS = [
    "return 1", "class C:\n  return", "yield 1", "await x", "def f():\n  await x", "break", "continue",
    "if 1:\n  break", "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass",
    "*a = 1", "a = *b", "*a, *b = c", "print(*a)", "x = [*a]", "a, *b",
    "def f():\n  [x for x in (yield)]", "def f():\n  [x async for x in y]",
    "async def f():\n  yield 1\n  return 2", "async def f():\n  yield 1\n  return",
    "while 1:\n  try:\n    pass\n  except* E:\n    break",
    "def f():\n  try:\n    pass\n  except* E:\n    return",
    "for x in y:\n  try:\n    pass\n  except* E:\n    for z in w:\n      continue",
    "async for x in y: pass", "async with x: pass", "def f():\n  async with x: pass",
    "def f():\n  async for x in y: pass",
    "def f():\n  yield from x\nasync def g():\n  yield from x",
    "x = 1\nfrom __future__ import annotations", "def f():\n  from __future__ import annotations",
    "f(a=1, a=2)", "x.f(a=1, a=2)", "f(__debug__=1)", "x.__debug__ = 1", "def f(__debug__): pass",
    "lambda __debug__: 1", "def f(*, __debug__): pass", "class C(x=1, x=2): pass",
    "match x:\n  case a:\n    pass\n  case b:\n    pass",
    "match x:\n  case _:\n    pass\n  case b:\n    pass",
    "match x:\n  case [a, a]:\n    pass", "match x:\n  case [a] | [b]:\n    pass",
    "match x:\n  case {1: a, 1: b}:\n    pass", "match x:\n  case {1: a, True: b}:\n    pass",
    "match x:\n  case {'k': a, 'k': b}:\n    pass", "match x:\n  case {-1: a, -1: b}:\n    pass",
    "match x:\n  case C(a=1, a=2):\n    pass", "match x:\n  case a | b:\n    pass",
    "match x:\n  case (a | b) if x:\n    pass\n  case c: pass",
    "match x:\n  case [a, *b] | [*b, a]:\n    pass\n  case {'x': a, **b} | C(a, b=b):\n    pass",
    "match x:\n  case [a, (b | c)]:\n    pass", "match x:\n  case a if a:\n    pass\n  case _:\n    pass",
    "match x:\n  case {**a, 'b': 1}: pass", "match x:\n  case (a, b) as a: pass",
    "match x:\n  case __debug__: pass", "match x:\n  case C(__debug__=1): pass",
    "def f():\n    x = [i async for i in y]", "a, *b, " + ", ".join(["c"] * 300) + " = d",
    ", ".join(["c"] * 300) + ", *b = d", "class A:\n  [x async for x in y]",
    "async def f():\n  def g():\n    await x", "async def f():\n  [x for x in await y]",
    "def f():\n  (await x for x in y)", "lambda: await x", "async def f():\n  lambda: await x",
    "for x in y:\n  def f():\n    break", "while x:\n  class C:\n    continue",
    "__debug__ = 1", "del __debug__", "for __debug__ in x: pass", "with x as __debug__: pass",
    "import __debug__", "from x import __debug__", "from x import y as __debug__",
    "def f():\n  x: int = 1\n  return x", "class C:\n  x: int\n  def __debug__(self): pass",
    "with a:\n  break", "try:\n  pass\nfinally:\n  continue",
    "def f():\n  try:\n    pass\n  finally:\n    return 1",
    "def f():\n  for x in y:\n    try:\n      pass\n    finally:\n      break",
    "def f():\n  with a:\n    return 1", "async def f():\n  async with a:\n    yield 1",
    "async def f():\n  [await x async for y in z]", "def f():\n  {x: y async for x, y in z}",
    "async def f():\n  return (x async for x in y)", "f(a=1, *b)", "f(x for x in y)",
    "nonlocal x", "def f():\n  nonlocal x", "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2",
    "x: int = yield", "def f():\n  x: int = yield", "assert x, y", "raise x from y",
    "class C:\n  def f(self):\n    super().__init__()\n    __class__",
    "del (a, b), [c, d]", "del x.y, x[0], x[1:2]", "(a, b) = c = d", "x += 1\nx.y += 1\nx[0] += 1",
    "print(f'{x!r:{y}}')", "import a.b.c as d", "from . import (x as y, z)", "from .m import *",
]

ANNOTATIONS = [
    "x[1, 2]", "x[1:2, ::3]", "x[(1,)]", "x[()]", "1 .real", "-1", "'a' if b else c",
    "lambda x, *y, z=1: x", "f'{a!r:>{w}} {{x}}'", "(a, b)", "a + b * c ** -d", "not a", "[*a]",
    "{**a, 'b': 1}", "x(*a, k=1, **b)", "1e400", "1j", "...", "u'x'", "(x for x in y if z)",
    "a < b is not c", "{a for a in b}", "a.b.c", "x[a:b]", "f(x for x in y)", "(-1) ** 2",
    "-(1 ** 2)", "(a if b else c)(d)", "f'{ {1} }'", "(*a,)", "x[*a]", "'it\\'s'", "b'\\x00'",
    "a and b or c and not d", "(a or b) and c", "a | b ^ c & d << e >> f", "(a | b) & c",
    "a @ b // c % d / e", "~a ** -b", "[x async for x in y]",
    "{k: v for k, v in d.items() if k}", "x if y else (lambda: z)", "(lambda: z) if y else x",
    "f'{x:{y}.{z}}'", "f'{x!a}'", "f'{3.0!s:>10}'", "'\\n\\t'", "None",
    "True", "1.5", "1e-05", "2+3j", "-2.5j", "x[::]", "x[1:]", "x[:2]", "x[a, b:c]", "list[int]",
    "dict[str, list[int]]", "Callable[[int, str], None]", "Optional['Foo']", "a.b[c](d)",
    "a if b else c if d else e", "(a if b else c) if d else e",
    "[a, b][0]", "{'a': 1}['a']", "(1).real", "1.0.real", "x[a:b:c, d]", "f'a{b}c{d!r}e'",
    "f''", "f'{x}' 'y'", "a == b != c < d <= e > f >= g is h in i not in j",
]

FOLDS = [
    "1 + 2", "2 ** 10", "2 ** 200", "2 ** -1", "1 / 2", "1 / 0", "7 // -2", "-7 % 3", "7.5 // 2",
    "-7.5 % 2", "1 << 100", "1 << 200", "-1 >> 3", "'a' * 3", "'a' * 5000", "'ab' * 2048",
    "'ab' * 2049", "(1, 2) * 3", "(1,) * 300", "b'x' * 4", "'a' + 'b'", "(1,) + (2,)",
    "True + True", "True & False", "True | 2", "~True", "-True", "not 1", "not ()", "-1.5",
    "~1.5", "'%s' % 1", "1 + 2j", "-1j", "(1, 2)[0]", "'abc'[-1]", "'abc'[5]", "b'ab'[0]",
    "(1, 2, 3)[1:]", "__debug__", "1 if 2 else 3", "(1, (2, 3))", "[1, 2]", "{1: 2}",
    "3 * 'ab'", "0 * (1,)", "-0.0", "0.0 * -1", "1e308 * 10", "2.0 ** 2", "10 // 3 * 3",
    "'é' * 2", "x in [1, 2]", "x in {1, 2}", "(1 << 64) * (1 << 64)", "(1 << 64) * (1 << 70)",
]


def record_error(src):
    try:
        compile(src, "<case>", "exec", dont_inherit=True)
        return "OK"
    except SyntaxError as e:
        return {"msg": e.msg, "lineno": e.lineno, "offset": e.offset, "end_lineno": e.end_lineno,
                "end_offset": e.end_offset}


def record_annotation(src):
    ns = {}
    exec(compile(f"from __future__ import annotations\ndef f(x: {src}): pass\n", "<case>", "exec",
                 dont_inherit=True), ns)
    return ns["f"].__annotations__["x"]


def record_fold(src):
    try:
        co = compile(src, "<case>", "eval", dont_inherit=True)
    except SyntaxError:
        return {"folded": False}
    instrs = list(__import__("dis").get_instructions(co))
    if [i.opname for i in instrs] == ["RESUME", "LOAD_CONST", "RETURN_VALUE"]:
        return {"folded": True, "repr": repr(instrs[1].argval)}
    return {"folded": False}


def main():
    out = {
        "errors": [{"src": s, "result": record_error(s)} for s in ERRORS],
        "annotations": [{"src": s, "result": record_annotation(s)} for s in ANNOTATIONS],
        "folds": [{"src": s, "result": record_fold(s)} for s in FOLDS],
    }
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "unit", "fixtures", "codegen_cases.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
