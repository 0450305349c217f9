# struct: every format character in every byte order, sizes, alignment, round trips.
import struct

ORDERS = ['', '@', '=', '<', '>', '!']
INT_CODES = 'bBhHiIlLqQ'
for o in ORDERS:
    print(repr(o), [struct.calcsize(o + c) for c in 'xcbB?hHiIlLqQefd'])
print([struct.calcsize(c) for c in 'nNP'])
for f in ['bi', 'bq', 'b0i', 'ibh', 'hbi', '@bd', '=bd', 'cP', 'bN', 'be', 'b?', '3s i', ' i ', 'i\n', '2p', '0p', '0s',
          '5x', 'x3x', '<bd', '!bd', '>bd', 'hxiq0q', 'c2h', 'b3i', 'bhq', 'ih0l', '10s2i', '3e', 'bf', 'bd0i',
          '\tb \n h', '0x', '0i', 'x0Q', '1000000000000i', '9223372036854775807x', b'ii', b'<q']:
    print(repr(f), struct.calcsize(f))

def limits(o, c):
    size = struct.calcsize(o + c)
    if c.islower():
        return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    return 0, (1 << (8 * size)) - 1

for o in ORDERS:
    for c in INT_CODES:
        lo, hi = limits(o, c)
        for v in [lo, hi, 0, 1, lo + 1, hi - 1, (lo + hi) // 2, 100 if hi > 100 else 5]:
            b = struct.pack(o + c, v)
            back = struct.unpack(o + c, b)[0]
            assert back == v, (o, c, v, back)
        print(o, c, struct.pack(o + c, hi), struct.pack(o + c, lo), struct.pack(o + c, 1))
for c in 'nNP':
    lo, hi = limits('', c) if c != 'P' else (0, 2**64 - 1)
    print(c, struct.pack(c, hi), struct.pack(c, lo), struct.unpack(c, struct.pack(c, hi)))
print(struct.pack('P', -1), struct.unpack('P', b'\xff' * 8), struct.unpack('n', b'\xff' * 8), struct.unpack('N', b'\xff' * 8))

# mixed formats with alignment and padding
vals = (1, -2, 3, b'ab', 4.5, True, b'z')
for o in ORDERS:
    f = o + 'bhi2sd?c'
    b = struct.pack(f, *vals)
    print(repr(f), len(b), b, struct.unpack(f, b))
print(struct.pack('@hxiq0q', 1, 2, 3), struct.pack('=hxiq0q', 1, 2, 3))
print(struct.unpack('@hxiq0q', bytes(range(16))))
print(struct.pack('3x2s', b'a'), struct.pack('hxi', 1, 2), struct.pack('x3x'), struct.unpack('x3x', b'1234'))
print(struct.pack('!h', -2), struct.pack('>5?', 1, 0, [], [1], None), struct.unpack('3?', b'\x00\x02\xff'))
print(struct.pack('3c', b'a', b'b', b'\xff'), struct.unpack('3c', b'abc'))
print(struct.pack('i', True), struct.pack('Q', False), struct.pack('b', -1))

# s and p
print(struct.pack('3s', b'abcdef'), struct.pack('3s', b'a'), struct.pack('0s', b'abc'), struct.pack('s', b''))
print(struct.pack('3s', bytearray(b'ab')), struct.pack('5p', b'ab'), struct.pack('1p', b'ab'), struct.pack('0p', b'ab'))
print(struct.pack('300p', b'x' * 300)[:4], len(struct.pack('300p', b'x' * 300)))
print(struct.pack('256p', b'y' * 300)[:3], struct.pack('4p', b'abcdefg'))
print(struct.unpack('5p', b'\x02abcd'), struct.unpack('5p', b'\x09abcd'), struct.unpack('1p', b'\x05'), struct.unpack('3p', b'\x05ab'))
print(struct.unpack('3s', b'a\x00c'), struct.unpack('0s', b''), struct.unpack('2s2s', b'abcd'))
class BS(bytes): pass
print(struct.pack('c', BS(b'x')), struct.pack('2s', BS(b'xy')))

# buffers of every kind
for buf in [b'\x01\x00\x00\x00', bytearray(b'\x01\x00\x00\x00'), memoryview(b'\x01\x00\x00\x00'),
            memoryview(bytearray(b'\x01\x00\x00\x00')), memoryview(b'xx\x01\x00\x00\x00yy')[2:6]]:
    print(type(buf).__name__, struct.unpack('<i', buf), struct.unpack_from('<h', buf, 2))
print(struct.unpack('', b''), struct.unpack('<x', b'\x00'), struct.pack(''))

# __index__ and bool
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(struct.pack('i', Idx(7)), struct.pack('>Q', Idx(2**64 - 1)), struct.pack('d', Idx(3)), struct.pack('e', Idx(2)))
class Truth:
    def __bool__(self): return False
print(struct.pack('?', Truth()), struct.pack('?', 'x'), struct.pack('?', 0.0))

# round trips of big values
for v in [2**53, 2**53 + 1, -2**53 - 1, 2**63 - 1, -2**63]:
    print(v, struct.unpack('<q', struct.pack('<q', v))[0] == v, struct.unpack('>q', struct.pack('>q', v))[0] == v)
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\x00' * 7 + b'\x80'), struct.unpack('<l', b'\xff' * 4),
      struct.unpack('>L', b'\xff' * 4), struct.unpack('@L', b'\xff' * 8))
print(type(struct.unpack('<Q', b'\x01' + b'\x00' * 7)[0]).__name__)
