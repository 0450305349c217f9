# The file an AF_UNIX socket is bound to is a socket for os.stat (S_ISSOCK), and stays after the socket closes: asyncio's unix servers and datagram endpoints replace it.
import socket, os, stat, tempfile, asyncio
d = tempfile.mkdtemp()
path = os.path.join(d, 'sock')
s = socket.socket(socket.AF_UNIX)
s.bind(path)
print(stat.S_ISSOCK(os.stat(path).st_mode), stat.S_ISREG(os.stat(path).st_mode), stat.S_ISSOCK(os.lstat(path).st_mode))
s.close()
print(os.path.exists(path), stat.S_ISSOCK(os.stat(path).st_mode))
try:
    socket.socket(socket.AF_UNIX).bind(path)
except OSError as e:
    print(type(e).__name__, e.errno)
async def main():
    srv = await asyncio.get_running_loop().create_unix_server(asyncio.Protocol, path)
    print('server on existing path', srv.sockets[0].getsockname() == path)
    srv.close()
    await srv.wait_closed()
    d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    dpath = path + '.d'
    d.bind(dpath); d.close()
    t, p = await asyncio.get_running_loop().create_datagram_endpoint(asyncio.DatagramProtocol, dpath, family=socket.AF_UNIX)
    print('datagram on existing path', t.get_extra_info('sockname') == dpath)
    t.close()
    await asyncio.sleep(0)
    os.remove(dpath)
asyncio.run(main())
os.remove(path)
with open(path, 'w'): pass
print(stat.S_ISSOCK(os.stat(path).st_mode))
os.remove(path); os.rmdir(d)
