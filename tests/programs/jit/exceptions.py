# Exceptions raised halfway through a hot loop, caught inside and outside it.
def f(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += 100 // (i % 50 - 25)
        except ZeroDivisionError:
            caught += 1
    return total, caught

print(f(5000))

def g(xs):
    s = 0
    for i in range(len(xs) + 5):
        s += xs[i]
    return s

try:
    g(list(range(3000)))
except IndexError as e:
    print("IndexError:", e)

def h(n):
    d = {}
    for i in range(n):
        d[i % 10] = d.get(i % 10, 0) + i
        if i == n - 7:
            raise KeyError(i)

try:
    h(2000)
except KeyError as e:
    print("KeyError", e)

def attr(objs):
    t = 0
    for o in objs:
        t += o.value
    return t

class A:
    def __init__(self, v):
        self.value = v

objs = [A(i) for i in range(1500)] + [object()]
try:
    attr(objs)
except AttributeError as e:
    print("AttributeError:", e)
