import itertools
from itertools import *

class Loud:
    """An iterator that prints each item as it is pulled."""
    def __init__(self, name, items):
        self.name = name
        self.items = list(items)
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            print(f"  {self.name}: end")
            raise StopIteration
        x = self.items[self.i]
        self.i += 1
        print(f"  {self.name}: {x!r}")
        return x

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(n for n in dir(itertools) if not n.startswith('__')))
for n in ['count', 'cycle', 'repeat', 'chain', '_grouper', '_tee', '_tee_dataobject', 'zip_longest']:
    o = getattr(itertools, n)
    print(n, o.__name__, o.__module__, repr(o))

# count
print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(1.5, 0.25), 3)))
print(list(islice(count(2**64), 2)), list(islice(count(True), 3)), list(islice(count(1j, 1), 2)))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5, 0.5)), repr(count(0, 1.0)), repr(count(step=3)), repr(count(-1)))
c = count(7); next(c); print(repr(c))
t(lambda: count('a'))
t(lambda: count(1, 'x'))
t(lambda: count(1, 2, 3))
t(lambda: count(x=1))

# cycle
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print('cycle lazy:')
cy = cycle(Loud('c', [1, 2]))
print([next(cy) for _ in range(5)])
t(lambda: cycle())
t(lambda: cycle(1))
t(lambda: cycle(x=1))

# repeat
print(list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(None), 2)), list(repeat(1, times=2)))
r = repeat('a', 3)
print(repr(r), r.__length_hint__(), next(r), repr(r), r.__length_hint__(), repr(repeat('a')), repr(repeat([1], -5)))
t(lambda: repeat('a').__length_hint__())
t(lambda: repeat(1, None))
t(lambda: repeat())
t(lambda: repeat(1, 2, 3))
t(lambda: repeat(1, x=2))
import _operator as operator
print(operator.length_hint(repeat(1, 4)), operator.length_hint(repeat(1), 9) if False else 'skip')

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')), list(accumulate([1, 2], func=lambda a, b: a * 10 + b)))
print(list(accumulate([1, 2], None, initial=None)))
t(lambda: accumulate())
t(lambda: accumulate([], None, 3))
t(lambda: accumulate([1, 2], initial=3, x=2))
t(lambda: list(accumulate([1, 'a'])))
print('accumulate lazy:')
a = accumulate(Loud('a', [1, 2]))
print(next(a)); print(next(a)); print(list(a))

# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print('chain lazy:')
ch = chain(Loud('x', [1]), Loud('y', [2]))
print(next(ch)); print(next(ch)); print(list(ch))
gen_calls = []
def gen():
    print('  gen made an iterable')
    yield Loud('g1', 'a')
    print('  gen made another')
    yield Loud('g2', 'b')
cf = chain.from_iterable(gen())
print('from_iterable made'); print(list(cf))
t(lambda: chain(x=1))
t(lambda: type(chain(1)).__name__)
t(lambda: next(chain(1)))
t(lambda: chain.from_iterable())
t(lambda: next(chain.from_iterable(1)))
t(lambda: next(chain.from_iterable([1])))
print(chain[int])

# compress, dropwhile, takewhile, filterfalse, starmap
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])), list(compress(data='ab', selectors=[0, 1])))
print('compress lazy:')
print(list(compress(Loud('d', 'ab'), Loud('s', [1]))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 4])))
print('takewhile lazy:')
tw = takewhile(lambda x: x < 2, Loud('t', [1, 2, 3]))
print(list(tw), list(tw))
print('dropwhile lazy:')
print(list(dropwhile(lambda x: x < 2, Loud('d', [1, 2, 1]))))
print(list(filterfalse(None, [0, 1, '', 'a', None])), list(filterfalse(bool, [0, 2])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(starmap(pow, [(2, 3), [3, 2]])), list(starmap(lambda *a: a, ['ab', (1,)])))
t(lambda: dropwhile(bool))
t(lambda: takewhile())
t(lambda: starmap(pow))
t(lambda: next(starmap(pow, [1])))
t(lambda: filterfalse(None))
t(lambda: compress('a'))
t(lambda: compress())
t(lambda: filterfalse(None, [1], x=1))

# groupby
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in groupby('aabbc')], list(groupby([])))
gb = groupby('aabbb')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2), type(g1).__name__)
print('groupby lazy:')
gb = groupby(Loud('g', 'aab'))
k, g = next(gb); print('key', k)
print(next(g)); print(list(g)); print([(k, list(g)) for k, g in gb])
t(lambda: groupby())
t(lambda: groupby('a', None, 1))
t(lambda: itertools._grouper())
t(lambda: itertools._grouper(1, 2))

