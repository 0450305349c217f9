# The baseline tier's inline paths (attribute loads and stores, methods, globals, list and
# tuple items, iterators, direct calls) against everything that must leave them: other
# classes at the same site, class attributes and methods changed, instance attributes that
# shadow methods, dicts of another layout, deleted attributes, subclasses with their own
# __getitem__/__setitem__/__next__, negative and out-of-range indices, globals rebound and
# shadowing builtins, functions with defaults, *args, closures and the wrong argument count.
# Each function runs 200 times (the tier compiles a function after 50 calls).

import sys


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def get(self):
        return self.x

    def total(self, a, b):
        return self.x + a + b


class Q:
    def __init__(self, x):
        self.y = x
        self.x = -x          # another dict layout, x at another position

    def get(self):
        return self.x * 10


class S:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x + 1000


class Prop:
    @property
    def x(self):
        return 7

    def get(self):
        return "prop"


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v
    return o.x


def call_get(o):
    return o.get()


def run(fn, objs, rounds=200):
    out = []
    for i in range(rounds):
        out.append(fn(objs[i % len(objs)]))
    return out


objs = [P(1), Q(2), S(3), Prop(), P(4)]
print("read", run(read_x, objs)[:10])
print("get", run(call_get, objs)[:10])
try:
    run(read_x, [P(1)] * 100 + [object()])
except AttributeError as e:
    print("AttributeError:", e)

# Written through the cache, then read back, on every kind.
w = []
for i in range(200):
    o = [P(1), Q(2), S(3)][i % 3]
    w.append(write_x(o, i))
print("write", w[:6], w[-3:])
try:
    for i in range(200):
        write_x(Prop() if i == 150 else P(i), i)
except AttributeError as e:
    print("AttributeError:", e)

# A method shadowed by an instance attribute after the site is warm.
p = P(5)
warm = [call_get(p) for i in range(100)]
p.get = lambda: "shadowed"
print("shadow", warm[-1], call_get(p))
del p.get
print("unshadowed", call_get(p))

# The class's method replaced, then an attribute deleted.
P.get = lambda self: ("new", self.x)
print("replaced", call_get(P(9)))
p = P(11)
print([read_x(p) for i in range(3)])
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
p.x = "back"
print(read_x(p))

# Globals: rebound, and a builtin shadowed then restored.
G = 1


def use_globals(i):
    return G + len("ab") + i


print([use_globals(i) for i in range(200)][-1])
G = 100
print(use_globals(0))
len = lambda s: -1
print(use_globals(0))
del len
print(use_globals(0))


# Items.
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


def item(seq, i):
    return seq[i]


def set_item(seq, i, v):
    seq[i] = v
    return seq[i]


lst = [10, 20, 30]
tup = (1, 2, 3)
print([item(lst, i % 3) for i in range(200)][-3:], [item(tup, -1 - i % 3) for i in range(200)][-3:])
print(item(L([5, 6]), 1), item("abc", 1), item({"k": "v"}, "k"), item(lst, True))
for bad in ((lst, 3), (lst, -4), (tup, 5), ({}, "nokey"), (lst, "x")):
    try:
        item(*bad)
    except Exception as e:
        print(type(e).__name__, e)
print([set_item(lst, i % 3, i) for i in range(200)][-3:], lst)
print(set_item(L([0, 0]), 1, "v"), set_item(lst, -1, "neg"), lst)
for bad in ((lst, 3, 0), (tup, 0, 0), (lst, "x", 0)):
    try:
        set_item(*bad)
    except Exception as e:
        print(type(e).__name__, e)


# Iterators: built-in ones, a subclass of one, a Python iterator, and one that raises.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bad:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("bad next")


def consume(it):
    t = []
    for x in it:
        t.append(x)
    return t


for i in range(200):
    r = consume([i, i + 1]) + consume(range(3)) + consume(Countdown(2)) + consume(iter((7, 8))) + consume("ab")
print(r)
try:
    consume(Bad())
except ValueError as e:
    print("ValueError:", e)


# Direct calls: plain functions, defaults, closures, *args, methods, wrong counts.
def two(a, b):
    return a - b


def dflt(a, b=5):
    return a * b


def star(*a):
    return len(a) if False else a


def make(k):
    def inner(a):
        return a + k
    return inner


def caller(f, *args):
    if len(args) == 0:
        return f()
    if len(args) == 1:
        return f(args[0])
    return f(args[0], args[1])


add3 = make(3)
res = []
for i in range(200):
    res = [caller(two, i, 1), caller(dflt, i), caller(dflt, i, 2), caller(star, i), caller(add3, i),
           caller(P(i).get), caller(P(i).total, 1, 2), caller(abs, -i), caller(P, i).x]
print(res)
for f, a in ((two, (1,)), (dflt, (1, 2, 3)), (add3, ()), (P(1).get, (1,))):
    try:
        caller(f, *a)
    except TypeError as e:
        print("TypeError:", e)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print([deep(10) for i in range(100)][-1])
sys.setrecursionlimit(200)
try:
    deep(500)
except RecursionError as e:
    print("RecursionError:", e)
