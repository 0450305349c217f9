# Mixed-type arithmetic across bool, int, float and complex: result types and values
# (** only with int exponents: non-integer powers depend on the C library's pow/exp/log)
vals = [True, 3, -2, 2.5, 1j + 1]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b if isinstance(b, int) else "skip")]
for a in vals:
    for b in vals:
        row = []
        for name, fn in ops:
            try:
                r = fn(a, b)
                row.append(f"{type(r).__name__}:{r!r}")
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), " ".join(row))
print(True // 2, 7 // 2.0, 7 % 2.5, divmod(True, 0.5), -True, abs(-False), True ** 10)
