# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate, attributes
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (2 ** 70).to_bytes(10, "big"))
print((1).to_bytes(), (65).to_bytes(length=1, byteorder="little"))
for args in [(256, 1, "big"), (-1, 1, "big"), (128, 1, "big", True)]:
    try:
        n, length, order, *s = args
        n.to_bytes(length, order, signed=bool(s))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x01"))
print(int.from_bytes(bytes(range(1, 20)), "little"))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((7).__index__(), (7).__int__(), (7).__float__(), (7).__abs__(), (-7).__abs__())
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, -1))
print((255).__format__("x"), (7).__sizeof__() > 0, int.__name__)
print(int.__add__(3, 4), int.__sub__(3, 4), (3).__rsub__(10), (3).__add__(1.5))
print((3).__eq__(3.0), (3).__lt__("a"))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length())
