# Float formatting: format specs, %-format, str.format, f-strings
v = 1234.5678
for spec in ["", "f", ".2f", ".0f", "10.2f", "<10.2f", "^10.2f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", ",", ",.2f", "_.3f", "010.2f", "#.0f", "#g", ".10g", "n"]:
    print(repr(spec), repr(format(v, spec)))
for x in [0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.5, 2.5, 1.5e-10, float("inf"), float("-inf"), float("nan")]:
    print(format(x, ""), format(x, "g"), format(x, ".2f"), format(x, "e"), format(x, ".3"), format(x, "08.2f"))
print("%.3f %e %g %10.4f|%-10.2f|%+.1e %G" % (3.14159, 31415.9, 0.00001, 2.5, 2.5, 12345.0, 1e-10))
print("%f %F %r %s" % (float("inf"), float("nan"), 0.1, 0.1))
print(f"{0.125:.2f} {0.375:.2f} {2.675:.2f} {1.005:.2f} {-0.5:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{1e100:.3g} {1e-100:g} {123.0:.0e} {9.99:.1f} {9.96:.1f} {99.95:.1f}")
print(format(1.0, ".0%"), format(0.001, "%"), format(1 / 3, ".15g"), format(2 / 3, ".17g"))
print(format(1e22, "f"), format(1e23, "f"), format(5e-324, ".3e"))
print(format(123.456, "=+12.2f"), format(-123.456, "=12.2f"), format(3.0, "*>8"), format(-0.04, "z.1f"))
try:
    format(1.0, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.0, "x")
except ValueError as e:
    print(type(e).__name__, e)
print("{:.2f} {:>8.3f} {:e}".format(2.0, 3.14159, 0.000123))
