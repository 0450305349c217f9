# Order of small-int sets after adds, removes, resizes, and pops (pop takes from the table order)
s = set()
for i in [5, 13, 21, 29, 37, 2, 10]:
    s.add(i)
print(s)
s.discard(13)
s.add(45)
print(s)
popped = [s.pop() for _ in range(3)]
print(popped, s)
t = set(range(20))
print([t.pop() for _ in range(5)], len(t))
u = {100, 200, 300}
u.add(8)
u.add(16)
u.remove(200)
u.add(200)
print(u, list(u))
v = set()
for i in range(100, 0, -9):
    v.add(i)
print(v)
w = {-1, -8, -9, 7, 0}
print(w, sorted(w))
x = {0}
for i in range(1, 33):
    x.add(i * 32)
print(list(x)[:10])
