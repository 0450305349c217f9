# lambda expressions: defaults, closures, varargs, names
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add.__name__, add.__defaults__)
va = lambda *a, **k: (a, sorted(k.items()))
print(va(1, 2, x=3))
kw = lambda *, k: k * 2
print(kw(k=4))
try:
    kw(4)
except TypeError as e:
    print(type(e).__name__, e)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print((lambda: (yield 1))().__next__())
g = lambda: (yield)
gen = g()
print(next(gen))
nested = lambda x: lambda y: x * y
print(nested(3)(4))
print((lambda x, /, y: x - y)(5, y=2))
print(sorted([3, -1, 2], key=lambda v: -v))
print(add.__qualname__, nested(1).__qualname__)
print((lambda: None)())
