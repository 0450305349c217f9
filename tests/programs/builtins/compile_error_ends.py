# SyntaxError positions and text from compile() in each mode, at the end of the input and for
# the tokenizer's errors: errors at the ENDMARKER (the last line read, offset 0), at tokens
# without a position (INDENT, DEDENT: the tokenizer's read position, no end), at a NEWLINE after
# a comment (it starts at the '#'), errors raised by the tokenizer (their end is their offset,
# their text the line without its newline), errors it reports through its state (end -1 or 0),
# "detected at line N", unclosed brackets, and f-string expressions (their own text).
cases = [
    '@dec\n', '@dec', 'x = 1\n@dec\n', '@dec\n\n', 'if x:\n', 'if x:', 'x = \n', '1 +\n', '1 +',
    'class A:\n  @d\n', 'if a:\n  if b:\n    @d\n  x\n', 'if a:\n  if b:\n    @d\n', 'class A:\n  @d\n\n\n',
    '', '\n', '  \n', '#c', 'for x in y:\n    pass\nelse:\n', 'match x:\n', 'match x:\n  case 1:\n', 'with a:\n',
    'try:\n  pass\n', 'try:\n  pass\n# c\n', 'try:\n  pass\nx = 1\n', 'if x:\n  # only comment\n', 'async def f():\n',
    '1 + # c', '1 + # c\n', 'x = 1 + #c\ny', 'a = 1 # c\nb\n', 'if x  # c\n  pass\n', 'if x:  # c\nelse: pass\n',
    'x = [1,\n 2 # c\n', 'f(\n# c\n',
    'x = "abc\n', 'x = """abc\n', "x = 'a\\\n", "a = '''\n\nb", 'x = "abc" "\n', 'x = "é\n', 'ééé = """\n\n',
    'x = €\n', 'x = ü€\n', 'x = 09\n', 'x = 0_1\n', 'x = 0777', 'é = 09\n', 'é = 0x\n', 'x = 0x\n', 'x = 1_\n',
    'x = 0b2\n', 'x = 0o8\n', 'x = 1__0\n', ')\n', 'x = (]\n', 'x = (1, 2, 3))', 'x = [1, 2)',
    'x = \\ 1\n', 'x = 1 \\', 'x = 1 \\\n', 'x = 1 +\\\n', '\\\n', '(\\\n', ' \\ x\n', 'x = (1,\n \\ 2)\n',
    'if True:\n\tx = 1\n        y = 2\n', 'if x:\n    a\n  b\n', 'if x:\n  a\n    b\n', 'a = 1\n  b\n',
    'if True:\n' + '\n'.join('  ' * i + 'if x:' for i in range(1, 101)) + '\n',
    'x = (1 +', 'f(1,', '[1,', 'x = (1,\n2', 'f(\n1,\n', '{1: 2,\n', 'if x:\n  y = [1,\n', 'a = "x"\nb = (1 +\n',
    'f() = (1,\n2)\n', 'f() = 1 + \\\n 2\n', 'x = [1,\n 2] = 3\n', 'x = (1,\n  2 3)\n',
    'with open(x) as f\n  pass\n', 'try:\n  pass\nexcept\n', 'try:\n  pass\nexcept*\n', 'class A(x for x in y): pass\n',
    'class A(x for x in y, b): pass\n', 'd = {1: 2, 3}\n', 'f(**a, *b)', 'f(**a, *b, c)\n', 'f(a=1, b)\n',
    'f"{a!x}"\n', 'x = "\\N{foo}"\n', 'x = f"{a b}"\n', 'x = 1\ny = f"{a b}"\n', 'x = f"{a $ b}"\n', 'x = f"{a €}"\n',
    'x = f"{1 +}"\n', 'x = f"""\n{a b}"""\n', 'x = f"""{\na b}"""\n', 'x = f"{0_7}"\n', 'f"{a if b}"\n',
    'print "hello"\n', 'exec "x"', 'print "x", 1\n',
    "f'''\n  {\n  (123_a)\n  }'''", 'f\'\'\'\n  {\n  f"""\n  {\n  (123_a)\n  }\n  """\n  }\'\'\'',
]
for src in cases:
    for mode in ('exec', 'eval', 'single'):
        try:
            compile(src, '<s>', mode)
        except SyntaxError as e:
            print(repr(src)[:60], mode, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)[:60])
        else:
            print(repr(src)[:60], mode, 'ok')
