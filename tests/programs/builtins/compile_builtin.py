# compile() modes and flags: exec/eval/single, code object attributes, syntax errors with positions
code = compile("x = 1\ny = x + 1\n", "<src>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], type(code).__name__, code.co_filename, code.co_name)
expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr), expr.co_name)
single = compile("1 + 1", "<single>", "single")
exec(single)
single2 = compile("None", "<single>", "single")
exec(single2)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("x = 1", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("def f(:\n  pass", "<bad2>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    compile("if True:\nprint(1)\n", "<indent>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("  x = 1", "<lead>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg)
c = compile("a = 5", "<s>", "exec", dont_inherit=True)
g = {"__builtins__": __builtins__}
exec(c, g)
print(g["a"])
co = compile(b"z = 'bytes source'", "<b>", "exec")
d = {}
exec(co, d)
print(d["z"])
print(compile("'doc'", "<d>", "eval").co_consts)
try:
    compile("x\0y", "<nul>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
