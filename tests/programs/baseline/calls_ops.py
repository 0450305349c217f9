# Functions called often enough to be compiled by the baseline tier, covering its instructions:
# each result is computed many times and must stay the same.

def arith(a, b):
    return (a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, -a, +a, ~a, a & b, a | b, a ^ b, a << 2, a >> 1)

def farith(a, b):
    return (a + b, a - b, a * b, a // b, a % b, a / b, a ** 2, -a, +a)

def compare(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in [b], a not in (b,))

def branches(x):
    if x is not None and x > 10 and x < 100:
        return "mid"
    elif x is None or x == 0:
        return "zero"
    return "other" if not x else "big" if x >= 100 else "small"

def containers(n):
    lst = [i * i for i in range(n)]
    tup = tuple(lst)
    d = {i: str(i) for i in range(n)}
    s = {i % 3 for i in range(n)}
    lst[0] = -1
    d[n] = "n"
    del d[0]
    a, b, *rest = lst + [0, 0]
    x, y = y, x = 1, 2
    return lst[-1], tup[1:3], len(d), sorted(s), a, b, len(rest), x, y, f"{n:>4}|{n!r}", [*lst[:2], *tup[:1]]

def attrs(o):
    o.count += 1
    return o.name.upper(), o.count, getattr(o, "missing", None)

class Thing:
    def __init__(self, name):
        self.name = name
        self.count = 0
    def method(self, k, *args, scale=1, **kw):
        return (self.name, k * scale, args, sorted(kw.items()))

def calls(t, i):
    return (t.method(i), t.method(i, 1, 2), t.method(i, scale=3), t.method(i, x=1, y=2),
            t.method(*[i, 5], **{"scale": 2}), Thing.method(t, i), max(i, 3, key=abs), len([i]))

def closures(n):
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    for i in range(n):
        add(i)
    return total, (lambda q: q + n)(1)

def globals_(x):
    global counter
    counter += x
    return counter

counter = 0

def unbound(flag):
    if flag:
        v = 1
    return v

def match_it(v):
    match v:
        case [a, b]:
            return ("pair", a, b)
        case {"k": val}:
            return ("map", val)
        case Thing(name=nm):
            return ("thing", nm)
        case int() | float() as num if num > 0:
            return ("pos", num)
        case _:
            return ("other",)

def imports_inside():
    import math
    from os import path
    return math.floor(2.5), path.basename("/a/b")

def big_ints(n):
    return 2 ** n + 1, (1 << 60) * (1 << 60), 9007199254740991 + 2, -9007199254740993 - 1

results = set()
t = Thing("t")
for i in range(1, 120):
    r = (arith(i, 7), arith(-i, 3), farith(2.5, 1.5), compare(i, 5), compare("a", "b"), branches(i), branches(0),
         branches(None), branches(500), containers(5), attrs(t)[0], calls(t, 2), closures(4), unbound(True),
         match_it([1, 2]), match_it({"k": 3}), match_it(t), match_it(2.5), match_it("s"), imports_inside(),
         big_ints(70))
    results.add(repr(r))
    globals_(1)
print(len(results))
print(sorted(results)[0][:300])
print(counter, t.count)
for flag in (True, False):
    try:
        print(unbound(flag))
    except UnboundLocalError as e:
        print(type(e).__name__, e)
try:
    arith(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    compare(1, "a") if False else (1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
