# find/rfind/index/rindex/count/startswith/endswith with start/end arguments
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 5), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra"), s.rfind(""), s.rfind("", 3, 5))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 4), s.count("aa"))
print(s.find("a", -3), s.find("a", -100), s.count("a", -4, -1), s.find("bra", 2, 4))
for m in ["index", "rindex"]:
    try:
        getattr(s, m)("z")
    except ValueError as e:
        print(type(e).__name__, e)
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith("a", 1, 2), s.startswith(""))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("x", "ra")), s.endswith("", 20), s.startswith("", 20))
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "".count(""), "abc".count("", 1))
print("a" in s, "cad" in s, "" in s, "x" not in s)
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("a", None, None), s.count("a", None, 5), s.index("a", 1, None))
print("Mississippi".replace("ss", "SS"), "Mississippi".replace("i", "I", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "".replace("", "x"), "abc".replace("b", ""))
