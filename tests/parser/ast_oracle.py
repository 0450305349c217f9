"""CPython's side of the parser parity test.

Reads file paths (one per line) on stdin and prints one JSON line per file: the SHA-1 of
what `python3 -m ast -a FILE` prints, or the SyntaxError CPython raises. Run by
stdlib_parity.mjs; CPython is only the oracle here, never part of Typhon.
"""
import ast
import hashlib
import json
import sys

for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, path, "exec", type_comments=True)
        text = ast.dump(tree, include_attributes=True, indent=3) + "\n"
        out = {"path": path, "ok": True, "sha1": hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()}
    except SyntaxError as e:
        out = {"path": path, "ok": False, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}
    except Exception as e:  # ValueError for null bytes and the like
        out = {"path": path, "ok": False, "type": type(e).__name__, "msg": str(e), "lineno": None, "offset": None}
    print(json.dumps(out), flush=False)
