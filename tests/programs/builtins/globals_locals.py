# globals() and locals() in modules, functions, class bodies, comprehensions; modification effects
g = globals()
print(g is globals(), "__name__" in g, g["__name__"], "__builtins__" in g)
g["dynamic"] = "created via globals()"
print(dynamic)
def f(a):
    b = a * 2
    loc = locals()
    loc["c"] = "not a real local"
    try:
        return sorted(loc), c
    except NameError as e:
        return sorted(loc), type(e).__name__
print(f(1))
class K:
    x = 1
    captured = sorted(k for k in locals() if not k.startswith("__"))
    locals()["y"] = "class locals are the namespace"
print(K.captured, K.y)
def nested():
    v = 1
    def inner():
        return sorted(locals())
    def inner_uses():
        return v, sorted(locals())
    return inner(), inner_uses()
print(nested())
print(sorted(k for k in globals() if not k.startswith("__")))
print(locals() is globals())
def comp_locals():
    x = 1
    return [sorted(locals()) for _ in range(1)]
print(comp_locals())
print(__name__, type(__builtins__).__name__, __doc__)
