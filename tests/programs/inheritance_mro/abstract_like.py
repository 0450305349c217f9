# Abstract-base-class-like patterns without abc: NotImplementedError, template methods, mixins
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Broken(Shape):
    pass
for s in [Rect(2, 3), Circle(1), Broken()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in vars(self).items())
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(JsonMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.to_json(), p == Point(1, 2), p == Point(2, 1), [c.__name__ for c in Point.__mro__])
try:
    {p}
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplementedError.__mro__[1].__name__, issubclass(NotImplementedError, RuntimeError))
print(type(NotImplemented).__name__)
