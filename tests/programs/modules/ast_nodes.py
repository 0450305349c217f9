# The node classes of _ast: hierarchy, fields, docs, constructors, deprecated aliases, copying.
import ast
import _ast


def t(f):
    try:
        print(repr(f()).split(" at 0x")[0])
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


names = sorted(n for n in dir(_ast) if not n.startswith("__"))
print(names)
for n in names:
    cls = getattr(_ast, n)
    if not isinstance(cls, type):
        print(n, cls)
        continue
    print(n, cls.__module__, [b.__name__ for b in cls.__mro__], cls._fields, getattr(cls, "_attributes", None),
          cls.__match_args__ == cls._fields, cls is getattr(ast, n))
    print(repr(cls.__doc__))
    print(sorted(k for k, v in vars(cls).items() if v is None and k != "__doc__"))

# Constructors: positional, keyword, errors.
t(lambda: ast.dump(ast.Name("x", ast.Load())))
t(lambda: ast.dump(ast.Name(id="x", ctx=ast.Store(), lineno=3), include_attributes=True))
t(lambda: ast.Name(1, 2, 3))
t(lambda: ast.Name("x", id="y"))
t(lambda: ast.Load(1))
t(lambda: ast.AST(1))
t(lambda: ast.AST(a=1).a)
t(lambda: ast.Name().id)
t(lambda: ast.Name().lineno)
t(lambda: (ast.Name().end_lineno, ast.Constant(1).kind, ast.arguments().vararg, ast.alias("a").asname))
t(lambda: ast.Name(foo=1).foo)
t(lambda: vars(ast.Name("x", ast.Load(), lineno=1)))
t(lambda: vars(ast.parse("x").body[0].value))
t(lambda: ast.Name("x").__reduce__())
t(lambda: ast.Load().__reduce__())
t(lambda: ast.AST().__reduce__())
t(lambda: ast.parse("x").body[0].value.ctx is ast.parse("y = 1").body[0].value.ctx)
t(lambda: ast.parse("x").body[0].value.ctx is ast.Load())
t(lambda: ast.parse("a + b").body[0].value.op is ast.parse("c + d").body[0].value.op)
t(lambda: ast.Load() is ast.Load())
t(lambda: isinstance(ast.Add(), ast.operator) and isinstance(ast.Add(), ast.AST))
t(lambda: issubclass(ast.Name, ast.expr) and not issubclass(ast.Name, ast.stmt))

# Deprecated names from ast.py, built on _ast.
t(lambda: ast.dump(ast.Num(5)))
t(lambda: ast.dump(ast.Str("s")))
t(lambda: ast.dump(ast.Bytes(b"b")))
t(lambda: ast.dump(ast.NameConstant(None)))
t(lambda: ast.dump(ast.Ellipsis()))
t(lambda: ast.Num(1, n=2))
t(lambda: type(ast.Num(1)).__name__)
t(lambda: (isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Num),
           isinstance(ast.Constant("s"), ast.Str), isinstance(ast.Constant(True), ast.Num)))
t(lambda: (ast.Constant(7).n, ast.Constant("q").s))
t(lambda: ast.dump(ast.Index(ast.Name("x", ast.Load()))))
t(lambda: ast.dump(ast.ExtSlice([ast.Constant(1), ast.Slice()])))
t(lambda: (ast.Suite.__mro__[1].__name__, ast.Param.__mro__[1].__name__, ast.AugLoad().__class__.__name__))

# Subclasses of node classes.
class MyName(ast.Name):
    _fields = ("id", "ctx", "extra")

n = MyName("a", ast.Load(), 42)
print(n.extra, isinstance(n, ast.expr), ast.dump(n))
t(lambda: MyName(1, 2, 3, 4))
e = ast.fix_missing_locations(ast.Expression(MyName("len", ast.Load())))
print(eval(compile(e, "<sub>", "eval"))("abc"))

# Pattern matching on nodes (__match_args__).
for node in ast.walk(ast.parse("x = a + 1\nf(2)")):
    match node:
        case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(v)):
            print("add", id, v)
        case ast.Call(func=ast.Name(id=fn), args=[ast.Constant(value=v)]):
            print("call", fn, v)

# copy and deepcopy go through __reduce__.
import copy
tree = ast.parse("x = [1, 2]")
t2 = copy.deepcopy(tree)
print(ast.dump(t2) == ast.dump(tree), t2.body[0] is not tree.body[0], t2.body[0].lineno)
t3 = copy.copy(tree.body[0])
print(t3.value is tree.body[0].value, type(t3).__name__)
