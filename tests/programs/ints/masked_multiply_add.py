# `(a * b + c) & m` with constant c and m: the linear congruential generator step, whose product
# leaves the safe-integer range. The baseline tier and the JIT compute the low 32 bits at once
# for two ints; everything else (floats, big ints, bools, int subclasses) takes the general path.

def lcg(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        out.append(seed)
    return out


def variants(a, b):
    return (
        (a * b + 12345) & 0x7fffffff,
        (a * b - 7) & 0xffffffff,      # mask of 32 bits: the result is not a negative int32
        (a * b) & 0xffff,
        (a * b + 2**40 + 3) & 0xfffffff,  # an addend above 32 bits
        (a * b - 2**35) & 0x80000000,
        (a * b + 1) & 0,
        (a * b + -5) & 0xffffffff,
    )


class Rng:
    def __init__(self, seed):
        self.seed = seed

    def next(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7fffffff
        return self.seed


class Weird(int):
    def __mul__(self, other):
        return 1000


MASK32 = 0xFFFFFFFF


def fnv1a(data):
    h = 0x811C9DC5
    for byte in data:
        h = ((h ^ byte) * 0x01000193) & MASK32
    return h


def masked_global(x):
    return (x * 2654435761 + 1) & MASK32


def globals_as_masks():
    global MASK32
    data = [i * 7 % 256 for i in range(2000)]
    print(fnv1a(data), fnv1a(data[:5]))
    total = 0
    for i in range(2000):
        total ^= masked_global(i)
    print(total)
    for value in [0xFFFF, 2**40, -1, 2.5, True]:
        MASK32 = value
        try:
            print(value, fnv1a(data[:50]), masked_global(12345))
        except TypeError as e:
            print(value, "TypeError:", e)
    del MASK32
    try:
        masked_global(3)
    except NameError as e:
        print("NameError:", e)
    MASK32 = 0xFFFFFFFF


def main():
    print(lcg(5, 42))
    acc = 0
    for s in lcg(3000, 7):
        acc = (acc * 31 + s) & 0xffffffff
    print(acc)
    r = Rng(1)
    total = 0
    for i in range(3000):
        total += r.next() & 1023
    print(total, r.seed)
    cases = [(0, 0), (1, 1), (-1, 1), (-123456789, 987654321), (2**52, 3), (-(2**52), -(2**52) + 1),
             (2**53 - 1, 2**53 - 1), (2**70 + 5, 3), (-(2**64), 7), (0x7fffffff, 0x7fffffff)]
    for _ in range(300):
        for a, b in cases:
            v = variants(a, b)
    for a, b in cases:
        print(a, b, variants(a, b))
    print(variants(True, 5), variants(3, False))
    print(variants(Weird(3), 4))
    try:
        print((2.5 * 2 + 1) & 0xff)
    except TypeError as e:
        print("TypeError:", e)
    for x in [3, 2.0, 5, "ab"]:
        try:
            print((x * 3 + 1) & 0xff)
        except TypeError as e:
            print("TypeError:", e)
    # A conditional expression in front: a jump lands between the instructions.
    for q in [True, False] * 100:
        v = ((7 * 1103515245) if q else 9) + 12345 & 0x7fffffff
    print(v, ((7 * 1103515245) if True else 9) + 12345 & 0x7fffffff)
    globals_as_masks()


main()
