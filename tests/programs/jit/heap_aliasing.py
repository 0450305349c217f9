# Loads after stores inside hot loops: the JIT's heap caching must see stores through other
# names (aliases) and stores at computed indices, and bridges (another class at a call site)
# are optimized the same way.

class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def alias_slots(n):
    a = P(1, 2)
    b = a
    total = 0
    for i in range(n):
        p = a if i % 3 else P(i, -i)
        q = b if i % 5 else p
        t = p.x
        q.x = i
        total += p.x + t + q.y
        p.y = t
        total += b.y
    return total, a.x, a.y


def alias_lists(n):
    xs = [0, 1, 2, 3]
    ys = xs
    zs = [10, 20, 30, 40]
    total = 0
    for i in range(n):
        v = xs[1]
        ys[i % 4] = i
        total += xs[1] + v
        w = zs[2]
        zs[(i + 1) % 4] = v
        xs[2] = w + 1
        total += zs[2] + len(xs) + ys[2]
        if i % 7 == 0:
            ys.append(i)
            ys.pop()
    return total, xs, zs


def mixed_classes(n):
    objs = [P(1, 2), D(3, 4), P(5, 6), D(7, 8)]
    total = 0
    for i in range(n):
        o = objs[i % 4]
        o.x = o.x + o.y
        o.y = i % 11
        total += o.x - o.y
    return total, [(o.x, o.y) for o in objs]


def iter_index(n):
    xs = list(range(6))
    total = 0
    for i in range(n):
        for a in xs:
            for b in xs:
                total += a * b
        xs[i % 6] = i % 3
    return total, xs


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


def vectors(n):
    c = V(0.5, 1.5, -2.0)
    pts = [V(float(i), i * 0.25, -i * 0.5) for i in range(7)]
    best = None
    for i in range(n):
        p = pts[i % 7]
        d = p - c
        k = d.dot(d)
        if best is None or k < best:
            best = k
        p.x = p.x + 0.125
        d.y = k
        if d.y != k:
            best = -1.0
    return best, [round(p.x, 3) for p in pts]


print(alias_slots(3000))
print(alias_lists(3000))
print(mixed_classes(3000))
print(iter_index(300))
print(vectors(3000))