# islice
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
print(list(islice('abcdefg', None)), list(islice('abc', 5, 10)), list(islice('abcdef', 1, 6, 10)), list(islice('ab', None, None, None)))
print('islice lazy:')
it = Loud('i', range(10))
print(list(islice(it, 2, 6, 2)))
print('after:', next(it))
it = Loud('j', range(5))
print(list(islice(it, 0)), list(islice(it, 1, 1)))
for args in [('a',), ('a', -1), ('a', 'x'), ('a', 1, -1), ('a', -1, 1), ('a', 1, 2, 0), ('a', 1, 2, 'x'), ('a', 1, 2, 3, 4), (1, 2), ('a', 2**70)]:
    t(lambda: islice(*args))
t(lambda: islice('a', stop=3))

# pairwise
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
print('pairwise lazy:')
pw = pairwise(Loud('p', [1, 2, 3]))
print(next(pw)); print(list(pw)); print(list(pw))
t(lambda: pairwise())
t(lambda: pairwise(1))

# tee
a, b = tee([1, 2, 3])
print(next(a), next(a), next(b), list(a), list(b), type(a).__name__)
print(tee('ab', 0), len(tee('ab', 5)), [list(x) for x in tee('xyz', 3)])
a, b = tee('abc')
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
print('tee lazy:')
a, b = tee(Loud('t', [1, 2]))
print(next(a)); print(next(b)); print(list(b)); print(list(a))
t(lambda: tee())
t(lambda: tee('a', -1))
t(lambda: tee('a', n=2))
t(lambda: tee(1))
a, b = tee(range(200))
print(sum(a), sum(b))
t1 = itertools._tee([5, 6])
print(list(t1), list(t1.__copy__()))
t(lambda: itertools._tee())
t(lambda: itertools._tee(1))
def reenter():
    yield next(tt)
tt = tee(reenter())[0]
t(lambda: next(tt))

# zip_longest
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'c', fillvalue='-')), list(zip_longest()))
print('zip_longest lazy:')
print(list(zip_longest(Loud('a', [1, 2]), Loud('b', [3]))))
t(lambda: zip_longest(x=1))
t(lambda: zip_longest(fillvalue=1, x=1))
t(lambda: zip_longest(1))

# product, permutations, combinations
print(list(product('ab', range(2))), list(product()), list(product('ab', repeat=2)), list(product('a', [])))
print(list(product(repeat=0)), list(product('ab', repeat=0)))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)), list(permutations([], 0)), list(permutations('ab', 0)))
print(list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations('ab', 0)), list(combinations(range(4), 4)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('ab', 0)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), len(list(product(range(3), repeat=4))))
print('product lazy:')
p = product(Loud('p', 'ab'), Loud('q', 'xy'))
print('made'); print(next(p))
t(lambda: product(1))
t(lambda: product(x=1))
t(lambda: product('a', repeat=-1))
t(lambda: product('a', repeat='x'))
t(lambda: combinations('a'))
t(lambda: combinations())
t(lambda: combinations('a', r=-1))
t(lambda: combinations_with_replacement('a'))
t(lambda: permutations('a', 'x'))
t(lambda: permutations('a', -1))
t(lambda: permutations())
print(list(combinations(iterable='abc', r=2)), list(permutations('ab', r=None)))

# errors in the middle propagate, and iteration continues
def bad():
    yield 1
    raise ValueError('boom')
for f in [lambda: list(chain(bad())), lambda: list(islice(bad(), 5)), lambda: list(zip_longest(bad(), 'abc')),
          lambda: list(cycle(bad())), lambda: list(accumulate(bad())), lambda: list(groupby(bad())),
          lambda: list(pairwise(bad())), lambda: list(tee(bad())[0])]:
    t(f)
