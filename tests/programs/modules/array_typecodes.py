# array: every typecode, its item size, conversions and overflow errors.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))

vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
        2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**53, 2**63 - 1, 2**63, -2**63,
        -2**63 - 1, 2**64 - 1, 2**64, -2**64, True, 1.5, 'a', None, 10**30]
for tc in 'bBhHiIlLqQ':
    for v in vals:
        try:
            a = A(tc, [v])
            r = repr(a[0])
        except Exception as e:
            r = f'{type(e).__name__}: {e}'
        print(tc, repr(v), r)

class Idx:
    def __index__(self): return 7
print(A('i', [Idx()]), A('Q', [Idx()]))

for tc in 'fd':
    for v in [0, 1, -2.5, 1e300, float('inf'), 3, 2**70, True, 'x', None, 1/3]:
        try:
            r = repr(A(tc, [v]).tolist())
        except Exception as e:
            r = f'{type(e).__name__}: {e}'
        print(tc, repr(v), r)
class F:
    def __float__(self): return 2.25
print(A('d', [F()]))

for v in ['a', 'ab', '', 1, None, '\U0001F600', b'a']:
    try:
        r = repr(A('u', [v]))
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print('u', repr(v), r)

# big 64-bit values come back as exact ints
q = A('q', [2**62, -2**63, 2**63 - 1, 5])
print(q, [type(x).__name__ for x in q], q[3] + 1)
Q = A('Q', [2**64 - 1, 0, 2**53 + 1])
print(Q, Q[2] - 1)
l = A('l', [-(2**53) - 3])
print(l, A('L', [2**63]))
print(A('f', [0.1]), A('d', [0.1]), A('f', [1e40]))
