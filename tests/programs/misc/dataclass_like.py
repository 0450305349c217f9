# A hand-written dataclass-style decorator: generates __init__, __repr__, __eq__, ordering from annotations
def record(cls=None, *, order=False, frozen=False):
    def wrap(cls):
        fields = list(cls.__dict__.get("__annotations__", {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        def __init__(self, *args, **kw):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} positional arguments")
            vals = dict(zip(fields, args))
            for k, v in kw.items():
                if k not in fields:
                    raise TypeError(f"unexpected field {k!r}")
                if k in vals:
                    raise TypeError(f"duplicate field {k!r}")
                vals[k] = v
            for f in fields:
                if f not in vals:
                    if f not in defaults:
                        raise TypeError(f"missing field {f!r}")
                    vals[f] = defaults[f]
                object.__setattr__(self, f, vals[f])
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def astuple(self):
            return tuple(getattr(self, f) for f in fields)
        def __eq__(self, other):
            return type(other) is type(self) and astuple(self) == astuple(other)
        cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
        cls.__hash__ = (lambda self: hash(astuple(self))) if frozen else None
        if order:
            cls.__lt__ = lambda self, o: astuple(self) < astuple(o)
        if frozen:
            def __setattr__(self, k, v):
                raise AttributeError(f"cannot assign to field {k!r}")
            cls.__setattr__ = __setattr__
        cls.__fields__ = tuple(fields)
        return cls
    return wrap if cls is None else wrap(cls)
@record
class Point:
    x: int
    y: int = 0
@record(order=True, frozen=True)
class Version:
    major: int
    minor: int
    patch: int = 0
p = Point(1)
print(p, Point(1, 2), Point(y=5, x=3), p == Point(1, 0), p == Point(2), Point.__fields__)
p.x = 10
print(p)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), {Version(1, 2): "v"}[Version(1, 2)])
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vs[0].major = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
