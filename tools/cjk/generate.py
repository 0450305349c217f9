#!/usr/bin/env python3
"""Generates Typhon's CJK codec tables (src/modules/codecs_cjk_data/<codec>.json) by observing
CPython 3.11's codecs as a black box. A development tool: run it with python3 (the oracle), then
`node tools/cjk/compress.mjs` to make the .json.br files Typhon loads.

For each stateless multibyte codec it records:
  nodes  the decoding trie: for each byte-sequence prefix (node 0 is the empty one), what each
         next byte makes of it, as space-separated tokens covering bytes 0..255 in order:
           <hex>      that code point          <hex>+<n>  n consecutive code points from it
           !<k>       "illegal multibyte sequence" covering k bytes   !<k>*<n>  n of those
           @<i>       a longer prefix: node i  &<i>       the string pairs[i] (two code points)
           #          a gb18030 four-byte sequence (needs 4 bytes, looked up in `four`)
           %          euc_kr's KS X 1001 Annex 3 make-up sequence A4 D4 A4 x A4 y A4 z (needs 8
                      bytes): the Hangul syllable of initial makeup.cho[x-0xa1], medial y-0xbf and
                      final 0 (z = 0xd4) or makeup.jong[z-0xa1] (-1: no such jamo)
  four   gb18030: runs [linear index, first code point, count] of the four-byte sequences
  enc    how the encoder differs from the inverse of the trie (first byte sequence in trie order
         for each code point; four-byte sequences after): "<cp hex>:<bytes hex>" or "<cp hex>:"
         for a code point that does not encode
  hold   code points the encoder holds back at the end of non-final input (a combining character
         may follow)
Usage: python3 tools/cjk/generate.py [codec...]
"""
import codecs, json, os, sys

STATELESS = ["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004",
             "shift_jisx0213", "gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs", "euc_kr",
             "cp949", "johab"]
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "modules", "codecs_cjk_data")

INCOMPLETE = "incomplete multibyte sequence"
ILLEGAL = "illegal multibyte sequence"


def classify(codec, seq):
    try:
        s = seq.decode(codec)
    except UnicodeDecodeError as e:
        assert e.start == 0, (codec, seq, e)
        if e.reason == INCOMPLETE:
            assert e.end == len(seq)
            return ("more",)
        assert e.reason == ILLEGAL, (codec, seq, e)
        return ("err", e.end - e.start)
    if len(s) == 1:
        return ("cp", ord(s))
    assert len(s) == 2, (codec, seq, s)
    return ("pair", s)


def build_trie(codec):
    nodes = [None]
    prefixes = [b""]
    pairs = []
    i = 0
    while i < len(prefixes):
        p = prefixes[i]
        row = []
        for b in range(256):
            seq = p + bytes([b])
            c = classify(codec, seq)
            if c[0] == "more":
                if codec == "gb18030" and len(seq) == 2 and 0x30 <= seq[1] <= 0x39:
                    row.append(("four",))
                    continue
                if codec == "euc_kr" and seq == b"\xa4\xd4":
                    row.append(("makeup",))
                    continue
                assert len(seq) < 4, (codec, seq)
                prefixes.append(seq)
                nodes.append(None)
                row.append(("node", len(prefixes) - 1))
            elif c[0] == "pair":
                if c[1] not in pairs:
                    pairs.append(c[1])
                row.append(("pair", pairs.index(c[1])))
            else:
                row.append(c)
        nodes[i] = row
        i += 1
    return nodes, prefixes, pairs


def encode_row(row):
    toks = []
    j = 0
    while j < 256:
        e = row[j]
        if e[0] == "cp":
            n = 1
            while j + n < 256 and row[j + n] == ("cp", e[1] + n):
                n += 1
            toks.append(f"{e[1]:x}" + (f"+{n}" if n > 1 else ""))
            j += n
        elif e[0] == "err":
            n = 1
            while j + n < 256 and row[j + n] == e:
                n += 1
            toks.append(f"!{e[1]}" + (f"*{n}" if n > 1 else ""))
            j += n
        elif e[0] == "node":
            toks.append(f"@{e[1]}")
            j += 1
        elif e[0] == "pair":
            toks.append(f"&{e[1]}")
            j += 1
        elif e[0] == "makeup":
            toks.append("%")
            j += 1
        else:
            toks.append("#")
            j += 1
    return " ".join(toks)


