# compile() of an AST checks that every node's position is a range (CPython's messages).
import ast
def chk(src, get, ln, eln, co=None, eco=None):
    t = ast.parse(src)
    n = get(t)
    n.lineno, n.end_lineno = ln, eln
    if co is not None:
        n.col_offset, n.end_col_offset = co, eco
    try:
        compile(t, '<s>', 'exec')
        print('ok', type(n).__name__)
    except ValueError as e:
        print(type(n).__name__, e)
for ln, eln, co, eco in [(10, 1, 0, 5), (-10, -11, 0, 5), (-5, -2, 0, 5), (-5, 1, 0, 5), (1, 1, 10, 1),
                         (1, 1, -10, -11), (1, 1, -5, -2), (1, 1, -5, 1), (1, 1, 10, -11), (1, 3, 10, 1)]:
    chk('a = 1', lambda t: t.body[0], ln, eln, co, eco)
chk('a = 1', lambda t: t.body[0].value, 3, 2)
chk('f(a=1)', lambda t: t.body[0].value.keywords[0], 5, 2)
chk('try: pass\nexcept E: pass', lambda t: t.body[0].handlers[0], 5, 2)
chk('import a as b', lambda t: t.body[0].names[0], 5, 2)
chk('lambda x: 1', lambda t: t.body[0].value.args.args[0], 5, 2)
chk('def f(*a, **k): pass', lambda t: t.body[0].args.vararg, 5, 2)
chk('match x:\n case 1: pass', lambda t: t.body[0].cases[0].pattern, 5, 2)
