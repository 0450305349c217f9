# Float subclass behaviour, float dunders returning NotImplemented, __float__ protocol
class Meters(float):
    def __repr__(self):
        return f"Meters({float(self)!r})"
    def __add__(self, other):
        return Meters(float(self) + float(other))
    __radd__ = __add__
m = Meters(1.5)
print(m, repr(m), m + 1, 1 + m, m * 2, type(m * 2).__name__, str(m))
print(float.__add__(1.0, 2), float.__add__(1.0, "x"), float.__rtruediv__(2.0, 1))
print(float.__mul__(2.0, 3), float.__pow__(2.0, 3), float.__neg__(2.0), float.__mod__(7.0, 3))
class Num:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
print(float(Num(3)), float(Num(4.5)))
try:
    1.0 + Num(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Meters(2) == 2.0, Meters(2) < 3, hash(Meters(2.0)) == hash(2))
print(float.fromhex.__name__, Meters.fromhex("0x1p1"), type(Meters.fromhex("0x1p1")).__name__)
print(isinstance(m, float), issubclass(Meters, float), Meters.__mro__[1].__name__)
print(m.is_integer(), m.hex(), m.as_integer_ratio())
