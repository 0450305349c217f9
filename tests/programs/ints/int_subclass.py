# Subclassing int: arithmetic returns plain int, repr, constructor hooks
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1).__name__, type(a).__name__, a.double())
print(isinstance(a, int), a == 5, hash(a) == hash(5), {a: 1}[5])
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3) * 2)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Hexy(int):
    def __str__(self):
        return hex(self)
h = Hexy(255)
print(str(h), f"{h}", format(h), "%d" % h, repr(h))
class AddLog(int):
    def __add__(self, other):
        print("AddLog.__add__", int(self), other)
        return AddLog(int(self) + other)
    def __radd__(self, other):
        print("AddLog.__radd__", int(self), other)
        return AddLog(int(self) + other)
x = AddLog(1)
print(x + 1, 1 + x, type(1 + x).__name__)
print(int(MyInt(7)), type(int(MyInt(7))).__name__)
print(MyInt("ff", 16), MyInt.from_bytes(b"\x01\x00", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
class WithAttr(int):
    pass
w = WithAttr(3)
w.label = "three"
print(w, w.label, w.__dict__)
print(-a, abs(MyInt(-3)), type(-a).__name__, type(+a).__name__)
print(True + MyInt(1), sorted([MyInt(3), 1, MyInt(2)]))
