# Function objects: equality is identity, hashable, usable as dict keys; methods compare by (self, func)
def f(): pass
def g(): pass
print(f == f, f == g, f != g, hash(f) == hash(f), {f: 1, g: 2}[f])
class A:
    def m(self): pass
a1, a2 = A(), A()
print(a1.m == a1.m, a1.m == a2.m, A.m == A.m, a1.m.__func__ is a2.m.__func__)
print(len({a1.m, a1.m, a2.m}))
lam1 = lambda: 0
lam2 = lambda: 0
print(lam1 == lam2, lam1.__code__.co_code == lam2.__code__.co_code, lam1.__name__ == lam2.__name__)
def make():
    def inner():
        return 1
    return inner
i1, i2 = make(), make()
print(i1 == i2, i1.__code__ is i2.__code__, i1.__qualname__)
print(len.__eq__(len), print == print, [].append == [].append, hash(len) == hash(len))
