# __dir__, __sizeof__, __bytes__, __init_subclass__ defaults, __reduce__ presence
class D:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(D()))
class DirTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(DirTuple()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class Normal:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        pass
d = dir(Normal())
print([n for n in d if not n.startswith("__")], "__init__" in d, d == sorted(d))
print(sys_size := (Normal().__sizeof__() > 0), object().__sizeof__() > 0)
class B:
    def __bytes__(self):
        return b"bytes!"
print(bytes(B()))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(Normal(), "__reduce_ex__"), hasattr(Normal, "__init_subclass__"), Normal.__init_subclass__())
print(dir(5) == dir(int), "bit_length" in dir(int), "__add__" in dir(1))
import sys
print(sorted(x for x in dir(sys) if x in ("argv", "path", "exit", "modules")))
