# Tuple packing in returns, swaps, loops; nested tuple unpacking; tuple identity of constants
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = c, a, b = 7, 8, 9
print(a, b, c)
for i, (name, (x, y)) in enumerate([("p", (1, 2)), ("q", (3, 4))]):
    print(i, name, x, y)
pairs = list(zip("abc", range(3)))
print(pairs, dict(pairs))
def many():
    return 1, 2, 3, 4
first, *rest = many()
print(first, rest)
*init, last = many()
print(init, last)
t = ()
print(t == (), len(t), bool(t))
nested = ((1, 2), (3, 4))
((a, b), (c, d)) = nested
print(a, b, c, d)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
