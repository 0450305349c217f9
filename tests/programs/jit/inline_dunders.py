# Operator methods of Python classes called from hot loops (the JIT inlines them), with
# operands whose types change halfway, methods that return NotImplemented on another path,
# reflected methods, and exceptions raised inside the method.

class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if k == 0:
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(-1, -1)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Other:
    def __radd__(self, v):
        return "radd:" + repr(v)

    def __rmul__(self, v):
        return "rmul"


class D:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return D(self.v + o.v)

    def __lt__(self, o):
        return self.v < o.v

    def __truediv__(self, o):
        return D(self.v / o)


def plain_sum(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(n):
        acc = acc + step
        acc = acc - Vec(0, 1)
    return acc


def scaled_safe(n):
    out = []
    v = Vec(2, 3)
    for i in range(n):
        k = i % 5
        try:
            w = v * k
        except TypeError as e:
            out.append(str(e))
            continue
        out.append(w.x + w.y)
    return len(out), out[:6], out[-3:]


def mixed(n):
    v = Vec(1, 1)
    res = []
    for i in range(n):
        o = Other() if i % 97 == 96 else Vec(i, i)
        r = v + o
        res.append(r if isinstance(r, str) else r.x)
    return res[-5:], res[95:98]


def raising(n):
    d = D(1)
    total = 0
    for i in range(n):
        try:
            d = d / (n - i - 3)
            total += 1
        except ZeroDivisionError as e:
            total += 100
            d = D(1)
    return total, d.v


def float_turn(n):
    d = D(0)
    for i in range(n):
        d = d + D(i if i < n // 2 else i + 0.5)
    return d.v


def big(n):
    d = D(1)
    for i in range(n):
        d = d + D(2 ** 50 if i > n - 5 else 1)
    return d.v


class Key:
    def __init__(self, k):
        self.k = k

    def __lt__(self, o):
        if type(o) is Key:
            return self.k < o.k
        return NotImplemented

    def __eq__(self, o):
        if o.__class__ is Key:
            return self.k == o.k
        return NotImplemented

    __hash__ = None


class Rev:
    def __init__(self, k):
        self.k = k

    def __gt__(self, o):
        return "Rev.__gt__"


def compares(n):
    keys = [Key(i % 13) for i in range(n)]
    pivot = Key(6)
    below = equal = 0
    for k in keys:
        if k < pivot:
            below += 1
        if k == pivot:
            equal += 1
    odd = []
    for i in range(n):
        o = Rev(i) if i % 101 == 100 else Key(i)
        r = keys[i] < o
        if not isinstance(r, bool):
            odd.append((i, r))
        if keys[i] == "x":
            odd.append("eq")
    try:
        for i in range(n):
            keys[i] < (i if i > n - 3 else Key(0))
    except TypeError as e:
        odd.append(str(e))
    return below, equal, odd[:3], len(odd)


class Key2:
    def __init__(self, k):
        self.k = k

    def __lt__(self, o):
        return self.k < o.k

    def __eq__(self, o):
        if self.k < 0:
            return NotImplemented
        return self.k == o.k

    def __repr__(self):
        return "Key2(%d)" % self.k


def compares2(n):
    keys = [Key2(i % 11) for i in range(n)]
    keys[n - 50] = Key2(-1)
    keys[n - 40] = Key2(-6)
    pivot = Key2(5)
    below = equal = 0
    log = []
    for k in keys:
        if k < pivot:
            below += 1
        if k == pivot:
            equal += 1
        if k == k:
            pass
        else:
            log.append(k)
    return below, equal, log


print(plain_sum(3000))
print(compares(3000))
print(compares2(3000))
print(scaled_safe(3000))
print(mixed(3000))
print(raising(3000))
print(float_turn(3000))
print(big(3000))
