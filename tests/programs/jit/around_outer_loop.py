# Bridges that leave an inner while loop and go on around the outer loop, back into the inner
# loop's trace from before its header: the whole nest runs in one compiled loop. The outer loop
# ends, breaks, skips the inner loop, changes the kinds of locals and raises in the part that
# goes around.
def flips(perm):
    # Reverse a prefix (as long as the front item says) until 0 is at the front; count them.
    count = 0
    front = perm[0]
    while front != 0:
        lo = 0
        hi = front
        while lo < hi:
            tmp = perm[lo]
            perm[lo] = perm[hi]
            perm[hi] = tmp
            lo += 1
            hi -= 1
        count += 1
        front = perm[0]
    return count


def digits_sum(limit):
    total = 0
    k = 1
    while k < limit:
        v = k
        while v:
            total += v % 10
            v //= 10
        k += 1
    return total


def skip_some(n):
    # The inner loop is skipped when i is even (its top test fails): exits before the header.
    out = 0
    i = 0
    while i < n:
        j = i % 2
        while j < 3 and j > 0:
            out += j * i
            j += 1
        i += 1
    return out


def kinds(n):
    # The accumulator turns into a float halfway, and the inner bound into a big int at the end.
    acc = 0
    i = 0
    while i < n:
        j = 0
        while j < 3:
            acc += j
            j += 1
        if i == n // 2:
            acc = acc + 0.5
        i += 1
    big = 2 ** 70
    while big > 2 ** 60:
        m = 0
        while m < 2:
            m += 1
        big //= 3
    return acc, big


def breaks(n):
    found = []
    i = 0
    while True:
        j = 0
        while j < i % 4:
            j += 1
        if i * j > n:
            break
        found.append(j)
        i += 1
    return len(found), sum(found)


def raises(n):
    i = 0
    seen = 0
    try:
        while i < n:
            j = 0
            while j < 2:
                j += 1
                seen += 1
            if i == n - 3:
                raise ValueError(i)
            i += 1
    except ValueError as e:
        return "raised", e.args[0], seen
    return seen


def three_deep(n):
    t = 0
    a = 0
    while a < n:
        b = 0
        while b < 3:
            c = 0
            while c < 2:
                t += a * b + c
                c += 1
            b += 1
        a += 1
    return t


def outer_for(n):
    # The outer loop is a for loop: its iterator is on the stack (no bridge around it).
    t = 0
    for x in range(n):
        y = x % 5
        while y:
            t += y
            y -= 1
    return t


import itertools
total = 0
for p in itertools.permutations(range(7)):
    total += flips(list(p))
print(total)
print(digits_sum(30000))
print(skip_some(5000))
print(kinds(3000))
print(breaks(5000))
print(raises(2000))
print(three_deep(2000))
print(outer_for(20000))
for size in (5, 50, 500, 5000):
    print(size, digits_sum(size), skip_some(size), breaks(size), three_deep(size))
