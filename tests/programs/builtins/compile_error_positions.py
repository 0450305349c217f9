# SyntaxError positions from compile() in each mode: end of input without a newline (exec input
# gets one added, eval/single input ends at a position-less ENDMARKER), unclosed brackets,
# parenthesized parameters, indentation errors, and more than one statement in 'single' mode.
cases = [
    '1 +', '1 +\n', 'x = (1 +', '1 + ', 'f(1,', '1 *', 'a b', '1 +\n\n', 'if x:\n  1 +\n', '[1,',
    'lambda (a, b): a', 'lambda (a): a', 'lambda x, (a): a', 'def f((a)): pass', 'def f((a,b)): pass',
    'lambda a, (b, c): 1', 'def f((1)): pass', 'def f(a=1, (b)): pass', 'def f((a: int)): pass',
    'lambda (a,): 1', 'def f((a, b), c): pass', 'lambda *, (a): 1', 'def f(()): pass', 'lambda: (a)',
    'def f(a, (b=1)): pass', 'x = (1,\n2', 'f(\n1,\n', '{1: 2,\n', 'if x:\n  y = [1,\n', 'a = "x"\nb = (1 +\n',
    'a = 1\nb = 2\n', 'if x:\n  a\nb = 1\n', 'a = 1 # c\n# d\n\n', 'a = 1\n  b\n', 'x = 1;\ny=2',
    'def f():\n  pass\n\nx\n', 'x\n\n\n', 'x = (1 +\n', 'if x:\n    a\n  b\n', 'if x:\n  a\n    b\n',
    'for x in y:\n  a\n b = 2\n', 'a\n\tb\n',
]
for src in cases:
    for mode in ('exec', 'eval', 'single'):
        try:
            compile(src, '<s>', mode)
        except SyntaxError as e:
            print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        else:
            print(repr(src), mode, 'ok')
