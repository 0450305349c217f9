# The CJK codecs: round trips of sample text, known byte sequences, and the names they answer to.
import codecs

SAMPLES = {
    "shift_jis": "日本語のテキスト、ｶﾀｶﾅ ¥ ‾ ABC",
    "cp932": "日本語①②Ⅰ～∥－￢ ABC",
    "euc_jp": "日本語のテキスト ｶﾀｶﾅ 丂 ABC",
    "euc_jis_2004": "日本語 か゚ ㇷ゚ 𠀋 ABC",
    "euc_jisx0213": "日本語 か゚ ㇷ ABC",
    "shift_jis_2004": "日本語 か゚ 𠀋 ABC",
    "shift_jisx0213": "日本語 か゚ ABC",
    "iso2022_jp": "日本語 ABC ¥‾",
    "iso2022_jp_1": "日本語 丂 ABC",
    "iso2022_jp_2": "日本語 한국어 中文 é ABC",
    "iso2022_jp_2004": "日本語 か゚ 𠀋 ABC",
    "iso2022_jp_3": "日本語 か゚ ABC",
    "iso2022_jp_ext": "日本語 ｶﾀｶﾅ ABC",
    "iso2022_kr": "한국어 텍스트 ABC\n둘째 줄",
    "gb2312": "简体中文 ABC",
    "gbk": "简体中文 繁體 ABC",
    "gb18030": "简体中文 繁體 ABC é ཀ 𠀀 \U0010ffff",
    "hz": "简体中文 ABC ~ tilde",
    "big5": "繁體中文 ABC",
    "cp950": "繁體中文 ABC ￥",
    "big5hkscs": "繁體中文 ABC Ê̄ ê̌ 𠄌",
    "euc_kr": "한국어 텍스트 똠 ABC",
    "cp949": "한국어 텍스트 똠 ABC",
    "johab": "한국어 텍스트 똠 ABC",
}

for name, text in SAMPLES.items():
    data = text.encode(name)
    back = data.decode(name)
    print(name, data.hex(), back == text)
    info = codecs.lookup(name)
    print("  ", info.name, codecs.encode(text, name) == data, codecs.decode(data, name) == text)
    enc = info.encode(text)
    print("  ", enc[1] == len(text), info.decode(data) == (text, len(data)))

# Some fixed points.
print(b"\x5c\x7e".decode("shift_jis"), "\xa5\u203e".encode("shift_jis"))
print(b"\x81\x5f".decode("shift_jis"), b"\x81\x5f".decode("cp932"))
print("～".encode("cp932"), "〜".encode("shift_jis"))
print(b"\xa4\xd4\xa4\xa8\xa4\xd1\xa4\xb1".decode("euc_kr"), "똠".encode("euc_kr"))
print("\U00020000".encode("gb18030"), b"\x95\x32\x82\x36".decode("gb18030"))
print("\u0080".encode("gb18030"), "\uffff".encode("gb18030"), b"\x84\x31\xa4\x39".decode("gb18030"))
print(b"\x88\x62\x88\x64".decode("big5hkscs"), "Ê".encode("big5hkscs"), "Ê\u0304".encode("big5hkscs"))
print(b"\xa4\xf7".decode("euc_jis_2004"), "か\u309a".encode("shift_jis_2004"))
print("a~b".encode("hz"), b"~{VP~}~\nx~~".decode("hz"))
print("가".encode("iso2022_kr"), "a가b가".encode("iso2022_kr"))
print("あa\nあ".encode("iso2022_jp"))
print(b"\x1b$B$\"\x1b(Ba".decode("iso2022_jp"), b"\x1b$@$\"".decode("iso2022_jp"))
print(b"\x1b(J\x5c\x7e".decode("iso2022_jp"), b"\x1b(I\x31".decode("iso2022_jp_ext"))
print(b"\x1b.A\x1bNi".decode("iso2022_jp_2"), b"\x1b.F\x1bNa".decode("iso2022_jp_2"))
print("".encode("iso2022_jp"), b"".decode("iso2022_jp"), "".encode("hz"))

# Aliases (encodings.aliases) and normalized names.
for alias in ["sjis", "s_jis", "shiftjis", "ms932", "mskanji", "ujis", "eucjp", "euc-jis-2004", "jisx0213",
              "sjis_2004", "csiso2022jp", "iso-2022-jp", "iso2022jp-2", "iso-2022-jp-ext", "iso-2022-kr",
              "csiso2022kr", "chinese", "euc-cn", "eucgb2312-cn", "936", "cp936", "ms936", "gb18030-2000",
              "hzgb", "hz-gb-2312", "big5-tw", "csbig5", "ms950", "big5-hkscs", "hkscs", "euckr", "ks_c-5601",
              "ksc5601", "uhc", "ms949", "cp1361", "ms1361", "Shift-JIS", "EUC_JP", "GB2312"]:
    print(alias, codecs.lookup(alias).name)

# The codec objects.
import _codecs_jp, _codecs_cn, _codecs_kr, _codecs_tw, _codecs_hk, _codecs_iso2022, _multibytecodec
c = _codecs_jp.getcodec("shift_jis")
print(type(c).__name__, type(c).__module__)
print(c.encode("日本"), c.decode(b"\x93\xfa\x96\x7b"), c.decode(bytearray(b"ab")), c.decode(memoryview(b"cd")))
print(c.encode(123), c.encode("x", None), c.decode(b"", "strict"))
for mod, name in [(_codecs_jp, "gbk"), (_codecs_cn, "shift_jis"), (_codecs_kr, "x"), (_codecs_tw, "big5hkscs"),
                  (_codecs_hk, "big5"), (_codecs_iso2022, "hz")]:
    try:
        mod.getcodec(name)
    except LookupError as e:
        print(type(e).__name__, e)
for bad in [1, None, b"shift_jis"]:
    try:
        _codecs_jp.getcodec(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c.decode("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.encode("x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(c)()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(_multibytecodec) if not n.startswith("__")))
print(_codecs_tw.getcodec("big5").decode(b"\xa4\xa4\xa4\xe5"), _codecs_hk.getcodec("big5hkscs").encode("Ê̌"))
