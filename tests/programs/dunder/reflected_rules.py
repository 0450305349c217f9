# Reflected operand rules: NotImplemented fallbacks, subclass-first rule, same-type no reflection
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A.radd result"
class B:
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("B.__radd__")
        return "B.radd result"
print(A() + B())
class SubA(A):
    def __radd__(self, o):
        print("SubA.__radd__")
        return "SubA.radd result"
print(A() + SubA())
class SubANoOverride(A):
    pass
print(A() + SubANoOverride())
try:
    class N:
        def __add__(self, o): return NotImplemented
        def __radd__(self, o): return NotImplemented
    N() + N()
except TypeError as e:
    print(type(e).__name__, e)
class OnlyR:
    def __radd__(self, o):
        return f"OnlyR.__radd__({o!r})"
print(1 + OnlyR(), "s" + OnlyR(), [1] + OnlyR())
try:
    OnlyR() + 1
except TypeError as e:
    print(type(e).__name__, e)
class IAddNI:
    def __iadd__(self, o):
        print("iadd -> NotImplemented")
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
x = IAddNI()
x += 1
print(x)
class RSubInt(int):
    def __rsub__(self, o):
        return "RSubInt.__rsub__ first"
print(10 - RSubInt(3), RSubInt(3) - 10)
class MyFloat(float):
    def __radd__(self, o):
        return "MyFloat.__radd__"
print(1.5 + MyFloat(2), 1 + MyFloat(2))
class Pw:
    def __rpow__(self, o):
        return f"rpow({o})"
print(2 ** Pw(), pow(2, Pw()))
try:
    pow(2, Pw(), 5)
except TypeError as e:
    print(type(e).__name__, e)
