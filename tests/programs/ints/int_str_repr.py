# int to string conversions: str, repr, bin, oct, hex, format, large values
for n in [0, 7, -7, 255, -255, 2 ** 64, -(2 ** 70)]:
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#X"))
print(format(1234567, ","), format(1234567, "_"), format(255, "_b"), format(-1234567, "+,"))
print(format(42, "08d"), format(-42, "08d"), format(42, "<8d") + "|", format(42, "^8d") + "|")
print(format(42, "=+8d"), format(42, " d"), format(-42, " d"), format(42, "c"))
print(format(10 ** 30, ","), format(2 ** 100, "x"))
print(format(5, "e"), format(5, ".2f"), format(5, "%"), format(5, "g"), format(5, "n"))
print(str(10 ** 100))
print(len(str(2 ** 10000)), str(3 ** 500)[:20], str(3 ** 500)[-20:])
print(hex(-0), oct(8), bin(-1), hex(0xDEADBEEF))
print(int(str(-(10 ** 50))) == -(10 ** 50))
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
print("%d %i %x %X %o %05d %-5d| %+d" % (42, 42, 255, 255, 8, 42, 42, 42))
print("%#x %#o %#X" % (255, 8, 255))
print(f"{123:>10}", f"{-123:010}", f"{123:#010x}", f"{1000000:_d}")
