# io.py's way of building the public classes on _io's bases (with a metaclass), Python-level
# raw streams under the native buffered and text layers, and files left unclosed.
import _io

class Meta(type):
    registry = []
    def register(cls, sub):
        cls.registry.append(sub.__name__)
        return sub

class IOBase(_io._IOBase, metaclass=Meta):
    __doc__ = _io._IOBase.__doc__
class RawIOBase(_io._RawIOBase, IOBase):
    pass
class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass
class TextIOBase(_io._TextIOBase, IOBase):
    pass
RawIOBase.register(_io.FileIO)
for klass in (_io.BytesIO, _io.BufferedReader, _io.BufferedWriter, _io.BufferedRandom, _io.BufferedRWPair):
    BufferedIOBase.register(klass)
for klass in (_io.StringIO, _io.TextIOWrapper):
    TextIOBase.register(klass)
print(Meta.registry)
print([c.__name__ for c in RawIOBase.__mro__])
print([c.__name__ for c in TextIOBase.__mro__])

class Upper(RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 5)].upper()
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

u = Upper(b"hello world\nsecond line\n")
print(u.read(3), u.readall(), u.closed, u.readable(), u.writable())
t = _io.TextIOWrapper(_io.BufferedReader(Upper("ünïcode\nlines\nhere".encode())), encoding="utf-8")
print(t.readlines())
t = _io.TextIOWrapper(_io.BufferedReader(Upper(b"abc\ndef\n")), encoding="utf-8")
print(list(t), t.seekable())
try:
    t.tell()
except Exception as e:
    print(type(e).__name__, e)
u.close()
print(u.closed)
try:
    u.read()
except Exception as e:
    print(type(e).__name__, e)

class Sink(RawIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)
s = Sink()
w = _io.TextIOWrapper(_io.BufferedWriter(s, 4), encoding="utf-8", newline="\r\n")
w.write("line one\nline two\n")
print(s.parts)
w.flush()
print(s.parts)
w.close()
print(s.closed, w.closed)

class Tracked(_io.StringIO):
    def close(self):
        print("closing", repr(self.getvalue()))
        super().close()
with Tracked("data") as tr:
    tr.seek(0, 2)
    tr.write("+more")
print(tr.closed)

P = "/tmp/typhon_io_hierarchy_test.txt"
open(P, "w").write("written without close\n")
print(open(P).read(), end="")
with open(P, "a") as f:
    print("via print", 42, file=f)
    print("second", file=f, end="!\n")
print(open(P).readlines())
with open(P, "rb") as f:
    print(type(f).__mro__[1].__name__, f.read())
try:
    import os
    os.remove(P)
except ImportError:
    pass
