import os, errno
r, w = os.pipe()
os.set_blocking(r, False)
os.set_blocking(w, False)
print(os.get_blocking(w))
n = 0
try:
    while True:
        n += os.write(w, b"x" * 9999)
except BlockingIOError as e:
    print("blocked after", n > 0, e.errno == errno.EAGAIN)
data = os.read(r, 1 << 20)
print(len(data) > 0)
rf = open(r, 'rb', buffering=0, closefd=False)
print(rf.read() is not None)
print(rf.read())
