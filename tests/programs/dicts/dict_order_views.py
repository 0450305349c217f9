# Insertion order, re-insertion, deletion effects; views are live and set-like
d = {}
for k in ["x", "b", "a", "c"]:
    d[k] = len(d)
print(d, list(d))
d["b"] = 100
print(list(d))
del d["b"]
d["b"] = 5
print(list(d), d)
keys, vals, items = d.keys(), d.values(), d.items()
d["z"] = 9
print(keys, vals, items, len(keys))
print("z" in keys, 9 in vals, ("z", 9) in items, ("z", 8) in items)
print(keys & {"a", "q"}, sorted(keys | {"q"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(items & {("a", 2)}, keys == {"x", "a", "c", "b", "z"}, keys <= {"x", "a", "c", "b", "z", "m"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
print(keys.isdisjoint({"no"}), keys.mapping == d if hasattr(keys, "mapping") else "")
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
e = {1: 1, 2: 2}
try:
    for k in e:
        del e[k]
except RuntimeError as ex:
    print(type(ex).__name__, ex)
f = {1: 1}
for k in f:
    f[k] = 2
print(f)
print(list({3: 0, 1: 0, 2: 0}), sorted({3: 0, 1: 0, 2: 0}))
v = {"a": 1}.values()
print(v == v, type(v).__name__, type({}.keys()).__name__, type({}.items()).__name__)
try:
    hash({}.keys())
except TypeError as ex:
    print(type(ex).__name__, ex)
print(dict(reversed(list({"p": 1, "q": 2}.items()))))
