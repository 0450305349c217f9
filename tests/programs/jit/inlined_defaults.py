# Calls that leave parameters to their defaults, inlined into hot loops: the defaults are
# constants of the trace as long as the function keeps them (__defaults__ reassigned halfway).

def scale(x, k=3, off=0.5):
    return x * k + off


def plain(n):
    t = 0.0
    for i in range(n):
        t += scale(i) + scale(i, 2) + scale(i, 1, 0.0)
    return t


def reassigned(n):
    out = []
    for i in range(n):
        if i == n // 2:
            scale.__defaults__ = (10, 1.0)
        if i == 3 * n // 4:
            scale.__defaults__ = (-1, -1.0)
        out.append(scale(i))
    scale.__defaults__ = (3, 0.5)
    return out[0], out[n // 2], out[-1], sum(out)


class Acc:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step

    def bump(self, times=1):
        self.value += self.step * times
        return self.value


def methods(n):
    a = Acc()
    b = Acc(10, step=2)
    for i in range(n):
        a.bump()
        b.bump(2)
        c = Acc()
    return a.value, b.value, c.value


def mutable_default(n, seen=[]):
    def remember(x, into=seen):
        into.append(x)
        return len(into)
    total = 0
    for i in range(n):
        total += remember(i % 3)
    return total, len(seen)


def closures(n):
    fs = [lambda x, k=k: x + k for k in range(4)]
    t = 0
    for i in range(n):
        t += fs[i % 4](i)
    return t


def missing(n):
    def need(a, b, c=1):
        return a + b + c
    res = []
    for i in range(n):
        try:
            res.append(need(i) if i == n - 10 else need(i, 1))
        except TypeError as e:
            res.append(str(e))
    return res[-11:-8]


print(plain(4000))
print(reassigned(4000))
print(methods(3000))
print(mutable_default(3000))
print(closures(4000))
print(missing(3000))
