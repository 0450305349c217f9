# A generator made in a for statement's header is closed as soon as the loop drops it (CPython's
# reference counting): at a break, or at a return inside the loop. A generator something else
# still refers to is not.
import sys


def counted(name, n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", name)


print("break:")
for x in counted("a", 5):
    if x == 2:
        break
print("after break")


def first_big(limit):
    for x in counted("b", 10):
        if x > limit:
            return x
    return None


print("return:", first_big(3))

print("exhausted:")
for x in counted("c", 2):
    pass
print("after exhausted")

print("kept in a variable:")
g = counted("d", 5)
for x in g:
    break
print("after break, g still referenced")
g.close()
print("closed by hand")

saved = []


def keep(gen):
    saved.append(gen)
    return gen


print("through a function that keeps it:")
for x in keep(counted("e", 5)):
    break
print("after break, kept")
saved.pop().close()


import functools


@functools.lru_cache(maxsize=None)
def cached(name):
    return counted(name, 5)


@functools.lru_cache(maxsize=None)
def cached_gen(name):
    try:
        yield from range(5)
    finally:
        print("  finally", name)


print("cached by lru_cache:")
for x in cached("k"):
    break
for x in cached("k"):
    print("  resumed at", x)
    break
for x in cached_gen("m"):
    break
for x in cached_gen("m"):
    print("  resumed at", x)
    break
print("after cached breaks")
cached("k").close()
cached_gen("m").close()


class Holder:
    def __init__(self):
        self.gen = counted("f", 5)

    def get(self):
        return self.gen


h = Holder()
print("returned by a method:")
for x in h.get():
    break
print("after break, held")
h.gen.close()


def with_exit():
    class CM:
        def __enter__(self):
            print("  enter")

        def __exit__(self, *exc):
            print("  exit", exc[0].__name__ if exc[0] else None)

    with CM():
        yield 1
        yield 2


print("with statement:")
for x in with_exit():
    break
print("after with break")


def stubborn():
    try:
        yield 1
    finally:
        yield 2


def hook(u):
    print("  unraisable:", type(u.exc_value).__name__, u.exc_value)


sys.unraisablehook = hook
print("ignores GeneratorExit:")
for x in stubborn():
    break
print("after stubborn")
sys.unraisablehook = sys.__unraisablehook__

print("nested and hot:")
closes = 0


def small(n):
    global closes
    try:
        yield from range(n)
    finally:
        closes += 1


total = 0
for i in range(400):
    for x in small(i % 7 + 3):
        if x >= 2:
            break
        total += x
print("total", total, "closes", closes)

# A generator made and not iterated at once is not kept alive by the bookkeeping.
import gc
import weakref

g = counted("g", 3)
wr = weakref.ref(g)
del g
gc.collect()
print("unreferenced generator freed:", wr() is None)
it = iter(x * 2 for x in range(3))
wr = weakref.ref(it)
print(next(it))
del it
gc.collect()
print("started generator freed:", wr() is None)
