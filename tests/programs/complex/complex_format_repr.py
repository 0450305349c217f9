# repr/str/format of complex numbers: signed zeros, inf/nan parts, precision and alignment
vals = [0j, -0j, 1j, -1j, 1 + 0j, complex(1, -0.0), complex(-0.0, 1), complex(0.0, -0.0), 1.5 + 2.25j, 1e20 + 1e-20j, complex(float("inf"), -1), complex(1, float("nan")), complex(-float("inf"), float("inf")), 123456789 + 1j, 0.1 + 0.2j]
for v in vals:
    print(repr(v), str(v), format(v, ""), format(v, ".2f"), format(v, ".3g"), format(v, "e")[:40])
print(format(1 + 2j, ">15"), format(1 + 2j, "<15") + "|", format(1 + 2j, "^16") + "|", format(1 + 2j, "+"), format(-1 - 2j, " "))
print(f"{3 + 4j:.1f}", f"{complex(1, 1):10.3}", "%s %r" % (1j, 2j))
try:
    format(1j, "=10")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "010")
except ValueError as e:
    print(type(e).__name__, e)
print(complex(repr(1.5 - 2j)) == 1.5 - 2j, complex("inf+nanj"), complex("-1e500j"))
