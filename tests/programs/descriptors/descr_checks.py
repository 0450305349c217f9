# Native descriptors check their receiver; object.__setattr__ refuses types (Carlo Verre's hack);
# member descriptors, super subclasses, metaclass descriptors without __get__, type attribute
# deletion, and special methods looked up on the type.
import sys, types

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

# object.__setattr__ / __delattr__ on objects whose native base overrides them
err(object.__setattr__, str, "foo", 42)
err(object.__delattr__, str, "lower")
class A(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)
class B: pass
class C(B, A): pass
err(setattr, C('D', (object,), {}), "test", True)
class Fine:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
f = Fine(); f.x = 3; print(f.x)

# A slot wrapper stored in a foreign class
class Foreign(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
    __len__ = list.__len__
x = Foreign()
err(lambda: x == x)
err(lambda: x + x)
err(len, x)
err(str.__add__.__get__, 1)
err(str.lower.__get__, 1)
err(complex.real.__get__, 1)
err(float.real.__get__, 1j)
print(str.lower.__get__(None, str) is str.lower)

# method-wrapper and descriptor introspection
l = []
print(l.__add__.__objclass__, l.__add__.__name__, l.__add__.__self__ is l, l.__add__.__doc__ == list.__add__.__doc__)
for d in [str.lower, complex.real, float.real, int.__add__]:
    print(type(d).__name__, d.__qualname__, d.__objclass__.__name__)
print(types.MemberDescriptorType.__name__, types.GetSetDescriptorType.__name__)
print(complex.real.__doc__)
def fn(): pass
err(setattr, fn, "__globals__", {})
err(setattr, complex(1, 2), "real", 5.0)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
Slotted.a.__set__(s, 7)
print(Slotted.a.__get__(s), s.a, Slotted.a.__qualname__)
Slotted.a.__delete__(s)
err(Slotted.a.__get__, s)
err(Slotted.a.__set__, 5, 1)
p = property(lambda self: 1)
for attr in ("fget", "fset", "fdel"):
    err(setattr, p, attr, 42)

# super subclasses
class Base:
    def meth(self, a): return "Base(%r)" % a
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class Derived(Base):
    def meth(self, a):
        s = mysuper(Derived, self)
        return "Derived(%r)[%s]" % (a, type(s).__name__) + s.meth(a)
print(Derived().meth(5))
class Later(Derived):
    def meth(self, a):
        return "Later " + self.__sup.meth(a)
Later._Later__sup = mysuper(Later)
print(Later().meth(6))

# A metaclass descriptor with __set__ and no __get__ does not hide the class attribute
class SetOnly:
    def __init__(self, name): self.name = name
    def __set__(self, obj, value): obj.__dict__[self.name] = value
class Meta(type): pass
class X(metaclass=Meta): pass
X.a = 42
Meta.a = SetOnly("a")
print(X.a)

# type attributes that cannot be changed or deleted
class Doc:
    "elephant"
Doc.__doc__ = "banana"
print(Doc.__doc__)
err(type(list).__dict__["__doc__"].__set__, list, "blah")
err(type(Doc).__dict__["__doc__"].__delete__, Doc)
err(delattr, Doc, "__name__")
err(delattr, Doc, "__qualname__")
err(delattr, Doc, "__abstractmethods__")
err(getattr, type, "__abstractmethods__")

# __doc__ of static types without a docstring, classmethod/staticmethod attributes
print(type(None).__dict__["__doc__"], None.__doc__, type(iter([])).__doc__)
def g(a: int) -> str:
    "g doc"
cm = classmethod(g)
print(sorted(cm.__dict__), cm.__doc__, cm.__annotations__)
print(staticmethod(None).__dict__)

# special methods are looked up on the type (sys.getsizeof, with)
class Sized:
    def __getattribute__(self, name):
        raise AssertionError("instance lookup of " + name)
print(sys.getsizeof(Sized()) > 0)
class NoSize:
    __sizeof__ = None
err(sys.getsizeof, NoSize())
print(sys.getsizeof(NoSize(), "dflt"))
class Wrapped:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        print("get", self.f.__name__)
        return self.f.__get__(obj, owner)
class Manager:
    def enter(self): return "entered"
    def exit(self, *a): print("exit", a[0]); return True
    __enter__ = Wrapped(enter)
    __exit__ = Wrapped(exit)
with Manager() as v:
    print(v)
    raise KeyError

# object.__reduce__ / __reduce_ex__ arguments
err(object().__reduce__, 0)
err(object().__reduce_ex__)
err(object().__reduce_ex__, None)

# dir() of a module subclass whose __dict__ is not a dict
class M(type(sys)):
    pass
class M2(M):
    __dict__ = property(lambda self: "Not a dict!")
err(dir, M2("m2"))
mi = M("m"); mi.b = 1
print([n for n in dir(mi) if not n.startswith("__")])

# __mro__ is None while a metaclass computes it; a class cannot extend an incomplete type
class MroMeta(type):
    def mro(cls):
        print("mro sees", cls.__mro__)
        if cls.__name__ == "Outer":
            try:
                class Inner(cls): pass
            except TypeError as e:
                print(type(e).__name__, e)
        return type.mro(cls)
class Outer(metaclass=MroMeta): pass
print(Outer.__mro__)
