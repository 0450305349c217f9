# Pickling instances through __reduce_ex__ / copyreg, hooks of the Pickler and Unpickler.
import pickle, io, copyreg, collections, functools

class A:
    def __init__(self): self.x = 1; self.y = [1, 2]
    def __eq__(self, o): return type(o) is A and o.__dict__ == self.__dict__
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class SD(S):
    pass
class L(list): pass
class D(dict): pass
class I(int): pass
class Str(str): pass
class T(tuple): pass
class NA:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): o = object.__new__(cls); o.args = a; return o
class NX:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): o = object.__new__(cls); o.args = (a, k); return o
class R:
    def __reduce__(self): return (R, ())
class RS:
    def __reduce__(self): return "rs_global"
rs_global = RS()
class St:
    def __getstate__(self): return {'s': 1}
    def __setstate__(self, st): self.__dict__.update(st)
class Outer:
    class Inner: pass
def setter(obj, state): obj.via_setter = state
class WithSetter:
    def __reduce__(self): return (WithSetter, (), {'v': 1}, None, None, setter)
class ListItems:
    def __init__(self): self.items = []
    def append(self, x): self.items.append(x)
    def extend(self, xs): self.items.extend(xs)
    def __reduce__(self): return (ListItems, (), None, iter([1, 2, 3]))

sl = S(); sl.b = 5
sd = SD()
objs = [A(), S(), sl, sd, L([1, 2]), D(a=1), I(5), Str("s"), T((1, 2)), NA(), NX(), R(), rs_global, St(), Outer.Inner,
        Outer.Inner(), collections.OrderedDict(a=1), collections.deque([1, 2]), WithSetter(), ListItems(),
        functools.partial(max, 1), 3 + 4j, range(1, 10, 2), slice(1, 2, 3), frozenset({1}), object()]
for proto in range(6):
    for obj in objs:
        try:
            s = pickle.dumps(obj, proto)
            print(proto, type(obj).__name__, s)
            o2 = pickle.loads(s)
            print("  loaded", type(o2).__name__, pickle.dumps(o2, proto) == s, sorted(getattr(o2, "__dict__", {}).items()) if type(o2).__module__ == "__main__" else "")
        except Exception as e:
            print(proto, type(obj).__name__, type(e).__name__, e)

print(A().__reduce_ex__(2)[1:], A().__reduce_ex__(1)[1:], A().__reduce_ex__(0)[1:])
print(sl.__reduce_ex__(2)[1:], S().__getstate__(), A().__getstate__(), object().__getstate__())
print(NX().__reduce_ex__(2)[1:], NA().__reduce_ex__(4)[1:])
try:
    sl.__reduce_ex__(1)
except TypeError as e:
    print("TypeError", e)

# persistent_id / persistent_load
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return "pid:" + obj if isinstance(obj, str) and obj.startswith("ext") else None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid
for proto in range(6):
    f = io.BytesIO()
    P(f, proto).dump(["ext1", "int", ("ext2",)])
    print(proto, f.getvalue())
    f.seek(0)
    print(U(f).load())
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda o: "X" if o == 5 else None
p.dump([5, 6])
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: ("got", pid)
print(f.getvalue(), u.load())

# dispatch_table and reducer_override
class P2(pickle.Pickler):
    dispatch_table = {A: lambda a: (int, (7,))}
f = io.BytesIO(); P2(f, 2).dump([A(), 1]); print(f.getvalue(), pickle.loads(f.getvalue()))
p = pickle.Pickler(io.BytesIO(), 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[complex] = lambda c: (complex, (0.0, 1.0))
p.dump(5 + 6j)
class P3(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len: return (abs, ())
        return NotImplemented
f = io.BytesIO(); P3(f, 4).dump([len, abs, 1]); print(f.getvalue())

# Pickler objects: memo, clear_memo, fast, several dumps to one file
f = io.BytesIO()
p = pickle.Pickler(f, 2)
x = [1]
p.dump(x); p.dump(x); p.clear_memo(); p.dump(x)
print(f.getvalue())
print(type(p.memo).__name__, p.memo.copy() == {}, p.bin, p.fast)
p.dump([x, x])
print(sorted(v[0] for v in p.memo.copy().values()))
p2 = pickle.Pickler(io.BytesIO(), 2); p2.memo = p.memo; print(len(p2.memo.copy()))
f = io.BytesIO(); p = pickle.Pickler(f, 2); p.fast = 1; p.dump([x, x, (x,)]); print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), type(u.memo).__name__, u.memo.copy())

# Protocol 5 buffers
for proto in (4, 5):
    for b in [pickle.PickleBuffer(b"abc"), pickle.PickleBuffer(bytearray(b"xyz"))]:
        try:
            s = pickle.dumps(b, proto)
            print(proto, s, pickle.loads(s))
        except Exception as e:
            print(proto, type(e).__name__, e)
bufs = []
s = pickle.dumps([pickle.PickleBuffer(b"abc"), pickle.PickleBuffer(bytearray(b"xyz"))], 5, buffer_callback=bufs.append)
print(s, len(bufs))
r = pickle.loads(s, buffers=bufs)
print([bytes(x) for x in r], [type(x).__name__ for x in r])
pb = pickle.PickleBuffer(b"hello")
print(bytes(pb.raw()), pb.raw().readonly, bytes(memoryview(pb)))
pb.release()
try:
    pb.raw()
except ValueError as e:
    print("ValueError", e)

# Python 2 pickles: names mapped by _compat_pickle, 8-bit strings decoded
print(pickle.loads(b"c__builtin__\nxrange\np0\n(I0\nI3\nI1\ntp1\nRp2\n."))
print(pickle.loads(b"(dp0\nS'a'\np1\nI1\ns."))
print(pickle.loads(b"U\x03\xe9t\xe9q\x00.", encoding="latin1"), pickle.loads(b"U\x02ab.", encoding="bytes"))
print(pickle.loads(b"cUserDict\nUserDict\n)\x81}b.") if False else "skip")
print(pickle.dumps(set([1]), 2), pickle.dumps(set([1]), 2, fix_imports=False))
print(pickle.dumps(ValueError("x"), 0))

# copyreg extension codes
copyreg.add_extension("collections", "OrderedDict", 240)
try:
    for proto in (1, 2, 4):
        s = pickle.dumps(collections.OrderedDict, proto)
        print(proto, s, pickle.loads(s) is collections.OrderedDict)
finally:
    copyreg.remove_extension("collections", "OrderedDict", 240)

# dump / load with files
f = io.BytesIO()
pickle.dump({"k": [1, 2.5, None]}, f, protocol=3)
pickle.dump("second", f)
f.seek(0)
print(pickle.load(f), pickle.load(f), f.read())
