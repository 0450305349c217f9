# array: __reduce_ex__, copy, deepcopy, _array_reconstructor, buffer protocol.
import array, copy
from array import array as A

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for tc in array.typecodes:
    a = A(tc, 'ab') if tc == 'u' else A(tc, [1, 2])
    r2 = a.__reduce_ex__(2)
    r3 = a.__reduce_ex__(3)
    print(tc, r2[0] is A, r2[1], r2[2], r3[0] is array._array_reconstructor, r3[1][1:], r3[2])
    rebuilt = r3[0](*r3[1])
    print(' ', rebuilt == a, copy.copy(a) == a, copy.deepcopy(a) == a, copy.copy(a) is not a)

class Sub(A):
    pass
s = Sub('i', [5])
s.tag = 'x'
r = s.__reduce_ex__(4)
print(r[1][0] is Sub, r[2])
c = copy.copy(s)
print(type(c).__name__, c, hasattr(c, "tag"))
d = copy.deepcopy(s)
print(type(d).__name__, d, d is not s)
print(Sub('b').__reduce_ex__(1))

# reconstructor with other machine formats
R = array._array_reconstructor
print(R(A, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'))
print(R(A, 'h', 5, b'\xff\xfe'))
print(R(A, 'q', 13, b'\x80' + b'\x00' * 7))
print(R(A, 'd', 17, b'\x3f\xf0\x00\x00\x00\x00\x00\x00'))
print(R(A, 'f', 15, b'\x3f\xc0\x00\x00'))
print(R(A, 'd', 14, b'\x00\x00\xc0\x3f'))
print(R(A, 'u', 18, 'hi'.encode('utf-16-le')))
print(R(A, 'u', 21, 'ok'.encode('utf-32-be')))
print(R(A, 'L', 0, b'\x01\x02'))
print(R(Sub, 'b', 1, b'\x01'), type(R(Sub, 'b', 1, b'\x01')).__name__)
show(lambda: R(A, 'b', 0, b'\xff'))
show(lambda: R(A, 'i', 9, b'\x00\x00'))
show(lambda: R(A, 'i', 8, b'\x00\x00'))
show(lambda: R(1, 'b', 0, b''))
show(lambda: R(str, 'b', 0, b''))
show(lambda: R(A, 'x', 0, b''))
show(lambda: R(A, 'b', 22, b''))
show(lambda: R(A, 'b', -1, b''))
show(lambda: R(A, 'b', 0, 'x'))
show(lambda: R(A, 'b', 18, 'x'.encode('utf-16-le')))

# buffer protocol
a = A('h', [1, 2, -1])
print(bytes(a), bytearray(a), len(bytes(A('d', [1.0]))))
m = memoryview(a)
print(m.tobytes(), m.nbytes if hasattr(m, 'nbytes') else None, len(m), m.itemsize, m.format)
print(m.cast('B').tolist())
print(m.tolist())
mb = memoryview(A('B', [1, 2, 3]))
mb[0] = 9
print(mb.tolist(), mb.obj if hasattr(mb, 'obj') else None)
import hashlib, struct
print(hashlib.md5(A('i', [1, 2, 3])).hexdigest() == hashlib.md5(struct.pack('3i', 1, 2, 3)).hexdigest())
buf = A('b', [0] * 8)
struct.pack_into('<hi', buf, 1, 258, -1)
print(buf)
print(struct.unpack_from('<hi', buf, 1))
print(b'\x01\x00' in bytes(A('h', [1])), A('B', b'xyz').tobytes().decode())
