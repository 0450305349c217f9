# os.mkfifo (mode under the umask, dir_fd, errors without a file name) and os.statvfs/fstatvfs
# (the result type, agreement between path, bytes path and fd; shutil.disk_usage on top).
import os
import pickle
import shutil
import stat
import tempfile

d = tempfile.mkdtemp()
try:
    old = os.umask(0o022)
    p = os.path.join(d, "fifo")
    os.mkfifo(p)
    st = os.stat(p)
    print("fifo:", stat.S_ISFIFO(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    os.mkfifo(os.path.join(d, "f2"), 0o640)
    print("mode:", oct(stat.S_IMODE(os.stat(os.path.join(d, "f2")).st_mode)))
    os.mkfifo(os.path.join(d, "f2b").encode(), mode=0o600)
    print("bytes path:", oct(stat.S_IMODE(os.stat(os.path.join(d, "f2b")).st_mode)))
    os.umask(old)
    for target in (p, os.path.join(d, "missing", "x"), os.path.join(p, "x")):
        try:
            os.mkfifo(target)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename)
    fd = os.open(d, os.O_RDONLY)
    try:
        os.mkfifo("f3", dir_fd=fd)
    finally:
        os.close(fd)
    print("dir_fd:", stat.S_ISFIFO(os.lstat(os.path.join(d, "f3")).st_mode))
    print(sorted(os.listdir(d)))
    try:
        os.mkfifo(3.5)
    except TypeError as e:
        print("TypeError", e)

    a = os.statvfs(d)
    b = os.statvfs(d.encode())
    fd = os.open(d, os.O_RDONLY)
    try:
        c = os.fstatvfs(fd)
    finally:
        os.close(fd)
    print(type(a).__name__, type(a).__module__, len(a), os.statvfs_result.n_fields)
    print("fields:", [a[i] == getattr(a, n) for i, n in enumerate(
        ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"])])
    print("agree:", a.f_blocks == b.f_blocks == c.f_blocks, a.f_bsize == b.f_bsize == c.f_bsize, a.f_flag == c.f_flag)
    print("sane:", a.f_bsize > 0, a.f_blocks >= a.f_bfree >= 0, a.f_namemax > 0, isinstance(a.f_fsid, int))
    print("pickle:", pickle.loads(pickle.dumps(a)) == a)
    u = shutil.disk_usage(d)
    print(type(u).__name__, u.total >= u.used >= 0, u.free >= 0)
    for f, arg in ((os.statvfs, os.path.join(d, "nonexistent")), (os.fstatvfs, 987), (os.statvfs, 1.5)):
        try:
            f(arg)
        except Exception as e:
            print(f.__name__, type(e).__name__, e.errno if isinstance(e, OSError) else e)
finally:
    shutil.rmtree(d)
