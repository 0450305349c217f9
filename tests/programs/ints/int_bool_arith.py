# bool as int subclass: arithmetic, bitwise ops keep bool type, indexing, sum/count, repr
print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, True ** 2, -True, ~True, ~False)
print(True & True, True | False, True ^ True, False ^ False, type(True & True).__name__, type(True & 1).__name__, type(True + 0).__name__)
print(["a", "b"][True], "xy"[False], sum([True, True, False]), [True, 1, 1.0].count(1))
print(True == 1, hash(True) == hash(1), {True: "t", 1: "one"}, {1: "one", True: "t"})
print(int(True), float(False), str(True), repr(False), bool("False"), bool(0.0))
print(True > False, max(True, 2), min(False, -1), sorted([True, 0, False, 1]))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), (True).conjugate())
print(isinstance(True, int), type(True).__mro__, bool.__name__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool(1), bool(-1), bool(2 ** 100), bool([]), bool(None))
print(f"{True}", f"{True:d}", f"{False:5}", "%d %s %r" % (True, True, False), format(True, "x"))
