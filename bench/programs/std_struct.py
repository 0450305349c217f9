"""std_struct (stdlib): packing and unpacking binary records with struct -
module-level pack/unpack, precompiled Struct objects, pack_into a bytearray,
iter_unpack, byte orders and float formats.

Measures: the struct module, bytes/bytearray handling, int and float
conversion to and from machine formats.
Size: number of records.
"""
import struct
import sys
from _harness import main

RECORD = struct.Struct("<IhBx d 8s ?")
HEADER = struct.Struct(">4sHHI")


def bench(count):
    buffer = bytearray(RECORD.size * count)
    for i in range(count):
        name = ("r%d" % i).encode("ascii")
        RECORD.pack_into(buffer, i * RECORD.size, i * 2654435761 & 0xFFFFFFFF,
                         (i % 65536) - 32768, i % 256, i / 3.0, name, i % 2 == 0)
    header = HEADER.pack(b"BNCH", 1, 2, count)
    blob = header + bytes(buffer)
    magic, major, minor, n = HEADER.unpack_from(blob, 0)
    total = 0
    flags = 0
    for key, short, small, value, name, flag in RECORD.iter_unpack(blob[HEADER.size:]):
        total += key % 1000 + short + small + int(value) + len(name.rstrip(b"\0"))
        flags += flag
    mixed = 0
    for i in range(count):
        packed = struct.pack(">qf", -i * 12345, i * 0.25)
        q, f = struct.unpack(">qf", packed)
        back = struct.unpack("<H", struct.pack("<H", i & 0xFFFF))[0]
        mixed += q + int(f) + back + struct.calcsize("=bhiq")
    byte_sum = sum(blob[::97])
    return "std_struct count=%d magic=%s version=%d.%d n=%d total=%d flags=%d mixed=%d bytes=%d" % (
        count, magic.decode(), major, minor, n, total, flags, mixed, byte_sum)


if __name__ == "__main__":
    main(bench, 1100000)
