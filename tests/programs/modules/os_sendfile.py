# os.sendfile from a file to a socket (explicit offsets and the file's position), the position shared by FileIO and os.lseek, and asyncio's sock_sendfile (native path).
import os, socket, tempfile, asyncio
data = bytes(range(256)) * 40
with tempfile.NamedTemporaryFile() as tf:
    tf.write(data); tf.flush()
    fd = os.open(tf.name, os.O_RDONLY)
    r, w = socket.socketpair()
    print(os.sendfile(w.fileno(), fd, 0, 100), os.lseek(fd, 0, os.SEEK_CUR))
    print(r.recv(1000) == data[:100])
    print(os.sendfile(w.fileno(), fd, None, 300), os.lseek(fd, 0, os.SEEK_CUR))
    print(r.recv(1000) == data[:300])
    os.lseek(fd, 10000, os.SEEK_SET)
    print(os.sendfile(w.fileno(), fd, None, 1000), os.lseek(fd, 0, os.SEEK_CUR))
    print(r.recv(1000) == data[10000:])
    print(os.sendfile(w.fileno(), fd, None, 1000))
    print(os.sendfile(out_fd=w.fileno(), in_fd=fd, offset=5, count=3), r.recv(10) == data[5:8])
    r.close()
    try: os.sendfile(w.fileno(), fd, 0, 10)
    except OSError as e: print(type(e).__name__, e.errno)
    w.close()
    for args in [(99, fd, 0, 1), (w.fileno() if False else fd, 98, 0, 1)]:
        try: os.sendfile(*args)
        except OSError as e: print(type(e).__name__, e.errno)
    try: os.sendfile(fd, fd, 0)
    except TypeError as e: print(type(e).__name__, e)
    # FileIO and os.lseek share the descriptor's position.
    with open(tf.name, 'rb') as f:
        f.read(10)
        print(os.lseek(f.fileno(), 0, os.SEEK_CUR))
        os.lseek(f.fileno(), 1000, os.SEEK_SET)
        print(f.raw.tell(), f.raw.read(2) == data[1000:1002], os.lseek(f.fileno(), 0, os.SEEK_CUR))
    os.close(fd)

    async def main():
        loop = asyncio.get_running_loop()
        r, w = socket.socketpair()
        r.setblocking(False); w.setblocking(False)
        with open(tf.name, 'rb') as f:
            sent = await loop.sock_sendfile(w, f, 100, 5000)
            print('sock_sendfile', sent, f.tell())
        got = b''
        while len(got) < sent:
            got += await loop.sock_recv(r, 65536)
        print(got == data[100:5100])
        r.close(); w.close()
    asyncio.run(main())
