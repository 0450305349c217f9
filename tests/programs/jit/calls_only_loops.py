# Hot loops whose bodies are nothing but generic operations on values the JIT does not
# specialize (big ints, objects of several classes): they are left to the baseline tier, and
# must still compute the same, also when their values turn small (or big again) later.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def big_gcds(n):
    # Multiples of a big P: every remainder is a multiple of P too, so the values stay big.
    total = 0
    p = 3 ** 80 + 2
    for k in range(n):
        total += gcd(p * (k * 7919 + 1), p * (2 ** 20 + 3 * k)) % 1000003
    return total


def small_gcds(n):
    return sum(gcd(k * 12, 18 + k % 5) for k in range(n))


class A:
    def __add__(self, other):
        return 1


class B:
    def __add__(self, other):
        return 2


def mixed_sum(items):
    acc = 0
    for it in items:
        acc = acc + (it + it)
    return acc


print(big_gcds(3000))
print(small_gcds(3000))
print(big_gcds(500))
print(mixed_sum([A(), B(), 10 ** 30, A(), 2 ** 70] * 600))
