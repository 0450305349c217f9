# __getattr__ (fallback) vs __getattribute__ (always), __setattr__, __delattr__, recursion-safe patterns
class Fallback:
    real = "real attr"
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.real, f.missing, getattr(f, "other"), hasattr(f, "anything"))
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        raise AttributeError(name)
l = Logged()
print(l.x)
print(getattr(l, "nope", "default"))
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
g = Guard()
g.a = 1
try:
    g._b = 2
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
print(vars(g))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class T:
    pass
t = T()
p = Proxy(t)
p.v = 10
print(t.v, p.v, sorted(vars(p)), vars(t))
class RaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(RaisesOther(), "z")
except KeyError as e:
    print(type(e).__name__, e)
class GetattributeRaises:
    def __getattribute__(self, name):
        raise AttributeError("from getattribute " + name)
    def __getattr__(self, name):
        return "rescued " + name
print(GetattributeRaises().q)
print(type(GetattributeRaises()).__name__)
