# socket.getnameinfo, getservbyname, getservbyport: numeric addresses, the local services database.
import socket
print(type(socket.getnameinfo(('127.0.0.1', 80), 0)[0]).__name__, socket.getnameinfo(('127.0.0.1', 80), 0)[1])
print(socket.getnameinfo(('::1', 80, 0, 0), socket.NI_NUMERICHOST))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST|socket.NI_NUMERICSERV))
print(socket.getnameinfo(('10.1.2.3', 5353), socket.NI_DGRAM|socket.NI_NUMERICHOST))
for a in [('127.0.0.1',), 'x', ('127.0.0.1', 80, 1), ('::1', 1, 0x100000), ('nohost.invalid', 1), ('localhost', 1), ('1.2.3.4', 1)]:
    try: print(socket.getnameinfo(a, socket.NI_NUMERICHOST))
    except Exception as e: print(type(e).__name__, e)
try: socket.getnameinfo(('127.0.0.1', 1), 'x')
except Exception as e: print(type(e).__name__, e)
print(socket.getnameinfo(('127.0.0.1', 65000), socket.NI_NUMERICHOST), socket.getnameinfo(('::1', 22, 0, 0), socket.NI_NUMERICHOST))
print(socket.getnameinfo(('127.0.0.1', 70000), socket.NI_NUMERICSERV))
for a in [('http',), ('http','tcp'), ('domain','udp'), ('nosuch',), ('http','sctp'), ('www', 'tcp')]:
    try: print(socket.getservbyname(*a))
    except Exception as e: print(type(e).__name__, e)
for a in [(80,), (53,'udp'), (65000,), (70000,), (-1,), (80, 'xx'), ('80',)]:
    try: print(socket.getservbyport(*a))
    except Exception as e: print(type(e).__name__, e)

# getaddrinfo: IPv6 scopes, service names.
print(socket.getaddrinfo('fe80::1%1', 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo('fe80::1%lo', 80, type=socket.SOCK_STREAM))
for a in [('fe80::1%nosuchif', 80), ('127.0.0.1', 'http'), ('127.0.0.1', 'domain'), ('127.0.0.1', 'nosuch'), ('::1', 'ssh')]:
    try: print(socket.getaddrinfo(*a))
    except Exception as e: print(type(e).__name__, e)
print(socket.getaddrinfo('127.0.0.1', 'domain', type=socket.SOCK_DGRAM))
