# TextIOWrapper keeps output until a chunk is pending, for every codec; reconfigure() in the
# middle of a file writes no BOM; read(n) at end of file; tell()/seek() cookies; non-text codecs.
import codecs
import io

class Raw(io.RawIOBase):
    def __init__(self):
        self.writes = []
    def writable(self):
        return True
    def write(self, b):
        self.writes.append(bytes(b))
        return len(b)

for enc in ("ascii", "latin-1", "utf-8", "utf-16-le", "cp1252"):
    raw = Raw()
    t = io.TextIOWrapper(raw, encoding=enc)
    t._CHUNK_SIZE = 16
    t.write("abc")
    t.write("def")
    print(enc, "pending:", raw.writes)
    t.write("x" * 12)
    print(enc, "past a chunk:", raw.writes)
    t.write("y" * 20)
    print(enc, "big write:", raw.writes)
    t.flush()
    print(enc, "flushed:", raw.writes)

# A BytesIO under the wrapper sees nothing until flush.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="ascii")
t.write("hello")
print("before flush:", b.getvalue())
t.flush()
print("after flush:", b.getvalue())

# reconfigure() to a codec with a BOM in the middle of a file.
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", newline="\n")
t.write("abc\n")
t.reconfigure(encoding="utf-8-sig")
t.write("d\xe9f\n")
t.flush()
print("no BOM:", raw.getvalue())
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-16")
t.write("a")
t.reconfigure(encoding="utf-16")
t.write("b")
t.flush()
print("utf-16 once:", raw.getvalue())

# A decoder that gives its output only at end of file.
class EndDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors="strict"):
        super().__init__(errors)
        self.buf = b""
    def decode(self, data, final=False):
        self.buf += data
        if final:
            out, self.buf = self.buf.decode("ascii").upper(), b""
            return out
        return ""
    def reset(self):
        self.buf = b""
    def getstate(self):
        return (self.buf, 0)
    def setstate(self, state):
        self.buf = state[0]

def lookup(name):
    if name == "enddec":
        latin = codecs.lookup("latin-1")
        return codecs.CodecInfo(name="enddec", encode=latin.encode, decode=latin.decode,
                                incrementalencoder=latin.incrementalencoder, streamreader=None, streamwriter=None,
                                incrementaldecoder=EndDecoder)
    return None

codecs.register(lookup)
t = io.TextIOWrapper(io.BytesIO(b"hello world"), encoding="enddec")
print("read 3:", repr(t.read(3)))
print("read 2:", repr(t.read(2)))
print("rest:", repr(t.read()))
codecs.unregister(lookup)

# tell() and seek() over a UTF-8 file with multibyte characters.
data = "h\xe9llo w\xf6rld \u20ac\U0001f600 end\n" * 3
t = io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8")
t._CHUNK_SIZE = 8
for n in (0, 1, 2, 5, 13, 20, 40):
    t.seek(0)
    t.read(n)
    cookie = t.tell()
    after = t.read(4)
    t.seek(cookie)
    print(n, cookie, repr(after), t.read(4) == after)

# Non-text codecs are refused; uninitialized wrappers refuse repr.
for enc in ("hex", "rot13", "zlib_codec"):
    try:
        io.TextIOWrapper(io.BytesIO(), encoding=enc)
    except LookupError as e:
        print(type(e).__name__, e)
t = io.TextIOWrapper.__new__(io.TextIOWrapper)
try:
    repr(t)
except ValueError as e:
    print(type(e).__name__, e)
