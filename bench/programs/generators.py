"""generators: generator functions, generator expressions and lazy iterator
pipelines, `yield from` over a recursive tree, and a coroutine driven by send().

Measures: generator creation, suspension and resumption, the iterator
protocol in for-loops and builtins (sum, zip, enumerate, any, all).
Size: number of items pushed through the pipelines.
"""
import sys
from _harness import main


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def select(predicate, items):
    for item in items:
        if predicate(item):
            yield item


def transform(function, items):
    for item in items:
        yield function(item)


def windows(items, width):
    # Sliding windows as tuples: (a, b, c), (b, c, d), ...
    window = []
    for item in items:
        window.append(item)
        if len(window) > width:
            del window[0]
        if len(window) == width:
            yield tuple(window)


def take(count, items):
    for item in items:
        if count <= 0:
            return
        count -= 1
        yield item


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def build_tree(depth, start):
    if depth == 0:
        return start
    return [build_tree(depth - 1, start * 3 + i) for i in range(3)]


def leaves(node):
    if isinstance(node, list):
        for child in node:
            yield from leaves(child)
    else:
        yield node


def running_stats():
    # Coroutine: send numbers, receive (count, total, maximum) after each.
    count = total = 0
    maximum = None
    while True:
        value = yield (count, total, maximum)
        count += 1
        total += value
        if maximum is None or value > maximum:
            maximum = value


def bench(n):
    pipeline = transform(lambda x: x * x % 1009,
                         select(lambda x: x % 3 != 0, naturals(n)))
    window_sum = 0
    for a, b, c in windows(pipeline, 3):
        window_sum += a - 2 * b + c
    chunk_sum = sum(max(chunk) - min(chunk) for chunk in chunks(naturals(n // 2), 7))
    evens = sum(x for x in range(n) if x & 1 == 0)
    pairs = sum(i * v for i, v in enumerate(take(n // 4, transform(lambda x: x % 17, naturals(n)))))
    zipped = sum(a ^ b for a, b in zip(naturals(n // 4), (x * 7 for x in naturals(n // 4))))
    tree_total = 0
    depth = 7
    for start in range(max(1, n // 20000)):
        tree_total += sum(leaves(build_tree(depth, start)))
    stats = running_stats()
    next(stats)
    result = None
    for v in take(n // 4, transform(lambda x: (x * 7919) % 10007, naturals(n))):
        result = stats.send(v)
    flags = (any(x > n for x in naturals(n // 8)), all(x >= 0 for x in naturals(n // 8)))
    return "generators n=%d windows=%d chunks=%d evens=%d pairs=%d zipped=%d tree=%d stats=%s flags=%s" % (
        n, window_sum, chunk_sum, evens, pairs, zipped, tree_total, result, flags)


if __name__ == "__main__":
    main(bench, 2200000)
