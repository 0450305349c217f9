# id(): stable, distinct among live objects, 16-aligned, the address in default reprs, and
# hash(object) == id >> 4 as in CPython.
import types


class A:
    pass


def gen():
    yield 1


def f():
    pass


objs = [object(), A(), gen(), f, A.__init__, memoryview(b"ab"), types.SimpleNamespace, A().__init__]
for o in objs:
    i = id(o)
    print(type(o).__name__, i == id(o), i % 16 == 0, ("%#x" % i) in repr(o) or repr(o).startswith("<class"))
print(len({id(o) for o in objs}) == len(objs))
o = object()
print(hash(o) == id(o) >> 4, hash(A()) != hash(A()) or True)
live = [A() for _ in range(1000)]
print(len({id(x) for x in live}))
d = {}
for x in live:
    d[id(x)] = x
print(all(d[id(x)] is x for x in live))
print(id(1) == id(1), id("abc") == id("abc"), id(None) == id(None))
