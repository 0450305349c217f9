import _operator as o
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: o.add(1))
t(lambda: o.add(1,2,3))
t(lambda: o.add(a=1,b=2))
t(lambda: o.neg())
t(lambda: o.not_(1,2))
t(lambda: o.concat(1,2))
t(lambda: o.concat([1],(2,)))
t(lambda: o.iconcat(1,2))
t(lambda: o.contains(1,2))
t(lambda: o.countOf([1,1,2],1))
t(lambda: o.indexOf([1,2],3))
t(lambda: o.indexOf(1,3))
t(lambda: o.length_hint(1))
t(lambda: o.length_hint(1, 'x'))
t(lambda: o.length_hint(iter([1,2])))
t(lambda: o.length_hint())
t(lambda: o.index(1.5))
t(lambda: o.pow(2,3))
t(lambda: o.ipow(2,3))
t(lambda: o.call(max, 1, 2, key=None))
t(lambda: o.call())
t(lambda: o._compare_digest('a','a'))
t(lambda: o._compare_digest(b'a','a'))
t(lambda: o._compare_digest('\xe9','a'))
t(lambda: o._compare_digest(1,2))
t(lambda: o.attrgetter())
t(lambda: o.attrgetter(1))
t(lambda: o.attrgetter('a', 1))
t(lambda: o.attrgetter('a.b', 'c'))
t(lambda: o.attrgetter('a')(1))
t(lambda: o.attrgetter('real.x')(1))
t(lambda: o.attrgetter('a', x=1))
t(lambda: o.attrgetter('a')())
t(lambda: o.attrgetter('a').__reduce__())
t(lambda: o.attrgetter('a.b','c').__reduce__())
t(lambda: o.itemgetter())
t(lambda: o.itemgetter(1))
t(lambda: o.itemgetter(1, 'a'))
t(lambda: o.itemgetter(1).__reduce__())
t(lambda: o.itemgetter(1,2).__reduce__())
t(lambda: o.itemgetter(1)([]))
t(lambda: o.itemgetter(1)(1, 2))
t(lambda: o.itemgetter(1)(a=1))
t(lambda: o.methodcaller())
t(lambda: o.methodcaller(1))
t(lambda: o.methodcaller('f', 1, 'x', k=2))
t(lambda: o.methodcaller('f', 1, 'x', k=2).__reduce__())
t(lambda: o.methodcaller('f', 1).__reduce__())
t(lambda: o.methodcaller('upper')('a'))
t(lambda: o.methodcaller('upper')('a', 2))
t(lambda: o.methodcaller('nope')('a'))
t(lambda: o.truth([]))
t(lambda: o.is_(None, None))
t(lambda: o.getitem([1],5))
t(lambda: o.lt(1,'a'))
t(lambda: o.abs(-2))
t(lambda: o.inv(3))
t(lambda: o.add.__name__)
t(lambda: o.add.__qualname__)
t(lambda: o.add.__module__)
t(lambda: o.attrgetter.__module__)
t(lambda: type(o.attrgetter('a')).__name__)
t(lambda: o.attrgetter('a') == o.attrgetter('a'))



t(lambda: o.attrgetter('a..b'))
t(lambda: o.attrgetter('.a'))
t(lambda: o.attrgetter(''))
t(lambda: o.attrgetter('a.')(1))
t(lambda: o.setitem([1],0))
t(lambda: o.delitem({},0))
t(lambda: o.ilshift(1,2))
t(lambda: o.matmul(1,2))
t(lambda: o.imatmul(1,2))
t(lambda: o.truediv(1,0))

for n in ['attrgetter', 'itemgetter', 'methodcaller']:
    try:
        type('X', (getattr(o, n),), {})
        print(n, 'subclassable')
    except TypeError:
        print(n, 'not subclassable')
print(sorted(n for n in dir(o) if not n.startswith('__')))
# arithmetic through the VM's operators
class V:
    def __init__(self, v): self.v = v
    def __add__(self, other): return V(self.v + other)
    def __radd__(self, other): return ('radd', other)
    def __iadd__(self, other): self.v += 10 * other; return self
    def __lt__(self, other): return 'lt!'
    def __getitem__(self, i): return i * 2
    def __index__(self): return 7
    def __neg__(self): return 'neg'
    def __len__(self): return 3
print(o.add(V(1), 2).v, o.add(5, V(1)), o.iadd(V(1), 2).v, o.lt(V(1), 0), o.neg(V(0)), o.index(V(0)))
print(o.concat(V(1), V(2)).v if False else 'skip', o.getitem(V(0), 4), o.countOf([1, 2, 1, 1.0], 1), o.indexOf('abc', 'c'))
print(o.add(1, 2), o.sub(5, 3), o.mul('ab', 2), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 5), o.rshift(64, 2), o.and_(12, 10), o.or_(12, 3), o.xor(6, 3), o.inv(0), o.invert(5), o.pos(-3), o.abs(-4.5))
print(o.eq(1, 1.0), o.ne(1, 2), o.le(2, 2), o.ge(1, 2), o.gt(3, 1), o.is_not(1, None), o.not_(0), o.truth('x'))
l = [1]
print(o.iadd(l, [2]) is l, l, o.iconcat(l, (3,)) is l, l, o.imul([1], 3), o.isub(5, 2), o.ior({1}, {2}))
print(o.concat('ab', 'cd'), o.concat([1], [2]), o.concat((1,), (2,)), o.contains([1, 2], 2), o.contains('abc', 'd'))
d = {}
o.setitem(d, 'k', 1); print(d); o.delitem(d, 'k'); print(d)
print(o.length_hint([1, 2, 3]), o.length_hint(iter(range(5))), o.length_hint(V(0)), o.length_hint(object(), 4))
class LH:
    def __length_hint__(self): return NotImplemented
class LH2:
    def __length_hint__(self): return -1
class LH3:
    def __length_hint__(self): return 'x'
print(o.length_hint(LH(), 8))
for x in [LH2(), LH3()]:
    t(lambda: o.length_hint(x))
print(o.call(o.add, 1, 2), o.call(dict, a=1), o._compare_digest(b'ab', bytearray(b'ab')), o._compare_digest('ab', 'ac'))
class Pt:
    def __init__(self): self.x = 1; self.y = Pt2()
class Pt2:
    z = 'deep'
    def m(self, a, b=0): return (a, b)
print(o.attrgetter('x')(Pt()), o.attrgetter('x', 'y.z')(Pt()), o.attrgetter('y.z')(Pt()))
print(o.itemgetter(0, -1)('abc'), o.itemgetter(slice(1, None))([1, 2, 3]), o.itemgetter('k')({'k': 5}))
print(o.methodcaller('m', 1, b=2)(Pt2()), o.methodcaller('split', ',')('a,b'))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=o.itemgetter(1)))
print(repr(o.attrgetter('x', 'y.z')), repr(o.itemgetter('a', 0)), repr(o.methodcaller('m')))
