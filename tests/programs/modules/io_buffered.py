# BufferedReader/Writer/Random/RWPair over in-memory and Python-defined raw streams.
import _io as io

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Raw(io._RawIOBase):
    """A raw stream over bytes that returns at most 3 bytes per read and logs calls."""
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.log = []
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.log.append(("readinto", len(b), n))
        return n
    def write(self, b):
        b = bytes(b)
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        self.log.append(("write", len(b)))
        return len(b)
    def seek(self, pos, whence=0):
        if whence == 0:
            self.pos = pos
        elif whence == 1:
            self.pos += pos
        else:
            self.pos = len(self.data) + pos
        self.log.append(("seek", pos, whence))
        return self.pos
    def tell(self):
        return self.pos

r = Raw(b"abcdefghij\nklmnop\nqrs")
b = io.BufferedReader(r, buffer_size=4)
print(b.read(2), b.peek(), b.read1(10), b.read(5), b.tell(), b.readline(), b.readline(3), b.read())
print(r.log[:6])
print(b.raw is r, b.closed, b.readable(), b.writable(), b.seekable())
print(b.seek(1), b.read(3), b.seek(2, 1), b.read(2), b.seek(-2, 2), b.read())
b.close()
print(b.closed, r.closed)

r = Raw()
w = io.BufferedWriter(r, buffer_size=5)
print(w.write(b"ab"), r.log, w.write(b"cde"), r.log, w.write(b"f"), r.log, w.tell())
print(w.write(b"0123456789"), r.log)
w.flush()
print(bytes(r.data), w.tell(), r.log[-1])
w.seek(0)
w.write(b"XY")
w.close()
print(bytes(r.data), w.closed)
err(w.write, b"z")

bio = io.BytesIO(b"0123456789")
rnd = io.BufferedRandom(bio, 4)
print(rnd.read(3), rnd.tell(), rnd.write(b"ab"), rnd.tell(), rnd.read(2), rnd.tell())
rnd.flush()
print(bio.getvalue())
rnd.seek(0)
print(rnd.read(), rnd.peek(), rnd.tell())
rnd.seek(8)
rnd.write(b"END!")
rnd.seek(0)
print(rnd.read(), rnd.truncate(5), rnd.tell())
rnd.seek(0)
print(rnd.read())

br = io.BufferedReader(io.BytesIO(b"line1\nline2\nline3"))
print(list(br), br.read())
br = io.BufferedReader(io.BytesIO(b"x\ny\nz\n"))
print(br.readlines(), br.readlines())
br = io.BufferedReader(io.BytesIO(b"readinto data"))
ba = bytearray(4)
print(br.readinto(ba), ba, br.readinto1(ba), ba, br.read(), br.readinto(ba))

pr = io.BufferedRWPair(io.BytesIO(b"pair data"), io.BytesIO())
print(pr.read(4), pr.peek(1)[:1], pr.read1(2), pr.write(b"out"), pr.readable(), pr.writable(), pr.closed)
pr.flush()
pr.close()
print(pr.closed)

with io.BufferedWriter(io.BytesIO()) as wb:
    wb.write(b"ctx")
    print(wb.raw.getvalue(), wb.closed)
print(wb.closed)
err(io.BufferedReader, io.BytesIO(), 0)
err(io.BufferedReader, io.BytesIO(), -5)
err(io.BufferedWriter, Raw(), buffer_size=0)

class RO(io._RawIOBase):
    def readable(self):
        return True
class WO(io._RawIOBase):
    def writable(self):
        return True
err(io.BufferedWriter, RO())
err(io.BufferedReader, WO())
err(io.BufferedRandom, RO())
b = io.BufferedReader(io.BytesIO(b"abc"))
err(b.write, b"x")
err(b.read, -3)
err(b.seek, 0, 5)
err(b.seek, "x")
err(b.read, "x")
d = b.detach()
print(type(d).__name__, d.getvalue())
err(b.read)
err(lambda: b.raw)
err(repr, b)
w = io.BufferedWriter(io.BytesIO())
err(w.read, 1)
print(hasattr(w, "peek"), hasattr(w, "read1"), hasattr(b, "write"), hasattr(w, "readline"))
err(w.readline)

class R2(io._RawIOBase):
    def __init__(self):
        self.chunks = [b"ab", b"", b"cd"]
    def readinto(self, b):
        c = self.chunks.pop(0) if self.chunks else b""
        b[:len(c)] = c
        return len(c)
    def readable(self):
        return True
r2 = R2()
print(r2.read(5), r2.read(), r2.read(), r2.readall())
r3 = R2()
print(r3.readall())
class R3(io._RawIOBase):
    def readinto(self, b):
        return None
print(R3().read(4))
print(io._RawIOBase().read(0) if False else "skip")
base = io._IOBase()
print(base.closed, base.readable(), base.writable(), base.seekable())
err(base.fileno)
err(base.seek, 0)
err(base.tell)
err(base.truncate)
err(base._checkReadable)
err(base._checkWritable)
err(base._checkSeekable)
base.close()
print(base.closed)
err(base.flush)
err(base._checkClosed)
err(base.__enter__)
bb = io._BufferedIOBase()
for name in ["read", "read1", "write", "detach"]:
    err(getattr(bb, name), *([b""] if name == "write" else []))
tb = io._TextIOBase()
for name in ["read", "readline", "write", "detach"]:
    err(getattr(tb, name), *(["x"] if name == "write" else []))
print(tb.encoding, tb.newlines, tb.errors)
print(io.BufferedReader.__mro__)
print(io.BufferedRWPair.__mro__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.UnsupportedOperation.__mro__)
print(io.BlockingIOError is BlockingIOError, io.DEFAULT_BUFFER_SIZE)

class MyIO(io._IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""
    def readable(self):
        return True
m = MyIO([b"one\n", b"two\n"])
print(list(m), m.readlines())
m = MyIO([b"a\n", b"b\n", b"c\n"])
print(m.readlines(2))
class Peeky(io._IOBase):
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        r, self.data = self.data[:n], self.data[n:]
        return r
    def peek(self, n=0):
        return self.data
p = Peeky(b"hello\nworld\n")
print(io._IOBase.readline(p), io._IOBase.readline(p, 2), io._IOBase.readline(p))
class Writes(io._IOBase):
    def __init__(self):
        self.got = []
    def write(self, x):
        self.got.append(x)
wr = Writes()
wr.writelines(["a", "b"])
print(wr.got)
with wr as ctx:
    print(ctx is wr, wr.closed)
print(wr.closed)
