# Assorted builtin predicates: callable on many objects, isinstance with unions/tuples, issubclass edge cases, hasattr with properties raising
class Raises:
    @property
    def bad(self):
        raise ValueError("property raised")
    @property
    def attr_err(self):
        raise AttributeError("looks missing")
r = Raises()
print(hasattr(r, "attr_err"))
try:
    hasattr(r, "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(r, "attr_err", "default used"))
objs = [len, print, type, int, object(), 5, "s", lambda: 0, Raises, r, Raises.__init__, [].append, str.upper, (x for x in []), classmethod(len), staticmethod(len)]
print([callable(o) for o in objs])
print(isinstance(3, int | float), isinstance(3.0, (int, float)), isinstance("3", int | float | None), isinstance(None, type(None) | int))
print(issubclass(int, int), issubclass(bool, bool | str), issubclass(type, type), issubclass(object, object))
try:
    isinstance(3, int | "str")
except TypeError as e:
    print(type(e).__name__, e)