def four_runs():
    """gb18030's four-byte sequences: linear index -> code point, as runs."""
    seqs = []
    for c1 in range(0x81, 0xFF):
        for c2 in range(0x30, 0x3A):
            for c3 in range(0x81, 0xFF):
                for c4 in range(0x30, 0x3A):
                    seqs.append(bytes((c1, c2, c3, c4)))
    blob = b"".join(seqs)
    codecs.register_error("typhon_skip4", lambda e: ("\uffff", e.start + 4))
    text = blob.decode("gb18030", "typhon_skip4")
    assert len(text) == len(seqs)
    runs = []
    for idx, ch in enumerate(text):
        if ch == "\uffff":
            # U+FFFF itself: does the sequence really decode to it?
            try:
                seqs[idx].decode("gb18030")
            except UnicodeDecodeError:
                continue
        cp = ord(ch)
        if runs and runs[-1][0] + runs[-1][2] == idx and runs[-1][1] + runs[-1][2] == cp:
            runs[-1][2] += 1
        else:
            runs.append([idx, cp, 1])
    return runs


def encode_table(codec):
    """Every code point's encoding (None when it does not encode), from one encode() call."""
    cps = [cp for cp in range(0x110000) if not (0xD800 <= cp <= 0xDFFF) and cp not in (0x0A, 0x01)]
    text = "\n".join(chr(cp) for cp in cps)
    codecs.register_error("typhon_mark", lambda e: ("\x01", e.end))
    blob = text.encode(codec, "typhon_mark")
    parts = blob.split(b"\n")
    assert len(parts) == len(cps), (codec, len(parts), len(cps))
    table = {}
    for cp, part in zip(cps, parts):
        table[cp] = None if part == b"\x01" else part
    for cp in (0x0A, 0x01):
        try:
            table[cp] = chr(cp).encode(codec)
        except UnicodeEncodeError:
            table[cp] = None
    return table


