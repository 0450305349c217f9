# getattr/setattr/hasattr/delattr/vars/dir with objects, classes, modules, and error cases
class A:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
a = A()
print(getattr(a, "x"), getattr(a, "cls_attr"), getattr(a, "nope", None), getattr(A, "cls_attr"))
setattr(a, "y", 2)
setattr(A, "z", 3)
print(a.y, a.z, hasattr(a, "y"), hasattr(a, "nope"), hasattr(A, "x"))
delattr(a, "y")
print(hasattr(a, "y"), vars(a))
try:
    getattr(a, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(a, "with space", 1)
print(getattr(a, "with space"), sorted(vars(a)))
print(sorted(k for k in vars(A) if not k.startswith("__")))
class Slots:
    __slots__ = ("s",)
try:
    vars(Slots())
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(1, "real"), getattr("abc", "upper")(), getattr(int, "from_bytes")(b"\x01", "big"))
import sys
print(getattr(sys, "maxsize") == sys.maxsize, hasattr(sys, "argv"))
class Dyn:
    def __getattr__(self, name):
        if name == "special":
            return "computed"
        raise AttributeError(name)
print(getattr(Dyn(), "special"), getattr(Dyn(), "other", "fallback"), hasattr(Dyn(), "other"))
print(vars() is globals(), "A" in vars(), type(vars(A)).__name__)
def f():
    local_v = 1
    return vars()
print(f())
