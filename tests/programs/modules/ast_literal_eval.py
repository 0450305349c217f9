# ast.literal_eval: every literal form it accepts, and the errors for what it refuses.
import ast

GOOD = [
    "1", "-1", "+1", "1.5", "-2.5e3", "1j", "-1j", "1+2j", "1-2j", "-1+2j", "0x1F", "0o17", "0b101",
    "10**0 if False else 3" and "3", "'str'", "b'bytes'", "u'x'", "'a' 'b'", "r'\\n'",
    "None", "True", "False", "...", "[]", "[1, 2, [3]]", "()", "(1,)", "(1, 'a', (2.5,))",
    "{}", "{'a': 1, 2: [3]}", "set()", "{1, 2, 3}", "  42", "\t7", "[1,\n 2]",
    "123456789012345678901234567890", "-0.0", "1e400", "-1e400",
]
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), type(v).__name__, repr(v) if not isinstance(v, set) else sorted(v))

# A node instead of a string.
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.parse("(3, 4)", mode="eval").body))
print(ast.literal_eval(ast.Constant(value=5)))

BAD = [
    "x", "f(1)", "1 + x", "[x for x in y]", "{1: 2}[1]", "a.b", "lambda: 1", "1 * 2", "'a' + 'b'",
    "2 + 3", "(1).real", "set([1])", "{**d}", "-'a'", "1+1", "1j+1j", "x.y()", "not True",
    "--1", "[*a]", "1 if 2 else 3",
]
for src in BAD:
    try:
        print(repr(src), ast.literal_eval(src))
    except ValueError as e:
        print(repr(src), type(e).__name__, str(e).split(" at 0x")[0])

for src in ["1 +", "(", "x = 1", ""]:
    try:
        ast.literal_eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)

try:
    ast.literal_eval(1)
except ValueError as e:
    print(type(e).__name__, e)
