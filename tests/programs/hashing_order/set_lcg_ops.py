# Pseudo-random int set and dict operations: printed iteration orders must match CPython's hash tables exactly
state = 2024
def rnd(n):
    global state
    state = (state * 214013 + 2531011) % (2 ** 31)
    return (state >> 8) % n
s = set()
d = {}
for step in range(400):
    k = rnd(300) - 50
    op = rnd(4)
    if op < 3:
        s.add(k)
        d[k] = step
    else:
        s.discard(k)
        d.pop(k, None)
    if step % 80 == 79:
        print(list(s)[:25])
        print(list(d)[:25])
print(len(s), len(d), sum(s), sorted(s)[:10])
t = {rnd(10 ** 6) for _ in range(50)}
print(t)
u = {x * 1000003 for x in range(40)}
print(list(u))
