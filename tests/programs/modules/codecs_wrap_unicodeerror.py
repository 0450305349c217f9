# codecs.encode/decode wrap a plain UnicodeError a codec raises (it carries only its message) in
# one naming the codec, chained to it; UnicodeError subclasses are not wrapped.
import codecs

for f, args in [(codecs.decode, (b"x", "idna", "replace")), (codecs.encode, ("x", "idna", "replace")),
                (codecs.encode, ("x", "undefined")), (codecs.decode, (b"x", "undefined")),
                (codecs.encode, ("\u20ac", "shift_jis")), (codecs.decode, (b"\x81", "gbk"))]:
    try:
        f(*args)
    except UnicodeError as e:
        print(type(e).__name__, e)
        print("  cause:", type(e.__cause__).__name__, e.__cause__)


def raising(*a):
    raise UnicodeError("a", "b")


codecs.register(lambda name: codecs.CodecInfo(raising, raising, name="twoargs") if name == "twoargs" else None)
try:
    codecs.encode("x", "twoargs")
except UnicodeError as e:
    print(type(e).__name__, e, e.__cause__)

# Only exceptions whose args are empty or one str are wrapped.
for i, exc in enumerate([ValueError("a", "b"), ValueError(), ValueError(1), UnicodeError(), ValueError("x"), LookupError("y")]):
    def raising(*a, exc=exc):
        raise exc
    name = "t_" + type(exc).__name__.lower() + str(i)
    codecs.register(lambda n, name=name, r=raising: codecs.CodecInfo(r, r, name=name) if n == name else None)
    try:
        codecs.encode("x", name)
    except Exception as e:
        print(repr(exc), "->", type(e).__name__, str(e).replace(name, "NAME"), e.__cause__ is exc)
