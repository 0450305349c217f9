"""spectral_norm: the largest singular value of an infinite matrix, by power iteration.

Measures: float division and multiply-accumulate in nested loops over lists,
integer arithmetic for the matrix index formula, function calls in the inner loop.
Size: the matrix dimension n.
"""
import sys
from _harness import main


def entry(i, j):
    # A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1)
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def times_transposed(v, n):
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out.append(acc)
    return out


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def bench(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return "spectral_norm n=%d norm=%.9f" % (n, (vbv / vv) ** 0.5)


if __name__ == "__main__":
    main(bench, 480)
