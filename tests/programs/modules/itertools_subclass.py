import itertools
from itertools import *

class C(chain):
    def __next__(self):
        return super().__next__() * 2
c = C([1, 2], [3])
print(list(c), type(c).__name__, isinstance(c, chain))
c2 = C.from_iterable([[5]])
print(type(c2).__name__, list(c2))

class Cnt(count):
    pass
k = Cnt(3)
print(repr(k), next(k), k.__reduce__()[0].__name__)
k.extra = 1
print(k.extra, k.__dict__)

class R(repeat):
    def __init__(self, *args, **kw):
        self.made = True
r = R('z', times=2)
print(repr(r), list(r), r.made)

class I(islice):
    def __init__(self, *a, **kw):
        pass
print(list(I('abcdef', 1, 4)))

try:
    class K(chain):
        pass
    K([1], x=1)
except TypeError as e:
    print(type(e).__name__, e)

class KI(chain):
    def __init__(self, *a, **kw):
        self.kw = kw
ki = KI([1], [2], x=1)
print(list(ki), ki.kw)

class Z(zip_longest):
    pass
print(list(Z('ab', 'c', fillvalue='-')), repr(Z.__mro__[1]))

class P(product):
    pass
print(list(P('ab', repeat=2))[:3])

class G(groupby):
    pass
print([(k, list(g)) for k, g in G('aab')])

for n in ['_grouper', '_tee', '_tee_dataobject']:
    try:
        type('X', (getattr(itertools, n),), {})
        print(n, 'subclassable')
    except TypeError:
        print(n, 'not subclassable')

class Acc(accumulate):
    def __next__(self):
        v = super().__next__()
        print('  acc', v)
        return v
print(list(Acc([1, 2, 3])))
print(list(islice(Acc([4, 5, 6]), 2)))
print(list(zip(Acc([7, 8]), 'ab')))
