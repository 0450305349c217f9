# gc.collect() frees an object whose last reference was a popped operand of the value stack
# (the argument slot of an earlier call): CPython's refcount frees it at `del`, Typhon's
# collector must not see it through the stale slot. (Module level only: in a function, the
# eval loop's own JS locals may still hold a value until the loop is optimized.)
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
o = None
gc.collect()
print("callback ran:", calls)
print("dead:", r() is None)


# A live object stays alive: nothing live is cleared.
keep = Obj()
r = weakref.ref(keep)
gc.collect()
print("live kept:", r() is keep)
print("collect returns int:", isinstance(gc.collect(), int))
