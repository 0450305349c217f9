# A loop variable that turns from int to float halfway through a hot loop.
def f(n):
    x = 0
    total = 0
    for i in range(n):
        if i == n // 2:
            x = x + 0.5
        x = x + 1
        total += i
    return x, total

for n in (10, 1000, 5000):
    print(f(n))

def g(n):
    acc = 1
    i = 0
    while i < n:
        acc = acc * 3 if i % 7 else acc / 2
        i += 1
    return acc

print(g(50))
print(g(3000) > 0)
