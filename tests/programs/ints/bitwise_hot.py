# Bitwise operators on ints of every size, in hot loops (the JIT's int_and/or/xor/shift ops and
# the baseline tier's fast paths), checked against exact results.
vals = [0, 1, 2, 3, 5, 255, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 2**52 - 1, 2**53 - 1,
        -1, -2, -255, -0x80000000, -0x80000001, -(2**52), -(2**53 - 1), 2**53, 2**70 + 3, -(2**64)]

def table(f):
    acc = 0
    for x in vals:
        for y in vals:
            acc = (acc * 31 + hash(f(x, y))) % 1000000007
    return acc

print("and", table(lambda x, y: x & y))
print("or", table(lambda x, y: x | y))
print("xor", table(lambda x, y: x ^ y))
r = []
for x in vals:
    for n in (0, 1, 5, 20, 21, 31, 32, 33, 52, 53, 60, 61, 64, 100, 2000):
        r.append(x >> n)
        if n < 100:
            r.append(x << n)
print("shifts", len(r), sum(r) % 1000000007, r[:8], r[-6:])
print((-(2**53 - 1)) & -2, type((-(2**53 - 1)) & -2))
for x in (5, -5):
    for bad in (-1, -100):
        try:
            x >> bad
        except ValueError as e:
            print("ValueError", e)
        try:
            x << bad
        except ValueError as e:
            print("ValueError", e)

def crc(data):
    # Bit by bit (no table): shifts, xor and the low-bit test in the innermost loop.
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        k = 8
        while k:
            low = crc & 1
            crc >>= 1
            if low:
                crc ^= 0xEDB88320
            k -= 1
    return crc ^ 0xFFFFFFFF

print("crc", crc(bytes(range(256)) * 20))

def mix(n):
    s = 12345
    h = 0
    out = []
    for i in range(n):
        s ^= (s << 13) & 0xFFFFFFFF
        s ^= s >> 17
        s ^= (s << 5) & 0xFFFFFFFF
        h = (h | (s & 0xF0F0)) ^ (i << 40) ^ (-i >> 3)
        out.append(h & -h)
    return s, h, sum(out) % 1000003

print("mix", mix(3000))

def grow(n):
    x = 1
    for i in range(n):
        x = (x << 3) | i   # becomes a big int halfway
    return x % 1000000007, x.bit_length()

print("grow", grow(40))
