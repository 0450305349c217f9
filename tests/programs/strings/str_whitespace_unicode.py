# Unicode whitespace and line boundaries in split/strip/splitlines/isspace
ws = ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", " ", "\x85", "\xa0", "\u1680", "\u2000", "\u2009", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"]
for w in ws:
    print(repr(w), w.isspace(), len(("a" + w + "b").split()), repr((w + "x" + w).strip()), len(("a" + w + "b").splitlines()))
print("a\u3000b c".split(), "a\xa0b".split(" "), "x\u2028y".splitlines(keepends=True))
print(repr(" \t x \n".strip(" ")), repr("\n\nx\n".lstrip("\n")), repr("xxaxx".strip("x")))
