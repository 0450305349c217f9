# Iteration order of sets containing tuples of ints and floats (tuple hashes are deterministic)
s = {(0, 0), (1, 2), (2, 1), (3, 3), (-1, 4), (10, 10)}
print(s)
print({(i, i * i) for i in range(8)})
print({(x, y) for x in range(3) for y in range(3) if x != y})
print({(1.5, 2), (0.5,), (2.0, 2.0)})
print({((1, 2), 3), ((1,), (2,)), ()})
t = set()
for i in range(10):
    t.add((i % 3, i % 4))
print(t, len(t))
print(frozenset({(1, 1), (2, 2)}), {frozenset({1}), frozenset({2, 3})} == {frozenset({3, 2}), frozenset({1})})
