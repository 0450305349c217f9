# A Fraction-like class with full operator overloading, hashing consistent with ints, ordering
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x) if isinstance(x, int) else NotImplemented
    def __add__(self, o):
        o = Q.of(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Q.of(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Q.of(o) - self
    def __mul__(self, o):
        o = Q.of(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q.of(o)
        return NotImplemented if o is NotImplemented else Q(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Q.of(o) / self
    def __neg__(self):
        return Q(-self.n, self.d)
    def __pow__(self, k):
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = Q.of(o)
        return NotImplemented if o is NotImplemented else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Q.of(o)
        return NotImplemented if o is NotImplemented else self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"Q({self.n}, {self.d})" if self.d != 1 else f"Q({self.n})"
    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
a, b = Q(1, 2), Q(1, 3)
print(a + b, a - b, a * b, a / b, -a, a ** 2, a ** -2, 1 + a, 1 - a, 2 * b, 1 / b)
print(repr(a + a), a == Q(2, 4), a == 0.5, Q(4, 2) == 2, hash(Q(4, 2)) == hash(2), {Q(3): "three"}[3])
print(sorted([Q(1, 2), Q(1, 3), Q(2, 3), Q(-1, 4)]), max(Q(1, 7), Q(1, 6)), float(Q(1, 8)))
h = Q(0)
for k in range(1, 11):
    h = h + Q(1, k)
print("H10 =", h, float(h))
try:
    Q(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(a < 1, 1 > a, a <= Q(1, 2) if hasattr(Q, "__le__") and Q.__le__ is not object.__le__ else "no __le__")
