# hash() of ints matches CPython exactly: modulus 2**61-1, sign, -1 maps to -2
P = 2 ** 61 - 1
vals = [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 60, P - 1, P, P + 1, 2 * P, 2 * P + 5, -P, -(P + 1), 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30), 3 ** 100]
for v in vals:
    h = hash(v)
    print(v, h, h == (v % P if v >= 0 else -((-v) % P)) or h == -2)
print(hash(True), hash(False), hash(-P - 1))
