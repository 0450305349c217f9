# throw() of a class whose constructor returns a non-exception raises TypeError inside the
# generator; raise of such a class; generator __name__/__qualname__ must be str.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield

gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print("TypeError", e)
try:
    next(gen)
except StopIteration:
    print("finished")

def catching():
    try:
        yield
    except TypeError as e:
        print("caught inside:", e)
        yield "after"

gen = catching()
next(gen)
print(gen.throw(E))

for cls in (E,):
    try:
        raise cls
    except TypeError as e:
        print("raise:", e)
class F(Exception):
    def __new__(cls, *a):
        return 5
try:
    raise F
except TypeError as e:
    print("raise:", e)

def func():
    yield 1
g = func()
g.__name__ = "name"
g.__qualname__ = "qualname"
print(g.__name__, g.__qualname__)
for attr, v in [("__name__", 123), ("__qualname__", 123)]:
    try:
        setattr(g, attr, v)
    except TypeError as e:
        print("TypeError", e)
for attr in ("__name__", "__qualname__"):
    try:
        delattr(g, attr)
    except TypeError as e:
        print("TypeError", e)

async def agen():
    yield 1
a = agen()
a.__name__ = "renamed"
print(a.__name__)
try:
    a.__qualname__ = None
except TypeError as e:
    print("TypeError", e)
