# Dict views: set operations with other iterables, comparisons, reversed, len tracking, mapping attribute
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b), sorted(a.keys() - ["x"]), sorted(a.keys() ^ b.keys()))
print(a.keys() == {"x", "y", "z"}, a.keys() < {"x", "y", "z", "q"}, a.keys() > {"x"}, a.keys() != b.keys())
print(sorted(a.items() & {("x", 1), ("y", 3)}), ("z", 3) in a.items(), ("z", 3.0) in a.items())
try:
    a.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(a.values() == a.values(), list(a.values()) == [1, 2, 3])
k = a.keys()
print(len(k))
a["new"] = 9
print(len(k), list(k), k.mapping["new"], type(k.mapping).__name__)
print(list(reversed(a.keys())), list(reversed(a.items()))[0])
try:
    ({1: [2]}.items()) & {(1, 2)}
    print("hashable subset of items ok")
    {1: [2]}.items() | {(3, 4)}
except TypeError as e:
    print(type(e).__name__, e)
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
print({1: 2}.keys().isdisjoint([3]), {1: 2}.items().isdisjoint([(1, 2)]))
