# Immutability, identity-free behaviours, str() of containers with nested quotes, escape handling in repr
s = "hello"
t = s
s += " world"
print(s, t, s is not t)
print(repr("tab\t"), repr("quote'"), repr('dq"'), repr("both'\""), repr("back\\slash"), repr("\x1b[0m"))
print(str(["it's", 'say "x"', "\n"]), str(("é",)), str({"k'": "v\""}))
print(repr("\u200b"), repr("\ufeff"), repr("\U000e0001"), repr("\ud7ff"), repr("\ue000"))
print("abc".encode().decode() == "abc", "Ω".encode("utf-8"), "Ω".encode("utf-16-le"), b"\xce\xa9".decode())
print(len("\r\n"), "\r\n".splitlines(), "a\r\nb".split("\n"), "a\rb".splitlines())
print("x".join("123"), "x".join([]), "x".join(["only"]), "".join(map(str, range(5))))
print(" ".join("a b  c".split(" ")), "|".join("a b  c".split()), "a b  c".split(" ", 1))
print("{0}{0}".format("ab"), "%s%s" % ("a", "b"), "abc"[::-1][::-1] == "abc")
print(str.__len__("héllo"), str.__getitem__("abc", 1), str.__contains__("abc", "bc"), str.__mul__("ab", 2))
print(hash("abc") == hash("ab" + "c"), "abc".__hash__() == hash("abc"))
