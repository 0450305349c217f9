# Implicit special-method lookup uses the type, not the instance, and bypasses __getattribute__
class K:
    def __len__(self):
        return 1
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
k = K()
k.__len__ = lambda: 99
print(len(k))
print(k.__len__())
class Plain:
    pass
p = Plain()
p.__repr__ = lambda: "instance repr"
p.__add__ = lambda other: "instance add"
p.__iter__ = lambda: iter([1])
print(repr(p).startswith("<__main__.Plain object"), p.__repr__())
try:
    p + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(p)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __len__(cls):
        return 42
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 7
print(len(WithMeta), len(WithMeta()))
class GetattrOnly:
    def __getattr__(self, name):
        return lambda *a: f"__getattr__ supplied {name}"
g = GetattrOnly()
print(g.__len__())
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    with g:
        pass
except TypeError as e:
    print(type(e).__name__, e)
