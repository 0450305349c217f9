# round() with all numeric types, ndigits negative/positive/None, and objects implementing __round__
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.5000000000000004)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 1.05, 2.675)])
print([round(x, -1) for x in (5, 15, 25, -5, -15, 14.9, 15.0, 25.0)])
print(round(123456789, -4), round(-123456789, -4), round(10 ** 20 + 5 * 10 ** 18, -19), round(2 ** 70, -10))
print(round(1.23456e-5, 7), round(1e300, -299), round(1e-300, 301), round(123.456, -5), round(-0.0, 2))
print(type(round(5)), type(round(5, 2)), type(round(5.5)), type(round(5.5, 0)), type(round(True)), round(True, 2))
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1")
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, *args):
        return ("custom", args)
print(round(R()), round(R(), 3), round(R(), None))
print(round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(2.5e-8, 8), round(1.5e-8, 8))
