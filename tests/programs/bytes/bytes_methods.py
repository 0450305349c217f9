# bytes methods mirroring str methods
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" !H"), b.upper(), b.lower(), b.swapcase())
print(b"hello world".title(), b"hello".capitalize(), b"a,b,,c".split(b","), b"a b  c".split(), b"a b c".rsplit(None, 1))
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".index(b"b"), b"abcabc".count(b"abc"), b"abc".find(99))
print(b"abc".replace(b"b", b"BB"), b"-".join([b"a", b"b"]), b"x".center(5, b"*"), b"x".ljust(3, b"."), b"x".rjust(3), b"42".zfill(5))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"key=val".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"l1\nl2\r\nl3".splitlines(), b"l1\nl2\n".splitlines(True), b"a\tb".expandtabs(4), b"TestX".removeprefix(b"Test"), b"x.py".removesuffix(b".py"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"bdf"), b"hello".translate(t, b"l"))
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
print(b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"x\xffy".decode("utf-8", "replace"))
print(b"ab".hex(), bytes.fromhex("6162").decode(), b"%5s|%-4d|%x" % (b"ab", 7, 255))
print(b"aaa".count(b"a", 1), b"abc".find(b"", 10), b"Hello".swapcase().swapcase())
