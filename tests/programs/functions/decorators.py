# Decorators: plain, with arguments, stacked, class decorators, __wrapped__ via assignment
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@trace
def add(a, b=1):
    """adds"""
    return a + b
add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__(5), add.__qualname__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"))
order = []
def mark(tag):
    order.append("make " + tag)
    def deco(fn):
        order.append("apply " + tag)
        return fn
    return deco
@mark("a")
@mark("b")
@mark("c")
def stacked():
    pass
print(order)
def register(cls):
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(Thing.registered)
def replace_with_value(fn):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
registry = {}
@lambda fn: registry.setdefault(fn.__name__, fn)
def via_lambda():
    return "lam"
print(sorted(registry), via_lambda())
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def counted(x):
    return x * 2
counted(1); counted(2)
print(counted.calls, counted(5))
@(lambda f: f)
@(lambda f: f) if True else None
def weird():
    return "weird ok"
print(weird())
