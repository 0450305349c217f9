# complex numbers: construction, repr, arithmetic, attributes, errors
z = complex(3, 4)
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate())
print(complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3j"))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) + 1, 2 - (1 + 1j), -(1 + 1j))
print((1 + 2j) ** 2, (2 + 0j) ** 3, 1j ** 0, (1 + 1j) * (1 - 1j))
print(0j, -0j, complex(-0.0, -0.0), complex(0, -0.0), 1 - 1j, -1j, complex(1, 0))
print(repr(complex(float("inf"), float("nan"))), complex(1e300, -1e-300), complex(2, 1e16))
print(1 + 2j == complex(1, 2), 1 + 0j == 1, (1 + 0j) == 1.0, 1j != 1)
print(hash(1 + 0j) == hash(1), hash(complex(0, 1)), hash(complex(1, 1)), hash(2 + 3j))
for expr in ["(1+2j) < (2+3j)", "(1j) // 2", "(1j) % 2", "divmod(1j, 2)", "int(1j)", "float(1j)", "1j / 0", "0j ** -1", "round(1j)"]:
    try:
        print(eval(expr))
    except (TypeError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)
for s in ["1+", "1 + 2j", "(1+2j", "abc", "1+2i", ""]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1 + 2j, 3 + 4j), complex(real=1, imag=2), complex(imag=5))
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
print((3 + 4j).__abs__(), abs(complex(1e200, 1e200)), abs(3j))
print(format(1 + 2j), format(1.5 + 2.25j, ".2f"), format(3 - 4j, ">20"), f"{1j:+.1e}", format(1 + 0j, ""))
print(str(complex(1, -0.0)), repr(complex(-0.0, 0)), 1.5j.imag, type((1j).real).__name__)
