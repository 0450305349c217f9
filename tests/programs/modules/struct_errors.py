# struct: the exact errors (struct.error and others) for bad formats, values, buffers and calls.
import struct

def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

print(struct.error, struct.error.__module__, struct.error.__mro__, issubclass(struct.error, Exception))

for o in ['@', '=', '<', '>', '!']:
    for c in 'bBhHiIlLqQnNP':
        if o != '@' and c in 'nNP':
            continue
        size = struct.calcsize(o + c)
        for v in [2**70, -2**70, 2**(size * 8), -1, -2**(size * 8 - 1) - 1, 2**(size * 8 - 1), 2**64, -2**63 - 1, 1.5, 'a', None]:
            t(o + c + ' ' + repr(v), struct.pack, o + c, v)

for o in ['@', '<', '>']:
    for c in 'efd':
        for v in [1e300, -1e300, float('inf'), 'x', 65520.0, 65519.99, 3, 2**1024, None, 3.4028235677973366e+38, 3.4028235677973362e+38, -1e39]:
            t(o + c + ' ' + repr(v), struct.pack, o + c, v)

# bad formats
for f in ['z', '3', '<<i', 'i<', '1 i', '<P', '=n', '>N', 'i\0', 'é', 5, None, bytearray(b'i'), '99999999999999999999i',
          '4611686018427387904i', '2', 'q' * 3, '10000000000000000000000000000i', '-1i', '$']:
    t('calcsize ' + repr(f), struct.calcsize, f)
    t('Struct ' + repr(f), lambda f: struct.Struct(f).size, f)

# wrong values for c, s, p, ?
t('c ab', struct.pack, 'c', b'ab'); t('c str', struct.pack, 'c', 'a'); t('c bytearray', struct.pack, 'c', bytearray(b'a'))
t('c int', struct.pack, 'c', 1); t('s str', struct.pack, 's', 'abc'); t('s int', struct.pack, 's', 1)
t('p int', struct.pack, 'p', 1); t('s mv', struct.pack, '3s', memoryview(b'ab'))
class BadBool:
    def __bool__(self): raise ValueError('nob')
t('? raises', struct.pack, '?', BadBool())
class BadIndex:
    def __index__(self): return 'x'
class RaiseIndex:
    def __index__(self): raise ValueError('nope')
class OnlyFloat:
    def __float__(self): return 2.5
t('i badindex', struct.pack, 'i', BadIndex()); t('i raiseindex', struct.pack, 'i', RaiseIndex())
t('d raiseindex', struct.pack, 'd', RaiseIndex()); t('i onlyfloat', struct.pack, 'i', OnlyFloat())
t('d onlyfloat', struct.pack, 'd', OnlyFloat()); t('f complex', struct.pack, 'f', 1j)

# item counts
t('ii 1', struct.pack, 'ii', 1); t('x 1', struct.pack, 'x', 1); t('i 2', struct.pack, 'i', 1, 2); t('0p', struct.pack, '0p')
t('2i', struct.pack, '2i', 1); t('1000000000000i', struct.pack, '1000000000000i')
t('no format', struct.pack); t('pack kw', struct.pack, 'i', x=1); t('pack Struct', struct.pack, struct.Struct('i'), 5)

# unpack buffer sizes and types
t('unpack short', struct.unpack, 'i', b'12'); t('unpack long', struct.unpack, 'i', b'12345'); t('unpack str', struct.unpack, 'i', 'abcd')
t('unpack int', struct.unpack, 'i', 5); t('unpack args', struct.unpack, 'i'); t('unpack 3', struct.unpack, 'i', b'1234', 3)
t('unpack huge', struct.unpack, '9223372036854775807x', b''); t('unpack 0p', struct.unpack, '0p', b'')
t('unpack strided', struct.unpack, '<i', memoryview(b'\x01\x00\x00\x00\x00\x00\x00\x00')[::2])
t('unpack list', struct.unpack, 'b', [1])

# unpack_from
buf = b'12345678'
for off in [0, 4, 5, 8, 9, -1, -2, -4, -5, -8, -9, 2**70, -2**70, 1.0, True]:
    t('unpack_from ' + repr(off), struct.unpack_from, 'i', buf, off)
t('unpack_from kw', struct.unpack_from, 'i', buffer=buf, offset=4); t('unpack_from fmtkw', struct.unpack_from, format='i', buffer=buf)
t('unpack_from none', struct.unpack_from); t('unpack_from 1', struct.unpack_from, 'i')
t('unpack_from 4', struct.unpack_from, 'i', buf, 0, 1); t('unpack_from bad kw', struct.unpack_from, 'i', buf, bad=1)
t('unpack_from dup', struct.unpack_from, 'i', buf, buffer=buf)

# pack_into
b = bytearray(8)
for off in [0, 4, 5, 6, 8, 9, -1, -2, -4, -8, -9, 2**70, -2**70, 1.0]:
    t('pack_into ' + repr(off), struct.pack_into, 'i', b, off, 7)
print(b)
t('pack_into bytes', struct.pack_into, 'i', b'1234', 0, 5); t('pack_into no buf', struct.pack_into, 'i')
t('pack_into no offset', struct.pack_into, 'i', b); t('pack_into no items', struct.pack_into, 'i', b, 0)
t('pack_into 2 items', struct.pack_into, 'i', b, 0, 1, 2); t('pack_into nothing', struct.pack_into)
t('pack_into ro mv', struct.pack_into, 'i', memoryview(b'12345'), 0, 9)
t('pack_into list', struct.pack_into, 'i', [0] * 4, 0, 9)
t('pack_into str', struct.pack_into, 'i', 'abcd', 0, 9)
m = memoryview(b)
t('pack_into mv', struct.pack_into, '>h', m, 2, -2); print(b)
t('pack_into mv slice', struct.pack_into, '>h', m[4:], 0, 258); print(b)
t('pack_into bad value', struct.pack_into, 'b', b, 0, 999); print(b)

# iter_unpack
t('iter_unpack short', struct.iter_unpack, 'i', b'123'); t('iter_unpack empty', struct.iter_unpack, '', b'123')
t('iter_unpack x0i', lambda: type(struct.iter_unpack('x0i', b'')).__name__); t('iter_unpack str', struct.iter_unpack, 'i', 'abcd')
t('iter_unpack args', struct.iter_unpack, 'i')

# calcsize calls
t('calcsize none', struct.calcsize); t('calcsize 2', struct.calcsize, 'i', 'i')
t('calcsize Struct', struct.calcsize, struct.Struct('i'))
