# eval on a zoo of expression kinds, checking results match direct evaluation
exprs = [
    "1 + 2 * 3 - 4 / 5", "2 ** 3 ** 2", "-7 // 2", "-7 % 3", "(1, 2) + (3,)", "[1, 2] * 2", "{1: 2}.get(1)",
    "'a' if 1 else 'b'", "lambda x: x", "[x for x in range(3)]", "{x % 2 for x in range(5)}", "{k: v for k, v in zip('ab', 'cd')}",
    "(x * 2 for x in range(3))", "not 1 < 2 < 3", "1 if 2 > 3 else 4 if 5 > 6 else 7", "'abc'[::-1]", "len([*range(3), *'ab'])",
    "{**{'a': 1}, 'b': 2}", "f'{1 + 1}'", "(y := 10) + 1", "... is Ellipsis", "0.1 + 0.2", "1j * 1j", "b'x' * 3",
    "[1, 2, 3][1:]", "sorted({3, 1, 2})", "max(1, 2, key=lambda v: -v)", "type(1).__name__", "int('42') + float('0.5')",
]
for e in exprs:
    v = eval(e)
    if type(v).__name__ in ("function", "generator"):
        v = type(v).__name__
    print(f"{e!r:45} -> {v!r}")
