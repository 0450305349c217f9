# Generators whose bodies run as compiled code (the baseline tier compiles a generator's code
# after 50 calls or resumptions): yields in loops and in try/except/finally, send(), throw()
# and close() into compiled frames, `yield from` with return values and forwarded throw/close,
# closures, generator expressions, gi_frame/gi_yieldfrom/gi_running, tracebacks through
# compiled generator frames, and a generator suspended by compiled code then traced.
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def guarded(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "zero"
        finally:
            pass


def echo():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            total = -1
            v = str(e)
        if v is None:
            return total
        total += len(v) if isinstance(v, str) else v


def closer(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")


def inner(k):
    got = yield k
    got2 = yield k + 1
    return (got, got2)


def outer(k):
    r = yield from inner(k)
    yield r
    return "outer-done"


def make_adder(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen


def leaves(node):
    if isinstance(node, list):
        for child in node:
            yield from leaves(child)
    else:
        yield node


def failing(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


def stopper():
    yield 1
    raise StopIteration("inside")


def frame_info():
    g = count(3)
    next(g)
    return g.gi_frame.f_lineno, g.gi_running, g.gi_suspended


def running_check():
    yield g_running.gi_running


results = []
for rnd in range(120):
    results.append(sum(count(5)))
    results.append(list(guarded([1, 0, 5])))
    e = echo()
    next(e)
    e.send(3)
    e.send("ab")
    results.append(e.throw(ValueError("xyz")))
    try:
        e.send(None)
    except StopIteration as s:
        results.append(("echo", s.value))
    log = []
    c = closer(log)
    next(c)
    c.close()
    results.append(tuple(log))
    o = outer(rnd)
    a = next(o)
    b = o.send("x")
    r = o.send("y")
    results.append((a, b, r))
    o2 = outer(1)
    next(o2)
    try:
        o2.throw(RuntimeError("into inner"))
    except RuntimeError as err:
        results.append(("thrown", str(err)))
    results.append(list(make_adder(rnd % 3)(4)))
    results.append(sum(leaves([[1, [2, 3]], [4], 5])))
    results.append(sum(x * x for x in range(6) if x % 2))
    try:
        list(failing(10))
    except KeyError as k:
        results.append(("key", k.args))
    try:
        next(stopper()) and list(stopper())
    except RuntimeError as err:
        results.append(("pep479", str(err), type(err.__cause__).__name__))
    results.append(frame_info())
    g_running = running_check()
    results.append(next(g_running))

print(len(results))
print(results[:16])
print(results[-16:])
print(len(set(map(repr, results))))

# A traceback through a compiled generator frame.
def deep(n):
    yield n
    yield 1 / (n - n)

for i in range(60):
    g = deep(i)
    next(g)
    try:
        next(g)
    except ZeroDivisionError:
        if i == 59:
            tb = traceback.format_exc().splitlines()
            lines = [l.strip() for l in tb if l.strip().startswith(("File", "yield", "ZeroDivision"))][-3:]
            print([l.split(", ", 1)[1] if l.startswith("File") else l for l in lines])

# Suspended by compiled code, then resumed under a trace function.
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "count":
        events.append((event, frame.f_lineno))
    return tracer

gens = [count(4) for _ in range(60)]
for g in gens:
    next(g)
sys.settrace(tracer)
print(list(gens[-1]))
sys.settrace(None)
print(events)
