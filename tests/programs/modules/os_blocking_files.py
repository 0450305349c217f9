# os.set_blocking/get_blocking on regular files and directories (where O_NONBLOCK has no effect)
# and pipes; a descriptor number reused for another file starts blocking.
import os, tempfile
fd = os.open(__file__, os.O_RDONLY)
print(os.get_blocking(fd)); os.set_blocking(fd, False); print(os.get_blocking(fd))
print(len(os.read(fd, 10)))
os.set_blocking(fd, True); print(os.get_blocking(fd))
os.set_blocking(fd, False)
os.close(fd)
d = tempfile.mkdtemp()
fd2 = os.open(d, os.O_RDONLY)
print(os.get_blocking(fd2))
os.close(fd2); os.rmdir(d)
r, w = os.pipe(); os.set_blocking(r, False); print(os.get_blocking(r), os.get_blocking(w)); os.close(r); os.close(w)
