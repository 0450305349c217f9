# After a call returns, its frame, its locals and an exception it handled must not outlive it:
# gc.collect() frees objects that only a finished call referred to (as CPython's refcounting does).
# (Typhon: V8 keeps the value of a dead JS local reachable until its register is reused, so
# the eval loop drops the ones that would hold a returned frame or a handled exception.)
import gc
import weakref


class Plain:
    pass


class WithInit:
    def __init__(self):
        pass


def takes(o):
    pass


def raises(v):
    raise ValueError(v)


class CatchesOwn:
    def __init__(self):
        try:
            raise ValueError()
        except ValueError:
            pass


class CatchesCallee:
    def __init__(self):
        try:
            raises(1)
        except ValueError:
            pass


o = Plain()
r = weakref.ref(o)
takes(o)
del o
gc.collect()
print("argument of a returned call:", r())

r = weakref.ref(WithInit())
gc.collect()
print("instance made by __init__:", r())

for cls in (CatchesOwn, CatchesCallee):
    r = weakref.ref(cls())
    gc.collect()
    print(cls.__name__, r())


def in_function():
    r = weakref.ref(CatchesCallee())
    gc.collect()
    return r()


print("in a function:", in_function())


class Holder:
    pass


def raises_with(h):
    raise ValueError(h)


h = Holder()
r = weakref.ref(h)
try:
    raises_with(h)
except ValueError:
    pass
del h
gc.collect()
print("argument of a handled exception:", r())
