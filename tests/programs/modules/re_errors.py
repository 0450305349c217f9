# re: errors raised by _sre (argument types and counts, kinds of subject, bad groups) and re.error.
import re

def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

p = re.compile(r"(a)(?P<n>b)?")
pb = re.compile(rb"(a)")
for fn in (p.match, p.search, p.fullmatch, p.findall, p.finditer, p.split, p.scanner):
    t(fn)
    t(fn, 1)
    t(fn, None)
    t(fn, b"a")
    t(fn, ["a"])
for fn in (pb.match, pb.search, pb.fullmatch, pb.findall, pb.split):
    t(fn, "a")
t(p.sub, "x", b"a")
t(pb.sub, b"x", "a")
t(pb.sub, "x", b"a")
t(p.match, "a", "0")
t(p.match, "a", 0, "1")
t(p.match, "a", 0, 1, 2)
t(p.match, "a", bogus=1)
t(p.match, "a", string="a")
t(p.match, "a", 10**20)
t(p.match, "a", -10**20)
t(p.split, "a", "1")
t(p.sub, "x", "a", "1")
t(p.sub, "x", "a", count=1.0)
t(p.findall, "aa", pos=None)
t(p.scanner("a").match, 1)
m = p.match("ab")
t(m.group, 3)
t(m.group, "m")
t(m.group, 0, 3)
t(m.group, x=1)
t(m.start, "nope")
t(m.span, -1)
t(m.groups, 1, 2)
t(m.groupdict, 1, 2)
t(m.expand)
t(m.expand, 5)
t(m.expand, r"\9")
t(m.__getitem__, 5)
t(lambda: m[1:2])
t(lambda: setattr(m, "pos", 3))
t(lambda: setattr(p, "pattern", "x"))
t(re.compile, 5)
t(re.compile, p, re.I)
t(re.compile, p)
t(re.compile, "a", "b")
t(re.purge)
t(re.template if hasattr(re, "template") else re.escape, "a")
# re.error attributes
try:
    re.compile("ab(c")
except re.error as e:
    print(type(e).__name__, e.msg, e.pattern, e.pos, e.lineno, e.colno)
try:
    re.compile("a\n(?P<>x)", re.X)
except re.error as e:
    print(e, e.lineno, e.colno)
print(re.error is re.PatternError if hasattr(re, "PatternError") else re.error.__name__, issubclass(re.error, Exception))
# unusual but valid
print(re.match("", "").span(), re.match("(?:)", "x"), re.fullmatch("", ""))
print(re.compile(re.compile("x")) is re.compile("x") or "cached-equal")
print(re.compile("(?x) a b").match("ab").span())
import _sre
t(_sre.compile, "a", 0, [1 << 40], 0, {}, ())
t(_sre.ascii_tolower, "a")
t(_sre.unicode_iscased)
t(_sre.getcodesize, 1)
