# A SyntaxError whose range ends on a later line: CPython takes the text of the first line
# without its newline and clamps end_offset to that line's length + 1, so the caret stops there.
import traceback

cases = [
    "foo(a, z\n        for z in\n            range(10), b, c)\n",
    "def f():\n    g(x\n      for x in y, 1)\n",
    "x = 1 +\n",
    "a = (1,\n 2 3)\n",
    "foo(x for x in y, 1)\n",
]
for src in cases:
    for mode in ("exec", "single"):
        try:
            compile(src, "?", mode)
        except SyntaxError as e:
            print(mode, type(e).__name__, e.msg, e.args[1])
            print("".join(traceback.format_exception_only(e)), end="")
