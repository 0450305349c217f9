# Instances of __slots__ classes made in a hot loop and never stored anywhere are not made at
# all by compiled code; a guard that fails, an exception or a branch the trace did not take
# makes them with the slot values of that moment. What the program sees must not change.

class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def scaled(self, k):
        return V(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Pair:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Checked:
    __slots__ = ("v", "w")

    def __init__(self, v, w):
        self.v = v
        if w < 0:
            raise ValueError("negative w: %r (v=%r)" % (w, v))
        self.w = w


def sums(n):
    acc = 0.0
    for i in range(n):
        p = V(i * 0.5, 1.0) + V(1.0, i * 0.25)
        acc += p.norm2() % 7.0
    return acc


def exit_with_virtual(n):
    # The type of x changes late: the guard fails with virtuals alive (p, q, and p inside q).
    out = []
    for i in range(n):
        x = i * 0.5 if i < n - 3 else i
        p = V(x, 2.0)
        q = Pair(p, p.scaled(2.0))
        if i >= n - 3:
            out.append((type(q.a.x).__name__, q.a is p, q.b.x, q.a.y))
    return out


def identity(n):
    same = 0
    for i in range(n):
        p = V(float(i), 0.0)
        pair = Pair(p, p)
        if pair.a is pair.b:
            same += 1
        if p is None:
            same -= 1000
        if i == n - 1:
            last = pair
    return same, last.a is last.b, last.a.x


def partial_init(n):
    caught = []
    total = 0
    for i in range(n):
        try:
            c = Checked(i, 5 - i % 50)
            total += c.v + c.w
        except ValueError as e:
            caught.append(str(e))
    return total, len(caught), caught[:2]


def sometimes_kept(n):
    kept = []
    for i in range(n):
        p = V(i, i + 1) + V(1, 1)
        if i % 97 == 0:
            kept.append(p)
        elif p.x < 0:
            kept.append(None)
    return [(k.x, k.y) for k in kept]


def bigint_exit(n):
    # Ints that overflow into big ints while a virtual holds them.
    x = 2 ** 50
    res = []
    for i in range(n):
        p = V(x, i)
        x = p.x * 2 if i % 10 == 9 else p.x + 1
        if i > n - 3:
            res.append(p.x)
    return res, x


def cycle(n):
    # Two objects that refer to each other.
    total = 0
    for i in range(n):
        a = Pair(i, None)
        b = Pair(a, i * 2)
        a.b = b
        total += a.b.b + b.a.a
        if i == n - 1:
            return total, a.b is b, b.a is a, a.b.a is a


print(sums(3000))
print(exit_with_virtual(2000))
print(identity(3000))
print(partial_init(2000))
print(sometimes_kept(3000)[:5], len(sometimes_kept(3000)))
print(bigint_exit(200))
print(cycle(3000))
