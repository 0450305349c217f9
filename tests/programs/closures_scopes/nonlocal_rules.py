# nonlocal: rebinding enclosing variables, nested levels, errors at compile time
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    r = middle()
    return r, x
print(outer())
def shadowing():
    x = "outer"
    def f():
        x = "f-local"
        def g():
            nonlocal x
            x = "set-by-g"
        g()
        return x
    return f(), x
print(shadowing())
def multi():
    a = b = 0
    def setboth():
        nonlocal a, b
        a, b = 1, 2
    setboth()
    return a, b
print(multi())
for src in ["def f():\n    nonlocal x\n", "nonlocal x\n", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n", "def f():\n    global y\n    def g():\n        nonlocal y\n", "def f(a):\n    nonlocal a\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
        yield n
    return bump
b = counter_gen()
print(next(b()), next(b()), next(b()))
