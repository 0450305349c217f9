# Incremental CJK encoders and decoders: input split at every position (mid-character, mid-escape), pending
# input, getstate/setstate values, reset, final flushes, and errors at the end of input.
import codecs

TEXTS = {
    "shift_jis": "日本語ｶﾀｶﾅabc",
    "euc_jp": "日本語ｶﾀ丂abc",
    "euc_jis_2004": "かか\u309aㇷ\u309a𠀋x",
    "shift_jis_2004": "かか\u309a𠀋x",
    "gb18030": "中文é𠀀\uffffx",
    "big5hkscs": "ÊÊ\u0304ê\u030c繁x",
    "euc_kr": "한국똠x",
    "johab": "한국x",
    "hz": "a中文~b中",
    "iso2022_jp": "aあいb\nう",
    "iso2022_jp_ext": "aあｱｲb",
    "iso2022_jp_2": "aあ한中éΑb",
    "iso2022_jp_2004": "かか\u309a𠀋x",
    "iso2022_kr": "a한국\nb한",
}

for name, text in TEXTS.items():
    data = text.encode(name)
    print(name, data.hex())
    ok = True
    for cut in range(len(data) + 1):
        d = codecs.getincrementaldecoder(name)()
        s1 = d.decode(data[:cut])
        st = d.getstate()
        s2 = d.decode(data[cut:], final=True)
        if s1 + s2 != text:
            ok = False
        if cut in (1, 2, 3):
            print("  cut", cut, ascii(s1), st)
    print("  split decoding", ok)
    # byte by byte, with states
    d = codecs.getincrementaldecoder(name)()
    parts = []
    for i in range(len(data)):
        parts.append(d.decode(data[i:i + 1]))
    print("  bytewise", "".join(parts) == text, d.getstate())
    # character by character encoding, with states
    e = codecs.getincrementalencoder(name)()
    out = []
    states = []
    for ch in text:
        out.append(e.encode(ch))
        states.append(e.getstate())
    out.append(e.encode("", final=True))
    print("  charwise", b"".join(out) == data, states, e.getstate())
    # setstate from another encoder/decoder
    e1 = codecs.getincrementalencoder(name)()
    first = e1.encode(text[:2])
    e2 = codecs.getincrementalencoder(name)()
    e2.setstate(e1.getstate())
    print("  enc setstate", first + e2.encode(text[2:], True) == data)
    d1 = codecs.getincrementaldecoder(name)()
    t1 = d1.decode(data[:3])
    d2 = codecs.getincrementaldecoder(name)()
    d2.setstate(d1.getstate())
    print("  dec setstate", t1 + d2.decode(data[3:], True) == text)
    # reset
    e = codecs.getincrementalencoder(name)()
    e.encode(text[:3])
    e.reset()
    print("  enc reset", e.getstate(), e.encode("a", True))
    d = codecs.getincrementaldecoder(name)()
    d.decode(data[:3])
    d.reset()
    print("  dec reset", d.getstate(), ascii(d.decode(b"a", True)))

# Incomplete input at the end.
for name, data in [("shift_jis", b"a\x82"), ("gb18030", b"\x81\x30\x81"), ("euc_kr", b"\xa4\xd4\xa4"),
                   ("iso2022_jp", b"\x1b$"), ("hz", b"~{\x21"), ("euc_jp", b"\x8f\xa2")]:
    d = codecs.getincrementaldecoder(name)()
    print(name, ascii(d.decode(data)), d.getstate())
    try:
        d.decode(b"", True)
    except UnicodeDecodeError as e:
        print("  ", type(e).__name__, e, e.start, e.end, ascii(e.object))
    print("  pending kept", d.getstate())
    d = codecs.getincrementaldecoder(name)("replace")
    print("  replace", ascii(d.decode(data, True)), d.getstate())
    d = codecs.getincrementaldecoder(name)("ignore")
    print("  ignore", ascii(d.decode(data, True)))

# Errors inside incremental coding, and the errors attribute.
e = codecs.getincrementalencoder("shift_jis")()
print(e.errors)
try:
    e.encode("a\u20ac")
except UnicodeEncodeError as x:
    print(type(x).__name__, x)
e.errors = "replace"
print(e.errors, e.encode("a\u20ac"))
for bad in [1, None]:
    try:
        e.errors = bad
    except TypeError as x:
        print(type(x).__name__, x)
try:
    del e.errors
except AttributeError as x:
    print(type(x).__name__, x)
d = codecs.getincrementaldecoder("gbk")("ignore")
print(d.errors, ascii(d.decode(b"\x80\x81")), ascii(d.decode(b"\x40")))
try:
    codecs.getincrementalencoder("gbk")(None)
except TypeError as x:
    print(type(x).__name__, x)
print(codecs.getincrementalencoder("gbk")(errors="ignore").errors)

# getstate/setstate argument checking.
d = codecs.getincrementaldecoder("shift_jis")()
for bad in [1, (b"", ), (b"", 0, 0), ("x", 0), (b"", "0"), (b"123456789", 0), (b"", -1), (b"", 2 ** 64)]:
    try:
        d.setstate(bad)
        print("ok", d.getstate())
    except Exception as x:
        print(type(x).__name__, x)
d.setstate((b"\x82", 0))
print(ascii(d.decode(b"\xa0")))
e = codecs.getincrementalencoder("euc_jis_2004")()
for bad in ["x", -1, 2 ** 200, 9, 0]:
    try:
        e.setstate(bad)
        print("ok", e.getstate())
    except Exception as x:
        print(type(x).__name__, x)
e.encode("か")
st = e.getstate()
print(st, e.encode("\u309a", True))
e.setstate(st)
print(e.encode("x", True))
e = codecs.getincrementalencoder("iso2022_jp")()
print(e.encode("あ"), e.getstate())
e.setstate(0)
print(e.encode("い", True))
