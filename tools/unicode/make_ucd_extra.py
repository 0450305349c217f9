#!/usr/bin/env python3
"""Writes UCDExtra-14.0.0.txt and UCD32Changes.txt beside this script (run once with CPython 3.11).

The npm package @unicode/unicode-14.0.0 lacks decomposition mappings, canonical combining
classes, digit/numeric values and East Asian widths, and no official UCD file with them is on
this machine; CPython 3.11's unicodedata (Unicode 14.0.0) states those facts, so this script
records them once as text. generate.mjs reads the text at build time (python3 is not needed to
build). Lines: "CP[..LAST];decomposition;combining;digit;numeric;east_asian_width" (hex code
points, empty field = default: no decomposition, 0, no digit, no numeric, "N"); numeric values
are Python float reprs. Only code points with a non-default field are listed.

UCD32Changes.txt lists, in the same format plus category, bidirectional, mirrored and decimal,
the code points where unicodedata.ucd_3_2_0 answers differently from the 14.0.0 database:
"CP[..LAST];category;bidirectional;mirrored;decimal;decomposition;combining;digit;numeric;east_asian_width".
"""
import os
import sys
import unicodedata as U

if U.unidata_version != "14.0.0":
    sys.exit("needs CPython 3.11 (Unicode 14.0.0)")
HERE = os.path.dirname(os.path.abspath(__file__))


def opt(f, c):
    v = f(c, None)
    return "" if v is None else repr(v)


def fields(db, c):
    return [db.decomposition(c), str(db.combining(c) or ""), opt(db.digit, c), opt(db.numeric, c),
            "" if db.east_asian_width(c) == "N" else db.east_asian_width(c)]


def full(db, c):
    return [db.category(c), db.bidirectional(c), str(db.mirrored(c)), opt(db.decimal, c)] + fields(db, c)


def write(path, header, rows):
    lines = []
    start = prev = None
    for cp, row in rows:
        # Ranges only for rows without a decomposition (those differ per code point anyway).
        if start is not None and cp == prev[0] + 1 and row == prev[1] and not row[-5]:
            prev = (cp, row)
            continue
        if start is not None:
            lines.append(fmt(start, prev))
        start, prev = cp, (cp, row)
    if start is not None:
        lines.append(fmt(start, prev))
    with open(path, "w") as f:
        f.write(header + "\n".join(lines) + "\n")


def fmt(start, prev):
    span = "%04X" % start if start == prev[0] else "%04X..%04X" % (start, prev[0])
    return span + ";" + ";".join(prev[1])


def main():
    rows = []
    changes = []
    for cp in range(0x110000):
        c = chr(cp)
        row = fields(U, c)
        if any(row):
            rows.append((cp, row))
        new, old = full(U, c), full(U.ucd_3_2_0, c)
        if new != old:
            changes.append((cp, old))
    write(os.path.join(HERE, "UCDExtra-14.0.0.txt"),
          "# Recorded from CPython 3.11 unicodedata by make_ucd_extra.py; see there.\n", rows)
    write(os.path.join(HERE, "UCD32Changes.txt"),
          "# Recorded from CPython 3.11 unicodedata.ucd_3_2_0 by make_ucd_extra.py; see there.\n", changes)


main()
