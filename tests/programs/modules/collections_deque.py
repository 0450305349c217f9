import _collections
from _collections import deque

def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d, d.count('a'), d.index(2), d.index('a', 3), d.index('a', -3, -1))
d.rotate(); print(d)
d.rotate(-2); print(d)
d.rotate(0); d.rotate(17); print(d)
d.reverse(); print(d)
d.remove('a'); print(d)
d.insert(2, 'i'); d.insert(-1, 'j'); d.insert(100, 'k'); d.insert(-100, 'l'); print(d)
d[0] = 'first'; d[-1] = 'last'; del d[1]; del d[-2]; print(d)
print(2 in d, 'zz' in d, list(reversed(d)), list(d))
c = d.copy(); c.clear(); print(c, d == d.copy(), d is not d.copy())

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(10); print(m)
m.appendleft(-1); print(m)
m.extend([20, 21]); print(m)
m.extendleft([30, 31]); print(m)
err(lambda: m.insert(0, 5))
z = deque([1, 2], maxlen=0)
print(z); z.append(1); z.extend(range(5)); print(z, len(z))
m = deque([1, 2, 3], 4); m *= 3; print(m)
m = deque([1, 2, 3], 4); print(m * 2, 2 * m, m * -1, m * 0, m + deque([7, 8]))
m = deque([5], 3); m *= 100; print(m)
m = deque([1, 2], 5); m.__init__([3]); print(m, m.maxlen)
m.__init__([4, 5], maxlen=1); print(m)

# operators
a = deque([1, 2])
b = a
a += [3, 4]
print(a, a is b)
a *= 2
print(a, a is b)
a += a
print(a)
a.extend(a); print(len(a))
a.extendleft(deque('xy')); print(a)
print(deque('ab') + deque('cd'), deque('ab') * 3, 0 * deque('ab'))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1, 2]) < deque([1, 3]))
print(deque([1]) <= deque([1, 0]), deque([2]) > deque([1, 5]), deque([]) >= deque([]), deque([1, 2]) == [1, 2])
print(deque([1, 2, 3]) > deque([1, 2]), deque([1, 2]) >= deque([1, 2, 0]), deque('abc') == deque('abc'))
nan = float('nan')
nd = deque([nan])
print(nd == nd, nd == deque([nan]), nd == deque([float('nan')]))

# repr, recursion
r = deque()
r.append(r)
print(repr(r))
r = deque([1], maxlen=3)
r.append(r)
print(r)
l = [1]
r = deque([l]); l.append(r)
print(r, l)

# errors
err(lambda: deque().pop())
err(lambda: deque().popleft())
err(lambda: deque([1]).remove(2))
err(lambda: deque([1]).index(2))
err(lambda: deque([1]).index(1, 1))
err(lambda: deque([1, 2, 3]).index(3, 0, 1.5))
err(lambda: deque([1]).index())
err(lambda: deque([1]).index(1, 2, 3, 4))
err(lambda: deque([1]).rotate(1.5))
err(lambda: deque([1]).rotate(2 ** 70))
err(lambda: deque([1]).rotate(1, 2))
err(lambda: deque([1]).rotate(n=2))
err(lambda: deque([1]).append())
err(lambda: deque([1]).append(x=1))
err(lambda: deque([1]).pop(1))
err(lambda: deque([1]).insert(1))
err(lambda: deque([1]).insert('a', 1))
err(lambda: deque([1]).insert(2 ** 80, 1))
err(lambda: deque([1])[5])
err(lambda: deque([1])[-2])
err(lambda: deque([1])[1:2])
err(lambda: deque([1])['a'])
err(lambda: deque([1])[2 ** 70])
def setbad():
    d = deque([1])
    d[3] = 1
err(setbad)
def delbad():
    d = deque([1])
    del d[3]
err(delbad)
def delslice():
    d = deque([1])
    del d[0:1]
