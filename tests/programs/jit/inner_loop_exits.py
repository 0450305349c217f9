# Outer loops around inner loops whose traces leave them in different places: a `break` (the
# inner trace's side exit lands inside the inner loop's body, and the outer recording goes on
# from there), inner loops with varying trip counts that the outer trace first unrolled (once
# the inner loop has a trace of its own the outer loop is recorded again to run it), and calls
# of functions that have loops of their own.


def odometer(n, limit):
    # fannkuch's permutation counter: an inner `while True` left by `break`.
    counters = [0] * n
    order = list(range(n))
    level = n
    visited = 0
    checksum = 0
    while True:
        while level > 1:
            counters[level - 1] = level
            level -= 1
        checksum = (checksum * 31 + order[0] * 7 + order[-1]) % 1000003
        visited += 1
        if visited == limit:
            return visited, checksum, order
        while True:
            if level == n:
                return visited, checksum, order
            order.insert(level, order.pop(0))
            left = counters[level] - 1
            counters[level] = left
            if left:
                break
            level += 1


def flips(perm):
    count = 0
    while perm[0]:
        lo, hi = 0, perm[0]
        while lo < hi:            # 1..perm[0] iterations: trip counts vary from call to call
            t = perm[lo]
            perm[lo] = perm[hi]
            perm[hi] = t
            lo, hi = lo + 1, hi - 1
        count += 1
    return count


def all_flips(n):
    total = 0
    most = 0
    perm = list(range(n))
    for k in range(6000):
        # A cheap pseudo-random permutation of 0..n-1.
        seed = k * 7919 + 13
        for i in range(n - 1, 0, -1):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            j = seed % (i + 1)
            perm[i], perm[j] = perm[j], perm[i]
        f = flips(perm[:])
        total += f
        if f > most:
            most = f
    return total, most


def search(rows, targets):
    # The inner loop ends by `break` on some rows, by running out on others, and the outer
    # loop goes on differently after each.
    found = []
    missing = 0
    for t in targets:
        for r, row in enumerate(rows):
            if t in row:
                found.append((t, r))
                break
            if r > 40 and t < 0:
                missing += 100
                break
        else:
            missing += 1
    return len(found), missing, found[:5], found[-5:]


def mixed_break(n):
    out = 0
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j * j > i:
                break
            if j == 50:
                out += 1000        # a second way out, taken late
                break
        out += j
    return out


def runs(lengths):
    total = 0
    for n in lengths:
        i = 0
        while i < n:          # one iteration takes no back edge: the outer loop gets hot first
            total += i * n
            i += 1
    return total


print(runs([1] * 5000))
print(runs([1 + (k * 7) % 5 for k in range(20000)]))
print(odometer(8, 30000))
print(all_flips(9))
rows = [list(range(k * 10, k * 10 + 10)) for k in range(60)]
targets = [((i * 37) % 700) - 50 for i in range(4000)]
print(search(rows, targets))
print(mixed_break(20000))
