"""str_format: building a text report with f-strings, str.format, %-formatting
and str methods, then taking it apart again.

Measures: int and float formatting (widths, precision, alignment, bases),
string concatenation and join, split, replace, strip, case changes, slicing.
Size: number of report records.
"""
import sys
from _harness import main


def record_lines(i):
    name = "item%d" % i
    price = (i * 37 % 1000) / 8.0 + 0.005 * (i % 3)
    qty = i % 13
    yield f"{name:<12}|{qty:>4d}|{price:10.3f}|{price * qty:12.2f}|{i:#x}|{i % 256:08b}"
    yield "{0}-{1:^9}-{2!r}-{3:+.2e}".format(i, name.upper(), name[::-1], price)
    yield "%-6s %5.1f%% %s %d" % (name[:6], qty * 7.5, str(price), -i)
    yield "{:,}".format(i * 12345) + " " + repr(price / 3.0)


def checksum(text, modulus=1000000007):
    # A cheap content fingerprint: per-line lengths and a few character counts.
    digest = 0
    for line in text.split("\n"):
        digest = (digest * 31 + len(line)) % modulus
    return digest


def bench(n):
    parts = []
    for i in range(n):
        for line in record_lines(i):
            parts.append(line)
    text = "\n".join(parts)
    # Take the report apart again with str methods.
    fields = 0
    numbers = 0
    for line in parts[::4]:
        cells = [cell.strip() for cell in line.split("|")]
        fields += len(cells)
        numbers += int(cells[1]) + int(cells[4], 16)
    shouted = text.upper().replace("ITEM", "#").count("#")
    padded = "".join(str(i).zfill(6).center(10, ".") for i in range(0, n, 7))
    built = ""
    for i in range(n // 10):
        built += chr(65 + i % 26)
    return "str_format n=%d length=%d digest=%d fields=%d numbers=%d shouted=%d padded=%d built=%s dots=%d" % (
        n, len(text), checksum(text), fields, numbers, shouted, len(padded),
        "%d:%s" % (len(built), built[-5:]), text.count("."))


if __name__ == "__main__":
    main(bench, 260000)
