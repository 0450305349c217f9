# Calls with five and six positional arguments in hot code (the baseline tier's call5/call6):
# plain functions, defaults filling the rest, methods (self plus four or five), bound method
# objects, classes, builtins, closures, *args functions, and the errors.
def f5(a, b, c, d, e):
    return a + 2 * b + 3 * c + 4 * d + 5 * e

def f6(a, b, c, d, e, g=100):
    return (a, b, c, d, e, g)

def star(*args):
    return len(args)

class P:
    def __init__(self, a, b, c, d, e):
        self.t = a + b + c + d + e
    def m4(self, a, b, c, d):
        return self.t * a + b - c + d
    def m5(self, a, b, c, d, e=-1):
        return [self.t, a, b, c, d, e]

def make():
    k = 7
    def inner(a, b, c, d, e, g):
        return k + a + b + c + d + e + g
    return inner

def run(n):
    total = 0
    p = P(1, 2, 3, 4, 5)
    bm = p.m4
    inner = make()
    for i in range(n):
        total += f5(i, 1, 2, 3, 4)
        total += f6(i, 1, 2, 3, 4)[5] + f6(i, 1, 2, 3, 4, 5)[5]
        total += p.m4(i, 2, 3, 4) + bm(1, i, 3, 4)
        total += sum(p.m5(i, 2, 3, 4)) + sum(p.m5(i, 2, 3, 4, 5))
        total += P(i, 1, 1, 1, 1).t
        total += star(1, 2, 3, 4, 5) + star(1, 2, 3, 4, 5, 6)
        total += inner(i, 1, 2, 3, 4, 5)
        total += max(i, 3, 9, 2, 5) + min(4, 2, i, 8, 1, 0)
    return total

print(run(3000))
print(run(10))
for bad in ((1, 2, 3, 4), (1, 2, 3, 4, 5, 6)):
    try:
        f5(*bad) if len(bad) == 4 else f5(bad[0], bad[1], bad[2], bad[3], bad[4], bad[5])
    except TypeError as e:
        print(e)
def g(fn):
    for i in range(2000):
        try:
            fn(1, 2, 3, 4, 5, 6)
        except TypeError as e:
            msg = str(e)
    return msg
print(g(f5), g(lambda a, b, c, d, e, f, g: 0))
print(g(P.m4), g(P(1, 1, 1, 1, 1).m4), g(P(1, 1, 1, 1, 1).m5))
