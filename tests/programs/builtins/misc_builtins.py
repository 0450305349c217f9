# abs, ascii, bin/oct/hex, bool, callable, chr/ord, divmod, id (relative), hash, len, repr, round, type
print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(True))
print(ascii("plain"), ascii("é\n"), ascii([1, "ü"]), ascii(b"\xff"), ascii("\U0001f600"))
print(bin(10), oct(10), hex(255), bin(-10), hex(-1), oct(0))
print(bool(), bool(0), bool(""), bool("0"), bool([None]), bool.__name__)
print(chr(65), chr(0x1F600), ord("a"), ord("€"), ord(b"A"), ord(bytearray(b"z")))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__, id(a) > 0)
print(hash(1), hash(0), hash(-1), hash(True), hash(None) == hash(None), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(len("abc"), len([1, 2]), len({1: 2}), len(range(10)), len(b"xy"), len(set()))
print(repr("x"), repr(1.0), repr([1, "a"]), repr(None), repr(type), repr(int))
print(round(2.5), round(3.5), round(2.567, 2), round(-2.5), round(10, -1), round(15, -1))
print(type(1), type("a"), type(None), type(type), type(...), type(NotImplemented))
print(isinstance(None, type(None)), type(None)(), type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
print(callable(len), callable("len"), callable(type), callable(lambda: 0), callable(print))
print(format(3.14159, ".2f"), format(42), format("x", ">3"))
print(object().__class__.__name__, object.__doc__[:20])
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(dir(object()))[:5])
x = object()
try:
    x.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
