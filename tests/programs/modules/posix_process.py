# posix: process, environment, system information and helpers (facts that do not vary by machine).
import posix

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, "->", repr(r))
    except Exception as e:
        print(f.__name__, "!", type(e).__name__, e)

names = set(dir(posix))
for n in ["stat", "lstat", "fstat", "getcwd", "getcwdb", "chdir", "listdir", "scandir", "mkdir", "rmdir", "unlink",
          "remove", "rename", "replace", "open", "read", "write", "close", "lseek", "fsync", "ftruncate", "isatty",
          "dup", "dup2", "pipe", "access", "chmod", "utime", "symlink", "readlink", "link", "getpid", "getppid",
          "getuid", "geteuid", "getgid", "getegid", "kill", "umask", "uname", "urandom", "strerror", "cpu_count",
          "get_terminal_size", "times", "fspath", "device_encoding", "get_blocking", "set_blocking", "WIFEXITED",
          "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED", "WSTOPSIG", "WCOREDUMP", "WIFCONTINUED",
          "waitstatus_to_exitcode", "system", "putenv", "unsetenv", "sysconf", "confstr", "register_at_fork",
          "_exit", "_have_functions", "environ", "error", "stat_result", "terminal_size", "uname_result",
          "times_result", "DirEntry", "sysconf_names", "confstr_names", "pathconf_names", "_path_normpath"]:
    if n not in names:
        print("missing", n)
print(posix.error is OSError, posix.__name__)
for c in ["O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND", "O_NONBLOCK", "O_CLOEXEC",
          "O_DIRECTORY", "O_NOFOLLOW", "O_SYNC", "O_DSYNC", "O_NOCTTY", "O_ACCMODE", "O_TMPFILE", "O_PATH",
          "F_OK", "R_OK", "W_OK", "X_OK", "SEEK_DATA", "SEEK_HOLE", "WNOHANG", "WUNTRACED", "EX_OK", "EX_USAGE",
          "EX_SOFTWARE", "P_PID", "P_ALL", "RTLD_NOW", "RTLD_GLOBAL", "SCHED_OTHER", "NGROUPS_MAX", "TMP_MAX",
          "CLD_EXITED", "PRIO_PROCESS", "ST_RDONLY", "GRND_NONBLOCK"]:
    print(c, getattr(posix, c))

# Process ids.
pid = posix.getpid()
print(type(pid), pid > 0, posix.getppid() > 0, posix.getppid() != pid)
print(all(type(f()) is int and f() >= 0 for f in (posix.getuid, posix.geteuid, posix.getgid, posix.getegid)))
posix.kill(pid, 0)
show(posix.kill, 2**22 + 12345, 0)
old = posix.umask(0o022)
print(posix.umask(old) == 0o022)

# uname, times, cpu_count, terminal size.
u = posix.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, all(isinstance(x, str) for x in u))
print(type(u).__module__, posix.uname_result.n_fields)
t = posix.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0, t.elapsed > 0)
print(type(posix.cpu_count()), posix.cpu_count() >= 1)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, type(ts).__module__)
show(posix.terminal_size, (1, 2, 3))
r, w = posix.pipe()
show(posix.get_terminal_size, r)
print(posix.isatty(r), posix.device_encoding(r), posix.get_blocking(r))
posix.set_blocking(r, True)
posix.close(r)
posix.close(w)
show(posix.get_terminal_size, 999)

# urandom
b = posix.urandom(16)
print(type(b), len(b), posix.urandom(0), len(posix.urandom(1000)))
show(posix.urandom, -1)
show(posix.urandom, "x")

# strerror: glibc's messages.
for code in [0, 1, 2, 5, 9, 11, 13, 17, 20, 21, 22, 28, 32, 39, 95, 110, 111, 133, 134, 200, -1]:
    print(code, posix.strerror(code))
print(all(isinstance(posix.strerror(i), str) for i in range(140)))
show(posix.strerror, "x")

