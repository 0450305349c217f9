# **kwargs preserve call order; keyword argument evaluation order; positional-only names may appear in **kwargs
def f(**kw):
    return list(kw.items())
print(f(b=1, a=2, c=3), f(**{"z": 1, "y": 2}, x=3))
log = []
def v(x):
    log.append(x)
    return x
def g(*args, **kw):
    return args, kw
g(v(1), v(2), k1=v(3), *[v(4)], k2=v(5), **{"k3": v(6)})
print(log)
def pos_only(name, /, **kw):
    return name, kw
print(pos_only("positional", name="keyword"))
def combo(a, b=2, *args, c, d=4, **kw):
    return locals()
print(combo(1, c=3))
print(combo(1, 2, 3, 4, c=5, e=6))
def mutate(**kw):
    kw["added"] = True
    return kw
orig = {"x": 1}
print(mutate(**orig), orig)
def args_tuple(*a):
    return type(a).__name__, a
print(args_tuple(*[1, 2]), args_tuple())
