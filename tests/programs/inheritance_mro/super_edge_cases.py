# super() edge cases: in __new__, in classmethods/staticmethod, with multiple inheritance skipping, in properties and __init_subclass__
class Base:
    def __new__(cls, *a):
        print("Base.__new__", cls.__name__)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
class Child(Base):
    def __new__(cls, v):
        print("Child.__new__")
        return super().__new__(cls, v)
print(Child(3).v)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B>" + super().f()
class C(A):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
print(D().f(), super(B, D()).f(), super(C, D()).f())
class S:
    @classmethod
    def cm(cls): return "S.cm " + cls.__name__
class T(S):
    @classmethod
    def cm(cls): return "T.cm>" + super().cm()
print(T.cm(), T().cm())
class U:
    def __init_subclass__(cls, **kw):
        cls.tag = "U-tag"
class V(U):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag += "+V"
class W(V): pass
print(W.tag, V.tag)
class G:
    def get(self):
        return "G.get"
class H(G):
    get = lambda self: "H>" + super(H, self).get()
print(H().get())
print(super.__name__, isinstance(super(H, H()), super))
