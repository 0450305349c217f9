# strip/lstrip/rstrip, removeprefix/removesuffix, center/ljust/rjust/zfill, expandtabs
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print(repr("\u00a0\u2003x\u3000".strip()), repr("".strip()), repr("abc".strip("")))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "file.py".removesuffix(".py"), "x".removesuffix(""))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5, ".")), repr("ab".ljust(1)))
try:
    "ab".center(5, "xy")
except TypeError as e:
    print(type(e).__name__, e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)), repr("a\n\tb".expandtabs(2)), repr("\t".expandtabs(0)))
print(repr("12\t345\t6".expandtabs(3)), repr("a\r\tb".expandtabs(4)))
for c in [1, 2, 3, 4, 5, 6, 7, 8]:
    print(repr("x".center(c, "_")), repr("xy".center(c, "_")))
