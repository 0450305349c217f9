# IPv4 and IPv6 sockets at one port: IPV6_V6ONLY, and a dual-stack IPv6 listener taking IPv4 clients.
import socket
v4 = socket.socket(socket.AF_INET); v4.bind(('0.0.0.0', 0)); port = v4.getsockname()[1]
v6 = socket.socket(socket.AF_INET6)
try:
    v6.bind(('::', port))
except OSError as e:
    print('dual-stack bind:', type(e).__name__, e.errno)
v6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
v6.bind(('::', port)); print('v6only bind ok')
v4.close(); v6.close()
# A dual-stack listener takes IPv4 clients.
srv = socket.socket(socket.AF_INET6); srv.bind(('::', 0)); srv.listen()
port = srv.getsockname()[1]
c = socket.create_connection(('127.0.0.1', port))
conn, addr = srv.accept()
print(conn.family == socket.AF_INET6, addr[0], addr[1] == c.getsockname()[1], conn.getsockname()[:2] == ('::ffff:127.0.0.1', port))
print(c.getpeername() == ('127.0.0.1', port))
c.sendall(b'hi'); print(conn.recv(10))
x = socket.socket(socket.AF_INET)
try: x.bind(('127.0.0.1', port))
except OSError as e: print('v4 on dual-stack port:', type(e).__name__, e.errno)
for s in (c, conn, srv, x): s.close()

import asyncio


async def main():
    got = asyncio.get_running_loop().create_future()

    async def handle(reader, writer):
        got.set_result(await reader.read(5))
        writer.close()

    server = await asyncio.start_server(handle, host=None, port=0)
    families = sorted(s.family.name for s in server.sockets)
    # Port 0: each socket has a port of its own.
    port = [s.getsockname()[1] for s in server.sockets if s.family == socket.AF_INET][0]
    print(families)
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hello')
    print(await got)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
