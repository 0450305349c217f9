def outer(n):
    total = 0
    step = 2
    def bump():
        nonlocal step
        step += 1
    for i in range(n):
        total += step * i
        if i % 100 == 99:
            bump()
    return total, step

def counter():
    c = 0
    def inc(k):
        nonlocal c
        c += k
        return c
    return inc

print(outer(5000))
inc = counter()
acc = 0
for i in range(3000):
    acc += inc(i % 7)
print(acc)

def deleted(n):
    x = 1
    def g():
        return x
    out = []
    for i in range(n):
        out.append(x + i)
        if i == n - 2:
            del x
    return out
try:
    deleted(2000)
except NameError as e:
    print(type(e).__name__, e)

def mk(n):
    fs = []
    for i in range(n):
        def f(i=i):
            return i * 2
        fs.append(f)
    return sum(f() for f in fs)
print(mk(3000))
