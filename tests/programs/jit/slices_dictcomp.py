def f(n):
    L = list(range(10))
    acc = 0
    for i in range(n):
        acc += sum(L[1:5]) + len(L[::2]) + L[-3:][0]
        M = L[:]
        del M[i % 10]
        del M[1:3]
        acc += len(M)
        d = {k: k * i for k in range(4)}
        acc += d[3]
    return acc
print(f(3000))
def g(n):
    d = {}
    for i in range(n):
        d[i] = i
        if i > 10:
            del d[i - 10]
    return sorted(d.items())[:3], len(d)
print(g(2000))
try:
    L = [1, 2]
    for i in range(2000):
        del L[0:0]
        if i == 1999:
            del L[5]
except IndexError as e:
    print(type(e).__name__, e)
