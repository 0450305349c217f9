# Loops the JIT parks because their entries run under one iteration each (the baseline tier runs
# them for a while, then the trace is measured again): a loop left by an exception on almost
# every entry, and a loop that runs one iteration per entry for a long time and then many (it must
# go back to its trace and still compute the same values). The results must not depend on which
# tier ran which iteration.


def drain(rounds):
    items = list(range(5))
    total = 0
    swallowed = 0
    for r in range(rounds):
        it = iter(items[:r % 3])
        while True:
            try:
                total += next(it) * (r % 7)
            except StopIteration:
                swallowed += 1
                break
    return total, swallowed


def escape(points):
    counts = []
    acc = 0.0
    for p in range(points):
        c = 3.0 + (p % 7) / 7.0 if p < 100000 else -0.5 + 0.001 * (p % 50)
        z = 0.0
        n = 0
        while n < 40 and abs(z) <= 2.0:
            z = z * z + c
            n += 1
        counts.append(n)
        acc += z if abs(z) < 1e6 else 1.0
    return sum(counts), max(counts), round(acc, 6)


def flips(rounds):
    perm = [3, 1, 4, 0, 2, 6, 5]
    out = 0
    for r in range(rounds):
        p = perm[:]
        k = p[0] if r % 5 else (r % 3)
        i, j = 0, k
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        out += p[r % 7] * (i + 1)
        perm = perm[1:] + perm[:1]
    return out


print(drain(120000))
print(escape(200000))
print(flips(150000))
