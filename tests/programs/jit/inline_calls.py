# Calls inlined into loop traces: plain functions and methods, nested calls, guards that fail
# inside the inlined callee (the interpreter goes on in a rebuilt frame), exceptions raised
# there (tracebacks show the callee), and callees that cannot be inlined.
import sys
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx
        self.y = self.y * 0.5 + dx

    def norm1(self):
        return abs_(self.x) + abs_(self.y)


def abs_(v):
    if v < 0:
        return -v
    return v


def sq(a):
    return a * a


def poly(a, b, c):
    return sq(a) + 2 * sq(b) - sq(c)


def ratio(a, b):
    return a / b


def where():
    # Looks at the frame stack: must see its caller's frame.
    return sys._getframe(1).f_code.co_name


def calls_where(i):
    return where() + str(i % 2)


def run(n):
    vs = [Vec(float(i), -float(i)) for i in range(4)]
    total = 0
    acc = 0.0
    for i in range(n):
        for v in vs:
            v.move(0.25)
        total += poly(i, i + 1, 3)
        acc += vs[i % 4].norm1()
    return total, round(acc, 6), [(round(v.x, 6), round(v.y, 6)) for v in vs]


print(run(3000))


def kinds(items):
    out = []
    for x in items:
        out.append(sq(x))
    return out


# The guard on the argument's kind fails inside the inlined sq: int, then float, str, list.
print(kinds(list(range(2000)) + [1.5, 2.5])[-4:])
print(kinds([3] * 1500)[-1])
try:
    kinds([3] * 1500 + ["ab"])
except TypeError as e:
    print("TypeError:", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])


def divide_all(pairs):
    s = 0.0
    for a, b in pairs:
        s += ratio(a, b)
    return s


pairs = [(float(i), 2.0) for i in range(2000)] + [(1.0, 0.0)]
try:
    divide_all(pairs)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


def names(n):
    return [calls_where(i) for i in range(n)][-3:]


def names_loop(n):
    out = []
    for i in range(n):
        out.append(calls_where(i))
    return out[-3:]


print(names(2000), names_loop(2000))


# Rebinding a global function while its inlined copy is in a compiled loop.
def f(x):
    return x + 1


def use_f(n):
    global f
    s = 0
    for i in range(n):
        if i == n // 2:
            def f(x):
                return x * 10
        s += f(i)
    return s


print(use_f(3000))


# A method redefined on the class (type version guard inside the trace).
def move_all(vs, n):
    for i in range(n):
        if i == n - 5:
            Vec.move = lambda self, dx: setattr(self, "x", self.x - dx)
        for v in vs:
            v.move(1.0)
    return [v.x for v in vs]


print(move_all([Vec(0.0, 0.0), Vec(1.0, 1.0)], 2000))


# Deep inlining chain and a generator callee (not inlined).
def l1(x):
    return l2(x) + 1


def l2(x):
    return l3(x) * 2


def l3(x):
    return l4(x) - 3


def l4(x):
    return l5(x) + x


def l5(x):
    return x % 7


def gen(x):
    yield x


def chain(n):
    s = 0
    for i in range(n):
        s += l1(i) + next(gen(i))
    return s


print(chain(3000))
