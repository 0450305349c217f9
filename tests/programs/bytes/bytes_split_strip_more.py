# bytes split/strip/justify variants, whitespace definition for bytes (ASCII only), bytes.center/zfill
b = b" \t\n\x0b\x0c\r a b \xa0 c \x85 "
print(b.split(), b.strip(), b.lstrip(b" \t"), b.rstrip(b" \x85"))
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b",", 2), b"abc".split(b"b", 0))
print(b"x".center(6, b"-"), b"x".zfill(4), b"-5".zfill(4), b"ab".ljust(4, b"0"), b"ab".rjust(1))
print(b"Hello World".isalpha(), b"HelloWorld".isalpha(), b"\xe9".isalpha(), b"\xe9".upper(), b"abc\xff".upper())
print(b"line1\rline2\r\nline3\n".splitlines(), b"a b".partition(b" "), b"abc".partition(b"z"))
print(b"hello".startswith((b"he", b"x")), b"hello".endswith(b"lo", 0, 5), b"hello".endswith(b"lo", 0, 4))
print(b"mississippi".replace(b"ss", b"SS", 1), b"abc".count(b""), b"a" in b"", bytes(3) == b"\x00" * 3)
print(b"  x  ".strip(None), b"xxhixx".strip(b"x"), bytearray(b" y ").strip(), type(bytearray(b" y ").strip()).__name__)
print(b"%s|%5s|%-5s|%b" % (b"a", b"b", b"c", b"d"), b"%x %o %c" % (255, 8, 97))
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
