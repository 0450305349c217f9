# isinstance/issubclass through deep hierarchies, __bases__ changes, type() vs isinstance, abstract-free checks
class A: pass
class B(A): pass
class C(B): pass
class D: pass
class E(C, D): pass
e = E()
print([isinstance(e, k) for k in (A, B, C, D, E, object)], type(e) is C, type(e) in (E, D))
print(issubclass(E, (D, int)), issubclass(C, D), [k.__name__ for k in E.__mro__])
print(E.__bases__, E.__base__, C.__base__, [k.__name__ for k in A.__subclasses__()])
class X: pass
class Y: pass
class Z(X): pass
Z.__bases__ = (Y,)
print([k.__name__ for k in Z.__mro__], issubclass(Z, X), issubclass(Z, Y))
try:
    Z.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, (str, int)), issubclass(bool, object), isinstance(E, type), issubclass(type, object))
print(isinstance(E(), (tuple, list, E)), isinstance(1, (((int,),),)))
