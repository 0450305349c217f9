# random.py over _random: CPython's exact sequences for the module functions and many seeds.
import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice('abcdef'))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.uniform(1, 5), random.gauss(0, 1), random.normalvariate(2, 3))
print(random.expovariate(1.5), random.betavariate(2, 3), random.choices('abc', weights=[1, 2, 3], k=10))
print(random.getrandbits(0), random.getrandbits(1), random.getrandbits(33), random.getrandbits(200), random.randbytes(10))
print(random.triangular(0, 10, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 3))
print(random.paretovariate(2), random.weibullvariate(1, 2), random.choices(range(10), cum_weights=range(1, 11), k=5))
print(random.sample(['a', 'b', 'c', 'd'], counts=[1, 2, 3, 4], k=5), random.randrange(10**30))
for s in ['hello', b'bytes', bytearray(b'x'), 3.5, -7, 2**100 + 1, 0, -2**70, '', 1.0, -0.5, 12345, 2**64]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(64), random.randint(-1000, 1000), random.choice(range(1000)))
random.seed('hello', version=1); print(random.random())
random.seed(b'hello', version=1); print(random.random())
r = random.Random(42); st = r.getstate(); a = [r.random() for _ in range(5)]; r.setstate(st)
print(a == [r.random() for _ in range(5)], st[0], len(st[1]), st[2])
print(random.Random(1).random(), random.Random().random() < 1)
try: random.seed([1, 2])
except Exception as e: print(type(e).__name__, e)
try: random.Random().setstate((3, (), None))
except Exception as e: print(type(e).__name__, e)
r = random.Random(99); print([r.randrange(1, 7) for _ in range(30)])
print([round(r.gauss(10, 2), 12) for _ in range(6)])
deck = list(range(52)); r.shuffle(deck); print(deck)
print(r.sample(range(10**9), 5), r.binomialvariate(10, 0.5) if hasattr(r, 'binomialvariate') else 'n/a')

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(3); print(m.random(), m.randrange(100), m.choice('abc'))
import copy
r = random.Random(5); r2 = copy.deepcopy(r); r3 = copy.copy(r2); print(r.random() == r2.random() == r3.random())
