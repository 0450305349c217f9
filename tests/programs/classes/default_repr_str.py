# Default __repr__/__str__ relationships without printing addresses; __str__ falling back to __repr__
class A:
    pass
a = A()
r = repr(a)
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"), str(a) == r, format(a) == r, f"{a}" == r)
class B:
    def __repr__(self):
        return "B!"
print(str(B()), f"{B()}", [B()], "%s" % B())
class C(B):
    def __str__(self):
        return "C-str"
print(str(C()), repr(C()), [C()], f"{C()!r}")
print(repr(A).startswith("<class '__main__.A'"), str(A), repr(A.__init__).startswith("<slot wrapper"))
def fn(): pass
print(repr(fn).startswith("<function fn at 0x"), repr(lambda: 0).startswith("<function <lambda> at"))
class M:
    def meth(self): pass
print(repr(M().meth).startswith("<bound method M.meth of <__main__.M object at"), repr(M.meth).startswith("<function M.meth at"))
g = (x for x in [])
print(repr(g).startswith("<generator object <genexpr> at 0x"))
print(repr(object()).startswith("<object object at 0x"), repr(iter([])).startswith("<list_iterator object at"))
print(repr(None), repr(...), repr(NotImplemented), repr(int), repr(type(None)))
import sys
print(repr(sys).startswith("<module 'sys'"), repr(print), repr(str.upper), repr("".upper).startswith("<built-in method upper of str object at"))
