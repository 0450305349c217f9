# isinstance/issubclass on "abstract" classes (objects with __bases__), unions, nested tuples,
# and AttributeError from a property falling back to __getattr__.
import sys

class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
class Super: pass
class Child(Super): pass

print(isinstance(AbstractSuper(), AbstractSuper), isinstance(AbstractChild(), AbstractSuper))
print(isinstance(AbstractSuper(), AbstractChild), isinstance(AbstractChild(), Super))
print(issubclass(AbstractChild, AbstractSuper), issubclass(AbstractSuper, AbstractChild))
print(issubclass(AbstractChild, Super), issubclass(Child, (AbstractChild, Super)))
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, str | int))

def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

err(isinstance, 1, 5)
err(issubclass, 5, int)
err(issubclass, int, 5)
err(issubclass, 5, AbstractSuper)
err(isinstance, "", int | list[int])
err(issubclass, int, list[int] | str)
err(isinstance, 1, list[int])

class Raiser:
    @property
    def __bases__(self):
        raise RuntimeError("boom")
err(issubclass, Raiser(), AbstractSuper)
class Masked:
    @property
    def __bases__(self):
        raise AttributeError
err(issubclass, int, Masked())
err(isinstance, 1, Masked())

# Multiple "bases" that loop forever: a RecursionError, not a crash.
class Cycle:
    @property
    def __bases__(self):
        return (self, self)
err(issubclass, Cycle(), AbstractSuper)

nested = (str,)
for _ in range(sys.getrecursionlimit() + 5):
    nested = (nested,)
err(isinstance, "", nested)
err(issubclass, str, nested)
print(isinstance("", ((((str,),),),)), issubclass(str, ((((int,),),), str)))

# An AttributeError raised by a property goes to __getattr__.
class WithGetattr:
    @property
    def x(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr " + name
w = WithGetattr()
print(w.x, getattr(w, "x"), hasattr(w, "x"))
for _ in range(3):
    print(w.x)
class NoGetattr:
    @property
    def x(self):
        raise AttributeError("inner")
print(hasattr(NoGetattr(), "x"), getattr(NoGetattr(), "x", "dflt"))
err(lambda: NoGetattr().x)
class Slotted:
    __slots__ = ("a",)
    def __getattr__(self, name):
        return "fallback " + name
s = Slotted()
print(s.a)
s.a = 1
print(s.a)
