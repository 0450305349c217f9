# Class-level registries and counters via __init__ and __init_subclass__; __class__ assignment
class Shape:
    registry = {}
    count = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def __init__(self):
        type(self).count += 1
        Shape.count += 1
    @classmethod
    def create(cls, kind):
        return cls.registry[kind]()
class Circle(Shape):
    count = 0
class Square(Shape):
    count = 0
shapes = [Shape.create(k) for k in ["circle", "square", "circle"]]
print([type(s).__name__ for s in shapes], Circle.count, Square.count, Shape.count, sorted(Shape.registry))
s = shapes[0]
s.__class__ = Square
print(type(s).__name__, isinstance(s, Circle))
try:
    s.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
class A:
    __slots__ = ("v",)
class B:
    __slots__ = ("v",)
x = A()
x.__class__ = B
print(type(x).__name__)
class C:
    __slots__ = ("w",)
try:
    x.__class__ = C
except TypeError as e:
    print(type(e).__name__, e)
