# %-style and format() output of many floats with different precisions (exact decimal rounding)
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-7, 123456.789, 9.995, 99.995, 0.045, 1 / 3, 2 / 3, 1e22, 5e-324, 1.7976931348623157e308, 1234.5, 0.0001, 100.0]
for v in vals:
    print("%.0f|%.1f|%.2f|%.3e|%.10g|%.17g|%g|%r" % (v, v, v, v, v, v, v, v))
for v in vals:
    print(format(v, ".1f"), format(v, ".2e"), format(v, ".4g"), format(v, ",.2f"), format(v, "#.3g"), format(v, "12.5"))
