# Pickling builtin methods: static methods (bytes.maketrans) and __new__ of builtin types reduce to
# getattr(type, name) like bound methods do; repr and __self__ of those builtins.
import copy
import pickle

def show(f):
    r = repr(f)
    print(r[:r.index(" at 0x")] + ">" if " at 0x" in r else r, f.__qualname__, f.__self__, f.__reduce__())

for f in [bytearray.maketrans, bytes.maketrans, str.maketrans, dict.fromkeys, bytes.fromhex,
          int.__new__, object.__new__, tuple.__new__, list.__new__, type.__new__]:
    show(f)

class MyInt(int):
    pass
class MyObj:
    pass
print(MyInt.__new__ is int.__new__, MyObj.__new__ is object.__new__, MyInt.__new__.__self__)
print(repr(str.__dict__["maketrans"])[:46])

global Subclass
class Subclass(tuple):
    class Nested(str):
        pass

methods = [
    ("abcd".index, ("c",)), (str.index, ("abcd", "c")), ([1, 2, 3].__len__, ()), (list.__len__, ([1, 2, 3],)),
    ({1, 2}.__contains__, (2,)), (set.__contains__, ({1, 2}, 2)), (dict.fromkeys, (("a", 1), ("b", 2))),
    (bytearray.maketrans, (b"abc", b"xyz")), (bytes.maketrans, (b"ab", b"cd")), (str.maketrans, ("ab", "cd")),
    (int.__new__, (int, "42")), (object.__new__, (MyObj,)), (tuple.__new__, (tuple, [1, 2])),
    (Subclass([1, 2, 2]).count, (2,)), (Subclass.count, (Subclass([1, 2, 2]), 2)),
    (Subclass.Nested("sweet").count, ("e",)), (Subclass.Nested.count, (Subclass.Nested("sweet"), "e")),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    ok = []
    for method, args in methods:
        u = pickle.loads(pickle.dumps(method, proto))
        a, b = method(*args), u(*args)
        ok.append(a == b if not isinstance(a, MyObj) else type(a) is type(b))
    print(proto, ok)
print(pickle.loads(pickle.dumps(int.__new__)) is int.__new__, copy.deepcopy(str.maketrans) is str.maketrans)

# the descriptors themselves do not pickle
for descr in [bytearray.__dict__["maketrans"], dict.__dict__["fromkeys"]]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(descr, proto)
        except TypeError as e:
            print(proto, type(e).__name__, e)

# __getnewargs_ex__ with keyword arguments below protocol 4: partial(cls.__new__, cls, *args, **kwargs)
class SimpleNewObj(int):
    def __init__(self, *args, **kwargs):
        raise TypeError("SimpleNewObj.__init__() didn't expect to get called")
    def __eq__(self, other):
        return int(self) == int(other) and self.__dict__ == other.__dict__
class ComplexNewObjEx(SimpleNewObj):
    def __getnewargs_ex__(self):
        return ('%X' % self,), {'base': 16}
x = ComplexNewObjEx.__new__(ComplexNewObjEx, 0xface)
x.abc = 666
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        s = pickle.dumps(x, proto)
        y = pickle.loads(s)
        print(proto, type(y).__name__, int(y), y.__dict__, b"FACE" in s, pickle.NEWOBJ_EX in s)
    except Exception as e:
        print(proto, type(e).__name__, e)
