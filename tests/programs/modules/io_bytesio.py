# BytesIO: reading, writing, positions, readinto, getbuffer, errors.
import _io as io

def err(f, *a):
    try:
        r = f(*a)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.tell(), b.read1(4), b.readline(), b.readline(2), b.readline(), b.readline(), b.read())
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(7), list(b))
b.seek(0)
print([l for l in b])
print(b.getvalue(), b.tell(), b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.seek(3), b.seek(2, 1), b.tell(), b.seek(100), b.read(), b.tell())
b.write(b"XYZ")
print(b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue(), b.tell(), b.truncate(10), b.getvalue())

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")), b.getvalue())
b.writelines([b"1", bytearray(b"2"), b"3"])
print(b.getvalue())
b.seek(1)
b.write(b"__")
print(b.getvalue(), b.tell())
ba = bytearray(4)
b.seek(0)
print(b.readinto(ba), ba, b.readinto(bytearray(100)), b.readinto(bytearray(3)))
mv = memoryview(bytearray(3))
b.seek(0)
print(b.readinto(mv), bytes(mv))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
buf = b.getbuffer()
print(bytes(buf), len(buf))
del buf

with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for name in ["read", "getvalue", "tell", "readline", "readable", "flush", "getbuffer", "isatty", "readlines"]:
    err(getattr(c, name))
err(c.write, b"x")
err(c.seek, 0)
err(c.truncate)

b = io.BytesIO(b"abc")
err(b.write, "str")
err(b.write, 5)
err(b.seek, -1)
err(b.seek, 0, 3)
err(b.seek, "x")
err(b.truncate, -1)
err(b.read, "x")
err(b.read, None)
err(b.read, -5)
err(b.readinto, b"immutable")
err(io.BytesIO, "str")
err(io.BytesIO, 5)
err(b.detach)
err(b.fileno)
err(b.read1)
print(io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"kw").getvalue())

class B(io.BytesIO):
    def read(self, n=-1):
        return super().read(n).upper()
x = B(b"abc\ndef\n")
print(x.read(2), list(x), isinstance(x, io._BufferedIOBase), isinstance(x, io._IOBase))
print(io.BytesIO.__mro__)
st = io.BytesIO(b"state").__getstate__()
print(st)
y = io.BytesIO()
y.__setstate__((b"restored", 3, None))
print(y.read(), y.getvalue())
