# Data vs non-data descriptors and precedence with instance __dict__
class NonData:
    def __get__(self, obj, objtype=None):
        return f"nondata get obj={type(obj).__name__} type={objtype.__name__}"
class Data:
    def __get__(self, obj, objtype=None):
        return "data get"
    def __set__(self, obj, value):
        print("data set", value)
        obj.__dict__["d"] = value
class OnlySet:
    def __set__(self, obj, value):
        print("onlyset", value)
class A:
    n = NonData()
    d = Data()
    s = OnlySet()
a = A()
print(a.n, A.n)
a.__dict__["n"] = "instance wins over non-data"
print(a.n)
a.d = 5
print(a.d, a.__dict__)
a.__dict__["d"] = "ignored"
print(a.d)
a.s = 1
a.__dict__["s"] = "dict value visible"
print(a.s)
print(A.__dict__["s"] is A.s)
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v):
        setattr(obj, self.name, v * 2)
class B:
    x = Desc()
    y = Desc()
b = B()
print(b.x)
b.x = 21
print(b.x, b._x, type(B.x).__name__)
class Deleter:
    def __get__(self, obj, t=None):
        return "val"
    def __delete__(self, obj):
        print("deleting via descriptor")
class C:
    v = Deleter()
c = C()
del c.v
try:
    c.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(c.v)
