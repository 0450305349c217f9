"""mandelbrot: escape-time iteration of z = z*z + c over a grid of complex numbers.

Measures: complex-number arithmetic (boxed complex objects on CPython), float
comparisons, tight nested while/for loops.
Size: grid width and height in points.
"""
import sys
from _harness import main

MAX_ITER = 64


def escape_count(c):
    # Number of iterations before |z| > 2, or MAX_ITER if the point stays bounded.
    # |z|^2 is compared against 4 instead of calling abs() so that no sqrt/hypot
    # rounding can differ between implementations.
    z = 0j
    n = 0
    while n < MAX_ITER:
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return n
        n += 1
    return n


def bench(size):
    inside = 0
    total = 0
    digest = 0
    for row in range(size):
        ci = 2.4 * row / size - 1.2
        row_inside = 0
        for col in range(size):
            n = escape_count(complex(3.0 * col / size - 2.1, ci))
            total += n
            if n == MAX_ITER:
                row_inside += 1
        inside += row_inside
        digest = (digest * 131 + row_inside) % 1000000007
    return "mandelbrot size=%d inside=%d iterations=%d digest=%d" % (size, inside, total, digest)


if __name__ == "__main__":
    main(bench, 640)
