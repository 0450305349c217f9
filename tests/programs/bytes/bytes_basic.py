# bytes construction, indexing, slicing, repr, operators
b = b"hello"
print(b, b[0], b[-1], b[1:3], b[::-1], list(b[:2]), len(b))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -4))
print(repr(b"\x00\x7f\x80\xff\t\n\r'\""), repr(bytes([92])))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc", b"\x00" < b"\x00\x00")
for args in [([256],), ([-1],), ("abc",), (1.5,), ([1.0],)]:
    try:
        bytes(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), bytes.__name__, type(b[0]).__name__, type(b[0:1]).__name__)
print(b"x".decode(), str(b"x"), b"%d-%s" % (5, b"z"), bytes(memoryview(b"mv")))
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(HasBytes()), list(iter(b"ab")), b"abc".__getitem__(1))
print(int.from_bytes(b"\x01\x02", "big"), b"\x01\x02"[1], tuple(b"\x01\x02"))
