# memoryview.cast with a shape: n-d and 0-d views (indexing by tuples, tolist, strides,
# contiguity, equality, casts back to 1-D) and the errors; released views during conversions.
m0 = memoryview(bytearray(b'1')).cast('B', ())
m = memoryview(bytearray(b'123456')).cast('B', (2, 3))
print(len(m), m.ndim, m.shape, m.strides, m.tolist(), m.tobytes(), m.nbytes, m.c_contiguous, m.f_contiguous, m.contiguous, m.suboffsets)
ops = [lambda: m[0], lambda: m[0,1], lambda: m[1,-1], lambda: m[2,0], lambda: m[0:1].tolist(), lambda: list(m), lambda: m == memoryview(b'123456').cast('B',(2,3)), lambda: m == b'123456', lambda: m.cast('B').tolist(), lambda: m.cast('B', (3,2)), lambda: m.hex(), lambda: bytes(m), lambda: m.__setitem__((0,1), 65), lambda: m.tolist(), lambda: m[(0,)], lambda: m[0,1,2], lambda: m.cast('H').tolist(), lambda: memoryview(b'1234').cast('B', (3,)), lambda: memoryview(b'1234').cast('B', (0,4)), lambda: memoryview(b'1234').cast('B', [2,2]).shape, lambda: memoryview(b'1234').cast('B', 'ab'), lambda: memoryview(b'1234').cast('I', (1,)).tolist(), lambda: memoryview(b'12345678').cast('I', (2,1)).tolist(), lambda: memoryview(b'1234').cast('B', ()), lambda: memoryview(b'1').cast('B', ()).tolist(), lambda: memoryview(b'1').cast('B', ()).shape, lambda: len(memoryview(b'1').cast('B', ())), lambda: memoryview(b'1').cast('B', ())[()], lambda: memoryview(b'1234').cast('B', (2,-2)), lambda: memoryview(b'1234').cast('B', (2,2.0)), lambda: memoryview(b'1234').cast('B', shape=(2,2)).shape,lambda: memoryview(b'1234').cast('B', (1,)*65), lambda: memoryview(b'1234')[::2].cast('B', (2,)), lambda: hash(memoryview(b'1234').cast('B', (2,2))) == hash(b'1234'), lambda: m.toreadonly().shape, lambda: memoryview(m).shape, lambda: m[0:1].shape,
lambda: m0[0], lambda: m0[()], lambda: m0[...] is m0, lambda: list(m0), lambda: m0.tolist(), lambda: m0.__setitem__((), 50), lambda: m0.tolist(), lambda: m0.__setitem__(0, 50), lambda: m0[0:1], lambda: m0.strides, lambda: (m0.c_contiguous, m0.f_contiguous, m0.contiguous), lambda: m0 == memoryview(b'2').cast('B', ()), lambda: m0.cast('B').tolist(),
lambda: m.__setitem__(0, 1), lambda: m.__setitem__(slice(0,1), b'abc'), lambda: m.__setitem__((0,5), 1), lambda: m.__setitem__((0,), 1), lambda: m[..., 0], lambda: m[...], lambda: m[1:].tolist(), lambda: m[:, 1], lambda: m[-5:1].shape, lambda: m[1:0].shape, lambda: m[1:0].tolist(), lambda: m[-1,-1],
lambda: memoryview(bytearray(b'123456')).cast('B', (1, 6)).f_contiguous, lambda: memoryview(b'123456').cast('B', (6,1)).f_contiguous, lambda: memoryview(b'12345678').cast('H', (2,2)).strides, lambda: memoryview(b'12345678').cast('H', (2,2)).cast('B', (8,)).tolist(), lambda: memoryview(b'12345678').cast('H', (2,2)).cast('I').tolist(), lambda: memoryview(b'12345678').cast('H').cast('I', (2,)), lambda: memoryview(b'12345678').cast('I', shape=[2]).tolist(), lambda: memoryview(b'12345678').cast(format='B', shape=[2,4]).shape, lambda: memoryview(b'12345678').cast('B', None), lambda: memoryview(b'12345678').cast('c', (2,4)).tolist(),
lambda: memoryview(b'12345678').cast('B',(2,4)) == memoryview(b'12345678').cast('B',(4,2)), lambda: memoryview(b'12345678').cast('B',(2,4)) == memoryview(b'12345678').cast('c',(2,4)), lambda: memoryview(b'12345678').cast('B',(2,4)) == memoryview(b'12345678').cast('b',(2,4)), lambda: memoryview(b'12').cast('B',(2,1)).f_contiguous, lambda: memoryview(b'12345678').cast('B',(2,4)).cast('B',(8,)).shape, lambda: len(m[0:0]), lambda: bytes(memoryview(b'12345678').cast('B',(2,4))[1:]), lambda: memoryview(b'12345678').cast('B',(2,4))[1:].c_contiguous,
 lambda: memoryview(b'1234').cast('B', (2,'a')), lambda: memoryview(b'1234').cast('B', (2,2**70)), lambda: memoryview(b'1234').cast('X', (2,-1)), lambda: memoryview(b'1234').cast('I', (2,2)), lambda: memoryview(b'12345678').cast('I').cast('H', (2,2)), lambda: memoryview(b'1234').cast('B', (2,0)),
 lambda: memoryview(b'12345678').cast('I').c_contiguous, lambda: memoryview(b'12345678')[::2].c_contiguous, lambda: memoryview(b'12345678')[::-1].contiguous, lambda: memoryview(b'12345678')[::3][:1].cast('B').tolist(), lambda: memoryview(b'12345678').cast(), lambda: memoryview(b'12345678').cast('B', (2,4), 1), lambda: memoryview(b'12345678').cast('B', shap=1),
 lambda: memoryview(bytearray(8)).cast('d', (1,)).tolist(), lambda: memoryview(bytearray(16)).cast('d', (2,1)).tolist(), lambda: memoryview(b'123456').cast('B', (2, 3))[1:2, 0:1], lambda: memoryview(b'123456').cast('B', (2, 3))[0:2:1].tolist()]
