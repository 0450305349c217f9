# heapq.py on top of _heapq (the stdlib's pure-Python module, found on the path).
import sys
sys.path.append('/usr/lib/python3.11')
import heapq
print(heapq.heappush.__module__, heapq.heappop.__module__, heapq._heappop_max.__module__, heapq._heapify_max.__module__)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda x: -x))
print(heapq.nlargest(10, range(5)), heapq.nsmallest(1, [4, 2, 6]), heapq.nlargest(1, [4, 2, 6], key=lambda x: x % 4))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'bb'], ['ccc', 'd'], key=len)))
h = []
for w in 'the quick brown fox jumps over the lazy dog'.split():
    heapq.heappush(h, (len(w), w))
print([heapq.heappop(h) for _ in range(len(h))])
h = [3, 1, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
