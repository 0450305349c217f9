# re: long subjects, deep nesting and patterns that look catastrophic but are not (the engine
# must not recurse on the JS stack, and must be fast enough).
import re

s = "ab" * 6000
print(len(re.match(r"(a|b)*", s).group()), re.match(r"(a|b)*", s).group(1))
print(re.match(r"(?:a|b)*c", s + "c").end(), re.match(r"(?:a|b)*?c", s + "c").end())
print(re.match(r"(ab)*", s).span(1), re.match(r"(?:(a)(b))*", s).span(2))
print(re.fullmatch(r"(?:ab)+", s) is not None, re.fullmatch(r"(?:ab)+?", s) is not None)
print(re.search(r".*foo", "x" * 10000 + "foo" + "y" * 100).end())
print(re.search(r"\w+@\w+\.com", "word " * 2000 + "me@host.com").span())
print(re.match(r"(?>\w+\s?)*$", "hello world " * 400 + "!"))
print(re.match(r"(?:\w++\s?)*+$", "hello world " * 400 + "!"))
print(len(re.findall(r"\b\w+\b", "lorem ipsum dolor " * 1000)))
print(len(re.split(r"\s*,\s*", ", ".join(["x"] * 4000))))
print(len(re.sub(r"a", "bb", "a" * 20000)))
print(re.match("(" * 200 + "a" + ")" * 200, "a").lastindex)
print(re.match("(?:" * 300 + "a" + ")*" * 300, "aaa").span())
pat = "".join("(%d)" % (i % 10) for i in range(150))
m = re.match(pat, "".join(str(i % 10) for i in range(150)))
print(m.lastindex, m.group(150), len(m.groups()), m.span(100))
words = ["w%dx" % i for i in range(800)]
big = re.compile("|".join(words))
print(big.search("zz w799x zz").group(), len(big.findall(" ".join(words[::7]))))
print(re.search(r"(x+x+)+y", "x" * 20 + "y").span())
print(re.match(r"(?:a{1,1000}){1,1000}b", "a" * 3000 + "b").end())
print(re.search(r"a{1000}", "a" * 999 + "b" + "a" * 1000).span())
print(re.search(r"(?<=a{5})b", "aaaaab").span())
print(re.match(r"(.)\1{2000}", "z" * 2001 + "q").end())
print(re.match(r"(?i)[a-z\u00e0-\u00ff]+", "AbÇdÉ" * 1500).end())
print(re.search("😀+", "x" * 1000 + "😀" * 1000).span())
print(len(re.findall(r".", "é😀a" * 1000)))
