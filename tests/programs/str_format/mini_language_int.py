# Format mini-language for int: sign, alternate form, zero padding, grouping, types
vals = [0, 7, -7, 255, -255, 1234567, 2 ** 40]
specs = ["", "d", "+d", " d", "-d", "5d", "<5d", "^5d", "=5d", "05d", "+05d", ",d", "_d", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "010,d", "c" , "n", "e", "f", "%", ".2f", "g"]
for v in vals:
    out = []
    for spec in specs:
        if spec == "c" and not (32 <= v < 0x110000):
            continue
        out.append(format(v, spec))
    print(v, "|".join(out))
print(format(True, "d"), format(True, ""), format(False, "#x"), format(True, "5"))
for spec in [",x", "_c", ".1d", "s", "=", "z"]:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(-0, "+d"), format(10 ** 25, ","), format(-10 ** 25, "_"))
print(f"{12345:0=+10,}", f"{-12345:0=10_}", f"{255:#012b}", f"{255:+#x}")
