# bytearray slice assignment with different lengths, from iterables of ints, extended slices, and self-assignment
ba = bytearray(range(10))
ba[2:5] = b"\xff"
print(ba)
ba[0:0] = [100, 101]
print(ba)
ba[-2:] = bytearray(b"zz")
print(ba)
ba[::3] = bytes(len(ba[::3]))
print(ba)
ba[1:3] = ba
print(ba, len(ba))
del ba[::2]
print(ba)
ba[:] = b""
print(ba, len(ba))
ba.extend(range(65, 70))
ba[1] = ord("z")
print(ba, ba.decode(), ba[1:3].decode(), ba.index(b"z"), ba.rfind(b"D"))
try:
    ba[0:1] = "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[0:1] = [256]
except ValueError as e:
    print(type(e).__name__, e)
m = bytearray(b"abcdef")
m[1:5:2] = b"XY"
print(m)
m *= 0
print(m)
n = bytearray(b"ab")
n2 = n * 3
n3 = 2 * n
print(n2, n3, n2 == b"ababab", b"ba" in n2)
