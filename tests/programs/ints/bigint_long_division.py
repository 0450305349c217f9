# Long ints divided by long ints (quotients of a few bits up to ~2**52, every sign
# combination), gcd of long ints (Lehmer's steps), bit_length around powers of two.
import math
import random

random.seed(5)
bad = 0
digest = 0
for trial in range(600):
    nb = random.choice([10, 100, 3999, 4000, 4001, 4100, 6000, 9000])
    b = random.getrandbits(nb) | (1 << (nb - 1))
    kind = trial % 6
    if kind == 0:
        a = b * random.randrange(0, 20) + random.randrange(0, b)
    elif kind == 1:
        a = b * random.getrandbits(49) + random.randrange(0, b)
    elif kind == 2:
        a = b * random.getrandbits(52) + random.getrandbits(nb)
    elif kind == 3:
        a = b * ((1 << 50) - 1) + b - 1
    elif kind == 4:
        a = b * random.randrange(1, 9)  # exact
    else:
        a = random.getrandbits(nb + random.randrange(0, 120))
    for sa in (1, -1):
        for sb in (1, -1):
            x, y = sa * a, sb * b
            q, r = x // y, x % y
            if divmod(x, y) != (q, r) or q * y + r != x or not (0 <= r * sb < b):
                bad += 1
            digest = (digest * 31 + q + r) % 1000000007
print("division:", bad, "wrong; digest", digest)

gd = 0
for trial in range(200):
    nb = random.choice([60, 200, 1000, 5000])
    g = random.getrandbits(random.randrange(1, nb))
    a = g * random.getrandbits(nb)
    b = g * random.getrandbits(nb // 2 + 1)
    c = math.gcd(a, b)
    assert a % c == 0 and b % c == 0 if c else a == b == 0
    assert math.gcd(a // c, b // c) == 1 if c else True
    gd = (gd * 37 + c) % 1000000007
    if trial % 50 == 0:
        print(nb, c % 10**12, math.gcd(-a, b) == c, math.gcd(a, -b) == c, math.lcm(a, b) % 10**9)
print("gcd digest", gd)
print(math.gcd(2**5000, 2**4000 * 3), math.gcd(10**1000, 10**999 + 1), math.gcd(0, -(10**100)))
fib = [1, 1]
for i in range(3000):
    fib.append(fib[-1] + fib[-2])
print(math.gcd(fib[-1], fib[-2]), math.gcd(fib[-1], fib[-4]), math.gcd(fib[2999], fib[1499]) == fib[2])
print(pow(3, -1, (1 << 4500) + 1) * 3 % ((1 << 4500) + 1))
print([(1 << n).bit_length() for n in (0, 52, 53, 1023, 1024, 1025, 5000)],
      ((1 << 1024) - 1).bit_length(), (-(1 << 70)).bit_length(), ((1 << 5000) - 1).bit_length())
print(((1 << 5000) + 12345) // ((1 << 4990) + 7), ((1 << 5000) + 12345) % ((1 << 4990) + 7) % 1000003)
print(divmod(-(10 ** 1300), 10 ** 1299 + 1)[0], (10 ** 1300) % -(10 ** 1299 + 1) % 1000003)
print(math.isqrt(10 ** 2001) % 10 ** 12, (10**1500 // 7) % 10**9)
