# Dicts of many int keys (Typhon keeps them in a CPython-style index table once they are big):
# lookups, updates, deletions, iteration order, views, copies, keys of other kinds added later,
# equal keys of other types (1.0, True), negative and big ints, popitem, clear and reuse.

N = 5000

d = {i: i * i for i in range(N)}
print(len(d), d[0], d[N - 1], d.get(N), N - 1 in d, N in d)
print(list(d)[:5], list(d)[-5:])
print(d[10.0], d[True], 2.5 in d, d.get(3.0))

for i in range(0, N, 3):
    del d[i]
print(len(d), list(d)[:5], list(d.values())[-3:])
d[0] = "back"
print(list(d.items())[-2:], next(iter(d)))

d["name"] = 1
d[(1, 2)] = 2
d[-7] = 3
d[2 ** 70] = 4
d[1.5] = 5
print(len(d), d["name"], d[(1, 2)], d[-7], d[2 ** 70], d[1.5])
print(list(d.items())[-6:])

c = d.copy()
c[1] = "changed"
print(d[1], c[1], c == d, len(c))
print(d.pop(4), d.pop(4, None), d.setdefault(4, "new"), d[4])

k, v = d.popitem()
print(k, v, len(d))

e = {}
for i in range(N * 2, 0, -2):
    e[i] = -i
print(len(e), list(e)[:4], sum(e.values()), min(e), max(e))
print(sorted(e.items())[:3])
e.clear()
e[5] = 5
e["x"] = 6
print(e)

f = dict.fromkeys(range(N), 0)
for i in range(N * 3):
    f[i % N] += 1
print(sum(f.values()), f[0], f[N - 1])
print({k: f[k] for k in list(f)[:4]})

g = {i: None for i in range(-N, N, 7)}
print(len(g), -N in g, -N + 7 in g, 0 in g, 1 in g, list(g)[-2:])

s = set()
h = {i * 1000003 % 7919: i for i in range(N)}
print(len(h), list(h.items())[:4], h.get(7918))

try:
    d[N * 10]
except KeyError as exc:
    print("KeyError", exc)
print(d.keys() & {1, 2, 3, N * 7}, sorted(d.keys() - set(range(N)), key=repr)[:3])