def makeup_tables():
    def probe(x, z):
        try:
            return ord(bytes([0xA4, 0xD4, 0xA4, x, 0xA4, 0xBF, 0xA4, z]).decode("euc_kr")) - 0xAC00
        except UnicodeDecodeError:
            return None
    cho = []
    jong = []
    for x in range(0xA1, 0xBF):
        c = probe(x, 0xD4)
        cho.append(-1 if c is None else c // 588)
        j = probe(0xA1, x)
        jong.append(-1 if j is None else j % 28)
    return {"cho": cho, "jong": jong}


def makeup_bytes(makeup, cp):
    s = cp - 0xAC00
    cho, jung, jong = s // 588, (s % 588) // 28, s % 28
    if cho not in makeup["cho"] or (jong != 0 and jong not in makeup["jong"]):
        return None
    z = 0xD4 if jong == 0 else 0xA1 + makeup["jong"].index(jong)
    return bytes([0xA4, 0xD4, 0xA4, 0xA1 + makeup["cho"].index(cho), 0xA4, 0xBF + jung, 0xA4, z])


def inverse(nodes, prefixes, four, makeup=None):
    inv = {}
    def walk(i):
        for b, e in enumerate(nodes[i]):
            if e[0] == "cp" and e[1] not in inv:
                inv[e[1]] = prefixes[i] + bytes([b])
        for b, e in enumerate(nodes[i]):
            if e[0] == "node":
                walk(e[1])
    walk(0)
    for idx, cp, n in four or []:
        for k in range(n):
            if cp + k not in inv:
                inv[cp + k] = four_bytes(idx + k)
    if makeup:
        for cp in range(0xAC00, 0xD7A4):
            if cp not in inv:
                b = makeup_bytes(makeup, cp)
                if b is not None:
                    inv[cp] = b
    return inv


def four_bytes(idx):
    c4 = idx % 10; idx //= 10
    c3 = idx % 126; idx //= 126
    c2 = idx % 10; idx //= 10
    return bytes((0x81 + idx, 0x30 + c2, 0x81 + c3, 0x30 + c4))


def held(codec, table):
    out = []
    for cp, b in table.items():
        if b is None:
            continue
        enc = codecs.getincrementalencoder(codec)()
        if enc.encode(chr(cp)) == b"":
            out.append(cp)
    return sorted(out)


def generate(codec):
    nodes, prefixes, pairs = build_trie(codec)
    four = four_runs() if codec == "gb18030" else None
    table = encode_table(codec)
    makeup = makeup_tables() if codec == "euc_kr" else None
    inv = inverse(nodes, prefixes, four, makeup)
    enc = []
    for cp in sorted(set(table) | set(inv)):
        want = table.get(cp)
        if inv.get(cp) != want:
            enc.append(f"{cp:x}:" + ("" if want is None else want.hex()))
    data = {"codec": codec, "nodes": [encode_row(r) for r in nodes], "pairs": pairs,
            "enc": " ".join(enc), "hold": held(codec, table)}
    if four:
        data["four"] = four
    if makeup:
        data["makeup"] = makeup
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, codec + ".json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(codec, len(nodes), "nodes", len(enc), "encoder differences", len(data["hold"]), "held")




# ---- ISO-2022 ----------------------------------------------------------------------------------
#
# iso2022.json: "charsets": each character set an ISO-2022 codec can switch to, as a trie in the
# format above (node 0: the first byte; errors are what CPython reports once the set is
# designated); "codecs": for each codec, "enc" (as above, but each value is "<mark hex>.<code hex>":
# the set it switches to and the code) and "pairs"/"hold" (JIS X 0213 character pairs).

ESCAPES = {  # set name -> (a codec that has it, its designation escape, mark)
    "jisx0208": ("iso2022_jp_2", b"\x1b$B", 0xC2),
    "jisx0212": ("iso2022_jp_2", b"\x1b$(D", 0xC4),
    "ksx1001": ("iso2022_jp_2", b"\x1b$(C", 0xC3),
    "gb2312": ("iso2022_jp_2", b"\x1b$A", 0xC1),
    "jisx0201_r": ("iso2022_jp", b"\x1b(J", 0x4A),
    "jisx0201_k": ("iso2022_jp_ext", b"\x1b(I", 0x49),
    "jisx0213_2000_1": ("iso2022_jp_3", b"\x1b$(O", 0xCF),
    "jisx0213_2000_2": ("iso2022_jp_3", b"\x1b$(P", 0xD0),
    "jisx0213_2004_1": ("iso2022_jp_2004", b"\x1b$(Q", 0xD1),
    "jisx0213_2004_2": ("iso2022_jp_2004", b"\x1b$(P", 0xD0),
}
WIDTH = {"jisx0201_r": 1, "jisx0201_k": 1}

# Each codec's designations in the order its encoder tries them: (set, mark, plane).
ISO2022 = {
    "iso2022_kr": [("ksx1001", 0xC3, 1)],
    "iso2022_jp": [("jisx0208", 0xC2, 0), ("jisx0201_r", 0x4A, 0), ("jisx0208", 0xC0, 0)],
    "iso2022_jp_1": [("jisx0208", 0xC2, 0), ("jisx0212", 0xC4, 0), ("jisx0201_r", 0x4A, 0), ("jisx0208", 0xC0, 0)],
    "iso2022_jp_2": [("jisx0208", 0xC2, 0), ("jisx0212", 0xC4, 0), ("ksx1001", 0xC3, 0), ("gb2312", 0xC1, 0),
                     ("jisx0201_r", 0x4A, 0), ("jisx0208", 0xC0, 0), ("iso8859_1", 0x41, 2), ("iso8859_7", 0x46, 2)],
    "iso2022_jp_2004": [("jisx0208", 0xC2, 0), ("jisx0213_2004_1", 0xD1, 0), ("jisx0213_2004_2", 0xD0, 0)],
    "iso2022_jp_3": [("jisx0208", 0xC2, 0), ("jisx0213_2000_1", 0xCF, 0), ("jisx0213_2000_2", 0xD0, 0)],
    "iso2022_jp_ext": [("jisx0208", 0xC2, 0), ("jisx0212", 0xC4, 0), ("jisx0201_r", 0x4A, 0),
                       ("jisx0201_k", 0x49, 0), ("jisx0208", 0xC0, 0)],
}


def charset_trie(name):
    codec, esc, _ = ESCAPES[name]
    width = WIDTH.get(name, 2)

    def one(seq):
        try:
            s = (esc + seq).decode(codec)
        except UnicodeDecodeError as e:
            assert e.start == len(esc) and e.reason == ILLEGAL, (name, seq, e)
            return ("err", e.end - e.start)
        return ("cp", ord(s)) if len(s) == 1 else ("pair", s)

    pairs = []
    def entry(c):
        if c[0] == "pair":
            if c[1] not in pairs:
                pairs.append(c[1])
            return ("pair", pairs.index(c[1]))
        return c
    if width == 1:
        root = [entry(one(bytes([c]))) if 0x20 <= c < 0x80 else ("err", 1) for c in range(256)]
        return {"nodes": [encode_row(root)], "pairs": pairs}
    root = []
    nodes = [None]
    for c1 in range(256):
        if 0x20 <= c1 < 0x80:
            nodes.append(encode_row([entry(one(bytes([c1, c2]))) for c2 in range(256)]))
            root.append(("node", len(nodes) - 1))
        else:
            root.append(("err", 1))
    nodes[0] = encode_row(root)
    return {"nodes": nodes, "pairs": pairs}


def charset_inverse(trie):
    inv = {}
    rows = [parse_row(r) for r in trie["nodes"]]
    if len(rows) == 1:
        for c, e in enumerate(rows[0]):
            if e[0] == "cp" and e[1] not in inv:
                inv[e[1]] = c
        return inv
    for c1, e in enumerate(rows[0]):
        if e[0] == "node":
            for c2, e2 in enumerate(rows[e[1]]):
                if e2[0] == "cp" and e2[1] not in inv:
                    inv[e2[1]] = c1 << 8 | c2
    return inv


def parse_row(text):
    row = []
    for tok in text.split(" "):
        if tok[0] == "!":
            size, _, n = tok[1:].partition("*")
            row += [("err", int(size))] * int(n or 1)
        elif tok[0] == "@":
            row.append(("node", int(tok[1:])))
        elif tok[0] == "&":
            row.append(("pair", int(tok[1:])))
        else:
            cp, _, n = tok.partition("+")
            row += [("cp", int(cp, 16) + k) for k in range(int(n or 1))]
    assert len(row) == 256
    return row


def observed_encoding(codec):
    """cp -> (mark, code) for every code point >= 0x80, from encoding each after a newline."""
    cps = [cp for cp in range(0x80, 0x110000) if not 0xD800 <= cp <= 0xDFFF]
    blob = "\n".join(chr(cp) for cp in cps).encode(codec, "replace")
    out = {}
    g = [0x42, 0x42]
    shifted = False
    i = 0
    k = 0
    code = []
    mark = None
    def flush():
        nonlocal code, mark, k
        cp = cps[k]
        if code == [0x3F] and mark == 0x42:
            out[cp] = None
        else:
            v = 0
            for b in code:
                v = v << 8 | b
            out[cp] = (mark, v)
        code = []
        k += 1
    while i < len(blob):
        b = blob[i]
        if b == 0x1B:
            j = i + 1
            while not (0x40 <= blob[j] <= 0x5A):
                j += 1
            seq = blob[i + 1:j + 1]
            i = j + 1
            if seq[0:1] == b"$":
                plane = 1 if seq[1:2] == b")" else 0
                g[plane] = seq[-1] | 0x80
            else:
                plane = 1 if seq[0:1] == b")" else 0
                g[plane] = seq[-1]
            continue
        if b == 0x0E:
            shifted = True
            i += 1
            continue
        if b == 0x0F:
            shifted = False
            i += 1
            continue
        if b == 0x0A:
            flush()
            i += 1
            continue
        mark = g[1] if shifted else g[0]
        code.append(b)
        i += 1
    flush()
    assert k == len(cps)
    return out


def generate_iso2022():
    charsets = {name: charset_trie(name) for name in ESCAPES}
    inverses = {name: charset_inverse(t) for name, t in charsets.items()}
    jp_pairs = []
    for name in ("jisx0213_2004_1",):
        jp_pairs = charsets[name]["pairs"]
    data = {"charsets": charsets, "codecs": {}}
    for codec, desigs in ISO2022.items():
        seen = observed_encoding(codec)
        predicted = {}
        for name, mark, plane in desigs:
            for cp, code in inverses.get(name, {}).items():
                if cp >= 0x80 and cp not in predicted:
                    predicted[cp] = (mark, code)
        enc = []
        for cp in sorted(set(seen) | set(predicted)):
            want = seen.get(cp)
            if cp >= 0x80 and predicted.get(cp) != want:
                enc.append(f"{cp:x}:" + ("" if want is None else f"{want[0]:x}.{want[1]:x}"))
        pairs = []
        hold = []
        if "jisx0213" in "".join(d[0] for d in desigs):
            for s in jp_pairs:
                b = s.encode(codec)
                if b.count(b"\x1b") == 2 and len(b) == 4 + 2 + 3:
                    pairs.append([s, b[3] | 0x80, b[4] << 8 | b[5]])
                e = codecs.getincrementalencoder(codec)()
                if e.encode(s[0]) == b"" and ord(s[0]) not in hold:
                    hold.append(ord(s[0]))
        data["codecs"][codec] = {"enc": " ".join(enc), "pairs": pairs, "hold": sorted(hold)}
        print(codec, len(enc), "encoder differences", len(pairs), "pairs", len(hold), "held")
    with open(os.path.join(OUT, "iso2022.json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))


if __name__ == "__main__":
    for c in sys.argv[1:] or STATELESS + ["iso2022"]:
        if c == "iso2022":
            generate_iso2022()
        else:
            generate(c)
