# int() from strings with bases, prefixes, underscores, whitespace; errors
print(int("42"), int("-42"), int("  +7  "), int("\t\n12\n"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("zz", 36), int("10", 2), int("777", 8))
print(int("1_000", 0), int("1_000"), int("0x_ff", 16), int("0_0", 0))
print(int("١٢٣"), int("１２３"))
print(int(3.9), int(-3.9), int(True), int(1e20), int("00012"))
print(int("123456789012345678901234567890"))
print(int(b"42"), int(bytearray(b"-17")), int(b"ff", 16))
for args in [("",), ("abc",), ("12", 2), ("0x10",), ("1__0",), ("_1",), ("1_",), ("0b2", 0), ("010", 0), ("9", 8), (" ",), ("1 2",), ("+-1",)]:
    try:
        print(int(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("1", 1), ("1", 37), ("1", -1)]:
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], 1j]:
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int("0", 0), int("00", 0), int("-0x10", 0), int("  0B11  ", 0))
print(int("5", base=10), int("z", base=36))
