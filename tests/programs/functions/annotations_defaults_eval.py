# Default values and annotations are evaluated at definition time, in order
log = []
def note(x):
    log.append(x)
    return x
def f(a: note("ann_a") = note("def_a"), *, b: note("ann_b") = note("def_b")) -> note("ann_ret"):
    return a, b
print(log)
print(f(), f.__annotations__)
x = 10
def g(y=x):
    return y
x = 20
print(g())
class A:
    n = 5
    def m(self, k=n * 2):
        return k
print(A().m())
def h(a: int, b: "forward") -> None:
    pass
print(h.__annotations__)
v: int = 5
w: str
print(__annotations__ if "__annotations__" in dir() else {}, v)
try:
    print(w)
except NameError as e:
    print(type(e).__name__, e)
class Ann:
    p: int
    q: str = "q"
print(Ann.__annotations__, Ann.q, hasattr(Ann, "p"))
def local_ann():
    z: int = 1
    zz: int
    return z
print(local_ann())
