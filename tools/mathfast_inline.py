#!/usr/bin/env python3
"""Writes out the double-double helper calls of src/modules/mathfast.ts inline (in place).

V8 inlines only a few of the ~30 helper calls a kernel makes, and a call that is not inlined
boxes its double arguments (an allocation each). So each statement `ddMul(a, b, c, d);` (and
twoProd, twoSum, ddAdd, ddMulD, ddDiv) inside the kernels is replaced by the helper's body in
a block, its parameters bound to the arguments and its locals renamed, marked by the comment
`// ddMul(a, b, c, d)`. The helper definitions stay as the readable reference. Idempotent:
expanded blocks contain no call statements. Run: python3 tools/mathfast_inline.py
"""
import re, sys

PATH = "src/modules/mathfast.ts"
HELPERS = ["twoProd", "twoSum", "ddAdd", "ddMulD", "ddMul", "ddDiv"]
src = open(PATH).read()

defs = {}
for name in HELPERS:
    m = re.search(r"\nfunction %s\(([^)]*)\): void \{\n(.*?)\n\}\n" % name, src, re.S)
    params = [p.split(":")[0].strip() for p in m.group(1).split(",")]
    defs[name] = (params, m.group(2), m.start(), m.end())

def split_args(a):
    out, depth, cur = [], 0, ""
    for ch in a:
        if ch in "([": depth += 1
        if ch in ")]": depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip()); cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return out

counter = [0]
CALL = re.compile(r"^(\s*)((?:if \(.*?\) |else )?)(%s)\((.*)\);\s*$" % "|".join(HELPERS))

def expand(indent, name, args):
    params, body, _, _ = defs[name]
    counter[0] += 1
    k = counter[0]
    locals_ = set(re.findall(r"\b(?:const|let)\s+(\w+)", body)) | set(params)
    b = body
    for v in sorted(locals_, key=len, reverse=True):
        b = re.sub(r"\b%s\b" % v, "%s_%d" % (v, k), b)
    lines = ["%s// %s(%s)" % (indent, name, ", ".join(args))]
    for p, a in zip(params, args):
        lines.append("%sconst %s_%d = %s;" % (indent, p, k, a))
    for ln in b.split("\n"):
        ln = ln[2:] if ln.startswith("  ") else ln
        m = CALL.match(ln)
        if m and not m.group(2):
            lines.extend(expand(indent + m.group(1), m.group(3), split_args(m.group(4))))
        else:
            lines.append(indent + ln)
    return lines

out = []
helper_spans = sorted((d[2], d[3]) for d in defs.values())
pos = 0
lines = src.split("\n")
# Positions of helper bodies (by line) are left alone.
offs, o = [], 0
for ln in lines:
    offs.append(o); o += len(ln) + 1
def in_helper(i):
    return any(a <= offs[i] < b for a, b in helper_spans)
for i, ln in enumerate(lines):
    m = CALL.match(ln)
    if m and not in_helper(i):
        indent, prefix, name, args = m.group(1), m.group(2), m.group(3), split_args(m.group(4))
        out.append("%s%s{" % (indent, prefix))
        out.extend(expand(indent + "  ", name, args))
        out.append("%s}" % indent)
    else:
        out.append(ln)
open(PATH, "w").write("\n".join(out))
print("expanded", counter[0], "calls")
