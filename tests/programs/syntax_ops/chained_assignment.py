# Chained assignment assigns the same object left to right; targets of different kinds
log = []
class T:
    def __setitem__(self, k, v):
        log.append(("setitem", k, v))
    def __setattr__(self, k, v):
        log.append(("setattr", k, v))
t = T()
def val():
    log.append("value evaluated")
    return 42
t[0] = t.a = x = t[1] = val()
print(log, x)
a = b = []
a.append(1)
print(b, a is b)
lst = [0, 0, 0, 0]
i = 1
i = lst[i] = 3
print(i, lst)
p = q = r = "s"
print(p + q + r)
(m, n) = [o, _] = (1, 2)
print(m, n, o, _)
