# Instance __dict__s that share a key layout (shapes) must still behave as independent dicts:
# insertion order, deletion, non-str keys, popitem, clear, copies, iteration checks.
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    pass


a = P(1, 2)
b = P(3, 4)
print(vars(a), vars(b))
b.z = 5
print(vars(a), vars(b), a.__dict__.keys(), list(b.__dict__.items()))

# The same names in another order: another layout, same dict semantics.
c = Q()
c.y = 1
c.x = 2
d = Q()
d.x = 3
d.y = 4
print(vars(c), vars(d), vars(c) == {"x": 2, "y": 1})

# Deleting an attribute of one instance leaves the others alone.
e = P(5, 6)
f = P(7, 8)
del e.x
print(vars(e), vars(f), hasattr(e, "x"), f.x)
e.x = 9
print(vars(e), list(vars(e)))

# Non-str keys through vars() and attributes set afterwards.
g = P(1, 2)
vars(g)[10] = "ten"
vars(g)[(1, 2)] = "tuple"
g.w = 3
print(vars(g))
h = P(1, 2)
h.w = 4
print(vars(h))

# popitem, clear, update, setdefault, copy.
i = P("a", "b")
print(vars(i).popitem(), vars(i))
i.q = 1
print(vars(i))
j = P(1, 2)
vars(j).clear()
j.y = 7
j.x = 8
print(vars(j), P(0, 0).__dict__)
k = P(1, 2)
vars(k).update({"y": 20, "n": 30})
print(vars(k), vars(k).setdefault("m", 40), vars(k))
l = P(1, 2)
dc = l.__dict__.copy()
dc["x"] = 100
dc["extra"] = 1
l.z = 3
print(vars(l), dc)
m = copy.copy(P([1], 2))
m2 = copy.deepcopy(m)
m.x.append(2)
m2.t = 0
print(vars(m), vars(m2))

# Mutation while iterating over an instance dict.
n = P(1, 2)
try:
    for key in vars(n):
        n.new = 1
except RuntimeError as exc:
    print("RuntimeError:", exc)
o = P(1, 2)
del o.x
o.x = 5
print(vars(o))

# Many attributes, and many different names added at the same point.
big = Q()
for idx in range(70):
    setattr(big, "a%d" % idx, idx)
print(len(vars(big)), list(vars(big))[:3], list(vars(big))[-3:], big.a69)
objs = []
for idx in range(40):
    q = Q()
    q.first = idx
    setattr(q, "n%d" % idx, idx * 2)
    objs.append(q)
print([sorted(vars(q)) for q in objs[::13]], sum(getattr(q, "n%d" % i) for i, q in enumerate(objs)))

# Methods shadowed by instance attributes (the method cache must look at each instance).
class R:
    def m(self):
        return "method"


r1, r2 = R(), R()
r2.m = lambda: "instance"
r3 = R()
r3.other = 1
print([obj.m() for obj in (r1, r2, r3, r1, r2)])
r4 = R()
r4.other = 2
r4.m = lambda: "late"
print([obj.m() for obj in (r3, r4)])


# A loop that keeps building instances (the caches' transitions) with one that differs.
class S:
    def __init__(self, v, flag):
        self.v = v
        if flag:
            self.flag = True
        self.w = v * 2


out = []
for idx in range(200):
    s = S(idx, idx % 50 == 0)
    out.append(tuple(vars(s)))
print(sorted(set(out)), vars(S(1, False)), vars(S(2, True)))
print(vars(a) == vars(P(1, 2)), vars(a) != vars(b), hash(tuple(vars(a))) == hash(("x", "y")))
