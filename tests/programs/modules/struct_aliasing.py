# struct.pack_into from a buffer into itself: the region is zeroed first, then 's' copies as
# memcpy/memmove does (from the zeroed bytes where source and region overlap), and 'p' writes
# its text before its length byte.
import struct

for fmt, off, extra in [("4s", 2, ()), ("3s", 0, ()), ("5p", 1, ()), ("3p", 0, ()), ("<h4s", 1, (0x4142,)),
                        ("20s", 2, ()), ("2s2s", 1, ())]:
    b = bytearray(b"abcdefghijklmnopqrstuvwxyz")
    args = extra + (b,) * (fmt.count("s") + fmt.count("p"))
    struct.pack_into(fmt, b, off, *args)
    print(fmt, off, b)
    b = bytearray(b"abcdefghijklmnopqrstuvwxyz")
    struct.pack_into(fmt, b, off, *(extra + (memoryview(b)[1:].tobytes(),) * (fmt.count("s") + fmt.count("p"))))
    print(fmt, off, b)
