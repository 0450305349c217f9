# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove, +=, del
ba = bytearray(b"hello")
ba[0] = 72
print(ba, ba[0], len(ba))
ba.append(33)
ba.extend(b" ok")
ba.extend([1, 2])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[0:2]
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, len(ba))
for bad in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").append(-1), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xyz")]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
x = bytearray(3)
print(x, bytearray("é", "utf-8"), bytearray([1, 2]), bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"))
print(type(bytearray(b"ab") + b"cd").__name__, type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"abc").upper(), bytearray(b"a,b").split(b","), bytearray(b"abc") == b"abc")
try:
    hash(bytearray())
except TypeError as e:
    print(type(e).__name__, e)
m = bytearray(b"abcdef")
m[2:4] = []
print(m, m.find(b"e"), m.decode(), bytes(m), bytearray.fromhex("ff00"))
m[0:0] = b"123"
print(m, m.index(b"f"), m.count(b"1"), m.isalnum())
