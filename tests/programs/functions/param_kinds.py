# Every parameter kind: positional-only, positional-or-keyword, *args, keyword-only, **kwargs
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))
print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(1, 2, c=3, d=40, e=5, z=0))
print(f(1, 2, 3, e=5, a=100, b=200))
def g(*, only_kw):
    return only_kw
print(g(only_kw=1))
def h(x, /):
    return x
print(h(5))
def defaults(a, b=[], c={}, d=None):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
def kwonly_default(*, a=1, b):
    return a, b
print(kwonly_default(b=2), kwonly_default(b=3, a=0))
def varargs_only(*args):
    return args
print(varargs_only(), varargs_only(1), varargs_only(*[1, 2], 3, *(4,)))
def kwargs_only(**kw):
    return kw
print(kwargs_only(), kwargs_only(a=1, **{"b": 2}), kwargs_only(**{"self": 1, "kw": 2}))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__, h.__kwdefaults__)
def posonly_and_kw(a, /, **kw):
    return a, kw
print(posonly_and_kw(1, a=2))
def many_defaults(a=1, b=2, c=3):
    return a, b, c
print(many_defaults(), many_defaults(c=30), many_defaults(10, c=30), many_defaults(*[7, 8]))
