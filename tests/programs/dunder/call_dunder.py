# __call__ on instances, callable(), calling classes, __call__ defined on metaclass, non-callables
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
for v in [1, "s", None, [1], (1,)]:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
class M(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
m = M(3, )
print(m.v)
class Instance:
    pass
i = Instance()
i.__call__ = lambda: "instance attr __call__ is ignored"
try:
    i()
except TypeError as e:
    print(type(e).__name__, e)
class CallViaInstance:
    __call__ = Adder(100)
print(CallViaInstance()(1))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
print(callable(print), callable(type), callable(object()), callable(Chain))