# wait status helpers.
for status in [0, 256, 0x0100 * 42, 9, 15 | 0x80, 0x137f, 0xffff, 0x7f]:
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
          posix.WTERMSIG(status), posix.WIFSTOPPED(status), posix.WSTOPSIG(status), posix.WCOREDUMP(status),
          posix.WIFCONTINUED(status))
for status in [0, 256, 42 << 8, 9, 15]:
    print(posix.waitstatus_to_exitcode(status))
show(posix.waitstatus_to_exitcode, 0x137f)
show(posix.waitstatus_to_exitcode, status=512)

# system
print(posix.system("exit 3"), posix.system("true"), posix.system("exit 255"))
print(posix.WEXITSTATUS(posix.system("exit 7")))

# environment
print(type(posix.environ), all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(b"PATH" in posix.environ)
posix.putenv("TYPHON_TEST_VAR", "value1")
print(posix.system("test \"$TYPHON_TEST_VAR\" = value1"))
posix.putenv(b"TYPHON_TEST_VAR", b"value2")
print(posix.system("test \"$TYPHON_TEST_VAR\" = value2"))
posix.unsetenv("TYPHON_TEST_VAR")
print(posix.system("test -z \"$TYPHON_TEST_VAR\""))
show(posix.putenv, "", "x")
show(posix.putenv, "a=b", "x")
show(posix.putenv, "a\0", "x")
show(posix.putenv, 5, "x")
show(posix.unsetenv, "a=b")

# fspath
class P:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v
print(posix.fspath("a"), posix.fspath(b"b"), posix.fspath(P("c")), posix.fspath(P(b"d")))
show(posix.fspath, 1)
show(posix.fspath, P(1))
show(posix.fspath, None)
print(posix.stat(P("/tmp")).st_ino == posix.stat("/tmp").st_ino)
show(posix.stat, P(5))

# sysconf / confstr
print(posix.sysconf("SC_PAGE_SIZE"), posix.sysconf("SC_CLK_TCK"), posix.sysconf("SC_NPROCESSORS_ONLN") >= 1)
print(posix.sysconf_names["SC_PAGE_SIZE"], posix.confstr_names["CS_PATH"], posix.pathconf_names["PC_NAME_MAX"])
print(posix.sysconf(posix.sysconf_names["SC_PAGESIZE"]), posix.confstr("CS_PATH"))
print(posix.confstr("CS_GNU_LIBC_VERSION").startswith("glibc "))
show(posix.sysconf, "SC_NOPE")
show(posix.sysconf, 1.5)
show(posix.confstr, "CS_NOPE")

# register_at_fork
posix.register_at_fork(before=lambda: None)
posix.register_at_fork(after_in_child=print, after_in_parent=print)
show(posix.register_at_fork)
show(posix.register_at_fork, before=5)

# _path_normpath
for p in ["", ".", "a/b/../c", "/a/./b//c/", "//a/b", "///a/b", "../../a", "a/../..", "/..", "/../a/..", "a//b/./",
          "a/b/", "./a", "a/.", "/"]:
    print(repr(p), repr(posix._path_normpath(p)))
show(posix._path_normpath, b"x")
print("HAVE_FSTATAT" in posix._have_functions, "HAVE_FTRUNCATE" in posix._have_functions)

# stat_result as a struct sequence made from Python.
s = posix.stat_result(range(10), {"st_atime": 1.5})
print(s, s.st_atime, s.st_mtime, s.st_ctime, s.st_atime_ns, s[7])
print(s.__reduce__())
print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields)
print(posix.stat_result.__match_args__, posix.stat_result.st_mode.__doc__)
s = posix.stat_result(tuple(range(19)))
print(s.st_atime, s.st_rdev, len(s), s[-1])
for args in [(range(9),), (range(20),), (5,)]:
    try:
        posix.stat_result(*args)
    except TypeError as e:
        print("TypeError", e)
