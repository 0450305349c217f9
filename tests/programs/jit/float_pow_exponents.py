# x ** 0.5 and x ** 2 on floats in a hot loop: zeros, infinities, nan, subnormals, negative
# bases (a complex square root) and a square that overflows, all reached after the loop is hot.
vals = [4.0, 2.0, 0.0, -0.0, 1e150, float("inf"), float("-inf"), float("nan"), 1e-320, 3.0, 0.25, 1e-170]
late = [-4.0, -0.0, 2.0]


def run(vals, n):
    acc = []
    for i in range(n):
        x = vals[i % len(vals)]
        r = x ** 0.5
        s = x ** 2
        if i >= n - len(vals):
            acc.append((x, r, s))
    return acc


for row in run(vals, 3000):
    print(*map(repr, row))
for row in run(late + vals, 3000):
    print(*map(repr, row))
try:
    run([1.5] * 50 + [1e200], 3000)
except OverflowError as e:
    print("OverflowError", e)
