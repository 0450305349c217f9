# Converting ints to and from arbitrary bases by hand, checked against int(s, base)
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in [0, 1, -1, 255, 1000, -4096, 2 ** 64 - 1, 3 ** 50, -(7 ** 30)]:
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, reps, all(int(r, b) == n for r, b in zip(reps, (2, 3, 8, 16, 36))))
print(int("zz", 36), int("ZZ", 36), int("-1010", 2), int("+7f", 16), int("0o777", 8), int("0b11", 2), int("0x1F", 16))
print(format(2 ** 100, "b").count("1"), len(format(3 ** 100, "x")), format(-255, "#o"))
for base in range(2, 37):
    s = to_base(123456789, base)
    assert int(s, base) == 123456789
print("all bases ok", to_base(123456789, 36), to_base(123456789, 7))
