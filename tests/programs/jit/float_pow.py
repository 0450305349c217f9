# x ** y on floats in compiled loops: the common case, then values where Python's result is
# complex or an error (the trace exits and the interpreter does it).
def norms(vals):
    out = 0.0
    for v in vals:
        out += v ** 0.5 + 2 ** (v * 0.01) + v ** 2 + v ** -1.5
    return out


print(round(norms([float(i) + 1.0 for i in range(3000)]), 6))


def powers(pairs):
    res = []
    for x, y in pairs:
        try:
            res.append(x ** y)
        except (ZeroDivisionError, OverflowError) as e:
            res.append(type(e).__name__ + ": " + str(e))
    return res


pairs = [(1.5, 2.0)] * 2000 + [(-8.0, 1 / 3), (0.0, -1.0), (10.0, 400.0), (-2.0, 3.0), (2, 0.5), (float("nan"), 0.0),
                               (-1.0, float("inf")), (4.0, 0.5), (0.0, 0.0)]
r = powers(pairs)
print(r[0], len(r))
for v in r[-9:]:
    print(repr(v))
