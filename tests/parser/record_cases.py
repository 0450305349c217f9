"""Records CPython's answer for each case of cases/*.txt into cases/*.expected.json.

Run with CPython 3.11 (python3 tests/parser/record_cases.py). Each case is parsed with
ast.parse(type_comments=False) as a file named "<case>"; the result is the SHA-1-free dump
(with attributes) or the SyntaxError's type, msg, lineno, offset, end_lineno, end_offset.
"""
import ast, glob, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, "cases", "*.txt"))):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    cases = text.split("\n#---\n")
    out = []
    for src in cases:
        if src.startswith("# Each case"):
            src = src.split("\n", 1)[1]
        try:
            tree = ast.parse(src, "<case>")
            out.append({"src": src, "ok": True, "dump": ast.dump(tree, include_attributes=True)})
        except SyntaxError as e:
            out.append({"src": src, "ok": False, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                        "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset})
    with open(path[:-4] + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{path}: {len(out)} cases")
