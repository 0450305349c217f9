# hex()/fromhex round trips, latin-1 and utf-16/32 encodings, error handlers for decoding
data = bytes(range(0, 256, 17))
h = data.hex()
print(h, bytes.fromhex(h) == data, data.hex(" "), data.hex("_", 3), bytearray.fromhex(" 0a 0B ").hex())
print("ñ€😀".encode("utf-8").hex(" "), "ñ€😀".encode("utf-16-be").hex(), "ñ€😀".encode("utf-32-le").hex())
print("ñ".encode("latin-1"), b"\xf1".decode("latin-1"), "Ā".encode("latin-1", "replace"))
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(b"ok\xff\xfeend".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e.start, e.end, e.reason)
print(repr(b"\xed\xa0\x80".decode("utf-8", "replace")), repr(b"\xc0\xaf".decode("utf-8", "replace")), repr(b"\xf4\x90\x80\x80".decode("utf-8", "replace")))
try:
    b"abc\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), "x".encode("UTF8"), "x".encode("utf_16_le"))
