# Dynamic modification of classes: adding/removing methods at runtime affects existing instances, type.__setattr__ rules
class K:
    def a(self):
        return "a"
k = K()
K.b = lambda self: "b added"
print(k.a(), k.b())
del K.a
try:
    k.a()
except AttributeError as e:
    print(type(e).__name__, e)
K.__repr__ = lambda self: "K-repr"
print(repr(k), str(k), [k])
K.__len__ = lambda self: 7
print(len(k), bool(k))
K.__len__ = lambda self: 0
print(bool(k))
del K.__len__
print(bool(k))
K.__eq__ = lambda self, o: True
print(k == 1, K.__hash__ is not None)
K.__add__ = lambda self, o: "added"
print(k + 1)
K.__iter__ = lambda self: iter([1, 2])
print(list(k), [*k])
class Sub(K):
    pass
K.c = "class var added later"
print(Sub().c, Sub().b())
try:
    setattr(K, "__name__", 5)
except TypeError as e:
    print(type(e).__name__, e)
K.__name__ = "Renamed"
print(K.__name__, type(k).__name__, Sub.__mro__[1].__name__)
