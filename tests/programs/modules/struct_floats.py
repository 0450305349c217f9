# struct: half, single and double floats: rounding, specials, overflow, every half bit pattern.
import struct, math

# every binary16 value round-trips; print a checksum of the decoded values
total = 0.0
nans = infs = 0
for bits in range(65536):
    b = struct.pack('<H', bits)
    x = struct.unpack('<e', b)[0]
    if math.isnan(x):
        nans += 1
        continue
    if math.isinf(x):
        infs += 1
    else:
        total += abs(x)
    assert struct.pack('<e', x) == b, bits
    assert struct.unpack('>e', b[::-1])[0] == x or x != x
print('halves', nans, infs, total)

# ties between neighbouring halves round to even; just above/below go to the nearer one
ties = []
for bits in list(range(0, 40)) + list(range(1000, 1040)) + list(range(0x3bf0, 0x3c10)) + list(range(0x7bf0, 0x7bff)):
    a = struct.unpack('<e', struct.pack('<H', bits))[0]
    b = struct.unpack('<e', struct.pack('<H', bits + 1))[0]
    mid = (a + b) / 2
    r = struct.unpack('<H', struct.pack('<e', mid))[0]
    up = struct.unpack('<H', struct.pack('<e', math.nextafter(mid, math.inf)))[0]
    down = struct.unpack('<H', struct.pack('<e', math.nextafter(mid, -math.inf)))[0]
    ties.append((r - bits, up - bits, down - bits))
print(sorted(set(ties)), sum(t[0] for t in ties))

for v in [0.0, -0.0, 1.0, -1.0, 1.5, 65504.0, 65519.99, 65519.999, 6.103515625e-05, 6.1e-05, 5.960464477539063e-08,
          2.9802322387695312e-08, 2.98023223876953125e-08 * 1.0000001, 1e-10, -1e-10, 1e-7, 3e-8, 0.1, 1 / 3, 1 + 2**-11,
          1.0009765625 + 2**-11, float('inf'), float('-inf'), math.pi, 2.0**-14, 2.0**-24, 2.0**-25, 2.0**-26 * 3]:
    for o in '<>':
        print(o, repr(v), struct.pack(o + 'e', v), struct.unpack(o + 'e', struct.pack(o + 'e', v)))
print(struct.pack('<e', float('nan')), struct.pack('>e', -float('nan')), math.isnan(struct.unpack('<e', b'\x01\x7c')[0]))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>e', b'\x3c\x01'))
for v in [65520.0, 1e300, -65520.0, 1e5]:
    try:
        struct.pack('e', v)
    except Exception as e:
        print(type(e).__name__, e)

# single floats: standard sizes raise on overflow, native casts to inf
for v in [0.0, -0.0, 1.0, 0.1, 1e-45, 1e-46, 1.401298464324817e-45, 3.4028234663852886e+38, 3.4028235677973362e+38,
          3.4028235677973366e+38, 1e39, float('inf'), float('-inf'), 16777217.0, math.pi, -2.5e-40]:
    for o in '@<>':
        try:
            b = struct.pack(o + 'f', v)
            print(o, repr(v), b, struct.unpack(o + 'f', b))
        except Exception as e:
            print(o, repr(v), type(e).__name__, e)
print(struct.pack('<f', float('nan')), math.isnan(struct.unpack('<f', b'\x00\x00\xc0\x7f')[0]))

# doubles
for v in [0.0, -0.0, 1.0, 0.1, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), -math.e, 2**1023 * 1.5]:
    for o in '@<>!=':
        b = struct.pack(o + 'd', v)
        print(o, repr(v), b, struct.unpack(o + 'd', b))
print(struct.pack('<d', float('nan')), math.isnan(struct.unpack('<d', struct.pack('<d', float('nan')))[0]))
class F(float): pass
class G:
    def __float__(self): return -1.0
print(struct.pack('<d', F(1.5)), struct.pack('<f', G()), struct.pack('<e', G()), struct.pack('<d', True), struct.pack('<d', 2**60))
