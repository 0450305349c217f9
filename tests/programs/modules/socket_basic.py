# socket without a network: constants, byte-order helpers, address conversions, socketpair I/O.
import errno
import select
import selectors
import socket

print("constants:", socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM,
      socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_KEEPALIVE, socket.IPPROTO_TCP, socket.IPPROTO_UDP,
      socket.TCP_NODELAY, socket.SOMAXCONN, socket.MSG_PEEK, socket.SHUT_RDWR, socket.AI_PASSIVE,
      socket.NI_NUMERICHOST, socket.EAI_NONAME, socket.has_ipv6)
print("enums:", repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.AddressFamily(10).name,
      socket.SocketKind.SOCK_DGRAM.value)
print("error classes:", socket.error is OSError, socket.timeout is TimeoutError,
      issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError), socket.gaierror.__module__)
print("hostname is str:", isinstance(socket.gethostname(), str))
print("default timeout:", socket.getdefaulttimeout())

print("htons:", socket.htons(1), socket.htons(0x1234), socket.ntohs(0x3412), socket.htonl(1), socket.ntohl(0x12345678))
for f, arg in [(socket.htons, -1), (socket.htons, 65536), (socket.htonl, -1), (socket.htonl, 2 ** 32),
               (socket.htons, 1.5), (socket.htonl, "1")]:
    try:
        print(f.__name__, f(arg))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for text in ["127.0.0.1", "1.2.3.4", "10.1", "0x7f.1", "255.255.255.255", "1", "017.0.0.1"]:
    packed = socket.inet_aton(text)
    print("inet_aton", text, packed, socket.inet_ntoa(packed))
for bad in ["1.2.3.256", "abc", "", "1.2.3.4.5", "1..2"]:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print("inet_aton", repr(bad), type(e).__name__, e)
try:
    socket.inet_ntoa(b"abc")
except OSError as e:
    print("inet_ntoa:", type(e).__name__, e)

for text in ["::1", "::", "2001:db8::1", "fe80::1:2:3:4", "1:0:0:2:0:0:0:3", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8",
             "2001:DB8:0:0:1:0:0:1", "0:0:1::"]:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print("inet6", text, packed.hex(), socket.inet_ntop(socket.AF_INET6, packed))
print("inet4", socket.inet_pton(socket.AF_INET, "192.168.0.1"), socket.inet_ntop(socket.AF_INET, b"\x7f\x00\x00\x01"))
for af, bad in [(socket.AF_INET, "01.2.3.4"), (socket.AF_INET, "1.2.3"), (socket.AF_INET6, "1::2::3"),
                (socket.AF_INET6, "12345::"), (socket.AF_INET6, "1:2:3:4:5:6:7:8:9")]:
    try:
        socket.inet_pton(af, bad)
    except OSError as e:
        print("inet_pton", repr(bad), type(e).__name__, e)
try:
    socket.inet_ntop(socket.AF_INET6, b"1234")
except ValueError as e:
    print("inet_ntop:", type(e).__name__, e)

print("getaddrinfo:", socket.getaddrinfo("127.0.0.1", 80))
print("getaddrinfo typed:", socket.getaddrinfo("127.0.0.1", "8080", socket.AF_INET, socket.SOCK_STREAM))
print("getaddrinfo v6:", socket.getaddrinfo("::1", None, type=socket.SOCK_DGRAM))
print("localhost v4:", socket.getaddrinfo("localhost", 0, socket.AF_INET, socket.SOCK_STREAM))
try:
    socket.getaddrinfo("127.0.0.1", 1.5)
except OSError as e:
    print("getaddrinfo port:", type(e).__name__, e)

a, b = socket.socketpair()
print("pair:", a.family, a.type, a.proto, type(a).__name__, a.getblocking(), a.gettimeout())
print("fileno distinct:", a.fileno() != b.fileno(), a.fileno() > 2)
print("send:", a.send(b"hello"), a.sendall(b" world"))
print("recv:", b.recv(3), b.recv(100))
b.setblocking(False)
print("blocking:", b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except BlockingIOError as e:
    print("empty recv:", type(e).__name__, e.errno == errno.EAGAIN, e)
buf = bytearray(8)
b.send(b"xyz")
print("recv_into:", a.recv_into(buf), buf)
a.settimeout(0.01)
try:
    a.recv(1)
except TimeoutError as e:
    print("timeout recv:", type(e).__name__, e)
print("timeouts:", a.gettimeout(), a.timeout)

sel = selectors.DefaultSelector()
print("selector:", type(sel).__name__)
a.setblocking(False)
sel.register(a, selectors.EVENT_READ, "A")
print("nothing ready:", sel.select(0))
b.send(b"!")
print("ready:", [(k.data, ev) for k, ev in sel.select(0)])
print("select.select:", select.select([a, b], [], [], 0)[0] == [a])
print("drain:", a.recv(10), sel.select(0.001))
sel.unregister(a)
sel.close()

p = select.poll()
p.register(b, select.POLLIN)
print("poll empty:", p.poll(0))
a.send(b"x")
print("poll:", [(fd == b.fileno(), ev) for fd, ev in p.poll(0)])
ep = select.epoll()
ep.register(a.fileno(), select.EPOLLIN | select.EPOLLOUT)
print("epoll out only:", [ev for _, ev in ep.poll(0)])
try:
    ep.register(a.fileno())
except OSError as e:
    print("register twice:", type(e).__name__, e)
ep.close()
print("epoll closed:", ep.closed)
try:
    ep.poll()
except ValueError as e:
    print(type(e).__name__, e)

with a, b:
    a.shutdown(socket.SHUT_WR)
    print("after shutdown:", b.recv(10), b.recv(10))
print("closed:", a.fileno(), repr(a)[:26])
try:
    a.send(b"x")
except OSError as e:
    print("send on closed:", type(e).__name__, e)
c, d = socket.socketpair()
d.close()
print("peer closed recv:", c.recv(5))
try:
    c.send(b"x")
except OSError as e:
    print("peer closed send:", type(e).__name__, e)
c.close()
try:
    socket.socketpair(socket.AF_INET)
except OSError as e:
    print("socketpair AF_INET:", type(e).__name__, e)
d1, d2 = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
d1.send(b"one")
d1.send(b"two")
print("datagrams:", d2.recv(2), d2.recv(10))
d1.close()
d2.close()
for bad in [[-1], ["x"]]:
    try:
        select.select(bad, [], [], 0)
    except (ValueError, TypeError) as e:
        print("select", bad, type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(type(e).__name__, e)
print("select constants:", select.POLLIN, select.POLLOUT, select.EPOLLIN, select.EPOLLET, select.EPOLLHUP)
