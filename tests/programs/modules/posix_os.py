# os.py from CPython's library on top of the native posix module. Until Typhon has abc (it needs
# _weakref and frame objects), sys.audit and sys.getfilesystemencodeerrors, this program supplies
# stand-ins for them; under CPython they are already there and nothing is replaced.
import sys
if "abc" not in sys.modules:
    abc = type(sys)("abc")
    class ABCMeta(type):
        def register(cls, sub):
            return sub
    class ABC(metaclass=ABCMeta):
        pass
    abc.ABCMeta, abc.ABC, abc.abstractmethod = ABCMeta, ABC, lambda f: f
    sys.modules["abc"] = abc
if not hasattr(sys, "getfilesystemencodeerrors"):
    sys.getfilesystemencodeerrors = lambda: "surrogateescape"
if not hasattr(sys, "audit"):
    sys.audit = lambda *args: None
sys.path.append("/usr/lib/python3.11")
import os

D = "/tmp/typhon_posix_os"
print(os.name, os.sep, os.curdir, os.pardir, os.linesep == "\n", os.devnull)
print(os.path.join("a", "b", "c"), os.path.split("/x/y/z"), os.path.splitext("f.tar.gz"), os.path.basename("/a/b"))
print(os.path.normpath("a//b/../c/."), os.path.isabs("/x"), os.getcwd() == os.path.abspath("."))
print(os.stat is os.stat, os.stat_result.__module__, os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.exists("/nonexistent-x"))
print(os.fspath("x"), os.fsencode("abc"), os.fsdecode(b"abc"), os.getpid() == __import__("posix").getpid())
print(all(f in os.supports_dir_fd for f in (os.stat, os.open, os.mkdir, os.unlink, os.rename)))
print(os.stat in os.supports_fd, os.listdir in os.supports_fd, os.truncate in os.supports_fd)

if os.path.exists(D):
    for root, dirs, files in os.walk(D, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(D)
os.makedirs(D + "/a/b/c")
os.makedirs(D + "/a/b/c", exist_ok=True)
try:
    os.makedirs(D + "/a")
except FileExistsError as e:
    print("FileExistsError", e)
fd = os.open(D + "/a/file.txt", os.O_WRONLY | os.O_CREAT, 0o644)
os.write(fd, b"data\n")
os.close(fd)
for root, dirs, files in os.walk(D):
    dirs.sort()
    print(os.path.relpath(root, D), dirs, sorted(files))
print(os.path.getsize(D + "/a/file.txt"), os.path.isfile(D + "/a/file.txt"))
print(os.path.getmtime(D + "/a/file.txt") > 1.6e9, os.path.samefile(D + "/a", D + "/a/b/.."))
print(os.access(D, os.W_OK), os.path.islink(D), os.path.ismount("/"))
os.symlink(D + "/a/file.txt", D + "/link")
print(os.path.islink(D + "/link"), os.path.realpath(D + "/link") == os.path.realpath(D + "/a/file.txt"))
print(os.path.lexists(D + "/link"), sorted(e.name for e in os.scandir(D)))
os.unlink(D + "/link")
os.remove(D + "/a/file.txt")
os.removedirs(D + "/a/b/c")
print(os.path.exists(D))

os.environ["TYPHON_OS_VAR"] = "abc"
print(os.environ["TYPHON_OS_VAR"], os.getenv("TYPHON_OS_VAR"), os.environb[b"TYPHON_OS_VAR"])
print(os.system("test \"$TYPHON_OS_VAR\" = abc"))
del os.environ["TYPHON_OS_VAR"]
print(os.getenv("TYPHON_OS_VAR"), "TYPHON_OS_VAR" in os.environ, os.system("test -z \"$TYPHON_OS_VAR\""))
print(type(os.environ).__name__)
print(os.waitstatus_to_exitcode(os.system("exit 5")))
