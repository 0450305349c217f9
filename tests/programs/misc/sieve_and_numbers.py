# Number-theory utilities: sieve, factorization, gcd/lcm, digit sums, perfect numbers, big integer results
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factor(360), factor(97), factor(2 ** 20 * 3 ** 5), factor(600851475143))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def lcm(a, b):
    return a * b // gcd(a, b)
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print(gcd(1071, 462), l)
print(sum(int(d) for d in str(2 ** 1000)), sum(int(d) for d in str(__import__("sys").maxsize)))
divsum = [0] * 10001
for d in range(1, 5001):
    for m in range(2 * d, 10001, d):
        divsum[m] += d
print([n for n in range(2, 10001) if divsum[n] == n], [(a, divsum[a]) for a in range(2, 10001) if divsum[a] > a and divsum[a] <= 10000 and divsum[divsum[a]] == a])
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
print(pow(2, 2 ** 10, 10 ** 9 + 7), 3 ** 200 % 1000007, (10 ** 50 + 7) // 13)
