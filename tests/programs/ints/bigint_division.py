# Big-integer division and modulo with mixed signs, exactness checks, and huge operands
import sys
a = 3 ** 150
b = 7 ** 40 + 12345
for x in (a, -a):
    for y in (b, -b, 97, -97, 2 ** 64, -(2 ** 64)):
        q, r = divmod(x, y)
        print(q % 1000003, r, q * y + r == x, (r == 0) or ((r > 0) == (y > 0)))
print(a // 10 ** 70, a % 10 ** 70)
print((10 ** 100 + 1) // (10 ** 50 + 1), (10 ** 100) % (10 ** 50 + 1))
print(-(10 ** 40) // 3, -(10 ** 40) % 3, (10 ** 40) // -3)
n = 1
for i in range(1, 60):
    n = n * i // (i % 7 + 1) + i
print(n)
print(2 ** 200 // 2 ** 100 == 2 ** 100, (2 ** 200 - 1) // (2 ** 100 - 1) == 2 ** 100 + 1)
print(int(10 ** 30 / 7), 10 ** 30 // 7)
print(sys.maxsize // -1, -sys.maxsize - 1, (-sys.maxsize - 1) // -1)
