# __slots__: no __dict__, attribute errors, inheritance with and without slots, defaults
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(5)
q.anything = 1
print(q.anything, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1)
r.z = 2
print(r.x, r.z, hasattr(r, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Mangled:
    __slots__ = ("__private",)
    def __init__(self):
        self.__private = "hidden"
    def get(self):
        return self.__private
print(Mangled().get(), sorted(k for k in Mangled.__dict__ if "private" in k))
print(P.x.__name__, P.x.__objclass__.__name__)
