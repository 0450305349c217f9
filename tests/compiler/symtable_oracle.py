"""CPython's side of the symbol-table parity test (tests/compiler/symtable_parity.mjs).

Reads file paths (one per line) on stdin and prints one JSON line per file with the SHA-1 of
the canonical text of `symtable.symtable(source, path, "exec")` (see canonical() below), or
the SyntaxError it raises; files that ast.parse rejects are reported as {"parse_error": ...}.
`python3 symtable_oracle.py --text FILE` prints the canonical text of one file instead.
Run with CPython 3.11; CPython is only the oracle here, never part of Typhon.

Typhon's src/compiler/symtable-dump.ts writes the same text from Typhon's tables, so any change
to the format must be made in both places.
"""
import ast
import hashlib
import json
import symtable
import sys

# Include/internal/pycore_symtable.h (3.11)
FLAG_NAMES = [
    (1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"), (16, "USE"),
    (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"), (256, "DEF_ANNOT"),
    (512, "DEF_COMP_ITER"),
]
SCOPE_NAMES = {0: "-", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
SCOPE_OFF = 11
FREE_ONLY = 4 << SCOPE_OFF
PREDICATES = ["is_referenced", "is_imported", "is_parameter", "is_global", "is_nonlocal",
              "is_declared_global", "is_local", "is_annotated", "is_free", "is_assigned",
              "is_namespace"]


def flag_text(v):
    names = [n for bit, n in FLAG_NAMES if v & bit]
    rest = v & ((1 << SCOPE_OFF) - 1) & ~1023  # a flag bit this list does not know
    if rest:
        names.append(hex(rest))
    return "|".join(names) or "0"


def normalized_order(symbols):
    """The symbols' names in the table's (insertion) order, except for names that only pass a
    free variable through this block (update_symbols() adds them with flags FREE << SCOPE_OFF
    while iterating a set, in string-hash order): those go last, sorted."""
    passing = FREE_ONLY
    return [n for n, v in symbols.items() if v != passing] + sorted(n for n, v in symbols.items() if v == passing)


def dump_table(t, indent, out):
    raw = t._table
    pad = "  " * indent
    out.append(f"{pad}{t.get_type()} {t.get_name()} line={t.get_lineno()} nested={int(t.is_nested())} "
               f"children={int(t.has_children())}")
    names = normalized_order(raw.symbols)
    rank = {n: i for i, n in enumerate(names)}
    out.append(f"{pad}  order: {' '.join(names)}")
    out.append(f"{pad}  varnames: {' '.join(raw.varnames)}")
    for name in sorted(names):
        v = raw.symbols[name]
        s = t.lookup(name)
        preds = " ".join(p[3:] if p.startswith("is_") else p for p in PREDICATES if getattr(s, p)())
        out.append(f"{pad}  sym {name}: {flag_text(v)} {SCOPE_NAMES[(v >> SCOPE_OFF) & 15]} [{preds}]")
    if t.get_type() == "function":
        for what in ("parameters", "locals", "globals", "nonlocals", "frees"):
            got = sorted(getattr(t, "get_" + what)(), key=rank.__getitem__)
            out.append(f"{pad}  {what}: {' '.join(got)}")
    for c in t.get_children():
        dump_table(c, indent + 1, out)


def canonical(source, filename, mode="exec"):
    """The canonical text for `source` (str or bytes), or raises SyntaxError."""
    top = symtable.symtable(source, filename, mode)
    out = []
    dump_table(top, 0, out)
    return "\n".join(out) + "\n"


def error_text(e):
    return f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})\n"


def result(path, source):
    try:
        ast.parse(source, path, "exec")
    except (SyntaxError, ValueError) as e:
        return {"path": path, "parse_error": f"{type(e).__name__}: {e}"}
    try:
        text = canonical(source, path)
    except SyntaxError as e:
        text = error_text(e)
    except (RecursionError, MemoryError, ValueError) as e:
        text = f"{type(e).__name__}: {e}\n"
    return {"path": path, "sha1": hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest(), "text": text}


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--text":
        with open(sys.argv[2], "rb") as f:
            r = result(sys.argv[2], f.read())
        sys.stdout.write(r.get("text") or r["parse_error"] + "\n")
        return
    for line in sys.stdin:
        path = line.rstrip("\n")
        with open(path, "rb") as f:
            r = result(path, f.read())
        r.pop("text", None)
        print(json.dumps(r))


if __name__ == "__main__":
    main()
