"""Records CPython's answer for each case of cases/symtable_cases.txt into
cases/symtable_cases.expected.json: the canonical text of symtable_oracle.canonical() (the text
Typhon's dumpSymtable prints) or the error's text. Run with CPython 3.11:

    python3 tests/compiler/record_symtable_cases.py
"""
import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from symtable_oracle import canonical, error_text  # noqa: E402

for path in sorted(glob.glob(os.path.join(here, "cases", "symtable*.txt"))):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = []
    for src in text.split("\n#---\n"):
        if src.startswith("# Each case"):
            src = src.split("\n", 1)[1]
        # A case may start with "# mode: eval" or "# mode: single" (default: exec).
        mode = src.split("\n", 1)[0][len("# mode: "):] if src.startswith("# mode: ") else "exec"
        try:
            result = canonical(src, "<case>", mode)
        except SyntaxError as e:
            result = error_text(e)
        out.append({"src": src, "text": result})
    with open(path[:-4] + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{path}: {len(out)} cases")
