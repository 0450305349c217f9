"""Prints what the CJK codecs do with every code point and every one- and two-byte sequence (and
the longer sequences of euc_jp, gb18030 and euc_kr), for comparing Typhon with CPython:

    python3 tools/cjk/compare.py > /tmp/cpython.txt
    bin/typhon tools/cjk/compare.py > /tmp/typhon.txt
    diff /tmp/cpython.txt /tmp/typhon.txt

Errors are shown through backslashreplace, so each line shows exactly which bytes or characters
each error covered. Pass codec names to check only those.
"""
import codecs, hashlib, sys

CODECS = ["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004",
          "shift_jisx0213", "gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs", "euc_kr",
          "cp949", "johab", "hz", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
          "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr"]
VERBOSE = "-v" in sys.argv
names = [a for a in sys.argv[1:] if a != "-v"] or CODECS


def show(label, value):
    if VERBOSE:
        print(label, ascii(value))
    else:
        print(label, hashlib.md5(ascii(value).encode()).hexdigest())


def dec(codec, data):
    try:
        return codecs.decode(data, codec, "backslashreplace")
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def check(codec):
    # Every character, each on its own line.
    chunk = 0x10000
    for base in range(0, 0x110000, chunk):
        cps = [cp for cp in range(base, base + chunk) if not 0xD800 <= cp <= 0xDFFF and cp != 10]
        text = "\n".join(map(chr, cps))
        try:
            out = text.encode(codec, "backslashreplace")
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        show(f"{codec} encode {base:x}", out)
    # Every byte, and every lead byte followed by every byte.
    show(f"{codec} decode 1", [dec(codec, bytes([b, 10])) for b in range(256)])
    for lead in range(256):
        data = b"".join(bytes([lead, t, 10]) for t in range(256))
        show(f"{codec} decode {lead:02x}", dec(codec, data))
        data = b"".join(bytes([lead, t]) for t in range(256))
        show(f"{codec} decode {lead:02x} packed", dec(codec, data))
    if codec == "euc_jp" or codec.startswith("euc_jis"):
        for x in range(256):
            data = b"".join(bytes([0x8F, x, y, 10]) for y in range(256))
            show(f"{codec} decode 8f {x:02x}", dec(codec, data))
    if codec == "gb18030":
        for c1 in range(0x81, 0xFF):
            data = b"".join(bytes([c1, c2, c3, c4]) for c2 in range(0x30, 0x3A) for c3 in range(0x81, 0xFF)
                            for c4 in range(0x30, 0x3A))
            show(f"{codec} decode4 {c1:02x}", dec(codec, data))
        show(f"{codec} decode4 bad", [dec(codec, bytes([0x81, 0x30, c3, c4])) for c3 in range(256) for c4 in (0x30, 0x80)])
    if codec == "euc_kr":
        samples = []
        for x in range(0xA0, 0xC0):
            for y in range(0xBE, 0xD5):
                for z in (0xA1, 0xA9, 0xB4, 0xBE, 0xD4, 0x41):
                    samples.append(dec(codec, bytes([0xA4, 0xD4, 0xA4, x, 0xA4, y, 0xA4, z])))
        show(f"{codec} makeup", samples)
        show(f"{codec} makeup short", [dec(codec, b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4"[:n]) for n in range(9)])
    # Characters followed by combining marks, and held back by the incremental encoder.
    marks = [0x300, 0x301, 0x304, 0x30C, 0x309A, 0x2E5, 0x2E9, 0x41]
    firsts = [0xCA, 0xEA, 0xE6, 0x254, 0x259, 0x25A, 0x28C, 0x2E5, 0x2E9, 0x304B, 0x304D, 0x304F, 0x3051,
              0x3053, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30BB, 0x30C4, 0x30C8, 0x31F7]
    res = []
    for f in firsts:
        for m in marks:
            try:
                res.append(codecs.encode(chr(f) + chr(m), codec, "backslashreplace"))
            except Exception as e:
                res.append(type(e).__name__)
        e = codecs.getincrementalencoder(codec)("backslashreplace")
        res.append((e.encode(chr(f)), e.encode(chr(f)), e.encode("", True)))
    show(f"{codec} pairs", res)


def check_stateful(codec):
    """Escape sequences, shifts and the incremental coders' states."""
    res = []
    heads = [b"\x1b(", b"\x1b)", b"\x1b$", b"\x1b$(", b"\x1b$)", b"\x1b.", b"\x1b&@\x1b$", b"\x1b&"]
    for h in heads:
        for f in range(0x20, 0x80):
            data = h + bytes([f]) + b"!!#$\x0e!!\x0f!!\x1bN!\x1bN\xa1\n!!"
            res.append(dec(codec, data))
    for data in [b"\x1b", b"\x1b$", b"\x1b$(", b"\x1bN", b"\x1bNa", b"\x1bx123A456", b"\x1b$B", b"\x1b$B!",
                 b"~", b"~{", b"~{!", b"~{!!~}", b"~\n", b"~x", b"~}", b"~{~~", b"\x1b" + b"$" * 20,
                 b"\x1b.A\x1bNa\x1b.F\x1bNa\x1bN\xe1", b"\x1b.J\x1bNa", b"\x1b(A!", b"\x1b(B\x0e!"]:
        res.append(dec(codec, data))
        d = codecs.getincrementaldecoder(codec)("backslashreplace")
        steps = []
        for i in range(len(data)):
            steps.append((d.decode(data[i:i + 1]), d.getstate()))
        try:
            steps.append(d.decode(b"", True))
        except Exception as e:
            steps.append(type(e).__name__ + str(e))
        res.append(steps)
    texts = ["a\u3042b\u00a5\u203e\uff71\u4e00\uac00\u0410\u00e9\u3042\u304b\u309a\u31f7\n\u3042",
             "\u4e02\u4e04\u4e05\U00020089\u3042~{", "\uac00\uac01a\uac00\n\uac00"]
    for t in texts:
        e = codecs.getincrementalencoder(codec)("backslashreplace")
        steps = []
        for ch in t:
            steps.append((e.encode(ch), e.getstate()))
        steps.append(e.encode("", True))
        res.append(steps)
        res.append(codecs.encode(t, codec, "backslashreplace"))
    show(f"{codec} stateful", res)


for c in names:
    check(c)
    if c == "hz" or c.startswith("iso2022"):
        check_stateful(c)
