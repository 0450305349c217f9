"""rationals: an exact fraction class with operator overloading, used for
harmonic numbers, Bernoulli numbers and continued-fraction convergents.

Measures: dunder-method dispatch (__add__, __mul__, __truediv__, __eq__, __lt__,
__hash__), a pure-Python gcd loop, growing integers, instance creation.
Size: number of rounds.
"""
import sys
from _harness import main


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = gcd(abs(num), den)
        if g > 1:
            num //= g
            den //= g
        self.num = num
        self.den = den

    def __add__(self, other):
        if isinstance(other, int):
            other = Rational(other)
        return Rational(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, int):
            other = Rational(other)
        return Rational(self.num * other.den - other.num * self.den, self.den * other.den)

    def __mul__(self, other):
        if isinstance(other, int):
            return Rational(self.num * other, self.den)
        return Rational(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, int):
            return Rational(self.num, self.den * other)
        return Rational(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __eq__(self, other):
        if isinstance(other, int):
            return self.den == 1 and self.num == other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return "%d/%d" % (self.num, self.den)


def harmonic(n):
    total = Rational(0)
    for k in range(1, n + 1):
        total = total + Rational(1, k)
    return total


def bernoulli(n):
    # Akiyama-Tanigawa: B_n (with B_1 = +1/2) from a triangle of differences.
    row = [Rational(0)] * (n + 1)
    for m in range(n + 1):
        row[m] = Rational(1, m + 1)
        for j in range(m, 0, -1):
            row[j - 1] = (row[j - 1] - row[j]) * j
    return row[0]


def sqrt2_convergents(count):
    # x_{k+1} = 1 + 1/(1 + x_k)
    x = Rational(1)
    out = []
    for _ in range(count):
        x = 1 + Rational(1) / (1 + x)
        out.append(x)
    return out


def bench(rounds):
    # Fixed-size series per round, so time grows linearly with the size.
    digest = 0
    ordered = True
    closest = None
    for r in range(rounds):
        h = harmonic(100 + r % 50)
        b = bernoulli(20 + 2 * (r % 8))
        conv = sqrt2_convergents(30)
        # Even-indexed convergents approach sqrt(2) from above, so they decrease.
        ordered = ordered and all(conv[i] < conv[i - 2] for i in range(2, len(conv), 2))
        closest = conv.index(min(conv, key=lambda x: abs(x * x - 2)))
        distinct = len(set(conv + [h, b]))
        digest = (digest * 31 + h.den % 1000003 + b.num % 1000003 + distinct) % 1000000007
    return "rationals rounds=%d digest=%d ordered=%s closest=%d last_bernoulli=%r" % (
        rounds, digest, ordered, closest, b)


if __name__ == "__main__":
    main(bench, 1500)
