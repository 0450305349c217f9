# bz2.BZ2File and bz2.open over real files and file objects: reading, writing, appending
# (multi-stream files), text mode, seeking, readline/peek, and the archives that use bz2
# (tarfile "w:bz2"/"r:bz2", zipfile ZIP_BZIP2, shutil.make_archive "bztar").
import bz2
import io
import os
import shutil
import tarfile
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.bz2")
lines = [b"line %d: %s\n" % (i, b"spam" * (i % 7)) for i in range(1500)]
text = b"".join(lines)

with bz2.BZ2File(path, "w") as f:
    print(f.writable(), f.readable(), f.seekable())
    for i in range(0, len(text), 1000):
        f.write(text[i:i + 1000])
print(f.closed)
with open(path, "rb") as f:
    raw = f.read()
print(raw[:4], bz2.decompress(raw) == text)

with bz2.BZ2File(path) as f:
    print(f.readable(), f.writable(), f.seekable())
    print(f.readline(), f.readline())
    print(f.peek(1)[:1], f.tell())
    print(f.read(10), f.tell())
    rest = f.read()
    print(len(rest), f.read(), f.tell())
    f.seek(0)
    print(f.readlines() == lines)
    f.seek(-20, 2)
    print(f.read(), f.tell())
    f.seek(100)
    print(f.read(5))
    f.seek(50, 1)
    print(f.read(5))

# Appending makes a second stream; reading goes through both.
with bz2.BZ2File(path, "a") as f:
    f.write(b"appended\n")
with bz2.open(path) as f:
    print(f.read() == text + b"appended\n")

# Text mode.
tpath = os.path.join(tmp, "text.bz2")
with bz2.open(tpath, "wt", encoding="utf-8") as f:
    f.write("héllo wörld\n" * 100)
    f.write("ünïcode ☃\n")
with bz2.open(tpath, "rt", encoding="utf-8") as f:
    content = f.read()
print(len(content), content[-10:])
with bz2.open(tpath, "rt", encoding="utf-8", newline="") as f:
    print(repr(f.readline()))
with bz2.open(tpath, "rt", encoding="latin-1") as f:
    print(repr(f.readline()))

# File objects, exclusive mode, levels.
buf = io.BytesIO()
with bz2.BZ2File(buf, "w", compresslevel=1) as f:
    f.write(text)
print(buf.closed, buf.getvalue()[:4], bz2.decompress(buf.getvalue()) == text)
with bz2.BZ2File(io.BytesIO(buf.getvalue())) as f:
    print(f.read(5), len(f.read()))
try:
    bz2.open(path, "x")
except FileExistsError as e:
    print("FileExistsError")
for bad in [lambda: bz2.open(path, "rw"), lambda: bz2.open(path, "rb", encoding="utf-8"),
            lambda: bz2.BZ2File(path, "w", compresslevel=0), lambda: bz2.BZ2File(123.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Errors when reading.
with open(path, "wb") as f:
    f.write(bz2.compress(b"good") + b"this is junk")
with bz2.open(path) as f:
    print(f.read())
with open(path, "wb") as f:
    f.write(bz2.compress(text)[:-20])
try:
    with bz2.open(path) as f:
        f.read()
except EOFError as e:
    print("EOFError", e)
with open(path, "wb") as f:
    f.write(b"not bzip2 at all")
try:
    with bz2.open(path) as f:
        f.read()
except OSError as e:
    print("OSError", e)
with bz2.BZ2File(io.BytesIO(bz2.compress(b"abc"))) as f:
    try:
        f.write(b"x")
    except OSError as e:
        print("OSError", e)

# tarfile with bz2.
tpath = os.path.join(tmp, "a.tar.bz2")
src = os.path.join(tmp, "src")
os.mkdir(src)
for i in range(5):
    with open(os.path.join(src, "f%d.txt" % i), "wb") as f:
        f.write(text[: 1000 * (i + 1)])
with tarfile.open(tpath, "w:bz2") as tf:
    for i in range(5):
        tf.add(os.path.join(src, "f%d.txt" % i), arcname="f%d.txt" % i)
with tarfile.open(tpath, "r:*") as tf:
    names = tf.getnames()
    print(names)
    print([len(tf.extractfile(n).read()) for n in names])
with tarfile.open(tpath, "r|bz2") as tf:
    print([m.size for m in tf])

# zipfile with ZIP_BZIP2.
zpath = os.path.join(tmp, "a.zip")
with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_BZIP2) as zf:
    zf.writestr("text.txt", text)
    zf.writestr("small.txt", b"small")
with zipfile.ZipFile(zpath) as zf:
    print([(i.filename, i.compress_type, i.file_size) for i in zf.infolist()])
    print(zf.read("text.txt") == text, zf.read("small.txt"), zf.testzip())

# shutil archives.
base = shutil.make_archive(os.path.join(tmp, "arch"), "bztar", src)
print(os.path.basename(base))
out = os.path.join(tmp, "out")
shutil.unpack_archive(base, out)
print(sorted(os.listdir(out)))

shutil.rmtree(tmp)