for i, op in enumerate(ops):
  try: print(i, op())
  except Exception as e: print(i, type(e).__name__, e)
import base64
md = memoryview(b"1234").cast('B', (2, 2))
for f in (base64.encodebytes, base64.decodebytes):
    try: f(md)
    except TypeError as e: print(type(e).__name__, e)
import binascii
print(binascii.b2a_base64(md), binascii.hexlify(md), bytes(md), bytearray(md), md.tobytes(), b"".join([md]))

# a value's __index__/__float__/__bool__ that releases the view: the store is refused
def release_during(fmt, value_cls, key=0, shape=None):
    global m2
    ba = bytearray(b"\xff" * 16)
    m2 = memoryview(ba).cast(fmt) if shape is None else memoryview(ba).cast(fmt, shape)
    try:
        m2[key] = value_cls()
    except ValueError as e:
        print(fmt, type(e).__name__, e, bytes(ba[:4]))
class RelIndex:
    def __index__(self):
        m2.release()
        return 4
class RelFloat:
    def __float__(self):
        m2.release()
        return 4.25
class RelBool:
    def __bool__(self):
        m2.release()
        return True
for fmt in "bhilqnBHILQN":
    release_during(fmt, RelIndex)
for fmt in "fd":
    release_during(fmt, RelFloat)
release_during("?", RelBool)
release_during("B", RelIndex, (0, 1), (4, 4))
ba = bytearray(b"\xff" * 16)
m3 = memoryview(ba).cast("B", (4, 4))
class RelKey:
    def __index__(self):
        m3.release()
        return 1
for op in (lambda: m3[RelKey(), 0], lambda: m3.__setitem__((0, RelKey()), 1)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
