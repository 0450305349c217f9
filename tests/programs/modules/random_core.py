# _random.Random directly: MT19937 outputs, seeding, state, errors (no random.py needed).
import _random
R = _random.Random

def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(vars(R)), R.__module__, R.__doc__)
print(R.random.__doc__, R.getrandbits.__doc__, R.getstate.__doc__, R.setstate.__doc__, sep='|')
r = R.__new__(R); st = r.getstate(); print(len(st), st[:3], st[-1])
for seed in [0, 1, 5, -5, 12345, 2**32, 2**32 - 1, 2**64 + 7, -2**100, 3**200, True, 3.5, -0.5, 1.0, (1, 2)]:
    r = R(seed)
    print(repr(seed)[:40], r.random(), r.random(), r.getrandbits(32), r.getrandbits(1), r.getrandbits(0),
          r.getrandbits(33), r.getrandbits(64), r.getrandbits(100), r.getstate()[-1])
r = R(42)
print([r.getrandbits(k) for k in (1, 2, 7, 8, 31, 32, 63, 64, 65, 96, 127, 128, 129)])
print(r.getrandbits(5000) % 10**30, r.getrandbits(100000).bit_length() > 99900)
st = r.getstate(); a = [r.random() for _ in range(1000)]; r.setstate(st); print(a == [r.random() for _ in range(1000)], sum(a))
r.seed(7); x = r.random(); r.seed(-7); print(x == r.random())
r.seed(); r.seed(None); print(0 <= r.random() < 1)
print(R().getstate() != R().getstate())
for st in [(1,) * 625, (5,) * 624 + (0,), (1,) * 624 + (624,), (2**33 + 5,) * 624 + (1,), (0,) * 624 + (5,), (1,) * 624 + (True,)]:
    r.setstate(st); print(r.getstate()[:2], r.getstate()[-1], r.random())
t(lambda: r.setstate([1]))
t(lambda: r.setstate(1))
t(lambda: r.setstate())
t(lambda: r.setstate((1,) * 624))
t(lambda: r.setstate((1,) * 624 + (625,)))
t(lambda: r.setstate((1,) * 624 + (-1,)))
t(lambda: r.setstate((-1,) * 624 + (1,)))
t(lambda: r.setstate((2**64,) * 624 + (1,)))
t(lambda: r.setstate((1.0,) * 624 + (1,)))
t(lambda: r.setstate((1,) * 624 + (2**70,)))
t(lambda: r.setstate((1,) * 624 + (1.5,)))
t(lambda: r.getrandbits(-1))
t(lambda: r.getrandbits(1.0))
t(lambda: r.getrandbits())
t(lambda: r.seed(1, 2))
t(lambda: r.seed([]))
t(lambda: R(1, 2))
t(lambda: R(x=1))
t(lambda: r.random(1))

class S(R):
    pass
t(lambda: S(1, 2))
t(lambda: S(x=3))
print(S(5).random() == R(5).random(), type(S(1)).__name__, isinstance(S(1), R))

class K(R):
    def __init__(self, a, b=0, *, c=0):
        self.extra = (a, b, c)
        self.seed(a + b + c)
k = K(1, 2, c=3); print(k.extra, k.random() == R(6).random())

class N(R):
    def __new__(cls, *args, **kw):
        return super().__new__(cls)
    def __init__(self, x):
        super().__init__(x)
print(N(3).random() == R(3).random())
t(lambda: r.getstate(1))
