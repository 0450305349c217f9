# __slots__ attributes read and written in compiled loops (and inlined methods), an unset slot
# (AttributeError), a slot deleted mid-loop, and a class whose slots change.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def step(self, d):
        self.x += d
        self.y -= d


def run(ps, n):
    t = 0.0
    for i in range(n):
        for p in ps:
            p.step(0.5)
            t += p.x * p.y
    return t, [(p.x, p.y) for p in ps]


print(run([P(float(i), 2.0 * i) for i in range(3)], 1500))


def read_all(ps):
    out = []
    for p in ps:
        out.append(p.x)
    return out


ps = [P(i, i) for i in range(2000)]
q = P(1, 2)
del q.x
try:
    read_all(ps + [q])
except AttributeError as e:
    print("AttributeError:", e)


def deleting(ps):
    s = 0
    for i, p in enumerate(ps):
        if i == 1500:
            del p.y
        try:
            s += p.y
        except AttributeError:
            s -= 1
    return s


print(deleting([P(i, 1) for i in range(2000)]))


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


mixed = [P(1, 2)] * 1500 + [Q(3, 4, 5)] * 10
print(sum(read_all(mixed)))
