# len() and bisect over sequences longer than 2^53 (up to sys.maxsize): a range, and a
# virtual sequence with __len__/__getitem__, through _bisect and through bisect.py's pure-Python code.
import sys
import bisect
import _bisect

n = sys.maxsize
r = range(n - 1)
print(len(r), len(range(2 ** 60)), len(range(0, 2 ** 62, 3)), len(range(-n, 0)))

class Big:
    def __init__(self, length):
        self.length = length
    def __len__(self):
        return self.length
print(len(Big(n)), len(Big(2 ** 53)), len(Big(2 ** 53 + 1)), bool(Big(n)), bool(Big(2 ** 60)))
for bad in [n + 1, 2 ** 64, 2 ** 100]:
    for op in (len, bool):
        try:
            print(op(Big(bad)))
        except Exception as e:
            print(op.__name__, type(e).__name__, e)
for bad in [-1, -(2 ** 70)]:
    try:
        print(len(Big(bad)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    len(range(n + 1))
except Exception as e:
    print(type(e).__name__, e)
# lengths beyond 2^53 are still refused where a real allocation would follow
try:
    [0] * (2 ** 60)
except Exception as e:
    print(type(e).__name__, e)

class Range:
    """A range()-like object with an insert() that records its arguments."""
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop
        self.last_insert = None
    def __len__(self):
        return self.stop - self.start
    def __getitem__(self, idx):
        k = self.stop - self.start
        if idx < 0:
            idx += k
        if idx >= k:
            raise IndexError(idx)
        return self.start + idx
    def insert(self, idx, item):
        self.last_insert = idx, item

for mod in (_bisect, bisect):
    print(mod.__name__)
    for data in (r, Range(0, n - 1)):
        print(mod.bisect_left(data, n - 3), mod.bisect_right(data, n - 3))
        print(mod.bisect_left(data, n - 3, n - 10, n), mod.bisect_right(data, n - 3, n - 10, n))
        print(mod.bisect_left(data, 2 ** 55 + 7), mod.bisect_right(data, 2 ** 55 + 7))
        print(mod.bisect_left(data, -5), mod.bisect_right(data, n * 2))
        print(mod.bisect_right(data, 12345, key=lambda v: v // 2))
    d = Range(0, n - 1)
    x = n - 100
    mod.insort_left(d, x, x - 50, x + 50)
    print(d.last_insert)
    x = n - 200
    mod.insort_right(d, x, x - 50, x + 50)
    print(d.last_insert)
    mod.insort_right(d, 2 ** 60)
    print(d.last_insert)

# bounds beyond sys.maxsize
for lo, hi in [(n + 1, None), (0, n + 1), (2 ** 64, 2 ** 65)]:
    try:
        print(_bisect.bisect_left(r, 5, lo, hi))
    except Exception as e:
        print(type(e).__name__, e)
try:
    _bisect.bisect_left(r, 5, -(2 ** 63) - 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    _bisect.bisect_left(r, 5, -(2 ** 60))
except Exception as e:
    print(type(e).__name__, e)
print(_bisect.bisect_left(r, 5, 0, -(2 ** 60)), _bisect.bisect_right([1, 2, 3], 2, 0, 2 ** 60 if False else 3))
# a plain list still goes the fast way
a = [1, 3, 5, 7]
_bisect.insort_right(a, 4)
_bisect.insort_left(a, 0)
print(a, _bisect.bisect_right(a, 5), _bisect.bisect_left(a, 5))
