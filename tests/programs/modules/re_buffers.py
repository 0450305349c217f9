# re over long str subjects (the Latin-1, UCS-2 and astral representations the matcher converts
# to) and over mutable bytes-like subjects, whose Match reads the buffer as it is now.
import array
import re

# long subjects of each width: results must not depend on how the text was stored
for fill in ["x", "\xe9", "\u0101", "\U0001f600"]:
    s = fill * 300 + "Caf\xe9 na\xefve \u03a9mega \U0001f600 end" + fill * 50
    print(ascii(fill), len(s))
    print(re.search(r"caf\xe9", s, re.I).span(), re.search(r"\w+ \S+ end", s).group()[-12:].encode("unicode_escape"))
    print(re.search(r"\Ay", s), re.search(r"^y", s), re.match(re.escape(fill) + "{3}", s).span())
    print(len(re.findall(r"\w", s)), len(re.split(r"\s", s)), re.sub(r"[^\x00-\x7f]+", "?", s)[295:330])
    print([m.span() for m in re.finditer(r"(?i)NA\xcfVE|\u03c9MEGA", s)])
    print(re.fullmatch(r".*end.*", s) is not None, re.search(r"\bend", s).start())

# anchored searches over a long text give their answer without a match
s = "x" * 10 ** 6
for p in [r"\Ay", r"^y", r"\Ax", r"^x{3}"]:
    print(p, re.search(p, s) and re.search(p, s).span(), re.split(p, s)[-1][:3], len(re.findall(p, s)),
          len(list(re.finditer(p, s))), len(re.sub(p, "", s)))
print(re.compile(r"^x").search(s, 5), re.compile(r"\Ax").search(s, 1), re.compile(r"(?m)^x").search("ab\nxy", 1).span())

# mutable subjects: the Match keeps the object and slices it as it is now
s = bytearray(b"abcdefgh")
m = re.search(b"[a-h]+", s)
m2 = re.search(b"[e-h]+", s)
m3 = re.search(b"(?P<a>[a-c]+)(d)?(zz)?", s)
print(m.group(), m2.group(), m3.groups(), m3.groupdict(), m3.span(2))
s[:] = b"xyz"
print(m.group(), m2.group(), m[0], m2[0], m3.group(0, 1, 2), m3.groups(), m3.groupdict())
print(m.span(), m2.span(), m.string, m.expand(rb"<\g<0>>"), m3.group(3))
s[:] = b"ABCDEFGHIJKL"
print(m.group(), m2.group(), m3.groups("-"), type(m.group()).__name__)
s.clear()
print(m.group(), m2.group(), m3.groups())

a = array.array("b", b"hello world")
m = re.search(b"wor", a)
print(m.group(), type(m.group()).__name__)
a[6:9] = array.array("b", b"WOR")
print(m.group(), m.span())
del a[:]
print(m.group())

mv = memoryview(bytearray(b"spam eggs"))
m = re.search(b"eggs", mv)
print(m.group(), type(m.string).__name__)
mv[5:9] = b"hams"
print(m.group())
mv.release()
try:
    m.group()
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

# immutable bytes: group 0 over the whole subject is the subject itself
b = b"whole"
print(re.match(b".*", b).group() is b, re.match(b"who", b).group())
