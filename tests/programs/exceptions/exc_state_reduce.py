# ImportError/OSError keep their extra state through pickle and copy; SyntaxError checks its
# details tuple; an AttributeError from __getattr__ gets name/obj for suggestions; an
# UnboundLocalError has no name (no suggestion).
import pickle, copy, sys, io, traceback

for kwargs in ({}, {"name": "somename"}, {"path": "somepath"}, {"name": "n", "path": "p"}):
    orig = ImportError("test", **kwargs)
    print(orig.__reduce__())
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        exc = pickle.loads(pickle.dumps(orig, proto))
        print(exc.args, exc.msg, exc.name, exc.path)
    for c in (copy.copy, copy.deepcopy):
        exc = c(orig)
        print(exc.args, exc.name, exc.path)

for args in [("foo", "bar"), ("foo", "bar", "baz"), ("foo", "bar", "baz", None, "quux"), (2, "no such file", "f.txt")]:
    e = OSError(*args)
    r = e.__reduce__()
    print(r[0].__name__, r[1])
    e2 = pickle.loads(pickle.dumps(e))
    print(type(e2).__name__, e2.args, e2.errno, e2.filename, e2.filename2, str(e2))

e = KeyError("k")
e.extra = 5
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
print(pickle.loads(pickle.dumps(e)).extra)

for info in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1), ("bad.py", 1, 2, "abcdefg", 1, 7)]:
    try:
        s = SyntaxError("bad bad", info)
        print("ok", s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
    except TypeError as ex:
        print(type(ex).__name__, ex)

def report(exc):
    out = io.StringIO()
    traceback.print_exception(type(exc), exc, None, file=out)
    return out.getvalue()

for info in [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 2, "abcdefg", 1, 100), ("bad.py", 1, 4, "abcdefg", 1, 2)]:
    err = io.StringIO()
    sys.stderr, saved = err, sys.stderr
    try:
        sys.__excepthook__(SyntaxError, SyntaxError("bad bad", info), None)
    finally:
        sys.stderr = saved
    print(err.getvalue(), end="")

class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
try:
    A().bluch
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__)
    err = io.StringIO()
    sys.stderr, saved = err, sys.stderr
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = saved
    print(err.getvalue().splitlines()[-1])

class B:
    def __getattr__(self, attr):
        raise AttributeError("custom", name="other", obj=5)
try:
    B().zz
except AttributeError as exc:
    print(exc.name, exc.obj)

def foo():
    something = 3
    print(somethong)
    somethong = 3
try:
    foo()
except UnboundLocalError as exc:
    print(exc.name)
    err = io.StringIO()
    sys.stderr, saved = err, sys.stderr
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = saved
    print(err.getvalue().splitlines()[-1])
