# __complex__ protocol, mixed-type arithmetic and complex subclass
class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 1.5
class I:
    def __index__(self): return 4
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
class BadC:
    def __complex__(self): return 1
try:
    complex(BadC())
except TypeError as e:
    print(type(e).__name__, e)
class MyComplex(complex):
    def __repr__(self):
        return f"MyComplex({self.real}, {self.imag})"
m = MyComplex(1, 2)
print(m, m + 1, type(m + 1).__name__, m.conjugate(), type(m.conjugate()).__name__)
print(complex.__add__(1j, 1), complex.__add__(1j, "x"), complex.__mul__(2j, 2j))
print((1 + 1j) + True, (2j) * 2.5, 3 / (1j), 1j ** 2, 2 ** (0j))
print(complex(2, 0) ** 2, (1+2j).__eq__(1+2j), (1j).__ne__(1j))
print(isinstance(1j, complex), complex.__mro__, 1j.__class__.__name__)
vals = [1 + 1j, 2j, -1, 0.5]
print(sum(vals), sum(vals, 1j))
print(eval(repr(3 - 2j)) == 3 - 2j, repr(1e-10j), repr(123456789j), repr(1.5e20 + 1j))
