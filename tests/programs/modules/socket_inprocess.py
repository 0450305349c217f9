# TCP and AF_UNIX sockets between parts of one process: bind/listen/connect/accept, addresses,
# blocking reads served by another thread, errors for addresses nobody listens on, and asyncio
# servers and clients over them.
import asyncio
import os
import socket
import tempfile
import threading

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
print("port ok", 0 < port < 65536, srv.getsockname()[0])
c = socket.create_connection(("127.0.0.1", port))
s, addr = srv.accept()
print("addresses", addr == c.getsockname(), s.getsockname() == srv.getsockname(),
      c.getpeername() == srv.getsockname(), s.getpeername() == c.getsockname())
c.sendall(b"hello")
print(s.recv(10))
s.sendall(b"world")
print(c.recv(10))
c.shutdown(socket.SHUT_WR)
print("eof", s.recv(10))
s.close()
c.close()


def echo():
    conn, _ = srv.accept()
    with conn:
        while data := conn.recv(100):
            conn.sendall(data.upper())


t = threading.Thread(target=echo)
t.start()
c2 = socket.create_connection(("localhost", port))
c2.sendall(b"abc")
print(c2.recv(100))
c2.close()
t.join()

srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("nonblocking accept", type(e).__name__, e.errno)
srv.close()

for addr in [("127.0.0.1", port), ("127.0.0.1", 1)]:
    try:
        socket.create_connection(addr)
    except OSError as e:
        print(type(e).__name__, e)

a = socket.socket()
a.bind(("127.0.0.1", 0))
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e)
try:
    a.bind(("127.0.0.1", 0))
except OSError as e:
    print(type(e).__name__, e)
for bad in ["x", ("127.0.0.1",), ("127.0.0.1", 70000)]:
    try:
        b.bind(bad)
    except (OSError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    b.getpeername()
except OSError as e:
    print(type(e).__name__, e)
a.close()
b.close()

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    u = socket.socket(socket.AF_UNIX)
    u.bind(path)
    u.listen()
    print("unix file", os.path.exists(path), u.getsockname() == path)
    uc = socket.socket(socket.AF_UNIX)
    uc.connect(path)
    us, uaddr = u.accept()
    uc.sendall(b"over unix")
    print(us.recv(100), uaddr, us.getsockname() == path)
    for sock in (us, uc, u):
        sock.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, "missing"))
    except OSError as e:
        print(type(e).__name__, e.errno)


async def main():
    async def handle(r, w):
        data = await r.readline()
        w.write(data[::-1])
        await w.drain()
        w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    p = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", p)
    w.write(b"hello\n")
    await w.drain()
    print(await r.read())
    w.close()
    server.close()
    await server.wait_closed()
    loop = asyncio.get_running_loop()
    l = socket.create_server(("127.0.0.1", 0))
    l.setblocking(False)
    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, l.getsockname())
    conn, _ = await loop.sock_accept(l)
    await loop.sock_sendall(c, b"ping")
    print(await loop.sock_recv(conn, 10))
    for x in (conn, c, l):
        x.close()


asyncio.run(main())

a, b = socket.socketpair()
a.setblocking(False)
total = 0
try:
    while True:
        total += a.send(b" " * 8192)
except BlockingIOError as e:
    print("full", total > 0, e.errno)
a.send(b"")
b.setblocking(False)
got = 0
while True:
    try:
        d = b.recv(65536)
    except BlockingIOError:
        break
    got += len(d)
print("drained", got == total)
print(a.send(b"x"))

# Datagram sockets bound to addresses of this process.
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(("127.0.0.1", 0))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(c.sendto(b"ping", srv.getsockname()))
data, addr = srv.recvfrom(100)
print(data, addr == ("127.0.0.1", c.getsockname()[1]))
srv.sendto(b"pong", addr)
buf = bytearray(10)
print(c.recvfrom_into(buf)[0], bytes(buf[:4]))
c.connect(srv.getsockname())
c.send(b"conn")
print(srv.recv(10), c.getpeername() == srv.getsockname(), c.getsockname()[0])
try:
    srv.getpeername()
except OSError as e:
    print(type(e).__name__, e)
try:
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).send(b"x")
except OSError as e:
    print(type(e).__name__, e)
srv.close()
c.close()


class Echo(asyncio.DatagramProtocol):
    def __init__(self, fut):
        self.fut = fut

    def connection_made(self, t):
        self.t = t

    def datagram_received(self, data, addr):
        if data == b"reply":
            self.fut.set_result(data)
        else:
            self.t.sendto(b"reply", addr)


async def datagrams():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    t1, _ = await loop.create_datagram_endpoint(lambda: Echo(f1), local_addr=("127.0.0.1", 0))
    t2, _ = await loop.create_datagram_endpoint(lambda: Echo(f2), remote_addr=t1.get_extra_info("sockname"))
    t2.sendto(b"hi")
    print(await asyncio.wait_for(f2, 5))
    t1.close()
    t2.close()


asyncio.run(datagrams())
