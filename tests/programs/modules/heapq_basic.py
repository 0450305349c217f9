import _heapq
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max

# Basic behaviour
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 100), data)
print(heappushpop([], 3))

# Max-heap helpers
m = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
_heapify_max(m)
print(m)
print(_heappop_max(m), m)
print(_heapreplace_max(m, 0), m)
print([_heappop_max(m) for _ in range(len(m))])
print(_heappop_max([7]))

# A list subclass is accepted
class L(list):
    pass
l = L([3, 2, 1])
heapify(l)
print(type(l).__name__, l)

# Comparison order: a printing __lt__
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'K(%d)' % self.v

def run(name, f):
    log.clear()
    r = f()
    print(name, r, log)

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    run('push %d' % v, lambda: heappush(h, K(v)))
run('pop', lambda: heappop(h))
run('replace', lambda: heapreplace(h, K(4)))
run('pushpop small', lambda: heappushpop(h, K(0)))
run('pushpop big', lambda: heappushpop(h, K(10)))
h2 = [K(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 12]]
run('heapify', lambda: heapify(h2))
run('heapify_max', lambda: _heapify_max(h2))
run('pop_max', lambda: _heappop_max(h2))
run('replace_max', lambda: _heapreplace_max(h2, K(3)))
print(h2)

# The cache-friendly heapify of big lists compares in its own order
count = 0
class C:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        global count
        count += 1
        return self.v < other.v
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % 100000
for n in (2500, 2501, 3000, 5000):
    vals = [rand() for _ in range(n)]
    big = [C(v) for v in vals]
    count = 0
    heapify(big)
    print(n, count, [c.v for c in big[:8]], [c.v for c in big[-5:]])
    big = [C(v) for v in vals]
    count = 0
    _heapify_max(big)
    print(n, 'max', count, [c.v for c in big[:8]])
    out = []
    while big:
        out.append(_heappop_max(big).v)
    print(out == sorted(vals, reverse=True))

# Errors
def err(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: heappush([]))
err(lambda: heappush([], 1, 2))
err(lambda: heappush((), 1))
err(lambda: heappush(heap=[], item=1))
err(lambda: heappop([]))
err(lambda: heappop(()))
err(lambda: heappop())
err(lambda: heappop([], []))
err(lambda: heapify(1))
err(lambda: heapify(h=[]))
err(lambda: heapreplace([], 1))
err(lambda: heapreplace({}, 1))
err(lambda: heappushpop((), 1))
err(lambda: _heappop_max([]))
err(lambda: _heappop_max('abc'))
err(lambda: _heapreplace_max([], 1))
err(lambda: _heapreplace_max(None, 1))
err(lambda: _heapify_max(None))
err(lambda: heappush([1, 'a'], 2))
err(lambda: heapify([1, 'a', 2, None]))
err(lambda: heappush([object()], object()))

# Mutating the heap inside a comparison
class Evil:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
h = [1, 2, 3]
err(lambda: heappush(h, Evil(h)))
h = [Evil(None), Evil(None), Evil(None)]
for e in h:
    e.heap = h
err(lambda: heappop(h))
h = [Evil(None), 1, 2, 3]
h[0].heap = h
err(lambda: heapify(h))
class Grow:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.append(0)
        return False
h = [0, 0]
err(lambda: heappush(h, Grow(h)))

print(sorted(n for n in dir(_heapq) if not n.startswith('__')))
print(_heapq.__name__, heappush.__name__, heappush.__module__, type(heappush).__name__)
print(_heapq.__doc__.splitlines()[0])
