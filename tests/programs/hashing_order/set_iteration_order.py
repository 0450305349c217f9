# Sets of ints iterate in CPython's order (depends on table size, probing, deletions)
s = set()
for v in [40, 8, 33, 1, 17, 9, 100, 64, 200, 5]:
    s.add(v)
print(s)
print(list(s))
for v in [33, 17, 64]:
    s.remove(v)
print(s)
s.update([65, 66, 67, 300, 1000])
print(s)
print({-5, -4, -3, 3, 4, 5})
print(set(range(0, 200, 17)))
print({2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, 0, 1})
big = set(range(50))
for i in range(0, 50, 3):
    big.discard(i)
print(big)
print({1, 2, 3} | {100, 8, 16}, {32, 1, 64} & {64, 32, 7, 1}, {3, 11, 19} ^ {19, 27})
t = {x * 1000 for x in range(12)}
print(t)
u = set()
for i in range(30):
    u.add(i * 7 % 31)
print(u)
print(frozenset([99, 3, 51]), set([True, 2, 0.0]))
