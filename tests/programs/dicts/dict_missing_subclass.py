# dict subclasses: __missing__, overriding __getitem__/__setitem__, what builtins bypass
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["zzz"], c.get("zzz"), "zzz" in c)
class DefaultList(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
dl = DefaultList()
dl["a"].append(1)
dl["a"].append(2)
dl["b"].append(3)
print(dl)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["abc"], dict.get(u, "abc"), u.get("abc"))
u2 = Upper(x=1)
u2.update(y=2)
print(u2)
class Loud(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")
try:
    Loud()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class KeysOnly(dict):
    def keys(self):
        return ["a"]
print(dict(KeysOnly(a=1, b=2)), {**KeysOnly(a=1, b=2)})
print(type(Counter(a=1) | {"b": 2}).__name__, type(Counter(a=1).copy()).__name__)
print(Counter.fromkeys("ab", 1), type(Counter.fromkeys("a")).__name__)
class Rep(dict):
    def __repr__(self):
        return "Rep(" + super().__repr__() + ")"
print(Rep(a=1), [Rep()], str(Rep(b=2)))
