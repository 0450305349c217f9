# Docstrings and text signatures of builtin functions, methods, slot wrappers, descriptors and types
# (CPython keeps `name(sig)\n--\n\ndoc` and splits it into __doc__ and __text_signature__)
import functools
import inspect


def show(label, obj):
    print(label, repr(obj.__doc__), repr(getattr(obj, "__text_signature__", "-")))


def sig(obj):
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


# Builtin functions: with a signature, without one (max, getattr), keyword-only parameters (print)
for f in (abs, len, divmod, isinstance, sorted, max, getattr, iter, print, format, pow, round, __import__):
    show(f.__name__, f)
    print("  signature:", sig(f))

# Methods, as descriptors of their type and bound to an instance
show("str.upper", str.upper)
show("str.replace", str.replace)
print("str.replace:", sig(str.replace), "|", sig("x".replace))
show("dict.get", dict.get)
print("dict.get:", sig(dict.get), "|", sig({}.get))
show("[].append", [].append)
print("[].append:", sig([].append), "|", sig(list.append))
print("list.sort:", sig(list.sort), "| list.pop:", sig(list.pop), "| bytes.hex:", sig(bytes.hex))
print("str.split:", sig(str.split), "| int.to_bytes:", sig(int.to_bytes))
print("set.add:", sig(set.add), "| tuple.index:", sig(tuple.index), "| range.count:", sig(range.count))
print("BaseException.with_traceback:", repr(BaseException.with_traceback.__doc__))

# Slot wrappers and method-wrappers
show("int.__add__", int.__add__)
show("(1).__add__", (1).__add__)
print("int.__add__:", sig(int.__add__), "|", sig((1).__add__))
show("object.__init__", object.__init__)
print("object.__init__:", sig(object.__init__))
show("list.__len__", list.__len__)
show("float.__repr__", float.__repr__)
show("bool.__and__", bool.__and__)
show("object.__eq__", object.__eq__)
show("type.__call__", type.__call__)

# __new__, class methods and static methods
show("int.__new__", int.__new__)
print("object.__new__:", sig(object.__new__))
show("dict.fromkeys", dict.fromkeys)
print("dict.fromkeys:", sig(dict.fromkeys))
d = dict.__dict__["fromkeys"]
show("dict.__dict__['fromkeys']", d)
print(d.__name__, d.__qualname__, d.__objclass__, sig(d), d(dict, "ab"))
show("int.from_bytes", int.from_bytes)
show("str.maketrans", str.maketrans)
print("str.maketrans:", sig(str.maketrans).replace(hex(id(str)), "0x..."))
show("object.__init_subclass__", object.__init_subclass__)
show("object.__subclasshook__", object.__subclasshook__)

# Getset and member descriptors: their doc as it is, no signature
for name, descr in (("int.real", int.__dict__["real"]), ("complex.imag", complex.__dict__["imag"]),
                    ("BaseException.__cause__", BaseException.__dict__["__cause__"]),
                    ("StopIteration.value", StopIteration.__dict__["value"]),
                    ("OSError.errno", OSError.__dict__["errno"]), ("memoryview.nbytes", memoryview.__dict__["nbytes"])):
    print(name, repr(descr.__doc__))

# Types: __doc__ without the signature, __text_signature__, inspect.signature
for t in (object, type, int, bool, float, complex, str, bytes, list, tuple, dict, set, frozenset, range, slice,
          memoryview, property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed):
    doc = t.__doc__
    print(t.__name__, repr(doc.splitlines()[0]), len(doc), repr(t.__text_signature__), sig(t))
print(repr(BaseException.__doc__), repr(ValueError.__doc__), repr(KeyError.__doc__), repr(ExceptionGroup.__doc__))
print(list.__dict__["__doc__"] == list.__doc__, [].__doc__ == list.__doc__, (5).__doc__ == int.__doc__)


# A class derived from a builtin type takes its base's signature; its own doc is None
class MyList(list):
    pass


class WithDoc(dict):
    "A dict."


print(repr(MyList.__doc__), repr(MyList.__text_signature__), sig(MyList), sig(MyList().append))
print(repr(WithDoc.__doc__), repr(WithDoc.__text_signature__), sig(WithDoc))


# A class whose docstring has the internal form gets a text signature too (tp_doc)
class Sig:
    "Sig(a, b=2)\n--\n\nMade from a and b."


print(repr(Sig.__doc__), repr(Sig.__text_signature__))


# functools.wraps copies a builtin's doc; the wrapper's signature is the wrapped one's
@functools.wraps(len)
def my_len(obj):
    return len(obj)


print(my_len.__name__, repr(my_len.__doc__), sig(my_len), my_len([1, 2]))
print(inspect.getdoc(str.strip))
print(inspect.getdoc(range).splitlines()[0])
