# The stdlib archive formats that sit on zlib: gzip, zipfile (deflated), tarfile (r:gz) and
# shutil.make_archive / unpack_archive with zip.
import gzip
import io
import os
import shutil
import tarfile
import tempfile
import zipfile
import zlib

text = b"".join(b"%d bottles of beer on the wall\n" % i for i in range(300))

# gzip one-shot functions
g = gzip.compress(text, mtime=0)
print(g[:10].hex(), gzip.decompress(g) == text)
print(gzip.compress(b"hi", compresslevel=9, mtime=0)[:10].hex(), gzip.compress(b"hi", compresslevel=1, mtime=0)[:10].hex())
print(gzip.decompress(g + gzip.compress(b"second member", mtime=5)) == text + b"second member")
print(gzip.decompress(g + b"\0\0\0\0") == text)
try:
    gzip.decompress(g[:-3])
except EOFError as e:
    print("EOFError", e)
try:
    gzip.decompress(b"not gzip data at all")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
try:
    gzip.decompress(g[:-8] + b"\0" * 8)
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)

# GzipFile over a BytesIO, with a name and mtime in the header
buf = io.BytesIO()
with gzip.GzipFile(filename="data.txt", mode="wb", fileobj=buf, mtime=1234567890) as f:
    for i in range(0, len(text), 1000):
        f.write(text[i:i + 1000])
    print(f.tell())
raw = buf.getvalue()
print(raw[:10].hex(), raw[10:19])
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.read(20), f.readline(), f.tell())
    f.seek(1000)
    print(f.read(10), f.mtime)
    print(len(f.read()))
with gzip.open(io.BytesIO(raw), "rt", encoding="ascii") as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
# flush(Z_SYNC_FLUSH) in the middle lets a reader see the data so far
buf = io.BytesIO()
w = gzip.GzipFile(fileobj=buf, mode="wb", mtime=0)
w.write(b"partial")
w.flush()
d = zlib.decompressobj(31)
print(d.decompress(buf.getvalue()))
w.close()
print(gzip.decompress(buf.getvalue()))

# zipfile, stored and deflated
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w") as zf:
    zf.writestr(zipfile.ZipInfo("stored.txt", (2020, 1, 2, 3, 4, 6)), text, compress_type=zipfile.ZIP_STORED)
    zf.writestr(zipfile.ZipInfo("deflated.txt", (2020, 1, 2, 3, 4, 6)), text, compress_type=zipfile.ZIP_DEFLATED)
    zf.writestr(zipfile.ZipInfo("best.txt", (2020, 1, 2, 3, 4, 6)), text * 3, compress_type=zipfile.ZIP_DEFLATED,
                compresslevel=9)
    with zf.open("streamed.bin", "w") as out:
        for i in range(20):
            out.write(bytes(range(256)) * 4)
with zipfile.ZipFile(io.BytesIO(zbuf.getvalue())) as zf:
    for info in zf.infolist():
        print(info.filename, info.compress_type, info.file_size, info.CRC, info.compress_size < info.file_size)
    print(zf.read("stored.txt") == text, zf.read("deflated.txt") == text, zf.read("best.txt") == text * 3)
    print(zf.read("streamed.bin") == bytes(range(256)) * 80, zf.testzip())
    with zf.open("deflated.txt") as f:
        print(f.read(12), f.readline(), f.seek(500), f.read(8))
# a damaged deflated member
data = bytearray(zbuf.getvalue())
with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
    info = zf.getinfo("deflated.txt")
    off = info.header_offset + 30 + len(info.filename) + 5
data[off] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
    try:
        zf.read("deflated.txt")
        print("read ok?")
    except (zipfile.BadZipFile, zlib.error) as e:
        print(type(e).__name__)


# tarfile reading a gzip'd tar built by hand (ustar headers)
def ustar(name, payload):
    h = bytearray(512)
    def put(off, s):
        h[off:off + len(s)] = s
    put(0, name.encode())
    put(100, b"0000644\0")
    put(108, b"0000000\0")
    put(116, b"0000000\0")
    put(124, b"%011o\0" % len(payload))
    put(136, b"%011o\0" % 1600000000)
    put(148, b" " * 8)
    put(156, b"0")
    put(257, b"ustar\x0000")
    put(148, b"%06o\0 " % sum(h))
    return bytes(h) + payload + b"\0" * (-len(payload) % 512)


tar = ustar("a.txt", b"alpha\n") + ustar("dir/b.txt", text) + b"\0" * 1024
with tarfile.open(fileobj=io.BytesIO(gzip.compress(tar, mtime=0)), mode="r:gz") as tf:
    for m in tf.getmembers():
        print(m.name, m.size, m.mode, m.mtime, m.isfile())
    print(tf.extractfile("dir/b.txt").read() == text, tf.extractfile("a.txt").read())
with tarfile.open(fileobj=io.BytesIO(gzip.compress(tar, mtime=0))) as tf:
    print(tf.getnames())
try:
    tarfile.open(fileobj=io.BytesIO(gzip.compress(tar)[:100]), mode="r:gz").getmembers()
except (tarfile.ReadError, EOFError) as e:
    print(type(e).__name__)

# shutil.make_archive / unpack_archive with zip
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "one.txt"), "wb") as f:
        f.write(text)
    with open(os.path.join(src, "sub", "two.txt"), "wb") as f:
        f.write(b"two\n")
    archive = shutil.make_archive(os.path.join(tmp, "arch"), "zip", root_dir=src)
    print(os.path.basename(archive))
    with zipfile.ZipFile(archive) as zf:
        print(sorted(zf.namelist()))
    dest = os.path.join(tmp, "out")
    shutil.unpack_archive(archive, dest)
    with open(os.path.join(dest, "one.txt"), "rb") as f:
        print(f.read() == text)
    with open(os.path.join(dest, "sub", "two.txt"), "rb") as f:
        print(f.read())
    gz = os.path.join(tmp, "file.gz")
    with gzip.open(gz, "wb") as f:
        f.write(text)
    with gzip.open(gz, "rb") as f:
        print(f.read() == text)
    with open(gz, "rb") as f:
        print(f.read(4).hex())
