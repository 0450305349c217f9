# Private name mangling (__x -> _Class__x) in attributes, methods, class bodies, nested functions and getattr strings
class Base:
    __secret = "base secret"
    def __init__(self):
        self.__value = 1
    def get(self):
        return self.__value, self.__secret
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
class Child(Base):
    __secret = "child secret"
    def __init__(self):
        super().__init__()
        self.__value = 2
    def child_get(self):
        return self.__value, self.__secret
c = Child()
print(c.get(), c.child_get(), sorted(k for k in vars(c)))
print(c._Base__value, c._Child__value, Child._Base__secret, c.call_private())
try:
    c.__value
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, "__value", "getattr strings are not mangled"))
class Dunder:
    __not_mangled__ = "dunder names stay"
    _single = "single underscore stays"
print(Dunder.__not_mangled__, Dunder._single)
class _Leading:
    __x = 1
print([k for k in vars(_Leading) if "x" in k])
class Nested:
    def method(self):
        def inner():
            return self.__hidden
        self.__hidden = "set in method"
        return inner()
    class Inner:
        __z = "inner"
print(Nested().method(), [k for k in vars(Nested.Inner) if "z" in k])
class Cmp:
    def __init__(self):
        self.__a = [x for x in range(2)]
        self.__b = {k: self.__a for k in "q"}
print(sorted(vars(Cmp())))
