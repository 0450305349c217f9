# A suppress/capture context manager implemented by hand; __exit__ receiving exceptions; exceptions in nested withs
class suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with suppress(KeyError) as s:
    {}["missing"]
print("suppressed:", repr(s.caught))
with suppress(ValueError, TypeError) as s:
    int("x")
print("suppressed:", repr(s.caught))
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", repr(e))
class Tracer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
try:
    with Tracer("outer"), Tracer("inner"):
        raise RuntimeError("deep")
except RuntimeError as e:
    print("caught", e)
with suppress(ZeroDivisionError):
    with Tracer("nested"):
        1 / 0
print("after nested")
def gen():
    with Tracer("in generator"):
        yield 1
        yield 2
for v in gen():
    if v == 1:
        break
print("after generator loop")
