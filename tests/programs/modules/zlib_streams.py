# zlib's Compress and Decompress objects: streaming, flush modes, max_length with
# unconsumed_tail, unused_data and eof, preset dictionaries, copy(), and their errors.
import copy
import zlib


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:100])
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(400))

# small outputs, byte for byte
c = zlib.compressobj()
print(c.compress(b"a"), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_FULL_FLUSH),
      c.flush(zlib.Z_BLOCK), c.flush(zlib.Z_PARTIAL_FLUSH), c.flush(zlib.Z_NO_FLUSH), c.flush())
c = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FIXED)
print(c.compress(b"hello"), c.flush())
c = zlib.compressobj(level=1, wbits=31, memLevel=1, strategy=zlib.Z_HUFFMAN_ONLY)
print(c.compress(b"hello"), c.flush())
c = zlib.compressobj(strategy=zlib.Z_RLE)
print(c.compress(b"aaaaaaaaaaaaaaaa"), c.flush())
c = zlib.compressobj(zdict=b"hello world")
s = c.compress(b"hello world hello") + c.flush()
print(s)
x = c.flush(zlib.Z_NO_FLUSH)
print(x)
show("compress after finish", lambda: c.compress(b"x"))
show("flush after finish", lambda: c.flush())
show("sync flush after finish", lambda: c.flush(zlib.Z_SYNC_FLUSH))
show("copy after finish", lambda: c.copy())

# streaming round trips with every flush mode between pieces
pieces = [text[i:i + 1000] for i in range(0, len(text), 1000)]
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    for wbits in (15, -15, 31):
        co = zlib.compressobj(6, zlib.DEFLATED, wbits)
        out = []
        for p in pieces:
            out.append(co.compress(p))
            out.append(co.flush(mode))
        out.append(co.flush())
        blob = b"".join(out)
        assert zlib.decompress(blob, wbits) == text
        do = zlib.decompressobj(wbits)
        got = b"".join(do.decompress(blob[i:i + 77]) for i in range(0, len(blob), 77)) + do.flush()
        assert got == text and do.eof and do.unused_data == b"" and do.unconsumed_tail == b"", (mode, wbits)
    print("flush mode", mode, "ok")

# sync flush makes everything so far decodable
co = zlib.compressobj()
part = co.compress(text[:500]) + co.flush(zlib.Z_SYNC_FLUSH)
print(part[-4:].hex(), zlib.decompressobj().decompress(part) == text[:500])

# max_length and unconsumed_tail
blob = zlib.compress(text)
do = zlib.decompressobj()
chunks = []
data = blob
while data:
    chunk = do.decompress(data, 1000)
    assert len(chunk) <= 1000
    chunks.append(chunk)
    data = do.unconsumed_tail
chunks.append(do.flush())
print(len(chunks) > 10, b"".join(chunks) == text, do.eof)

s = zlib.compress(b"abc" * 10)
d = zlib.decompressobj()
print(d.decompress(s, 5), d.unconsumed_tail, d.eof)
print(d.decompress(d.unconsumed_tail + b"QQ", 25), d.unconsumed_tail, d.eof, d.unused_data)
print(d.decompress(d.unconsumed_tail, 5), d.unconsumed_tail, d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(s + b"xx"), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b"yy"), d.unused_data)
print(d.flush(), d.eof, d.unused_data)
show("decompress after end flush", lambda: d.decompress(b"zz"))
print(d.unused_data)
show("copy after end flush", lambda: d.copy())
print(d.flush())

# exactly max_length output at the end of the stream
for n in range(26, 34):
    d = zlib.decompressobj()
    out = d.decompress(s + b"tail", n)
    print(n, len(out), d.eof, d.unused_data, d.unconsumed_tail)

