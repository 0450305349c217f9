# Sorting tuples of ints and strs (and tuples of those) of one shape, as the rows of a table,
# and the cases that are not of one shape: mixed lengths, nested tuples of other lengths, big
# ints, floats, astral characters (surrogate pairs in JS), bools, mixed kinds (TypeError), reverse, stability, key functions.
import random

rng = random.Random(7)
words = ["w%d" % i for i in range(40)] + ["", "a", "ab", "\u00e9", "\U0001f600", "\uffff"]

def check(label, items, **kw):
    a = sorted(items, **kw)
    b = list(items)
    b.sort(**kw)
    print(label, a == b, a[:6], a[-3:])

rows = [(rng.randint(-3, 3), rng.choice(words)) for _ in range(300)]
check("int,str", rows)
check("int,str reverse", rows, reverse=True)
nested = [(-rng.randint(1, 4), (rng.choice(words), rng.choice(words))) for _ in range(300)]
check("nested", nested)
check("nested reverse", nested, reverse=True)
pairs = {(rng.choice(words), rng.choice(words)): rng.randint(1, 5) for _ in range(400)}
top = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
print("key fn", top[:5], top[-2:])
print("key fn reverse", sorted(pairs.items(), key=lambda item: (item[1], item[0]), reverse=True)[:4])

# Stability: equal keys keep their order (the values differ).
recs = [(rng.randint(0, 2), "r%d" % i) for i in range(50)]
print("stable", sorted(recs, key=lambda r: (r[0],))[:8])
print("stable reverse", sorted(recs, key=lambda r: (r[0], "x"), reverse=True)[:8])

# Not one shape: lengths differ (the shorter first), nested lengths differ.
check("lengths", [(1, "a"), (1,), (0, "b", 2), (1, "a", 0), ()])
check("nested lengths", [(1, ("a",)), (1, ("a", "b")), (0, ("c", "d")), (1, ())])
check("big ints", [(2 ** 70, "a"), (1, "b"), (-2 ** 80, "c"), (2 ** 70, "")])
check("floats", [(1.5, "a"), (1, "b"), (0.5, "c"), (float("inf"), "d")])
check("bools", [(True, "a"), (0, "b"), (False, "c"), (1, "")])
check("astral", [("\uffff", 2), ("\U0001f600", 3), ("a", 4)])
check("same", [(1, "a")] * 5)
check("one", [(3, "z")])
check("empty tuples", [(), (), ()])
try:
    sorted([(1, "a"), ("b", 2)])
except TypeError as e:
    print("mixed kinds", e)
try:
    sorted([(1, ("a", 1)), (1, ("a", "b"))])
except TypeError as e:
    print("mixed nested", e)

# A list that is both the keys and the values, sorted in place.
l = [(rng.randint(0, 9), rng.choice(words)) for _ in range(100)]
ids = [id(x) for x in l]
l.sort()
print("in place", l[:4], sorted(ids) == sorted(id(x) for x in l))
