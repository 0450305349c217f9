# struct: the Struct type, its methods, subclassing, iter_unpack, the cache and the module surface.
import struct, _struct

S = struct.Struct
s = S('<ih')
print(s.format, s.size, type(s), type(s).__module__, S.__name__, S.__qualname__, repr(s).startswith('<_struct.Struct object at'))
print(S(b'<i').format, S(b'<i').size, S(format='>q').size, S(' 3s ').format)
print(sorted(x for x in dir(struct) if not x.startswith('__')))
print(sorted(x for x in dir(S) if not x.startswith('__')))
print(struct.Struct is _struct.Struct, struct.error is _struct.error, struct.pack is _struct.pack)
print(struct.pack.__doc__)
print(struct.calcsize.__doc__, struct.__doc__.splitlines()[0])

def t(label, f, *a, **k):
    try:
        print(label, 'ok', f(*a, **k))
    except Exception as e:
        print(label, type(e).__name__, e)

print(s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'\x00' * 4 + b'\x05\x00\x00\x00\x06\x00', 4))
print(s.unpack_from(b'\x00' * 10, offset=4), s.unpack_from(buffer=b'\x01' * 6))
b = bytearray(10)
print(s.pack_into(b, 2, -1, -2), b)
t('Struct()', S); t('Struct 2', S, 'i', 'x'); t('Struct int', S, 5); t('Struct bad kw', S, fmt='i')
t('unpack 0', s.unpack); t('unpack 2', s.unpack, b'1234', 1); t('unpack kw', s.unpack, buffer=b'1234')
t('unpack_from 0', s.unpack_from); t('unpack_from 3', s.unpack_from, b'1234', 0, 0); t('iter_unpack 0', s.iter_unpack)
t('pack_into 1', s.pack_into, bytearray(4)); t('pack_into 0', s.pack_into); t('pack kw', s.pack, x=1)
t('pack count', s.pack, 1); t('unpack size', s.unpack, b'12345')
t('set format', setattr, s, 'format', 'i'); t('set size', setattr, s, 'size', 3)
t('unbound', S.pack); t('unpack_iterator()', type(s.iter_unpack(b'')))

# re-initialising and bare __new__
s2 = S('i')
s2.__init__('q')
print(s2.format, s2.size, s2.pack(2**40))
s3 = S.__new__(S)
print(repr(s3.format), s3.size)

# subclassing
class MyS(S):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.extra = 1
    def double(self, *v):
        return self.pack(*v) * 2
m = MyS('>H')
print(type(m).__name__, m.format, m.size, m.pack(3), m.extra, m.double(258), isinstance(m, S), m.unpack(b'\x01\x02'))
class Plain(S): pass
p = Plain('2b')
p.attr = 'x'
print(p.pack(1, 2), p.attr, type(p).__mro__[1] is S)

# iter_unpack
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, type(it).__module__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), iter(it) is it)
print(list(S('>bB').iter_unpack(bytearray(b'\xff\xff\x01\x02'))), list(struct.iter_unpack('i', b'')))
print(list(struct.iter_unpack('2s', memoryview(b'abcdef'))))
try:
    next(it)
except StopIteration:
    print('StopIteration')

# pack_into through memoryviews and negative offsets
buf = bytearray(12)
struct.pack_into('<i', buf, -4, 0x11223344)
struct.pack_into('>h', memoryview(buf)[2:], 0, 0x5566)
S('<2b').pack_into(buf, 6, -1, 1)
print(buf)

# the cache: formats are keys (str and bytes alike), _clearcache empties it
for i in range(150):
    struct.calcsize('%dx' % i)
print(struct.calcsize('i'), struct.calcsize(b'i'), struct._clearcache(), struct.calcsize('5s'))
t('bytearray format', struct.calcsize, bytearray(b'i'))
t('unicode format', struct.calcsize, 'é'); t('Struct unicode', S, '\u20ac')
print(struct.unpack_from('<i', memoryview(b'\x00\x01\x00\x00\x00'), 1), struct.unpack('b', bytearray(b'\x80')))
