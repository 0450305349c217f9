# ast.unparse: round trips (unparse, parse again, same tree) and the text it produces.
import ast

SNIPPETS = [
    "x = 1", "x: int = 5", "a, *b = c = d", "a += 1", "del a.b, c[0]",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    return a",
    "async def g():\n    async with a as b:\n        await x\n    async for i in y:\n        yield i",
    "@dec\nclass C(B, metaclass=M):\n    x = 1",
    "for i in range(3):\n    continue\nelse:\n    pass",
    "while x:\n    break",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open(f) as (a, b), c:\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* TypeError:\n    pass",
    "assert x, 'msg'", "import a.b as c", "from . import x", "from ..m import y as z, w",
    "global a", "x if y else z", "lambda a, *b, c=1, **d: a", "(y := 5)", "not a and b or c",
    "[x for x in y if x]", "{x for x in y}", "{k: v for k, v in d.items()}", "(x for x in y)",
    "a < b <= c != d is not e in f not in g",
    "-a + ~b * +c ** d // e % f @ g / h << i >> j | k ^ l & m",
    "(a + b) * c", "a ** -b", "(-a) ** b", "-(a ** b)", "a - (b - c)", "(a - b) - c",
    "f(a, *b, c=1, **d)", "x.y.z", "x[1]", "x[1:2]", "x[::2]", "x[a, b:c]", "x[()]", "x[(1, 2)]",
    "f'{a!r:>{w}} and {b=} {c:.2f} {{}}'", "f'{x!s}'", "f\"{'q'}\"",
    "1; 1.5; 1j; 'a'; b'b'; ...; None; True", "1e400", "-1e400j", "(1).real", "1 .real",
    "{}", "{1: 2, **d}", "{1, 2}", "[1, *a]", "()", "(1,)", "((1, 2), 3)",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt if yy > 0:\n        pass\n    case _:\n        pass",
    "def g():\n    yield\n    x = yield y\n    yield from z",
    "def f():\n    '''doc\n    string'''\n    return 1",
    "print('\\n', \"'\", '\"', 'é\\x00')",
    "a = b = c", "x = (yield)", "await x", "*a, b = c", "lambda: (yield)",
    "class A:\n    pass\n\nclass B:\n    pass",
]

for src in SNIPPETS:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(text)
    again = ast.parse(text)
    print(ast.dump(again) == ast.dump(tree))
    print("--")

# Expressions and single nodes.
print(ast.unparse(ast.parse("a+b*c", mode="eval")))
print(ast.unparse(ast.BinOp(ast.Name("x", ast.Load()), ast.Mult(), ast.Constant(3))))
print(ast.unparse(ast.Constant(value=(1, 2))))
print(ast.unparse(ast.Constant(value=frozenset())) if False else "skip")
print(ast.unparse(ast.arguments([], [ast.arg("a")], None, [], [], None, [])))
print(ast.unparse(ast.Name("y")))