# flush finishes a stream fed in part
d = zlib.decompressobj()
a = d.decompress(s[:10])
b = d.flush()
print(a + b, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
a = d.decompress(s, 3)
print(a, d.flush(), d.eof, d.unconsumed_tail, d.unused_data)
show("flush zero", lambda: zlib.decompressobj().flush(0))
show("flush negative", lambda: zlib.decompressobj().flush(-1))
show("max_length negative", lambda: zlib.decompressobj().decompress(b"", -1))
show("max_length huge", lambda: zlib.decompressobj().decompress(zlib.compress(b"hi"), 2 ** 63 - 1))
show("max_length too huge", lambda: zlib.decompressobj().decompress(b"", 2 ** 70))
show("max_length kw", lambda: zlib.decompressobj().decompress(zlib.compress(b"hi"), max_length=1))
show("data kw", lambda: zlib.decompressobj().decompress(data=b""))

# errors are sticky and keep the unconsumed input
d = zlib.decompressobj()
show("garbage", lambda: d.decompress(b"garbage", 3))
print(d.unconsumed_tail, d.unused_data, d.eof)
show("garbage again", lambda: d.decompress(b"more"))
print(d.flush())
d = zlib.decompressobj()
show("bad block", lambda: d.decompress(b"x\x9c\xff\xff\xff"))

# several gzip members: each decompressobj stops at the end of one
g = zlib.compress(b"first", wbits=31) + zlib.compress(b"second", wbits=31)
d = zlib.decompressobj(31)
print(d.decompress(g), d.eof, len(d.unused_data))
d2 = zlib.decompressobj(47)
print(d2.decompress(d.unused_data), d2.eof, d2.unused_data)
d = zlib.decompressobj(31)
print([d.decompress(bytes([b])) for b in g[:25]][-3:], d.eof)

# preset dictionaries
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
blob = co.compress(text[:300]) + co.flush()
print(blob[:6].hex())
show("no zdict", lambda: zlib.decompressobj().decompress(blob))
show("wrong zdict", lambda: zlib.decompressobj(zdict=b"other").decompress(blob))
print(zlib.decompressobj(zdict=zd).decompress(blob) == text[:300])
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(blob) == text[:300])
d = zlib.decompressobj(zdict=zd)
print(b"".join(d.decompress(blob[i:i + 3]) for i in range(0, len(blob), 3)) == text[:300], d.eof)
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(text[:300]) + co.flush()
print(zlib.decompressobj(-15, zd).decompress(raw) == text[:300])
show("raw without zdict", lambda: zlib.decompressobj(-15).decompress(raw) == text[:300])
show("gzip zdict", lambda: zlib.compressobj(wbits=31, zdict=b"abc"))
show("str zdict", lambda: zlib.compressobj(zdict="abc"))
show("str zdict d", lambda: zlib.decompressobj(zdict="abc"))
show("none zdict", lambda: zlib.compressobj(zdict=None).flush())
show("empty zdict", lambda: zlib.compressobj(zdict=b"").flush())

# copies continue independently
co = zlib.compressobj()
head = co.compress(text[:2000])
c2 = co.copy()
c3 = copy.copy(co)
c4 = copy.deepcopy(co)
t1 = co.compress(b"AAAA") + co.flush()
t2 = c2.compress(b"BBBB") + c2.flush()
print(zlib.decompress(head + t1) == text[:2000] + b"AAAA", zlib.decompress(head + t2) == text[:2000] + b"BBBB")
print(c3.flush() == c4.flush())
blob = zlib.compress(text)
d = zlib.decompressobj()
first = d.decompress(blob[:500])
d2 = d.copy()
rest1 = d.decompress(blob[500:]) + d.flush()
rest2 = d2.decompress(blob[500:]) + copy.copy(d2).flush()
print(first + rest1 == text, first + rest2 == text, d.eof, d2.eof)
d = zlib.decompressobj()
d.decompress(blob + b"extra", 100)
d2 = copy.deepcopy(d)
print(d2.unconsumed_tail == d.unconsumed_tail, d2.eof, d2.unused_data)

# bad parameters
show("level 10", lambda: zlib.compressobj(10))
show("method", lambda: zlib.compressobj(method=9))
show("wbits -8", lambda: zlib.compressobj(wbits=-8))
show("wbits 24", lambda: zlib.compressobj(wbits=24))
show("wbits 8", lambda: zlib.compressobj(wbits=8).compress(b"a"))
show("memLevel 0", lambda: zlib.compressobj(memLevel=0))
show("memLevel 10", lambda: zlib.compressobj(memLevel=10))
show("strategy 5", lambda: zlib.compressobj(strategy=5))
show("d wbits 7", lambda: zlib.decompressobj(wbits=7))
show("d wbits -16", lambda: zlib.decompressobj(wbits=-16))
show("d wbits 48", lambda: zlib.decompressobj(wbits=48))
show("d too many", lambda: zlib.decompressobj(15, b"", 3))
show("c too many", lambda: zlib.compressobj(1, 8, 15, 8, 0, b"", 1))
show("flush mode 6", lambda: zlib.compressobj().flush(6))
show("flush mode -1", lambda: zlib.compressobj().flush(-1))
show("flush kw", lambda: zlib.compressobj().flush(mode=2))
show("compress str", lambda: zlib.compressobj().compress("s"))
show("instantiate", lambda: type(zlib.compressobj())())
show("instantiate d", lambda: type(zlib.decompressobj())())
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__module__)
print(sorted(n for n in dir(zlib.decompressobj()) if not n.startswith("_")))
