# Scope-related compile-time errors and runtime UnboundLocalError variants
sources = {
    "nonlocal at module": "nonlocal x",
    "global after use": "def f():\n    print(x)\n    global x\n",
    "nonlocal param": "def f(x):\n    def g(x):\n        nonlocal x\n",
    "return outside": "return 1",
    "yield outside": "yield 1",
    "await outside async in def": "def f():\n    await g()\n",
    "break outside": "break",
    "continue outside": "if True:\n    continue\n",
    "duplicate arg": "def f(a, a):\n    pass\n",
    "star arg default": "def f(*a=1):\n    pass\n",
    "non-default after default": "def f(a=1, b):\n    pass\n",
    "assign to literal": "1 = x",
    "assign to call": "f() = 1",
    "del literal": "del 1",
    "augassign tuple": "a, b += 1",
    "keyword repeated": "f(a=1, a=2)",
    "positional after keyword": "f(a=1, 2)",
}
for name, src in sources.items():
    try:
        compile(src, "<scope>", "exec")
        print(name, "-> compiled")
    except SyntaxError as e:
        print(name, "->", e.msg)
def ule():
    try:
        x += 1
    except UnboundLocalError as e:
        return str(e)
    x = 0
print(ule())
def ule_del():
    y = 1
    del y
    try:
        del y
    except UnboundLocalError as e:
        return str(e)
print(ule_del())
