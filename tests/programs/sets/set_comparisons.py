# Set comparison operators are subset tests (partial order), equality with frozenset, sorting sets
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= b, a < a, a == frozenset(a), c < b, c > b, c == b)
print(sorted([b, a, c], key=len), min([b, a], key=len))
print([s for s in [{1}, {1, 2}, {2}] if s <= {1, 2}])
print(a.issubset([1, 2, 5]), a.issuperset(range(2)), b.issuperset(x for x in (1, 3)))
try:
    a <= [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print(set() < {1}, set() <= set(), frozenset() < frozenset({0}), {0} > set())
sets = [{3, 1}, {2}, {1, 2, 3}, set()]
print(sorted(sets, key=lambda s: (len(s), sorted(s))))
print(max(sets, key=len), {1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, {1, 2}.__le__({1, 2, 3}), {1}.__lt__([1]))
