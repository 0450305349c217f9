# Calls that leave parameters to their defaults, as compiled code makes them (the defaults are
# stored into the callee's frame): plain functions, methods, __init__, closures, mutable and
# reassigned __defaults__, and the calls that still take the generic path (too few arguments,
# keyword-only parameters, *args). Each runs 120 times so that the code is compiled.


def plain(a, b=10, c=None):
    return (a, b, c)


def acc(x, seen=[]):
    seen.append(x)
    return len(seen)


def outer(k):
    def inner(a, b=k * 2):
        return a + b + k
    return inner


class P:
    def __init__(self, x, y=0, tag="p"):
        self.x, self.y, self.tag = x, y, tag

    def move(self, dx, dy=1):
        return P(self.x + dx, self.y + dy, self.tag)

    def __repr__(self):
        return "P(%r, %r, %r)" % (self.x, self.y, self.tag)


def kwonly(a, *, b=5):
    return a * b


def star(a, b=2, *rest):
    return (a, b, rest)


def locals_after(a, b=1):
    c = a + b
    d = [c]
    return c, d, sorted(locals())


def run():
    out = []
    inner = outer(3)
    for i in range(120):
        r = (plain(i), plain(i, 1), plain(i, 1, 2), acc(i), inner(i), inner(i, 0), P(i), P(i, 2),
             P(i).move(1), P(i).move(1, 5), kwonly(i), kwonly(i, b=2), star(i), star(i, 3, 4), locals_after(i))
        out.append(r)
    return out


results = run()
print(results[0])
print(results[-1])
print(all(r[3] == i + 1 for i, r in enumerate(results)))

plain.__defaults__ = (7, 8)
print([plain(1) for _ in range(3)][-1], plain.__defaults__)
plain.__defaults__ = None
for attempt in range(3):
    try:
        plain(1)
    except TypeError as e:
        print("TypeError:", e)
plain.__defaults__ = (1, 2)


def too_few():
    res = []
    for i in range(120):
        try:
            res.append(plain())
        except TypeError as e:
            res.append(str(e))
    return set(res)


print(too_few())


def recursive(n, acc=0):
    return acc if n == 0 else recursive(n - 1, acc + n)


print([recursive(k) for k in range(120)][-1])


def changing_defaults():
    res = []
    for i in range(120):
        if i == 60:
            plain.__defaults__ = None
        elif i == 90:
            plain.__defaults__ = ("x", "y")
        try:
            res.append(plain(i))
        except TypeError as e:
            res.append(str(e))
    return res[0], res[59], res[60], res[89], res[90], res[119]


print(changing_defaults())
