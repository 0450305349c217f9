"""std_collections (stdlib): deque as a queue and a sliding window, Counter,
defaultdict grouping, namedtuple records and OrderedDict as an LRU cache.

Measures: the collections module (C deque/defaultdict on CPython), namedtuple
attribute access, dict subclass behaviour, move_to_end/popitem.
Size: number of operations.
"""
import sys
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from _harness import main

Order = namedtuple("Order", "id customer item quantity price")


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        return value


def bench(n):
    seed = 5
    orders = []
    for i in range(n // 4):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        orders.append(Order(i, "c%d" % (seed % 97), "item%d" % ((seed >> 8) % 31),
                            1 + seed % 5, (seed >> 4) % 1000 / 10.0))
    by_customer = defaultdict(list)
    for order in orders:
        by_customer[order.customer].append(order)
    spend = {c: round(sum(o.quantity * o.price for o in os), 2) for c, os in by_customer.items()}
    items = Counter(o.item for o in orders)
    items.update(o.item for o in orders if o.quantity > 3)
    top = items.most_common(3)
    window = deque(maxlen=16)
    moving = 0
    queue = deque()
    processed = 0
    for i in range(n):
        window.append(i % 101)
        moving += sum(window) if i % 64 == 0 else window[0]
        queue.append(i)
        if i % 3 == 0:
            processed += queue.popleft()
        if i % 7 == 0:
            queue.rotate(1)
    cache = LRU(64)
    cached = sum(cache.get(i * i % 150, lambda k: k * 3) for i in range(n // 2))
    best = max(spend.items(), key=lambda kv: (kv[1], kv[0]))
    replaced = orders[0]._replace(quantity=99)
    return "std_collections n=%d customers=%d best=%s top=%s moving=%d processed=%d left=%d cached=%d hits=%d replaced=%s" % (
        n, len(by_customer), best, top, moving, processed, len(queue), cached, cache.hits, tuple(replaced))


if __name__ == "__main__":
    main(bench, 1800000)
