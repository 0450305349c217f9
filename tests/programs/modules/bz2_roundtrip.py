# bz2.compress / BZ2Compressor: round trips of varied data at every level (compressed bytes are
# not printed: only libbz2 itself makes libbz2's exact bytes), the empty stream, the stream
# header, incremental compression and the compressor's errors.
import bz2
import random
from bz2 import BZ2Compressor, BZ2Decompressor

rng = random.Random(1234)
samples = {
    "empty": b"",
    "one byte": b"x",
    "runs": b"a" * 3 + b"b" * 4 + b"c" * 5 + b"d" * 255 + b"e" * 256 + b"f" * 259 + b"g" * 1000 + b"h",
    "all bytes": bytes(range(256)) * 40,
    "zeros": bytes(200000),
    "random": rng.randbytes(50000),
    "text": b"".join(b"%d bottles of beer on the wall\n" % i for i in range(5000)),
    "periodic": b"abc" * 100000,
    "two symbols": bytes(rng.choice(b"ab") for _ in range(30000)),
    "1 MB repetitive": b"The quick brown fox jumps over the lazy dog.\n" * 23302,
}
packed = {}
for name, data in samples.items():
    c = packed[name] = bz2.compress(data)
    back = bz2.decompress(c)
    print(name, len(data), back == data, c[:4], len(c) < len(data) + 100)

print(bz2.compress(b""))
for level in range(1, 10):
    data = samples["text"][:20000] + samples["random"][:1000]
    c = bz2.compress(data, compresslevel=level)
    print(level, c[:4], bz2.decompress(c) == data)

# Input that spans several blocks at level 1 (100k blocks).
data = b"".join(b"%06d|" % (i * 7919 % 1000003) for i in range(60000))
c = bz2.compress(data, 1)
print(len(data), bz2.decompress(c) == data)

# Incremental compression: output comes when a block is complete.
comp = BZ2Compressor(1)
out = [comp.compress(data[i:i + 10000]) for i in range(0, len(data), 10000)]
print([len(o) > 0 for o in out][:12])
out.append(comp.flush())
print(bz2.decompress(b"".join(out)) == data)
comp = BZ2Compressor()
print(comp.compress(b""), comp.compress(b"abc"))
whole = comp.flush()
print(whole[:4], bz2.decompress(whole))
for call in (lambda: comp.flush(), lambda: comp.compress(b"x")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

# Arguments.
for args, kw in [((0,), {}), ((10,), {}), ((-1,), {}), (("9",), {}), ((1, 2), {}), ((), {"compresslevel": 5}),
                 ((2.5,), {})]:
    try:
        BZ2Compressor(*args, **kw)
        print("ok", args, kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for level in (0, 10):
    try:
        bz2.compress(b"x", level)
    except ValueError as e:
        print("ValueError", e)
comp = BZ2Compressor()
for args in [(), ("text",), (b"a", b"b")]:
    try:
        comp.compress(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    comp.flush(1)
except TypeError as e:
    print("TypeError", e)
print(bz2.decompress(comp.compress(bytearray(b"from a bytearray")) + comp.compress(memoryview(b"!")) + comp.flush()))
try:
    class Sub(BZ2Compressor):
        pass
except TypeError as e:
    print("TypeError", e)

# Streams from the compressor read back through the decompressor in pieces.
c = packed["1 MB repetitive"]
d = BZ2Decompressor()
got = []
while not d.eof:
    got.append(d.decompress(c[:1000] if not got else b"", max_length=100000))
    c = c[1000:] if len(got) == 1 else c
    if d.needs_input and not d.eof:
        got.append(d.decompress(c[:1000]))
        c = c[1000:]
print(b"".join(got) == samples["1 MB repetitive"], d.unused_data)
