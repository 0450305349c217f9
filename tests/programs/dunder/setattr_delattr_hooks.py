# __setattr__/__delattr__ hooks see every assignment, including from __init__ and augmented assignment
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f"del {name}")
        super().__delattr__(name)
    def __getattribute__(self, name):
        if name == "a":
            print("get a")
        return super().__getattribute__(name)
x = Logged()
x.a += 5
x.b = [1]
x.b += [2]
del x.b
print(x.a)
setattr(x, "c", 3)
delattr(x, "c")
class Frozen:
    __slots__ = ("v",)
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, val):
        raise AttributeError(f"{type(self).__name__} is frozen")
    __delattr__ = __setattr__
f = Frozen(3)
for action in [lambda: setattr(f, "v", 4), lambda: delattr(f, "v")]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(f.v)
