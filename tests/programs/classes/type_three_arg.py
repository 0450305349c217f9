# type(name, bases, dict) creates classes dynamically; class attributes and introspection
def greet(self):
    return "hi from " + type(self).__name__
Dyn = type("Dyn", (), {"greet": greet, "x": 1})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, d.greet(), d.x, Dyn.__bases__)
Sub = type("Sub", (Dyn,), {"y": 2, "__doc__": "sub doc"})
print(Sub().greet(), Sub.y, Sub.x, Sub.__doc__, [c.__name__ for c in Sub.__mro__])
print(type(d), type(Dyn), type(type), type(object), type(None).__name__)
try:
    type("X", 1, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
Dyn.z = 10
print(d.z, "z" in Dyn.__dict__, type(Dyn.__dict__).__name__)
try:
    Dyn.__dict__["w"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
Dyn.__name__ = "Renamed"
print(Dyn.__name__, Dyn.__qualname__)
print(object.__name__, object.__bases__, object.__mro__, type.__mro__, type.__bases__)
print(len(dir(object)) > 20, "__init__" in dir(Dyn), "greet" in dir(d))
