# Pipes with threads and signals: a read of an empty pipe lets the thread that writes run,
# a write to a full pipe lets the reader run, select/poll see what a pipe holds.
import io
import os
import select
import signal
import threading

# A thread blocked reading an empty pipe; the main thread writes.
r, w = os.pipe()
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 100)))
t.start()
os.write(w, b"hello")
t.join()
print("thread read:", got)

# Reading through FileIO and a BufferedReader while another thread writes later.
def writer():
    for part in (b"ab", b"cd\n", b"ef"):
        os.write(w, part)
    os.close(w)
t = threading.Thread(target=writer)
f = io.open(r, "rb", closefd=False)
t.start()
print("readline:", f.readline())
print("rest:", f.read())
t.join()
f.close()
os.close(r)

# A write larger than the pipe's capacity finishes while a thread reads the other end.
r, w = os.pipe()
chunks = []
def reader():
    while True:
        b = os.read(r, 65536)
        if not b:
            break
        chunks.append(b)
t = threading.Thread(target=reader)
t.start()
data = bytes(range(256)) * 2048
n = os.write(w, data)
print("wrote all:", n == len(data))
with io.open(w, "wb", closefd=True) as wf:
    wf.write(b"x" * 300000)
t.join()
joined = b"".join(chunks)
print("read all:", len(joined), joined[:len(data)] == data, joined[len(data):] == b"x" * 300000)
os.close(r)

# select and poll on pipes.
r, w = os.pipe()
print("empty:", select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"abc")
print("with data:", select.select([r], [], [], 0) == ([r], [], []))
print("read 2:", os.read(r, 2))
print("one left:", select.select([r], [], [], 0) == ([r], [], []))
print("read rest:", os.read(r, 10))
print("drained:", select.select([r], [], [], 0.01) == ([], [], []))
p = select.poll()
p.register(r, select.POLLIN)
print("poll empty:", p.poll(0))
os.close(w)
print("poll hup:", [ev for fd, ev in p.poll(0)] == [select.POLLHUP])
print("eof readable:", select.select([r], [], [], 0) == ([r], [], []))
print("eof read:", os.read(r, 10))
os.close(r)

# A read of an empty pipe waits for an alarm whose handler writes to it.
r, w = os.pipe()
def handler(sig, frame):
    os.write(w, b"from handler")
old = signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print("after alarm:", os.read(r, 100))
# A handler that raises interrupts the read.
def raiser(sig, frame):
    1 / 0
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 100)
except ZeroDivisionError as e:
    print("interrupted:", type(e).__name__, e)
signal.signal(signal.SIGALRM, old)
os.close(r)
os.close(w)

# close() flushes through the flush method, and its error is raised.
import tempfile
path = os.path.join(tempfile.mkdtemp(), "f.bin")
for args, kw in [((path, "wb"), {"buffering": 0}), ((path, "wb"), {}), ((path, "w"), {"encoding": "utf-8"})]:
    f = io.open(*args, **kw)
    seen = []
    def bad_flush():
        seen.append(f.closed)
        raise OSError("flush failed")
    f.flush = bad_flush
    try:
        f.close()
        print("no error")
    except OSError as e:
        print(type(f).__name__, "close:", type(e).__name__, e, f.closed, seen)
    f.flush = lambda: None
os.remove(path)
for name in (b"foo\x00bar", "foo\x00bar"):
    try:
        io.open(name, "w", encoding="utf-8")
    except ValueError as e:
        print("NUL:", type(e).__name__, e)
