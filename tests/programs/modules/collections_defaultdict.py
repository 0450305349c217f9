from _collections import defaultdict

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, len(dd), dict(dd), isinstance(dd, dict), type(dd).__mro__)
print(dd.default_factory, 'c' in dd, dd.get('c'), 'c' in dd)
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(sorted(counts.items()), counts == dict(counts), dict(counts) == counts)

# default_factory None / assignment / deletion
n = defaultdict()
print(n, n.default_factory)
try:
    n[1]
except KeyError as e:
    print('KeyError', e, e.args)
class MakeX:
    def __call__(self):
        return 'x'
    def __repr__(self):
        return 'MakeX()'
n.default_factory = MakeX()
print(n[1], n)
n.default_factory = 5
try:
    n[2]
except TypeError as e:
    print('TypeError', e)
del n.default_factory
print(n.default_factory)
t = defaultdict(None, {(1, 2): 3})
try:
    t[(4, 5)]
except KeyError as e:
    print('KeyError', e)

# constructor forms
print(defaultdict(list, {1: 2}, a=3), defaultdict(int, [(1, 2)]), defaultdict(default_factory=list))
for bad in [lambda: defaultdict(1), lambda: defaultdict(int, [(1, 2)], [3]), lambda: defaultdict(None, 1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

# __missing__ directly
m = defaultdict((42).__int__)
print(m.default_factory.__name__)
m.default_factory = type('Answer', (), {'__call__': lambda self: 42, '__repr__': lambda self: 'Answer()'})()
print(m.__missing__('k'), m)
for bad in [lambda: m.__missing__(), lambda: m.__missing__(1, 2), lambda: defaultdict().__missing__(7)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# copy, reduce, |
c = defaultdict(list, {1: [2]})
c2 = c.copy()
c3 = c.__copy__()
print(c2, c3, type(c2).__name__, c2 is not c, c2[1] is c[1])
r = c.__reduce__()
print(r[:4], list(r[4]))
print(defaultdict().__reduce__()[:4])
print(c | {3: 4}, {3: 4} | c, type({3: 4} | c).__name__, c | defaultdict(int, {5: 6}))
c |= {7: 8}
print(c)
try:
    c | 1
except TypeError:
    print('TypeError for | 1')
print(c.__or__(1), c.__ror__([]))

# repr
print(repr(defaultdict(lambda: 1)).startswith('defaultdict(<function <lambda>'))
rr = defaultdict(list)
rr[1] = rr
print(rr)
rf = defaultdict()
rf.default_factory = rf
print(rf)
class Fac:
    def __repr__(self):
        print('fac repr')
        return 'Fac()'
    def __call__(self):
        return 0
class Val:
    def __repr__(self):
        print('val repr')
        return 'Val()'
print(repr(defaultdict(Fac(), {1: Val()})))

# subclasses
class DD(defaultdict):
    def __init__(self, *a):
        print('DD init', a)
        super().__init__(*a)
x = DD(list, {1: [2]})
print(x, x.copy(), x | {3: 4}, {3: 4} | x, type(x | {}).__name__)
x |= {5: 6}
print(x, x[9], x)
class DS(defaultdict):
    def __setitem__(self, k, v):
        print('DS set', k, v)
        super().__setitem__(k, v)
ds = DS(list)
print(ds[1], ds)
class Nested(defaultdict):
    def __init__(self):
        super().__init__(Nested)
    def __repr__(self):
        return repr(dict(self))
tree = Nested()
tree['a']['b']['c'] = 1
tree['a']['d'] = 2
print(tree)
print(defaultdict[int, str], defaultdict.__class_getitem__(int))
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__missing__.__doc__.splitlines()[0])
print(defaultdict.__doc__.splitlines()[0])

# dict methods work on a defaultdict
d = defaultdict(set)
d['x'].add(1)
d.update({'y': {2}}, z={3})
print(d.pop('y'), d.setdefault('w', {0}), sorted(d), d.popitem(), list(d.keys()), list(reversed(d)))
d.clear()
print(d, d.default_factory)
print(defaultdict.fromkeys('ab'), type(defaultdict.fromkeys('ab')).__name__)
