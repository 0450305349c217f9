# divmod/pow/abs builtins across types, with keyword args and objects defining reflected methods
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(10 ** 30, 7), divmod(True, True))
print(pow(2, 10), pow(2.0, -2), pow(-2, 2), pow(4, 0.5), pow(2, 100, 1000), pow(base=3, exp=3, mod=5))
print(abs(-7), abs(-7.5), abs(3 - 4j), abs(-(10 ** 40)), abs(False))
class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __abs__(self): return "abs!"
print(divmod(D(), 1), divmod(1, D()), abs(D()))
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 1)
except ValueError as e:
    print(type(e).__name__, e)
print(pow(2, -1, 3), pow(-1, -1, 5), pow(0, 0), pow(0.0, 0), pow(1, 10 ** 20))
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
