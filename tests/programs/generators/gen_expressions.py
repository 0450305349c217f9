# Generator expressions: laziness, single-use, early binding of first iterable, use in builtins
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
g = (x * 2 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 5 for x in range(10)))
print(sorted((x % 3, x) for x in range(6)), dict((i, i * i) for i in range(3)), set(x % 2 for x in range(5)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
filtered = (c.upper() for c in "hello world" if c not in "lo ")
print("".join(filtered))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
ge = (1 / x for x in [1, 0])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(ge))
gen = (i for i in range(3))
print(type(gen).__name__, gen.__name__, gen.__qualname__)
def f():
    return (i for i in range(2))
print(f().__qualname__)
print(tuple(x for x in "ab"), list(zip((i for i in range(3)), "xyz")))
print(" ".join(str(n) for n in range(5)), min((abs(x - 5), x) for x in [1, 4, 7, 9]))
