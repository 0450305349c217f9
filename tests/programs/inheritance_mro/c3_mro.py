# C3 linearization for diamonds and complex hierarchies, and inconsistent MRO errors
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(cls):
    return [c.__name__ for c in cls.__mro__]
print(names(Z))
print(names(K1), names(K2), names(K3))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class T(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class U(X, object): pass
print(names(U))
class Diamond1: 
    def who(self): return "D1"
class Left(Diamond1):
    def who(self): return "Left>" + super().who()
class Right(Diamond1):
    def who(self): return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self): return "Bottom>" + super().who()
print(Bottom().who(), names(Bottom))
print(Bottom.mro() == list(Bottom.__mro__), type(Bottom.__mro__).__name__)
print(int.__mro__, bool.mro())
class F1(int, Left): pass
print(names(F1))
