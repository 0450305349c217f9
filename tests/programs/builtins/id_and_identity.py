# id(): stable for the object's lifetime, unique among live objects; 'is' semantics for singletons and small cases
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) != id(c), a is b, a is not c, a == c)
objs = [object() for _ in range(100)]
print(len({id(o) for o in objs}))
print(None is None, ... is Ellipsis, NotImplemented is NotImplemented, True is True, type(None)() is None)
x = object()
ids = [id(x) for _ in range(5)]
print(len(set(ids)))
def f():
    pass
print(id(f) == id(f), f is f, id(f.__code__) == id(f.__code__))
e1, e2 = (), tuple()
print(e1 == e2, frozenset() == frozenset())
s1 = "hello"
s2 = "".join(["he", "llo"])
print(s1 == s2, type(id(s1)).__name__)
class K:
    pass
k1, k2 = K(), K()
print(k1 is not k2, id(k1) != id(k2), type(k1) is type(k2))
