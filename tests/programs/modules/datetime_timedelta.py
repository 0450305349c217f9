# datetime.timedelta (the native _datetime type): construction and normalization, float
# rounding, arithmetic with ints/floats/timedeltas, comparisons, str/repr, hashing, pickling,
# subclassing and the errors CPython reports.
import pickle
from datetime import timedelta

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(type(timedelta).__module__, timedelta.__name__, timedelta.__qualname__)
show(lambda: timedelta())
show(lambda: timedelta(1, 2, 3))
show(lambda: timedelta(days=1, seconds=-1, microseconds=-1))
show(lambda: timedelta(weeks=1, days=-1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001))
show(lambda: timedelta(hours=-1))
show(lambda: timedelta(microseconds=-1))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.4999999, 1e-7]:
    show(lambda: timedelta(microseconds=v))
show(lambda: timedelta(seconds=0.5e-6))
show(lambda: timedelta(seconds=1.5e-6))
show(lambda: timedelta(days=0.1, hours=0.1, minutes=0.1, seconds=0.1, milliseconds=0.1))
show(lambda: timedelta(days=-1e-12))
show(lambda: timedelta(days=1.0000001))
show(lambda: timedelta(weeks=2.5))
show(lambda: timedelta(days=True, seconds=False))
show(lambda: timedelta.min)
show(lambda: timedelta.max)
show(lambda: timedelta.resolution)
# errors
show(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show(lambda: timedelta(days="x"))
show(lambda: timedelta(hours=None))
show(lambda: timedelta(foo=1))
show(lambda: timedelta(1, days=1))
show(lambda: timedelta(days=1e300))
show(lambda: timedelta(days=float('nan')))
show(lambda: timedelta(days=float('inf')))
show(lambda: timedelta(10**10))
show(lambda: timedelta(999999999, 86400))
show(lambda: timedelta(-999999999, -1))
show(lambda: timedelta.max + timedelta(microseconds=1))
show(lambda: timedelta.min - timedelta(microseconds=1))
show(lambda: timedelta.max * 2)
show(lambda: -timedelta.min)
# str and repr
for td in [timedelta(0), timedelta(1), timedelta(-1), timedelta(2, 3), timedelta(-2, 3, 4), timedelta(0, 0, 5),
           timedelta(0, 3661, 12), timedelta(-1, 86399, 999999), timedelta.max, timedelta.min]:
    print(str(td), "|", repr(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
# arithmetic
a = timedelta(1, 2, 3)
b = timedelta(0, 86399, 999999)
show(lambda: a + b)
show(lambda: a - b)
show(lambda: b - a)
show(lambda: -a)
show(lambda: +a)
show(lambda: abs(-a))
show(lambda: abs(a))
show(lambda: a * 3)
show(lambda: 3 * a)
show(lambda: a * -1)
show(lambda: a * True)
show(lambda: a * 0.5)
show(lambda: 0.5 * a)
show(lambda: a * 1e-7)
show(lambda: timedelta(microseconds=1) * 0.5)
show(lambda: timedelta(microseconds=3) * 0.5)
show(lambda: timedelta(microseconds=-1) * 0.5)
show(lambda: a / 2)
show(lambda: a / 3)
show(lambda: timedelta(microseconds=5) / 2)
show(lambda: timedelta(microseconds=7) / 2)
show(lambda: timedelta(microseconds=-5) / 2)
show(lambda: a / 0.25)
show(lambda: a / b)
show(lambda: a // 2)
show(lambda: timedelta(microseconds=-5) // 2)
show(lambda: a // b)
show(lambda: a % b)
show(lambda: timedelta(-1) % timedelta(hours=5))
show(lambda: divmod(a, b))
show(lambda: divmod(timedelta(-1), timedelta(hours=5)))
show(lambda: timedelta.max / timedelta(microseconds=3))
show(lambda: timedelta.max // timedelta(microseconds=3))
show(lambda: timedelta.max.total_seconds())
show(lambda: timedelta(1) / 0)
show(lambda: timedelta(1) / 0.0)
show(lambda: timedelta(1) // 0)
show(lambda: timedelta(1) / timedelta(0))
show(lambda: timedelta(1) // timedelta(0))
show(lambda: timedelta(1) % timedelta(0))
show(lambda: divmod(timedelta(1), timedelta(0)))
show(lambda: timedelta(1) * float('inf'))
show(lambda: timedelta(1) * float('nan'))
show(lambda: timedelta(1) / float('nan'))
show(lambda: timedelta(1).__rtruediv__(timedelta(2)))
show(lambda: timedelta.__rtruediv__(timedelta(1), 2))
show(lambda: timedelta(1).__add__(1))
show(lambda: timedelta(1).__mul__("x"))
show(lambda: timedelta(1).__truediv__(1j))

class BadFloat(float):
    def __init__(self, r):
        self.r = r
    def as_integer_ratio(self):
        return self.r
for r in [1 << 100, (), (1,), (1, 2, 3), (1, 2)]:
    show(lambda: timedelta(1) * BadFloat(r))
# comparisons
print(a == timedelta(1, 2, 3), a != b, a < b, a > b, a <= a, a >= b)
print(a == 1, a != "x")
show(lambda: a < 1)
show(lambda: a.__lt__(1))
print(sorted([b, a, timedelta(-1), timedelta(0)]))
# hashing
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(0)) == hash(timedelta()))
print(len({timedelta(1), timedelta(days=1), timedelta(seconds=86400), timedelta(2)}))
print(hash(timedelta(1, 2, 3)) == hash((1, 2, 3)))
# pickling
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(a, proto)) == a)
print(a.__reduce__())

class TD(timedelta):
    def __new__(cls, *args, extra=0, **kw):
        self = super().__new__(cls, *args, **kw)
        self.extra = extra
        return self
    def double(self):
        return self * 2
t = TD(1, 2, extra=7)
print(type(t).__name__, repr(t), t.extra, t.double(), type(t + t).__name__, type(-t).__name__, type(abs(t)).__name__)
print(isinstance(t, timedelta), t == timedelta(1, 2))
print(pickle.loads(pickle.dumps(t)).__class__.__name__)
