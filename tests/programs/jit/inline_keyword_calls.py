# Calls with keyword arguments and to functions with keyword-only parameters, inlined into
# traces: arguments bound by name, defaults and keyword-only defaults (and what happens when
# they change in the middle of a loop), and the errors a bad call raises.


def h(a, b=2, *, c=3):
    return a * 100 + b * 10 + c


def posonly(a, /, b=1):
    return a - b


class P:
    def __init__(self, x, y=0, *, z=1):
        self.x = x
        self.y = y
        self.z = z

    def total(self, *, scale=1, shift=0):
        return (self.x + self.y + self.z) * scale + shift


def calls(n):
    s = 0
    for i in range(n):
        s += h(i, c=1) + h(i) + h(i, b=5) + h(b=1, a=i) + h(c=i, a=1, b=2)
    return s


def defaults_change(n):
    s = 0
    for i in range(n):
        if i == n // 3:
            h.__defaults__ = (7,)
        if i == n // 2:
            h.__kwdefaults__["c"] = 8
        if i == 2 * n // 3:
            h.__kwdefaults__ = {"c": 9}
        s += h(i) + h(i, b=1)
    h.__defaults__ = (2,)
    h.__kwdefaults__ = {"c": 3}
    return s


def errors(n):
    caught = []
    for i in range(n):
        try:
            if i % 500 == 1:
                posonly(a=i)
            elif i % 500 == 2:
                h(i, d=1)
            elif i % 500 == 3:
                h(i, a=1)
            elif i % 500 == 4:
                h(i, 1, 2)
            else:
                posonly(i, b=2)
        except TypeError as e:
            caught.append(str(e))
    return len(caught), sorted(set(caught))


def objects(n):
    s = 0
    for i in range(n):
        p = P(i, z=2) if i % 2 else P(x=i, y=1)
        s += p.total(scale=2) + p.total(shift=i) + p.total()
    return s


def closures(n):
    base = 10

    def f(v, *, k=base):
        return v + k

    s = 0
    for i in range(n):
        s += f(i) + f(i, k=i % 3)
    return s


def main():
    print(calls(3000))
    print(defaults_change(3000))
    print(h(1), h.__defaults__, h.__kwdefaults__)
    print(errors(3000))
    print(objects(3000))
    print(closures(3000))


main()
