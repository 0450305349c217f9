# dict basics: construction forms, access, get/setdefault/pop/popitem, update, errors
d = {"a": 1, "b": 2}
print(d, d["a"], d.get("z"), d.get("z", 0), len(d), "a" in d, 1 in d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=3), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
for bad in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {[]: 1}, lambda: d.update(5), lambda: dict(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = d.copy()
c["new"] = 1
print(d, c, d == c, d != c)
c.clear()
print(c, bool(c), bool(d))
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2, 0.0: 3})
print({(1, 2): "tuple key", None: "none", frozenset([1]): "fs"})
del d["a"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(a=1) == dict([("a", 1)]), {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
print(d.__len__(), d.__contains__("b"), d.__getitem__("b"), dict.__name__)
