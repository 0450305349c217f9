# is* predicates on a range of characters
samples = ["abc", "ABC", "aBc", "123", "12.3", "½", "²", "٣", "abc123", " ", "\t\n", "", "a b", "_", "é", "中文", "Ⅻ", "\x00", "\x7f", "\u00a0", "\u2028", "🙂", "x\u0301"]
print("sample alpha alnum digit decimal numeric space lower upper title printable identifier ascii")
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier(), s.isascii())
for s in ["if", "class", "_x", "x1", "1x", "π", "a-b", "None", "ℌ"]:
    print(s, s.isidentifier())
