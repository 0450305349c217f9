# The write end of a pipe whose readers are gone: poll/epoll/select report it writable and in
# error (POLLERR), as asyncio's write-pipe transports expect; and a child that opens /dev/stdin
# after its parent wrote the pipe and closed it reads what is left.
import os
import select
import subprocess
import sys

r, w = os.pipe()
p = select.poll()
p.register(w, select.POLLOUT)
print('poll, reader open:', [ev for fd, ev in p.poll(0)])
p.modify(w, select.POLLIN)
print('poll POLLIN, reader open:', [ev for fd, ev in p.poll(0)])
ep = select.epoll()
ep.register(w, select.EPOLLIN)
print('epoll EPOLLIN, reader open:', ep.poll(0))
os.close(r)
print('poll POLLIN, reader gone:', [ev == select.POLLERR for fd, ev in p.poll(0)])
p.modify(w, select.POLLOUT)
print('poll POLLOUT, reader gone:', [ev == select.POLLOUT | select.POLLERR for fd, ev in p.poll(0)])
print('epoll EPOLLIN, reader gone:', [ev == select.EPOLLERR for fd, ev in ep.poll(0)])
print('select:', select.select([w], [w], [w], 0) == ([w], [w], []))
try:
    os.write(w, b'x')
except BrokenPipeError as e:
    print(type(e).__name__, e)
ep.close()
os.close(w)

# The pipe's bytes stay for a reader that opens it by name later.
r, w = os.pipe()
os.write(w, b'left in the pipe')
os.close(w)
code = 'f = open("/dev/stdin", "rb"); print(f.read()); print(f.seekable()); print(f.read())'
out = subprocess.run([sys.executable, '-c', code], stdin=r, capture_output=True, timeout=60)
os.close(r)
print(out.stdout.decode().splitlines(), out.returncode)
