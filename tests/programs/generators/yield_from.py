# yield from: delegation, return value, send/throw forwarding, iterables, close propagation
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-after"
    return "outer-done"
o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
try:
    next(o)
except StopIteration as e:
    print("final", e.value)
def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * 10 for x in range(2))
    r = yield from []
    print("empty yield from result", r)
print(list(from_iterables()))
def catcher():
    try:
        yield 1
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    return "catcher-done"
def delegator():
    res = yield from catcher()
    yield "delegator got " + res
d = delegator()
next(d)
print(d.throw(KeyError("k")))
print(next(d))
def closable():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally on close")
def wrap():
    try:
        yield from closable()
    finally:
        print("outer finally on close")
w = wrap()
next(w)
w.close()
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield f"level {n}"
    return r + 1
gen = depth(3)
print(list(gen))
def sum_inner():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def sum_outer():
    t = yield from sum_inner()
    print("total", t)
so = sum_outer()
next(so)
for v in (1, 2, 3):
    so.send(v)
try:
    so.send(None)
except StopIteration:
    print("sum done")
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
