# TextIOWrapper over in-memory buffers: decoding across chunks, tell/seek cookies, reconfigure,
# detach, line buffering and write-through, newline handling.
import _io as io

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Log(io.BytesIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.writes = []
        self.flushes = 0
    def write(self, b):
        self.writes.append(bytes(b))
        return super().write(b)
    def flush(self):
        self.flushes += 1
        return super().flush()

b = io.BytesIO("héllo\nwörld\r\nthird\rfourth".encode())
t = io.TextIOWrapper(b, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines, t.buffer is b, t.closed)
print(repr(t.readline()), t.tell(), repr(t.readline()), t.tell(), t.newlines)
print(repr(t.read(3)), t.tell(), repr(t.read()), t.tell(), t.newlines)
print(t.seek(0), repr(t.read(2)), t.tell())
pos = t.tell()
print(repr(t.read(4)))
t.seek(pos)
print(repr(t.read(4)))
t.seek(0)
lines = []
while True:
    p = t.tell()
    line = t.readline()
    if not line:
        break
    lines.append((p, line))
print(lines)
for p, line in lines:
    t.seek(p)
    assert t.readline() == line
print(t.seek(0, 2), repr(t.read()))
err(t.seek, 1, 1)
err(t.seek, -1, 2)
err(t.seek, -1)
err(t.seek, 0, 5)
print(t.seek(0, 1))

# small chunks: multi-byte characters and \r\n split between chunks
data = ("ab€\r\ncd😀\r\nxyz\r" * 3).encode()
for nl in [None, "", "\r\n", "\n"]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline=nl)
    t._CHUNK_SIZE = 3
    out = []
    while True:
        p = t.tell()
        line = t.readline()
        if not line:
            break
        out.append((p, line))
    print(repr(nl), out, t.newlines)
    for p, line in out:
        t.seek(p)
        assert t.readline() == line, (p, line)
t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
t._CHUNK_SIZE = 2
print(repr(t.read(5)), t.tell(), repr(t.read(3)), t.tell())
c = t.tell()
r = t.read(4)
t.seek(c)
print(t.read(4) == r, repr(r))
print(t._CHUNK_SIZE)
err(setattr, t, "_CHUNK_SIZE", 0)

# writing
lg = Log()
t = io.TextIOWrapper(lg, encoding="utf-8")
print(t.write("abc\n"), t.write("é😀"), lg.writes)
t.flush()
print(lg.writes, lg.flushes)
t = io.TextIOWrapper(Log(), encoding="utf-8", line_buffering=True)
t.write("no newline")
print(t.buffer.writes)
t.write(" now\n")
print(t.buffer.writes, t.buffer.flushes)
t.write("cr\r")
print(t.buffer.writes[-1:], t.buffer.flushes)
t = io.TextIOWrapper(Log(), encoding="utf-8", write_through=True)
t.write("through")
print(t.buffer.writes, t.buffer.flushes)
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline=nl)
    t.write("a\nb\r\nc\r")
    t.flush()
    print(repr(nl), t.buffer.getvalue())

t = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="replace")
t.write("x€y")
t.flush()
print(t.buffer.getvalue(), t.encoding, t.errors)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
err(t.write, "é")
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
err(t.write, "\udc80")
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="surrogateescape")
t.write("\udc80\udcff")
t.flush()
print(t.buffer.getvalue())

# read/write mix on a BytesIO
t = io.TextIOWrapper(io.BytesIO(b"0123456789"), encoding="ascii")
print(repr(t.read(3)))
t.seek(t.tell())
t.write("abc")
t.seek(0)
print(repr(t.read()))

# reconfigure / detach
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
t.reconfigure(encoding="latin-1")
print(t.encoding, t.errors)
t.reconfigure(errors="ignore", line_buffering=True, write_through=False)
print(t.encoding, t.errors, t.line_buffering)
t.reconfigure(newline="\r\n")
t.write("A\nB")
t.flush()
print(t.buffer.getvalue())
err(t.reconfigure, encoding=5)
err(t.reconfigure, newline="x")
err(t.reconfigure, "utf-8")
t2 = io.TextIOWrapper(io.BytesIO(b"abc\ndef"), encoding="utf-8")
t2.read(1)
err(t2.reconfigure, encoding="latin-1")
t2.reconfigure(line_buffering=True)
print(t2.line_buffering)
raw = t2.detach()
print(type(raw).__name__, raw.tell())
err(t2.read)
err(lambda: t2.buffer)
err(lambda: t2.encoding)
err(t2.close)
print(repr(t2))

# construction errors
err(io.TextIOWrapper, io.BytesIO(), encoding="bogus-enc")
err(io.TextIOWrapper, io.BytesIO(), encoding=5)
err(io.TextIOWrapper, io.BytesIO(), newline="x")
err(io.TextIOWrapper, io.BytesIO(), newline=5)
err(io.TextIOWrapper, io.BytesIO(), errors=5)
err(io.TextIOWrapper)
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8")
err(t.write, b"x")
err(t.read, "x")
err(t.readline, "x")
t.close()
print(t.closed)
err(t.read)
err(t.write, "x")
err(t.tell)
err(t.flush)
t.close()

t = io.TextIOWrapper(io.BytesIO("a\nb\nc".encode()), encoding="utf-8")
print(next(t), end="")
err(t.tell)
print(list(t))
print(t.tell())
with io.TextIOWrapper(io.BytesIO(b"ctx"), encoding="utf-8") as t:
    print(t.read())
print(t.closed)

class Sub(io.TextIOWrapper):
    pass
s = Sub(io.BytesIO(b"sub"), encoding="utf-8")
print(s.read(), repr(s).startswith("<Sub"), type(s).__mro__)
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))
x = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
x.mode = "w+"
print(repr(x))

# text_encoding / open_code
print(io.text_encoding(None), io.text_encoding("latin-1"), io.text_encoding("utf-8", 3))
err(io.open_code, b"/tmp")
