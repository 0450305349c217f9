# String and bytes literal forms and escapes
print('single', "double", '''triple
line''', """tri"ple""")
print("tab\there", "nl\\n", 'quote\'s', "dq\"")
print("\x41\x42", "\101", "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}")
print(r"raw\n\t", R'\d+', rb"\x00", Rb"x", bR"y")
print(b"bytes\x00\xff", b'\n', br'\n')
print("adjacent" " strings" ' concatenate')
print(len("\U0001F600"), len("é"), len("e\u0301"))
print(repr("\a\b\f\v\r"), repr("\0"), repr("\x7f"), repr("\x80"), repr("\xa0"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
print("\
continued")
print(u"unicode prefix")
print(f"{'nested'}" f"{1+1}" "plain")
print("line1\nline2")
print(repr("\u2028"), repr("\U0010ffff"))
