# Code-point semantics for non-BMP (astral) characters: len, index, slice, iterate, find, ord/chr
s = "a😀b𝄞c"
print(len(s), s[1], s[2], s[3], s[-2], s[-1])
print(s[1:4], s[::-1], s[::2], list(s))
print(s.find("b"), s.index("𝄞"), s.rfind("c"), s.count("😀"), "😀" in s)
print([ord(c) for c in s], chr(0x1F600), chr(128512) == "😀", hex(ord("𝄞")))
print(s.upper(), s.center(9, "*"), s.ljust(7, "-"), s.rjust(7, "-") + "|")
print(s.split("b"), s.partition("𝄞"), s.replace("😀", "X"), s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print(repr(s), ascii(s), s.isprintable())
print(f"{s:>8}|{s:^9}|{s:.3}|")
print("%-7s|%7s|" % (s, s))
t = "\U0001F600" * 3
print(len(t), t.find("\U0001F600", 1), t.rfind("\U0001F600"), t[1:].count("\U0001F600"))
print(max(s), min(s), sorted(s), "😀" > "z", "\uffff" < "\U00010000")
print("🙂🙃".startswith("🙂"), "x🙂y".endswith("y"), "🙂".join(["1", "2", "3"]))
print(s.encode("utf-8").decode("utf-8") == s, bytes(s, "utf-8")[1:5].decode())
print(chr(0x10FFFF) == "\U0010ffff", len(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print(ord("😀"), "😀".isalpha(), "𝐀".isalpha(), "𝐀".isupper(), "𝟙".isdigit(), "𝟙".isdecimal())
print([c for c in "a😀" * 2], "😀😀".split("😀"), "a😀b".expandtabs())
for i, ch in enumerate("x😀y"):
    print(i, ch, end=" ")
print()
print(str(b"\xf0\x9f\x98\x80", "utf-8"), "\ud83d\ude00" == "😀", len("\ud83d\ude00"))
