# re: flags (IGNORECASE with non-ASCII, ASCII, LOCALE, MULTILINE, DOTALL, VERBOSE, inline) and bytes.
import re

def f(pat, s, flags=0):
    try:
        print(repr(pat), repr(s), re.findall(pat, s, flags))
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

# IGNORECASE
for pat, s in [("abc", "ABC aBc abc"), ("[a-z]+", "Hello WORLD"), ("é", "É é e"), ("[à-ÿ]+", "ÀÉÎÕÜ àéîõü"),
               ("straße", "STRASSE straße STRAßE Straße"), ("ß", "ẞ ß ss"), ("σ", "Σ σ ς"), ("[σ]", "Σ σ ς"),
               ("ς", "Σ σ ς"), ("k", "K k \u212a"), ("[k]", "K k \u212a"), ("s", "S s \u017f"), ("[a-z]", "\u017f\u212a"),
               ("µ", "µ Μ μ"), ("ǅ", "Ǆ ǅ ǆ"), ("i", "I i İ ı"), ("ı", "I i İ ı"), ("[ﬀ]", "ﬀ FF"),
               ("Ω", "Ω ω \u2126"), ("\u0130", "i I \u0130"), ("[\u0400-\u04ff]+", "ПРИВЕТ привет"), ("(a)\\1", "aA Aa"),
               ("(σ)\\1", "Σσ σς"), ("[^a]", "A a b"), ("[^k]", "K \u212a x"), ("\\w+", "ÀB_c"), ("x[A-Z]", "xa xB x[")]:
    f(pat, s, re.IGNORECASE)
# ASCII
f(r"\w+", "héllo wörld", re.ASCII)
f(r"\d+", "١٢٣ 123", re.ASCII)
f(r"\s+", "a\u00a0b c", re.ASCII)
f(r"\s+", "a\u00a0b c")
f(r"(?a)\b\w+\b", "naïve café")
f(r"\b\w+\b", "naïve café")
f("[a-z]+", "Straße K\u212a", re.I | re.A)
f("é", "É", re.I | re.A)
# MULTILINE / DOTALL
f("^\\w", "ab\ncd\nef")
f("^\\w", "ab\ncd\nef", re.M)
f("\\w$", "ab\ncd\nef\n")
f("\\w$", "ab\ncd\nef\n", re.M)
f("\\A\\w|\\w\\Z", "ab\ncd", re.M)
f("a.b", "a\nb")
f("a.b", "a\nb", re.S)
f("(?s:a.b)|c.", "a\nb c\n")
f("(?i)ab(?-i:c)", "ABC ABc")
f("(?i:a)b", "Ab AB")
f("(?x) a b  # comment\n c", "abc")
f("(?x)[ ]a", " a")
f(r"""(?x)
    (\d+)   # number
    \s*     # space
    ([a-z]+)  # unit
""", "10 km 5m")
f("(?ims)^A.B$", "x\na\nb\n")
# inline flag errors and deprecated placement
f("a(?i)b", "ab")
f("(?u)a", "a")
f("(?L)a", "a")
f("(?a)(?u)a", "a")
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError", e)

# bytes
f(b"\\w+", b"hello w\xf6rld_1")
f(b"\\d+", b"12 \xb2")
f(b"[\\x80-\\xff]+", b"ab\x80\xfe\xffcd")
f(b"abc", b"ABC abc", re.I)
f(b"\xe9", b"\xc9\xe9", re.I)
f(b"[a-z]+", b"Hello", re.I)
f(b"(?L)[a-z]+", b"Hello")
f(b"\\w+", b"Hello_1", re.L)
f(b"(?i)\\w", b"\xc9")
f(b"\\bfoo\\b", b"foo foox foo.")
f(b"a.c", b"a\nc abc")
f(b"^a|b$", b"a\nb\n", re.M)
f(b"(a)(b)?", b"ab a")
f(b"\\s+", b"a\x1cb \tc")
f("\\s+", "a\x1cb \tc\x85d\u2028e")
m = re.search(b"(?P<x>b+)", bytearray(b"abbc"))
print(m, m.group("x"), type(m.group()), m.string, m.span())
m = re.search(b"b+", memoryview(b"abbc"))
print(m.group(), type(m.string).__name__)
print(re.findall(rb"\d", bytearray(b"a1b2")), re.split(rb",", memoryview(b"a,b")))
print(re.match(b"x", b"x").group() == b"x", re.fullmatch(b"abc", b"abc").group())
for pat, s in [("a", b"a"), (b"a", "a"), ("a", 1), ("a", None), (b"a", ["a"]), ("a", bytearray(b"a"))]:
    for fn in (re.match, re.search, re.findall, re.split, re.finditer):
        try:
            fn(pat, s)
        except TypeError as e:
            print(fn.__name__, "TypeError", e)
try:
    re.sub("a", "b", b"a")
except TypeError as e:
    print("TypeError", e)

# _sre helpers
import _sre
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), _sre.copyright)
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9, 0x212a)])
print([_sre.unicode_iscased(c) for c in (65, 97, 48, 0xe9, 0x212a, 0x130, 0x1c5, 0x10ffff)])
print([_sre.ascii_tolower(c) for c in (65, 97, 48, 0xc9, 0x212a)])
print([_sre.unicode_tolower(c) for c in (65, 97, 48, 0xc9, 0x212a, 0x130, 0x1c5, 0x3a3, 0x10400)])
