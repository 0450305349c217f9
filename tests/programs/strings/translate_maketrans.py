# str.maketrans / translate, encode/decode basics
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "33"})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): ord("L")}), "hello".translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "E!"
        raise LookupError
print("hello".translate(Table()))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "x".translate({ord("x"): 3.5})
except TypeError as e:
    print(type(e).__name__, e)
print("é".encode(), "é".encode("latin-1"), "abc".encode("ascii"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print("é😀".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object), e.reason)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.object, e.reason)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"), b"a\xffb".decode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), str(b"abc", "ascii"), str(b"x\xffy", "utf-8", "replace"))
print("abc".encode("utf-16"), "abc".encode("utf-16-be"), b"\xff\xfea\x00".decode("utf-16"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
