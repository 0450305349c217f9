# hash() of frozensets of ints matches CPython (order-independent shuffle-bits algorithm)
vals = [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset(range(5)), frozenset(range(100)), frozenset({-1, -2}), frozenset({2 ** 70}), frozenset({(1, 2), (3, 4)}), frozenset({frozenset({1})}), frozenset({0.5, 1.5})]
for v in vals:
    print(sorted(v, key=repr), hash(v))
print(hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1, 1])))
