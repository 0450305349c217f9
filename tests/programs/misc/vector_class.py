# A 2D vector class: arithmetic, abs, bool, iteration/unpacking, format spec delegation, hashing
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __getitem__(self, i):
        return (self.x, self.y)[i]
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, -a, a @ b, abs(a), bool(Vec(0, 0)), bool(a))
x, y = a
print(x, y, list(b), a[0], a[-1], tuple(a + b))
print(f"{Vec(1.23456, 2.5):.2f}", format(a, "03d"), f"{a!r}")
print(a == Vec(3, 4), a != b, len({a, Vec(3, 4), b}), {a: "a"}[Vec(3, 4)])
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
total = Vec(0, 0)
for v in [Vec(i, i * i) for i in range(5)]:
    total += v
print(total, sum((Vec(1, 1) for _ in range(3)), Vec(0, 0)))
