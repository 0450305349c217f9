# Attribute lookup through MRO: overriding, class vs instance attrs, inherited class attributes, shadowing
class A:
    x = "A.x"
    def f(self): return "A.f"
    def g(self): return "A.g->" + self.f()
class B(A):
    def f(self): return "B.f"
class C(A):
    x = "C.x"
    def g(self): return "C.g"
class D(B, C):
    pass
d = D()
print(d.x, d.f(), d.g(), [k.__name__ for k in D.__mro__])
print(D.f is B.f, D.g is C.g, D.__dict__.get("f"))
A.h = lambda self: "A.h added later"
print(d.h())
C.x = "C.x changed"
print(d.x)
del C.x
print(d.x)
class E(D):
    f = None
try:
    E().f()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(d, A), issubclass(D, C), D.__bases__, D.__base__)
print([cls.__name__ for cls in A.__subclasses__()])
class Counter:
    count = 0
    def inc(self):
        self.count += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.count, c2.count, Counter.count)
class Mutable:
    items = []
    def add(self, x):
        self.items.append(x)
m1, m2 = Mutable(), Mutable()
m1.add(1); m2.add(2)
print(m1.items, Mutable.items, m1.items is m2.items)
