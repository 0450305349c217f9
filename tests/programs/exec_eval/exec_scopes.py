# exec/eval scope rules: closures can't see exec locals, class bodies in exec, nonlocal inside exec'd code
src = """
def outer():
    v = 'enclosed'
    def inner():
        return v
    return inner()
result = outer()
"""
ns = {}
exec(src, ns)
print(ns["result"])
src2 = """
x = 'module level in exec'
def reader():
    return x
r = reader()
"""
ns = {}
exec(src2, ns)
print(ns["r"])
g = {}
l = {}
exec("x = 'in locals'\ndef reader():\n    return x\ntry:\n    r = reader()\nexcept NameError as e:\n    r = 'NameError: ' + str(e)", g, l)
print(l["r"])
exec("class C:\n    a = 1\n    b = a + 1\n", g)
print(g["C"].b)
def f():
    a = 1
    exec("a = 2")
    return a
print(f())
def g2():
    x = 5
    return eval("x + 1")
print(g2())
def h():
    y = 3
    return eval("lambda: y")()
try:
    print(h())
except NameError as e:
    print(type(e).__name__, e)
print(eval("[z for z in range(3)]", {"range": range}))
code = "t = 0\nfor i in range(5):\n    t += i\n"
d = {}
exec(code, d, d)
print(d["t"], d["i"])
