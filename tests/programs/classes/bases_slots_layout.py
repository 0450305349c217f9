# Assigning __bases__ and __class__, __slots__ layouts, custom mro() checks, __dict__ descriptors.


def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


# __bases__ assignment updates the subclasses' orders
class C: pass
class C2:
    def meth(self): return "C2.meth"
class D(C): pass
class E(D): pass
e = E()
D.__bases__ = (C2,)
print(e.meth(), [k.__name__ for k in E.__mro__])
print(C2.__subclasses__() == [D], C.__subclasses__())


def set_bases(cls, value):
    cls.__bases__ = value


err(lambda: set_bases(D, ()))
err(lambda: set_bases(D, (D,)))
err(lambda: set_bases(D, (E,)))
err(lambda: set_bases(D, (C, C)))
err(lambda: set_bases(D, (1,)))
err(lambda: set_bases(D, [C]))
err(lambda: set_bases(D, (int,)))


# an mro conflict leaves everything as it was
class A1: pass
class B1: pass
class X(A1, B1): pass
class Y(A1, B1): pass
class Z(X, Y): pass
err(lambda: set_bases(X, (B1, A1)))
print([k.__name__ for k in X.__mro__], [k.__name__ for k in Z.__mro__])


# a failing mro() of a subclass: the orders changed so far are put back
class WorkOnce(type):
    calls = 0
    def mro(cls):
        WorkOnce.calls += 1
        if WorkOnce.calls > 1:
            raise RuntimeError("bozo")
        return type.mro(cls)
class P: pass
class P2: pass
class Q(P): pass
class R(Q): pass
class S(Q, metaclass=WorkOnce): pass
err(lambda: set_bases(Q, (P2,)))
print(Q.__bases__ == (P,), [k.__name__ for k in R.__mro__])


# custom mro() results are checked
class BadLayout(type):
    def mro(cls):
        return [cls, dict, object]
class NotAClass(type):
    def mro(cls):
        return [cls, 1, object]
def make(meta):
    class K(metaclass=meta): pass
err(lambda: make(BadLayout))
err(lambda: make(NotAClass))


class Reverse(type):
    def mro(cls):
        return list(reversed(type.mro(cls)))
class K(P, metaclass=Reverse): pass
print([k.__name__ for k in K.__mro__])


# classmethod and staticmethod __new__
class CM:
    @classmethod
    def __new__(*args):
        return args
class CM2(CM): pass
print(CM(1, 2)[0] is CM, CM(1, 2)[1:] == (CM, 1, 2), CM2(3)[0] is CM2)


# __slots__: sorted, so the same names in any order share a layout
class G:
    __slots__ = ["b", "a"]
class H:
    __slots__ = ["a", "b"]
print([k for k in G.__dict__ if k in "ab"])
g = G()
g.a, g.b = 1, 2
g.__class__ = H
print(g.a, g.b, type(g).__name__)


class W:
    __slots__ = ["a", "b", "__weakref__"]
class Dd:
    __slots__ = ["a", "b", "__dict__"]
class L(H):
    __slots__ = ["e"]
class M(G):
    __slots__ = ["e"]
def set_class(o, c):
    o.__class__ = c
for target in (W, Dd):
    err(lambda: set_class(H(), target))
err(lambda: set_class(L(), M))
err(lambda: set_class(H(), int))
err(lambda: exec("class Bad:\n    __slots__ = [chr(128)]"))
err(lambda: exec("class Bad:\n    __slots__ = ['x']\n    x = 1"))


class WithCell:
    __slots__ = ["__classcell__"]
    def f(self):
        return __class__
print(WithCell().f() is WithCell, type(WithCell.__dict__["__classcell__"]).__name__)


# __dict__: deleting gives a fresh one; a class's or an exception's
class O: pass
o = O()
o.x = 1
del o.__dict__
print(o.__dict__)
err(lambda: setattr(o, "__dict__", 3))
ex = ValueError()
ex.__dict__ = {"a": 1}
print(ex.a)
err(lambda: delattr(ex, "__dict__"))
err(lambda: setattr(ex, "__dict__", []))


class Base: pass
class Meta(Base, type): pass
class WithMeta(metaclass=Meta): pass
print(type(WithMeta.__dict__).__name__)
err(lambda: Base.__dict__["__dict__"].__set__(WithMeta, {}))


# a class's namespace views
class V:
    def meth(self): pass
print(type(V.__dict__.keys()).__name__, sorted(V.__dict__.keys()))
print(type(V.__dict__.values()).__name__, len(V.__dict__.items()))
