# memoryview over typed buffers (array.array, casts): items, iteration, item and slice
# assignment by format, comparisons, hashing (kept after release), keys, weak references.
import array, weakref, gc

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = array.array('i', [97, 98, 99, 100, 101, 102])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, list(m), m.tolist())
print(list(m[::2]), m[::2].tolist(), m[::-1].tobytes() == array.array('i', [102, 101, 100, 99, 98, 97]).tobytes())
print(m == b"abcdef", m == bytearray(b"abcdef"), m == array.array('B', b"abcdef"), m != b"abcdeg", m == b"abcde")
print(m == m[:], m[0:6] == m[:], m[0:5] == m, m == "abcdef", "abcdef" != m)
for c in (m, b"abcdef"):
    err(lambda: m < c)
    err(lambda: c <= m)
print(bytearray(b"abc") < memoryview(b"abd"), bytearray(b"abc") == memoryview(b"abc"))
err(lambda: b"abc" < memoryview(b"abd"))

m[0] = 120
m[1:3] = array.array('i', [1, 2])
print(a.tolist())
err(m.__setitem__, 0, 2**31)
err(m.__setitem__, 0, "x")
err(m.__setitem__, 0, 1.5)
err(m.__setitem__, slice(0, 2), b"ab")
err(m.__setitem__, slice(0, 2), array.array('i', [1]))
err(m.__setitem__, slice(0, 1), array.array('h', [1]))
err(m.__setitem__, slice(0, 1), "x")
m[2:4] = m[0:2]
print(a.tolist())

b = bytearray(b"abcdef")
mb = memoryview(b)
mb[(0,)] = 65
print(mb[(1,)], mb[0], b)
for key in [6, -7, 2**63, (0, 0), (slice(0, 1),), (slice(0, 1), slice(0, 1)), (slice(0, 1), 0), "a", 0.0, ()]:
    err(mb.__getitem__, key)
    err(mb.__setitem__, key, 1)
err(mb.__setitem__, 0, b"a")
err(mb.__setitem__, 0, 256)
err(mb.__setitem__, 0, -1)
mc = mb.cast('c')
mc[0] = b"z"
err(mc.__setitem__, 0, b"")
err(mc.__setitem__, 0, 5)
print(b, mc[1], mc.tolist()[:2])

d = array.array('d', [1.5, float('nan')])
md = memoryview(d)
print(md.tolist()[0], md == md, md == memoryview(array.array('d', [1.5, float('nan')])))
md[0] = 2
md[0] = True
print(d[0])
err(memoryview(bytearray(4)).cast, 'e')
mf = memoryview(bytearray(8)).cast('f')
mf[0] = 1.5
err(mf.__setitem__, 1, 1e300)
print(mf.tolist())
mq = memoryview(bytearray(16)).cast('Q')
mq[0] = 2**64 - 1
err(mq.__setitem__, 1, -1)
print(mq.tolist())
mbool = memoryview(bytearray(2)).cast('?')
mbool[0] = [1]
print(mbool.tolist())

# cast of a cast, memoryview of a view keeps the format
h = array.array('H', [256, 256, 256, 256])
x = memoryview(h).cast('B').cast('H')
y = memoryview(x)
print(x[0], y[0], y.format, x[0:2].format, memoryview(x).toreadonly().format)

# hashing: read-only byte formats only; the hash survives release
r = memoryview(b"abcdef")
hv = hash(r)
print(hv == hash(b"abcdef"))
r.release()
print(hash(r) == hv)
err(hash, memoryview(b"abc").cast('i') if False else memoryview(bytes(4)).cast('i'))
err(hash, memoryview(bytearray(b"abc")))
r2 = memoryview(b"xyz")
r2.release()
err(hash, r2)

# weak references
w = memoryview(b"abc")
wr = weakref.ref(w)
print(wr() is w)
