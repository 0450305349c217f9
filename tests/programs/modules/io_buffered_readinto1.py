# BufferedReader.readinto1: buffered bytes first, then at most one raw read (straight into the
# destination when it is larger than the buffer); None from a non-blocking raw stream; a raw
# readinto() returning a non-integer is an OSError caused by the TypeError.
import io
class MockRawIO(io.RawIOBase):
    def __init__(self, chunks): self._chunks = list(chunks); self._reads = 0
    def readable(self): return True
    def readinto(self, buf):
        self._reads += 1
        if not self._chunks: return 0
        data = self._chunks.pop(0)
        if data is None: return None
        buf[:len(data)] = data
        return len(data)
rawio = MockRawIO((b"abc", b"de", b"fgh", b"jkl"))
bufio = io.BufferedReader(rawio, buffer_size=10)
b = bytearray(2)
print(bufio.peek(3), rawio._reads)
print(bufio.readinto1(b), b, rawio._reads)
print(bufio.readinto1(b), b[:1], rawio._reads)
print(bufio.readinto1(b), b, rawio._reads)
b = bytearray(20)
print(bufio.peek(3), rawio._reads)
print(bufio.readinto1(b), b[:6], rawio._reads)
print(bufio.readinto1(b), rawio._reads)
r = MockRawIO((None, b"xy"))
bb = io.BufferedReader(r, buffer_size=4)
print(bb.readinto1(bytearray(3)), bb.readinto1(bytearray(3)))
r = MockRawIO((b"01234567",))
bb = io.BufferedReader(r, buffer_size=4)
x = bytearray(8); print(bb.readinto1(x), x)
raw = io.BufferedReader(io.BytesIO(b"12"))
raw.readinto = lambda buf: b''
try: io.BufferedReader(raw).readline()
except OSError as e: print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

# BufferedRWPair.close closes the writer, then the reader; the writer's error is the context of
# the reader's.
class Raw(io.RawIOBase):
    def readable(self): return True
    def writable(self): return True
def reader_close():
    reader_non_existing
def writer_close():
    writer_non_existing
for rc, wc in ((reader_close, writer_close), (None, writer_close), (reader_close, None)):
    reader, writer = Raw(), Raw()
    if rc: reader.close = rc
    if wc: writer.close = wc
    pair = io.BufferedRWPair(reader, writer)
    try:
        pair.close()
        print("closed")
    except NameError as e:
        print(e, "| context:", e.__context__)
    print(pair.closed, reader.closed, writer.closed)
