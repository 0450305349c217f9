# round() for floats: half-even, ndigits, negative ndigits, exactness with binary values
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1.23456789, 5), round(0.1 + 0.2, 15), round(1e300, 2), round(1e-300, 2))
print(round(123.456, 10), round(5e-324, 400))
print(round(-0.0), round(-0.4), repr(round(-0.4, 0)), repr(round(0.0, 3)))
print(type(round(1.5)), type(round(1.5, None)), type(round(1.5, 1)))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(round(2 ** 70 + 0.0), round(1e20, -20), round(5e19, -20), round(1.5e20, -20))
print(round(0.5 + 1e-16), round(4.5), round(5.5), round(6.5))
print([round(x / 10, 1) for x in range(0, 10)])
print([round(x + 0.5) for x in range(-3, 4)])
print(round(3.14159, 3), round(-3.14159, 3), round(314.159, -1), round(314.159, -3))
print(round(7.0, -1), round(85.0, -1), round(95.0, -1))
