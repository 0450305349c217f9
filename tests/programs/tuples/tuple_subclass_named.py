# Tuple subclasses: a hand-written named tuple with properties and __new__
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q, p == (1, 2), hash(p) == hash((1, 2)), len(p), p[0], list(p))
x, y = p
print(x, y, isinstance(p, tuple), type(p + q).__name__, type(p[:1]).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: "origin-ish"}[(1, 2)])
class Pair(tuple):
    pass
pr = Pair((1, 2))
pr.extra = "has dict"
print(pr, pr.extra, repr(pr), type(pr).__name__, pr.count(1))
print(tuple(pr) == pr, type(tuple(pr)).__name__, Pair.__mro__[1].__name__)
