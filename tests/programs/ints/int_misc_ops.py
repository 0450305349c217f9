# Misc int operations: sum, max/min, abs, divmod on bools, round, and errors
print(sum(range(101)), sum([10 ** 20] * 3), sum([], 5), sum(range(10), start=100))
print(max([3, 9, 2]), min(3, 9, 2), max([], default=None), min("bca"))
print(divmod(True, 2), divmod(-9, 4), divmod(9, -4))
print(round(123.456, -1), round(7), round(7, 2), round(-0.5), round(-1.5))
print(abs(0), abs(-0), (0).__neg__(), 3 .__pos__())
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 - None
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    2 ** "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1
    x += "s"
except TypeError as e:
    print(type(e).__name__, e)
print(int.__doc__ is not None, (5).__bool__(), (0).__bool__())
