# open() and FileIO on real files under /tmp: modes, text/binary, seek/tell, errors, cleanup.
import _io as io
try:
    import os
except ImportError:  # Typhon has no os module yet: the file stays behind
    os = None

P = "/tmp/typhon_io_files_test.txt"
Q = "/tmp/typhon_io_files_missing/none.txt"

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r) if not hasattr(r, "close") else type(r).__name__)
        if hasattr(r, "close"):
            r.close()
    except Exception as e:
        print(type(e).__name__, e)

with open(P, "w") as f:
    print(type(f).__name__, f.name == P, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.raw.closefd)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
    print(f.write("first line\n"), f.write("second\n"), f.write("unicode é€😀\n"), f.tell())
    f.writelines(["a\n", "b\n"])
    print(f.tell())
print(f.closed, f.buffer.closed, f.buffer.raw.closed)

with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(repr(f.readline()), f.tell(), repr(f.readline(3)), f.tell(), repr(f.readline()), repr(f.read(5)), f.tell())
    print(repr(f.read(2)), f.tell(), repr(f.read(1)), f.tell())
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, repr(rest))
    print(f.seek(0), repr(f.readline()), f.seek(0, 2), repr(f.read()))
with open(P) as f:
    print(f.readlines())
with open(P) as f:
    print(f.readlines(15))
with open(P) as f:
    print([line for line in f])
with open(P) as f:
    next(f)
    err(f.tell)
with open(P, "rb") as f:
    print(type(f).__name__, f.mode, f.name == P, f.read(5), f.tell(), f.peek(1)[:3], f.read1(3), f.tell())
    print(f.readline(), f.readline(4), f.tell(), f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(4))
    ba = bytearray(6)
    f.seek(0)
    print(f.readinto(ba), ba, f.readinto1(ba), ba)
    print(len(f.read()), f.read(), f.read(10), f.read1(), f.peek())
with open(P, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(5), f.tell(), f.readall()[:6], f.read(3), f.seek(1), f.read(2))
    print(f.seekable(), f.readable(), f.writable(), f.closefd, f.fileno() > 2)

with open(P, "a") as f:
    print(f.tell() > 0, f.write("appended\n"))
with open(P, "ab") as f:
    print(f.mode, f.raw.mode, f.write(b"bytes\n"))
with open(P) as f:
    print(f.read().splitlines()[-2:])

with open(P, "w+") as f:
    f.write("0123456789\nabc\n")
    f.seek(0)
    print(repr(f.read(4)), f.tell())
    f.seek(5)
    f.write("XX")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(P, "r+b") as f:
    print(f.mode, type(f).__name__, f.read(2), f.write(b"__"), f.tell(), f.seek(0), f.read())
    f.seek(0)
    f.write(b"W")
    print(f.read(1), f.tell(), f.truncate(), f.tell())
with open(P, "rb") as f:
    print(f.read())

# text newline modes
with open(P, "wb") as f:
    f.write(b"a\nb\r\nc\rd\r\n\re")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, newline=nl) as f:
        lines = list(f)
        print(repr(nl), lines, f.newlines)
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, "w", newline=nl) as f:
        f.write("x\ny\r\nz\r")
    with open(P, "rb") as f:
        print(repr(nl), f.read())

# encodings and errors
with open(P, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café ÿ"))
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="latin-1") as f:
    print(repr(f.read()))
err(lambda: open(P, encoding="utf-8").read())
with open(P, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(P, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open(P, encoding="utf-8", errors="surrogateescape") as f:
    s = f.read()
    print(repr(s))
with open(P, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(s)
with open(P, "rb") as f:
    print(f.read())
with open(P, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve €")
with open(P, "rb") as f:
    print(f.read())
with open(P, "w", encoding="ascii") as f:
    err(f.write, "naïve")
with open(P, "w", encoding="utf-8-sig") as f:
    f.write("bom")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open(P, encoding="utf-8") as f:
    print(repr(f.read()))
with open(P, "w", encoding="utf8") as f:
    f.write("€" * 5000 + "\n" + "é" * 3000)
with open(P, encoding="UTF-8") as f:
    print(f.encoding, len(f.readline()), len(f.read(10)), f.tell(), len(f.read()), f.tell())

# mode and argument errors
for m in ["rw", "rr", "U", "rt+b", "", "q", "wa", "tb", "rU", "b", "t", "+", "xw", "r++"]:
    err(open, P, m)
err(open, P, 5)
err(open, P, "rb", encoding="utf-8")
err(open, P, "rb", errors="strict")
err(open, P, "rb", newline="")
err(open, P, "r", buffering=0)
err(open, P, "r", newline="x")
err(open, P, "r", newline=5)
err(open, P, "r", encoding=5)
err(open, P, "r", buffering="x")
err(open, [P])
err(open, 1.5)
err(open, P, "r", encoding="no-such-codec")
err(open, Q)
err(open, Q, "w")
err(open, "/tmp")
err(open, "/tmp", "w")
err(open, P, "x")
err(open, P, closefd=False)
err(io.FileIO, P, "rw")
err(io.FileIO, P, "rq")
err(io.FileIO, -1)
err(io.FileIO, Q)

f = open(P)
f.close()
for name in ["read", "readline", "tell", "fileno", "flush", "readable", "isatty", "readlines", "__enter__", "__iter__"]:
    err(getattr(f, name))
err(f.write, "x")
err(f.seek, 0)
print(f.closed)
f.close()
with open(P, "rb") as f:
    pass
err(f.read)
err(f.readline)
err(f.peek)
err(f.write, b"")
err(f.seek, 0)
err(f.tell)
err(f.flush)
f = open(P, "rb", buffering=0)
f.close()
err(f.read)
err(f.write, b"")
err(f.tell)
err(f.fileno)
print(repr(f))

with open(P, "w") as f:
    err(f.read)
    err(f.readline)
    err(f.write, 5)
    err(f.write, b"bytes")
with open(P) as f:
    err(f.write, "x")
    err(f.truncate)
    err(f.seek, 1, 1)
    err(f.seek, 1, 2)
    err(f.seek, 0, 3)
    err(f.seek, -1)
with open(P, "rb") as f:
    err(f.write, b"x")
    err(f.read, -2)
    err(f.seek, 0, 7)
with open(P, "wb") as f:
    err(f.read)
    err(f.write, "str")
with open(P, "rb", buffering=0) as f:
    err(f.write, b"x")
with open(P, "wb", buffering=0) as f:
    err(f.read)

# reprs (with the path replaced)
f = open(P, "w")
print(repr(f).replace(P, "P"), repr(f.buffer).replace(P, "P"), repr(f.buffer.raw).replace(P, "P"))
f.close()
print(repr(f).replace(P, "P"), repr(f.buffer).replace(P, "P"), repr(f.buffer.raw).replace(P, "P"))
g = open(P, "rb")
with open(g.fileno(), closefd=False) as f:
    print(f.name == g.fileno(), f.read(), f.buffer.raw.closefd, repr(f.buffer.raw).startswith("<_io.FileIO fd="))
print(g.closed, g.read())
g.close()
if os is not None:
    os.remove(P)
