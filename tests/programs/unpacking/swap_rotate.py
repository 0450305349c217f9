# Multiple assignment evaluation order: RHS fully evaluated first, targets assigned left to right
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 10
print(i, lst)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
log = []
class T:
    def __setattr__(self, k, v):
        log.append((k, v))
        object.__setattr__(self, k, v)
t = T()
t.a, t.b = t.b, t.a = 1, 2
print(log)
def val(v):
    log.append(v)
    return v
log.clear()
p = {}
p[val("k1")], p[val("k2")] = val(1), val(2)
print(log, p)
m = n = []
m.append(1)
print(m, n, m is n)
a = b = c = 0
a += 1
print(a, b, c)
q = [1, 2]
q[0], q[1], q[0] = 5, 6, 7
print(q)
