# Functions are non-data descriptors: __get__ produces bound methods; builtins and classmethod binding
class K:
    def f(self, x):
        return (type(self).__name__, x)
k = K()
bound = K.__dict__["f"].__get__(k, K)
print(bound(1), type(bound).__name__, bound.__self__ is k)
unbound = K.__dict__["f"].__get__(None, K)
print(unbound is K.__dict__["f"])
def free(self):
    return "free function as method on " + type(self).__name__
K.g = free
print(k.g())
k.h = free
try:
    k.h()
except TypeError as e:
    print(type(e).__name__, e)
print(k.h(k))
import sys
K.length = len
try:
    print(k.length())
except TypeError as e:
    print(type(e).__name__, e)
m1 = k.f
m2 = k.f
print(m1 == m2, m1 is m2, m1.__func__ is m2.__func__)
print((lambda self: self.__class__.__name__).__get__(k)())
class Callable:
    def __call__(self, *a):
        return ("callable instance", len(a))
K.c = Callable()
print(k.c(1))
print(str.upper.__get__("abc")(), dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
