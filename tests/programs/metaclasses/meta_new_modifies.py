# Metaclass __new__ that rewrites the namespace: auto-properties, method wrapping, validation of required attributes
class AutoProps(type):
    def __new__(mcls, name, bases, ns):
        fields = ns.get("fields", ())
        for f in fields:
            def make(f):
                return property(lambda self: self._data[f], lambda self, v: self._data.__setitem__(f, v))
            ns[f] = make(f)
        for k, v in list(ns.items()):
            if callable(v) and k.startswith("do_"):
                def wrap(fn):
                    def wrapper(self, *a):
                        return f"[{fn.__name__}] " + str(fn(self, *a))
                    return wrapper
                ns[k] = wrap(v)
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=AutoProps):
    fields = ("a", "b")
    def __init__(self):
        self._data = {"a": 1, "b": 2}
    def do_sum(self):
        return self.a + self.b
r = Rec()
r.a = 10
print(r.a, r.b, r.do_sum(), type(Rec.a).__name__)
class Required(type):
    def __new__(mcls, name, bases, ns):
        if bases and "run" not in ns:
            raise TypeError(f"{name} must define run()")
        return super().__new__(mcls, name, bases, ns)
class Task(metaclass=Required):
    pass
class Good(Task):
    def run(self):
        return "ran"
print(Good().run())
try:
    class Bad(Task):
        pass
except TypeError as e:
    print(type(e).__name__, e)
