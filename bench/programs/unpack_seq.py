"""unpack_seq: tuple packing and unpacking - swaps, rotations, starred targets,
nested patterns, multiple return values, loops over pairs and triples.

Measures: BUILD_TUPLE / UNPACK_SEQUENCE / UNPACK_EX and the allocation of small
tuples that an optimizer can remove.
Size: number of rounds.
"""
import sys
from _harness import main


def divmod_pair(a, b):
    return a // b, a % b


def min_max_sum(values):
    lo = hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total


def fib_pair(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def bench(rounds):
    a, b, c, d = 1, 2, 3, 4
    acc = 0
    points = [(i, i * 3 % 17, i * 7 % 23) for i in range(32)]
    pairs = [(i, -i) for i in range(16)]
    for r in range(rounds):
        a, b, c, d = b, c, d, (a + r) % 10007        # rotate four values
        a, b = b, a                                    # swap
        first, *middle, last = (a, b, c, d, r)
        acc += first - last + len(middle) + middle[0]
        head, (x, y), *rest = [r, (c, d), a, b]
        acc += head + x * y + len(rest)
        q, m = divmod_pair(r + 17, 5)
        lo, hi, total = min_max_sum((a, b, c, d))
        acc += q + m + lo + hi + total
        for px, py, pz in points:
            acc += px * py - pz
        for i, (k, v) in enumerate(pairs):
            acc += i * k + v
        u, w = fib_pair(8)
        (p, q), (s, t) = (u, w), (q, m)
        acc = (acc + p * s - q * t) % 1000000007
    return "unpack_seq rounds=%d acc=%d state=%s" % (rounds, acc, (a, b, c, d))


if __name__ == "__main__":
    main(bench, 450000)
