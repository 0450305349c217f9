# Guards inside inlined calls that fail often get bridges recorded from inside the call: the
# branch a callee did not take while the loop was recorded, another class at a method call,
# a nested call two levels deep, an __init__, and exceptions raised on the bridged path.
import sys


def step(x):
    if x % 3 == 0:
        return x * 2
    return x + 1


def branchy(n):
    total = 0
    for i in range(n):
        total += step(i)
    return total


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def shapes(n):
    objs = [Circle(2), Square(3), Circle(1), Square(5), Square(1)]
    total = 0
    for i in range(n):
        total += objs[i % 5].area()
    return total


def inner(a, b):
    if a > b:
        return a - b
    return b - a


def outer(a, b):
    d = inner(a, b)
    if d % 2:
        return d * 3
    return d


def nested(n):
    acc = 0
    for i in range(n):
        acc += outer(i % 17, i % 11)
    return acc


class Point:
    def __init__(self, x, y):
        if x > y:
            self.x, self.y = y, x
        else:
            self.x, self.y = x, y


def inits(n):
    s = 0
    for i in range(n):
        p = Point(i % 7, i % 5)
        s += p.x * 10 + p.y
    return s


def risky(x):
    if x % 4 == 3:
        if x > 2500:
            raise ValueError("too big: %d" % x)
        return x // 2
    return x


def raising(n):
    out = 0
    caught = []
    for i in range(n):
        try:
            out += risky(i)
        except ValueError as e:
            caught.append(str(e))
            tb = sys.exc_info()[2]
            names = []
            while tb is not None:
                names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            if len(caught) == 1:
                caught.append(names)
    return out, caught[:3], len(caught)


def floats(n):
    def scale(v, k):
        if k & 1:
            return v * 0.5
        return v + 1.25
    t = 0.0
    for i in range(n):
        t += scale(i * 0.1, i)
    return t


print(branchy(5000))
print(shapes(5000))
print(nested(6000))
print(inits(5000))
print(raising(3000))
print(floats(5000))
