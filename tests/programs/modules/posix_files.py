# posix file and directory functions on a scratch directory under /tmp.
import posix

D = "/tmp/typhon_posix_files"

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, "->", repr(r))
    except Exception as e:
        print(f.__name__, "!", type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None),
              getattr(e, "filename2", None))

def rmtree(p):
    try:
        st = posix.lstat(p)
    except FileNotFoundError:
        return
    if st.st_mode & 0o170000 == 0o040000:
        for n in posix.listdir(p):
            rmtree(p + "/" + n)
        posix.rmdir(p)
    else:
        posix.unlink(p)

rmtree(D)
posix.mkdir(D)
posix.mkdir(D + "/sub", 0o755)
show(posix.mkdir, D)
show(posix.mkdir, D + "/nope/x")

# open/write/read/lseek/close
fd = posix.open(D + "/f.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(type(fd), fd > 2, posix.write(fd, b"hello world\n"), posix.write(fd, bytearray(b"line 2\n")))
posix.close(fd)
show(posix.write, fd, b"x")
show(posix.close, fd)
fd = posix.open(D + "/f.txt", posix.O_RDONLY)
print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10))
print(posix.lseek(fd, 0, 0), posix.read(fd, 3), posix.lseek(fd, 0, 1))
print(posix.lseek(fd, -3, 2), posix.read(fd, 10), posix.lseek(fd, 2, 0), posix.read(fd, 2))
show(posix.lseek, fd, -100, 0)
st = posix.fstat(fd)
print(st.st_size, posix.isatty(fd), posix.get_blocking(fd))
fd2 = posix.dup(fd)
print(fd2 != fd, posix.fstat(fd2).st_ino == st.st_ino)
posix.close(fd2)
posix.close(fd)
show(posix.open, D + "/missing", posix.O_RDONLY)
show(posix.open, D, posix.O_WRONLY)
show(posix.write, 1, "text")
show(posix.read, 0, -1)

# append, ftruncate, truncate
fd = posix.open(D + "/f.txt", posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b"tail\n")
posix.ftruncate(fd, 8)
posix.close(fd)
print(posix.stat(D + "/f.txt").st_size)
posix.truncate(D + "/f.txt", 3)
print(posix.stat(D + "/f.txt").st_size)
fd = posix.open(D + "/f.txt", posix.O_RDWR)
print(posix.read(fd, 100))
posix.lseek(fd, 0, 0)
posix.write(fd, b"HE")
posix.lseek(fd, 0, 0)
print(posix.read(fd, 100))
posix.fsync(fd)
posix.close(fd)

