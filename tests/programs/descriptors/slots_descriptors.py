# __slots__ create member descriptors on the class; interplay with class attributes, properties and inheritance
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
d = S.__dict__["a"]
print(type(d).__name__, d.__get__(s), d.__name__, S.a is d)
d.__set__(s, 10)
print(s.a)
try:
    S.b.__get__(s)
except AttributeError as e:
    print(type(e).__name__, e)
class T(S):
    __slots__ = ("c",)
    @property
    def total(self):
        return self.a + self.c
t = T()
t.c = 5
print(t.total, T.__slots__, hasattr(t, "__dict__"), sorted(k for k in T.__dict__ if not k.startswith("__")))
class WithWeak:
    __slots__ = ("x", "__weakref__")
print("__weakref__" in WithWeak.__dict__, "__dict__" in WithWeak.__dict__)
try:
    class Bad:
        __slots__ = ("x", "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)
class Dict:
    __slots__ = {"p": "doc for p", "q": None}
print(Dict.p.__doc__, sorted(Dict.__slots__))
