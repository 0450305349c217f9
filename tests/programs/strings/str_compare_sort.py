# String comparison is by code point: case, accents, astral chars; sorting with keys
words = ["banana", "Apple", "apple", "Äpfel", "zebra", "Zulu", "éclair", "eclair", "😀smile", "ſ", "", " space"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), "a" < "b" < "ba" < "bb", "Z" < "a", "é" > "z")
print("abc" == "abc", "a" * 3 == "aaa", "abc".__lt__("abd"), "b".__gt__("a"))
print([ord(c) for c in "Aa Ää"], "\x00" < "\x01", "\uffff" < "\U00010000", chr(0x10000) > chr(0xffff))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted("Mississippi"), "".join(sorted(set("Mississippi"))))
