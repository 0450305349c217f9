"""bitops: integer bit manipulation - table-driven CRC-32, FNV-1a, a xorshift
generator, population counts and bit reversal, all kept to 32 bits by masking.

Measures: &, |, ^, <<, >> on small ints, list indexing by computed ints,
the interpreter's handling of values that would overflow a machine word.
Size: number of bytes hashed.
"""
import sys
from _harness import main

MASK32 = 0xFFFFFFFF


def crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


TABLE = crc_table()


def crc32(data, crc=0):
    crc ^= MASK32
    for byte in data:
        crc = TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ MASK32


def fnv1a(data):
    h = 0x811C9DC5
    for byte in data:
        h = ((h ^ byte) * 0x01000193) & MASK32
    return h


def xorshift(state, count):
    out = []
    for _ in range(count):
        state ^= (state << 13) & MASK32
        state ^= state >> 17
        state ^= (state << 5) & MASK32
        out.append(state & 0xFF)
    return state, out


def popcount(x):
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def reverse32(x):
    x = ((x >> 1) & 0x55555555) | ((x & 0x55555555) << 1)
    x = ((x >> 2) & 0x33333333) | ((x & 0x33333333) << 2)
    x = ((x >> 4) & 0x0F0F0F0F) | ((x & 0x0F0F0F0F) << 4)
    x = ((x >> 8) & 0x00FF00FF) | ((x & 0x00FF00FF) << 8)
    return ((x >> 16) | (x << 16)) & MASK32


def bench(n):
    # Known answer first: a wrong CRC table must not pass as a fast result.
    check = crc32([ord(c) for c in "123456789"])
    if check != 0xCBF43926:
        raise AssertionError("crc32 self-check failed: %08x" % check)
    state, data = xorshift(2463534242, n)
    crc = crc32(data)
    fnv = fnv1a(data)
    bits = 0
    mixed = 0
    for i in range(0, n, 4):
        word = data[i] | data[i - 1] << 8 | data[i - 2] << 16 | data[i - 3] << 24
        bits += popcount(word)
        mixed ^= reverse32(word) ^ ((word * 2654435761) & MASK32)
    return "bitops n=%d crc=%08x fnv=%08x state=%08x bits=%d mixed=%08x" % (n, crc, fnv, state, bits, mixed)


if __name__ == "__main__":
    main(bench, 1300000)
