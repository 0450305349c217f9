# __eq__ without __hash__ makes a class unhashable; inheriting; explicit __hash__ = parent.__hash__
class A:
    def __eq__(self, o): return True
print(A.__hash__)
class B(A):
    pass
print(B.__hash__)
class C(A):
    __hash__ = object.__hash__
print(C.__hash__ is object.__hash__, hash(C()) == hash(C()) or True)
class D:
    def __hash__(self): return 7
class E(D):
    def __eq__(self, o): return False
print(E.__hash__, hash(D()))
class F(D):
    def __eq__(self, o): return False
    __hash__ = D.__hash__
print(hash(F()))
class G:
    def __hash__(self): return hash(("g", 1))
    def __eq__(self, o): return isinstance(o, G)
print(len({G(), G()}), hash(G()) == hash(("g", 1)))
class H(int):
    def __eq__(self, o): return int(self) == o
print(H.__hash__)
try:
    hash(H(1))
except TypeError as e:
    print(type(e).__name__, e)
class I(int):
    pass
print(hash(I(5)), {I(5): "ok"}[5])
class J:
    __hash__ = None
try:
    hash(J())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(J(), object), J.__hash__)
class K:
    def __hash__(self): return -1
print(hash(K()), hash(-1), hash(-2))
class L:
    def __hash__(self): return True
print(hash(L()))
class M:
    def __hash__(self): return 1.5
try:
    hash(M())
except TypeError as e:
    print(type(e).__name__, e)
