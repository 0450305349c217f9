# Dict iteration is insertion order even with many deletions and reinsertions of int keys (compaction on resize)
d = {}
for i in range(20):
    d[i * 13 % 29] = i
for k in list(d)[::3]:
    del d[k]
print(list(d))
for k in [100, 0, 13, 2]:
    d[k] = "new"
print(list(d))
for i in range(200):
    d[1000 + i] = i
    del d[1000 + i]
print(list(d), len(d))
e = dict.fromkeys(range(10))
e.pop(0)
e[0] = None
e.pop(5)
print(list(e), list(reversed(e)))
f = {k: k for k in range(-5, 5)}
print(list(f.items())[:3], list(f.values())[-3:])
