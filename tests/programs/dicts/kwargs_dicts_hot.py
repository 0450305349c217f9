# Many small dicts made in a hot loop (**kwargs forwarding, dict displays, dict(), copies):
# every first insertion sizes a table; sizes, order and contents as CPython's.
def g(a, b=2, *, d=4, **rest):
    return a + b + d + len(rest)

def w(*args, **kwargs):
    return g(*args, **kwargs)

total = 0
for i in range(20000):
    total += w(i, 3) + w(i, d=1) + w(i, b=5, x=1, y=2)
    d = {}
    for j in range(i % 12):
        d[j] = j
    e = dict(d)
    e.update(k=i)
    total += len(e) + sum(e.values())
print(total)
print(list(e.items())[-3:], {**e, 0: "z"}[0])