err(delslice)
err(lambda: deque(maxlen=1.5))
err(lambda: deque(maxlen=-1))
err(lambda: deque(maxlen=2 ** 70))
err(lambda: deque([], 2, 3))
err(lambda: deque(foo=1))
err(lambda: deque(1))
err(lambda: deque([1]) + [1])
err(lambda: deque([1]) * 'a')
err(lambda: deque([1]) * 2 ** 80)
err(lambda: deque([1]).extend(1))
err(lambda: deque([1]).count())
err(lambda: deque([1]).clear(1))
err(lambda: deque([1]).copy(1))
err(lambda: deque([1]).reverse(1))
err(lambda: deque([1]).index(x=1))
print(deque.__hash__, deque().__hash__ is None)

# mutation during iteration
def mutate(op):
    d = deque([1, 2, 3, 4])
    it = iter(d)
    next(it)
    op(d)
    try:
        return list(it)
    except RuntimeError as e:
        return 'RuntimeError: %s' % e
for name, op in [('reverse', lambda d: d.reverse()), ('setitem', lambda d: d.__setitem__(0, 9)),
                 ('rotate0', lambda d: d.rotate(0)), ('rotate1', lambda d: d.rotate(1)),
                 ('extend[]', lambda d: d.extend([])), ('clear', lambda d: d.clear()),
                 ('copy', lambda d: d.copy()), ('iadd[]', lambda d: d.__iadd__([])),
                 ('imul1', lambda d: d.__imul__(1)), ('delitem', lambda d: d.__delitem__(-1)),
                 ('append-pop', lambda d: (d.append(1), d.pop())), ('insert', lambda d: d.insert(1, 7)),
                 ('remove', lambda d: d.remove(3)), ('getitem', lambda d: d[1]), ('count', lambda d: d.count(1))]:
    print(name, mutate(op))
def f():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)
err(f)
def f():
    d = deque([1, 2, 3])
    for x in reversed(d):
        d.appendleft(x)
err(f)
d = deque([1]); it = iter(d); d.rotate(3); print(list(it))
d = deque(); it = iter(d); d.clear(); print(list(it))
d = deque([1]); it = iter(d); print(list(it)); d.append(2); err(lambda: next(it))

class Eq:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False
d = deque([1, 2]); d.append(Eq(d))
err(lambda: d.count(5))
err(lambda: 5 in d)
err(lambda: d.index(5))
err(lambda: d.remove(5))

# comparison order
class P:
    def __init__(self, v, d=None):
        self.v = v
        self.d = d
    def __eq__(self, o):
        print('  eq', self.v, o.v if isinstance(o, P) else o, [x.v for x in self.d] if self.d is not None else '')
        return self.v == (o.v if isinstance(o, P) else o)
    def __lt__(self, o):
        print('  lt', self.v, o.v)
        return self.v < o.v
    def __repr__(self):
        return 'P(%r)' % self.v
d = deque()
for i in range(5):
    d.append(P(i, d))
print(d.remove(3), d)
err(lambda: d.remove(9))
print(d.index(4), 2 in d, d.count(2))
print(deque([P(1), P(2)]) < deque([P(1), P(3)]))

# iterators
it = iter(deque([1, 2, 3]))
print(type(it).__name__, type(it).__module__, it.__length_hint__(), next(it), it.__length_hint__())
red = it.__reduce__()
print(red[0] is _collections._deque_iterator, red[1][0], red[1][1])
rit = reversed(deque([1, 2, 3]))
print(type(rit).__name__, next(rit), rit.__length_hint__(), list(rit))
print(list(_collections._deque_iterator(deque([1, 2, 3]), 1)), list(_collections._deque_reverse_iterator(deque([1, 2, 3]), 1)))
print(list(_collections._deque_iterator(deque([1, 2, 3]), 5)))
err(lambda: _collections._deque_iterator([1, 2, 3], 5))
err(lambda: _collections._deque_iterator())
err(lambda: _collections._deque_iterator(deque(), 'a'))

# reduce, copy, class_getitem
print(deque([1]).__reduce__()[:3], deque([1], 4).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3]))
print(deque([1, 2]).__copy__(), deque[int], deque.__class_getitem__(str))
print(type(deque.__dict__['append']).__name__, deque.__name__, deque.__module__, repr(deque))
print(deque.__doc__)
print(sorted(x for x in dir(deque) if not x.startswith('__')))
