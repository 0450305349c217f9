# (scaling uses exact powers of ten and IEEE division only, no libm pow)
# Pseudo-random floats (from an LCG) through +,-,*,/,%,//, int(), round(): IEEE results and repr must match CPython
state = 987654321
def rnd():
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state
vals = []
for i in range(120):
    m = rnd() / 2 ** 31
    e = rnd() % 40 - 20
    sign = -1 if rnd() % 2 else 1
    scaled = m * float(10 ** e) if e >= 0 else m / float(10 ** -e)
    vals.append(sign * scaled)
lines = []
for i in range(0, len(vals) - 1, 2):
    a, b = vals[i], vals[i + 1]
    lines.append(f"{a!r} {b!r} {a + b!r} {a - b!r} {a * b!r} {a / b!r} {a % b!r} {a // b!r} {round(a, 3)!r} {int(a * 1e6)}")
print("\n".join(lines))
s = 0.0
for v in vals:
    s += v
print(repr(s), repr(sum(vals)), repr(max(vals)), repr(min(vals)))
print([repr(float(repr(v)) == v) for v in vals[:5]])
