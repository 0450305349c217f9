# ast.parse + ast.dump over varied code: every statement and expression kind, positions,
# Constant values and kinds, the other modes, type comments, and the helpers of ast.py.
import ast

SNIPPETS = [
    "x = 1",
    "x: int = 5\ny: 'str'\n(z): int = 3\na.b: int",
    "a, *b = c = d\na += 1\na[1:2, ::3] -= 2\ndel a.b, c[0], (d, e)",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return a\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n    return [j async for j in z]",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M, **kw):\n    x = 1\n    def m(self): pass",
    "for i in range(3):\n    continue\nelse:\n    pass\nwhile x:\n    break\nelse:\n    x = 0",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open(f) as (a, b), c:\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    raise X from e\nexcept (A, B):\n    raise\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* TypeError:\n    pass",
    "assert x, 'msg'\nimport a.b as c, d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *",
    "def f():\n    global a, b\n    def g():\n        nonlocal c\n",
    "x if y else z\nlambda a, *b, c=1, **d: a\n(y := 5)\nnot a and b or c",
    "[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y for z in x)",
    "a < b <= c != d is not e in f not in g\n-a + ~b * +c ** d // e % f @ g / h << i >> j | k ^ l & m",
    "f(a, *b, c=1, **d)\nx.y.z\nx[1]\nx[1:2]\nx[::2]\nx[a, b:c]",
    "f'{a!r:>{w}} and {b=} {c:.2f} {{}}'\nf'plain'\nrf'\\n{x}'",
    "1; 1.5; 1j; 2.5e10j; 0x10; 1_000; 'a' 'b'; u'u'; b'bytes'; ...; None; True; False",
    "10**100\n1e400\n-0.0\n'\\u00e9\\U0001F600'",
    "{}; {1: 2, **d}; {1, 2}; []; [1, *a]; (); (1,); ((1, 2), 3)",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt if yy > 0:\n        pass\n    case None | True | -1 | 1+2j | a.b:\n        pass\n    case _:\n        pass",
    "yield\nyield x\nx = yield from y",
    "if True:\n    print('é', 'x')  # comment\n",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True, indent=1)[:2000])

# Modes.
print(ast.dump(ast.parse("1 + 2", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, *str) -> List[int]", mode="func_type")))
print(ast.dump(compile("a", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b"b = 2", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# Type comments.
tc = ast.parse("def f(a):  # type: (int) -> int\n    x = 1  # type: int\n    return x\n", type_comments=True)
print(ast.dump(tc))
print(tc.body[0].type_comment, tc.body[0].body[0].type_comment)
print(ast.dump(ast.parse("x = 1  # type: ignore[foo]\n", type_comments=True)))
print(ast.parse("x = 1  # type: int\n").body[0].type_comment)

# Constant values become Python values.
for node in ast.walk(ast.parse("1; 1.5; 2j; 'a'; u'b'; b'c'; ...; None; True; False; 10**100; 123456789012345678901234")):
    if isinstance(node, ast.Constant):
        print(type(node.value).__name__, repr(node.value), node.kind)

# Positions.
t = ast.parse("x = (1 +\n     2)\nif a:\n    f(é, b)\n")
for node in ast.walk(t):
    if hasattr(node, "lineno"):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

# Helpers.
src = 'def f():\n    """Doc\n    string."""\n    return 1\nclass C:\n    "c doc"\n'
t = ast.parse(src)
# (clean=True needs inspect, which needs io: not used here.)
print(repr(ast.get_docstring(t.body[0], clean=False)))
print(ast.get_docstring(t.body[1], clean=False), ast.get_docstring(t, clean=False))
print(ast.get_source_segment(src, t.body[0].body[1]))
print(ast.get_source_segment(src, t.body[0].body[1].value, padded=True))
print([type(n).__name__ for n in ast.iter_child_nodes(t.body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(t.body[0])])
print(sorted(type(n).__name__ for n in ast.walk(t)))
ast.increment_lineno(t, 10)
print([(n.lineno, n.end_lineno) for n in ast.walk(t) if hasattr(n, "lineno")])
new = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
ast.copy_location(new, t.body[0])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
fixed = ast.fix_missing_locations(ast.Expression(new))
print(fixed.body.left.lineno, fixed.body.left.col_offset, fixed.body.right.end_lineno)
print(eval(compile(fixed, "<fixed>", "eval")))

# Errors from ast.parse are SyntaxErrors with CPython's messages and positions.
for bad in ["x = ", "def f(:", "a b", "return", "f(**a, *b)", "x = 1 +* 2"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
