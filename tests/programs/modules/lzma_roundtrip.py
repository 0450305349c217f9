# lzma.compress / LZMACompressor round trips (the compressed bytes are not printed: only liblzma
# makes liblzma's exact bytes), every container and check, LZMAFile / lzma.open with text mode,
# tarfile "w:xz", zipfile ZIP_LZMA, the filter property helpers and the compressor's errors.
import io
import lzma
import os
import random
import tarfile
import tempfile
import zipfile
from lzma import LZMACompressor, LZMAError

rng = random.Random(99)
samples = {
    "empty": b"",
    "one": b"z",
    "text": b"".join(b"%d little pigs went to market\n" % i for i in range(4000)),
    "random": rng.randbytes(40000),
    "zeros": bytes(300000),
    "1 MB repetitive": b"Lorem ipsum dolor sit amet, consectetur adipiscing.\n" * 20000,
}
for name, data in samples.items():
    xz = lzma.compress(data)
    alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}])
    print(name, len(data), xz[:6], alone[:1], lzma.decompress(xz) == data, lzma.decompress(alone) == data,
          lzma.decompress(raw, lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2}]) == data,
          len(xz) < len(data) + 100)
print(lzma.compress(b""))
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(samples["text"], check=check)
    d = lzma.LZMADecompressor()
    print(check, c[6:8], d.decompress(c) == samples["text"], d.check)
for preset in (0, 3, 9, 6 | lzma.PRESET_EXTREME):
    print(preset, lzma.decompress(lzma.compress(samples["text"], preset=preset)) == samples["text"])
chain = [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_LZMA2, "preset": 2, "lc": 1, "lp": 1, "pb": 0}]
data = bytes(i * 3 & 0xff for i in range(50000))
print(lzma.decompress(lzma.compress(data, filters=chain)) == data)
lz1 = [{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 16}]
print(lzma.decompress(lzma.compress(data, lzma.FORMAT_RAW, filters=lz1), lzma.FORMAT_RAW, filters=lz1) == data)

# Incremental.
comp = LZMACompressor()
out = [comp.compress(samples["text"][i:i + 7000]) for i in range(0, len(samples["text"]), 7000)]
out.append(comp.flush())
print(lzma.decompress(b"".join(out)) == samples["text"])
for call in (comp.flush, lambda: comp.compress(b"x")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
for kw in [dict(format=lzma.FORMAT_AUTO), dict(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
           dict(preset=1, filters=[]), dict(format=lzma.FORMAT_RAW), dict(preset=99), dict(check=5),
           dict(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}]), dict(filters=[{"x": 1}]),
           dict(filters=[{"id": 98765}]), dict(filters=[{"id": lzma.FILTER_LZMA2, "foo": 0}]),
           dict(filters=[{"id": lzma.FILTER_DELTA, "foo": 0}]), dict(filters=3), dict(check="")]:
    try:
        LZMACompressor(**kw)
        print("ok", kw)
    except (ValueError, TypeError, LZMAError) as e:
        print(type(e).__name__, e)
comp = LZMACompressor()
for args in [(), (b"a", b"b")]:
    try:
        comp.compress(*args)
    except TypeError as e:
        print("TypeError", e)

# Filter properties.
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "pb": 2, "lp": 0, "lc": 3, "dict_size": 8 << 20}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x16"), lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x01"))
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "preset": 6}), lzma._encode_filter_properties({"id": lzma.FILTER_DELTA}))
for bad in [lambda: lzma._encode_filter_properties({"id": 0x100}), lambda: lzma._decode_filter_properties(lzma.FILTER_DELTA, b"too long")]:
    try:
        bad()
    except (ValueError, LZMAError) as e:
        print(type(e).__name__, e)
print(lzma.is_check_supported(lzma.CHECK_CRC64), lzma.is_check_supported(lzma.CHECK_ID_MAX + 1), lzma.is_check_supported(lzma.CHECK_UNKNOWN))

# Files.
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "a.xz")
with lzma.open(path, "wb", preset=1) as f:
    f.write(samples["text"])
with lzma.open(path, "ab") as f:
    f.write(b"second stream\n")
with lzma.open(path) as f:
    print(f.readline(), len(f.read()), f.tell())
    f.seek(10)
    print(f.read(10))
with lzma.open(path, "rt", encoding="ascii") as f:
    print(len(f.readlines()))
tpath = os.path.join(tmp, "t.txt.xz")
with lzma.open(tpath, "wt", encoding="utf-8") as f:
    f.write("ünïcode ☃\n" * 10)
with lzma.open(tpath, "rt", encoding="utf-8") as f:
    print(repr(f.read(12)))
buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", format=lzma.FORMAT_ALONE) as f:
    f.write(b"alone file")
print(lzma.LZMAFile(io.BytesIO(buf.getvalue())).read())

tar = os.path.join(tmp, "a.tar.xz")
with tarfile.open(tar, "w:xz") as tf:
    tf.add(path, arcname="a.xz")
with tarfile.open(tar) as tf:
    print(tf.getnames(), tf.getmember("a.xz").size == os.path.getsize(path))
zpath = os.path.join(tmp, "a.zip")
with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_LZMA) as zf:
    zf.writestr("text", samples["text"])
with zipfile.ZipFile(zpath) as zf:
    print(zf.getinfo("text").compress_type, zf.read("text") == samples["text"], zf.testzip())
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
