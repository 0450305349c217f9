# Metaclass methods and attributes: class-level properties, __repr__, __len__/__iter__ on classes, __getattr__ on metaclass
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls
    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, item):
        return item in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]
    def __repr__(cls):
        return f"<enum {cls.__name__}>"
    def __getattr__(cls, name):
        raise AttributeError(f"{cls.__name__} has no member {name!r}")
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
print(list(Color), len(Color), 2 in Color, 5 in Color, Color["BLUE"], repr(Color), Color)
try:
    Color.PURPLE
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
print(R1.classes if hasattr(R1, "classes") else "no")
try:
    R1().classes
except AttributeError as e:
    print(type(e).__name__, e)
class Ops(type):
    def __add__(cls, other):
        return f"{cls.__name__}+{other.__name__}"
    def __eq__(cls, other):
        return cls.__name__ == getattr(other, "__name__", None)
    __hash__ = type.__hash__
class P(metaclass=Ops): pass
class Q(metaclass=Ops): pass
print(P + Q, P == Q, P == P)
