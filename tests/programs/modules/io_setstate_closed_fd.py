# BytesIO/StringIO __setstate__ argument checks; FileIO seek/tell on a descriptor closed behind
# its back report EBADF; FileIO.__init__ sets `name` through the subclass's __setattr__ and
# leaves a descriptor it was given open when that fails.
import errno
import io
import os
import tempfile

for st in ((b"", -1, None), (b"", "x", None), (b"", 0, []), (b"", 0), "x", ("", 0, None), (b"ab", 5, {"a": 1}),
           (b"ab", True, None), (bytearray(b"xyz"), 1, None)):
    b = io.BytesIO()
    try:
        b.__setstate__(st)
        print("BytesIO ok", b.tell(), b.getvalue(), b.__dict__)
    except Exception as e:
        print("BytesIO", type(e).__name__, e)

for st in (("", "", -1, None), ("", "", "x", None), ("", "", 0, []), ("abc", "\n", 2, {"k": 1}), ("", "", 0),
           ("abc", None, 1, None)):
    s = io.StringIO()
    try:
        s.__setstate__(st)
        print("StringIO ok", s.tell(), repr(s.getvalue()), s.__dict__)
    except Exception as e:
        print("StringIO", type(e).__name__, e)


for st in ((b"", "", 0, None), ("", 5, 0, None), ("", "x", 0, None)):
    try:
        io.StringIO().__setstate__(st)
        print("StringIO ok")
    except Exception as e:
        print("StringIO", type(e).__name__, e)
for f in (io.StringIO().__setstate__, io.BytesIO().__setstate__):
    for args in ((), (1, 2)):
        try:
            f(*args)
        except TypeError as e:
            print("TypeError", e)


for o, st in ((io.BytesIO(), (b"x", 0, None)), (io.StringIO(), ("x", "", 0, None))):
    o.close()
    try:
        o.__setstate__(st)
    except ValueError as e:
        print(type(o).__name__, "closed:", e)


class Sub(io.BytesIO):
    pass


try:
    Sub().__setstate__(1)
except TypeError as e:
    print("TypeError", e)

fd, path = tempfile.mkstemp()
os.close(fd)
try:
    for method, args in (("seek", (0,)), ("tell", ()), ("write", (b"a",)), ("truncate", (0,)), ("close", ())):
        f = io.FileIO(path, "w")
        os.close(f.fileno())
        try:
            getattr(f, method)(*args)
            print(method, "no error")
        except OSError as e:
            print(method, e.errno == errno.EBADF)
        try:
            f.close()
        except OSError:
            pass

    class Blocked(Exception):
        pass

    class MyFileIO(io.FileIO):
        def __setattr__(self, name, value):
            if name == "name":
                raise Blocked("blocked setting name")
            return super().__setattr__(name, value)

    fd = os.open(path, os.O_RDONLY)
    try:
        MyFileIO(fd)
    except Blocked as e:
        print("Blocked", e)
    os.close(fd)
    print("descriptor was left open")
    try:
        MyFileIO(path)
    except Blocked as e:
        print("Blocked", e)

    class Plain(io.FileIO):
        pass

    with Plain(path) as f:
        print(f.name == path, "name" in f.__dict__)
finally:
    os.unlink(path)
