# exec with namespaces, function and class definitions inside exec, return value, locals behaviour in functions
ns = {}
exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\nclass K:\n    v = 5\n", ns)
print(ns["a"], ns["b"], ns["f"](3), ns["K"].v, sorted(k for k in ns if k != "__builtins__"))
print(exec("1 + 1"))
g = {"counter": 0}
for _ in range(3):
    exec("counter += 1", g)
print(g["counter"])
loc = {}
exec("y = 10", {}, loc)
print(loc)
def func():
    exec("z = 5")
    try:
        return z
    except NameError as e:
        return "NameError: " + str(e)
print(func())
def func2():
    d = {}
    exec("w = 7", globals(), d)
    return d["w"]
print(func2())
exec("print('printed from exec', __name__)")
exec("import sys as _s\nprint(type(_s).__name__)")
code = compile("for i in range(3):\n    total = total + i\n", "<loop>", "exec")
env = {"total": 100}
exec(code, env)
print(env["total"])
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
exec("global_from_exec = 'set'", globals())
print(global_from_exec)
exec("def gen():\n    yield 1\n    yield 2\nresult = list(gen())", ns)
print(ns["result"])
print(eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
exec("class Mod:\n    pass\nmodname = Mod.__module__", ns2 := {"__name__": "fake_module"})
print(ns2["modname"])
