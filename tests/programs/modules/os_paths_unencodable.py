# os path conversion details: str paths with undecodable bytes (surrogateescape) round-trip
# through mkdir/open/listdir/scandir/stat; bytes-like paths (bytearray, memoryview) work with a
# DeprecationWarning; utime(ns=...) keeps microseconds; DirEntry and ScandirIterator cannot be
# instantiated; an unclosed scandir iterator warns when collected.
import gc
import os
import shutil
import tempfile
import warnings

base = tempfile.mkdtemp()
try:
    d = os.path.join(base, "dir-\udcff")
    os.mkdir(d)
    print("listed as str:", os.listdir(base))
    print("listed as bytes:", os.listdir(os.fsencode(base)))
    fn = os.path.join(d, "x\udce9y")
    with open(fn, "w") as f:
        f.write("hello")
    print("names:", os.listdir(d), [e.name for e in os.scandir(d)])
    print("bytes names:", os.listdir(os.fsencode(d)))
    print("size:", os.stat(fn).st_size, os.path.getsize(os.fsencode(fn)))
    with open(os.fsencode(fn), "rb") as f:
        print("content:", f.read())
    try:
        os.mkdir(os.path.join(base, "bad-\ud800"))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason, e.start - len(base))

    # bytes-like paths
    for cls in (bytearray, memoryview):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            names = os.listdir(cls(os.fsencode(d)))
            entries = [e.name for e in os.scandir(cls(os.fsencode(d)))]
            try:
                os.stat(cls(b"/nonexistent/path"))
            except FileNotFoundError as e:
                print(cls.__name__, "filename kept:", type(e.filename).__name__)
        print(cls.__name__, names, entries, [(x.category.__name__, str(x.message)) for x in w])
    try:
        os.stat(123.5)
    except TypeError as e:
        print("TypeError", e)

    # utime keeps the microseconds given in ns
    for ns in ((1002003000, 4005006000), (1700000000123456000, 1700000000654321000)):
        os.utime(fn, ns=ns)
        st = os.stat(fn)
        print("utime ns:", st.st_atime_ns == ns[0], st.st_mtime_ns == ns[1])
    os.utime(fn, (1.5, 2.25))
    st = os.stat(fn)
    print("utime float:", st.st_atime, st.st_mtime)

    # uninstantiable types
    with os.scandir(base) as sc:
        scandir_type = type(sc)
    for t in (os.DirEntry, scandir_type):
        try:
            t()
        except TypeError as e:
            print("TypeError", e)

    # an unclosed scandir iterator warns when collected; closed or exhausted ones do not
    def collect():
        for _ in range(3):
            gc.collect()

    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        it = os.scandir(base)
        next(it)
        del it
        collect()
        print("unclosed:", [(x.category.__name__, str(x.message).startswith("unclosed scandir iterator <posix.ScandirIterator"))
                            for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        it = os.scandir(base)
        list(it)
        del it
        it = os.scandir(base)
        it.close()
        del it
        with os.scandir(base) as it:
            pass
        del it
        collect()
        print("closed or exhausted:", len(w))

    # chdir into a directory whose name is not UTF-8; getcwd/getcwdb give its exact name
    old = os.getcwd()
    bd = os.path.join(os.fsencode(base), b"cwd\xe7w\xf0")
    os.mkdir(bd)
    try:
        os.chdir(bd)
        print("cwd bytes:", os.getcwdb() == bd, os.getcwd() == os.fsdecode(bd))
        print("abspath:", os.path.abspath("x") == os.path.join(os.fsdecode(bd), "x"))
        os.chdir(old)
        os.chdir(os.fsdecode(bd))
        print("str name:", os.getcwdb() == bd)
    finally:
        os.chdir(old)
    print("back:", os.getcwd() == old)
finally:
    shutil.rmtree(base)
print("cleaned:", not os.path.exists(base))
