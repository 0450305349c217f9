# zlib's module functions: compress/decompress with every container (wbits), checksums,
# constants and CPython's error messages. Compressed bytes are printed only for inputs where
# every zlib build agrees (small or stored data); larger results are checked by round trip.
import zlib


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:100])
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


text = b"The quick brown fox jumps over the lazy dog. " * 40
binary = bytes((i * 7 + i // 3) & 255 for i in range(3000))

# constants
for name in ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
             "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
             "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
             "Z_BLOCK", "Z_TREES"]:
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION[0], zlib.ZLIB_RUNTIME_VERSION[0])
print(zlib.error.__module__, zlib.error.__name__, issubclass(zlib.error, Exception))

# checksums
for data in [b"", b"a", b"abc", text, binary]:
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 1), zlib.adler32(data, 0))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 40 + 3), zlib.adler32(b"abc", 2 ** 32 + 5))
print(zlib.crc32(b"hello ") == zlib.crc32(b"hello ") and zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"xabcx")[1:4]), zlib.adler32(bytearray(), 7))
show("crc32 str", lambda: zlib.crc32("abc"))
show("crc32 none", lambda: zlib.crc32())
show("adler32 kw", lambda: zlib.adler32(b"a", value=1))
show("crc32 float", lambda: zlib.crc32(b"a", 1.5))

# small or stored data: bytes agree with every zlib
for data in [b"", b"a", b"hello", b"hello hello hello hello"]:
    for level in (-1, 0, 1, 6, 9):
        print(level, zlib.compress(data, level).hex())
print(zlib.compress(text, 0)[:12].hex(), len(zlib.compress(text, 0)))
print(zlib.compress(b"hello", wbits=-15).hex(), zlib.compress(b"hello", wbits=31).hex())
print(zlib.compress(b"hello", wbits=9).hex(), zlib.compress(b"hello", wbits=8).hex())
print(zlib.compress(b"hello", 9, 25).hex(), zlib.compress(b"hello", 1, 31).hex())

# round trips over every container and level
for data in [b"", text, binary, text + binary]:
    for wbits in (15, 9, -15, -9, 31, 25):
        for level in (0, 1, 6, 9):
            c = zlib.compress(data, level, wbits)
            dwbits = [wbits, 0] if wbits > 0 and wbits < 16 else [wbits]
            if wbits > 0:
                dwbits.append(47)
            for dw in dwbits:
                assert zlib.decompress(c, dw) == data, (len(data), wbits, level, dw)
    print("round trip", len(data), "ok")
print(zlib.decompress(zlib.compress(text), bufsize=1) == text, zlib.decompress(zlib.compress(text), bufsize=0) == text)
show("decompress data kw", lambda: zlib.decompress(data=zlib.compress(b"kw")))
print(zlib.decompress(zlib.compress(b"abc") + b"trailing junk"))
print(zlib.decompress(zlib.compress(b"abc", wbits=31) * 2, 31))
print(zlib.decompress(zlib.compress(b"abc", wbits=-15) + b"junk", -15))
print(zlib.decompress(bytearray(zlib.compress(b"ba"))), zlib.decompress(memoryview(zlib.compress(b"mv"))))
show("compress kw data", lambda: zlib.compress(data=b"x"))
show("compress level kw", lambda: len(zlib.compress(b"x", level=9)))
show("compress wbits kw", lambda: zlib.compress(b"x", wbits=-9).hex())

# errors
show("bad level", lambda: zlib.compress(b"a", 10))
show("bad level -2", lambda: zlib.compress(b"a", -2))
show("bad wbits", lambda: zlib.compress(b"a", wbits=7))
show("bad wbits 24", lambda: zlib.compress(b"a", wbits=24))
show("bad wbits -8", lambda: zlib.compress(b"a", wbits=-8))
show("big level", lambda: zlib.compress(b"a", 2 ** 40))
show("str data", lambda: zlib.compress("abc"))
show("no args", lambda: zlib.compress())
show("too many", lambda: zlib.compress(b"", 1, 15, 3))
show("too many kw", lambda: zlib.compress(b"", level=1, wbits=15, x=1))
show("bad kw", lambda: zlib.compress(b"", x=1))
show("decompress bad header", lambda: zlib.decompress(b"abc"))
show("decompress empty", lambda: zlib.decompress(b""))
show("decompress truncated", lambda: zlib.decompress(zlib.compress(b"abc")[:-1]))
show("decompress header only", lambda: zlib.decompress(b"x\x9c"))
show("decompress bad check", lambda: zlib.decompress(zlib.compress(b"abc")[:-1] + b"\0"))
show("decompress gzip as zlib", lambda: zlib.decompress(zlib.compress(b"abc", wbits=31)))
show("decompress zlib as gzip", lambda: zlib.decompress(zlib.compress(b"abc"), 31))
show("gzip bad crc", lambda: zlib.decompress(zlib.compress(b"abc", wbits=31)[:-8] + b"\0" * 8, 31))
show("gzip bad length", lambda: zlib.decompress(zlib.compress(b"abc", wbits=31)[:-4] + b"\0\0\0\3", 31))
show("gzip bad method", lambda: zlib.decompress(b"\x1f\x8b\x09" + bytes(20), 31))
show("gzip bad flags", lambda: zlib.decompress(b"\x1f\x8b\x08\xe0" + bytes(20), 31))
show("zlib bad method", lambda: zlib.decompress(b"\x78\x9a" + bytes(20)))
show("zlib bad check bits", lambda: zlib.decompress(b"\x79\x9c" + bytes(20)))
show("zlib big window", lambda: zlib.decompress(b"\x88\x98" + bytes(20)))
show("zlib window too small", lambda: zlib.decompress(b"\x78\xda" + bytes(20), 9))
show("needs dict", lambda: zlib.decompress(b"\x78\xbb\x00\x00\x00\x01" + bytes(20)))
show("raw bad block", lambda: zlib.decompress(b"\xff\xff", -15))
show("raw distance", lambda: zlib.decompress(b"\x63\x00\x02\x00", -15))
show("decompress bad wbits", lambda: zlib.decompress(b"abc", wbits=7))
show("decompress wbits 48", lambda: zlib.decompress(b"abc", wbits=48))
show("bufsize negative", lambda: zlib.decompress(b"abc", bufsize=-1))
show("bufsize too huge", lambda: zlib.decompress(b"abc", bufsize=2 ** 63))

# gzip headers with optional fields, decoded by zlib itself
import struct
def gz_member(payload, flags, extra=b"", name=b"", comment=b"", hcrc=True):
    head = b"\x1f\x8b\x08" + bytes([flags]) + struct.pack("<I", 0) + b"\x00\x03"
    if flags & 4:
        head += struct.pack("<H", len(extra)) + extra
    if flags & 8:
        head += name + b"\0"
    if flags & 16:
        head += comment + b"\0"
    if flags & 2:
        crc = zlib.crc32(head) & 0xffff
        head += struct.pack("<H", crc if hcrc else crc ^ 1)
    body = zlib.compress(payload, 6, -15)
    return head + body + struct.pack("<II", zlib.crc32(payload), len(payload))
for flags in (0, 2, 4, 8, 16, 30):
    m = gz_member(b"payload", flags, b"EXTRA", b"name.txt", b"a comment")
    print(flags, zlib.decompress(m, 31), zlib.decompress(m, 47), zlib.decompress(m, 16))
show("header crc", lambda: zlib.decompress(gz_member(b"p", 2, hcrc=False), 31))
