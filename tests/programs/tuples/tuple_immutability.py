# Tuples are immutable but may contain mutable objects; += on tuple items; hashing follows contents
t = ([1], {"k": 0}, "s")
t[0].append(2)
t[1]["k"] += 1
print(t)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
u = (1, (2, 3), frozenset({4}))
print(hash(u) == hash((1, (2, 3), frozenset({4}))), {u: "ok"}[(1, (2, 3), frozenset([4]))])
try:
    del u[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
v = u
u += (5,)
print(u, v, u is v)
print(tuple([1, 2]) == (1, 2), tuple(t) is t, t[:] is t, t[0:3] is t)
