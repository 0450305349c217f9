# _statistics._normal_dist_inv_cdf (the C accelerator NormalDist uses) and the pure-Python
# statistics functions built on it.
import _statistics
import statistics
from statistics import NormalDist

f = _statistics._normal_dist_inv_cdf
print(f.__module__, f.__name__)

# The three ranges of Wichura's AS241: central (|p - 0.5| <= 0.425), near tail, far tail.
for p in [0.5, 0.25, 0.75, 0.075, 0.925, 0.0749999, 0.9250001, 0.01, 0.99, 0.001, 1e-5,
          1e-10, 1e-20, 1e-50, 1e-100, 1e-300, 1 - 1e-10, 0.3, 0.6, 0.123456789]:
    print(repr(p), repr(f(p, 0.0, 1.0)), repr(f(p, 10.0, 2.5)), repr(f(p, -3, 0.001)))

# ints and objects with __float__ / __index__ are accepted as doubles
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 2
print(f(F(), 0, 1), f(0.5, I(), 1), f(0.5, True, 1))

# nan passes through; p outside (0, 1) or sigma <= 0 is a ValueError
print(f(float("nan"), 0, 1), f(0.3, 0, float("nan")), f(0.5, 1, float("inf")))
for args in [(0, 0, 1), (1, 0, 1), (-1, 0, 1), (2, 0, 1), (0.5, 0, 0), (0.5, 0, -1),
             (0.5, 0, float("-inf")), (float("inf"), 0, 1), (float("-inf"), 0, 1)]:
    try:
        print(f(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

for args in [("a", 1, 2), (1, None, 2), (0.5, 0, [])]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1,), (1, 2), (1, 2, 3, 4)]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    f(p=0.5, mu=0, sigma=1)
except Exception as e:
    print(type(e).__name__, e)

# The users: NormalDist.inv_cdf and quantiles
nd = NormalDist(100, 15)
print(nd.inv_cdf(0.5), nd.inv_cdf(0.975), nd.inv_cdf(0.025))
print([round(x, 9) for x in nd.quantiles()])
print([round(x, 9) for x in nd.quantiles(10)])
print(round(NormalDist().inv_cdf(0.8413447460685429), 12))
for p in [0.0, 1.0, -0.1]:
    try:
        nd.inv_cdf(p)
    except statistics.StatisticsError as e:
        print(type(e).__name__, e)
# inv_cdf undoes cdf
for x in [-3.0, -1.5, 0.0, 0.7, 2.2]:
    print(x, round(NormalDist().inv_cdf(NormalDist().cdf(x)), 9))
