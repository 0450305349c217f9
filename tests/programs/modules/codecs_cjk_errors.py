# CJK codec errors: exception types, messages, positions and reasons, every error handler, custom
# handlers (and what they may return), for encoding and decoding.
import codecs


def show(f, *args):
    try:
        r = f(*args)
        print("ok", ascii(r))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
        if isinstance(e, UnicodeError) and hasattr(e, "start"):
            print("   ", e.encoding, e.start, e.end, e.reason, ascii(e.object))


BAD_BYTES = {
    "shift_jis": [b"\x81", b"ab\x81", b"\x81\x20", b"\xa0", b"\x81\x7fxy", b"\xef\x40", b"\xf0\x40a"],
    "cp932": [b"\x81", b"\x85\x40", b"\xfd", b"\x81\x7f"],
    "euc_jp": [b"\xa4", b"\x8f\xa2", b"\x8f\xa2\xaf", b"\x8e\x20", b"\xa4\x20\x20", b"\xff", b"\x8f"],
    "euc_jis_2004": [b"\xa4", b"\x8f\xa1", b"\xa2\xaf\xa2"],
    "shift_jis_2004": [b"\x81", b"\x85\x3f", b"\xfd\x40"],
    "gb2312": [b"\xb0", b"\xb0\x20", b"\x81\x40", b"\xff"],
    "gbk": [b"\x81", b"\x81\x7f", b"\xff", b"\x80"],
    "gb18030": [b"\x81", b"\x81\x30", b"\x81\x30\x81", b"\x81\x30\x81\x29", b"\x81\x30\x20\x30", b"\xff", b"\x84\x31\xa5\x30",
                b"\xe3\x32\x9a\x36", b"\x90\x30\x81\x30xyz"],
    "hz": [b"~", b"~{", b"~{\x21", b"~x", b"~}", b"\x80", b"~{\x21\x21~}~{\x7f\x7f~}"],
    "big5": [b"\xa4", b"\xa4\x20", b"\x80", b"\xf9\xfe"],
    "cp950": [b"\xa4", b"\x81\x20", b"\xff"],
    "big5hkscs": [b"\x88", b"\x88\x20", b"\x80\x40"],
    "euc_kr": [b"\xb0", b"\xb0\x20", b"\xa4\xd4", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xbf",
               b"\xa4\xd4AAAAAA", b"\xff"],
    "cp949": [b"\xb0", b"\x81\x20", b"\xff"],
    "johab": [b"\x88", b"\x84\x40", b"\xd8\x31", b"\xff"],
    "iso2022_jp": [b"\x1b", b"\x1b$", b"\x1b$B", b"\x1b$B\x21", b"\x1b$B\x21\x20", b"\x80", b"\x1b(Z", b"\x1b$(D!!",
                   b"\x1b" + b"(" * 20, b"\x1b&@\x1b$B$\"", b"\x1bx\x1b$A"],
    "iso2022_jp_2": [b"\x1bN", b"\x1b.A\x1bN\x80", b"\x1b.F\x1bNA", b"\x1b.J\x1bNA"],
    "iso2022_kr": [b"\x1b$)C\x0e\x30", b"\x1b$)C\x0e\x30\x20", b"\x0e\x30\x21"],
}

for name, cases in BAD_BYTES.items():
    for data in cases:
        print(name, data)
        show(data.decode, name)
        for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
            show(data.decode, name, errors)

BAD_TEXT = {
    "shift_jis": ["\u4e02", "ab\u20ac", "\U0001f600x", "\udc80"],
    "cp932": ["\u20ac", "\u00e9"],
    "euc_jp": ["\u20ac\u20ac"],
    "euc_jis_2004": ["\U0001f600"],
    "gb2312": ["\u9f98", "\u00e9"],
    "gbk": ["\u20ac\U00020000", "\u0080"],
    "gb18030": ["\ud800", "\udfff"],
    "hz": ["\u00e9", "\u9f98"],
    "big5": ["\u00e9", "\u20ac"],
    "cp950": ["\u00e9"],
    "big5hkscs": ["\u00e9\u0304x"],
    "euc_kr": ["\u00e9", "\u4e02"],
    "cp949": ["\u00e9"],
    "johab": ["\u00e9"],
    "iso2022_jp": ["\u00e9", "a\uac00b", "\u3042\u00e9"],
    "iso2022_kr": ["\u3042\u00e9"],
    "iso2022_jp_2": ["\u00e9\u0391\u20ac"],
}

for name, cases in BAD_TEXT.items():
    for text in cases:
        print(name, ascii(text))
        show(text.encode, name)
        for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape",
                       "surrogatepass"]:
            show(text.encode, name, errors)

print("xmlcharrefreplace when decoding")
show(b"\x81".decode, "shift_jis", "xmlcharrefreplace")
show(b"\x81".decode, "shift_jis", "no-such-handler")
show("\u20ac".encode, "shift_jis", "no-such-handler")
show("abc".encode, "shift_jis", "no-such-handler")
show("\udc81\udc82".encode, "gbk", "surrogateescape")

# Custom handlers.
seen = []


def record(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d>" % exc.start, exc.end)
    return ("[%d]" % exc.start, exc.end)


codecs.register_error("test.record", record)
show("a\u20acb\u20ac\u20acc".encode, "shift_jis", "test.record")
show(b"a\x81b\x80\xa0c\x81".decode, "shift_jis", "test.record")
show(b"\x1b$B!\x20x".decode, "iso2022_jp", "test.record")
print(seen)

codecs.register_error("test.bytes", lambda e: (b"\xff\xfe", e.end))
show("a\u20acb".encode, "gbk", "test.bytes")
codecs.register_error("test.unencodable", lambda e: ("\u20ac", e.end))
show("a\u20acb".encode, "shift_jis", "test.unencodable")
codecs.register_error("test.back", lambda e: ("X", -1))
show("a\u20acbc".encode, "shift_jis", "test.back")
codecs.register_error("test.skip", lambda e: ("", e.start + 2))
show("\u20acab".encode, "shift_jis", "test.skip")
show(b"\x80abc".decode, "shift_jis", "test.skip")
codecs.register_error("test.far", lambda e: ("", 100))
show("\u20ac".encode, "shift_jis", "test.far")
show(b"\x80".decode, "shift_jis", "test.far")
codecs.register_error("test.neg", lambda e: ("", -100))
show("\u20ac".encode, "shift_jis", "test.neg")
for bad in [None, "x", ("x",), ("x", "1"), (1, 1), ("x", 1, 2), ["x", 1], (b"x", 1)]:
    codecs.register_error("test.bad", lambda e, bad=bad: bad)
    show("\u20ac".encode, "shift_jis", "test.bad")
    show(b"\x80".decode, "shift_jis", "test.bad")


def raising(exc):
    raise ValueError("from handler: " + exc.reason)


codecs.register_error("test.raise", raising)
show("\u20ac".encode, "euc_kr", "test.raise")
show(b"\xff".decode, "euc_kr", "test.raise")
codecs.register_error("test.mutate", lambda e: (setattr(e, "reason", "changed") or "?", e.end))
show("\u20ac\u20ac".encode, "big5", "test.mutate")

# The exception object is one per call: a handler sees it updated.
objs = []
codecs.register_error("test.keep", lambda e: (objs.append(e) or "", e.end))
"\u20acx\u20ac".encode("shift_jis", "test.keep")
print(len(objs), objs[0] is objs[1], objs[0].start, objs[1].start)
