@dec
def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:
    "doc"
    return a
lambda x, y=1: x + y
