# format() builtin and __format__ protocol, object.__format__ rules
class A:
    pass
class B:
    def __format__(self, spec):
        return "B:" + spec
class C:
    def __str__(self):
        return "C-str"
print(format(C()), format(C(), ""), f"{C()}", "{}".format(C()))
try:
    format(C(), "10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(B(), "hello"), format(B()), "{:x>3}".format(B()))
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(C(), ""), str.__format__("abc", ">5"), int.__format__(5, "03"), float.__format__(1.5, ".3f"))
class I(int):
    pass
class F(float):
    def __str__(self):
        return "F!"
print(format(I(5), "x"), format(F(1.5)), format(F(1.5), ""), f"{F(1.5)}", f"{F(1.5):.2f}", str(F(1.5)))
class S(str):
    def __format__(self, spec):
        return "S(" + str.__format__(self, spec) + ")"
print(format(S("q"), ">3"), f"{S('q')}", "{0}".format(S("w")))
import sys
print(type(format(1, "")).__name__, format(1.0, ""), format(1 + 1j, ""))
