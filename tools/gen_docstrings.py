#!/usr/bin/env python3
"""Writes src/objects/docdata.ts: CPython 3.11's docstrings of the builtin functions and of the
core builtin types and their methods, for the Typhon objects that exist.

CPython keeps a C function's doc in its "internal" form, `name(sig)\\n--\\n\\ndoc`, and derives
`__doc__` (the part after the marker) and `__text_signature__` (the part in parentheses, with its
$module/$self/$type marker) from it when they are read; src/objects/docstrings.ts does the same.
This script rebuilds the internal form from CPython's `__text_signature__` and `__doc__` (and
checks that splitting it again gives them back), and keeps only what Typhon has: it runs
`bin/typhon` (built) to list the builtin functions and the `__dict__` of each type.

Run by a developer with CPython 3.11, from the repository root, after adding native methods:
    python3 tools/gen_docstrings.py
Typhon never runs it; the generated file is committed.
"""
import builtins
import collections
import json
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_docstrings.py: run it with CPython 3.11 (this is %s)" % sys.version.split()[0])

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "objects", "docdata.ts")

# The types whose docs and __dict__ entries are kept (docstrings.ts maps the names to Typhon's
# type objects), then every builtin exception class.
CORE_TYPES = """object type int bool float complex str bytes bytearray list tuple dict set frozenset
range slice memoryview property staticmethod classmethod super enumerate zip map filter reversed""".split()
EXCEPTIONS = [n for n, v in vars(builtins).items()
              if isinstance(v, type) and issubclass(v, BaseException) and v.__name__ == n]  # not IOError
TYPES = CORE_TYPES + EXCEPTIONS

# Run under Typhon: which builtin functions and type attributes exist there, and their kind.
LISTER = """
import builtins, json
names = %r
out = {"builtins": sorted(n for n, v in vars(builtins).items() if type(v).__name__ == "builtin_function_or_method"),
       "types": {}}
for n in names:
    t = getattr(builtins, n, None)
    if isinstance(t, type):
        out["types"][n] = {k: type(v).__name__ for k, v in t.__dict__.items()}
print(json.dumps(out))
""" % (TYPES,)


def typhon_objects():
    p = subprocess.run(["node", os.path.join(ROOT, "bin", "typhon"), "-c", LISTER],
                       capture_output=True, text=True, check=True)
    return json.loads(p.stdout)


# ---- CPython's split of an internal doc (Objects/typeobject.c), to check the rebuilt form ----

END_MARKER = ")\n--\n\n"


def find_signature(name, doc):
    name = name.rpartition(".")[2]
    if doc is None or not doc.startswith(name) or doc[len(name):len(name) + 1] != "(":
        return None
    return len(name)


def skip_signature(doc, i):
    while i < len(doc):
        if doc.startswith(END_MARKER, i):
            return i + len(END_MARKER)
        if doc[i] == "\n" and doc[i + 1:i + 2] == "\n":
            return None
        i += 1
    return None


def split_internal(name, doc):
    """(__doc__, __text_signature__) as CPython derives them from an internal doc."""
    start = find_signature(name, doc)
    end = skip_signature(doc, start) if start is not None else None
    if end is None:
        return (doc or None), None
    return (doc[end:] or None), doc[start:end - len(END_MARKER) + 1]


def internal_doc(name, obj):
    """The internal doc of a C function or type: __doc__ with __text_signature__ put back."""
    doc = obj.__doc__
    sig = getattr(obj, "__text_signature__", None)
    internal = doc if sig is None else "%s%s\n--\n\n%s" % (name, sig, doc or "")
    if internal is not None:
        assert split_internal(name, internal) == (doc, sig), (name, doc, sig)
    return internal


DESCRIPTOR_KINDS = ("getset_descriptor", "member_descriptor")
# The kinds of Typhon's type attributes that get a doc: descriptors, functions and static methods.
ATTRIBUTE_KINDS = DESCRIPTOR_KINDS + ("method_descriptor", "wrapper_descriptor", "classmethod_descriptor",
                                      "builtin_function_or_method", "staticmethod")


def attribute_doc(t, name):
    """The internal doc CPython has for attribute `name` of type `t` (its own or inherited), or None."""
    for base in t.__mro__:
        if name in base.__dict__:
            v = base.__dict__[name]
            break
    else:
        return None
    kind = type(v).__name__
    if kind in DESCRIPTOR_KINDS:
        return v.__doc__  # getset and member docs are kept as they are
    if kind == "staticmethod":
        v = v.__func__
    elif kind not in ("method_descriptor", "wrapper_descriptor", "classmethod_descriptor",
                      "builtin_function_or_method"):
        return None  # a class attribute, __doc__, ...
    return internal_doc(v.__name__, v)


