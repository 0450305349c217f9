# Float repr: shortest round-trip, exponent switch points, signed zero, inf/nan
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10.0, 100.0, 1e15, 1e16, 1e17,
        123456789012345678.0, 1e-4, 1e-5, 0.0001234, 0.00001234, 1.5e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 9007199254740993.0, 0.30000000000000004, 1e22, 1e23, 3.0e-7, 12345.678]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(repr(float("infinity")), repr(float("-Infinity")), repr(float(" nan ")), repr(float("+inF")))
print(1e16 - 1, 2.0 ** 60, 2.0 ** -20, 1 / 7)
print(4.35, 4.35 * 100, 0.1 * 3, 1.1 * 1.1, 3.3 / 1.1)
print(float(10 ** 16), float(10 ** 15 + 1), 1e16 + 1.0)
print([0.5, 0.25, 0.125, 1 / 1024])
print(str(1e-7), str(123e-9), str(1.0e+16), str(9.999999999999999e15))
print(-1e-310, 1e-320, 2.5e-323)
print(1.0 == 1, 0.1 + 0.7, 0.7 + 0.1, 0.8 - 0.1)
