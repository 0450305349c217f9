import types
d = {"a": 1}
p = types.MappingProxyType(d)
print(p == d, p != d, p == {"a": 2}, d.keys().mapping == p, type(d.items().mapping).__name__)
class C: x = 1
print(C.__dict__ == dict(C.__dict__), C.__dict__ != {})
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)
print(repr(type("S", (str,), {})("x")))
