# float methods: hex, fromhex, as_integer_ratio, is_integer, conjugate, real/imag
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 1 / 3, 3.0, 2.0 ** 60]:
    print(repr(v), v.hex(), v.as_integer_ratio(), v.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"))
print(float.fromhex("  0X1.4P+3  "), float.fromhex("1"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex("-nan"))
print(float.fromhex("0x1p-1075"), float.fromhex("0x3p-1076"), float.fromhex("0x10"))
for s in ["0x1p2000", "zz", "0x1.g"]:
    try:
        float.fromhex(s)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("inf").hex(), float("nan").hex(), float("-inf").is_integer())
print((2.5).conjugate(), (2.5).real, (2.5).imag, (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print((1.5).__round__(), (2.5).__round__(), (2.55).__round__(1), (7.0).__int__(), (7.9).__int__())
print(float.__getformat__("double"))
print((0.1).__repr__(), (0.1).__str__(), (3.0).__hash__(), (-1.0).__hash__(), (0.5).__hash__())
print(float.__name__, float(), float(5), float("  -12.5e-1\n"), float("1_000.5"), float(True))
print(float("1E400"), float("-1e400"), float("1e-400"), float("-1e-400"))
