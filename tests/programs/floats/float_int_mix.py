# Mixing int and float: exact comparisons with huge ints, conversions, truth, hashing
big = 2 ** 63
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), 10 ** 400 == float("inf"))
print(1 == 1.0000000000000002, 2 ** 53 + 1 < 2.0 ** 53 + 2, int(2.0 ** 53 + 2) == 2 ** 53 + 2)
print(0.5 == 1 / 2, 3 * 0.5 == 1.5, 7 // 2.0, type(7 // 2.0).__name__, type(7 * 1.0).__name__)
print(float.__eq__(1.0, 1), float.__eq__(1.0, "1"), int.__eq__(1, 1.0))
print(hash(2 ** 61 - 1), hash(2.0 ** 61), hash(1.5), hash(-1.5), hash(2 ** 64), hash(float(2 ** 64)))
print(hash(1e300) == hash(int(1e300)), hash(0.1), hash(1 / 3), hash(-0.1))
print({1: "int", 1.0: "float"}, {1.0: "float", 1: "int"}, len({0, 0.0, -0.0, False}))
print(sorted([2, 1.5, 1, 0.5, True, False]), max(2, 2.0), max(2.0, 2))
print(int(-0.5), int(0.99), int(-0.99), int(1e18), int(1.9999999999999999))
print(7 / 2 == 3.5, 7 // 2 == 3, -7 // 2 == -4, int(-7 / 2))
print(round(7 / 3, 4) * 3, 1.1 + 1 - 1.1 == 1)
