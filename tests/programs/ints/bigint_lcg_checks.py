# Pseudo-random (LCG, deterministic) big-integer arithmetic: results printed as checksums and spot values
state = 12345
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 31) // 32):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out = (out << 32) | (state >> 32)
    return out >> ((bits + 31) // 32 * 32 - bits)
acc = 0
samples = []
for i in range(200):
    a = rnd(1 + i * 3) * (-1 if i % 3 == 0 else 1)
    b = rnd(1 + (i * 7) % 300) + 1
    if i % 5 == 0:
        b = -b
    q, r = divmod(a, b)
    assert q * b + r == a
    prod = a * b
    s = a + b
    x = (a & b) ^ (a | (b >> 3)) ^ (~a << 2)
    p = pow(abs(a) + 2, 65537, abs(b) + 3)
    acc = (acc * 31 + q + r + prod + s + x + p) % (10 ** 40 + 121)
    if i % 40 == 0:
        samples.append((str(a)[:12], q % 99991, r % 99991, x % 99991, p))
print(acc)
for s in samples:
    print(s)
big = rnd(5000)
print(len(str(big)), big % 1000000007, big.bit_length(), bin(big).count("1"), hex(big)[-10:])
print(str(big * big)[-20:], (big * big) // big == big, (big ** 3) % (2 ** 61 - 1))
print(int(str(big)) == big, int(hex(big), 16) == big, big.to_bytes((big.bit_length() + 7) // 8, "big")[:4])
