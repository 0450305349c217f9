# isinstance() and type() in hot loops: the JIT answers them from the guarded class of the
# argument. Classes change halfway, subclasses appear, a class lies about __class__, a
# metaclass has __instancecheck__, and the builtins get shadowed while the loop is hot.

class A:
    pass


class B(A):
    pass


class Liar:
    @property
    def __class__(self):
        return A


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class Even(metaclass=Meta):
    pass


def count(objs):
    n_a = n_b = n_int = n_float = n_liar = n_even = 0
    kinds = {}
    for o in objs:
        if isinstance(o, A):
            n_a += 1
        if isinstance(o, B):
            n_b += 1
        if type(o) is int:
            n_int += 1
        if type(o) == float:
            n_float += 1
        if isinstance(o, Liar):
            n_liar += 1
        if isinstance(o, Even):
            n_even += 1
        t = type(o).__name__
        kinds[t] = kinds.get(t, 0) + 1
    return n_a, n_b, n_int, n_float, n_liar, n_even, sorted(kinds.items())


def make(n):
    out = []
    for i in range(n):
        if i < n // 2:
            out.append(A())
        elif i < n // 2 + 100:
            out.append(B())
        elif i % 3 == 0:
            out.append(i)
        elif i % 3 == 1:
            out.append(i + 0.5)
        else:
            out.append(Liar() if i % 2 else "s")
    return out


print(count(make(4000)))


def shadow(n):
    global isinstance
    hits = 0
    for i in range(n):
        if i == n - 10:
            isinstance = lambda o, c: "shadowed"
        r = isinstance(i, int)
        if r is True:
            hits += 1
        elif r == "shadowed":
            hits += 1000
    del isinstance
    return hits


print(shadow(3000))
print(isinstance(3, int))


class P:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, P):
            return P(self.v + o.v)
        if type(o) is int:
            return P(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        return P(o * 100 + self.v)


def adds(n):
    p = P(0)
    for i in range(n):
        p = p + (P(1) if i % 50 else 2)
    q = 0
    for i in range(n):
        q = q + P(1) if i < n - 1 else q
    return p.v, q.v if isinstance(q, P) else q


print(adds(3000))
