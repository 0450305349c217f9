# CJK stream readers and writers (MultibyteStreamReader/Writer through codecs.getreader/getwriter):
# read sizes that cut characters, readline(s), pending bytes at EOF, write/writelines/reset.
import codecs
import io

TEXT = "日本語の行\nｶﾀｶﾅ second line\r\nthird 行\n\nlast"

for name in ["shift_jis", "euc_jp", "iso2022_jp", "gb18030", "hz", "big5hkscs", "iso2022_kr", "euc_jis_2004"]:
    try:
        data = TEXT.encode(name)
    except UnicodeEncodeError:
        data = TEXT.replace("ｶﾀｶﾅ", "kana").replace("日本語の", "中文").replace("行", "x").encode(name)
    text = data.decode(name)
    print(name, len(data))
    for size in [1, 2, 3, 5, -1]:
        r = codecs.getreader(name)(io.BytesIO(data))
        parts = []
        while True:
            s = r.read(size)
            if not s:
                break
            parts.append(s)
        print("  read", size, "".join(parts) == text, len(parts))
    r = codecs.getreader(name)(io.BytesIO(data))
    print("  lines", [ascii(l) for l in r.readlines()])
    r = codecs.getreader(name)(io.BytesIO(data))
    print("  readline", ascii(r.readline()), ascii(r.readline(4)), ascii(r.read()))
    r = codecs.getreader(name)(io.BytesIO(data))
    print("  iterate", len(list(r)))
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf)
    for ch in text:
        w.write(ch)
    w.reset()
    print("  write", buf.getvalue() == data)
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf)
    w.writelines(text.splitlines(True))
    w.reset()
    print("  writelines", buf.getvalue() == data, w.stream is buf)

# Pending bytes at EOF, and errors.
r = codecs.getreader("shift_jis")(io.BytesIO(b"ab\x82"))
print(ascii(r.read(2)))
try:
    r.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader("shift_jis")(io.BytesIO(b"ab\x82"), errors="replace")
print(ascii(r.read()), r.errors)
r = codecs.getreader("shift_jis")(io.BytesIO(b"\x82\xa0\x82\xa0\x82"))
print(ascii(r.read(1)), ascii(r.read(1)))
try:
    r.read(1)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader("shift_jis")(io.BytesIO(b"\x82\xa0\x82\xa0"))
print(ascii(r.read(1)))
r.reset()
print(ascii(r.read()))
r = codecs.getreader("gbk")(io.BytesIO(b"\x80abc"), "ignore")
print(ascii(r.read()))

w = codecs.getwriter("euc_jis_2004")(io.BytesIO())
w.write("か")
print(w.stream.getvalue())
w.write("\u309aか")
print(w.stream.getvalue())
w.reset()
print(w.stream.getvalue())
w = codecs.getwriter("iso2022_jp")(io.BytesIO())
w.write("あ")
w.write("い")
print(w.stream.getvalue())
w.reset()
print(w.stream.getvalue())
w = codecs.getwriter("shift_jis")(io.BytesIO(), "xmlcharrefreplace")
w.write("a\u20ac")
print(w.stream.getvalue(), w.errors)
try:
    codecs.getwriter("shift_jis")(io.BytesIO()).write("\u20ac")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    codecs.getwriter("shift_jis")(io.BytesIO()).writelines(5)
except TypeError as e:
    print(type(e).__name__, e)


class StrStream:
    def read(self, n=-1):
        return "text"


try:
    codecs.getreader("gbk")(StrStream()).read()
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.getreader("gbk")(io.BytesIO()).read("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    codecs.getreader("gbk")()
except TypeError as e:
    print(type(e).__name__, e)

# codecs.open and io.TextIOWrapper with a CJK encoding.
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "cjk.txt")
with codecs.open(path, "w", encoding="shift_jis") as f:
    f.write(TEXT)
with open(path, "rb") as f:
    print(f.read() == TEXT.replace("\n", os.linesep).encode("shift_jis") or f.read())
with codecs.open(path, "r", encoding="shift_jis") as f:
    print(f.read() == TEXT)
with open(path, "w", encoding="iso2022_jp_ext", newline="") as f:
    f.write(TEXT)
with open(path, encoding="iso2022_jp_ext", newline="") as f:
    print(f.read() == TEXT)
with open(path, encoding="iso2022_jp_ext", newline="") as f:
    print(ascii(f.readline()), ascii(f.read(3)))
with open(path, "rb") as f:
    print(f.read() == TEXT.encode("iso2022_jp_ext"))
os.remove(path)

# Subclasses of the native coders.
import _multibytecodec, _codecs_jp


class Enc(_multibytecodec.MultibyteIncrementalEncoder):
    codec = _codecs_jp.getcodec("cp932")


class NoCodec(_multibytecodec.MultibyteIncrementalDecoder):
    pass


class BadCodec(_multibytecodec.MultibyteIncrementalDecoder):
    codec = 5


print(Enc().encode("①"), Enc("replace").errors, isinstance(Enc(), _multibytecodec.MultibyteIncrementalEncoder))
for cls in [NoCodec, BadCodec]:
    try:
        cls()
    except Exception as e:
        print(type(e).__name__, e)
