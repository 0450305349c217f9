# staticmethod and classmethod: binding, inheritance, alternative constructors, calling conventions
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    @classmethod
    def make(cls, name):
        return cls(name)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"
    @staticmethod
    def helper(x):
        return x * 2
class Square(Shape):
    sides = 4
s = Square.make("sq")
print(type(s).__name__, s.name, Square.describe(), Shape.describe(), s.describe())
print(Shape.helper(3), s.helper(4), Square.helper(5))
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["helper"]).__name__)
print(Shape.__dict__["helper"].__func__(6), Shape.__dict__["make"].__func__(Square, "x").name)
bound = Square.describe
print(bound.__self__ is Square, bound.__func__ is Shape.__dict__["describe"].__func__)
sm = staticmethod(lambda: "bare static")
print(sm(), callable(sm))
cm = classmethod(lambda cls: cls)
print(cm.__get__(None, int), cm.__get__(5))
class Counter:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
    @classmethod
    def reset(cls):
        cls.instances = 0
Counter(); Counter()
print(Counter.instances)
Counter.reset()
print(Counter.instances)
class WithWrapped:
    @staticmethod
    def s():
        "static doc"
        return 1
print(WithWrapped.__dict__["s"].__wrapped__ is WithWrapped.s, WithWrapped.s.__doc__)
class ClassProp:
    @classmethod
    @property
    def name(cls):
        return "cls-prop:" + cls.__name__
print(ClassProp.name)
