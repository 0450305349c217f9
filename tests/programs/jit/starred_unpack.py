# Starred unpacking (UNPACK_EX) in hot loops, which the JIT records: tuples and lists of the
# recorded length, of other lengths (the length guard fails), strings, and a sequence too short.
def f(n):
    acc = 0
    out = []
    for r in range(n):
        a, *m, z = (r, r + 1, r + 2, r + 3)
        acc += a + z + len(m) + m[0]
        h, *t = [r, r * 2] if r % 3 else [r, r * 2, r * 3]
        acc += h + sum(t)
        *init, last = (r, r)
        acc += len(init) + last
        if r % 1000 == 999:
            out.append((a, m, z, h, t, init, last))
    return acc, out[-2:]
print(f(5000))
def g(seqs):
    tot = 0
    for s in seqs:
        x, *y = s
        tot += (x if isinstance(x, int) else ord(x)) * (len(y) + 1)
    return tot
print(g([(1, 2, 3)] * 500 + [[4]] * 500 + [(5, 6)] * 500 + ["ab"] * 10))
try:
    for i in range(400):
        p, *q, w = (1, 2) if i < 300 else (1,)
except ValueError as e:
    print("ValueError", e, i)
