# count/find/replace with overlapping patterns, unicode, negative indices, and big inputs
s = "aaaaa"
print(s.count("aa"), s.find("aa", 2), s.rfind("aa"), s.replace("aa", "b"), s.replace("aa", "b", 1), s.split("aa"))
t = "ababababa"
print(t.count("aba"), t.index("bab"), t.rindex("bab"), t.replace("aba", "X"), t.partition("bab"), t.rpartition("bab"))
u = "ἀβγδε ἀβγ"
print(u.find("γ"), u.rfind("γ"), u.count("ἀβ"), u.upper(), u.replace("ἀ", "A"), len(u))
big = "xy" * 50000 + "z"
print(big.find("z"), big.count("xy"), big.rfind("yx"), len(big.replace("xy", "")), big.endswith("yz"))
print("hello"[-3:].find("l"), "hello".find("l", -3), "hello".find("l", -2), "hello".rfind("l", 0, -2), "hello".count("l", -2))
print("abc".find("c", 1, 2), "abc".find("c", 1, 3), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print("%".join("abc"), "abc".replace("", "%"), "tEsT".swapcase().count("t"))
