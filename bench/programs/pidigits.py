"""pidigits: digits of pi from an unbounded spigot (a running linear
fractional transformation whose integer coefficients grow without limit).

Measures: big-integer multiply, add and floor division; ints far beyond 64 bits.
Size: number of digits.
"""
import sys
from _harness import main


def pi_digits(count):
    # State (q, r, t) represents x -> (q*x + r) / t; each step composes one more
    # term of the series, and a digit is emitted once floor((3q+r)/t) and
    # floor((4q+r)/t) agree, i.e. once further terms cannot change it.
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        k2 = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * k2, t * k2
        if q > r:
            continue
        d3 = (3 * q + r) // t
        d4 = (4 * q + r) // t
        if d3 != d4:
            continue
        digits.append(d3)
        q, r = 10 * q, 10 * (r - d3 * t)
    return digits


def bench(count):
    digits = pi_digits(count)
    text = "".join(str(d) for d in digits)
    return "pidigits n=%d head=%s tail=%s sum=%d" % (count, text[:20], text[-20:], sum(digits))


if __name__ == "__main__":
    main(bench, 7000)
