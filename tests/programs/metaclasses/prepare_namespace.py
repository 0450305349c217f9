# __prepare__: custom namespace recording definition order and duplicate detection
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        print("namespace type:", type(ns).__name__)
        return cls
class A(metaclass=Meta, option=1):
    b = 1
    a = 2
    def z(self): pass
    b = 3
print(A.order, A.b, type(A.__dict__).__name__)
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate definition of {k!r}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
try:
    class B(metaclass=Strict):
        def f(self): pass
        def f(self): pass
except TypeError as e:
    print(type(e).__name__, e)
class Injecting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": "from prepare", "helper": lambda: "helper called"}
class C(metaclass=Injecting):
    value = helper()
print(C.injected, C.value)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class D(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)
