# Complex arithmetic in hot loops (the JIT keeps the parts as floats): escape-time iteration,
# mixing complex with floats and ints on either side, signed zeros, infinities and nans, .real
# and .imag, complex() with ints, operands that turn into other types halfway, and a subclass.

def escape(c, limit):
    z = 0j
    n = 0
    while n < limit:
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return n
        n += 1
    return n


def grid(size):
    total = 0
    for row in range(size):
        ci = 2.4 * row / size - 1.2
        for col in range(size):
            total += escape(complex(3.0 * col / size - 2.1, ci), 40)
    return total


print(grid(40))


def mixed(n):
    z = 1 + 1j
    acc = 0j
    for i in range(n):
        acc = acc + z * 0.5 - 2 + i
        acc = 3 * acc - acc * 2.0
        acc = 1.5 - acc + acc
        acc = acc - (i % 3)
    return acc


print(mixed(1000))


def zeros(n):
    out = []
    z = complex(-0.0, -0.0)
    for i in range(n):
        w = z + 0.0
        v = z * 1
        u = 0.0 - z
        t = complex(0, -0.0) * complex(-0.0, 0)
        out.append((repr(w), repr(v), repr(u), repr(t)))
    return out[-1], len(set(out))


print(zeros(500))


def specials(n):
    inf = float("inf")
    out = []
    for i in range(n):
        z = complex(inf, i) * 2
        w = complex(inf, 0.0) * complex(0.0, 1.0)
        v = complex(float("nan"), 1) + 1
        out.append(repr(z)[:8] + repr(w) + repr(v))
    return out[-1], len(set(out))


print(specials(300))


class C(complex):
    def __add__(self, o):
        return "C.__add__"


def turn(n):
    res = []
    z = 1j
    for i in range(n):
        if i == n - 5:
            z = C(1, 2)
        if i == n - 3:
            z = 2.5
        if i == n - 1:
            z = "s"
        try:
            res.append(z + 1j)
        except TypeError as e:
            res.append(str(e))
        res.append(getattr(z, "real", None))
    return res[-10:]


print(turn(400))


def big(n):
    out = []
    for i in range(n):
        k = 2 ** 60 if i == n - 2 else i
        out.append(complex(k, 1) * 1j + k)
    return out[-3:]


print(big(300))
