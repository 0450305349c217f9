# Positions of code whose test is a constant (if True:, while 1:, x if True else y): CPython's
# optimizer leaves a NOP for the statement's line only where no other instruction carries it,
# and the instructions after it keep their own columns (carets under the right expression).
import traceback

def positions(src):
    co = compile(src, "<s>", "exec")
    # Skip RESUME (Typhon and CPython differ on its position at module level).
    return list(co.co_positions())[1:]

for src in [
    "if True: aaaa",
    "if True:\n  aaaa\n  bbb",
    "if False:\n  aaaa\nbbb",
    "if 1:\n  a\nelse:\n  b",
    "if 0:\n  a\nelse:\n  b",
    "if not True:\n  a\nb",
    "while False:\n  a\nb",
    "if True:\n  pass\n",
    "if True:\n\n  x\n",
    "x = 1 if True else 2",
]:
    print(repr(src), positions(src))

# The caret line of an error in the body of `if True:` on one line.
source = "if True: " + "a" * 40
try:
    exec(compile(source, "<long>", "exec"))
except NameError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, [p for p in tb.tb_frame.f_code.co_positions()][tb.tb_lasti // 2][2:])
    lines = traceback.format_exception(e)
    print(lines[-1], end="")

# A long line: the carets cover the whole name, even past column 255.
source = "if True: " + "b" * 300
try:
    exec(compile(source, "<long>", "exec"))
except NameError as e:
    f = e.__traceback__.tb_next.tb_frame
    print(sorted(set(p[2:] for p in list(f.f_code.co_positions())[1:])))
