# pow with modulus, negative exponents, edge cases
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0.5))
print(pow(3, 4, 5), pow(3, 200, 1000007), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 10 ** 20, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97), pow(-3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(5, 0, 1), pow(0, 0, 7), pow(7, 1, 1))
print(pow(base=2, exp=5), pow(2, exp=5, mod=7))
print(type((-2) ** 0.5).__name__)
print(0 ** 0, 0.0 ** 0.0, (-1) ** 0.5 == 1j)
print(pow(-1, 10 ** 18), pow(-1, 10 ** 18 + 1))
print(10 ** -3, 2 ** -1074, 2 ** -1075)
print(pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(2, 100, 3 ** 50))
print(type(pow(2, -1)), type(pow(2, 2)))
try:
    print(pow(0, -1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(True, 2), pow(2, True, 3))
