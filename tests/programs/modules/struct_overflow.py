# struct: OverflowError while packing an int becomes struct.error "int too large to convert"
# (float formats included); from an __index__ object it stays an OverflowError with the
# conversion's own message. Also the integer codes around 2**53 and the 64-bit limits, where
# small ints and big ints take different paths.
import struct


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class F:
    def __float__(self):
        return 1e300


class MyInt(int):
    pass


def t(fmt, v):
    label = fmt + " " + (("Idx(%r)" % v.v) if isinstance(v, Idx) else type(v).__name__)
    for name, f in (("pack", struct.pack), ("pack_into", lambda fmt, v: struct.pack_into(fmt, bytearray(8), 0, v))):
        try:
            print(label, name, f(fmt, v))
        except Exception as e:
            print(label, name, type(e).__name__, e)


for fmt, v in [("e", 2**70), ("<e", 2**70), ("e", 70000), ("e", True), ("e", MyInt(10**6)), ("e", 1e300), ("e", F()),
               ("<f", 10**39), (">f", 10**39), ("f", 10**39), ("<f", 1e39), ("<f", MyInt(10**39)), ("<f", F()),
               ("<f", 10**400), ("d", 10**400), ("<e", Idx(10**6)), ("<f", Idx(10**39)),
               (">q", Idx(2**70)), (">Q", Idx(-1)), (">Q", Idx(2**70)), ("P", Idx(2**70)), ("P", Idx(-2**70)),
               ("P", 2**70), ("P", -2**70), (">q", 2**70), (">q", -2**70), (">Q", -1), ("<q", Idx(2**70)),
               ("<Q", -1), ("<Q", Idx(-1)), ("q", Idx(2**64))]:
    t(fmt, v)

# A failed pack_into leaves the items before the failing one written and zeros after it.
b = bytearray(b"\xff" * 16)
try:
    struct.pack_into("<hxei", b, 1, 7, 10**6, 5)
except struct.error as e:
    print(e)
print(b.hex())

for fmt in ("<q", ">q", "<Q", ">Q", "q", "Q", "P", "n", "N"):
    for v in (2**53 - 1, 2**53, 2**53 + 1, -2**53 + 1, -2**53, -2**53 - 1, 2**32, -2**32, 2**63 - 1, -2**63, 2**64 - 1):
        try:
            p = struct.pack(fmt, v)
            print(fmt, v, p.hex(), struct.unpack(fmt, p)[0] == v)
        except (struct.error, OverflowError) as e:
            print(fmt, v, type(e).__name__, e)
