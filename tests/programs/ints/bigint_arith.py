# Arbitrary-precision integer arithmetic
a = 2 ** 100
b = 3 ** 60
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(a ** 3)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 53 + 1, 2 ** 53 - 1)
x = 9007199254740991
print(x + 1, x + 2, x * x, -x - 2)
print((2 ** 53 + 1) - 1, type(2 ** 53 + 1 - 2 ** 53))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(fact // (2 ** 20), fact % 1000003)
print(10 ** 40 // 7, 10 ** 40 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(abs(-(10 ** 25)), -(-(10 ** 25)))
print(1 << 200 >> 199, (1 << 70) | 1, (1 << 70) & ((1 << 70) - 1), (1 << 70) ^ (1 << 69))
print(~(2 ** 70), -(2 ** 70) >> 3, -(2 ** 70) & 0xFF)
print(2 ** 64 == 18446744073709551616, 2 ** 64 > 2 ** 63, -(2 ** 64) < 0)
print(12345678901234567890 * 98765432109876543210)
print(int("9" * 50) + 1)
print((10 ** 20) / 3, (10 ** 400) // (10 ** 399))
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2 ** 1023) * 1, 2 ** 1024 > 1e308)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 < 2 ** 1024, 2 ** 1024 == float('inf'), 2**53 + 1 == 2.0**53)
