# Dicts with colliding int keys keep insertion order; lookups still correct; deletion + reinsertion
P = 2 ** 61 - 1
keys = [1, 1 + P, 1 + 2 * P, -1, -2, 2 ** 64, 2 ** 64 % P]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(list(d.values()), len(d))
print([d[k] for k in keys])
print(hash(-1) == hash(-2), d[-1], d[-2])
del d[1 + P]
d[1 + P] = "again"
print(list(d.items())[-2:])
print({hash(k) for k in keys})
s = set(keys)
print(len(s), sorted(s)[:3])
