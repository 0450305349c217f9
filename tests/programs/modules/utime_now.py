# os.utime(path) with no times sets "now", which is never before the file's last write
# (pathlib's touch() relies on it), and time.time() agrees with the file system's clock.
import os
import tempfile
import time

d = tempfile.mkdtemp()
path = os.path.join(d, "f")
older = 0
for i in range(300):
    with open(path, "w") as f:
        f.write("x" * i)
    written = os.stat(path).st_mtime_ns
    os.utime(path, (1.0, 1.0))
    assert os.stat(path).st_mtime_ns == 1_000_000_000
    os.utime(path)
    touched = os.stat(path).st_mtime_ns
    if touched < written:
        older += 1
print("touched before written:", older)
before = time.time_ns()
with open(path, "w") as f:
    f.write("y")
st = os.stat(path)
# (Generous bounds: a busy machine may pause the process; a wrong clock is off by far more.)
print("time.time_ns() within 5 s of the write:", abs(st.st_mtime_ns - before) < 5_000_000_000)
print("time.time() within 5 s:", abs(time.time() - st.st_mtime) < 5)
os.remove(path)
os.rmdir(d)
