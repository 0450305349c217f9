# Small dicts (no hash table of their own below nine entry positions) and dicts made at once
# (displays with constant keys, JSON objects), across the size where they get one: lookups,
# inserts, deletes, popitem, setdefault, copies, order, mixed str/int keys, repeated keys, and
# the iteration-change errors.
import json

for n in range(0, 20):
    keys = ["k%d" % i for i in range(n)]
    src = "{" + ", ".join('"%s": %d' % (k, i) for i, k in enumerate(keys)) + "}"
    d1 = json.loads(src)
    d2 = eval(src)
    d3 = dict(zip(keys, range(n)))
    ok = d1 == d2 == d3 and list(d1) == list(d2) == keys
    ok = ok and all(d1[k] == i and k in d2 and d3.get(k) == i for i, k in enumerate(keys))
    ok = ok and "missing" not in d1 and 0 not in d2 and d3.get("k%d" % n) is None
    print(n, ok, end="; ")
print()

print(json.loads('{"a": 1, "b": 2, "a": 3}'), {"a": 1, "b": 2, "a": 3}, {1: 2, 1.0: 3, True: 4}, {"x": 1, 2: "y"})
print(json.loads('{"1": 1, "01": 2}'), {1: "int", "1": "str"})

d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
d["a"] = 4
print(d, list(d), d.get("a"), "b" in d, "z" in d)
for i in range(20):
    d["n%d" % i] = i
    if i in (4, 5, 6, 7):
        print(len(d), d.get("n%d" % i), d.get("n%d" % (i - 4)), "b" in d)
for i in range(0, 20, 3):
    del d["n%d" % i]
print(d, len(d))
print(d.popitem(), d.popitem(), d.setdefault("b", 99), d.setdefault("new", 7), d.pop("c"), d.pop("zz", "dflt"))
print(list(d.items())[:4], list(reversed(d))[:3])

d.clear()
d[5] = 1
d["5"] = 2
print(d, 5 in d, "5" in d, 5.0 in d, d[5.0], d.get(True))
d[1] = "one"
d[True] = "true"
d[1.0] = "float"
print(d)

small = {}
for i in range(12):
    small[i * 7] = i
    del small[i * 7]
    small[i * 7 + 1] = i
print(small, len(small), 8 in small, 78 in small)

e = json.loads('{"a": {"b": [1, {"c": null}]}, "d": 1.5}')
print(e, e.copy(), dict(e), {**e, "z": 0}, e == {"d": 1.5, "a": {"b": [1, {"c": None}]}})

d = {}
it = iter(d)
d["x"] = 1
try:
    next(it)
except RuntimeError as ex:
    print(ex)
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        del d[k]
        d[k + "!"] = 1
except RuntimeError as ex:
    print(ex)
print(d)
for size in (3, 5, 6, 8, 9, 10):
    d = {"k%d" % i: i for i in range(size)}
    try:
        for k in d:
            d.pop(k)
            d[k + "x"] = 0
        print(size, "no error", len(d))
    except RuntimeError as ex:
        print(size, ex, len(d))


def make(a, b):
    return {"a": a, "b": b, "c": [a, b]}


made = [make(i, -i) for i in range(3)]
made[0]["d"] = 1
del made[1]["a"]
print(made, make(1, 2) == make(1, 2), make(1, 2) is make(1, 2))
