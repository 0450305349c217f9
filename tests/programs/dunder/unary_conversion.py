# Unary and conversion dunders: __neg__ __pos__ __abs__ __invert__ __int__ __float__ __complex__ __index__ __round__ __trunc__ __floor__ __ceil__ __bool__ __len__
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __round__(self, nd=None): return f"round({nd})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = N()
print(-n, +n, abs(n), ~n, int(n), float(n), complex(n), bin(n), round(n), round(n, 2))
print([10, 20, 30, 40][n], "abcdef"[n:], range(10)[n], hex(n), oct(n))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class NoOps:
    pass
for expr in ["-NoOps()", "+NoOps()", "abs(NoOps())", "~NoOps()", "int(NoOps())", "float(NoOps())", "round(NoOps())", "len(NoOps())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
class L:
    def __len__(self): return 5
print(len(L()), bool(L()))
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self): return 1.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BoolAndLen:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(BoolAndLen()), not BoolAndLen())
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
