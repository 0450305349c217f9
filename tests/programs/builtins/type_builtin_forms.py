# type() one-arg on many values, type identity comparisons, type names of builtin iterator and view types
vals = [1, True, 1.5, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented,
        len, print, type, object(), iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(1)), reversed([]), {}.keys(), {}.values(), {}.items(),
        zip(), map(len, []), filter(None, []), enumerate([]), (x for x in []), lambda: 0, memoryview(b""), property(), staticmethod(len), classmethod(len), super(int, 1)]
print([type(v).__name__ for v in vals])
print(type(1) is int, type(True) is bool, type(True) is int, type(type) is type, type(object) is type)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(str.join).__name__, type([].append).__name__, type(dict.fromkeys).__name__)
print(type(type.__dict__["__name__"]).__name__, type(int.__dict__["real"]).__name__, type(object.__dict__["__class__"]).__name__)
