# hash() of floats matches CPython: integral floats hash like ints, fractions via modular arithmetic, inf constant
vals = [0.0, -0.0, 0.5, -0.5, 0.25, 1.5, 2.0, 1e10, 1e20, 1e300, 1e-300, 3.141592653589793, 2.718281828459045, 0.1, 0.2, 0.3, 1 / 3, 123.456, -7.25, 2.0 ** 61, 2.0 ** 62, 2.0 ** -10, float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0 ** 80) == hash(2 ** 80), hash(-3.0) == hash(-3))
