# gc.collect() frees an object whose last reference was a popped operand of the value stack
# (the argument slot of an earlier call): CPython's refcount frees it at `del`, Typhon's
# collector must not see it through the stale slot.
import gc
import weakref


class Obj:
    pass


calls = []

o = Obj()
r = weakref.ref(o)
del o
gc.collect()
print("module-level ref dead:", r() is None)

o = Obj()
r = weakref.ref(o, lambda ref: calls.append("cb"))
print("alive before del:", r() is not None)
o = None
gc.collect()
print("callback ran:", calls)
print("dead:", r() is None)


def make():
    o = Obj()
    rr = weakref.ref(o)
    return rr


r = make()
gc.collect()
print("after return dead:", r() is None)

d = weakref.WeakValueDictionary()
o = Obj()
d["k"] = o
print("in dict:", "k" in d, len(d))
del o
gc.collect()
print("dict emptied:", "k" in d, len(d))

s = weakref.WeakSet()
o = Obj()
s.add(o)
print("in set:", len(s))
del o
gc.collect()
print("set emptied:", len(s))

# A live object stays alive: nothing live is cleared.
keep = Obj()
r = weakref.ref(keep)
gc.collect()
print("live kept:", r() is keep)
print("collect returns int:", isinstance(gc.collect(), int))
