# Bridges from the end of an inner `for` loop (its iterator exhausted) and from the rest of an
# outer loop that go on around the outer loop (a `for` or a `while`) and back into the inner
# loop's trace with a new iterator: the iterator's stack slot becomes a loop-carried value.
# The inner iterables change length, kind and item types; the outer loops break, continue,
# return, raise and end; iterators are looked at again after their loop ended.


def prune(rows, limit):
    # Outer for over pairs, inner for over a list, early return from the outer part.
    kept_total = 0
    for name, row in rows:
        if not row:
            continue
        kept = []
        for v in row:
            if v < limit:
                kept.append(v)
        kept_total += len(kept)
        if kept_total > 10 ** 9:
            return -1
    return kept_total


def grid_sum(h, w):
    # Outer while, inner for over a range.
    total = 0
    y = 0
    while y < h:
        for x in range(w):
            total += x * y
        y += 1
    return total


def ranges(n):
    # Inner ranges with other starts, steps (negative too) and empty ones.
    total = 0
    for i in range(n):
        for j in range(i % 7 - 3, i % 11, (i % 3) - 1 or 2):
            total += j
    return total


def tuples_and_lists(seqs):
    total = 0
    count = 0
    for s in seqs:
        for v in s:
            total += v
            count += 1
    return total, count


def mixed_items(seqs):
    # The inner loop's items change kind between outer iterations.
    out = []
    for s in seqs:
        acc = "" if s and isinstance(s[0], str) else 0
        for v in s:
            acc = acc + v
        out.append(acc)
    return out


def three_levels(n):
    total = 0
    for a in range(n):
        for b in range(a % 5):
            for c in range(b + 1):
                total += a * b + c
    return total


def breaks(rows):
    # The inner loop breaks (not its end) on some rows; the outer one breaks at a marker.
    found = 0
    for row in rows:
        if row == [-1]:
            break
        for v in row:
            if v % 7 == 0:
                found += 1
                break
        else:
            found += 100
    return found


def raises(rows):
    total = 0
    try:
        for row in rows:
            for v in row:
                total += 10 // v
    except ZeroDivisionError:
        return ("zero", total)
    return ("done", total)


def exhausted_stays(n):
    # A list iterator that ended stays ended when its list grows afterwards.
    out = 0
    for i in range(n):
        lst = [i, i + 1]
        it = iter(lst)
        for v in it:
            out += v
        lst.append(5)
        out += len(list(it))
    return out


def generators(n):
    # Inner loops over generators (their own protocol) inside an outer for.
    def gen(k):
        for i in range(k):
            yield i * 2
    total = 0
    for i in range(n):
        for v in gen(i % 6):
            total += v
    return total


def changes_kind(n):
    # The local the inner loop writes becomes a float, then a str, across outer iterations.
    out = []
    for i in range(n):
        x = 0 if i < n // 2 else 0.5
        for j in range(3):
            x = x + j
        if i == n - 1:
            x = str(x)
        out.append(x)
    return out[-3:]


def kind_at_reentry(rows):
    # A local the inner loop reads turns into a float halfway: the loop's entry guards fail when
    # the bridge around the outer loop enters it again.
    total = 0
    scale = 1
    for i, row in enumerate(rows):
        if i == len(rows) // 2:
            scale = 0.5
        for v in row:
            total += v * scale
    return total


def raise_outside(rows, table):
    # A KeyError in the part of the outer loop the bridge runs.
    out = 0
    try:
        for row in rows:
            for v in row:
                out += v
            out += table[len(row)]
    except KeyError as e:
        return ("missing", e.args[0], out)
    return ("done", out)


def main():
    rows = [("r%d" % i, [(i * 7 + j * 3) % 50 for j in range(i % 9)]) for i in range(400)]
    print(prune(rows, 25))
    print(grid_sum(300, 17))
    print(ranges(3000))
    seqs = [tuple(range(i % 5)) if i % 2 else list(range(i % 8)) for i in range(2000)]
    print(tuples_and_lists(seqs))
    mixed = [[1, 2, 3]] * 500 + [[1.5, 2.5]] * 500 + [["a", "b"]] * 3 + [[10 ** 20, 1]] * 200
    r = mixed_items(mixed)
    print(r[0], r[600], r[1000], r[-1], len(r))
    print(three_levels(400))
    brows = [[j * 3 + i for j in range(i % 6)] for i in range(3000)] + [[-1]] + [[7]] * 10
    print(breaks(brows))
    print(raises([[1, 2, 5]] * 3000 + [[3, 0]]))
    print(raises([[1, 2, 5]] * 3000))
    print(exhausted_stays(3000))
    print(generators(3000))
    print(changes_kind(3000))
    short = [[j, j + 1, j + 2] for j in range(3000)]
    print(kind_at_reentry(short))
    print(raise_outside(short + [[1, 2, 3, 4]], {3: 1}))
    print(raise_outside(short, {3: 1}))
    for k in range(3):
        print(k, prune(rows[k * 50:], 10 + k), grid_sum(50 + k, 3 + k))


main()
