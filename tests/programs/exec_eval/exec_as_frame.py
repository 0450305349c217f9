# exec, eval, __import__ and class bodies called from Python run their code as frames of the
# caller's loop: what the code sees (f_back, tracebacks, recursion, generators) is as in CPython.
import sys
import traceback


def show_tb(e):
    return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]


# f_back of exec'd and eval'd code, and of a class body
def outer():
    exec("import sys\nback = sys._getframe().f_back.f_code.co_name", ns := {})
    return ns["back"], eval("sys._getframe().f_back.f_code.co_name")
print(outer())


class Body:
    caller = sys._getframe().f_back.f_code.co_name
print(Body.caller)

# exec called through *args (CALL_FUNCTION_EX), as importlib does
args = ("r = 6 * 7", d := {})
exec(*args)
print(d["r"], eval(*("r + 1", d)))

# exceptions out of exec'd code, caught inside and outside
try:
    exec("def f():\n    raise KeyError('k')\nf()")
except KeyError as e:
    print("caught", show_tb(e))
print(eval("[x for x in range(3)]"))
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("caught", show_tb(e))

# a generator's code object: exec makes (and drops) a generator, eval returns it
def gen():
    yield 1
print(exec(gen.__code__), type(eval(gen.__code__)).__name__)

# exec and eval inside a generator
def g2():
    x = yield eval("10")
    exec("y = x + 1", globals(), loc := {"x": x})
    yield loc["y"]
it = g2()
print(next(it), it.send(4))

# recursion through exec
def rec(n):
    exec("rec(n + 1)", {"rec": rec, "n": n})
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__)

# __import__ called directly, with fromlist, and failing
m = __import__("os.path", fromlist=["join"])
print(m.__name__, __import__("os").__name__)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, show_tb(e))

# class body errors and metaclass keywords
try:
    class Bad:
        x = undefined_name
except NameError as e:
    print("NameError", e, show_tb(e))


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta, flag=1):
    def method(self):
        return __class__
print(WithMeta.kw, WithMeta().method() is WithMeta)

# with a profile function the calls are reported as calls of builtins
events = []
def prof(frame, event, arg):
    if event.startswith("c_") and getattr(arg, "__name__", "") in ("exec", "eval", "__import__", "__build_class__"):
        events.append((event, arg.__name__))
sys.setprofile(prof)
exec("z = 1")
eval("2")
__import__("os")
class P:
    pass
sys.setprofile(None)
print(events)
