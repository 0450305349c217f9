# Dict equality ignores order, OrderedDict-free order checks, nested equality, numeric key equivalence
a = {"x": 1, "y": [1, 2], "z": {"n": None}}
b = {"z": {"n": None}, "y": [1, 2], "x": 1}
print(a == b, list(a) == list(b), list(a.items()) == list(b.items()))
print({1: "a"} == {1.0: "a"}, {1: "a"} == {True: "a"}, {0: 1} == {0.0: 1.0}, {"a": 1} == {"a": 1.0})
print({1: float("nan")} == {1: float("nan")})
n = float("nan")
print({1: n} == {1: n})
d = {}
d[1] = "int"
d[1.0] = "float overwrites value, keeps int key"
d[True] = "bool too"
print(d, list(d)[0].__class__.__name__)
e = {True: 1}
e[1] = 2
print(e)
print({(1, 2): 1} == {(1.0, 2.0): 1}, {frozenset([1]): 1} == {frozenset([1.0]): 1})
x = dict.fromkeys(range(5))
del x[2]
x[2] = None
print(list(x), x == dict.fromkeys(range(5)))
