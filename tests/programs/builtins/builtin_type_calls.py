# Calling the builtin types with positional arguments (their own shortcut), against what
# __new__ then __init__ give: results, identities, errors, subclasses, and the arguments'
# own methods (__iter__, __index__, __int__, __float__, __str__, __bool__, __reversed__).

class Seq:
    def __init__(self, n): self.n = n; self.calls = 0
    def __iter__(self):
        self.calls += 1
        return iter(range(self.n))
    def __len__(self): return self.n

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v

class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __str__(self): return "Num!"
    def __bool__(self): return False

class Rev:
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3

def show(label, f):
    try:
        v = f()
        print(label, type(v).__name__, repr(v))
    except Exception as e:
        print(label, "raises", type(e).__name__, e)

t = (1, 2, 3)
l = [1, 2, 3]
show("list()", lambda: list())
show("list(l)", lambda: list(l))
print("list copy is new", list(l) is not l, list(l) == l)
show("list(t)", lambda: list(t))
show("list(str)", lambda: list("abc"))
show("list(dict)", lambda: list({"a": 1, "b": 2}))
s = Seq(4)
show("list(Seq)", lambda: list(s)); print("iter calls", s.calls)
show("list(1,2)", lambda: list(1, 2))
show("list(5)", lambda: list(5))
show("tuple()", lambda: tuple())
E = ()
print("tuple() is E", tuple() is E)
show("tuple(t)", lambda: tuple(t))
print("tuple(t) is t", tuple(t) is t)
show("tuple(l)", lambda: tuple(l))
print("tuple([]) is E", tuple([]) is E)
show("tuple(gen)", lambda: tuple(x * 2 for x in range(3)))
show("tuple(1,2)", lambda: tuple(1, 2))
show("tuple(None)", lambda: tuple(None))
show("dict()", lambda: dict())
show("dict(pairs)", lambda: dict([(1, 2)]))
show("set()", lambda: set())
show("set(l)", lambda: set([3, 1, 3]))
show("set(1,2)", lambda: set(1, 2))
show("set(5)", lambda: set(5))
show("frozenset()", lambda: frozenset())
fs = frozenset([1])
print("frozenset(fs) is fs", frozenset(fs) is fs)
show("frozenset(1,2)", lambda: frozenset(1, 2))
show("str()", lambda: str())
show("str(12)", lambda: str(12))
show("str(-2**70)", lambda: str(-2 ** 70))
show("str(1.5)", lambda: str(1.5))
show("str(Num)", lambda: str(Num()))
show("str(b'x')", lambda: str(b"x"))
show("str(1,2,3,4)", lambda: str(1, 2, 3, 4))
show("int()", lambda: int())
show("int(3.9)", lambda: int(-3.9))
show("int('12')", lambda: int(" 12 "))
show("int('x')", lambda: int("x"))
show("int(Num)", lambda: int(Num()))
show("int(True)", lambda: int(True))
show("int(1e300)", lambda: int(1e300))
show("int(nan)", lambda: int(float("nan")))
show("int('ff', 16)", lambda: int("ff", 16))
show("int(None)", lambda: int(None))
show("float()", lambda: float())
show("float(3)", lambda: float(3))
show("float(2**1100)", lambda: float(2 ** 1100))
show("float('1e3')", lambda: float("1e3"))
show("float(Num)", lambda: float(Num()))
f = 1.25
print("float(f) is f", float(f) is f)
show("float(1,2)", lambda: float(1, 2))
show("bool()", lambda: bool())
show("bool(Num)", lambda: bool(Num()))
show("bool([])", lambda: bool([]))
show("bool(1,2)", lambda: bool(1, 2))
show("range(5)", lambda: range(5))
show("range(Idx)", lambda: range(Idx(3)))
show("range(1,Idx)", lambda: range(1, Idx(4)))
show("range(1,9,2)", lambda: range(1, 9, 2))
show("range(Idx,Idx,Idx)", lambda: range(Idx(1), Idx(2), Idx(0)))
show("range(1,2,0)", lambda: range(1, 2, 0))
show("range()", lambda: range())
show("range(1.5)", lambda: range(1.5))
show("range(2**70)", lambda: len(range(2 ** 70)) if False else range(2 ** 70))
show("enumerate(l)", lambda: list(enumerate(l)))
show("enumerate(l, 5)", lambda: list(enumerate(l, 5)))
show("enumerate()", lambda: enumerate())
show("enumerate(5)", lambda: enumerate(5))
show("zip()", lambda: list(zip()))
show("zip(l, t)", lambda: list(zip(l, "ab")))
show("zip(5)", lambda: zip(5))
show("reversed(l)", lambda: list(reversed(l)))
show("reversed(Rev)", lambda: list(reversed(Rev())))
show("reversed(5)", lambda: reversed(5))
show("reversed()", lambda: reversed())

# Subclasses take the general path (their own __new__/__init__).
class L(list):
    def __init__(self, *a):
        print("L.__init__", a)
        super().__init__(*a)
class T(tuple):
    pass
class S(str):
    def __new__(cls, v): return super().__new__(cls, "<" + str(v) + ">")
class I(int):
    pass
show("L(t)", lambda: L(t))
show("T(l)", lambda: T(l))
print("T(t) is t", T(t) is t, type(T(t)).__name__)
show("S(5)", lambda: S(5))
show("I(5)", lambda: I(5))
show("type(I(5))", lambda: type(I(5)))

# The builtin types cannot be changed, so the shortcut stays right.
show("list.__init__ = ...", lambda: setattr(list, "__init__", None))

# Keywords take the general path.
show("int(x=1)", lambda: int(x="1"))
show("str(object=3)", lambda: str(object=3))
show("list(iterable=l)", lambda: list(iterable=l))
show("enumerate(start=2, iterable=l)", lambda: list(enumerate(start=2, iterable=l)))
show("zip(strict=True)", lambda: list(zip(l, l, strict=True)))

# In a loop hot enough for the compiled tiers.
acc = []
for i in range(3000):
    acc.append((len(list(range(i % 5))), tuple([i % 3]), str(i % 7), int(float(i % 4)), bool(i % 2), len(set([i % 3, 1]))))
print(acc[-1], sum(a[0] for a in acc), len(set(acc)))
