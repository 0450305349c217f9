"""std_heapq (stdlib): graph search with heapq - Dijkstra and A* on a random
weighted grid with walls, plus heapq.merge and nsmallest/nlargest.

Measures: the heapq module (C on CPython) with tuple entries, dict-heavy
bookkeeping of distances and predecessors, path reconstruction.
Size: the grid side length.
"""
import heapq
import sys
from _harness import main


def make_costs(size, seed):
    costs = []
    for _ in range(size * size):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        r = (seed >> 8) % 100
        costs.append(0 if r < 22 else 1 + r % 9)  # 0 marks a wall
    costs[0] = costs[-1] = 1
    return costs


def neighbours(node, size):
    row, col = divmod(node, size)
    if col > 0:
        yield node - 1
    if col + 1 < size:
        yield node + 1
    if row > 0:
        yield node - size
    if row + 1 < size:
        yield node + size


def search(costs, size, source, target, use_heuristic):
    def estimate(node):
        # Manhattan distance times the cheapest step cost: admissible for A*.
        if not use_heuristic:
            return 0
        return abs(node // size - target // size) + abs(node % size - target % size)

    best = {source: 0}
    previous = {}
    heap = [(estimate(source), 0, source)]
    popped = 0
    while heap:
        _, cost, node = heapq.heappop(heap)
        if cost > best[node]:
            continue
        popped += 1
        if node == target:
            break
        for other in neighbours(node, size):
            step = costs[other]
            if step == 0:
                continue
            new_cost = cost + step
            if new_cost < best.get(other, new_cost + 1):
                best[other] = new_cost
                previous[other] = node
                heapq.heappush(heap, (new_cost + estimate(other), new_cost, other))
    path = []
    node = target
    while node in previous:
        path.append(node)
        node = previous[node]
    return best.get(target), len(path), popped


def bench(size):
    costs = make_costs(size, 77)
    target = size * size - 1
    d1, len1, popped1 = search(costs, size, 0, target, False)
    d2, len2, popped2 = search(costs, size, 0, target, True)
    if d1 != d2:
        raise AssertionError("A* and Dijkstra disagree")
    runs = [sorted(costs[i::7]) for i in range(7)]
    merged = list(heapq.merge(*runs))
    small = heapq.nsmallest(5, range(len(costs)), key=lambda i: (costs[i] or 99, -i))
    large = heapq.nlargest(5, costs)
    return "std_heapq size=%d cost=%s path=%d popped=%d,%d merged=%d small=%s large=%s" % (
        size, d1, len1, popped1, popped2, sum(merged[::101]), small, large)


if __name__ == "__main__":
    main(bench, 600)
