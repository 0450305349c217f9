# Operations a hot loop's trace leaves to the runtime (residual calls) when it cannot inline
# them: dunder methods and constructors that make objects through other calls, attribute and
# item access on classes with their own protocols. Each gets an inline cache of its own; the
# results, the exceptions and their order must be CPython's, also when the classes change.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        g = gcd(abs(n), d)
        self.n = n // g
        self.d = d // g

    def __add__(self, other):
        if isinstance(other, int):
            other = Frac(other)
        return Frac(self.n * other.d + other.n * self.d, self.d * other.d)

    __radd__ = __add__

    def __sub__(self, other):
        return Frac(self.n * other.d - other.n * self.d, self.d * other.d)

    def __mul__(self, k):
        if k == 13:
            raise ValueError("unlucky %r" % (k,))
        return Frac(self.n * k, self.d)

    def __lt__(self, other):
        return self.n * other.d < other.n * self.d

    def __eq__(self, other):
        return isinstance(other, Frac) and self.n == other.n and self.d == other.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __repr__(self):
        return "%d/%d" % (self.n, self.d)


class Table:
    def __init__(self):
        self.rows = {}

    def __getitem__(self, key):
        if key < 0:
            raise KeyError(key)
        return self.rows.get(key, Frac(0))

    def __setitem__(self, key, value):
        self.rows[key] = value


def harmonic(n):
    total = Frac(0)
    for k in range(1, n + 1):
        total = total + Frac(1, k)
    return total


def triangle(n):
    row = [Frac(0)] * (n + 1)
    for m in range(n + 1):
        row[m] = Frac(1, m + 1)
        for j in range(m, 0, -1):
            row[j - 1] = (row[j - 1] - row[j]) * j
    return row[0]


def table_walk(n):
    t = Table()
    errors = 0
    for i in range(-3, n):
        try:
            t[i] = t[i] + i
        except KeyError as e:
            errors += 1
    return errors, t[n - 1], len(t.rows)


def with_errors(n):
    out = []
    x = Frac(1)
    for k in range(n):
        try:
            x = x * (k % 15)
            out.append(k // (k % 15))
            out.append(x < Frac(1, 2))
        except ValueError as e:
            out.append(str(e))
            x = Frac(k + 1, 3)
        except ZeroDivisionError as e:
            out.append(type(e).__name__)
            x = Frac(1, k + 1)
    return out[-6:], len(out)


def ordering(n):
    xs = [Frac(k * 7 % 11, k % 5 + 1) for k in range(n)]
    smallest = xs[0]
    for x in xs:
        if x < smallest:
            smallest = x
    return smallest, len(set(xs))


print([harmonic(60) for _ in range(30)][-1])
print([triangle(12) for _ in range(30)][-1])
print([table_walk(300) for _ in range(8)][-1])
print(with_errors(3000))
print([ordering(500) for _ in range(4)][-1])


# A class's methods redefined while its loop is hot: the cached paths see the new ones.
def redefine(n):
    total = Frac(0)
    for k in range(1, n + 1):
        if k == n // 2:
            Frac.__add__ = lambda self, other: Frac(self.n + (other if isinstance(other, int) else other.n), self.d)
        total = total + Frac(1, k % 7 + 1)
    return total


print(redefine(200))
