# Slot wrappers check their argument counts; len() honours a subclass's __len__; list() keywords
# in subclasses; mappingproxy | and reversed; SimpleNamespace repr/eq; UnionType hash;
# __basicsize__/__itemsize__; bytes/bytearray iterator and bytearray-subclass pickling; large
# counts for split/replace.
import pickle, copy, sys, types, typing

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: [].__contains__(), lambda: [].__delitem__(), lambda: [].__setitem__(1), lambda: [].__getitem__(),
          lambda: (1).__add__(), lambda: {}.__getitem__(), lambda: [].__eq__(), lambda: (1).__pow__(),
          lambda: [].__iadd__(), lambda: {}.__setitem__(1), lambda: 'a'.__mod__(), lambda: list.__contains__([]),
          lambda: (1).__add__(1, 2), lambda: object.__getattribute__(1), lambda: (1).__lt__()]:
    err(f)
print([1].__contains__(1), (2).__pow__(3), (2).__pow__(3, 5), {1: 2}.__getitem__(1))

class D(dict):
    def __len__(self): return 5
class L(list):
    def __len__(self): return 7
class T(tuple):
    def __len__(self): return 9
print(len(D()), len(L()), len(T()), bool(D()), bool(L([1])))

class sub(list): pass
err(sub, sequence=())
class with_init(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg
u = with_init([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
class with_new(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = with_new([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
err(list, [1], x=1)

view = types.MappingProxyType({'a': 1, 'b': 2})
print(view | {'c': 3}, {'z': 0} | view, list(reversed(view)))
try:
    view |= {'c': 3}
except TypeError as e:
    print("TypeError", e)
class custom(dict):
    def __len__(self): return 500
print(len(types.MappingProxyType(custom(a=1))))

ns1 = types.SimpleNamespace(c='cookie')
ns1.spam = ns1
ns2 = types.SimpleNamespace()
ns3 = types.SimpleNamespace(x=1)
ns2.spam = ns3
ns3.spam = ns2
print(repr(ns1), repr(ns2))
class Spam(types.SimpleNamespace): pass
print(repr(Spam(ham=8)))
class Fake(str):
    __class__ = types.SimpleNamespace
print(types.SimpleNamespace() == Fake(), types.SimpleNamespace() != Fake())

print(hash(int | str) == hash(typing.Union[int, str]), hash(int | str) == hash(str | int))

class A: pass
class B(A): __slots__ = ('x', 'y')
class C: __slots__ = ()
class DI(int): pass
class E(tuple): pass
for t in [object, tuple, list, int, bytes, type, A, B, C, DI, E]:
    print(t.__name__, t.__basicsize__, t.__itemsize__)

for b in [b'abc', bytearray(b'abc')]:
    it = iter(b)
    print(it.__reduce__())
    next(it)
    print(it.__reduce__(), list(pickle.loads(pickle.dumps(it))))
    list(it)
    print(it.__reduce__(), it.__length_hint__())
    it2 = iter(b)
    it2.__setstate__(-5); print(next(it2))
    it2.__setstate__(100); print(list(it2))

class BA(bytearray): pass
class SA(bytearray):
    __slots__ = ('a', 'b')
ba = BA(b'xyz'); ba.q = 1
print(bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(3), bytearray().__reduce_ex__(4))
print(ba.__reduce_ex__(2), ba.__reduce_ex__(4), str(ba), repr(ba))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    x = pickle.loads(pickle.dumps(ba, proto))
    print(proto, type(x).__name__, x, x.q)
sa = SA(b'ab'); sa.a = 1
for proto in (0, 2, 5):
    y = pickle.loads(pickle.dumps(sa, proto))
    print(type(y).__name__, y, y.a, hasattr(y, 'b'))
print(copy.copy(ba).q, copy.deepcopy(sa).a)

print(b'a b'.split(None, sys.maxsize), 'a|b|c'.split('|', sys.maxsize - 2), b'aaa'.replace(b'a', b'b', sys.maxsize))
print('aaa'.replace('a', 'b', sys.maxsize), bytearray(b'a b').rsplit(None, sys.maxsize))
err(b'a'.split, None, 2**64)

# Native types without a constructor cannot be instantiated; repeats up to sys.maxsize run out
# of memory (beyond it: OverflowError).
import types as _t
for t in [type(iter('')), type(iter([])), type(reversed([])), type({}.keys()), type(iter(set())),
          type(iter(range(3))), type(iter(b'')), _t.GeneratorType, _t.BuiltinFunctionType,
          _t.GetSetDescriptorType, _t.MethodWrapperType, _t.UnionType, _t.FrameType]:
    err(t)
for f in [lambda: 'a' * (sys.maxsize - 48), lambda: '' * sys.maxsize, lambda: b'a' * (sys.maxsize // 2),
          lambda: b'' * sys.maxsize, lambda: 'ab' * 2**64]:
    err(f)

# translate checks the table before the deletions; a traceback lists its four attributes
for f in [lambda: b'a'.translate(b'1', 1), lambda: bytearray(b'a').translate(b'1', 1), lambda: b'a'.translate(None, 1)]:
    err(f)
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))
