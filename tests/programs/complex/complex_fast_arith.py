# complex + - * with complex and float operands (the interpreter's direct path): signed zeros,
# overflow, nan, subclasses with reflected methods, in-place forms.
z = complex(-0.0, -0.0)
for b in (1.5, -0.0, 0.0, complex(0.0, -0.0), complex(-0.0, 0.0), 2j, 3):
    for r in (z + b, z - b, z * b, b + z, b - z, b * z):
        print(repr(r), end=" ")
    print()
class C(complex):
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
print(1j + C(2), 1j * C(2), 1j - C(2), type(1j - C(2)))
print(complex(1e308, 1e308) * complex(1e308, 1e308), complex(float("nan"), 1) * 2.0)
x = 1j
x += 2.0
x *= x
print(x)
