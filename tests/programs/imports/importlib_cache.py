# sys.implementation.cache_tag and the __pycache__ paths importlib derives from it; .pyc files
# written by py_compile and read back by the import system; marshal of code objects.
import importlib.machinery
import importlib.util
import marshal
import os
import py_compile
import sys
import tempfile

tag = sys.implementation.cache_tag
print("tag set:", isinstance(tag, str) and len(tag) > 0)
print("tag ends with version:", tag.endswith("-311"))


def shown(p):
    return p.replace(tag, "TAG")


# cache_from_source / source_from_cache
for src, kw in [("foo.py", {}), ("/a/b/foo.py", {}), ("/a/b/foo.py", {"optimization": ""}),
                ("/a/b/foo.py", {"optimization": 1}), ("/a/b/foo.py", {"optimization": "opt"}),
                ("/a/b/foo.bar.py", {}), ("/a/b/foo", {}), ("pkg/__init__.py", {})]:
    print("cache_from_source", src, kw, shown(importlib.util.cache_from_source(src, **kw)))
for bad in [{"optimization": "a.b"}, {"optimization": "x/y"}]:
    try:
        importlib.util.cache_from_source("/a/foo.py", **bad)
    except ValueError as e:
        print("ValueError", e)
try:
    importlib.util.cache_from_source("/a/foo.py", debug_override=True, optimization="")
except TypeError as e:
    print("TypeError", e)

cached = importlib.util.cache_from_source("/a/b/foo.py")
print("source_from_cache", importlib.util.source_from_cache(cached))
print("source_from_cache opt", importlib.util.source_from_cache(
    importlib.util.cache_from_source("/a/b/foo.py", optimization=2)))
for bad in ["/a/b/foo.pyc", "/a/__pycache__/foo.pyc", "/a/__pycache__/foo.x.y.z.pyc",
            "/a/__pycache__/foo.%s.opt-.pyc" % tag]:
    try:
        importlib.util.source_from_cache(bad)
        print("no error", shown(bad))
    except ValueError as e:
        print("ValueError", shown(str(e)))

print("BYTECODE_SUFFIXES", importlib.machinery.BYTECODE_SUFFIXES)
print("SOURCE_SUFFIXES", importlib.machinery.SOURCE_SUFFIXES)
print("all_suffixes has .py and .pyc", {".py", ".pyc"} <= set(importlib.machinery.all_suffixes()))
print("MAGIC_NUMBER", len(importlib.util.MAGIC_NUMBER), importlib.util.MAGIC_NUMBER[2:])

# marshal round trip of code objects
code = compile("def f(a, b=2, *args, c, **kw):\n    return [a, b, args, c, kw]\nr = f(1, c=3)\n"
               "g = lambda x: x * 2\nr2 = [g(i) for i in range(3)]\n", "<marshalled>", "exec")
data = marshal.dumps(code)
back = marshal.loads(data)
print("code back:", type(back).__name__, back.co_filename, back.co_name, back.co_names[:3])
ns = {}
exec(back, ns)
print("ran:", ns["r"], ns["r2"], ns["f"].__code__.co_varnames)
print("nested code:", [type(c).__name__ for c in back.co_consts if hasattr(c, "co_code")])
print("in a tuple:", type(marshal.loads(marshal.dumps((1, code, "x")))[1]).__name__)
fcode = marshal.loads(marshal.dumps(ns["f"].__code__))
print("function code:", fcode.co_argcount, fcode.co_kwonlyargcount, fcode.co_varnames, fcode.co_flags & 0x0C)

# .pyc files written by py_compile, imported through __pycache__ and as sourceless files
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "cached_mod.py")
    with open(src, "w") as f:
        f.write("VALUE = 6 * 7\ndef double(x):\n    return 2 * x\n")
    pyc = py_compile.compile(src, doraise=True)
    print("py_compile wrote the cache path:", pyc == importlib.util.cache_from_source(src), os.path.exists(pyc))
    with open(pyc, "rb") as f:
        head = f.read(16)
    print("pyc header magic:", head[:4] == importlib.util.MAGIC_NUMBER, "flags:", int.from_bytes(head[4:8], "little"))
    sys.path.insert(0, d)
    try:
        import cached_mod
        print("import:", cached_mod.VALUE, cached_mod.double(5), cached_mod.__cached__ == pyc,
              type(cached_mod.__loader__).__name__)
        # sourceless: the .pyc alone, beside where the source was
        os.remove(src)
        os.replace(pyc, os.path.join(d, "sourceless_mod.pyc"))
        import sourceless_mod
        print("sourceless:", sourceless_mod.VALUE, type(sourceless_mod.__loader__).__name__,
              sourceless_mod.__file__ == os.path.join(d, "sourceless_mod.pyc"))
        # a .pyc with a wrong magic number is refused
        with open(os.path.join(d, "badmagic.pyc"), "wb") as f:
            f.write(b"\x00\x00\r\n" + bytes(12) + marshal.dumps(None))
        try:
            import badmagic
        except ImportError as e:
            print("ImportError", e, e.name)
    finally:
        sys.path.remove(d)
        for m in ("cached_mod", "sourceless_mod", "badmagic"):
            sys.modules.pop(m, None)

# marshal errors
for bad in [b"", b"c", b"\xe3\x00"]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
