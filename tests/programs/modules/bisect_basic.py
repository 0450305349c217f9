import _bisect
from _bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 20]:
    print(x, bisect_left(a, x), bisect_right(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 8, hi=5), bisect_right(a, 8, lo=7))
print(bisect_left(a, 2, 5, 3), bisect_right(a, 2, 0, None), bisect_left(a, 5, 0, -1), bisect_left(a, 5, 0, -5))
print(bisect_left([], 1), bisect_right([], 1))
print(bisect_right(a, 2, True), bisect_left(a, 2, False, True))

# key applies to the items, not to x
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
def itemgetter(i):
    return lambda r: r[i]
print(bisect_left(recs, 3, key=itemgetter(1)), bisect_right(recs, 3, key=itemgetter(1)))
print(bisect_right(recs, 3, 0, 2, key=itemgetter(1)), bisect_left(recs, 100, key=lambda r: r[1]))

l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort_right(l, x)
print(l)
insort_left(l, 5)
insort_right(l, 0, 0, 0)
insort_left(l, 100, lo=3)
print(l)
r = [('a', 1), ('d', 7)]
insort_right(r, ('x', 3), key=itemgetter(1))
insort_left(r, ('y', 7), key=itemgetter(1))
insort_right(r, ('z', 7), key=itemgetter(1))
print(r)

# Comparison order with a printing __lt__
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('  lt', self.v, other.v if isinstance(other, K) else other)
        return self.v < (other.v if isinstance(other, K) else other)
    def __repr__(self):
        return 'K(%r)' % self.v
ks = [K(i) for i in range(0, 20, 2)]
print('right', bisect_right(ks, K(7)))
print('left', bisect_left(ks, K(7)))
print('left eq', bisect_left(ks, K(8)))
def key(k):
    print('  key', k.v)
    return k.v
print('key', bisect_left(ks, 11, key=key))
print('insort key'); insort_left(ks, K(11), key=key); print(ks)

# Sequences that are not lists
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        print('  len')
        return len(self.data)
    def __getitem__(self, i):
        print('  get', i)
        return self.data[i]
    def insert(self, i, x):
        print('  insert', i, x)
        self.data.insert(i, x)
s = Seq([10, 20, 30, 40])
print(bisect_right(s, 25))
insort_left(s, 35)
print(s.data)
print(bisect_left((1, 3, 5), 4), bisect_right('abcdf', 'e'), bisect_left(range(0, 100, 3), 50))
class L(list):
    def insert(self, i, x):
        print('  L.insert', i, x)
        list.insert(self, i, x)
ll = L([1, 3])
insort_right(ll, 2)
print(ll)

def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: bisect_right([1], 1, 0, 5, 6))
err(lambda: bisect_right([1]))
err(lambda: bisect_right())
err(lambda: bisect_left([1], lo=2))
err(lambda: bisect_right([1], 2, -1))
err(lambda: insort_left([1], 2, -1))
err(lambda: bisect_left([1], 2, 1.5))
err(lambda: bisect_left([1], 2, None))
err(lambda: bisect_left([1], 2, hi=1.5))
err(lambda: bisect_left([1], 2, hi='x'))
err(lambda: bisect_right(5, 2))
err(lambda: bisect_right({}, 2))
err(lambda: bisect_right([1], 2, foo=3))
err(lambda: bisect_right([1], 2, x=3))
err(lambda: bisect_right([1], 2, 2 ** 70))
err(lambda: bisect_right([1], 2, hi=2 ** 70))
err(lambda: bisect_right([1], 2, 0, 10))
err(lambda: bisect_right([1, 'a'], 2))
err(lambda: bisect_left([1, 2], 2, key=len))
err(lambda: insort_right((1, 2), 3))
err(lambda: insort_left(5, 3))
err(lambda: bisect_left([1, 2, 3], 2, key=None, lo=-1))
err(lambda: bisect_left(None, 1))
print(sorted(n for n in dir(_bisect) if not n.startswith('__')))
print(_bisect.__name__, bisect_left.__name__, bisect_left.__module__)
print(_bisect.__doc__.splitlines()[0])
