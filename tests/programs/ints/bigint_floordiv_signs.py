# Floor division, modulo and divmod of big ints of every sign pairing (the floor correction
# when the signs differ and the division is inexact).
import itertools
vals = [0, 1, -1, 7, -7, 10**30, -10**30, 10**30+7, -(10**30+7), 3**100, -(3**100), 2**64, -(2**64)]
out = []
for a, b in itertools.product(vals, repeat=2):
    if b == 0: continue
    out.append((a // b, a % b, divmod(a, b)))
print(hash(tuple(out)), out[:5], out[-5:])
