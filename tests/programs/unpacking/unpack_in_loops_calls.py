# Unpacking in for-loop targets, comprehensions, lambda bodies (no tuple params), dict.items, zip, enumerate
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name, end="; ")
print()
print([n * 2 for n, _ in pairs], {name: num for num, name in pairs})
for i, (num, name) in enumerate(pairs, 1):
    print(i, num, name[0], end=" | ")
print()
for k, v in {"a": 1, "b": 2}.items():
    print(k * v, end=" ")
print()
for a, (b, (c, d)) in [(1, (2, (3, 4))), (5, (6, (7, 8)))]:
    print(a + b + c + d, end=" ")
print()
matrix = [(1, 2, 3), (4, 5, 6)]
for first, *rest in matrix:
    print(first, rest)
print([x + y for x, y in zip([1, 2], [10, 20])], sorted(pairs, key=lambda p: -p[0])[0])
swap = lambda p: (p[1], p[0])
print(list(map(swap, pairs)))
try:
    exec("lambda (a, b): a")
except SyntaxError as e:
    print("SyntaxError", e.msg)
def f(*, a, b):
    return a - b
print(f(**dict(zip("ab", (10, 3)))), f(**{"b": 1, "a": 5}))
