# re: match/search/fullmatch/findall/finditer over many patterns (str subjects).
import re

def show(pat, s, flags=0):
    p = re.compile(pat, flags)
    m = p.match(s)
    se = p.search(s)
    fm = p.fullmatch(s)
    print(repr(pat), repr(s), "|",
          m and (m.span(), m.groups()), "|",
          se and (se.span(), se.groups()), "|",
          fm and fm.span(), "|",
          p.findall(s), [x.span() for x in p.finditer(s)])

cases = [
    ("abc", "abc"), ("abc", "xabcx"), ("a.c", "a\nc"), ("a.c", "abc"), ("a*", "aaa"), ("a*", ""),
    ("a+", "baaa"), ("a?", "ba"), ("a{2,3}", "aaaaaaa"), ("a{2,}", "aaaaa"), ("a{,2}", "aaaaa"),
    ("a{3}", "aaaaaaa"), ("a*?", "aaa"), ("a+?", "aaa"), ("a??", "aa"), ("a{2,3}?", "aaaaa"),
    ("[abc]+", "xxbcaxx"), ("[^abc]+", "abxyzc"), ("[a-z0-9_]+", "Hello_World42!"), ("[]a]", "]a"),
    ("[-a]", "-a"), ("[a-]", "-a"), ("[\\]]", "]"), ("\\d+", "abc123def456"), ("\\D+", "12ab34"),
    ("\\w+", "héllo wörld_1"), ("\\W+", "a, b; c"), ("\\s+", "a \t\n b"), ("\\S+", " ab cd "),
    ("^abc", "abc\nabc"), ("abc$", "abc\nabc\n"), ("^", "ab\ncd"), ("$", "ab\ncd\n"), ("\\Aab", "ab"),
    ("ab\\Z", "abab"), ("\\bfoo\\b", "foo foobar barfoo foo."), ("\\Bo\\B", "foo boo o"), ("", "abc"),
    ("x*", "abc"), ("(a)(b)(c)", "abc"), ("(a)|(b)", "b"), ("(a)|b", "b"), ("(a*)+", "aa"), ("(a*)*", "b"),
    ("(a|b)*", "abba"), ("(a|ab)(c|bcd)(d*)", "abcd"), ("(?:a|b)+c", "ababc"), ("a|b|c", "xcx"),
    ("(ab|a)(bc|c)?", "abc"), ("((a)|(b))+", "ab"), ("(a(b)?)+", "aba"), ("(?:(a)|(b)|(c))+", "abcb"),
    ("[\\d.]+", "3.14 and 2.71"), ("[.]", "a.b"), ("\\.", "a.b"), ("a\\+b", "a+b"), ("[\\w-]+", "a-b c_d"),
    ("\\(.*?\\)", "f(a) g(b)"), ("<.*>", "<a><b>"), ("<.*?>", "<a><b>"), ("[^<>]*", "<a>"),
    ("\\d{2,4}-\\d\\d", "tel 12345-67"), ("(\\d+)-(\\d+)", "10-20 30-40"), ("a(?=b)", "ab ac"),
    ("a(?!b)", "ab ac"), ("(?<=a)b", "ab cb"), ("(?<!a)b", "ab cb"), ("(?<=ab)c", "abc"),
    ("\\x41\\u00e9\\U0001F600", "Aé😀"), ("[\\u0400-\\u04ff]+", "abc привет"), ("😀+", "x😀😀y"),
    (".", "😀"), ("a.b", "a😀b"), ("[😀-😂]", "😁"), ("\\w+", "日本語 テキスト"), ("\\d+", "١٢٣ 123"),
]
for pat, s in cases:
    show(pat, s)

# pos and endpos
p = re.compile(r"\w+")
print(p.search("hello world", 3), p.search("hello world", 3, 8), p.match("hello world", 6))
print(p.findall("hello world", 2, 9), p.search("hello", 10), p.search("hello", -5, -1), p.search("hello", 3, 2))
print(re.compile("^a").search("ba", 1), re.compile("(?<=b)a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"\bb").search("ab", 1), re.compile(r"x*").fullmatch("xxy", 0, 2))
m = p.search("hello world", 3, 8)
print(m.pos, m.endpos, m.string, m.re is p, m.re == p)
m = re.compile("b").search("abc", -10, 100)
print(m.pos, m.endpos)

# finditer after empty matches (3.7+ rules)
print([m.span() for m in re.finditer(r"\b|a", "a b")])
print([m.span() for m in re.finditer(r"a*", "baaac")])
print([m.span() for m in re.finditer(r"^|x", "xx\nx", re.M)])
print(re.findall(r"a*|b", "abaab"))
print(re.findall(r"(?=a)|a", "aa"))
print(re.findall(r"", "ab"), re.findall(r"$", "ab\n"))

# scanner
sc = re.compile(r"\d+|[a-z]+").scanner("ab12cd 34")
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.match(), sc.search())
sc = re.compile(r"\d").scanner("a1b2c3")
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.pattern)
sc = re.compile(r"x*").scanner("axx")
print(sc.search(), sc.search(), sc.search(), sc.search())
