# Membership tests across container types and with custom equality
print(1 in [1, 2], 1.0 in [1], True in [1], "a" in "cat", "" in "x", "at" in ["cat"])
print(1 in (1,), 2 in {1: 2}, 2 in {1: 2}.values(), (1, 2) in {1: 2}.items(), 3 in {3}, 3 in frozenset([3]))
print(5 in range(10), 5.0 in range(10), 5.5 in range(10), -1 in range(-5, 0), 10 ** 20 in range(10 ** 21))
print(b"b" in b"abc", 98 in b"abc", b"" in b"", bytearray(b"x") in b"xy")
print(None in [None], float("nan") in [float("nan")], [] in [[]], {} in [{}])
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 1 in [Eq()], Eq() in (), Eq() in {1: 1}.values())
try:
    [] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
print(not 1 in [2], not (1 in [2]), 1 not in [2])
