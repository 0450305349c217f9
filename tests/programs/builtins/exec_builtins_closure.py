# exec/eval take their builtins from the globals' __builtins__; exec's closure= keyword;
# types.FunctionType and types.CellType constructors; NotImplemented in a boolean context warns;
# input() ignores an output stream that cannot flush.
import types, warnings, sys, io, builtins

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

code = compile("print('Hello World!')", "", "exec")
err(exec, code, {'__builtins__': {}})
err(exec, compile("class A: pass", "", "exec"), {'__builtins__': {}})
exec("print(superglobal)", {'__builtins__': {'superglobal': 1, 'print': print}})
exec("print(len('abc'))", {'__builtins__': builtins})
class customdict(dict):
    pass
exec("print(superglobal)", {'__builtins__': customdict({'superglobal': 2, 'print': print})})
err(exec, compile("superglobal", "test", "exec"), {'__builtins__': customdict()})
g = {'__builtins__': {'print': print, 'len': lambda s: 99}}
exec("def f(): return len('x')\nprint(f())", g)
print(eval("len('abc')", {'__builtins__': {'len': lambda s: -1}}))

def outer():
    x = 1
    def inner():
        print("x is", x)
    return inner
c = outer().__code__
exec(c, {}, closure=(types.CellType(7),))
err(exec, c, {})
err(exec, c, {}, closure=(1,))
err(exec, c, {}, closure=[types.CellType(5)])
err(exec, "x=1", {}, closure=())
err(exec, (lambda: 0).__code__, {}, closure=())
err(exec, (lambda: 0).__code__, {}, closure=None)

cell = types.CellType()
err(lambda: cell.cell_contents)
print(types.CellType(5).cell_contents)
err(types.CellType, 1, 2)
err(types.CellType, x=1)
cell.cell_contents = 3
print(cell.cell_contents)
del cell.cell_contents
err(lambda: cell.cell_contents)

def f(a, b=2):
    return a + b
h = types.FunctionType(f.__code__, {'x': 1}, 'newname', (5,))
print(h.__name__, h.__qualname__, h(1), h.__defaults__, h.__module__, h.__doc__)
err(types.FunctionType, f.__code__, [])
err(types.FunctionType, 1, {})
inner = outer()
err(types.FunctionType, inner.__code__, {})
err(types.FunctionType, inner.__code__, {}, None, None, (1,))
err(types.FunctionType, f.__code__, {}, None, None, (types.CellType(1),))
err(types.FunctionType, f.__code__, {}, None, [1])
err(types.FunctionType, f.__code__, {}, 5)
k = types.FunctionType(inner.__code__, {'print': print}, None, None, (types.CellType(42),))
k()
m = types.FunctionType(compile("len('ab')", "", "eval"), {'__builtins__': {'len': lambda s: 99}})
print(m())

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    if NotImplemented:
        pass
    print([(x.category.__name__, str(x.message)) for x in w])

class NoFlush:
    def write(self, s):
        return len(s)
saved_in, saved_out = sys.stdin, sys.stdout
sys.stdin, sys.stdout = io.StringIO("1+1\n"), NoFlush()
try:
    line = input("prompt> ")
finally:
    sys.stdin, sys.stdout = saved_in, saved_out
print(line)

# compile() takes any bytes-like source
exec(compile(memoryview(b"print('from memoryview')"), "n", "exec"))
exec(compile(bytearray(b"print('from bytearray')"), "n", "exec"))
err(compile, 5, "n", "exec")
