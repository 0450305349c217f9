# Metaclass __new__/__init__/__call__ order, class creation arguments, metaclass inheritance
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        inst = super().__call__(*a, **k)
        print("instance created")
        return inst
class A(metaclass=Meta, flag=True):
    x = 1
    def m(self): pass
    def __init__(self, v):
        print("A.__init__", v)
a = A(5)
print(type(A).__name__, A.created_by, type(a).__name__)
class B(A):
    y = 2
print(type(B).__name__, B.created_by)
class SubMeta(Meta):
    pass
class C(A, metaclass=SubMeta):
    pass
print(type(C).__name__)
class OtherMeta(type):
    pass
class D(metaclass=OtherMeta):
    pass
try:
    class E(A, D):
        pass
except TypeError as e:
    print(type(e).__name__, e)
def func_meta(name, bases, ns):
    print("function as metaclass", name)
    return 42
class F(metaclass=func_meta):
    pass
print(F)
print(type(type), isinstance(A, type), isinstance(A, Meta), Meta.__mro__)
