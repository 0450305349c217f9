# repr() of many deterministic floats: shortest round-trip digits must match CPython exactly
vals = []
x = 0.1
for i in range(60):
    x = x * 1.7 + 0.013 * i
    vals.append(x)
y = 12345.678
for i in range(40):
    y = y / 3.3 - i * 0.77
    vals.append(y)
for k in range(-20, 21, 3):
    vals.append(1.234567891234 * float(10 ** k) if k >= 0 else 1.234567891234 / float(10 ** -k))
for n in range(1, 40):
    vals.append(1 / n)
    vals.append(n / 7)
for v in vals:
    print(repr(v), float(repr(v)) == v)
