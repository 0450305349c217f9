# Outer loops whose inner loops run a few iterations each time: the JIT records the inner
# iterations inside the outer trace when the inner loop has no trace of its own. The inner
# count changes from one outer iteration to the next, so the unrolled trace's guards fail.

def short_inner(n):
    s = 0
    for i in range(n):
        for j in range(i % 3):
            s += j * i
        k = 0
        while k < (i & 1):
            s -= 1
            k += 1
    return s


def fixed_inner(points):
    total = 0.0
    lights = [(1.0, 2.0), (0.5, -1.0)]
    for p in points:
        for lx, ly in lights:
            d = p - lx
            total += d * d * ly
    return total


def growing(n):
    out = []
    for i in range(n):
        row = []
        for j in range(i // 700):
            row.append(j)
        out.append(len(row))
    return sum(out), out[-1]


print(short_inner(5000))
print(fixed_inner([i * 0.25 for i in range(4000)]))
print(growing(3000))
