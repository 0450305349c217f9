# gc.collect() lets weakly referenced objects that nothing else holds die: their references
# go dead, callbacks run and weak dictionaries drop the entries (CPython frees them at once).
# The objects are made in a function run from native code (map), so that no temporary of the
# running interpreter activation can still hold the last ones when collect() runs.
import gc
import weakref


class Node:
    def __init__(self, n):
        self.n = n


def nested(f, *args):
    return next(map(f, *[[a] for a in args]))


def build(n):
    objs = [Node(i) for i in range(n)]
    return [weakref.ref(o) for o in objs]


refs = nested(build, 1000)
gc.collect()
print("dead refs", sum(r() is None for r in refs))

died = []


def build_with_callbacks(n):
    objs = [Node(i) for i in range(n)]
    return [weakref.ref(o, lambda r, i=i: died.append(i)) for i, o in enumerate(objs)]


cb_refs = nested(build_with_callbacks, 50)
gc.collect()
print("callbacks run", sorted(died) == list(range(50)))

wkd = weakref.WeakKeyDictionary()


def fill_keys(n):
    objs = [Node(i) for i in range(n)]
    for o in objs:
        wkd[o] = o.n
    return objs[::10]


kept = nested(fill_keys, 200)
gc.collect()
print("weak-keyed left", len(wkd), sorted(wkd.values())[:3])

wvd = weakref.WeakValueDictionary()


def fill_values(n):
    values = [Node(i) for i in range(n)]
    for v in values:
        wvd[v.n] = v
    return values[:n // 2]


kept_values = nested(fill_values, 100)
gc.collect()
print("weak-valued left", len(wvd), max(wvd))


class Cycle:
    def __init__(self):
        self.me = self


def make_cycles(n):
    return [weakref.ref(Cycle()) for _ in range(n)]


crefs = nested(make_cycles, 100)
gc.collect()
print("dead cycles", sum(r() is None for r in crefs))

# a weakly referenced object still held stays alive
held = Node("held")
r = weakref.ref(held)
gc.collect()
print("held alive", r() is held, r().n)
print("collect returns int", isinstance(gc.collect(), int), isinstance(gc.collect(0), int))
