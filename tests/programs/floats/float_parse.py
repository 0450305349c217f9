# float() parsing: accepted and rejected strings, objects with __float__ / __index__
for s in ["1", "1.", ".1", "1e5", "1E+05", "-0", "+.5e-3", "  3.25  ", "1_0.0_1", "infinity", "-INF", "nan", "NaN", "٣.٥", "1.7976931348623159e308", "4.9e-324", "2.4703282292062328e-324"]:
    print(repr(s), "->", repr(float(s)))
for s in ["", " ", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x10", "inf inity", "1e5.5", "--1", "nanx", "1,5"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Bad:
    def __float__(self): return 1
print(float(F()), float(I()), float(b"1.5"), float(bytearray(b" 2 ")))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
for v in [None, [1.0], "1j", 1j]:
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class SubF(float):
    pass
print(type(float(SubF(1.5))).__name__, repr(SubF(1.5)), SubF("2.5") + 1)
