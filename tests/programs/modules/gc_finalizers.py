# __del__ runs once the object is unreachable (here checked after gc.collect(), which both
# CPython and Typhon guarantee), with the object's attributes intact; exceptions in it go to
# sys.unraisablehook; io classes' finalizer closes (and flushes) the object.
# (Objects are made with C(*args) and not handled after creation: Typhon's eval loop keeps the
# last instance made by a plain C() call, the last callee's frame and the arguments of the last
# native method call (o.m()), until the next such call; while it calls a compiled function, the
# values of the instructions it ran last stay in its JS registers.)
import gc
import io
import sys


def collect():
    for _ in range(3):
        gc.collect()


record = []


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        record.append(("A", self.n))


a = A(*(1,))
b = A(*(2,))
del a
collect()
print("after del a:", record)
record.clear()


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 10
        self.y = "why"

    def __del__(self):
        record.append(("Slotted", self.x, self.y))


s = Slotted(*())
del s
collect()
print("slots:", record)
record.clear()


class Base:
    def __del__(self):
        record.append("Base.__del__")


class Derived(Base):
    def __init__(self):
        self.tag = "d"

    def __del__(self):
        record.append("Derived.__del__ " + self.tag)
        super().__del__()


d = Derived(*())
del d
collect()
print("inherited:", record)
record.clear()


# Exceptions in __del__ are reported through sys.unraisablehook.
class Bad:
    def __del__(self):
        raise ValueError("boom in del")


seen = []


def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), getattr(u.object, "__qualname__", None), u.err_msg))


sys.unraisablehook = hook
x = Bad(*())
del x
collect()
sys.unraisablehook = sys.__unraisablehook__
print("unraisable:", seen)


# Python subclasses of the io bases: __del__ then close() then flush(), as CPython's
# iobase_finalize; attributes set in __init__ are still there.
for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    rec = []

    class MyIO(base):
        def __init__(self):
            self.on_del, self.on_close, self.on_flush = 1, 2, 3

        def __del__(self):
            rec.append(self.on_del)
            super().__del__()

        def close(self):
            rec.append(self.on_close)
            super().close()

        def flush(self):
            rec.append(self.on_flush)
            super().flush()

    f = MyIO()
    del f
    collect()
    print(base.__name__, rec)


# A closed object's finalizer does not close it again.
closes = []


class Counted(io.RawIOBase):
    def close(self):
        closes.append(1)
        super().close()


c = Counted()
c.close()
del c
collect()
print("closes:", len(closes))


# A FileIO subclass left open: the finalizer closes it (through close() and flush()) with a
# ResourceWarning naming the file object; what was written is in the file.
import os
import shutil
import tempfile
import warnings

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data")
rec = []


class MyFileIO(io.FileIO):
    def __del__(self):
        rec.append("del")
        super().__del__()

    def close(self):
        rec.append("close")
        super().close()

    def flush(self):
        rec.append("flush")
        super().flush()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    f = MyFileIO(path, "wb")
    write = f.write
    write(b"xxx")
    del f, write
    # (Not collect(): once that function runs as compiled code, the eval loop running this
    # module sits in a call with the bound method above still in one of its JS registers.)
    for _ in range(3):
        gc.collect()
print("FileIO subclass:", rec)
print("warnings:", [(w.category.__name__, str(w.message).startswith("unclosed file <")) for w in caught])
with open(path, "rb") as g:
    print("content:", g.read())
shutil.rmtree(tmp)

print("survivor:", b.n)
