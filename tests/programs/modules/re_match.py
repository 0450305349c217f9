# re: the Match and Pattern objects (groups, names, spans, reprs, attributes, copying).
import copy
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?", "Jane Doe rest")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, 2, "opt"), m["first"], m[0])
print(m.groups(), m.groups("-"), m.groups(default=0))
print(m.groupdict(), m.groupdict("?"), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start(2), m.end("last"), m.span("opt"), m.start(3))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.string)
print(m.group(True), m[False])
for bad in [4, -1, "nope", 1.0, None, 10**30]:
    for f in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e, end="; ")
    print()
try:
    m.group([1])
except Exception as e:
    print(type(e).__name__, e)
for f in ("start", "end", "span"):
    try:
        getattr(m, f)(1, 2)
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.groups(1, 2)
except Exception as e:
    print(type(e).__name__, e)

# lastindex / lastgroup
for pat, s in [("(a)(b)", "ab"), ("(a)|(b)", "b"), ("((a)b)", "ab"), ("(a(b))", "ab"), ("(?P<x>a)(?P<y>b)?", "a"),
               ("a", "a"), ("(a)(?:b)", "ab"), ("(?P<x>a)|(?P<y>b)", "b"), ("((?P<in>a))", "a")]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)

# expand
m = re.match(r"(\w+) (?P<w>\w+)", "hello world")
print(m.expand(r"\2 \1"), m.expand(r"\g<w>-\g<1>-\g<0>"), m.expand("x\\ny"), repr(m.expand(b"a".decode())))
try:
    m.expand(r"\3")
except Exception as e:
    print(type(e).__name__, e)
try:
    m.expand(r"\g<zz>")
except Exception as e:
    print(type(e).__name__, e)

# reprs
print(re.match("a" * 100, "a" * 100))
print(re.match(".*", "x'y\"z\n"))
print(re.search("é+", "caféé"))
print(re.match(b"ab", b"abc"))
print(re.compile("a+"), re.compile("a+", re.I), re.compile("a", re.I | re.M | re.S | re.X))
print(re.compile(b"a", re.L), re.compile("a", re.A), re.compile("a", re.U), re.compile(b"a"))
print(re.compile("x" * 300))
print(re.compile("'\""), re.compile("a\nb"))

# Pattern attributes
p = re.compile(r"(?P<a>x)(y)(?P<c>z)", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
print(type(p), type(p).__name__, type(p).__module__, type(m), type(m).__name__)
print(re.Pattern, re.Match, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.Pattern[str], re.Match[bytes])

# equality, hashing, copying
p1, p2, p3, p4 = re.compile("a+"), re.compile("a+", re.I), re.compile(b"a+"), re.compile("a+")
print(p1 == p2, p1 == p3, p1 == re.compile("a+"), p1 != p2, p1 == "a+")
print(hash(p1) == hash(re.compile("a+")), len({p1, re.compile("a+")}))
print(copy.copy(p1) is p1, copy.deepcopy(p1) is p1, copy.copy(m) is m, copy.deepcopy(m) is m)

# bool and truthiness
print(bool(re.match("", "")), re.match("b", "a") is None)

# types cannot be instantiated
for t in (re.Pattern, re.Match):
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
