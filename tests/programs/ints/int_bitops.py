# Bitwise operations on negative and large ints
vals = [0, 1, -1, 5, -5, 2 ** 65, -(2 ** 65) + 3]
for a in vals:
    for b in (3, -3, 2 ** 64 + 1):
        print(a & b, a | b, a ^ b, end=" / ")
    print()
for a in (1, -1, 5, -5, 2 ** 70, -(2 ** 70)):
    print(a << 3, a >> 3, a >> 100, a << 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 << 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(~0, ~255, ~(2 ** 64), ~-(2 ** 64))
print((-1) & 0xFFFFFFFF, (-1) & ((1 << 100) - 1) == (1 << 100) - 1)
print(0x0F0F ^ 0xFFFF, 0b1010 | 0b0101, 0b1100 & 0b0110)
x = 1
for _ in range(80):
    x = (x << 1) ^ (x >> 3)
print(x)
