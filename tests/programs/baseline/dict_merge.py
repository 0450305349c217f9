# f(**a, **b) and f(*args, **kwargs) in compiled code (DICT_MERGE): merged keywords, duplicates,
# non-mappings and non-str keys, with the callable's name in the errors; run 120 times.
def f(*a, **k):
    return a, sorted(k.items())
def w(*args, **kwargs):
    return f(*args, **kwargs), f(**kwargs, z=1), f(1, **kwargs, **{"q": 2})
class M:
    def keys(self): return ["m"]
    def __getitem__(self, k): return k * 2
def bad(kw):
    try:
        return f(**kw, a=1)
    except TypeError as e:
        return str(e)
def bad2(kw):
    try:
        return f(**kw)
    except TypeError as e:
        return str(e)
for i in range(120):
    r = (w(1, 2, a=3), w(), f(**M()), bad({"a": 2}), bad2(5), bad2({1: 2}), w(x=1, **{"y": 2}))
print(r)
class C:
    def m(self, **k):
        return sorted(k)
def meth(c, kw):
    try:
        return c.m(**kw, **kw)
    except TypeError as e:
        return str(e)
for i in range(120):
    r2 = (meth(C(), {"a": 1}), meth(C(), {}), meth(C(), 3))
print(r2)
