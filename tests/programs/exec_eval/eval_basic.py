# eval with globals/locals dicts, expressions only, builtins access, name resolution order
print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x + y", {"x": 1}, {"y": 5}))
g = {"a": 1}
l = {"a": 2}
print(eval("a", g, l), eval("a", g), "__builtins__" in g)
print(eval("len('abc')", {}), eval("abs(-3)", {"__builtins__": {"abs": abs}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_var")
except NameError as e:
    print(type(e).__name__, e)
print(eval("  42  "), eval("7"), eval(b"3 + 4"))
code = compile("x * 2", "<e>", "eval")
print(eval(code), eval(code, {"x": 21}))
class Mapping:
    def __getitem__(self, k):
        if k == "magic":
            return 99
        raise KeyError(k)
print(eval("magic + 1", {}, Mapping()))
try:
    eval("nothing", {}, Mapping())
except NameError as e:
    print(type(e).__name__, e)
def f():
    local_v = "local"
    return eval("local_v"), eval("local_v.upper()", None, {"local_v": "override"})
print(f())
print(eval("(lambda q: q + 1)(4)"), eval("[i for i in range(3)]", {}))
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
