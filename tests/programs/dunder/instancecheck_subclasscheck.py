# __instancecheck__ and __subclasscheck__ on metaclasses; isinstance with tuples; errors
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Mallard:
    quack = True
class Cat:
    pass
print(isinstance(Mallard(), Duck), isinstance(Cat(), Duck))
print(issubclass(Mallard, Duck), issubclass(Cat, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(1, (str, (float, int))), isinstance(1, ()), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), issubclass(int, int))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__, Fake().__class__)
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str, type(int | str).__name__, (int | str) == (str | int), int | int)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
