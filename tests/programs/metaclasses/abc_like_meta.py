# An ABC-like metaclass: abstract methods tracked by a metaclass, instantiation refused, __subclasshook__-style registry
def abstract(fn):
    fn.__isabstract__ = True
    return fn
class ABCish(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {k for k, v in ns.items() if getattr(v, "__isabstract__", False)}
        for b in bases:
            for k in getattr(b, "__abstracts__", ()):
                if getattr(getattr(cls, k), "__isabstract__", False):
                    abstracts.add(k)
        cls.__abstracts__ = frozenset(abstracts)
        cls._registered = []
        return cls
    def __call__(cls, *a, **k):
        if cls.__abstracts__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(sorted(cls.__abstracts__))}")
        return super().__call__(*a, **k)
    def register(cls, sub):
        cls._registered.append(sub)
        return sub
    def __instancecheck__(cls, inst):
        return any(issubclass(type(inst), r) for r in cls._registered) or super().__instancecheck__(inst)
class Base(metaclass=ABCish):
    @abstract
    def run(self): pass
    @abstract
    def stop(self): pass
class Half(Base):
    def run(self): return "running"
class Full(Half):
    def stop(self): return "stopped"
for cls in (Base, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.run(), obj.stop())
    except TypeError as e:
        print(type(e).__name__, e)
@Base.register
class Unrelated:
    pass
print(isinstance(Unrelated(), Base), isinstance(Full(), Base), isinstance(5, Base))