# stat
st = posix.stat(D + "/f.txt")
print(type(st).__name__, len(st), st.st_size, oct(st.st_mode & 0o777 | 0), st.st_mode & 0o170000 == 0o100000)
print(st.st_nlink, isinstance(st.st_ino, int), isinstance(st.st_atime, float), isinstance(st.st_mtime_ns, int))
print(st[7] == int(st.st_atime), st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
print(abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3, st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
print(st == posix.stat(D + "/f.txt"), st.st_uid == posix.getuid(), st.st_gid == posix.getgid())
print(posix.stat(D).st_mode & 0o170000 == 0o040000, posix.stat(D.encode()).st_ino == posix.stat(D).st_ino)
show(posix.stat, D + "/missing")
show(posix.stat, (D + "/missing").encode())
show(posix.stat, "")
show(posix.stat, [1])
show(posix.stat, "a\0b")
show(posix.lstat, 5)
show(posix.stat, 99999)
show(posix.listdir, 5.5)
show(posix.stat, D + "/f.txt/x")

# utime
posix.utime(D + "/f.txt", (1000000000, 1200000000.5))
st = posix.stat(D + "/f.txt")
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_atime_ns)
posix.utime(D + "/f.txt", ns=(5 * 10**9 + 123000000, 7 * 10**9))
st = posix.stat(D + "/f.txt")
print(st.st_atime_ns, st.st_mtime_ns, st.st_atime)
posix.utime(D + "/f.txt")
print(posix.stat(D + "/f.txt").st_mtime > 1.6e9)
show(posix.utime, D + "/f.txt", (1, 2), ns=(1, 2))
show(posix.utime, D + "/f.txt", 5)
show(posix.utime, D + "/f.txt", ns=5)
show(posix.utime, D + "/missing", (1, 2))

# chmod / access
posix.chmod(D + "/f.txt", 0o600)
print(oct(posix.stat(D + "/f.txt").st_mode & 0o777))
print(posix.access(D + "/f.txt", posix.F_OK), posix.access(D + "/f.txt", posix.R_OK | posix.W_OK),
      posix.access(D + "/missing", posix.F_OK), posix.access(D + "/f.txt", posix.X_OK))
posix.chmod(D + "/f.txt", 0o755)
print(posix.access(D + "/f.txt", posix.X_OK), oct(posix.stat(D + "/f.txt").st_mode & 0o777))
show(posix.chmod, D + "/missing", 0o644)

# symlinks and links
posix.symlink(D + "/f.txt", D + "/link")
print(posix.readlink(D + "/link") == D + "/f.txt", posix.readlink((D + "/link").encode()) == (D + "/f.txt").encode())
print(posix.lstat(D + "/link").st_mode & 0o170000 == 0o120000, posix.stat(D + "/link").st_ino == posix.stat(D + "/f.txt").st_ino)
print(posix.stat(D + "/link", follow_symlinks=False).st_mode & 0o170000 == 0o120000)
show(posix.symlink, D + "/f.txt", D + "/link")
show(posix.readlink, D + "/f.txt")
posix.link(D + "/f.txt", D + "/hard")
print(posix.stat(D + "/f.txt").st_nlink, posix.stat(D + "/hard").st_ino == posix.stat(D + "/f.txt").st_ino)
show(posix.link, D + "/missing", D + "/hard2")
posix.symlink("dangling-target", D + "/dangling")

# listdir / scandir
print(sorted(posix.listdir(D)))
print(sorted(posix.listdir(D.encode())))
cwd = posix.getcwd()
posix.chdir(D)
print(posix.getcwd() == D, posix.getcwdb() == D.encode(), sorted(posix.listdir()), sorted(posix.listdir(None)))
posix.chdir(cwd)
print(posix.getcwd() == cwd)
show(posix.chdir, D + "/missing")
show(posix.chdir, D + "/f.txt")
show(posix.listdir, D + "/missing")
show(posix.listdir, D + "/f.txt")
dfd = posix.open(D, posix.O_RDONLY)
print(sorted(posix.listdir(dfd)))
print(posix.stat("f.txt", dir_fd=dfd).st_ino == posix.stat(D + "/f.txt").st_ino)
posix.close(dfd)
with posix.scandir(D) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == D + "/" + e.name, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.inode() == posix.lstat(e.path).st_ino,
          posix.fspath(e) == e.path)
    try:
        print("  stat", e.stat().st_mode & 0o170000, e.stat(follow_symlinks=False).st_mode & 0o170000)
    except OSError as ex:
        print("  stat", type(ex).__name__, ex)
be = sorted(posix.scandir(D.encode()), key=lambda e: e.name)
print([(e.name, type(e.path).__name__) for e in be])
it = posix.scandir(D)
next(it)
it.close()
print(list(it))
show(posix.scandir, D + "/missing")

# rename / replace / unlink / rmdir
posix.rename(D + "/f.txt", D + "/g.txt")
print(sorted(posix.listdir(D)))
posix.replace(D + "/g.txt", D + "/hard")
print(sorted(posix.listdir(D)))
show(posix.rename, D + "/missing", D + "/x")
show(posix.rename, D + "/hard", D + "/nope/x")
show(posix.unlink, D + "/missing")
show(posix.remove, D + "/sub")
show(posix.rmdir, D)
show(posix.rmdir, D + "/hard")
posix.remove(D + "/link")
posix.unlink(D + "/dangling")
posix.unlink(D + "/hard")
posix.rmdir(D + "/sub")
print(posix.listdir(D))
posix.unlink(D + "/g.txt")
print(posix.listdir(D))
posix.rmdir(D)
print(posix.access(D, posix.F_OK))

# pipes
r, w = posix.pipe()
print(posix.write(w, b"through the pipe"), posix.read(r, 7), posix.fstat(r).st_mode & 0o170000 == 0o010000)
show(posix.lseek, r, 0, 0)
posix.close(w)
print(posix.read(r, 100), posix.read(r, 100))
posix.close(r)
