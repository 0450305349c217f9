def f(n):
    total = 0
    for i in range(n):
        for j in range(i % 7):
            total += j * i
        total += 1
    return total
print(f(3000))
def g(rows):
    s = 0.0
    for r in rows:
        for x in r:
            s += x
        s *= 0.5
    return s
print(g([[1.0, 2.0, 3.0]] * 2000))
def h(n):
    k = 0
    out = 0
    while k < n:
        m = 0
        while m < 5:
            m += 1
            out += m
        k += 1
    return out, k, m
print(h(3000))

# Inner loops that exit early, mutate outer variables, and raise.
def early(rows):
    found = []
    for r in rows:
        for x in r:
            if x < 0:
                found.append(x)
                break
        else:
            found.append(None)
    return found[:5], len(found)

print(early([[1, 2, -3, 4], [5, 6], [7, -8]] * 700))

def raising(n):
    caught = 0
    for i in range(n):
        try:
            for j in range(5):
                if i == n - 10 and j == 3:
                    raise ValueError(i)
        except ValueError:
            caught += 1
    return caught

print(raising(3000))

def types(n):
    acc = 0
    for i in range(n):
        v = 1 if i < n // 2 else 1.5
        for j in range(3):
            acc += v
    return acc

print(types(4000))
