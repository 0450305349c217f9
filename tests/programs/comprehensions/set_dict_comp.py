# Set and dict comprehensions; key collisions keep last value but first key; evaluation order of key/value
print({x % 5 for x in range(20)})
print({x: x ** 2 for x in range(5)})
print({v: k for k, v in enumerate("abca")})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({1: "int", True: "bool"}, {k: v for k, v in [(1, "int"), (True, "bool"), (1.0, "float")]})
order = []
def k(x):
    order.append(f"k{x}")
    return x
def v(x):
    order.append(f"v{x}")
    return x
d = {k(i): v(i) for i in range(2)}
print(d, order)
order.clear()
d2 = {k(1): v(1), k(2): v(2)}
print(d2, order)
print({n: [m for m in range(n)] for n in range(4)})
print({c: "aeiou".count(c) for c in "aei"})
print(sorted({len(w) for w in "a bb cc ddd".split()}))
print({x for x in []}, {x: x for x in ()}, type({x for x in []}).__name__)
print({i: j for i, j in zip(range(3), range(10, 13)) if j % 2 == 0})
