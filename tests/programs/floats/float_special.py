# inf and nan arithmetic and comparisons; signed zero; overflow errors
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan < 1, nan > 1, nan != nan, inf == inf, inf > 1e308)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3.0, 1.0, 2.0]))
print(0.0 == -0.0, repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 + -0.0))
print(repr(abs(-0.0)), repr(-(0.0)), repr(round(-0.1)), repr(1 / -inf))
try:
    print(1e308 * 10)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
print(inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, (-1.0) ** inf, 0.5 ** inf, 2.0 ** -inf)
try:
    print(type((-8.0) ** (1.0 / 3)).__name__)
except ValueError as e:
    print(type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)
print(5 % inf, -5.0 % inf)
try:
    inf % 5
except Exception as e:
    print(type(e).__name__, e)
print(divmod(5.0, inf))
print(hash(inf), hash(-inf), hash(0.0) == hash(-0.0))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
print(float(2 ** 53) + 1.0 == float(2 ** 53), 2.0 ** 53 + 2.0)
print(1e308 + 1e308, -1e308 - 1e308)
