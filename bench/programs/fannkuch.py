"""fannkuch: pancake flips over every permutation of 0..n-1.

Measures: list indexing and swaps, slice assignment, integer counters;
the permutations are generated in place in a fixed order, so the signed
checksum is the same on every implementation.
Size: how many permutations of 0..9 to visit (at most 10! = 3628800); the
ordering is fixed, so any prefix of it gives a well-defined checksum.
"""
import sys
from _harness import main


def count_flips(perm):
    # Reverse the first perm[0]+1 items until 0 is at the front. The reversal is
    # an explicit swap loop (not a slice) so that the interpreter, not a C
    # helper, does the work.
    flips = 0
    first = perm[0]
    while first:
        i = 0
        j = first
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        flips += 1
        first = perm[0]
    return flips


N = 10


def summary(n, visited, checksum, max_flips):
    return "fannkuch n=%d permutations=%d checksum=%d max_flips=%d" % (n, visited, checksum, max_flips)


def bench(limit):
    n = N
    visited = 0
    order = list(range(n))
    counters = [0] * n
    checksum = 0
    max_flips = 0
    sign = 1
    level = n
    while True:
        # Reset the counters of the lower levels of the permutation "odometer".
        while level > 1:
            counters[level - 1] = level
            level -= 1
        if order[0]:
            flips = count_flips(order[:])
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        visited += 1
        if visited == limit:
            return summary(n, visited, checksum, max_flips)
        # Advance to the next permutation: rotate the first level+1 items left
        # until a level's counter has not run out.
        while True:
            if level == n:
                return summary(n, visited, checksum, max_flips)  # all n! visited
            head = order[0]
            order[:level] = order[1:level + 1]
            order[level] = head
            counters[level] -= 1
            if counters[level] > 0:
                break
            level += 1


if __name__ == "__main__":
    main(bench, 1000000)
