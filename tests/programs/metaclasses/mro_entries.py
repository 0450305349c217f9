# __mro_entries__: non-class objects in a bases list; __orig_bases__
class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print("__mro_entries__ called with", [getattr(b, "__name__", type(b).__name__) for b in bases])
        return (self.real,)
class Real:
    def hello(self):
        return "hello from Real"
class A(Proxy(Real)):
    pass
print(A().hello(), [c.__name__ for c in A.__mro__], type(A.__orig_bases__[0]).__name__)
class Multi:
    def __mro_entries__(self, bases):
        return (Real,)
class B(Multi(), object):
    pass
print([c.__name__ for c in B.__mro__])
class Empty:
    def __mro_entries__(self, bases):
        return ()
class C(Empty()):
    pass
print(C.__bases__, hasattr(C, "__orig_bases__"))
class NotTuple:
    def __mro_entries__(self, bases):
        return [Real]
try:
    class D(NotTuple()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class E(list[int]):
    pass
print(E.__bases__, E.__orig_bases__, E([1, 2]))
try:
    type("F", (Proxy(Real),), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
