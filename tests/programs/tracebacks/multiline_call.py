# fails on purpose: an error inside a nested call on a statement spanning several lines
def scale(x, factor):
    return x / factor
def report(a, b, c):
    return f"{a} {b} {c}"
print(report(scale(10, 2), scale(9, 3), scale(1, 1)))
result = report(
    scale(4, 2),
    scale(
        7,
        0,
    ),
    "end",
)
print(result)
