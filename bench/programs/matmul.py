"""matmul: dense integer matrices modulo a prime - multiplication by explicit
triple loops, transposition, and Gaussian elimination for the determinant.

Measures: indexing into lists of lists, integer multiply-add, modular reduction,
inner loops over rows.
Size: the matrix dimension n.
"""
import sys
from _harness import main

P = 1000003


def random_matrix(n, seed):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            row.append(seed % 1000)
        rows.append(row)
    return rows


def transpose(m):
    n = len(m)
    return [[m[i][j] for i in range(n)] for j in range(n)]


def multiply(a, b):
    n = len(a)
    bt = transpose(b)
    out = []
    for i in range(n):
        row_a = a[i]
        row = []
        for j in range(n):
            col = bt[j]
            acc = 0
            for k in range(n):
                acc += row_a[k] * col[k]
            row.append(acc % P)
        out.append(row)
    return out


def determinant(m):
    # Gaussian elimination over the field Z/P, using Fermat inverses.
    m = [row[:] for row in m]
    n = len(m)
    det = 1
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if m[r][col] % P:
                pivot = r
                break
        if pivot is None:
            return 0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det = det * m[col][col] % P
        inverse = pow(m[col][col], P - 2, P)
        for r in range(col + 1, n):
            factor = m[r][col] * inverse % P
            if factor:
                row_r = m[r]
                row_c = m[col]
                for c in range(col, n):
                    row_r[c] = (row_r[c] - factor * row_c[c]) % P
    return det % P


def bench(n):
    a = random_matrix(n, 1)
    b = random_matrix(n, 2)
    c = multiply(a, b)
    trace = sum(c[i][i] for i in range(n)) % P
    total = sum(sum(row) for row in c) % P
    det_c = determinant(c)
    det_ab = determinant(a) * determinant(b) % P
    return "matmul n=%d trace=%d total=%d det=%d det_check=%s" % (n, trace, total, det_c, det_c == det_ab)


if __name__ == "__main__":
    main(bench, 215)
