"""CPython's side of the code generator's parity test (tests/compiler/codegen_parity.mjs).

Reads file paths (one per line) on stdin and prints one JSON line per file with the SHA-1 of
the canonical text of `compile(source, path, "exec")` (see canonical() below), or of the
SyntaxError it raises; files that ast.parse rejects are reported as {"parse_error": ...}.
`python3 codegen_oracle.py --text FILE` prints the canonical text of one file instead.
Run with CPython 3.11; CPython is only the oracle here, never part of Typhon.

The canonical text lists every code object depth-first in co_consts order: name, qualname,
first line, argument counts, flags, co_varnames, co_cellvars, co_freevars, and co_names as a
sorted set. codegen_parity.mjs writes the same text from Typhon's code objects.
"""
import ast
import hashlib
import json
import sys
import warnings

warnings.simplefilter("ignore")


def dump_code(co, depth, out):
    pad = "  " * depth
    out.append(f"{pad}code {co.co_qualname} name={co.co_name} line={co.co_firstlineno} "
               f"args={co.co_argcount},{co.co_posonlyargcount},{co.co_kwonlyargcount} flags={co.co_flags:#x}")
    out.append(f"{pad}  varnames: {' '.join(co.co_varnames)}")
    out.append(f"{pad}  cellvars: {' '.join(co.co_cellvars)}")
    out.append(f"{pad}  freevars: {' '.join(co.co_freevars)}")
    out.append(f"{pad}  names: {' '.join(sorted(set(co.co_names)))}")
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump_code(c, depth + 1, out)


def canonical(source, filename):
    co = compile(source, filename, "exec", dont_inherit=True)
    out = []
    dump_code(co, 0, out)
    return "\n".join(out) + "\n"


def error_text(e):
    return f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset})\n"


def result(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        ast.parse(source, path)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        return {"path": path, "parse_error": f"{type(e).__name__}: {e}"}
    try:
        text = canonical(source, path)
    except SyntaxError as e:
        text = error_text(e)
    except RecursionError as e:
        text = f"RecursionError: {e}\n"
    return {"path": path, "sha1": hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()}


def main():
    sys.setrecursionlimit(10000)
    if len(sys.argv) > 2 and sys.argv[1] == "--text":
        with open(sys.argv[2], "rb") as f:
            source = f.read()
        try:
            sys.stdout.write(canonical(source, sys.argv[2]))
        except SyntaxError as e:
            sys.stdout.write(error_text(e))
        return
    for line in sys.stdin:
        path = line.rstrip("\n")
        if path:
            print(json.dumps(result(path)), flush=True)


if __name__ == "__main__":
    main()
