# split()/subgroup() copy __traceback__, __cause__, __context__ and __notes__ to derived groups; leaves keep identity
def make():
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except ExceptionGroup as e:
        return e
eg = make()
eg.add_note("a note")
eg.__context__ = KeyError("ctx")
v, rest = eg.split(ValueError)
print(v.__notes__, rest.__notes__, repr(v.__context__), v.__traceback__ is eg.__traceback__)
print(v.exceptions[0] is eg.exceptions[0], rest.exceptions[0] is eg.exceptions[1])
print(v.message, type(v).__name__, v is not eg)
class Custom(ExceptionGroup):
    def __new__(cls, msg, excs, extra="default"):
        self = super().__new__(cls, msg, excs)
        self.extra = extra
        return self
    def __init__(self, msg, excs, extra="default"):
        super().__init__(msg, excs)
    def derive(self, excs):
        return Custom(self.message, excs, extra=self.extra + "-derived")
c = Custom("custom", [ValueError(1), KeyError(2)], extra="x")
m, r = c.split(KeyError)
print(type(m).__name__, m.extra, r.extra, repr(m), repr(r))
print(repr(c.subgroup(lambda e: True)), c.subgroup(lambda e: True) is c)
