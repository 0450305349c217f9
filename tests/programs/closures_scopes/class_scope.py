# Class scopes: class body names are not visible in methods or nested comprehensions' bodies
x = "global"
class A:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = [i for i in range(3) if True]
print(A.y, A().m(), A.z, A.w)
class B:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        pairs = [(a, b) for a in items for b in items if b > a]
    except NameError as e:
        pairs = str(e)
print(B.doubled, B.pairs)
class C:
    n = 5
    try:
        vals = [n for _ in range(2)]
    except NameError as e:
        vals = type(e).__name__ + ": " + str(e)
print(C.vals)
def f():
    v = "func local"
    class D:
        w = v
        def get(self):
            return v
    return D.w, D().get()
print(f())
def g():
    y = "enclosing"
    class E:
        y = "class-level"
        def get(self):
            return y
        seen = y
    return E().get(), E.seen
print(g())
def h():
    q = 1
    class F:
        nonlocal q
        q = 2
    return q
print(h())
class G:
    a = 1
    b = a + 1
    del a
print(hasattr(G, "a"), G.b)
class Outer:
    class Inner:
        pass
    ref = Inner
print(Outer.Inner.__qualname__, Outer.ref.__name__)
def locals_in_class():
    val = 3
    class H:
        val = 10
        r = locals().get("val")
    return H.r
print(locals_in_class())