def wrap(head, items, tail, indent, width=110):
    """`head item, item, ... tail` on one line, or items on lines of at most `width` columns."""
    one = "%s %s %s" % (head, ", ".join(items), tail)
    if len(one) <= width:
        return [one]
    out, line = [head], " " * indent
    for item in items:
        if len(line) + len(item) + 2 > width and line.strip():
            out.append(line.rstrip())
            line = " " * indent
        line += item + ", "
    out.append(line.rstrip())
    out.append(" " * (indent - 2) + tail)
    return out


def main():
    typhon = typhon_objects()
    strings = []  # each distinct doc once
    index = {}

    def ref(doc):
        if doc is None:
            return -1
        if doc not in index:
            index[doc] = len(strings)
            strings.append(doc)
        return index[doc]

    funcs = {}
    for name in typhon["builtins"]:
        f = getattr(builtins, name, None)
        if type(f).__name__ == "builtin_function_or_method":
            doc = internal_doc(f.__name__, f)
            if doc is not None:
                funcs[name] = ref(doc)
    type_docs = {}
    attrs_of = {}  # type name -> attribute name -> index in strings, -1 for no doc
    for tname in TYPES:
        if tname not in typhon["types"]:
            continue
        t = getattr(builtins, tname)
        type_docs[tname] = internal_doc(t.__name__, t)
        attrs_of[tname] = {name: ref(attribute_doc(t, name)) for name, kind in typhon["types"][tname].items()
                           if name != "__doc__" and kind in ATTRIBUTE_KINDS}

    # The slot wrappers' docs (and many methods') are the same in every type that has them: each
    # name gets its most common doc, and a type lists only the attributes whose doc differs.
    counts = {}
    for attrs in attrs_of.values():
        for name, i in attrs.items():
            counts.setdefault(name, collections.Counter())[i] += 1
    common = {name: c.most_common(1)[0][0] for name, c in counts.items()}
    common = {name: i for name, i in common.items() if i >= 0}
    owners = {}
    for tname, attrs in attrs_of.items():
        own = {name: i for name, i in attrs.items() if i != common.get(name, -1)}
        if own:
            owners[tname] = own

    lines = [
        "// Generated by tools/gen_docstrings.py from CPython %s: do not edit." % sys.version.split()[0],
        "// The internal docs (`name(sig)\\n--\\n\\ndoc`) of the builtin functions, of the core types' methods",
        "// and descriptors, and of the core types themselves; docstrings.ts reads them.",
        "",
        "/** Type name -> the type's internal doc (tp_doc), null when it has none. */",
        "export const TYPE_DOCS: Record<string, string | null> = {",
    ]
    lines += ["  %s: %s," % (tname, json.dumps(doc)) for tname, doc in type_docs.items()]
    lines += [
        "};",
        "",
        "/** Each distinct internal doc once, and where each is: indexes into `strings`. */",
        "export interface MemberDocs {",
        "  strings: string[];",
        "  /** The builtins module's functions. */",
        "  builtins: Record<string, number>;",
        "  /** Attribute name -> the doc most core types with that attribute give it. */",
        "  common: Record<string, number>;",
        "  /** Type name -> attribute name -> its doc where it is not the common one (-1: none). */",
        "  owners: Record<string, Record<string, number>>;",
        "}",
        "",
        "/** A function, so that nothing is built before a doc is first read. */",
        "export function memberDocs(): MemberDocs {",
        "  return {",
        "    strings: [",
    ]
    lines += ["      %s," % json.dumps(doc) for doc in strings]
    lines += ["    ],"]
    lines += wrap("    builtins: {", ["%s: %d" % kv for kv in funcs.items()], "},", 6)
    lines += wrap("    common: {", ["%s: %d" % kv for kv in sorted(common.items())], "},", 6)
    lines += ["    owners: {"]
    for owner, attrs in owners.items():
        lines += wrap("      %s: {" % owner, ["%s: %d" % kv for kv in attrs.items()], "},", 8)
    lines += ["    },", "  };", "}", ""]
    with open(OUT, "w") as f:
        f.write("\n".join(lines))
    nattrs = sum(len(v) for v in attrs_of.values())
    print("%s: %d type docs, %d builtin functions, %d attributes of %d types (%d distinct docs), %d bytes" %
          (os.path.relpath(OUT, ROOT), len(type_docs), len(funcs), nattrs, len(attrs_of), len(strings),
           os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
