# memoryview basics: indexing, slicing, tobytes, tolist, release, writes through to bytearray
data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.nbytes, mv.readonly)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
print(bytes(sub), sub.tobytes(), len(sub), sub[0])
ro = memoryview(b"xyz")
print(ro.readonly, ro.format, ro.itemsize, ro.ndim, ro.shape, ro.strides)
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(mv == b"ABCdef", mv.hex(), bytes(mv[::2]), mv[::-1].tobytes())
with memoryview(b"ctx") as m2:
    print(m2.tobytes())
try:
    m2.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
try:
    len(mv)
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
m3 = memoryview(bytearray(b"\x01\x02\x03\x04"))
print(list(m3), m3.tolist(), bytes(m3.cast("B")), m3.obj == bytearray(b"\x01\x02\x03\x04"))
print(b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"zz")))
