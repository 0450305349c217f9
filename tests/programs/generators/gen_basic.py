# Generator basics: lazy execution, state, exhaustion, return value in StopIteration
def gen(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
    return "done"
g = gen(2)
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(gen(3)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
g2 = gen(1)
print(g2.__name__, g2.__qualname__, g2.gi_running, g2.gi_frame is not None, g2.gi_code.co_name)
print(iter(g2) is g2, hasattr(g2, "__next__"), hasattr(g2, "send"))
list(g2)
print(g2.gi_frame)
def yield_expr_value():
    x = yield
    print("received", x)
    y = yield x
    print("received", y)
ye = yield_expr_value()
print(next(ye))
print(ye.send(10))
try:
    ye.send(20)
except StopIteration:
    print("finished")
