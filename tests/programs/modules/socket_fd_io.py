# A socket's descriptor read and written as a file: os.read/os.write, os.get_blocking/set_blocking, FileIO, asyncio's write-pipe transport on a socket.
import socket, os, io, asyncio
r, w = socket.socketpair()
print(os.write(w.fileno(), b'abc'), os.read(r.fileno(), 10))
print(os.get_blocking(r.fileno()))
r.setblocking(False)
print(os.get_blocking(r.fileno()))
try: os.read(r.fileno(), 10)
except BlockingIOError as e: print(type(e).__name__, e)
os.set_blocking(r.fileno(), True); print(os.get_blocking(r.fileno()), r.getblocking())
f = io.open(w.detach(), 'wb', buffering=0)
print(f.write(b'via file'), r.recv(100))
f.close()
print(r.recv(100))
r.close()

async def main():
    loop = asyncio.get_running_loop()
    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    pipeobj = io.open(wsock.detach(), 'wb', 1024)
    transport, proto = await loop.connect_write_pipe(asyncio.Protocol, pipeobj)
    transport.write(b'1234')
    await asyncio.sleep(0.05)
    print(await loop.sock_recv(rsock, 1024))
    transport.close()
    await asyncio.sleep(0.05)
    print(await loop.sock_recv(rsock, 1024))
    rsock.close()
asyncio.run(main())

# os.fstat of a socket's descriptor: a socket; asyncio's write-pipe transport on one sees the
# reader close.
import stat
a, b = socket.socketpair()
c = socket.socket()
print(stat.S_ISSOCK(os.fstat(a.fileno()).st_mode), stat.S_ISSOCK(os.fstat(c.fileno()).st_mode))
a.close(); b.close(); c.close()


class WriteProto(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_lost(self, exc):
        self.done.set_result(exc)


async def disconnect():
    loop = asyncio.get_running_loop()
    rsock, wsock = socket.socketpair()
    rsock.setblocking(False)
    done = loop.create_future()
    transport, _ = await loop.connect_write_pipe(lambda: WriteProto(done), io.open(wsock.detach(), 'wb', 1024))
    transport.write(b'1')
    print(await loop.sock_recv(rsock, 1024))
    rsock.close()
    print('connection lost:', await asyncio.wait_for(done, 10))
asyncio.run(disconnect())
