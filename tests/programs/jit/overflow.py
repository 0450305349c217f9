# Int arithmetic that overflows the fast range into big ints inside a hot loop, and back.
def powers(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3
        if i % 10 == 0:
            out.append(x % 1000003)
    return x, out

x, out = powers(200)
print(x)
print(out)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(100), fib(1000) % 10**9)

def shrink(n):
    x = 2 ** 80
    steps = 0
    while x > 1:
        x = x // 3
        steps += 1
    return steps, x

print(shrink(0))

def neg(n):
    s = 0
    for i in range(n):
        s -= 9007199254740990
    return s

print(neg(5))
