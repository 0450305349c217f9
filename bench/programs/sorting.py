"""sorting: hand-written merge sort, quicksort and insertion sort next to the
builtin sorted() with key functions and stable multi-key sorts of records.

Measures: list indexing, slicing, comparisons, recursion, while-loop partitioning,
and calls from the builtin sort into Python key functions.
Size: number of items to sort.
"""
import sys
from _harness import main


def random_ints(count, seed, limit):
    out = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        out.append((seed >> 4) % limit)
    return out


def insertion_sort(items, lo, hi):
    for i in range(lo + 1, hi):
        value = items[i]
        j = i - 1
        while j >= lo and items[j] > value:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = value


def merge_sort(items):
    if len(items) <= 16:
        items = items[:]
        insertion_sort(items, 0, len(items))
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(items):
    # In place, with an explicit stack of ranges and median-of-three pivots.
    stack = [(0, len(items) - 1)]
    while stack:
        lo, hi = stack.pop()
        if hi - lo < 16:
            insertion_sort(items, lo, hi + 1)
            continue
        mid = (lo + hi) // 2
        a, b, c = items[lo], items[mid], items[hi]
        pivot = sorted((a, b, c))[1]
        i, j = lo, hi
        while i <= j:
            while items[i] < pivot:
                i += 1
            while items[j] > pivot:
                j -= 1
            if i <= j:
                items[i], items[j] = items[j], items[i]
                i += 1
                j -= 1
        stack.append((lo, j))
        stack.append((i, hi))


def digest(items):
    h = 0
    for i in range(0, len(items), 7):
        h = (h * 31 + items[i]) % 1000000007
    return h


def bench(n):
    data = random_ints(n, 99, 1000000)
    merged = merge_sort(data)
    quick = data[:]
    quicksort(quick)
    builtin = sorted(data)
    ok = merged == builtin and quick == builtin
    words = ["w%d" % v for v in random_ints(n // 4, 5, 5000)]
    by_key = sorted(words, key=lambda w: (len(w), w[::-1]))
    records = [(v % 10, v % 7, i) for i, v in enumerate(random_ints(n // 4, 11, 100000))]
    records.sort(key=lambda r: r[1])
    records.sort(key=lambda r: r[0], reverse=True)  # stable: ties keep r[1] order
    record_digest = digest([r[2] for r in records])
    return "sorting n=%d agree=%s digest=%d words=%s,%s records=%d" % (
        n, ok, digest(merged), by_key[0], by_key[-1], record_digest)


if __name__ == "__main__":
    main(bench, 250000)
