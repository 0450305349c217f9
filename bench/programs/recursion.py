"""recursion: deep and wide recursive calls - Fibonacci, Takeuchi, Ackermann,
Towers of Hanoi and a recursive tree build and fold.

Measures: Python-to-Python call overhead, argument passing, return values,
small-int arithmetic and comparisons.
Size: number of rounds; each round does the same mix of recursive calls.
"""
import sys
from _harness import main


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ackermann(m, n):
    # Recursion depth is about ackermann(m, n) itself, so keep m <= 2 and n small.
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return 0
    count = hanoi(n - 1, source, spare, target, moves)
    moves[source * 3 + target] += 1
    return count + 1 + hanoi(n - 1, spare, target, source, moves)


def build(depth, label):
    if depth == 0:
        return label
    return (build(depth - 1, label * 2), build(depth - 1, label * 2 + 1))


def fold(tree):
    if type(tree) is int:
        return tree % 7
    left, right = tree
    return fold(left) * 3 + fold(right) & 0xffffff


def bench(rounds):
    # Each round does a fixed amount of every kind of recursion, so time grows
    # linearly with the size.
    f = t = a = h = tree = 0
    moves = [0] * 9
    for r in range(rounds):
        f += fib(20 + r % 3)
        t += tak(18, 12, 6 - r % 2)
        a += ackermann(2, 60 + r % 40)
        h += hanoi(10 + r % 3, r % 3, (r + 1) % 3, (r + 2) % 3, moves)
        tree = (tree * 7 + fold(build(9 + r % 2, r))) % 1000000007
    return "recursion rounds=%d fib=%d tak=%d ackermann=%d hanoi=%d moves=%s tree=%d" % (
        rounds, f, t, a, h, moves, tree)


if __name__ == "__main__":
    main(bench, 150)
