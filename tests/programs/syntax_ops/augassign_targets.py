# Augmented assignment to names, attributes, subscripts and slices; evaluation order
class Obj:
    def __init__(self):
        self.v = 1
log = []
class Box:
    def __init__(self):
        self.d = {"k": 10}
    def __getitem__(self, k):
        log.append(("get", k))
        return self.d[k]
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        self.d[k] = v
o = Obj()
o.v += 5
print(o.v)
b = Box()
b["k"] += 1
print(log, b.d)
lst = [1, 2, 3]
lst[1] *= 10
print(lst)
lst[0:2] += [7]
print(lst)
lst2 = lst
lst += [9]
print(lst2, lst is lst2)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
d = {"a": [1]}
d["a"] += [2]
print(d)
def key():
    log.append("key")
    return 0
def cont():
    log.append("cont")
    return [5]
log.clear()
cont()[key()] += 1
print(log)
try:
    t = (1, [2])
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t)
