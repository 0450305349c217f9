# Sorting pure keys (ints, strs, tuples of them): stability, reverse, key functions, big ints,
# astral characters, and tuples that are not pure (fall back to the comparison protocol).
import random
rng = random.Random(7)

def check(label, xs, **kw):
    r = sorted(xs, **kw)
    print(label, r[:6], r[-3:], len(r))

ints = [rng.randrange(-50, 50) for _ in range(300)]
check("ints", ints)
check("ints rev", ints, reverse=True)
big = [rng.randrange(-10**30, 10**30) if i % 3 else rng.randrange(-9, 9) for i in range(200)]
check("bigmix", big)
recs = [(rng.randrange(5), "r%d" % i) for i in range(200)]
check("stable key", recs, key=lambda r: r[0])
check("stable key rev", recs, key=lambda r: r[0], reverse=True)
words = ["".join(rng.choice("abcé\U0001F600\uffff") for _ in range(rng.randrange(4))) for _ in range(300)]
check("astral", words)
check("astral rev", words, reverse=True)
check("strs key", words, key=len)
check("strs key rev", words, key=lambda w: w[:1], reverse=True)
tups = [(rng.randrange(3), (rng.choice("xy"), rng.randrange(3)), i) for i in range(300)]
check("tuples", tups)
check("tuples rev", tups, reverse=True)
check("tuple keys", list(range(100)), key=lambda i: (-(i % 7), str(i % 3)))
check("tuple keys rev", list(range(100)), key=lambda i: ((i % 4, i % 3), -i), reverse=True)
check("ragged", [(1,), (1, 2), (), (0, 5), (1, 2, 3), (1, 1)])
check("big tuple", [(10**20 + i % 3, i) for i in range(50)], key=lambda t: (t[0], -t[1]))

class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    __hash__ = None
    def __repr__(self): return "L%d" % self.v

print(sorted([(1, Loud(2)), (0, Loud(1)), (1, Loud(0))]))
print(sorted([(1.5, "a"), (float("nan"), "b"), (0.5, "c")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
xs = [3, 1, 2]
xs.sort(reverse=True)
print(xs, sorted([True, 2, False, 1]), sorted([(True, 1), (1, 0)]))
