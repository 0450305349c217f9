# int(x) and float(x) of ints and floats inside hot loops (recorded as arithmetic, not calls),
# with the values that make int() raise or return a big int halfway through.

class MyFloat(float):
    def __int__(self):
        return 42


def truncations(n):
    total = 0
    seen = []
    for i in range(n):
        x = (i - n / 2) * 0.37
        k = int(x)
        total += k
        if i % 500 == 0:
            seen.append((x, k))
    return total, seen[:6], int(-0.5), repr(int(-0.0))


def big_halfway(n):
    out = []
    for i in range(n):
        x = 1.5 if i < n // 2 else 2.0 ** (40 + i % 30)
        out.append(int(x))
    return out[0], out[-1], sum(out) % 1000003


def raising(n):
    vals = []
    for i in range(n):
        x = float(i) * 0.25
        if i == n - 100:
            x = float("nan")
        elif i == n - 50:
            x = float("-inf")
        try:
            vals.append(int(x))
        except (ValueError, OverflowError) as e:
            vals.append(type(e).__name__ + ": " + str(e))
    return [v for v in vals if isinstance(v, str)], sum(v for v in vals if isinstance(v, int))


def floats_of_ints(n):
    acc = 0.0
    for i in range(n):
        acc += float(i) / 3 + float(i * 0.5) + int(i)
    return acc


def mixed(n):
    res = []
    for i in range(n):
        v = MyFloat(i + 0.5) if i % 400 == 399 else (True if i % 300 == 299 else i + 0.75)
        res.append(int(v))
        res.append(float(v))
    return sum(res), res[-4:]


def shadowed(n):
    global int
    got = []
    for i in range(n):
        if i == n // 2:
            int = lambda v: "shadowed"
        got.append(int(i * 1.5))
    del int
    return got[0], got[-1], got.count("shadowed")


print(truncations(4000))
print(big_halfway(3000))
print(raising(3000))
print(floats_of_ints(3000))
print(mixed(2000))
print(shadowed(3000))
