# Class definition basics: attributes, methods, instance dicts, class vs instance attributes
class Dog:
    """A dog."""
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def bark(self, times=1):
        return " ".join([f"{self.name}: woof"] * times)
    def __repr__(self):
        return f"Dog({self.name!r})"
a = Dog("rex")
b = Dog("fido")
print(a, b, a.bark(), b.bark(2), Dog.count, a.count, a.species)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__, Dog.__bases__)
print(a.__dict__, sorted(k for k in Dog.__dict__ if not k.startswith("__")))
a.species = "lupus"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "changed"
print(a.species, b.species)
print(Dog.bark(a), Dog.bark(b, times=2))
a.extra = [1]
print(a.__dict__, hasattr(b, "extra"))
print(type(a) is Dog, type(a).__name__, a.__class__ is Dog, isinstance(a, Dog), isinstance(a, object))
print(repr(Dog), str(Dog), Dog.__class__, type(Dog))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, vars(e), Empty.__doc__, Empty.__bases__, Empty.__mro__)
try:
    e.missing
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Empty.missing
except AttributeError as err:
    print(type(err).__name__, err)
print(getattr(e, "missing", "default"), setattr(e, "y", 2), e.y, delattr(e, "y"), hasattr(e, "y"))
