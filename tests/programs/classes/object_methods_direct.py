# Calling object's dunder methods directly: __setattr__/__getattribute__/__delattr__/__init__/__eq__/__hash__ on instances
class P:
    pass
p = P()
object.__setattr__(p, "x", 1)
print(object.__getattribute__(p, "x"), p.x)
object.__delattr__(p, "x")
print(hasattr(p, "x"))
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object.__getattribute__(p, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, 1), object.__hash__(p) == hash(p))
print(object.__lt__(p, p), object.__reduce_ex__ is not None, object.__class__ is type)
print(P.__init__ is object.__init__, P.__new__ is object.__new__, P.__repr__ is object.__repr__)
print(object.__init__(p) is None, type(object.__str__(p)).__name__)
print(object.__dir__(p)[:0], object.__sizeof__(p) > 0, object.__format__(p, "") == str(p))
try:
    object.__format__(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(object.__subclasshook__(), object.__init_subclass__())
print(type.__call__(P).__class__ is P, type.__name__, type.__qualname__)
