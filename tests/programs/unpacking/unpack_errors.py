# Unpacking errors with exact messages, and unpacking of various iterables (dicts, sets of ints, strings, generators)
cases = [(lambda: [(a, b) for a, b in [(1, 2, 3)]]), (lambda: [(a, b) for a, b in [1]]),]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b = {"x": 1, "y": 2, "z": 3}
except ValueError as e:
    print(type(e).__name__, e)
a, b = {"x": 1, "y": 2}
print(a, b)
a, b = {7, 3}
print(sorted([a, b]))
a, b, c = "xyz"
print(a, b, c)
def g():
    yield 1
    yield 2
    yield 3
try:
    x, y = g()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z, w = g()
except ValueError as e:
    print(type(e).__name__, e)
try:
    (x, y), z = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x, y = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    [x] = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, *y, z = range(1)
except ValueError as e:
    print(type(e).__name__, e)
k, v = dict(a=1).popitem()
print(k, v)
(x,) = [[1, 2]]
print(x)
