# str() constructor variants, __str__/__repr__ resolution, format(), chr/ord round-trip
class A:
    def __str__(self): return "A.str"
    def __repr__(self): return "A.repr"
class B:
    def __repr__(self): return "B.repr"
class Bad:
    def __str__(self): return 42
print(str(A()), repr(A()), str(B()), repr(B()), f"{A()}", f"{A()!r}", f"{B()}", "%s %r" % (A(), A()))
print([A(), B()], (A(),), {"k": A()})
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"xy"), "utf-8"), str(object=5))
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(str(encoding="utf-8") == "", repr(str()), type(str(S := "x")).__name__)
print("".join(chr(i) for i in range(0x41, 0x5B)))
print([ord(c) for c in "aZ09 ~"], chr(0), repr(chr(0x7F)), repr(chr(0xAD)), repr(chr(0x3000)))
class StrSub(str):
    def __str__(self):
        return "custom"
print(str(StrSub("base")), StrSub("base"), f"{StrSub('base')}", "%s" % StrSub("base"), repr(StrSub("base")))
print(format("abc"), format("abc", ""), format("abc", "5"), format("abc", ">5"), format("abc", ".2"))
