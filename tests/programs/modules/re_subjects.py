# re: str/bytes subclasses as subjects and templates, finditer's type, empty-match subs.
import re
class S(str): pass
m = re.match(r"(\w+)", S("hello world"))
print(type(m.string).__name__, type(m.group(1)).__name__, m.group(1))
print(re.findall(r"\w", S("ab")), [type(x).__name__ for x in re.split(",", S("a,b"))])
class B(bytes): pass
print(re.match(rb"a", B(b"abc")).group(), type(re.sub(rb"a", b"x", B(b"abc"))).__name__)
print(re.sub("a", S("x"), "banana"), type(re.sub("z", "x", S("abc"))).__name__)
p = re.compile(r"(?P<w>\w)")
print(list(p.finditer("ab")), type(p.finditer("ab")).__name__)
print(re.compile("a").pattern, re.compile(b"a").pattern)
import copy
print(copy.copy(re.compile("x")))
print(re.match(r"\w+", "a" * 100))
print(re.sub(r"(?<=\w)(?=\w)", "-", "abc"))
print(re.findall(r"\b", "ab cd"))
print(re.subn(r"\s*", "-", "a b"))
