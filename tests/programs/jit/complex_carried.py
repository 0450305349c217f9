# A complex number carried around a hot loop (kept as two floats in the trace): exits at every
# point of the iteration, in the first iteration (the entry's own object), from a bridge, and
# loops where the carried value is also used whole or stops being complex.


def orbit(c, limit):
    # A for loop left by a break, the carried value returned whole.
    z = c
    for n in range(limit):
        if z.imag * z.imag + z.real * z.real > 4.0:
            break
        z = z * z + c
    else:
        n = limit
    return n, z


total = 0
last = None
for i in range(300):
    n, z = orbit(complex(i / 150 - 1.5, 0.5), 40)
    total += n
    last = z
print("escape", total, last)

# The first iteration leaves: the value is the entry's own object.
start = 3 + 4j


def first_exit(z):
    k = 0
    while k < 10:
        if abs(z) > 1:
            return z, k
        z = z * 0.5
        k += 1
    return z, k


for _ in range(200):
    r, k = first_exit(start)
print("first exit", r is start, k)


def shrink(z):
    k = 0
    while abs(z) > 1e-3:
        z = z * (0.5 + 0.25j)
        k += 1
    return z, k


print("shrink", shrink(100 + 50j))


# A branch inside the loop that gives z another new complex (a bridge once hot).
def branchy(n):
    z = 1 + 0j
    acc = 0.0
    for i in range(n):
        if i % 3 == 0:
            z = z * (1 + 1e-3j)
        else:
            z = z * (1 - 1e-3j) + 1e-4
        acc += z.real - z.imag
    return z, round(acc, 6)


print("branchy", branchy(3000))


# The carried value is also kept whole: no split, same results.
def keeps(n):
    z = 0.5 + 0.5j
    seen = []
    for i in range(n):
        z = z * z * 0.9 + 0.1j
        if i % 500 == 0:
            seen.append(z)
    return z, len(seen), seen[-1]


print("keeps", keeps(3000))


# The carried value starts as an int, becomes complex, then a float.
def changes(n):
    z = 0
    out = []
    for i in range(n):
        if i == n // 3:
            z = 1j
        elif i == 2 * n // 3:
            z = 2.5
        z = z * 1.0 + 1
        out.append(type(z).__name__)
    return z, out[0], out[n // 2], out[-1]


print("changes", changes(600))


# An exception raised inside the loop while z is split.
def raises(n):
    z = 1 + 1j
    try:
        for i in range(n):
            z = z * 1j
            if i == n - 5:
                raise ValueError(z)
    except ValueError as e:
        return e.args[0], z
    return None


print("raises", raises(1000))
