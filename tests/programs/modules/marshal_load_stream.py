# marshal.load reads exactly the bytes of one value through file.readinto (as CPython does): the
# file is left right after it, a reader that claims too much is refused, and short data is EOF.
import io
import marshal

values = [1, 1.5, 2j, b"0123456789", "0123456789", (1, "a"), [None, True], {"k": [1, 2]},
          frozenset({3}), 10**30, "é" * 3, {1: {2: {}}}]
buf = io.BytesIO()
for v in values:
    marshal.dump(v, buf)
buf.write(b"tail")
buf.seek(0)
for v in values:
    got = marshal.load(buf)
    print(got == v, type(got).__name__, buf.tell())
print(buf.read())

class Counting(io.RawIOBase):
    """A non-seekable stream that records the sizes asked for."""
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.asked = []
    def readable(self):
        return True
    def readinto(self, b):
        self.asked.append(len(b))
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
s = Counting(marshal.dumps(("ab", 7, [1.0])) + b"rest")
print(marshal.load(s), s.asked, s.data[s.pos:])

class BadReader(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        if n is not None and n > 4:
            n += 10**6
        return n
for value in (1.0, 1j, b"0123456789", "0123456789"):
    try:
        marshal.load(BadReader(marshal.dumps(value)))
    except ValueError as e:
        print(type(e).__name__, e)

data = marshal.dumps(("hello", "dolly", None, {1: 2}, 12345))
for i in (0, 1, 3, 5, 12, len(data) - 1):
    for f in (lambda d: marshal.loads(d), lambda d: marshal.load(io.BytesIO(d))):
        try:
            f(data[:i])
        except EOFError as e:
            print(i, type(e).__name__, e)

class NotBytes:
    def read(self, n=-1):
        return "text"
try:
    marshal.load(NotBytes())
except TypeError as e:
    print(type(e).__name__, e)
