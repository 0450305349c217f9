# The engine's per-pattern state: a machine reused between calls (also by a call nested in a
# sub callback on the same pattern), character-set tables, and search skipping positions where
# the pattern's first item cannot match.
import re

# Nested use of one pattern from a sub callback, a scanner alive across other calls.
P = re.compile(r"(\d+)")
def repl(m):
    inner = P.findall("a1b22c333")
    return "<%s:%s:%s>" % (m.group(1), inner, P.sub("#", m.group(1)))
print(P.sub(repl, "x12y345z"))
it = P.finditer("1 22 333")
print(next(it).span(), P.search("zz9").span(), next(it).span(), P.match("77").group(), next(it).span())
print(P.split("a1b2c"), P.fullmatch("123").groups(), P.fullmatch("12a"))
try:
    P.sub(lambda m: 1 / 0, "a1")
except ZeroDivisionError as e:
    print("raised", e)
print(P.sub(lambda m: m.group() * 2, "a1b2"), P.search("x5").group())

# Sets: tables below 256, the sets' code above it, case folding.
S = re.compile(r"[\w.-]+")
print(S.findall("ab.c-d e\u00e9\u0101 \u4e00x! _9"))
print(re.findall(r"[^a-c\d]+", "abxyz12\u0100\u00ffcq"))
print(re.findall(r"(?i)[a-c\u0130]+", "ABCdabc\u0130i\u0131K"))
print(re.findall(r"(?i)[k]+", "kK\u212ak"), re.findall(r"(?ia)[k]+", "kK\u212ak"))
print(re.findall(rb"[\x80-\xff]+", b"a\x80\xffb\x7f"), re.findall(rb"(?i)[a-c]+", b"AbC dD"))
print(re.findall(r"(?i)[\u00e0-\u00e5]+", "\u00c0\u00c5\u00e0x"), re.findall(r"[\s\S]", "a\u2028"))

# Search skipping: patterns that begin with a repeat or a group, empty matches, must-advance.
print(re.findall(r"[A-Za-z]+", "12 ab3CD ef"), re.findall(r"(\w)+?", "ab c"))
print(re.findall(r"(?:(x)|y)+", "axyb"), [m.span() for m in re.finditer(r"\d*", "a12b")])
print(re.sub(r"[a-z]*", "-", "ab1cd2"), re.split(r"\d+", "a12b3c"), re.split(r"x*", "axbc"))
print(re.search(r"(a)b+", "aab abbb").span(), re.search(r"\w{2,}", "a b cd").group())
print(re.findall(r"(?i)S+", "xs\u017f\u017fSy"), re.findall(r".+", "ab\ncd"), re.search(r"a++b", "aaab").span())
print([m.span() for m in re.finditer(r"[ab]*?c|b", "abc bbc b")], re.findall(r"\bx+", "xx axx x"))
print(re.search(r"\d+(?=!)", "1 22 333!").group(), re.search(r"(?<=-)\w+", "ab-cd").group())

# Search skipping by the characters a match can begin with (optional items, branches, anchors).
PATS = [r"-?\b\d+(?:\.\d+)?\b", r"a?b?", r"x*y", r"(?:ab|cd)+", r"(?:ab|)c", r"\bfoo|bar\b",
        r"[^\W\d]+\d?", r"(?i)k?\u212a", r"(?m)^\w+", r"(?s)a*?.", r"(x)?(y)?z", r"\d*?\.",
        r"(?:a|b*)c", r"[\u0100-\u0110]+|q", r"(?=a)\w+", r"(?<!-)\d+", r"\B\w", r"a{0}b",
        r"(?>ab|a)c", r"(?:x|y)*+z", r"\s*,\s*", r"[^a]?b"]
SUBJ = ["-12.5 and 7, -x 3.", "abcdab c ccd", "xxy y zz ab cd abcd", "foo bar foobar",
        "\u212akK k\u0101\u0105q", "line1\nline2 xyz", "--5 6-7 a1b", ""]
for p in PATS:
    r = re.compile(p)
    print(p, [[m.span() for m in r.finditer(s)] for s in SUBJ], [r.sub("_", s) for s in SUBJ[:3]])
    print(" ", [r.search(s, 3) and r.search(s, 3).span() for s in SUBJ], r.split(SUBJ[0]))
