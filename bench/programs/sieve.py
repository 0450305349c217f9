"""sieve: prime sieves and what can be computed from them - a loop-based sieve
of Eratosthenes, a slice-assignment sieve, prime gaps, twin primes, Goldbach
partition counts and Euler's totient by a sieve.

Measures: list element stores in tight loops, slice assignment, list
comprehensions, enumerate/zip over long lists.
Size: the sieve limit.
"""
import sys
from _harness import main


def sieve_loops(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = False
        i += 1
    return is_prime


def sieve_slices(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * ((limit - i * i) // i + 1)
    return is_prime


def totients(limit):
    phi = list(range(limit + 1))
    for i in range(2, limit + 1):
        if phi[i] == i:  # i is prime
            for k in range(i, limit + 1, i):
                phi[k] -= phi[k] // i
    return phi


def bench(limit):
    a = sieve_loops(limit)
    b = sieve_slices(limit)
    if a != b:
        raise AssertionError("sieves disagree")
    primes = [i for i, p in enumerate(a) if p]
    gaps = {}
    for p, q in zip(primes, primes[1:]):
        gaps[q - p] = gaps.get(q - p, 0) + 1
    twins = gaps.get(2, 0)
    widest = max(gaps)
    small = limit // 20
    goldbach = 0
    for even in range(4, small, 2):
        for p in primes:
            if p > even // 2:
                break
            if a[even - p]:
                goldbach += 1
    phi = totients(limit // 4)
    return "sieve limit=%d primes=%d last=%d twins=%d widest_gap=%d goldbach=%d phi_sum=%d" % (
        limit, len(primes), primes[-1], twins, widest, goldbach, sum(phi))


if __name__ == "__main__":
    main(bench, 1000000)
