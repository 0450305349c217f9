# Case conversion methods including special cases (sharp s, title, swapcase, casefold)
words = ["hello world", "HELLO", "hElLo WoRlD", "123abc", "ß", "straße", "ǅungla", "ﬁx", "they're bill's", "a1b2 c3", "", "İ", "ΣΑΣ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["Hello World", "hello", "HELLO", "Hello world", "123", "A1", "ǅ", "", " Title Case ", "They'Re"]:
    print(repr(w), w.istitle(), w.isupper(), w.islower())
print("ΑΣ".lower(), "ΑΣ Α".lower(), "Σ".lower(), "aΣb".lower())
print("ß".upper(), len("ß".upper()), "ŉ".upper(), "ǰ".upper())
print("i̇".upper(), "ﬃ".upper(), "Ω".lower(), "K".lower())
