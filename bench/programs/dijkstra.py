"""dijkstra: shortest paths on a weighted grid graph with a hand-written binary
heap, plus a breadth-first search and connected components on the same graph.

Measures: list-based heap sift loops, dict and list lookups of adjacency,
tuple comparisons, a pseudo-random generator in pure Python.
Size: the grid is size x size nodes.
"""
import sys
from _harness import main


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) >> 1
        if heap[parent] <= item:
            break
        heap[i] = heap[parent]
        i = parent
    heap[i] = item


def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if last <= heap[child]:
            break
        heap[i] = heap[child]
        i = child
    heap[i] = last
    return top


def make_grid(size, seed):
    # Each node links to its right and lower neighbour with a random weight; some
    # links are missing so that the graph has walls and more than one component.
    adjacency = {node: [] for node in range(size * size)}
    for row in range(size):
        for col in range(size):
            node = row * size + col
            for other, ok in ((node + 1, col + 1 < size), (node + size, row + 1 < size)):
                seed = (seed * 1103515245 + 12345) & 0x7fffffff
                if ok and seed % 10 >= 4:
                    weight = 1 + (seed >> 8) % 20
                    adjacency[node].append((other, weight))
                    adjacency[other].append((node, weight))
    return adjacency


def shortest_paths(adjacency, source):
    distance = {source: 0}
    heap = [(0, source)]
    done = set()
    while heap:
        d, node = heap_pop(heap)
        if node in done:
            continue
        done.add(node)
        for other, weight in adjacency[node]:
            nd = d + weight
            if nd < distance.get(other, nd + 1):
                distance[other] = nd
                heap_push(heap, (nd, other))
    return distance


def hops(adjacency, source):
    depth = {source: 0}
    frontier = [source]
    head = 0
    while head < len(frontier):
        node = frontier[head]
        head += 1
        for other, _ in adjacency[node]:
            if other not in depth:
                depth[other] = depth[node] + 1
                frontier.append(other)
    return depth


def components(adjacency):
    seen = [False] * len(adjacency)
    sizes = []
    for start in range(len(adjacency)):
        if seen[start]:
            continue
        seen[start] = True
        stack = [start]
        count = 0
        while stack:
            node = stack.pop()
            count += 1
            for other, _ in adjacency[node]:
                if not seen[other]:
                    seen[other] = True
                    stack.append(other)
        sizes.append(count)
    return sizes


def bench(size):
    adjacency = make_grid(size, 42)
    distance = shortest_paths(adjacency, 0)
    depth = hops(adjacency, 0)
    sizes = components(adjacency)
    far = size * size - 1
    return "dijkstra size=%d reached=%d total=%d far=%s max=%d hops=%d components=%d largest=%d" % (
        size, len(distance), sum(distance.values()), distance.get(far), max(distance.values()),
        max(depth.values()), len(sizes), max(sizes))


if __name__ == "__main__":
    main(bench, 800)
