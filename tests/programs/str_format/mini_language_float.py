# Format mini-language for float with all types and options
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e21, 0.5, 2.5, 1e100, float("inf"), float("nan")]
specs = ["", "f", ".1f", ".0f", "e", ".2e", "E", "g", ".2g", "G", "%", ".1%", "+", " ", ",", "_", ",.2f", "#.0f", "#.0e", "#g", ".3", "10.3", "<10", "^10", "010", "+010.2f", "n", "#", ".0", ".0g", "#.3g"]
for v in vals:
    print(repr(v), "|".join(format(v, s) for s in specs))
print(format(0.000123456, ".3g"), format(123456789.0, ".3g"), format(1e16, ".17g"), format(0.1, ".20f"))
print(format(-0.0001, "z.1f"), format(-0.0, "z"), format(-1e-9, "z.3e"), format(123.0, ".2"), f"{-0.04:z.1%}")
print(format(1e-5, ""), format(1e16, ""), format(1.0e-4, ""), format(123456789012345678.0, ""))
print(format(9.5, ".0f"), format(10.5, ".0f"), format(0.05, ".1f"), format(0.15, ".1f"), format(0.25, ".1f"))
