# Iteration order of sets of ints follows CPython's hash table layout
print({5, 3, 1, 8, 100, 33, 64, 17})
print({-1, -2, 0, 1, 2})
print({10 ** 10, 7, 2 ** 61, 2 ** 61 - 1, 3})
s = set()
for i in range(20, 0, -3):
    s.add(i)
print(s)
print(set(range(40, 0, -7)))
t = {32, 64, 0, 96, 128}
print(t)
print(list({1000, 8, 16, 24}))
u = set(range(10))
for i in range(0, 10, 2):
    u.discard(i)
u.add(100)
print(u)
print({x * 8 for x in range(12)})
print(sorted({9, 2, 7}), {2, 9, 7})
print(set([1.0, 2.5, 0.5, 3.0]))
print(frozenset({17, 1, 33}), {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
big = set(range(100))
print(list(big)[:10], list(big)[-5:])
v = {7, 15, 23, 31}
print(v, v | {39}, v & {15, 31})
