# Special class attributes: __dict__ mappingproxy, __module__, __qualname__ for nested classes, __init_subclass__ default
class Outer:
    class Mid:
        class Inner:
            def m(self):
                pass
print(Outer.Mid.Inner.__qualname__, Outer.Mid.Inner.m.__qualname__, Outer.Mid.Inner.__name__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
print(type(Outer.__dict__).__name__, Outer.__dict__["__module__"], "__weakref__" in Outer.__dict__, "__dict__" in Outer.__dict__)
print(sorted(k for k in vars(Outer) if not k.startswith("__")))
class WithDoc:
    "docstring"
print(WithDoc.__doc__, WithDoc().__doc__)
class Meths:
    def a(self): pass
    def b(self): pass
    c = 1
print([k for k in Meths.__dict__ if not k.startswith("_")])
print(Meths.__dict__["a"] is Meths.a, Meths().a.__func__ is Meths.a)
print(int.__dict__["__add__"].__name__, "real" in int.__dict__, "mro" in type.__dict__)
print(Meths.__subclasses__(), object.__subclasses__() != [])
class S1(Meths): pass
class S2(Meths): pass
print([c.__name__ for c in Meths.__subclasses__()])
print(Meths.mro(), S1.__base__, object.__base__, bool.__base__)
