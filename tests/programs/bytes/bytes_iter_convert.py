# Conversions between bytes, bytearray, list, str and ints
b = bytes(range(250, 256))
print(list(b), b, bytearray(b), b.hex())
print([hex(x) for x in b"\x00\x10\xff"], sum(b"abc"), max(b"abc"), sorted(b"cab"))
print(b"abc".decode("ascii").encode("utf-16-le"), "ab".encode("utf-32-be"))
print(str(b"a\\b"), repr(bytearray(b"q'")), bytearray(b'"'))
print(bytes(bytearray(b"x")) == b"x", bytearray(b"x") == bytearray(b"x"), bytes(b"x") is not None)
encoded = "naïve café 😀".encode()
print(encoded, len(encoded), encoded.decode(), encoded[:3].decode(errors="replace"))
for enc in ["utf-8", "utf-16-le", "latin-1", "ascii"]:
    try:
        print(enc, "é".encode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e.reason)
print(b"".join(bytes([i]) for i in range(65, 70)), bytes(5).replace(b"\x00", b"0"))
print(b"A" * 0, b"AB"[5:], bytearray(b"12")[-1], bytes(bytearray(2)))
print(b"\x41\x42" == bytes([0x41, 0x42]), b"ab".upper().lower(), bytes.__mro__, bytearray.__mro__)
