# __repr__, __str__, __format__ interactions in print, str(), repr(), containers, f-strings
class R:
    def __repr__(self): return "R-repr"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
    def __format__(self, spec): return f"Both-format[{spec}]"
print(R(), str(R()), repr(R()), [R()], f"{R()}", "%s|%r" % (R(), R()))
print(S(), str(S()), [S()][0].__str__(), f"{S()}", "{}".format(S()))
print(Both(), [Both()], f"{Both()}", f"{Both():x}", f"{Both()!s}", f"{Both()!r}", format(Both(), "q"))
print((Both(),), {1: Both()}, str([Both(), R()]))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([BadRepr()])
except TypeError as e:
    print(type(e).__name__, e)
class ReprRaises:
    def __repr__(self): raise ValueError("repr failed")
try:
    str(ReprRaises())
except ValueError as e:
    print(type(e).__name__, e)
class StrSub(str):
    pass
class ReturnsStrSub:
    def __repr__(self): return StrSub("sub-repr")
print(repr(ReturnsStrSub()), type(repr(ReturnsStrSub())).__name__)
class ClsRepr(type):
    def __repr__(cls): return f"<custom class {cls.__name__}>"
class WithMeta(metaclass=ClsRepr):
    pass
print(WithMeta, [WithMeta], str(WithMeta))
print(repr(object) , repr(type), repr(int), repr(len), repr(None), repr(NotImplemented), repr(...))
