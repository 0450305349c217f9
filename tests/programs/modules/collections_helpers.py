import _collections
from _collections import _count_elements, _tuplegetter

def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

# _count_elements: the fast path for dict and dict subclasses that keep get/__setitem__
d = {}
_count_elements(d, 'abracadabra')
print(d)
_count_elements(d, ['a', 'z'])
print(d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
_count_elements(c, [1, 2, 1, 1.0, True, 3])
print(c, type(c).__name__)
d = {'x': 1.5, 'y': 'y'}
_count_elements(d, ['x'])
print(d)
err(lambda: _count_elements(d, ['y']))

# the slow path: a mapping with its own get / __setitem__
class Logged(dict):
    def get(self, key, default=None):
        print('  get', key, default)
        return dict.get(self, key, default)
    def __setitem__(self, key, value):
        print('  set', key, value)
        dict.__setitem__(self, key, value)
lg = Logged()
_count_elements(lg, 'aba')
print(lg)
class Mapping:
    def __init__(self):
        self.data = {}
    def get(self, key, default):
        return self.data.get(key, default)
    def __setitem__(self, key, value):
        self.data[key] = value
mp = Mapping()
_count_elements(mp, (1, 2, 2))
print(mp.data)
err(lambda: _count_elements({}, 1))
err(lambda: _count_elements(1, [1]))
err(lambda: _count_elements(1, 1))
err(lambda: _count_elements({}))
err(lambda: _count_elements({}, [[1]]))
d = {}
err(lambda: _count_elements(d, [1, 2, {}, 3]))
print(d)

# _tuplegetter: namedtuple's field descriptor
class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
    z = _tuplegetter(5, 'missing')
p = Point((3, 4))
print(p.x, p.y, Point.x, repr(Point.y), Point.x.__doc__)
err(lambda: p.z)
def setx():
    p.x = 1
err(setx)
def delx():
    del p.x
err(delx)
tg = _tuplegetter(1, 'doc')
print(tg.__reduce__(), tg.__get__((1, 2)), tg.__get__(None, tuple) is tg, tg.__get__((7, 8), tuple))
err(lambda: tg.__get__([1, 2]))
err(lambda: tg.__get__((1,)))
err(lambda: tg.__set__((1, 2), 3))
err(lambda: tg.__delete__((1, 2)))
err(lambda: _tuplegetter(1))
err(lambda: _tuplegetter('a', 'doc'))
err(lambda: _tuplegetter(1, 'doc', 3))
tg.__doc__ = 'changed'
print(tg.__doc__, repr(tg), repr(_tuplegetter(-1, None)))
err(lambda: _tuplegetter(-1, None).__get__((1, 2, 3)))
class Sub(Point):
    pass
print(Sub((5, 6)).y, type(tg).__name__, type(tg).__module__)
try:
    type('X', (_tuplegetter,), {})
except TypeError as e:
    print('TypeError', 'not an acceptable base type' in str(e))

print(sorted(n for n in dir(_collections) if not n.startswith('__') and n != 'OrderedDict'))
print(_collections.__doc__)
