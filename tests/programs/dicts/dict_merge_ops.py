# dict | and |= operators, ** unpacking, update semantics
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **b}, {**b, "y": 0, **{"q": 1}}, dict(**a, k=1))
try:
    dict(**a, x=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**a, **[1]}
except TypeError as e:
    print(type(e).__name__, e)
def f(**kw):
    return kw
print(f(**a), f(**a, **{"q": 0}))
try:
    f(**a, **{"x": 9})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()}, f(**M()))
d = {}
d.update(M())
print(d)
print({1: 1} | {1.0: 2}, {True: "t"} | {1: "one"})
