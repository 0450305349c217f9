# Class instantiation inlined into loop traces: a plain class (__init__ inlined, the instance
# made by object.__new__), __slots__ classes, a guard failing inside __init__, __init__ that
# returns a value (TypeError), classes with __new__ or properties, and a class rebound mid-loop.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return V(self.x + o.x, self.y + o.y)


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def plus(self, o):
        return S(self.a + o.a, self.b * o.b)


def run(n):
    v = V(0.0, 0.0)
    s = S(0, 1)
    d = V(0.5, 1.5)
    one = S(1, 1)
    for i in range(n):
        v = v.add(d)
        s = s.plus(one)
    return v.x, v.y, s.a, s.b, sorted(vars(v)), type(v).__name__


print(run(3000))


class W:
    def __init__(self, k):
        self.k = k * 2
        self.neg = -k


def build(ks):
    return [W(k).k for k in ks]


# ints, then a float, then a bool (the multiplication's guard fails inside the inlined __init__)
print(build(list(range(1500)) + [0.5, True])[-3:])
try:
    build(list(range(1500)) + [None])
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __init__(self, x):
        self.x = x
        if x > 1400:
            return 5


try:
    [Bad(i) for i in range(1500)]
except TypeError as e:
    print("TypeError:", e)


class WithNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.made = True
        return o

    def __init__(self, x):
        self.x = x


class WithProp:
    def __init__(self, x):
        self.x = x

    @property
    def x(self):
        return self._x * 10

    @x.setter
    def x(self, v):
        self._x = v


def many(cls, n):
    out = None
    for i in range(n):
        out = cls(i)
    return out


w = many(WithNew, 2000)
print(w.made, w.x, many(WithProp, 2000).x)


def rebinding(n):
    global V
    out = []
    for i in range(n):
        if i == n - 2:
            class V:
                def __init__(self, x, y):
                    self.x = -x
                    self.y = -y
        out.append(V(i, i).x)
    return out[-3:]


print(rebinding(2000))
