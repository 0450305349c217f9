# __reduce__/__setstate__ of the itertools types, and copies made from them (what copy and
# pickle do), without printing addresses.
import itertools
from itertools import *

def show(x):
    """The reduce value with iterators replaced by their type names."""
    def s(v):
        if isinstance(v, tuple):
            return tuple(s(i) for i in v)
        if isinstance(v, list):
            return [s(i) for i in v]
        if callable(v) and not isinstance(v, type):
            return '<fn>'
        if hasattr(v, '__next__') and not isinstance(v, type):
            return '<' + type(v).__name__ + '>'
        return v
    return s(x.__reduce__())

def clone(x):
    r = x.__reduce__()
    y = r[0](*r[1])
    if len(r) > 2 and r[2] is not None:
        y.__setstate__(r[2])
    return y

def check(name, make, steps):
    x = make()
    print(name, show(x))
    for _ in range(steps):
        next(x, None)
    print('  after', steps, show(x))
    y = clone(x)
    print('  clone', list(itertools.islice(y, 12)), type(y).__name__)

check('count', lambda: count(5), 2)
check('count2', lambda: count(1, 3), 1)
check('count3', lambda: count(2.5), 1)
print(count(2**70).__reduce__(), count(True).__reduce__(), count(0, True).__reduce__())
check('cycle', lambda: cycle('abc'), 1)
check('cycle5', lambda: cycle('abc'), 5)
check('repeat', lambda: repeat('a', 3), 1)
check('repeatinf', lambda: repeat('a'), 1)
check('accumulate', lambda: accumulate([1, 2, 3]), 1)
check('accumulate0', lambda: accumulate([1, 2, 3]), 0)
check('accumulate_init', lambda: accumulate([1, 2, 3], initial=10), 0)
check('accumulate_init1', lambda: accumulate([1, 2, 3], initial=10), 1)
check('accumulate_none', lambda: accumulate([None, 2], lambda a, b: None), 1)
check('accumulate_func', lambda: accumulate([1, 5, 2], max), 2)
check('chain', lambda: chain('ab', 'cd'), 0)
check('chain1', lambda: chain('ab', 'cd'), 1)
check('chain_end', lambda: chain('ab', 'cd'), 5)
check('compress', lambda: compress('abcd', [1, 0, 1, 1]), 1)
check('dropwhile', lambda: dropwhile(lambda x: x < 2, [1, 2, 0]), 0)
check('dropwhile1', lambda: dropwhile(lambda x: x < 2, [1, 2, 0, 5]), 1)
check('takewhile', lambda: takewhile(lambda x: x < 2, [1, 1, 2, 0]), 1)
check('filterfalse', lambda: filterfalse(None, [0, 1, 0]), 1)
check('starmap', lambda: starmap(pow, [(2, 2), (3, 3)]), 1)
check('islice', lambda: islice('abcdefgh', 1, 7, 2), 1)
check('islice_end', lambda: islice('abc', 1), 3)
check('islice_none', lambda: islice('abc', None), 1)
check('zip_longest', lambda: zip_longest('ab', 'c', fillvalue=0), 1)
check('zip_longest2', lambda: zip_longest('abc', 'c'), 2)
check('product', lambda: product('ab', repeat=2), 0)
check('product1', lambda: product('ab', 'xyz'), 2)
check('product_end', lambda: product('ab'), 3)
check('permutations', lambda: permutations('abc', 2), 0)
check('permutations3', lambda: permutations('abcd', 3), 3)
check('permutations_end', lambda: permutations('ab'), 3)
check('combinations', lambda: combinations('abcd', 2), 0)
check('combinations2', lambda: combinations('abcd', 2), 2)
check('combinations_end', lambda: combinations('ab', 2), 2)
check('cwr', lambda: combinations_with_replacement('abc', 2), 0)
check('cwr2', lambda: combinations_with_replacement('abc', 2), 4)

g = groupby('aabbbc')
print(show(g))
k, grp = next(g)
print(show(g), show(grp))
g2 = clone(g)
print([(k, list(v)) for k, v in g2])
print(next(g, 'done'), show(grp))
print([(k, list(v)) for k, v in g])

a, b = tee('abcdef')
next(a)
print(show(a)[0].__name__, show(a)[1], show(a)[2][1])
d = a.__reduce__()[2][0]
print(type(d).__name__, d.__reduce__()[0].__name__, d.__reduce__()[1][1:])
a2 = clone(a)
print(list(a2), list(a), list(b))
td = itertools._tee_dataobject(iter('xyz'), ['p'], None)
t2 = itertools._tee(())
t2.__setstate__((td, 0))
print(list(t2))

def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: itertools._tee_dataobject())
err(lambda: itertools._tee_dataobject(iter(''), (), None))
err(lambda: itertools._tee_dataobject(iter(''), [1], 5))
err(lambda: cycle('a').__setstate__(5))
err(lambda: chain().__setstate__(5))
err(lambda: chain().__setstate__((1,)))
err(lambda: t2.__setstate__((td, 100)))
c = chain()
c.__setstate__((iter(['ab', 'c']),))
print(list(c))
c = cycle('')
c.__setstate__((['x', 'y'], 1))
print(list(islice(c, 5)))
c = cycle('ab')
c.__setstate__((['x', 'y'], 0))
print(list(islice(c, 5)))
i = islice('abcdef', 3)
i.__setstate__(2)
print(list(i))
z = zip_longest('a', 'bc')
z.__setstate__('*')
print(list(z))
p = product('ab', 'cd')
next(p)
p.__setstate__((5, -1))
print(list(p))
cb = combinations('abcd', 2)
next(cb)
cb.__setstate__((0, 9))
print(list(cb))
pm = permutations('abc')
next(pm)
pm.__setstate__(((2, 1, 0), (1, 1, 1)))
print(list(pm))
